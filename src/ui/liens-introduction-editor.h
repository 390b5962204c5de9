/* liens-introduction-editor.h: the dialog that records or edits an introduction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-editor-window.h"

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_INTRODUCTION_EDITOR (liens_introduction_editor_get_type ())

G_DECLARE_FINAL_TYPE (LiensIntroductionEditor, liens_introduction_editor, LIENS, INTRODUCTION_EDITOR, LiensEditorWindow)

GtkWidget *liens_introduction_editor_new (GtkWindow         *parent,
                                          LiensStore        *store,
                                          LiensIntroduction *introduction,
                                          gint64             contact_id);

G_END_DECLS
