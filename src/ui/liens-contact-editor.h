/* liens-contact-editor.h: the dialog that creates or edits a contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-editor-window.h"

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT_EDITOR (liens_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactEditor, liens_contact_editor, LIENS, CONTACT_EDITOR, LiensEditorWindow)

GtkWidget *liens_contact_editor_new                 (GtkWindow           *parent,
                                                     LiensStore          *store,
                                                     LiensContact        *contact);

/* What the photo chooser does with the chosen file; public for the tests. */
gboolean   liens_contact_editor_set_photo_from_file (LiensContactEditor  *self,
                                                     GFile               *file,
                                                     GError             **error);

G_END_DECLS
