/* test-window.c: the application shell, its four views, its error page and its screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liens-application.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

/* One registered application for every test: windows need one that has started up. */
static LiensApplication *app;

typedef struct
{
  const char *name;
  const char *title;
  const char *empty_title;
  const char *button_label;
  const char *action_name;
} PageInfo;

static const PageInfo pages[] = {
  { "contacts", "Contacts", "No Contacts Yet", "New Contact", "win.new-contact" },
  { "timeline", "Timeline", "No Encounters Yet", "Log Encounter", "timeline.log-encounter" },
  { "events", "Events", "No Events Planned", "New Event", "events.new" },
  { "profile", "My Profile", "Discover Your Networking Style", "Take the Quiz", "win.take-quiz" },
};

typedef struct
{
  char *dir;
  char *db_path;
  LiensStore *store;
  LiensWindow *window;
} Fixture;

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static LiensWindow *
present_window (LiensStore *store,
                int         width,
                int         height)
{
  GtkWidget *window;

  window = liens_window_new (app, store);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);

  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);

  if (width <= 0 || height <= 0)
    return LIENS_WINDOW (window);

  liens_test_set_window_size (GTK_WINDOW (window), width, height);

  g_assert_cmpint (gtk_widget_get_width (window), ==, width);
  g_assert_cmpint (gtk_widget_get_height (window), ==, height);

  return LIENS_WINDOW (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  reset_settings ();

  fixture->dir = liens_test_make_temp_dir ();
  fixture->db_path = g_build_filename (fixture->dir, "liens.db", NULL);
  fixture->store = liens_store_new (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);

  fixture->window = present_window (fixture->store, -1, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    liens_test_destroy_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);

  reset_settings ();
}

static AdwViewStack *
get_view_stack (LiensWindow *window)
{
  GtkWidget *stack = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);

  g_assert_nonnull (stack);

  return ADW_VIEW_STACK (stack);
}

static AdwViewSwitcherTitle *
get_switcher_title (LiensWindow *window)
{
  GtkWidget *title;

  title = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, NULL);
  g_assert_nonnull (title);

  return ADW_VIEW_SWITCHER_TITLE (title);
}

static void
take_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  GStatBuf buf;

  /* The file liens_test_screenshot() writes: name-fr.png in French. */
  if (language != NULL && *language != '\0')
    file_name = g_strdup_printf ("%s-%.2s.png", name, language);
  else
    file_name = g_strconcat (name, ".png", NULL);

  /* Show the end of a transition, never the middle of it. */
  liens_test_wait_for_animations (widget);
  g_assert_true (liens_test_screenshot (widget, name, &error));
  g_assert_no_error (error);

  path = g_test_build_filename (G_TEST_BUILT, "screenshots", file_name, NULL);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);
}

static void
test_window_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwViewStack *stack = get_view_stack (fixture->window);
  g_autoptr(GListModel) model = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  GtkWidget *content;
  int min_width;
  int min_height;

  g_assert_true (liens_window_get_store (fixture->window) == fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (pages));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (model, i);
      GtkWidget *child = adw_view_stack_page_get_child (page);
      GtkWidget *status_page;
      GtkWidget *button;

      /* A page reads the database when it is first shown. */
      adw_view_stack_set_visible_child (stack, child);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, pages[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, pages[i].title);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      /* The empty state: a title, a sentence and the first thing to do. */
      status_page = liens_test_find_widget (child, ADW_TYPE_STATUS_PAGE, pages[i].empty_title);
      g_assert_nonnull (status_page);
      g_assert_nonnull (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status_page)));
      g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), !=, "");

      button = liens_test_find_widget (status_page, GTK_TYPE_BUTTON, pages[i].button_label);
      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                       pages[i].action_name);
      g_assert_true (gtk_widget_has_css_class (button, "suggested-action"));
      g_assert_true (gtk_widget_has_css_class (button, "pill"));

      /* Every first step can be taken, the quiz included. */
      g_assert_true (gtk_widget_is_sensitive (button));
    }

  /* The contacts page is already split between the list and the card. */
  adw_view_stack_set_visible_child_name (stack, "contacts");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE,
                                            "No Contact Selected"));

  /* Usable on a phone: everything fits in 360×294, the window's minimum size. */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 360, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
  g_assert_cmpint (min_height, <=, 294);
  gtk_widget_get_size_request (GTK_WIDGET (fixture->window), &min_width, &min_height);
  g_assert_cmpint (min_width, ==, 360);
  g_assert_cmpint (min_height, ==, 294);

  /* The error page is there, but out of sight. */
  g_assert_false (gtk_widget_get_mapped (liens_test_find_widget (GTK_WIDGET (fixture->window),
                                                                 ADW_TYPE_STATUS_PAGE,
                                                                 "Cannot Open the Database")));
}

