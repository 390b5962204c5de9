/* liens-profile-result.h: a quiz result: the profile, its scores and how to network with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-model.h"

G_BEGIN_DECLS

#define LIENS_TYPE_PROFILE_RESULT (liens_profile_result_get_type ())

G_DECLARE_FINAL_TYPE (LiensProfileResult, liens_profile_result, LIENS, PROFILE_RESULT, GtkWidget)

GtkWidget       *liens_profile_result_new        (void);

LiensQuizResult *liens_profile_result_get_result (LiensProfileResult *self);
void             liens_profile_result_set_result (LiensProfileResult *self,
                                                  LiensQuizResult    *result);

char            *liens_profile_result_dup_title  (LiensQuizResult    *result);

G_END_DECLS
