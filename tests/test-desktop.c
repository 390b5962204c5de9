/* test-desktop.c: desktop integration seen from inside the app: the keyboard shortcuts window
 * lists every shortcut, windows carry the app icon, and the screenshots of the metainfo and
 * of the dark and high-contrast styles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-application.h"
#include "liens-contact-editor.h"
#include "liens-editor-window.h"
#include "liens-encounter-editor.h"
#include "liens-event-debrief.h"
#include "liens-event-editor.h"
#include "liens-introduction-editor.h"
#include "liens-quiz-window.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

static LiensApplication *app;

typedef struct
{
  char *dir;
  LiensStore *store;
  LiensWindow *window;
  gint64 upcoming_event_id;
  gint64 past_event_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{

  fixture->dir = liens_test_make_temp_dir ();
  fixture->store = liens_test_new_sample_store (fixture->dir, &fixture->upcoming_event_id,
                                                &fixture->past_event_id);

  fixture->window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  liens_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  liens_test_set_window_size (GTK_WINDOW (fixture->window), 1280, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Shortcuts */

/* "<Control><Shift>N" and "<Control><Shift>n" are one shortcut; so are the keypad's keys
 * and the main keyboard's. */
static char *
shortcut_key (guint           keyval,
              GdkModifierType modifiers)
{
  keyval = gdk_keyval_to_lower (keyval);
  if (keyval == GDK_KEY_KP_Delete)
    keyval = GDK_KEY_Delete;
  else if (keyval == GDK_KEY_KP_Enter)
    keyval = GDK_KEY_Return;

  return gtk_accelerator_name (keyval, modifiers & gtk_accelerator_get_default_mod_mask ());
}

/* "group title|accelerator" of every shortcut the shortcuts window lists, and "|accelerator". */
static GHashTable *
list_documented_shortcuts (GtkWidget *help_overlay)
{
  g_autoptr(GPtrArray) items = liens_test_find_all_widgets (help_overlay, GTK_TYPE_SHORTCUTS_SHORTCUT);
  GHashTable *documented = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *item = items->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (item, GTK_TYPE_SHORTCUTS_GROUP);
      g_autofree char *group_title = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *action_name = NULL;
      g_auto(GStrv) accels = NULL;

      /* The window's search page holds copies, out of any group. */
      if (group == NULL)
        continue;

      g_object_get (group, "title", &group_title, NULL);
      g_object_get (item, "accelerator", &accelerator, "action-name", &action_name, NULL);

      if (action_name != NULL)
        accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action_name);
      else
        accels = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;
          const char *range;
          guint last_keyval;

          if (*accels[j] == '\0')
            continue;

          /* "1...4" documents every key of the range, as GtkShortcutsShortcut draws it. */
          range = strstr (accels[j], "...");
          if (range != NULL)
            {
              g_autofree char *first = g_strndup (accels[j], range - accels[j]);

              g_assert_true (gtk_accelerator_parse (first, &keyval, &modifiers));
              g_assert_true (gtk_accelerator_parse (range + 3, &last_keyval, NULL));
            }
          else
            {
              g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
              last_keyval = keyval;
            }
          g_assert_cmpuint (keyval, <=, last_keyval);

          for (; keyval <= last_keyval; keyval++)
            {
              g_autofree char *key = shortcut_key (keyval, modifiers);

              g_hash_table_add (documented, g_strdup_printf ("%s|%s", group_title, key));
              g_hash_table_add (documented, g_strdup_printf ("|%s", key));

              /* A digit documents its keypad twin too. */
              if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
                {
                  g_autofree char *keypad = shortcut_key (GDK_KEY_KP_0 + (keyval - GDK_KEY_0), modifiers);

                  g_hash_table_add (documented, g_strdup_printf ("%s|%s", group_title, keypad));
                  g_hash_table_add (documented, g_strdup_printf ("|%s", keypad));
                }
            }
        }
    }

  return documented;
}

/* The group of the shortcuts window where a class's own shortcuts belong; "" for any. */
static const char *
expected_group (GType type)
{
  static const struct {
    const char *type_name;
    const char *group;
  } groups[] = {
    { "LiensContactsPage", "Contacts" },
    { "LiensTimelinePage", "Timeline" },
    { "LiensEventsPage", "Events" },
    { "LiensEditorWindow", "Editing" },
    { "LiensQuizWindow", "Quiz" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      GType group_type = g_type_from_name (groups[i].type_name);

      if (group_type != G_TYPE_INVALID && g_type_is_a (type, group_type))
        return groups[i].group;
    }

  return "";
}

/* Calls @func on each keyval trigger of the shortcut controllers of @widget. */
static void
foreach_trigger (GtkWidget *widget,
                 void     (*func) (GtkShortcutTrigger *trigger, gpointer data),
                 gpointer   data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint j = 0; j < g_list_model_get_n_items (controllers); j++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, j);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);

          func (gtk_shortcut_get_trigger (shortcut), data);
        }
    }
}

