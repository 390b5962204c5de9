/* test-contacts-page.c: the contact list, its search, filters and actions, as a user drives them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liens-application.h"
#include "liens-clock.h"
#include "liens-contact-card.h"
#include "liens-contact-editor.h"
#include "liens-contact-row.h"
#include "liens-contacts-page.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

/* How long a test waits for something asynchronous, such as the search delay. */
#define WAIT_TIMEOUT_USEC (5 * G_USEC_PER_SEC)

/* One registered application for every test: windows need one that has started up. */
static LiensApplication *app;

/* The active sample contacts, in list order: accents do not change the order. */
static const char * const sample_names[] = {
  "Ahmed Benali",
  "Ana Ribeiro",
  "Benoît Fontaine",
  "Chloé Lefèvre",
  "Émilie Durand",
  "Hélène Petit",
  "Inès Haddad",
  "Isabelle Chevalier",
  "Jean-Baptiste Moreau",
  "Léa Nguyen",
  "Marc-André Giroux",
  "Sarah O'Connor",
  "Thomas Müller",
  "Zoé Martin",
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
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static LiensWindow *
present_window (LiensStore *store,
                int         width,
                int         height)
{
  GtkWidget *window;
  GdkSurface *surface;
  int frame_width;
  int frame_height;

  window = liens_window_new (app, store);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);

  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);

  if (width <= 0 || height <= 0)
    return LIENS_WINDOW (window);

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

  return LIENS_WINDOW (window);
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = liens_store_new (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean with_samples = GPOINTER_TO_INT (data);

  reset_settings ();

  fixture->dir = liens_test_make_temp_dir ();
  fixture->db_path = g_build_filename (fixture->dir, "liens.db", NULL);
  open_store (fixture);

  if (with_samples)
    liens_test_add_sample_contacts (fixture->store);

  fixture->window = present_window (fixture->store, -1, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    liens_test_destroy_window (GTK_WINDOW (fixture->window));
  /* Toasts are gone with the window: nothing else holds the store. */
  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);

  reset_settings ();
}

/* Widgets of the page */

static LiensContactsPage *
get_page (Fixture *fixture)
{
  GtkWidget *page = liens_test_find_widget (GTK_WIDGET (fixture->window),
                                            LIENS_TYPE_CONTACTS_PAGE, NULL);

  g_assert_nonnull (page);

  return LIENS_CONTACTS_PAGE (page);
}

static GtkListView *
get_list_view (Fixture *fixture)
{
  GtkWidget *list_view = liens_test_find_widget (GTK_WIDGET (get_page (fixture)),
                                                 GTK_TYPE_LIST_VIEW, NULL);

  g_assert_nonnull (list_view);

  return GTK_LIST_VIEW (list_view);
}

static GtkSingleSelection *
get_selection (Fixture *fixture)
{
  GtkSelectionModel *model = gtk_list_view_get_model (get_list_view (fixture));

  g_assert_true (GTK_IS_SINGLE_SELECTION (model));

  return GTK_SINGLE_SELECTION (model);
}

static GtkEditable *
get_search_entry (Fixture *fixture)
{
  GtkWidget *entry = liens_test_find_widget (GTK_WIDGET (get_page (fixture)),
                                             GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);

  return GTK_EDITABLE (entry);
}

/* The menu button beside the search entry. */
static GtkWidget *
get_filter_button (Fixture *fixture)
{
  GtkWidget *search_box = gtk_widget_get_parent (GTK_WIDGET (get_search_entry (fixture)));
  GtkWidget *button = liens_test_find_widget (search_box, GTK_TYPE_MENU_BUTTON, NULL);

  g_assert_nonnull (button);

  return button;
}

/* The small tags between the search entry and the list. */
static GtkWidget *
get_hint (Fixture    *fixture,
          const char *text)
{
  GtkWidget *search_box = gtk_widget_get_parent (GTK_WIDGET (get_search_entry (fixture)));
  GtkWidget *revealer = gtk_widget_get_next_sibling (search_box);
  GtkWidget *hint;

  g_assert_true (GTK_IS_REVEALER (revealer));
  hint = liens_test_find_widget (revealer, GTK_TYPE_LABEL, text);
  g_assert_nonnull (hint);

  return hint;
}

