/* test-backup.c: backups of the store, the files restoring refuses, restoring, and the
 * automatic backups of each day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char       *dir;
  char       *path;
  char       *folder;
  LiensStore *store;
  guint       n_resets;
  guint       n_other_signals;
} Fixture;

/* Helpers */

static void
reset_cb (LiensStore *store,
          Fixture    *f)
{
  f->n_resets++;
}

static void
other_signal_cb (LiensStore *store,
                 gint64      id,
                 Fixture    *f)
{
  f->n_other_signals++;
}

/* The rows of the tables people see, as another connection reads them. */
static char *
dump_rows (const char *path)
{
  static const char * const queries[] = {
    "SELECT id, given_name, family_name, organisation, uid, archived FROM contact ORDER BY id",
    "SELECT contact_id, position, kind, value, match_key FROM contact_detail ORDER BY 1, 2",
    "SELECT id, name FROM tag ORDER BY id",
    "SELECT id, name FROM network ORDER BY id",
    "SELECT id, date, notes FROM encounter ORDER BY id",
    "SELECT rowid, name, organisation FROM contact_fts ORDER BY rowid",
  };
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            g_string_append_printf (dump, "%s|",
                                    (const char *) sqlite3_column_text (stmt, i) ?: "NULL");
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

static gint64
add_contact (LiensStore *store,
             const char *given_name)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GError) error = NULL;

  liens_contact_set_given_name (contact, given_name);
  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  return liens_contact_get_id (contact);
}

