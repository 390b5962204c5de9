/* liens-event-editor.c: creates or edits an event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-enum-names.h"
#include "liens-clock.h"
#include "liens-event-editor.h"
#include "liens-format.h"
#include "liens-ui.h"

/* A new event lasts two hours, unless the user says otherwise. */
#define DEFAULT_HOURS 2
/* How long the dates stay still before the overlap warning is worked out again. */
#define OVERLAPS_DELAY_MS 150

struct _LiensEventEditor
{
  LiensEditorWindow parent_instance;

  LiensStore *store;
  /* The event as it was opened, never written to; NULL for a new one. */
  LiensEvent *event;

  /* Days, at noon; the times are in the spin buttons. */
  GDateTime *start_day;
  GDateTime *end_day;
  /* Until the user sets the end, it follows the start. */
  gboolean end_chosen;
  GArray *network_ids;

  gboolean populating;
  guint overlaps_id;
  gboolean touched;

  /* Template widgets */
  GtkWidget *overlap_group;
  AdwActionRow *overlap_row;
  AdwEntryRow *title_row;
  GtkWidget *title_error_label;
  GtkSwitch *all_day_switch;
  GtkMenuButton *start_date_button;
  GtkPopover *start_date_popover;
  GtkCalendar *start_calendar;
  GtkWidget *start_time_row;
  GtkMenuButton *start_time_button;
  GtkSpinButton *start_hour_spin;
  GtkSpinButton *start_minute_spin;
  GtkMenuButton *end_date_button;
  GtkPopover *end_date_popover;
  GtkCalendar *end_calendar;
  GtkWidget *end_time_row;
  GtkMenuButton *end_time_button;
  GtkSpinButton *end_hour_spin;
  GtkSpinButton *end_minute_spin;
  GtkWidget *end_error_label;
  AdwEntryRow *place_row;
  AdwEntryRow *link_row;
  GtkWidget *link_error_label;
  AdwComboRow *network_row;
  AdwComboRow *kind_row;
  AdwComboRow *attendance_row;
  AdwComboRow *posture_row;
  AdwEntryRow *goal_row;
  AdwEntryRow *cost_row;
  LiensContactPicker *people_picker;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (LiensEventEditor, liens_event_editor, LIENS_TYPE_EDITOR_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void queue_update_overlaps (LiensEventEditor *self);

/* The kinds in the order of their combo row: "Other" last. */
static const LiensEventKind kinds[] = {
  LIENS_EVENT_KIND_CONFERENCE,
  LIENS_EVENT_KIND_TRADE_SHOW,
  LIENS_EVENT_KIND_BUSINESS_BREAKFAST,
  LIENS_EVENT_KIND_AFTERWORK,
  LIENS_EVENT_KIND_WORKSHOP,
  LIENS_EVENT_KIND_SPORT,
  LIENS_EVENT_KIND_CULTURE,
  LIENS_EVENT_KIND_ONLINE,
  LIENS_EVENT_KIND_OTHER,
};

static void liens_event_editor_validate (LiensEventEditor *self);

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

static gboolean
is_valid_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (strpbrk (text, " \t\r\n") != NULL)
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  host = g_uri_get_host (uri);
  if (host == NULL || host[0] == '\0')
    return FALSE;

  scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

/* The form */

static GDateTime *
dup_form_time (LiensEventEditor *self,
               GDateTime        *day,
               GtkSpinButton    *hour_spin,
               GtkSpinButton    *minute_spin)
{
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);

  return g_date_time_new_local (g_date_time_get_year (day),
                                g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                all_day ? 0 : gtk_spin_button_get_value_as_int (hour_spin),
                                all_day ? 0 : gtk_spin_button_get_value_as_int (minute_spin),
                                0);
}

static GDateTime *
dup_form_start (LiensEventEditor *self)
{
  return dup_form_time (self, self->start_day, self->start_hour_spin, self->start_minute_spin);
}

static GDateTime *
dup_form_end (LiensEventEditor *self)
{
  return dup_form_time (self, self->end_day, self->end_hour_spin, self->end_minute_spin);
}

static void
update_date_buttons (LiensEventEditor *self)
{
  g_autoptr(GDateTime) start = dup_form_start (self);
  g_autoptr(GDateTime) end = dup_form_end (self);
  g_autofree char *start_day = liens_format_date (self->start_day);
  g_autofree char *end_day = liens_format_date (self->end_day);
  g_autofree char *start_time = liens_format_time (start);
  g_autofree char *end_time = liens_format_time (end);
  gboolean all_day = gtk_switch_get_active (self->all_day_switch);

  gtk_menu_button_set_label (self->start_date_button, start_day);
  gtk_menu_button_set_label (self->end_date_button, end_day);
  gtk_menu_button_set_label (self->start_time_button, start_time);
  gtk_menu_button_set_label (self->end_time_button, end_time);
  gtk_widget_set_visible (self->start_time_row, !all_day);
  gtk_widget_set_visible (self->end_time_row, !all_day);
}

static LiensEventKind
get_selected_kind (LiensEventEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < G_N_ELEMENTS (kinds) ? kinds[selected] : LIENS_EVENT_KIND_OTHER;
}

static gint64
get_selected_network_id (LiensEventEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->network_row);

