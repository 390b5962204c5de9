/* liens-contacts-page.c: the contact list beside the card of the selected contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-contact-card.h"
#include "liens-contact-editor.h"
#include "liens-contact-row.h"
#include "liens-contacts-page.h"
#include "liens-ui.h"
#include "liens-window.h"

struct _LiensContactsPage
{
  GtkWidget parent_instance;

  LiensStore *store;
  LiensContactQuery *query;
  /* The store's live list for the query, behind the selection. */
  GListModel *contacts;
  /* Until the first frame is drawn, the list holds its first rows only (see expand_list()). */
  GdkFrameClock *first_frame_clock;
  gulong first_frame_handler;
  GtkSingleSelection *selection;
  GSimpleActionGroup *filter_actions;
  /* The toast of the last action, replaced by the next one rather than queued behind it. */
  AdwToast *last_toast;

  /* The contact the user chose: kept across list updates, which replace changed contacts
   * with new objects. 0 when nothing is selected. */
  gint64 selected_id;

  /* Template widgets */
  AdwLeaflet *leaflet;
  GtkWidget *list_pane;
  GtkWidget *search_box;
  GtkSearchEntry *search_entry;
  GtkMenuButton *filter_button;
  GtkRevealer *hint_revealer;
  GtkWidget *archived_hint;
  GtkWidget *filtered_hint;
  GtkLabel *count_label;
  GtkStack *list_stack;
  GtkScrolledWindow *scrolled_window;
  GtkListView *list_view;
  AdwStatusPage *no_results_page;
  GtkWidget *clear_filters_button;
  GtkStack *card_stack;
  LiensContactCard *card;
  GMenu *tie_strength_section;
  GMenu *tie_nature_section;
  GMenu *profile_section;
  GMenu *network_section;
  GMenu *tag_section;
};

