/* liens-event-debrief.h: records whom the user met at an event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-editor-window.h"
#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_EVENT_DEBRIEF (liens_event_debrief_get_type ())

G_DECLARE_FINAL_TYPE (LiensEventDebrief, liens_event_debrief, LIENS, EVENT_DEBRIEF, LiensEditorWindow)

/* Emits "saved" (LiensEvent *) once liens_store_debrief_event() succeeded. */
GtkWidget *liens_event_debrief_new (GtkWindow  *parent,
                                    LiensStore *store,
                                    LiensEvent *event);

G_END_DECLS
