/* liens-contact-row.c: one contact in the contact list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-contact-row.h"
#include "liens-ui.h"

struct _LiensContactRow
{
  GtkWidget parent_instance;

  LiensContact *contact;
  gulong notify_handler;

  /* Template widgets */
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *subtitle_label;
  GtkImage *due_icon;
  GtkLabel *last_label;
};

G_DEFINE_FINAL_TYPE (LiensContactRow, liens_contact_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_photo (LiensContactRow *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  GBytes *photo = liens_contact_get_photo (self->contact);

  if (photo != NULL && g_bytes_get_size (photo) > 0)
    {
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_bytes (photo, &error);
      if (texture == NULL)
        g_debug ("Cannot read the photo of contact %" G_GINT64_FORMAT ": %s",
                 liens_contact_get_id (self->contact), error->message);
    }

  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
}

static void
liens_contact_row_update (LiensContactRow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *last = NULL;
  const char *name;
  const char *role;
  const char *organisation;
  GDateTime *last_encounter;
  gboolean overdue;

  if (self->contact == NULL)
    {
      adw_avatar_set_text (self->avatar, NULL);
      adw_avatar_set_custom_image (self->avatar, NULL);
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      gtk_label_set_text (self->last_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->due_icon), FALSE);
      return;
    }

  name = liens_contact_get_display_name (self->contact);
  if (name[0] == '\0')
    name = _("Unnamed Contact");

  /* The avatar's colour comes from its text: the same name, the same colour. */
  adw_avatar_set_text (self->avatar, name);
  update_photo (self);
  gtk_label_set_text (self->name_label, name);

  role = liens_contact_get_role (self->contact);
  organisation = liens_contact_get_organisation (self->contact);
  if (role != NULL && role[0] == '\0')
    role = NULL;
  if (organisation != NULL && organisation[0] == '\0')
    organisation = NULL;
  /* The organisation already is the display name of a contact without a name. */
  if (organisation != NULL && g_strcmp0 (organisation, name) == 0)
    organisation = NULL;

  if (role != NULL && organisation != NULL)
    /* Translators: a contact's role, then their organisation, e.g. "CTO · Acme" */
    subtitle = g_strdup_printf (_("%s · %s"), role, organisation);
  else
    subtitle = g_strdup (role != NULL ? role : organisation);

  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);

  now = liens_clock_get_now ();
  last_encounter = liens_contact_get_last_encounter (self->contact);
  if (last_encounter != NULL)
    last = liens_format_relative_date (last_encounter, now);
  else
    /* Translators: shown in the contact list instead of the date of the last encounter */
    last = g_strdup (_("Never met"));

  gtk_label_set_text (self->last_label, last);

  overdue = liens_contact_is_overdue (self->contact, now);
  gtk_widget_set_visible (GTK_WIDGET (self->due_icon), overdue);
}

static void
contact_notify_cb (LiensContactRow *self,
                   GParamSpec      *pspec,
                   LiensContact    *contact)
{
  liens_contact_row_update (self);
}

/* "3 days ago" and the due mark follow the day; a recycled row has no contact. */
static void
day_changed_cb (LiensContactRow *self)
{
  if (self->contact != NULL)
    liens_contact_row_update (self);
}

static void
liens_contact_row_dispose (GObject *object)
{
  LiensContactRow *self = LIENS_CONTACT_ROW (object);
  GtkWidget *child;

  liens_contact_row_set_contact (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_CONTACT_ROW);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_contact_row_parent_class)->dispose (object);
}

static void
liens_contact_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiensContactRow *self = LIENS_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiensContactRow *self = LIENS_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      liens_contact_row_set_contact (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_row_class_init (LiensContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_contact_row_dispose;
  object_class->get_property = liens_contact_row_get_property;
  object_class->set_property = liens_contact_row_set_property;

  /**
   * LiensContactRow:contact: (nullable)
   *
   * The contact the row shows; the row follows its changes.
   */
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL,
                         LIENS_TYPE_CONTACT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, LiensContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactRow, due_icon);
  gtk_widget_class_bind_template_child (widget_class, LiensContactRow, last_label);
}

static void
liens_contact_row_init (LiensContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
liens_contact_row_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACT_ROW, NULL);
}

/**
 * liens_contact_row_get_contact:
 * @self: a #LiensContactRow
 *
 * Returns: (transfer none) (nullable): the contact the row shows
 */
LiensContact *
liens_contact_row_get_contact (LiensContactRow *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_ROW (self), NULL);

  return self->contact;
}

/**
 * liens_contact_row_set_contact:
 * @self: a #LiensContactRow
 * @contact: (nullable): the contact to show, or %NULL when the row is recycled
 */
void
liens_contact_row_set_contact (LiensContactRow *self,
                               LiensContact    *contact)
{
  g_return_if_fail (LIENS_IS_CONTACT_ROW (self));
  g_return_if_fail (contact == NULL || LIENS_IS_CONTACT (contact));

  if (self->contact == contact)
    return;

  if (self->contact != NULL)
    g_clear_signal_handler (&self->notify_handler, self->contact);

  g_set_object (&self->contact, contact);

  if (self->contact != NULL)
    self->notify_handler = g_signal_connect_object (self->contact, "notify",
                                                    G_CALLBACK (contact_notify_cb), self,
                                                    G_CONNECT_SWAPPED);

  liens_contact_row_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}
