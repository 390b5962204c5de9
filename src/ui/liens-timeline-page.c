/* liens-timeline-page.c: the timeline of the user's encounters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-encounter-editor.h"
#include "liens-introduction-editor.h"
#include "liens-timeline-items.h"
#include "liens-timeline-page.h"
#include "liens-timeline-people.h"
#include "liens-timeline-row.h"
#include "liens-timeline-summary.h"
#include "liens-ui.h"
#include "liens-window.h"

/* People offered at once by the person filter: a few letters find anyone else. */
#define N_PERSON_MATCHES 8

/* The filter bar's spacing, and the width under which its search entry gets too narrow to
 * read, so that "Log Encounter" gives up its label. */
#define FILTER_BAR_SPACING 6
#define COMFORTABLE_SEARCH_WIDTH 200

typedef enum
{
  DATE_RANGE_ANY,
  DATE_RANGE_MONTH,
  DATE_RANGE_QUARTER,
  DATE_RANGE_YEAR,
} DateRange;

static const char * const date_range_names[] = {
  [DATE_RANGE_ANY] = "any",
  [DATE_RANGE_MONTH] = "month",
  [DATE_RANGE_QUARTER] = "quarter",
  [DATE_RANGE_YEAR] = "year",
};

/* The page shows one list view over two lists, flattened: a list of one placeholder, shown
 * as the figures and to-do list, then the store's timeline. So the figures scroll away with
 * the timeline, and the list view stays the direct child of the scrolled window, where it
 * only makes the rows on screen, out of a million encounters. */
struct _LiensTimelinePage
{
  GtkWidget parent_instance;

  LiensStore *store;
  LiensTimelinePeople *people;
  LiensTimelineQuery *query;
  GListModel *timeline;
  LiensTimelineItems *timeline_items;
  GObject *summary_item;
  GListStore *summary_list;
  GListStore *parts;
  GtkFlattenListModel *items;
  GtkNoSelection *selection;
  GSimpleActionGroup *filter_actions;
  DateRange date_range;

  /* The summary is one widget, shown by whichever list item holds the placeholder. */
  LiensTimelineSummary *summary;
  GtkListItem *summary_holder;
  /* The list items bound to an encounter or introduction, whose day headers follow the list. */
  GHashTable *bound_items;
  guint days_source;

  GListModel *person_matches;
  GtkSliceListModel *shown_person_matches;

  /* The toast of the last action, replaced by the next one rather than queued behind it. */
  AdwToast *last_toast;

  /* Template widgets */
  GtkStack *main_stack;
  GtkWidget *filter_bar;
  GtkSearchEntry *search_entry;
  GtkMenuButton *filter_button;
  GtkWidget *log_button;
  GtkWidget *log_icon_button;
  GtkRevealer *person_revealer;
  AdwAvatar *person_avatar;
  GtkLabel *person_label;
  GtkStack *list_stack;
  GtkScrolledWindow *scrolled_window;
  GtkListView *list_view;
  AdwStatusPage *no_results_page;
  GtkWidget *clear_filters_button;
  GtkPopover *person_popover;
  GtkSearchEntry *person_entry;
  GtkListBox *person_list;
  GtkWidget *person_none_label;
  GMenu *kind_section;
  GMenu *posture_section;
  GMenu *help_section;
};

