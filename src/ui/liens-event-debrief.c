/* liens-event-debrief.c: records whom the user met at an event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-event-debrief.h"
#include "liens-ui.h"

struct _LiensEventDebrief
{
  LiensEditorWindow parent_instance;

  LiensStore *store;
  LiensEvent *event;

  /* The people the user hoped to meet: their ids, check buttons and note rows, in order. */
  GArray *planned_ids;
  GPtrArray *planned_checks;
  GPtrArray *planned_notes;
  /* The rows of the other people, by "id:<id>" or "new:<name>", kept while the user
   * changes their mind; "org:<name>" for the organisation of a new person. */
  GHashTable *other_rows;

  gboolean populating;

  /* Template widgets */
  GtkLabel *heading_label;
  GtkListBox *planned_list;
  LiensContactPicker *others_picker;
  GtkListBox *others_list;
  GtkLabel *hint_label;
};

G_DEFINE_FINAL_TYPE (LiensEventDebrief, liens_event_debrief, LIENS_TYPE_EDITOR_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void liens_event_debrief_validate (LiensEventDebrief *self);

/* Trimmed text, or NULL when there is none. */
static char *
dup_row_text (AdwEntryRow *row)
{
  char *trimmed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (trimmed[0] == '\0')
    g_clear_pointer (&trimmed, g_free);

  return trimmed;
}

static char *
dup_contact_name (LiensStore *store,
                  gint64      id)
{
  g_autoptr(LiensContact) contact = liens_store_get_contact (store, id, NULL);

  if (contact == NULL || liens_contact_get_display_name (contact) == NULL)
    return g_strdup (_("Unknown Person"));

  return g_strdup (liens_contact_get_display_name (contact));
}

static const gint64 *
get_other_ids (LiensEventDebrief *self,
               guint             *n_ids)
{
  return liens_contact_picker_get_contact_ids (self->others_picker, n_ids);
}

static const char * const *
get_new_names (LiensEventDebrief *self)
{
  return liens_contact_picker_get_pending_names (self->others_picker);
}

static AdwEntryRow *
get_other_row (LiensEventDebrief *self,
               const char        *key)
{
  return g_hash_table_lookup (self->other_rows, key);
}

/* The form */

static void
form_changed_cb (LiensEventDebrief *self)
{
  if (self->populating)
    return;

  liens_event_debrief_validate (self);
}

/* Writing a note about someone says the user met them. */
static void
planned_note_changed_cb (AdwEntryRow       *row,
                         LiensEventDebrief *self)
{
  guint index;

  if (self->populating)
    return;

  if (g_ptr_array_find (self->planned_notes, row, &index) &&
      gtk_editable_get_text (GTK_EDITABLE (row))[0] != '\0')
    gtk_check_button_set_active (g_ptr_array_index (self->planned_checks, index), TRUE);

  form_changed_cb (self);
}

static AdwEntryRow *
new_entry_row (LiensEventDebrief *self,
               const char        *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);

  return ADW_ENTRY_ROW (row);
}

static AdwEntryRow *
ensure_other_row (LiensEventDebrief *self,
                  const char        *key,
                  const char        *title,
                  const char        *icon_name)
{
  AdwEntryRow *row = get_other_row (self, key);

  if (row == NULL)
    {
      row = new_entry_row (self, title);
      if (icon_name != NULL)
        {
          GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

          gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                          -1);
          adw_entry_row_add_prefix (row, image);
        }
      g_hash_table_insert (self->other_rows, g_strdup (key), g_object_ref_sink (row));
    }

  return row;
}

/* One note row per other person; a new person also has their organisation asked. */
static void
others_changed_cb (LiensEventDebrief *self)
{
  const char * const *names = get_new_names (self);
  const gint64 *ids;
  guint n_ids = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->others_list))) != NULL)
    gtk_list_box_remove (self->others_list, child);

  ids = get_other_ids (self, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *key = g_strdup_printf ("id:%" G_GINT64_FORMAT, ids[i]);
      g_autofree char *name = dup_contact_name (self->store, ids[i]);
      /* Translators: %s is the name of a person met at an event. */
      g_autofree char *title = g_strdup_printf (_("Note on %s"), name);

      gtk_list_box_append (self->others_list, GTK_WIDGET (ensure_other_row (self, key, title, NULL)));
    }

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("new:", names[i], NULL);
      g_autofree char *org_key = g_strconcat ("org:", names[i], NULL);
      /* Translators: %s is the name of a person the user is adding. */
      g_autofree char *org_title = g_strdup_printf (_("Organisation of %s"), names[i]);
      g_autofree char *note_title = g_strdup_printf (_("Note on %s"), names[i]);

      gtk_list_box_append (self->others_list,
                           GTK_WIDGET (ensure_other_row (self, key, note_title, "contact-new-symbolic")));
      gtk_list_box_append (self->others_list,
                           GTK_WIDGET (ensure_other_row (self, org_key, org_title, NULL)));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->others_list),
                          n_ids > 0 || (names != NULL && names[0] != NULL));

  form_changed_cb (self);
}

