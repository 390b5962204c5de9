/* test-encounter-editor.c: the encounter and introduction editors and their people picker,
 * driven as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-picker.h"
#include "liens-encounter-editor.h"
#include "liens-enum-names.h"
#include "liens-introduction-editor.h"
#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char *dir;
  LiensStore *store;
} Fixture;

#define PLACE "Café de la Paix, Lyon"
#define NOTES "Talked about the circular economy fair.\nÉmilie knows the organisers."
#define FOLLOW_UP_WHAT "Send Émilie the article on repair cafés"
#define NEW_NAME "Ada Lovelace"

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

static LiensContact *
get_contact (LiensStore *store,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact = liens_store_get_contact (store, id, &error);

  g_assert_no_error (error);

  return contact;
}

static LiensEncounter *
get_encounter (LiensStore *store,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensEncounter *encounter = liens_store_get_encounter (store, id, &error);

  g_assert_no_error (error);

  return encounter;
}

static gint64
add_event (LiensStore *store,
           const char *title)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GDateTime) start = g_date_time_new_local (2025, 11, 20, 9, 0, 0);
  g_autoptr(GError) error = NULL;

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  g_assert_true (liens_store_save_event (store, event, &error));
  g_assert_no_error (error);

  return liens_event_get_id (event);
}

/* An encounter with two sample contacts and a follow-up, three days ago. */
static LiensEncounter *
add_full_encounter (LiensStore *store)
{
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) date = g_date_time_new_local (g_date_time_get_year (day),
                                                     g_date_time_get_month (day),
                                                     g_date_time_get_day_of_month (day),
                                                     10, 15, 0);
  g_autoptr(GDateTime) follow_up = g_date_time_add_days (date, 10);
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  ids[0] = find_contact_id (store, "Ahmed Benali");
  ids[1] = find_contact_id (store, "Léa Nguyen");
  liens_encounter_set_contact_ids (encounter, ids, 2);
  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_VIDEO_CALL);
  liens_encounter_set_place (encounter, "Online");
  liens_encounter_set_notes (encounter, "Data platform for the incubator.");
  liens_encounter_set_help (encounter, LIENS_HELP_RECEIVED);
  liens_encounter_set_posture (encounter, LIENS_POSTURE_LEARNING);
  liens_encounter_set_follow_up_date (encounter, follow_up);
  liens_encounter_set_follow_up_what (encounter, "Share the benchmark");
  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);

  return get_encounter (store, liens_encounter_get_id (encounter));
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

static GtkWidget *
open_encounter_editor (Fixture        *fixture,
                       GtkWindow      *parent,
                       LiensEncounter *encounter,
                       gint64          contact_id)
{
  GtkWidget *editor = liens_encounter_editor_new (parent, fixture->store, encounter, contact_id);

  gtk_window_present (GTK_WINDOW (editor));
  liens_test_wait_for_mapped (editor);

  return editor;
}

static GtkWidget *
open_introduction_editor (Fixture           *fixture,
                          GtkWindow         *parent,
                          LiensIntroduction *introduction,
                          gint64             contact_id)
{
  GtkWidget *editor = liens_introduction_editor_new (parent, fixture->store, introduction, contact_id);

  gtk_window_present (GTK_WINDOW (editor));
  liens_test_wait_for_mapped (editor);

  return editor;
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

static const char *
get_entry (GtkWidget  *root,
           const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, title)));
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

static const char *
get_combo (GtkWidget  *root,
           const char *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, title));

  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
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

static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* Clicks the button of @response, as the user would. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  click (find_row (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label));
  liens_test_iterate ();
  /* A message dialog goes away once answered. */
  g_assert_null (dialog);
}

static gboolean
is_shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = liens_test_find_all_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);

  g_error ("No button with the tooltip “%s”", tooltip);
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

/* The names the matches show, in order. */
static GPtrArray *
get_match_titles (GtkWidget *picker)
{
  GtkPopover *popover = get_picker_popover (picker);
  GtkWidget *list = gtk_popover_get_child (popover);
  GPtrArray *titles = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (row, GTK_TYPE_LABEL);

      /* The first label that is no avatar's initials. */
      for (guint i = 0; i < labels->len; i++)
        if (gtk_widget_get_ancestor (g_ptr_array_index (labels, i), ADW_TYPE_AVATAR) == NULL)
          {
            g_ptr_array_add (titles, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));
            break;
          }
    }

  return titles;
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

/* A key pressed in the picker's entry; returns whether something took it. */
static gboolean
press_key (GtkWidget *picker,
           guint      keyval)
{
  GtkWidget *entry = get_picker_entry (picker);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  if (keyval == GDK_KEY_Return)
    {
      g_signal_emit_by_name (entry, "entry-activated");
      return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          return handled;
        }
    }

  g_error ("The picker's entry takes no keys");
}

/* The names of the people chosen, in order. */
static GPtrArray *
get_chosen_titles (GtkWidget *picker)
{
  g_autoptr(GPtrArray) rows = liens_test_find_all_widgets (picker, ADW_TYPE_ACTION_ROW);
  GPtrArray *titles = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (!ADW_IS_ENTRY_ROW (g_ptr_array_index (rows, i)) && !ADW_IS_COMBO_ROW (g_ptr_array_index (rows, i)))
      g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (g_ptr_array_index (rows, i)));

  return titles;
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

