/* liens-clock.c: the current day, and a signal when it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liens-clock.h"

/* Liens stays open for days: what says "Today", what is due and which events are past
 * must change at midnight. A timeout aims at the next local midnight; as a monotonic
 * timeout may not count the time the machine slept, and as the time zone can change
 * under us, a cheap check every few minutes compares the date and the offset too. */
#define CHECK_INTERVAL_SECONDS (3 * 60)

struct _LiensClock
{
  GObject parent_instance;

  /* The day and the offset from UTC seen last, to tell a change. */
  int year;
  int day_of_year;
  GTimeSpan utc_offset;

  guint midnight_source;
  guint check_source;

  /* Set by the tests: the time liens_clock_get_now() returns instead of the real one. */
  GDateTime *fake_now;
};

G_DEFINE_FINAL_TYPE (LiensClock, liens_clock, G_TYPE_OBJECT)

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GDateTime *
dup_now (LiensClock *self)
{
  if (self->fake_now != NULL)
    return g_date_time_to_local (self->fake_now);

  return g_date_time_new_now_local ();
}

static void
remember_day (LiensClock *self,
              GDateTime  *now)
{
  self->year = g_date_time_get_year (now);
  self->day_of_year = g_date_time_get_day_of_year (now);
  self->utc_offset = g_date_time_get_utc_offset (now);
}

static gboolean midnight_cb (gpointer user_data);

/**
 * liens_clock_dup_next_midnight:
 * @now: a time
 *
 * Built from the date rather than added, so that a day of 23 or 25 hours ends on time.
 *
 * Returns: (transfer full): the local midnight that begins the day after @now's
 */
GDateTime *
liens_clock_dup_next_midnight (GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  g_date_add_days (&date, 1);

  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
}

/* One second past midnight, so that the timeout does not come a moment early. */
static void
arm_midnight (LiensClock *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  GTimeSpan until;

  g_clear_handle_id (&self->midnight_source, g_source_remove);

  /* A fake time does not move: nothing to wait for. */
  if (self->fake_now != NULL)
    return;

  now = dup_now (self);
  midnight = liens_clock_dup_next_midnight (now);
  until = midnight != NULL ? g_date_time_difference (midnight, now) : G_TIME_SPAN_DAY;
  until = CLAMP (until, 0, G_TIME_SPAN_DAY + G_TIME_SPAN_HOUR);

  self->midnight_source = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT,
                                                      (guint) (until / G_USEC_PER_SEC) + 1,
                                                      midnight_cb, self, NULL);
  g_source_set_name_by_id (self->midnight_source, "[liens] midnight");
}

/* Emits "day-changed" when the date or the time zone differs from the one seen last. */
static void
check_day (LiensClock *self)
{
  g_autoptr(GDateTime) now = dup_now (self);

  if (g_date_time_get_year (now) == self->year &&
      g_date_time_get_day_of_year (now) == self->day_of_year &&
      g_date_time_get_utc_offset (now) == self->utc_offset)
    return;

  remember_day (self, now);
  arm_midnight (self);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}

static gboolean
midnight_cb (gpointer user_data)
{
  LiensClock *self = user_data;

  self->midnight_source = 0;
  check_day (self);

  /* Early by a second or more (the timeout rounds): aim again. */
  if (self->midnight_source == 0)
    arm_midnight (self);

  return G_SOURCE_REMOVE;
}

static gboolean
periodic_check_cb (gpointer user_data)
{
  LiensClock *self = user_data;

  check_day (self);

  /* After a suspend, the midnight timeout may be late by the time the machine slept. */
  arm_midnight (self);

  return G_SOURCE_CONTINUE;
}

static void
liens_clock_finalize (GObject *object)
{
  LiensClock *self = LIENS_CLOCK (object);

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->fake_now, g_date_time_unref);

  G_OBJECT_CLASS (liens_clock_parent_class)->finalize (object);
}

static void
liens_clock_class_init (LiensClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_clock_finalize;

  /**
   * LiensClock::day-changed:
   * @self: the clock
   *
   * Emitted after local midnight, after a suspend that crossed it, and when the time
   * zone changes: everything that shows a relative date or depends on today redraws.
   */
  signals[DAY_CHANGED] = g_signal_new ("day-changed",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);
}

static void
liens_clock_init (LiensClock *self)
{
  g_autoptr(GDateTime) now = dup_now (self);

  remember_day (self, now);
  arm_midnight (self);

  self->check_source = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, periodic_check_cb, self);
  g_source_set_name_by_id (self->check_source, "[liens] day check");
}

/**
 * liens_clock_get_default:
 *
 * Returns: (transfer none): the clock of the application, created on first use
 */
LiensClock *
liens_clock_get_default (void)
{
  static LiensClock *clock = NULL;

  /* The user interface runs in one thread. */
  if (clock == NULL)
    clock = g_object_new (LIENS_TYPE_CLOCK, NULL);

  return clock;
}

/**
 * liens_clock_get_now:
 *
 * Use it instead of g_date_time_new_now_local() for anything that depends on the day,
 * so that the tests can move the day.
 *
 * Returns: (transfer full): the current time, in the local time zone
 */
GDateTime *
liens_clock_get_now (void)
{
  return dup_now (liens_clock_get_default ());
}

/**
 * liens_clock_is_faked:
 *
 * Returns: %TRUE when a test set the time with liens_clock_set_now_for_testing()
 */
gboolean
liens_clock_is_faked (void)
{
  return liens_clock_get_default ()->fake_now != NULL;
}

/**
 * liens_clock_set_now_for_testing:
 * @now: (nullable): the time liens_clock_get_now() returns from now on, or %NULL for the
 *   real time again
 *
 * Emits #LiensClock::day-changed, whether the day changed or not, as midnight would.
 */
void
liens_clock_set_now_for_testing (GDateTime *now)
{
  LiensClock *self = liens_clock_get_default ();
  g_autoptr(GDateTime) local = NULL;

  g_clear_pointer (&self->fake_now, g_date_time_unref);
  if (now != NULL)
    self->fake_now = g_date_time_ref (now);

  local = dup_now (self);
  remember_day (self, local);
  arm_midnight (self);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}