  return selected < self->network_ids->len ? g_array_index (self->network_ids, gint64, selected) : 0;
}

static char *
dup_notes (LiensEventEditor *self)
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

/* The people chosen, each keeping whether the user met them: only additions and removals. */
static void
apply_people (LiensEventEditor *self,
              LiensEvent       *event)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LiensEventPerson));
  const LiensEventPerson *old_people = NULL;
  const gint64 *contact_ids;
  guint n_contact_ids = 0;
  guint n_old_people = 0;

  if (self->event != NULL)
    old_people = liens_event_get_people (self->event, &n_old_people);

  contact_ids = liens_contact_picker_get_contact_ids (self->people_picker, &n_contact_ids);
  for (guint i = 0; i < n_contact_ids; i++)
    {
      LiensEventPerson person = { contact_ids[i], FALSE };

      for (guint j = 0; j < n_old_people; j++)
        if (old_people[j].contact_id == contact_ids[i])
          person.met = old_people[j].met;

      g_array_append_val (people, person);
    }

  liens_event_set_people (event, (LiensEventPerson *) (gpointer) people->data, people->len);
}

/* Writes what the form holds into @event, but the people still to be created. */
static void
apply_form (LiensEventEditor *self,
            LiensEvent       *event)
{
  g_autoptr(GDateTime) start = dup_form_start (self);
  g_autoptr(GDateTime) end = dup_form_end (self);
  g_autofree char *title = dup_row_text (self->title_row);
  g_autofree char *place = dup_row_text (self->place_row);
  g_autofree char *url = dup_row_text (self->link_row);
  g_autofree char *goal = dup_row_text (self->goal_row);
  g_autofree char *cost = dup_row_text (self->cost_row);
  g_autofree char *notes = dup_notes (self);

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_all_day (event, gtk_switch_get_active (self->all_day_switch));
  liens_event_set_place (event, place);
  liens_event_set_url (event, url);
  liens_event_set_network_id (event, get_selected_network_id (self));
  liens_event_set_kind (event, get_selected_kind (self));
  liens_event_set_attendance (event, adw_combo_row_get_selected (self->attendance_row));
  liens_event_set_posture (event, adw_combo_row_get_selected (self->posture_row));
  liens_event_set_goal (event, goal);
  liens_event_set_cost (event, cost);
  liens_event_set_notes (event, notes);
  apply_people (self, event);
}

/* Everything the user can change, as one string: what closing would lose. */
static char *
dup_form_state (LiensEventEditor *self)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GString) state = g_string_new (NULL);
  g_autofree char *pending = NULL;
  const LiensEventPerson *people;
  guint n_people = 0;

  apply_form (self, event);

  people = liens_event_get_people (event, &n_people);
  for (guint i = 0; i < n_people; i++)
    g_string_append_printf (state, "%" G_GINT64_FORMAT " ", people[i].contact_id);

  pending = g_strjoinv ("\n", (char **) liens_contact_picker_get_pending_names (self->people_picker));

  g_string_append_printf (state, "\n%s\n%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d %" G_GINT64_FORMAT
                          " %d %d %d\n%s\n%s\n%s\n%s\n%s\n%s",
                          pending,
                          g_date_time_to_unix (liens_event_get_start (event)),
                          g_date_time_to_unix (liens_event_get_end (event)),
                          liens_event_get_all_day (event),
                          liens_event_get_network_id (event),
                          liens_event_get_kind (event),
                          liens_event_get_attendance (event),
                          liens_event_get_posture (event),
                          liens_event_get_title (event) ?: "",
                          liens_event_get_place (event) ?: "",
                          liens_event_get_url (event) ?: "",
                          liens_event_get_goal (event) ?: "",
                          liens_event_get_cost (event) ?: "",
                          liens_event_get_notes (event) ?: "");

  return g_string_free (g_steal_pointer (&state), FALSE);
}

