/* liens-test-utils.c: helpers shared by the widget tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "liens-import.h"
#include "liens-test-utils.h"
#include "liens-ui.h"

/* How long a test waits for the display before it gives up. */
#define WAIT_TIMEOUT_USEC (5 * G_USEC_PER_SEC)

/**
 * liens_test_init:
 *
 * Initialises GLib's test framework, GTK, the application's resource and
 * libadwaita, and points gettext at the build tree's translations.
 */
void
liens_test_init (int    *argc,
                 char ***argv)
{
  const char *localedir = g_getenv ("LIENS_LOCALEDIR");
  g_autofree char *icons_dir = NULL;

  gtk_test_init (argc, argv, NULL);

  /* gtk_test_init() forces en_US; honour the test's own locale (C.UTF-8, or fr_FR.UTF-8). */
  setlocale (LC_ALL, "");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  liens_ui_ensure_resources ();
  adw_init ();

  /* The app icon is installed into hicolor; from the source tree, the tests find it there. */
  icons_dir = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", NULL);
  gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  icons_dir);
}

/**
 * liens_test_make_temp_dir:
 *
 * Returns: (transfer full): the path of a new, empty directory
 */
/* The application a widget test runs its windows in: registered as an instance of its own,
 * which never talks to a Liens the user is running, with GNOME's window buttons (GTK's
 * fallback adds minimize and maximize) so that screenshots look as on GNOME. */
LiensApplication *
liens_test_new_application (void)
{
  LiensApplication *app = liens_application_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

char *
liens_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path;

  path = g_dir_make_tmp ("liens-test-XXXXXX", &error);
  g_assert_no_error (error);

  return path;
}

/**
 * liens_test_remove_temp_dir:
 *
 * Removes a directory made by liens_test_make_temp_dir() and all it holds.
 */
void
liens_test_remove_temp_dir (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        liens_test_remove_temp_dir (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

/**
 * liens_test_iterate:
 *
 * Dispatches what is pending in the main context, without blocking.
 */
void
liens_test_iterate (void)
{
  /* Bounded, since a running animation always has something pending. */
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

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
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/**
 * liens_test_wait_for_frame:
 * @widget: a realized widget
 *
 * Asks for a redraw and waits until the widget's frame clock has painted,
 * so that layout and drawing are up to date. Fails the test after a few
 * seconds.
 */
void
liens_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_resize (widget);
  gtk_widget_queue_draw (widget);

  if (!wait_until (is_true, &painted))
    g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                         "no frame was drawn within 5 seconds");

  g_signal_handler_disconnect (clock, handler);
}

static gboolean
time_is_up (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/**
 * liens_test_wait_for_animations:
 * @widget: a mapped widget
 *
 * Lets the transitions that a change started run to their end, then waits
 * for the frame that shows the result. libadwaita's transitions last at most
 * 250 ms and follow the frame clock, so half a second is always enough.
 *
 * Turning animations off instead (gtk-enable-animations) is no option: with
 * GTK 4.8 and libadwaita 1.2, the switcher bar then warns that it allocates
 * a height of -1, which fatal-warnings turns into a crash.
 */
void
liens_test_wait_for_animations (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  wait_until (time_is_up, &end);
  liens_test_wait_for_frame (widget);
}

/**
 * liens_test_wait_for_mapped:
 * @widget: a widget, usually a window that was just presented
 *
 * Waits until @widget is mapped and a frame was drawn. Fails the test after
 * a few seconds.
 */
void
liens_test_wait_for_mapped (GtkWidget *widget)
{
  if (!wait_until (is_mapped, widget))
    g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,
                         "the widget was not mapped within 5 seconds");

  liens_test_wait_for_frame (widget);
}

/**
 * liens_test_destroy_window:
 *
 * Destroys @window and asserts that nothing else keeps it alive.
 */
void
liens_test_destroy_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  liens_test_iterate ();
  g_assert_finalize_object (window);
}

/**
 * liens_test_set_window_size:
 * @window: a mapped window
 *
 * Makes the window widget, what the user sees, exactly @width × @height.
 *
 * Xvfb has no compositor, so GTK draws a solid frame around the window, inside its
 * default size, and clamps that size to the screen: the window grows by the frame.
 */