static LiensContactCard *
get_card (Fixture *fixture)
{
  GtkWidget *card = liens_test_find_widget (GTK_WIDGET (get_page (fixture)),
                                            LIENS_TYPE_CONTACT_CARD, NULL);

  g_assert_nonnull (card);

  return LIENS_CONTACT_CARD (card);
}

static GtkWidget *
get_leaflet (Fixture *fixture)
{
  GtkWidget *leaflet = liens_test_find_widget (GTK_WIDGET (get_page (fixture)),
                                               ADW_TYPE_LEAFLET, NULL);

  g_assert_nonnull (leaflet);

  return leaflet;
}

static GtkWidget *
find_button_by_icon (GtkWidget  *root,
                     const char *icon_name)
{
  g_autoptr(GPtrArray) buttons = liens_test_find_all_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_icon_name (button), icon_name) == 0)
        return GTK_WIDGET (button);
    }

  return NULL;
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

/* The list, as the user reads it */

static GPtrArray *
dup_listed_names (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (get_selection (fixture));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (model, i);

      g_ptr_array_add (names, g_strdup (liens_contact_get_display_name (contact)));
    }

  return names;
}

static guint
find_listed_name (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(GPtrArray) names = dup_listed_names (fixture);

  for (guint i = 0; i < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), name) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_listed (Fixture    *fixture,
           const char *name)
{
  return find_listed_name (fixture, name) != GTK_INVALID_LIST_POSITION;
}

static void
assert_listed_names (Fixture            *fixture,
                     const char * const *expected,
                     guint               n_expected)
{
  g_autoptr(GPtrArray) names = dup_listed_names (fixture);

  for (guint i = 0; i < MIN (names->len, n_expected); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
  g_assert_cmpuint (names->len, ==, n_expected);
}

static LiensContact *
get_selected_contact (Fixture *fixture)
{
  return gtk_single_selection_get_selected_item (get_selection (fixture));
}

static const char *
get_selected_name (Fixture *fixture)
{
  LiensContact *contact = get_selected_contact (fixture);

  return contact != NULL ? liens_contact_get_display_name (contact) : NULL;
}

static gint64
select_name (Fixture    *fixture,
             const char *name)
{
  guint position = find_listed_name (fixture, name);

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (get_selection (fixture), position);
  g_assert_cmpstr (get_selected_name (fixture), ==, name);

  return liens_contact_get_id (get_selected_contact (fixture));
}

/* Whether a row on screen shows @text, as a label of a LiensContactRow. */
static gboolean
row_shows (Fixture    *fixture,
           const char *text)
{
  g_autoptr(GPtrArray) rows = liens_test_find_all_widgets (GTK_WIDGET (get_list_view (fixture)),
                                                           LIENS_TYPE_CONTACT_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (find_mapped_widget (g_ptr_array_index (rows, i), GTK_TYPE_LABEL, text) != NULL)
      return TRUE;

  return FALSE;
}

/* The card may hold its own copy of the contact, reloaded from the store. */
static void
assert_card_shows_selection (Fixture *fixture)
{
  LiensContact *shown = liens_contact_card_get_contact (get_card (fixture));
  LiensContact *selected = get_selected_contact (fixture);

  g_assert_nonnull (shown);
  g_assert_nonnull (selected);
  g_assert_cmpint (liens_contact_get_id (shown), ==, liens_contact_get_id (selected));
  g_assert_cmpstr (liens_contact_get_display_name (shown), ==,
                   liens_contact_get_display_name (selected));
}

/* The id of the stored contact called @name, active or archived; 0 if there is none. */
static gint64
find_stored_id (Fixture    *fixture,
                const char *name)
{
  for (guint archived = 0; archived <= 1; archived++)
    {
      g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
      g_autoptr(GListModel) contacts = NULL;

      liens_contact_query_set_archived (query, archived);
      contacts = liens_store_query_contacts (fixture->store, query);

      for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
        {
          g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

          if (g_strcmp0 (liens_contact_get_display_name (contact), name) == 0)
            return liens_contact_get_id (contact);
        }
    }

  return 0;
}

static gint64
find_network_id (Fixture    *fixture,
                 const char *name)
{
  g_autoptr(GListModel) networks = liens_store_list_networks (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);

      if (g_strcmp0 (liens_network_get_name (network), name) == 0)
        return liens_network_get_id (network);
    }

  g_assert_not_reached ();
}

static gboolean
row_shows_due_marker (Fixture *fixture)
{
  g_autoptr(GPtrArray) images = liens_test_find_all_widgets (GTK_WIDGET (get_list_view (fixture)),
                                                             GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage *image = g_ptr_array_index (images, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (image)) &&
          g_strcmp0 (gtk_image_get_icon_name (image), "alarm-symbolic") == 0)
        {
          g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (image)), ==,
                           "Due for reconnection");
          return TRUE;
        }
    }

  return FALSE;
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
  /* Replacing the text first empties it, which the entry reports at once: wait for ours. */
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

  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
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

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (get_page (fixture)),
                                                     action_name, parameter));
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static gboolean
page_action_enabled (Fixture    *fixture,
                     const char *action_name)
{
  GtkWidget *page = GTK_WIDGET (get_page (fixture));
  /* An insensitive action leaves the state it reads untouched: try it on a probe. */
  g_autoptr(GtkWidget) probe = g_object_ref_sink (gtk_button_new ());
  gboolean enabled;

  gtk_widget_set_parent (probe, page);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action_name);
  enabled = gtk_widget_get_sensitive (probe) && gtk_widget_is_sensitive (probe);
  gtk_widget_unparent (probe);

  return enabled;
}

