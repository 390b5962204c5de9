/* test-timeline-page.c: the timeline, its figures, to-do list, filters and actions, as a user
 * drives them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-application.h"
#include "liens-clock.h"
#include "liens-encounter-editor.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-timeline-page.h"
#include "liens-timeline-row.h"
#include "liens-timeline-summary.h"

/* How long a test waits for something asynchronous, such as the search delay. */
#define WAIT_TIMEOUT_USEC (5 * G_USEC_PER_SEC)

typedef enum
{
  DATA_NONE,
  /* The sample contacts, their encounters and liens_test_add_sample_encounters(). */
  DATA_SAMPLES,
  /* The sample contacts and liens_test_add_sample_encounters() only: known figures. */
  DATA_KNOWN,
} Data;

typedef struct
{
  char *dir;
  LiensStore *store;
  GtkWidget *window;
  LiensTimelinePage *page;
} Fixture;

/* One registered application for every test: it loads the style sheet as it starts. */
static LiensApplication *app;

/* The days before today of the encounters of liens_test_add_sample_encounters(). */
static const int known_encounter_days[] = { 0, 0, 1, 3, 5, 12, 40 };

static gboolean
wait_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return TRUE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

/* The page as the window shows it: under a header bar, above the toasts. */
static void
present_window (Fixture *fixture,
                int      width,
                int      height)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = liens_timeline_page_new ();
  GdkSurface *surface;
  int frame_width;
  int frame_height;

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar),
                                   adw_window_title_new (_("Timeline"), NULL));
  gtk_box_append (GTK_BOX (box), header_bar);
  gtk_widget_set_vexpand (overlay, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);

  liens_timeline_page_set_store (LIENS_TIMELINE_PAGE (page), fixture->store);

  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);

  /* Xvfb has no compositor: GTK draws a frame inside the default size. Grow the window by
   * it, so that the window widget has exactly the size asked for. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (window);
  frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (window);
  if (frame_width > 0 || frame_height > 0)
    {
      gtk_widget_set_size_request (window, width + frame_width, height + frame_height);
      gtk_window_set_default_size (GTK_WINDOW (window), width + frame_width, height + frame_height);
      liens_test_wait_for_frame (window);
    }

  g_assert_cmpint (gtk_widget_get_width (window), ==, width);
  g_assert_cmpint (gtk_widget_get_height (window), ==, height);

  fixture->window = window;
  fixture->page = LIENS_TIMELINE_PAGE (page);
}

/* Leaves only the encounters of liens_test_add_sample_encounters(). */
static void
delete_contact_encounters (LiensStore *store)
{
  g_autoptr(GListModel) encounters = liens_store_list_encounters (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (encounters); i++)
    {
      g_autoptr(LiensEncounter) encounter = g_list_model_get_item (encounters, i);
      gint64 id = liens_encounter_get_id (encounter);

      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_assert_true (liens_store_delete_encounter (store, g_array_index (ids, gint64, i), &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  Data kind = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = liens_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "liens.db", NULL);
  fixture->store = liens_store_new (path, &error);
  g_assert_no_error (error);

  if (kind != DATA_NONE)
    liens_test_add_sample_contacts (fixture->store);
  if (kind == DATA_KNOWN)
    delete_contact_encounters (fixture->store);
  if (kind != DATA_NONE)
    liens_test_add_sample_encounters (fixture->store);

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

  /* Editors a test opened. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  liens_test_iterate ();

  /* Toasts are gone with the window: nothing else holds the store. */
  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The store */

static gint64
find_contact_id (Fixture    *fixture,
                 const char *name)
{
  g_autoptr(GListModel) contacts = liens_store_list_contacts (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (liens_contact_get_display_name (contact), name) == 0)
        return liens_contact_get_id (contact);
    }

  g_error ("No contact called %s", name);
}

/* The sample encounter whose notes start with @notes, as stored. */
static LiensEncounter *
find_encounter (Fixture    *fixture,
                const char *notes)
{
  g_autoptr(GListModel) encounters = liens_store_list_encounters (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (encounters); i++)
    {
      g_autoptr(LiensEncounter) encounter = g_list_model_get_item (encounters, i);
      const char *text = liens_encounter_get_notes (encounter);

      if (text != NULL && g_str_has_prefix (text, notes))
        return g_steal_pointer (&encounter);
    }

  return NULL;
}

/* Every encounter and the two sample introductions. */
static guint
count_stored (Fixture *fixture)
{
  g_autoptr(GListModel) encounters = liens_store_list_encounters (fixture->store);

  return g_list_model_get_n_items (encounters) + 2;
}

static gint64
find_encounter_id (Fixture    *fixture,
                   const char *notes)
{
  g_autoptr(LiensEncounter) encounter = find_encounter (fixture, notes);

  g_assert_nonnull (encounter);

  return liens_encounter_get_id (encounter);
}

/* Widgets of the page */

static GtkListView *
get_list_view (Fixture *fixture)
{
  GtkWidget *list_view = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW,
                                                 NULL);

  g_assert_nonnull (list_view);

  return GTK_LIST_VIEW (list_view);
}

static GListModel *
get_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (get_list_view (fixture)));
}

