/* liens-quiz-window.c: the networking-profile quiz, one situation at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-profile-result.h"
#include "liens-quiz.h"
#include "liens-quiz-window.h"
#include "liens-ui.h"

/* The page shown before the first question. */
#define INTRO_PAGE (-1)

struct _LiensQuizWindow
{
  AdwWindow parent_instance;

  LiensStore *store;
  guint32 seed;
  guint n_questions;
  /* For each question, the index of the answer picked in the question's own order. */
  guint *answers;
  /* The question shown, INTRO_PAGE before the first. */
  int current;
  /* order[position] is the answer shown at that position for the current question. */
  guint order[LIENS_QUIZ_N_ANSWERS];
  GtkWidget *rows[LIENS_QUIZ_N_ANSWERS];
  GtkCheckButton *checks[LIENS_QUIZ_N_ANSWERS];
  gboolean updating;
  /* Once saved, or once the user chose to stop: closing asks nothing more. */
  gboolean closing;
  LiensQuizResult *result;
  AdwMessageDialog *stop_dialog;

  GtkStack *stack;
  GtkLabel *intro_label;
  GtkWidget *start_button;
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkLabel *situation_label;
  GtkListBox *answer_list;
  GtkWidget *back_button;
  GtkButton *next_button;
  GtkScrolledWindow *question_scroller;
  GtkScrolledWindow *result_scroller;
  LiensProfileResult *result_view;
  GtkWidget *done_button;
};

G_DEFINE_FINAL_TYPE (LiensQuizWindow, liens_quiz_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_answers (LiensQuizWindow *self)
{
  for (guint i = 0; i < self->n_questions; i++)
    if (self->answers[i] != LIENS_QUIZ_NO_ANSWER)
      return TRUE;

  return FALSE;
}

/* The position the current question's answer is shown at, or -1. */
static int
get_picked_position (LiensQuizWindow *self)
{
  guint answer;

  if (self->current < 0)
    return -1;

  answer = self->answers[self->current];
  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    if (self->order[i] == answer)
      return (int) i;

  return -1;
}

static void
update_actions (LiensQuizWindow *self)
{
  gboolean question = self->current >= 0 && self->result == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.start",
                                 self->current == INTRO_PAGE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.back", question);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next",
                                 question && get_picked_position (self) >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.select-answer", question);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.select-previous", question);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.select-next", question);
}

static void
show_intro (LiensQuizWindow *self)
{
  self->current = INTRO_PAGE;
  gtk_stack_set_visible_child_name (self->stack, "intro");
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
  gtk_widget_grab_focus (self->start_button);
  update_actions (self);
}

/* Fills the question page with question @index, its answers in this run's order. */
static void
fill_question (LiensQuizWindow *self,
               guint            index)
{
  const LiensQuizQuestion *question = liens_quiz_get_question (index);
  g_autofree char *progress = NULL;
  int picked;

  g_return_if_fail (question != NULL);

  liens_quiz_shuffle_answers (index, self->seed, self->order);

  /* Translators: the progress through the quiz, e.g. "Question 5 of 16". */
  progress = g_strdup_printf (_("Question %u of %u"), index + 1, self->n_questions);
  gtk_label_set_label (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) (index + 1) / self->n_questions);
  gtk_label_set_label (self->situation_label, _(question->situation));

  self->updating = TRUE;
  picked = self->current == (int) index ? get_picked_position (self) : -1;
  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    {
      const LiensQuizAnswer *answer = &question->answers[self->order[i]];

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), _(answer->text));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(answer->text),
                                      -1);
      gtk_check_button_set_active (self->checks[i], (int) i == picked);
    }
  self->updating = FALSE;

  gtk_button_set_label (self->next_button,
                        index + 1 == self->n_questions ? _("See My _Result") : _("_Next"));
}

static void
show_question (LiensQuizWindow *self,
               guint            index)
{
  int picked;

  self->current = (int) index;
  fill_question (self, index);
  picked = get_picked_position (self);

  gtk_stack_set_visible_child_name (self->stack, "question");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->question_scroller), 0);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->next_button));
  gtk_widget_grab_focus (self->rows[MAX (picked, 0)]);
  update_actions (self);
}

static void
pick_position (LiensQuizWindow *self,
               guint            position)
{
  if (self->current < 0 || position >= LIENS_QUIZ_N_ANSWERS)
    return;

  self->answers[self->current] = self->order[position];

  self->updating = TRUE;
  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    gtk_check_button_set_active (self->checks[i], i == position);
  self->updating = FALSE;

  update_actions (self);
}

