/* test-quiz-window.c: the networking-profile quiz as a user takes it with the keyboard,
 * the My Profile page it fills, and the events it marks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "liens-application.h"
#include "liens-event-row.h"
#include "liens-profile-chart.h"
#include "liens-profile-page.h"
#include "liens-profile-result.h"
#include "liens-quiz.h"
#include "liens-quiz-window.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

static LiensApplication *app;

typedef struct
{
  char *dir;
  LiensStore *store;
  LiensWindow *window;
} Fixture;

/* Grows @window by the frame Xvfb draws around it, so that its content has the size asked for. */
static void
set_window_size (GtkWidget *window,
                 int        width,
                 int        height)
{
  GdkSurface *surface;
  int frame_width;
  int frame_height;

  gtk_widget_set_size_request (window, width, height);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  liens_test_wait_for_frame (window);

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  frame_width = gdk_surface_get_width (surface) - gtk_widget_get_width (window);
  frame_height = gdk_surface_get_height (surface) - gtk_widget_get_height (window);
  if (frame_width > 0 || frame_height > 0)
    {
      gtk_widget_set_size_request (window, width + frame_width, height + frame_height);
      gtk_window_set_default_size (GTK_WINDOW (window), width + frame_width, height + frame_height);
    }

  liens_test_iterate ();
  liens_test_wait_for_frame (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window;

  fixture->dir = liens_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "liens.db", NULL);
  fixture->store = liens_store_new (path, &error);
  g_assert_no_error (error);

  window = liens_window_new (app, fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (window);
  fixture->window = LIENS_WINDOW (window);

  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "profile"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    liens_test_destroy_window (GTK_WINDOW (fixture->window));
  liens_test_iterate ();
  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static LiensQuizWindow *
find_quiz_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (LIENS_IS_QUIZ_WINDOW (toplevel))
        return LIENS_QUIZ_WINDOW (toplevel);
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static LiensQuizWindow *
open_quiz (Fixture *fixture)
{
  LiensQuizWindow *quiz;

  g_assert_null (find_quiz_window ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.take-quiz", NULL));
  quiz = find_quiz_window ();
  g_assert_nonnull (quiz);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (quiz)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (quiz)));
  liens_test_wait_for_mapped (GTK_WIDGET (quiz));

  return quiz;
}

static void
button_clicked_cb (GtkButton *button,
                   gboolean  *clicked)
{
  *clicked = TRUE;
}

static void
wait_for_button (GtkWidget *button)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  gboolean clicked = FALSE;
  gulong handler;

  g_object_ref (button);
  handler = g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), &clicked);
  while (!clicked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (button, handler);
  g_object_unref (button);

  g_assert_true (clicked);
}

/* Whether one of @widget's shortcut controllers of @phase handles @keyval with @modifiers:
 * it then activates its action on @widget, as GTK does for a key event. */
static gboolean
dispatch_to_controllers (GtkWidget           *widget,
                         GtkPropagationPhase  phase,
                         GtkShortcutTrigger  *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            continue;

          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            {
              /* A button activated from the keyboard clicks once its pressed look is seen. */
              if (GTK_IS_BUTTON (widget))
                wait_for_button (widget);
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* GTK 4.8 cannot synthesize a key event. This follows its route instead: from the window
 * down to the focus widget through the capture-phase shortcut controllers, then back up
 * through the bubble-phase ones (the class key bindings among them), and activates the
 * first shortcut bound to the key, exactly as GtkShortcutController would.
 * Returns whether something handled the key. */
static gboolean
press_key (GtkWidget       *window,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean handled = FALSE;

  for (GtkWidget *w = focus != NULL ? focus : window; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (guint i = 0; i < chain->len && !handled; i++)
    handled = dispatch_to_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, trigger);
  for (guint i = chain->len; i > 0 && !handled; i--)
    handled = dispatch_to_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE, trigger);

  liens_test_iterate ();

  return handled;
}

/* Below the header bar: its close button is GTK's own, named but without a tooltip. */
static void
assert_quiz_named (LiensQuizWindow *quiz)
{
  liens_test_assert_widgets_are_named (liens_test_find_widget (GTK_WIDGET (quiz),
                                                               GTK_TYPE_STACK, NULL));
}

static GtkWidget *
find_profile_page (Fixture *fixture)
{
  return liens_test_find_widget (GTK_WIDGET (fixture->window), LIENS_TYPE_PROFILE_PAGE, NULL);
}

/* The result the first result view below @root shows. */
static LiensQuizResult *
get_shown_result (GtkWidget *root)
{
  GtkWidget *view = liens_test_find_widget (root, LIENS_TYPE_PROFILE_RESULT, NULL);

  g_assert_nonnull (view);

  return liens_profile_result_get_result (LIENS_PROFILE_RESULT (view));
}

static GtkWidget *
find_history (GtkWidget *page)
{
  g_autoptr(GPtrArray) lists = liens_test_find_all_widgets (page, GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "profile-history"))
      return g_ptr_array_index (lists, i);

  g_assert_not_reached ();
}