static guint
count_files (const char *folder,
             const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static void
assert_refused (Fixture    *f,
                const char *path,
                gint        code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_rows (f->path);
  g_autofree char *after = NULL;
  int version = -1;

  g_assert_false (liens_store_check_backup_file (path, &version, &error));
  g_assert_error (error, LIENS_STORE_ERROR, code);
  g_test_message ("Error as shown: %s", error->message);
  g_assert_cmpint (version, ==, -1);
  g_clear_error (&error);

  g_assert_false (liens_store_restore_from_file (f->store, path, &error));
  g_assert_error (error, LIENS_STORE_ERROR, code);

  /* Nothing changed, nothing told, nothing kept aside. */
  after = dump_rows (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->n_resets, ==, 0);
  g_assert_cmpuint (f->n_other_signals, ==, 0);
  g_assert_cmpuint (count_files (f->folder, "liens-before-restore-"), ==, 0);
}

/* Fixtures */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = liens_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "liens.db", NULL);
  f->folder = liens_store_dup_backup_folder (f->path);
  f->store = liens_store_new (f->path, &error);
  g_assert_no_error (error);
  liens_test_add_sample_contacts (f->store);
  liens_test_add_sample_encounters (f->store);

  g_signal_connect (f->store, "reset", G_CALLBACK (reset_cb), f);
  g_signal_connect (f->store, "contact-added", G_CALLBACK (other_signal_cb), f);
  g_signal_connect (f->store, "contact-changed", G_CALLBACK (other_signal_cb), f);
  g_signal_connect (f->store, "contact-removed", G_CALLBACK (other_signal_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
  liens_test_remove_temp_dir (f->dir);
  g_clear_pointer (&f->folder, g_free);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Tests */

static void
test_folder (void)
{
  g_autofree char *folder = NULL;

  folder = liens_store_dup_backup_folder ("/home/user/.local/share/liens/liens.db");

  g_assert_cmpstr (folder, ==, "/home/user/.local/share/liens/backups");
}

static void
test_backup_to_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "copies", "liens-copy.db", NULL);
  g_autofree char *dest_dir = g_path_get_dirname (dest);
  g_autofree char *live = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *wal = g_strconcat (dest, "-wal", NULL);
  GStatBuf buf;
  int version = 0;

  add_contact (f->store, "Écrite juste avant");
  g_assert_true (liens_store_backup_to_file (f->store, dest, &error));
  g_assert_no_error (error);

  /* A whole, private, self-contained file, and nothing else beside it. */
  g_assert_cmpint (g_stat (dest, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dest_dir, ""), ==, 1);
  g_assert_cmpint (liens_test_query_int (dest, "SELECT count(*) FROM pragma_journal_mode "
                                    "WHERE journal_mode = 'delete'"), ==, 1);

  /* A Liens database with the same rows, what was still in the WAL included. */
  g_assert_true (liens_store_check_backup_file (dest, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, LIENS_STORE_SCHEMA_VERSION);
  live = dump_rows (f->path);
  copy = dump_rows (dest);
  g_assert_cmpstr (copy, ==, live);
  g_assert_nonnull (strstr (copy, "Écrite juste avant"));
  g_assert_cmpint (liens_test_query_int (dest, "SELECT count(*) FROM contact"), >, 5);

  /* Writing again replaces it whole. */
  add_contact (f->store, "Plus tard");
  g_assert_true (liens_store_backup_to_file (f->store, dest, &error));
  g_assert_no_error (error);
  g_clear_pointer (&copy, g_free);
  copy = dump_rows (dest);
  g_assert_nonnull (strstr (copy, "Plus tard"));
  g_assert_cmpuint (count_files (dest_dir, ""), ==, 1);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (f->dir, "good.db", NULL);
  g_autofree char *corrupt = g_build_filename (f->dir, "corrupt.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page;

  g_assert_true (liens_store_backup_to_file (f->store, good, &error));
  g_assert_no_error (error);

  /* Bytes flipped in the middle of a real backup: a page header, so a B-tree is broken. */
  g_assert_true (g_file_get_contents (good, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length % 4096, ==, 0);
  g_assert_cmpuint (length / 4096, >=, 8);
  page = length / 4096 / 2;
  for (gsize i = 0; i < 64; i++)
    contents[page * 4096 + i] ^= 0xA5;
  g_assert_true (g_file_set_contents (corrupt, contents, length, &error));
  g_assert_no_error (error);
  assert_refused (f, corrupt, LIENS_STORE_ERROR_CORRUPT);

  /* Not a database at all. */
  g_assert_true (g_file_set_contents (text, "BEGIN:VCARD\nFN:Anne\nEND:VCARD\n", -1, &error));
  g_assert_no_error (error);
  assert_refused (f, text, LIENS_STORE_ERROR_NOT_A_DATABASE);

  /* A database, but not a Liens one. */
  liens_test_exec_sql (other, "CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT);"
                   "INSERT INTO contact (name) VALUES ('Anne');");
  assert_refused (f, other, LIENS_STORE_ERROR_NOT_A_DATABASE);

  /* A Liens database from a newer version. */
  g_assert_true (liens_store_backup_to_file (f->store, newer, &error));
  g_assert_no_error (error);
  liens_test_exec_sql (newer, "PRAGMA user_version = 99");
  assert_refused (f, newer, LIENS_STORE_ERROR_TOO_NEW);

  assert_refused (f, missing, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *before = NULL;
  const char *name;
  guint n_backup;

  g_assert_true (liens_store_backup_to_file (f->store, backup, &error));
  g_assert_no_error (error);
  saved = dump_rows (backup);
  n_backup = (guint) liens_test_query_int (backup, "SELECT count(*) FROM contact "
                                                   "WHERE archived = 0");

  /* Life goes on after the backup. */
  list = liens_store_list_contacts (f->store);
  add_contact (f->store, "Zoé Après");
  g_assert_true (liens_store_delete_contact (f->store, 1, &error));
  g_assert_no_error (error);
  f->n_other_signals = 0;

  g_assert_true (liens_store_restore_from_file (f->store, backup, &error));
  g_assert_no_error (error);

  /* The content is the backup's, the open store and its lists follow. */
  restored = dump_rows (f->path);
  g_assert_cmpstr (restored, ==, saved);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM pragma_journal_mode "
                                       "WHERE journal_mode = 'wal'"), ==, 1);
  g_assert_cmpuint (f->n_resets, ==, 1);
  g_assert_cmpuint (f->n_other_signals, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_backup);
  {
    g_autoptr(LiensContact) first = liens_store_get_contact (f->store, 1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (first);
  }
  add_contact (f->store, "Après la restauration");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_backup + 1);

  /* What was replaced is kept aside, and can be restored in turn. */
  g_assert_cmpuint (count_files (f->folder, "liens-before-restore-"), ==, 1);
  dir = g_dir_open (f->folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "liens-before-restore-"))
      before = g_build_filename (f->folder, name, NULL);
  g_assert_true (liens_store_check_backup_file (before, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (liens_test_query_int (before, "SELECT count(*) FROM contact "
                                      "WHERE given_name = 'Zoé Après'"), ==, 1);
  g_assert_cmpint (liens_test_query_int (before, "SELECT count(*) FROM contact WHERE id = 1"),
                   ==, 0);

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_restore_older (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(LiensContact) emilie = NULL;
  int version = 0;

  /* A backup made by the version 4 store. */
  fixture = g_test_build_filename (G_TEST_DIST, "data", "schema-v4.sql", NULL);
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  liens_test_exec_sql (old, sql);
  g_assert_true (liens_store_check_backup_file (old, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 4);

  g_assert_true (liens_store_restore_from_file (f->store, old, &error));
  g_assert_no_error (error);

  /* Migrated in place: the store works on it as on any current file. */
  g_assert_cmpint (liens_store_get_schema_version (f->store), ==, LIENS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (liens_test_query_int (f->path, "PRAGMA user_version"), ==,
                   LIENS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 3);
  emilie = liens_store_get_contact (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_contact_get_given_name (emilie), ==, "Émilie");
  g_assert_true (g_str_has_prefix (liens_contact_get_uid (emilie), "urn:uuid:"));
  g_assert_cmpint (add_contact (f->store, "Nouvelle"), ==, 7);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);

  /* The file given was only read. */
  g_assert_cmpint (liens_test_query_int (old, "PRAGMA user_version"), ==, 4);
}

static void
auto_backup_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = liens_store_auto_backup_finish (LIENS_STORE (object), result, &error);
  g_assert_no_error (error);
}

static void
test_auto_backup (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first_day = g_date_time_new_local (2024, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new_local (2024, 3, 1, 21, 0, 0);
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *async_path = NULL;
  g_autofree char *unrelated = NULL;
  g_autofree char *first_rows = NULL;
  g_autofree char *rows = NULL;

  g_assert_null (liens_store_find_latest_backup (f->folder));

  path = liens_store_auto_backup (f->store, f->folder, first_day, 7, &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_suffix (path, "/backups/liens-2024-03-01.db"));
  first_rows = dump_rows (path);

  /* Once a day: later that day, nothing is written. */
  add_contact (f->store, "Ajoutée le soir");
  again = liens_store_auto_backup (f->store, f->folder, evening, 7, &error);
  g_assert_no_error (error);
  g_assert_null (again);
  rows = dump_rows (path);
  g_assert_cmpstr (rows, ==, first_rows);

  /* Files that are not automatic backups are left alone. */
  unrelated = g_build_filename (f->folder, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (unrelated, "à garder", -1, &error));
  g_assert_no_error (error);

  /* Ten days: the newest seven stay. */
  for (int day = 2; day <= 10; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_local (2024, 3, day, 9, 0, 0);
      g_autofree char *written = NULL;

      written = liens_store_auto_backup (f->store, f->folder, now, 7, &error);
      g_assert_no_error (error);
      g_assert_nonnull (written);
      g_assert_cmpuint (count_files (f->folder, "liens-2024-"), ==, MIN (day, 7));
    }

  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("liens-2024-03-%02d.db", day);
      g_autofree char *file = g_build_filename (f->folder, name, NULL);

      g_assert_cmpint (g_file_test (file, G_FILE_TEST_EXISTS), ==, day >= 4);
    }
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));

  latest = liens_store_find_latest_backup (f->folder);
  g_assert_true (g_str_has_suffix (latest, "/liens-2024-03-10.db"));
  g_assert_true (liens_store_check_backup_file (latest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (liens_test_query_int (latest, "SELECT count(*) FROM contact "
                                      "WHERE given_name = 'Ajoutée le soir'"), ==, 1);

  /* In a worker thread, the UI's store untouched meanwhile. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_local (2024, 3, 11, 9, 0, 0);

    liens_store_auto_backup_async (f->store, f->folder, now, 7, NULL,
                                   auto_backup_done_cb, &async_path);
    while (async_path == NULL)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_true (g_str_has_suffix (async_path, "/liens-2024-03-11.db"));
  g_assert_cmpuint (count_files (f->folder, "liens-2024-"), ==, 7);
  g_assert_false (g_file_test (f->folder, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (f->n_resets, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/backup/folder", test_folder);
  ADD_TEST ("/backup/to-file", test_backup_to_file);
  ADD_TEST ("/backup/refused", test_refused);
  ADD_TEST ("/backup/restore", test_restore);
  ADD_TEST ("/backup/restore-older", test_restore_older);
  ADD_TEST ("/backup/auto", test_auto_backup);

  return g_test_run ();
}
