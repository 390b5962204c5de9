/* liens-events-page.c: the events the user plans to attend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-event-debrief.h"
#include "liens-event-editor.h"
#include "liens-event-groups.h"
#include "liens-event-row.h"
#include "liens-events-page.h"
#include "liens-format.h"
#include "liens-icalendar.h"
#include "liens-ui.h"
#include "liens-window.h"

struct _LiensEventsPage
{
  GtkWidget parent_instance;

  LiensStore *store;
  GDateTime *now;
  GDateWeekday first_weekday;
  GListModel *all_events;
  GListModel *upcoming;
  GListModel *past;
  GListModel *to_confirm;
  /* The upcoming and past events of the day picked in the calendar, or of every day. */
  GtkFilterListModel *upcoming_filter;
  GtkFilterListModel *past_filter;
  /* The quiz results, newest first: the latest one's profile marks the events that suit it. */
  GListModel *quiz_results;
  LiensProfile profile;
  GtkCustomFilter *day_filter;
  GListModel *events;
  GHashTable *bound_items;
  guint refresh_id;
  guint folded_id;
  GtkNativeDialog *chooser;
  /* The event the export chooser is for; 0 for every planned upcoming event. */
  gint64 export_event_id;
  AdwToast *last_toast;

  /* The day the list shows, or 0 for every day. */
  int filter_year;
  int filter_month;
  int filter_day;

  /* The month the calendar shows, to tell browsing months from picking a day. */
  int shown_year;
  int shown_month;
  gboolean remarking;

  GtkStack *main_stack;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkCalendar *calendar;
  AdwFlap *flap;
  GtkLabel *day_label;
  GtkWidget *all_days_button;
  GtkWidget *new_button;
  GtkWidget *new_icon_button;
  GtkWidget *confirm_clamp;
  GtkListBox *confirm_list;
};

G_DEFINE_FINAL_TYPE (LiensEventsPage, liens_events_page, GTK_TYPE_WIDGET)

static void refresh (LiensEventsPage *self);

/* Helpers */

