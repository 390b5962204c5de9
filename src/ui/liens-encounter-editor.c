/* liens-encounter-editor.c: the dialog that logs or edits an encounter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-encounter-editor.h"
#include "liens-enum-names.h"
#include "liens-format.h"
#include "liens-ui.h"

/* A follow-up comes a week after the encounter, unless the user says otherwise. */
#define FOLLOW_UP_DAYS 7

struct _LiensEncounterEditor
{
  LiensEditorWindow parent_instance;

  LiensStore *store;
  /* The encounter as it was opened, never written to; NULL for a new one. */
  LiensEncounter *encounter;

  /* What the form holds beyond its widgets: days, at noon, and the events offered. */
  GDateTime *date;
  GDateTime *follow_up_date;
  gboolean follow_up_date_chosen;
  GArray *event_ids;

  gboolean populating;
  gboolean touched;


  /* Template widgets */
  LiensContactPicker *people_picker;
  GtkWidget *people_error_label;
  GtkMenuButton *date_button;
  GtkPopover *date_popover;
  GtkCalendar *date_calendar;
  GtkMenuButton *time_button;
  GtkSpinButton *hour_spin;
  GtkSpinButton *minute_spin;
  AdwComboRow *kind_row;
  AdwEntryRow *place_row;
  AdwComboRow *event_row;
  AdwComboRow *help_row;
  AdwComboRow *posture_row;
  AdwExpanderRow *follow_up_row;
  GtkMenuButton *follow_up_date_button;
  GtkPopover *follow_up_popover;
  GtkCalendar *follow_up_calendar;
  AdwEntryRow *follow_up_what_row;
  GtkWidget *follow_up_done_row;
  GtkCheckButton *follow_up_done_check;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (LiensEncounterEditor, liens_encounter_editor, LIENS_TYPE_EDITOR_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds in the order of their combo row: the most common first, "Other" last. */
static const LiensEncounterKind kinds[] = {
  LIENS_ENCOUNTER_KIND_MEETING,
  LIENS_ENCOUNTER_KIND_MEAL,
  LIENS_ENCOUNTER_KIND_CALL,
  LIENS_ENCOUNTER_KIND_VIDEO_CALL,
  LIENS_ENCOUNTER_KIND_MESSAGE,
  LIENS_ENCOUNTER_KIND_EVENT,
  LIENS_ENCOUNTER_KIND_OTHER,
};

static void liens_encounter_editor_validate (LiensEncounterEditor *self);

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

static void
replace_date (GDateTime **date,
              GDateTime  *new_date)
{
  g_clear_pointer (date, g_date_time_unref);
  *date = new_date;
}

static void
name_switches (GtkWidget  *root,
               const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SWITCH (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      else
        name_switches (child, name);
    }
}

/* The form */

static GDateTime *
dup_form_date (LiensEncounterEditor *self)
{
  return g_date_time_new_local (g_date_time_get_year (self->date),
                                g_date_time_get_month (self->date),
                                g_date_time_get_day_of_month (self->date),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin),
                                0);
}

static void
update_date_buttons (LiensEncounterEditor *self)
{
  g_autoptr(GDateTime) date = dup_form_date (self);
  g_autofree char *day = liens_format_date (self->date);
  g_autofree char *time = liens_format_time (date);
  g_autofree char *follow_up = liens_format_date (self->follow_up_date);

  gtk_menu_button_set_label (self->date_button, day);
  gtk_menu_button_set_label (self->time_button, time);
  gtk_menu_button_set_label (self->follow_up_date_button, follow_up);
}

static LiensEncounterKind
get_selected_kind (LiensEncounterEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < G_N_ELEMENTS (kinds) ? kinds[selected] : LIENS_ENCOUNTER_KIND_OTHER;
}

static gint64
get_selected_event_id (LiensEncounterEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->event_row);

  return selected < self->event_ids->len ? g_array_index (self->event_ids, gint64, selected) : 0;
}

