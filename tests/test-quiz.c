/* test-quiz.c: the networking-profile quiz: its table, its scoring, the answer order,
 * the result titles and the profile guides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "liens-enum-names.h"
#include "liens-quiz.h"

#define SC LIENS_PROFILE_SUPER_CONNECTOR
#define ME LIENS_PROFILE_MENTOR
#define EX LIENS_PROFILE_EXPERT
#define RE LIENS_PROFILE_RESERVED

static const LiensProfile scored[] = { SC, ME, EX, RE };

/* A small table whose answers are not in profile order, so that scoring has to
 * follow each answer's profile rather than its index. */
static const LiensQuizQuestion small_quiz[] = {
  { "First", { { "a", SC }, { "b", ME }, { "c", EX }, { "d", RE } } },
  { "Second", { { "a", RE }, { "b", EX }, { "c", ME }, { "d", SC } } },
  { "Third", { { "a", ME }, { "b", RE }, { "c", SC }, { "d", EX } } },
};

/* The index, in @question's table order, of the answer for @profile. */
static guint
answer_for (const LiensQuizQuestion *question,
            LiensProfile             profile)
{
  for (guint a = 0; a < LIENS_QUIZ_N_ANSWERS; a++)
    {
      if (question->answers[a].profile == profile)
        return a;
    }

  g_assert_not_reached ();
}

/* The real table's questions as one array (liens_quiz_score() takes an array). */
static LiensQuizQuestion *
copy_real_table (guint *n_questions)
{
  guint n = liens_quiz_get_n_questions ();
  LiensQuizQuestion *copy = g_new (LiensQuizQuestion, n);

  for (guint i = 0; i < n; i++)
    copy[i] = *liens_quiz_get_question (i);

  *n_questions = n;
  return copy;
}

/* Scores the real table where question i was answered with profiles[i]
 * (LIENS_PROFILE_UNKNOWN: left unanswered). */
static LiensQuizResult *
score_profiles (const LiensProfile *profiles,
                guint               n_profiles)
{
  guint n;
  g_autofree LiensQuizQuestion *table = copy_real_table (&n);
  g_autofree guint *answers = g_new (guint, n);

  g_assert_cmpuint (n_profiles, <=, n);

  for (guint i = 0; i < n_profiles; i++)
    answers[i] = profiles[i] == LIENS_PROFILE_UNKNOWN ? LIENS_QUIZ_NO_ANSWER
                                                      : answer_for (&table[i], profiles[i]);

  return liens_quiz_score (table, n_profiles, answers, NULL);
}

static double
score_sum (LiensQuizResult *result)
{
  double sum = 0.0;

  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    sum += liens_quiz_result_get_score (result, scored[p]);

  return sum;
}

static void
test_quiz_small_patterns (void)
{
  g_autoptr(GDateTime) taken_at = g_date_time_new_utc (2026, 3, 14, 9, 30, 0);

  for (guint pattern = 0; pattern < 4 * 4 * 4; pattern++)
    {
      guint answers[3] = { pattern % 4, (pattern / 4) % 4, pattern / 16 };
      guint counts[RE + 1] = { 0, };
      LiensProfile expected_dominant = LIENS_PROFILE_UNKNOWN;
      LiensProfile expected_second = LIENS_PROFILE_UNKNOWN;
      g_autoptr(LiensQuizResult) result = NULL;

      for (guint q = 0; q < 3; q++)
        counts[small_quiz[q].answers[answers[q]].profile]++;

      /* The most picked, the first in enum order on a tie; with thirds, only a tie
       * is within the blend margin. */
      for (LiensProfile p = SC; p <= RE; p++)
        {
          if (expected_dominant == LIENS_PROFILE_UNKNOWN || counts[p] > counts[expected_dominant])
            expected_dominant = p;
        }
      for (LiensProfile p = SC; p <= RE; p++)
        {
          if (p != expected_dominant && counts[p] == counts[expected_dominant] &&
              expected_second == LIENS_PROFILE_UNKNOWN)
            expected_second = p;
        }

      result = liens_quiz_score (small_quiz, 3, answers, taken_at);

      g_assert_nonnull (result);
      g_assert_true (g_date_time_equal (liens_quiz_result_get_taken_at (result), taken_at));
      g_assert_cmpfloat_with_epsilon (score_sum (result), 1.0, 1e-12);
      for (LiensProfile p = SC; p <= RE; p++)
        g_assert_cmpfloat_with_epsilon (liens_quiz_result_get_score (result, p), counts[p] / 3.0, 1e-12);
      g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, expected_dominant);
      g_assert_cmpint (liens_quiz_result_get_second (result, LIENS_QUIZ_BLEND_MARGIN), ==, expected_second);
    }
}