/* The editor, a window of its own */

static LiensContactEditor *
find_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (LIENS_IS_CONTACT_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      return LIENS_CONTACT_EDITOR (l->data);

  return NULL;
}

static void
editor_set_text (LiensContactEditor *editor,
                 const char         *row_title,
                 const char         *text)
{
  GtkWidget *row = liens_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
editor_save (LiensContactEditor *editor)
{
  GtkWidget *save = liens_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "_Save");

  g_assert_nonnull (save);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* The editor closes itself once saved. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (wait_until (pointer_is_null, &editor));
}

/* Toasts */

static GtkWidget *
find_toast (Fixture    *fixture,
            const char *title)
{
  return liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, title);
}

static void
click_toast_button (Fixture    *fixture,
                    const char *title)
{
  GtkWidget *label = find_toast (fixture, title);
  GtkWidget *button = NULL;

  g_assert_nonnull (label);

  /* The button sits beside the title, in the toast's own widget. */
  for (GtkWidget *ancestor = gtk_widget_get_parent (label);
       ancestor != NULL && button == NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    button = liens_test_find_widget (ancestor, GTK_TYPE_BUTTON, "_Undo");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
take_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GError) error = NULL;

  /* Show the end of a transition, never the middle of it. */
  liens_test_wait_for_animations (widget);
  g_assert_true (liens_test_screenshot (widget, name, &error));
  g_assert_no_error (error);
}

/* Tests */

