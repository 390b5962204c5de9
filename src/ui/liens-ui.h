/* liens-ui.h: shared set-up of the user interface layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void liens_ui_ensure_resources (void);

G_END_DECLS