G_DEFINE_FINAL_TYPE (LiensContactsPage, liens_contacts_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a toast's Undo button needs once the page may be gone. */
typedef struct
{
  LiensStore *store;
  LiensStoreUndo *undo;
  gint64 contact_id;
  GWeakRef page;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo_data = data;

  g_clear_object (&undo_data->store);
  g_clear_pointer (&undo_data->undo, liens_store_undo_free);
  g_weak_ref_clear (&undo_data->page);
  g_free (undo_data);
}

static UndoData *
undo_data_new (LiensContactsPage *self,
               gint64             contact_id)
{
  UndoData *undo_data = g_new0 (UndoData, 1);

  undo_data->store = g_object_ref (self->store);
  undo_data->contact_id = contact_id;
  g_weak_ref_init (&undo_data->page, self);

  return undo_data;
}

static LiensContact *
get_selected_contact (LiensContactsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static guint
get_n_contacts (LiensContactsPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

/* At start-up the list reads and shows the rows its window can show, and the others once
 * the first frame is drawn: the window appears sooner. Reading 100,000 ids takes 10 to
 * 30 ms, and GTK 4.8's list view builds and binds up to 200 rows for any model it is
 * given, whatever its height. */
#define ROW_MIN_HEIGHT 46
#define FIRST_FRAME_MAX_ROWS 40

static guint
get_first_frame_rows (LiensContactsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int width = 0;
  int height = 0;

  /* A maximized window is as tall as the screen, which we do not know yet. */
  if (GTK_IS_WINDOW (root) && !gtk_window_is_maximized (GTK_WINDOW (root)))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);

  if (height <= 0)
    return FIRST_FRAME_MAX_ROWS;

  return CLAMP (height / ROW_MIN_HEIGHT + 1, 1, FIRST_FRAME_MAX_ROWS);
}

static void
disconnect_first_frame (LiensContactsPage *self)
{
  if (self->first_frame_handler != 0 &&
      g_signal_handler_is_connected (self->first_frame_clock, self->first_frame_handler))
    g_signal_handler_disconnect (self->first_frame_clock, self->first_frame_handler);
  self->first_frame_handler = 0;
  g_clear_object (&self->first_frame_clock);
}

static void
expand_list (LiensContactsPage *self)
{
  disconnect_first_frame (self);
  liens_contact_query_set_limit (self->query, 0);
}

static void
first_frame_painted_cb (LiensContactsPage *self)
{
  expand_list (self);
}

static void
page_map_cb (LiensContactsPage *self)
{
  GdkFrameClock *clock;

  if (liens_contact_query_get_limit (self->query) == 0 || self->first_frame_handler != 0)
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    {
      expand_list (self);
      return;
    }

  self->first_frame_clock = g_object_ref (clock);
  self->first_frame_handler = g_signal_connect_swapped (clock, "after-paint",
                                                        G_CALLBACK (first_frame_painted_cb),
                                                        self);
}

/* Where @id is between @start and @end, or GTK_INVALID_LIST_POSITION. Loads the contacts
 * it passes, so callers keep the range as short as they can. */
static guint
find_position (LiensContactsPage *self,
               gint64             id,
               guint              start,
               guint              end)
{
  expand_list (self);

  for (guint i = start; i < end; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (contact != NULL && liens_contact_get_id (contact) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_showing_card_folded (LiensContactsPage *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "card") == 0;
}

/* On a narrow window only one side shows: bring the card in. */
static void
show_card (LiensContactsPage *self)
{
  if (get_selected_contact (self) == NULL)
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "card");
}

static void
update_actions (LiensContactsPage *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_selection = has_store && get_selected_contact (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.new", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.show-contact", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add-sample-data", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.archive", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.delete", has_selection);
}

static void
update_card (LiensContactsPage *self)
{
  LiensContact *contact = get_selected_contact (self);

  if (liens_contact_card_get_contact (self->card) != contact)
    liens_contact_card_set_contact (self->card, contact);

  gtk_stack_set_visible_child_name (self->card_stack, contact != NULL ? "card" : "none");

  /* Nothing left to show on the card side of a narrow window: back to the list. */
  if (contact == NULL && is_showing_card_folded (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* Whether there is any contact at all, active or archived: only asked when the list is empty. */
static gboolean
store_has_contacts (LiensContactsPage *self)
{
  g_autoptr(LiensContactQuery) all = liens_contact_query_new ();
  g_autoptr(GError) error = NULL;
  gsize n;

  n = liens_store_count_contacts (self->store, all, &error);
  if (error == NULL && n == 0)
    {
      liens_contact_query_set_archived (all, TRUE);
      n = liens_store_count_contacts (self->store, all, &error);
    }

  if (error != NULL)
    {
      g_warning ("Could not count contacts: %s", error->message);
      return TRUE;
    }

  return n > 0;
}

static void
update_list_state (LiensContactsPage *self)
{
  const char *text = liens_contact_query_get_text (self->query);
  gboolean has_text = text != NULL && text[0] != '\0';
  gboolean has_filters = liens_contact_query_has_filters (self->query);
  gboolean archived = liens_contact_query_get_archived (self->query);
  guint n_contacts = get_n_contacts (self);
  gboolean empty_store = FALSE;

  if (n_contacts > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else if (has_text)
    {
      g_autofree char *description = NULL;
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      /* Translators: %s is what the user searched for */
      description = g_strdup_printf (_("No contact matches “%s”."), escaped);
      adw_status_page_set_title (self->no_results_page, _("No Results"));
      adw_status_page_set_description (self->no_results_page, description);
      gtk_widget_set_visible (self->clear_filters_button, has_filters);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
    }
  else if (has_filters)
    {
      adw_status_page_set_title (self->no_results_page, _("No Results"));
      adw_status_page_set_description (self->no_results_page,
                                       _("No contact matches these filters."));
      gtk_widget_set_visible (self->clear_filters_button, TRUE);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
    }
  else if (archived)
    {
      adw_status_page_set_title (self->no_results_page, _("No Archived Contacts"));
      adw_status_page_set_description (self->no_results_page, NULL);
      gtk_widget_set_visible (self->clear_filters_button, FALSE);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
    }
  else
    {
      /* With only archived contacts, the search and the filters stay within reach. */
      empty_store = self->store == NULL || !store_has_contacts (self);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }

  /* A first-time user sees the invitation to add someone, and nothing to search yet. */
  gtk_widget_set_visible (self->search_box, !empty_store);

  gtk_widget_set_visible (self->archived_hint, archived);
  gtk_widget_set_visible (self->filtered_hint, has_filters);
  gtk_revealer_set_reveal_child (self->hint_revealer, archived || has_filters);
  if (archived || has_filters)
    {
      g_autofree char *count = NULL;

      count = g_strdup_printf (ngettext ("%u contact", "%u contacts", n_contacts), n_contacts);
      gtk_label_set_text (self->count_label, count);
    }

  if (has_filters)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
select_position (LiensContactsPage *self,
                 guint              position)
{
  expand_list (self);
  gtk_single_selection_set_selected (self->selection, position);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Selects the contact @id if the list shows it; with @reveal, clears what hides it. */
static gboolean
select_contact (LiensContactsPage *self,
                gint64             id,
                gboolean           reveal)
{
  guint position;

  if (self->store == NULL || id <= 0)
    return FALSE;

  expand_list (self);
  position = find_position (self, id, 0, get_n_contacts (self));

  if (position == GTK_INVALID_LIST_POSITION && reveal)
    {
      g_autoptr(LiensContact) contact = NULL;
      g_autoptr(GError) error = NULL;

      contact = liens_store_get_contact (self->store, id, &error);
      if (contact == NULL)
        {
          g_debug ("Cannot show contact %" G_GINT64_FORMAT ": %s", id, error->message);
          return FALSE;
        }

      /* Only what the user set hides it: start from the whole list, on the right side. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      liens_contact_query_set_text (self->query, NULL);
      liens_contact_query_clear_filters (self->query);
      liens_contact_query_set_archived (self->query, liens_contact_get_archived (contact));

      position = find_position (self, id, 0, get_n_contacts (self));
    }

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  select_position (self, position);

  return TRUE;
}

/* After a contact left the list, the one that took its place is the natural next one. */
static void
select_near (LiensContactsPage *self,
             guint              position)
{
  guint n_contacts = get_n_contacts (self);

  if (get_selected_contact (self) != NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  if (n_contacts > 0)
    select_position (self, MIN (position, n_contacts - 1));
}

/* Callbacks */

static void
selection_changed_cb (LiensContactsPage *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  LiensContact *contact = get_selected_contact (self);

  self->selected_id = contact != NULL ? liens_contact_get_id (contact) : 0;

  update_card (self);
  update_actions (self);
}

static void
selection_items_changed_cb (LiensContactsPage *self,
                            guint              position,
                            guint              removed,
                            guint              added,
                            GListModel        *selection)
{
  LiensContact *contact = get_selected_contact (self);

  /* A saved contact comes back as a new object, which the selection does not recognise:
   * it can only be among the added items. */
  if (self->selected_id != 0 &&
      (contact == NULL || liens_contact_get_id (contact) != self->selected_id))
    {
      guint found = find_position (self, self->selected_id, position, position + added);

      if (found != GTK_INVALID_LIST_POSITION)
        gtk_single_selection_set_selected (self->selection, found);
      else if (contact == NULL)
        self->selected_id = 0;
    }

  update_card (self);
  update_actions (self);
  update_list_state (self);
}

static void
query_changed_cb (LiensContactsPage *self,
                  LiensContactQuery *query)
{
  update_list_state (self);
}

/* The rows and the card redraw their dates themselves. Only the list of contacts due for
 * reconnection depends on the day: its query runs again, and the selection is found back
 * by selection_items_changed_cb(). */
static void
day_changed_cb (LiensContactsPage *self)
{
  liens_ui_query_follow_day (self->query);
}

static void
leaflet_changed_cb (LiensContactsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static void
search_changed_cb (LiensContactsPage *self,
                   GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* A search goes through the whole list, even before the first frame. */
  expand_list (self);
  liens_contact_query_set_text (self->query, text[0] != '\0' ? text : NULL);
}

static void
stop_search_cb (LiensContactsPage *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  liens_contact_query_set_text (self->query, NULL);

  if (get_n_contacts (self) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Enter in the search entry opens the first match. */
static void
search_activate_cb (LiensContactsPage *self,
                    GtkSearchEntry    *entry)
{
  if (get_n_contacts (self) == 0)
    return;

  select_position (self, 0);
  show_card (self);
}

/* Enter, or a double click, on a row. */
static void
list_activate_cb (LiensContactsPage *self,
                  guint              position,
                  GtkListView       *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_card (self);
}

/* A click on a row opens its card on a narrow window, even when it was already selected. */
static void
row_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (user_data);
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (n_press != 1 || liens_contact_row_get_contact (LIENS_CONTACT_ROW (row)) == NULL)
    return;

  /* The list item selects on release too, but after this handler: select first. */
  gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE);
  show_card (self);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LiensContactsPage        *self)
{
  GtkWidget *row = liens_contact_row_new ();
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "released", G_CALLBACK (row_released_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));

  gtk_list_item_set_child (list_item, row);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LiensContactsPage        *self)
{
  liens_contact_row_set_contact (LIENS_CONTACT_ROW (gtk_list_item_get_child (list_item)),
                                 gtk_list_item_get_item (list_item));
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LiensContactsPage        *self)
{
  liens_contact_row_set_contact (LIENS_CONTACT_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
append_choice (GMenu      *menu,
               const char *label,
               const char *action,
               GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* A name the user typed, as a menu label: menus read "_" as a mnemonic. */
static void
append_named_choice (GMenu      *menu,
                     const char *name,
                     const char *action,
                     GVariant   *target)
{
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);
  g_autofree char *label = g_strjoinv ("__", parts);

  append_choice (menu, label, action, target);
}

/* Networks and tags change as the user works: list them afresh each time the menu opens. */
static void
filter_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (user_data);
  g_autoptr(GListModel) networks = NULL;
  g_auto(GStrv) tags = NULL;

  if (self->store == NULL)
    return;

  g_menu_remove_all (self->network_section);
  append_choice (self->network_section, _("Any Network"), "filter.network-id",
                 g_variant_new_int64 (0));

  networks = liens_store_list_networks (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);

      append_named_choice (self->network_section, liens_network_get_name (network),
                           "filter.network-id", g_variant_new_int64 (liens_network_get_id (network)));
    }

  g_menu_remove_all (self->tag_section);
  append_choice (self->tag_section, _("Any Tag"), "filter.tag", g_variant_new_string (""));

  tags = liens_store_dup_tags (self->store);
  for (guint i = 0; tags[i] != NULL; i++)
    append_named_choice (self->tag_section, tags[i], "filter.tag", g_variant_new_string (tags[i]));
}

/* Property actions carry neither an int64 nor a string whose "any" is NULL: the network
 * and tag filters follow the query by hand. */
static void
network_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       user_data)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (user_data);

  liens_contact_query_set_network_id (self->query, g_variant_get_int64 (state));
}

static void
tag_change_state_cb (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (user_data);
  const char *tag = g_variant_get_string (state, NULL);

  liens_contact_query_set_tag (self->query, tag[0] != '\0' ? tag : NULL);
}

static void
query_network_id_notify_cb (LiensContactsPage *self,
                            GParamSpec        *pspec,
                            LiensContactQuery *query)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->filter_actions),
                                                "network-id");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_int64 (liens_contact_query_get_network_id (query)));
}

static void
query_tag_notify_cb (LiensContactsPage *self,
                     GParamSpec        *pspec,
                     LiensContactQuery *query)
{
  const char *tag = liens_contact_query_get_tag (query);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->filter_actions), "tag");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (tag ?: ""));
}

static void
editor_saved_cb (LiensContactsPage *self,
                 LiensContact      *contact,
                 GtkWidget         *editor)
{
  /* A new contact is shown at once, even if the search or a filter would hide it. */
  if (select_contact (self, liens_contact_get_id (contact), TRUE))
    show_card (self);
}

static void
open_editor (LiensContactsPage *self,
             LiensContact      *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *editor;

  editor = liens_contact_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->store, contact);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_undo_cb (AdwToast *toast,
                gpointer  user_data)
{
  UndoData *undo_data = user_data;
  g_autoptr(LiensContactsPage) self = g_weak_ref_get (&undo_data->page);
  g_autoptr(GError) error = NULL;

  if (undo_data->undo == NULL)
    return;

  if (!liens_store_undo (undo_data->store, undo_data->undo, &error))
    {
      if (self != NULL)
        liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      else
        g_warning ("Could not undo the deletion: %s", error->message);
      return;
    }

  /* Once is all it takes. */
  g_clear_pointer (&undo_data->undo, liens_store_undo_free);

  if (self != NULL)
    select_contact (self, undo_data->contact_id, FALSE);
}

static void
archive_undo_cb (AdwToast *toast,
                 gpointer  user_data)
{
  UndoData *undo_data = user_data;
  g_autoptr(LiensContactsPage) self = g_weak_ref_get (&undo_data->page);
  g_autoptr(LiensContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  contact = liens_store_get_contact (undo_data->store, undo_data->contact_id, &error);
  if (contact != NULL)
    {
      liens_contact_set_archived (contact, FALSE);
      if (liens_store_save_contact (undo_data->store, contact, &error) && self != NULL)
        select_contact (self, undo_data->contact_id, FALSE);
    }

  if (error != NULL)
    {
      if (self != NULL)
        liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      else
        g_warning ("Could not restore the contact: %s", error->message);
    }
}

/* Actions */

static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_editor (LIENS_CONTACTS_PAGE (widget), NULL);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);
  LiensContact *contact = get_selected_contact (self);

  if (contact != NULL)
    open_editor (self, contact);
}

static void
archive_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);
  LiensContact *selected = get_selected_contact (self);
  g_autoptr(LiensContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  guint position;
  gint64 id;
  gboolean archive;

  if (selected == NULL)
    return;

  id = liens_contact_get_id (selected);
  position = gtk_single_selection_get_selected (self->selection);

  /* Change a copy: the list's object stays as stored if saving fails. */
  contact = liens_store_get_contact (self->store, id, &error);
  if (contact == NULL)
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  archive = !liens_contact_get_archived (contact);
  liens_contact_set_archived (contact, archive);
  if (!liens_store_save_contact (self->store, contact, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  select_near (self, position);
  liens_contacts_page_go_back (self);

  if (archive)
    {
      toast = adw_toast_new (_("Contact archived"));
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (archive_undo_cb),
                             undo_data_new (self, id), undo_data_free, 0);
    }
  else
    {
      toast = adw_toast_new (_("Contact restored"));
    }

  liens_ui_add_toast (GTK_WIDGET (self), toast, &self->last_toast);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);
  LiensContact *contact = get_selected_contact (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  LiensStoreUndo *undo = NULL;
  UndoData *undo_data;
  AdwToast *toast;
  guint position;
  gint64 id;

  if (contact == NULL)
    return;

  id = liens_contact_get_id (contact);
  name = g_markup_escape_text (liens_contact_get_display_name (contact), -1);
  position = gtk_single_selection_get_selected (self->selection);

  if (!liens_store_delete_contact_with_undo (self->store, id, &undo, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  select_near (self, position);
  liens_contacts_page_go_back (self);

  /* Translators: %s is the name of the contact that was just deleted */
  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));

  undo_data = undo_data_new (self, id);
  undo_data->undo = undo;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (delete_undo_cb),
                         undo_data, undo_data_free, 0);

  liens_ui_add_toast (GTK_WIDGET (self), toast, &self->last_toast);
}

static void
show_contact_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);

  if (select_contact (self, g_variant_get_int64 (parameter), TRUE))
    show_card (self);
}

