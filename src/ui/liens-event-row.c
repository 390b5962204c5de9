/* liens-event-row.c: one event in the list of events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-enum-names.h"
#include "liens-clock.h"
#include "liens-event-row.h"
#include "liens-format.h"
#include "liens-quiz.h"
#include "liens-ui.h"

struct _LiensEventRow
{
  GtkWidget parent_instance;

  LiensEvent *event;
  char *heading;
  /* The user's dominant profile, from their latest quiz result. */
  LiensProfile profile;

  GtkLabel *heading_label;
  GtkLabel *when_label;
  GtkImage *overlap_icon;
  GtkImage *profile_icon;
  GtkLabel *title_label;
  GtkLabel *details_label;
  GtkLabel *people_label;
  GtkMenuButton *attendance_button;
};

G_DEFINE_FINAL_TYPE (LiensEventRow, liens_event_row, GTK_TYPE_WIDGET)

/* Attendances the user can choose: an event ahead cannot be attended or skipped yet. */
static const LiensAttendance upcoming_attendances[] = {
  LIENS_ATTENDANCE_CONSIDERING,
  LIENS_ATTENDANCE_GOING,
  LIENS_ATTENDANCE_REGISTERED,
};

static const LiensAttendance past_attendances[] = {
  LIENS_ATTENDANCE_CONSIDERING,
  LIENS_ATTENDANCE_GOING,
  LIENS_ATTENDANCE_REGISTERED,
  LIENS_ATTENDANCE_ATTENDED,
  LIENS_ATTENDANCE_SKIPPED,
};

static char *
format_when (LiensEvent *event,
             GDateTime  *now)
{
  GDateTime *start = liens_event_get_start (event);
  GDateTime *end = liens_event_get_end (event);
  g_autoptr(GDateTime) local_start = NULL;
  g_autoptr(GDateTime) local_end = NULL;
  g_autofree char *start_date = NULL;
  g_autofree char *start_time = NULL;

  if (start == NULL)
    return g_strdup (_("No date yet"));

  local_start = g_date_time_to_local (start);
  start_date = liens_format_short_date (local_start, now);
  if (end != NULL && g_date_time_compare (end, start) > 0)
    local_end = g_date_time_to_local (end);

  if (local_end != NULL &&
      (g_date_time_get_year (local_end) != g_date_time_get_year (local_start) ||
       g_date_time_get_day_of_year (local_end) != g_date_time_get_day_of_year (local_start)))
    {
      g_autofree char *end_date = liens_format_short_date (local_end, now);

      if (liens_event_get_all_day (event))
        /* Translators: the first and last days of an event that lasts several whole days. */
        return g_strdup_printf (_("%s – %s · All day"), start_date, end_date);
      else
        {
          g_autofree char *end_time = liens_format_time (local_end);

          start_time = liens_format_time (local_start);
          /* Translators: start date and time, then end date and time of an event. */
          return g_strdup_printf (_("%s %s – %s %s"), start_date, start_time, end_date, end_time);
        }
    }

  if (liens_event_get_all_day (event))
    /* Translators: the day of an event that lasts all day. */
    return g_strdup_printf (_("%s · All day"), start_date);

  start_time = liens_format_time (local_start);
  if (local_end != NULL)
    {
      g_autofree char *end_time = liens_format_time (local_end);

      /* Translators: the date, then start and end times of an event. */
      return g_strdup_printf (_("%s · %s – %s"), start_date, start_time, end_time);
    }

  /* Translators: the date and start time of an event. */
  return g_strdup_printf (_("%s · %s"), start_date, start_time);
}

static void
update_overlaps (LiensEventRow *self,
                 LiensStore    *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autofree gint64 *ids = NULL;
  g_autofree char *tooltip = NULL;
  gsize n_ids = 0;

  if (liens_event_get_id (self->event) > 0)
    ids = liens_store_dup_overlapping_event_ids (store, liens_event_get_id (self->event),
                                                 &n_ids, &error);
  if (error != NULL)
    g_debug ("Could not find events overlapping %s: %s",
             liens_event_get_title (self->event), error->message);

  for (gsize i = 0; i < n_ids; i++)
    {
      g_autoptr(LiensEvent) other = liens_store_get_event (store, ids[i], NULL);

      if (other == NULL)
        continue;
      if (titles->len > 0)
        g_string_append (titles, ", ");
      g_string_append (titles, liens_event_get_title (other));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->overlap_icon), n_ids > 0);
  if (n_ids == 0)
    return;

  /* Translators: %s is the title of the other events, separated by commas. */
  tooltip = g_strdup_printf (_("Overlaps with %s"), titles->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->overlap_icon), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->overlap_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
}

/* Only events ahead: the hint is advice on which to go to. */
static void
update_profile_hint (LiensEventRow *self)
{
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  gboolean suits = FALSE;

  if (self->event != NULL && self->profile != LIENS_PROFILE_UNKNOWN)
    suits = !liens_event_is_past (self->event, now) &&
            liens_profile_suits_event_kind (self->profile, liens_event_get_kind (self->event));

  gtk_widget_set_visible (GTK_WIDGET (self->profile_icon), suits);
}