static GtkEditable *
get_search_entry (Fixture *fixture)
{
  GtkWidget *entry = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY,
                                             NULL);

  g_assert_nonnull (entry);

  return GTK_EDITABLE (entry);
}

static GtkWidget *
find_mapped_widget (GtkWidget  *root,
                    GType       type,
                    const char *text)
{
  g_autoptr(GPtrArray) widgets = liens_test_find_all_widgets (root, type);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (gtk_widget_get_mapped (widget) &&
          (text == NULL || g_strcmp0 (liens_test_widget_get_text (widget), text) == 0))
        return widget;
    }

  return NULL;
}

static GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = liens_test_find_all_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0)
        return button;
    }

  return NULL;
}

static LiensTimelineSummary *
get_summary (Fixture *fixture)
{
  return LIENS_TIMELINE_SUMMARY (liens_test_find_widget (GTK_WIDGET (fixture->page),
                                                         LIENS_TYPE_TIMELINE_SUMMARY, NULL));
}

static gboolean
summary_is_shown (Fixture *fixture)
{
  LiensTimelineSummary *summary = get_summary (fixture);

  return summary != NULL && gtk_widget_get_mapped (GTK_WIDGET (summary));
}

/* The list, as the user reads it */

static GObject *
dup_item (Fixture *fixture,
          guint    position)
{
  return g_list_model_get_item (get_model (fixture), position);
}

static gint64
get_item_id (GObject *item)
{
  if (LIENS_IS_ENCOUNTER (item))
    return liens_encounter_get_id (LIENS_ENCOUNTER (item));
  if (LIENS_IS_INTRODUCTION (item))
    return -liens_introduction_get_id (LIENS_INTRODUCTION (item));

  return 0;
}

/* The encounters and introductions listed, as ids, introductions negated; the timeline is
 * small in these tests. */
static GArray *
dup_listed_ids (Fixture *fixture)
{
  GListModel *model = get_model (fixture);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 id = get_item_id (item);

      if (id != 0)
        g_array_append_val (ids, id);
    }

  return ids;
}

static guint
find_position (Fixture *fixture,
               gint64   id)
{
  GListModel *model = get_model (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (get_item_id (item) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_listed (Fixture *fixture,
           gint64   id)
{
  return find_position (fixture, id) != GTK_INVALID_LIST_POSITION;
}

static guint
count_listed (Fixture *fixture)
{
  g_autoptr(GArray) ids = dup_listed_ids (fixture);

  return ids->len;
}

/* Scrolls to the entry and returns its row, on screen. */
static LiensTimelineRow *
show_row (Fixture *fixture,
          gint64   id)
{
  guint position = find_position (fixture, id);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_widget_activate_action (GTK_WIDGET (get_list_view (fixture)), "list.scroll-to-item", "u",
                              position);
  liens_test_wait_for_frame (fixture->window);
  liens_test_iterate ();

  rows = liens_test_find_all_widgets (GTK_WIDGET (get_list_view (fixture)), LIENS_TYPE_TIMELINE_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      LiensTimelineRow *row = g_ptr_array_index (rows, i);
      GObject *item = liens_timeline_row_get_item (row);

      if (item != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)) && get_item_id (item) == id)
        return row;
    }

  g_assert_not_reached ();
}

static gboolean
row_shows (LiensTimelineRow *row,
           const char       *text)
{
  return find_mapped_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, text) != NULL;
}

typedef struct
{
  const char *text;
  gboolean done;
} SearchWait;

static void
search_changed_cb (GtkSearchEntry *entry,
                   SearchWait     *wait)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->text) == 0)
    wait->done = TRUE;
}

/* Types @text into the search entry and waits out the entry's delay. */
static void
search_for (Fixture    *fixture,
            const char *text)
{
  GtkEditable *entry = get_search_entry (fixture);
  SearchWait wait = { text, FALSE };
  gulong handler;

  if (g_strcmp0 (gtk_editable_get_text (entry), text) == 0)
    return;

  handler = g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), &wait);
  gtk_editable_set_text (entry, text);
  g_assert_true (wait_until (flag_is_set, &wait.done));
  g_signal_handler_disconnect (entry, handler);

  liens_test_wait_for_frame (fixture->window);
}

static void
activate (Fixture    *fixture,
          const char *action_name,
          const char *format,
          ...)
{
  GVariant *parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action_name,
                                                     parameter));
  liens_test_wait_for_frame (fixture->window);
}