static void
add_sample_data_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!liens_store_add_sample_data (self->store, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  liens_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Sample data added")),
                      &self->last_toast);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);

  if (!gtk_widget_get_visible (self->search_box))
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (widget);

  liens_contact_query_clear_filters (self->query);
}

/* Overrides */

static void
liens_contacts_page_dispose (GObject *object)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (object);
  GtkWidget *child;

  /* The list view drops its rows first, then the model they show. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_CONTACTS_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  disconnect_first_frame (self);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);

  g_clear_weak_pointer (&self->last_toast);
  g_clear_object (&self->selection);
  g_clear_object (&self->contacts);
  g_clear_object (&self->filter_actions);
  g_clear_object (&self->query);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (liens_contacts_page_parent_class)->dispose (object);
}

static void
liens_contacts_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, liens_contacts_page_get_can_go_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contacts_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiensContactsPage *self = LIENS_CONTACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      liens_contacts_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contacts_page_class_init (LiensContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_contacts_page_dispose;
  object_class->get_property = liens_contacts_page_get_property;
  object_class->set_property = liens_contacts_page_set_property;

  /**
   * LiensContactsPage:store: (nullable)
   *
   * The database whose contacts the page lists.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * LiensContactsPage:can-go-back:
   *
   * Whether the page is narrow and shows a card, which a back button should leave.
   */
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (LIENS_TYPE_CONTACT_CARD);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, search_box);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, hint_revealer);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, archived_hint);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, filtered_hint);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, card_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, card);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, tie_strength_section);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, tie_nature_section);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, profile_section);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, network_section);
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, tag_section);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "contacts.new", NULL, new_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.archive", NULL, archive_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.show-contact", "x",
                                   show_contact_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.add-sample-data", NULL,
                                   add_sample_data_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.clear-filters", NULL,
                                   clear_filters_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "contacts.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "contacts.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "contacts.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "contacts.search", NULL);
}