/* A window and a popover over it, in one picture, as the user sees them. */
static void
screenshot_with_popover (GtkWidget  *window,
                         GtkWidget  *popover,
                         const char *name)
{
  g_autoptr(GdkPaintable) window_paintable = NULL;
  g_autoptr(GdkPaintable) popover_paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  const char *language = g_getenv ("LANGUAGE");
  GtkSnapshot *snapshot;
  graphene_rect_t bounds;
  GdkSurface *surface;
  double window_x;
  double window_y;
  double popover_x;
  double popover_y;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  liens_test_wait_for_animations (window);
  liens_test_wait_for_frame (popover);

  /* Where the popover's widget is, in the window's widget coordinates. */
  surface = gtk_native_get_surface (GTK_NATIVE (popover));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &window_x, &window_y);
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &popover_x, &popover_y);

  window_paintable = gtk_widget_paintable_new (window);
  popover_paintable = gtk_widget_paintable_new (popover);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (window_paintable, GDK_SNAPSHOT (snapshot), width, height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) +
                                                          popover_x - window_x,
                                                          gdk_popup_get_position_y (GDK_POPUP (surface)) +
                                                          popover_y - window_y));
  gdk_paintable_snapshot (popover_paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (popover), gtk_widget_get_height (popover));
  gtk_snapshot_restore (snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);

  dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (language != NULL && *language != '\0')
    file_name = g_strdup_printf ("%s-%.2s.png", name, language);
  else
    file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* The encounter editor */

static void
encounter_saved_cb (GtkWidget       *editor,
                    LiensEncounter  *encounter,
                    LiensEncounter **out)
{
  g_assert_null (*out);
  *out = g_object_ref (encounter);
}

