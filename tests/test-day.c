/* test-day.c: the clock that tells the pages a new day began, and the events page's groups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liens-clock.h"
#include "liens-event-groups.h"

static GDateTime *
local (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

/* The clock */

static void
count_cb (LiensClock *clock,
          guint      *count)
{
  (*count)++;
}

static void
test_clock_fake_now (void)
{
  LiensClock *clock = liens_clock_get_default ();
  g_autoptr(GDateTime) fake = local (2026, 12, 31, 23, 30);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) real = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  guint count = 0;
  gulong handler;

  g_assert_true (liens_clock_get_default () == clock);
  g_assert_false (liens_clock_is_faked ());

  handler = g_signal_connect (clock, "day-changed", G_CALLBACK (count_cb), &count);

  liens_clock_set_now_for_testing (fake);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (liens_clock_is_faked ());
  now = liens_clock_get_now ();
  g_assert_true (g_date_time_equal (now, fake));
  /* A fake time stands still. */
  g_clear_pointer (&now, g_date_time_unref);
  now = liens_clock_get_now ();
  g_assert_true (g_date_time_equal (now, fake));

  /* Back to the real time: the day changes again. */
  liens_clock_set_now_for_testing (NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (liens_clock_is_faked ());
  real = liens_clock_get_now ();
  g_assert_cmpint (g_date_time_difference (real, before), >=, 0);
  g_assert_cmpint (g_date_time_difference (real, before), <, 60 * G_TIME_SPAN_SECOND);

  g_signal_handler_disconnect (clock, handler);
}

/* The clock aims at the next local midnight, even on the nights the clocks change. */
static void
check_next_midnight (GDateTime *now,
                     int        year,
                     int        month,
                     int        day)
{
  g_autoptr(GDateTime) midnight = liens_clock_dup_next_midnight (now);

  g_assert_cmpint (g_date_time_get_year (midnight), ==, year);
  g_assert_cmpint (g_date_time_get_month (midnight), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (midnight), ==, day);
  g_assert_cmpint (g_date_time_get_hour (midnight), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (midnight), ==, 0);
  g_assert_cmpint (g_date_time_difference (midnight, now), >, 0);
  g_assert_cmpint (g_date_time_difference (midnight, now), <=, G_TIME_SPAN_DAY + G_TIME_SPAN_HOUR);
}

static void
test_clock_next_midnight (void)
{
  g_autoptr(GDateTime) evening = local (2026, 12, 31, 23, 59);
  g_autoptr(GDateTime) morning = local (2026, 2, 28, 0, 0);
  g_autoptr(GDateTime) spring = local (2026, 3, 29, 0, 30);
  g_autoptr(GDateTime) autumn = local (2026, 10, 25, 0, 30);

  check_next_midnight (evening, 2027, 1, 1);
  check_next_midnight (morning, 2026, 3, 1);
  /* Summer time begins or ends on these nights in Europe. */
  check_next_midnight (spring, 2026, 3, 30);
  check_next_midnight (autumn, 2026, 10, 26);
}

/* The groups */

static void
check_group (GDateTime       *now,
             GDateWeekday     first_weekday,
             int              year,
             int              month,
             int              day,
             int              hour,
             LiensEventGroup  expected)
{
  g_autoptr(GDateTime) start = local (year, month, day, hour, 0);
  LiensEventGroup group = liens_event_group_for_start (start, now, first_weekday);

  if (group != expected)
    g_error ("%04d-%02d-%02d %02d:00, week from day %d: group %d, expected %d",
             year, month, day, hour, first_weekday, group, expected);
}

/* Thursday 26 November 2026: next Tuesday is in December, and next week all the same. */
static void
test_groups_month_change (void)
{
  g_autoptr(GDateTime) now = local (2026, 11, 26, 10, 0);

  /* Weeks from Monday (France). */
  check_group (now, G_DATE_MONDAY, 2026, 11, 26, 8, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 11, 29, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 11, 30, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 12, 1, 9, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 12, 6, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 12, 7, 0, LIENS_EVENT_GROUP_LATER);

  /* Weeks from Sunday (United States). */
  check_group (now, G_DATE_SUNDAY, 2026, 11, 28, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 11, 29, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 12, 1, 9, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 12, 5, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 12, 6, 0, LIENS_EVENT_GROUP_LATER);
}

