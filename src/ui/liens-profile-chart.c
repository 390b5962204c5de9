/* liens-profile-chart.c: the four scores of a quiz result, as horizontal bars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "liens-profile-chart.h"

struct _LiensProfileChart
{
  GtkWidget parent_instance;

  LiensQuizResult *result;
};

G_DEFINE_FINAL_TYPE (LiensProfileChart, liens_profile_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Always in this order, so that two results compare at a glance. */
static const LiensProfile chart_profiles[] = {
  LIENS_PROFILE_SUPER_CONNECTOR,
  LIENS_PROFILE_MENTOR,
  LIENS_PROFILE_EXPERT,
  LIENS_PROFILE_RESERVED,
};

#define BAR_HEIGHT 10
#define LABEL_SPACING 4
#define ROW_SPACING 14

static int
get_line_height (LiensProfileChart *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static int
get_row_height (LiensProfileChart *self)
{
  return get_line_height (self) + LABEL_SPACING + BAR_HEIGHT;
}

static void
update_accessible (LiensProfileChart *self)
{
  g_autofree char *description = NULL;

  if (self->result == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  description = liens_profile_chart_dup_description (self->result);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
append_rounded_rect (GtkSnapshot           *snapshot,
                     const graphene_rect_t *rect,
                     const GdkRGBA         *color)
{
  GskRoundedRect rounded;
  float radius = rect->size.height / 2;

  if (rect->size.width <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&rounded, rect, MIN (radius, rect->size.width / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
append_text (LiensProfileChart *self,
             GtkSnapshot       *snapshot,
             PangoLayout       *layout,
             float              x,
             float              y,
             const GdkRGBA     *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
liens_profile_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LiensProfileChart *self = LIENS_PROFILE_CHART (widget);
  GtkStyleContext *context;
  LiensProfile dominant;
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA dim;
  GdkRGBA track;
  GdkRGBA other;
  int width = gtk_widget_get_width (widget);
  int line_height;
  int row_height;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->result == NULL || width <= 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  /* The theme's own colours, so that the chart follows the light and dark styles. */
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS

  dim = fg;
  dim.alpha *= 0.7f;
  track = fg;
  track.alpha *= 0.1f;
  other = fg;
  other.alpha *= 0.35f;

  line_height = get_line_height (self);
  row_height = get_row_height (self);
  dominant = liens_quiz_result_get_dominant (self->result);

  for (guint i = 0; i < G_N_ELEMENTS (chart_profiles); i++)
    {
      LiensProfile profile = chart_profiles[i];
      double share = CLAMP (liens_quiz_result_get_score (self->result, profile), 0.0, 1.0);
      gboolean is_dominant = profile == dominant;
      g_autoptr(PangoLayout) name_layout = NULL;
      g_autoptr(PangoLayout) value_layout = NULL;
      g_autofree char *value = liens_profile_chart_format_score (share);
      float y = (float) i * (row_height + ROW_SPACING);
      float bar_width = (float) (width * share);
      int name_width;
      int value_width;

      name_layout = gtk_widget_create_pango_layout (widget,
                                                    liens_profile_get_display_name (profile));
      value_layout = gtk_widget_create_pango_layout (widget, value);
      if (is_dominant)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_layout_set_attributes (name_layout, attrs);
          pango_layout_set_attributes (value_layout, attrs);
          pango_attr_list_unref (attrs);
        }

      pango_layout_get_pixel_size (value_layout, &value_width, NULL);
      pango_layout_set_width (name_layout, MAX (0, width - value_width - 12) * PANGO_SCALE);
      pango_layout_set_ellipsize (name_layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (name_layout, &name_width, NULL);

      append_text (self, snapshot, name_layout, rtl ? width - name_width : 0, y,
                   is_dominant ? &fg : &dim);
      append_text (self, snapshot, value_layout, rtl ? 0 : width - value_width, y,
                   is_dominant ? &fg : &dim);

      append_rounded_rect (snapshot,
                           &GRAPHENE_RECT_INIT (0, y + line_height + LABEL_SPACING,
                                                width, BAR_HEIGHT),
                           &track);
      append_rounded_rect (snapshot,
                           &GRAPHENE_RECT_INIT (rtl ? width - bar_width : 0,
                                                y + line_height + LABEL_SPACING,
                                                bar_width, BAR_HEIGHT),
                           is_dominant ? &accent : &other);
    }
}

static void
liens_profile_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  LiensProfileChart *self = LIENS_PROFILE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough for a phone; wide enough to read the bars at their natural size. */
      *minimum = 120;
      *natural = 360;
    }
  else
    {
      int n_rows = G_N_ELEMENTS (chart_profiles);

      *minimum = *natural = n_rows * get_row_height (self) + (n_rows - 1) * ROW_SPACING;
    }
}

static void
liens_profile_chart_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (liens_profile_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed size, and the colours with the style. */
  gtk_widget_queue_resize (widget);
}

static void
liens_profile_chart_dispose (GObject *object)
{
  LiensProfileChart *self = LIENS_PROFILE_CHART (object);

  g_clear_object (&self->result);

  G_OBJECT_CLASS (liens_profile_chart_parent_class)->dispose (object);
}

static void
liens_profile_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiensProfileChart *self = LIENS_PROFILE_CHART (object);

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
liens_profile_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiensProfileChart *self = LIENS_PROFILE_CHART (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      liens_profile_chart_set_result (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_profile_chart_class_init (LiensProfileChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_profile_chart_dispose;
  object_class->get_property = liens_profile_chart_get_property;
  object_class->set_property = liens_profile_chart_set_property;

  widget_class->snapshot = liens_profile_chart_snapshot;
  widget_class->measure = liens_profile_chart_measure;
  widget_class->css_changed = liens_profile_chart_css_changed;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         LIENS_TYPE_QUIZ_RESULT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "profilechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
liens_profile_chart_init (LiensProfileChart *self)
{
}

GtkWidget *
liens_profile_chart_new (void)
{
  return g_object_new (LIENS_TYPE_PROFILE_CHART, NULL);
}

/**
 * liens_profile_chart_get_result:
 * @self: a #LiensProfileChart
 *
 * Returns: (transfer none) (nullable): the result shown
 */
LiensQuizResult *
liens_profile_chart_get_result (LiensProfileChart *self)
{
  g_return_val_if_fail (LIENS_IS_PROFILE_CHART (self), NULL);

  return self->result;
}

/**
 * liens_profile_chart_set_result:
 * @self: a #LiensProfileChart
 * @result: (nullable): the result to show
 */
void
liens_profile_chart_set_result (LiensProfileChart *self,
                                LiensQuizResult   *result)
{
  g_return_if_fail (LIENS_IS_PROFILE_CHART (self));
  g_return_if_fail (result == NULL || LIENS_IS_QUIZ_RESULT (result));

  if (!g_set_object (&self->result, result))
    return;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/**
 * liens_profile_chart_format_score:
 * @share: a share between 0 and 1
 *
 * Returns: (transfer full): @share as a whole percentage, e.g. "38%"
 */
char *
liens_profile_chart_format_score (double share)
{
  /* Translators: a percentage; French writes "38 %". */
  return g_strdup_printf (_("%d%%"), (int) round (share * 100));
}

/**
 * liens_profile_chart_dup_description:
 * @result: a quiz result
 *
 * Returns: (transfer full): the scores in words, e.g. "Super connector 38%, Mentor 25%, …"
 */
char *
liens_profile_chart_dup_description (LiensQuizResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (result), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (chart_profiles); i++)
    {
      double share = liens_quiz_result_get_score (result, chart_profiles[i]);
      g_autofree char *value = liens_profile_chart_format_score (share);

      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a profile and its score, e.g. "Mentor 25%". */
      g_string_append_printf (text, C_("profile score", "%s %s"),
                              liens_profile_get_display_name (chart_profiles[i]), value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