static void
click (Fixture   *fixture,
       GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  liens_test_wait_for_frame (fixture->window);
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (g_type_is_a (G_OBJECT_TYPE (l->data), type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Toasts */

/* The newest toast of that title: the one before may still be leaving. */
static GtkWidget *
find_toast (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (fixture->window, GTK_TYPE_LABEL);
  GtkWidget *found = NULL;

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), title) == 0 &&
        gtk_widget_get_ancestor (g_ptr_array_index (labels, i), ADW_TYPE_TOAST_OVERLAY) != NULL)
      found = g_ptr_array_index (labels, i);

  return found;
}

static void
click_toast_button (Fixture    *fixture,
                    const char *title)
{
  GtkWidget *label = find_toast (fixture, title);
  GtkWidget *button = NULL;

  g_assert_nonnull (label);

  for (GtkWidget *ancestor = gtk_widget_get_parent (label);
       ancestor != NULL && button == NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    button = liens_test_find_widget (ancestor, GTK_TYPE_BUTTON, "_Undo");

  click (fixture, button);
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

/* The heading a day has in the timeline, as the user reads it. */
static char *
expected_day (GDateTime *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (date);
  g_autoptr(GDate) a = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                      g_date_time_get_month (local),
                                      g_date_time_get_year (local));
  g_autoptr(GDate) b = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                      g_date_time_get_month (now),
                                      g_date_time_get_year (now));
  int days = g_date_days_between (a, b);
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));

  text = days < 7 ? g_date_time_format (local, "%A") : liens_format_date (local);
  first = g_utf8_strup (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* Tests */

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *empty;
  GtkWidget *button;

  empty = find_mapped_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                              "No Encounters Yet");
  g_assert_nonnull (empty);
  g_assert_null (find_mapped_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, NULL));

  /* Its button opens the editor of a new encounter. */
  button = find_mapped_widget (empty, GTK_TYPE_BUTTON, "Log Encounter");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "timeline.log-encounter");
  click (fixture, button);
  g_assert_nonnull (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));
  liens_test_destroy_window (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));

  /* The first encounter brings the timeline in. */
  {
    g_autoptr(LiensContact) contact = liens_contact_new ();
    g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GError) error = NULL;
    gint64 id;

    liens_contact_set_given_name (contact, "Ada");
    g_assert_true (liens_store_save_contact (fixture->store, contact, &error));
    id = liens_contact_get_id (contact);
    liens_encounter_set_date (encounter, now);
    liens_encounter_set_contact_ids (encounter, &id, 1);
    g_assert_true (liens_store_save_encounter (fixture->store, encounter, &error));
    g_assert_no_error (error);
  }
  liens_test_wait_for_frame (fixture->window);
  g_assert_null (find_mapped_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_cmpuint (count_listed (fixture), ==, 1);
  g_assert_true (summary_is_shown (fixture));
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GArray) ids = dup_listed_ids (fixture);
  g_autoptr(GDateTime) previous = NULL;
  g_autoptr(GObject) first = NULL;
  g_autoptr(LiensEncounter) pitch = find_encounter (fixture, "Revue du pitch");
  g_autoptr(LiensEncounter) demo = find_encounter (fixture, "Démo de la gamme");
  g_autoptr(LiensEncounter) fair = find_encounter (fixture, "Stand");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *weekday = NULL;
  g_autofree char *fair_day = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *follow_up_date = NULL;
  LiensTimelineRow *row;
  gint64 introduction = 0;
  GtkWidget *follow_up_label;

  /* The figures and the to-do list come first, then every encounter and introduction. */
  g_assert_true (summary_is_shown (fixture));
  first = dup_item (fixture, 0);
  g_assert_false (LIENS_IS_ENCOUNTER (first) || LIENS_IS_INTRODUCTION (first));
  g_assert_cmpuint (ids->len, ==, count_stored (fixture));

  /* Newest first. */
  for (guint i = 1; i < g_list_model_get_n_items (get_model (fixture)); i++)
    {
      g_autoptr(GObject) item = dup_item (fixture, i);
      GDateTime *date = LIENS_IS_ENCOUNTER (item) ?
                        liens_encounter_get_date (LIENS_ENCOUNTER (item)) :
                        liens_introduction_get_date (LIENS_INTRODUCTION (item));

      if (previous != NULL)
        g_assert_cmpint (g_date_time_compare (date, previous), <=, 0);
      g_clear_pointer (&previous, g_date_time_unref);
      previous = g_date_time_ref (date);
    }

  /* Today's newest encounter opens the day; the next one of today has no heading. */
  g_assert_nonnull (pitch);
  row = show_row (fixture, liens_encounter_get_id (pitch));
  g_assert_cmpint (find_position (fixture, liens_encounter_get_id (pitch)), ==, 1);
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, "Today");
  g_assert_true (row_shows (row, "Today"));
  g_assert_true (row_shows (row, "Ahmed Benali, Léa Nguyen"));
  g_assert_true (row_shows (row, "Revue du pitch de Kestrel Labs"));
  g_assert_true (row_shows (row, "Café Mokxa, Lyon"));
  g_assert_true (row_shows (row, "I helped"));
  g_assert_true (row_shows (row, "Networking"));
  row = show_row (fixture, find_encounter_id (fixture, "Point sur l'écosystème"));
  g_assert_null (liens_timeline_row_get_day (row));
  g_assert_true (row_shows (row, "Learning"));

  /* Every day has one heading, on its first entry. */
  for (guint i = 1; i < g_list_model_get_n_items (get_model (fixture)); i++)
    {
      g_autoptr(GObject) item = dup_item (fixture, i);
      g_autoptr(GObject) before = dup_item (fixture, i - 1);
      GDateTime *date = LIENS_IS_ENCOUNTER (item) ?
                        liens_encounter_get_date (LIENS_ENCOUNTER (item)) :
                        liens_introduction_get_date (LIENS_INTRODUCTION (item));
      g_autofree char *day = expected_day (date);
      g_autofree char *day_before = NULL;

      if (i > 1)
        day_before = expected_day (LIENS_IS_ENCOUNTER (before) ?
                                   liens_encounter_get_date (LIENS_ENCOUNTER (before)) :
                                   liens_introduction_get_date (LIENS_INTRODUCTION (before)));

      row = show_row (fixture, get_item_id (item));
      if (g_strcmp0 (day, day_before) == 0)
        g_assert_null (liens_timeline_row_get_day (row));
      else
        g_assert_cmpstr (liens_timeline_row_get_day (row), ==, day);

      if (LIENS_IS_INTRODUCTION (item) && introduction == 0)
        introduction = get_item_id (item);
    }

  /* Three days ago is a weekday; twelve days ago, a full date. */
  row = show_row (fixture, liens_encounter_get_id (demo));
  weekday = g_date_time_format (liens_encounter_get_date (demo), "%A");
  weekday[0] = g_ascii_toupper (weekday[0]);
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, weekday);
  g_assert_true (row_shows (row, "Prospecting"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (find_mapped_widget (GTK_WIDGET (row),
                                                                           GTK_TYPE_LABEL,
                                                                           "Prospecting")),
                                           "prospecting"));

  /* Its follow-up is overdue. */
  follow_up_date = liens_format_short_date (liens_encounter_get_follow_up_date (demo), now);
  follow_up = g_strdup_printf ("Follow up: Rappeler pour le devis · %s", follow_up_date);
  follow_up_label = find_mapped_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, follow_up);
  g_assert_nonnull (follow_up_label);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (follow_up_label), "overdue"));

  g_assert_nonnull (fair);
  row = show_row (fixture, liens_encounter_get_id (fair));
  fair_day = liens_format_date (liens_encounter_get_date (fair));
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, fair_day);
  g_assert_true (row_shows (row, "Jean-Baptiste Moreau, Chloé Lefèvre"));

  /* An introduction is an entry of its own. */
  g_assert_cmpint (introduction, <, 0);
  row = show_row (fixture, introduction);
  g_assert_true (row_shows (row, "You introduced Zoé Martin to Ahmed Benali"));
  g_assert_true (row_shows (row, "Zoé cherche un associé technique"));
  g_assert_true (row_shows (row, "Outcome: Un premier café est prévu"));
  g_assert_null (liens_timeline_row_get_day (row));

  /* Activating an entry opens its editor. */
  g_signal_emit_by_name (get_list_view (fixture), "activate",
                         find_position (fixture, liens_encounter_get_id (pitch)));
  g_assert_nonnull (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));
  liens_test_destroy_window (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));
}

