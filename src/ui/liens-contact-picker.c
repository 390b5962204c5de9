/* liens-contact-picker.c: chooses people by typing part of their names, or adds new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-contact-picker.h"
#include "liens-ui.h"

/* Enough to find someone by a few letters, few enough to read at a glance. */
#define MAX_MATCHES 8

struct _LiensContactPicker
{
  GtkWidget parent_instance;

  LiensStore *store;
  gboolean multiple;

  /* The people chosen, in order: the contacts, then the names of contacts to create. */
  GPtrArray *contacts;
  GArray *contact_ids;
  GPtrArray *pending_names;     /* NULL-terminated */

  /* Template widgets */
  GtkListBox *list;
  AdwEntryRow *entry_row;
  GtkPopover *popover;
  GtkListBox *matches_list;
};

G_DEFINE_FINAL_TYPE (LiensContactPicker, liens_contact_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MULTIPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Trimmed text, or NULL when there is none. */
static char *
dup_trimmed (const char *text)
{
  char *trimmed;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    g_clear_pointer (&trimmed, g_free);

  return trimmed;
}

static const char *
get_contact_name (LiensContact *contact)
{
  const char *name = liens_contact_get_display_name (contact);

  return name != NULL && name[0] != '\0' ? name : _("Unnamed Contact");
}

/* "Role · Organisation", as the contact list shows it; NULL when neither is known. */
static char *
dup_contact_subtitle (LiensContact *contact)
{
  const char *role = liens_contact_get_role (contact);
  const char *organisation = liens_contact_get_organisation (contact);

  if (role != NULL && role[0] == '\0')
    role = NULL;
  if (organisation != NULL && (organisation[0] == '\0' ||
                               g_strcmp0 (organisation, liens_contact_get_display_name (contact)) == 0))
    organisation = NULL;

  if (role != NULL && organisation != NULL)
    /* Translators: a contact's role, then their organisation, e.g. "CTO · Acme" */
    return g_strdup_printf (_("%s · %s"), role, organisation);

  return g_strdup (role != NULL ? role : organisation);
}

static GtkWidget *
create_avatar (const char   *name,
               LiensContact *contact,
               int           size)
{
  GtkWidget *avatar = adw_avatar_new (size, name, TRUE);
  GBytes *photo = contact != NULL ? liens_contact_get_photo (contact) : NULL;

  if (photo != NULL && g_bytes_get_size (photo) > 0)
    {
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_bytes (photo, &error);
      if (texture != NULL)
        adw_avatar_set_custom_image (ADW_AVATAR (avatar), GDK_PAINTABLE (texture));
      else
        g_debug ("Cannot read the photo of contact %" G_GINT64_FORMAT ": %s",
                 liens_contact_get_id (contact), error->message);
    }

  gtk_widget_set_valign (avatar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (avatar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  return avatar;
}

static gboolean
has_contact (LiensContactPicker *self,
             gint64              id)
{
  for (guint i = 0; i < self->contact_ids->len; i++)
    if (g_array_index (self->contact_ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static gboolean
has_pending_name (LiensContactPicker *self,
                  const char         *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i + 1 < self->pending_names->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (self->pending_names, i), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

static guint
get_n_chosen (LiensContactPicker *self)
{
  return self->contact_ids->len + self->pending_names->len - 1;
}

/* Rows of the chosen people */

static void remove_row_cb (GtkWidget *row);

static GtkWidget *
create_person_row (LiensContactPicker *self,
                   const char         *name,
                   const char         *subtitle,
                   LiensContact       *contact)
{
  g_autofree char *remove_label = NULL;
  GtkWidget *row;
  GtkWidget *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_avatar (name, contact, 32));

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  /* Translators: %s is a person's name, e.g. "Remove Émilie Durand". */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_row_cb), row, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update_rows (LiensContactPicker *self)
{
  GtkWidget *child;
  guint position = 0;

  /* Every row but the entry, which stays last. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != GTK_WIDGET (self->entry_row))
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < self->contacts->len; i++)
    {
      LiensContact *contact = g_ptr_array_index (self->contacts, i);
      g_autofree char *subtitle = dup_contact_subtitle (contact);
      GtkWidget *row = create_person_row (self, get_contact_name (contact), subtitle, contact);

      g_object_set_data (G_OBJECT (row), "contact", contact);
      gtk_list_box_insert (self->list, row, position++);
    }

  for (guint i = 0; i + 1 < self->pending_names->len; i++)
    {
      const char *name = g_ptr_array_index (self->pending_names, i);
      /* Translators: shown under a name typed in the people picker, which saving will add. */
      GtkWidget *row = create_person_row (self, name, _("New contact"), NULL);

      g_object_set_data_full (G_OBJECT (row), "pending-name", g_strdup (name), g_free);
      gtk_list_box_insert (self->list, row, position++);
    }

  /* A single choice is made once: to change it, remove it. */
  gtk_widget_set_visible (GTK_WIDGET (self->entry_row), self->multiple || get_n_chosen (self) == 0);
}

static void
changed (LiensContactPicker *self)
{
  update_rows (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_row_cb (GtkWidget *row)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (gtk_widget_get_ancestor (row, LIENS_TYPE_CONTACT_PICKER));
  LiensContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  const char *name = g_object_get_data (G_OBJECT (row), "pending-name");

  for (guint i = 0; contact != NULL && i < self->contacts->len; i++)
    if (g_ptr_array_index (self->contacts, i) == contact)
      {
        g_ptr_array_remove_index (self->contacts, i);
        g_array_remove_index (self->contact_ids, i);
        break;
      }

  for (guint i = 0; name != NULL && i + 1 < self->pending_names->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pending_names, i), name))
      {
        g_ptr_array_remove_index (self->pending_names, i);
        break;
      }

  changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
}

static void
add_contact (LiensContactPicker *self,
             LiensContact       *contact)
{
  gint64 id = liens_contact_get_id (contact);

  g_ptr_array_add (self->contacts, g_object_ref (contact));
  g_array_append_val (self->contact_ids, id);
}

/* Matches */

static void
hide_matches (LiensContactPicker *self)
{
  gtk_popover_popdown (self->popover);
}

static GtkWidget *
create_match_row (GtkWidget  *prefix,
                  const char *title,
                  const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), prefix);

  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), label);

  if (subtitle != NULL)
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (labels), label);
    }

  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* The entry keeps the focus while the user picks, by keys or by clicks. */
  gtk_widget_set_can_focus (row, FALSE);
  gtk_widget_set_focus_on_click (row, FALSE);

  return row;
}

