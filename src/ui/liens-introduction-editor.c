/* liens-introduction-editor.c: the dialog that records or edits an introduction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-format.h"
#include "liens-introduction-editor.h"
#include "liens-ui.h"

struct _LiensIntroductionEditor
{
  LiensEditorWindow parent_instance;

  LiensStore *store;
  /* The introduction as it was opened, never written to; NULL for a new one. */
  LiensIntroduction *introduction;

  /* The day, at noon. */
  GDateTime *date;

  gboolean populating;
  gboolean touched;


  /* Template widgets */
  GtkCheckButton *made_by_user_check;
  GtkCheckButton *made_for_user_check;
  AdwPreferencesGroup *first_group;
  LiensContactPicker *first_picker;
  AdwPreferencesGroup *second_group;
  LiensContactPicker *second_picker;
  GtkLabel *people_error_label;
  GtkMenuButton *date_button;
  GtkPopover *date_popover;
  GtkCalendar *date_calendar;
  AdwEntryRow *context_row;
  AdwEntryRow *outcome_row;
};

G_DEFINE_FINAL_TYPE (LiensIntroductionEditor, liens_introduction_editor, LIENS_TYPE_EDITOR_WINDOW)

enum {
  SAVED,
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

static char *
dup_row_text (AdwEntryRow *row)
{
  return dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* A day, at noon: a time zone change never moves it to the day before. */
static GDateTime *
new_day (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);

  return g_date_time_new_local (g_date_time_get_year (local),
                                g_date_time_get_month (local),
                                g_date_time_get_day_of_month (local),
                                12, 0, 0);
}

/* The person a picker holds: an existing contact's id, or the name of a new one. */
static gint64
get_picked_id (LiensContactPicker *picker)
{
  const gint64 *ids;
  guint n_ids = 0;

  ids = liens_contact_picker_get_contact_ids (picker, &n_ids);

  return n_ids > 0 ? ids[0] : 0;
}

static const char *
get_picked_name (LiensContactPicker *picker)
{
  return liens_contact_picker_get_pending_names (picker)[0];
}

static gboolean
is_same_person (LiensContactPicker *a,
                LiensContactPicker *b)
{
  const char *name_a = get_picked_name (a);
  const char *name_b = get_picked_name (b);

  if (get_picked_id (a) != 0)
    return get_picked_id (a) == get_picked_id (b);

  if (name_a != NULL && name_b != NULL)
    {
      g_autofree char *folded_a = g_utf8_casefold (name_a, -1);
      g_autofree char *folded_b = g_utf8_casefold (name_b, -1);

      return g_str_equal (folded_a, folded_b);
    }

  return FALSE;
}

/* The form */

static gboolean
is_made_by_user (LiensIntroductionEditor *self)
{
  return gtk_check_button_get_active (self->made_by_user_check);
}

static void
update_date_button (LiensIntroductionEditor *self)
{
  g_autofree char *day = liens_format_date (self->date);

  gtk_menu_button_set_label (self->date_button, day);
}

/* The pickers' roles follow the choice at the top. */
static void
update_groups (LiensIntroductionEditor *self)
{
  if (is_made_by_user (self))
    {
      adw_preferences_group_set_title (self->first_group, _("First Person"));
      adw_preferences_group_set_title (self->second_group, _("Second Person"));
    }
  else
    {
      adw_preferences_group_set_title (self->first_group, _("Introduced By"));
      /* Translators: the person a contact introduced the user to. */
      adw_preferences_group_set_title (self->second_group, _("Introduced To"));
    }
}

/* Writes what the form holds into @introduction, with the people already created. */
static void
apply_form (LiensIntroductionEditor *self,
            LiensIntroduction       *introduction)
{
  g_autofree char *context = dup_row_text (self->context_row);
  g_autofree char *outcome = dup_row_text (self->outcome_row);
  gint64 first = get_picked_id (self->first_picker);
  gint64 second = get_picked_id (self->second_picker);

  /* The user introduced first and second; or first introduced the user to second. */
  if (is_made_by_user (self))
    {
      liens_introduction_set_introducer_id (introduction, 0);
      liens_introduction_set_first_id (introduction, first);
      liens_introduction_set_second_id (introduction, second);
    }
  else
    {
      liens_introduction_set_introducer_id (introduction, first);
      liens_introduction_set_first_id (introduction, second);
      liens_introduction_set_second_id (introduction, 0);
    }

  liens_introduction_set_date (introduction, self->date);
  liens_introduction_set_context (introduction, context);
  liens_introduction_set_outcome (introduction, outcome);
}

/* Everything the user can change, as one string: what closing would lose. */
static char *
dup_form_state (LiensIntroductionEditor *self)
{
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();

  apply_form (self, introduction);

  return g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT "\n%s\n%s\n%s\n%s",
                          liens_introduction_get_introducer_id (introduction),
                          liens_introduction_get_first_id (introduction),
                          liens_introduction_get_second_id (introduction),
                          g_date_time_to_unix (self->date),
                          get_picked_name (self->first_picker) ?: "",
                          get_picked_name (self->second_picker) ?: "",
                          liens_introduction_get_context (introduction) ?: "",
                          liens_introduction_get_outcome (introduction) ?: "");
}