static gboolean
label_is_gone (gpointer data)
{
  return find_mapped_widget (GTK_WIDGET (data), GTK_TYPE_LABEL, "Ahmed Benali") == NULL;
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 call = find_encounter_id (fixture, "Point sur l'écosystème");
  gint64 demo = find_encounter_id (fixture, "Démo de la gamme");
  gint64 fair = find_encounter_id (fixture, "Stand");
  guint n_all = count_listed (fixture);
  GtkWidget *filter_button;
  GtkWidget *no_results;

  filter_button = liens_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (filter_button);
  g_assert_false (gtk_widget_has_css_class (filter_button, "accent"));

  /* A kind: the one call. The figures and the to-do list step aside. */
  activate (fixture, "filter.kind", "i", LIENS_ENCOUNTER_KIND_CALL);
  g_assert_cmpuint (count_listed (fixture), ==, 1);
  g_assert_true (is_listed (fixture, call));
  g_assert_false (summary_is_shown (fixture));
  g_assert_true (gtk_widget_has_css_class (filter_button, "accent"));
  activate (fixture, "filter.kind", "i", -1);
  g_assert_cmpuint (count_listed (fixture), ==, n_all);
  g_assert_true (summary_is_shown (fixture));

  /* A posture: prospecting only, without introductions. */
  activate (fixture, "filter.posture", "i", LIENS_POSTURE_PROSPECTING);
  g_assert_cmpuint (count_listed (fixture), ==, 2);
  g_assert_true (is_listed (fixture, demo));
  g_assert_true (is_listed (fixture, fair));

  /* With a kind that has none: the page says so, and clears. */
  activate (fixture, "filter.kind", "i", LIENS_ENCOUNTER_KIND_MESSAGE);
  g_assert_cmpuint (count_listed (fixture), ==, 0);
  no_results = find_mapped_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                   "No Matching Encounters");
  g_assert_nonnull (no_results);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (no_results)), ==,
                   "No encounter matches these filters.");
  click (fixture, find_mapped_widget (no_results, GTK_TYPE_BUTTON, "_Clear Filters"));
  g_assert_cmpuint (count_listed (fixture), ==, n_all);
  g_assert_false (gtk_widget_has_css_class (filter_button, "accent"));

  /* Help, then a date range: this year holds at least the last two days. */
  activate (fixture, "filter.help", "i", LIENS_HELP_MUTUAL);
  g_assert_cmpuint (count_listed (fixture), ==, 1);
  activate (fixture, "timeline.clear-filters", NULL);
  activate (fixture, "filter.date", "s", "month");
  g_assert_cmpuint (count_listed (fixture), <, n_all);
  g_assert_true (is_listed (fixture, call));
  activate (fixture, "filter.date", "s", "any");
  g_assert_cmpuint (count_listed (fixture), ==, n_all);

  /* Introductions can be left out. */
  activate (fixture, "filter.include-introductions", NULL);
  g_assert_cmpuint (count_listed (fixture), ==, n_all - 2);
  activate (fixture, "timeline.clear-filters", NULL);
  g_assert_cmpuint (count_listed (fixture), ==, n_all);

  /* A person: their encounters and the introductions that name them. */
  activate (fixture, "timeline.filter-contact", "x", find_contact_id (fixture, "Ahmed Benali"));
  g_assert_cmpuint (count_listed (fixture), ==, 4);
  liens_test_wait_for_animations (fixture->window);
  g_assert_nonnull (find_mapped_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                                        "With Ahmed Benali"));
  click (fixture, find_button_by_tooltip (GTK_WIDGET (fixture->page), "Show Everyone"));
  g_assert_cmpuint (count_listed (fixture), ==, n_all);

  /* The window shows someone's timeline whatever the filters were. */
  activate (fixture, "filter.kind", "i", LIENS_ENCOUNTER_KIND_CALL);
  search_for (fixture, "fintech");
  liens_timeline_page_show_contact (fixture->page, find_contact_id (fixture, "Ahmed Benali"));
  liens_test_wait_for_frame (fixture->window);
  g_assert_cmpuint (count_listed (fixture), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (get_search_entry (fixture)), ==, "");
  liens_timeline_page_show_contact (fixture->page, 0);
  liens_test_wait_for_frame (fixture->window);
  g_assert_cmpuint (count_listed (fixture), ==, n_all);

  /* The same from the filter menu: "Person…", a few letters, Enter. */
  activate (fixture, "timeline.choose-person", NULL);
  liens_test_wait_for_animations (fixture->window);
  {
    GtkWidget *popover = find_mapped_widget (GTK_WIDGET (fixture->page), GTK_TYPE_POPOVER, NULL);
    GtkWidget *entry = NULL;
    g_autoptr(GPtrArray) entries = NULL;

    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_mapped (popover));
    entries = liens_test_find_all_widgets (popover, GTK_TYPE_SEARCH_ENTRY);
    g_assert_cmpuint (entries->len, ==, 1);
    entry = g_ptr_array_index (entries, 0);
    g_assert_nonnull (find_mapped_widget (popover, GTK_TYPE_LABEL, "Ahmed Benali"));

    /* The matches follow the search, with its delay. */
    gtk_editable_set_text (GTK_EDITABLE (entry), "zoe");
    g_assert_true (wait_until (label_is_gone, popover));
    g_assert_nonnull (find_mapped_widget (popover, GTK_TYPE_LABEL, "Zoé Martin"));
    g_signal_emit_by_name (entry, "activate");
    liens_test_wait_for_animations (fixture->window);
    g_assert_false (gtk_widget_get_mapped (popover));
  }
  g_assert_nonnull (find_mapped_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                                        "With Zoé Martin"));
  /* Her encounter, and the introduction the user made of her. */
  g_assert_cmpuint (count_listed (fixture), ==, 2);
  activate (fixture, "timeline.clear-filters", NULL);
  g_assert_cmpuint (count_listed (fixture), ==, n_all);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 call = find_encounter_id (fixture, "Point sur l'écosystème");
  GtkWidget *no_results;

  /* With or without accents, any case. */
  search_for (fixture, "écosystème");
  g_assert_cmpuint (count_listed (fixture), ==, 1);
  g_assert_true (is_listed (fixture, call));
  g_assert_false (summary_is_shown (fixture));

  search_for (fixture, "ECOSYSTEME");
  g_assert_cmpuint (count_listed (fixture), ==, 1);
  g_assert_true (is_listed (fixture, call));

  /* The place too. */
  search_for (fixture, "mokxa");
  g_assert_cmpuint (count_listed (fixture), ==, 1);

  search_for (fixture, "xylophone");
  no_results = find_mapped_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE,
                                   "No Matching Encounters");
  g_assert_nonnull (no_results);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (no_results)), ==,
                   "No encounter mentions “xylophone”.");
  g_assert_null (find_mapped_widget (no_results, GTK_TYPE_BUTTON, "_Clear Filters"));

  search_for (fixture, "");
  g_assert_cmpuint (count_listed (fixture), ==, count_stored (fixture));
  g_assert_true (summary_is_shown (fixture));

  /* Ctrl+F, through its action, goes to the search entry. */
  activate (fixture, "timeline.search", NULL);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (get_search_entry (fixture))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (get_search_entry (fixture))));
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 demo = find_encounter_id (fixture, "Démo de la gamme");
  gint64 call = find_encounter_id (fixture, "Point sur l'écosystème");
  guint n_all = count_listed (fixture);
  LiensTimelineRow *row;
  GtkWidget *list_item;
  gint64 introduction;

  /* From the row's menu. */
  row = show_row (fixture, demo);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL));
  liens_test_wait_for_frame (fixture->window);
  g_assert_false (is_listed (fixture, demo));
  g_assert_cmpuint (count_listed (fixture), ==, n_all - 1);
  g_assert_null (liens_store_get_encounter (fixture->store, demo, NULL));
  g_assert_nonnull (find_toast (fixture, "Encounter deleted"));

  click_toast_button (fixture, "Encounter deleted");
  g_assert_true (is_listed (fixture, demo));
  g_assert_cmpuint (count_listed (fixture), ==, n_all);

  /* The Delete key on the entry that has the focus. */
  row = show_row (fixture, call);
  list_item = gtk_widget_get_parent (GTK_WIDGET (row));
  g_assert_true (gtk_widget_grab_focus (list_item));
  activate (fixture, "timeline.delete", NULL);
  g_assert_false (is_listed (fixture, call));
  click_toast_button (fixture, "Encounter deleted");
  g_assert_true (is_listed (fixture, call));

  /* An introduction, with its own toast. */
  introduction = 0;
  {
    g_autoptr(GArray) ids = dup_listed_ids (fixture);

    for (guint i = 0; i < ids->len; i++)
      if (g_array_index (ids, gint64, i) < 0)
        {
          introduction = g_array_index (ids, gint64, i);
          break;
        }
  }
  g_assert_cmpint (introduction, <, 0);
  activate (fixture, "timeline.delete-introduction", "x", -introduction);
  g_assert_false (is_listed (fixture, introduction));
  g_assert_nonnull (find_toast (fixture, "Introduction deleted"));
  click_toast_button (fixture, "Introduction deleted");
  g_assert_true (is_listed (fixture, introduction));
}

