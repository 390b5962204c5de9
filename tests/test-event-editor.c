/* test-event-editor.c: the event editor and the event debrief, driven as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-enum-names.h"
#include "liens-event-debrief.h"
#include "liens-event-editor.h"
#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char *dir;
  LiensStore *store;
} Fixture;

#define TITLE "Salon de l’Économie Circulaire"
#define PLACE "Eurexpo, Lyon"
#define NOTES "Bring business cards.\nStand B12 is the incubator."
#define NEW_NAME "Ada Lovelace"
#define NEW_ORGANISATION "Analytical Engines Ltd"

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = liens_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "liens.db", NULL);
  fixture->store = liens_store_new (path, &error);
  g_assert_no_error (error);
  liens_test_add_sample_contacts (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  liens_test_iterate ();
  g_assert_finalize_object (fixture->store);
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers: the store */

/* The sample contact of that name (see liens_test_add_sample_contacts()). */
static LiensContact *
find_contact (LiensStore *store,
              const char *display_name)
{
  g_autoptr(GListModel) contacts = liens_store_list_contacts (store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (liens_contact_get_display_name (contact), display_name) == 0)
        return g_steal_pointer (&contact);
    }

  g_error ("No contact named “%s”", display_name);
}

static gint64
find_contact_id (LiensStore *store,
                 const char *display_name)
{
  g_autoptr(LiensContact) contact = find_contact (store, display_name);

  return liens_contact_get_id (contact);
}




/* Helpers: windows and widgets */

/* Presents @window with its widget exactly @width × @height, despite Xvfb's frame. */
static void
present_at_size (GtkWindow *window,
                 int        width,
                 int        height)
{
  GdkSurface *surface;
  int frame_width;
  int frame_height;

  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  liens_test_wait_for_mapped (GTK_WIDGET (window));

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (GTK_WIDGET (window));
  frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (GTK_WIDGET (window));
  if (frame_width > 0 || frame_height > 0)
    {
      gtk_widget_set_size_request (GTK_WIDGET (window), width + frame_width, height + frame_height);
      gtk_window_set_default_size (window, width + frame_width, height + frame_height);
      liens_test_wait_for_frame (GTK_WIDGET (window));
    }

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
}

/* After the editor closed itself: nothing keeps it alive. */
static void
assert_editor_closed (GtkWidget **editor)
{
  liens_test_iterate ();
  g_assert_null (*editor);
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  GtkWidget *row = liens_test_find_widget (root, type, title);

  if (row == NULL)
    g_error ("No %s titled “%s”", g_type_name (type), title);

  return row;
}

static void
set_entry (GtkWidget  *root,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, title)), text);
}


static void
select_combo (GtkWidget  *root,
              const char *title,
              const char *item)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, title));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (string), item) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_error ("No item “%s” in “%s”", item, title);
}


static GtkWidget *
find_save_button (GtkWidget *editor)
{
  return find_row (editor, GTK_TYPE_BUTTON, _("_Save"));
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}



static gboolean
is_shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}


static GtkWidget *
find_group (GtkWidget  *root,
            const char *title)
{
  g_autoptr(GPtrArray) groups = liens_test_find_all_widgets (root, ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
      return g_ptr_array_index (groups, i);

  g_error ("No group titled “%s”", title);
}

/* The picker in the group titled @title. */
static GtkWidget *
find_picker (GtkWidget  *root,
             const char *group_title)
{
  GtkWidget *picker = liens_test_find_widget (find_group (root, group_title),
                                              LIENS_TYPE_CONTACT_PICKER, NULL);

  g_assert_nonnull (picker);

  return picker;
}

static GtkWidget *
get_picker_entry (GtkWidget *picker)
{
  GtkWidget *entry = liens_test_find_widget (picker, ADW_TYPE_ENTRY_ROW, NULL);

  g_assert_nonnull (entry);

  return entry;
}

static GtkPopover *
get_picker_popover (GtkWidget *picker)
{
  GtkWidget *popover = liens_test_find_widget (picker, GTK_TYPE_POPOVER, NULL);

  g_assert_nonnull (popover);

  return GTK_POPOVER (popover);
}


static GtkWidget *
find_match (GtkWidget  *picker,
            const char *title)
{
  GtkWidget *label = liens_test_find_widget (GTK_WIDGET (get_picker_popover (picker)), GTK_TYPE_LABEL, title);

  if (label == NULL)
    g_error ("No match “%s”", title);

  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

/* Types @text in the picker's entry, as the user would; the matches show. */
static void
type_in_picker (GtkWidget  *picker,
                const char *text)
{
  GtkWidget *entry = get_picker_entry (picker);

  g_assert_true (is_shown (entry));
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  liens_test_wait_for_frame (entry);
}



static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  GtkWidget *label = liens_test_find_widget (root, GTK_TYPE_LABEL, text);

  if (label == NULL)
    g_error ("No label “%s”", text);

  return label;
}

static void
select_day (GtkCalendar *calendar,
            GDateTime   *date)
{
  gtk_calendar_select_day (calendar, date);
  g_signal_emit_by_name (calendar, "day-selected");
}

static GtkWidget *
find_in_row (GtkWidget  *root,
             GType       row_type,
             const char *title,
             GType       type)
{
  GtkWidget *widget = liens_test_find_widget (find_row (root, row_type, title), type, NULL);

  g_assert_nonnull (widget);

  return widget;
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GError) error = NULL;

  liens_test_wait_for_animations (widget);
  liens_test_screenshot (widget, name, &error);
  g_assert_no_error (error);
}