static const char *
get_visible_page (LiensQuizWindow *quiz)
{
  GtkWidget *stack = liens_test_find_widget (GTK_WIDGET (quiz), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GtkWidget *
get_next_button (LiensQuizWindow *quiz)
{
  GtkWidget *button = NULL;
  g_autoptr(GPtrArray) buttons = liens_test_find_all_widgets (GTK_WIDGET (quiz), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      const char *action = gtk_actionable_get_action_name (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (action, "quiz.next") == 0)
        button = g_ptr_array_index (buttons, i);
    }

  g_assert_nonnull (button);

  return button;
}

/* The answer rows of the question shown, in the order they are shown. */
static GPtrArray *
get_answer_rows (LiensQuizWindow *quiz)
{
  g_autoptr(GPtrArray) rows = liens_test_find_all_widgets (GTK_WIDGET (quiz), ADW_TYPE_ACTION_ROW);

  /* The introduction has rows too; the answers are those with a check. */
  for (guint i = rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (rows, i - 1);

      if (liens_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL) == NULL)
        g_ptr_array_remove_index (rows, i - 1);
    }

  g_assert_cmpuint (rows->len, ==, LIENS_QUIZ_N_ANSWERS);

  return g_steal_pointer (&rows);
}

static int
get_checked_position (LiensQuizWindow *quiz)
{
  g_autoptr(GPtrArray) rows = get_answer_rows (quiz);
  int checked = -1;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *check = liens_test_find_widget (g_ptr_array_index (rows, i),
                                                 GTK_TYPE_CHECK_BUTTON, NULL);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          g_assert_cmpint (checked, ==, -1);
          checked = (int) i;
        }
    }

  return checked;
}

/* The position the answer of @profile is shown at, for @question in @quiz's run. */
static guint
find_position (LiensQuizWindow *quiz,
               guint            question,
               LiensProfile     profile)
{
  const LiensQuizQuestion *q = liens_quiz_get_question (question);
  guint order[LIENS_QUIZ_N_ANSWERS];

  liens_quiz_shuffle_answers (question, liens_quiz_window_get_seed (quiz), order);
  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    if (q->answers[order[i]].profile == profile)
      return i;

  g_assert_not_reached ();
}

/* Answers question @question with @profile's answer, with the key of its position, and
 * checks the row shown there is that answer. */
static void
pick_with_key (LiensQuizWindow *quiz,
               guint            question,
               LiensProfile     profile)
{
  const LiensQuizQuestion *q = liens_quiz_get_question (question);
  guint position = find_position (quiz, question, profile);
  guint order[LIENS_QUIZ_N_ANSWERS];
  g_autoptr(GPtrArray) rows = get_answer_rows (quiz);

  liens_quiz_shuffle_answers (question, liens_quiz_window_get_seed (quiz), order);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, position)), ==,
                   _(q->answers[order[position]].text));

  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_1 + position, 0));
  g_assert_cmpuint (liens_quiz_window_get_answer (quiz, question), ==, order[position]);
  g_assert_cmpint (get_checked_position (quiz), ==, (int) position);
  g_assert_true (gtk_widget_is_sensitive (get_next_button (quiz)));
}

/* From the introduction, every question answered with @profile's answer, but for the
 * first @n_others, answered with @other's. Ends on the result page. */
static void
answer_all (LiensQuizWindow *quiz,
            LiensProfile     profile,
            guint            n_others,
            LiensProfile     other)
{
  guint n_questions = liens_quiz_get_n_questions ();

  g_assert_cmpstr (get_visible_page (quiz), ==, "intro");
  /* Enter on the focused Start button. */
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_cmpstr (get_visible_page (quiz), ==, "question");

  for (guint i = 0; i < n_questions; i++)
    {
      g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, (int) i);
      g_assert_false (gtk_widget_is_sensitive (get_next_button (quiz)));
      pick_with_key (quiz, i, i < n_others ? other : profile);
      g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
    }

  g_assert_cmpstr (get_visible_page (quiz), ==, "result");
}

