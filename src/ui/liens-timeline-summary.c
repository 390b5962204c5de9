/* liens-timeline-summary.c: the figures and the to-do list at the top of the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-timeline-summary.h"
#include "liens-ui.h"

/* The to-do list stays short: it is a reminder above the timeline, not a list of its own. */
#define N_SHOWN 5
#define N_MORE 10
#define MAX_SHOWN 50

struct _LiensTimelineSummary
{
  GtkWidget parent_instance;

  LiensStore *store;
  LiensTimelinePeople *people;
  GListModel *follow_ups;
  GtkSliceListModel *shown_follow_ups;
  LiensContactQuery *due_query;
  GListModel *due_contacts;
  GtkSliceListModel *shown_due_contacts;
  LiensFigures figures;
  guint refresh_source;

  /* Template widgets */
  GtkLabel *month_value;
  GtkLabel *month_detail;
  GtkLabel *help_value;
  GtkLabel *help_detail;
  GtkLabel *posture_value;
  GtkLevelBar *posture_bar;
  GtkLabel *posture_detail;
  GtkLabel *follow_ups_value;
  GtkLabel *follow_ups_detail;
  GtkWidget *follow_ups_group;
  GtkListBox *follow_ups_list;
  GtkButton *more_follow_ups_button;
  GtkWidget *due_group;
  GtkListBox *due_list;
  GtkButton *all_due_button;
};

G_DEFINE_FINAL_TYPE (LiensTimelineSummary, liens_timeline_summary, GTK_TYPE_WIDGET)

/* A figure as it stands out on its card: big, bold, with figures of even width. */
static char *
big_number (const char *text)
{
  return g_markup_printf_escaped ("<span size=\"x-large\" weight=\"bold\" "
                                  "font_features=\"tnum\">%s</span>", text);
}

static char *
big_count (guint n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  return big_number (text);
}

static char *
format_percent (guint percent)
{
  /* Translators: a percentage; French puts a non-breaking space before the sign: "%u %%" */
  return g_strdup_printf (_("%u%%"), percent);
}

static void
set_style (GtkWidget  *widget,
           const char *style_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, style_class);
  else
    gtk_widget_remove_css_class (widget, style_class);
}

static void
update_figures (LiensTimelineSummary *self)
{
  const LiensFigures *f = &self->figures;
  g_autofree char *month = big_count (f->encounters_this_month);
  g_autofree char *given = big_count (f->help_given);
  g_autofree char *received = big_count (f->help_received);
  g_autofree char *help_format = NULL;
  g_autofree char *help = NULL;
  g_autoptr(GString) help_markup = NULL;
  g_autofree char *mutual = NULL;
  g_autofree char *pending = big_count (f->pending_follow_ups);
  g_autofree char *overdue = NULL;
  guint both = f->networking + f->prospecting;

  gtk_label_set_markup (self->month_value, month);
  gtk_label_set_text (self->month_detail,
                      /* Translators: below the number of encounters of this month */
                      ngettext ("encounter", "encounters", f->encounters_this_month));

  /* The sentence is the translator's, escaped; only the numbers, put in after in place of two
   * private-use characters that escaping leaves alone, are markup. */
  help_format = g_strdup_printf (_("Given %s · Received %s"), "\xee\x80\x80", "\xee\x80\x81");
  help = g_markup_escape_text (help_format, -1);
  help_markup = g_string_new (help);
  /* A number stays on the line of its word, where the card is narrow. */
  g_string_replace (help_markup, " \xee\x80", "\xc2\xa0\xee\x80", 0);
  g_string_replace (help_markup, "\xee\x80\x80 ", "\xee\x80\x80\xc2\xa0", 0);
  g_string_replace (help_markup, "\xee\x80\x81 ", "\xee\x80\x81\xc2\xa0", 0);
  g_string_replace (help_markup, "\xee\x80\x80", given, 1);
  g_string_replace (help_markup, "\xee\x80\x81", received, 1);
  gtk_label_set_markup (self->help_value, help_markup->str);
  /* Translators: encounters where the help went both ways, below the help given and received */
  mutual = g_strdup_printf (ngettext ("%u mutual", "%u mutual", f->help_mutual), f->help_mutual);
  gtk_label_set_text (self->help_detail, mutual);

  if (both > 0)
    {
      guint networking = (guint) ((f->networking * 100.0) / both + 0.5);
      g_autofree char *percent = format_percent (networking);
      g_autofree char *value = big_number (percent);
      g_autofree char *prospecting = format_percent (100 - networking);
      g_autofree char *detail = NULL;

      /* Translators: below the share of networking, e.g. "networking · 22% prospecting" */
      detail = g_strdup_printf (_("networking · %s prospecting"), prospecting);
      gtk_label_set_markup (self->posture_value, value);
      gtk_level_bar_set_value (self->posture_bar, (double) f->networking / both);
      gtk_label_set_text (self->posture_detail, detail);
      gtk_widget_set_visible (GTK_WIDGET (self->posture_bar), TRUE);
    }
  else
    {
      g_autofree char *value = big_number ("—");

      gtk_label_set_markup (self->posture_value, value);
      gtk_label_set_text (self->posture_detail, _("No networking or prospecting yet"));
      gtk_widget_set_visible (GTK_WIDGET (self->posture_bar), FALSE);
    }

  gtk_label_set_markup (self->follow_ups_value, pending);
  if (f->overdue_follow_ups > 0)
    /* Translators: how many of the pending follow-ups are late */
    overdue = g_strdup_printf (ngettext ("%u overdue", "%u overdue", f->overdue_follow_ups),
                               f->overdue_follow_ups);
  else if (f->pending_follow_ups > 0)
    overdue = g_strdup (_("None overdue"));
  else
    overdue = g_strdup (_("All done"));
  gtk_label_set_text (self->follow_ups_detail, overdue);
  set_style (GTK_WIDGET (self->follow_ups_detail), "error", f->overdue_follow_ups > 0);
}

