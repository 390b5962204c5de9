/* test-contact-editor.c: the contact card and the contact editor, driven as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "liens-contact-card.h"
#include "liens-contact-editor.h"
#include "liens-encounter-editor.h"
#include "liens-enum-names.h"
#include "liens-format.h"
#include "liens-introduction-editor.h"
#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char *dir;
  LiensStore *store;
} Fixture;

/* What the full sample contact is made of, to compare with what the card shows. */
#define FULL_GIVEN_NAME "Hélène"
#define FULL_FAMILY_NAME "Lefèvre-Darcy"
#define FULL_NAME FULL_GIVEN_NAME " " FULL_FAMILY_NAME
#define FULL_ROLE "Head of Innovation"
#define FULL_ORGANISATION "Atelier Mérignac"
#define FULL_MET_HOW "Panel on circular design at the Salon de l’Industrie, Lyon"
#define FULL_EXPERTISE "Circular design, supply chains"
#define FULL_INTERESTS "Trail running, jazz, ceramics"
#define FULL_EMAIL "helene.lefevre@atelier-merignac.fr"
#define FULL_PHONE "+33 6 12 34 56 78"
#define FULL_LINKEDIN "https://www.linkedin.com/in/helene-lefevre-darcy"
#define FULL_MASTODON "@helene@mastodon.social"
#define FULL_NOTES "Prefers mornings. Working on a book about repairable furniture.\n" \
                   "Ask how the Lyon workshop is going; she offered to introduce me to Paul."
#define INTRODUCER_NAME "Marc Delacroix"
#define NETWORK_1 "Alumni Sciences Po"
#define NETWORK_2 "Club des Entrepreneurs Lyonnais"

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
  liens_test_iterate ();
  g_assert_finalize_object (fixture->store);
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers: the store */

static gint64
add_network (LiensStore       *store,
             const char       *name,
             LiensNetworkKind  kind)
{
  g_autoptr(LiensNetwork) network = liens_network_new ();
  g_autoptr(GError) error = NULL;

  liens_network_set_name (network, name);
  liens_network_set_kind (network, kind);
  g_assert_true (liens_store_save_network (store, network, &error));
  g_assert_no_error (error);

  return liens_network_get_id (network);
}

static LiensContact *
add_contact (LiensStore *store,
             const char *given_name,
             const char *family_name)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GError) error = NULL;

  liens_contact_set_given_name (contact, given_name);
  liens_contact_set_family_name (contact, family_name);
  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&contact);
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

/* A contact with everything filled in, met long enough ago to be overdue. */
static LiensContact *
add_full_contact (LiensStore *store)
{
  g_autoptr(LiensContact) introducer = add_contact (store, "Marc", "Delacroix");
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) met_on = g_date_time_new_local (2023, 3, 14, 12, 0, 0);
  g_autoptr(GDateTime) last_encounter = g_date_time_add_days (now, -45);
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "design", "lyon", "circular economy", NULL };
  gint64 network_ids[2];
  gint64 id;

  network_ids[0] = add_network (store, NETWORK_1, LIENS_NETWORK_KIND_ALUMNI);
  network_ids[1] = add_network (store, NETWORK_2, LIENS_NETWORK_KIND_BUSINESS_CLUB);

  liens_contact_set_given_name (contact, FULL_GIVEN_NAME);
  liens_contact_set_family_name (contact, FULL_FAMILY_NAME);
  liens_contact_set_role (contact, FULL_ROLE);
  liens_contact_set_organisation (contact, FULL_ORGANISATION);
  liens_contact_set_met_how (contact, FULL_MET_HOW);
  liens_contact_set_met_on (contact, met_on);
  liens_contact_set_introduced_by_id (contact, liens_contact_get_id (introducer));
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_CLOSE);
  liens_contact_set_tie_nature (contact, LIENS_TIE_NATURE_BOTH);
  liens_contact_set_profile (contact, LIENS_PROFILE_SUPER_CONNECTOR);
  liens_contact_set_expertise (contact, FULL_EXPERTISE);
  liens_contact_set_interests (contact, FULL_INTERESTS);
  liens_contact_set_tags (contact, tags);
  liens_contact_set_network_ids (contact, network_ids, 2);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "work", FULL_EMAIL);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, "mobile", FULL_PHONE);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_LINKEDIN, NULL, FULL_LINKEDIN);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_MASTODON, NULL, FULL_MASTODON);
  liens_contact_set_cadence (contact, LIENS_CADENCE_MONTH);
  liens_contact_set_notes (contact, FULL_NOTES);
  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  id = liens_contact_get_id (contact);
  liens_encounter_set_date (encounter, last_encounter);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_MEAL);
  liens_encounter_set_contact_ids (encounter, &id, 1);
  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);

  /* As the contacts page would hand it over: with its last encounter. */
  return get_contact (store, id);
}

/* The names of the people a contact's timeline mentions. */
#define ZOE_NAME "Zoé Martin"
#define AHMED_NAME "Ahmed Benali"

static GDateTime *
days_from_now (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_add_days (now, days);
}

static LiensEncounter *
new_encounter (gint64              contact_id,
               gint64              other_id,
               int                 days,
               LiensEncounterKind  kind,
               const char         *notes)
{
  LiensEncounter *encounter = liens_encounter_new ();
  g_autoptr(GDateTime) date = days_from_now (days);
  gint64 ids[2] = { contact_id, other_id };

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, kind);
  liens_encounter_set_notes (encounter, notes);
  liens_encounter_set_contact_ids (encounter, ids, other_id > 0 ? 2 : 1);

  return encounter;
}

static gint64
save_encounter (LiensStore     *store,
                LiensEncounter *encounter)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);

  return liens_encounter_get_id (encounter);
}

static gint64
add_introduction (LiensStore *store,
                  gint64      introducer_id,
                  gint64      first_id,
                  gint64      second_id,
                  int         days)
{
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
  g_autoptr(GDateTime) date = days_from_now (days);
  g_autoptr(GError) error = NULL;

  liens_introduction_set_introducer_id (introduction, introducer_id);
  liens_introduction_set_first_id (introduction, first_id);
  liens_introduction_set_second_id (introduction, second_id);
  liens_introduction_set_date (introduction, date);
  g_assert_true (liens_store_save_introduction (store, introduction, &error));
  g_assert_no_error (error);

  return liens_introduction_get_id (introduction);
}

/* Seven encounters with @contact_id and two introductions, all in the past; the five newest
 * are, in order: a lunch with Zoé, a call, Zoé introduced by the contact, a video call with
 * Zoé and Ahmed, and the contact introduced by the user to Ahmed. Returns Zoé's id. */
