/* liens-contact.c: a person the user knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-contact.h"
#include "liens-model-private.h"

struct _LiensContact
{
  GObject           parent_instance;

  gint64            id;
  char             *given_name;
  char             *family_name;
  char             *display_name;
  char             *organisation;
  char             *role;
  char             *met_how;
  GDateTime        *met_on;
  gint64            introduced_by_id;
  LiensTieStrength  tie_strength;
  LiensTieNature    tie_nature;
  LiensProfile      profile;
  char             *expertise;
  char             *interests;
  char            **tags;
  GArray           *network_ids;
  GPtrArray        *details;
  LiensCadence      cadence;
  int               cadence_days;
  char             *notes;
  GBytes           *photo;
  gboolean          archived;
  GDateTime        *created_at;
  GDateTime        *updated_at;
  GDateTime        *last_encounter;
  char             *uid;
  char             *birthday;
  char             *vcard_extra;
};

G_DEFINE_FINAL_TYPE (LiensContact, liens_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_DISPLAY_NAME,
  PROP_ORGANISATION,
  PROP_ROLE,
  PROP_MET_HOW,
  PROP_MET_ON,
  PROP_INTRODUCED_BY_ID,
  PROP_TIE_STRENGTH,
  PROP_TIE_NATURE,
  PROP_PROFILE,
  PROP_EXPERTISE,
  PROP_INTERESTS,
  PROP_TAGS,
  PROP_NETWORK_IDS,
  PROP_DETAILS,
  PROP_CADENCE,
  PROP_CADENCE_DAYS,
  PROP_NOTES,
  PROP_PHOTO,
  PROP_ARCHIVED,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_LAST_ENCOUNTER,
  PROP_UID,
  PROP_BIRTHDAY,
  PROP_VCARD_EXTRA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
first_value (LiensContact    *self,
             LiensDetailKind  kind)
{
  for (guint i = 0; i < self->details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (self->details, i);

      if (detail->kind == kind && detail->value != NULL && detail->value[0] != '\0')
        return detail->value;
    }

  return NULL;
}

/* A contact always has something to show: their name, else their
 * organisation, else their first email address.
 */
