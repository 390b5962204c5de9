/* liens-event-groups.c: the headings of the events page, from "This Week" to "Past Events".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "liens-event-groups.h"

/**
 * liens_get_first_weekday:
 *
 * GTK 4.8 has no API for it: read as GtkCalendar does, from glibc's locale data, and
 * Monday (ISO 8601) elsewhere.
 *
 * Returns: the first day of the week in the locale of LC_TIME
 */
GDateWeekday
liens_get_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int first_weekday;
  guint week_origin;
  int week_1stday;
  int day;

  /* FIRST_WEEKDAY counts from 1 for the day WEEK_1STDAY names, a Sunday or a Monday. */
  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;

  if (week_origin == 19971130)       /* a Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201)  /* a Monday */
    week_1stday = 1;
  else
    return G_DATE_MONDAY;

  if (first_weekday < 1 || first_weekday > 7)
    return G_DATE_MONDAY;

  day = (week_1stday + first_weekday - 1) % 7;

  /* 0 is Sunday here, 7 in GDate. */
  return day == 0 ? G_DATE_SUNDAY : (GDateWeekday) day;
#else
  return G_DATE_MONDAY;
#endif
}

static GDateTime *
new_midnight (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

/**
 * liens_event_group_for_start:
 * @start: (nullable): when an event that is not past starts
 * @now: the current time
 * @first_weekday: the first day of the week, see liens_get_first_weekday()
 *
 * "This Week" runs to the end of the current week, "Next Week" over the whole next one,
 * even in another month, "This Month" over what is left of the month after that, and
 * "Later" after it. An event under way started in the past: it is this week's.
 *
 * Returns: the group of an upcoming event (never %LIENS_EVENT_GROUP_PAST)
 */
LiensEventGroup
liens_event_group_for_start (GDateTime    *start,
                             GDateTime    *now,
                             GDateWeekday  first_weekday)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) next_week = NULL;
  g_autoptr(GDateTime) week_after = NULL;
  g_autoptr(GDateTime) next_month = NULL;
  GDate date;
  guint to_next_week;

  g_return_val_if_fail (now != NULL, LIENS_EVENT_GROUP_LATER);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), LIENS_EVENT_GROUP_LATER);

  if (start == NULL)
    return LIENS_EVENT_GROUP_LATER;

  /* Counted in days, then made local midnights: a change of summer time shifts no one. */
  local = g_date_time_to_local (now);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));

  to_next_week = (first_weekday - g_date_get_weekday (&date) + 7) % 7;
  if (to_next_week == 0)
    to_next_week = 7;

  g_date_add_days (&date, to_next_week);
  next_week = new_midnight (&date);
  g_date_add_days (&date, 7);
  week_after = new_midnight (&date);

  g_date_set_dmy (&date, 1, g_date_time_get_month (local), g_date_time_get_year (local));
  g_date_add_months (&date, 1);
  next_month = new_midnight (&date);

  if (g_date_time_compare (start, next_week) < 0)
    return LIENS_EVENT_GROUP_THIS_WEEK;
  if (g_date_time_compare (start, week_after) < 0)
    return LIENS_EVENT_GROUP_NEXT_WEEK;
  if (g_date_time_compare (start, next_month) < 0)
    return LIENS_EVENT_GROUP_THIS_MONTH;
  return LIENS_EVENT_GROUP_LATER;
}

/**
 * liens_event_group_for_event:
 * @event: an event
 * @now: the current time
 * @first_weekday: the first day of the week, see liens_get_first_weekday()
 *
 * Returns: %LIENS_EVENT_GROUP_PAST for an event over at @now, else the group of its start
 */
LiensEventGroup
liens_event_group_for_event (LiensEvent   *event,
                             GDateTime    *now,
                             GDateWeekday  first_weekday)
{
  g_return_val_if_fail (LIENS_IS_EVENT (event), LIENS_EVENT_GROUP_LATER);

  if (liens_event_is_past (event, now))
    return LIENS_EVENT_GROUP_PAST;

  return liens_event_group_for_start (liens_event_get_start (event), now, first_weekday);
}

/**
 * liens_event_group_get_title:
 * @group: a group
 *
 * Returns: (transfer none): the heading of @group, translated
 */
const char *
liens_event_group_get_title (LiensEventGroup group)
{
  switch (group)
    {
    case LIENS_EVENT_GROUP_THIS_WEEK:
      return _("This Week");
    case LIENS_EVENT_GROUP_NEXT_WEEK:
      /* Translators: a heading of the events page: the events of the week after this one */
      return _("Next Week");
    case LIENS_EVENT_GROUP_THIS_MONTH:
      return _("This Month");
    case LIENS_EVENT_GROUP_PAST:
      return _("Past Events");
    case LIENS_EVENT_GROUP_LATER:
    default:
      return _("Later");
    }
}