static void
refresh_figures (LiensTimelineSummary *self)
{
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GError) error = NULL;

  self->figures = (LiensFigures) { 0, };

  if (self->store != NULL &&
      !liens_store_get_figures (self->store, now, &self->figures, &error))
    g_warning ("Could not count the figures of the timeline: %s", error->message);

  update_figures (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  LiensTimelineSummary *self = LIENS_TIMELINE_SUMMARY (user_data);

  self->refresh_source = 0;
  refresh_figures (self);

  return G_SOURCE_REMOVE;
}

/* A commit may change many encounters at once, an import thousands: count once after. */
static void
queue_refresh (LiensTimelineSummary *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
update_groups (LiensTimelineSummary *self)
{
  guint n_follow_ups = self->follow_ups != NULL ? g_list_model_get_n_items (self->follow_ups) : 0;
  guint n_shown = self->shown_follow_ups != NULL ?
                  g_list_model_get_n_items (G_LIST_MODEL (self->shown_follow_ups)) : 0;
  guint n_due = self->due_contacts != NULL ? g_list_model_get_n_items (self->due_contacts) : 0;
  /* Ten more at a time, up to fifty: beyond, the list would not be a reminder any more. */
  gboolean more = n_follow_ups > n_shown && n_shown + N_MORE <= MAX_SHOWN;

  gtk_widget_set_visible (self->follow_ups_group, n_follow_ups > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->more_follow_ups_button), more);
  if (more)
    {
      guint n_more = MIN (N_MORE, n_follow_ups - n_shown);
      g_autofree char *label = NULL;

      /* Translators: a button below the follow-ups that shows the next ones */
      label = g_strdup_printf (ngettext ("Show %u More", "Show %u More", n_more), n_more);
      gtk_button_set_label (self->more_follow_ups_button, label);
    }

  gtk_widget_set_visible (self->due_group, n_due > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->all_due_button), n_due > N_SHOWN);
  if (n_due > N_SHOWN)
    {
      g_autofree char *label = NULL;

      /* Translators: a button below the first contacts due for reconnection; %u is how many there are */
      label = g_strdup_printf (ngettext ("Show All %u", "Show All %u", n_due), n_due);
      gtk_button_set_label (self->all_due_button, label);
    }
}