static void
update_display_name (LiensContact *self)
{
  g_autofree char *name = NULL;

  name = g_strdup_printf ("%s %s",
                          self->given_name ? self->given_name : "",
                          self->family_name ? self->family_name : "");
  g_strstrip (name);

  if (name[0] == '\0' && self->organisation != NULL)
    {
      g_free (name);
      name = g_strstrip (g_strdup (self->organisation));
    }

  if (name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (first_value (self, LIENS_DETAIL_KIND_EMAIL));
      if (name == NULL)
        name = g_strdup ("");
    }

  if (g_strcmp0 (name, self->display_name) == 0)
    return;

  g_free (self->display_name);
  self->display_name = g_steal_pointer (&name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

/* The "network-ids" property carries a GArray of gint64. */
static void
set_network_ids_from_array (LiensContact *self,
                            GArray       *array)
{
  g_return_if_fail (array == NULL || g_array_get_element_size (array) == sizeof (gint64));

  if (array != NULL)
    liens_contact_set_network_ids (self, (const gint64 *)(gpointer)array->data, array->len);
  else
    liens_contact_set_network_ids (self, NULL, 0);
}

static gboolean
details_equal (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (!liens_contact_detail_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

static void
liens_contact_finalize (GObject *object)
{
  LiensContact *self = (LiensContact *)object;

  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->met_how, g_free);
  g_clear_pointer (&self->met_on, g_date_time_unref);
  g_clear_pointer (&self->expertise, g_free);
  g_clear_pointer (&self->interests, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->network_ids, g_array_unref);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);
  g_clear_pointer (&self->last_encounter, g_date_time_unref);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->birthday, g_free);
  g_clear_pointer (&self->vcard_extra, g_free);

  G_OBJECT_CLASS (liens_contact_parent_class)->finalize (object);
}

static void
liens_contact_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LiensContact *self = LIENS_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_contact_get_id (self));
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, liens_contact_get_given_name (self));
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, liens_contact_get_family_name (self));
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, liens_contact_get_display_name (self));
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, liens_contact_get_organisation (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, liens_contact_get_role (self));
      break;

    case PROP_MET_HOW:
      g_value_set_string (value, liens_contact_get_met_how (self));
      break;

    case PROP_MET_ON:
      g_value_set_boxed (value, liens_contact_get_met_on (self));
      break;

    case PROP_INTRODUCED_BY_ID:
      g_value_set_int64 (value, liens_contact_get_introduced_by_id (self));
      break;

    case PROP_TIE_STRENGTH:
      g_value_set_enum (value, liens_contact_get_tie_strength (self));
      break;

    case PROP_TIE_NATURE:
      g_value_set_enum (value, liens_contact_get_tie_nature (self));
      break;

    case PROP_PROFILE:
      g_value_set_enum (value, liens_contact_get_profile (self));
      break;

    case PROP_EXPERTISE:
      g_value_set_string (value, liens_contact_get_expertise (self));
      break;

    case PROP_INTERESTS:
      g_value_set_string (value, liens_contact_get_interests (self));
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_NETWORK_IDS:
      g_value_take_boxed (value, liens_id_array_copy (self->network_ids));
      break;

    case PROP_DETAILS:
      g_value_set_boxed (value, self->details);
      break;

    case PROP_CADENCE:
      g_value_set_enum (value, liens_contact_get_cadence (self));
      break;

    case PROP_CADENCE_DAYS:
      g_value_set_int (value, liens_contact_get_cadence_days (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, liens_contact_get_notes (self));
      break;

    case PROP_PHOTO:
      g_value_set_boxed (value, liens_contact_get_photo (self));
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, liens_contact_get_archived (self));
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, liens_contact_get_created_at (self));
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, liens_contact_get_updated_at (self));
      break;

    case PROP_LAST_ENCOUNTER:
      g_value_set_boxed (value, liens_contact_get_last_encounter (self));
      break;

    case PROP_UID:
      g_value_set_string (value, liens_contact_get_uid (self));
      break;

    case PROP_BIRTHDAY:
      g_value_set_string (value, liens_contact_get_birthday (self));
      break;

    case PROP_VCARD_EXTRA:
      g_value_set_string (value, liens_contact_get_vcard_extra (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LiensContact *self = LIENS_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_contact_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GIVEN_NAME:
      liens_contact_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      liens_contact_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      liens_contact_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      liens_contact_set_role (self, g_value_get_string (value));
      break;

    case PROP_MET_HOW:
      liens_contact_set_met_how (self, g_value_get_string (value));
      break;

    case PROP_MET_ON:
      liens_contact_set_met_on (self, g_value_get_boxed (value));
      break;

    case PROP_INTRODUCED_BY_ID:
      liens_contact_set_introduced_by_id (self, g_value_get_int64 (value));
      break;

    case PROP_TIE_STRENGTH:
      liens_contact_set_tie_strength (self, g_value_get_enum (value));
      break;

    case PROP_TIE_NATURE:
      liens_contact_set_tie_nature (self, g_value_get_enum (value));
      break;

    case PROP_PROFILE:
      liens_contact_set_profile (self, g_value_get_enum (value));
      break;

    case PROP_EXPERTISE:
      liens_contact_set_expertise (self, g_value_get_string (value));
      break;

    case PROP_INTERESTS:
      liens_contact_set_interests (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      liens_contact_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_NETWORK_IDS:
      set_network_ids_from_array (self, g_value_get_boxed (value));
      break;

    case PROP_DETAILS:
      liens_contact_set_details (self, g_value_get_boxed (value));
      break;

    case PROP_CADENCE:
      liens_contact_set_cadence (self, g_value_get_enum (value));
      break;

    case PROP_CADENCE_DAYS:
      liens_contact_set_cadence_days (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      liens_contact_set_notes (self, g_value_get_string (value));
      break;

    case PROP_PHOTO:
      liens_contact_set_photo (self, g_value_get_boxed (value));
      break;

    case PROP_ARCHIVED:
      liens_contact_set_archived (self, g_value_get_boolean (value));
      break;

    case PROP_CREATED_AT:
      liens_contact_set_created_at (self, g_value_get_boxed (value));
      break;

    case PROP_UPDATED_AT:
      liens_contact_set_updated_at (self, g_value_get_boxed (value));
      break;

    case PROP_LAST_ENCOUNTER:
      liens_contact_set_last_encounter (self, g_value_get_boxed (value));
      break;

    case PROP_UID:
      liens_contact_set_uid (self, g_value_get_string (value));
      break;

    case PROP_BIRTHDAY:
      liens_contact_set_birthday (self, g_value_get_string (value));
      break;

    case PROP_VCARD_EXTRA:
      liens_contact_set_vcard_extra (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_class_init (LiensContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_contact_finalize;
  object_class->get_property = liens_contact_get_property;
  object_class->set_property = liens_contact_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Derived from the names, the organisation and the emails; see update_display_name(). */
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MET_HOW] =
    g_param_spec_string ("met-how", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MET_ON] =
    g_param_spec_boxed ("met-on", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTRODUCED_BY_ID] =
    g_param_spec_int64 ("introduced-by-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIE_STRENGTH] =
    g_param_spec_enum ("tie-strength", NULL, NULL,
                       LIENS_TYPE_TIE_STRENGTH,
                       LIENS_TIE_STRENGTH_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIE_NATURE] =
    g_param_spec_enum ("tie-nature", NULL, NULL,
                       LIENS_TYPE_TIE_NATURE,
                       LIENS_TIE_NATURE_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROFILE] =
    g_param_spec_enum ("profile", NULL, NULL,
                       LIENS_TYPE_PROFILE,
                       LIENS_PROFILE_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPERTISE] =
    g_param_spec_string ("expertise", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTERESTS] =
    g_param_spec_string ("interests", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A GArray of gint64, a copy when read; use liens_contact_get_network_ids() in C. */
  properties[PROP_NETWORK_IDS] =
    g_param_spec_boxed ("network-ids", NULL, NULL,
                        G_TYPE_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A GPtrArray of LiensContactDetail; setting it copies the details. */
  properties[PROP_DETAILS] =
    g_param_spec_boxed ("details", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CADENCE] =
    g_param_spec_enum ("cadence", NULL, NULL,
                       LIENS_TYPE_CADENCE,
                       LIENS_CADENCE_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only used when the cadence is LIENS_CADENCE_CUSTOM. */
  properties[PROP_CADENCE_DAYS] =
    g_param_spec_int ("cadence-days", NULL, NULL,
                      1, G_MAXINT, 30,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHOTO] =
    g_param_spec_boxed ("photo", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Archived contacts leave the contact list but keep their history. */
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Filled in by the store from the encounters; NULL if never met. */
  properties[PROP_LAST_ENCOUNTER] =
    g_param_spec_boxed ("last-encounter", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The vCard UID, kept so that re-importing a card finds the same contact. */
  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* "YYYY-MM-DD", or "--MM-DD" when the year is unknown. */
  properties[PROP_BIRTHDAY] =
    g_param_spec_string ("birthday", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* vCard properties Liens has no field for, as unfolded vCard 4.0 content
   * lines joined with "\n", written back on export. */
  properties[PROP_VCARD_EXTRA] =
    g_param_spec_string ("vcard-extra", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_contact_init (LiensContact *self)
{
  self->display_name = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->network_ids = liens_id_array_new ();
  self->details = g_ptr_array_new_with_free_func ((GDestroyNotify)liens_contact_detail_free);
  self->cadence_days = 30;
}

/**
 * liens_contact_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensContact
 */
LiensContact *
liens_contact_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACT, NULL);
}

gint64
liens_contact_get_id (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->id;
}

void
liens_contact_set_id (LiensContact *self,
                      gint64        id)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
liens_contact_get_given_name (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->given_name;
}

void
liens_contact_set_given_name (LiensContact *self,
                              const char   *given_name)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->given_name, given_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
  update_display_name (self);
}

const char *
liens_contact_get_family_name (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->family_name;
}

void
liens_contact_set_family_name (LiensContact *self,
                               const char   *family_name)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->family_name, family_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
  update_display_name (self);
}

const char *
liens_contact_get_organisation (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->organisation;
}

void
liens_contact_set_organisation (LiensContact *self,
                                const char   *organisation)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->organisation, organisation))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
  update_display_name (self);
}

const char *
liens_contact_get_role (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->role;
}

void
liens_contact_set_role (LiensContact *self,
                        const char   *role)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->role, role))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
liens_contact_get_met_how (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->met_how;
}

void
liens_contact_set_met_how (LiensContact *self,
                           const char   *met_how)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->met_how, met_how))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MET_HOW]);
}

