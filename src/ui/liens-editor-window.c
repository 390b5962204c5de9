/* liens-editor-window.c: the base of the editors: never lose what the user typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-editor-window.h"

typedef struct
{
  /* The form as it was opened, to tell whether closing loses anything. */
  char             *initial_state;
  /* Set once closing must not ask again: after saving, or once the user discarded. */
  gboolean          closing;
  AdwMessageDialog *discard_dialog;
} LiensEditorWindowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (LiensEditorWindow, liens_editor_window, ADW_TYPE_WINDOW)

static gboolean
close_idle_cb (gpointer data)
{
  LiensEditorWindow *self = data;
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);

  priv->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (LiensEditorWindow *self,
                     const char        *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Once the dialog is gone: a transient parent must outlive its dialog (GTK 4.8). */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_discard (LiensEditorWindow *self)
{
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);
  LiensEditorWindowClass *klass = LIENS_EDITOR_WINDOW_GET_CLASS (self);
  GtkWidget *dialog;

  if (priv->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (priv->discard_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Discard Changes?"),
                                   klass->get_discard_message (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);

  priv->discard_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &priv->discard_dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
liens_editor_window_close_request (GtkWindow *window)
{
  LiensEditorWindow *self = LIENS_EDITOR_WINDOW (window);
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);

  /* Never lose what the user typed without asking. */
  if (!priv->closing && liens_editor_window_is_modified (self))
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (liens_editor_window_parent_class)->close_request (window);
}

static void
liens_editor_window_finalize (GObject *object)
{
  LiensEditorWindow *self = LIENS_EDITOR_WINDOW (object);
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);

  g_clear_pointer (&priv->initial_state, g_free);

  G_OBJECT_CLASS (liens_editor_window_parent_class)->finalize (object);
}

static void
liens_editor_window_class_init (LiensEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->finalize = liens_editor_window_finalize;
  window_class->close_request = liens_editor_window_close_request;

  /* Every editor has editor.cancel (closing, which asks first) and installs editor.save. */
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
liens_editor_window_init (LiensEditorWindow *self)
{
}

/**
 * liens_editor_window_remember_form:
 * @self: a #LiensEditorWindow
 *
 * Takes the form as it is now as the state closing compares with: call it
 * once the form is filled in.
 */
void
liens_editor_window_remember_form (LiensEditorWindow *self)
{
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);

  g_return_if_fail (LIENS_IS_EDITOR_WINDOW (self));

  g_free (priv->initial_state);
  priv->initial_state = LIENS_EDITOR_WINDOW_GET_CLASS (self)->dup_form_state (self);
}

/**
 * liens_editor_window_is_modified:
 * @self: a #LiensEditorWindow
 *
 * Returns: whether closing now would lose something the user changed
 */
gboolean
liens_editor_window_is_modified (LiensEditorWindow *self)
{
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);
  g_autofree char *state = NULL;

  g_return_val_if_fail (LIENS_IS_EDITOR_WINDOW (self), FALSE);

  state = LIENS_EDITOR_WINDOW_GET_CLASS (self)->dup_form_state (self);

  return g_strcmp0 (state, priv->initial_state) != 0;
}

/**
 * liens_editor_window_show_error:
 * @self: a #LiensEditorWindow
 * @heading: what failed, e.g. "Cannot Save the Contact"
 * @message: why, a sentence for the user
 *
 * Tells the user over the editor, which stays open with everything typed.
 */
void
liens_editor_window_show_error (LiensEditorWindow *self,
                                const char        *heading,
                                const char        *message)
{
  GtkWidget *dialog;

  g_return_if_fail (LIENS_IS_EDITOR_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * liens_editor_window_close_saved:
 * @self: a #LiensEditorWindow
 *
 * Closes the editor without asking: what it held is saved.
 */
void
liens_editor_window_close_saved (LiensEditorWindow *self)
{
  LiensEditorWindowPrivate *priv = liens_editor_window_get_instance_private (self);

  g_return_if_fail (LIENS_IS_EDITOR_WINDOW (self));

  priv->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}