static void
test_quiz_taken_at (void)
{
  g_autoptr(GDateTime) taken_at = g_date_time_new_utc (2026, 3, 14, 9, 30, 0);
  guint answers[3] = { 0, 1, 2 };
  g_autoptr(LiensQuizResult) result = liens_quiz_score (small_quiz, 3, answers, taken_at);

  g_assert_nonnull (liens_quiz_result_get_taken_at (result));
  g_assert_true (g_date_time_equal (liens_quiz_result_get_taken_at (result), taken_at));
  g_assert_cmpint (liens_quiz_result_get_id (result), ==, 0);
}

static void
test_quiz_single_profile (void)
{
  guint n = liens_quiz_get_n_questions ();

  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    {
      g_autofree LiensProfile *profiles = g_new (LiensProfile, n);
      g_autoptr(LiensQuizResult) result = NULL;

      for (guint i = 0; i < n; i++)
        profiles[i] = scored[p];

      result = score_profiles (profiles, n);

      for (guint o = 0; o < G_N_ELEMENTS (scored); o++)
        g_assert_cmpfloat (liens_quiz_result_get_score (result, scored[o]), ==, o == p ? 1.0 : 0.0);
      g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, scored[p]);
      g_assert_cmpint (liens_quiz_result_get_second (result, LIENS_QUIZ_BLEND_MARGIN), ==, LIENS_PROFILE_UNKNOWN);
    }
}

static void
test_quiz_ties (void)
{
  const LiensProfile all_four[] = { RE, EX, ME, SC };
  g_autoptr(LiensQuizResult) four_way = score_profiles (all_four, 4);

  /* Every 2-2 tie: the earlier profile in enum order dominates, the other is second. */
  for (guint a = 0; a < G_N_ELEMENTS (scored); a++)
    {
      for (guint b = a + 1; b < G_N_ELEMENTS (scored); b++)
        {
          const LiensProfile later_first[] = { scored[b], scored[a], scored[b], scored[a] };
          g_autoptr(LiensQuizResult) result = score_profiles (later_first, 4);

          g_assert_cmpfloat (liens_quiz_result_get_score (result, scored[a]), ==, 0.5);
          g_assert_cmpfloat (liens_quiz_result_get_score (result, scored[b]), ==, 0.5);
          g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, scored[a]);
          g_assert_cmpint (liens_quiz_result_get_second (result, LIENS_QUIZ_BLEND_MARGIN), ==, scored[b]);
          /* A tie is a gap of zero: a second even with no margin at all. */
          g_assert_cmpint (liens_quiz_result_get_second (result, 0.0), ==, scored[b]);
        }
    }

  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    g_assert_cmpfloat (liens_quiz_result_get_score (four_way, scored[p]), ==, 0.25);
  g_assert_cmpint (liens_quiz_result_get_dominant (four_way), ==, SC);
  g_assert_cmpint (liens_quiz_result_get_second (four_way, LIENS_QUIZ_BLEND_MARGIN), ==, ME);
}

static void
test_quiz_blend_margin (void)
{
  /* 6 mentor, 4 expert, 3 super connector, 3 reserved out of 16: 0.375 against 0.25,
   * a gap of exactly the margin. */
  const LiensProfile at_margin[] = { ME, EX, SC, ME, RE, EX, ME, SC, RE, ME, EX, SC, ME, RE, EX, ME };
  g_autoptr(LiensQuizResult) result = NULL;
  g_autoptr(LiensQuizResult) stored = liens_quiz_result_new ();

  g_assert_cmpuint (liens_quiz_get_n_questions (), >=, G_N_ELEMENTS (at_margin));

  result = score_profiles (at_margin, G_N_ELEMENTS (at_margin));
  g_assert_cmpfloat (liens_quiz_result_get_score (result, ME), ==, 0.375);
  g_assert_cmpfloat (liens_quiz_result_get_score (result, EX), ==, 0.25);
  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, ME);
  g_assert_cmpint (liens_quiz_result_get_second (result, LIENS_QUIZ_BLEND_MARGIN), ==, EX);

  /* Scores as they come back from the database: a gap that is the margin up to
   * rounding (0.55 - 0.425 is 0.12500000000000006 in binary) still counts… */
  liens_quiz_result_set_score (stored, EX, 0.55);
  liens_quiz_result_set_score (stored, RE, 0.425);
  liens_quiz_result_set_score (stored, SC, 0.025);
  g_assert_cmpint (liens_quiz_result_get_dominant (stored), ==, EX);
  g_assert_cmpint (liens_quiz_result_get_second (stored, LIENS_QUIZ_BLEND_MARGIN), ==, RE);

  /* …but a real gap over it does not. */
  liens_quiz_result_set_score (stored, RE, 0.42);
  g_assert_cmpint (liens_quiz_result_get_second (stored, LIENS_QUIZ_BLEND_MARGIN), ==, LIENS_PROFILE_UNKNOWN);
}