GDateTime *
liens_contact_get_met_on (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->met_on;
}

void
liens_contact_set_met_on (LiensContact *self,
                          GDateTime    *met_on)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_date_time (&self->met_on, met_on))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MET_ON]);
}

gint64
liens_contact_get_introduced_by_id (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->introduced_by_id;
}

void
liens_contact_set_introduced_by_id (LiensContact *self,
                                    gint64        introduced_by_id)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->introduced_by_id == introduced_by_id)
    return;

  self->introduced_by_id = introduced_by_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRODUCED_BY_ID]);
}

LiensTieStrength
liens_contact_get_tie_strength (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->tie_strength;
}

void
liens_contact_set_tie_strength (LiensContact     *self,
                                LiensTieStrength  tie_strength)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->tie_strength == tie_strength)
    return;

  self->tie_strength = tie_strength;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIE_STRENGTH]);
}

LiensTieNature
liens_contact_get_tie_nature (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->tie_nature;
}

void
liens_contact_set_tie_nature (LiensContact   *self,
                              LiensTieNature  tie_nature)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->tie_nature == tie_nature)
    return;

  self->tie_nature = tie_nature;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIE_NATURE]);
}

LiensProfile
liens_contact_get_profile (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->profile;
}

void
liens_contact_set_profile (LiensContact *self,
                           LiensProfile  profile)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->profile == profile)
    return;

  self->profile = profile;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