static void
take_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GError) error = NULL;

  liens_test_wait_for_animations (widget);
  g_assert_true (liens_test_screenshot (widget, name, &error));
  g_assert_no_error (error);
}

static void
close_quiz (LiensQuizWindow *quiz)
{
  g_object_ref (quiz);
  gtk_window_close (GTK_WINDOW (quiz));
  liens_test_iterate ();
  g_assert_finalize_object (quiz);
  g_assert_null (find_quiz_window ());
}

static LiensQuizResult *
save_result (LiensStore   *store,
             LiensProfile  profile,
             int           days_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) taken_at = g_date_time_add_days (now, -days_ago);
  g_autoptr(GError) error = NULL;
  guint n_questions = liens_quiz_get_n_questions ();
  g_autofree guint *answers = g_new (guint, n_questions);
  LiensQuizResult *result;

  /* Three quarters for @profile, the rest for the next profile. */
  for (guint i = 0; i < n_questions; i++)
    {
      const LiensQuizQuestion *q = liens_quiz_get_question (i);
      LiensProfile wanted = i % 4 == 3 ? (profile % 4) + 1 : profile;

      for (guint j = 0; j < LIENS_QUIZ_N_ANSWERS; j++)
        if (q->answers[j].profile == wanted)
          answers[i] = j;
    }

  result = liens_quiz_score (liens_quiz_get_question (0), n_questions, answers, taken_at);
  g_assert_true (liens_store_save_quiz_result (store, result, &error));
  g_assert_no_error (error);

  return result;
}

/* The quiz: introduction, every question with the keyboard only, the result, saved. */
static void
test_quiz_keyboard (Fixture       *fixture,
                    gconstpointer  data)
{
  LiensQuizWindow *quiz = open_quiz (fixture);
  guint n_questions = liens_quiz_get_n_questions ();
  g_autoptr(GListModel) results = liens_store_list_quiz_results (fixture->store);
  g_autoptr(LiensQuizResult) saved = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *title = NULL;
  GtkWidget *result_view;
  GtkWidget *title_label;
  GtkWidget *focus;
  const char *summary;

  /* The introduction says what to expect, and offers to start. */
  g_assert_cmpstr (get_visible_page (quiz), ==, "intro");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), GTK_TYPE_LABEL,
                                            "What Kind of Networker Are You?"));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), ADW_TYPE_ACTION_ROW,
                                            "About five minutes"));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), ADW_TYPE_ACTION_ROW,
                                            "No right or wrong answers"));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), ADW_TYPE_ACTION_ROW,
                                            "Your results stay on this computer"));
  focus = gtk_root_get_focus (GTK_ROOT (quiz));
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Start");
  assert_quiz_named (quiz);

  /* Start with Enter; the first question, with its progress. */
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_cmpstr (get_visible_page (quiz), ==, "question");
  progress = g_strdup_printf ("Question 1 of %u", n_questions);
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), GTK_TYPE_LABEL, progress));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (quiz), GTK_TYPE_LABEL,
                                            _(liens_quiz_get_question (0)->situation)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get_next_button (quiz))), ==, "_Next");
  assert_quiz_named (quiz);

  /* Nothing picked: Next cannot be used, and the focus is on the first answer. */
  g_assert_false (gtk_widget_is_sensitive (get_next_button (quiz)));
  g_assert_cmpint (get_checked_position (quiz), ==, -1);
  focus = gtk_root_get_focus (GTK_ROOT (quiz));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (quiz)));
  g_assert_true (ADW_IS_ACTION_ROW (focus));

  /* Down and Up move the choice, like radio buttons. */
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Down, 0));
  g_assert_cmpint (get_checked_position (quiz), ==, 0);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Down, 0));
  g_assert_cmpint (get_checked_position (quiz), ==, 1);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Down, 0));
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Up, 0));
  g_assert_cmpint (get_checked_position (quiz), ==, 1);
  focus = gtk_root_get_focus (GTK_ROOT (quiz));
  rows = get_answer_rows (quiz);
  g_assert_true (focus == g_ptr_array_index (rows, 1));
  g_assert_true (gtk_widget_is_sensitive (get_next_button (quiz)));

  /* A number key picks the answer at its position: the mentor's, throughout. */
  pick_with_key (quiz, 0, LIENS_PROFILE_MENTOR);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, 1);
  pick_with_key (quiz, 1, LIENS_PROFILE_MENTOR);

  /* Alt+Left goes back, with the answer given still picked. */
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, 0);
  g_assert_cmpint (get_checked_position (quiz), ==,
                   (int) find_position (quiz, 0, LIENS_PROFILE_MENTOR));
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_cmpint (get_checked_position (quiz), ==,
                   (int) find_position (quiz, 1, LIENS_PROFILE_MENTOR));
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));

  for (guint i = 2; i < n_questions; i++)
    {
      g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, (int) i);
      g_assert_false (gtk_widget_is_sensitive (get_next_button (quiz)));
      pick_with_key (quiz, i, LIENS_PROFILE_MENTOR);
      if (i + 1 == n_questions)
        g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get_next_button (quiz))), ==,
                         "See My _Result");
      g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
      g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
    }

  /* The result, saved and shown in the same window. */
  g_assert_cmpstr (get_visible_page (quiz), ==, "result");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  saved = g_list_model_get_item (results, 0);
  g_assert_cmpint (liens_quiz_result_get_dominant (saved), ==, LIENS_PROFILE_MENTOR);
  g_assert_cmpfloat_with_epsilon (liens_quiz_result_get_score (saved, LIENS_PROFILE_MENTOR),
                                  1.0, 1e-9);
  g_assert_cmpint (liens_quiz_result_get_id (liens_quiz_window_get_result (quiz)), ==,
                   liens_quiz_result_get_id (saved));

  result_view = liens_test_find_widget (GTK_WIDGET (quiz), LIENS_TYPE_PROFILE_RESULT, NULL);
  g_assert_nonnull (result_view);
  title = liens_profile_result_dup_title (saved);
  g_assert_nonnull (strstr (title, "Mentor"));
  title_label = liens_test_find_widget (result_view, GTK_TYPE_LABEL, title);
  g_assert_nonnull (title_label);
  g_assert_true (gtk_widget_get_mapped (title_label));
  summary = _(liens_profile_get_guide (LIENS_PROFILE_MENTOR)->summary);
  g_assert_nonnull (liens_test_find_widget (result_view, GTK_TYPE_LABEL, summary));
  g_assert_nonnull (liens_test_find_widget (result_view, GTK_TYPE_BUTTON, "Show Events"));
  assert_quiz_named (quiz);

  /* Done closes without asking: nothing is lost. My Profile shows the result by itself. */
  g_object_ref (quiz);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  liens_test_iterate ();
  g_assert_finalize_object (quiz);
  g_assert_null (find_quiz_window ());

  result_view = liens_test_find_widget (find_profile_page (fixture),
                                        LIENS_TYPE_PROFILE_RESULT, NULL);
  g_assert_true (gtk_widget_get_mapped (result_view));
  g_assert_cmpint (liens_quiz_result_get_id (get_shown_result (result_view)), ==,
                   liens_quiz_result_get_id (saved));
  g_assert_nonnull (liens_test_find_widget (result_view, GTK_TYPE_LABEL, title));
}