static GtkWindow *
get_parent_window (LiensEventsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The first and last local days of @event, as Julian days; FALSE when it has no date. */
static gboolean
get_event_days (LiensEvent *event,
                guint32    *first,
                guint32    *last)
{
  GDateTime *start = liens_event_get_start (event);
  GDateTime *end = liens_event_get_end (event);
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autoptr(GDate) a = NULL;
  g_autoptr(GDate) b = NULL;

  if (start == NULL)
    return FALSE;

  local_start = g_date_time_to_local (start);
  if (end != NULL && g_date_time_compare (end, start) > 0)
    {
      /* An event that ends at midnight does not take the next day. */
      g_autoptr(GDateTime) before_end = g_date_time_add_seconds (end, -1);

      local_end = g_date_time_to_local (before_end);
    }
  else
    local_end = g_date_time_ref (local_start);

  a = g_date_new_dmy (g_date_time_get_day_of_month (local_start),
                      g_date_time_get_month (local_start),
                      g_date_time_get_year (local_start));
  b = g_date_new_dmy (g_date_time_get_day_of_month (local_end),
                      g_date_time_get_month (local_end),
                      g_date_time_get_year (local_end));
  *first = g_date_get_julian (a);
  *last = MAX (g_date_get_julian (b), *first);

  return TRUE;
}

static const char *
get_group (LiensEventsPage *self,
           LiensEvent      *event)
{
  if (event == NULL)
    return NULL;

  return liens_event_group_get_title (liens_event_group_for_event (event, self->now,
                                                                   self->first_weekday));
}

static void
update_list_item (LiensEventsPage *self,
                  GtkListItem     *list_item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  LiensEvent *event = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(LiensEvent) previous = NULL;
  const char *group;

  if (event == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  if (position > 0)
    previous = g_list_model_get_item (self->events, position - 1);

  group = get_group (self, event);
  liens_event_row_set_profile (LIENS_EVENT_ROW (row), self->profile);
  liens_event_row_set_event (LIENS_EVENT_ROW (row), self->store, event);
  liens_event_row_set_heading (LIENS_EVENT_ROW (row),
                               previous == NULL || g_strcmp0 (group, get_group (self, previous)) != 0
                               ? group : NULL);
}

static void
update_marks (LiensEventsPage *self)
{
  g_autoptr(GDate) first = NULL;
  g_autoptr(GDateTime) shown = NULL;
  guint32 first_day;
  guint n_days;
  int year;
  int month;

  if (self->remarking)
    return;

  gtk_calendar_clear_marks (self->calendar);

  if (self->all_events == NULL)
    return;

  g_object_get (self->calendar, "year", &year, "month", &month, NULL);
  if (!g_date_valid_dmy (1, month + 1, year))
    return;

  first = g_date_new_dmy (1, month + 1, year);
  first_day = g_date_get_julian (first);
  n_days = g_date_get_days_in_month (month + 1, year);

  for (guint i = 0; i < g_list_model_get_n_items (self->all_events); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (self->all_events, i);
      guint32 a;
      guint32 b;

      if (!get_event_days (event, &a, &b))
        continue;

      for (guint32 day = MAX (a, first_day); day <= b && day < first_day + n_days; day++)
        gtk_calendar_mark_day (self->calendar, day - first_day + 1);
    }

  /* GTK 4.8 draws the marks only when the calendar selects another day: select one and
   * come back to the user's. */
  {
    g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
    g_autoptr(GDateTime) other = g_date_time_add_days (date,
                                                       g_date_time_get_day_of_month (date) > 1
                                                       ? -1 : 1);

    self->remarking = TRUE;
    gtk_calendar_select_day (self->calendar, other);
    gtk_calendar_select_day (self->calendar, date);
    self->remarking = FALSE;
  }
}

static void
update_to_confirm (LiensEventsPage *self)
{
  GtkWidget *child;
  guint n_items = self->to_confirm != NULL ? g_list_model_get_n_items (self->to_confirm) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->confirm_list))) != NULL)
    gtk_list_box_remove (self->confirm_list, child);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (self->to_confirm, i);
      /* Translators: %s is the title of an event that is over. */
      g_autofree char *title = g_strdup_printf (_("Did you attend %s?"),
                                                liens_event_get_title (event));
      g_autofree char *date = NULL;
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title_label = gtk_label_new (title);
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *debrief = gtk_button_new_with_mnemonic (_("_Debrief"));
      GtkWidget *skip = gtk_button_new_with_mnemonic (_("I Did _Not Go"));
      gint64 id = liens_event_get_id (event);

      if (liens_event_get_start (event) != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (liens_event_get_start (event));

          date = liens_format_short_date (local, self->now);
        }

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (box, "events-confirm");

      gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (title_label), 0);
      gtk_widget_add_css_class (title_label, "heading");
      gtk_box_append (GTK_BOX (text_box), title_label);
      if (date != NULL)
        {
          GtkWidget *date_label = gtk_label_new (date);

          gtk_label_set_xalign (GTK_LABEL (date_label), 0);
          gtk_widget_add_css_class (date_label, "dim-label");
          gtk_widget_add_css_class (date_label, "caption");
          gtk_box_append (GTK_BOX (text_box), date_label);
        }

      gtk_widget_set_hexpand (text_box, TRUE);
      gtk_widget_set_halign (buttons, GTK_ALIGN_END);
      gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (debrief), "events.debrief");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (debrief), "x", id);
      gtk_widget_add_css_class (debrief, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (skip), "events.skip");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (skip), "x", id);
      gtk_box_append (GTK_BOX (buttons), skip);
      gtk_box_append (GTK_BOX (buttons), debrief);

      /* Side by side where there is room, the buttons under the question on a phone. */
      gtk_orientable_set_orientation (GTK_ORIENTABLE (box),
                                      adw_flap_get_folded (self->flap)
                                      ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
      gtk_box_set_spacing (GTK_BOX (box), 12);
      gtk_box_append (GTK_BOX (box), text_box);
      gtk_box_append (GTK_BOX (box), buttons);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

      gtk_list_box_append (self->confirm_list, row);
    }

  gtk_widget_set_visible (self->confirm_clamp, n_items > 0);
}

