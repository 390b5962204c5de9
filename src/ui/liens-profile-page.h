/* liens-profile-page.h: the user's own networking profile and its quiz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_PROFILE_PAGE (liens_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensProfilePage, liens_profile_page, LIENS, PROFILE_PAGE, GtkWidget)

GtkWidget  *liens_profile_page_new       (void);

LiensStore *liens_profile_page_get_store (LiensProfilePage *self);
void        liens_profile_page_set_store (LiensProfilePage *self,
                                          LiensStore       *store);

char       *liens_profile_page_dup_movement (LiensQuizResult *result,
                                             LiensQuizResult *previous);

G_END_DECLS
