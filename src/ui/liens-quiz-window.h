/* liens-quiz-window.h: the networking-profile quiz, one situation at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_QUIZ_WINDOW (liens_quiz_window_get_type ())

G_DECLARE_FINAL_TYPE (LiensQuizWindow, liens_quiz_window, LIENS, QUIZ_WINDOW, AdwWindow)

GtkWidget       *liens_quiz_window_new            (GtkWindow       *parent,
                                                   LiensStore      *store);

guint32          liens_quiz_window_get_seed       (LiensQuizWindow *self);
int              liens_quiz_window_get_question   (LiensQuizWindow *self);
guint            liens_quiz_window_get_answer     (LiensQuizWindow *self,
                                                   guint            question);
LiensQuizResult *liens_quiz_window_get_result     (LiensQuizWindow *self);

G_END_DECLS