static void
test_quiz_just_over_margin (void)
{
  /* 6 mentor, 4 expert, 3 super connector, 2 reserved out of 15 answered: 6/15 against
   * 4/15 is 2/15 (0.133) apart, the smallest gap over the margin 16 questions allow. */
  const LiensProfile profiles[] = { ME, EX, SC, ME, RE, EX, ME, SC, ME, EX, SC, ME, RE, EX, ME, LIENS_PROFILE_UNKNOWN };
  g_autoptr(LiensQuizResult) result = score_profiles (profiles, G_N_ELEMENTS (profiles));

  g_assert_cmpfloat_with_epsilon (liens_quiz_result_get_score (result, ME), 6.0 / 15, 1e-12);
  g_assert_cmpfloat_with_epsilon (liens_quiz_result_get_score (result, EX), 4.0 / 15, 1e-12);
  g_assert_cmpfloat_with_epsilon (score_sum (result), 1.0, 1e-12);
  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, ME);
  g_assert_cmpint (liens_quiz_result_get_second (result, LIENS_QUIZ_BLEND_MARGIN), ==, LIENS_PROFILE_UNKNOWN);
}

static void
test_quiz_unanswered (void)
{
  guint n;
  g_autofree LiensQuizQuestion *table = copy_real_table (&n);
  g_autofree guint *answers = g_new (guint, n);
  g_autofree guint *only_answered = g_new (guint, n);
  g_autofree LiensQuizQuestion *answered_questions = g_new (LiensQuizQuestion, n);
  guint n_answered = 0;
  g_autoptr(LiensQuizResult) partial = NULL;
  g_autoptr(LiensQuizResult) compact = NULL;
  g_autoptr(LiensQuizResult) none = NULL;
  g_autoptr(LiensQuizResult) empty = NULL;

  /* Every third question unanswered; the others spread over the profiles. */
  for (guint i = 0; i < n; i++)
    {
      if (i % 3 == 0)
        {
          answers[i] = LIENS_QUIZ_NO_ANSWER;
          continue;
        }
      answers[i] = answer_for (&table[i], scored[(i * 7 / 5) % 4]);
      answered_questions[n_answered] = table[i];
      only_answered[n_answered] = answers[i];
      n_answered++;
    }

  partial = liens_quiz_score (table, n, answers, NULL);
  compact = liens_quiz_score (answered_questions, n_answered, only_answered, NULL);
  g_assert_cmpfloat_with_epsilon (score_sum (partial), 1.0, 1e-12);
  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    g_assert_cmpfloat (liens_quiz_result_get_score (partial, scored[p]), ==,
                       liens_quiz_result_get_score (compact, scored[p]));
  g_assert_cmpint (liens_quiz_result_get_dominant (partial), ==, liens_quiz_result_get_dominant (compact));

  for (guint i = 0; i < n; i++)
    answers[i] = LIENS_QUIZ_NO_ANSWER;
  none = liens_quiz_score (table, n, answers, NULL);
  empty = liens_quiz_score (table, 0, answers, NULL);

  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    {
      g_assert_cmpfloat (liens_quiz_result_get_score (none, scored[p]), ==, 0.0);
      g_assert_cmpfloat (liens_quiz_result_get_score (empty, scored[p]), ==, 0.0);
    }
  g_assert_cmpint (liens_quiz_result_get_dominant (none), ==, LIENS_PROFILE_UNKNOWN);
  g_assert_cmpint (liens_quiz_result_get_second (none, LIENS_QUIZ_BLEND_MARGIN), ==, LIENS_PROFILE_UNKNOWN);
  g_assert_cmpint (liens_quiz_result_get_dominant (empty), ==, LIENS_PROFILE_UNKNOWN);
}

static void
check_string (GHashTable *seen,
              const char *text)
{
  g_autofree char *stripped = NULL;

  g_assert_nonnull (text);
  stripped = g_strstrip (g_strdup (text));
  g_assert_cmpstr (stripped, !=, "");
  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (!g_hash_table_add (seen, (gpointer)text))
    g_error ("“%s” appears twice", text);
}