/* The best matches not chosen yet, in the contact list's order; then, unless someone has
 * exactly that name, the offer to add the text as a new contact. */
static void
update_matches (LiensContactPicker *self)
{
  g_autofree char *text = dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->entry_row)));
  g_autofree gint64 *ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folded = NULL;
  gboolean exact = FALSE;
  guint n_matches = 0;
  gsize n_ids = 0;
  GtkWidget *child;

  /* Rows stay until the next search: picking one clears the entry from its own activation. */
  if (text == NULL || self->store == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->entry_row)))
    {
      hide_matches (self);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, child);

  folded = g_utf8_casefold (text, -1);

  ids = liens_store_search_contact_ids (self->store, text, &n_ids, &error);
  if (ids == NULL)
    g_warning ("Cannot search the contacts: %s", error->message);

  for (gsize i = 0; i < n_ids && n_matches < MAX_MATCHES; i++)
    {
      g_autoptr(LiensContact) contact = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *name_folded = NULL;
      const char *name;
      GtkWidget *row;

      if (has_contact (self, ids[i]))
        continue;

      contact = liens_store_get_contact (self->store, ids[i], NULL);
      if (contact == NULL)
        continue;

      name = get_contact_name (contact);
      name_folded = g_utf8_casefold (name, -1);
      exact = exact || g_str_equal (name_folded, folded);

      subtitle = dup_contact_subtitle (contact);
      row = create_match_row (create_avatar (name, contact, 32), name, subtitle);
      g_object_set_data_full (G_OBJECT (row), "contact", g_steal_pointer (&contact), g_object_unref);
      gtk_list_box_append (self->matches_list, row);
      n_matches++;
    }

  if (!exact && !has_pending_name (self, text))
    {
      g_autofree char *title = NULL;
      GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");
      GtkWidget *row;

      /* As wide as an avatar, so that the labels line up. */
      gtk_widget_set_size_request (icon, 32, 32);
      gtk_image_set_pixel_size (GTK_IMAGE (icon), 16);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("New contact"),
                                      -1);
      /* Translators: %s is a name typed in the people picker that matches no contact. */
      title = g_strdup_printf (_("Add “%s” as a new contact"), text);
      row = create_match_row (icon, title, NULL);
      g_object_set_data_full (G_OBJECT (row), "pending-name", g_strdup (text), g_free);
      gtk_list_box_append (self->matches_list, row);
    }

  child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list));
  if (child == NULL)
    {
      hide_matches (self);
      return;
    }

  gtk_list_box_select_row (self->matches_list, GTK_LIST_BOX_ROW (child));

  /* As wide as the entry, below it. */
  gtk_widget_set_size_request (GTK_WIDGET (self->matches_list),
                               MAX (gtk_widget_get_width (GTK_WIDGET (self->entry_row)) - 12, 200), -1);
  gtk_popover_popup (self->popover);
}