const char *
liens_contact_get_expertise (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->expertise;
}

void
liens_contact_set_expertise (LiensContact *self,
                             const char   *expertise)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->expertise, expertise))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPERTISE]);
}

const char *
liens_contact_get_interests (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->interests;
}

void
liens_contact_set_interests (LiensContact *self,
                             const char   *interests)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->interests, interests))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERESTS]);
}

LiensCadence
liens_contact_get_cadence (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->cadence;
}

void
liens_contact_set_cadence (LiensContact *self,
                           LiensCadence  cadence)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (self->cadence == cadence)
    return;

  self->cadence = cadence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE]);
}

int
liens_contact_get_cadence_days (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);

  return self->cadence_days;
}

void
liens_contact_set_cadence_days (LiensContact *self,
                                int           cadence_days)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));
  g_return_if_fail (cadence_days >= 1);

  if (self->cadence_days == cadence_days)
    return;

  self->cadence_days = cadence_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE_DAYS]);
}

const char *
liens_contact_get_notes (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->notes;
}

void
liens_contact_set_notes (LiensContact *self,
                         const char   *notes)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->notes, notes))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

GBytes *
liens_contact_get_photo (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->photo;
}

void
liens_contact_set_photo (LiensContact *self,
                         GBytes       *photo)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_bytes (&self->photo, photo))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHOTO]);
}

gboolean
liens_contact_get_archived (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), FALSE);

  return self->archived;
}

void
liens_contact_set_archived (LiensContact *self,
                            gboolean      archived)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

GDateTime *
liens_contact_get_created_at (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->created_at;
}

void
liens_contact_set_created_at (LiensContact *self,
                              GDateTime    *created_at)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_date_time (&self->created_at, created_at))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GDateTime *
