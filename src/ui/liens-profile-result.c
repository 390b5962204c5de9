/* liens-profile-result.c: a quiz result: the profile, its scores and how to network with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-profile-chart.h"
#include "liens-profile-result.h"
#include "liens-quiz.h"
#include "liens-ui.h"

struct _LiensProfileResult
{
  GtkWidget parent_instance;

  LiensQuizResult *result;

  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkLabel *date_label;
  LiensProfileChart *chart;
  GtkLabel *description_label;
  GtkLabel *strengths_label;
  GtkLabel *pitfalls_label;
  GtkLabel *events_label;
  GtkLabel *follow_up_label;
  GtkLabel *helping_label;
};

G_DEFINE_FINAL_TYPE (LiensProfileResult, liens_profile_result, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_translated (GtkLabel   *label,
                const char *text)
{
  gtk_label_set_label (label, text != NULL ? _(text) : "");
}

/* The guide's three points, one per line. */
static void
set_bullets (GtkLabel          *label,
             const char * const points[3])
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 3; i++)
    {
      if (points[i] == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", _(points[i]));
    }

  gtk_label_set_label (label, text->str);
}

static void
update (LiensProfileResult *self)
{
  const LiensProfileGuide *guide;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  GDateTime *taken_at;

  liens_profile_chart_set_result (self->chart, self->result);
  if (self->result == NULL)
    return;

  title = liens_profile_result_dup_title (self->result);
  gtk_label_set_label (self->title_label, title);

  taken_at = liens_quiz_result_get_taken_at (self->result);
  if (taken_at != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (taken_at);
      g_autofree char *day = liens_format_date (local);

      /* Translators: %s is the date the quiz was taken, e.g. "Tuesday, March 3, 2026". */
      date = g_strdup_printf (_("Quiz taken on %s"), day);
    }
  gtk_label_set_label (self->date_label, date != NULL ? date : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), date != NULL);

  guide = liens_profile_get_guide (liens_quiz_result_get_dominant (self->result));
  if (guide == NULL)
    return;

  set_translated (self->summary_label, guide->summary);
  set_translated (self->description_label, guide->description);
  set_bullets (self->strengths_label, guide->strengths);
  set_bullets (self->pitfalls_label, guide->pitfalls);
  set_translated (self->events_label, guide->events);
  set_translated (self->follow_up_label, guide->follow_up);
  set_translated (self->helping_label, guide->helping);
}

static void
liens_profile_result_dispose (GObject *object)
{
  LiensProfileResult *self = LIENS_PROFILE_RESULT (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_PROFILE_RESULT);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->result);

  G_OBJECT_CLASS (liens_profile_result_parent_class)->dispose (object);
}

static void
liens_profile_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiensProfileResult *self = LIENS_PROFILE_RESULT (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_profile_result_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiensProfileResult *self = LIENS_PROFILE_RESULT (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      liens_profile_result_set_result (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_profile_result_class_init (LiensProfileResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_profile_result_dispose;
  object_class->get_property = liens_profile_result_get_property;
  object_class->set_property = liens_profile_result_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIENS_TYPE_QUIZ_RESULT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "profileresult");

  g_type_ensure (LIENS_TYPE_PROFILE_CHART);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-profile-result.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, title_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, date_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, chart);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, description_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, strengths_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, pitfalls_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, events_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, LiensProfileResult, helping_label);
}

static void
liens_profile_result_init (LiensProfileResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
liens_profile_result_new (void)
{
  return g_object_new (LIENS_TYPE_PROFILE_RESULT, NULL);
}

/**
 * liens_profile_result_get_result:
 * @self: a #LiensProfileResult
 *
 * Returns: (transfer none) (nullable): the result shown
 */
LiensQuizResult *
liens_profile_result_get_result (LiensProfileResult *self)
{
  g_return_val_if_fail (LIENS_IS_PROFILE_RESULT (self), NULL);

  return self->result;
}

/**
 * liens_profile_result_set_result:
 * @self: a #LiensProfileResult
 * @result: (nullable): the result to show
 */
void
liens_profile_result_set_result (LiensProfileResult *self,
                                 LiensQuizResult    *result)
{
  g_return_if_fail (LIENS_IS_PROFILE_RESULT (self));
  g_return_if_fail (result == NULL || LIENS_IS_QUIZ_RESULT (result));

  if (!g_set_object (&self->result, result))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/**
 * liens_profile_result_dup_title:
 * @result: a quiz result
 *
 * Returns: (transfer full): the result's name, e.g. "Mentor with an expert side"
 */
char *
liens_profile_result_dup_title (LiensQuizResult *result)
{
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (result), NULL);

  return liens_quiz_dup_result_title (liens_quiz_result_get_dominant (result),
                                      liens_quiz_result_get_second (result,
                                                                    LIENS_QUIZ_BLEND_MARGIN));
}