static gint64
add_timeline (LiensStore *store,
              gint64      contact_id)
{
  g_autoptr(LiensContact) zoe = add_contact (store, "Zoé", "Martin");
  g_autoptr(LiensContact) ahmed = add_contact (store, "Ahmed", "Benali");
  gint64 zoe_id = liens_contact_get_id (zoe);
  gint64 ahmed_id = liens_contact_get_id (ahmed);
  g_autoptr(GDateTime) soon = days_from_now (3);
  g_autoptr(GDateTime) past = days_from_now (-1);
  LiensEncounter *encounter;
  gint64 ids[3] = { contact_id, zoe_id, ahmed_id };

  encounter = new_encounter (contact_id, zoe_id, -1, LIENS_ENCOUNTER_KIND_MEAL,
                             "Lunch at Le Comptoir\nShe is hiring a designer.");
  liens_encounter_set_place (encounter, "Le Comptoir, Lyon");
  liens_encounter_set_help (encounter, LIENS_HELP_GIVEN);
  liens_encounter_set_follow_up_date (encounter, soon);
  liens_encounter_set_follow_up_what (encounter, "Send the portfolio");
  save_encounter (store, encounter);
  g_object_unref (encounter);

  encounter = new_encounter (contact_id, 0, -3, LIENS_ENCOUNTER_KIND_CALL, NULL);
  liens_encounter_set_posture (encounter, LIENS_POSTURE_PROSPECTING);
  liens_encounter_set_follow_up_date (encounter, past);
  liens_encounter_set_follow_up_what (encounter, "Send the quote");
  save_encounter (store, encounter);
  g_object_unref (encounter);

  add_introduction (store, contact_id, zoe_id, 0, -5);

  encounter = new_encounter (contact_id, 0, -10, LIENS_ENCOUNTER_KIND_VIDEO_CALL, NULL);
  liens_encounter_set_place (encounter, "Jitsi");
  liens_encounter_set_contact_ids (encounter, ids, 3);
  liens_encounter_set_help (encounter, LIENS_HELP_MUTUAL);
  liens_encounter_set_posture (encounter, LIENS_POSTURE_LEARNING);
  save_encounter (store, encounter);
  g_object_unref (encounter);

  add_introduction (store, 0, contact_id, ahmed_id, -15);

  encounter = new_encounter (contact_id, 0, -20, LIENS_ENCOUNTER_KIND_MEETING,
                             "Workshop on repairable furniture");
  save_encounter (store, encounter);
  g_object_unref (encounter);

  encounter = new_encounter (contact_id, 0, -40, LIENS_ENCOUNTER_KIND_MESSAGE, "Thanks for the intro");
  save_encounter (store, encounter);
  g_object_unref (encounter);

  encounter = new_encounter (contact_id, 0, -70, LIENS_ENCOUNTER_KIND_EVENT, NULL);
  liens_encounter_set_place (encounter, "Salon de l’Industrie, Lyon");
  save_encounter (store, encounter);
  g_object_unref (encounter);

  encounter = new_encounter (contact_id, 0, -200, LIENS_ENCOUNTER_KIND_OTHER, NULL);
  save_encounter (store, encounter);
  g_object_unref (encounter);

  return zoe_id;
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

static LiensContactEditor *
open_editor (Fixture      *fixture,
             GtkWindow    *parent,
             LiensContact *contact)
{
  GtkWidget *editor = liens_contact_editor_new (parent, fixture->store, contact);

  gtk_window_present (GTK_WINDOW (editor));
  liens_test_wait_for_mapped (editor);

  return LIENS_CONTACT_EDITOR (editor);
}

/* After the editor closed itself: nothing keeps it alive. */
static void
assert_editor_closed (LiensContactEditor **editor)
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

/* The entry rows titled @title, in order. */
static GPtrArray *
find_entry_rows (GtkWidget  *root,
                 const char *title)
{
  g_autoptr(GPtrArray) all = liens_test_find_all_widgets (root, ADW_TYPE_ENTRY_ROW);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (liens_test_widget_get_text (g_ptr_array_index (all, i)), title) == 0)
      g_ptr_array_add (rows, g_ptr_array_index (all, i));

  return rows;
}

static GtkWidget *
add_detail (GtkWidget  *root,
            const char *button_title,
            const char *row_title,
            const char *value)
{
  g_autoptr(GPtrArray) before = find_entry_rows (root, row_title);
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *row;

  gtk_widget_activate (find_row (root, ADW_TYPE_ACTION_ROW, button_title));
  after = find_entry_rows (root, row_title);
  g_assert_cmpuint (after->len, ==, before->len + 1);

  row = g_ptr_array_index (after, after->len - 1);
  gtk_editable_set_text (GTK_EDITABLE (row), value);

  return row;
}

static GtkWidget *
find_save_button (GtkWidget *editor)
{
  return find_row (editor, GTK_TYPE_BUTTON, "_Save");
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

static void
assert_text_shown (GtkWidget  *root,
                   const char *text)
{
  GtkWidget *widget = liens_test_find_widget (root, G_TYPE_INVALID, text);

  if (!is_shown (widget))
    g_error ("“%s” is not shown", text);
}

static GtkWidget *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);

  return NULL;
}

static AdwPreferencesGroup *
find_group (GtkWidget  *root,
            const char *title)
{
  g_autoptr(GPtrArray) groups = liens_test_find_all_widgets (root, ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
      return g_ptr_array_index (groups, i);

  g_error ("No group titled “%s”", title);
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

/* The label of the item of @menu, or of one of its sections, that activates @action. */
static char *
dup_menu_label (GMenuModel *menu,
                const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *item_action = NULL;
      char *label = NULL;

      if (section != NULL && (label = dup_menu_label (section, action)) != NULL)
        return label;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_strcmp0 (item_action, action) == 0 &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return label;
    }

  return NULL;
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
}

static void
noop_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
}

static gint64 last_shown_contact_id;

static void
show_contact_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  last_shown_contact_id = g_variant_get_int64 (parameter);
}

static gint64 last_timeline_contact_id;

static void
show_contact_timeline_action_cb (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  last_timeline_contact_id = g_variant_get_int64 (parameter);
}

/* The window's action that opens the Timeline page on one person; it records its target. */
static void
add_window_actions (GtkWidget *window)
{
  static const GActionEntry entries[] = {
    { "show-contact-timeline", show_contact_timeline_action_cb, "x", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
}

/* The actions the contacts page gives the card; "show-contact" only records its target. */
static void
add_contacts_actions (GtkWidget *widget)
{
  static const GActionEntry entries[] = {
    { "edit", noop_action_cb, NULL, NULL, NULL, { 0 } },
    { "archive", noop_action_cb, NULL, NULL, NULL, { 0 } },
    { "delete", noop_action_cb, NULL, NULL, NULL, { 0 } },
    { "show-contact", show_contact_action_cb, "x", NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (widget, "contacts", G_ACTION_GROUP (group));
}

static GtkWidget *
present_card (LiensStore   *store,
              LiensContact *contact,
              int           width,
              int           height,
              GtkWidget   **out_card)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *card = liens_contact_card_new ();

  liens_contact_card_set_store (LIENS_CONTACT_CARD (card), store);
  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), contact);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), card);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  add_contacts_actions (window);
  add_window_actions (window);
  present_at_size (GTK_WINDOW (window), width, height);

  if (out_card != NULL)
    *out_card = card;

  return window;
}

/* The editor */

static void
saved_cb (LiensContactEditor  *editor,
          LiensContact        *contact,
          LiensContact       **out)
{
  g_assert_null (*out);
  *out = g_object_ref (contact);
}

