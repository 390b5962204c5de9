/* liens-store-backup.c: backups of the database, checking them, restoring one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "liens-store-private.h"

/* A backup is a plain SQLite file (no WAL beside it) written with SQLite's online backup
 * API, so that it is a consistent snapshot even while the app writes. It is written to a
 * temporary file next to its destination, then renamed over it: a backup file is always
 * whole. Backup files are private to the user (0600), as the database is.
 *
 * Restoring checks the file first (a Liens database, sound, not newer than this build),
 * keeps the current database as a "before restore" backup, then copies the backup into
 * the live connection with the same API, in one transaction; the store object stays
 * valid, migrates what it restored and emits "reset" so that every list reloads.
 *
 * Automatic backups are named after their day (liens-YYYY-MM-DD.db) in the backup folder,
 * at most one a day, the newest few kept. */

/* Must match liens-store.c: 'Lien' in ASCII. */
#define LIENS_STORE_APPLICATION_ID 0x4C69656E

#define AUTO_BACKUP_PREFIX "liens-"
#define AUTO_BACKUP_SUFFIX ".db"
#define BEFORE_RESTORE_PREFIX "liens-before-restore-"

#define BUSY_WAIT_MS 50
#define MAX_BUSY_WAITS 100

/* Helpers */

static gboolean
set_write_error (GError **error,
                 int      saved_errno)
{
  g_set_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_FAILED,
               _("The backup could not be written: %s."), g_strerror (saved_errno));

  return FALSE;
}

static gboolean
set_backup_error (GError  **error,
                  sqlite3  *db,
                  int       rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_A_DATABASE,
                           _("This file is not a Liens backup."));
      return FALSE;

    case SQLITE_CORRUPT:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CORRUPT,
                           _("This backup is damaged and cannot be restored."));
      return FALSE;

    default:
      return liens_store_set_error_from_code (error, db, rc);
    }
}

/* Opens @path read-only without ever writing beside it: no journal, no WAL index. */
static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *full = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND,
                           _("The backup file could not be found."));
      return NULL;
    }

  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return NULL;

  full = g_strconcat (uri, "?mode=ro&immutable=1", NULL);
  rc = sqlite3_open_v2 (full, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      set_backup_error (error, db, rc);
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, TRUE);

  return db;
}

/* Returns SQLITE_OK and sets *@value, or the error code. */
static int
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return rc;
}

static int
check_integrity (sqlite3 *db)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_string_append (problems, (const char *) sqlite3_column_text (stmt, 0));
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_OK && !g_str_equal (problems->str, "ok"))
    {
      g_debug ("Integrity check of a backup failed: %s", problems->str);
      rc = SQLITE_CORRUPT;
    }

  return rc;
}

/* Copies the main database of @source into that of @dest, in one transaction of @dest. */
static gboolean
copy_database (sqlite3  *dest,
               sqlite3  *source,
               GError  **error)
{
  sqlite3_backup *backup;
  guint n_waits = 0;
  int rc;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    return liens_store_set_error_from_code (error, dest, sqlite3_errcode (dest));

  /* Another connection writing: wait for it a few seconds, as the store does. */
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && n_waits++ < MAX_BUSY_WAITS)
        sqlite3_sleep (BUSY_WAIT_MS);
      else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        break;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    return set_backup_error (error, dest, rc);

  return TRUE;
}

static void
remove_temporary (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

static gboolean
is_auto_backup_name (const char *name)
{
  const char *date = name + strlen (AUTO_BACKUP_PREFIX);

  /* liens-YYYY-MM-DD.db */
  if (!g_str_has_prefix (name, AUTO_BACKUP_PREFIX) ||
      strlen (name) != strlen (AUTO_BACKUP_PREFIX "YYYY-MM-DD" AUTO_BACKUP_SUFFIX) ||
      !g_str_has_suffix (name, AUTO_BACKUP_SUFFIX))
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? date[i] != '-' : !g_ascii_isdigit (date[i]))
      return FALSE;

  return TRUE;
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Deletes all automatic backups of @folder but the newest @keep. */
static void
prune_auto_backups (const char *folder,
                    guint       keep)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_auto_backup_name (name))
      g_ptr_array_add (names, g_strdup (name));

  /* The names sort as their dates. */
  g_ptr_array_sort (names, compare_names_newest_first);

  for (guint i = keep; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      if (g_unlink (path) != 0)
        g_debug ("Could not delete the old backup %s: %s", path, g_strerror (errno));
    }
}