static void
update_state (LiensEventsPage *self)
{
  gboolean any = self->all_events != NULL && g_list_model_get_n_items (self->all_events) > 0;
  gboolean filtered = self->filter_day != 0;

  gtk_stack_set_visible_child_name (self->main_stack, any ? "events" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    self->events != NULL && g_list_model_get_n_items (self->events) > 0
                                    ? "list" : "no-results");

  gtk_widget_set_visible (self->all_days_button, filtered);
  if (filtered)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (self->filter_year, self->filter_month,
                                                        self->filter_day, 0, 0, 0);
      g_autofree char *text = liens_format_short_date (day, self->now);

      gtk_label_set_label (self->day_label, text);
    }
  else
    gtk_label_set_label (self->day_label, "");
}

static void
open_editor (LiensEventsPage *self,
             LiensEvent      *event)
{
  GtkWidget *editor;

  if (self->store == NULL)
    return;

  editor = liens_event_editor_new (get_parent_window (self), self->store, event);
  gtk_window_present (GTK_WINDOW (editor));
}

static LiensEvent *
get_event (LiensEventsPage *self,
           gint64           id)
{
  g_autoptr(GError) error = NULL;
  LiensEvent *event;

  if (self->store == NULL)
    return NULL;

  event = liens_store_get_event (self->store, id, &error);
  if (event == NULL)
    liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);

  return event;
}