static void
test_editor_new_contact (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LiensContact) introducer = add_contact (fixture->store, "Marc", "Delacroix");
  g_autoptr(LiensContact) saved = NULL;
  g_autoptr(LiensContact) stored = NULL;
  g_autoptr(GPtrArray) emails = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GDateTime) met_on = g_date_time_new_local (2024, 5, 21, 9, 0, 0);
  GtkWidget *parent = adw_window_new ();
  LiensContactEditor *editor;
  GtkWidget *root;
  GtkWidget *link_row;
  GtkWidget *dropdown;
  GtkTextBuffer *notes;
  GPtrArray *details;
  const char * const *tags;
  const gint64 *network_ids;
  guint n_network_ids = 0;
  gint64 alumni_id;

  alumni_id = add_network (fixture->store, NETWORK_1, LIENS_NETWORK_KIND_ALUMNI);
  add_network (fixture->store, NETWORK_2, LIENS_NETWORK_KIND_BUSINESS_CLUB);

  gtk_window_present (GTK_WINDOW (parent));
  editor = open_editor (fixture, GTK_WINDOW (parent), NULL);
  root = GTK_WIDGET (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (parent));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Contact");

  set_entry (root, "Given Name", "Amélie");
  set_entry (root, "Family Name", "Poulain");
  set_entry (root, "Organisation", "Café des 2 Moulins");
  set_entry (root, "Role", "Waitress");
  set_entry (root, "Where and How", "Neighbourhood breakfast");

  /* The date, from the calendar's popover. */
  gtk_calendar_select_day (GTK_CALENDAR (liens_test_find_widget (root, GTK_TYPE_CALENDAR, NULL)), met_on);
  g_signal_emit_by_name (liens_test_find_widget (root, GTK_TYPE_CALENDAR, NULL), "day-selected");

  /* Introduced by Marc: the drop-down lists nobody first, then the contacts. */
  dropdown = liens_test_find_widget (find_row (root, ADW_TYPE_ACTION_ROW, "Introduced By"),
                                     GTK_TYPE_DROP_DOWN, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown))), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);

  add_detail (root, "Add Email", "Email", "amelie@deux-moulins.fr");
  add_detail (root, "Add Email", "Email", "amelie.poulain@example.org");
  add_detail (root, "Add Phone", "Phone", "+33 1 42 54 90 00");
  link_row = add_detail (root, "Add Link", "Website", "https://www.linkedin.com/in/amelie-poulain");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (liens_test_find_widget (link_row, GTK_TYPE_DROP_DOWN, NULL)), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (link_row)), ==, "LinkedIn");

  set_entry (root, "Add Tag", "cinema, Montmartre");
  g_signal_emit_by_name (find_row (root, ADW_TYPE_ENTRY_ROW, "Add Tag"), "apply");
  g_assert_cmpstr (get_entry (root, "Add Tag"), ==, "");
  assert_text_shown (root, "Montmartre");
  /* A tag still being typed is saved too. */
  set_entry (root, "Add Tag", "photography");

  gtk_widget_activate (find_row (root, ADW_TYPE_ACTION_ROW, NETWORK_1));
  set_entry (root, "New Network", "Paris Food Lovers");

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Reconnect")),
                              LIENS_CADENCE_MONTH);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Strength")),
                              LIENS_TIE_STRENGTH_REGULAR);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Networking Profile")),
                              LIENS_PROFILE_RESERVED);

  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (liens_test_find_widget (root, GTK_TYPE_TEXT_VIEW, NULL)));
  gtk_text_buffer_set_text (notes, "Loves small pleasures.\nSkips stones on the canal.", -1);

  /* Nothing is written before Save. */
  contacts = liens_store_list_contacts (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_save_button (root));
  assert_editor_closed (&editor);

  g_assert_nonnull (saved);
  g_assert_cmpint (liens_contact_get_id (saved), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);

  stored = get_contact (fixture->store, liens_contact_get_id (saved));
  g_assert_cmpstr (liens_contact_get_given_name (stored), ==, "Amélie");
  g_assert_cmpstr (liens_contact_get_family_name (stored), ==, "Poulain");
  g_assert_cmpstr (liens_contact_get_organisation (stored), ==, "Café des 2 Moulins");
  g_assert_cmpstr (liens_contact_get_role (stored), ==, "Waitress");
  g_assert_cmpstr (liens_contact_get_met_how (stored), ==, "Neighbourhood breakfast");
  g_assert_nonnull (liens_contact_get_met_on (stored));
  g_assert_cmpint (g_date_time_get_year (liens_contact_get_met_on (stored)), ==, 2024);
  g_assert_cmpint (g_date_time_get_month (liens_contact_get_met_on (stored)), ==, 5);
  g_assert_cmpint (g_date_time_get_day_of_month (liens_contact_get_met_on (stored)), ==, 21);
  g_assert_cmpint (liens_contact_get_introduced_by_id (stored), ==, liens_contact_get_id (introducer));
  g_assert_cmpint (liens_contact_get_tie_strength (stored), ==, LIENS_TIE_STRENGTH_REGULAR);
  g_assert_cmpint (liens_contact_get_profile (stored), ==, LIENS_PROFILE_RESERVED);
  g_assert_cmpint (liens_contact_get_cadence (stored), ==, LIENS_CADENCE_MONTH);
  g_assert_cmpstr (liens_contact_get_notes (stored), ==, "Loves small pleasures.\nSkips stones on the canal.");

  tags = liens_contact_get_tags (stored);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 3);
  g_assert_true (liens_contact_has_tag (stored, "cinema"));
  g_assert_true (liens_contact_has_tag (stored, "Montmartre"));
  g_assert_true (liens_contact_has_tag (stored, "photography"));

  network_ids = liens_contact_get_network_ids (stored, &n_network_ids);
  g_assert_cmpuint (n_network_ids, ==, 2);
  g_assert_true (liens_contact_has_network (stored, alumni_id));
  for (guint i = 0; i < n_network_ids; i++)
    if (network_ids[i] != alumni_id)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(LiensNetwork) created = liens_store_get_network (fixture->store, network_ids[i], &error);

        g_assert_no_error (error);
        g_assert_cmpstr (liens_network_get_name (created), ==, "Paris Food Lovers");
      }

  details = liens_contact_get_details (stored);
  g_assert_cmpuint (details->len, ==, 4);
  emails = g_ptr_array_new ();
  for (guint i = 0; i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);

      if (detail->kind == LIENS_DETAIL_KIND_EMAIL)
        g_ptr_array_add (emails, detail->value);
      else if (detail->kind == LIENS_DETAIL_KIND_PHONE)
        g_assert_cmpstr (detail->value, ==, "+33 1 42 54 90 00");
      else
        {
          g_assert_cmpint (detail->kind, ==, LIENS_DETAIL_KIND_LINKEDIN);
          g_assert_cmpstr (detail->value, ==, "https://www.linkedin.com/in/amelie-poulain");
        }
    }
  g_assert_cmpuint (emails->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (emails, 0), ==, "amelie@deux-moulins.fr");
  g_assert_cmpstr (g_ptr_array_index (emails, 1), ==, "amelie.poulain@example.org");

  liens_test_destroy_window (GTK_WINDOW (parent));
}