static void
liens_event_editor_validate (LiensEventEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *title = NULL;
  g_autofree char *url = NULL;
  gboolean has_title;
  gboolean ends_before;
  gboolean link_valid;

  if (self->populating)
    return;

  title = dup_row_text (self->title_row);
  has_title = title != NULL;

  start = dup_form_start (self);
  end = dup_form_end (self);
  ends_before = g_date_time_compare (end, start) < 0;

  url = dup_row_text (self->link_row);
  link_valid = url == NULL || is_valid_web_address (url);

  /* On a blank form the message is a hint; once the user has done something, an error. */
  gtk_widget_set_visible (self->title_error_label, !has_title);
  set_css_class (self->title_error_label, "error", self->touched);
  set_css_class (self->title_error_label, "dim-label", !self->touched);
  set_css_class (GTK_WIDGET (self->title_row), "error", self->touched && !has_title);

  gtk_widget_set_visible (self->end_error_label, ends_before);
  set_css_class (self->end_error_label, "error", TRUE);

  gtk_widget_set_visible (self->link_error_label, !link_valid);
  set_css_class (self->link_error_label, "error", TRUE);
  set_css_class (GTK_WIDGET (self->link_row), "error", !link_valid);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 has_title && !ends_before && link_valid);
}

static void
form_changed_cb (LiensEventEditor *self)
{
  if (self->populating)
    return;

  self->touched = TRUE;
  liens_event_editor_validate (self);
}

/* Until the user chose the end, the event keeps its default length. */
static void
follow_start (LiensEventEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (self->end_chosen)
    return;

  start = dup_form_start (self);
  end = g_date_time_add_hours (start, DEFAULT_HOURS);

  self->populating = TRUE;
  replace_date (&self->end_day, new_day (end));
  gtk_calendar_select_day (self->end_calendar, self->end_day);
  gtk_spin_button_set_value (self->end_hour_spin, g_date_time_get_hour (end));
  gtk_spin_button_set_value (self->end_minute_spin, g_date_time_get_minute (end));
  self->populating = FALSE;
}

static void
start_day_selected_cb (LiensEventEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->start_calendar);
  replace_date (&self->start_day, new_day (date));
  follow_start (self);

  update_date_buttons (self);
  gtk_popover_popdown (self->start_date_popover);
  queue_update_overlaps (self);
  form_changed_cb (self);
}

static void
end_day_selected_cb (LiensEventEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->end_calendar);
  replace_date (&self->end_day, new_day (date));
  self->end_chosen = TRUE;

  update_date_buttons (self);
  gtk_popover_popdown (self->end_date_popover);
  queue_update_overlaps (self);
  form_changed_cb (self);
}

static void
start_time_changed_cb (LiensEventEditor *self)
{
  if (self->populating)
    return;

  follow_start (self);
  update_date_buttons (self);
  queue_update_overlaps (self);
  form_changed_cb (self);
}

static void
end_time_changed_cb (LiensEventEditor *self)
{
  if (self->populating)
    return;

  self->end_chosen = TRUE;
  update_date_buttons (self);
  queue_update_overlaps (self);
  form_changed_cb (self);
}

static void
all_day_changed_cb (LiensEventEditor *self)
{
  if (self->populating)
    return;

  update_date_buttons (self);
  queue_update_overlaps (self);
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
setup_combo (AdwComboRow   *row,
             GtkStringList *names,
             guint          selected)
{
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (names));

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected < n_names ? selected : 0);
}