static void
show_error (LiensQuizWindow *self,
            const char      *heading,
            const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Scores and saves the answers; on failure they stay, so that the user can try again. */
static void
finish (LiensQuizWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(LiensQuizResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = liens_quiz_score (liens_quiz_get_question (0), self->n_questions, self->answers, now);
  if (result == NULL)
    return;

  if (!liens_store_save_quiz_result (self->store, result, &error))
    {
      show_error (self, _("Cannot Save Your Result"), error->message);
      return;
    }

  self->result = g_steal_pointer (&result);
  self->closing = TRUE;

  liens_profile_result_set_result (self->result_view, self->result);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->result_scroller), 0);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->done_button);
  gtk_widget_grab_focus (self->done_button);
  update_actions (self);
}

/* Callbacks */

static void
check_toggled_cb (GtkCheckButton  *check,
                  LiensQuizWindow *self)
{
  if (self->updating || !gtk_check_button_get_active (check))
    return;

  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    if (self->checks[i] == check)
      pick_position (self, i);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));

  return G_SOURCE_REMOVE;
}

static void
stop_response_cb (LiensQuizWindow *self,
                  const char      *response)
{
  if (g_strcmp0 (response, "stop") != 0)
    return;

  self->closing = TRUE;
  /* Once the dialog is gone: a transient parent must outlive its dialog (GTK 4.8). */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_stop (LiensQuizWindow *self)
{
  GtkWidget *dialog;

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->stop_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Stop the Quiz?"),
                                   _("Your answers will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("_Continue Quiz"),
                                    "stop", _("_Stop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->stop_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->stop_dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  show_question (LIENS_QUIZ_WINDOW (widget), 0);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (widget);

  if (self->current < 0 || get_picked_position (self) < 0)
    return;

  if ((guint) self->current + 1 < self->n_questions)
    show_question (self, self->current + 1);
  else
    finish (self);
}

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (widget);

  if (self->current > 0)
    show_question (self, self->current - 1);
  else if (self->current == 0)
    show_intro (self);
}

static void
select_answer_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (position >= LIENS_QUIZ_N_ANSWERS)
    return;

  pick_position (self, position);
  gtk_widget_grab_focus (self->rows[position]);
}

/* Up and Down move the choice like in a group of radio buttons, focus following. */
static void
select_step_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (widget);
  gboolean forward = g_str_equal (action_name, "quiz.select-next");
  int picked = get_picked_position (self);
  int position;

  if (picked < 0)
    position = forward ? 0 : LIENS_QUIZ_N_ANSWERS - 1;
  else
    position = CLAMP (picked + (forward ? 1 : -1), 0, LIENS_QUIZ_N_ANSWERS - 1);

  pick_position (self, (guint) position);
  gtk_widget_grab_focus (self->rows[position]);
}

/* The result page offers the main window's actions: they close the quiz and go there. */
static void
forward_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;

  g_object_ref (parent);
  gtk_window_close (GTK_WINDOW (widget));
  gtk_widget_activate_action_variant (GTK_WIDGET (parent), action_name, parameter);
  g_object_unref (parent);
}

/* Overrides */

static gboolean
liens_quiz_window_close_request (GtkWindow *window)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (window);

  /* Never throw answers away without asking. */
  if (!self->closing && has_answers (self))
    {
      ask_stop (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (liens_quiz_window_parent_class)->close_request (window);
}

static void
liens_quiz_window_constructed (GObject *object)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (object);
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (liens_quiz_window_parent_class)->constructed (object);

  intro = g_strdup_printf (g_dngettext (NULL,
                                        "Go through %u everyday networking situation and "
                                        "find out how you like to build your network.",
                                        "Go through %u everyday networking situations and "
                                        "find out how you like to build your network.",
                                        self->n_questions),
                           self->n_questions);
  gtk_label_set_label (self->intro_label, intro);

  /* The first question is ready behind the introduction. */
  fill_question (self, 0);
  show_intro (self);
}

static void
liens_quiz_window_dispose (GObject *object)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_QUIZ_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (liens_quiz_window_parent_class)->dispose (object);
}

static void
liens_quiz_window_finalize (GObject *object)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (object);

  g_free (self->answers);

  G_OBJECT_CLASS (liens_quiz_window_parent_class)->finalize (object);
}