static void
test_encounter_log (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LiensEncounter) saved = NULL;
  g_autoptr(LiensEncounter) stored = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) follow_up = g_date_time_add_days (now, 14);
  GtkWidget *parent = adw_window_new ();
  GtkWidget *editor;
  GtkWidget *picker;
  GtkWidget *follow_up_row;
  GtkTextBuffer *notes;
  GDateTime *date;
  const gint64 *ids;
  guint n_ids = 0;
  guint n_contacts;
  gint64 emilie_id = find_contact_id (fixture->store, "Émilie Durand");
  gint64 helene_id = find_contact_id (fixture->store, "Hélène Petit");
  gint64 event_id;

  event_id = add_event (fixture->store, "Salon de l’Économie Circulaire");

  gtk_window_present (GTK_WINDOW (parent));
  editor = open_encounter_editor (fixture, GTK_WINDOW (parent), NULL, 0);
  g_signal_connect (editor, "saved", G_CALLBACK (encounter_saved_cb), &saved);

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (parent));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Log Encounter");

  /* Defaults: now, a meeting, no help, networking, no follow-up. */
  g_assert_cmpstr (get_combo (editor, "Kind"), ==, "Meeting");
  g_assert_cmpstr (get_combo (editor, "Help"), ==, "No help");
  g_assert_cmpstr (get_combo (editor, "Posture"), ==, "Networking");
  g_assert_cmpstr (get_combo (editor, "Event"), ==, "None");
  g_assert_true (is_shown (find_row (editor, ADW_TYPE_COMBO_ROW, "Event")));
  {
    g_autofree char *today = liens_format_date (now);

    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW, "Date",
                                                                              GTK_TYPE_MENU_BUTTON))),
                     ==, today);
  }

  /* Two people found by part of their names, typed without accents. */
  picker = find_picker (editor, "People Met");
  type_in_picker (picker, "emil");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_picker_popover (picker))));
  matches = get_match_titles (picker);
  g_assert_cmpuint (matches->len, >=, 2);
  g_assert_cmpstr (g_ptr_array_index (matches, 0), ==, "Émilie Durand");
  g_assert_cmpstr (g_ptr_array_index (matches, matches->len - 1), ==, "Add “emil” as a new contact");
  g_clear_pointer (&matches, g_ptr_array_unref);
  gtk_widget_activate (find_match (picker, "Émilie Durand"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_picker_popover (picker))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_picker_entry (picker))), ==, "");

  /* By keys: down to the second match, back up, Enter. */
  type_in_picker (picker, "helene pe");
  matches = get_match_titles (picker);
  g_assert_cmpstr (g_ptr_array_index (matches, 0), ==, "Hélène Petit");
  g_clear_pointer (&matches, g_ptr_array_unref);
  g_assert_true (press_key (picker, GDK_KEY_Down));
  g_assert_true (press_key (picker, GDK_KEY_Up));
  press_key (picker, GDK_KEY_Return);

  /* Chosen already: no longer offered. */
  type_in_picker (picker, "emilie");
  matches = get_match_titles (picker);
  for (guint i = 0; i < matches->len; i++)
    g_assert_cmpstr (g_ptr_array_index (matches, i), !=, "Émilie Durand");
  g_clear_pointer (&matches, g_ptr_array_unref);
  /* Escape closes the matches, not the dialog. */
  g_assert_true (press_key (picker, GDK_KEY_Escape));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_picker_popover (picker))));
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_false (press_key (picker, GDK_KEY_Escape));

  /* Someone new. */
  type_in_picker (picker, NEW_NAME);
  matches = get_match_titles (picker);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (matches, 0), ==, "Add “" NEW_NAME "” as a new contact");
  press_key (picker, GDK_KEY_Return);

  chosen = get_chosen_titles (picker);
  g_assert_cmpuint (chosen->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, "Émilie Durand");
  g_assert_cmpstr (g_ptr_array_index (chosen, 1), ==, "Hélène Petit");
  g_assert_cmpstr (g_ptr_array_index (chosen, 2), ==, NEW_NAME);
  g_assert_true (is_shown (find_label (picker, "New contact")));

  /* When: yesterday, 18:30. */
  select_day (GTK_CALENDAR (find_in_row (editor, ADW_TYPE_ACTION_ROW, "Date", GTK_TYPE_CALENDAR)), yesterday);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (liens_test_find_widget (find_row (editor, ADW_TYPE_ACTION_ROW, "Time"),
                                                                      GTK_TYPE_SPIN_BUTTON, NULL)), 18);
  {
    g_autoptr(GPtrArray) spins = liens_test_find_all_widgets (find_row (editor, ADW_TYPE_ACTION_ROW, "Time"),
                                                              GTK_TYPE_SPIN_BUTTON);

    g_assert_cmpuint (spins->len, ==, 2);
    gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 30);
    g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 1)), ==, "30");
  }
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW, "Time",
                                                                            GTK_TYPE_MENU_BUTTON))),
                   ==, "6:30 PM");

  select_combo (editor, "Kind", "Coffee or meal");
  set_entry (editor, "Place", PLACE);
  select_combo (editor, "Event", "Salon de l’Économie Circulaire");
  select_combo (editor, "Help", "I helped");
  select_combo (editor, "Posture", "Learning");
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (liens_test_find_widget (editor, GTK_TYPE_TEXT_VIEW, NULL)));
  gtk_text_buffer_set_text (notes, NOTES, -1);

  /* The follow-up: switched on, it opens; a week later by default; no "Done" yet. */
  follow_up_row = find_row (editor, ADW_TYPE_EXPANDER_ROW, "Follow Up");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (follow_up_row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (follow_up_row), TRUE);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (follow_up_row)));
  liens_test_wait_for_animations (editor);
  {
    g_autoptr(GDateTime) week_later = g_date_time_add_days (yesterday, 7);
    g_autofree char *expected = liens_format_date (week_later);
    GtkWidget *button = find_in_row (follow_up_row, ADW_TYPE_ACTION_ROW, "Date", GTK_TYPE_MENU_BUTTON);

    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, expected);
  }
  g_assert_false (is_shown (find_row (follow_up_row, ADW_TYPE_ACTION_ROW, C_("follow-up", "Done"))));
  select_day (GTK_CALENDAR (find_in_row (follow_up_row, ADW_TYPE_ACTION_ROW, "Date", GTK_TYPE_CALENDAR)), follow_up);
  set_entry (follow_up_row, "What to Do", FOLLOW_UP_WHAT);

  /* Nothing is written before Save. */
  contacts = liens_store_list_contacts (fixture->store);
  n_contacts = g_list_model_get_n_items (contacts);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_save_button (editor));
  assert_editor_closed (&editor);

  /* The new person is a contact, named as typed. */
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, n_contacts + 1);

  g_assert_nonnull (saved);
  g_assert_cmpint (liens_encounter_get_id (saved), >, 0);
  stored = get_encounter (fixture->store, liens_encounter_get_id (saved));

  ids = liens_encounter_get_contact_ids (stored, &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_cmpint (ids[0], ==, emilie_id);
  g_assert_cmpint (ids[1], ==, helene_id);
  {
    g_autoptr(LiensContact) ada = get_contact (fixture->store, ids[2]);

    g_assert_cmpstr (liens_contact_get_given_name (ada), ==, "Ada");
    g_assert_cmpstr (liens_contact_get_family_name (ada), ==, "Lovelace");
    g_assert_nonnull (liens_contact_get_last_encounter (ada));
  }

  date = liens_encounter_get_date (stored);
  g_assert_cmpint (g_date_time_get_year (date), ==, g_date_time_get_year (yesterday));
  g_assert_cmpint (g_date_time_get_month (date), ==, g_date_time_get_month (yesterday));
  g_assert_cmpint (g_date_time_get_day_of_month (date), ==, g_date_time_get_day_of_month (yesterday));
  g_assert_cmpint (g_date_time_get_hour (date), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (date), ==, 30);

  g_assert_cmpint (liens_encounter_get_kind (stored), ==, LIENS_ENCOUNTER_KIND_MEAL);
  g_assert_cmpstr (liens_encounter_get_place (stored), ==, PLACE);
  g_assert_cmpint (liens_encounter_get_event_id (stored), ==, event_id);
  g_assert_cmpstr (liens_encounter_get_notes (stored), ==, NOTES);
  g_assert_cmpint (liens_encounter_get_help (stored), ==, LIENS_HELP_GIVEN);
  g_assert_cmpint (liens_encounter_get_posture (stored), ==, LIENS_POSTURE_LEARNING);
  g_assert_nonnull (liens_encounter_get_follow_up_date (stored));
  g_assert_cmpint (g_date_time_get_day_of_month (liens_encounter_get_follow_up_date (stored)), ==,
                   g_date_time_get_day_of_month (follow_up));
  g_assert_cmpint (g_date_time_get_month (liens_encounter_get_follow_up_date (stored)), ==,
                   g_date_time_get_month (follow_up));
  g_assert_cmpstr (liens_encounter_get_follow_up_what (stored), ==, FOLLOW_UP_WHAT);
  g_assert_false (liens_encounter_get_follow_up_done (stored));

  /* The people met were met yesterday: their last encounter moved. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LiensContact) contact = get_contact (fixture->store, ids[i]);

      g_assert_nonnull (liens_contact_get_last_encounter (contact));
      g_assert_true (g_date_time_equal (liens_contact_get_last_encounter (contact), date));
    }

  liens_test_destroy_window (GTK_WINDOW (parent));
}

static void
test_encounter_prefilled (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(LiensEncounter) saved = NULL;
  gint64 zoe_id = find_contact_id (fixture->store, "Zoé Martin");
  GtkWidget *editor = open_encounter_editor (fixture, NULL, NULL, zoe_id);
  GtkWidget *picker = find_picker (editor, "People Met");
  const gint64 *ids;
  guint n_ids;

  g_signal_connect (editor, "saved", G_CALLBACK (encounter_saved_cb), &saved);

  /* Opened from Zoé's card: she is chosen, the form is complete, and unchanged. */
  chosen = get_chosen_titles (picker);
  g_assert_cmpuint (chosen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, "Zoé Martin");
  g_assert_true (gtk_widget_is_sensitive (find_save_button (editor)));
  g_assert_false (is_shown (find_label (editor, "Choose at least one person.")));

  /* No events: no event to link. */
  g_assert_false (is_shown (find_row (editor, ADW_TYPE_COMBO_ROW, "Event")));

  /* Ctrl+S saves as it is. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (editor, "editor.save", NULL);
  assert_editor_closed (&editor);

  g_assert_nonnull (saved);
  ids = liens_encounter_get_contact_ids (saved, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, zoe_id);
  g_assert_cmpint (liens_encounter_get_kind (saved), ==, LIENS_ENCOUNTER_KIND_MEETING);
  g_assert_null (liens_encounter_get_follow_up_date (saved));
}

static void
test_encounter_validation (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GListModel) encounters = liens_store_list_encounters (fixture->store);
  guint n_encounters = g_list_model_get_n_items (encounters);
  GtkWidget *editor = open_encounter_editor (fixture, NULL, NULL, 0);
  GtkWidget *save = find_save_button (editor);
  GtkWidget *picker = find_picker (editor, "People Met");
  GtkWidget *message = find_label (editor, "Choose at least one person.");
  AdwMessageDialog *dialog;

  /* Nobody: Save is off, and the form says why, quietly at first. */
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (message));
  g_assert_false (gtk_widget_has_css_class (message, "error"));

  set_entry (editor, "Place", "Gare Part-Dieu");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (message));
  g_assert_true (gtk_widget_has_css_class (message, "error"));

  /* Ctrl+S does nothing then. */
  gtk_widget_activate_action (editor, "editor.save", NULL);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, n_encounters);

  /* A name typed but not picked is nobody. */
  type_in_picker (picker, "Thomas");
  g_assert_false (gtk_widget_is_sensitive (save));
  press_key (picker, GDK_KEY_Return);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (is_shown (message));

  /* Removed: off again. */
  click (find_button_by_tooltip (picker, "Remove"));
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (message));

  /* Escape asks before losing the place typed. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (editor, "editor.cancel", NULL);
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "This new encounter will not be saved.");
  respond (dialog, "discard");
  assert_editor_closed (&editor);

  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, n_encounters);
}

static void
test_encounter_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LiensEncounter) encounter = add_full_encounter (fixture->store);
  g_autoptr(LiensEncounter) after = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  GtkWidget *editor = open_encounter_editor (fixture, NULL, encounter, 0);
  GtkWidget *follow_up_row;
  AdwMessageDialog *dialog;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Encounter");

  /* The form holds the encounter. */
  chosen = get_chosen_titles (find_picker (editor, "People Met"));
  g_assert_cmpuint (chosen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, "Ahmed Benali");
  g_assert_cmpstr (g_ptr_array_index (chosen, 1), ==, "Léa Nguyen");
  g_assert_cmpstr (get_combo (editor, "Kind"), ==, "Video call");
  g_assert_cmpstr (get_entry (editor, "Place"), ==, "Online");
  g_assert_cmpstr (get_combo (editor, "Help"), ==, "I was helped");
  g_assert_cmpstr (get_combo (editor, "Posture"), ==, "Learning");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW, "Time",
                                                                            GTK_TYPE_MENU_BUTTON))),
                   ==, "10:15 AM");
  follow_up_row = find_row (editor, ADW_TYPE_EXPANDER_ROW, "Follow Up");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (follow_up_row)));
  g_assert_cmpstr (get_entry (editor, "What to Do"), ==, "Share the benchmark");
  liens_test_wait_for_animations (editor);
  g_assert_true (is_shown (find_row (follow_up_row, ADW_TYPE_ACTION_ROW, "Done")));

  /* Nothing changed: Cancel closes at once. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_row (editor, GTK_TYPE_BUTTON, "_Cancel"));
  assert_editor_closed (&editor);
  g_assert_null (find_message_dialog ("Discard Changes?"));

  /* Changed, then cancelled: asked, kept, then discarded; the store never changes. */
  editor = open_encounter_editor (fixture, NULL, encounter, 0);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_entry (editor, "Place", "Somewhere else");
  select_combo (editor, "Help", "Mutual help");
  click (find_button_by_tooltip (find_picker (editor, "People Met"), "Remove"));

  click (find_row (editor, GTK_TYPE_BUTTON, "_Cancel"));
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The changes you made to this encounter will be lost.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  respond (dialog, "keep");
  g_assert_nonnull (editor);
  g_assert_cmpstr (get_entry (editor, "Place"), ==, "Somewhere else");

  /* The window manager's close button asks too. */
  gtk_window_close (GTK_WINDOW (editor));
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  assert_editor_closed (&editor);

  after = get_encounter (fixture->store, liens_encounter_get_id (encounter));
  g_assert_cmpstr (liens_encounter_get_place (after), ==, "Online");
  g_assert_cmpint (liens_encounter_get_help (after), ==, LIENS_HELP_RECEIVED);
  g_assert_true (g_date_time_equal (liens_encounter_get_date (after), liens_encounter_get_date (encounter)));
  {
    guint n_ids = 0;

    liens_encounter_get_contact_ids (after, &n_ids);
    g_assert_cmpuint (n_ids, ==, 2);
  }
}