/* Retaking the quiz: the history lists both results and how the scores moved. */
static void
test_quiz_retake (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) results = liens_store_list_quiz_results (fixture->store);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(LiensQuizResult) latest = NULL;
  g_autofree char *expected = NULL;
  LiensQuizWindow *quiz;
  GtkWidget *page;
  GtkWidget *history;
  GtkWidget *button;
  guint n_questions = liens_quiz_get_n_questions ();
  guint n_others = n_questions / 4;
  int expert_points;

  quiz = open_quiz (fixture);
  answer_all (quiz, LIENS_PROFILE_MENTOR, 0, LIENS_PROFILE_UNKNOWN);
  close_quiz (quiz);

  page = find_profile_page (fixture);
  button = liens_test_find_widget (page, GTK_TYPE_BUTTON, "Retake the Quiz");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.take-quiz");
  g_assert_true (gtk_widget_is_sensitive (button));

  /* The second time, an expert with a quarter of reserved answers. */
  g_signal_emit_by_name (button, "clicked");
  quiz = find_quiz_window ();
  g_assert_nonnull (quiz);
  liens_test_wait_for_mapped (GTK_WIDGET (quiz));
  answer_all (quiz, LIENS_PROFILE_EXPERT, n_others, LIENS_PROFILE_RESERVED);
  close_quiz (quiz);

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  latest = g_list_model_get_item (results, 0);
  g_assert_cmpint (liens_quiz_result_get_dominant (latest), ==, LIENS_PROFILE_EXPERT);

  /* Newest first, each with its movement since the one before. */
  history = find_history (page);
  rows = liens_test_find_all_widgets (history, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 2);

  expert_points = (int) (100.0 * (n_questions - n_others) / n_questions + 0.5);
  expected = g_strdup_printf ("Mentor −100 points, Expert +%d points, Reserved +%d points",
                              expert_points, 100 - expert_points);
  {
    g_autofree char *title0 = liens_profile_result_dup_title (latest);
    const char *subtitle0 = adw_action_row_get_subtitle (g_ptr_array_index (rows, 0));
    const char *subtitle1 = adw_action_row_get_subtitle (g_ptr_array_index (rows, 1));
    const char *title1 = adw_preferences_row_get_title (g_ptr_array_index (rows, 1));

    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, title0);
    g_assert_nonnull (strstr (subtitle0, expected));
    g_assert_nonnull (strstr (subtitle1, "First result"));
    g_assert_nonnull (strstr (title1, "Mentor"));
  }

  /* The latest result above the history. */
  g_assert_cmpint (liens_quiz_result_get_id (get_shown_result (page)), ==,
                   liens_quiz_result_get_id (latest));
  liens_test_assert_widgets_are_named (page);
}