G_DEFINE_FINAL_TYPE (LiensTimelinePage, liens_timeline_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a toast's Undo button needs once the page may be gone. */
typedef struct
{
  LiensStore *store;
  LiensStoreUndo *undo;
  gint64 encounter_id;
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
undo_data_new (LiensTimelinePage *self)
{
  UndoData *undo_data = g_new0 (UndoData, 1);

  undo_data->store = g_object_ref (self->store);
  g_weak_ref_init (&undo_data->page, self);

  return undo_data;
}

static GtkWindow *
get_parent_window (LiensTimelinePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GDateTime *
get_item_date (GObject *item)
{
  if (LIENS_IS_ENCOUNTER (item))
    return liens_encounter_get_date (LIENS_ENCOUNTER (item));
  if (LIENS_IS_INTRODUCTION (item))
    return liens_introduction_get_date (LIENS_INTRODUCTION (item));

  return NULL;
}

/* Calendar days from @date to @now, both in the local time zone. */
static int
days_before (GDateTime *date,
             GDateTime *now)
{
  g_autoptr(GDate) a = g_date_new_dmy (g_date_time_get_day_of_month (date),
                                      g_date_time_get_month (date),
                                      g_date_time_get_year (date));
  g_autoptr(GDate) b = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                      g_date_time_get_month (now),
                                      g_date_time_get_year (now));

  return g_date_days_between (a, b);
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  g_autoptr(GDateTime) local_a = NULL;
  g_autoptr(GDateTime) local_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  local_a = g_date_time_to_local (a);
  local_b = g_date_time_to_local (b);

  return g_date_time_get_year (local_a) == g_date_time_get_year (local_b) &&
         g_date_time_get_day_of_year (local_a) == g_date_time_get_day_of_year (local_b);
}

/* A heading starts with a capital, though French writes its days and months in lower case. */
static char *
capitalize (char *text)
{
  g_autofree char *first = NULL;
  const char *rest;

  if (text == NULL || text[0] == '\0')
    return text;

  rest = g_utf8_next_char (text);
  first = g_utf8_strup (text, rest - text);

  return g_strconcat (first, rest, NULL);
}

static char *
format_day (GDateTime *date,
            GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  int days;

  if (date == NULL)
    /* Translators: the heading of the encounters logged without a date, at the end of the timeline */
    return g_strdup (_("No Date"));

  local = g_date_time_to_local (date);
  days = days_before (local, now);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days == -1)
    return g_strdup (_("Tomorrow"));

  /* Within the last week, the name of the day is enough. */
  if (days > 1 && days < 7)
    day = g_date_time_format (local, "%A");
  else
    day = liens_format_date (local);

  return capitalize (g_steal_pointer (&day));
}

/* The day heading above the item at @position: only the first item of a day has one. */
static char *
dup_day_for_position (LiensTimelinePage *self,
                      guint              position,
                      GObject           *item,
                      GDateTime         *now)
{
  GDateTime *date = get_item_date (item);

  if (position > 0)
    {
      g_autoptr(GObject) previous = g_list_model_get_item (G_LIST_MODEL (self->items), position - 1);

      if (previous != NULL && previous != self->summary_item &&
          same_day (date, get_item_date (previous)))
        return NULL;
    }

  return format_day (date, now);
}

static void
update_day (LiensTimelinePage *self,
            GtkListItem       *list_item,
            GDateTime         *now)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GObject *item = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autofree char *day = NULL;

  if (!LIENS_IS_TIMELINE_ROW (row) || item == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  day = dup_day_for_position (self, position, item, now);
  liens_timeline_row_set_day (LIENS_TIMELINE_ROW (row), day);
}

static gboolean
update_days_idle_cb (gpointer user_data)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (user_data);
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  GHashTableIter iter;
  gpointer list_item;

  self->days_source = 0;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_day (self, list_item, now);

  return G_SOURCE_REMOVE;
}

/* An item that comes or goes changes the heading of the one after it, which GTK does not
 * bind again: look again at the few rows on screen. */
static void
queue_update_days (LiensTimelinePage *self)
{
  if (self->days_source == 0)
    self->days_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, update_days_idle_cb, self, NULL);
}

static gboolean
has_text (LiensTimelinePage *self)
{
  const char *text = liens_timeline_query_get_text (self->query);

  return text != NULL && text[0] != '\0';
}

static gboolean
is_narrowed (LiensTimelinePage *self)
{
  return has_text (self) ||
         liens_timeline_query_has_filters (self->query) ||
         liens_timeline_query_get_contact_id (self->query) != 0;
}

/* The figures and the to-do list are about everything: they leave a narrowed timeline.
 * Never called while the list tells of a change: the list view would hear of this one first. */
static void
update_summary_shown (LiensTimelinePage *self)
{
  gboolean shown = self->store != NULL && !is_narrowed (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->summary_list));

  if (shown && n == 0)
    g_list_store_append (self->summary_list, self->summary_item);
  else if (!shown && n > 0)
    g_list_store_remove_all (self->summary_list);
}

static void
update_actions (LiensTimelinePage *self)
{
  static const char * const store_actions[] = {
    "timeline.log-encounter", "timeline.log-encounter-with", "timeline.record-introduction",
    "timeline.edit", "timeline.delete", "timeline.edit-encounter", "timeline.edit-introduction",
    "timeline.delete-encounter", "timeline.delete-introduction", "timeline.follow-up-done",
    "timeline.choose-person", "timeline.filter-contact",
  };

  for (guint i = 0; i < G_N_ELEMENTS (store_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), store_actions[i], self->store != NULL);
}

static void
update_person_chip (LiensTimelinePage *self)
{
  gint64 id = liens_timeline_query_get_contact_id (self->query);

  if (id != 0 && self->people != NULL)
    {
      const char *name = liens_timeline_people_get_name (self->people, id);
      g_autofree char *label = NULL;

      /* Translators: the person filter of the timeline, e.g. "With Émilie Durand" */
      label = g_strdup_printf (_("With %s"), name);
      gtk_label_set_text (self->person_label, label);
      liens_timeline_people_set_avatar (self->people, self->person_avatar, id);
    }

  gtk_revealer_set_reveal_child (self->person_revealer, id != 0);
}

