/* liens-ui.h: shared set-up of the user interface layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-contact-query.h"

G_BEGIN_DECLS

void liens_ui_ensure_resources (void);

void liens_ui_add_toast        (GtkWidget    *widget,
                                AdwToast     *toast,
                                AdwToast    **last_toast);
void liens_ui_add_error_toast  (GtkWidget    *widget,
                                const GError *error,
                                AdwToast    **last_toast);

void liens_ui_query_follow_day (LiensContactQuery *query);

G_END_DECLS