static void
test_empty_store (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *empty;
  GtkWidget *button;
  GtkWidget *stack;

  /* The first run invites to add someone; there is nothing to search yet. */
  empty = find_mapped_widget (GTK_WIDGET (get_page (fixture)), ADW_TYPE_STATUS_PAGE,
                              "No Contacts Yet");
  g_assert_nonnull (empty);
  button = liens_test_find_widget (empty, GTK_TYPE_BUTTON, "New Contact");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (get_search_entry (fixture))));

  /* Nothing is selected, so nothing can be edited or deleted. */
  g_assert_false (page_action_enabled (fixture, "contacts.edit"));
  g_assert_false (page_action_enabled (fixture, "contacts.archive"));
  g_assert_false (page_action_enabled (fixture, "contacts.delete"));
  g_assert_true (page_action_enabled (fixture, "contacts.new"));

  /* The header bar offers a new contact, on this page only. */
  button = find_button_by_icon (GTK_WIDGET (fixture->window), "list-add-symbolic");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "New Contact");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "events");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_false (gtk_widget_get_mapped (button));

  /* Ctrl+N comes back here with the editor. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-contact", NULL);
  g_assert_nonnull (find_editor ());
  stack = liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "contacts");
  liens_test_destroy_window (GTK_WINDOW (find_editor ()));
}

static void
test_create_and_edit (Fixture       *fixture,
                      gconstpointer  data)
{
  LiensContactEditor *editor;
  LiensContact *contact;
  guint position;
  gint64 id;

  g_assert_null (get_selected_contact (fixture));
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  g_assert_true (row_shows (fixture, "Ahmed Benali"));
  g_assert_true (row_shows (fixture, "CTO · Kestrel Labs"));

  /* Ctrl+N opens the editor; saving shows the new contact at its place, selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-contact", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  editor_set_text (editor, "Given Name", "Gaëlle");
  editor_set_text (editor, "Family Name", "Bernard");
  editor_set_text (editor, "Organisation", "Vélo & Co");
  editor_save (editor);
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));

  /* Between Émilie and Hélène: sorted without regard to accents. */
  position = find_listed_name (fixture, "Gaëlle Bernard");
  g_assert_cmpuint (position, ==, 5);
  g_assert_cmpuint (gtk_single_selection_get_selected (get_selection (fixture)), ==, position);
  g_assert_cmpstr (get_selected_name (fixture), ==, "Gaëlle Bernard");
  g_assert_true (row_shows (fixture, "Gaëlle Bernard"));
  g_assert_true (row_shows (fixture, "Vélo & Co"));
  g_assert_true (row_shows (fixture, "Never met"));

  /* The card shows it. */
  contact = liens_contact_card_get_contact (get_card (fixture));
  g_assert_nonnull (contact);
  id = liens_contact_get_id (contact);
  g_assert_cmpint (id, ==, find_stored_id (fixture, "Gaëlle Bernard"));
  g_assert_true (page_action_enabled (fixture, "contacts.edit"));
  g_assert_true (page_action_enabled (fixture, "contacts.delete"));

  /* Ctrl+E edits the selected contact; the row follows, the selection stays. */
  activate (fixture, "contacts.edit", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  editor_set_text (editor, "Family Name", "Bernard-Lévy");
  editor_set_text (editor, "Role", "Fondatrice");
  editor_save (editor);
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));

  g_assert_true (row_shows (fixture, "Gaëlle Bernard-Lévy"));
  g_assert_true (row_shows (fixture, "Fondatrice · Vélo & Co"));
  g_assert_false (row_shows (fixture, "Gaëlle Bernard"));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Gaëlle Bernard-Lévy");
  g_assert_cmpint (liens_contact_get_id (get_selected_contact (fixture)), ==, id);
  assert_card_shows_selection (fixture);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const queries[] = { "emilie", "ÉMIL", "dur", "Émilie Durand" };
  GtkWidget *no_results;
  const char *description;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      static const char * const expected[] = { "Émilie Durand" };

      search_for (fixture, queries[i]);
      assert_listed_names (fixture, expected, 1);
      g_assert_true (row_shows (fixture, "Émilie Durand"));
    }

  /* Enter opens the first match. */
  g_signal_emit_by_name (get_search_entry (fixture), "activate");
  g_assert_cmpstr (get_selected_name (fixture), ==, "Émilie Durand");

  /* Search also looks at organisations and tags. */
  search_for (fixture, "lyon");
  g_assert_true (is_listed (fixture, "Benoît Fontaine"));
  g_assert_true (is_listed (fixture, "Hélène Petit"));
  g_assert_false (is_listed (fixture, "Zoé Martin"));

  /* An unknown word: a page that says so, and what was searched. */
  search_for (fixture, "xylophone");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (get_selection (fixture))), ==, 0);
  no_results = find_mapped_widget (GTK_WIDGET (get_page (fixture)), ADW_TYPE_STATUS_PAGE,
                                   "No Results");
  g_assert_nonnull (no_results);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (no_results)), ==,
                   "system-search-symbolic");
  description = adw_status_page_get_description (ADW_STATUS_PAGE (no_results));
  g_assert_cmpstr (description, ==, "No contact matches “xylophone”.");
  g_assert_null (find_mapped_widget (no_results, GTK_TYPE_BUTTON, NULL));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (get_list_view (fixture))));

  /* Escape clears the search: the whole list is back. */
  g_signal_emit_by_name (get_search_entry (fixture), "stop-search");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (gtk_editable_get_text (get_search_entry (fixture)), ==, "");
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (get_list_view (fixture))));

  /* Ctrl+F goes to the search entry, from wherever the focus is. */
  gtk_widget_grab_focus (find_button_by_icon (GTK_WIDGET (fixture->window), "list-add-symbolic"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (get_search_entry (fixture))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (get_search_entry (fixture))));
}