static void
update_attendance (LiensEventRow *self,
                   GDateTime     *now)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  LiensAttendance attendance = liens_event_get_attendance (self->event);
  gboolean past = liens_event_is_past (self->event, now);
  const LiensAttendance *choices = past ? past_attendances : upcoming_attendances;
  guint n_choices = past ? G_N_ELEMENTS (past_attendances) : G_N_ELEMENTS (upcoming_attendances);
  g_autofree char *description = NULL;

  for (guint i = 0; i < n_choices; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (liens_attendance_get_display_name (choices[i]),
                                                   NULL);

      g_menu_item_set_action_and_target_value (item, "events.set-attendance",
                                               g_variant_new ("(xi)",
                                                              liens_event_get_id (self->event),
                                                              (int) choices[i]));
      g_menu_append_item (menu, item);
    }

  {
    g_autoptr(GMenu) section = g_menu_new ();
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Add to Calendar…"), NULL);

    g_menu_item_set_action_and_target_value (item, "events.export-event",
                                             g_variant_new_int64 (liens_event_get_id (self->event)));
    g_menu_append_item (section, item);
    g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  }

  gtk_menu_button_set_label (self->attendance_button,
                             liens_attendance_get_display_name (attendance));
  gtk_menu_button_set_menu_model (self->attendance_button, G_MENU_MODEL (menu));

  /* Translators: the accessible name of the button that changes it, e.g. "Attendance: Going". */
  description = g_strdup_printf (_("Attendance: %s"), liens_attendance_get_display_name (attendance));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attendance_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
liens_event_row_dispose (GObject *object)
{
  LiensEventRow *self = LIENS_EVENT_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_EVENT_ROW);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->event);

  G_OBJECT_CLASS (liens_event_row_parent_class)->dispose (object);
}

static void
liens_event_row_finalize (GObject *object)
{
  LiensEventRow *self = LIENS_EVENT_ROW (object);

  g_free (self->heading);

  G_OBJECT_CLASS (liens_event_row_parent_class)->finalize (object);
}

static void
liens_event_row_class_init (LiensEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_event_row_dispose;
  object_class->finalize = liens_event_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventrow");

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, overlap_icon);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, profile_icon);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, people_label);
  gtk_widget_class_bind_template_child (widget_class, LiensEventRow, attendance_button);
}

static void
liens_event_row_init (LiensEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
liens_event_row_new (void)
{
  return g_object_new (LIENS_TYPE_EVENT_ROW, NULL);
}

LiensEvent *
liens_event_row_get_event (LiensEventRow *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT_ROW (self), NULL);

  return self->event;
}

void
liens_event_row_set_event (LiensEventRow *self,
                           LiensStore    *store,
                           LiensEvent    *event)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autofree char *when = NULL;
  g_autofree char *details_text = NULL;
  guint n_people = 0;

  g_return_if_fail (LIENS_IS_EVENT_ROW (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));
  g_return_if_fail (event == NULL || LIENS_IS_EVENT (event));

  g_set_object (&self->event, event);
  update_profile_hint (self);
  if (event == NULL)
    return;

  now = liens_clock_get_now ();
  details = g_ptr_array_new_with_free_func (g_free);

  when = format_when (event, now);
  gtk_label_set_label (self->when_label, when);
  gtk_label_set_label (self->title_label, liens_event_get_title (event));

  if (liens_event_get_place (event) != NULL && *liens_event_get_place (event) != '\0')
    g_ptr_array_add (details, g_strdup (liens_event_get_place (event)));
  g_ptr_array_add (details, g_strdup (liens_event_kind_get_display_name (liens_event_get_kind (event))));
  if (store != NULL && liens_event_get_network_id (event) > 0)
    {
      g_autoptr(LiensNetwork) network = liens_store_get_network (store,
                                                                 liens_event_get_network_id (event),
                                                                 NULL);

      if (network != NULL)
        g_ptr_array_add (details, g_strdup (liens_network_get_name (network)));
    }
  g_ptr_array_add (details, NULL);
  details_text = g_strjoinv (" · ", (char **) details->pdata);
  gtk_label_set_label (self->details_label, details_text);

  liens_event_get_people (event, &n_people);
  gtk_widget_set_visible (GTK_WIDGET (self->people_label), n_people > 0);
  if (n_people > 0)
    {
      g_autofree char *people = g_strdup_printf (ngettext ("%u person to meet",
                                                           "%u people to meet", n_people),
                                                 n_people);

      gtk_label_set_label (self->people_label, people);
    }

  if (store != NULL)
    update_overlaps (self, store);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->overlap_icon), FALSE);

  update_attendance (self, now);
}

/**
 * liens_event_row_set_profile:
 * @self: a #LiensEventRow
 * @profile: the user's dominant networking profile, or %LIENS_PROFILE_UNKNOWN
 *
 * Marks the event when it is ahead and of a kind that suits @profile.
 */
void
liens_event_row_set_profile (LiensEventRow *self,
                             LiensProfile   profile)
{
  g_return_if_fail (LIENS_IS_EVENT_ROW (self));

  if (self->profile == profile)
    return;

  self->profile = profile;
  update_profile_hint (self);
}

const char *
liens_event_row_get_heading (LiensEventRow *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT_ROW (self), NULL);

  return self->heading;
}

void
liens_event_row_set_heading (LiensEventRow *self,
                             const char    *heading)
{
  g_return_if_fail (LIENS_IS_EVENT_ROW (self));

  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  g_free (self->heading);
  self->heading = g_strdup (heading);
  gtk_label_set_label (self->heading_label, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), heading != NULL);
}
