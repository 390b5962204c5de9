/* test-open.c: opening files with Liens ("liens contacts.vcf", a double click in Files): the
 * window comes up with the import preview of each file, and nothing is written until the
 * user confirms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-application.h"
#include "liens-import-dialog.h"
#include "liens-test-utils.h"
#include "liens-window.h"

/* One registered application for every test, as `liens FILE` runs it. */
static LiensApplication *app;

static GPtrArray *
find_import_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *dialogs = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (LIENS_IS_IMPORT_DIALOG (toplevel))
        g_ptr_array_add (dialogs, toplevel);
    }

  return dialogs;
}

static LiensWindow *
open_on (const char  *db_path,
         GFile      **files,
         int          n_files)
{
  GList *windows;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  liens_application_set_database_path (app, db_path);
  g_application_open (G_APPLICATION (app), files, n_files, "");
  liens_application_set_database_path (app, NULL);

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), >=, 1);
  g_assert_true (LIENS_IS_WINDOW (g_list_last (windows)->data));
  liens_test_wait_for_mapped (GTK_WIDGET (g_list_last (windows)->data));

  return LIENS_WINDOW (g_list_last (windows)->data);
}

static void
test_open_files (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *db_path = g_build_filename (dir, "liens.db", NULL);
  g_autofree char *vcard_path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                       "google.vcf", NULL);
  g_autofree char *csv_path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                     "linkedin-connections.csv", NULL);
  g_autoptr(GFile) vcard = g_file_new_for_path (vcard_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  GFile *files[] = { vcard, csv };
  g_autoptr(GPtrArray) dialogs = NULL;
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GError) error = NULL;
  LiensImportDialog *dialog = NULL;
  LiensWindow *window;
  gboolean seen_vcard = FALSE;
  gboolean seen_csv = FALSE;

  window = open_on (db_path, files, G_N_ELEMENTS (files));
  g_assert_nonnull (liens_window_get_store (window));

  /* One preview per file, over the window. */
  dialogs = find_import_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 2);
  for (guint i = 0; i < dialogs->len; i++)
    {
      LiensImportDialog *d = g_ptr_array_index (dialogs, i);
      GFile *file = liens_import_dialog_get_file (d);

      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (d)) == GTK_WINDOW (window));
      seen_vcard |= g_file_equal (file, vcard);
      seen_csv |= g_file_equal (file, csv);
      if (g_file_equal (file, vcard))
        dialog = d;
    }
  g_assert_true (seen_vcard && seen_csv);

  /* The preview reads the file in the background: it finds the two people of the vCard. */
  for (guint i = 0; i < 500 && liens_import_dialog_get_plan (dialog) == NULL; i++)
    {
      g_usleep (10000);
      liens_test_iterate ();
    }
  g_assert_nonnull (liens_import_dialog_get_plan (dialog));
  g_assert_cmpuint (liens_import_plan_get_n_candidates (liens_import_dialog_get_plan (dialog)), ==, 2);

  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  liens_test_assert_widgets_are_named (GTK_WIDGET (dialog));
  g_assert_true (liens_test_screenshot (GTK_WIDGET (dialog), "open-vcard", &error));
  g_assert_no_error (error);

  /* Nothing is imported before the user says so. */
  g_assert_cmpuint (liens_store_count_contacts (liens_window_get_store (window), query, &error),
                    ==, 0);
  g_assert_no_error (error);

  for (guint i = 0; i < dialogs->len; i++)
    liens_test_destroy_window (g_ptr_array_index (dialogs, i));
  liens_test_destroy_window (GTK_WINDOW (window));
  liens_test_remove_temp_dir (dir);
}

static void
test_open_without_database (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *db_path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *vcard_path = g_test_build_filename (G_TEST_DIST, "data", "import",
                                                       "google.vcf", NULL);
  g_autoptr(GFile) vcard = g_file_new_for_path (vcard_path);
  g_autoptr(GPtrArray) dialogs = NULL;
  g_autofree char *contents = NULL;
  LiensWindow *window;

  g_assert_true (g_file_set_contents (db_path, "hello", -1, NULL));

  /* The error page, and no preview: there is no database to import into. */
  window = open_on (db_path, &vcard, 1);
  g_assert_null (liens_window_get_store (window));
  liens_test_iterate ();
  dialogs = find_import_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 0);

  liens_test_destroy_window (GTK_WINDOW (window));

  g_assert_true (g_file_get_contents (db_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");
  liens_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  liens_test_init (&argc, &argv);

  /* A test instance must never talk to a Liens the user is running. */
  app = liens_application_new ();
  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_HANDLES_OPEN);
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/open/files", test_open_files);
  g_test_add_func ("/open/without-database", test_open_without_database);

  ret = g_test_run ();

  /* A registered application keeps references of its own until it has run and shut down. */
  g_clear_object (&app);

  return ret;
}