/* Screenshots of a scrolled view from top to bottom, a screen at a time. */
static void
screenshot_scrolled (GtkWidget  *window,
                     const char *name)
{
  g_autoptr(GPtrArray) scrolled_windows = liens_test_find_all_widgets (window, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = NULL;
  double position = 0;

  for (guint i = 0; i < scrolled_windows->len && adjustment == NULL; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (scrolled_windows, i)))
      adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrolled_windows, i));
  g_assert_nonnull (adjustment);

  for (guint i = 1; i <= 6; i++)
    {
      g_autofree char *file_name = i == 1 ? g_strdup (name) : g_strdup_printf ("%s-%u", name, i);

      gtk_adjustment_set_value (adjustment, position);
      screenshot (window, file_name);

      if (position + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment))
        break;
      position += gtk_adjustment_get_page_size (adjustment) * 0.9;
    }

  gtk_adjustment_set_value (adjustment, 0);
  liens_test_wait_for_frame (window);
}


/* Scrolls @widget into view, as the user would before typing in it: a popover needs it on screen. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 12);
  liens_test_wait_for_frame (widget);
}

static void
pick (GtkWidget  *picker,
      const char *typed,
      const char *match)
{
  scroll_into_view (picker);
  type_in_picker (picker, typed);
  gtk_widget_activate (find_match (picker, match));
}

/* Helpers: events */

static LiensEvent *
get_event (LiensStore *store,
           gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensEvent *event = liens_store_get_event (store, id, &error);

  g_assert_no_error (error);

  return event;
}

static LiensEvent *
add_event (LiensStore      *store,
           const char      *title,
           int              day,
           int              hour,
           LiensAttendance  attendance)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GDateTime) start = g_date_time_new_local (2030, 3, day, hour, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 3);
  g_autoptr(GError) error = NULL;

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_place (event, PLACE);
  liens_event_set_attendance (event, attendance);
  liens_event_add_person (event, find_contact_id (store, "Ahmed Benali"));
  liens_event_add_person (event, find_contact_id (store, "Léa Nguyen"));
  g_assert_true (liens_store_save_event (store, event, &error));
  g_assert_no_error (error);

  return get_event (store, liens_event_get_id (event));
}

static void
event_saved_cb (GtkWidget   *editor,
                LiensEvent  *event,
                LiensEvent **out)
{
  g_assert_null (*out);
  *out = g_object_ref (event);
}

static GtkWidget *
open_window (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);

  return window;
}

static void
set_spin (GtkWidget  *root,
          const char *row_title,
          double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_in_row (root, ADW_TYPE_ACTION_ROW, row_title,
                                                           GTK_TYPE_SPIN_BUTTON)),
                             value);
}

/* Fills in the form as the user would: title, dates, place, kind and two people. */
static void
fill_editor (GtkWidget *editor)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2030, 3, 12, 12, 0, 0);
  GtkWidget *picker;

  set_entry (editor, _("Title"), TITLE);
  select_day (GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, _("Start Date"), GTK_TYPE_CALENDAR)), day);
  set_spin (editor, _("Start Time"), 9);
  set_entry (editor, _("Place"), PLACE);
  set_entry (editor, _("Link"), "https://salon-eco.example.org");
  select_combo (editor, _("Kind"), liens_event_kind_get_display_name (LIENS_EVENT_KIND_TRADE_SHOW));
  select_combo (editor, _("Attendance"), liens_attendance_get_display_name (LIENS_ATTENDANCE_REGISTERED));
  set_entry (editor, _("What I want from this event"), "Meet two repair-café founders");
  set_entry (editor, _("Cost"), "25 €");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (liens_test_find_widget (editor, GTK_TYPE_TEXT_VIEW,
                                                                                             NULL))),
                            NOTES, -1);
  picker = find_picker (editor, _("People to Meet"));
  pick (picker, "ahmed", "Ahmed Benali");
  pick (picker, "nguyen", "Léa Nguyen");
}

