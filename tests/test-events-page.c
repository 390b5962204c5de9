/* test-events-page.c: the events page, its groups, calendar, confirmations and files, as a
 * user drives them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-application.h"
#include "liens-clock.h"
#include "liens-event-groups.h"
#include "liens-event-row.h"
#include "liens-events-page.h"
#include "liens-icalendar.h"
#include "liens-store.h"
#include "liens-test-utils.h"

typedef enum
{
  DATA_NONE,
  DATA_EVENTS,
} Data;

typedef struct
{
  char *dir;
  LiensStore *store;
  GtkWidget *window;
  LiensEventsPage *page;
} Fixture;

static LiensApplication *app;

static void
present_window (Fixture *fixture,
                int      width,
                int      height)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = liens_events_page_new ();
  GdkSurface *surface;
  int frame_width;
  int frame_height;

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar),
                                   adw_window_title_new (_("Events"), NULL));
  gtk_box_append (GTK_BOX (box), header_bar);
  gtk_widget_set_vexpand (overlay, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);

  liens_events_page_set_store (LIENS_EVENTS_PAGE (page), fixture->store);

  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (window);
  frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (window);
  if (frame_width > 0 || frame_height > 0)
    {
      gtk_widget_set_size_request (window, width + frame_width, height + frame_height);
      gtk_window_set_default_size (GTK_WINDOW (window), width + frame_width, height + frame_height);
      liens_test_wait_for_frame (window);
    }

  liens_test_iterate ();
  liens_test_wait_for_frame (window);

  fixture->window = window;
  fixture->page = LIENS_EVENTS_PAGE (page);
}

/* An event @days from now (@hours later), lasting @length hours. */
static gint64
add_event (Fixture         *fixture,
           const char      *title,
           int              days,
           double           hours,
           double           length,
           LiensEventKind   kind,
           LiensAttendance  attendance,
           gint64           network_id,
           const char      *place)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) start = g_date_time_add_seconds (day, hours * 3600);
  g_autoptr(GDateTime) end = g_date_time_add_seconds (start, length * 3600);
  g_autoptr(GError) error = NULL;

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_kind (event, kind);
  liens_event_set_attendance (event, attendance);
  liens_event_set_network_id (event, network_id);
  liens_event_set_place (event, place);

  g_assert_true (liens_store_save_event (fixture->store, event, &error));
  g_assert_no_error (error);

  return liens_event_get_id (event);
}

/* Days from now to the second day of next week, in the locale's weeks. */
static int
days_to_next_week (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int to_next_week = (liens_get_first_weekday () - g_date_time_get_day_of_week (now) + 7) % 7;

  return (to_next_week == 0 ? 7 : to_next_week) + 1;
}

static void
add_sample_events (Fixture *fixture)
{
  g_autoptr(LiensNetwork) network = liens_network_new ();
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEvent) summit = NULL;
  gint64 summit_id;

  liens_test_add_sample_contacts (fixture->store);
  contacts = liens_store_list_contacts (fixture->store);

  liens_network_set_name (network, "Lyon Tech Club");
  g_assert_true (liens_store_save_network (fixture->store, network, &error));
  g_assert_no_error (error);

  /* Later today: this week, whatever the day. Two overlapping plans. */
  add_event (fixture, "Founders Breakfast", 0, 1, 2, LIENS_EVENT_KIND_BUSINESS_BREAKFAST,
             LIENS_ATTENDANCE_GOING, liens_network_get_id (network), "Café de la Place");
  add_event (fixture, "Rust Meetup", 0, 2, 2, LIENS_EVENT_KIND_WORKSHOP,
             LIENS_ATTENDANCE_REGISTERED, 0, "La Cordée");
  add_event (fixture, "Open Studio Night", days_to_next_week (), 0, 3, LIENS_EVENT_KIND_CULTURE,
             LIENS_ATTENDANCE_CONSIDERING, 0, NULL);
  summit_id = add_event (fixture, "Web Summit", 60, 0, 8, LIENS_EVENT_KIND_CONFERENCE,
                         LIENS_ATTENDANCE_REGISTERED, liens_network_get_id (network), "Lisbon");
  add_event (fixture, "Trade Fair", -3, 0, 4, LIENS_EVENT_KIND_TRADE_SHOW,
             LIENS_ATTENDANCE_REGISTERED, 0, "Eurexpo");
  add_event (fixture, "Old Afterwork", -20, 0, 2, LIENS_EVENT_KIND_AFTERWORK,
             LIENS_ATTENDANCE_ATTENDED, liens_network_get_id (network), "Le Sucre");

  /* People to meet at the summit. */
  summit = liens_store_get_event (fixture->store, summit_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3 && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      liens_event_add_person (summit, liens_contact_get_id (contact));
    }
  g_assert_true (liens_store_save_event (fixture->store, summit, &error));
  g_assert_no_error (error);
}

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

  if (GPOINTER_TO_INT (data) == DATA_EVENTS)
    add_sample_events (fixture);

  present_window (fixture, 1280, 800);
}

