/* liens-quiz-result.c: the outcome of one networking-profile self-assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-quiz-result.h"
#include "liens-model-private.h"

struct _LiensQuizResult
{
  GObject    parent_instance;

  gint64     id;
  GDateTime *taken_at;

  /* Indexed by LiensProfile; the UNKNOWN slot stays at zero. */
  double     scores[LIENS_PROFILE_RESERVED + 1];
};

G_DEFINE_FINAL_TYPE (LiensQuizResult, liens_quiz_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TAKEN_AT,
  PROP_SCORE_SUPER_CONNECTOR,
  PROP_SCORE_MENTOR,
  PROP_SCORE_EXPERT,
  PROP_SCORE_RESERVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define IS_SCORED_PROFILE(p) ((p) >= LIENS_PROFILE_SUPER_CONNECTOR && (p) <= LIENS_PROFILE_RESERVED)

static GParamSpec *
score_pspec (LiensProfile profile)
{
  return properties[PROP_SCORE_SUPER_CONNECTOR + (profile - LIENS_PROFILE_SUPER_CONNECTOR)];
}

/* Scores are shares such as 3/8 computed in floating point: differences this small
 * are rounding, not a real gap, so such scores count as tied and a gap of exactly
 * the margin stays within it.
 */
#define SCORE_EPSILON 1e-9

/* The highest score above zero other than @skip; ties (within SCORE_EPSILON) go to
 * the first profile in enum order: super connector, mentor, expert, reserved.
 */
static LiensProfile
find_best (LiensQuizResult *self,
           LiensProfile     skip)
{
  LiensProfile best = LIENS_PROFILE_UNKNOWN;
  double best_score = 0.0;

  for (LiensProfile p = LIENS_PROFILE_SUPER_CONNECTOR; p <= LIENS_PROFILE_RESERVED; p++)
    {
      if (p != skip && self->scores[p] > best_score + SCORE_EPSILON)
        {
          best = p;
          best_score = self->scores[p];
        }
    }

  return best;
}

static void
liens_quiz_result_finalize (GObject *object)
{
  LiensQuizResult *self = (LiensQuizResult *)object;

  g_clear_pointer (&self->taken_at, g_date_time_unref);

  G_OBJECT_CLASS (liens_quiz_result_parent_class)->finalize (object);
}

static void
liens_quiz_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiensQuizResult *self = LIENS_QUIZ_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_quiz_result_get_id (self));
      break;

    case PROP_TAKEN_AT:
      g_value_set_boxed (value, liens_quiz_result_get_taken_at (self));
      break;

    case PROP_SCORE_SUPER_CONNECTOR:
      g_value_set_double (value, self->scores[LIENS_PROFILE_SUPER_CONNECTOR]);
      break;

    case PROP_SCORE_MENTOR:
      g_value_set_double (value, self->scores[LIENS_PROFILE_MENTOR]);
      break;

    case PROP_SCORE_EXPERT:
      g_value_set_double (value, self->scores[LIENS_PROFILE_EXPERT]);
      break;

    case PROP_SCORE_RESERVED:
      g_value_set_double (value, self->scores[LIENS_PROFILE_RESERVED]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_quiz_result_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiensQuizResult *self = LIENS_QUIZ_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_quiz_result_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TAKEN_AT:
      liens_quiz_result_set_taken_at (self, g_value_get_boxed (value));
      break;

    case PROP_SCORE_SUPER_CONNECTOR:
      liens_quiz_result_set_score (self, LIENS_PROFILE_SUPER_CONNECTOR, g_value_get_double (value));
      break;

    case PROP_SCORE_MENTOR:
      liens_quiz_result_set_score (self, LIENS_PROFILE_MENTOR, g_value_get_double (value));
      break;

    case PROP_SCORE_EXPERT:
      liens_quiz_result_set_score (self, LIENS_PROFILE_EXPERT, g_value_get_double (value));
      break;

    case PROP_SCORE_RESERVED:
      liens_quiz_result_set_score (self, LIENS_PROFILE_RESERVED, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_quiz_result_class_init (LiensQuizResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_quiz_result_finalize;
  object_class->get_property = liens_quiz_result_get_property;
  object_class->set_property = liens_quiz_result_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAKEN_AT] =
    g_param_spec_boxed ("taken-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORE_SUPER_CONNECTOR] =
    g_param_spec_double ("score-super-connector", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORE_MENTOR] =
    g_param_spec_double ("score-mentor", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORE_EXPERT] =
    g_param_spec_double ("score-expert", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORE_RESERVED] =
    g_param_spec_double ("score-reserved", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_quiz_result_init (LiensQuizResult *self)
{
}

/**
 * liens_quiz_result_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensQuizResult
 */
LiensQuizResult *
liens_quiz_result_new (void)
{
  return g_object_new (LIENS_TYPE_QUIZ_RESULT, NULL);
}

gint64
liens_quiz_result_get_id (LiensQuizResult *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (self), 0);

  return self->id;
}

void
liens_quiz_result_set_id (LiensQuizResult *self,
                          gint64           id)
{
  g_return_if_fail (LIENS_IS_QUIZ_RESULT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GDateTime *
liens_quiz_result_get_taken_at (LiensQuizResult *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (self), NULL);

  return self->taken_at;
}

void
liens_quiz_result_set_taken_at (LiensQuizResult *self,
                                GDateTime       *taken_at)
{
  g_return_if_fail (LIENS_IS_QUIZ_RESULT (self));

  if (!liens_set_date_time (&self->taken_at, taken_at))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_AT]);
}

/**
 * liens_quiz_result_get_score:
 * @self: a #LiensQuizResult
 * @profile: a profile other than %LIENS_PROFILE_UNKNOWN
 *
 * Returns: the score of @profile, as stored by the quiz (a fraction or raw points)
 */
double
liens_quiz_result_get_score (LiensQuizResult *self,
                             LiensProfile     profile)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (self), 0.0);
  g_return_val_if_fail (IS_SCORED_PROFILE (profile), 0.0);

  return self->scores[profile];
}