static void
pick_row (LiensContactPicker *self,
          GtkListBoxRow      *row)
{
  LiensContact *contact = g_object_get_data (G_OBJECT (row), "contact");
  const char *name = g_object_get_data (G_OBJECT (row), "pending-name");

  if (contact != NULL && !has_contact (self, liens_contact_get_id (contact)))
    add_contact (self, contact);
  else if (name != NULL && !has_pending_name (self, name))
    liens_contact_picker_add_pending_name (self, name);

  hide_matches (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  changed (self);

  /* The focus stays here: on the entry for the next person, or on the person chosen. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->entry_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
}

static void
move_selection (LiensContactPicker *self,
                int                 delta)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->matches_list);
  GtkListBoxRow *row;
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) + delta : 0;

  row = gtk_list_box_get_row_at_index (self->matches_list, MAX (index, 0));
  if (row != NULL)
    gtk_list_box_select_row (self->matches_list, row);
}

/* Callbacks */

static void
entry_changed_cb (LiensContactPicker *self)
{
  update_matches (self);
}

static void
entry_activated_cb (LiensContactPicker *self)
{
  GtkListBoxRow *selected;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      update_matches (self);
      return;
    }

  selected = gtk_list_box_get_selected_row (self->matches_list);
  if (selected != NULL)
    pick_row (self, selected);
}

static void
match_activated_cb (LiensContactPicker *self,
                    GtkListBoxRow      *row)
{
  pick_row (self, row);
}

static gboolean
entry_key_pressed_cb (LiensContactPicker    *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->popover));

  if (!shown || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      /* Closes the matches, not the dialog. */
      hide_matches (self);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
entry_focus_leave_cb (LiensContactPicker *self)
{
  hide_matches (self);
}

/* Overrides */

static void
liens_contact_picker_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (widget);

  gtk_widget_measure (GTK_WIDGET (self->list), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
liens_contact_picker_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (widget);
  graphene_rect_t bounds;

  gtk_widget_allocate (GTK_WIDGET (self->list), width, height, baseline, NULL);

  /* A popover is placed by the widget it belongs to. */
  if (gtk_widget_compute_bounds (GTK_WIDGET (self->entry_row), widget, &bounds))
    {
      GdkRectangle rect = {
        (int) bounds.origin.x, (int) bounds.origin.y,
        (int) bounds.size.width, (int) bounds.size.height,
      };

      gtk_popover_set_pointing_to (self->popover, &rect);
    }

  gtk_popover_present (self->popover);
}

static gboolean
liens_contact_picker_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (widget);

  /* The popover is no stop on the way: the entry keeps the focus while it shows. */
  return gtk_widget_child_focus (GTK_WIDGET (self->list), direction);
}

static gboolean
liens_contact_picker_grab_focus (GtkWidget *widget)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->entry_row)))
    return gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));

  return gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
}