/* Callbacks */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  LiensEventsPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (LiensEventsPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
events_changed_cb (LiensEventsPage *self)
{
  queue_refresh (self);
}

static void
quiz_results_changed_cb (LiensEventsPage *self)
{
  g_autoptr(LiensQuizResult) latest = g_list_model_get_item (self->quiz_results, 0);
  LiensProfile profile = LIENS_PROFILE_UNKNOWN;

  if (latest != NULL)
    profile = liens_quiz_result_get_dominant (latest);

  if (profile == self->profile)
    return;

  self->profile = profile;
  queue_refresh (self);
}

static void
store_event_cb (LiensStore      *store,
                gint64           id,
                LiensEventsPage *self)
{
  queue_refresh (self);
}

/* An import or a restore: the calendar marks and the hints are worked out again. */
static void
store_reset_cb (LiensEventsPage *self,
                LiensStore      *store)
{
  queue_refresh (self);
}

/* The store's lists split the events at "now" for their whole life: a new day needs new
 * lists. The list view keeps its models, and the rows on screen are bound again. */
static void
split_events (LiensEventsPage *self)
{
  if (self->to_confirm != NULL)
    g_signal_handlers_disconnect_by_data (self->to_confirm, self);
  g_clear_object (&self->upcoming);
  g_clear_object (&self->past);
  g_clear_object (&self->to_confirm);

  self->upcoming = liens_store_list_upcoming_events (self->store, self->now);
  self->past = liens_store_list_past_events (self->store, self->now);
  self->to_confirm = liens_store_list_events_to_confirm (self->store, self->now);
  g_signal_connect_object (self->to_confirm, "items-changed", G_CALLBACK (events_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_filter_list_model_set_model (self->upcoming_filter, self->upcoming);
  gtk_filter_list_model_set_model (self->past_filter, self->past);
}

/* At midnight: events move from upcoming to past, from "Next Week" to "This Week", and the
 * ones just over ask "Did you attend…?". GtkCalendar looks at the time itself whenever a
 * day is selected, as update_marks() does: its mark of today moves too. */
static void
day_changed_cb (LiensEventsPage *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  double scrolled = vadjustment != NULL ? gtk_adjustment_get_value (vadjustment) : 0;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = liens_clock_get_now ();

  if (self->store == NULL)
    return;

  split_events (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  refresh (self);

  if (vadjustment != NULL)
    gtk_adjustment_set_value (vadjustment, scrolled);
}

static gboolean
day_filter_func (gpointer item,
                 gpointer user_data)
{
  LiensEventsPage *self = user_data;
  g_autoptr(GDate) day = NULL;
  guint32 first;
  guint32 last;
  guint32 julian;

  if (self->filter_day == 0)
    return TRUE;
  if (!get_event_days (item, &first, &last))
    return FALSE;

  day = g_date_new_dmy (self->filter_day, self->filter_month, self->filter_year);
  julian = g_date_get_julian (day);

  return first <= julian && julian <= last;
}

static void
calendar_day_selected_cb (LiensEventsPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  if (self->remarking)
    return;

  /* The arrows select the same day of another month: that is browsing, not a choice. */
  if (g_date_time_get_year (date) != self->shown_year ||
      g_date_time_get_month (date) != self->shown_month)
    {
      self->shown_year = g_date_time_get_year (date);
      self->shown_month = g_date_time_get_month (date);
      return;
    }

  self->filter_year = g_date_time_get_year (date);
  self->filter_month = g_date_time_get_month (date);
  self->filter_day = g_date_time_get_day_of_month (date);
  gtk_filter_changed (GTK_FILTER (self->day_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
calendar_month_cb (LiensEventsPage *self)
{
  update_marks (self);
}

static gboolean
update_new_button_idle_cb (gpointer user_data)
{
  LiensEventsPage *self = user_data;
  gboolean folded = adw_flap_get_folded (self->flap);

  self->folded_id = 0;
  gtk_widget_set_visible (self->new_button, !folded);
  gtk_widget_set_visible (self->new_icon_button, folded);
  update_to_confirm (self);

  return G_SOURCE_REMOVE;
}

/* The flap folds while the page is allocated: change the bar after that. */
static void
flap_folded_cb (LiensEventsPage *self)
{
  if (self->folded_id == 0)
    self->folded_id = g_idle_add (update_new_button_idle_cb, self);
}

static void
list_activate_cb (LiensEventsPage *self,
                  guint            position)
{
  g_autoptr(LiensEvent) event = g_list_model_get_item (self->events, position);

  if (event != NULL)
    open_editor (self, event);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LiensEventsPage          *self)
{
  gtk_list_item_set_child (list_item, liens_event_row_new ());
  gtk_list_item_set_selectable (list_item, TRUE);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LiensEventsPage          *self)
{
  update_list_item (self, list_item);
  g_hash_table_add (self->bound_items, list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LiensEventsPage          *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  g_hash_table_remove (self->bound_items, list_item);
  liens_event_row_set_event (LIENS_EVENT_ROW (row), NULL, NULL);
  liens_event_row_set_heading (LIENS_EVENT_ROW (row), NULL);
}

static void
factory_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     LiensEventsPage          *self)
{
  g_hash_table_remove (self->bound_items, list_item);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    LiensEventsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_events = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (self->export_event_id != 0)
    {
      if (!liens_events_page_write_event (self, self->export_event_id, file, &error))
        liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      else
        liens_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Event exported")),
                            &self->last_toast);
      return;
    }

  if (!liens_events_page_write_upcoming (self, file, &n_events, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  title = g_strdup_printf (ngettext ("Exported %u event", "Exported %u events", n_events), n_events);
  liens_ui_add_toast (GTK_WIDGET (self), adw_toast_new (title), &self->last_toast);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    LiensEventsPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    liens_events_page_import_file (self, file);
}

static void
import_confirm_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            LiensEventsPage  *self)
{
  GPtrArray *events = g_object_get_data (G_OBJECT (dialog), "events");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0 || self->store == NULL)
    return;

  for (guint i = 0; i < events->len; i++)
    {
      LiensEvent *event = g_ptr_array_index (events, i);

      liens_event_set_id (event, 0);
      liens_event_set_attendance (event, LIENS_ATTENDANCE_CONSIDERING);
    }

  /* The whole calendar or nothing. */
  if (!liens_store_save_events (self->store, (LiensEvent **) events->pdata, events->len, &error))
    liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
}

/* Actions */

static void
new_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_editor (LIENS_EVENTS_PAGE (widget), NULL);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);
  g_autoptr(LiensEvent) event = get_event (self, g_variant_get_int64 (parameter));

  if (event != NULL)
    open_editor (self, event);
}

static void
set_attendance_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int attendance;

  g_variant_get (parameter, "(xi)", &id, &attendance);

  if (self->store != NULL &&
      !liens_store_set_event_attendance (self->store, id, attendance, &error))
    liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
}

static void
debrief_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);
  g_autoptr(LiensEvent) event = get_event (self, g_variant_get_int64 (parameter));
  GtkWidget *debrief;

  if (event == NULL)
    return;

  debrief = liens_event_debrief_new (get_parent_window (self), self->store, event);
  gtk_window_present (GTK_WINDOW (debrief));
}

static void
skip_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL &&
      !liens_store_set_event_attendance (self->store, g_variant_get_int64 (parameter),
                                         LIENS_ATTENDANCE_SKIPPED, &error))
    liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
}

