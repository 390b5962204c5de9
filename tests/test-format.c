/* test-format.c: dates and durations as the user reads them, in English and in French.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liens-format.h"

static GDateTime *
local (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
check_relative (GDateTime  *now,
                int         days_back,
                const char *expected)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (now, -days_back);
  g_autofree char *text = liens_format_relative_date (date, now);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_relative_english (void)
{
  g_autoptr(GDateTime) now = local (2026, 3, 18, 10, 0);
  g_autoptr(GDateTime) late_yesterday = local (2026, 3, 17, 23, 59);
  g_autoptr(GDateTime) early_today = local (2026, 3, 18, 0, 1);
  g_autofree char *yesterday = NULL;
  g_autofree char *today = NULL;

  /* Calendar days, not 24-hour periods. */
  yesterday = liens_format_relative_date (late_yesterday, now);
  today = liens_format_relative_date (early_today, now);
  g_assert_cmpstr (yesterday, ==, "Yesterday");
  g_assert_cmpstr (today, ==, "Today");

  check_relative (now, 2, "2 days ago");
  check_relative (now, 13, "13 days ago");
  check_relative (now, 14, "2 weeks ago");
  check_relative (now, 21, "3 weeks ago");
  check_relative (now, 59, "8 weeks ago");
  check_relative (now, 60, "2 months ago");
  check_relative (now, 364, "12 months ago");
  check_relative (now, 365, "1 year ago");
  check_relative (now, 800, "2 years ago");
  check_relative (now, -1, "Tomorrow");
  check_relative (now, -5, "In 5 days");
  check_relative (now, -21, "In 3 weeks");
}

static void
test_dates_english (void)
{
  g_autoptr(GDateTime) date = local (2026, 3, 3, 15, 30);
  g_autoptr(GDateTime) now = local (2026, 11, 26, 9, 0);
  g_autoptr(GDateTime) last_year = local (2024, 3, 3, 9, 5);
  g_autofree char *full = liens_format_date (date);
  g_autofree char *short_date = liens_format_short_date (date, now);
  g_autofree char *other_year = liens_format_short_date (last_year, now);
  g_autofree char *time = liens_format_time (date);

  g_assert_cmpstr (full, ==, "Tuesday, March 3, 2026");
  g_assert_cmpstr (short_date, ==, "Mar 3");
  g_assert_cmpstr (other_year, ==, "Mar 3, 2024");
  g_assert_cmpstr (time, ==, "3:30 PM");
}

static gboolean
switch_to_french (void)
{
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    return FALSE;
  g_setenv ("LANGUAGE", "fr", TRUE);
  /* Make gettext notice the change of language. */
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

static void
switch_to_english (void)
{
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
test_french (void)
{
  g_autoptr(GDateTime) now = local (2026, 3, 18, 10, 0);
  g_autoptr(GDateTime) date = local (2026, 3, 3, 15, 30);
  g_autofree char *full = NULL;
  g_autofree char *time = NULL;
  g_autofree char *short_date = NULL;

  if (!switch_to_french ())
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not generated (make test generates it)");
      return;
    }

  check_relative (now, 0, "Aujourd’hui");
  check_relative (now, 1, "Hier");
  check_relative (now, 1 * 7 * 3, "Il y a 3\u00a0semaines");
  check_relative (now, 2, "Il y a 2\u00a0jours");
  check_relative (now, 400, "Il y a 1\u00a0an");
  check_relative (now, -5, "Dans 5\u00a0jours");

  full = liens_format_date (date);
  time = liens_format_time (date);
  short_date = liens_format_short_date (date, now);
  g_assert_cmpstr (full, ==, "mardi 3 mars 2026");
  g_assert_cmpstr (time, ==, "15:30");
  g_assert_cmpstr (short_date, ==, "3 mars");

  switch_to_english ();
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LIENS_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/format/relative/english", test_relative_english);
  g_test_add_func ("/format/dates/english", test_dates_english);
  g_test_add_func ("/format/french", test_french);

  return g_test_run ();
}