/* The event editor */

static void
test_event_create (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LiensEvent) saved = NULL;
  g_autoptr(LiensEvent) stored = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2030, 3, 12, 9, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_local (2030, 3, 12, 11, 0, 0);
  g_autoptr(GDateTime) earlier = g_date_time_new_local (2030, 3, 10, 12, 0, 0);
  GtkWidget *editor = open_window (liens_event_editor_new (NULL, fixture->store, NULL));
  GtkWidget *end_calendar;
  const LiensEventPerson *people;
  guint n_people = 0;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_signal_connect (editor, "saved", G_CALLBACK (event_saved_cb), &saved);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("New Event"));

  /* No title: Save waits, and says why. */
  g_assert_false (gtk_widget_is_sensitive (find_save_button (editor)));
  g_assert_true (is_shown (find_label (editor, _("Enter a title."))));
  set_entry (editor, _("Title"), "   ");
  g_assert_false (gtk_widget_is_sensitive (find_save_button (editor)));
  g_assert_true (gtk_widget_has_css_class (find_label (editor, _("Enter a title.")), "error"));

  fill_editor (editor);
  g_assert_false (is_shown (find_label (editor, _("Enter a title."))));
  g_assert_true (gtk_widget_is_sensitive (find_save_button (editor)));

  /* An invalid link, then an end before the start, hold Save back. */
  set_entry (editor, _("Link"), "salon eco");
  g_assert_false (gtk_widget_is_sensitive (find_save_button (editor)));
  set_entry (editor, _("Link"), "https://salon-eco.example.org");
  end_calendar = find_in_row (editor, ADW_TYPE_ACTION_ROW, _("End Date"), GTK_TYPE_CALENDAR);
  select_day (GTK_CALENDAR (end_calendar), earlier);
  liens_test_iterate ();
  g_assert_true (is_shown (find_label (editor, _("The event ends before it starts."))));
  g_assert_false (gtk_widget_is_sensitive (find_save_button (editor)));
  select_day (GTK_CALENDAR (end_calendar), start);
  liens_test_iterate ();
  g_assert_false (is_shown (find_label (editor, _("The event ends before it starts."))));

  click (find_save_button (editor));
  assert_editor_closed (&editor);

  g_assert_nonnull (saved);
  stored = get_event (fixture->store, liens_event_get_id (saved));
  g_assert_cmpstr (liens_event_get_title (stored), ==, TITLE);
  g_assert_true (g_date_time_equal (liens_event_get_start (stored), start));
  g_assert_true (g_date_time_equal (liens_event_get_end (stored), end));
  g_assert_false (liens_event_get_all_day (stored));
  g_assert_cmpstr (liens_event_get_place (stored), ==, PLACE);
  g_assert_cmpstr (liens_event_get_url (stored), ==, "https://salon-eco.example.org");
  g_assert_cmpint (liens_event_get_kind (stored), ==, LIENS_EVENT_KIND_TRADE_SHOW);
  g_assert_cmpint (liens_event_get_attendance (stored), ==, LIENS_ATTENDANCE_REGISTERED);
  g_assert_cmpstr (liens_event_get_goal (stored), ==, "Meet two repair-café founders");
  g_assert_cmpstr (liens_event_get_cost (stored), ==, "25 €");
  g_assert_cmpstr (liens_event_get_notes (stored), ==, NOTES);
  g_assert_cmpint (liens_event_get_network_id (stored), ==, 0);
  people = liens_event_get_people (stored, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpint (people[0].contact_id, ==, find_contact_id (fixture->store, "Ahmed Benali"));
  g_assert_cmpint (people[1].contact_id, ==, find_contact_id (fixture->store, "Léa Nguyen"));
  g_assert_false (people[0].met);
}

