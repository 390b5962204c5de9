/* liens-profile-page.c: the user's own networking profile and its quiz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "liens-profile-page.h"
#include "liens-profile-result.h"
#include "liens-ui.h"
#include "liens-window.h"

struct _LiensProfilePage
{
  GtkWidget parent_instance;

  LiensStore *store;
  /* Every result, newest first, kept up to date by the store. */
  GListModel *results;
  AdwToast *last_toast;

  GtkStack *stack;
  GtkScrolledWindow *scroller;
  LiensProfileResult *result_view;
  GtkListBox *history_list;
};

G_DEFINE_FINAL_TYPE (LiensProfilePage, liens_profile_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the chart. */
static const LiensProfile scored_profiles[] = {
  LIENS_PROFILE_SUPER_CONNECTOR,
  LIENS_PROFILE_MENTOR,
  LIENS_PROFILE_EXPERT,
  LIENS_PROFILE_RESERVED,
};

/* What a toast's Undo button needs once the page may be gone. */
typedef struct
{
  LiensStore *store;
  LiensQuizResult *result;
  GWeakRef page;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo_data = data;

  g_clear_object (&undo_data->store);
  g_clear_object (&undo_data->result);
  g_weak_ref_clear (&undo_data->page);
  g_free (undo_data);
}

static int
get_points (LiensQuizResult *result,
            LiensProfile     profile)
{
  return (int) round (liens_quiz_result_get_score (result, profile) * 100);
}

static GtkWidget *
create_history_row (LiensQuizResult *result,
                    LiensQuizResult *previous,
                    GDateTime       *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *title = liens_profile_result_dup_title (result);
  g_autofree char *movement = liens_profile_page_dup_movement (result, previous);
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  if (liens_quiz_result_get_taken_at (result) != NULL)
    {
      local = g_date_time_to_local (liens_quiz_result_get_taken_at (result));
      date = liens_format_short_date (local, now);
      /* Translators: the date a quiz was taken, then how the scores moved since the one before. */
      subtitle = g_strdup_printf (_("%s · %s"), date, movement);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : movement);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Result"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Result"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "profile.delete-result");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    liens_quiz_result_get_id (result));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update (LiensProfilePage *self)
{
  g_autoptr(LiensQuizResult) latest = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  LiensQuizResult *shown;
  GtkWidget *child;
  guint n_items = 0;

  if (self->results != NULL)
    n_items = g_list_model_get_n_items (self->results);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  if (n_items == 0)
    {
      liens_profile_result_set_result (self->result_view, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  latest = g_list_model_get_item (self->results, 0);
  shown = liens_profile_result_get_result (self->result_view);
  if (shown == NULL || liens_quiz_result_get_id (shown) != liens_quiz_result_get_id (latest))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  liens_profile_result_set_result (self->result_view, latest);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiensQuizResult) result = g_list_model_get_item (self->results, i);
      g_autoptr(LiensQuizResult) previous = NULL;

      if (i + 1 < n_items)
        previous = g_list_model_get_item (self->results, i + 1);

      gtk_list_box_append (self->history_list, create_history_row (result, previous, now));
    }

  gtk_stack_set_visible_child_name (self->stack, "result");
}

/* Callbacks */

static void
results_changed_cb (LiensProfilePage *self)
{
  update (self);
}

static void
delete_undo_cb (AdwToast *toast,
                gpointer  user_data)
{
  UndoData *undo_data = user_data;
  g_autoptr(LiensProfilePage) self = g_weak_ref_get (&undo_data->page);
  g_autoptr(GError) error = NULL;

  if (undo_data->result == NULL)
    return;

  /* A new row with the same date and scores: the history reads the same again. */
  liens_quiz_result_set_id (undo_data->result, 0);
  if (!liens_store_save_quiz_result (undo_data->store, undo_data->result, &error))
    {
      if (self != NULL)
        liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      else
        g_warning ("Could not restore the quiz result: %s", error->message);
      return;
    }

  g_clear_object (&undo_data->result);
}