static void
liens_introduction_editor_validate (LiensIntroductionEditor *self)
{
  gboolean complete;
  gboolean same;

  if (self->populating)
    return;

  complete = !liens_contact_picker_is_empty (self->first_picker) &&
             !liens_contact_picker_is_empty (self->second_picker);
  same = complete && is_same_person (self->first_picker, self->second_picker);

  if (same)
    gtk_label_set_label (self->people_error_label, _("Choose two different people."));
  else if (is_made_by_user (self))
    gtk_label_set_label (self->people_error_label, _("Choose the two people you introduced."));
  else
    gtk_label_set_label (self->people_error_label, _("Choose who introduced you, and to whom."));

  /* On a blank form the message is a hint; once the user has done something, an error. */
  gtk_widget_set_visible (GTK_WIDGET (self->people_error_label), !complete || same);
  set_css_class (GTK_WIDGET (self->people_error_label), "error", self->touched || same);
  set_css_class (GTK_WIDGET (self->people_error_label), "dim-label", !self->touched && !same);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", complete && !same);
}

static void
form_changed_cb (LiensIntroductionEditor *self)
{
  if (self->populating)
    return;

  self->touched = TRUE;
  liens_introduction_editor_validate (self);
}

static void
mode_toggled_cb (LiensIntroductionEditor *self)
{
  update_groups (self);
  form_changed_cb (self);
}

static void
date_day_selected_cb (LiensIntroductionEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->date_calendar);
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = new_day (date);
  update_date_button (self);
  gtk_popover_popdown (self->date_popover);
  form_changed_cb (self);
}

static void
set_picked_id (LiensContactPicker *picker,
               gint64              id)
{
  if (id > 0)
    liens_contact_picker_set_contact_ids (picker, &id, 1);
}

static void
populate (LiensIntroductionEditor *self,
          gint64                   contact_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LiensIntroduction *introduction = self->introduction;
  GDateTime *date = introduction != NULL ? liens_introduction_get_date (introduction) : NULL;

  self->populating = TRUE;

  gtk_window_set_title (GTK_WINDOW (self),
                        introduction != NULL ? _("Edit Introduction") : _("Record Introduction"));

  liens_contact_picker_set_store (self->first_picker, self->store);
  liens_contact_picker_set_store (self->second_picker, self->store);

  if (introduction != NULL)
    {
      gint64 introducer_id = liens_introduction_get_introducer_id (introduction);
      gint64 first_id = liens_introduction_get_first_id (introduction);
      gint64 second_id = liens_introduction_get_second_id (introduction);

      if (introducer_id != 0 && second_id == 0)
        {
          gtk_check_button_set_active (self->made_for_user_check, TRUE);
          set_picked_id (self->first_picker, introducer_id);
          set_picked_id (self->second_picker, first_id);
        }
      else
        {
          set_picked_id (self->first_picker, first_id);
          set_picked_id (self->second_picker, second_id);
        }

      set_row_text (self->context_row, liens_introduction_get_context (introduction));
      set_row_text (self->outcome_row, liens_introduction_get_outcome (introduction));
    }
  else
    /* Whichever way it went, the person it was opened for comes first. */
    set_picked_id (self->first_picker, contact_id);

  self->date = new_day (date != NULL ? date : now);
  gtk_calendar_select_day (self->date_calendar, self->date);
  update_date_button (self);
  update_groups (self);

  self->populating = FALSE;

  liens_introduction_editor_validate (self);
  liens_editor_window_remember_form (LIENS_EDITOR_WINDOW (self));
}

/* Dialogs */

/* Actions */