void
liens_test_set_window_size (GtkWindow *window,
                            int        width,
                            int        height)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  int frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (GTK_WIDGET (window));
  int frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (GTK_WIDGET (window));

  if (frame_width <= 0 && frame_height <= 0)
    return;

  gtk_widget_set_size_request (GTK_WIDGET (window), width + frame_width, height + frame_height);
  gtk_window_set_default_size (window, width + frame_width, height + frame_height);
  liens_test_wait_for_frame (GTK_WIDGET (window));
}

/**
 * liens_test_widget_get_text:
 *
 * Returns: (nullable): the text a widget shows as its label or title
 */
const char *
liens_test_widget_get_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  if (ADW_IS_STATUS_PAGE (widget))
    return adw_status_page_get_title (ADW_STATUS_PAGE (widget));
  if (ADW_IS_WINDOW_TITLE (widget))
    return adw_window_title_get_title (ADW_WINDOW_TITLE (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  return NULL;
}

static gboolean
widget_matches (GtkWidget  *widget,
                GType       type,
                const char *text)
{
  if (type != G_TYPE_INVALID && !g_type_is_a (G_OBJECT_TYPE (widget), type))
    return FALSE;

  if (text != NULL && g_strcmp0 (liens_test_widget_get_text (widget), text) != 0)
    return FALSE;

  return TRUE;
}

/**
 * liens_test_find_widget:
 * @root: where to start
 * @type: the type to look for, or %G_TYPE_INVALID for any
 * @text: (nullable): the label or title to look for, see liens_test_widget_get_text()
 *
 * Walks the widget tree under @root, @root included, depth first.
 *
 * Returns: (transfer none) (nullable): the first widget that matches
 */
GtkWidget *
liens_test_find_widget (GtkWidget  *root,
                        GType       type,
                        const char *text)
{
  if (widget_matches (root, type, text))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = liens_test_find_widget (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
find_all (GtkWidget *widget,
          GType      type,
          GPtrArray *found)
{
  if (widget_matches (widget, type, NULL))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

/**
 * liens_test_find_all_widgets:
 *
 * Returns: (transfer container) (element-type GtkWidget): every widget of
 *   @type under @root, @root included, depth first
 */
GPtrArray *
liens_test_find_all_widgets (GtkWidget *root,
                             GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, type, found);

  return found;
}

/* A button's label, also when it is an icon and a label (AdwButtonContent). */
static const char *
get_button_text (GtkWidget *widget)
{
  const char *text = liens_test_widget_get_text (widget);
  GtkWidget *child;

  if (text != NULL || !GTK_IS_BUTTON (widget))
    return text;

  child = gtk_button_get_child (GTK_BUTTON (widget));

  return ADW_IS_BUTTON_CONTENT (child) ? adw_button_content_get_label (ADW_BUTTON_CONTENT (child)) : NULL;
}

/**
 * liens_test_dup_accessible_name:
 *
 * Returns: (transfer full) (nullable): the name an assistive technology would
 *   read for @widget, as far as GTK 4.8 shows it: its accessible label, its
 *   own text, or the first label it holds
 */
char *
liens_test_dup_accessible_name (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = NULL;
  const char *text;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      /* check_property returns the actual value when it differs from the one given. */
      char *value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      if (value != NULL)
        return value;
    }

  text = liens_test_widget_get_text (widget);
  if (text != NULL && *text != '\0')
    return g_strdup (text);

  labels = liens_test_find_all_widgets (widget, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      text = gtk_label_get_text (g_ptr_array_index (labels, i));
      if (text != NULL && *text != '\0')
        return g_strdup (text);
    }

  return NULL;
}

/**
 * liens_test_assert_widgets_are_named:
 * @root: where to start
 *
 * Fails the test unless every button and every input below @root can be named
 * by a screen reader, and every visible icon-only button has a tooltip.
 */
void
liens_test_assert_widgets_are_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = liens_test_find_all_widgets (root, GTK_TYPE_WIDGET);
  guint n_checked = 0;

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);
      g_autofree char *name = NULL;

      if (!GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) && !GTK_IS_DROP_DOWN (widget) &&
          !GTK_IS_SPIN_BUTTON (widget) && !GTK_IS_TEXT_VIEW (widget) && !GTK_IS_CHECK_BUTTON (widget) &&
          !GTK_IS_SWITCH (widget))
        continue;

      /* Parts of a composite widget: the name is on the whole. */
      if (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent) || GTK_IS_SPIN_BUTTON (parent) ||
          (gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) != NULL && !GTK_IS_DROP_DOWN (widget)) ||
          gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL ||
          gtk_widget_get_ancestor (widget, GTK_TYPE_CALENDAR) != NULL)
        continue;

      /* AdwEntryRow's own apply button, which libadwaita 1.2 leaves unnamed. */
      if (gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW) != NULL && GTK_IS_BUTTON (widget) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "adw-entry-apply-symbolic") == 0)
        continue;

      name = liens_test_dup_accessible_name (widget);
      if (name == NULL || *name == '\0')
        {
          g_autoptr(GString) path = g_string_new (NULL);

          for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
            g_string_append_printf (path, "%s/", G_OBJECT_TYPE_NAME (w));
          g_error ("%s has no accessible name", path->str);
        }

      /* Icon-only: its purpose shows on hover too. */
      if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) && !GTK_IS_CHECK_BUTTON (widget) &&
          get_button_text (widget) == NULL && gtk_widget_get_visible (widget) &&
          gtk_widget_get_tooltip_text (widget) == NULL)
        g_error ("%s “%s” has no tooltip", G_OBJECT_TYPE_NAME (widget), name);

      n_checked++;
    }

  g_assert_cmpuint (n_checked, >, 0);
}