static void
test_editor_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) contacts = NULL;
  LiensContactEditor *editor = open_editor (fixture, NULL, NULL);
  GtkWidget *root = GTK_WIDGET (editor);
  GtkWidget *save = find_save_button (root);
  GtkWidget *name_message;
  GtkWidget *email_row;
  GtkWidget *link_row;
  GtkWidget *kind;
  GtkWidget *days_row;
  AdwMessageDialog *dialog;

  /* No name: Save is off, and the form says why. */
  name_message = liens_test_find_widget (root, GTK_TYPE_LABEL, "Enter a name.");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (name_message));

  set_entry (root, "Organisation", "Acme");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (is_shown (name_message));
  /* Once the user has typed, it is an error, on the name rows too. */
  g_assert_true (gtk_widget_has_css_class (name_message, "error"));
  g_assert_true (gtk_widget_has_css_class (find_row (root, ADW_TYPE_ENTRY_ROW, "Given Name"), "error"));

  set_entry (root, "Family Name", "Martin");
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (is_shown (name_message));
  g_assert_false (gtk_widget_has_css_class (find_row (root, ADW_TYPE_ENTRY_ROW, "Given Name"), "error"));

  /* A bad email address is flagged on its row and under its group. */
  email_row = add_detail (root, "Add Email", "Email", "paul martin@acme");
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  g_assert_true (is_shown (liens_test_find_widget (root, GTK_TYPE_LABEL,
                                                   "This email address does not look valid.")));
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (email_row), "paul@acme");
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (email_row), "paul@acme.com");
  g_assert_false (gtk_widget_has_css_class (email_row, "error"));
  g_assert_false (is_shown (liens_test_find_widget (root, GTK_TYPE_LABEL,
                                                    "This email address does not look valid.")));
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Links: web addresses, or handles on the social networks. */
  link_row = add_detail (root, "Add Link", "Website", "acme.com");
  kind = liens_test_find_widget (link_row, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_true (gtk_widget_has_css_class (link_row, "error"));
  g_assert_true (is_shown (liens_test_find_widget (root, GTK_TYPE_LABEL,
                                                   "This link is not a valid web address.")));
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (link_row), "https://acme.com/paul");
  g_assert_false (gtk_widget_has_css_class (link_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (link_row), "ftp://acme.com/paul");
  g_assert_true (gtk_widget_has_css_class (link_row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (link_row), "@paul@mastodon.social");
  g_assert_true (gtk_widget_has_css_class (link_row, "error"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 2); /* Mastodon */
  g_assert_false (gtk_widget_has_css_class (link_row, "error"));
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Removing a bad row removes the problem. */
  gtk_editable_set_text (GTK_EDITABLE (link_row), "not a link");
  g_assert_false (gtk_widget_is_sensitive (save));
  click (find_button_by_tooltip (link_row, "Remove Link"));
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (is_shown (liens_test_find_widget (root, GTK_TYPE_LABEL,
                                                    "This link is not a valid web address.")));

  /* Days of a custom cadence, only for a custom cadence. */
  days_row = find_row (root, ADW_TYPE_ACTION_ROW, "Days Between Reconnections");
  g_assert_false (is_shown (days_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Reconnect")),
                              LIENS_CADENCE_CUSTOM);
  g_assert_true (is_shown (days_row));

  /* Escape asks before losing all that. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (root, "editor.cancel", NULL);
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  assert_editor_closed (&editor);

  contacts = liens_store_list_contacts (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 0);
}

static void
test_editor_cancel_unchanged (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(LiensContact) after = NULL;
  LiensContactEditor *editor = open_editor (fixture, NULL, contact);
  GtkWidget *root = GTK_WIDGET (editor);
  g_autoptr(GPtrArray) emails = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Contact");

  /* The form holds the contact. */
  g_assert_cmpstr (get_entry (root, "Given Name"), ==, FULL_GIVEN_NAME);
  g_assert_cmpstr (get_entry (root, "Organisation"), ==, FULL_ORGANISATION);
  emails = find_entry_rows (root, "Email · work");
  g_assert_cmpuint (emails->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (emails, 0)), ==, FULL_EMAIL);
  assert_text_shown (root, "circular economy");
  g_assert_true (gtk_widget_is_sensitive (find_save_button (root)));

  /* Nothing changed: Cancel closes at once. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_row (root, GTK_TYPE_BUTTON, "_Cancel"));
  assert_editor_closed (&editor);
  g_assert_null (find_message_dialog ("Discard Changes?"));

  after = get_contact (fixture->store, liens_contact_get_id (contact));
  g_assert_true (g_date_time_equal (liens_contact_get_updated_at (after),
                                    liens_contact_get_updated_at (contact)));
}

static void
test_editor_cancel_discard (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(LiensContact) after = NULL;
  LiensContactEditor *editor = open_editor (fixture, NULL, contact);
  GtkWidget *root = GTK_WIDGET (editor);
  GtkTextBuffer *notes;
  AdwMessageDialog *dialog;

  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (liens_test_find_widget (root, GTK_TYPE_TEXT_VIEW, NULL)));
  gtk_text_buffer_insert_at_cursor (notes, "Typed, then regretted. ", -1);
  set_entry (root, "Role", "Chief Everything Officer");

  /* Typing back what was there is no change. */
  set_entry (root, "Role", FULL_ROLE);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_row (root, GTK_TYPE_BUTTON, "_Cancel"));
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  /* Keep Editing: the notes are still there. */
  respond (dialog, "keep");
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (root));

  /* The window manager's close button asks too; Discard closes. */
  gtk_window_close (GTK_WINDOW (editor));
  dialog = find_message_dialog ("Discard Changes?");
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  assert_editor_closed (&editor);

  after = get_contact (fixture->store, liens_contact_get_id (contact));
  g_assert_cmpstr (liens_contact_get_notes (after), ==, FULL_NOTES);
  g_assert_cmpstr (liens_contact_get_role (after), ==, FULL_ROLE);
}

static void
contact_changed_cb (LiensStore *store,
                    gint64      id,
                    guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_editor_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(LiensContact) introducer = get_contact (fixture->store, liens_contact_get_introduced_by_id (contact));
  g_autoptr(LiensContact) saved = NULL;
  g_autoptr(LiensContact) after = NULL;
  g_autoptr(GPtrArray) phones = NULL;
  g_autoptr(GError) error = NULL;
  LiensContactEditor *editor;
  GtkWidget *root;
  GtkWidget *dropdown;
  GPtrArray *details;
  guint n_changes = 0;
  guint n_networks = 0;

  /* Whoever introduced them was archived since: still shown, and kept. */
  liens_contact_set_archived (introducer, TRUE);
  g_assert_true (liens_store_save_contact (fixture->store, introducer, &error));
  g_assert_no_error (error);

  editor = open_editor (fixture, NULL, contact);
  root = GTK_WIDGET (editor);
  dropdown = liens_test_find_widget (find_row (root, ADW_TYPE_ACTION_ROW, "Introduced By"),
                                     GTK_TYPE_DROP_DOWN, NULL);
  g_assert_true (liens_contact_get_id (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown))) ==
                 liens_contact_get_id (introducer));

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  g_signal_connect (fixture->store, "contact-changed", G_CALLBACK (contact_changed_cb), &n_changes);

  set_entry (root, "Organisation", "Atelier Mérignac & Fils");
  phones = find_entry_rows (root, "Phone · mobile");
  click (find_button_by_tooltip (g_ptr_array_index (phones, 0), "Remove Phone Number"));
  click (find_button_by_tooltip (root, "Remove Tag"));
  gtk_widget_activate (find_row (root, ADW_TYPE_ACTION_ROW, NETWORK_2));

  /* The card's contact is not touched by typing. */
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, FULL_ORGANISATION);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (root, "editor.save", NULL);
  assert_editor_closed (&editor);

  /* One write, one signal. */
  g_assert_cmpuint (n_changes, ==, 1);
  g_signal_handlers_disconnect_by_func (fixture->store, contact_changed_cb, &n_changes);

  g_assert_true (saved != contact);
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, FULL_ORGANISATION);

  after = get_contact (fixture->store, liens_contact_get_id (contact));
  g_assert_cmpstr (liens_contact_get_organisation (after), ==, "Atelier Mérignac & Fils");
  g_assert_cmpstr (liens_contact_get_notes (after), ==, FULL_NOTES);
  g_assert_cmpstr (liens_contact_get_met_how (after), ==, FULL_MET_HOW);
  g_assert_true (g_date_time_equal (liens_contact_get_met_on (after), liens_contact_get_met_on (contact)));
  g_assert_cmpint (liens_contact_get_introduced_by_id (after), ==,
                   liens_contact_get_introduced_by_id (contact));
  g_assert_cmpint (liens_contact_get_profile (after), ==, LIENS_PROFILE_SUPER_CONNECTOR);
  g_assert_cmpuint (g_strv_length ((char **) liens_contact_get_tags (after)), ==, 2);
  g_assert_false (liens_contact_has_tag (after, "design"));
  liens_contact_get_network_ids (after, &n_networks);
  g_assert_cmpuint (n_networks, ==, 1);

  /* The labels of the other details are kept. */
  details = liens_contact_get_details (after);
  g_assert_cmpuint (details->len, ==, 3);
  g_assert_cmpint (((LiensContactDetail *) g_ptr_array_index (details, 0))->kind, ==, LIENS_DETAIL_KIND_EMAIL);
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->label, ==, "work");
  g_assert_cmpint (((LiensContactDetail *) g_ptr_array_index (details, 2))->kind, ==, LIENS_DETAIL_KIND_MASTODON);
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 2))->value, ==, FULL_MASTODON);
}