static void
test_window_show_page (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwViewStack *stack = get_view_stack (fixture->window);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "contacts");

  for (guint i = G_N_ELEMENTS (pages); i > 0; i--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                                 "win.show-page", "s", pages[i - 1].name));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i - 1].name);
    }
}

/* Whether @widget's class binds @trigger to @action_name with a string @argument. */
static gboolean
window_has_shortcut (GtkWidget  *widget,
                     const char *trigger,
                     const char *action_name,
                     const char *argument)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger_string = NULL;
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

          trigger_string = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          if (g_strcmp0 (trigger_string, trigger) == 0 &&
              GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                         action_name) == 0 &&
              arguments != NULL &&
              g_variant_is_of_type (arguments, G_VARIANT_TYPE_STRING) &&
              g_strcmp0 (g_variant_get_string (arguments, NULL), argument) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_window_shortcuts (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct {
    const char *action;
    const char *accel;
  } accels[] = {
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
    { "win.show-help-overlay", "<Control>question" },
  };
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (fixture->window);
  GtkWidget *help_overlay;
  GtkWidget *button;
  GtkPopover *popover;

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      g_auto(GStrv) set = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                accels[i].action);

      g_assert_true (g_strv_contains ((const char * const *) set, accels[i].accel));
    }

  /* GtkApplication found gtk/help-overlay.ui in our resource. */
  help_overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (help_overlay));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  /* F10 opens the main menu, a primary menu. */
  button = liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_nonnull (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)));

  /* Alt+1 to Alt+4 go to the pages: the window class's own shortcuts. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *trigger = g_strdup_printf ("<Alt>%u", i + 1);

      g_assert_true (window_has_shortcut (GTK_WIDGET (fixture->window), trigger,
                                          "win.show-page", pages[i].name));
    }

  /* The shortcuts window, as Ctrl+? shows it. */
  gtk_window_present (GTK_WINDOW (help_overlay));
  liens_test_wait_for_mapped (help_overlay);
  g_assert_nonnull (liens_test_find_widget (help_overlay, GTK_TYPE_SHORTCUTS_SHORTCUT, NULL));
  take_screenshot (help_overlay, "shortcuts");
  gtk_widget_set_visible (help_overlay, FALSE);
}

static void
test_window_about (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwAboutWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = ADW_ABOUT_WINDOW (toplevel);
    }

  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Liens");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_developer_name (about), ==, "The Liens developers");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_comments (about), ==,
                   "Keep the ties of your professional network alive");

  liens_test_wait_for_mapped (GTK_WIDGET (about));
  take_screenshot (GTK_WIDGET (about), "about");
  liens_test_destroy_window (GTK_WINDOW (about));
}