static void
update_state (LiensTimelinePage *self)
{
  guint n_items = self->timeline != NULL ? g_list_model_get_n_items (self->timeline) : 0;
  gboolean narrowed = is_narrowed (self);
  gboolean has_filters = liens_timeline_query_has_filters (self->query) ||
                         liens_timeline_query_get_contact_id (self->query) != 0;

  if (self->store == NULL || (n_items == 0 && !narrowed))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "timeline");

  if (n_items > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else
    {
      if (has_text (self))
        {
          g_autofree char *escaped = g_markup_escape_text (liens_timeline_query_get_text (self->query), -1);
          g_autofree char *description = NULL;

          /* Translators: %s is what the user searched for in the notes of the timeline */
          description = g_strdup_printf (_("No encounter mentions “%s”."), escaped);
          adw_status_page_set_description (self->no_results_page, description);
        }
      else
        {
          adw_status_page_set_description (self->no_results_page,
                                           _("No encounter matches these filters."));
        }

      gtk_widget_set_visible (self->clear_filters_button, has_filters);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
    }

  if (has_filters)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

/* Through the list's anchor: setting the adjustment before the new rows are measured makes
 * GTK 4.8 warn that it cannot scroll there. */
static void
scroll_to_top (LiensTimelinePage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* Editors */

static void
open_encounter_editor (LiensTimelinePage *self,
                       gint64             encounter_id,
                       gint64             contact_id)
{
  g_autoptr(LiensEncounter) encounter = NULL;
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  /* The editor changes its own copy: the timeline shows what is stored until it is saved. */
  if (encounter_id > 0)
    {
      g_autoptr(GError) error = NULL;

      encounter = liens_store_get_encounter (self->store, encounter_id, &error);
      if (encounter == NULL)
        {
          liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
          return;
        }
    }

  editor = liens_encounter_editor_new (get_parent_window (self), self->store, encounter, contact_id);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_introduction_editor (LiensTimelinePage *self,
                          gint64             introduction_id)
{
  g_autoptr(LiensIntroduction) introduction = NULL;
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  if (introduction_id > 0)
    {
      g_autoptr(GError) error = NULL;

      introduction = liens_store_get_introduction (self->store, introduction_id, &error);
      if (introduction == NULL)
        {
          liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
          return;
        }
    }

  editor = liens_introduction_editor_new (get_parent_window (self), self->store, introduction,
                                          liens_timeline_query_get_contact_id (self->query));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_item (LiensTimelinePage *self,
           GObject           *item)
{
  if (LIENS_IS_ENCOUNTER (item))
    open_encounter_editor (self, liens_encounter_get_id (LIENS_ENCOUNTER (item)), 0);
  else if (LIENS_IS_INTRODUCTION (item))
    open_introduction_editor (self, liens_introduction_get_id (LIENS_INTRODUCTION (item)));
}

/* Deleting, with a way back */

static void
delete_undo_cb (AdwToast *toast,
                gpointer  user_data)
{
  UndoData *undo_data = user_data;
  g_autoptr(LiensTimelinePage) self = g_weak_ref_get (&undo_data->page);
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
}

static void
delete_item (LiensTimelinePage *self,
             gboolean           introduction,
             gint64             id)
{
  g_autoptr(GError) error = NULL;
  LiensStoreUndo *undo = NULL;
  UndoData *undo_data;
  AdwToast *toast;
  gboolean deleted;

  if (self->store == NULL || id <= 0)
    return;

  if (introduction)
    deleted = liens_store_delete_introduction_with_undo (self->store, id, &undo, &error);
  else
    deleted = liens_store_delete_encounter_with_undo (self->store, id, &undo, &error);

  if (!deleted)
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  toast = adw_toast_new (introduction ? _("Introduction deleted") : _("Encounter deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));

  undo_data = undo_data_new (self);
  undo_data->undo = undo;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (delete_undo_cb),
                         undo_data, undo_data_free, 0);

  liens_ui_add_toast (GTK_WIDGET (self), toast, &self->last_toast);
}

static void
follow_up_undo_cb (AdwToast *toast,
                   gpointer  user_data)
{
  UndoData *undo_data = user_data;
  g_autoptr(LiensTimelinePage) self = g_weak_ref_get (&undo_data->page);
  g_autoptr(GError) error = NULL;

  if (!liens_store_set_follow_up_done (undo_data->store, undo_data->encounter_id, FALSE, &error))
    {
      if (self != NULL)
        liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      else
        g_warning ("Could not reopen the follow-up: %s", error->message);
    }
}

/* The row that has the keyboard focus, or holds the widget that has it. */
static LiensTimelineRow *
get_focused_row (LiensTimelinePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;

  for (GtkWidget *widget = focus;
       widget != NULL && widget != GTK_WIDGET (self->list_view);
       widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (LIENS_IS_TIMELINE_ROW (widget))
        return LIENS_TIMELINE_ROW (widget);
      if (child != NULL && LIENS_IS_TIMELINE_ROW (child))
        return LIENS_TIMELINE_ROW (child);
    }

  return NULL;
}

/* The person filter */

static GtkWidget *
create_person_row_cb (gpointer item,
                      gpointer user_data)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (user_data);
  LiensContact *contact = LIENS_CONTACT (item);
  gint64 id = liens_contact_get_id (contact);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *avatar = adw_avatar_new (24, NULL, TRUE);
  GtkWidget *label = gtk_label_new (liens_timeline_people_get_name (self->people, id));

  liens_timeline_people_set_avatar (self->people, ADW_AVATAR (avatar), id);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "timeline.filter-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", id);

  return row;
}

static void
person_matches_changed_cb (LiensTimelinePage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown_person_matches));

  gtk_widget_set_visible (GTK_WIDGET (self->person_list), n > 0);
  gtk_widget_set_visible (self->person_none_label, n == 0);
}

static void
update_person_matches (LiensTimelinePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->person_entry));

  gtk_list_box_bind_model (self->person_list, NULL, NULL, NULL, NULL);
  if (self->shown_person_matches != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_person_matches, self);
  g_clear_object (&self->shown_person_matches);
  g_clear_object (&self->person_matches);

  if (self->store == NULL)
    return;

  if (text[0] != '\0')
    {
      self->person_matches = liens_store_search_contacts (self->store, text);
    }
  else
    {
      g_autoptr(LiensContactQuery) everyone = liens_contact_query_new ();

      self->person_matches = liens_store_query_contacts (self->store, everyone);
    }

  /* Only the first few, however many match: a filter, not an address book. */
  self->shown_person_matches = gtk_slice_list_model_new (g_object_ref (self->person_matches),
                                                         0, N_PERSON_MATCHES);
  g_signal_connect_object (self->shown_person_matches, "items-changed",
                           G_CALLBACK (person_matches_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->person_list, G_LIST_MODEL (self->shown_person_matches),
                           create_person_row_cb, self, NULL);
  person_matches_changed_cb (self);
}