/* Whether @model, or a submenu or section of it, has an item labelled @label. */
static gboolean
menu_has_label (GMenuModel *model,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_strcmp0 (item_label, label) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_label (link, label))
            return TRUE;
        }
    }

  return FALSE;
}

/* The row of @name, scrolled to; NULL when it is not listed. */
static GtkWidget *
show_contact_row (Fixture    *fixture,
                  const char *name)
{
  guint position = find_listed_name (fixture, name);
  g_autoptr(GPtrArray) rows = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;

  gtk_widget_activate_action (GTK_WIDGET (get_list_view (fixture)), "list.scroll-to-item", "u",
                              position);
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  liens_test_iterate ();

  rows = liens_test_find_all_widgets (GTK_WIDGET (get_list_view (fixture)), LIENS_TYPE_CONTACT_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      LiensContact *contact = liens_contact_row_get_contact (g_ptr_array_index (rows, i));

      if (contact != NULL && gtk_widget_get_mapped (g_ptr_array_index (rows, i)) &&
          g_strcmp0 (liens_contact_get_display_name (contact), name) == 0)
        return g_ptr_array_index (rows, i);
    }

  g_assert_not_reached ();
}

static gboolean
shows_due_marker (GtkWidget *row)
{
  g_autoptr(GPtrArray) images = liens_test_find_all_widgets (row, GTK_TYPE_IMAGE);

  for (guint i = 0; i < images->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (images, i)) &&
        g_strcmp0 (gtk_image_get_icon_name (g_ptr_array_index (images, i)), "alarm-symbolic") == 0)
      return TRUE;

  return FALSE;
}

static void
next_day (Fixture   *fixture,
          GDateTime *now)
{
  liens_clock_set_now_for_testing (now);
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  liens_test_iterate ();
}

/* Left open for days: "Today" becomes "Yesterday", and contacts fall due, in the list of
 * due contacts too, while the selection stays. */