static void
liens_quiz_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_quiz_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiensQuizWindow *self = LIENS_QUIZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_quiz_window_class_init (LiensQuizWindowClass *klass)
{
  static const guint digits[][2] = {
    { GDK_KEY_1, GDK_KEY_KP_1 },
    { GDK_KEY_2, GDK_KEY_KP_2 },
    { GDK_KEY_3, GDK_KEY_KP_3 },
    { GDK_KEY_4, GDK_KEY_KP_4 },
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  G_STATIC_ASSERT (G_N_ELEMENTS (digits) == LIENS_QUIZ_N_ANSWERS);

  object_class->constructed = liens_quiz_window_constructed;
  object_class->dispose = liens_quiz_window_dispose;
  object_class->finalize = liens_quiz_window_finalize;
  object_class->get_property = liens_quiz_window_get_property;
  object_class->set_property = liens_quiz_window_set_property;

  window_class->close_request = liens_quiz_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIENS_TYPE_PROFILE_RESULT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-quiz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, situation_label);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, answer_list);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, question_scroller);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, result_scroller);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, result_view);
  gtk_widget_class_bind_template_child (widget_class, LiensQuizWindow, done_button);

  gtk_widget_class_install_action (widget_class, "quiz.start", NULL, start_action_cb);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action_cb);
  gtk_widget_class_install_action (widget_class, "quiz.back", NULL, back_action_cb);
  gtk_widget_class_install_action (widget_class, "quiz.select-answer", "u",
                                   select_answer_action_cb);
  gtk_widget_class_install_action (widget_class, "quiz.select-previous", NULL,
                                   select_step_action_cb);
  gtk_widget_class_install_action (widget_class, "quiz.select-next", NULL,
                                   select_step_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", forward_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-due-contacts", NULL,
                                   forward_action_cb);
  gtk_widget_class_install_action (widget_class, "win.log-encounter", NULL, forward_action_cb);

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    for (guint j = 0; j < G_N_ELEMENTS (digits[i]); j++)
      gtk_widget_class_add_binding_action (widget_class, digits[i][j], 0,
                                           "quiz.select-answer", "u", i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "quiz.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
add_key (GtkEventController *controller,
         guint               keyval,
         const char         *action_name)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action_name)));
}

static void
liens_quiz_window_init (LiensQuizWindow *self)
{
  static const guint enter_keys[] = { GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter };
  GtkEventController *controller;
  GtkCheckButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->seed = g_random_int ();
  self->n_questions = liens_quiz_get_n_questions ();
  self->answers = g_new (guint, self->n_questions);
  for (guint i = 0; i < self->n_questions; i++)
    self->answers[i] = LIENS_QUIZ_NO_ANSWER;
  self->current = INTRO_PAGE;

  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The row takes the focus; the check only shows the choice. */
      gtk_widget_set_focusable (check, FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      group = GTK_CHECK_BUTTON (check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_add_css_class (row, "quiz-answer");
      gtk_list_box_append (self->answer_list, row);

      self->rows[i] = row;
      self->checks[i] = GTK_CHECK_BUTTON (check);
    }

  /* Inside the answers, arrows move the choice and Enter goes on: before the list's own
   * keys, which would only move the focus or pick the focused row again. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (controller, GDK_KEY_Up, "quiz.select-previous");
  add_key (controller, GDK_KEY_Down, "quiz.select-next");
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    add_key (controller, enter_keys[i], "quiz.next");
  gtk_widget_add_controller (GTK_WIDGET (self->answer_list), controller);
}

/**
 * liens_quiz_window_new:
 * @parent: the main window
 * @store: where the result is saved
 *
 * Returns: (transfer none): a new quiz window over @parent, on its introduction
 */
GtkWidget *
liens_quiz_window_new (GtkWindow  *parent,
                       LiensStore *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);

  return g_object_new (LIENS_TYPE_QUIZ_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

/**
 * liens_quiz_window_get_seed:
 * @self: a #LiensQuizWindow
 *
 * Returns: the seed this run shuffles the answers with, see liens_quiz_shuffle_answers()
 */
guint32
liens_quiz_window_get_seed (LiensQuizWindow *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_WINDOW (self), 0);

  return self->seed;
}

/**
 * liens_quiz_window_get_question:
 * @self: a #LiensQuizWindow
 *
 * Returns: the index of the question shown, or -1 before the first one
 */
int
liens_quiz_window_get_question (LiensQuizWindow *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_WINDOW (self), -1);

  return self->current;
}

/**
 * liens_quiz_window_get_answer:
 * @self: a #LiensQuizWindow
 * @question: a question's index
 *
 * Returns: the index of the answer picked in the question's own order, or
 *   %LIENS_QUIZ_NO_ANSWER
 */
guint
liens_quiz_window_get_answer (LiensQuizWindow *self,
                              guint            question)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_WINDOW (self), LIENS_QUIZ_NO_ANSWER);
  g_return_val_if_fail (question < self->n_questions, LIENS_QUIZ_NO_ANSWER);

  return self->answers[question];
}

/**
 * liens_quiz_window_get_result:
 * @self: a #LiensQuizWindow
 *
 * Returns: (transfer none) (nullable): the saved result, once the quiz is finished
 */
LiensQuizResult *
liens_quiz_window_get_result (LiensQuizWindow *self)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_WINDOW (self), NULL);

  return self->result;
}