static void
liens_contact_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MULTIPLE:
      g_value_set_boolean (value, self->multiple);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_picker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      liens_contact_picker_set_store (self, g_value_get_object (value));
      break;

    case PROP_MULTIPLE:
      liens_contact_picker_set_multiple (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_picker_dispose (GObject *object)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_CONTACT_PICKER);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->store);
  if (self->contacts != NULL)
    g_ptr_array_set_size (self->contacts, 0);

  G_OBJECT_CLASS (liens_contact_picker_parent_class)->dispose (object);
}

static void
liens_contact_picker_finalize (GObject *object)
{
  LiensContactPicker *self = LIENS_CONTACT_PICKER (object);

  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->pending_names, g_ptr_array_unref);

  G_OBJECT_CLASS (liens_contact_picker_parent_class)->finalize (object);
}

static void
liens_contact_picker_class_init (LiensContactPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_contact_picker_dispose;
  object_class->finalize = liens_contact_picker_finalize;
  object_class->get_property = liens_contact_picker_get_property;
  object_class->set_property = liens_contact_picker_set_property;

  widget_class->measure = liens_contact_picker_measure;
  widget_class->size_allocate = liens_contact_picker_size_allocate;
  widget_class->focus = liens_contact_picker_focus;
  widget_class->grab_focus = liens_contact_picker_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* TRUE to choose any number of people, FALSE for one at most. */
  properties[PROP_MULTIPLE] =
    g_param_spec_boolean ("multiple", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiensContactPicker::changed:
   *
   * Emitted when a person was chosen or removed, existing or new.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contact-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactPicker, list);
  gtk_widget_class_bind_template_child (widget_class, LiensContactPicker, entry_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, LiensContactPicker, matches_list);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
liens_contact_picker_init (LiensContactPicker *self)
{
  GtkEventController *controller;

  self->multiple = TRUE;
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending_names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->pending_names, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the entry's text: Up and Down move in the matches, Escape closes them. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry_row), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (entry_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->entry_row), controller);
}

/**
 * liens_contact_picker_new:
 *
 * Returns: (transfer floating): a new picker of several people; give it a store
 *   with liens_contact_picker_set_store() before use
 */
GtkWidget *
liens_contact_picker_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACT_PICKER, NULL);
}

/**
 * liens_contact_picker_get_store:
 *
 * Returns: (transfer none) (nullable): where the picker searches
 */
LiensStore *
liens_contact_picker_get_store (LiensContactPicker *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), NULL);

  return self->store;
}

/**
 * liens_contact_picker_set_store:
 * @store: (nullable): where to search contacts, and create new ones
 */
void
liens_contact_picker_set_store (LiensContactPicker *self,
                                LiensStore         *store)
{
  g_return_if_fail (LIENS_IS_CONTACT_PICKER (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
liens_contact_picker_get_multiple (LiensContactPicker *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), FALSE);

  return self->multiple;
}

/**
 * liens_contact_picker_set_multiple:
 * @multiple: %TRUE to choose any number of people, %FALSE for one at most
 */
void
liens_contact_picker_set_multiple (LiensContactPicker *self,
                                   gboolean            multiple)
{
  g_return_if_fail (LIENS_IS_CONTACT_PICKER (self));

  multiple = !!multiple;
  if (self->multiple == multiple)
    return;

  self->multiple = multiple;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry_row),
                                 multiple ? _("Add Person") : _("Choose Person"));
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MULTIPLE]);
}

/**
 * liens_contact_picker_get_contact_ids:
 * @n_ids: (out): the number of ids
 *
 * Returns: (array length=n_ids) (transfer none): the ids of the existing contacts chosen,
 *   in the order they were chosen; new contacts are in
 *   liens_contact_picker_get_pending_names()
 */
const gint64 *
liens_contact_picker_get_contact_ids (LiensContactPicker *self,
                                      guint              *n_ids)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->contact_ids->len;

  return (const gint64 *) (gpointer) self->contact_ids->data;
}

/**
 * liens_contact_picker_set_contact_ids:
 * @ids: (array length=n_ids): contact ids, 0 and unknown ids are left out
 *
 * Chooses these contacts, in this order, in place of any choice; clears the new
 * contacts too. Needs the store.
 */
