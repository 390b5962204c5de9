/* liens-ui.c: shared set-up of the user interface layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "liens-resources.h"
#include "liens-ui.h"

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
