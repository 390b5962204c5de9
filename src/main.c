/* main.c: builds the Liens application and runs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liens-application.h"
#include "liens-benchmark.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiensApplication) app = NULL;
  const char *localedir;

  liens_benchmark_mark_start ();

  /* An uninstalled build (make run, the tests) points at its own translations. */
  localedir = g_getenv ("LIENS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = liens_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