static void
show_all_days_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);

  self->filter_day = 0;
  gtk_filter_changed (GTK_FILTER (self->day_filter), GTK_FILTER_CHANGE_LESS_STRICT);
  update_state (self);
}

static void
show_export_chooser (LiensEventsPage *self,
                     const char      *title,
                     const char      *file_name,
                     gint64           event_id)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);

  self->export_event_id = event_id;
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_export_chooser (LIENS_EVENTS_PAGE (widget), _("Export Upcoming Events"),
                       "liens-events.ics", 0);
}

static void
export_event_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  show_export_chooser (LIENS_EVENTS_PAGE (widget), _("Add to Calendar"), "event.ics",
                       g_variant_get_int64 (parameter));
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar Invitations"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

  chooser = gtk_file_chooser_native_new (_("Import Invitation"), get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);

  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* Overrides */

static void
refresh (LiensEventsPage *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_list_item (self, list_item);

  update_marks (self);
  update_to_confirm (self);
  update_state (self);
}

static void
liens_events_page_dispose (GObject *object)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (object);
  GtkWidget *child;

  liens_events_page_set_store (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->folded_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->last_toast);

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_EVENTS_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->events);
  g_clear_object (&self->day_filter);

  G_OBJECT_CLASS (liens_events_page_parent_class)->dispose (object);
}

static void
liens_events_page_finalize (GObject *object)
{
  LiensEventsPage *self = LIENS_EVENTS_PAGE (object);

  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (liens_events_page_parent_class)->finalize (object);
}

static void
liens_events_page_class_init (LiensEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_events_page_dispose;
  object_class->finalize = liens_events_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, all_days_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, new_icon_button);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, confirm_clamp);
  gtk_widget_class_bind_template_child (widget_class, LiensEventsPage, confirm_list);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_month_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "events.new", NULL, new_action_cb);
  gtk_widget_class_install_action (widget_class, "events.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "events.set-attendance", "(xi)",
                                   set_attendance_action_cb);
  gtk_widget_class_install_action (widget_class, "events.debrief", "x", debrief_action_cb);
  gtk_widget_class_install_action (widget_class, "events.skip", "x", skip_action_cb);
  gtk_widget_class_install_action (widget_class, "events.show-all-days", NULL,
                                   show_all_days_action_cb);
  gtk_widget_class_install_action (widget_class, "events.export-upcoming", NULL,
                                   export_action_cb);
  gtk_widget_class_install_action (widget_class, "events.export-event", "x",
                                   export_event_action_cb);
  gtk_widget_class_install_action (widget_class, "events.import", NULL, import_action_cb);
}