static char *
dup_notes (LiensEncounterEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;
  char *notes;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strchomp (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (notes[0] == '\0')
    g_clear_pointer (&notes, g_free);

  return notes;
}

/* Writes what the form holds into @encounter, but the people still to be created. */
static void
apply_form (LiensEncounterEditor *self,
            LiensEncounter       *encounter)
{
  g_autoptr(GDateTime) date = dup_form_date (self);
  g_autofree char *place = dup_row_text (self->place_row);
  g_autofree char *notes = dup_notes (self);
  const gint64 *contact_ids;
  guint n_contact_ids = 0;

  contact_ids = liens_contact_picker_get_contact_ids (self->people_picker, &n_contact_ids);
  liens_encounter_set_contact_ids (encounter, contact_ids, n_contact_ids);

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, get_selected_kind (self));
  liens_encounter_set_place (encounter, place);
  liens_encounter_set_event_id (encounter, get_selected_event_id (self));
  liens_encounter_set_notes (encounter, notes);
  liens_encounter_set_help (encounter, adw_combo_row_get_selected (self->help_row));
  liens_encounter_set_posture (encounter, adw_combo_row_get_selected (self->posture_row));

  if (adw_expander_row_get_enable_expansion (self->follow_up_row))
    {
      g_autofree char *what = dup_row_text (self->follow_up_what_row);

      liens_encounter_set_follow_up_date (encounter, self->follow_up_date);
      liens_encounter_set_follow_up_what (encounter, what);
      liens_encounter_set_follow_up_done (encounter,
                                          gtk_check_button_get_active (self->follow_up_done_check));
    }
  else
    {
      liens_encounter_set_follow_up_date (encounter, NULL);
      liens_encounter_set_follow_up_what (encounter, NULL);
      liens_encounter_set_follow_up_done (encounter, FALSE);
    }
}

/* Everything the user can change, as one string: what closing would lose. */
static char *
dup_form_state (LiensEncounterEditor *self)
{
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GString) state = g_string_new (NULL);
  g_autofree char *pending = NULL;
  const gint64 *contact_ids;
  GDateTime *follow_up_date;
  guint n_contact_ids = 0;

  apply_form (self, encounter);

  contact_ids = liens_encounter_get_contact_ids (encounter, &n_contact_ids);
  for (guint i = 0; i < n_contact_ids; i++)
    g_string_append_printf (state, "%" G_GINT64_FORMAT " ", contact_ids[i]);

  pending = g_strjoinv ("\n", (char **) liens_contact_picker_get_pending_names (self->people_picker));
  follow_up_date = liens_encounter_get_follow_up_date (encounter);

  g_string_append_printf (state, "\n%s\n%" G_GINT64_FORMAT " %d %" G_GINT64_FORMAT " %d %d %"
                          G_GINT64_FORMAT " %d\n%s\n%s\n%s",
                          pending,
                          g_date_time_to_unix (liens_encounter_get_date (encounter)),
                          liens_encounter_get_kind (encounter),
                          liens_encounter_get_event_id (encounter),
                          liens_encounter_get_help (encounter),
                          liens_encounter_get_posture (encounter),
                          follow_up_date != NULL ? g_date_time_to_unix (follow_up_date) : G_MININT64,
                          liens_encounter_get_follow_up_done (encounter),
                          liens_encounter_get_place (encounter) ?: "",
                          liens_encounter_get_follow_up_what (encounter) ?: "",
                          liens_encounter_get_notes (encounter) ?: "");

  return g_string_free (g_steal_pointer (&state), FALSE);
}

static void
liens_encounter_editor_validate (LiensEncounterEditor *self)
{
  gboolean has_people;

  if (self->populating)
    return;

  has_people = !liens_contact_picker_is_empty (self->people_picker);

  /* On a blank form the message is a hint; once the user has done something, an error. */
  gtk_widget_set_visible (self->people_error_label, !has_people);
  set_css_class (self->people_error_label, "error", self->touched);
  set_css_class (self->people_error_label, "dim-label", !self->touched);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", has_people);
}

static void
form_changed_cb (LiensEncounterEditor *self)
{
  if (self->populating)
    return;

  self->touched = TRUE;
  liens_encounter_editor_validate (self);
}

static void
date_day_selected_cb (LiensEncounterEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->date_calendar);
  replace_date (&self->date, new_day (date));

  /* The default follow-up keeps its week from the encounter. */
  if (!self->follow_up_date_chosen)
    {
      replace_date (&self->follow_up_date, g_date_time_add_days (self->date, FOLLOW_UP_DAYS));
      gtk_calendar_select_day (self->follow_up_calendar, self->follow_up_date);
    }

  update_date_buttons (self);
  gtk_popover_popdown (self->date_popover);
  form_changed_cb (self);
}

static void
time_changed_cb (LiensEncounterEditor *self)
{
  if (self->populating)
    return;

  update_date_buttons (self);
  form_changed_cb (self);
}

/* Two digits, as a clock shows them: 09:05. */
static gboolean
time_spin_output_cb (GtkSpinButton *spin,
                     gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
follow_up_day_selected_cb (LiensEncounterEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->follow_up_calendar);
  replace_date (&self->follow_up_date, new_day (date));
  self->follow_up_date_chosen = TRUE;

  update_date_buttons (self);
  gtk_popover_popdown (self->follow_up_popover);
  form_changed_cb (self);
}

static void
follow_up_toggled_cb (LiensEncounterEditor *self)
{
  /* Switched on, it shows what it asks for. */
  if (!self->populating && adw_expander_row_get_enable_expansion (self->follow_up_row))
    adw_expander_row_set_expanded (self->follow_up_row, TRUE);

  form_changed_cb (self);
}