static void
test_editor_save_error (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(GError) error = NULL;
  LiensContactEditor *editor = open_editor (fixture, NULL, contact);
  GtkWidget *root = GTK_WIDGET (editor);
  AdwMessageDialog *dialog;

  set_entry (root, "Role", "Founder");

  /* Deleted elsewhere meanwhile: saving fails, and says so. */
  g_assert_true (liens_store_delete_contact (fixture->store, liens_contact_get_id (contact), &error));
  g_assert_no_error (error);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_save_button (root));
  dialog = find_message_dialog ("Cannot Save the Contact");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  respond (dialog, "close");

  /* Everything typed is still there. */
  g_assert_nonnull (editor);
  g_assert_cmpstr (get_entry (root, "Role"), ==, "Founder");

  liens_test_destroy_window (GTK_WINDOW (editor));
}

static void
write_png (const char *path,
           int         width,
           int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;

  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", &error, NULL));
  g_assert_no_error (error);
}

static GdkPixbuf *
load_photo (GBytes *photo)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (photo);
  g_assert_true (gdk_pixbuf_loader_write_bytes (loader, photo, &error));
  g_assert_true (gdk_pixbuf_loader_close (loader, &error));
  g_assert_no_error (error);

  return g_object_ref (gdk_pixbuf_loader_get_pixbuf (loader));
}

static void
test_editor_photo (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *big_path = g_build_filename (fixture->dir, "big.png", NULL);
  g_autofree char *small_path = g_build_filename (fixture->dir, "small.png", NULL);
  g_autofree char *text_path = g_build_filename (fixture->dir, "not-an-image.png", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GFile) small = g_file_new_for_path (small_path);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(LiensContact) saved = NULL;
  g_autoptr(LiensContact) stored = NULL;
  g_autoptr(LiensContact) after = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  LiensContactEditor *editor;
  GtkWidget *root;
  AdwAvatar *avatar;

  write_png (big_path, 900, 600);
  write_png (small_path, 64, 48);
  g_assert_true (g_file_set_contents (text_path, "hello", -1, NULL));

  editor = open_editor (fixture, NULL, NULL);
  root = GTK_WIDGET (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  avatar = ADW_AVATAR (liens_test_find_widget (root, ADW_TYPE_AVATAR, NULL));
  set_entry (root, "Given Name", "Zoé");

  g_assert_null (adw_avatar_get_custom_image (avatar));
  g_assert_false (is_shown (find_button_by_tooltip (root, "Remove Photo")));

  /* What the file chooser does with the chosen file. */
  g_assert_true (liens_contact_editor_set_photo_from_file (editor, big, &error));
  g_assert_no_error (error);
  g_assert_nonnull (adw_avatar_get_custom_image (avatar));
  g_assert_true (is_shown (find_button_by_tooltip (root, "Remove Photo")));

  /* Not an image: an error, and the photo stays. */
  g_assert_false (liens_contact_editor_set_photo_from_file (editor, text, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_nonnull (adw_avatar_get_custom_image (avatar));

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  click (find_save_button (root));
  assert_editor_closed (&editor);

  stored = get_contact (fixture->store, liens_contact_get_id (saved));
  pixbuf = load_photo (liens_contact_get_photo (stored));
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 256);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), <=, 256);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), >=, 170);
  g_clear_object (&pixbuf);

  /* A small image is not blown up. */
  editor = open_editor (fixture, NULL, stored);
  root = GTK_WIDGET (editor);
  g_assert_true (liens_contact_editor_set_photo_from_file (editor, small, &error));
  g_assert_no_error (error);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (root, "editor.save", NULL);
  assert_editor_closed (&editor);

  after = get_contact (fixture->store, liens_contact_get_id (saved));
  pixbuf = load_photo (liens_contact_get_photo (after));
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 64);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 48);
  g_clear_object (&after);

  /* Remove Photo. */
  editor = open_editor (fixture, NULL, stored);
  root = GTK_WIDGET (editor);
  click (find_button_by_tooltip (root, "Remove Photo"));
  g_assert_null (adw_avatar_get_custom_image (ADW_AVATAR (liens_test_find_widget (root, ADW_TYPE_AVATAR, NULL))));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (root, "editor.save", NULL);
  assert_editor_closed (&editor);

  after = get_contact (fixture->store, liens_contact_get_id (saved));
  g_assert_null (liens_contact_get_photo (after));
}

static void
test_editor_accessible_names (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  LiensContactEditor *editor = open_editor (fixture, NULL, contact);

  liens_test_assert_widgets_are_named (GTK_WIDGET (editor));
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* The card */

static void
test_card_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(GVariant) target = NULL;
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  GtkWidget *introduced;
  GtkWidget *overdue;
  GtkWidget *edit;
  GtkWidget *more;
  GMenuModel *menu;
  g_autofree char *label = NULL;
  const char * const texts[] = {
    FULL_NAME, FULL_ROLE " · " FULL_ORGANISATION,
    FULL_MET_HOW, "Tuesday, March 14, 2023", INTRODUCER_NAME,
    "Close", "Affinity and utility",
    "Super connector", "Ask them for introductions: they love connecting people.",
    FULL_EXPERTISE, FULL_INTERESTS, "design", "lyon", "circular economy",
    NETWORK_1, NETWORK_2, "Alumni network", "Business club",
    FULL_EMAIL, "Email · work", FULL_PHONE, "Phone · mobile", FULL_LINKEDIN, FULL_MASTODON,
    "Every month", "6 weeks ago", FULL_NOTES, "Coffee or meal",
  };

  g_assert_true (liens_contact_card_get_contact (LIENS_CONTACT_CARD (card)) == contact);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_text_shown (card, texts[i]);

  g_assert_false (is_shown (liens_test_find_widget (card, GTK_TYPE_LABEL, "Archived")));
  g_assert_false (is_shown (liens_test_find_widget (card, G_TYPE_INVALID, "No encounters logged yet")));

  /* Overdue, and it shows. */
  overdue = find_label_with_prefix (card, "Overdue since ");
  g_assert_true (is_shown (overdue));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (overdue, ADW_TYPE_ACTION_ROW), "warning"));

  /* "Introduced by" leads to Marc's card. */
  introduced = find_row (card, ADW_TYPE_ACTION_ROW, INTRODUCER_NAME);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (introduced)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (introduced)), ==, "contacts.show-contact");
  target = g_variant_ref (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (introduced)));
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_INT64));
  g_assert_cmpint (g_variant_get_int64 (target), ==, liens_contact_get_introduced_by_id (contact));
  last_shown_contact_id = 0;
  gtk_widget_activate (introduced);
  g_assert_cmpint (last_shown_contact_id, ==, liens_contact_get_introduced_by_id (contact));

  /* The buttons use the contacts page's actions. */
  edit = find_button_by_tooltip (card, "Edit");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (edit)), ==, "contacts.edit");
  more = liens_test_find_widget (card, GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (more), ==, "More");
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (more));
  /* Recording an introduction, then what changes the contact itself, apart. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  label = dup_menu_label (menu, "card.record-introduction");
  g_assert_cmpstr (label, ==, "Record Introduction…");
  g_clear_pointer (&label, g_free);
  label = dup_menu_label (menu, "contacts.archive");
  g_assert_cmpstr (label, ==, "Archive");
  g_clear_pointer (&label, g_free);
  label = dup_menu_label (menu, "contacts.delete");
  g_assert_cmpstr (label, ==, "Delete");
  g_assert_true (gtk_widget_is_sensitive (find_button_by_tooltip (card, "Log Encounter")));

  /* Open and copy buttons, named. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (find_button_by_tooltip (card, "Send Email"))),
                   ==, "card.open");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (find_button_by_tooltip (card, "Send Email"))), NULL),
                   ==, "mailto:" FULL_EMAIL);
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (find_button_by_tooltip (card, "Call"))), NULL),
                   ==, "tel:+33612345678");
  g_assert_nonnull (find_button_by_tooltip (card, "Copy Phone Number"));

  liens_test_assert_widgets_are_named (card);

  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  GtkWidget *mastodon_row = find_row (card, ADW_TYPE_ACTION_ROW, FULL_MASTODON);
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open_buttons = NULL;

  /* A handle is no address: it can only be copied. */
  open_buttons = liens_test_find_all_widgets (mastodon_row, GTK_TYPE_BUTTON);
  g_assert_cmpuint (open_buttons->len, ==, 1);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (open_buttons, 0)), ==, "Copy Link");

  click (find_button_by_tooltip (card, "Copy Email Address"));

  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (card));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_value_get_string (&value), ==, FULL_EMAIL);

  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_sparse (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_contact (fixture->store, "Nina", NULL);
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  const char * const hidden[] = {
    "How We Met", "Tie", "Expertise and Interests", "Tags", "Networks", "Contact Details", "Notes",
  };
  const char * const shown[] = { "Networking Profile", "Keep in Touch", "Encounters" };

  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (find_group (card, hidden[i]))))
      g_error ("The empty group “%s” shows", hidden[i]);

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    g_assert_true (is_shown (GTK_WIDGET (find_group (card, shown[i]))));

  assert_text_shown (card, "Nina");
  assert_text_shown (card, "Not known yet: notice how they like to connect.");
  assert_text_shown (card, "Never met");
  g_assert_false (is_shown (liens_test_find_widget (card, GTK_TYPE_LABEL, "Every month")));

  liens_test_destroy_window (GTK_WINDOW (window));
}