void
liens_contact_picker_set_contact_ids (LiensContactPicker *self,
                                      const gint64       *ids,
                                      guint               n_ids)
{
  g_return_if_fail (LIENS_IS_CONTACT_PICKER (self));
  g_return_if_fail (ids != NULL || n_ids == 0);
  g_return_if_fail (self->store != NULL || n_ids == 0);

  g_ptr_array_set_size (self->contacts, 0);
  g_array_set_size (self->contact_ids, 0);
  g_ptr_array_set_size (self->pending_names, 0);
  g_ptr_array_add (self->pending_names, NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(LiensContact) contact = NULL;
      g_autoptr(GError) error = NULL;

      if (ids[i] <= 0 || has_contact (self, ids[i]))
        continue;

      /* Archived contacts too: a past encounter keeps its people. */
      contact = liens_store_get_contact (self->store, ids[i], &error);
      if (contact == NULL)
        {
          g_debug ("Contact %" G_GINT64_FORMAT " left out: %s", ids[i], error->message);
          continue;
        }

      add_contact (self, contact);
      if (!self->multiple)
        break;
    }

  changed (self);
}

/**
 * liens_contact_picker_get_pending_names:
 *
 * Returns: (transfer none): the names of the new contacts chosen, which
 *   liens_contact_picker_save_pending() creates
 */
const char * const *
liens_contact_picker_get_pending_names (LiensContactPicker *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), NULL);

  return (const char * const *) self->pending_names->pdata;
}

/**
 * liens_contact_picker_add_pending_name:
 * @name: the name of a person to add as a new contact
 *
 * Chooses a new contact, as the item "Add … as a new contact" does.
 */
void
liens_contact_picker_add_pending_name (LiensContactPicker *self,
                                       const char         *name)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (LIENS_IS_CONTACT_PICKER (self));
  g_return_if_fail (name != NULL);

  trimmed = dup_trimmed (name);
  if (trimmed == NULL || has_pending_name (self, trimmed))
    return;

  if (!self->multiple && get_n_chosen (self) > 0)
    return;

  g_ptr_array_insert (self->pending_names, self->pending_names->len - 1, g_steal_pointer (&trimmed));
  changed (self);
}

/**
 * liens_contact_picker_is_empty:
 *
 * Returns: %TRUE when nobody is chosen, existing or new
 */
gboolean
liens_contact_picker_is_empty (LiensContactPicker *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), TRUE);

  return get_n_chosen (self) == 0;
}

/**
 * liens_contact_picker_clear:
 *
 * Removes every choice, and what is being typed.
 */
void
liens_contact_picker_clear (LiensContactPicker *self)
{
  g_return_if_fail (LIENS_IS_CONTACT_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  liens_contact_picker_set_contact_ids (self, NULL, 0);
}

/**
 * liens_contact_picker_save_pending:
 * @error: return location for a #LiensStoreError
 *
 * Creates a contact for each pending name, the text after its last space as the family
 * name, and chooses it in its place: saving again never creates it twice. Stops at the
 * first error, keeping the names not created yet.
 *
 * Returns: %TRUE if every new contact was saved
 */
gboolean
liens_contact_picker_save_pending (LiensContactPicker  *self,
                                   GError             **error)
{
  gboolean ok = TRUE;
  gboolean any = FALSE;

  g_return_val_if_fail (LIENS_IS_CONTACT_PICKER (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (self->pending_names->len > 1)
    {
      const char *name = g_ptr_array_index (self->pending_names, 0);
      g_autoptr(LiensContact) contact = liens_contact_new ();
      const char *space = strrchr (name, ' ');

      if (space != NULL)
        {
          g_autofree char *given = g_strstrip (g_strndup (name, space - name));

          liens_contact_set_given_name (contact, given);
          liens_contact_set_family_name (contact, space + 1);
        }
      else
        liens_contact_set_given_name (contact, name);

      if (!liens_store_save_contact (self->store, contact, error))
        {
          ok = FALSE;
          break;
        }

      add_contact (self, contact);
      g_ptr_array_remove_index (self->pending_names, 0);
      any = TRUE;
    }

  if (any)
    changed (self);

  return ok;
}