static void
destroy_window (Fixture *fixture)
{
  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  fixture->page = NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = NULL;

  if (fixture->window != NULL)
    destroy_window (fixture);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  liens_test_iterate ();

  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static void
settle (Fixture *fixture)
{
  liens_test_iterate ();
  liens_test_wait_for_frame (fixture->window);
  liens_test_iterate ();
}

static LiensEventRow *
find_row (Fixture    *fixture,
          const char *title)
{
  g_autoptr(GPtrArray) rows = liens_test_find_all_widgets (GTK_WIDGET (fixture->page),
                                                           LIENS_TYPE_EVENT_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      LiensEventRow *row = g_ptr_array_index (rows, i);
      LiensEvent *event = liens_event_row_get_event (row);

      if (event != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)) &&
          g_strcmp0 (liens_event_get_title (event), title) == 0)
        return row;
    }

  return NULL;
}

static GListModel *
get_model (Fixture *fixture)
{
  GtkWidget *list_view = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW,
                                                 NULL);

  g_assert_nonnull (list_view);
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
}

static char *
list_titles (Fixture *fixture)
{
  GListModel *model = get_model (fixture);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append (titles, ", ");
      g_string_append (titles, liens_event_get_title (event));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static gboolean
row_has_overlap (LiensEventRow *row)
{
  g_autoptr(GPtrArray) images = liens_test_find_all_widgets (GTK_WIDGET (row), GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage *image = g_ptr_array_index (images, i);

      if (g_strcmp0 (gtk_image_get_icon_name (image), "dialog-warning-symbolic") == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (image)))
        return gtk_widget_get_tooltip_text (GTK_WIDGET (image)) != NULL;
    }

  return FALSE;
}

static LiensEvent *
find_stored (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GListModel) events = liens_store_list_events (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (liens_event_get_title (event), title) == 0)
        return g_steal_pointer (&event);
    }

  return NULL;
}

static guint
count_events (Fixture *fixture)
{
  g_autoptr(GListModel) events = liens_store_list_events (fixture->store);

  return g_list_model_get_n_items (events);
}

static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_type_is_a (G_OBJECT_TYPE (l->data), type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
take_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GError) error = NULL;

  liens_test_wait_for_animations (widget);
  g_assert_true (liens_test_screenshot (widget, name, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *empty = liens_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                             "No Events Planned");
  GtkWidget *button;

  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));

  button = liens_test_find_widget (empty, GTK_TYPE_BUTTON, "New Event");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "events.new");

  /* An event makes the list appear. */
  add_event (fixture, "Rust Meetup", 2, 0, 2, LIENS_EVENT_KIND_WORKSHOP,
             LIENS_ATTENDANCE_GOING, 0, NULL);
  settle (fixture);
  g_assert_false (gtk_widget_get_mapped (empty));
  g_assert_nonnull (find_row (fixture, "Rust Meetup"));
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  LiensEventRow *row;

  settle (fixture);

  {
    g_autofree char *titles = list_titles (fixture);

    g_assert_cmpstr (titles, ==, "Founders Breakfast, Rust Meetup, Open Studio Night, Web Summit, "
                                 "Trade Fair, Old Afterwork");
  }

  row = find_row (fixture, "Founders Breakfast");
  g_assert_nonnull (row);
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "This Week");
  g_assert_true (row_has_overlap (row));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL,
                                            "Café de la Place · Business breakfast · Lyon Tech Club"));

  row = find_row (fixture, "Rust Meetup");
  g_assert_null (liens_event_row_get_heading (row));
  g_assert_true (row_has_overlap (row));

  /* Next week, even when it begins in another month. */
  row = find_row (fixture, "Open Studio Night");
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "Next Week");
  g_assert_false (row_has_overlap (row));

  row = find_row (fixture, "Web Summit");
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "Later");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "3 people to meet"));

  row = find_row (fixture, "Trade Fair");
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "Past Events");
  g_assert_null (liens_event_row_get_heading (find_row (fixture, "Old Afterwork")));
}