static void
test_window_error_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensStore) store = NULL;
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "not-a-database.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *escaped_message = NULL;
  LiensWindow *window;
  GtkWidget *error_page;
  const char *description;

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));

  store = liens_store_new (path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");

  window = present_window (NULL, -1, -1);
  liens_window_show_error (window, error->message, path);
  liens_test_wait_for_frame (GTK_WIDGET (window));

  error_page = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                       "Cannot Open the Database");
  g_assert_nonnull (error_page);
  g_assert_true (gtk_widget_get_mapped (error_page));
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (error_page)), ==,
                   "dialog-error-symbolic");

  /* The description is markup: the message comes escaped, the path is a plain temp path. */
  description = adw_status_page_get_description (ADW_STATUS_PAGE (error_page));
  escaped_message = g_markup_escape_text (error->message, -1);
  g_assert_nonnull (strstr (description, escaped_message));
  g_assert_nonnull (strstr (description, path));

  /* Nothing else of the app shows, nor can be reached from the keyboard. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (get_view_stack (window))));
  /* The action exists, disabled: activating it does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "events");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (get_view_stack (window)), ==, "contacts");

  take_screenshot (GTK_WIDGET (window), "window-error");
  liens_test_destroy_window (GTK_WINDOW (window));

  /* The file that could not be opened is left as it was. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");

  liens_test_remove_temp_dir (dir);
}

static GtkWindow *
activate_app_on (const char *path)
{
  GList *windows;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  liens_application_set_database_path (app, path);
  g_application_activate (G_APPLICATION (app));
  liens_application_set_database_path (app, NULL);

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (LIENS_IS_WINDOW (windows->data));
  liens_test_wait_for_mapped (GTK_WIDGET (windows->data));

  return GTK_WINDOW (windows->data);
}

static void
test_app_activate (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "liens.db", NULL);
  GtkWindow *window;
  LiensStore *store;

  window = activate_app_on (path);
  store = liens_window_get_store (LIENS_WINDOW (window));
  g_assert_nonnull (store);
  g_assert_cmpstr (liens_store_get_path (store), ==, path);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (get_view_stack (LIENS_WINDOW (window)))));

  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  liens_test_destroy_window (window);
  g_assert_null (store);

  liens_test_remove_temp_dir (dir);
}

static void
test_app_activate_error (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "not-a-database.db", NULL);
  g_autofree char *contents = NULL;
  GtkWindow *window;
  GtkWidget *error_page;

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));

  window = activate_app_on (path);
  g_assert_null (liens_window_get_store (LIENS_WINDOW (window)));

  error_page = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                       "Cannot Open the Database");
  g_assert_true (gtk_widget_get_mapped (error_page));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (error_page)), path));

  liens_test_destroy_window (window);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");

  liens_test_remove_temp_dir (dir);
}

static void
test_window_size_persistence (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  LiensWindow *window;
  int width;
  int height;

  /* The fixture's window opened at the default size. */
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);
  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;

  window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (GTK_WIDGET (window));

  /* Closing saves the size: the same path as the window manager's close button. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  liens_test_iterate ();
  g_assert_finalize_object (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  fixture->window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);

  /* Maximizing needs a window manager, which Xvfb lacks: window-maximized is not tested. */
}