static GtkWidget *
new_row_button (const char *icon_name,
                const char *tooltip,
                const char *action_name,
                gint64      target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", target);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

static GtkWidget *
create_follow_up_row_cb (gpointer item,
                         gpointer user_data)
{
  LiensTimelineSummary *self = LIENS_TIMELINE_SUMMARY (user_data);
  LiensEncounter *encounter = LIENS_ENCOUNTER (item);
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *names = NULL;
  g_autofree char *when = NULL;
  g_autofree char *full_date = NULL;
  const char *what = liens_encounter_get_follow_up_what (encounter);
  GDateTime *date = liens_encounter_get_follow_up_date (encounter);
  gboolean overdue = liens_encounter_is_follow_up_overdue (encounter, now);
  const gint64 *ids;
  guint n_ids = 0;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *date_label;

  ids = liens_encounter_get_contact_ids (encounter, &n_ids);
  names = liens_timeline_people_dup_names (self->people, ids, n_ids);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 what != NULL && what[0] != '\0' ? what : _("Follow up"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), names);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  /* Activating the row opens the encounter it came from. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "timeline.edit-encounter");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", liens_encounter_get_id (encounter));

  icon = gtk_image_new_from_icon_name (overdue ? "task-past-due-symbolic" : "task-due-symbolic");
  gtk_widget_add_css_class (icon, overdue ? "error" : "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  local = g_date_time_to_local (date);
  when = liens_format_relative_date (local, now);
  full_date = liens_format_date (local);
  date_label = gtk_label_new (when);
  gtk_widget_set_tooltip_text (date_label, full_date);
  gtk_widget_add_css_class (date_label, "numeric");
  if (overdue)
    gtk_widget_add_css_class (date_label, "error");
  else if (g_date_time_difference (date, now) < 2 * G_TIME_SPAN_DAY)
    gtk_widget_add_css_class (date_label, "warning");
  else
    gtk_widget_add_css_class (date_label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), date_label);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button ("object-select-symbolic", _("Mark as Done"),
                                             "timeline.follow-up-done",
                                             liens_encounter_get_id (encounter)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button ("list-add-symbolic", _("Log Encounter"),
                                             "timeline.log-encounter-with",
                                             n_ids > 0 ? ids[0] : 0));

  return row;
}

static GtkWidget *
create_due_row_cb (gpointer item,
                   gpointer user_data)
{
  LiensContact *contact = LIENS_CONTACT (item);
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *subtitle = NULL;
  const char *name = liens_contact_get_display_name (contact);
  GDateTime *last = liens_contact_get_last_encounter (contact);
  GBytes *photo = liens_contact_get_photo (contact);
  GtkWidget *row;
  GtkWidget *avatar;

  if (name == NULL || name[0] == '\0')
    name = _("Unnamed Contact");

  if (last != NULL)
    {
      g_autofree char *ago = liens_format_relative_date (last, now);

      /* Translators: when a contact due for reconnection was last met, e.g. "Last met 3 months ago" */
      subtitle = g_strdup_printf (_("Last met %s"), ago);
    }
  else
    {
      subtitle = g_strdup (_("Never met"));
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  avatar = adw_avatar_new (32, name, TRUE);
  if (photo != NULL && g_bytes_get_size (photo) > 0)
    texture = gdk_texture_new_from_bytes (photo, NULL);
  adw_avatar_set_custom_image (ADW_AVATAR (avatar), GDK_PAINTABLE (texture));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button ("list-add-symbolic", _("Log Encounter"),
                                             "timeline.log-encounter-with",
                                             liens_contact_get_id (contact)));

  return row;
}

/* Callbacks */

static void
store_encounter_changed_cb (LiensTimelineSummary *self,
                            gint64                id,
                            LiensStore           *store)
{
  queue_refresh (self);
}

/* An import or a restore changed anything: the figures are counted again. */
static void
store_reset_cb (LiensTimelineSummary *self,
                LiensStore           *store)
{
  queue_refresh (self);
}

/* The counts, the due contacts and the dates of the rows ("3 days ago") follow the day;
 * the lists show a few rows, made again. */
static void
day_changed_cb (LiensTimelineSummary *self)
{
  if (self->store == NULL)
    return;

  queue_refresh (self);
  liens_ui_query_follow_day (self->due_query);
  gtk_list_box_bind_model (self->follow_ups_list, G_LIST_MODEL (self->shown_follow_ups),
                           create_follow_up_row_cb, self, NULL);
  gtk_list_box_bind_model (self->due_list, G_LIST_MODEL (self->shown_due_contacts),
                           create_due_row_cb, self, NULL);
}

static void
list_items_changed_cb (LiensTimelineSummary *self,
                       guint                 position,
                       guint                 removed,
                       guint                 added,
                       GListModel           *model)
{
  update_groups (self);
}