/* Long notes open folded, at a word, and unfold with Show More; another person's start
 * folded again. */
static void
test_card_long_notes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_contact (fixture->store, "Nina", NULL);
  g_autoptr(LiensContact) other = add_contact (fixture->store, "Omar", NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *card;
  GtkWidget *window;
  GtkWidget *button;
  GtkLabel *label;
  const char *shown;

  for (guint i = 0; i < 60; i++)
    g_string_append (notes, "Réseau entreprendre, déjeuner mensuel. ");
  g_string_truncate (notes, notes->len - 1);
  liens_contact_set_notes (contact, notes->str);
  g_assert_true (liens_store_save_contact (fixture->store, contact, &error));
  g_assert_no_error (error);
  liens_contact_set_notes (other, "Short and sweet.");
  g_assert_true (liens_store_save_contact (fixture->store, other, &error));
  g_assert_no_error (error);

  window = present_card (fixture->store, contact, 800, 800, &card);
  button = liens_test_find_widget (card, GTK_TYPE_BUTTON, "Show More");
  g_assert_true (is_shown (button));
  label = GTK_LABEL (gtk_widget_get_prev_sibling (button));
  shown = gtk_label_get_label (label);
  g_assert_cmpuint (g_utf8_strlen (shown, -1), <=, 401);
  g_assert_true (g_str_has_suffix (shown, "mensuel.…") || g_str_has_suffix (shown, "entreprendre,…") ||
                 g_str_has_suffix (shown, "déjeuner…") || g_str_has_suffix (shown, "Réseau…"));
  g_assert_true (strncmp (shown, notes->str, strlen (shown) - strlen ("…")) == 0);

  g_assert_true (gtk_widget_activate_action (card, "card.toggle-notes", NULL));
  g_assert_cmpstr (gtk_label_get_label (label), ==, notes->str);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Show Less");

  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), other);
  liens_test_iterate ();
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Short and sweet.");
  g_assert_false (gtk_widget_get_visible (button));

  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), contact);
  liens_test_iterate ();
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Show More");
  g_assert_cmpstr (gtk_label_get_label (label), !=, notes->str);

  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_follows_store (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(LiensContact) copy = get_contact (fixture->store, liens_contact_get_id (contact));
  g_autoptr(LiensNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  const gint64 *network_ids;
  guint n_network_ids;
  GMenuModel *menu;

  /* Another view saves a change: the card shows it. */
  liens_contact_set_organisation (copy, "Maison Darcy");
  liens_contact_set_archived (copy, TRUE);
  g_assert_true (liens_store_save_contact (fixture->store, copy, &error));
  g_assert_no_error (error);
  liens_test_wait_for_frame (window);

  assert_text_shown (card, FULL_ROLE " · Maison Darcy");
  g_assert_cmpstr (liens_contact_get_organisation (liens_contact_card_get_contact (LIENS_CONTACT_CARD (card))),
                   ==, "Maison Darcy");
  g_assert_true (is_shown (liens_test_find_widget (card, GTK_TYPE_LABEL, "Archived")));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (liens_test_find_widget (card, GTK_TYPE_MENU_BUTTON, NULL)));
  label = dup_menu_label (menu, "contacts.archive");
  g_assert_cmpstr (label, ==, "Unarchive");

  /* A network renamed. */
  network_ids = liens_contact_get_network_ids (contact, &n_network_ids);
  network = liens_store_get_network (fixture->store, network_ids[0], &error);
  g_assert_no_error (error);
  liens_network_set_name (network, "Sciences Po Alumni Lyon");
  g_assert_true (liens_store_save_network (fixture->store, network, &error));
  g_assert_no_error (error);
  assert_text_shown (card, "Sciences Po Alumni Lyon");

  /* Another contact changes: no harm. */
  g_clear_object (&copy);
  copy = add_contact (fixture->store, "Paul", "Roux");
  assert_text_shown (card, FULL_NAME);

  /* Deleted: the card empties. */
  g_assert_true (liens_store_delete_contact (fixture->store, liens_contact_get_id (contact), &error));
  g_assert_no_error (error);
  g_assert_null (liens_contact_card_get_contact (LIENS_CONTACT_CARD (card)));
  liens_test_wait_for_animations (window);
  g_assert_false (is_shown (liens_test_find_widget (card, G_TYPE_INVALID, FULL_NAME)));

  /* And shows the next one. */
  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), copy);
  liens_test_wait_for_animations (window);
  assert_text_shown (card, "Paul Roux");

  liens_test_destroy_window (GTK_WINDOW (window));
}

/* The card's timeline */

/* The rows the Encounters group shows, in order. */
static GPtrArray *
get_timeline_rows (GtkWidget *card)
{
  AdwPreferencesGroup *group = find_group (card, "Encounters");
  g_autoptr(GPtrArray) all = liens_test_find_all_widgets (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (is_shown (g_ptr_array_index (all, i)))
      g_ptr_array_add (rows, g_ptr_array_index (all, i));

  return rows;
}

static void
assert_timeline_titles (GtkWidget          *card,
                        const char * const *titles)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint n_titles = g_strv_length ((char **) titles);

  liens_test_wait_for_frame (card);
  rows = get_timeline_rows (card);

  for (guint i = 0; i < MAX (rows->len, n_titles); i++)
    {
      const char *shown = i < rows->len ? adw_preferences_row_get_title (g_ptr_array_index (rows, i)) : NULL;

      if (g_strcmp0 (shown, i < n_titles ? titles[i] : NULL) != 0)
        g_error ("Row %u of the timeline is “%s”, not “%s”", i, shown, i < n_titles ? titles[i] : "(none)");
    }
}

static const char *
get_subtitle (GtkWidget  *card,
              const char *title)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (card, ADW_TYPE_ACTION_ROW, title)));
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

