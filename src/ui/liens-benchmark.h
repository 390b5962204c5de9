/* liens-benchmark.h: the hook the start-up benchmark reads, off unless asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*LiensBenchmarkReadyFunc) (GtkWidget *window);

void liens_benchmark_mark_start         (void);
void liens_benchmark_mark               (const char              *what);
void liens_benchmark_watch_first_frame  (GtkWidget               *window,
                                         LiensBenchmarkReadyFunc  ready);

G_END_DECLS