static void
test_follow_up_done (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 demo = find_encounter_id (fixture, "Démo de la gamme");
  LiensTimelineSummary *summary = get_summary (fixture);
  GtkWidget *row;
  g_autoptr(LiensEncounter) stored = NULL;

  /* Overdue first, then the one to come; the done one is not there. */
  g_assert_nonnull (summary);
  {
    g_autoptr(GPtrArray) rows = liens_test_find_all_widgets (GTK_WIDGET (summary),
                                                             ADW_TYPE_ACTION_ROW);
    const char *titles[] = { "Envoyer les statuts", "Rappeler pour le devis",
                             "Envoyer le deck corrigé" };
    guint n_follow_ups = 0;

    for (guint i = 0; i < rows->len; i++)
      {
        const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

        if (n_follow_ups < G_N_ELEMENTS (titles) && g_strcmp0 (title, titles[n_follow_ups]) == 0)
          n_follow_ups++;
        g_assert_cmpstr (title, !=, "Relancer Inès");
      }
    g_assert_cmpuint (n_follow_ups, ==, G_N_ELEMENTS (titles));
  }

  row = find_mapped_widget (GTK_WIDGET (summary), ADW_TYPE_ACTION_ROW, "Rappeler pour le devis");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Thomas Müller");

  /* Done: gone from the list, with a toast to undo it. */
  click (fixture, find_button_by_tooltip (row, "Mark as Done"));
  g_assert_null (find_mapped_widget (GTK_WIDGET (summary), ADW_TYPE_ACTION_ROW,
                                     "Rappeler pour le devis"));
  stored = liens_store_get_encounter (fixture->store, demo, NULL);
  g_assert_true (liens_encounter_get_follow_up_done (stored));
  g_assert_nonnull (find_toast (fixture, "Follow-up done"));

  /* The timeline shows it done. */
  {
    LiensTimelineRow *timeline_row = show_row (fixture, demo);
    g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (GTK_WIDGET (timeline_row),
                                                               GTK_TYPE_LABEL);
    gboolean done = FALSE;

    for (guint i = 0; i < labels->len; i++)
      {
        GtkWidget *label = g_ptr_array_index (labels, i);

        if (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "Follow up: Rappeler"))
          done = gtk_widget_has_css_class (gtk_widget_get_parent (label), "done");
      }
    g_assert_true (done);
  }

  click_toast_button (fixture, "Follow-up done");
  gtk_widget_activate_action (GTK_WIDGET (get_list_view (fixture)), "list.scroll-to-item", "u", 0);
  liens_test_wait_for_frame (fixture->window);
  g_assert_nonnull (find_mapped_widget (GTK_WIDGET (summary), ADW_TYPE_ACTION_ROW,
                                        "Rappeler pour le devis"));

  /* "Log Encounter" on a follow-up opens the editor. */
  row = find_mapped_widget (GTK_WIDGET (summary), ADW_TYPE_ACTION_ROW, "Rappeler pour le devis");
  click (fixture, find_button_by_tooltip (row, "Log Encounter"));
  g_assert_nonnull (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));
  liens_test_destroy_window (find_toplevel (LIENS_TYPE_ENCOUNTER_EDITOR));

  /* Contacts due for reconnection are listed too, with their own button. */
  g_assert_nonnull (find_mapped_widget (GTK_WIDGET (summary), GTK_TYPE_LABEL,
                                        "Due for Reconnection"));
}