/* Closing midway asks first; "Continue Quiz" keeps every answer, "Stop" throws them away. */
static void
test_quiz_close_midway (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) results = liens_store_list_quiz_results (fixture->store);
  LiensQuizWindow *quiz;
  AdwMessageDialog *dialog;
  guint first;

  /* Before any answer, closing loses nothing and asks nothing. */
  quiz = open_quiz (fixture);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_object_ref (quiz);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Escape, 0));
  g_assert_null (find_message_dialog (GTK_WINDOW (quiz)));
  g_assert_finalize_object (quiz);

  quiz = open_quiz (fixture);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  pick_with_key (quiz, 0, LIENS_PROFILE_RESERVED);
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  pick_with_key (quiz, 1, LIENS_PROFILE_EXPERT);
  first = liens_quiz_window_get_answer (quiz, 0);

  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Escape, 0));
  dialog = find_message_dialog (GTK_WINDOW (quiz));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Stop the Quiz?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Your answers will be lost.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "continue"), ==,
                   "_Continue Quiz");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "continue");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "continue");

  adw_message_dialog_response (dialog, "continue");
  gtk_window_destroy (GTK_WINDOW (dialog));
  liens_test_iterate ();
  g_assert_true (find_quiz_window () == quiz);
  g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, 1);
  g_assert_cmpuint (liens_quiz_window_get_answer (quiz, 0), ==, first);
  g_assert_cmpint (get_checked_position (quiz), ==,
                   (int) find_position (quiz, 1, LIENS_PROFILE_EXPERT));

  /* The window's close button asks too; Stop closes, and nothing is saved. */
  gtk_window_close (GTK_WINDOW (quiz));
  liens_test_iterate ();
  dialog = find_message_dialog (GTK_WINDOW (quiz));
  g_assert_nonnull (dialog);
  g_object_ref (quiz);
  adw_message_dialog_response (dialog, "stop");
  gtk_window_destroy (GTK_WINDOW (dialog));
  liens_test_iterate ();
  g_assert_finalize_object (quiz);
  g_assert_null (find_quiz_window ());
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

/* Runs @sql on the database through a connection of its own, as another program would. */
static void
exec_sql (LiensStore *store,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (liens_store_get_path (store), &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("Cannot run %s: %s", sql, message);
  sqlite3_close (db);
}

/* A result that cannot be saved: the user is told, and can try again with every answer. */
static void
test_quiz_save_error (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GListModel) results = liens_store_list_quiz_results (fixture->store);
  guint n_questions = liens_quiz_get_n_questions ();
  LiensQuizWindow *quiz = open_quiz (fixture);
  AdwMessageDialog *dialog;

  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  for (guint i = 0; i < n_questions; i++)
    {
      pick_with_key (quiz, i, LIENS_PROFILE_RESERVED);
      if (i + 1 < n_questions)
        g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
    }

  exec_sql (fixture->store,
            "CREATE TRIGGER refuse_results BEFORE INSERT ON quiz_result "
            "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));

  dialog = find_message_dialog (GTK_WINDOW (quiz));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Save Your Result");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_cmpstr (get_visible_page (quiz), ==, "question");
  g_assert_cmpint (liens_quiz_window_get_question (quiz), ==, (int) n_questions - 1);
  for (guint i = 0; i < n_questions; i++)
    g_assert_cmpuint (liens_quiz_window_get_answer (quiz, i), !=, LIENS_QUIZ_NO_ANSWER);
  gtk_window_destroy (GTK_WINDOW (dialog));
  liens_test_iterate ();

  /* Once the database accepts it again, See My Result saves it. */
  exec_sql (fixture->store, "DROP TRIGGER refuse_results");
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_cmpstr (get_visible_page (quiz), ==, "result");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);

  close_quiz (quiz);
}