static void
setup_combo (AdwComboRow   *row,
             GtkStringList *names,
             guint          selected)
{
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (names));

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected < n_names ? selected : 0);
}

static void
setup_combos (LiensEncounterEditor *self,
              LiensEncounter       *encounter)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) helps = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) postures = gtk_string_list_new (NULL);
  guint kind = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (kind_names, liens_encounter_kind_get_display_name (kinds[i]));
      if (kinds[i] == liens_encounter_get_kind (encounter))
        kind = i;
    }

  /* The enumerations count from 0 without gaps: a value is its position. */
  for (LiensHelp i = LIENS_HELP_NONE; i <= LIENS_HELP_MUTUAL; i++)
    gtk_string_list_append (helps, liens_help_get_display_name (i));
  for (LiensPosture i = LIENS_POSTURE_NETWORKING; i <= LIENS_POSTURE_LEARNING; i++)
    gtk_string_list_append (postures, liens_posture_get_display_name (i));

  setup_combo (self->kind_row, kind_names, kind);
  setup_combo (self->help_row, helps, liens_encounter_get_help (encounter));
  setup_combo (self->posture_row, postures, liens_encounter_get_posture (encounter));
}

/* "None", then the events, by start date as the store lists them. */
static void
setup_events (LiensEncounterEditor *self,
              LiensEncounter       *encounter)
{
  g_autoptr(GListModel) events = liens_store_list_events (self->store);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 event_id = liens_encounter_get_event_id (encounter);
  guint n_events = g_list_model_get_n_items (events);
  guint selected = 0;
  gint64 none = 0;

  /* Translators: chosen as the event of an encounter, when it was at no event. */
  gtk_string_list_append (titles, C_("linked event", "None"));
  g_array_append_val (self->event_ids, none);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (events, i);
      gint64 id = liens_event_get_id (event);
      const char *title;

      if (id == event_id)
        selected = self->event_ids->len;

      title = liens_event_get_title (event);
      gtk_string_list_append (titles, title != NULL && title[0] != '\0' ? title : _("Untitled Event"));
      g_array_append_val (self->event_ids, id);
    }

  setup_combo (self->event_row, titles, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->event_row), n_events > 0);
}

static void
populate (LiensEncounterEditor *self,
          gint64                contact_id)
{
  g_autoptr(LiensEncounter) blank = liens_encounter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LiensEncounter *encounter = self->encounter != NULL ? self->encounter : blank;
  GDateTime *date = liens_encounter_get_date (encounter);
  GDateTime *follow_up_date = liens_encounter_get_follow_up_date (encounter);
  g_autoptr(GDateTime) local = g_date_time_to_local (date != NULL ? date : now);
  const char *notes = liens_encounter_get_notes (encounter);

  self->populating = TRUE;

  if (self->encounter == NULL)
    liens_encounter_set_kind (blank, LIENS_ENCOUNTER_KIND_MEETING);

  gtk_window_set_title (GTK_WINDOW (self),
                        self->encounter != NULL ? _("Edit Encounter") : _("Log Encounter"));

  liens_contact_picker_set_store (self->people_picker, self->store);
  if (self->encounter != NULL)
    {
      const gint64 *contact_ids;
      guint n_contact_ids = 0;

      contact_ids = liens_encounter_get_contact_ids (encounter, &n_contact_ids);
      liens_contact_picker_set_contact_ids (self->people_picker, contact_ids, n_contact_ids);
    }
  else if (contact_id > 0)
    liens_contact_picker_set_contact_ids (self->people_picker, &contact_id, 1);

  self->date = new_day (local);
  gtk_calendar_select_day (self->date_calendar, self->date);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));

  setup_combos (self, encounter);
  setup_events (self, encounter);
  set_row_text (self->place_row, liens_encounter_get_place (encounter));

  if (follow_up_date != NULL)
    {
      self->follow_up_date = new_day (follow_up_date);
      self->follow_up_date_chosen = TRUE;
    }
  else
    self->follow_up_date = g_date_time_add_days (self->date, FOLLOW_UP_DAYS);
  gtk_calendar_select_day (self->follow_up_calendar, self->follow_up_date);
  adw_expander_row_set_enable_expansion (self->follow_up_row, follow_up_date != NULL);
  adw_expander_row_set_expanded (self->follow_up_row, follow_up_date != NULL);
  set_row_text (self->follow_up_what_row, liens_encounter_get_follow_up_what (encounter));
  gtk_check_button_set_active (self->follow_up_done_check, liens_encounter_get_follow_up_done (encounter));
  /* Done is for later: a follow-up is planned first. */
  gtk_widget_set_visible (self->follow_up_done_row, self->encounter != NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);

  update_date_buttons (self);

  self->populating = FALSE;

  liens_encounter_editor_validate (self);
  liens_editor_window_remember_form (LIENS_EDITOR_WINDOW (self));
}