static void
test_attendance (Fixture       *fixture,
                 gconstpointer  data)
{
  LiensEventRow *row;
  GtkWidget *button;
  GMenuModel *menu;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(LiensEvent) event = NULL;

  settle (fixture);
  row = find_row (fixture, "Open Studio Night");
  button = liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, "Considering");
  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));

  /* The second choice: Going. */
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  /* Three attendances, then a section to add the event to the user's calendar. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
  {
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 3, G_MENU_LINK_SECTION);
    g_autofree char *export_action = NULL;

    g_assert_nonnull (section);
    g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                    &export_action));
    g_assert_cmpstr (export_action, ==, "events.export-event");
  }
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  target = g_menu_model_get_item_attribute_value (menu, 1, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_true (gtk_widget_activate_action_variant (button, action, target));
  settle (fixture);

  event = find_stored (fixture, "Open Studio Night");
  g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_GOING);

  row = find_row (fixture, "Open Studio Night");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, "Going"));
}

static void
test_to_confirm (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *banner;
  GtkWidget *skip;
  g_autoptr(LiensEvent) event = NULL;

  settle (fixture);
  banner = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                                   "Did you attend Trade Fair?");
  g_assert_nonnull (banner);
  banner = gtk_widget_get_ancestor (banner, GTK_TYPE_LIST_BOX_ROW);
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_nonnull (liens_test_find_widget (banner, GTK_TYPE_BUTTON, "_Debrief"));

  skip = liens_test_find_widget (banner, GTK_TYPE_BUTTON, "I Did _Not Go");
  g_assert_nonnull (skip);
  g_signal_emit_by_name (skip, "clicked");
  settle (fixture);

  event = find_stored (fixture, "Trade Fair");
  g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_SKIPPED);
  g_assert_null (liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                                         "Did you attend Trade Fair?"));
}

static gboolean
asks_to_confirm (Fixture    *fixture,
                 const char *title)
{
  g_autofree char *question = g_strdup_printf ("Did you attend %s?", title);
  GtkWidget *label = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, question);

  return label != NULL && gtk_widget_get_mapped (label);
}

/* Left open overnight: today's events are over, and asked about; next week's come closer. */
static void
test_day_changed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, days_to_next_week ());
  g_autofree char *titles = NULL;
  LiensEventRow *row;

  settle (fixture);
  g_assert_cmpstr (liens_event_row_get_heading (find_row (fixture, "Founders Breakfast")),
                   ==, "This Week");
  g_assert_false (asks_to_confirm (fixture, "Founders Breakfast"));
  g_assert_true (asks_to_confirm (fixture, "Trade Fair"));

  liens_clock_set_now_for_testing (tomorrow);
  settle (fixture);

  titles = list_titles (fixture);
  g_assert_cmpstr (titles, ==, "Open Studio Night, Web Summit, "
                               "Rust Meetup, Founders Breakfast, Trade Fair, Old Afterwork");
  row = find_row (fixture, "Rust Meetup");
  g_assert_nonnull (row);
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "Past Events");
  g_assert_true (asks_to_confirm (fixture, "Founders Breakfast"));
  g_assert_true (asks_to_confirm (fixture, "Rust Meetup"));
  g_assert_true (asks_to_confirm (fixture, "Trade Fair"));

  /* A week on, next week's event is this week's. */
  liens_clock_set_now_for_testing (next_week);
  settle (fixture);
  row = find_row (fixture, "Open Studio Night");
  g_assert_nonnull (row);
  g_assert_cmpstr (liens_event_row_get_heading (row), ==, "This Week");

  liens_clock_set_now_for_testing (NULL);
  settle (fixture);
  g_clear_pointer (&titles, g_free);
  titles = list_titles (fixture);
  g_assert_cmpstr (titles, ==, "Founders Breakfast, Rust Meetup, Open Studio Night, Web Summit, "
                               "Trade Fair, Old Afterwork");
  g_assert_false (asks_to_confirm (fixture, "Founders Breakfast"));
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *calendar = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_CALENDAR,
                                                NULL);
  g_autoptr(LiensEvent) summit = find_stored (fixture, "Web Summit");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 1);
  g_autoptr(GDateTime) summit_day = g_date_time_to_local (liens_event_get_start (summit));
  g_autofree char *titles = NULL;

  settle (fixture);
  g_assert_nonnull (calendar);
  g_assert_true (gtk_widget_get_mapped (calendar));
  if (g_date_time_get_day_of_month (later) == g_date_time_get_day_of_month (now))
    g_assert_true (gtk_calendar_get_day_is_marked (GTK_CALENDAR (calendar),
                                                   g_date_time_get_day_of_month (now)));

  /* Browsing to the month filters nothing; picking the day does. */
  {
    int day = g_date_time_get_day_of_month (summit_day) == 15 ? 14 : 15;
    g_autoptr(GDateTime) in_month = g_date_time_new_local (g_date_time_get_year (summit_day),
                                                           g_date_time_get_month (summit_day),
                                                           day, 12, 0, 0);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), in_month);
    settle (fixture);
    g_assert_cmpuint (g_list_model_get_n_items (get_model (fixture)), ==, 6);
  }
  gtk_calendar_select_day (GTK_CALENDAR (calendar), summit_day);
  settle (fixture);
  titles = list_titles (fixture);
  g_assert_cmpstr (titles, ==, "Web Summit");
  g_assert_true (gtk_calendar_get_day_is_marked (GTK_CALENDAR (calendar),
                                                 g_date_time_get_day_of_month (summit_day)));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON,
                                            "Show _All Days"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "events.show-all-days",
                                             NULL));
  settle (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (get_model (fixture)), ==, 6);
}

