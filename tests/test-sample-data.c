/* test-sample-data.c: "Explore with Sample Data" on an empty address book, and what it writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-application.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

static LiensApplication *app;

typedef struct
{
  char        *dir;
  LiensStore  *store;
  LiensWindow *window;
} Fixture;

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
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    liens_test_destroy_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
present (Fixture *fixture)
{
  fixture->window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  liens_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static GtkWidget *
show_page (Fixture    *fixture,
           const char *name)
{
  GtkWidget *stack = liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *page;

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  page = adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));

  return page;
}

/* The items of the list view under @page that shows contacts, or the other one. */
static GListModel *
get_list (GtkWidget *page,
          gboolean   contacts)
{
  g_autoptr(GPtrArray) list_views = liens_test_find_all_widgets (page, GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < list_views->len; i++)
    {
      GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_views->pdata[i]));
      g_autoptr(GObject) first = NULL;

      if (model == NULL || !gtk_widget_get_mapped (list_views->pdata[i]))
        continue;

      first = g_list_model_get_item (model, 0);
      if (first != NULL && LIENS_IS_CONTACT (first) == contacts)
        return model;
    }

  g_assert_not_reached ();
}

static void
click_sample_data (Fixture *fixture)
{
  GtkWidget *button;

  button = liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                   _("Explore with Sample Data"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));

  /* As a click does; activate() would wait for the button to look pressed. */
  g_signal_emit_by_name (button, "clicked");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
test_sample_data_explore (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *contacts_page;
  GtkWidget *page;
  GtkWidget *button;
  GListModel *contacts;
  GListModel *timeline;
  GListModel *events;
  guint n_upcoming = 0;

  present (fixture);
  contacts_page = page = show_page (fixture, "contacts");
  liens_test_assert_widgets_are_named (page);

  click_sample_data (fixture);

  /* The rows are there, and the invitation is gone. */
  contacts = get_list (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), >=, 20);
  button = liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                   _("Explore with Sample Data"));
  g_assert_true (button == NULL || !gtk_widget_get_mapped (button));
  g_assert_nonnull (liens_test_find_widget (page, GTK_TYPE_LABEL, "Émilie Moreau"));

  page = show_page (fixture, "timeline");
  timeline = get_list (page, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 60);

  page = show_page (fixture, "events");
  events = get_list (page, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (events, i);

      if (LIENS_IS_EVENT (item) &&
          g_date_time_compare (liens_event_get_start (LIENS_EVENT (item)), now) > 0)
        n_upcoming++;
    }
  g_assert_cmpuint (n_upcoming, >=, 2);

  show_page (fixture, "contacts");
  liens_test_assert_widgets_are_named (contacts_page);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* What is written, in one go and in the user's language. */
static void
test_sample_data_store (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(LiensTimelineQuery) timeline_query = liens_timeline_query_new ();
  g_autoptr(GListModel) contacts = liens_store_query_contacts (fixture->store, query);
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) networks = NULL;
  g_autoptr(LiensContact) first = NULL;
  guint n_introductions = 0;
  guint n_changes = 0;

  /* One transaction: the list hears of it once, when it is all there. */
  g_signal_connect (contacts, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);

  g_assert_true (liens_store_add_sample_data (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 25);
  g_assert_cmpuint (n_changes, >=, 1);

  timeline = liens_store_query_timeline (fixture->store, timeline_query);
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (timeline, i);

      n_introductions += LIENS_IS_INTRODUCTION (item);
    }
  g_assert_cmpuint (g_list_model_get_n_items (timeline) - n_introductions, ==, 60);
  g_assert_cmpuint (n_introductions, ==, 4);

  events = liens_store_list_events (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 5);
  networks = liens_store_list_networks (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, 6);

  /* Texts follow the language: the English text, or its translation when there is one. */
  first = g_list_model_get_item (contacts, 0);
  g_assert_cmpstr (liens_contact_get_given_name (first), ==, "Aïcha");
  g_assert_cmpstr (liens_contact_get_notes (first), ==,
                   _("Back from a mission abroad. Open to advising startups on logistics."));
  g_assert_cmpstr (liens_contact_get_role (first), ==, _("Logistics Coordinator"));
}

static void
test_sample_data_screenshots (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *contacts;
  gint64 emilie_id = 0;
  GtkWidget *page;
  const char *notes = _("Runs a small lighting design studio. Always happy to share her suppliers.");

  present (fixture);
  page = show_page (fixture, "contacts");
  g_assert_true (liens_test_screenshot (GTK_WIDGET (fixture->window), "sample-data-empty", &error));
  g_assert_no_error (error);

  click_sample_data (fixture);

  /* Émilie's card, with her notes in the user's language. */
  contacts = get_list (page, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (contacts) && emilie_id == 0; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (liens_contact_get_given_name (contact), "Émilie") == 0)
        emilie_id = liens_contact_get_id (contact);
    }
  g_assert_cmpint (emilie_id, >, 0);
  g_assert_true (gtk_widget_activate_action (page, "contacts.show-contact", "x", emilie_id));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (liens_test_screenshot (GTK_WIDGET (fixture->window), "sample-data-contacts", &error));
  g_assert_no_error (error);
  g_assert_nonnull (liens_test_find_widget (page, GTK_TYPE_LABEL, notes));

  show_page (fixture, "timeline");
  g_assert_true (liens_test_screenshot (GTK_WIDGET (fixture->window), "sample-data-timeline", &error));
  g_assert_no_error (error);

  show_page (fixture, "events");
  g_assert_true (liens_test_screenshot (GTK_WIDGET (fixture->window), "sample-data-events", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/sample-data/explore", Fixture, NULL,
              fixture_set_up, test_sample_data_explore, fixture_tear_down);
  g_test_add ("/sample-data/store", Fixture, NULL,
              fixture_set_up, test_sample_data_store, fixture_tear_down);
  g_test_add ("/screenshots/sample-data", Fixture, NULL,
              fixture_set_up, test_sample_data_screenshots, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