/* The filter bar: the search entry takes what the buttons leave. AdwSqueezer would stretch
 * the narrow button over the width the wide one did not get. */

static int
measure_width (GtkWidget *widget,
               gboolean   natural)
{
  int minimum;
  int natural_width;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural_width, NULL, NULL);

  return natural ? natural_width : minimum;
}

static void
filter_bar_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  LiensTimelinePage *self = g_object_get_data (G_OBJECT (widget), "liens-timeline-page");
  GtkWidget *children[] = {
    GTK_WIDGET (self->search_entry), GTK_WIDGET (self->filter_button),
    self->log_button, self->log_icon_button,
  };

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = measure_width (children[0], FALSE) + measure_width (children[1], FALSE) +
                 measure_width (self->log_icon_button, FALSE) + 2 * FILTER_BAR_SPACING;
      *natural = measure_width (children[0], TRUE) + measure_width (children[1], TRUE) +
                 measure_width (self->log_button, TRUE) + 2 * FILTER_BAR_SPACING;
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int child_minimum;
      int child_natural;

      gtk_widget_measure (children[i], orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        width,
                int        height,
                int        parent_width,
                gboolean   rtl)
{
  GtkAllocation allocation = { rtl ? parent_width - x - width : x, 0, width, height };

  gtk_widget_size_allocate (child, &allocation, -1);
}

static void
filter_bar_allocate (GtkWidget *widget,
                     int        width,
                     int        height,
                     int        baseline)
{
  LiensTimelinePage *self = g_object_get_data (G_OBJECT (widget), "liens-timeline-page");
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int entry_minimum = measure_width (GTK_WIDGET (self->search_entry), FALSE);
  int filter_width = measure_width (GTK_WIDGET (self->filter_button), TRUE);
  int label_width = measure_width (self->log_button, TRUE);
  gboolean use_label;
  GtkWidget *button;
  int button_width;
  int entry_width;

  use_label = width - filter_width - label_width - 2 * FILTER_BAR_SPACING >=
              MAX (entry_minimum, COMFORTABLE_SEARCH_WIDTH);
  button = use_label ? self->log_button : self->log_icon_button;
  button_width = use_label ? label_width : measure_width (self->log_icon_button, TRUE);
  gtk_widget_set_child_visible (self->log_button, use_label);
  gtk_widget_set_child_visible (self->log_icon_button, !use_label);

  entry_width = MAX (entry_minimum, width - filter_width - button_width - 2 * FILTER_BAR_SPACING);

  allocate_child (GTK_WIDGET (self->search_entry), 0, entry_width, height, width, rtl);
  allocate_child (GTK_WIDGET (self->filter_button), entry_width + FILTER_BAR_SPACING,
                  filter_width, height, width, rtl);
  allocate_child (button, entry_width + filter_width + 2 * FILTER_BAR_SPACING,
                  button_width, height, width, rtl);
}

/* Callbacks */

static void
items_changed_cb (LiensTimelinePage *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  update_state (self);
  queue_update_days (self);
}