static void
test_quiz_table (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = liens_quiz_get_n_questions ();
  guint per_profile[RE + 1] = { 0, };

  g_assert_cmpuint (n, >=, 16);

  for (guint i = 0; i < n; i++)
    {
      const LiensQuizQuestion *question = liens_quiz_get_question (i);
      gboolean has[RE + 1] = { FALSE, };

      g_assert_nonnull (question);
      check_string (seen, question->situation);
      g_assert_true (g_str_has_suffix (question->situation, "…"));

      for (guint a = 0; a < LIENS_QUIZ_N_ANSWERS; a++)
        {
          LiensProfile profile = question->answers[a].profile;

          g_assert_cmpint (profile, >=, SC);
          g_assert_cmpint (profile, <=, RE);
          g_assert_false (has[profile]);
          has[profile] = TRUE;
          per_profile[profile]++;

          /* Listed in profile order, for reviewers. */
          g_assert_cmpint (profile, ==, scored[a]);

          check_string (seen, question->answers[a].text);
          g_assert_false (g_str_has_suffix (question->answers[a].text, "."));
        }
    }

  /* Every profile can reach the same maximum score. */
  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    g_assert_cmpuint (per_profile[scored[p]], ==, n);
}

static gboolean
is_permutation (const guint order[LIENS_QUIZ_N_ANSWERS])
{
  gboolean seen[LIENS_QUIZ_N_ANSWERS] = { FALSE, };

  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    {
      if (order[i] >= LIENS_QUIZ_N_ANSWERS || seen[order[i]])
        return FALSE;
      seen[order[i]] = TRUE;
    }

  return TRUE;
}

static void
test_quiz_shuffle (void)
{
  const guint32 seeds[] = { 0, 1, 2, 3, 42, 2026, 0xdeadbeef, G_MAXUINT32 };
  guint n = liens_quiz_get_n_questions ();
  g_autoptr(GHashTable) sequences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autofree guint *orders = g_new (guint, n * LIENS_QUIZ_N_ANSWERS);
      guint at_position[LIENS_QUIZ_N_ANSWERS][RE + 1] = { { 0, }, };
      g_autoptr(GString) sequence = g_string_new (NULL);

      for (guint q = 0; q < n; q++)
        {
          guint *order = &orders[q * LIENS_QUIZ_N_ANSWERS];
          guint again[LIENS_QUIZ_N_ANSWERS];

          liens_quiz_shuffle_answers (q, seeds[s], order);
          g_assert_true (is_permutation (order));

          liens_quiz_shuffle_answers (q, seeds[s], again);
          g_assert_cmpmem (order, sizeof again, again, sizeof again);

          for (guint earlier = 0; earlier < q; earlier++)
            g_assert_true (memcmp (order, &orders[earlier * LIENS_QUIZ_N_ANSWERS], sizeof again) != 0);

          for (guint pos = 0; pos < LIENS_QUIZ_N_ANSWERS; pos++)
            {
              at_position[pos][liens_quiz_get_question (q)->answers[order[pos]].profile]++;
              g_string_append_printf (sequence, "%u", order[pos]);
            }
        }

      /* No position always holds the same profile; in fact each profile sits at
       * each position equally often over the quiz. */
      for (guint pos = 0; pos < LIENS_QUIZ_N_ANSWERS; pos++)
        {
          for (LiensProfile p = SC; p <= RE; p++)
            {
              g_assert_cmpuint (at_position[pos][p], <, n);
              if (n % LIENS_QUIZ_N_ANSWERS == 0)
                g_assert_cmpuint (at_position[pos][p], ==, n / LIENS_QUIZ_N_ANSWERS);
            }
        }

      g_hash_table_add (sequences, g_string_free (g_steal_pointer (&sequence), FALSE));
    }

  /* Different seeds give different orders somewhere; these eight all differ. */
  g_assert_cmpuint (g_hash_table_size (sequences), ==, G_N_ELEMENTS (seeds));
}