typedef struct
{
  char      *folder;
  GDateTime *now;
  guint      keep;
} AutoBackup;

static void
auto_backup_free (AutoBackup *data)
{
  g_free (data->folder);
  g_date_time_unref (data->now);
  g_free (data);
}

static gpointer
auto_backup_in_worker (LiensStore    *worker,
                       gpointer       user_data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  AutoBackup *data = user_data;

  return liens_store_auto_backup (worker, data->folder, data->now, data->keep, error);
}

/* Public API */

/**
 * liens_store_backup_to_file:
 * @self: a #LiensStore
 * @dest_path: the backup file to write; replaced if it exists
 * @error: return location for a #LiensStoreError
 *
 * Writes a consistent copy of the database to @dest_path (private to the user), through a
 * temporary file renamed at the end: @dest_path is never left half-written. Blocks while
 * it copies; see liens_store_auto_backup_async() for a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_backup_to_file (LiensStore  *self,
                            const char  *dest_path,
                            GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int fd;
  int rc;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (dest_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_write_error (error, errno);

  tmp = g_strconcat (dest_path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_write_error (error, errno);
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    ok = liens_store_set_error_from_code (error, dest, rc);
  else
    /* A self-contained file: the copy keeps the source's WAL mode unless told. */
    ok = copy_database (dest, liens_store_get_db (self), error) &&
         sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;

  if (ok && sqlite3_close (dest) != SQLITE_OK)
    ok = liens_store_set_error_from_code (error, dest, sqlite3_errcode (dest));
  else if (!ok)
    sqlite3_close_v2 (dest);

  if (ok && g_rename (tmp, dest_path) != 0)
    ok = set_write_error (error, errno);

  if (!ok)
    {
      /* The error may be a closing one without a message. */
      if (error != NULL && *error == NULL)
        liens_store_set_error_from_code (error, NULL, SQLITE_IOERR);
      remove_temporary (tmp);
    }

  return ok;
}

/**
 * liens_store_check_backup_file:
 * @path: a file the user chose to restore
 * @schema_version: (out) (optional): the schema version of the backup
 * @error: return location for a #LiensStoreError: %LIENS_STORE_ERROR_NOT_A_DATABASE,
 *   %LIENS_STORE_ERROR_CORRUPT, %LIENS_STORE_ERROR_TOO_NEW…
 *
 * Checks, without writing anything, that @path is a Liens database this version can
 * restore: its application id, a full integrity check, and a schema no newer than this
 * build's.
 *
 * Returns: %TRUE if it can be restored
 */
gboolean
liens_store_check_backup_file (const char  *path,
                               int         *schema_version,
                               GError     **error)
{
  sqlite3 *db;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_objects = 0;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = open_read_only (path, error);
  if (db == NULL)
    return FALSE;

  rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_objects);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", &user_version);

  /* Every version of the schema sets the application id in its first step. */
  if (rc == SQLITE_OK &&
      (application_id != LIENS_STORE_APPLICATION_ID || user_version < 1 || n_objects == 0))
    rc = SQLITE_NOTADB;

  if (rc == SQLITE_OK && user_version > LIENS_STORE_SCHEMA_VERSION)
    {
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_TOO_NEW,
                           _("This backup was made by a newer version of Liens. "
                             "Update Liens to restore it."));
      sqlite3_close_v2 (db);
      return FALSE;
    }

  if (rc == SQLITE_OK)
    rc = check_integrity (db);

  if (rc != SQLITE_OK)
    {
      set_backup_error (error, db, rc);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  sqlite3_close_v2 (db);

  if (schema_version != NULL)
    *schema_version = (int) user_version;

  return TRUE;
}

