/* liens-profile-chart.h: the four scores of a quiz result, as horizontal bars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-model.h"

G_BEGIN_DECLS

#define LIENS_TYPE_PROFILE_CHART (liens_profile_chart_get_type ())

G_DECLARE_FINAL_TYPE (LiensProfileChart, liens_profile_chart, LIENS, PROFILE_CHART, GtkWidget)

GtkWidget       *liens_profile_chart_new        (void);

LiensQuizResult *liens_profile_chart_get_result (LiensProfileChart *self);
void             liens_profile_chart_set_result (LiensProfileChart *self,
                                                 LiensQuizResult   *result);

char            *liens_profile_chart_dup_description (LiensQuizResult *result);
char            *liens_profile_chart_format_score    (double           share);

G_END_DECLS