/**
 * liens_test_screenshot:
 * @widget: a mapped widget
 * @name: the file name, without `.png`
 *
 * Renders @widget as it is now to `$G_TEST_BUILDDIR/screenshots/@name.png`
 * (`@name-fr.png` when the test runs with `LANGUAGE=fr`),
 * with the renderer of its window.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
liens_test_screenshot (GtkWidget   *widget,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  const char *language = g_getenv ("LANGUAGE");
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  graphene_rect_t bounds;
  int width;
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Cannot take a screenshot of %s: it is not on screen",
                   G_OBJECT_TYPE_NAME (widget));
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Cannot take a screenshot of %s: nothing was drawn",
                   G_OBJECT_TYPE_NAME (widget));
      return FALSE;
    }

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);

  dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "screenshots", NULL);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cannot create %s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* A run in another language (LANGUAGE=fr) keeps its own copies: name-fr.png. */
  if (language != NULL && *language != '\0')
    file_name = g_strdup_printf ("%s-%.2s.png", name, language);
  else
    file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Cannot write the screenshot %s", path);
      return FALSE;
    }

  g_test_message ("Screenshot: %s", path);

  return TRUE;
}

typedef struct
{
  const char *given_name;
  const char *family_name;
  const char *role;
  const char *organisation;
  const char *tags;             /* comma-separated */
  int network;                  /* 1-based index in sample_networks, 0 for none */
  LiensProfile profile;
  LiensTieStrength tie_strength;
  LiensTieNature tie_nature;
  LiensCadence cadence;
  int encounter_days[3];        /* days before now, 0 ends the list */
  gboolean archived;
} SampleContact;

static const struct
{
  const char *name;
  LiensNetworkKind kind;
} sample_networks[] = {
  { "Réseau Entreprendre Lyon", LIENS_NETWORK_KIND_BUSINESS_CLUB },
  { "Alumni INSA Lyon", LIENS_NETWORK_KIND_ALUMNI },
  { "LinkedIn", LIENS_NETWORK_KIND_SOCIAL },
};

/* Encounter days are chosen against the cadences (14, 30, 91, 182, 365 days) so that some
 * contacts are due for reconnection and others are not, whatever the day the tests run. */
