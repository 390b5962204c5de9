/* liens-encounter-editor.h: the dialog that logs or edits an encounter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-editor-window.h"

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_ENCOUNTER_EDITOR (liens_encounter_editor_get_type ())

G_DECLARE_FINAL_TYPE (LiensEncounterEditor, liens_encounter_editor, LIENS, ENCOUNTER_EDITOR, LiensEditorWindow)

GtkWidget *liens_encounter_editor_new (GtkWindow      *parent,
                                       LiensStore     *store,
                                       LiensEncounter *encounter,
                                       gint64          contact_id);

G_END_DECLS