/* GTK 4.8's calendar leaves its arrows unnamed: they are, in order, the previous and
 * next month, then the previous and next year. */
static void
name_calendar_arrows (GtkWidget *widget,
                      guint     *index)
{
  static const char * const names[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          if (*index < G_N_ELEMENTS (names))
            {
              gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[*index]),
                                              -1);
              gtk_widget_set_tooltip_text (child, _(names[*index]));
            }
          (*index)++;
        }
      else
        {
          name_calendar_arrows (child, index);
        }
    }
}

static void
liens_events_page_init (LiensEventsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  guint n_arrows = 0;

  self->bound_items = g_hash_table_new (NULL, NULL);
  self->now = liens_clock_get_now ();
  self->first_weekday = liens_get_first_weekday ();
  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));

  name_calendar_arrows (GTK_WIDGET (self->calendar), &n_arrows);

  self->shown_year = g_date_time_get_year (self->now);
  self->shown_month = g_date_time_get_month (self->now);
  self->day_filter = gtk_custom_filter_new (day_filter_func, self, NULL);

  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (factory_unbind_cb), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (factory_teardown_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  update_state (self);
}

/* Public API */

GtkWidget *
liens_events_page_new (void)
{
  return g_object_new (LIENS_TYPE_EVENTS_PAGE, NULL);
}

LiensStore *
liens_events_page_get_store (LiensEventsPage *self)
{
  g_return_val_if_fail (LIENS_IS_EVENTS_PAGE (self), NULL);

  return self->store;
}

