/* liens-clock.h: the current day, and a signal when it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIENS_TYPE_CLOCK (liens_clock_get_type ())

G_DECLARE_FINAL_TYPE (LiensClock, liens_clock, LIENS, CLOCK, GObject)

LiensClock *liens_clock_get_default         (void);

GDateTime  *liens_clock_get_now             (void);
gboolean    liens_clock_is_faked            (void);

GDateTime  *liens_clock_dup_next_midnight   (GDateTime *now);

void        liens_clock_set_now_for_testing (GDateTime *now);

G_END_DECLS
