/* liens-benchmark.c: the hook the start-up benchmark reads, off unless asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With LIENS_BENCHMARK_FIRST_FRAME=1 in the environment, the first frame painted once the
 * window shows its content prints one line to stdout and quits:
 *   first_frame ms=<since main() started> rss_kb=<resident memory>
 * tests/bench/bench-liens.c spawns the app and the bare window this way.
 */

#include "config.h"

#include <stdio.h>

#include "liens-benchmark.h"

static gint64 start_time;

typedef struct
{
  GtkWidget               *window;
  LiensBenchmarkReadyFunc  ready;
  gulong                   handler;
} Watch;

static long
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");

  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Watch         *watch)
{
  if (watch->ready != NULL && !watch->ready (watch->window))
    return;

  g_signal_handler_disconnect (clock, watch->handler);

  printf ("first_frame ms=%.1f rss_kb=%ld\n",
          (g_get_monotonic_time () - start_time) / 1000.0, read_rss_kb ());
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (watch->window));
  g_free (watch);
}

static void
realize_cb (GtkWidget *window,
            Watch     *watch)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  watch->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), watch);
}

/**
 * liens_benchmark_mark:
 * @what: a step of the start-up
 *
 * With LIENS_BENCHMARK_MARKS=1 in the environment, prints on stderr how long after main()
 * @what happened: where the start-up spends its time, without a profiler.
 */
void
liens_benchmark_mark (const char *what)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_getenv ("LIENS_BENCHMARK_MARKS") != NULL;

  if (enabled)
    g_printerr ("mark %s ms=%.1f\n", what, (g_get_monotonic_time () - start_time) / 1000.0);
}

/* Called first thing in main(). */
void
liens_benchmark_mark_start (void)
{
  start_time = g_get_monotonic_time ();
}

/**
 * liens_benchmark_watch_first_frame:
 * @window: a window about to be presented
 * @ready: (nullable): whether a painted frame shows what the benchmark waits for
 *
 * Does nothing unless LIENS_BENCHMARK_FIRST_FRAME is set.
 */
void
liens_benchmark_watch_first_frame (GtkWidget               *window,
                                   LiensBenchmarkReadyFunc  ready)
{
  Watch *watch;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("LIENS_BENCHMARK_FIRST_FRAME") == NULL)
    return;

  watch = g_new0 (Watch, 1);
  watch->window = window;
  watch->ready = ready;
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), watch);
}
