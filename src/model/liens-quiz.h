/* liens-quiz.h: the networking-profile quiz: its questions, its scoring and what each
 * profile is advised to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-enums.h"
#include "liens-quiz-result.h"

G_BEGIN_DECLS

/* The number of profiles a question offers: one answer for each scored profile. */
#define LIENS_QUIZ_N_ANSWERS 4

/* An answer index meaning "not answered yet". */
#define LIENS_QUIZ_NO_ANSWER G_MAXUINT

/* The runner-up is shown beside the dominant profile (a blended result) when its score
 * is at most this far below the dominant one. Scores are shares between 0 and 1.
 *
 * Tie rule: when scores tie, liens_quiz_result_get_dominant() picks the first profile
 * in enum order (super connector, mentor, expert, reserved), and the tied runner-up is
 * always reported by liens_quiz_result_get_second() as the close second (a gap of 0).
 * Gaps are compared with a tiny tolerance, so a gap of exactly the margin (3/8 - 2/8
 * against 1/8) is within it. */
#define LIENS_QUIZ_BLEND_MARGIN 0.125

/* The strings of the question table and of the guides are untranslated (marked for
 * xgettext in liens-quiz.c): show them through gettext. */
typedef struct
{
  const char   *text;
  LiensProfile  profile;
} LiensQuizAnswer;

typedef struct
{
  const char      *situation;                        /* untranslated */
  LiensQuizAnswer  answers[LIENS_QUIZ_N_ANSWERS];    /* one per scored profile */
} LiensQuizQuestion;

typedef struct
{
  LiensProfile  profile;
  const char   *summary;        /* one sentence */
  const char   *description;    /* a paragraph */
  const char   *strengths[3];
  const char   *pitfalls[3];
  const char   *events;         /* which events suit this profile */
  const char   *follow_up;      /* how to follow up */
  const char   *helping;        /* how this profile helps others best */
} LiensProfileGuide;

/* The questions list their answers in profile order; liens_quiz_shuffle_answers()
 * gives the order to show them in: order[position] is an index into the question's
 * answers. It is the same for the same question and seed, differs between questions,
 * and over the quiz each profile takes each position equally often. */
guint                     liens_quiz_get_n_questions    (void);
const LiensQuizQuestion  *liens_quiz_get_question       (guint                     index);

void                      liens_quiz_shuffle_answers    (guint                     question,
                                                         guint32                   seed,
                                                         guint                     order[LIENS_QUIZ_N_ANSWERS]);

/* answers[i] indexes questions[i].answers (table order), or is LIENS_QUIZ_NO_ANSWER:
 * each profile's score is the share of answered questions that chose it. */
LiensQuizResult          *liens_quiz_score              (const LiensQuizQuestion  *questions,
                                                         guint                     n_questions,
                                                         const guint              *answers,
                                                         GDateTime                *taken_at);

char                     *liens_quiz_dup_result_title   (LiensProfile              dominant,
                                                         LiensProfile              second);

const LiensProfileGuide  *liens_profile_get_guide       (LiensProfile              profile);
gboolean                  liens_profile_suits_event_kind (LiensProfile             profile,
                                                          LiensEventKind           kind);

G_END_DECLS