/* The editor just opened, of @type, modal to @parent, showing @prefilled; closed again. */
static void
assert_opens_editor (GtkWidget  *parent,
                     GType       type,
                     const char *title,
                     const char *prefilled)
{
  GtkWindow *editor;

  liens_test_iterate ();
  editor = find_toplevel (type);
  if (editor == NULL)
    g_error ("No %s opened", g_type_name (type));

  liens_test_wait_for_mapped (GTK_WIDGET (editor));
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (parent));
  g_assert_cmpstr (gtk_window_get_title (editor), ==, title);
  if (prefilled != NULL)
    assert_text_shown (GTK_WIDGET (editor), prefilled);

  liens_test_destroy_window (editor);
}

/* The id of the introduction @contact_id made. */
static gint64
find_introduction_made_by (LiensStore *store,
                           gint64      contact_id)
{
  g_autoptr(GListModel) introductions = liens_store_list_introductions_for_contact (store, contact_id);

  for (guint i = 0; i < g_list_model_get_n_items (introductions); i++)
    {
      g_autoptr(LiensIntroduction) introduction = g_list_model_get_item (introductions, i);

      if (liens_introduction_get_introducer_id (introduction) == contact_id)
        return liens_introduction_get_id (introduction);
    }

  g_error ("Contact %" G_GINT64_FORMAT " made no introduction", contact_id);
}

static void
test_card_timeline (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_contact (fixture->store, "Camille", "Moreau");
  gint64 id = liens_contact_get_id (contact);
  g_autoptr(LiensEncounter) today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = days_from_now (3);
  g_autoptr(GDateTime) past = days_from_now (-1);
  g_autofree char *soon_date = liens_format_short_date (soon, now);
  g_autofree char *past_date = liens_format_short_date (past, now);
  g_autoptr(GString) soon_text = g_string_new (soon_date);
  g_autoptr(GString) past_text = g_string_new (past_date);
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensContact) zoe = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *show_all;
  GtkWidget *card;
  GtkWidget *window;
  GtkWidget *call;
  gint64 today_id;
  gint64 zoe_id;
  const char * const newest[] = {
    "Lunch at Le Comptoir", "Call", "Introduced you to " ZOE_NAME, "Jitsi",
    "You introduced them to " AHMED_NAME, "Show All", NULL,
  };
  const char * const with_today[] = {
    "Coffee with the team", "Lunch at Le Comptoir", "Call", "Introduced you to " ZOE_NAME, "Jitsi",
    "Show All", NULL,
  };
  const char * const renamed[] = {
    "Lunch at Le Comptoir", "Call", "Introduced you to Zoé Martin-Roux", "Jitsi",
    "You introduced them to " AHMED_NAME, "Show All", NULL,
  };

  /* A follow-up's date is not broken across lines. */
  g_string_replace (soon_text, " ", "\xc2\xa0", 0);
  g_string_replace (past_text, " ", "\xc2\xa0", 0);

  zoe_id = add_timeline (fixture->store, id);
  window = present_card (fixture->store, contact, 800, 800, &card);
  group = find_group (card, "Encounters");

  /* The five newest, encounters and introductions mixed, and the way to the rest. */
  assert_timeline_titles (card, newest);
  g_assert_false (is_shown (liens_test_find_widget (card, G_TYPE_INVALID, "No encounters logged yet")));

  expected = g_strdup_printf ("Yesterday · Coffee or meal · with " ZOE_NAME "\nFollow up: Send the portfolio · %s",
                              soon_text->str);
  g_assert_cmpstr (get_subtitle (card, "Lunch at Le Comptoir"), ==, expected);
  g_clear_pointer (&expected, g_free);
  /* Named by its kind, which is not said twice. */
  expected = g_strdup_printf ("3 days ago\nFollow up: Send the quote · %s", past_text->str);
  g_assert_cmpstr (get_subtitle (card, "Call"), ==, expected);
  g_assert_cmpstr (get_subtitle (card, "Introduced you to " ZOE_NAME), ==, "5 days ago · Introduction");
  g_assert_cmpstr (get_subtitle (card, "Jitsi"), ==,
                   "10 days ago · Video call · with " ZOE_NAME " and " AHMED_NAME);
  g_assert_cmpstr (get_subtitle (card, "You introduced them to " AHMED_NAME), ==, "2 weeks ago · Introduction");

  /* A follow-up past its date stands out; one to come does not. */
  call = find_row (card, ADW_TYPE_ACTION_ROW, "Call");
  g_assert_true (gtk_widget_has_css_class (call, "overdue"));
  g_assert_false (gtk_widget_has_css_class (find_row (card, ADW_TYPE_ACTION_ROW, "Lunch at Le Comptoir"), "overdue"));

  /* Help and posture, when there is something to say. */
  assert_text_shown (find_row (card, ADW_TYPE_ACTION_ROW, "Lunch at Le Comptoir"), "I helped");
  assert_text_shown (call, "Prospecting");
  assert_text_shown (find_row (card, ADW_TYPE_ACTION_ROW, "Jitsi"), "Mutual help");
  assert_text_shown (find_row (card, ADW_TYPE_ACTION_ROW, "Jitsi"), "Learning");
  g_assert_null (liens_test_find_widget (find_row (card, ADW_TYPE_ACTION_ROW, "Introduced you to " ZOE_NAME),
                                         G_TYPE_INVALID, "Networking"));

  /* The give-and-take of introductions. */
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "Introduced you to 1 person\nYou introduced them to 1 person");

  /* "Show All" opens the Timeline page on this contact. */
  show_all = find_row (card, ADW_TYPE_ACTION_ROW, "Show All");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (show_all)), ==, "win.show-contact-timeline");
  g_assert_true (gtk_widget_is_sensitive (show_all));
  last_timeline_contact_id = 0;
  gtk_widget_activate (show_all);
  g_assert_cmpint (last_timeline_contact_id, ==, id);

  /* A row opens its editor. */
  gtk_widget_activate (call);
  assert_opens_editor (window, LIENS_TYPE_ENCOUNTER_EDITOR, "Edit Encounter", NULL);
  gtk_widget_activate (find_row (card, ADW_TYPE_ACTION_ROW, "Introduced you to " ZOE_NAME));
  assert_opens_editor (window, LIENS_TYPE_INTRODUCTION_EDITOR, "Edit Introduction", ZOE_NAME);

  /* An encounter logged elsewhere comes first, once the store's signals are all in. */
  today = new_encounter (id, 0, 0, LIENS_ENCOUNTER_KIND_MEAL, "Coffee with the team");
  today_id = save_encounter (fixture->store, today);
  liens_test_iterate ();
  assert_timeline_titles (card, with_today);
  g_assert_cmpstr (get_subtitle (card, "Coffee with the team"), ==, "Today · Coffee or meal");

  /* Deleted, it goes. */
  g_assert_true (liens_store_delete_encounter (fixture->store, today_id, &error));
  g_assert_no_error (error);
  liens_test_iterate ();
  assert_timeline_titles (card, newest);

  /* Someone it names is renamed. */
  zoe = get_contact (fixture->store, zoe_id);
  liens_contact_set_family_name (zoe, "Martin-Roux");
  g_assert_true (liens_store_save_contact (fixture->store, zoe, &error));
  g_assert_no_error (error);
  liens_test_iterate ();
  assert_timeline_titles (card, renamed);

  /* An introduction removed: its row and its count. */
  rows = get_timeline_rows (card);
  gtk_widget_activate (g_ptr_array_index (rows, 2));
  g_clear_pointer (&rows, g_ptr_array_unref);
  assert_opens_editor (window, LIENS_TYPE_INTRODUCTION_EDITOR, "Edit Introduction", NULL);
  g_assert_true (liens_store_delete_introduction (fixture->store, find_introduction_made_by (fixture->store, id),
                                                  &error));
  g_assert_no_error (error);
  liens_test_iterate ();
  rows = get_timeline_rows (card);
  g_assert_cmpuint (rows->len, ==, 6);
  g_assert_null (liens_test_find_widget (card, ADW_TYPE_ACTION_ROW, "Introduced you to Zoé Martin-Roux"));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "You introduced them to 1 person");

  liens_test_assert_widgets_are_named (card);

  liens_test_destroy_window (GTK_WINDOW (window));
}

