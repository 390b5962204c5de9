/* liens-command-line.h: the headless commands (--import, --export-vcard, --export-ics, --backup).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-vcard.h"

G_BEGIN_DECLS

/**
 * LiensExitStatus:
 * @LIENS_EXIT_OK: the command did what was asked
 * @LIENS_EXIT_FAILED: bad input, a file that cannot be read or written, a wrong use of
 *   the options; the database is unchanged
 * @LIENS_EXIT_DATABASE: the database cannot be opened (or, for an export or a backup,
 *   does not exist)
 *
 * The exit status of `liens` when it runs a command without a window.
 */
typedef enum
{
  LIENS_EXIT_OK = 0,
  LIENS_EXIT_FAILED = 1,
  LIENS_EXIT_DATABASE = 2,
} LiensExitStatus;

LiensExitStatus liens_command_line_import       (const char        *database_path,
                                                 const char        *file);
LiensExitStatus liens_command_line_export_vcard (const char        *database_path,
                                                 const char        *file,
                                                 LiensVCardVersion  version);
LiensExitStatus liens_command_line_export_ics   (const char        *database_path,
                                                 const char        *file);
LiensExitStatus liens_command_line_backup       (const char        *database_path,
                                                 const char        *file);

G_END_DECLS
