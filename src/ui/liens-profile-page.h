/* liens-profile-page.h: the user's own networking profile and its quiz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIENS_TYPE_PROFILE_PAGE (liens_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensProfilePage, liens_profile_page, LIENS, PROFILE_PAGE, GtkWidget)

GtkWidget *liens_profile_page_new (void);

G_END_DECLS