/* Dialogs */

/* Actions */

/* The store has no transaction across objects: the new people are saved first, each in its
 * own, then the encounter. If the encounter fails, the people stay, chosen as existing
 * contacts, and saving again does not create them twice. */
static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensEncounterEditor *self = LIENS_ENCOUNTER_EDITOR (widget);
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(GError) error = NULL;

  if (liens_contact_picker_save_pending (self->people_picker, &error))
    {
      /* A fresh copy: the encounter shown elsewhere changes when the store says so. */
      if (self->encounter != NULL)
        encounter = liens_store_get_encounter (self->store, liens_encounter_get_id (self->encounter),
                                               &error);
      else
        encounter = liens_encounter_new ();
    }

  if (encounter != NULL)
    {
      apply_form (self, encounter);
      liens_store_save_encounter (self->store, encounter, &error);
    }

  if (error != NULL)
    {
      liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Save the Encounter"), error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, encounter);

  liens_editor_window_close_saved (LIENS_EDITOR_WINDOW (self));
}

/* Overrides */

static char *
liens_encounter_editor_dup_form_state (LiensEditorWindow *editor)
{
  return dup_form_state (LIENS_ENCOUNTER_EDITOR (editor));
}

static const char *
liens_encounter_editor_get_discard_message (LiensEditorWindow *editor)
{
  LiensEncounterEditor *self = LIENS_ENCOUNTER_EDITOR (editor);

  return self->encounter != NULL
         ? _("The changes you made to this encounter will be lost.")
         : _("This new encounter will not be saved.");
}

static void
liens_encounter_editor_dispose (GObject *object)
{
  LiensEncounterEditor *self = LIENS_ENCOUNTER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_ENCOUNTER_EDITOR);

  g_clear_object (&self->encounter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->follow_up_date, g_date_time_unref);

  G_OBJECT_CLASS (liens_encounter_editor_parent_class)->dispose (object);
}

static void
liens_encounter_editor_finalize (GObject *object)
{
  LiensEncounterEditor *self = LIENS_ENCOUNTER_EDITOR (object);

  g_clear_pointer (&self->event_ids, g_array_unref);

  G_OBJECT_CLASS (liens_encounter_editor_parent_class)->finalize (object);
}

static void
liens_encounter_editor_class_init (LiensEncounterEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LiensEditorWindowClass *editor_class = LIENS_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = liens_encounter_editor_dispose;
  object_class->finalize = liens_encounter_editor_finalize;

  editor_class->dup_form_state = liens_encounter_editor_dup_form_state;
  editor_class->get_discard_message = liens_encounter_editor_get_discard_message;

  /**
   * LiensEncounterEditor::saved:
   * @encounter: the encounter as it was written, with its id
   *
   * Emitted after the store saved the encounter; the editor then closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, LIENS_TYPE_ENCOUNTER);

  g_type_ensure (LIENS_TYPE_CONTACT_PICKER);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-encounter-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, people_picker);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, people_error_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, time_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, event_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, help_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, posture_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_date_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_popover);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_calendar);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_what_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_done_row);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, follow_up_done_check);
  gtk_widget_class_bind_template_child (widget_class, LiensEncounterEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_toggled_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);

}

static void
liens_encounter_editor_init (LiensEncounterEditor *self)
{
  GtkEventController *controller;
  GtkShortcutAction *save = gtk_named_action_new ("editor.save");

  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the capture phase, or the notes would take Ctrl+Enter as a new line. */
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

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);

  /* libadwaita 1.2 leaves the expander row's switch unnamed: it is named after its row. */
  name_switches (GTK_WIDGET (self->follow_up_row), _("Follow Up"));
}

/**
 * liens_encounter_editor_new:
 * @parent: (nullable): the window the editor is modal to
 * @store: where the encounter is saved
 * @encounter: (nullable): the encounter to edit, or %NULL to log a new one
 * @contact_id: for a new encounter, a contact to choose already, or 0
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
GtkWidget *
liens_encounter_editor_new (GtkWindow      *parent,
                            LiensStore     *store,
                            LiensEncounter *encounter,
                            gint64          contact_id)
{
  LiensEncounterEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (encounter == NULL || LIENS_IS_ENCOUNTER (encounter), NULL);
  g_return_val_if_fail (contact_id >= 0, NULL);

  self = g_object_new (LIENS_TYPE_ENCOUNTER_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (encounter != NULL)
    self->encounter = g_object_ref (encounter);

  populate (self, contact_id);

  /* Whom the user met is what they type first. */
  if (liens_contact_picker_is_empty (self->people_picker))
    gtk_widget_grab_focus (GTK_WIDGET (self->people_picker));

  return GTK_WIDGET (self);
}