/**
 * liens_store_restore_from_file:
 * @self: a #LiensStore
 * @backup_path: a backup, see liens_store_check_backup_file()
 * @error: return location for a #LiensStoreError
 *
 * Replaces the whole content of the database with the backup, after checking it and
 * keeping the current content as a backup (liens-before-restore-….db in the backup
 * folder). The store stays open: it migrates an older backup to the current schema and
 * emits #LiensStore::reset. On error the database is as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_restore_from_file (LiensStore  *self,
                               const char  *backup_path,
                               GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_check_backup_file (backup_path, NULL, error))
    return FALSE;

  /* Nothing is lost: what the restore replaces can be restored in turn. */
  folder = liens_store_dup_backup_folder (liens_store_get_path (self));
  now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  name = g_strconcat (BEFORE_RESTORE_PREFIX, stamp, AUTO_BACKUP_SUFFIX, NULL);
  before = g_build_filename (folder, name, NULL);
  if (!liens_store_backup_to_file (self, before, error))
    return FALSE;

  source = open_read_only (backup_path, error);
  if (source == NULL)
    return FALSE;

  ok = copy_database (liens_store_get_db (self), source, error);
  sqlite3_close_v2 (source);
  if (!ok)
    return FALSE;

  if (liens_store_reload (self, &local_error))
    return TRUE;

  /* The restored file could not be migrated: put back what was there. */
  source = open_read_only (before, NULL);
  if (source != NULL && copy_database (liens_store_get_db (self), source, NULL))
    liens_store_reload (self, NULL);
  g_clear_pointer (&source, sqlite3_close_v2);

  g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/**
 * liens_store_dup_backup_folder:
 * @db_path: the database file
 *
 * Returns: (transfer full): the folder of automatic backups, beside the database
 */
char *
liens_store_dup_backup_folder (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

/**
 * liens_store_find_latest_backup:
 * @folder: a backup folder
 *
 * Returns: (transfer full) (nullable): the most recently written backup of @folder,
 *   automatic or made before a restore, or %NULL if there is none
 */
char *
liens_store_find_latest_backup (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  g_autofree char *latest = NULL;
  gint64 latest_time = G_MININT64;
  const char *name;

  g_return_val_if_fail (folder != NULL, NULL);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf buf;

      if (!g_str_has_prefix (name, AUTO_BACKUP_PREFIX) ||
          !g_str_has_suffix (name, AUTO_BACKUP_SUFFIX))
        continue;

      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &buf) != 0)
        continue;

      /* The same second: the later name, as names hold the date. */
      if (buf.st_mtime > latest_time ||
          (buf.st_mtime == latest_time && g_strcmp0 (path, latest) > 0))
        {
          latest_time = buf.st_mtime;
          g_free (latest);
          latest = g_steal_pointer (&path);
        }
    }

  return g_steal_pointer (&latest);
}

/**
 * liens_store_auto_backup:
 * @self: a #LiensStore
 * @folder: the backup folder, see liens_store_dup_backup_folder()
 * @now: the current time, whose local day names the backup
 * @keep: how many automatic backups to keep, 7 for a week
 * @error: return location for a #LiensStoreError
 *
 * Writes the backup of the day (liens-YYYY-MM-DD.db) unless it exists, then deletes the
 * automatic backups but the newest @keep. Backups made before a restore are kept.
 *
 * Returns: (transfer full) (nullable): the path of the backup written, or %NULL when the
 *   day's backup existed already (@error unset) or on error
 */
char *
liens_store_auto_backup (LiensStore  *self,
                         const char  *folder,
                         GDateTime   *now,
                         guint        keep,
                         GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_date_time_format (now, AUTO_BACKUP_PREFIX "%Y-%m-%d" AUTO_BACKUP_SUFFIX);
  path = g_build_filename (folder, name, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_clear_pointer (&path, g_free);
  else if (!liens_store_backup_to_file (self, path, error))
    return NULL;

  prune_auto_backups (folder, MAX (keep, 1));

  return g_steal_pointer (&path);
}

/**
 * liens_store_auto_backup_async:
 * @self: the store the UI uses
 * @folder: as for liens_store_auto_backup()
 * @now: as for liens_store_auto_backup()
 * @keep: as for liens_store_auto_backup()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs liens_store_auto_backup() in a worker thread, with a connection of its own to the
 * same file, so that the UI never waits for the copy.
 */
void
liens_store_auto_backup_async (LiensStore          *self,
                               const char          *folder,
                               GDateTime           *now,
                               guint                keep,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AutoBackup *data;

  g_return_if_fail (LIENS_IS_STORE (self));
  g_return_if_fail (folder != NULL);
  g_return_if_fail (now != NULL);

  data = g_new0 (AutoBackup, 1);
  data->folder = g_strdup (folder);
  data->now = g_date_time_ref (now);
  data->keep = keep;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, liens_store_auto_backup_async);
  liens_store_run_in_worker (self, task, auto_backup_in_worker, NULL,
                             data, (GDestroyNotify) auto_backup_free, g_free);
}

/**
 * liens_store_auto_backup_finish:
 * @self: a #LiensStore
 * @result: the result given to the callback
 * @error: return location for a #LiensStoreError
 *
 * Returns: (transfer full) (nullable): as liens_store_auto_backup()
 */
char *
liens_store_auto_backup_finish (LiensStore    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
