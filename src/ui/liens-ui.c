/* liens-ui.c: shared set-up of the user interface layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liens-resources.h"
#include "liens-ui.h"

/**
 * liens_ui_ensure_resources:
 *
 * Registers the application's GResource, once.
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
      liens_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