/* Several changes in a row update the rows once, after the last. */
static void
test_card_timeline_coalesces (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_contact (fixture->store, "Camille", "Moreau");
  gint64 id = liens_contact_get_id (contact);
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  g_autoptr(GPtrArray) before = get_timeline_rows (card);
  g_autoptr(GPtrArray) after = NULL;
  const char * const notes[] = { "First", "Second", "Third" };
  const char * const titles[] = { "Third", "Second", "First", NULL };

  g_assert_cmpuint (before->len, ==, 1);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LiensEncounter) encounter = new_encounter (id, 0, (int) i - 3, LIENS_ENCOUNTER_KIND_CALL,
                                                           notes[i]);

      save_encounter (fixture->store, encounter);
    }

  /* Nothing rebuilt while the signals come… */
  after = get_timeline_rows (card);
  g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (before, 0));

  /* …then all at once. */
  liens_test_iterate ();
  assert_timeline_titles (card, titles);

  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_timeline_empty (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_contact (fixture->store, "Nina", "Okafor");
  g_autoptr(LiensEncounter) encounter = NULL;
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);
  const char * const empty[] = { "No encounters logged yet", NULL };
  const char * const one[] = { "Call", NULL };

  assert_timeline_titles (card, empty);
  /* No introductions: nothing said of them. */
  g_assert_cmpstr (adw_preferences_group_get_description (find_group (card, "Encounters")), ==, "");
  g_assert_null (liens_test_find_widget (card, ADW_TYPE_ACTION_ROW, "Show All"));

  encounter = new_encounter (liens_contact_get_id (contact), 0, -2, LIENS_ENCOUNTER_KIND_CALL, NULL);
  save_encounter (fixture->store, encounter);
  liens_test_iterate ();
  assert_timeline_titles (card, one);
  g_assert_cmpstr (get_subtitle (card, "Call"), ==, "2 days ago");

  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_log_encounter (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  GtkWidget *card;
  GtkWidget *window = present_card (fixture->store, contact, 800, 800, &card);

  click (find_button_by_tooltip (card, "Log Encounter"));
  assert_opens_editor (window, LIENS_TYPE_ENCOUNTER_EDITOR, "Log Encounter", FULL_NAME);

  gtk_widget_activate_action (card, "card.record-introduction", NULL);
  assert_opens_editor (window, LIENS_TYPE_INTRODUCTION_EDITOR, "Record Introduction", FULL_NAME);

  /* Nothing to log for nobody. */
  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), NULL);
  g_assert_false (gtk_widget_is_sensitive (find_button_by_tooltip (card, "Log Encounter")));

  liens_test_destroy_window (GTK_WINDOW (window));
}

/* Screenshots */

static void
test_screenshots_card (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(LiensContact) full = add_full_contact (fixture->store);
  g_autoptr(LiensContact) sparse = add_contact (fixture->store, "Nina", "Okafor");
  g_autoptr(LiensContact) contact = NULL;
  GtkWidget *card;
  GtkWidget *window;

  /* With encounters of all kinds, read back as the contacts page would. */
  add_timeline (fixture->store, liens_contact_get_id (full));
  contact = get_contact (fixture->store, liens_contact_get_id (full));
  window = present_card (fixture->store, contact, 800, 800, &card);
  screenshot_scrolled (window, "contact-card-wide");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot_scrolled (window, "contact-card-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  liens_contact_card_set_contact (LIENS_CONTACT_CARD (card), sparse);
  screenshot (window, "contact-card-sparse");
  liens_test_destroy_window (GTK_WINDOW (window));

  window = present_card (fixture->store, contact, 360, 640, &card);
  screenshot_scrolled (window, "contact-card-narrow");
  liens_test_destroy_window (GTK_WINDOW (window));
}

static void
test_screenshots_editor (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(LiensContact) contact = add_full_contact (fixture->store);
  g_autoptr(GPtrArray) emails = NULL;
  GtkWidget *scrolled;
  GtkWidget *editor;

  editor = liens_contact_editor_new (NULL, fixture->store, contact);
  present_at_size (GTK_WINDOW (editor), 560, 720);
  screenshot_scrolled (editor, "contact-editor-wide");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (editor, "contact-editor-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  liens_test_destroy_window (GTK_WINDOW (editor));

  editor = liens_contact_editor_new (NULL, fixture->store, contact);
  present_at_size (GTK_WINDOW (editor), 360, 640);
  screenshot_scrolled (editor, "contact-editor-narrow");
  liens_test_destroy_window (GTK_WINDOW (editor));

  /* A new contact, with a mistake; in the language of the run. */
  editor = liens_contact_editor_new (NULL, fixture->store, NULL);
  present_at_size (GTK_WINDOW (editor), 360, 640);
  set_entry (editor, _("Organisation"), "Brasserie Léon");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (editor, ADW_TYPE_COMBO_ROW, _("Reconnect"))),
                              LIENS_CADENCE_CUSTOM);
  screenshot_scrolled (editor, "contact-editor-new-narrow");
  gtk_widget_activate_action (editor, "editor.add-email", NULL);
  emails = find_entry_rows (editor, liens_detail_kind_get_display_name (LIENS_DETAIL_KIND_EMAIL));
  g_assert_cmpuint (emails->len, ==, 1);
  gtk_editable_set_text (g_ptr_array_index (emails, 0), "leon at brasserie");
  scrolled = liens_test_find_widget (editor, GTK_TYPE_SCROLLED_WINDOW, NULL);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 100000);
  screenshot (editor, "contact-editor-new-narrow-invalid");

  gtk_widget_activate_action (editor, "editor.cancel", NULL);
  screenshot (GTK_WIDGET (find_message_dialog (_("Discard Changes?"))), "contact-editor-discard");
  liens_test_destroy_window (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  liens_test_init (&argc, &argv);

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  /* The application's own touches, as GtkApplication would load them, for the screenshots. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/liens/Liens/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/contact-editor/new-contact", test_editor_new_contact);
  ADD_TEST ("/contact-editor/validation", test_editor_validation);
  ADD_TEST ("/contact-editor/cancel-unchanged", test_editor_cancel_unchanged);
  ADD_TEST ("/contact-editor/cancel-discard", test_editor_cancel_discard);
  ADD_TEST ("/contact-editor/edit", test_editor_edit);
  ADD_TEST ("/contact-editor/save-error", test_editor_save_error);
  ADD_TEST ("/contact-editor/photo", test_editor_photo);
  ADD_TEST ("/contact-editor/accessible-names", test_editor_accessible_names);
  ADD_TEST ("/contact-card/full", test_card_full);
  ADD_TEST ("/contact-card/copy", test_card_copy);
  ADD_TEST ("/contact-card/sparse", test_card_sparse);
  ADD_TEST ("/contact-card/long-notes", test_card_long_notes);
  ADD_TEST ("/contact-card/follows-store", test_card_follows_store);
  ADD_TEST ("/contact-card/timeline", test_card_timeline);
  ADD_TEST ("/contact-card/timeline-coalesces", test_card_timeline_coalesces);
  ADD_TEST ("/contact-card/timeline-empty", test_card_timeline_empty);
  ADD_TEST ("/contact-card/log-encounter", test_card_log_encounter);
  ADD_TEST ("/screenshots/contact-card", test_screenshots_card);
  ADD_TEST ("/screenshots/contact-editor", test_screenshots_editor);

#undef ADD_TEST

  return g_test_run ();
}