void
liens_events_page_set_store (LiensEventsPage *self,
                             LiensStore      *store)
{
  static const char * const signals[] = { "event-added", "event-changed", "event-removed" };
  g_autoptr(GListStore) parts = NULL;

  g_return_if_fail (LIENS_IS_EVENTS_PAGE (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->events);
  g_clear_object (&self->all_events);
  if (self->to_confirm != NULL)
    g_signal_handlers_disconnect_by_data (self->to_confirm, self);
  g_clear_object (&self->upcoming);
  g_clear_object (&self->past);
  g_clear_object (&self->to_confirm);
  g_clear_object (&self->upcoming_filter);
  g_clear_object (&self->past_filter);
  if (self->quiz_results != NULL)
    g_signal_handlers_disconnect_by_data (self->quiz_results, self);
  g_clear_object (&self->quiz_results);
  self->profile = LIENS_PROFILE_UNKNOWN;
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      g_clear_pointer (&self->now, g_date_time_unref);
      self->now = liens_clock_get_now ();

      self->all_events = liens_store_list_events (store);

      parts = g_list_store_new (G_TYPE_LIST_MODEL);
      self->upcoming_filter = gtk_filter_list_model_new (NULL,
                                                         g_object_ref (GTK_FILTER (self->day_filter)));
      self->past_filter = gtk_filter_list_model_new (NULL,
                                                     g_object_ref (GTK_FILTER (self->day_filter)));
      g_list_store_append (parts, self->upcoming_filter);
      g_list_store_append (parts, self->past_filter);
      self->events = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
      split_events (self);

      g_signal_connect_object (self->events, "items-changed", G_CALLBACK (events_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->all_events, "items-changed", G_CALLBACK (events_changed_cb),
                               self, G_CONNECT_SWAPPED);
      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        g_signal_connect_object (store, signals[i], G_CALLBACK (store_event_cb), self, 0);
      g_signal_connect_object (store, "reset", G_CALLBACK (store_reset_cb), self,
                               G_CONNECT_SWAPPED);

      self->quiz_results = liens_store_list_quiz_results (store);
      g_signal_connect_object (self->quiz_results, "items-changed",
                               G_CALLBACK (quiz_results_changed_cb), self, G_CONNECT_SWAPPED);
      quiz_results_changed_cb (self);

      selection = gtk_no_selection_new (g_object_ref (self->events));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }

  refresh (self);
}

static gboolean
write_events (GPtrArray  *events,
              GDateTime  *now,
              GFile      *file,
              GError    **error)
{
  g_autofree char *data = NULL;

  data = liens_icalendar_export ((LiensEvent * const *) events->pdata, events->len, now, error);
  if (data == NULL)
    return FALSE;

  return g_file_replace_contents (file, data, strlen (data), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/**
 * liens_events_page_write_upcoming:
 * @self: a #LiensEventsPage
 * @file: where to write
 * @n_events: (out) (optional): how many events were written
 * @error: return location for an error
 *
 * Writes the planned upcoming events to @file as iCalendar.
 */
gboolean
liens_events_page_write_upcoming (LiensEventsPage  *self,
                                  GFile            *file,
                                  guint            *n_events,
                                  GError          **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (LIENS_IS_EVENTS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  now = liens_clock_get_now ();
  upcoming = liens_store_list_upcoming_events (self->store, now);
  events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (upcoming); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (upcoming, i);

      if (liens_event_is_planned (event))
        g_ptr_array_add (events, g_steal_pointer (&event));
    }

  if (!write_events (events, now, file, error))
    return FALSE;

  if (n_events != NULL)
    *n_events = events->len;

  return TRUE;
}

/**
 * liens_events_page_write_event:
 * @self: a #LiensEventsPage
 * @event_id: the event to write
 * @file: where
 * @error: return location for an error
 *
 * Writes one event to @file as iCalendar, for the user's calendar application.
 */
gboolean
liens_events_page_write_event (LiensEventsPage  *self,
                               gint64            event_id,
                               GFile            *file,
                               GError          **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) events = NULL;
  LiensEvent *event;

  g_return_val_if_fail (LIENS_IS_EVENTS_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  event = liens_store_get_event (self->store, event_id, error);
  if (event == NULL)
    return FALSE;

  events = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (events, event);
  now = liens_clock_get_now ();

  return write_events (events, now, file, error);
}

/**
 * liens_events_page_import_file:
 * @self: a #LiensEventsPage
 * @file: an iCalendar file
 *
 * Reads the events of @file and asks whether to add them as considered; a file that cannot
 * be read shows why, and changes nothing.
 */
void
liens_events_page_import_file (LiensEventsPage *self,
                               GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;
  GtkWidget *dialog;

  g_return_if_fail (LIENS_IS_EVENTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    events = liens_icalendar_import (data, length, &error);

  if (events == NULL)
    {
      name = g_file_get_basename (file);
      /* Translators: the first %s is a file name, the second what is wrong with it */
      message = g_strdup_printf (_("“%s” cannot be imported: %s"), name, error->message);
      dialog = adw_message_dialog_new (get_parent_window (self),
                                       _("Could Not Import Invitation"), message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  liens_events_page_confirm_import (self, events);
}

/**
 * liens_events_page_confirm_import:
 * @self: a #LiensEventsPage
 * @events: (element-type LiensEvent): the events of a calendar file
 *
 * Asks whether to add @events as considered, and adds them if the user agrees.
 */
void
liens_events_page_confirm_import (LiensEventsPage *self,
                                  GPtrArray       *events)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_if_fail (LIENS_IS_EVENTS_PAGE (self));
  g_return_if_fail (events != NULL);

  for (guint i = 0; i < events->len; i++)
    {
      if (i > 0)
        g_string_append_c (titles, '\n');
      g_string_append (titles, liens_event_get_title (g_ptr_array_index (events, i)));
    }

  heading = g_strdup_printf (ngettext ("Add %u event as considered?",
                                       "Add %u events as considered?", events->len),
                             events->len);
  dialog = adw_message_dialog_new (get_parent_window (self), heading, titles->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "events", g_ptr_array_ref (events),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