/* The keys are bound where the help overlay says, to the actions the test drives. */
static void
test_quiz_shortcuts (Fixture       *fixture,
                     gconstpointer  data)
{
  LiensQuizWindow *quiz = open_quiz (fixture);
  AdwMessageDialog *dialog;

  /* Outside the question page, the question keys do nothing. */
  g_assert_false (press_key (GTK_WIDGET (quiz), GDK_KEY_3, 0));
  g_assert_cmpstr (get_visible_page (quiz), ==, "intro");

  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Return, 0));
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_KP_4, 0));
  g_assert_cmpint (get_checked_position (quiz), ==, 3);
  /* From the Next button too, the number keys pick an answer. */
  gtk_widget_grab_focus (get_next_button (quiz));
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_2, 0));
  g_assert_cmpint (get_checked_position (quiz), ==, 1);
  /* Alt+Left on the first question leads back to the introduction. */
  g_assert_true (press_key (GTK_WIDGET (quiz), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (get_visible_page (quiz), ==, "intro");

  g_object_ref (quiz);
  gtk_window_close (GTK_WINDOW (quiz));
  liens_test_iterate ();
  dialog = find_message_dialog (GTK_WINDOW (quiz));
  adw_message_dialog_response (dialog, "stop");
  gtk_window_destroy (GTK_WINDOW (dialog));
  liens_test_iterate ();
  g_assert_finalize_object (quiz);
}

/* A result's actions, offered in the quiz window, close it and act in the main window. */
static void
test_quiz_result_links (Fixture       *fixture,
                        gconstpointer  data)
{
  LiensQuizWindow *quiz = open_quiz (fixture);
  GtkWidget *button;
  GtkWidget *stack;

  answer_all (quiz, LIENS_PROFILE_SUPER_CONNECTOR, 0, LIENS_PROFILE_UNKNOWN);
  button = liens_test_find_widget (GTK_WIDGET (quiz), GTK_TYPE_BUTTON, "Show Events");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_object_ref (quiz);
  g_signal_emit_by_name (button, "clicked");
  liens_test_iterate ();
  g_assert_finalize_object (quiz);

  stack = liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "events");
}

/* A history row can be deleted, and the deletion undone. */
static void
test_profile_page_delete (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LiensQuizResult) older = save_result (fixture->store, LIENS_PROFILE_RESERVED, 40);
  g_autoptr(LiensQuizResult) newer = save_result (fixture->store, LIENS_PROFILE_EXPERT, 2);
  g_autoptr(GListModel) results = liens_store_list_quiz_results (fixture->store);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(LiensQuizResult) first = NULL;
  GtkWidget *page = find_profile_page (fixture);
  GtkWidget *history = find_history (page);
  GtkWidget *button;
  GtkWidget *toast_button;

  liens_test_iterate ();
  rows = liens_test_find_all_widgets (history, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 2);

  /* The newer one, as the latest result. */
  button = liens_test_find_widget (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Delete Result");
  g_signal_emit_by_name (button, "clicked");
  liens_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpint (liens_quiz_result_get_id (first), ==, liens_quiz_result_get_id (older));
  g_clear_object (&first);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = liens_test_find_all_widgets (history, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (liens_quiz_result_get_dominant (get_shown_result (page)), ==,
                   LIENS_PROFILE_RESERVED);

  /* Undo from the toast brings it back as it was. */
  toast_button = liens_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (toast_button);
  g_signal_emit_by_name (toast_button, "clicked");
  liens_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpint (liens_quiz_result_get_dominant (first), ==, LIENS_PROFILE_EXPERT);
  g_assert_cmpint (g_date_time_to_unix (liens_quiz_result_get_taken_at (first)), ==,
                   g_date_time_to_unix (liens_quiz_result_get_taken_at (newer)));
  g_assert_cmpint (liens_quiz_result_get_dominant (get_shown_result (page)), ==,
                   LIENS_PROFILE_EXPERT);

  /* Deleting every result leads back to the invitation to take the quiz. */
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&rows, g_ptr_array_unref);
      rows = liens_test_find_all_widgets (history, ADW_TYPE_ACTION_ROW);
      button = liens_test_find_widget (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON, NULL);
      g_signal_emit_by_name (button, "clicked");
      liens_test_iterate ();
    }
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_true (gtk_widget_get_mapped (liens_test_find_widget (page, ADW_TYPE_STATUS_PAGE,
                                                                "Discover Your Networking Style")));
}