static GtkWidget *
find_follow_up_box (LiensTimelineRow *row,
                    const char       *prefix)
{
  g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return gtk_widget_get_parent (g_ptr_array_index (labels, i));

  g_assert_not_reached ();
}

/* Left open overnight: "Today" becomes "Yesterday", and a follow-up falls due. */
static void
test_day_changed (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 pitch = find_encounter_id (fixture, "Revue du pitch");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 4);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_list_view (fixture)));
  LiensTimelineRow *row;
  double scrolled;

  row = show_row (fixture, pitch);
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, "Today");
  g_assert_false (gtk_widget_has_css_class (find_follow_up_box (row, "Follow up: Envoyer le deck"),
                                            "overdue"));
  scrolled = gtk_adjustment_get_value (adjustment);

  liens_clock_set_now_for_testing (tomorrow);
  liens_test_wait_for_frame (fixture->window);
  liens_test_iterate ();
  /* The same row, where it was. */
  g_assert_true (liens_timeline_row_get_item (row) != NULL);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, scrolled);
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, "Yesterday");
  g_assert_true (row_shows (row, "Yesterday"));

  /* The follow-up was due in three days. */
  liens_clock_set_now_for_testing (later);
  liens_test_wait_for_frame (fixture->window);
  liens_test_iterate ();
  row = show_row (fixture, pitch);
  g_assert_cmpstr (liens_timeline_row_get_day (row), !=, "Yesterday");
  g_assert_true (gtk_widget_has_css_class (find_follow_up_box (row, "Follow up: Envoyer le deck"),
                                           "overdue"));

  liens_clock_set_now_for_testing (NULL);
  liens_test_wait_for_frame (fixture->window);
  liens_test_iterate ();
  row = show_row (fixture, pitch);
  g_assert_cmpstr (liens_timeline_row_get_day (row), ==, "Today");
}