static void
scrolled_cb (LiensTimelinePage *self,
             GtkAdjustment     *adjustment)
{
  if (gtk_adjustment_get_value (adjustment) > gtk_adjustment_get_lower (adjustment))
    gtk_widget_add_css_class (GTK_WIDGET (self->scrolled_window), "scrolled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->scrolled_window), "scrolled");
}

static void
query_changed_cb (LiensTimelinePage  *self,
                  LiensTimelineQuery *query)
{
  update_person_chip (self);
  update_summary_shown (self);
  update_state (self);
  scroll_to_top (self);
}

static void
query_since_notify_cb (LiensTimelinePage  *self,
                       GParamSpec         *pspec,
                       LiensTimelineQuery *query)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->filter_actions), "date");

  /* Clearing the filters clears the date range too. */
  if (liens_timeline_query_get_since (query) == NULL)
    self->date_range = DATE_RANGE_ANY;

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (date_range_names[self->date_range]));
}

/* Where a range of the menu starts, on the day of @now. */
static GDateTime *
dup_since (DateRange  range,
           GDateTime *now)
{
  switch (range)
    {
    case DATE_RANGE_MONTH:
      return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                     1, 0, 0, 0);

    case DATE_RANGE_QUARTER:
      {
        g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                            g_date_time_get_month (now),
                                                            g_date_time_get_day_of_month (now),
                                                            0, 0, 0);

        return g_date_time_add_months (today, -3);
      }

    case DATE_RANGE_YEAR:
      return g_date_time_new_local (g_date_time_get_year (now), 1, 1, 0, 0, 0);

    case DATE_RANGE_ANY:
    default:
      return NULL;
    }
}

static void
date_change_state_cb (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (user_data);
  const char *name = g_variant_get_string (state, NULL);
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GDateTime) since = NULL;
  DateRange range = DATE_RANGE_ANY;

  for (guint i = 0; i < G_N_ELEMENTS (date_range_names); i++)
    if (g_strcmp0 (name, date_range_names[i]) == 0)
      range = i;

  since = dup_since (range, now);
  self->date_range = range;
  g_simple_action_set_state (action, g_variant_new_string (date_range_names[range]));
  liens_timeline_query_set_since (self->query, since);
}

/* The day headings ("Today", "Yesterday") and a range such as "This Month" follow the
 * day; the rows redraw their own dates. The range runs the query again only when it
 * starts on another day. */
static void
day_changed_cb (LiensTimelinePage *self)
{
  if (self->date_range != DATE_RANGE_ANY)
    {
      g_autoptr(GDateTime) now = liens_clock_get_now ();
      g_autoptr(GDateTime) since = dup_since (self->date_range, now);

      liens_timeline_query_set_since (self->query, since);
    }

  queue_update_days (self);
}

static void
search_changed_cb (LiensTimelinePage *self,
                   GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  liens_timeline_query_set_text (self->query, text[0] != '\0' ? text : NULL);
}

static void
stop_search_cb (LiensTimelinePage *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  liens_timeline_query_set_text (self->query, NULL);
}

/* Enter, a double click or a click on a row. */
static void
list_activate_cb (LiensTimelinePage *self,
                  guint              position,
                  GtkListView       *list_view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL && item != self->summary_item)
    open_item (self, item);
}

static void
row_released_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (user_data);
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GObject *item = liens_timeline_row_get_item (LIENS_TIMELINE_ROW (row));

  /* A click opens the entry; the second of a double click would open it twice. */
  if (n_press != 1 || item == NULL)
    return;

  open_item (self, item);
}

static GtkWidget *
new_row (LiensTimelinePage *self)
{
  GtkWidget *row = liens_timeline_row_new ();
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "released", G_CALLBACK (row_released_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (gesture));

  return row;
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LiensTimelinePage        *self)
{
  gtk_list_item_set_child (list_item, new_row (self));
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LiensTimelinePage        *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autoptr(GDateTime) now = NULL;

  if (item == self->summary_item)
    {
      /* Take the summary from the list item that showed it last. */
      if (self->summary_holder != NULL && self->summary_holder != list_item)
        gtk_list_item_set_child (self->summary_holder, NULL);
      if (child != GTK_WIDGET (self->summary))
        gtk_list_item_set_child (list_item, GTK_WIDGET (self->summary));
      g_set_weak_pointer (&self->summary_holder, list_item);

      gtk_list_item_set_activatable (list_item, FALSE);
      gtk_list_item_set_selectable (list_item, FALSE);
      return;
    }

  /* A list item that showed the summary gets a row again. */
  if (!LIENS_IS_TIMELINE_ROW (child))
    {
      if (list_item == self->summary_holder)
        g_clear_weak_pointer (&self->summary_holder);

      child = new_row (self);
      gtk_list_item_set_child (list_item, child);
    }

  /* Selectable, so that the item can have the focus; there is nothing to select. */
  gtk_list_item_set_activatable (list_item, TRUE);
  gtk_list_item_set_selectable (list_item, TRUE);

  now = liens_clock_get_now ();
  liens_timeline_row_set_people (LIENS_TIMELINE_ROW (child), self->people);
  liens_timeline_row_set_item (LIENS_TIMELINE_ROW (child), item);
  update_day (self, list_item, now);

  g_hash_table_add (self->bound_items, list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LiensTimelinePage        *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  g_hash_table_remove (self->bound_items, list_item);

  if (LIENS_IS_TIMELINE_ROW (child))
    {
      liens_timeline_row_set_item (LIENS_TIMELINE_ROW (child), NULL);
      liens_timeline_row_set_day (LIENS_TIMELINE_ROW (child), NULL);
    }
}

static void
factory_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     LiensTimelinePage        *self)
{
  g_hash_table_remove (self->bound_items, list_item);

  if (list_item == self->summary_holder)
    {
      gtk_list_item_set_child (list_item, NULL);
      g_clear_weak_pointer (&self->summary_holder);
    }
}

