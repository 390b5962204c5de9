/* liens-event-groups.h: the headings of the events page, from "This Week" to "Past Events".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-event.h"

G_BEGIN_DECLS

typedef enum {
  LIENS_EVENT_GROUP_THIS_WEEK,
  LIENS_EVENT_GROUP_NEXT_WEEK,
  LIENS_EVENT_GROUP_THIS_MONTH,
  LIENS_EVENT_GROUP_LATER,
  LIENS_EVENT_GROUP_PAST,
} LiensEventGroup;

GDateWeekday     liens_get_first_weekday            (void);

LiensEventGroup  liens_event_group_for_start        (GDateTime       *start,
                                                     GDateTime       *now,
                                                     GDateWeekday     first_weekday);
LiensEventGroup  liens_event_group_for_event        (LiensEvent      *event,
                                                     GDateTime       *now,
                                                     GDateWeekday     first_weekday);
const char      *liens_event_group_get_title        (LiensEventGroup  group);

G_END_DECLS