static void
test_event_edit_keeps_met (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_CONSIDERING);
  g_autoptr(LiensEvent) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ahmed = find_contact_id (fixture->store, "Ahmed Benali");
  GtkWidget *editor;
  const LiensEventPerson *people;
  guint n_people = 0;

  liens_event_set_person_met (event, ahmed, TRUE);
  g_assert_true (liens_store_save_event (fixture->store, event, &error));
  g_assert_no_error (error);

  editor = open_window (liens_event_editor_new (NULL, fixture->store, event));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("Edit Event"));
  g_assert_false (liens_editor_window_is_modified (LIENS_EDITOR_WINDOW (editor)));
  pick (find_picker (editor, _("People to Meet")), "helene", "Hélène Petit");
  click (find_save_button (editor));
  assert_editor_closed (&editor);

  stored = get_event (fixture->store, liens_event_get_id (event));
  people = liens_event_get_people (stored, &n_people);
  g_assert_cmpuint (n_people, ==, 3);
  g_assert_cmpint (people[0].contact_id, ==, ahmed);
  g_assert_true (people[0].met);
  g_assert_false (people[1].met);
  g_assert_false (people[2].met);
}

static void
test_event_overlap (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) other = add_event (fixture->store, "Afterwork French Tech", 12, 11,
                                           LIENS_ATTENDANCE_REGISTERED);
  g_autoptr(LiensEvent) apart = add_event (fixture->store, "Petit-déjeuner CCI", 14, 8,
                                           LIENS_ATTENDANCE_GOING);
  g_autofree char *warning = g_strdup_printf (_("Overlaps with %s"), "Afterwork French Tech");
  GtkWidget *editor;

  editor = open_window (liens_event_editor_new (NULL, fixture->store, event));
  g_assert_true (is_shown (find_row (editor, ADW_TYPE_ACTION_ROW, warning)));
  liens_test_destroy_window (GTK_WINDOW (editor));

  /* An event on its own: no warning. */
  editor = open_window (liens_event_editor_new (NULL, fixture->store, apart));
  g_assert_null (liens_test_find_widget (editor, ADW_TYPE_ACTION_ROW, warning));
  g_assert_false (is_shown (find_row (editor, ADW_TYPE_ACTION_ROW, "")));
  liens_test_destroy_window (GTK_WINDOW (editor));
}

static gboolean
shows_row (GtkWidget  *editor,
           const char *title)
{
  return is_shown (liens_test_find_widget (editor, ADW_TYPE_ACTION_ROW, title));
}

/* The warning waits for the dates to settle a moment: give it a second at most. */
static void
wait_for_row (GtkWidget  *editor,
              const char *title,
              gboolean    shown)
{
  gint64 deadline = g_get_monotonic_time () + G_TIME_SPAN_SECOND;

  while (shows_row (editor, title) != shown && g_get_monotonic_time () < deadline)
    {
      liens_test_iterate ();
      g_usleep (10000);
    }

  g_assert_true (shows_row (editor, title) == shown);
}

/* The warning follows the dates as the user changes them, not only as they were. */
static void
test_event_overlap_live (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) apart = add_event (fixture->store, "Petit-déjeuner CCI", 14, 8,
                                           LIENS_ATTENDANCE_GOING);
  g_autoptr(GDateTime) day_12 = g_date_time_new_local (2030, 3, 12, 12, 0, 0);
  g_autoptr(GDateTime) day_14 = g_date_time_new_local (2030, 3, 14, 12, 0, 0);
  g_autofree char *warning = g_strdup_printf (_("Overlaps with %s"), TITLE);
  g_autofree char *back_warning = g_strdup_printf (_("Overlaps with %s"), "Petit-déjeuner CCI");
  GtkCalendar *start_calendar;
  GtkCalendar *end_calendar;
  GtkWidget *editor;

  editor = open_window (liens_event_editor_new (NULL, fixture->store, apart));
  start_calendar = GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, _("Start Date"),
                                              GTK_TYPE_CALENDAR));
  end_calendar = GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, _("End Date"),
                                            GTK_TYPE_CALENDAR));
  g_assert_false (shows_row (editor, warning));

  /* 08:00 to 11:00 on the 12th meets the salon, 09:00 to 12:00. */
  select_day (start_calendar, day_12);
  select_day (end_calendar, day_12);
  wait_for_row (editor, warning, TRUE);

  /* From 12:00, it starts as the salon ends: no overlap. */
  set_spin (editor, _("Start Time"), 12);
  set_spin (editor, _("End Time"), 14);
  wait_for_row (editor, warning, FALSE);
  set_spin (editor, _("Start Time"), 11);
  wait_for_row (editor, warning, TRUE);

  /* Not going: no warning. */
  select_combo (editor, _("Attendance"), liens_attendance_get_display_name (LIENS_ATTENDANCE_CONSIDERING));
  wait_for_row (editor, warning, FALSE);
  select_combo (editor, _("Attendance"), liens_attendance_get_display_name (LIENS_ATTENDANCE_GOING));
  wait_for_row (editor, warning, TRUE);

  /* Back on its own day. */
  select_day (start_calendar, day_14);
  select_day (end_calendar, day_14);
  wait_for_row (editor, warning, FALSE);
  g_assert_false (shows_row (editor, ""));
  liens_test_destroy_window (GTK_WINDOW (editor));

  /* An event never warns of itself: the salon, moved onto the breakfast. */
  editor = open_window (liens_event_editor_new (NULL, fixture->store, event));
  g_assert_false (shows_row (editor, warning));
  select_day (GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, _("Start Date"), GTK_TYPE_CALENDAR)),
              day_14);
  select_day (GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, _("End Date"), GTK_TYPE_CALENDAR)),
              day_14);
  wait_for_row (editor, back_warning, TRUE);
  g_assert_false (shows_row (editor, warning));
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* The debrief */