/* The chart says its scores in words, and has a size that fits a phone. */
static void
test_profile_chart (void)
{
  g_autoptr(LiensQuizResult) result = liens_quiz_result_new ();
  GtkWidget *chart = g_object_ref_sink (liens_profile_chart_new ());
  g_autofree char *description = NULL;
  int minimum;
  int natural;

  liens_quiz_result_set_score (result, LIENS_PROFILE_SUPER_CONNECTOR, 0.375);
  liens_quiz_result_set_score (result, LIENS_PROFILE_MENTOR, 0.25);
  liens_quiz_result_set_score (result, LIENS_PROFILE_EXPERT, 0.25);
  liens_quiz_result_set_score (result, LIENS_PROFILE_RESERVED, 0.125);
  liens_profile_chart_set_result (LIENS_PROFILE_CHART (chart), result);

  description = liens_test_dup_accessible_name (chart);
  g_assert_cmpstr (description, ==, "Super connector 38%, Mentor 25%, Expert 25%, Reserved 13%");

  gtk_widget_measure (chart, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 200);
  g_assert_cmpint (natural, >=, 200);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 300, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, 4 * 20);

  g_assert_finalize_object (chart);
}

/* Upcoming events of a kind that suits the latest result's profile are marked, and the
 * marks follow a new result. */
static void
test_events_hint (Fixture       *fixture,
                  gconstpointer  data)
{
  static const LiensProfile profiles[] = { LIENS_PROFILE_SUPER_CONNECTOR, LIENS_PROFILE_RESERVED };
  g_autoptr(GEnumClass) kinds = g_type_class_ref (LIENS_TYPE_EVENT_KIND);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < kinds->n_values; i++)
    {
      g_autoptr(LiensEvent) event = liens_event_new ();
      g_autoptr(GDateTime) start = g_date_time_add_days (now, 3 + i);
      g_autoptr(GError) error = NULL;

      liens_event_set_title (event, kinds->values[i].value_nick);
      liens_event_set_start (event, start);
      liens_event_set_kind (event, kinds->values[i].value);
      g_assert_true (liens_store_save_event (fixture->store, event, &error));
      g_assert_no_error (error);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-page", "s", "events"));

  for (guint p = 0; p <= G_N_ELEMENTS (profiles); p++)
    {
      g_autoptr(GPtrArray) rows = NULL;
      guint n_checked = 0;
      guint n_marked = 0;

      if (p > 0)
        g_object_unref (save_result (fixture->store, profiles[p - 1], 0));
      liens_test_iterate ();
      liens_test_wait_for_frame (GTK_WIDGET (fixture->window));

      rows = liens_test_find_all_widgets (GTK_WIDGET (fixture->window), LIENS_TYPE_EVENT_ROW);
      for (guint i = 0; i < rows->len; i++)
        {
          LiensEventRow *row = g_ptr_array_index (rows, i);
          LiensEvent *event = liens_event_row_get_event (row);
          GtkWidget *hint;
          gboolean suits;

          if (event == NULL)
            continue;

          suits = p > 0 && liens_profile_suits_event_kind (profiles[p - 1],
                                                           liens_event_get_kind (event));
          hint = liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_IMAGE, NULL);
          for (; hint != NULL; hint = gtk_widget_get_next_sibling (hint))
            if (GTK_IS_IMAGE (hint) && gtk_widget_has_css_class (hint, "profile-hint"))
              break;
          g_assert_nonnull (hint);
          g_assert_cmpint (gtk_widget_get_visible (hint), ==, suits);
          if (suits)
            {
              g_autofree char *name = liens_test_dup_accessible_name (hint);

              g_assert_cmpstr (name, ==, "Suits your networking profile");
              g_assert_cmpstr (gtk_widget_get_tooltip_text (hint), ==,
                               "Suits your networking profile");
              n_marked++;
            }
          n_checked++;
        }
      /* The list view binds the rows on screen, and a few more. */
      g_assert_cmpuint (n_checked, >=, 6);
      /* Every profile has kinds of events that suit it; without a result, nothing is marked. */
      if (p == 0)
        g_assert_cmpuint (n_marked, ==, 0);
      else
        g_assert_cmpuint (n_marked, >, 0);
      if (p == 1)
        take_screenshot (GTK_WIDGET (fixture->window), "events-profile-hint");
    }
}