static void
init_filter_menu (LiensContactsPage *self)
{
  static const LiensTieStrength strengths[] = {
    LIENS_TIE_STRENGTH_ACQUAINTANCE,
    LIENS_TIE_STRENGTH_CASUAL,
    LIENS_TIE_STRENGTH_REGULAR,
    LIENS_TIE_STRENGTH_CLOSE,
    LIENS_TIE_STRENGTH_TRUSTED,
  };
  static const LiensTieNature natures[] = {
    LIENS_TIE_NATURE_AFFINITY,
    LIENS_TIE_NATURE_UTILITY,
  };
  static const LiensProfile profiles[] = {
    LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_PROFILE_MENTOR,
    LIENS_PROFILE_EXPERT,
    LIENS_PROFILE_RESERVED,
    LIENS_PROFILE_UNKNOWN,
  };
  static const char * const property_actions[] = {
    "tie-strength", "tie-nature", "profile", "due-only", "archived",
  };
  g_autoptr(GSimpleAction) network_action = NULL;
  g_autoptr(GSimpleAction) tag_action = NULL;
  GtkWidget *image;

  /* Each action follows a property of the query, both ways: menu and query agree. */
  self->filter_actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (property_actions); i++)
    {
      g_autoptr(GPropertyAction) action = NULL;

      action = g_property_action_new (property_actions[i], self->query, property_actions[i]);
      g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (action));
    }

  network_action = g_simple_action_new_stateful ("network-id", G_VARIANT_TYPE_INT64,
                                                 g_variant_new_int64 (0));
  g_signal_connect_object (network_action, "change-state", G_CALLBACK (network_change_state_cb),
                           self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (network_action));
  g_signal_connect_object (self->query, "notify::network-id",
                           G_CALLBACK (query_network_id_notify_cb), self, G_CONNECT_SWAPPED);

  tag_action = g_simple_action_new_stateful ("tag", G_VARIANT_TYPE_STRING,
                                             g_variant_new_string (""));
  g_signal_connect_object (tag_action, "change-state", G_CALLBACK (tag_change_state_cb),
                           self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (tag_action));
  g_signal_connect_object (self->query, "notify::tag", G_CALLBACK (query_tag_notify_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_insert_action_group (GTK_WIDGET (self), "filter",
                                  G_ACTION_GROUP (self->filter_actions));

  append_choice (self->tie_strength_section, _("Any Strength"), "filter.tie-strength",
                 g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (strengths); i++)
    append_choice (self->tie_strength_section, liens_tie_strength_get_display_name (strengths[i]),
                   "filter.tie-strength", g_variant_new_int32 (strengths[i]));

  append_choice (self->tie_nature_section, _("Any Nature"), "filter.tie-nature",
                 g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (natures); i++)
    append_choice (self->tie_nature_section, liens_tie_nature_get_display_name (natures[i]),
                   "filter.tie-nature", g_variant_new_int32 (natures[i]));

  append_choice (self->profile_section, _("Any Profile"), "filter.profile",
                 g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    append_choice (self->profile_section, liens_profile_get_display_name (profiles[i]),
                   "filter.profile", g_variant_new_int32 (profiles[i]));

  gtk_menu_button_set_create_popup_func (self->filter_button, filter_popup_cb, self, NULL);

  /* Adwaita 43 has no funnel: Liens ships one in its resource. */
  image = gtk_image_new_from_icon_name ("funnel-symbolic");
  gtk_menu_button_set_child (self->filter_button, image);
}

static void
liens_contacts_page_init (LiensContactsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = liens_contact_query_new ();
  g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  /* After the list view has taken in the change: selecting an item it has not heard of yet
   * (a "reset" that adds items) would crash it. */
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (selection_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (factory_unbind_cb), self, 0);

  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self, "map", G_CALLBACK (page_map_cb), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (disconnect_first_frame), NULL);

  /* Typing in the list searches; not in the card, whose fields are not for search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->list_pane);

  init_filter_menu (self);

  update_list_state (self);
  update_actions (self);
}

/* Public API */

GtkWidget *
liens_contacts_page_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACTS_PAGE, NULL);
}