static void
delete_result_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensProfilePage *self = LIENS_PROFILE_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(LiensQuizResult) result = NULL;
  g_autoptr(GError) error = NULL;
  UndoData *undo_data;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  result = liens_store_get_quiz_result (self->store, id, &error);
  if (result == NULL || !liens_store_delete_quiz_result (self->store, id, &error))
    {
      liens_ui_add_error_toast (GTK_WIDGET (self), error, &self->last_toast);
      return;
    }

  toast = adw_toast_new (_("Quiz result deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));

  undo_data = g_new0 (UndoData, 1);
  undo_data->store = g_object_ref (self->store);
  undo_data->result = g_steal_pointer (&result);
  g_weak_ref_init (&undo_data->page, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (delete_undo_cb),
                         undo_data, undo_data_free, 0);

  liens_ui_add_toast (GTK_WIDGET (self), toast, &self->last_toast);
}

/* Overrides */

static void
liens_profile_page_dispose (GObject *object)
{
  LiensProfilePage *self = LIENS_PROFILE_PAGE (object);
  GtkWidget *child;

  liens_profile_page_set_store (self, NULL);
  g_clear_weak_pointer (&self->last_toast);

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_PROFILE_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_profile_page_parent_class)->dispose (object);
}

static void
liens_profile_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiensProfilePage *self = LIENS_PROFILE_PAGE (object);

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
liens_profile_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiensProfilePage *self = LIENS_PROFILE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      liens_profile_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_profile_page_class_init (LiensProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_profile_page_dispose;
  object_class->get_property = liens_profile_page_get_property;
  object_class->set_property = liens_profile_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (LIENS_TYPE_PROFILE_RESULT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensProfilePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LiensProfilePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LiensProfilePage, result_view);
  gtk_widget_class_bind_template_child (widget_class, LiensProfilePage, history_list);

  gtk_widget_class_install_action (widget_class, "profile.delete-result", "x",
                                   delete_result_action_cb);
}

static void
liens_profile_page_init (LiensProfilePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
liens_profile_page_new (void)
{
  return g_object_new (LIENS_TYPE_PROFILE_PAGE, NULL);
}

/**
 * liens_profile_page_get_store:
 * @self: a #LiensProfilePage
 *
 * Returns: (transfer none) (nullable): the database the page shows
 */
LiensStore *
liens_profile_page_get_store (LiensProfilePage *self)
{
  g_return_val_if_fail (LIENS_IS_PROFILE_PAGE (self), NULL);

  return self->store;
}

/**
 * liens_profile_page_set_store:
 * @self: a #LiensProfilePage
 * @store: (nullable): the database to show the quiz results of
 */
void
liens_profile_page_set_store (LiensProfilePage *self,
                              LiensStore       *store)
{
  g_return_if_fail (LIENS_IS_PROFILE_PAGE (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_data (self->results, self);
  g_clear_object (&self->results);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->results = liens_store_list_quiz_results (store);
      g_signal_connect_object (self->results, "items-changed", G_CALLBACK (results_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * liens_profile_page_dup_movement:
 * @result: a quiz result
 * @previous: (nullable): the result taken before it
 *
 * Returns: (transfer full): how the scores moved since @previous, in points,
 *   e.g. "Mentor +12 points, Expert −6 points"
 */
char *
liens_profile_page_dup_movement (LiensQuizResult *result,
                                 LiensQuizResult *previous)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (result), NULL);
  g_return_val_if_fail (previous == NULL || LIENS_IS_QUIZ_RESULT (previous), NULL);

  if (previous == NULL)
    return g_strdup (_("First result"));

  for (guint i = 0; i < G_N_ELEMENTS (scored_profiles); i++)
    {
      const char *name = liens_profile_get_display_name (scored_profiles[i]);
      LiensProfile profile = scored_profiles[i];
      int delta = get_points (result, profile) - get_points (previous, profile);

      if (delta == 0)
        continue;

      if (text->len > 0)
        g_string_append (text, ", ");
      if (delta > 0)
        /* Translators: a score that went up since the previous quiz, e.g. "Mentor +12 points". */
        g_string_append_printf (text, g_dngettext (NULL, "%s +%d point", "%s +%d points",
                                                   delta),
                                name, delta);
      else
        /* Translators: a score that went down, e.g. "Expert −6 points", with a minus sign. */
        g_string_append_printf (text, g_dngettext (NULL, "%s −%d point", "%s −%d points",
                                                   -delta),
                                name, -delta);
    }

  if (text->len == 0)
    return g_strdup (_("Same scores as the previous result"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