/* The store has no transaction across objects: new people are saved first, then the
 * introduction; a failure keeps them, chosen as existing contacts for the next try. */
static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensIntroductionEditor *self = LIENS_INTRODUCTION_EDITOR (widget);
  g_autoptr(LiensIntroduction) introduction = NULL;
  g_autoptr(GError) error = NULL;

  if (liens_contact_picker_save_pending (self->first_picker, &error) &&
      liens_contact_picker_save_pending (self->second_picker, &error))
    {
      /* A fresh copy: the introduction shown elsewhere changes when the store says so. */
      if (self->introduction != NULL)
        introduction = liens_store_get_introduction (self->store,
                                                     liens_introduction_get_id (self->introduction),
                                                     &error);
      else
        introduction = liens_introduction_new ();
    }

  if (introduction != NULL)
    {
      apply_form (self, introduction);
      liens_store_save_introduction (self->store, introduction, &error);
    }

  if (error != NULL)
    {
      liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Save the Introduction"), error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, introduction);

  liens_editor_window_close_saved (LIENS_EDITOR_WINDOW (self));
}

/* Overrides */

static char *
liens_introduction_editor_dup_form_state (LiensEditorWindow *editor)
{
  return dup_form_state (LIENS_INTRODUCTION_EDITOR (editor));
}

static const char *
liens_introduction_editor_get_discard_message (LiensEditorWindow *editor)
{
  LiensIntroductionEditor *self = LIENS_INTRODUCTION_EDITOR (editor);

  return self->introduction != NULL
         ? _("The changes you made to this introduction will be lost.")
         : _("This new introduction will not be saved.");
}

static void
liens_introduction_editor_dispose (GObject *object)
{
  LiensIntroductionEditor *self = LIENS_INTRODUCTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_INTRODUCTION_EDITOR);

  g_clear_object (&self->introduction);
  g_clear_object (&self->store);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (liens_introduction_editor_parent_class)->dispose (object);
}

static void
liens_introduction_editor_class_init (LiensIntroductionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LiensEditorWindowClass *editor_class = LIENS_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = liens_introduction_editor_dispose;

  editor_class->dup_form_state = liens_introduction_editor_dup_form_state;
  editor_class->get_discard_message = liens_introduction_editor_get_discard_message;

  /**
   * LiensIntroductionEditor::saved:
   * @introduction: the introduction as it was written, with its id
   *
   * Emitted after the store saved the introduction; the editor then closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, LIENS_TYPE_INTRODUCTION);

  g_type_ensure (LIENS_TYPE_CONTACT_PICKER);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-introduction-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, made_by_user_check);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, made_for_user_check);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, first_group);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, first_picker);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, second_group);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, second_picker);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, people_error_label);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, context_row);
  gtk_widget_class_bind_template_child (widget_class, LiensIntroductionEditor, outcome_row);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);

}

static void
liens_introduction_editor_init (LiensIntroductionEditor *self)
{
  GtkEventController *controller;
  GtkShortcutAction *save = gtk_named_action_new ("editor.save");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Enter saves, from any field, as in the other editors. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return,
                                                                                  GDK_CONTROL_MASK),
                                                          g_object_ref (save)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter,
                                                                                  GDK_CONTROL_MASK),
                                                          save));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * liens_introduction_editor_new:
 * @parent: (nullable): the window the editor is modal to
 * @store: where the introduction is saved
 * @introduction: (nullable): the introduction to edit, or %NULL to record a new one
 * @contact_id: for a new introduction, a contact to choose first already, or 0
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
GtkWidget *
liens_introduction_editor_new (GtkWindow         *parent,
                               LiensStore        *store,
                               LiensIntroduction *introduction,
                               gint64             contact_id)
{
  LiensIntroductionEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (introduction == NULL || LIENS_IS_INTRODUCTION (introduction), NULL);
  g_return_val_if_fail (contact_id >= 0, NULL);

  self = g_object_new (LIENS_TYPE_INTRODUCTION_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (introduction != NULL)
    self->introduction = g_object_ref (introduction);

  populate (self, contact_id);

  /* Ready to type the first person missing. */
  if (liens_contact_picker_is_empty (self->first_picker))
    gtk_widget_grab_focus (GTK_WIDGET (self->first_picker));
  else if (liens_contact_picker_is_empty (self->second_picker))
    gtk_widget_grab_focus (GTK_WIDGET (self->second_picker));

  return GTK_WIDGET (self);
}