static void
test_quiz_titles (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_null (liens_quiz_dup_result_title (LIENS_PROFILE_UNKNOWN, LIENS_PROFILE_UNKNOWN));
  g_assert_null (liens_quiz_dup_result_title (LIENS_PROFILE_UNKNOWN, ME));

  for (guint d = 0; d < G_N_ELEMENTS (scored); d++)
    {
      g_autofree char *plain = liens_quiz_dup_result_title (scored[d], LIENS_PROFILE_UNKNOWN);

      g_assert_cmpstr (plain, ==, liens_profile_get_display_name (scored[d]));
      g_assert_true (g_hash_table_add (seen, g_steal_pointer (&plain)));

      for (guint s = 0; s < G_N_ELEMENTS (scored); s++)
        {
          g_autofree char *title = NULL;
          g_autofree char *lower_second = NULL;

          if (s == d)
            continue;

          title = liens_quiz_dup_result_title (scored[d], scored[s]);
          g_assert_nonnull (title);

          /* In English: the dominant profile's name first, then the second's. */
          g_assert_true (g_str_has_prefix (title, liens_profile_get_display_name (scored[d])));
          lower_second = g_ascii_strdown (liens_profile_get_display_name (scored[s]), -1);
          g_assert_nonnull (strstr (title + strlen (liens_profile_get_display_name (scored[d])), lower_second));

          g_assert_true (g_hash_table_add (seen, g_steal_pointer (&title)));
        }
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, 16);
}

/* The guide's events text names every kind of event the profile is suited to, and
 * no other. */
static const struct {
  LiensEventKind  kind;
  const char     *word;
} event_words[] = {
  { LIENS_EVENT_KIND_CONFERENCE, "conference" },
  { LIENS_EVENT_KIND_TRADE_SHOW, "trade show" },
  { LIENS_EVENT_KIND_BUSINESS_BREAKFAST, "breakfast" },
  { LIENS_EVENT_KIND_AFTERWORK, "afterwork" },
  { LIENS_EVENT_KIND_WORKSHOP, "workshop" },
  { LIENS_EVENT_KIND_SPORT, "sport" },
  { LIENS_EVENT_KIND_CULTURE, "cultur" },
  { LIENS_EVENT_KIND_ONLINE, "online" },
};

static void
test_quiz_guides (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_null (liens_profile_get_guide (LIENS_PROFILE_UNKNOWN));

  for (guint p = 0; p < G_N_ELEMENTS (scored); p++)
    {
      const LiensProfileGuide *guide = liens_profile_get_guide (scored[p]);
      g_autofree char *events = NULL;
      guint n_suited = 0;

      g_assert_nonnull (guide);
      g_assert_cmpint (guide->profile, ==, scored[p]);

      check_string (seen, guide->summary);
      check_string (seen, guide->description);
      for (guint i = 0; i < G_N_ELEMENTS (guide->strengths); i++)
        check_string (seen, guide->strengths[i]);
      for (guint i = 0; i < G_N_ELEMENTS (guide->pitfalls); i++)
        check_string (seen, guide->pitfalls[i]);
      check_string (seen, guide->events);
      check_string (seen, guide->follow_up);
      check_string (seen, guide->helping);

      events = g_utf8_strdown (guide->events, -1);
      for (guint k = 0; k < G_N_ELEMENTS (event_words); k++)
        {
          gboolean suits = liens_profile_suits_event_kind (scored[p], event_words[k].kind);

          if (suits != (strstr (events, event_words[k].word) != NULL))
            g_error ("%s: suits “%s” is %d, but the guide says otherwise",
                     liens_profile_get_display_name (scored[p]), event_words[k].word, suits);
          n_suited += suits;
        }

      g_assert_cmpuint (n_suited, >=, 1);
      g_assert_false (liens_profile_suits_event_kind (scored[p], LIENS_EVENT_KIND_OTHER));
    }

  for (guint k = 0; k < G_N_ELEMENTS (event_words); k++)
    g_assert_false (liens_profile_suits_event_kind (LIENS_PROFILE_UNKNOWN, event_words[k].kind));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LIENS_LOCALEDIR");

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/quiz/score/small-patterns", test_quiz_small_patterns);
  g_test_add_func ("/quiz/score/taken-at", test_quiz_taken_at);
  g_test_add_func ("/quiz/score/single-profile", test_quiz_single_profile);
  g_test_add_func ("/quiz/score/ties", test_quiz_ties);
  g_test_add_func ("/quiz/score/blend-margin", test_quiz_blend_margin);
  g_test_add_func ("/quiz/score/just-over-margin", test_quiz_just_over_margin);
  g_test_add_func ("/quiz/score/unanswered", test_quiz_unanswered);
  g_test_add_func ("/quiz/table", test_quiz_table);
  g_test_add_func ("/quiz/shuffle", test_quiz_shuffle);
  g_test_add_func ("/quiz/titles", test_quiz_titles);
  g_test_add_func ("/quiz/guides", test_quiz_guides);

  return g_test_run ();
}