/**
 * liens_contacts_page_get_store:
 * @self: a #LiensContactsPage
 *
 * Returns: (transfer none) (nullable): the database the page lists
 */
LiensStore *
liens_contacts_page_get_store (LiensContactsPage *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), NULL);

  return self->store;
}

/**
 * liens_contacts_page_set_store:
 * @self: a #LiensContactsPage
 * @store: (nullable): the database whose contacts to list
 */
void
liens_contacts_page_set_store (LiensContactsPage *self,
                               LiensStore        *store)
{
  g_return_if_fail (LIENS_IS_CONTACTS_PAGE (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  self->selected_id = 0;
  g_clear_object (&self->contacts);
  /* Before the page is first drawn, the first rows only (see expand_list()). */
  liens_contact_query_set_limit (self->query, gtk_widget_get_mapped (GTK_WIDGET (self))
                                              ? 0 : get_first_frame_rows (self));
  if (store != NULL)
    self->contacts = liens_store_query_contacts (store, self->query);

  liens_contact_card_set_store (self->card, store);
  gtk_single_selection_set_model (self->selection, self->contacts);

  update_card (self);
  update_list_state (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * liens_contacts_page_get_can_go_back:
 * @self: a #LiensContactsPage
 *
 * Returns: whether the page is folded and shows a card rather than the list
 */
gboolean
liens_contacts_page_get_can_go_back (LiensContactsPage *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), FALSE);

  return is_showing_card_folded (self);
}

/**
 * liens_contacts_page_get_selected_id:
 * @self: a #LiensContactsPage
 *
 * Returns: the id of the selected contact, or 0 when none is selected
 */
gint64
liens_contacts_page_get_selected_id (LiensContactsPage *self)
{
  LiensContact *contact;

  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), 0);

  contact = get_selected_contact (self);

  return contact != NULL ? liens_contact_get_id (contact) : 0;
}

