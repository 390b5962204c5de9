/* bare-window.c: an empty libadwaita window, the floor the start-up figures compare with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "liens-benchmark.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window;

  liens_benchmark_mark ("GTK started");
  window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  liens_benchmark_watch_first_frame (window, NULL);
  gtk_window_present (GTK_WINDOW (window));
  liens_benchmark_mark ("window presented");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  liens_benchmark_mark_start ();

  app = adw_application_new ("io.github.liens.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
