/* test-app.c: runs the real liens binary as a user would and checks what it leaves on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>

#include "liens-store.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("liens-app-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "liens.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* @auto_backup: as a user's start, which writes the day's backup; the tests' environment
 * turns it off elsewhere. */
static GSubprocess *
spawn_liens_full (const char *db_path,
                  gboolean    auto_backup)
{
  const char *binary = g_getenv ("LIENS_BINARY");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_assert_nonnull (binary);
  if (auto_backup)
    g_subprocess_launcher_unsetenv (launcher, "LIENS_NO_AUTO_BACKUP");
  process = g_subprocess_launcher_spawn (launcher, &error, binary, "--database", db_path, NULL);
  g_assert_no_error (error);
  return process;
}

static GSubprocess *
spawn_liens (const char *db_path)
{
  return spawn_liens_full (db_path, FALSE);
}

static void
stop_liens (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;

  /* Still running: it neither crashed nor quit on its own (the identifier goes once it exits). */
  g_assert_nonnull (g_subprocess_get_identifier (process));
  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
}

static int
read_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static gboolean
has_table (sqlite3    *db,
           const char *name)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

static void
wait_seconds (double seconds)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add_once ((guint) (seconds * 1000), (GSourceOnceFunc) g_main_loop_quit, loop);
  g_main_loop_run (loop);
}

static void
test_app_creates_database (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const tables[] = {
    "contact", "contact_detail", "tag", "contact_tag", "network", "contact_network",
    "encounter", "encounter_contact", "introduction", "event", "event_person",
    "quiz_result", "contact_fts",
  };
  g_autoptr(GSubprocess) process = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;
  int i;

  process = spawn_liens (fixture->db_path);

  /* The app migrates the new database to the latest schema at start-up. */
  for (i = 0; i < 200 && read_user_version (fixture->db_path) != LIENS_STORE_SCHEMA_VERSION; i++)
    wait_seconds (0.05);
  g_assert_cmpint (read_user_version (fixture->db_path), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Give it time to build and show its window, then check it is still alive. */
  wait_seconds (1.0);
  stop_liens (process);

  g_assert_cmpint (g_stat (fixture->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (sqlite3_open_v2 (fixture->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (i = 0; i < (int) G_N_ELEMENTS (tables); i++)
    {
      if (!has_table (db, tables[i]))
        g_error ("table %s is missing from the database the app created", tables[i]);
    }

  /* The full-text index answers queries. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'reseau*'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_app_keeps_bad_database (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char bytes[] = "These are my notes, not a database.\n";
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize after_len = 0;

  g_file_set_contents (fixture->db_path, bytes, -1, &error);
  g_assert_no_error (error);

  /* The app shows its error page and keeps running; the file is untouched. */
  process = spawn_liens (fixture->db_path);
  wait_seconds (2.0);
  stop_liens (process);

  g_file_get_contents (fixture->db_path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_len, bytes, strlen (bytes));
}

static void
test_app_auto_backup (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "liens-%Y-%m-%d.db");
  g_autofree char *folder = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *backup = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *other;
  GStatBuf st;
  int version = 0;
  int i;

  /* Without LIENS_NO_AUTO_BACKUP, a start writes today's backup beside the database, in the
   * background while the window shows. */
  process = spawn_liens_full (fixture->db_path, TRUE);
  for (i = 0; i < 200 && !g_file_test (backup, G_FILE_TEST_EXISTS); i++)
    wait_seconds (0.05);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  wait_seconds (0.5);
  stop_liens (process);

  g_assert_true (liens_store_check_backup_file (backup, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, LIENS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Nothing else: no temporary file left behind. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((other = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (other, ==, name);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/app/creates-database", Fixture, NULL,
              fixture_set_up, test_app_creates_database, fixture_tear_down);
  g_test_add ("/app/keeps-bad-database", Fixture, NULL,
              fixture_set_up, test_app_keeps_bad_database, fixture_tear_down);
  g_test_add ("/app/auto-backup", Fixture, NULL,
              fixture_set_up, test_app_auto_backup, fixture_tear_down);

  return g_test_run ();
}