static void
test_day_changed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 26);
  g_autoptr(GError) error = NULL;
  gint64 ana = find_stored_id (fixture, "Ana Ribeiro");
  GtkWidget *row;

  /* Met today. */
  liens_encounter_set_date (encounter, now);
  liens_encounter_set_contact_ids (encounter, &ana, 1);
  g_assert_true (liens_store_save_encounter (fixture->store, encounter, &error));
  g_assert_no_error (error);
  liens_test_iterate ();

  row = show_contact_row (fixture, "Ana Ribeiro");
  g_assert_nonnull (find_mapped_widget (row, GTK_TYPE_LABEL, "Today"));
  select_name (fixture, "Ana Ribeiro");

  next_day (fixture, tomorrow);
  g_assert_cmpstr (get_selected_name (fixture), ==, "Ana Ribeiro");
  row = show_contact_row (fixture, "Ana Ribeiro");
  g_assert_null (find_mapped_widget (row, GTK_TYPE_LABEL, "Today"));
  g_assert_nonnull (find_mapped_widget (row, GTK_TYPE_LABEL, "Yesterday"));

  /* Léa Nguyen, met five days ago and to be seen every month, is not due yet. */
  next_day (fixture, NULL);
  activate (fixture, "filter.due-only", NULL);
  g_assert_false (is_listed (fixture, "Léa Nguyen"));
  select_name (fixture, "Zoé Martin");

  /* 26 days on, she is. */
  next_day (fixture, later);
  g_assert_true (is_listed (fixture, "Léa Nguyen"));
  g_assert_true (is_listed (fixture, "Zoé Martin"));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Zoé Martin");
  row = show_contact_row (fixture, "Léa Nguyen");
  g_assert_true (shows_due_marker (row));

  activate (fixture, "filter.due-only", NULL);
  next_day (fixture, NULL);
  g_assert_false (shows_due_marker (show_contact_row (fixture, "Léa Nguyen")));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const mentors[] = { "Ahmed Benali", "Benoît Fontaine", "Hélène Petit" };
  static const char * const tech[] = { "Ahmed Benali", "Léa Nguyen" };
  static const char * const due[] = {
    "Chloé Lefèvre", "Inès Haddad", "Jean-Baptiste Moreau", "Marc-André Giroux", "Zoé Martin",
  };
  static const char * const lyon_mentors[] = { "Benoît Fontaine", "Hélène Petit" };
  GtkWidget *filter_button;
  GtkWidget *filtered_hint;
  GtkWidget *no_results;
  GtkWidget *clear_button;
  GMenuModel *menu;

  filter_button = get_filter_button (fixture);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (filter_button), ==, "Filter");
  gtk_test_accessible_assert_property (filter_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Filter");
  g_assert_false (gtk_widget_has_css_class (filter_button, "accent"));
  filtered_hint = get_hint (fixture, "Filtered");
  g_assert_false (gtk_widget_get_mapped (filtered_hint));

  /* Opening the menu lists the networks and the tags of the moment. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (filter_button));
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (filter_button));
  g_assert_true (menu_has_label (menu, "Alumni INSA Lyon"));
  g_assert_true (menu_has_label (menu, "startup"));
  g_assert_true (menu_has_label (menu, "Mentor"));
  g_assert_true (menu_has_label (menu, "Trusted"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (filter_button));

  /* The networking profile, as the menu's radio item sets it. */
  activate (fixture, "filter.profile", "i", LIENS_PROFILE_MENTOR);
  assert_listed_names (fixture, mentors, G_N_ELEMENTS (mentors));
  g_assert_true (gtk_widget_has_css_class (filter_button, "accent"));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (filtered_hint));

  /* Filters combine with the search. */
  search_for (fixture, "lyon");
  assert_listed_names (fixture, lyon_mentors, G_N_ELEMENTS (lyon_mentors));
  search_for (fixture, "");

  activate (fixture, "contacts.clear-filters", NULL);
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  g_assert_false (gtk_widget_has_css_class (filter_button, "accent"));

  /* A tag, whatever its case. */
  activate (fixture, "filter.tag", "s", "tech");
  assert_listed_names (fixture, tech, G_N_ELEMENTS (tech));
  activate (fixture, "filter.tag", "s", "");
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));

  /* Due for reconnection: a check item, toggled; the rows show the marker. */
  activate (fixture, "filter.due-only", NULL);
  assert_listed_names (fixture, due, G_N_ELEMENTS (due));
  g_assert_true (row_shows_due_marker (fixture));

  /* Due and a network: nobody. The page says so and offers to clear. */
  activate (fixture, "filter.network-id", "x", find_network_id (fixture, "Alumni INSA Lyon"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (get_selection (fixture))), ==, 0);
  no_results = find_mapped_widget (GTK_WIDGET (get_page (fixture)), ADW_TYPE_STATUS_PAGE,
                                   "No Results");
  g_assert_nonnull (no_results);
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (no_results)), ==,
                   "No contact matches these filters.");
  clear_button = find_mapped_widget (no_results, GTK_TYPE_BUTTON, "_Clear Filters");
  g_assert_nonnull (clear_button);
  g_signal_emit_by_name (clear_button, "clicked");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_false (gtk_widget_get_mapped (filtered_hint));
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const archived[] = { "Olivier Roux" };
  static const char * const archived_with_zoe[] = { "Olivier Roux", "Zoé Martin" };
  GtkWidget *archived_hint;

  archived_hint = get_hint (fixture, "Archived");
  g_assert_false (gtk_widget_get_mapped (archived_hint));
  g_assert_false (is_listed (fixture, "Olivier Roux"));

  /* Archiving hides the contact, with a toast to undo it. */
  select_name (fixture, "Zoé Martin");
  activate (fixture, "contacts.archive", NULL);
  g_assert_false (is_listed (fixture, "Zoé Martin"));
  g_assert_nonnull (find_toast (fixture, "Contact archived"));
  /* Zoé was last: the one before takes the selection. */
  g_assert_cmpstr (get_selected_name (fixture), ==, "Thomas Müller");

  click_toast_button (fixture, "Contact archived");
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Zoé Martin");

  activate (fixture, "contacts.archive", NULL);
  g_assert_false (is_listed (fixture, "Zoé Martin"));

  /* "Show archived contacts" shows them, and only them. */
  activate (fixture, "filter.archived", NULL);
  assert_listed_names (fixture, archived_with_zoe, G_N_ELEMENTS (archived_with_zoe));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (archived_hint));

  /* Archiving again restores. */
  select_name (fixture, "Zoé Martin");
  activate (fixture, "contacts.archive", NULL);
  assert_listed_names (fixture, archived, G_N_ELEMENTS (archived));
  g_assert_nonnull (find_toast (fixture, "Contact restored"));

  activate (fixture, "filter.archived", NULL);
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_false (gtk_widget_get_mapped (archived_hint));
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiensContact) restored = NULL;
  g_autoptr(GListModel) encounters = NULL;
  g_autoptr(GError) error = NULL;
  guint n_networks = 0;
  gint64 id;

  id = select_name (fixture, "Émilie Durand");
  activate (fixture, "contacts.delete", NULL);

  /* Gone from the list; the next contact takes the selection and the card. */
  g_assert_false (is_listed (fixture, "Émilie Durand"));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Hélène Petit");
  assert_card_shows_selection (fixture);
  g_assert_null (liens_store_get_contact (fixture->store, id, NULL));

  /* The toast names who was deleted, and undoes it. */
  g_assert_nonnull (find_toast (fixture, "“Émilie Durand” deleted"));
  click_toast_button (fixture, "“Émilie Durand” deleted");

  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Émilie Durand");

  /* With everything that was hers. */
  restored = liens_store_get_contact (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (liens_contact_has_tag (restored, "marketing"));
  g_assert_true (liens_contact_has_tag (restored, "lyon"));
  liens_contact_get_network_ids (restored, &n_networks);
  g_assert_cmpuint (n_networks, ==, 1);
  encounters = liens_store_list_encounters_for_contact (fixture->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 2);
  g_assert_nonnull (liens_contact_get_last_encounter (restored));
}