static void
person_search_changed_cb (LiensTimelinePage *self,
                          GtkSearchEntry    *entry)
{
  update_person_matches (self);
}

/* Enter picks the first match. */
static void
person_search_activate_cb (LiensTimelinePage *self,
                           GtkSearchEntry    *entry)
{
  g_autoptr(LiensContact) contact = NULL;

  if (self->shown_person_matches == NULL)
    return;

  contact = g_list_model_get_item (G_LIST_MODEL (self->shown_person_matches), 0);
  if (contact != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "timeline.filter-contact", "x",
                                liens_contact_get_id (contact));
}

static void
person_popover_closed_cb (LiensTimelinePage *self,
                          GtkPopover        *popover)
{
  /* The next time, start afresh; and hold no list of contacts meanwhile. */
  gtk_editable_set_text (GTK_EDITABLE (self->person_entry), "");
  gtk_list_box_bind_model (self->person_list, NULL, NULL, NULL, NULL);
  if (self->shown_person_matches != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_person_matches, self);
  g_clear_object (&self->shown_person_matches);
  g_clear_object (&self->person_matches);
}

/* Actions */

static void
log_encounter_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);

  /* Filtered on someone, the new encounter is likely with them. */
  open_encounter_editor (self, 0, liens_timeline_query_get_contact_id (self->query));
}

static void
log_encounter_with_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  open_encounter_editor (LIENS_TIMELINE_PAGE (widget), 0, g_variant_get_int64 (parameter));
}

static void
record_introduction_action_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  open_introduction_editor (LIENS_TIMELINE_PAGE (widget), 0);
}

static void
edit_encounter_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_encounter_editor (LIENS_TIMELINE_PAGE (widget), g_variant_get_int64 (parameter), 0);
}

static void
edit_introduction_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  open_introduction_editor (LIENS_TIMELINE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
delete_encounter_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  delete_item (LIENS_TIMELINE_PAGE (widget), FALSE, g_variant_get_int64 (parameter));
}

static void
delete_introduction_action_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  delete_item (LIENS_TIMELINE_PAGE (widget), TRUE, g_variant_get_int64 (parameter));
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);
  LiensTimelineRow *row = get_focused_row (self);

  if (row != NULL && liens_timeline_row_get_item (row) != NULL)
    open_item (self, liens_timeline_row_get_item (row));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);
  LiensTimelineRow *row = get_focused_row (self);
  GObject *item = row != NULL ? liens_timeline_row_get_item (row) : NULL;

  if (LIENS_IS_ENCOUNTER (item))
    delete_item (self, FALSE, liens_encounter_get_id (LIENS_ENCOUNTER (item)));
  else if (LIENS_IS_INTRODUCTION (item))
    delete_item (self, TRUE, liens_introduction_get_id (LIENS_INTRODUCTION (item)));
}

static void
context_menu_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensTimelineRow *row = get_focused_row (LIENS_TIMELINE_PAGE (widget));

  if (row != NULL)
    liens_timeline_row_popup_menu (row);
}

static void
follow_up_done_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  UndoData *undo_data;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  if (!liens_store_set_follow_up_done (self->store, id, TRUE, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  toast = adw_toast_new (_("Follow-up done"));
  adw_toast_set_button_label (toast, _("_Undo"));

  undo_data = undo_data_new (self);
  undo_data->encounter_id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (follow_up_undo_cb),
                         undo_data, undo_data_free, 0);

  liens_ui_add_toast (GTK_WIDGET (self), toast, &self->last_toast);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "timeline") != 0)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);

  g_object_freeze_notify (G_OBJECT (self->query));
  liens_timeline_query_set_contact_id (self->query, 0);
  liens_timeline_query_clear_filters (self->query);
  g_object_thaw_notify (G_OBJECT (self->query));
}

static void
show_due_contacts_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  /* The window knows the contacts page and its filter; without it, the page is enough. */
  if (!gtk_widget_activate_action (widget, "win.show-due-contacts", NULL))
    gtk_widget_activate_action (widget, "win.show-page", "s", "contacts");
}

static void
choose_person_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (self->filter_button), self->filter_bar, &bounds))
    return;

  update_person_matches (self);
  gtk_popover_set_pointing_to (self->person_popover,
                               &(GdkRectangle) {
                                 (int) bounds.origin.x, (int) bounds.origin.y,
                                 (int) bounds.size.width, (int) bounds.size.height,
                               });
  gtk_popover_popup (self->person_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->person_entry));
}