static void
test_encounter_edit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LiensEncounter) encounter = add_full_encounter (fixture->store);
  g_autoptr(LiensEncounter) saved = NULL;
  g_autoptr(LiensEncounter) after = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *editor = open_encounter_editor (fixture, NULL, encounter, 0);
  GtkWidget *picker = find_picker (editor, "People Met");
  const gint64 *ids;
  guint n_ids = 0;

  g_signal_connect (editor, "saved", G_CALLBACK (encounter_saved_cb), &saved);

  /* Léa was not there after all; the follow-up is done. */
  rows = liens_test_find_all_widgets (picker, ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==, "Léa Nguyen");
  click (find_button_by_tooltip (g_ptr_array_index (rows, 1), "Remove"));
  gtk_widget_activate (find_row (editor, ADW_TYPE_ACTION_ROW, "Done"));
  set_entry (editor, "Place", "Kestrel Labs");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (editor, "editor.save", NULL);
  assert_editor_closed (&editor);

  g_assert_true (saved != encounter);
  g_assert_cmpint (liens_encounter_get_id (saved), ==, liens_encounter_get_id (encounter));

  after = get_encounter (fixture->store, liens_encounter_get_id (encounter));
  ids = liens_encounter_get_contact_ids (after, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, find_contact_id (fixture->store, "Ahmed Benali"));
  g_assert_cmpstr (liens_encounter_get_place (after), ==, "Kestrel Labs");
  g_assert_true (liens_encounter_get_follow_up_done (after));
  g_assert_cmpstr (liens_encounter_get_follow_up_what (after), ==, "Share the benchmark");
  g_assert_true (g_date_time_equal (liens_encounter_get_date (after), liens_encounter_get_date (encounter)));
  g_assert_cmpstr (liens_encounter_get_notes (after), ==, liens_encounter_get_notes (encounter));
  g_assert_cmpint (liens_encounter_get_kind (after), ==, LIENS_ENCOUNTER_KIND_VIDEO_CALL);
}

