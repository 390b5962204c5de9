/* liens-icalendar.h: events to and from iCalendar (RFC 5545) files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-event.h"

G_BEGIN_DECLS

#define LIENS_ICALENDAR_ERROR (liens_icalendar_error_quark ())

/**
 * LiensICalendarError:
 * @LIENS_ICALENDAR_ERROR_INVALID: the data is not iCalendar, or cannot be parsed
 * @LIENS_ICALENDAR_ERROR_EMPTY: the calendar holds no event
 */
typedef enum
{
  LIENS_ICALENDAR_ERROR_INVALID,
  LIENS_ICALENDAR_ERROR_EMPTY,
} LiensICalendarError;

GQuark     liens_icalendar_error_quark (void);

char      *liens_icalendar_export      (LiensEvent * const  *events,
                                        guint                n_events,
                                        GDateTime           *now,
                                        GError             **error);
GPtrArray *liens_icalendar_import      (const char          *data,
                                        gsize                length,
                                        GError             **error);

G_END_DECLS