static const SampleContact sample_contacts[] = {
  { "Émilie", "Durand", "Directrice marketing", "Lumière SA", "marketing,lyon", 1,
    LIENS_PROFILE_SUPER_CONNECTOR, LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_AFFINITY,
    LIENS_CADENCE_MONTH, { 21, 120 }, FALSE },
  { "Zoé", "Martin", "UX designer", "Atelier Nord", "design", 3,
    LIENS_PROFILE_EXPERT, LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_QUARTER, { 150 }, FALSE },
  { "Ahmed", "Benali", "CTO", "Kestrel Labs", "tech,startup", 3,
    LIENS_PROFILE_MENTOR, LIENS_TIE_STRENGTH_TRUSTED, LIENS_TIE_NATURE_BOTH,
    LIENS_CADENCE_HALF_YEAR, { 2, 40 }, FALSE },
  { "Chloé", "Lefèvre", "Avocate", "Cabinet Lefèvre & Associés", "juridique", 0,
    LIENS_PROFILE_RESERVED, LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_YEAR, { 420 }, FALSE },
  { "Jean-Baptiste", "Moreau", "Chef de projet", "SNCF Connect", "transport,lyon", 1,
    LIENS_PROFILE_UNKNOWN, LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_TWO_WEEKS, { 45 }, FALSE },
  { "Sarah", "O'Connor", "Product Manager", "Dublin Fintech", "fintech,startup", 3,
    LIENS_PROFILE_SUPER_CONNECTOR, LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_AFFINITY,
    LIENS_CADENCE_QUARTER, { 1 }, FALSE },
  { "Hélène", "Petit", "Maîtresse de conférences", "Université Lumière Lyon 2", "recherche", 2,
    LIENS_PROFILE_MENTOR, LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_AFFINITY,
    LIENS_CADENCE_NONE, { 0 }, FALSE },
  { "Thomas", "Müller", "Ingénieur commercial", "Bosch", "industrie", 0,
    LIENS_PROFILE_EXPERT, LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_MONTH, { 10 }, FALSE },
  { "Ana", "Ribeiro", "Journaliste pigiste", NULL, "médias", 0,
    LIENS_PROFILE_UNKNOWN, LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UNKNOWN,
    LIENS_CADENCE_NONE, { 0 }, FALSE },
  { "Marc-André", "Giroux", "Fondateur", "Boréal Studio", "startup,design", 1,
    LIENS_PROFILE_SUPER_CONNECTOR, LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_BOTH,
    LIENS_CADENCE_QUARTER, { 100 }, FALSE },
  { "Léa", "Nguyen", "Data scientist", "Doctolib", "tech,data", 2,
    LIENS_PROFILE_EXPERT, LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_AFFINITY,
    LIENS_CADENCE_MONTH, { 5 }, FALSE },
  { "Inès", "Haddad", "Responsable RH", "Decathlon", "rh", 0,
    LIENS_PROFILE_RESERVED, LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_HALF_YEAR, { 240 }, FALSE },
  { "Benoît", "Fontaine", "Trésorier", "Rotary Club Lyon Ouest", "lyon", 1,
    LIENS_PROFILE_MENTOR, LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_AFFINITY,
    LIENS_CADENCE_QUARTER, { 28 }, FALSE },
  { "Isabelle", "Chevalier", "Consultante indépendante", NULL, "conseil", 0,
    LIENS_PROFILE_UNKNOWN, LIENS_TIE_STRENGTH_UNKNOWN, LIENS_TIE_NATURE_UNKNOWN,
    LIENS_CADENCE_NONE, { 0 }, FALSE },
  { "Olivier", "Roux", "Ancien collègue", "Capgemini", "tech", 0,
    LIENS_PROFILE_UNKNOWN, LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UTILITY,
    LIENS_CADENCE_NONE, { 700 }, TRUE },
};

/* "Émilie", "Durand" → emilie.durand@example.org */
static char *
sample_email (const char *given_name,
              const char *family_name)
{
  g_autofree char *full = g_strdup_printf ("%s.%s", given_name, family_name);
  g_autofree char *ascii = g_str_to_ascii (full, NULL);
  g_autoptr(GString) local = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '.' || *p == '-')
      g_string_append_c (local, g_ascii_tolower (*p));

  return g_strdup_printf ("%s@example.org", local->str);
}