static void
test_encounter_save_error (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(LiensEncounter) encounter = add_full_encounter (fixture->store);
  g_autoptr(GError) error = NULL;
  GtkWidget *editor = open_encounter_editor (fixture, NULL, encounter, 0);
  AdwMessageDialog *dialog;

  set_entry (editor, "Place", "Brasserie Georges");

  /* Deleted elsewhere meanwhile: saving fails, and says so. */
  g_assert_true (liens_store_delete_encounter (fixture->store, liens_encounter_get_id (encounter), &error));
  g_assert_no_error (error);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_save_button (editor));
  dialog = find_message_dialog ("Cannot Save the Encounter");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  respond (dialog, "close");

  /* Everything typed is still there. */
  g_assert_nonnull (editor);
  g_assert_cmpstr (get_entry (editor, "Place"), ==, "Brasserie Georges");

  liens_test_destroy_window (GTK_WINDOW (editor));
}

static void
test_encounter_accessible_names (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LiensEncounter) encounter = add_full_encounter (fixture->store);
  GtkWidget *editor = open_encounter_editor (fixture, NULL, encounter, 0);
  GtkWidget *picker = find_picker (editor, "People Met");

  type_in_picker (picker, "a");
  liens_test_assert_widgets_are_named (editor);
  press_key (picker, GDK_KEY_Escape);
  liens_test_destroy_window (GTK_WINDOW (editor));

  editor = open_introduction_editor (fixture, NULL, NULL, 0);
  liens_test_assert_widgets_are_named (editor);
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* The introduction editor */

