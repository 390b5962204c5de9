/* liens-editor-window.h: the base of the editors: never lose what the user typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIENS_TYPE_EDITOR_WINDOW (liens_editor_window_get_type ())

G_DECLARE_DERIVABLE_TYPE (LiensEditorWindow, liens_editor_window, LIENS, EDITOR_WINDOW, AdwWindow)

struct _LiensEditorWindowClass
{
  AdwWindowClass parent_class;

  /* Everything the user can change, as one string: what closing would lose. */
  char       *(*dup_form_state)      (LiensEditorWindow *self);
  /* Why discarding matters, e.g. "This new contact will not be saved." */
  const char *(*get_discard_message) (LiensEditorWindow *self);
};

void     liens_editor_window_remember_form (LiensEditorWindow *self);
gboolean liens_editor_window_is_modified   (LiensEditorWindow *self);
void     liens_editor_window_show_error    (LiensEditorWindow *self,
                                            const char        *heading,
                                            const char        *message);
void     liens_editor_window_close_saved   (LiensEditorWindow *self);

G_END_DECLS