static void
setup_combos (LiensEventEditor *self,
              LiensEvent       *event)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) attendances = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) postures = gtk_string_list_new (NULL);
  guint kind = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (kind_names, liens_event_kind_get_display_name (kinds[i]));
      if (kinds[i] == liens_event_get_kind (event))
        kind = i;
    }

  /* The enumerations count from 0 without gaps: a value is its position. */
  for (LiensAttendance i = LIENS_ATTENDANCE_CONSIDERING; i <= LIENS_ATTENDANCE_SKIPPED; i++)
    gtk_string_list_append (attendances, liens_attendance_get_display_name (i));
  for (LiensPosture i = LIENS_POSTURE_NETWORKING; i <= LIENS_POSTURE_LEARNING; i++)
    gtk_string_list_append (postures, liens_posture_get_display_name (i));

  setup_combo (self->kind_row, kind_names, kind);
  setup_combo (self->attendance_row, attendances, liens_event_get_attendance (event));
  setup_combo (self->posture_row, postures, liens_event_get_posture (event));
}

/* "None", then the networks as the store lists them. */
static void
setup_networks (LiensEventEditor *self,
                LiensEvent       *event)
{
  g_autoptr(GListModel) networks = liens_store_list_networks (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 network_id = liens_event_get_network_id (event);
  guint n_networks = g_list_model_get_n_items (networks);
  guint selected = 0;
  gint64 none = 0;

  /* Translators: chosen as the network organising an event, when there is none. */
  gtk_string_list_append (names, C_("organising network", "None"));
  g_array_append_val (self->network_ids, none);

  for (guint i = 0; i < n_networks; i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);
      gint64 id = liens_network_get_id (network);
      const char *name = liens_network_get_name (network);

      if (id == network_id)
        selected = self->network_ids->len;

      gtk_string_list_append (names, name != NULL ? name : "");
      g_array_append_val (self->network_ids, id);
    }

  setup_combo (self->network_row, names, selected);
}

/* The planned events (see liens_event_is_planned()) that the form's times meet, by start.
 * Any of them ends after the form's event starts: the store's upcoming events from then on
 * hold them all, by start, and the scan stops at the first that starts after it ends. */
static GPtrArray *
dup_overlapping_titles (LiensEventEditor *self)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LiensEvent) edited = liens_event_new ();
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GDateTime) start = dup_form_start (self);
  g_autoptr(GDateTime) end = dup_form_end (self);
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GDateTime) until = NULL;
  gint64 id = self->event != NULL ? liens_event_get_id (self->event) : 0;
  guint n_items;

  liens_event_set_start (edited, start);
  if (g_date_time_compare (end, start) > 0)
    liens_event_set_end (edited, end);
  liens_event_set_all_day (edited, gtk_switch_get_active (self->all_day_switch));
  liens_event_set_attendance (edited, adw_combo_row_get_selected (self->attendance_row));

  if (self->store == NULL || !liens_event_is_planned (edited))
    return g_steal_pointer (&titles);

  /* A day on each side: all-day events cover whole local days. */
  since = g_date_time_add_days (start, -1);
  until = g_date_time_add_days (g_date_time_compare (end, start) > 0 ? end : start, 1);
  candidates = liens_store_list_upcoming_events (self->store, since);
  n_items = g_list_model_get_n_items (candidates);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiensEvent) other = g_list_model_get_item (candidates, i);
      GDateTime *other_start = liens_event_get_start (other);
      const char *title;

      /* Events without a date come last. */
      if (other_start == NULL || g_date_time_compare (other_start, until) >= 0)
        break;

      if (liens_event_get_id (other) == id || !liens_event_is_planned (other) ||
          !liens_event_overlaps (edited, other))
        continue;

      title = liens_event_get_title (other);
      g_ptr_array_add (titles, g_strdup (title != NULL && title[0] != '\0' ? title : _("Untitled Event")));
    }

  return g_steal_pointer (&titles);
}

/* A planned event at the same time as others: the user may not be able to go to all. */
static void
update_overlaps (LiensEventEditor *self)
{
  g_autoptr(GPtrArray) titles = dup_overlapping_titles (self);
  g_autofree char *joined = NULL;
  g_autofree char *message = NULL;

  g_clear_handle_id (&self->overlaps_id, g_source_remove);

  gtk_widget_set_visible (self->overlap_group, titles->len > 0);
  if (titles->len == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->overlap_row), "");
      return;
    }

  g_ptr_array_add (titles, NULL);
  /* Translators: separates the titles of events in a list. */
  joined = g_strjoinv (_(", "), (char **) titles->pdata);
  /* Translators: %s is a list of event titles. */
  message = g_strdup_printf (_("Overlaps with %s"), joined);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->overlap_row), message);
}