static void
introduction_saved_cb (GtkWidget          *editor,
                       LiensIntroduction  *introduction,
                       LiensIntroduction **out)
{
  g_assert_null (*out);
  *out = g_object_ref (introduction);
}

static void
pick (GtkWidget  *picker,
      const char *typed,
      const char *match)
{
  type_in_picker (picker, typed);
  gtk_widget_activate (find_match (picker, match));
}

static void
assert_introductions (LiensStore *store,
                      gint64      contact_id,
                      guint       made_for_user,
                      guint       made_by_user)
{
  g_autoptr(GError) error = NULL;
  guint for_user = G_MAXUINT;
  guint by_user = G_MAXUINT;

  g_assert_true (liens_store_count_introductions (store, contact_id, &for_user, &by_user, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (for_user, ==, made_for_user);
  g_assert_cmpuint (by_user, ==, made_by_user);
}

static void
test_introduction_made_by_user (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(LiensIntroduction) saved = NULL;
  g_autoptr(LiensIntroduction) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 ahmed_id = find_contact_id (fixture->store, "Ahmed Benali");
  gint64 sarah_id = find_contact_id (fixture->store, "Sarah O'Connor");
  GtkWidget *editor = open_introduction_editor (fixture, NULL, NULL, ahmed_id);
  GtkWidget *save = find_save_button (editor);
  GtkWidget *second;
  GtkWidget *message;

  g_signal_connect (editor, "saved", G_CALLBACK (introduction_saved_cb), &saved);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Record Introduction");

  /* By default, the user introduced the person it was opened for to someone. */
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW,
                                                                             "I introduced two people",
                                                                             GTK_TYPE_CHECK_BUTTON))));
  {
    g_autoptr(GPtrArray) chosen = get_chosen_titles (find_picker (editor, "First Person"));

    g_assert_cmpuint (chosen->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, "Ahmed Benali");
  }
  /* A single choice: the entry gives way to the person chosen. */
  g_assert_false (is_shown (get_picker_entry (find_picker (editor, "First Person"))));

  message = find_label (editor, "Choose the two people you introduced.");
  g_assert_true (is_shown (message));
  g_assert_false (gtk_widget_is_sensitive (save));

  /* The same person twice is no introduction. */
  second = find_picker (editor, "Second Person");
  pick (second, "ahmed", "Ahmed Benali");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (find_label (editor, "Choose two different people.")));
  g_assert_true (gtk_widget_has_css_class (find_label (editor, "Choose two different people."), "error"));
  click (find_button_by_tooltip (second, "Remove"));

  pick (second, "sarah", "Sarah O'Connor");
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (is_shown (message));

  /* Today, by default. */
  {
    g_autofree char *today = liens_format_date (now);

    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW, "Date",
                                                                              GTK_TYPE_MENU_BUTTON))),
                     ==, today);
  }
  set_entry (editor, "Context", "Sarah looks for a CTO for Dublin Fintech");
  set_entry (editor, "Outcome", "They met for lunch");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (save);
  assert_editor_closed (&editor);

  g_assert_nonnull (saved);
  stored = liens_store_get_introduction (fixture->store, liens_introduction_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (stored), ==, 0);
  g_assert_cmpint (liens_introduction_get_first_id (stored), ==, ahmed_id);
  g_assert_cmpint (liens_introduction_get_second_id (stored), ==, sarah_id);
  g_assert_cmpstr (liens_introduction_get_context (stored), ==, "Sarah looks for a CTO for Dublin Fintech");
  g_assert_cmpstr (liens_introduction_get_outcome (stored), ==, "They met for lunch");
  g_assert_cmpint (g_date_time_get_day_of_month (liens_introduction_get_date (stored)), ==,
                   g_date_time_get_day_of_month (now));

  /* The help the user gave both of them. */
  assert_introductions (fixture->store, ahmed_id, 0, 1);
  assert_introductions (fixture->store, sarah_id, 0, 1);

  /* Opened again: the same form, and nothing to lose. */
  editor = open_introduction_editor (fixture, NULL, stored, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Introduction");
  {
    g_autoptr(GPtrArray) chosen = get_chosen_titles (find_picker (editor, "Second Person"));

    g_assert_cmpstr (g_ptr_array_index (chosen, 0), ==, "Sarah O'Connor");
  }
  g_assert_cmpstr (get_entry (editor, "Outcome"), ==, "They met for lunch");
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (editor, "editor.cancel", NULL);
  assert_editor_closed (&editor);
}