void
liens_quiz_result_set_score (LiensQuizResult *self,
                             LiensProfile     profile,
                             double           score)
{
  g_return_if_fail (LIENS_IS_QUIZ_RESULT (self));
  g_return_if_fail (IS_SCORED_PROFILE (profile));
  g_return_if_fail (score >= 0.0);

  if (self->scores[profile] == score)
    return;

  self->scores[profile] = score;
  g_object_notify_by_pspec (G_OBJECT (self), score_pspec (profile));
}

/**
 * liens_quiz_result_get_dominant:
 * @self: a #LiensQuizResult
 *
 * Returns: the profile with the highest score, the first in enum order (super
 *   connector, mentor, expert, reserved) on a tie, or %LIENS_PROFILE_UNKNOWN when
 *   every score is zero
 */
LiensProfile
liens_quiz_result_get_dominant (LiensQuizResult *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (self), LIENS_PROFILE_UNKNOWN);

  return find_best (self, LIENS_PROFILE_UNKNOWN);
}

/**
 * liens_quiz_result_get_second:
 * @self: a #LiensQuizResult
 * @margin: the largest gap, in score units, for the runner-up to count
 *
 * A close second profile is worth showing beside the dominant one. When two
 * profiles tie for the highest score, the one later in enum order is the second
 * (a gap of zero), whatever @margin.
 *
 * Returns: the runner-up when it scored above zero and within @margin of the
 *   dominant profile, else %LIENS_PROFILE_UNKNOWN
 */
LiensProfile
liens_quiz_result_get_second (LiensQuizResult *self,
                              double           margin)
{
  LiensProfile dominant;
  LiensProfile second;

  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (self), LIENS_PROFILE_UNKNOWN);
  g_return_val_if_fail (margin >= 0.0, LIENS_PROFILE_UNKNOWN);

  dominant = find_best (self, LIENS_PROFILE_UNKNOWN);
  if (dominant == LIENS_PROFILE_UNKNOWN)
    return LIENS_PROFILE_UNKNOWN;

  second = find_best (self, dominant);
  if (second == LIENS_PROFILE_UNKNOWN ||
      self->scores[dominant] - self->scores[second] > margin + SCORE_EPSILON)
    return LIENS_PROFILE_UNKNOWN;

  return second;
}