static void
more_follow_ups_clicked_cb (LiensTimelineSummary *self,
                            GtkButton            *button)
{
  guint size = gtk_slice_list_model_get_size (self->shown_follow_ups);

  gtk_slice_list_model_set_size (self->shown_follow_ups, size + N_MORE);
}

/* Overrides */

static void
clear_models (LiensTimelineSummary *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  gtk_list_box_bind_model (self->follow_ups_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->due_list, NULL, NULL, NULL, NULL);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->follow_ups, self);
  if (self->shown_follow_ups != NULL)
    g_signal_handlers_disconnect_by_data (self->shown_follow_ups, self);
  if (self->due_contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->due_contacts, self);

  g_clear_object (&self->shown_follow_ups);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->shown_due_contacts);
  g_clear_object (&self->due_contacts);
  g_clear_object (&self->due_query);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
}

static void
liens_timeline_summary_dispose (GObject *object)
{
  LiensTimelineSummary *self = LIENS_TIMELINE_SUMMARY (object);
  GtkWidget *child;

  clear_models (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_TIMELINE_SUMMARY);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_timeline_summary_parent_class)->dispose (object);
}

static void
liens_timeline_summary_class_init (LiensTimelineSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_timeline_summary_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinesummary");

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-timeline-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, month_value);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, month_detail);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, help_value);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, help_detail);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, posture_value);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, posture_bar);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, posture_detail);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, follow_ups_value);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, follow_ups_detail);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, follow_ups_group);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, more_follow_ups_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, due_group);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, due_list);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineSummary, all_due_button);
  gtk_widget_class_bind_template_callback (widget_class, more_follow_ups_clicked_cb);
}

static void
liens_timeline_summary_init (LiensTimelineSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bar shows the share of networking; what is left of it is prospecting. */
  gtk_level_bar_remove_offset_value (self->posture_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->posture_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->posture_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  update_figures (self);
  update_groups (self);

  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
liens_timeline_summary_new (void)
{
  return g_object_new (LIENS_TYPE_TIMELINE_SUMMARY, NULL);
}

/**
 * liens_timeline_summary_set_store:
 * @self: a #LiensTimelineSummary
 * @store: (nullable): the database to sum up
 * @people: (nullable): where to find the names of the people, for @store
 */
void
liens_timeline_summary_set_store (LiensTimelineSummary *self,
                                  LiensStore           *store,
                                  LiensTimelinePeople  *people)
{
  static const char * const signal_names[] = {
    "encounter-added", "encounter-changed", "encounter-removed",
  };

  g_return_if_fail (LIENS_IS_TIMELINE_SUMMARY (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));
  g_return_if_fail (store == NULL || LIENS_IS_TIMELINE_PEOPLE (people));

  if (self->store == store && self->people == people)
    return;

  clear_models (self);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->people = g_object_ref (people);

      for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
        g_signal_connect_object (store, signal_names[i], G_CALLBACK (store_encounter_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "reset", G_CALLBACK (store_reset_cb), self,
                               G_CONNECT_SWAPPED);

      self->follow_ups = liens_store_list_pending_follow_ups (store);
      self->shown_follow_ups = gtk_slice_list_model_new (g_object_ref (self->follow_ups), 0, N_SHOWN);
      g_signal_connect_object (self->follow_ups, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->shown_follow_ups, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->follow_ups_list, G_LIST_MODEL (self->shown_follow_ups),
                               create_follow_up_row_cb, self, NULL);

      self->due_query = liens_contact_query_new ();
      liens_contact_query_set_due_only (self->due_query, TRUE);
      self->due_contacts = liens_store_query_contacts (store, self->due_query);
      self->shown_due_contacts = gtk_slice_list_model_new (g_object_ref (self->due_contacts),
                                                           0, N_SHOWN);
      g_signal_connect_object (self->due_contacts, "items-changed",
                               G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->due_list, G_LIST_MODEL (self->shown_due_contacts),
                               create_due_row_cb, self, NULL);
    }

  refresh_figures (self);
  update_groups (self);
}

/**
 * liens_timeline_summary_get_figures:
 * @self: a #LiensTimelineSummary
 *
 * Returns: (transfer none): the figures on show
 */
const LiensFigures *
liens_timeline_summary_get_figures (LiensTimelineSummary *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_SUMMARY (self), NULL);

  return &self->figures;
}