static void
filter_contact_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (widget);

  gtk_popover_popdown (self->person_popover);
  liens_timeline_query_set_contact_id (self->query, g_variant_get_int64 (parameter));
}

/* Overrides */

static void
liens_timeline_page_dispose (GObject *object)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (object);
  GtkWidget *child;

  /* The list view drops its rows first, then the model they show. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  g_clear_handle_id (&self->days_source, g_source_remove);

  if (self->person_popover != NULL)
    {
      person_popover_closed_cb (self, self->person_popover);
      gtk_widget_unparent (GTK_WIDGET (self->person_popover));
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_TIMELINE_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);

  g_clear_weak_pointer (&self->last_toast);
  g_clear_weak_pointer (&self->summary_holder);
  g_clear_object (&self->summary);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->parts);
  g_clear_object (&self->summary_list);
  g_clear_object (&self->summary_item);
  g_clear_object (&self->timeline_items);
  g_clear_object (&self->timeline);
  g_clear_object (&self->filter_actions);
  g_clear_object (&self->query);
  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (liens_timeline_page_parent_class)->dispose (object);
}

static void
liens_timeline_page_finalize (GObject *object)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (object);

  g_clear_pointer (&self->bound_items, g_hash_table_unref);

  G_OBJECT_CLASS (liens_timeline_page_parent_class)->finalize (object);
}

static void
liens_timeline_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiensTimelinePage *self = LIENS_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      liens_timeline_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_page_class_init (LiensTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_timeline_page_dispose;
  object_class->finalize = liens_timeline_page_finalize;
  object_class->get_property = liens_timeline_page_get_property;
  object_class->set_property = liens_timeline_page_set_property;

  /**
   * LiensTimelinePage:store: (nullable)
   *
   * The database whose encounters the page shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, log_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, log_icon_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_revealer);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_avatar);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_popover);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_entry);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_list);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, person_none_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, kind_section);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, posture_section);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelinePage, help_section);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_popover_closed_cb);

  gtk_widget_class_install_action (widget_class, "timeline.log-encounter", NULL,
                                   log_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.log-encounter-with", "x",
                                   log_encounter_with_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.record-introduction", NULL,
                                   record_introduction_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.context-menu", NULL,
                                   context_menu_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.edit-encounter", "x",
                                   edit_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.edit-introduction", "x",
                                   edit_introduction_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.delete-encounter", "x",
                                   delete_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.delete-introduction", "x",
                                   delete_introduction_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.follow-up-done", "x",
                                   follow_up_done_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.clear-filters", NULL,
                                   clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.show-due-contacts", NULL,
                                   show_due_contacts_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.choose-person", NULL,
                                   choose_person_action_cb);
  gtk_widget_class_install_action (widget_class, "timeline.filter-contact", "x",
                                   filter_contact_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "timeline.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "timeline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "timeline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "timeline.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "timeline.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "timeline.context-menu", NULL);
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

static void
init_filter_menu (LiensTimelinePage *self)
{
  static const LiensEncounterKind kinds[] = {
    LIENS_ENCOUNTER_KIND_MEETING,
    LIENS_ENCOUNTER_KIND_MEAL,
    LIENS_ENCOUNTER_KIND_CALL,
    LIENS_ENCOUNTER_KIND_VIDEO_CALL,
    LIENS_ENCOUNTER_KIND_MESSAGE,
    LIENS_ENCOUNTER_KIND_EVENT,
    LIENS_ENCOUNTER_KIND_OTHER,
  };
  static const LiensPosture postures[] = {
    LIENS_POSTURE_NETWORKING,
    LIENS_POSTURE_PROSPECTING,
    LIENS_POSTURE_LEARNING,
  };
  static const LiensHelp helps[] = {
    LIENS_HELP_GIVEN,
    LIENS_HELP_RECEIVED,
    LIENS_HELP_MUTUAL,
    LIENS_HELP_NONE,
  };
  static const char * const property_actions[] = {
    "kind", "posture", "help", "include-introductions",
  };
  g_autoptr(GSimpleAction) date_action = NULL;
  GtkWidget *image;

  /* Each action follows a property of the query, both ways: menu and query agree. */
  self->filter_actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (property_actions); i++)
    {
      g_autoptr(GPropertyAction) action = NULL;

      action = g_property_action_new (property_actions[i], self->query, property_actions[i]);
      g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (action));
    }

  /* The query holds dates; the menu offers ranges that end now. */
  date_action = g_simple_action_new_stateful ("date", G_VARIANT_TYPE_STRING,
                                              g_variant_new_string ("any"));
  g_signal_connect_object (date_action, "change-state", G_CALLBACK (date_change_state_cb),
                           self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (date_action));
  g_signal_connect_object (self->query, "notify::since", G_CALLBACK (query_since_notify_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_insert_action_group (GTK_WIDGET (self), "filter",
                                  G_ACTION_GROUP (self->filter_actions));

  append_choice (self->kind_section, _("Any Kind"), "filter.kind", g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    append_choice (self->kind_section, liens_encounter_kind_get_display_name (kinds[i]),
                   "filter.kind", g_variant_new_int32 (kinds[i]));

  append_choice (self->posture_section, _("Any Posture"), "filter.posture",
                 g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (postures); i++)
    append_choice (self->posture_section, liens_posture_get_display_name (postures[i]),
                   "filter.posture", g_variant_new_int32 (postures[i]));

  append_choice (self->help_section, _("Any Help"), "filter.help", g_variant_new_int32 (-1));
  for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
    append_choice (self->help_section, liens_help_get_display_name (helps[i]),
                   "filter.help", g_variant_new_int32 (helps[i]));

  /* Adwaita 43 has no funnel: Liens ships one in its resource. */
  image = gtk_image_new_from_icon_name ("funnel-symbolic");
  gtk_menu_button_set_child (self->filter_button, image);
}

static void
liens_timeline_page_init (LiensTimelinePage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The icon-only split button's main part is an inner button, which screen readers
   * focus: it needs the name too (libadwaita 1.2 does not pass it on). */
  for (GtkWidget *child = gtk_widget_get_first_child (self->log_icon_button);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && !GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Log Encounter"),
                                        -1);
    }

  self->bound_items = g_hash_table_new (NULL, NULL);

  self->query = liens_timeline_query_new ();
  /* After the timeline, which follows the query too, has run it again. */
  g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);

  self->summary = g_object_ref_sink (LIENS_TIMELINE_SUMMARY (liens_timeline_summary_new ()));
  self->summary_item = g_object_new (G_TYPE_OBJECT, NULL);
  self->summary_list = g_list_store_new (G_TYPE_OBJECT);
  self->parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->parts, self->summary_list);
  self->items = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)));
  g_signal_connect_object (self->items, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (factory_unbind_cb), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (factory_teardown_cb), self, 0);

  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  g_object_set_data (G_OBJECT (self->filter_bar), "liens-timeline-page", self);
  gtk_widget_set_layout_manager (self->filter_bar,
                                 gtk_custom_layout_new (NULL, filter_bar_measure,
                                                        filter_bar_allocate));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (GTK_WIDGET (self->person_popover), self->filter_bar);

  init_filter_menu (self);

  update_state (self);
  update_actions (self);
}