static void
test_event_debrief (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) saved = NULL;
  g_autoptr(LiensEvent) stored = NULL;
  g_autoptr(LiensContact) ada = NULL;
  g_autoptr(GListModel) encounters = NULL;
  g_autofree char *heading = g_strdup_printf (_("Who did you meet at %s?"), TITLE);
  g_autofree char *organisation_title = g_strdup_printf (_("Organisation of %s"), NEW_NAME);
  g_autofree char *note_title = g_strdup_printf (_("Note on %s"), NEW_NAME);
  gint64 ahmed = find_contact_id (fixture->store, "Ahmed Benali");
  GtkWidget *debrief = open_window (liens_event_debrief_new (NULL, fixture->store, event));
  GtkWidget *ahmed_row;
  GtkWidget *picker;
  const LiensEventPerson *people;
  guint n_people = 0;
  guint n_found = 0;

  g_object_add_weak_pointer (G_OBJECT (debrief), (gpointer *) &debrief);
  g_signal_connect (debrief, "saved", G_CALLBACK (event_saved_cb), &saved);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (debrief)), ==, _("Debrief"));
  g_assert_true (is_shown (find_label (debrief, heading)));

  /* Nobody yet: Save waits. */
  g_assert_false (gtk_widget_is_sensitive (find_save_button (debrief)));
  g_assert_true (is_shown (find_label (debrief, _("Check or add at least one person."))));

  ahmed_row = find_row (debrief, ADW_TYPE_ENTRY_ROW, "Ahmed Benali");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (liens_test_find_widget (ahmed_row, GTK_TYPE_CHECK_BUTTON, NULL)),
                               TRUE);
  g_assert_true (gtk_widget_is_sensitive (find_save_button (debrief)));
  gtk_editable_set_text (GTK_EDITABLE (ahmed_row), "Wants an intro to the incubator");

  /* Someone new: their organisation is asked first. */
  picker = find_picker (debrief, _("Someone Else"));
  liens_contact_picker_add_pending_name (LIENS_CONTACT_PICKER (picker), NEW_NAME);
  liens_test_iterate ();
  g_assert_false (gtk_widget_is_sensitive (find_save_button (debrief)));
  set_entry (debrief, organisation_title, NEW_ORGANISATION);
  set_entry (debrief, note_title, "Talked about Babbage");
  g_assert_true (gtk_widget_is_sensitive (find_save_button (debrief)));

  click (find_save_button (debrief));
  assert_editor_closed (&debrief);
  g_assert_nonnull (saved);

  stored = get_event (fixture->store, liens_event_get_id (event));
  g_assert_cmpint (liens_event_get_attendance (stored), ==, LIENS_ATTENDANCE_ATTENDED);
  people = liens_event_get_people (stored, &n_people);
  for (guint i = 0; i < n_people; i++)
    if (people[i].contact_id == ahmed)
      g_assert_true (people[i].met);
    else if (people[i].contact_id == find_contact_id (fixture->store, "Léa Nguyen"))
      g_assert_false (people[i].met);

  ada = find_contact (fixture->store, NEW_NAME);
  g_assert_cmpstr (liens_contact_get_organisation (ada), ==, NEW_ORGANISATION);

  encounters = liens_store_list_encounters (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (encounters); i++)
    {
      g_autoptr(LiensEncounter) encounter = g_list_model_get_item (encounters, i);
      const gint64 *ids;
      guint n_ids = 0;

      if (liens_encounter_get_event_id (encounter) != liens_event_get_id (event))
        continue;

      n_found++;
      g_assert_cmpint (liens_encounter_get_kind (encounter), ==, LIENS_ENCOUNTER_KIND_EVENT);
      ids = liens_encounter_get_contact_ids (encounter, &n_ids);
      g_assert_cmpuint (n_ids, ==, 1);
      if (ids[0] == ahmed)
        g_assert_cmpstr (liens_encounter_get_notes (encounter), ==, "Wants an intro to the incubator");
      else
        {
          g_assert_cmpint (ids[0], ==, liens_contact_get_id (ada));
          g_assert_cmpstr (liens_encounter_get_notes (encounter), ==, "Talked about Babbage");
        }
    }
  g_assert_cmpuint (n_found, ==, 2);
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_GOING);
  GtkWidget *window;

  window = open_window (liens_event_editor_new (NULL, fixture->store, event));
  liens_test_assert_widgets_are_named (window);
  liens_test_destroy_window (GTK_WINDOW (window));

  window = open_window (liens_event_debrief_new (NULL, fixture->store, event));
  liens_contact_picker_add_pending_name (LIENS_CONTACT_PICKER (find_picker (window, _("Someone Else"))), NEW_NAME);
  liens_test_assert_widgets_are_named (window);
  liens_test_destroy_window (GTK_WINDOW (window));
}

