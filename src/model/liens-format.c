/* liens-format.c: dates and durations as the user reads them, in their language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-format.h"

/* Whole calendar days from @date to @now, in @now's time zone. */
static gint64
days_between (GDateTime *date,
              GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date, g_date_time_get_timezone (now));
  g_autoptr(GDate) a = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                      g_date_time_get_month (local),
                                      g_date_time_get_year (local));
  g_autoptr(GDate) b = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                      g_date_time_get_month (now),
                                      g_date_time_get_year (now));

  return g_date_days_between (a, b);
}

/**
 * liens_format_relative_date:
 * @date: a past (or future) moment
 * @now: the current time, which gives the time zone
 *
 * Returns: (transfer full): how long ago @date was, in calendar days, weeks,
 *   months or years: "Today", "Yesterday", "3 weeks ago"; or "Tomorrow",
 *   "In 5 days" for a future date
 */
char *
liens_format_relative_date (GDateTime *date,
                            GDateTime *now)
{
  gint64 days;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  days = days_between (date, now);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (days == -1)
    return g_strdup (_("Tomorrow"));

  if (days < 0)
    {
      gint64 ahead = -days;

      if (ahead < 14)
        return g_strdup_printf (ngettext ("In %d day", "In %d days", ahead), (int) ahead);
      if (ahead < 60)
        return g_strdup_printf (ngettext ("In %d week", "In %d weeks", ahead / 7), (int) (ahead / 7));
      if (ahead < 365)
        return g_strdup_printf (ngettext ("In %d month", "In %d months", ahead / 30), (int) (ahead / 30));
      return g_strdup_printf (ngettext ("In %d year", "In %d years", ahead / 365), (int) (ahead / 365));
    }

  if (days < 14)
    return g_strdup_printf (ngettext ("%d day ago", "%d days ago", days), (int) days);
  if (days < 60)
    return g_strdup_printf (ngettext ("%d week ago", "%d weeks ago", days / 7), (int) (days / 7));
  if (days < 365)
    return g_strdup_printf (ngettext ("%d month ago", "%d months ago", days / 30), (int) (days / 30));
  return g_strdup_printf (ngettext ("%d year ago", "%d years ago", days / 365), (int) (days / 365));
}

/**
 * liens_format_date:
 * @date: a date
 *
 * Returns: (transfer full): the full date in the user's language, such as
 *   "Tuesday, March 3, 2026" or « mardi 3 mars 2026 »
 */
char *
liens_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a full date, see g_date_time_format(); e.g. "Tuesday, March 3, 2026". */
  return g_date_time_format (date, _("%A, %B %-d, %Y"));
}

/**
 * liens_format_short_date:
 * @date: a date
 * @now: the current time
 *
 * Returns: (transfer full): a compact date, without the year when it is
 *   @now's year: "Mar 3" or "Mar 3, 2024"
 */
char *
liens_format_short_date (GDateTime *date,
                         GDateTime *now)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (g_date_time_get_year (date) == g_date_time_get_year (now))
    /* Translators: a date in the current year, see g_date_time_format(); e.g. "Mar 3". */
    return g_date_time_format (date, _("%b %-d"));

  /* Translators: a date in another year, see g_date_time_format(); e.g. "Mar 3, 2024". */
  return g_date_time_format (date, _("%b %-d, %Y"));
}

/**
 * liens_format_time:
 * @date: a moment
 *
 * Returns: (transfer full): the time of day, "3:30 PM" or « 15:30 »
 */
char *
liens_format_time (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Translators: a time of day, see g_date_time_format(); use %H:%M for a 24-hour clock. */
  return g_date_time_format (date, _("%-I:%M %p"));
}