/**
 * liens_contacts_page_show_due:
 * @self: a #LiensContactsPage
 *
 * Shows every active contact due for reconnection, and nothing else.
 */
void
liens_contacts_page_show_due (LiensContactsPage *self)
{
  g_return_if_fail (LIENS_IS_CONTACTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  liens_contact_query_set_text (self->query, NULL);
  liens_contact_query_clear_filters (self->query);
  liens_contact_query_set_archived (self->query, FALSE);
  liens_contact_query_set_due_only (self->query, TRUE);
}

/**
 * liens_contacts_page_is_showing_content:
 * @self: a #LiensContactsPage
 *
 * For the start-up benchmark: whether the page shows rows of its list, or the state that
 * stands for an empty one, on screen.
 *
 * Returns: whether the list side is mapped with its content
 */
gboolean
liens_contacts_page_is_showing_content (LiensContactsPage *self)
{
  GtkWidget *child;
  GtkWidget *row;

  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), FALSE);

  child = gtk_stack_get_visible_child (self->list_stack);
  if (child == NULL || !gtk_widget_get_mapped (child))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") != 0)
    return TRUE;

  row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));

  return row != NULL && gtk_widget_get_mapped (row);
}

/**
 * liens_contacts_page_go_back:
 * @self: a #LiensContactsPage
 *
 * Leaves the card for the list, on a narrow window.
 *
 * Returns: %TRUE if the page went back
 */
