/* liens-ui.c: shared set-up of the user interface layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "liens-clock.h"
#include "liens-resources.h"
#include "liens-ui.h"
#include "liens-window.h"

/**
 * liens_ui_ensure_resources:
 *
 * Registers the application's GResource and its icons, once.
 *
 * The resource is compiled with `--manual-register` so that the tests,
 * which link the same library, decide when it is loaded; every widget
 * that uses a template calls this before looking its template up.
 */
void
liens_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      GdkDisplay *display = gdk_display_get_default ();

      liens_register_resource ();

      /* GtkApplication adds the resource's icons for the app; widgets built without one
       * (the tests) need them too. */
      if (display != NULL)
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                          "/io/github/liens/Liens/icons");

      g_once_init_leave (&registered, 1);
    }
}

/**
 * liens_ui_add_toast:
 * @widget: the widget the toast is about
 * @toast: (transfer full): the toast
 * @last_toast: (nullable): where @widget keeps a weak pointer to its latest toast
 *
 * Shows @toast in the window @widget is in, or in the toast overlay around it (a test
 * may show a page alone), after dismissing @widget's previous toast: a new undo
 * replaces the old one. Without either, the toast is dropped.
 */
void
liens_ui_add_toast (GtkWidget  *widget,
                    AdwToast   *toast,
                    AdwToast  **last_toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, LIENS_TYPE_WINDOW);
  GtkWidget *overlay = NULL;

  if (window == NULL)
    overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (window == NULL && overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  if (last_toast != NULL)
    {
      if (*last_toast != NULL)
        adw_toast_dismiss (*last_toast);
      g_set_weak_pointer (last_toast, toast);
    }

  if (window != NULL)
    liens_window_add_toast (LIENS_WINDOW (window), toast);
  else
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* An error's message as a toast, for a failure that loses nothing (the user may retry). */
void
liens_ui_add_error_toast (GtkWidget     *widget,
                          const GError  *error,
                          AdwToast     **last_toast)
{
  g_autofree char *title = g_markup_escape_text (error->message, -1);

  liens_ui_add_toast (widget, adw_toast_new (title), last_toast);
}

/**
 * liens_ui_query_follow_day:
 * @query: a query whose list is on show
 *
 * Call it on #LiensClock::day-changed: a query of the contacts due for reconnection runs
 * again, with the tests' fake time if there is one. Other queries do not depend on the day.
 */
void
liens_ui_query_follow_day (LiensContactQuery *query)
{
  g_autoptr(GDateTime) now = liens_clock_is_faked () ? liens_clock_get_now () : NULL;
  GDateTime *before = liens_contact_query_get_now (query);
  gboolean same = (before == NULL && now == NULL) ||
                  (before != NULL && now != NULL && g_date_time_equal (before, now));

  g_return_if_fail (LIENS_IS_CONTACT_QUERY (query));

  /* Without a fake time, the query asks for the time whenever it runs. */
  liens_contact_query_set_now (query, now);

  if (same && liens_contact_query_get_due_only (query))
    g_signal_emit_by_name (query, "changed");
}
