/* liens-timeline-people.c: the contacts the timeline names, read once and kept while they last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-timeline-people.h"

/* Past this many contacts the cache starts again: the rows on screen name a few dozen. */
#define MAX_CACHED 2000

/* Each row of the timeline names its people: rather than loading a contact per row and per
 * bind, the page shares one cache, which forgets a contact as soon as the store says it
 * changed and then tells the rows with "changed". */
struct _LiensTimelinePeople
{
  GObject parent_instance;

  LiensStore *store;
  /* id → LiensContact, or NULL for an id the store does not know (a deleted contact). */
  GHashTable *contacts;
  /* id → GdkTexture of the contact's photo, or NULL for none. */
  GHashTable *photos;
};

G_DEFINE_FINAL_TYPE (LiensTimelinePeople, liens_timeline_people, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
forget (LiensTimelinePeople *self,
        gint64               id)
{
  gboolean known = g_hash_table_remove (self->contacts, &id);

  g_hash_table_remove (self->photos, &id);

  if (known)
    g_signal_emit (self, signals[CHANGED], 0, id);
}

static void
contact_changed_cb (LiensTimelinePeople *self,
                    gint64               id,
                    LiensStore          *store)
{
  forget (self, id);
}

/* After an import or a restore, any contact may have changed: the rows ask again. */
static void
store_reset_cb (LiensTimelinePeople *self,
                LiensStore          *store)
{
  g_autofree gint64 *ids = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  ids = g_new (gint64, g_hash_table_size (self->contacts) + 1);
  g_hash_table_iter_init (&iter, self->contacts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    ids[n++] = *(gint64 *) key;

  for (guint i = 0; i < n; i++)
    forget (self, ids[i]);
  g_hash_table_remove_all (self->photos);
}

static void
liens_timeline_people_dispose (GObject *object)
{
  LiensTimelinePeople *self = LIENS_TIMELINE_PEOPLE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (liens_timeline_people_parent_class)->dispose (object);
}

static void
liens_timeline_people_finalize (GObject *object)
{
  LiensTimelinePeople *self = LIENS_TIMELINE_PEOPLE (object);

  g_clear_pointer (&self->contacts, g_hash_table_unref);
  g_clear_pointer (&self->photos, g_hash_table_unref);

  G_OBJECT_CLASS (liens_timeline_people_parent_class)->finalize (object);
}

static void
liens_timeline_people_class_init (LiensTimelinePeopleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liens_timeline_people_dispose;
  object_class->finalize = liens_timeline_people_finalize;

  /**
   * LiensTimelinePeople::changed:
   * @id: the contact that changed, or was added or removed
   *
   * Emitted when a contact the cache had read is no longer what it was.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0,
                                   NULL, NULL,
                                   NULL,
                                   G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
liens_timeline_people_init (LiensTimelinePeople *self)
{
  self->contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          unref_nullable);
  self->photos = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        unref_nullable);
}

/* Public API */

/**
 * liens_timeline_people_new:
 * @store: the store to read the contacts from
 *
 * Returns: (transfer full): a new, empty cache that follows @store
 */
LiensTimelinePeople *
liens_timeline_people_new (LiensStore *store)
{
  static const char * const signal_names[] = {
    "contact-added", "contact-changed", "contact-removed",
  };
  LiensTimelinePeople *self;

  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);

  self = g_object_new (LIENS_TYPE_TIMELINE_PEOPLE, NULL);
  self->store = g_object_ref (store);

  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (store, signal_names[i], G_CALLBACK (contact_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (store_reset_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * liens_timeline_people_get_store:
 * @self: a #LiensTimelinePeople
 *
 * Returns: (transfer none): the store the contacts come from
 */
LiensStore *
liens_timeline_people_get_store (LiensTimelinePeople *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_PEOPLE (self), NULL);

  return self->store;
}

/**
 * liens_timeline_people_lookup:
 * @self: a #LiensTimelinePeople
 * @id: a contact's id
 *
 * Returns: (transfer none) (nullable): the contact, or %NULL if there is none of that id
 */
LiensContact *
liens_timeline_people_lookup (LiensTimelinePeople *self,
                              gint64               id)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact;
  gpointer value;

  g_return_val_if_fail (LIENS_IS_TIMELINE_PEOPLE (self), NULL);

  if (id <= 0)
    return NULL;

  if (g_hash_table_lookup_extended (self->contacts, &id, NULL, &value))
    return value;

  if (g_hash_table_size (self->contacts) >= MAX_CACHED)
    {
      g_hash_table_remove_all (self->contacts);
      g_hash_table_remove_all (self->photos);
    }

  contact = liens_store_get_contact (self->store, id, &error);
  if (contact == NULL && !g_error_matches (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not read contact %" G_GINT64_FORMAT ": %s", id, error->message);

  g_hash_table_insert (self->contacts, g_memdup2 (&id, sizeof id), contact);

  return contact;
}

/**
 * liens_timeline_people_has_all:
 * @self: a #LiensTimelinePeople
 * @ids: (array length=n_ids): contacts' ids
 * @n_ids: how many
 *
 * Returns: whether the cache holds all these contacts already, so that naming them costs
 *   no reading
 */
gboolean
liens_timeline_people_has_all (LiensTimelinePeople *self,
                               const gint64        *ids,
                               guint                n_ids)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_PEOPLE (self), FALSE);

  for (guint i = 0; i < n_ids; i++)
    if (ids[i] > 0 && !g_hash_table_contains (self->contacts, &ids[i]))
      return FALSE;

  return TRUE;
}

/**
 * liens_timeline_people_get_name:
 * @self: a #LiensTimelinePeople
 * @id: a contact's id
 *
 * Returns: (transfer none): the name to show for the contact, never empty
 */
const char *
liens_timeline_people_get_name (LiensTimelinePeople *self,
                                gint64               id)
{
  LiensContact *contact = liens_timeline_people_lookup (self, id);
  const char *name;

  if (contact == NULL)
    /* Translators: in the timeline, someone whose card was deleted meanwhile */
    return _("Unknown Contact");

  name = liens_contact_get_display_name (contact);
  if (name == NULL || name[0] == '\0')
    return _("Unnamed Contact");

  return name;
}

/**
 * liens_timeline_people_dup_names:
 * @self: a #LiensTimelinePeople
 * @ids: (array length=n_ids): contacts' ids
 * @n_ids: how many
 *
 * Returns: (transfer full): the names, in a list the user reads: "Émilie Durand, Ahmed Benali"
 */
char *
liens_timeline_people_dup_names (LiensTimelinePeople *self,
                                 const gint64        *ids,
                                 guint                n_ids)
{
  GString *names = g_string_new (NULL);

  g_return_val_if_fail (LIENS_IS_TIMELINE_PEOPLE (self), NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      if (i > 0)
        /* Translators: between the names of the people of an encounter */
        g_string_append (names, _(", "));
      g_string_append (names, liens_timeline_people_get_name (self, ids[i]));
    }

  return g_string_free (names, FALSE);
}

/**
 * liens_timeline_people_set_avatar:
 * @self: a #LiensTimelinePeople
 * @avatar: the avatar to fill
 * @id: a contact's id
 *
 * Shows the contact's photo, or their initials on the colour of their name.
 */
void
liens_timeline_people_set_avatar (LiensTimelinePeople *self,
                                  AdwAvatar           *avatar,
                                  gint64               id)
{
  LiensContact *contact;
  GdkTexture *texture = NULL;
  const char *name;
  gpointer value;

  g_return_if_fail (LIENS_IS_TIMELINE_PEOPLE (self));
  g_return_if_fail (ADW_IS_AVATAR (avatar));

  name = liens_timeline_people_get_name (self, id);
  if (g_strcmp0 (adw_avatar_get_text (avatar), name) != 0)
    adw_avatar_set_text (avatar, name);

  contact = liens_timeline_people_lookup (self, id);
  if (contact == NULL)
    {
      if (adw_avatar_get_custom_image (avatar) != NULL)
        adw_avatar_set_custom_image (avatar, NULL);
      return;
    }

  /* Decoding a photo for each bind would be wasted work: keep the texture with the contact. */
  if (g_hash_table_lookup_extended (self->photos, &id, NULL, &value))
    {
      texture = value;
    }
  else
    {
      GBytes *photo = liens_contact_get_photo (contact);

      if (photo != NULL && g_bytes_get_size (photo) > 0)
        {
          g_autoptr(GError) error = NULL;

          texture = gdk_texture_new_from_bytes (photo, &error);
          if (texture == NULL)
            g_debug ("Cannot read the photo of contact %" G_GINT64_FORMAT ": %s",
                     id, error->message);
        }

      g_hash_table_insert (self->photos, g_memdup2 (&id, sizeof id), texture);
    }

  if (adw_avatar_get_custom_image (avatar) != GDK_PAINTABLE (texture))
    adw_avatar_set_custom_image (avatar, GDK_PAINTABLE (texture));
}