static void
test_show_contact (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 olivier = find_stored_id (fixture, "Olivier Roux");
  gint64 emilie = find_stored_id (fixture, "Émilie Durand");

  g_assert_cmpint (olivier, >, 0);
  g_assert_cmpint (emilie, >, 0);

  /* A contact hidden by the search and a filter: both are cleared to show it. */
  search_for (fixture, "zoé");
  activate (fixture, "filter.profile", "i", LIENS_PROFILE_EXPERT);
  activate (fixture, "contacts.show-contact", "x", emilie);
  g_assert_cmpstr (get_selected_name (fixture), ==, "Émilie Durand");
  g_assert_cmpstr (gtk_editable_get_text (get_search_entry (fixture)), ==, "");
  assert_listed_names (fixture, sample_names, G_N_ELEMENTS (sample_names));
  assert_card_shows_selection (fixture);

  /* An archived contact: the list switches to the archived ones. */
  activate (fixture, "contacts.show-contact", "x", olivier);
  g_assert_cmpstr (get_selected_name (fixture), ==, "Olivier Roux");
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (get_hint (fixture, "Archived")));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *leaflet;
  GtkWidget *back;
  guint position;

  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  fixture->window = present_window (fixture->store, 360, 640);

  leaflet = get_leaflet (fixture);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "list");
  back = find_button_by_icon (GTK_WIDGET (fixture->window), "go-previous-symbolic");
  g_assert_nonnull (back);
  g_assert_false (gtk_widget_get_mapped (back));

  /* Enter on a row opens its card, with a way back. */
  position = find_listed_name (fixture, "Chloé Lefèvre");
  g_signal_emit_by_name (get_list_view (fixture), "activate", position);
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "card");
  g_assert_cmpstr (get_selected_name (fixture), ==, "Chloé Lefèvre");
  g_assert_true (gtk_widget_get_mapped (back));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back");
  gtk_test_accessible_assert_property (back, GTK_ACCESSIBLE_PROPERTY_LABEL, "Back");
  g_assert_false (gtk_widget_get_mapped (find_button_by_icon (GTK_WIDGET (fixture->window),
                                                              "list-add-symbolic")));

  /* Back (Alt+Left, Escape) returns to the list; the selection stays. */
  g_signal_emit_by_name (back, "clicked");
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "list");
  g_assert_false (gtk_widget_get_mapped (back));
  g_assert_cmpstr (get_selected_name (fixture), ==, "Chloé Lefèvre");

  /* Deleting from the card comes back to the list too. */
  activate (fixture, "contacts.show-contact", "x", find_stored_id (fixture, "Chloé Lefèvre"));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (back));
  activate (fixture, "contacts.delete", NULL);
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "list");
}