static void
add_trigger_key (GtkShortcutTrigger *trigger,
                 gpointer            data)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger_key (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), data);
      add_trigger_key (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), data);
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    g_hash_table_add (data, shortcut_key (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
}

/* The shortcuts a Liens widget inherits from GTK's or libadwaita's classes (a window's Tab
 * and arrows, the inspector's Ctrl+Shift+D…): those of a bare instance of its first parent
 * type that is not ours. */
static GHashTable *
dup_inherited_shortcuts (GType type)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *bare;

  while (g_str_has_prefix (g_type_name (type), "Liens"))
    type = g_type_parent (type);
  if (G_TYPE_IS_ABSTRACT (type))
    return keys;

  bare = g_object_ref_sink (g_object_new (type, NULL));
  foreach_trigger (bare, add_trigger_key, keys);
  if (GTK_IS_WINDOW (bare))
    gtk_window_destroy (GTK_WINDOW (bare));
  g_object_unref (bare);

  return keys;
}

typedef struct
{
  GtkWidget *widget;
  GHashTable *inherited;
  GHashTable *documented;
  GPtrArray *missing;
  guint n_found;
} Check;

static void
check_trigger (GtkShortcutTrigger *trigger,
               gpointer            data)
{
  Check *check = data;
  GtkWidget *widget = check->widget;
  GHashTable *documented = check->documented;
  GPtrArray *missing = check->missing;
  g_autofree char *key = NULL;
  g_autofree char *wanted = NULL;

  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      check_trigger (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), data);
      check_trigger (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), data);
      return;
    }

  /* Mnemonics and the like are no keyboard shortcuts of ours. */
  if (!GTK_IS_KEYVAL_TRIGGER (trigger))
    return;

  key = shortcut_key (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                      gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
  if (g_hash_table_contains (check->inherited, key))
    return;

  check->n_found++;
  wanted = g_strdup_printf ("%s|%s", expected_group (G_OBJECT_TYPE (widget)), key);
  g_test_message ("%s binds %s", G_OBJECT_TYPE_NAME (widget), key);

  if (!g_hash_table_contains (documented, wanted))
    g_ptr_array_add (missing, g_strdup_printf ("%s in “%s” (%s)", key,
                                               expected_group (G_OBJECT_TYPE (widget)),
                                               G_OBJECT_TYPE_NAME (widget)));
}

/* Every shortcut that our widgets under @root bind, with their class or in code. */
static void
check_shortcuts_under (GtkWidget  *root,
                       GHashTable *documented,
                       GPtrArray  *missing)
{
  g_autoptr(GPtrArray) widgets = liens_test_find_all_widgets (root, GTK_TYPE_WIDGET);
  Check check = { NULL, NULL, documented, missing, 0 };

  for (guint i = 0; i < widgets->len; i++)
    {
      g_autoptr(GHashTable) inherited = NULL;

      /* GTK's and libadwaita's own widgets have shortcuts of their own: text editing and such. */
      if (!g_str_has_prefix (G_OBJECT_TYPE_NAME (widgets->pdata[i]), "Liens"))
        continue;

      inherited = dup_inherited_shortcuts (G_OBJECT_TYPE (widgets->pdata[i]));
      check.widget = widgets->pdata[i];
      check.inherited = inherited;
      foreach_trigger (check.widget, check_trigger, &check);
    }

  g_assert_cmpuint (check.n_found, >, 0);
}

static void
test_shortcuts_documented (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *help_overlay;
  g_autoptr(GHashTable) documented = NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) actions = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = GTK_WINDOW (fixture->window);
  GtkWidget *editors[6];

  help_overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (parent)));
  g_assert_nonnull (help_overlay);
  documented = list_documented_shortcuts (help_overlay);

  /* The application's accelerators. */
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType modifiers;
          g_autofree char *key = NULL;
          g_autofree char *any = NULL;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          key = shortcut_key (keyval, modifiers);
          any = g_strconcat ("|", key, NULL);
          g_test_message ("%s: %s", actions[i], key);
          if (!g_hash_table_contains (documented, any))
            g_ptr_array_add (missing, g_strdup_printf ("%s (%s)", key, actions[i]));
        }
    }

  /* The window with its pages, every editor and the quiz. */
  check_shortcuts_under (GTK_WIDGET (fixture->window), documented, missing);

  event = liens_store_get_event (fixture->store, fixture->past_event_id, &error);
  g_assert_no_error (error);
  editors[0] = liens_contact_editor_new (parent, fixture->store, NULL);
  editors[1] = liens_encounter_editor_new (parent, fixture->store, NULL, 0);
  editors[2] = liens_introduction_editor_new (parent, fixture->store, NULL, 0);
  editors[3] = liens_event_editor_new (parent, fixture->store, NULL);
  editors[4] = liens_event_debrief_new (parent, fixture->store, event);
  editors[5] = liens_quiz_window_new (parent, fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      check_shortcuts_under (editors[i], documented, missing);
      liens_test_destroy_window (GTK_WINDOW (editors[i]));
    }

  for (guint i = 0; i < missing->len; i++)
    g_test_message ("Not in the shortcuts window: %s", (char *) missing->pdata[i]);
  g_assert_cmpuint (missing->len, ==, 0);
}

