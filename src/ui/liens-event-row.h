/* liens-event-row.h: one event in the list of events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_EVENT_ROW (liens_event_row_get_type ())

G_DECLARE_FINAL_TYPE (LiensEventRow, liens_event_row, LIENS, EVENT_ROW, GtkWidget)

GtkWidget  *liens_event_row_new         (void);

LiensEvent *liens_event_row_get_event   (LiensEventRow *self);
void        liens_event_row_set_event   (LiensEventRow *self,
                                         LiensStore    *store,
                                         LiensEvent    *event);

void        liens_event_row_set_profile (LiensEventRow *self,
                                         LiensProfile   profile);

const char *liens_event_row_get_heading (LiensEventRow *self);
void        liens_event_row_set_heading (LiensEventRow *self,
                                         const char    *heading);

G_END_DECLS