static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) archived_before = NULL;
  g_autoptr(GPtrArray) archived_after = NULL;
  LiensContactEditor *editor;

  /* A few changes: a new contact, an archived one, a deleted one. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-contact", NULL);
  editor = find_editor ();
  editor_set_text (editor, "Given Name", "Yann");
  editor_set_text (editor, "Family Name", "Le Gall");
  editor_save (editor);
  select_name (fixture, "Thomas Müller");
  activate (fixture, "contacts.archive", NULL);
  select_name (fixture, "Ana Ribeiro");
  activate (fixture, "contacts.delete", NULL);

  before = dup_listed_names (fixture);
  activate (fixture, "filter.archived", NULL);
  archived_before = dup_listed_names (fixture);
  g_assert_cmpuint (archived_before->len, ==, 2);

  /* Quit, open the same file again. */
  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_assert_finalize_object (fixture->store);
  open_store (fixture);
  fixture->window = present_window (fixture->store, -1, -1);

  after = dup_listed_names (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (before, i));
  g_assert_true (is_listed (fixture, "Yann Le Gall"));
  g_assert_false (is_listed (fixture, "Ana Ribeiro"));
  g_assert_false (is_listed (fixture, "Thomas Müller"));
  g_assert_true (row_shows (fixture, "Ahmed Benali"));

  activate (fixture, "filter.archived", NULL);
  archived_after = dup_listed_names (fixture);
  g_assert_cmpuint (archived_after->len, ==, archived_before->len);
  for (guint i = 0; i < archived_before->len; i++)
    g_assert_cmpstr (g_ptr_array_index (archived_after, i), ==,
                     g_ptr_array_index (archived_before, i));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *leaflet;
  GtkWidget *window;
  gint64 emilie = find_stored_id (fixture, "Émilie Durand");

  liens_test_destroy_window (GTK_WINDOW (fixture->window));

  /* Wide: the list beside the card. */
  window = GTK_WIDGET (fixture->window = present_window (fixture->store, 1280, 800));
  activate (fixture, "contacts.show-contact", "x", emilie);
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (get_leaflet (fixture))));
  take_screenshot (window, "contacts-wide");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (window, "contacts-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  /* Filtered, then a search that finds nobody. */
  activate (fixture, "filter.due-only", NULL);
  take_screenshot (window, "contacts-wide-filtered");
  activate (fixture, "filter.due-only", NULL);

  search_for (fixture, "xylophone");
  take_screenshot (window, "contacts-search-empty");
  search_for (fixture, "");

  liens_test_destroy_window (GTK_WINDOW (window));

  /* Narrow, a phone: the list, then a card. */
  window = GTK_WIDGET (fixture->window = present_window (fixture->store, 360, 640));
  leaflet = get_leaflet (fixture);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  take_screenshot (window, "contacts-narrow-list");

  activate (fixture, "contacts.show-contact", "x", emilie);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (ADW_LEAFLET (leaflet)), ==, "card");
  take_screenshot (window, "contacts-narrow-card");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (window, "contacts-narrow-card-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_widget_activate_action (window, "win.go-back", NULL);
  search_for (fixture, "xylophone");
  take_screenshot (window, "contacts-narrow-search-empty");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/contacts-page/empty", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_empty_store, fixture_tear_down);
  g_test_add ("/contacts-page/create-and-edit", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_create_and_edit, fixture_tear_down);
  g_test_add ("/contacts-page/search", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/contacts-page/filters", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/contacts-page/archive", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_archive, fixture_tear_down);
  g_test_add ("/contacts-page/delete-undo", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/contacts-page/day-changed", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_day_changed, fixture_tear_down);
  g_test_add ("/contacts-page/show-contact", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_show_contact, fixture_tear_down);
  g_test_add ("/contacts-page/narrow", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/contacts-page/restart", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_restart, fixture_tear_down);
  g_test_add ("/screenshots/contacts-page", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_screenshots, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