/**
 * liens_test_add_sample_contacts:
 * @store: an open store, usually empty
 *
 * Saves fifteen contacts, fourteen active and one archived (Olivier Roux), with
 * roles, organisations, tags, three networks, profiles, cadences and encounters
 * at fixed distances before now: enough to show relative dates, due markers,
 * sorting with accents and every filter.
 */
void
liens_test_add_sample_contacts (LiensStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 network_ids[G_N_ELEMENTS (sample_networks)];
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LIENS_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (sample_networks); i++)
    {
      g_autoptr(LiensNetwork) network = liens_network_new ();

      liens_network_set_name (network, sample_networks[i].name);
      liens_network_set_kind (network, sample_networks[i].kind);
      liens_network_set_involvement (network, LIENS_INVOLVEMENT_REGULAR);
      g_assert_true (liens_store_save_network (store, network, &error));
      g_assert_no_error (error);

      network_ids[i] = liens_network_get_id (network);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_contacts); i++)
    {
      const SampleContact *sample = &sample_contacts[i];
      g_autoptr(LiensContact) contact = liens_contact_new ();
      g_auto(GStrv) tags = g_strsplit (sample->tags, ",", -1);
      g_autoptr(GDateTime) created_at = g_date_time_add_days (now, -800);
      g_autofree char *email = NULL;
      gint64 id;

      liens_contact_set_given_name (contact, sample->given_name);
      liens_contact_set_family_name (contact, sample->family_name);
      liens_contact_set_role (contact, sample->role);
      liens_contact_set_organisation (contact, sample->organisation);
      liens_contact_set_tags (contact, (const char * const *) tags);
      liens_contact_set_profile (contact, sample->profile);
      liens_contact_set_tie_strength (contact, sample->tie_strength);
      liens_contact_set_tie_nature (contact, sample->tie_nature);
      liens_contact_set_cadence (contact, sample->cadence);
      liens_contact_set_created_at (contact, created_at);
      liens_contact_set_archived (contact, sample->archived);
      if (sample->network > 0)
        liens_contact_set_network_ids (contact, &network_ids[sample->network - 1], 1);

      email = sample_email (sample->given_name, sample->family_name);
      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, email);

      g_assert_true (liens_store_save_contact (store, contact, &error));
      g_assert_no_error (error);
      id = liens_contact_get_id (contact);

      for (guint j = 0; j < G_N_ELEMENTS (sample->encounter_days) && sample->encounter_days[j] > 0; j++)
        {
          g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
          g_autoptr(GDateTime) date = g_date_time_add_days (now, -sample->encounter_days[j]);

          liens_encounter_set_date (encounter, date);
          liens_encounter_set_kind (encounter, j == 0 ? LIENS_ENCOUNTER_KIND_MEAL
                                                      : LIENS_ENCOUNTER_KIND_EVENT);
          liens_encounter_set_contact_ids (encounter, &id, 1);
          g_assert_true (liens_store_save_encounter (store, encounter, &error));
          g_assert_no_error (error);
        }
    }
}

/* The id of the sample contact called @name. */
static gint64
find_sample_contact (LiensStore *store,
                     const char *name)
{
  g_autoptr(GListModel) contacts = liens_store_list_contacts (store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (liens_contact_get_display_name (contact), name) == 0)
        return liens_contact_get_id (contact);
    }

  g_error ("No sample contact called %s: add the sample contacts first", name);
}

/* @days before today, at @hour:@minute local time; today itself at half the time gone since
 * midnight, so that it is in the past whenever the tests run. */