liens_contact_get_updated_at (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->updated_at;
}

void
liens_contact_set_updated_at (LiensContact *self,
                              GDateTime    *updated_at)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_date_time (&self->updated_at, updated_at))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

GDateTime *
liens_contact_get_last_encounter (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->last_encounter;
}

void
liens_contact_set_last_encounter (LiensContact *self,
                                  GDateTime    *last_encounter)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_date_time (&self->last_encounter, last_encounter))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ENCOUNTER]);
}

/**
 * liens_contact_get_uid:
 * @self: a #LiensContact
 *
 * Returns: (nullable): the vCard UID of the contact, such as
 *   "urn:uuid:…", or %NULL
 */
const char *
liens_contact_get_uid (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->uid;
}

void
liens_contact_set_uid (LiensContact *self,
                       const char   *uid)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->uid, uid))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UID]);
}

/**
 * liens_contact_get_birthday:
 * @self: a #LiensContact
 *
 * Returns: (nullable): the birthday as an ISO 8601 date, "YYYY-MM-DD", or
 *   "--MM-DD" when the year is unknown; or %NULL
 */
const char *
liens_contact_get_birthday (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->birthday;
}

void
liens_contact_set_birthday (LiensContact *self,
                            const char   *birthday)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->birthday, birthday))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTHDAY]);
}

/**
 * liens_contact_get_vcard_extra:
 * @self: a #LiensContact
 *
 * The vCard properties Liens has no field for (ADR, NICKNAME, X-…), kept
 * verbatim so that an export gives them back.
 *
 * Returns: (nullable): unfolded vCard 4.0 content lines joined with "\n",
 *   or %NULL
 */
const char *
liens_contact_get_vcard_extra (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->vcard_extra;
}

void
liens_contact_set_vcard_extra (LiensContact *self,
                               const char   *vcard_extra)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));

  if (!liens_set_str (&self->vcard_extra, vcard_extra))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VCARD_EXTRA]);
}

/**
 * liens_contact_get_display_name:
 * @self: a #LiensContact
 *
 * The given and family names; or, failing those, the organisation; or the
 * first email address; or an empty string.
 *
 * Returns: (not nullable): the name to show for @self
 */
const char *
liens_contact_get_display_name (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->display_name;
}

/**
 * liens_contact_get_tags:
 * @self: a #LiensContact
 *
 * Returns: (transfer none) (not nullable): the tags, possibly empty
 */
const char * const *
liens_contact_get_tags (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return (const char * const *)self->tags;
}

/**
 * liens_contact_set_tags:
 * @self: a #LiensContact
 * @tags: (nullable): the new tags
 *
 * Tags are trimmed; empty tags and case-insensitive duplicates are dropped,
 * keeping the first spelling and the order.
 */
void
liens_contact_set_tags (LiensContact       *self,
                        const char * const *tags)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) unique = NULL;

  g_return_if_fail (LIENS_IS_CONTACT (self));

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder = g_strv_builder_new ();

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));
      g_autofree char *key = NULL;

      if (tag[0] == '\0')
        continue;

      key = g_utf8_casefold (tag, -1);
      if (g_hash_table_contains (seen, key))
        continue;

      g_strv_builder_add (builder, tag);
      g_hash_table_add (seen, g_steal_pointer (&key));
    }

  unique = g_strv_builder_end (builder);

  if (g_strv_equal ((const char * const *)self->tags, (const char * const *)unique))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&unique);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * liens_contact_has_tag:
 * @self: a #LiensContact
 * @tag: a tag
 *
 * Returns: %TRUE if @self has @tag, compared case-insensitively
 */
gboolean
liens_contact_has_tag (LiensContact *self,
                       const char   *tag)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (LIENS_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  key = g_utf8_casefold (tag, -1);

  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags[i], -1);

      if (strcmp (key, other) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * liens_contact_get_network_ids:
 * @self: a #LiensContact
 * @n_ids: (out) (optional): where to store the number of ids
 *
 * Returns: (transfer none) (array length=n_ids) (nullable): the ids of the
 *   networks the contact belongs to, without duplicates
 */
const gint64 *
liens_contact_get_network_ids (LiensContact *self,
                               guint        *n_ids)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->network_ids->len;

  return (const gint64 *)(gpointer)self->network_ids->data;
}