static char *
dup_form_state (LiensEventDebrief *self)
{
  g_autoptr(GString) state = g_string_new (NULL);
  const char * const *names = get_new_names (self);
  const gint64 *ids;
  guint n_ids = 0;

  for (guint i = 0; i < self->planned_ids->len; i++)
    g_string_append_printf (state, "%d %s\n",
                            gtk_check_button_get_active (g_ptr_array_index (self->planned_checks, i)),
                            gtk_editable_get_text (g_ptr_array_index (self->planned_notes, i)));

  ids = get_other_ids (self, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *key = g_strdup_printf ("id:%" G_GINT64_FORMAT, ids[i]);

      g_string_append_printf (state, "%s %s\n", key,
                              gtk_editable_get_text (GTK_EDITABLE (get_other_row (self, key))));
    }

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("new:", names[i], NULL);
      g_autofree char *org_key = g_strconcat ("org:", names[i], NULL);
      AdwEntryRow *row = get_other_row (self, key);
      AdwEntryRow *org_row = get_other_row (self, org_key);

      g_string_append_printf (state, "%s %s\n%s\n", key,
                              row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : "",
                              org_row != NULL ? gtk_editable_get_text (GTK_EDITABLE (org_row)) : "");
    }

  return g_string_free (g_steal_pointer (&state), FALSE);
}

static void
liens_event_debrief_validate (LiensEventDebrief *self)
{
  const char * const *names = get_new_names (self);
  gboolean has_people = FALSE;
  gboolean missing_organisation = FALSE;
  guint n_ids = 0;

  if (self->populating)
    return;

  for (guint i = 0; i < self->planned_checks->len; i++)
    has_people |= gtk_check_button_get_active (g_ptr_array_index (self->planned_checks, i));

  get_other_ids (self, &n_ids);
  has_people |= n_ids > 0;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *org_key = g_strconcat ("org:", names[i], NULL);
      AdwEntryRow *org_row = get_other_row (self, org_key);
      g_autofree char *organisation = org_row != NULL ? dup_row_text (org_row) : NULL;

      has_people = TRUE;
      missing_organisation |= organisation == NULL;
    }

  if (missing_organisation)
    gtk_label_set_label (self->hint_label, _("Enter the organisation of each new person."));
  else
    gtk_label_set_label (self->hint_label, _("Check or add at least one person."));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), !has_people || missing_organisation);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", has_people && !missing_organisation);
}

static void
populate (LiensEventDebrief *self)
{
  const LiensEventPerson *people;
  const char *title = liens_event_get_title (self->event);
  g_autofree char *heading = NULL;
  guint n_people = 0;

  self->populating = TRUE;

  /* Translators: %s is the title of an event. */
  heading = g_strdup_printf (_("Who did you meet at %s?"),
                             title != NULL && title[0] != '\0' ? title : _("Untitled Event"));
  gtk_label_set_label (self->heading_label, heading);

  liens_contact_picker_set_store (self->others_picker, self->store);

  people = liens_event_get_people (self->event, &n_people);
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *name = dup_contact_name (self->store, people[i].contact_id);
      /* Translators: the check box of a person met at an event; %s is their name. */
      g_autofree char *label = g_strdup_printf (_("Met %s"), name);
      AdwEntryRow *row = new_entry_row (self, name);
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_set_tooltip_text (check, label);
      g_signal_connect_object (check, "toggled", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "changed", G_CALLBACK (planned_note_changed_cb), self, 0);
      adw_entry_row_add_prefix (row, check);
      gtk_list_box_append (self->planned_list, GTK_WIDGET (row));

      g_array_append_val (self->planned_ids, people[i].contact_id);
      g_ptr_array_add (self->planned_checks, check);
      g_ptr_array_add (self->planned_notes, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->planned_list), n_people > 0);

  self->populating = FALSE;

  liens_event_debrief_validate (self);
  liens_editor_window_remember_form (LIENS_EDITOR_WINDOW (self));
}

/* Actions */

