/* liens-quiz-result.h: the outcome of one networking-profile self-assessment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

#define LIENS_TYPE_QUIZ_RESULT (liens_quiz_result_get_type ())

G_DECLARE_FINAL_TYPE (LiensQuizResult, liens_quiz_result, LIENS, QUIZ_RESULT, GObject)

LiensQuizResult *liens_quiz_result_new          (void);

gint64           liens_quiz_result_get_id       (LiensQuizResult *self);
void             liens_quiz_result_set_id       (LiensQuizResult *self,
                                                 gint64           id);

GDateTime       *liens_quiz_result_get_taken_at (LiensQuizResult *self);
void             liens_quiz_result_set_taken_at (LiensQuizResult *self,
                                                 GDateTime       *taken_at);

double           liens_quiz_result_get_score    (LiensQuizResult *self,
                                                 LiensProfile     profile);
void             liens_quiz_result_set_score    (LiensQuizResult *self,
                                                 LiensProfile     profile,
                                                 double           score);
LiensProfile     liens_quiz_result_get_dominant (LiensQuizResult *self);
LiensProfile     liens_quiz_result_get_second   (LiensQuizResult *self,
                                                 double           margin);

G_END_DECLS