static void
test_introduction_made_for_user (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LiensIntroduction) saved = NULL;
  g_autoptr(LiensIntroduction) stored = NULL;
  g_autoptr(LiensContact) ada = NULL;
  g_autoptr(GError) error = NULL;
  gint64 benoit_id = find_contact_id (fixture->store, "Benoît Fontaine");
  GtkWidget *editor = open_introduction_editor (fixture, NULL, NULL, 0);
  GtkWidget *save = find_save_button (editor);
  GtkWidget *other = find_row (editor, ADW_TYPE_ACTION_ROW, "Someone introduced me");

  g_signal_connect (editor, "saved", G_CALLBACK (introduction_saved_cb), &saved);

  /* The other way: the pickers take the other roles. */
  gtk_widget_activate (other);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (liens_test_find_widget (other, GTK_TYPE_CHECK_BUTTON,
                                                                                        NULL))));
  g_assert_true (is_shown (find_label (editor, "Choose who introduced you, and to whom.")));
  g_assert_true (gtk_widget_has_css_class (find_label (editor, "Choose who introduced you, and to whom."), "error"));

  pick (find_picker (editor, "Introduced By"), "benoit", "Benoît Fontaine");
  g_assert_false (gtk_widget_is_sensitive (save));
  type_in_picker (find_picker (editor, "Introduced To"), NEW_NAME);
  press_key (find_picker (editor, "Introduced To"), GDK_KEY_Return);
  g_assert_true (gtk_widget_is_sensitive (save));
  set_entry (editor, "Context", "Rotary dinner");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (editor, "editor.save", NULL);
  assert_editor_closed (&editor);

  stored = liens_store_get_introduction (fixture->store, liens_introduction_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (stored), ==, benoit_id);
  g_assert_cmpint (liens_introduction_get_second_id (stored), ==, 0);
  ada = get_contact (fixture->store, liens_introduction_get_first_id (stored));
  g_assert_cmpstr (liens_contact_get_display_name (ada), ==, NEW_NAME);
  g_assert_cmpstr (liens_introduction_get_context (stored), ==, "Rotary dinner");
  g_assert_null (liens_introduction_get_outcome (stored));

  /* The help Benoît gave the user. */
  assert_introductions (fixture->store, benoit_id, 1, 0);
  assert_introductions (fixture->store, liens_contact_get_id (ada), 0, 0);

  /* Opened again, it reads the same way. */
  editor = open_introduction_editor (fixture, NULL, stored, 0);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_in_row (editor, ADW_TYPE_ACTION_ROW,
                                                                             "Someone introduced me",
                                                                             GTK_TYPE_CHECK_BUTTON))));
  {
    g_autoptr(GPtrArray) by = get_chosen_titles (find_picker (editor, "Introduced By"));
    g_autoptr(GPtrArray) to = get_chosen_titles (find_picker (editor, "Introduced To"));

    g_assert_cmpstr (g_ptr_array_index (by, 0), ==, "Benoît Fontaine");
    g_assert_cmpstr (g_ptr_array_index (to, 0), ==, NEW_NAME);
  }
  g_assert_true (gtk_widget_is_sensitive (find_save_button (editor)));
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* Screenshots */

static GtkWidget *
open_filled_encounter_editor (Fixture *fixture,
                              int      width,
                              int      height)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) follow_up = g_date_time_add_days (now, 10);
  GtkWidget *editor = liens_encounter_editor_new (NULL, fixture->store, NULL,
                                                  find_contact_id (fixture->store, "Émilie Durand"));
  GtkWidget *picker;
  GtkWidget *follow_up_row;

  present_at_size (GTK_WINDOW (editor), width, height);

  picker = find_picker (editor, _("People Met"));
  pick (picker, "helene", "Hélène Petit");
  liens_contact_picker_add_pending_name (LIENS_CONTACT_PICKER (picker), NEW_NAME);

  select_combo (editor, _("Kind"), liens_encounter_kind_get_display_name (LIENS_ENCOUNTER_KIND_MEAL));
  set_entry (editor, _("Place"), PLACE);
  select_combo (editor, _("Event"), "Salon de l’Économie Circulaire");
  select_combo (editor, _("Help"), liens_help_get_display_name (LIENS_HELP_GIVEN));
  select_combo (editor, _("Posture"), liens_posture_get_display_name (LIENS_POSTURE_NETWORKING));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (liens_test_find_widget (editor, GTK_TYPE_TEXT_VIEW,
                                                                                             NULL))),
                            NOTES, -1);
  follow_up_row = find_row (editor, ADW_TYPE_EXPANDER_ROW, _("Follow Up"));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (follow_up_row), TRUE);
  select_day (GTK_CALENDAR (find_in_row (follow_up_row, ADW_TYPE_ACTION_ROW, _("Date"), GTK_TYPE_CALENDAR)), follow_up);
  set_entry (follow_up_row, _("What to Do"), FOLLOW_UP_WHAT);

  return editor;
}

