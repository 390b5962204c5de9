/* liens-import-dialog.h: what importing a file would do, then doing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_IMPORT_DIALOG (liens_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiensImportDialog, liens_import_dialog, LIENS, IMPORT_DIALOG, AdwWindow)

/* Emits "events-read" (GPtrArray of LiensEvent) when @file is a calendar, for the events
 * page to confirm, and "finished" once the import is done, cancelled or failed. */
GtkWidget       *liens_import_dialog_new        (GtkWindow         *parent,
                                                 LiensStore        *store,
                                                 GFile             *file);
GFile           *liens_import_dialog_get_file   (LiensImportDialog *self);
const char      *liens_import_dialog_get_state  (LiensImportDialog *self);
LiensImportPlan *liens_import_dialog_get_plan   (LiensImportDialog *self);

G_END_DECLS