static void
test_export_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "liens-events.ics", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "notes.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n_events = 0;
  guint n_stored = count_events (fixture);
  GtkWidget *dialog;

  settle (fixture);

  /* The planned upcoming events only. */
  g_assert_true (liens_events_page_write_upcoming (fixture->page, file, &n_events, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 3);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  events = liens_icalendar_import (contents, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);
  g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (events, 0)), ==, "Founders Breakfast");
  g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (events, 1)), ==, "Rust Meetup");
  g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (events, 2)), ==, "Web Summit");

  /* One event alone, for the user's calendar. */
  {
    g_autofree char *one_path = g_build_filename (fixture->dir, "one.ics", NULL);
    g_autoptr(GFile) one_file = g_file_new_for_path (one_path);
    g_autoptr(LiensEvent) summit = find_stored (fixture, "Web Summit");
    g_autoptr(GPtrArray) one = NULL;
    g_autofree char *one_contents = NULL;
    gsize one_length = 0;

    g_assert_true (liens_events_page_write_event (fixture->page, liens_event_get_id (summit),
                                                  one_file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (one_path, &one_contents, &one_length, &error));
    one = liens_icalendar_import (one_contents, one_length, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (one, 0)), ==, "Web Summit");
    g_assert_nonnull (strstr (one_contents, "UID:event-"));
  }

  /* Not iCalendar: an error, nothing added. */
  g_assert_true (g_file_set_contents (bad_path, "Shopping list\nmilk\n", -1, &error));
  liens_events_page_import_file (fixture->page, bad_file);
  settle (fixture);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                   ==, "Could Not Import Invitation");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  settle (fixture);
  g_assert_cmpuint (count_events (fixture), ==, n_stored);

  /* The exported file: added as considered. */
  liens_events_page_import_file (fixture->page, file);
  settle (fixture);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                   ==, "Add 3 events as considered?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  settle (fixture);
  g_assert_cmpuint (count_events (fixture), ==, n_stored + 3);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  take_screenshot (fixture->window, "events-wide");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (fixture->window, "events-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  destroy_window (fixture);
  present_window (fixture, 360, 640);
  take_screenshot (fixture->window, "events-narrow");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (fixture->window, "events-narrow-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_screenshots_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  take_screenshot (fixture->window, "events-empty");
  destroy_window (fixture);
  present_window (fixture, 360, 640);
  take_screenshot (fixture->window, "events-empty-narrow");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/events-page/empty", Fixture, GINT_TO_POINTER (DATA_NONE),
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/events-page/rows", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/events-page/attendance", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_attendance, fixture_tear_down);
  g_test_add ("/events-page/to-confirm", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_to_confirm, fixture_tear_down);
  g_test_add ("/events-page/day-changed", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_day_changed, fixture_tear_down);
  g_test_add ("/events-page/calendar", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_calendar, fixture_tear_down);
  g_test_add ("/events-page/export-import", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_export_import, fixture_tear_down);
  g_test_add ("/screenshots/events-page", Fixture, GINT_TO_POINTER (DATA_EVENTS),
              fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add ("/screenshots/events-page-empty", Fixture, GINT_TO_POINTER (DATA_NONE),
              fixture_set_up, test_screenshots_empty, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