/* Screenshots: a question and the result, wide and narrow, and dark. */
static void
test_screenshots_quiz (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  LiensQuizWindow *quiz = open_quiz (fixture);
  guint n_questions = liens_quiz_get_n_questions ();

  set_window_size (GTK_WIDGET (quiz), 1000, 760);
  take_screenshot (GTK_WIDGET (quiz), "quiz-intro-wide");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.start", NULL));
  for (guint i = 0; i < MIN (4, n_questions - 1); i++)
    {
      guint position = find_position (quiz, i, LIENS_PROFILE_SUPER_CONNECTOR + i);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.select-answer", "u",
                                                 position));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.next", NULL));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.select-answer", "u", 2));
  take_screenshot (GTK_WIDGET (quiz), "quiz-question-wide");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (GTK_WIDGET (quiz), "quiz-question-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  set_window_size (GTK_WIDGET (quiz), 360, 640);
  take_screenshot (GTK_WIDGET (quiz), "quiz-question-narrow");

  for (guint i = liens_quiz_window_get_question (quiz); i < n_questions; i++)
    {
      LiensProfile profile = i % 3 == 0 ? LIENS_PROFILE_EXPERT : LIENS_PROFILE_MENTOR;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.select-answer", "u",
                                                 find_position (quiz, i, profile)));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.next", NULL));
    }
  g_assert_cmpstr (get_visible_page (quiz), ==, "result");
  take_screenshot (GTK_WIDGET (quiz), "quiz-result-narrow");

  set_window_size (GTK_WIDGET (quiz), 1000, 760);
  take_screenshot (GTK_WIDGET (quiz), "quiz-result-wide");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (GTK_WIDGET (quiz), "quiz-result-wide-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  close_quiz (quiz);
}

/* Screenshots: My Profile with a history, wide and narrow. */
static void
test_screenshots_profile (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *page = find_profile_page (fixture);
  GtkWidget *result_view = liens_test_find_widget (page, LIENS_TYPE_PROFILE_RESULT, NULL);
  GtkWidget *scroller = gtk_widget_get_ancestor (result_view, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  g_object_unref (save_result (fixture->store, LIENS_PROFILE_RESERVED, 200));
  g_object_unref (save_result (fixture->store, LIENS_PROFILE_EXPERT, 90));
  g_object_unref (save_result (fixture->store, LIENS_PROFILE_MENTOR, 1));
  liens_test_iterate ();

  set_window_size (GTK_WIDGET (fixture->window), 1000, 760);
  take_screenshot (GTK_WIDGET (fixture->window), "profile-wide");
  /* The end of the page: the history. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  take_screenshot (GTK_WIDGET (fixture->window), "profile-wide-history");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot (GTK_WIDGET (fixture->window), "profile-wide-history-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_adjustment_set_value (adjustment, 0);
  set_window_size (GTK_WIDGET (fixture->window), 360, 640);
  take_screenshot (GTK_WIDGET (fixture->window), "profile-narrow");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  take_screenshot (GTK_WIDGET (fixture->window), "profile-narrow-history");

  liens_test_assert_widgets_are_named (page);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);

  app = liens_test_new_application ();

  g_test_add ("/quiz-window/keyboard", Fixture, NULL,
              fixture_set_up, test_quiz_keyboard, fixture_tear_down);
  g_test_add ("/quiz-window/retake", Fixture, NULL,
              fixture_set_up, test_quiz_retake, fixture_tear_down);
  g_test_add ("/quiz-window/close-midway", Fixture, NULL,
              fixture_set_up, test_quiz_close_midway, fixture_tear_down);
  g_test_add ("/quiz-window/save-error", Fixture, NULL,
              fixture_set_up, test_quiz_save_error, fixture_tear_down);
  g_test_add ("/quiz-window/shortcuts", Fixture, NULL,
              fixture_set_up, test_quiz_shortcuts, fixture_tear_down);
  g_test_add ("/quiz-window/result-links", Fixture, NULL,
              fixture_set_up, test_quiz_result_links, fixture_tear_down);
  g_test_add ("/profile-page/delete", Fixture, NULL,
              fixture_set_up, test_profile_page_delete, fixture_tear_down);
  g_test_add_func ("/profile-page/chart", test_profile_chart);
  g_test_add ("/profile-page/events-hint", Fixture, NULL,
              fixture_set_up, test_events_hint, fixture_tear_down);
  g_test_add ("/screenshots/quiz", Fixture, NULL,
              fixture_set_up, test_screenshots_quiz, fixture_tear_down);
  g_test_add ("/screenshots/profile", Fixture, NULL,
              fixture_set_up, test_screenshots_profile, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