static GDateTime *
sample_date (int days,
             int hour,
             int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now),
                                                         0, 0, 0);
  g_autoptr(GDateTime) day = NULL;

  if (days == 0)
    return g_date_time_add (midnight, g_date_time_difference (now, midnight) * hour / 24);

  day = g_date_time_add_days (midnight, -days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/**
 * liens_test_add_sample_encounters:
 * @store: a store holding the sample contacts (see liens_test_add_sample_contacts())
 *
 * Saves seven encounters and two introductions over the last two months, besides the
 * encounters of the sample contacts. From the newest:
 *
 * - today: a meeting with Ahmed Benali and Léa Nguyen (help given, networking, a follow-up
 *   in three days: "Envoyer le deck corrigé"), then earlier a call with Sarah O'Connor
 *   about the "écosystème fintech" (help received, learning);
 * - yesterday at 12:30: a meal with Émilie Durand, Benoît Fontaine, Hélène Petit and
 *   Marc-André Giroux (mutual help, networking);
 * - 3 days ago at 16:00: a video call with Thomas Müller (prospecting, follow-up overdue
 *   since yesterday: "Rappeler pour le devis"); at 09:00, the user introduced Zoé Martin
 *   to Ahmed Benali;
 * - 5 days ago at 11:00: a message to Inès Haddad (help given, networking, follow-up done);
 * - 12 days ago at 10:00: an event with Jean-Baptiste Moreau and Chloé Lefèvre, at a trade
 *   show in Paris (prospecting);
 * - 40 days ago at 15:00: a meeting with Isabelle Chevalier (help received, learning,
 *   follow-up overdue by ten days: "Envoyer les statuts");
 * - 60 days ago: Benoît Fontaine introduced the user to Marc-André Giroux.
 */
void
liens_test_add_sample_encounters (LiensStore *store)
{
  static const struct
  {
    int days;
    int hour;
    int minute;
    LiensEncounterKind kind;
    const char *people[5];
    const char *place;
    const char *notes;
    LiensHelp help;
    LiensPosture posture;
    int follow_up_days;         /* days after the encounter, 0 for none */
    const char *follow_up_what;
    gboolean follow_up_done;
  } samples[] = {
    { 0, 12, 0, LIENS_ENCOUNTER_KIND_MEETING, { "Ahmed Benali", "Léa Nguyen" },
      "Café Mokxa, Lyon", "Revue du pitch de Kestrel Labs\nRevoir la slide 4 avec Léa",
      LIENS_HELP_GIVEN, LIENS_POSTURE_NETWORKING, 3, "Envoyer le deck corrigé", FALSE },
    { 0, 6, 0, LIENS_ENCOUNTER_KIND_CALL, { "Sarah O'Connor" },
      NULL, "Point sur l'écosystème fintech à Dublin",
      LIENS_HELP_RECEIVED, LIENS_POSTURE_LEARNING, 0, NULL, FALSE },
    { 1, 12, 30, LIENS_ENCOUNTER_KIND_MEAL,
      { "Émilie Durand", "Benoît Fontaine", "Hélène Petit", "Marc-André Giroux" },
      "Brasserie Georges, Lyon", "Déjeuner du Réseau Entreprendre",
      LIENS_HELP_MUTUAL, LIENS_POSTURE_NETWORKING, 0, NULL, FALSE },
    { 3, 16, 0, LIENS_ENCOUNTER_KIND_VIDEO_CALL, { "Thomas Müller" },
      NULL, "Démo de la gamme de capteurs Bosch",
      LIENS_HELP_NONE, LIENS_POSTURE_PROSPECTING, 2, "Rappeler pour le devis", FALSE },
    { 5, 11, 0, LIENS_ENCOUNTER_KIND_MESSAGE, { "Inès Haddad" },
      NULL, "Candidature spontanée d'une amie",
      LIENS_HELP_GIVEN, LIENS_POSTURE_NETWORKING, 3, "Relancer Inès", TRUE },
    { 12, 10, 0, LIENS_ENCOUNTER_KIND_EVENT, { "Jean-Baptiste Moreau", "Chloé Lefèvre" },
      "Salon des entrepreneurs, Paris", "Stand SNCF Connect : échange sur l'intermodalité",
      LIENS_HELP_NONE, LIENS_POSTURE_PROSPECTING, 0, NULL, FALSE },
    { 40, 15, 0, LIENS_ENCOUNTER_KIND_MEETING, { "Isabelle Chevalier" },
      NULL, "Conseils pour créer sa société",
      LIENS_HELP_RECEIVED, LIENS_POSTURE_LEARNING, 30, "Envoyer les statuts", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensIntroduction) made = liens_introduction_new ();
  g_autoptr(LiensIntroduction) received = liens_introduction_new ();
  g_autoptr(GDateTime) made_date = sample_date (3, 9, 0);
  g_autoptr(GDateTime) received_date = sample_date (60, 18, 0);

  g_return_if_fail (LIENS_IS_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
      g_autoptr(GDateTime) date = sample_date (samples[i].days, samples[i].hour,
                                               samples[i].minute);
      gint64 ids[G_N_ELEMENTS (samples[i].people)];
      guint n_ids = 0;

      for (guint j = 0; j < G_N_ELEMENTS (samples[i].people) && samples[i].people[j] != NULL; j++)
        ids[n_ids++] = find_sample_contact (store, samples[i].people[j]);

      liens_encounter_set_date (encounter, date);
      liens_encounter_set_kind (encounter, samples[i].kind);
      liens_encounter_set_contact_ids (encounter, ids, n_ids);
      liens_encounter_set_place (encounter, samples[i].place);
      liens_encounter_set_notes (encounter, samples[i].notes);
      liens_encounter_set_help (encounter, samples[i].help);
      liens_encounter_set_posture (encounter, samples[i].posture);

      if (samples[i].follow_up_days > 0)
        {
          g_autoptr(GDateTime) follow_up = g_date_time_add_days (date, samples[i].follow_up_days);

          liens_encounter_set_follow_up_date (encounter, follow_up);
          liens_encounter_set_follow_up_what (encounter, samples[i].follow_up_what);
          liens_encounter_set_follow_up_done (encounter, samples[i].follow_up_done);
        }

      g_assert_true (liens_store_save_encounter (store, encounter, &error));
      g_assert_no_error (error);
    }

  liens_introduction_set_first_id (made, find_sample_contact (store, "Zoé Martin"));
  liens_introduction_set_second_id (made, find_sample_contact (store, "Ahmed Benali"));
  liens_introduction_set_date (made, made_date);
  liens_introduction_set_context (made, "Zoé cherche un associé technique");
  liens_introduction_set_outcome (made, "Un premier café est prévu");
  g_assert_true (liens_store_save_introduction (store, made, &error));
  g_assert_no_error (error);

  liens_introduction_set_introducer_id (received, find_sample_contact (store, "Benoît Fontaine"));
  liens_introduction_set_first_id (received, find_sample_contact (store, "Marc-André Giroux"));
  liens_introduction_set_date (received, received_date);
  liens_introduction_set_context (received, "Rencontre au Rotary Club");
  g_assert_true (liens_store_save_introduction (store, received, &error));
  g_assert_no_error (error);
}

/**
 * liens_test_load_import_sample:
 * @name: a file of tests/data/import
 * @length: (out): where to store its length
 *
 * Returns: (transfer full): the content of the sample file
 */
char *
liens_test_load_import_sample (const char *name,
                               gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);

  return data;
}

/* Asserts that @parse refuses @data with @code of LIENS_IMPORT_ERROR, saying @fragment. */
void
liens_test_assert_parse_error (LiensTestParseFunc  parse,
                               const char         *data,
                               gsize               length,
                               int                 code,
                               const char         *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) result = parse (data, length, &error);

  g_assert_null (result);
  g_assert_error (error, LIENS_IMPORT_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, error->message);
}