static gboolean
array_contains (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static LiensContact *
new_contact (const char *name,
             const char *organisation)
{
  LiensContact *contact = liens_contact_new ();
  const char *space = strrchr (name, ' ');

  if (space != NULL)
    {
      g_autofree char *given = g_strstrip (g_strndup (name, space - name));

      liens_contact_set_given_name (contact, given);
      liens_contact_set_family_name (contact, space + 1);
    }
  else
    liens_contact_set_given_name (contact, name);

  liens_contact_set_organisation (contact, organisation);

  return contact;
}

/* Everything in one call: one transaction, all or nothing. */
static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensEventDebrief *self = LIENS_EVENT_DEBRIEF (widget);
  g_autoptr(GArray) met_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *names = get_new_names (self);
  const gint64 *ids;
  guint n_ids = 0;

  for (guint i = 0; i < self->planned_ids->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (self->planned_checks, i)))
        continue;

      g_array_append_val (met_ids, g_array_index (self->planned_ids, gint64, i));
      g_ptr_array_add (notes, dup_row_text (g_ptr_array_index (self->planned_notes, i)));
    }

  ids = get_other_ids (self, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *key = g_strdup_printf ("id:%" G_GINT64_FORMAT, ids[i]);

      if (array_contains (met_ids, ids[i]))
        continue;

      g_array_append_val (met_ids, ids[i]);
      g_ptr_array_add (notes, dup_row_text (get_other_row (self, key)));
    }

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *key = g_strconcat ("new:", names[i], NULL);
      g_autofree char *org_key = g_strconcat ("org:", names[i], NULL);
      g_autofree char *organisation = dup_row_text (get_other_row (self, org_key));

      g_ptr_array_add (new_contacts, new_contact (names[i], organisation));
      g_ptr_array_add (new_notes, dup_row_text (get_other_row (self, key)));
    }

  /* The notes of the people met first, then those of the new people. */
  for (guint i = 0; i < new_notes->len; i++)
    g_ptr_array_add (notes, g_steal_pointer (&g_ptr_array_index (new_notes, i)));

  if (!liens_store_debrief_event (self->store, liens_event_get_id (self->event),
                                  (LiensContact * const *) new_contacts->pdata, new_contacts->len,
                                  (const gint64 *) (gpointer) met_ids->data,
                                  (const char * const *) notes->pdata, met_ids->len,
                                  &error))
    {
      liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Save the Debrief"), error->message);
      return;
    }

  event = liens_store_get_event (self->store, liens_event_get_id (self->event), NULL);
  g_signal_emit (self, signals[SAVED], 0, event != NULL ? event : self->event);

  liens_editor_window_close_saved (LIENS_EDITOR_WINDOW (self));
}

/* Overrides */

static char *
liens_event_debrief_dup_form_state (LiensEditorWindow *editor)
{
  return dup_form_state (LIENS_EVENT_DEBRIEF (editor));
}

static const char *
liens_event_debrief_get_discard_message (LiensEditorWindow *editor)
{
  return _("The people you met will not be recorded.");
}

static void
liens_event_debrief_dispose (GObject *object)
{
  LiensEventDebrief *self = LIENS_EVENT_DEBRIEF (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_EVENT_DEBRIEF);

  g_clear_pointer (&self->other_rows, g_hash_table_unref);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (liens_event_debrief_parent_class)->dispose (object);
}

static void
liens_event_debrief_finalize (GObject *object)
{
  LiensEventDebrief *self = LIENS_EVENT_DEBRIEF (object);

  g_clear_pointer (&self->planned_ids, g_array_unref);
  g_clear_pointer (&self->planned_checks, g_ptr_array_unref);
  g_clear_pointer (&self->planned_notes, g_ptr_array_unref);

  G_OBJECT_CLASS (liens_event_debrief_parent_class)->finalize (object);
}

static void
liens_event_debrief_class_init (LiensEventDebriefClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LiensEditorWindowClass *editor_class = LIENS_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = liens_event_debrief_dispose;
  object_class->finalize = liens_event_debrief_finalize;

  editor_class->dup_form_state = liens_event_debrief_dup_form_state;
  editor_class->get_discard_message = liens_event_debrief_get_discard_message;

  /**
   * LiensEventDebrief::saved:
   * @event: the event as the store now has it, attended
   *
   * Emitted after the store recorded the debrief; the dialog then closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, LIENS_TYPE_EVENT);

  g_type_ensure (LIENS_TYPE_CONTACT_PICKER);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-event-debrief.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensEventDebrief, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventDebrief, planned_list);
  gtk_widget_class_bind_template_child (widget_class, LiensEventDebrief, others_picker);
  gtk_widget_class_bind_template_child (widget_class, LiensEventDebrief, others_list);
  gtk_widget_class_bind_template_child (widget_class, LiensEventDebrief, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, others_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);

}

static void
liens_event_debrief_init (LiensEventDebrief *self)
{
  GtkEventController *controller;

  self->planned_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->planned_checks = g_ptr_array_new ();
  self->planned_notes = g_ptr_array_new ();
  self->other_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("editor.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * liens_event_debrief_new:
 * @parent: (nullable): the window the dialog is modal to
 * @store: where the debrief is recorded
 * @event: the event the user went to, saved
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GtkWidget *
liens_event_debrief_new (GtkWindow  *parent,
                         LiensStore *store,
                         LiensEvent *event)
{
  LiensEventDebrief *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (LIENS_IS_EVENT (event), NULL);

  self = g_object_new (LIENS_TYPE_EVENT_DEBRIEF,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->event = g_object_ref (event);

  populate (self);

  return GTK_WIDGET (self);
}