gboolean
liens_contacts_page_go_back (LiensContactsPage *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), FALSE);

  if (!is_showing_card_folded (self))
    return FALSE;

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return TRUE;
}

/**
 * liens_contacts_page_get_query:
 * @self: a #LiensContactsPage
 *
 * Returns: (transfer none): the search and filters of the list, which emits "changed"
 */
LiensContactQuery *
liens_contacts_page_get_query (LiensContactsPage *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), NULL);

  return self->query;
}

/**
 * liens_contacts_page_dup_listed_ids:
 * @self: a #LiensContactsPage
 * @n_ids: (out): how many contacts are listed
 *
 * Returns: (transfer full) (array length=n_ids) (nullable): the ids of the contacts the
 *   list shows, in its order, as the search and filters select them
 */
gint64 *
liens_contacts_page_dup_listed_ids (LiensContactsPage *self,
                                    gsize             *n_ids)
{
  guint n;
  gint64 *ids;

  g_return_val_if_fail (LIENS_IS_CONTACTS_PAGE (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  n = self->contacts != NULL ? g_list_model_get_n_items (self->contacts) : 0;
  ids = g_new0 (gint64, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (self->contacts, i);

      ids[i] = liens_contact_get_id (contact);
    }

  *n_ids = n;

  return ids;
}