/* Monday 2 November 2026: the rest of the month after next week is "This Month". */
static void
test_groups_this_month (void)
{
  g_autoptr(GDateTime) now = local (2026, 11, 2, 0, 0);

  check_group (now, G_DATE_MONDAY, 2026, 11, 8, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 11, 9, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 11, 15, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2026, 11, 16, 0, LIENS_EVENT_GROUP_THIS_MONTH);
  check_group (now, G_DATE_MONDAY, 2026, 11, 30, 23, LIENS_EVENT_GROUP_THIS_MONTH);
  check_group (now, G_DATE_MONDAY, 2026, 12, 1, 0, LIENS_EVENT_GROUP_LATER);

  /* From Sunday, Monday 2 is in the week that began on Sunday 1. */
  check_group (now, G_DATE_SUNDAY, 2026, 11, 7, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 11, 8, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2026, 11, 15, 0, LIENS_EVENT_GROUP_THIS_MONTH);
}

/* On the first day of a week, that week is this week, whole. */
static void
test_groups_first_day (void)
{
  g_autoptr(GDateTime) monday = local (2026, 11, 30, 12, 0);
  g_autoptr(GDateTime) sunday = local (2026, 11, 29, 12, 0);

  check_group (monday, G_DATE_MONDAY, 2026, 12, 6, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (monday, G_DATE_MONDAY, 2026, 12, 7, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (sunday, G_DATE_SUNDAY, 2026, 12, 5, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (sunday, G_DATE_SUNDAY, 2026, 12, 6, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  /* The last day of a Monday week is the first of a Sunday one. */
  check_group (sunday, G_DATE_MONDAY, 2026, 11, 30, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (sunday, G_DATE_MONDAY, 2026, 12, 6, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (sunday, G_DATE_MONDAY, 2026, 12, 7, 0, LIENS_EVENT_GROUP_LATER);
}

/* Wednesday 30 December 2026: the weeks run into 2027. */
static void
test_groups_year_change (void)
{
  g_autoptr(GDateTime) now = local (2026, 12, 30, 18, 0);

  check_group (now, G_DATE_MONDAY, 2026, 12, 31, 20, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_MONDAY, 2027, 1, 3, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_MONDAY, 2027, 1, 4, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2027, 1, 10, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_MONDAY, 2027, 1, 11, 0, LIENS_EVENT_GROUP_LATER);

  check_group (now, G_DATE_SUNDAY, 2027, 1, 2, 23, LIENS_EVENT_GROUP_THIS_WEEK);
  check_group (now, G_DATE_SUNDAY, 2027, 1, 3, 0, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2027, 1, 9, 23, LIENS_EVENT_GROUP_NEXT_WEEK);
  check_group (now, G_DATE_SUNDAY, 2027, 1, 10, 0, LIENS_EVENT_GROUP_LATER);
}

static void
test_groups_events (void)
{
  g_autoptr(GDateTime) now = local (2026, 11, 26, 10, 0);
  g_autoptr(GDateTime) yesterday = local (2026, 11, 25, 9, 0);
  g_autoptr(GDateTime) yesterday_end = local (2026, 11, 25, 11, 0);
  g_autoptr(LiensEvent) past = liens_event_new ();
  g_autoptr(LiensEvent) undated = liens_event_new ();

  liens_event_set_start (past, yesterday);
  liens_event_set_end (past, yesterday_end);
  g_assert_cmpint (liens_event_group_for_event (past, now, G_DATE_MONDAY), ==, LIENS_EVENT_GROUP_PAST);
  g_assert_cmpint (liens_event_group_for_event (undated, now, G_DATE_MONDAY), ==, LIENS_EVENT_GROUP_LATER);

  g_assert_cmpstr (liens_event_group_get_title (LIENS_EVENT_GROUP_NEXT_WEEK), ==, "Next Week");
  g_assert_cmpstr (liens_event_group_get_title (LIENS_EVENT_GROUP_PAST), ==, "Past Events");
}

/* As GtkCalendar reads it: Sunday in the C locale, Monday in French. */
static void
test_first_weekday (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  g_assert_nonnull (setlocale (LC_TIME, "C.UTF-8"));
  g_assert_cmpint (liens_get_first_weekday (), ==, G_DATE_SUNDAY);

  if (setlocale (LC_TIME, "fr_FR.UTF-8") != NULL)
    g_assert_cmpint (liens_get_first_weekday (), ==, G_DATE_MONDAY);
  else
    g_test_message ("fr_FR.UTF-8 is not generated: Monday-first not checked");

  setlocale (LC_TIME, saved);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/fake-now", test_clock_fake_now);
  g_test_add_func ("/clock/next-midnight", test_clock_next_midnight);
  g_test_add_func ("/event-groups/month-change", test_groups_month_change);
  g_test_add_func ("/event-groups/this-month", test_groups_this_month);
  g_test_add_func ("/event-groups/first-day", test_groups_first_day);
  g_test_add_func ("/event-groups/year-change", test_groups_year_change);
  g_test_add_func ("/event-groups/events", test_groups_events);
  g_test_add_func ("/event-groups/first-weekday", test_first_weekday);

  return g_test_run ();
}