/* Public API */

GtkWidget *
liens_timeline_page_new (void)
{
  return g_object_new (LIENS_TYPE_TIMELINE_PAGE, NULL);
}

/**
 * liens_timeline_page_get_store:
 * @self: a #LiensTimelinePage
 *
 * Returns: (transfer none) (nullable): the database the page shows
 */
LiensStore *
liens_timeline_page_get_store (LiensTimelinePage *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_PAGE (self), NULL);

  return self->store;
}

/**
 * liens_timeline_page_set_store:
 * @self: a #LiensTimelinePage
 * @store: (nullable): the database whose encounters to show
 */
void
liens_timeline_page_set_store (LiensTimelinePage *self,
                               LiensStore        *store)
{
  g_return_if_fail (LIENS_IS_TIMELINE_PAGE (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->people);
  if (store != NULL)
    self->people = liens_timeline_people_new (store);
  liens_timeline_summary_set_store (self->summary, store, self->people);

  /* A contact of another database means nothing here. */
  liens_timeline_query_set_contact_id (self->query, 0);

  /* The summary first: the list view keeps its first item in place, as it would keep the
   * item at the top when the user scrolled to it. */
  update_summary_shown (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->parts)) > 1)
    g_list_store_remove (self->parts, 1);

  g_clear_object (&self->timeline_items);
  g_clear_object (&self->timeline);
  if (store != NULL)
    {
      self->timeline = liens_store_query_timeline (store, self->query);
      self->timeline_items = liens_timeline_items_new (self->timeline);
      g_list_store_append (self->parts, self->timeline_items);
    }

  update_person_chip (self);
  update_state (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * liens_timeline_page_show_contact:
 * @self: a #LiensTimelinePage
 * @contact_id: a contact's id, or 0 for everyone
 *
 * Shows the whole timeline of one person: their encounters and the introductions naming
 * them, with no other filter and no search.
 */
void
liens_timeline_page_show_contact (LiensTimelinePage *self,
                                  gint64             contact_id)
{
  g_return_if_fail (LIENS_IS_TIMELINE_PAGE (self));
  g_return_if_fail (contact_id >= 0);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  g_object_freeze_notify (G_OBJECT (self->query));
  liens_timeline_query_set_text (self->query, NULL);
  liens_timeline_query_clear_filters (self->query);
  liens_timeline_query_set_contact_id (self->query, contact_id);
  g_object_thaw_notify (G_OBJECT (self->query));
}