/**
 * liens_contact_set_network_ids:
 * @self: a #LiensContact
 * @ids: (array length=n_ids) (nullable): network ids
 * @n_ids: the number of elements in @ids
 *
 * Duplicates are dropped; the order of first appearance is kept.
 */
void
liens_contact_set_network_ids (LiensContact *self,
                               const gint64 *ids,
                               guint         n_ids)
{
  g_return_if_fail (LIENS_IS_CONTACT (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (liens_id_array_set (self->network_ids, ids, n_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK_IDS]);
}

gboolean
liens_contact_has_network (LiensContact *self,
                           gint64        network_id)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), FALSE);

  return liens_id_array_contains (self->network_ids, network_id);
}

/**
 * liens_contact_get_details:
 * @self: a #LiensContact
 *
 * Returns: (transfer none) (element-type LiensContactDetail) (not nullable):
 *   the emails, phones and links of the contact; do not modify it
 */
GPtrArray *
liens_contact_get_details (LiensContact *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  return self->details;
}

/**
 * liens_contact_set_details:
 * @self: a #LiensContact
 * @details: (element-type LiensContactDetail) (nullable): the new details, copied
 */
void
liens_contact_set_details (LiensContact *self,
                           GPtrArray    *details)
{
  g_autoptr(GPtrArray) copy = NULL;

  g_return_if_fail (LIENS_IS_CONTACT (self));

  copy = g_ptr_array_new_with_free_func ((GDestroyNotify)liens_contact_detail_free);
  for (guint i = 0; details != NULL && i < details->len; i++)
    g_ptr_array_add (copy, liens_contact_detail_copy (g_ptr_array_index (details, i)));

  if (details_equal (self->details, copy))
    return;

  g_clear_pointer (&self->details, g_ptr_array_unref);
  self->details = g_steal_pointer (&copy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
  update_display_name (self);
}

/**
 * liens_contact_add_detail:
 * @self: a #LiensContact
 * @kind: the kind of detail
 * @label: (nullable): free text such as "work", or %NULL
 * @value: the address, number or URL
 *
 * Appends a detail, unless the very same one is already there.
 */
void
liens_contact_add_detail (LiensContact    *self,
                          LiensDetailKind  kind,
                          const char      *label,
                          const char      *value)
{
  g_autoptr(LiensContactDetail) detail = NULL;

  g_return_if_fail (LIENS_IS_CONTACT (self));
  g_return_if_fail (value != NULL);

  detail = liens_contact_detail_new (kind, label, value);

  for (guint i = 0; i < self->details->len; i++)
    {
      if (liens_contact_detail_equal (g_ptr_array_index (self->details, i), detail))
        return;
    }

  g_ptr_array_add (self->details, g_steal_pointer (&detail));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
  update_display_name (self);
}

/**
 * liens_contact_dup_values:
 * @self: a #LiensContact
 * @kind: the kind of detail
 *
 * Returns: (transfer full) (array zero-terminated=1): the values of the
 *   details of @kind, in order; an empty array if there are none
 */
char **
liens_contact_dup_values (LiensContact    *self,
                          LiensDetailKind  kind)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  builder = g_strv_builder_new ();

  for (guint i = 0; i < self->details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (self->details, i);

      if (detail->kind == kind && detail->value != NULL)
        g_strv_builder_add (builder, detail->value);
    }

  return g_strv_builder_end (builder);
}

/**
 * liens_contact_dup_due_date:
 * @self: a #LiensContact
 *
 * When the user should reconnect: the cadence counted from the last
 * encounter, or, if they never met since, from when they first met, or else
 * from when the contact was created.
 *
 * Returns: (transfer full) (nullable): the due date, or %NULL when the
 *   contact has no cadence or no date to count from
 */