static void
assert_buttons_are_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = liens_test_find_all_widgets (root, GTK_TYPE_WIDGET);
  guint n_checked = 0;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (buttons, i);
      g_autofree char *name = NULL;

      if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget))
        continue;

      /* A menu button's inner toggle is its implementation: the name is on the menu button. */
      if (GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
        continue;

      /* A hidden button is not exposed; it is named when it is shown. */
      if (!gtk_widget_is_visible (widget))
        continue;

      name = liens_test_dup_accessible_name (widget);
      if (name == NULL || *name == '\0')
        g_error ("%s %p in %s has no accessible name",
                 G_OBJECT_TYPE_NAME (widget), widget,
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

      g_test_message ("%s: '%s'", G_OBJECT_TYPE_NAME (widget), name);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_window_accessible_names (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *menu_button;
  g_autofree char *menu_name = NULL;

  assert_buttons_are_named (GTK_WIDGET (fixture->window));

  /* The icon-only main menu has both a tooltip and an accessible label. */
  menu_button = liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "Main Menu");
  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");

  /* And on the error page. */
  liens_window_show_error (fixture->window, "A message", "/a/path");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_buttons_are_named (GTK_WIDGET (fixture->window));
}

static void
test_window_screenshots (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwViewStack *stack;
  GtkWidget *leaflet;
  LiensWindow *window;

  liens_test_destroy_window (GTK_WINDOW (fixture->window));

  /* Wide: the view switcher sits in the header bar, the contacts page is unfolded. */
  window = fixture->window = present_window (fixture->store, 1280, 800);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, 800);
  g_assert_false (adw_view_switcher_title_get_title_visible (get_switcher_title (window)));
  leaflet = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  take_screenshot (GTK_WIDGET (window), "window-wide");

  stack = get_view_stack (window);
  for (guint i = 1; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strconcat ("window-wide-", pages[i].name, NULL);

      adw_view_stack_set_visible_child_name (stack, pages[i].name);
      take_screenshot (GTK_WIDGET (window), name);
    }
  adw_view_stack_set_visible_child_name (stack, "contacts");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (GTK_WIDGET (window), "window-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  liens_test_destroy_window (GTK_WINDOW (window));

  /* Narrow, a phone: the switcher moves to the bottom bar, the contacts page folds. */
  window = fixture->window = present_window (fixture->store, 360, 640);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, 640);
  g_assert_true (adw_view_switcher_title_get_title_visible (get_switcher_title (window)));
  leaflet = liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  take_screenshot (GTK_WIDGET (window), "window-narrow");

  adw_view_stack_set_visible_child_name (get_view_stack (window), "profile");
  take_screenshot (GTK_WIDGET (window), "window-narrow-profile");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (GTK_WIDGET (window), "window-narrow-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_version (void)
{
  const char *binary = g_getenv ("LIENS_BINARY");
  g_autoptr(GError) error = NULL;
  g_autofree char *standard_output = NULL;
  int wait_status;

  if (binary == NULL)
    {
      g_test_skip ("LIENS_BINARY is not set");
      return;
    }

  g_spawn_sync (NULL, (char *[]) { (char *) binary, (char *) "--version", NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL,
                &standard_output, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_cmpstr (standard_output, ==, "liens " PACKAGE_VERSION "\n");
  g_clear_pointer (&standard_output, g_free);

  g_spawn_sync (NULL, (char *[]) { (char *) binary, (char *) "--help", NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL,
                &standard_output, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_nonnull (strstr (standard_output, "--database"));
  g_assert_nonnull (strstr (standard_output, "--version"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/window/pages", Fixture, NULL,
              fixture_set_up, test_window_pages, fixture_tear_down);
  g_test_add ("/window/show-page", Fixture, NULL,
              fixture_set_up, test_window_show_page, fixture_tear_down);
  g_test_add ("/window/shortcuts", Fixture, NULL,
              fixture_set_up, test_window_shortcuts, fixture_tear_down);
  g_test_add ("/window/about", Fixture, NULL,
              fixture_set_up, test_window_about, fixture_tear_down);
  g_test_add_func ("/window/error-page", test_window_error_page);
  g_test_add_func ("/window/app-activate", test_app_activate);
  g_test_add_func ("/window/app-activate-error", test_app_activate_error);
  g_test_add ("/window/size-persistence", Fixture, NULL,
              fixture_set_up, test_window_size_persistence, fixture_tear_down);
  g_test_add ("/window/accessible-names", Fixture, NULL,
              fixture_set_up, test_window_accessible_names, fixture_tear_down);
  g_test_add ("/screenshots/window", Fixture, NULL,
              fixture_set_up, test_window_screenshots, fixture_tear_down);
  g_test_add_func ("/window/version", test_version);

  ret = g_test_run ();

  /* A registered application keeps references of its own until it has run and shut down. */
  g_clear_object (&app);

  return ret;
}
