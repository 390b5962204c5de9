/* liens-timeline-row.h: one encounter or introduction in the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-model.h"
#include "liens-timeline-people.h"

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_ROW (liens_timeline_row_get_type ())

G_DECLARE_FINAL_TYPE (LiensTimelineRow, liens_timeline_row, LIENS, TIMELINE_ROW, GtkWidget)

GtkWidget  *liens_timeline_row_new          (void);

GObject    *liens_timeline_row_get_item     (LiensTimelineRow    *self);
void        liens_timeline_row_set_item     (LiensTimelineRow    *self,
                                             GObject             *item);
void        liens_timeline_row_set_people   (LiensTimelineRow    *self,
                                             LiensTimelinePeople *people);
const char *liens_timeline_row_get_day      (LiensTimelineRow    *self);
void        liens_timeline_row_set_day      (LiensTimelineRow    *self,
                                             const char          *day);

void        liens_timeline_row_popup_menu   (LiensTimelineRow    *self);

const char *liens_timeline_kind_get_icon_name (LiensEncounterKind kind);

G_END_DECLS