GDateTime *
liens_contact_dup_due_date (LiensContact *self)
{
  GDateTime *base;

  g_return_val_if_fail (LIENS_IS_CONTACT (self), NULL);

  if (self->last_encounter != NULL)
    base = self->last_encounter;
  else if (self->met_on != NULL)
    base = self->met_on;
  else
    base = self->created_at;

  if (base == NULL)
    return NULL;

  return liens_cadence_add (self->cadence, self->cadence_days, base);
}

/**
 * liens_contact_is_overdue:
 * @self: a #LiensContact
 * @now: the current time
 *
 * Returns: %TRUE when the contact has a due date and it is @now or earlier
 */
gboolean
liens_contact_is_overdue (LiensContact *self,
                          GDateTime    *now)
{
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (LIENS_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  due = liens_contact_dup_due_date (self);

  return due != NULL && g_date_time_compare (due, now) <= 0;
}

/**
 * liens_contact_get_days_overdue:
 * @self: a #LiensContact
 * @now: the current time
 *
 * Returns: the number of whole days elapsed since the due date, or 0 when the
 *   contact is not overdue (so also 0 during the first day of being overdue)
 */
gint64
liens_contact_get_days_overdue (LiensContact *self,
                                GDateTime    *now)
{
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (LIENS_IS_CONTACT (self), 0);
  g_return_val_if_fail (now != NULL, 0);

  due = liens_contact_dup_due_date (self);
  if (due == NULL || g_date_time_compare (due, now) > 0)
    return 0;

  return g_date_time_difference (now, due) / G_TIME_SPAN_DAY;
}

/**
 * liens_cadence_get_days:
 * @cadence: a keep-in-touch cadence
 * @custom_days: the period of %LIENS_CADENCE_CUSTOM, in days
 *
 * Handy for sorting and comparing cadences; use liens_cadence_add() for dates.
 *
 * Returns: the approximate period of @cadence in days, 0 for none
 */
int
liens_cadence_get_days (LiensCadence cadence,
                        int          custom_days)
{
  switch (cadence)
    {
    case LIENS_CADENCE_TWO_WEEKS:
      return 14;

    case LIENS_CADENCE_MONTH:
      return 30;

    case LIENS_CADENCE_QUARTER:
      return 91;

    case LIENS_CADENCE_HALF_YEAR:
      return 182;

    case LIENS_CADENCE_YEAR:
      return 365;

    case LIENS_CADENCE_CUSTOM:
      return MAX (custom_days, 0);

    case LIENS_CADENCE_NONE:
    default:
      return 0;
    }
}

/**
 * liens_cadence_add:
 * @cadence: a keep-in-touch cadence
 * @custom_days: the period of %LIENS_CADENCE_CUSTOM, in days
 * @from: (nullable): the date to count from
 *
 * Months and years follow the calendar, as g_date_time_add_months() does:
 * a month after 31 January is the last day of February.
 *
 * Returns: (transfer full) (nullable): @from plus one period of @cadence, or
 *   %NULL for no cadence, no @from, or a custom period below one day
 */
GDateTime *
liens_cadence_add (LiensCadence  cadence,
                   int           custom_days,
                   GDateTime    *from)
{
  if (from == NULL)
    return NULL;

  switch (cadence)
    {
    case LIENS_CADENCE_TWO_WEEKS:
      return g_date_time_add_days (from, 14);

    case LIENS_CADENCE_MONTH:
      return g_date_time_add_months (from, 1);

    case LIENS_CADENCE_QUARTER:
      return g_date_time_add_months (from, 3);

    case LIENS_CADENCE_HALF_YEAR:
      return g_date_time_add_months (from, 6);

    case LIENS_CADENCE_YEAR:
      return g_date_time_add_years (from, 1);

    case LIENS_CADENCE_CUSTOM:
      return custom_days >= 1 ? g_date_time_add_days (from, custom_days) : NULL;

    case LIENS_CADENCE_NONE:
    default:
      return NULL;
    }
}