void
liens_test_assert_sample_error (LiensTestParseFunc  parse,
                                const char         *name,
                                int                 code,
                                const char         *fragment)
{
  gsize length;
  g_autofree char *data = liens_test_load_import_sample (name, &length);

  liens_test_assert_parse_error (parse, data, length, code, fragment);
}

/**
 * liens_test_query_int:
 * @path: a database file
 * @sql: a query returning one integer
 *
 * Runs @sql on a connection of its own: what is really in the file.
 *
 * Returns: the first column of the first row
 */
gint64
liens_test_query_int (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/**
 * liens_test_exec_sql:
 * @path: a database file, created if missing
 * @sql: statements to run
 *
 * Runs @sql on a connection of its own, failing the test on any error.
 */
void
liens_test_exec_sql (const char *path,
                     const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

/* Parses @data, checks that it gives @expected items and says how long it took. */
double
liens_test_time_parse (LiensTestParseFunc  parse,
                       GString            *data,
                       guint               expected,
                       const char         *what)
{
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  result = parse (data->str, data->len, &error);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  g_assert_no_error (error);
  g_assert_cmpuint (result->len, ==, expected);
  g_test_message ("%u %s, %.1f MB, parsed in %.3f s", expected, what, data->len / 1e6, seconds);
  g_test_minimized_result (seconds, "%u %s parsed in %.3f s", expected, what, seconds);

  return seconds;
}

static gint64
add_sample_event (LiensStore      *store,
                  const char      *title,
                  int              days,
                  int              hour,
                  LiensEventKind   kind,
                  LiensAttendance  attendance,
                  const char      *place,
                  const char      *goal)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GDateTime) start = sample_date (-days, hour, 0);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 3);
  g_autoptr(GError) error = NULL;

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_kind (event, kind);
  liens_event_set_attendance (event, attendance);
  liens_event_set_place (event, place);
  liens_event_set_goal (event, goal);
  g_assert_true (liens_store_save_event (store, event, &error));
  g_assert_no_error (error);

  return liens_event_get_id (event);
}