/* Icons */

/* With nothing installed, the resource path that GtkApplication adds is enough. */
static void
assert_resource_has_icons (void)
{
  g_autoptr(GtkIconTheme) bare = gtk_icon_theme_new ();
  const char * const no_paths[] = { NULL };

  gtk_icon_theme_set_search_path (bare, no_paths);
  g_assert_false (gtk_icon_theme_has_icon (bare, APPLICATION_ID));
  gtk_icon_theme_add_resource_path (bare, "/io/github/liens/Liens/icons");
  g_assert_true (gtk_icon_theme_has_icon (bare, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (bare, APPLICATION_ID "-symbolic"));
}

static void
test_icons (Fixture       *fixture,
            gconstpointer  data)
{
  static const char * const paths[] = {
    "/io/github/liens/Liens/icons/scalable/apps/" APPLICATION_ID ".svg",
    "/io/github/liens/Liens/icons/symbolic/apps/" APPLICATION_ID "-symbolic.svg",
  };
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  /* Every window, the main one included, carries the app icon. */
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  g_assert_null (gtk_window_get_icon_name (GTK_WINDOW (fixture->window)));

  /* A Liens run from its build tree finds its icons in its resource. */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (paths[i], 0, NULL);

      g_assert_nonnull (bytes);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
    }
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));
  assert_resource_has_icons ();

  icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  uri = g_file_get_uri (file);
  g_test_message ("The app icon comes from %s", uri);
  g_assert_true (g_str_has_suffix (uri, APPLICATION_ID ".svg"));
}

/* Screenshots */

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", name));
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

/* The first sample contact with encounters and a network: a full card. */
static void
select_contact (Fixture *fixture)
{
  GtkWidget *page = liens_test_find_widget (GTK_WIDGET (fixture->window),
                                            g_type_from_name ("LiensContactsPage"), NULL);
  g_autoptr(GListModel) contacts = liens_store_list_contacts (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (liens_contact_get_display_name (contact), "Benoît Fontaine") == 0)
        g_assert_true (gtk_widget_activate_action (page, "contacts.show-contact", "x",
                                                   liens_contact_get_id (contact)));
    }
}

/* The pages, each in @prefix-page.png. */
static void
screenshot_pages (Fixture    *fixture,
                  const char *prefix)
{
  static const char * const pages[] = { "contacts", "timeline", "events", "profile" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strconcat (prefix, "-", pages[i], NULL);

      show_page (fixture, pages[i]);
      if (i == 0)
        select_contact (fixture);
      take_screenshot (GTK_WIDGET (fixture->window), name);
    }
}

/* The software centre's screenshots, kept in data/screenshots/ (see README.md). */
static void
test_screenshots_metainfo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), ==, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->window)), ==, 800);
  screenshot_pages (fixture, "metainfo");
}

static void
test_screenshots_dark (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));
  screenshot_pages (fixture, "dark");

  event = liens_store_get_event (fixture->store, fixture->upcoming_event_id, &error);
  g_assert_no_error (error);
  editor = liens_event_editor_new (GTK_WINDOW (fixture->window), fixture->store, event);
  gtk_window_present (GTK_WINDOW (editor));
  liens_test_wait_for_mapped (editor);
  take_screenshot (editor, "dark-event-editor");
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* Needs ADW_DEBUG_HIGH_CONTRAST=1, which libadwaita reads once, as it starts: meson runs
 * these tests in a process of their own (desktop-high-contrast). */
static void
test_screenshots_high_contrast (Fixture       *fixture,
                                gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  if (!adw_style_manager_get_high_contrast (style_manager))
    {
      g_test_skip ("Run with ADW_DEBUG_HIGH_CONTRAST=1");
      return;
    }

  screenshot_pages (fixture, "high-contrast");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot_pages (fixture, "high-contrast-dark");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/desktop/shortcuts-documented", Fixture, NULL,
              fixture_set_up, test_shortcuts_documented, fixture_tear_down);
  g_test_add ("/desktop/icons", Fixture, NULL,
              fixture_set_up, test_icons, fixture_tear_down);
  g_test_add ("/screenshots/metainfo", Fixture, NULL,
              fixture_set_up, test_screenshots_metainfo, fixture_tear_down);
  g_test_add ("/screenshots/dark", Fixture, NULL,
              fixture_set_up, test_screenshots_dark, fixture_tear_down);
  g_test_add ("/screenshots/high-contrast", Fixture, NULL,
              fixture_set_up, test_screenshots_high_contrast, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