static void
test_screenshots_encounter (Fixture       *fixture,
                            gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(LiensEncounter) encounter = NULL;
  GtkWidget *editor;
  GtkWidget *picker;
  GtkWidget *scrolled;
  GtkWidget *time_button;

  add_event (fixture->store, "Salon de l’Économie Circulaire");

  editor = open_filled_encounter_editor (fixture, 600, 800);
  screenshot_scrolled (editor, "encounter-editor-wide");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot_scrolled (editor, "encounter-editor-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  /* The matches, as the user types. */
  picker = find_picker (editor, _("People Met"));
  type_in_picker (picker, "ma");
  screenshot_with_popover (editor, GTK_WIDGET (get_picker_popover (picker)), "encounter-editor-picker");
  type_in_picker (picker, "Jeanne Barr");
  screenshot_with_popover (editor, GTK_WIDGET (get_picker_popover (picker)), "encounter-editor-picker-new");
  press_key (picker, GDK_KEY_Escape);

  /* The time, in a popover of its own. */
  time_button = find_in_row (editor, ADW_TYPE_ACTION_ROW, _("Time"), GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (time_button));
  screenshot_with_popover (editor, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (time_button))),
                           "encounter-editor-time");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (time_button));

  gtk_widget_activate_action (editor, "editor.cancel", NULL);
  screenshot (GTK_WIDGET (find_message_dialog (_("Discard Changes?"))), "encounter-editor-discard");
  liens_test_destroy_window (GTK_WINDOW (editor));

  editor = open_filled_encounter_editor (fixture, 360, 640);
  screenshot_scrolled (editor, "encounter-editor-narrow");
  picker = find_picker (editor, _("People Met"));
  type_in_picker (picker, "le");
  screenshot_with_popover (editor, GTK_WIDGET (get_picker_popover (picker)), "encounter-editor-narrow-picker");
  press_key (picker, GDK_KEY_Escape);
  liens_test_destroy_window (GTK_WINDOW (editor));

  /* A blank form, and an existing encounter. */
  editor = liens_encounter_editor_new (NULL, fixture->store, NULL, 0);
  present_at_size (GTK_WINDOW (editor), 600, 800);
  screenshot (editor, "encounter-editor-blank");
  liens_test_destroy_window (GTK_WINDOW (editor));

  encounter = add_full_encounter (fixture->store);
  editor = liens_encounter_editor_new (NULL, fixture->store, encounter, 0);
  present_at_size (GTK_WINDOW (editor), 600, 800);
  scrolled = liens_test_find_widget (editor, GTK_TYPE_SCROLLED_WINDOW, NULL);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 100000);
  screenshot (editor, "encounter-editor-edit-bottom");
  liens_test_destroy_window (GTK_WINDOW (editor));
}

static void
test_screenshots_introduction (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *editor;
  GtkWidget *picker;

  editor = liens_introduction_editor_new (NULL, fixture->store, NULL,
                                          find_contact_id (fixture->store, "Ahmed Benali"));
  present_at_size (GTK_WINDOW (editor), 600, 800);
  screenshot (editor, "introduction-editor-blank");

  picker = find_picker (editor, _("Second Person"));
  pick (picker, "sarah", "Sarah O'Connor");
  set_entry (editor, _("Context"), "Sarah looks for a CTO for Dublin Fintech");
  set_entry (editor, _("Outcome"), "They met for lunch, then again in Dublin");
  screenshot (editor, "introduction-editor");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (editor, "introduction-editor-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  liens_test_destroy_window (GTK_WINDOW (editor));

  editor = liens_introduction_editor_new (NULL, fixture->store, NULL, 0);
  present_at_size (GTK_WINDOW (editor), 360, 640);
  gtk_widget_activate (find_row (editor, ADW_TYPE_ACTION_ROW, _("Someone introduced me")));
  picker = find_picker (editor, _("Introduced By"));
  pick (picker, "benoit", "Benoît Fontaine");
  picker = find_picker (editor, _("Introduced To"));
  pick (picker, "benoit", "Benoît Fontaine");
  screenshot_scrolled (editor, "introduction-editor-narrow-same");
  liens_test_destroy_window (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  liens_test_init (&argc, &argv);

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/encounter-editor/log", test_encounter_log);
  ADD_TEST ("/encounter-editor/prefilled", test_encounter_prefilled);
  ADD_TEST ("/encounter-editor/validation", test_encounter_validation);
  ADD_TEST ("/encounter-editor/cancel", test_encounter_cancel);
  ADD_TEST ("/encounter-editor/edit", test_encounter_edit);
  ADD_TEST ("/encounter-editor/save-error", test_encounter_save_error);
  ADD_TEST ("/encounter-editor/accessible-names", test_encounter_accessible_names);
  ADD_TEST ("/introduction-editor/made-by-user", test_introduction_made_by_user);
  ADD_TEST ("/introduction-editor/made-for-user", test_introduction_made_for_user);
  ADD_TEST ("/screenshots/encounter-editor", test_screenshots_encounter);
  ADD_TEST ("/screenshots/introduction-editor", test_screenshots_introduction);

#undef ADD_TEST

  return g_test_run ();
}