/* The figure below a title, with its no-break spaces read as spaces. */
static const char *
label_text (GtkWidget  *root,
            const char *after_title)
{
  static char *text = NULL;
  GtkWidget *title = find_mapped_widget (root, GTK_TYPE_LABEL, after_title);
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (title);

  parts = g_strsplit (gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (title))),
                      "\u00a0", -1);
  g_free (text);
  text = g_strjoinv (" ", parts);

  return text;
}

static const char *
detail_text (GtkWidget  *root,
             const char *title_text)
{
  GtkWidget *title = find_mapped_widget (root, GTK_TYPE_LABEL, title_text);
  GtkWidget *last = gtk_widget_get_last_child (gtk_widget_get_parent (title));

  return gtk_label_get_text (GTK_LABEL (last));
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *summary = GTK_WIDGET (get_summary (fixture));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = NULL;
  guint n_month = 0;

  /* This month's, among the known encounters. */
  for (guint i = 0; i < G_N_ELEMENTS (known_encounter_days); i++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (now, -known_encounter_days[i]);

      if (g_date_time_get_month (date) == g_date_time_get_month (now) &&
          g_date_time_get_year (date) == g_date_time_get_year (now))
        n_month++;
    }
  month = g_strdup_printf ("%u", n_month);

  g_assert_nonnull (summary);
  g_assert_cmpstr (label_text (summary, "This Month"), ==, month);
  g_assert_cmpstr (detail_text (summary, "This Month"), ==, n_month == 1 ? "encounter" : "encounters");
  g_assert_cmpstr (label_text (summary, "Help · 12 Months"), ==, "Given 2 · Received 2");
  g_assert_cmpstr (detail_text (summary, "Help · 12 Months"), ==, "1 mutual");
  /* Networking three times, prospecting twice; learning counts for neither. */
  g_assert_cmpstr (label_text (summary, "Posture · 12 Months"), ==, "60%");
  g_assert_cmpstr (detail_text (summary, "Posture · 12 Months"), ==, "networking · 40% prospecting");
  g_assert_cmpstr (label_text (summary, "Follow-Ups"), ==, "3");
  g_assert_cmpstr (detail_text (summary, "Follow-Ups"), ==, "2 overdue");

  /* They follow the store. */
  activate (fixture, "timeline.delete-encounter", "x",
            find_encounter_id (fixture, "Démo de la gamme"));
  liens_test_iterate ();
  liens_test_wait_for_frame (fixture->window);
  g_assert_cmpstr (label_text (summary, "Posture · 12 Months"), ==, "75%");
  g_assert_cmpstr (label_text (summary, "Follow-Ups"), ==, "2");
  g_assert_cmpstr (detail_text (summary, "Follow-Ups"), ==, "1 overdue");
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkAdjustment *adjustment;

  take_screenshot (fixture->window, "timeline-wide");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (fixture->window, "timeline-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  /* Past the figures, the timeline itself. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_list_view (fixture)));
  gtk_adjustment_set_value (adjustment, 560);
  take_screenshot (fixture->window, "timeline-wide-scrolled");

  activate (fixture, "filter.posture", "i", LIENS_POSTURE_PROSPECTING);
  take_screenshot (fixture->window, "timeline-wide-filtered");
  activate (fixture, "timeline.clear-filters", NULL);

  search_for (fixture, "xylophone");
  take_screenshot (fixture->window, "timeline-search-empty");
  search_for (fixture, "");

  /* The person chooser is a surface of its own. */
  activate (fixture, "timeline.choose-person", NULL);
  take_screenshot (find_mapped_widget (GTK_WIDGET (fixture->page), GTK_TYPE_POPOVER, NULL),
                   "timeline-person-chooser");
  activate (fixture, "timeline.filter-contact", "x", find_contact_id (fixture, "Ahmed Benali"));
  take_screenshot (fixture->window, "timeline-person-filtered");
  activate (fixture, "timeline.clear-filters", NULL);

  destroy_window (fixture);

  present_window (fixture, 360, 640);
  take_screenshot (fixture->window, "timeline-narrow");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (fixture->window, "timeline-narrow-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_list_view (fixture)));
  gtk_adjustment_set_value (adjustment, 760);
  take_screenshot (fixture->window, "timeline-narrow-scrolled");
}

static void
test_screenshots_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  take_screenshot (fixture->window, "timeline-empty");
  destroy_window (fixture);
  present_window (fixture, 360, 640);
  take_screenshot (fixture->window, "timeline-empty-narrow");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/timeline-page/empty", Fixture, GINT_TO_POINTER (DATA_NONE),
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/timeline-page/rows", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/timeline-page/filters", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/timeline-page/search", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/timeline-page/delete-undo", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/timeline-page/follow-up-done", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_follow_up_done, fixture_tear_down);
  g_test_add ("/timeline-page/day-changed", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_day_changed, fixture_tear_down);
  g_test_add ("/timeline-page/figures", Fixture, GINT_TO_POINTER (DATA_KNOWN),
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/screenshots/timeline-page", Fixture, GINT_TO_POINTER (DATA_SAMPLES),
              fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add ("/screenshots/timeline-page-empty", Fixture, GINT_TO_POINTER (DATA_NONE),
              fixture_set_up, test_screenshots_empty, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