static gboolean
update_overlaps_cb (gpointer user_data)
{
  LiensEventEditor *self = user_data;

  self->overlaps_id = 0;
  update_overlaps (self);

  return G_SOURCE_REMOVE;
}

/* The warning follows the dates as they change, once the spin buttons settle. */
static void
queue_update_overlaps (LiensEventEditor *self)
{
  if (self->populating)
    return;

  g_clear_handle_id (&self->overlaps_id, g_source_remove);
  self->overlaps_id = g_timeout_add (OVERLAPS_DELAY_MS, update_overlaps_cb, self);
  g_source_set_name_by_id (self->overlaps_id, "[liens] event overlaps");
}

static void
populate (LiensEventEditor *self)
{
  g_autoptr(LiensEvent) blank = liens_event_new ();
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GDateTime) next_hour = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  LiensEvent *event = self->event != NULL ? self->event : blank;
  const char *notes = liens_event_get_notes (event);

  self->populating = TRUE;

  gtk_window_set_title (GTK_WINDOW (self), self->event != NULL ? _("Edit Event") : _("New Event"));

  /* A new event starts at the next full hour. */
  next_hour = g_date_time_add_full (now, 0, 0, 0, 1, -g_date_time_get_minute (now),
                                    -g_date_time_get_seconds (now));
  start = g_date_time_to_local (liens_event_get_start (event) != NULL ? liens_event_get_start (event) : next_hour);
  if (liens_event_get_end (event) != NULL)
    {
      end = g_date_time_to_local (liens_event_get_end (event));
      self->end_chosen = TRUE;
    }
  else
    end = g_date_time_add_hours (start, DEFAULT_HOURS);

  set_row_text (self->title_row, liens_event_get_title (event));
  gtk_switch_set_active (self->all_day_switch, liens_event_get_all_day (event));

  self->start_day = new_day (start);
  gtk_calendar_select_day (self->start_calendar, self->start_day);
  gtk_spin_button_set_value (self->start_hour_spin, g_date_time_get_hour (start));
  gtk_spin_button_set_value (self->start_minute_spin, g_date_time_get_minute (start));
  self->end_day = new_day (end);
  gtk_calendar_select_day (self->end_calendar, self->end_day);
  gtk_spin_button_set_value (self->end_hour_spin, g_date_time_get_hour (end));
  gtk_spin_button_set_value (self->end_minute_spin, g_date_time_get_minute (end));

  set_row_text (self->place_row, liens_event_get_place (event));
  set_row_text (self->link_row, liens_event_get_url (event));
  setup_networks (self, event);
  setup_combos (self, event);
  set_row_text (self->goal_row, liens_event_get_goal (event));
  set_row_text (self->cost_row, liens_event_get_cost (event));

  liens_contact_picker_set_store (self->people_picker, self->store);
  if (self->event != NULL)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      const LiensEventPerson *people;
      guint n_people = 0;

      people = liens_event_get_people (event, &n_people);
      for (guint i = 0; i < n_people; i++)
        g_array_append_val (ids, people[i].contact_id);
      liens_contact_picker_set_contact_ids (self->people_picker, (gint64 *) (gpointer) ids->data, ids->len);
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);

  update_overlaps (self);
  update_date_buttons (self);

  self->populating = FALSE;

  liens_event_editor_validate (self);
  liens_editor_window_remember_form (LIENS_EDITOR_WINDOW (self));
}

/* Actions */

/* New people are saved first, each in its own transaction, then the event: if the event
 * fails, the people stay, chosen as existing contacts, and saving again does not create
 * them twice. */
