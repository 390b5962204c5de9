/* liens-window.h: the main window, with its four views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-application.h"
#include "liens-store.h"
#include "liens-vcard.h"

G_BEGIN_DECLS

#define LIENS_TYPE_WINDOW (liens_window_get_type ())

G_DECLARE_FINAL_TYPE (LiensWindow, liens_window, LIENS, WINDOW, AdwApplicationWindow)

GtkWidget  *liens_window_new        (LiensApplication *app,
                                     LiensStore       *store);
LiensStore *liens_window_get_store  (LiensWindow      *self);
void        liens_window_add_toast  (LiensWindow      *self,
                                     AdwToast         *toast);
gboolean    liens_window_shows_contacts (GtkWidget      *window);
void        liens_window_show_error (LiensWindow      *self,
                                     const char       *message,
                                     const char       *path);

void        liens_window_import_file           (LiensWindow       *self,
                                                GFile             *file);
void        liens_window_export_contacts       (LiensWindow       *self,
                                                GFile             *file,
                                                LiensVCardVersion  version,
                                                const gint64      *ids,
                                                gsize              n_ids);
void        liens_window_back_up_to_file       (LiensWindow       *self,
                                                GFile             *file);
void        liens_window_restore_from_file     (LiensWindow       *self,
                                                GFile             *file);
gboolean    liens_window_restore_latest_backup (LiensWindow       *self,
                                                GError           **error);

G_END_DECLS