/**
 * liens_test_add_sample_events:
 * @store: a store
 * @upcoming_id: (out) (optional): the id of an event the user is going to, in four days
 * @past_id: (out) (optional): the id of an event the user attended two days ago
 *
 * Saves four events: three to come, at 08:00 and 18:00, and one past.
 */
void
liens_test_add_sample_events (LiensStore *store,
                              gint64     *upcoming_id,
                              gint64     *past_id)
{
  gint64 upcoming;
  gint64 past;

  g_return_if_fail (LIENS_IS_STORE (store));

  upcoming = add_sample_event (store, "Apéro des entrepreneurs", 4, 18, LIENS_EVENT_KIND_AFTERWORK,
                               LIENS_ATTENDANCE_GOING, "La Cordée, Lyon",
                               "Rencontrer deux investisseurs");
  add_sample_event (store, "Petit-déjeuner du Réseau Entreprendre", 9, 8,
                    LIENS_EVENT_KIND_BUSINESS_BREAKFAST, LIENS_ATTENDANCE_REGISTERED,
                    "Hôtel de la CCI, Lyon", "Revoir Benoît Fontaine");
  add_sample_event (store, "Salon des entrepreneurs", 20, 9, LIENS_EVENT_KIND_TRADE_SHOW,
                    LIENS_ATTENDANCE_CONSIDERING, "Palais des Congrès, Paris", NULL);
  past = add_sample_event (store, "Meetup Lyon Tech", -2, 18, LIENS_EVENT_KIND_CONFERENCE,
                           LIENS_ATTENDANCE_ATTENDED, "Halle Tony Garnier, Lyon",
                           "Trouver un mentor");

  if (upcoming_id != NULL)
    *upcoming_id = upcoming;
  if (past_id != NULL)
    *past_id = past;
}

/**
 * liens_test_new_sample_store:
 * @dir: a directory, see liens_test_make_temp_dir()
 * @upcoming_id: (out) (optional): see liens_test_add_sample_events()
 * @past_id: (out) (optional): see liens_test_add_sample_events()
 *
 * Returns: (transfer full): a new store in @dir, with the sample contacts, encounters
 *   and events
 */
LiensStore *
liens_test_new_sample_store (const char *dir,
                             gint64     *upcoming_id,
                             gint64     *past_id)
{
  g_autofree char *path = g_build_filename (dir, "liens.db", NULL);
  g_autoptr(GError) error = NULL;
  LiensStore *store = liens_store_new (path, &error);

  g_assert_no_error (error);

  liens_test_add_sample_contacts (store);
  liens_test_add_sample_encounters (store);
  liens_test_add_sample_events (store, upcoming_id, past_id);

  return store;
}
