/* liens-format.h: dates and durations as the user reads them, in their language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *liens_format_relative_date (GDateTime *date,
                                  GDateTime *now);
char *liens_format_date          (GDateTime *date);
char *liens_format_short_date    (GDateTime *date,
                                  GDateTime *now);
char *liens_format_time          (GDateTime *date);

G_END_DECLS