static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensEventEditor *self = LIENS_EVENT_EDITOR (widget);
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (liens_contact_picker_save_pending (self->people_picker, &error))
    {
      /* A fresh copy: the event shown elsewhere changes when the store says so. */
      if (self->event != NULL)
        event = liens_store_get_event (self->store, liens_event_get_id (self->event), &error);
      else
        event = liens_event_new ();
    }

  if (event != NULL)
    {
      apply_form (self, event);
      liens_store_save_event (self->store, event, &error);
    }

  if (error != NULL)
    {
      liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Save the Event"), error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, event);

  liens_editor_window_close_saved (LIENS_EDITOR_WINDOW (self));
}

/* Overrides */

static char *
liens_event_editor_dup_form_state (LiensEditorWindow *editor)
{
  return dup_form_state (LIENS_EVENT_EDITOR (editor));
}

static const char *
liens_event_editor_get_discard_message (LiensEditorWindow *editor)
{
  LiensEventEditor *self = LIENS_EVENT_EDITOR (editor);

  return self->event != NULL
         ? _("The changes you made to this event will be lost.")
         : _("This new event will not be saved.");
}

static void
liens_event_editor_dispose (GObject *object)
{
  LiensEventEditor *self = LIENS_EVENT_EDITOR (object);

  g_clear_handle_id (&self->overlaps_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_EVENT_EDITOR);

  g_clear_object (&self->event);
  g_clear_object (&self->store);
  g_clear_pointer (&self->start_day, g_date_time_unref);
  g_clear_pointer (&self->end_day, g_date_time_unref);

  G_OBJECT_CLASS (liens_event_editor_parent_class)->dispose (object);
}

static void
liens_event_editor_finalize (GObject *object)
{
  LiensEventEditor *self = LIENS_EVENT_EDITOR (object);

  g_clear_pointer (&self->network_ids, g_array_unref);

  G_OBJECT_CLASS (liens_event_editor_parent_class)->finalize (object);
}

static void
liens_event_editor_class_init (LiensEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LiensEditorWindowClass *editor_class = LIENS_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = liens_event_editor_dispose;
  object_class->finalize = liens_event_editor_finalize;

  editor_class->dup_form_state = liens_event_editor_dup_form_state;
  editor_class->get_discard_message = liens_event_editor_get_discard_message;

  /**
   * LiensEventEditor::saved:
   * @event: the event as it was written, with its id
   *
   * Emitted after the store saved the event; the editor then closes.
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
                                               "/io/github/liens/Liens/ui/liens-event-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LiensEventEditor, name)
  BIND (overlap_group);
  BIND (overlap_row);
  BIND (title_row);
  BIND (title_error_label);
  BIND (all_day_switch);
  BIND (start_date_button);
  BIND (start_date_popover);
  BIND (start_calendar);
  BIND (start_time_row);
  BIND (start_time_button);
  BIND (start_hour_spin);
  BIND (start_minute_spin);
  BIND (end_date_button);
  BIND (end_date_popover);
  BIND (end_calendar);
  BIND (end_time_row);
  BIND (end_time_button);
  BIND (end_hour_spin);
  BIND (end_minute_spin);
  BIND (end_error_label);
  BIND (place_row);
  BIND (link_row);
  BIND (link_error_label);
  BIND (network_row);
  BIND (kind_row);
  BIND (attendance_row);
  BIND (posture_row);
  BIND (goal_row);
  BIND (cost_row);
  BIND (people_picker);
  BIND (notes_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_day_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);

}

static void
liens_event_editor_init (LiensEventEditor *self)
{
  GtkEventController *controller;
  GtkShortcutAction *save = gtk_named_action_new ("editor.save");

  self->network_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

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
  /* Only planned events warn of overlaps. */
  g_signal_connect_object (self->attendance_row, "notify::selected",
                           G_CALLBACK (queue_update_overlaps), self, G_CONNECT_SWAPPED);
}

/**
 * liens_event_editor_new:
 * @parent: (nullable): the window the editor is modal to
 * @store: where the event is saved
 * @event: (nullable): the event to edit, or %NULL for a new one
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
GtkWidget *
liens_event_editor_new (GtkWindow  *parent,
                        LiensStore *store,
                        LiensEvent *event)
{
  LiensEventEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (event == NULL || LIENS_IS_EVENT (event), NULL);

  self = g_object_new (LIENS_TYPE_EVENT_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (event != NULL)
    self->event = g_object_ref (event);

  populate (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return GTK_WIDGET (self);
}