/* Screenshots */

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiensEvent) event = add_event (fixture->store, TITLE, 12, 9, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) other = add_event (fixture->store, "Afterwork French Tech", 12, 11,
                                           LIENS_ATTENDANCE_REGISTERED);
  GtkWidget *window;
  GtkWidget *row;

  window = liens_event_editor_new (NULL, fixture->store, NULL);
  present_at_size (GTK_WINDOW (window), 600, 800);
  screenshot (window, "event-editor-blank");
  fill_editor (window);
  screenshot_scrolled (window, "event-editor-wide");
  liens_test_destroy_window (GTK_WINDOW (window));

  window = liens_event_editor_new (NULL, fixture->store, NULL);
  present_at_size (GTK_WINDOW (window), 360, 640);
  fill_editor (window);
  screenshot_scrolled (window, "event-editor-narrow");
  liens_test_destroy_window (GTK_WINDOW (window));

  window = liens_event_editor_new (NULL, fixture->store, event);
  present_at_size (GTK_WINDOW (window), 600, 800);
  screenshot (window, "event-editor-overlap");
  liens_test_destroy_window (GTK_WINDOW (window));

  window = liens_event_debrief_new (NULL, fixture->store, event);
  present_at_size (GTK_WINDOW (window), 600, 800);
  screenshot (window, "event-debrief-blank");
  row = find_row (window, ADW_TYPE_ENTRY_ROW, "Ahmed Benali");
  gtk_editable_set_text (GTK_EDITABLE (row), "Wants an intro to the incubator");
  liens_contact_picker_add_pending_name (LIENS_CONTACT_PICKER (find_picker (window, _("Someone Else"))), NEW_NAME);
  pick (find_picker (window, _("Someone Else")), "helene", "Hélène Petit");
  liens_test_iterate ();
  screenshot_scrolled (window, "event-debrief");
  liens_test_destroy_window (GTK_WINDOW (window));

  window = liens_event_debrief_new (NULL, fixture->store, event);
  present_at_size (GTK_WINDOW (window), 360, 640);
  liens_contact_picker_add_pending_name (LIENS_CONTACT_PICKER (find_picker (window, _("Someone Else"))), NEW_NAME);
  liens_test_iterate ();
  screenshot_scrolled (window, "event-debrief-narrow");
  liens_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  liens_test_init (&argc, &argv);

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/event-editor/create", test_event_create);
  ADD_TEST ("/event-editor/edit-keeps-met", test_event_edit_keeps_met);
  ADD_TEST ("/event-editor/overlap", test_event_overlap);
  ADD_TEST ("/event-editor/overlap-live", test_event_overlap_live);
  ADD_TEST ("/event-debrief/record", test_event_debrief);
  ADD_TEST ("/event-editor/accessible-names", test_accessible_names);
  ADD_TEST ("/screenshots/event-editor", test_screenshots);

#undef ADD_TEST

  return g_test_run ();
}
