/* liens-event-editor.h: creates or edits an event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-editor-window.h"
#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_EVENT_EDITOR (liens_event_editor_get_type ())

G_DECLARE_FINAL_TYPE (LiensEventEditor, liens_event_editor, LIENS, EVENT_EDITOR, LiensEditorWindow)

/* @event: the event to edit, or %NULL for a new one. Emits "saved" (LiensEvent *). */
GtkWidget *liens_event_editor_new (GtkWindow  *parent,
                                   LiensStore *store,
                                   LiensEvent *event);

G_END_DECLS
