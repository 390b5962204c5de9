/* liens-store.c: opening, checking and migrating the database, statements and signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "liens-store-list.h"
#include "liens-store-private.h"

/* 'Lien' in ASCII: tells a Liens database from any other SQLite file. */
#define LIENS_STORE_APPLICATION_ID 0x4C69656E

#define BUSY_TIMEOUT_MS 5000

/* Committed changes kept for the lists that read them in bulk (liens_store_read_journal()):
 * a list that fell further behind starts over. */
#define JOURNAL_MAX 4096

struct _LiensStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;
  GArray     *pending;
  GArray     *journal;
  guint64     journal_start;
  int         schema_version;

  /* Inside liens_store_batch_begin() … liens_store_batch_end(). */
  guint       in_batch : 1;
  guint       quiet_batch : 1;

  /* Inside an import (liens_store_begin_import() … liens_store_end_import()), changes are
   * not recorded one by one: "reset" tells them. */
  guint       in_import : 1;
  guint       import_changed : 1;
  GPtrArray  *fts_batch;
};

static void liens_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiensStore, liens_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      liens_store_initable_iface_init))

G_DEFINE_QUARK (liens-store-error-quark, liens_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint signals[LIENS_STORE_N_ENTITIES][LIENS_STORE_N_CHANGES];
static guint reset_signal;

static const char * const entity_names[LIENS_STORE_N_ENTITIES] = {
  [LIENS_STORE_ENTITY_CONTACT] = "contact",
  [LIENS_STORE_ENTITY_NETWORK] = "network",
  [LIENS_STORE_ENTITY_ENCOUNTER] = "encounter",
  [LIENS_STORE_ENTITY_INTRODUCTION] = "introduction",
  [LIENS_STORE_ENTITY_EVENT] = "event",
  [LIENS_STORE_ENTITY_QUIZ_RESULT] = "quiz-result",
};

static const char * const change_names[LIENS_STORE_N_CHANGES] = {
  [LIENS_STORE_CHANGE_ADDED] = "added",
  [LIENS_STORE_CHANGE_CHANGED] = "changed",
  [LIENS_STORE_CHANGE_REMOVED] = "removed",
};

/* Errors */

static gboolean
set_error_from_errno (GError **error,
                      int      saved_errno)
{
  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_PERMISSION_DENIED,
                           _("Liens is not allowed to read or write this file."));
      break;

    case ENOSPC:
    case EDQUOT:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_DISK_FULL,
                           _("The disk is full."));
      break;

    default:
      g_set_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_FAILED,
                   _("The database file could not be opened: %s."),
                   g_strerror (saved_errno));
      break;
    }

  return FALSE;
}

gboolean
liens_store_set_error_from_code (GError  **error,
                                 sqlite3  *db,
                                 int       rc)
{
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_A_DATABASE,
                           _("This file is not a Liens database."));
      return FALSE;

    case SQLITE_CORRUPT:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CORRUPT,
                           _("The database is damaged and cannot be read."));
      return FALSE;

    case SQLITE_FULL:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_DISK_FULL,
                           _("The disk is full."));
      return FALSE;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_PERMISSION_DENIED,
                           _("Liens is not allowed to read or write this file."));
      return FALSE;

    case SQLITE_CONSTRAINT:
      /* A link to something another window or instance deleted meanwhile. */
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND,
                               _("Something this item refers to no longer exists."));
          return FALSE;
        }
      break;

    case SQLITE_CANTOPEN:
      if (system_errno != 0)
        return set_error_from_errno (error, system_errno);
      break;

    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        return set_error_from_errno (error, system_errno);
      break;

    default:
      break;
    }

  g_set_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_FAILED,
               _("The database could not be used because of an unexpected error (%s)."),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  return FALSE;
}

gboolean
liens_store_fail (LiensStore  *self,
                  int          rc,
                  GError     **error)
{
  return liens_store_set_error_from_code (error, self->db, rc);
}

/* Statements */

void
liens_stmt_release (LiensStmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

LiensStmt *
liens_store_prepare (LiensStore  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (self->db != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      /* A cached statement still running means a caller nested the same query. */
      if (sqlite3_stmt_busy (stmt))
        g_critical ("Statement used while still running: %s", sql);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      liens_store_fail (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

gboolean
liens_store_step_done (LiensStore  *self,
                       LiensStmt   *stmt,
                       GError     **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return liens_store_fail (self, rc, error);

  return TRUE;
}

gboolean
liens_store_exec (LiensStore  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return liens_store_fail (self, rc, error);

  return TRUE;
}

void
liens_stmt_bind_text (LiensStmt  *stmt,
                      int         column,
                      const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

void
liens_stmt_bind_id (LiensStmt *stmt,
                    int        column,
                    gint64     id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, id);
}

void
liens_stmt_bind_date (LiensStmt *stmt,
                      int        column,
                      GDateTime *date)
{
  if (date == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, g_date_time_to_unix (date));
}

const char *
liens_stmt_get_text (LiensStmt *stmt,
                     int        column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* g_time_zone_new_local() looks at /etc/localtime on each call: loading thousands of
 * contacts (an import merging them) spent more time there than in SQLite. The zone is
 * looked up again after a second, so that a change of zone is still followed. */
static GTimeZone *
dup_local_time_zone (void)
{
  static GMutex mutex;
  static GTimeZone *zone;
  static gint64 looked_up_at;
  gint64 now = g_get_monotonic_time ();
  GTimeZone *result;

  g_mutex_lock (&mutex);
  if (zone == NULL || now - looked_up_at > G_USEC_PER_SEC)
    {
      g_clear_pointer (&zone, g_time_zone_unref);
      zone = g_time_zone_new_local ();
      looked_up_at = now;
    }
  result = g_time_zone_ref (zone);
  g_mutex_unlock (&mutex);

  return result;
}

GDateTime *
liens_stmt_dup_date (LiensStmt *stmt,
                     int        column)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  utc = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, column));
  if (utc == NULL)
    return NULL;

  zone = dup_local_time_zone ();

  return g_date_time_to_timezone (utc, zone);
}

/* Index text composed, as queries are, so that accents fold the same way on both sides. */
void
liens_stmt_bind_composed (LiensStmt  *stmt,
                          int         column,
                          const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column,
                       g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE), -1, g_free);
}

static void
bind_value (LiensStmt *stmt,
            int        column,
            GVariant  *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, column, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, column, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else
    g_critical ("Cannot bind a value of type %s", g_variant_get_type_string (value));
}

/* Binds an int64 or a string to `?1`, or each member of a tuple to `?1`, `?2`… */
void
liens_stmt_bind_param (LiensStmt *stmt,
                       GVariant  *param)
{
  if (param == NULL)
    return;

  if (!g_variant_is_of_type (param, G_VARIANT_TYPE_TUPLE))
    {
      bind_value (stmt, 1, param);
      return;
    }

  for (gsize i = 0; i < g_variant_n_children (param); i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (param, i);

      bind_value (stmt, (int) i + 1, child);
    }
}

/* Query building: fixed SQL fragments, each value bound to its own `?N`, so that what the
 * user typed is never part of the SQL and one prepared statement serves each shape. */

void
liens_query_builder_init (LiensQueryBuilder *builder,
                          const char        *sql)
{
  builder->sql = g_string_new (sql);
  g_variant_builder_init (&builder->params, G_VARIANT_TYPE_TUPLE);
  builder->n_params = 0;
}

/* Appends @fragment; each `?` in it stands for the next value given (floating, consumed). */
void
liens_query_builder_append (LiensQueryBuilder *builder,
                            const char        *fragment,
                            ...)
{
  va_list values;

  va_start (values, fragment);
  for (const char *p = fragment; *p != '\0'; p++)
    {
      if (*p != '?')
        {
          g_string_append_c (builder->sql, *p);
          continue;
        }

      g_variant_builder_add_value (&builder->params, va_arg (values, GVariant *));
      builder->n_params++;
      g_string_append_printf (builder->sql, "?%d", builder->n_params);
    }
  va_end (values);
}

/* Returns the SQL and sets @params to the tuple of values (floating). */
char *
liens_query_builder_end (LiensQueryBuilder  *builder,
                         GVariant          **params)
{
  *params = g_variant_builder_end (&builder->params);

  return g_string_free (g_steal_pointer (&builder->sql), FALSE);
}

gint64 *
liens_store_query_ids (LiensStore  *self,
                       const char  *sql,
                       GVariant    *param,
                       gsize       *n_ids,
                       GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  int rc;

  *n_ids = 0;

  stmt = liens_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  liens_stmt_bind_param (stmt, param);

  /* Zero-terminated so that an empty result is still a valid array. */
  ids = g_array_new (TRUE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      liens_store_fail (self, rc, error);
      return NULL;
    }

  *n_ids = ids->len;

  return (gint64 *) (gpointer) g_array_free (g_steal_pointer (&ids), FALSE);
}

gboolean
liens_store_run_with_id (LiensStore  *self,
                         const char  *sql,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);

  return liens_store_step_done (self, stmt, error);
}

gboolean
liens_store_set_not_found (GError           **error,
                           LiensStoreEntity   entity)
{
  static const char * const messages[LIENS_STORE_N_ENTITIES] = {
    [LIENS_STORE_ENTITY_CONTACT] = N_("This contact no longer exists."),
    [LIENS_STORE_ENTITY_NETWORK] = N_("This network no longer exists."),
    [LIENS_STORE_ENTITY_ENCOUNTER] = N_("This encounter no longer exists."),
    [LIENS_STORE_ENTITY_INTRODUCTION] = N_("This introduction no longer exists."),
    [LIENS_STORE_ENTITY_EVENT] = N_("This event no longer exists."),
    [LIENS_STORE_ENTITY_QUIZ_RESULT] = N_("This profile result no longer exists."),
  };

  g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND,
                       _(messages[entity]));

  return FALSE;
}

/* Deletes the row of @sql (`?1` = @id) inside the current transaction, NOT_FOUND if none. */
gboolean
liens_store_delete_row (LiensStore        *self,
                        const char        *sql,
                        LiensStoreEntity   entity,
                        gint64             id,
                        GError           **error)
{
  if (!liens_store_run_with_id (self, sql, id, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    return liens_store_set_not_found (error, entity);

  liens_store_queue_signal (self, entity, LIENS_STORE_CHANGE_REMOVED, id);

  return TRUE;
}

/* Runs a prepared INSERT (when *@id is 0, then sets *@id) or UPDATE of one row, inside the
 * current transaction, and queues the matching signal. */
gboolean
liens_store_write_row (LiensStore        *self,
                       LiensStmt         *stmt,
                       LiensStoreEntity   entity,
                       gint64            *id,
                       GError           **error)
{
  if (!liens_store_step_done (self, stmt, error))
    return FALSE;

  if (*id == 0)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      liens_store_queue_signal (self, entity, LIENS_STORE_CHANGE_ADDED, *id);
      return TRUE;
    }

  if (sqlite3_changes (self->db) == 0)
    return liens_store_set_not_found (error, entity);

  liens_store_queue_signal (self, entity, LIENS_STORE_CHANGE_CHANGED, *id);

  return TRUE;
}

/* Steps a query expected to return exactly one row of @entity. */
gboolean
liens_store_step_one (LiensStore        *self,
                      LiensStmt         *stmt,
                      LiensStoreEntity   entity,
                      GError           **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc == SQLITE_DONE)
    return liens_store_set_not_found (error, entity);

  return liens_store_fail (self, rc, error);
}

/* Queues @change of @entity for each id @sql returns (`?1` = @id). */
gboolean
liens_store_queue_for_ids (LiensStore        *self,
                           const char        *sql,
                           gint64             id,
                           LiensStoreEntity   entity,
                           LiensStoreChange   change,
                           GError           **error)
{
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_int64 (id));
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;

  ids = liens_store_query_ids (self, sql, param, &n_ids, error);
  if (ids == NULL)
    return FALSE;

  for (gsize i = 0; i < n_ids; i++)
    liens_store_queue_signal (self, entity, change, ids[i]);

  return TRUE;
}

/* Finishes a write: commits, or rolls back when @ok is FALSE or the commit fails. */
gboolean
liens_store_finish (LiensStore  *self,
                    gboolean     ok,
                    GError     **error)
{
  if (!ok)
    {
      liens_store_rollback (self);
      return FALSE;
    }

  return liens_store_commit (self, error);
}

/* The current time as the database gives it back: whole seconds, local time zone. */
GDateTime *
liens_store_dup_now (void)
{
  return g_date_time_new_from_unix_local (g_get_real_time () / G_USEC_PER_SEC);
}

/* The page cache of a connection: 16 MB, and 128 MB while an import plans or writes
 * thousands of contacts. */
#define CACHE_SIZE_SQL "PRAGMA cache_size = -16384"
/* SQLite's default: a commit that leaves more than 1,000 pages in the WAL checkpoints. */
#define AUTOCHECKPOINT_SQL "PRAGMA wal_autocheckpoint = 1000"

/**
 * liens_store_set_import_cache:
 * @self: a #LiensStore
 * @large: whether an import is starting rather than ending
 *
 * An import touches pages all over the large indexes of a big address book (contacts'
 * names, UIDs, match keys, the search index): with a cache that holds them, each is read
 * and written once in the transaction instead of being spilled and read again. Back to
 * the usual size (the pages over it are freed) when it ends.
 *
 * Its commit leaves tens of megabytes in the WAL: it does not copy them into the database
 * file itself (SQLite's automatic checkpoint), which would double its time. A worker
 * thread does it once its result is given (liens_store_run_in_worker()); otherwise the
 * next write or the closing of the last connection does.
 */
void
liens_store_set_import_cache (LiensStore *self,
                              gboolean    large)
{
  /* Only a slower import if it fails. */
  liens_store_exec (self, large ? "PRAGMA cache_size = -131072" : CACHE_SIZE_SQL, NULL);
  liens_store_exec (self, large ? "PRAGMA wal_autocheckpoint = 0" : AUTOCHECKPOINT_SQL, NULL);
}

/* Transactions and signals */

gboolean
liens_store_begin (LiensStore  *self,
                   GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  /* The batch's transaction holds every write until it ends. */
  if (self->in_batch)
    return TRUE;

  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  /* IMMEDIATE takes the write lock now, so a busy file fails here and not half-way. */
  stmt = liens_store_prepare (self, "BEGIN IMMEDIATE", error);
  if (stmt == NULL)
    return FALSE;

  return liens_store_step_done (self, stmt, error);
}

/**
 * liens_store_batch_begin:
 * @self: a #LiensStore
 * @quiet: whether to drop the signals instead of emitting them at the end
 * @error: return location for a #LiensStoreError
 *
 * Opens one transaction for many saves: until liens_store_batch_end(), the saves and
 * writes of the store join it, and their signals wait for its end. A quiet batch emits
 * none, for filling a database that nobody shows yet, such as the generator's. A save that
 * fails rolls the whole batch back; the caller then stops and calls
 * liens_store_batch_end() with %FALSE.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_batch_begin (LiensStore  *self,
                         gboolean     quiet,
                         GError     **error)
{
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  self->in_batch = TRUE;
  self->quiet_batch = quiet != FALSE;

  return TRUE;
}

/* Commits what a quiet batch wrote so far and goes on in a new transaction: a write of
 * millions of rows need not keep them all in the write-ahead log. */
gboolean
liens_store_batch_checkpoint (LiensStore  *self,
                              GError     **error)
{
  g_return_val_if_fail (self->in_batch && self->quiet_batch, FALSE);

  self->in_batch = FALSE;
  if (!liens_store_commit (self, error) || !liens_store_begin (self, error))
    {
      self->quiet_batch = FALSE;
      return FALSE;
    }
  self->in_batch = TRUE;

  return TRUE;
}

/**
 * liens_store_batch_end:
 * @self: a #LiensStore
 * @ok: %FALSE to roll back what the batch wrote (since its last checkpoint)
 * @error: return location for a #LiensStoreError
 *
 * Commits the batch, then emits the signals of all its changes unless it is quiet.
 *
 * Returns: %TRUE if the batch was committed
 */
gboolean
liens_store_batch_end (LiensStore  *self,
                       gboolean     ok,
                       GError     **error)
{
  /* A failed save rolled the batch back already. */
  if (!self->in_batch)
    return FALSE;

  self->in_batch = FALSE;
  self->quiet_batch = FALSE;
  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}

/* Called after a successful commit, once the saved object carries its new id. */
void
liens_store_emit_pending (LiensStore *self)
{
  g_autoptr(GArray) pending = NULL;

  /* A batch tells its changes once, when it ends. */
  if (self->pending->len == 0 || self->in_batch)
    return;

  /* Handlers may write again: they get a fresh queue. */
  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (LiensStoreChangeRecord));

  /* In the journal before any handler runs: whoever reads it then sees the whole commit. */
  if (self->journal->len + pending->len > JOURNAL_MAX)
    {
      guint drop = MIN (self->journal->len, self->journal->len + pending->len - JOURNAL_MAX / 2);

      g_array_remove_range (self->journal, 0, drop);
      self->journal_start += drop;
    }
  g_array_append_vals (self->journal, pending->data, pending->len);

  for (guint i = 0; i < pending->len; i++)
    {
      const LiensStoreChangeRecord *p = &g_array_index (pending, LiensStoreChangeRecord, i);

      g_signal_emit (self, signals[p->entity][p->change], 0, p->id);
    }
}

/* The sequence number the next committed change will have. */
guint64
liens_store_get_journal_end (LiensStore *self)
{
  return self->journal_start + self->journal->len;
}

/* The changes committed since @since (a value of liens_store_get_journal_end()), in order,
 * signals already emitted or about to be; %NULL if the journal no longer goes that far
 * back. Valid until the next write. */
const LiensStoreChangeRecord *
liens_store_read_journal (LiensStore *self,
                          guint64     since,
                          guint      *n_records)
{
  *n_records = 0;

  if (since < self->journal_start)
    return NULL;

  g_return_val_if_fail (since <= liens_store_get_journal_end (self), NULL);

  *n_records = (guint) (liens_store_get_journal_end (self) - since);

  return &g_array_index (self->journal, LiensStoreChangeRecord, since - self->journal_start);
}

/* Starts or ends an import: until liens_store_end_import(), writes queue no signal of their
 * own, and liens_store_end_import() returns whether any write happened. */
void
liens_store_begin_import (LiensStore *self)
{
  g_return_if_fail (!self->in_import && !self->in_batch);

  self->in_import = TRUE;
  self->import_changed = FALSE;
  self->fts_batch = g_ptr_array_new_with_free_func (liens_store_fts_row_free);
}

/* The contact search entries a batch writes last (liens-store-contact.c), or %NULL. */
GPtrArray *
liens_store_get_fts_batch (LiensStore *self)
{
  return self->fts_batch;
}

gboolean
liens_store_end_import (LiensStore *self)
{
  gboolean changed = self->import_changed;

  self->in_import = FALSE;
  self->import_changed = FALSE;
  g_clear_pointer (&self->fts_batch, g_ptr_array_unref);

  return changed;
}

/* After a commit that changed too much to tell row by row (an import, a restore, or
 * another connection's work): the journal starts over, so that the lists reading it in
 * bulk reload, and "reset" tells everyone else. */
void
liens_store_emit_reset (LiensStore *self)
{
  g_array_set_size (self->pending, 0);
  self->journal_start += self->journal->len + 1;
  g_array_set_size (self->journal, 0);

  g_signal_emit (self, reset_signal, 0);
}

gboolean
liens_store_commit (LiensStore  *self,
                    GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  if (self->in_batch)
    return TRUE;

  stmt = liens_store_prepare (self, "COMMIT", error);
  if (stmt == NULL || !liens_store_step_done (self, stmt, error))
    {
      g_clear_pointer (&stmt, liens_stmt_release);
      liens_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
liens_store_rollback (LiensStore *self)
{
  g_array_set_size (self->pending, 0);
  self->import_changed = FALSE;

  /* A failed write ends the batch with all it held: the caller stops there. */
  self->in_batch = FALSE;
  self->quiet_batch = FALSE;

  /* SQLite may have rolled back already, after a full disk for instance. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static void
queue_change (LiensStore       *self,
              LiensStoreEntity  entity,
              LiensStoreChange  change,
              gint64            id,
              gboolean          in_place)
{
  LiensStoreChangeRecord record = { entity, change, id, in_place };

  if (self->quiet_batch)
    return;

  if (self->in_import)
    {
      self->import_changed = TRUE;
      return;
    }

  for (guint i = 0; i < self->pending->len; i++)
    {
      LiensStoreChangeRecord *p = &g_array_index (self->pending, LiensStoreChangeRecord, i);

      if (p->entity != entity || p->id != id)
        continue;

      /* In place only if every change of the commit was. */
      if (!in_place)
        p->in_place = FALSE;

      /* "added" and "removed" already tell that the object changed. */
      if (p->change == change || change == LIENS_STORE_CHANGE_CHANGED)
        return;

      if (p->change == LIENS_STORE_CHANGE_CHANGED)
        {
          p->change = change;
          p->in_place = FALSE;
          return;
        }
    }

  g_array_append_val (self->pending, record);
}

void
liens_store_queue_signal (LiensStore       *self,
                          LiensStoreEntity  entity,
                          LiensStoreChange  change,
                          gint64            id)
{
  queue_change (self, entity, change, id, FALSE);
}

/* Queues "changed" for a change of nothing that lists sort or filter on, such as the
 * follow-up of an encounter: lists that cannot see the object need not look for it. */
void
liens_store_queue_in_place (LiensStore       *self,
                            LiensStoreEntity  entity,
                            gint64            id)
{
  queue_change (self, entity, LIENS_STORE_CHANGE_CHANGED, id, TRUE);
}

const char *
liens_store_entity_get_name (LiensStoreEntity entity)
{
  g_return_val_if_fail (entity < LIENS_STORE_N_ENTITIES, NULL);

  return entity_names[entity];
}

const char *
liens_store_change_get_name (LiensStoreChange change)
{
  g_return_val_if_fail (change < LIENS_STORE_N_CHANGES, NULL);

  return change_names[change];
}

/* Opening */

static gboolean
query_int (LiensStore  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Not cached: these run once, before the file is known to be ours. */
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
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

  if (rc != SQLITE_OK)
    return liens_store_fail (self, rc, error);

  return TRUE;
}

static gboolean
check_access (const char  *path,
              const char  *dir,
              GError     **error)
{
  /* Checked before SQLite sees the file: it would silently fall back to read-only, and
   * reading a WAL file it cannot write leaves -wal and -shm files behind. */
  if (g_access (path, R_OK | W_OK) != 0)
    return set_error_from_errno (error, errno);

  /* The journal and the WAL live beside the database. */
  if (g_access (dir, W_OK | X_OK) != 0)
    return set_error_from_errno (error, errno);

  return TRUE;
}

static gboolean
check_fts5 (LiensStore  *self,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* The fts5() function exists exactly when the module does; preparing writes nothing. */
  rc = sqlite3_prepare_v2 (self->db, "SELECT fts5 (?1)", -1, &stmt, NULL);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NO_FTS,
                           _("The SQLite library on this system cannot search text "
                             "(it lacks FTS5). Liens needs it to open its database."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_integrity (LiensStore  *self,
                 GError     **error)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_string_append (problems, (const char *) sqlite3_column_text (stmt, 0));
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return liens_store_fail (self, rc, error);

  if (!g_str_equal (problems->str, "ok"))
    {
      g_debug ("Integrity check of %s failed: %s", self->path, problems->str);
      return liens_store_set_error_from_code (error, NULL, SQLITE_CORRUPT);
    }

  return TRUE;
}

static gboolean
migrate (LiensStore  *self,
         GError     **error)
{
  int n_steps = liens_store_schema_get_n_steps ();

  g_assert (n_steps == LIENS_STORE_SCHEMA_VERSION);

  /* Each step and its version bump commit together: a failed step leaves the previous
   * version intact, and the next start retries it. */
  for (int version = self->schema_version + 1; version <= n_steps; version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!liens_store_begin (self, error))
        return FALSE;

      if (!liens_store_schema_run_step (self->db, version, error) ||
          !liens_store_exec (self, bump, error) ||
          !liens_store_commit (self, error))
        {
          liens_store_rollback (self);
          return FALSE;
        }

      self->schema_version = version;
    }

  return TRUE;
}

/* Worker threads */

typedef struct
{
  char                 *path;
  LiensStoreWorkerFunc  func;
  LiensStoreDoneFunc    done;
  gpointer              data;
  GDestroyNotify        data_free;
  GDestroyNotify        result_free;
} Worker;

static void
worker_free (Worker *worker)
{
  g_free (worker->path);
  if (worker->data_free != NULL)
    worker->data_free (worker->data);
  g_free (worker);
}

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Worker *worker = task_data;
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gpointer result;

  store = liens_store_new (worker->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = worker->func (store, worker->data, cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, worker->result_free);

  /* What an import wrote goes from the WAL into the file here, once the caller has its
   * result, rather than in its commit (see liens_store_set_import_cache()) or in the UI's
   * next write. A passive checkpoint blocks neither readers nor writers. */
  sqlite3_wal_checkpoint_v2 (store->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
}

/* Back in the thread of the UI's store, whatever the worker thread still holds. */
static void
worker_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  Worker *worker = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gpointer value;

  value = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  if (worker->done != NULL)
    worker->done (g_task_get_source_object (outer), value);

  g_task_return_pointer (outer, value, worker->result_free);
}

/**
 * liens_store_run_in_worker:
 * @self: the store of the UI
 * @task: the task to complete, whose source object is @self
 * @func: what to do, in a worker thread, with a store of its own on the same file: a
 *   store is one connection, used from one thread at a time
 * @done: (nullable): called with the result of @func, in the thread of @self, before
 *   @task returns it
 * @data: data for @func, freed with @data_free once the worker is done
 * @result_free: frees the result of @func
 *
 * The worker thread holds no reference to @self, which may go with the UI meanwhile.
 */
void
liens_store_run_in_worker (LiensStore           *self,
                           GTask                *task,
                           LiensStoreWorkerFunc  func,
                           LiensStoreDoneFunc    done,
                           gpointer              data,
                           GDestroyNotify        data_free,
                           GDestroyNotify        result_free)
{
  g_autoptr(GTask) inner = NULL;
  Worker *worker = g_new0 (Worker, 1);

  worker->path = g_strdup (self->path);
  worker->func = func;
  worker->done = done;
  worker->data = data;
  worker->data_free = data_free;
  worker->result_free = result_free;

  inner = g_task_new (NULL, g_task_get_cancellable (task), worker_done_cb,
                      g_object_ref (task));
  g_task_set_task_data (inner, worker, (GDestroyNotify) worker_free);
  g_task_run_in_thread (inner, worker_thread);
}

/* The connection, for the backup API (liens-store-backup.c). */
sqlite3 *
liens_store_get_db (LiensStore *self)
{
  return self->db;
}

/* After the backup API replaced the content of the file under the connection: brings the
 * restored database to the current schema, as opening does, and tells everyone. */
gboolean
liens_store_reload (LiensStore  *self,
                    GError     **error)
{
  gint64 user_version = 0;
  gboolean ok;

  /* Statements prepared against the old schema go; new ones are prepared as needed. */
  g_hash_table_remove_all (self->statements);

  if (!query_int (self, "PRAGMA user_version", &user_version, error))
    return FALSE;

  self->schema_version = (int) user_version;

  /* Rebuilding tables in a migration needs foreign keys off, as when opening. */
  ok = liens_store_exec (self, "PRAGMA foreign_keys = OFF", error) &&
       migrate (self, error);
  if (!liens_store_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
    ok = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA_VERSION]);
  liens_store_emit_reset (self);

  return ok;
}

static void
sort_key_sql_func (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  g_autofree char *key = NULL;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  key = liens_store_compute_sort_key ((const char *) sqlite3_value_text (argv[0]));
  sqlite3_result_text (context, g_steal_pointer (&key), -1, g_free);
}

static void
casefold_sql_func (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      sqlite3_result_null (context);
      return;
    }

  sqlite3_result_text (context, g_utf8_casefold (text, -1), -1, g_free);
}

/* liens_is_due (now, cadence, cadence_days, last_encounter, met_on, created_at): 1 when
 * liens_contact_is_overdue() is TRUE at the unix time @now for a contact loaded from these
 * columns, else 0. The same code on both sides, so that the "due" filter and the contact
 * card always agree. */
static void
is_due_sql_func (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) due = NULL;
  GTimeZone *tz;
  int cadence_days;

  /* Dates are read in the local time zone, as liens_stmt_dup_date() does; looking the zone
   * up is slow, so once per query: SQLite keeps it with the constant "now". */
  tz = sqlite3_get_auxdata (context, 0);
  if (tz == NULL)
    {
      tz = local = g_time_zone_new_local ();
      sqlite3_set_auxdata (context, 0, g_time_zone_ref (local),
                           (void (*) (void *)) g_time_zone_unref);
    }

  /* Counted from the last encounter, else from when they met, else from the creation. */
  for (int i = 3; i < argc && from == NULL; i++)
    {
      g_autoptr(GDateTime) utc = NULL;

      if (sqlite3_value_type (argv[i]) == SQLITE_NULL)
        continue;

      utc = g_date_time_new_from_unix_utc (sqlite3_value_int64 (argv[i]));
      if (utc != NULL)
        from = g_date_time_to_timezone (utc, tz);
    }

  /* As liens_store_load_contact() does, a count below one leaves the model's default. */
  cadence_days = sqlite3_value_int (argv[2]);
  if (cadence_days < 1)
    cadence_days = GPOINTER_TO_INT (sqlite3_user_data (context));

  /* Due dates are whole seconds, so comparing with "now" in seconds is exact. */
  due = liens_cadence_add ((LiensCadence) sqlite3_value_int (argv[1]), cadence_days, from);
  sqlite3_result_int (context,
                      due != NULL && g_date_time_to_unix (due) <= sqlite3_value_int64 (argv[0]));
}

static void
match_key_sql_func (sqlite3_context  *context,
                    int               argc,
                    sqlite3_value   **argv)
{
  char *key;

  key = liens_store_compute_match_key (sqlite3_value_int (argv[0]),
                                       (const char *) sqlite3_value_text (argv[1]));
  if (key == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, key, -1, g_free);
}

static int
create_functions (LiensStore *self)
{
  g_autoptr(LiensContact) blank = liens_contact_new ();
  int rc;

  rc = sqlite3_create_function (self->db, "liens_sort_key", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                NULL, sort_key_sql_func, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (self->db, "liens_match_key", 2,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, match_key_sql_func, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (self->db, "liens_casefold", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, casefold_sql_func, NULL, NULL);
  /* Not deterministic: months are counted in the local time zone. */
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (self->db, "liens_is_due", 6,
                                  SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                  GINT_TO_POINTER (liens_contact_get_cadence_days (blank)),
                                  is_due_sql_func, NULL, NULL);

  return rc;
}

static gboolean
wal_has_frames (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;

  return g_stat (wal, &buf) == 0 && buf.st_size > 0;
}

static void
remove_files (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
liens_store_open (LiensStore  *self,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  gboolean created = FALSE;
  gboolean had_wal;
  gint64 user_version = 0;
  gint64 application_id = 0;
  gint64 n_objects = 0;
  int fd;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_error_from_errno (error, errno);

  /* We create the file ourselves so that it is private from its first byte. */
  fd = g_open (self->path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      created = TRUE;
      g_close (fd, NULL);
    }
  else if (errno != EEXIST)
    {
      return set_error_from_errno (error, errno);
    }
  else if (!check_access (self->path, dir, error))
    {
      return FALSE;
    }

  had_wal = wal_has_frames (self->path);

  /* Never SQLITE_OPEN_CREATE: a file that vanished must not come back empty. */
  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto failed_rc;

  sqlite3_extended_result_codes (self->db, TRUE);

  /* Waiting for another instance's lock writes nothing, and reads need it too. */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Only reads until the file is known to be a Liens database we can handle. */
  if (!query_int (self, "PRAGMA user_version", &user_version, error) ||
      !query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    goto failed;

  if ((user_version == 0 && n_objects > 0) ||
      (application_id != 0 && application_id != LIENS_STORE_APPLICATION_ID))
    {
      rc = SQLITE_NOTADB;
      goto failed_rc;
    }

  if (user_version > LIENS_STORE_SCHEMA_VERSION)
    {
      g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_TOO_NEW,
                           _("This database was created by a newer version of Liens. "
                             "Update Liens to open it."));
      goto failed;
    }

  if (sqlite3_db_readonly (self->db, "main") != 0)
    {
      rc = SQLITE_READONLY;
      goto failed_rc;
    }

  if (!check_fts5 (self, error))
    goto failed;

  /* Before migrating: steps may compute columns with them (liens_match_key). */
  rc = create_functions (self);
  if (rc != SQLITE_OK)
    goto failed_rc;

  self->schema_version = (int) user_version;

  if (self->schema_version < LIENS_STORE_SCHEMA_VERSION)
    {
      /* Migrating rewrites much of the file: make sure it is sound first. */
      if (n_objects > 0 && !check_integrity (self, error))
        goto failed;

      /* Before switching to WAL, so that a failed migration leaves the file as it was. */
      if (!migrate (self, error))
        goto failed;
    }

  /* Foreign keys only now: SQLite's way to rebuild a table in a migration needs them off.
   * A 16 MiB cache rather than 2: filtering a large address book stays in memory. */
  if (!liens_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !liens_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !liens_store_exec (self, CACHE_SIZE_SQL, error) ||
      !liens_store_exec (self, "PRAGMA foreign_keys = ON", error))
    goto failed;

  return TRUE;

failed_rc:
  liens_store_set_error_from_code (error, self->db, rc);

failed:
  g_hash_table_remove_all (self->statements);

  /* Closing would checkpoint a WAL left by a crash into a file we refused to open. */
  if (self->db != NULL && had_wal)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  /* Nobody else knew of the file yet. */
  if (created)
    remove_files (self->path);

  return FALSE;
}

/* Overrides */

static gboolean
liens_store_initable_init (GInitable     *initable,
                           GCancellable  *cancellable,
                           GError       **error)
{
  LiensStore *self = LIENS_STORE (initable);

  if (self->path == NULL)
    self->path = liens_store_dup_default_path ();

  return liens_store_open (self, error);
}

static void
liens_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = liens_store_initable_init;
}

static void
liens_store_finalize (GObject *object)
{
  LiensStore *self = (LiensStore *) object;

  /* Statements first: closing waits for none then. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->journal, g_array_unref);
  g_clear_pointer (&self->fts_batch, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (liens_store_parent_class)->finalize (object);
}

static void
liens_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LiensStore *self = LIENS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_store_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LiensStore *self = LIENS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_store_class_init (LiensStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_store_finalize;
  object_class->get_property = liens_store_get_property;
  object_class->set_property = liens_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* contact-added, contact-changed, contact-removed, network-added, …: each carries the id. */
  for (guint e = 0; e < LIENS_STORE_N_ENTITIES; e++)
    for (guint c = 0; c < LIENS_STORE_N_CHANGES; c++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s", entity_names[e], change_names[c]);

        signals[e][c] = g_signal_new (name,
                                      G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST,
                                      0,
                                      NULL, NULL,
                                      NULL,
                                      G_TYPE_NONE, 1, G_TYPE_INT64);
      }

  /**
   * LiensStore::reset:
   *
   * Emitted after a commit that changed many rows at once (an import, a restore): no
   * per-row signal tells it, and anything showing stored data reloads it.
   */
  reset_signal = g_signal_new ("reset",
                               G_TYPE_FROM_CLASS (klass),
                               G_SIGNAL_RUN_LAST,
                               0,
                               NULL, NULL,
                               NULL,
                               G_TYPE_NONE, 0);
}

static void
liens_store_init (LiensStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            g_free, (GDestroyNotify) sqlite3_finalize);
  self->pending = g_array_new (FALSE, FALSE, sizeof (LiensStoreChangeRecord));
  self->journal = g_array_new (FALSE, FALSE, sizeof (LiensStoreChangeRecord));
}

/* Public API */

/**
 * liens_store_dup_default_path:
 *
 * Returns: (transfer full): where the user's database lives, in the user data folder
 */
char *
liens_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "liens", "liens.db", NULL);
}

/**
 * liens_store_new:
 * @path: (nullable): the database file, or %NULL for the default one
 * @error: return location for a #LiensStoreError
 *
 * Opens the database at @path, creating it (private to the user) if it does not exist,
 * and migrates it to the current schema. A file that cannot be opened is left untouched.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
LiensStore *
liens_store_new (const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (LIENS_TYPE_STORE, NULL, error,
                         "path", path,
                         NULL);
}

const char *
liens_store_get_path (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return self->path;
}

int
liens_store_get_schema_version (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
liens_store_set_max_page_count (LiensStore  *self,
                                gint64       max_pages,
                                GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);

  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, max_pages);

  return liens_store_exec (self, sql, error);
}

/* Live lists */

/* The contact list: active contacts only, archived ones have their own query. */
#define ACTIVE_CONTACTS_SQL "SELECT id FROM contact WHERE archived = 0 ORDER BY sort_key, id"

/**
 * liens_store_list_contacts:
 * @self: a #LiensStore
 *
 * Returns: (transfer full): a live list of the active (not archived) contacts, sorted by
 *   name; see liens_store_query_contacts() for archived ones and filters
 */
GListModel *
liens_store_list_contacts (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_CONTACT,
                                             LIENS_TYPE_CONTACT,
                                             ACTIVE_CONTACTS_SQL,
                                             NULL, liens_store_load_contact));
}

GListModel *
liens_store_list_networks (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_NETWORK,
                                             LIENS_TYPE_NETWORK,
                                             "SELECT id FROM network "
                                             "ORDER BY liens_sort_key (name), id",
                                             NULL, liens_store_load_network));
}

GListModel *
liens_store_list_encounters (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_ENCOUNTER,
                                             LIENS_TYPE_ENCOUNTER,
                                             "SELECT id FROM encounter "
                                             "ORDER BY date DESC, id DESC",
                                             NULL, liens_store_load_encounter));
}

GListModel *
liens_store_list_encounters_for_contact (LiensStore *self,
                                         gint64      contact_id)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_ENCOUNTER,
                                             LIENS_TYPE_ENCOUNTER,
                                             "SELECT encounter_id FROM encounter_contact "
                                             "WHERE contact_id = ?1 "
                                             "ORDER BY date DESC, encounter_id DESC",
                                             g_variant_new_int64 (contact_id),
                                             liens_store_load_encounter));
}

GListModel *
liens_store_list_events (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_EVENT,
                                             LIENS_TYPE_EVENT,
                                             "SELECT id FROM event "
                                             "ORDER BY start NULLS LAST, id",
                                             NULL, liens_store_load_event));
}

GListModel *
liens_store_list_introductions_for_contact (LiensStore *self,
                                            gint64      contact_id)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_INTRODUCTION,
                                             LIENS_TYPE_INTRODUCTION,
                                             "SELECT id FROM introduction "
                                             "WHERE introducer_id = ?1 "
                                             "OR first_id = ?1 OR second_id = ?1 "
                                             "ORDER BY date DESC, id DESC",
                                             g_variant_new_int64 (contact_id),
                                             liens_store_load_introduction));
}

GListModel *
liens_store_list_quiz_results (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_QUIZ_RESULT,
                                             LIENS_TYPE_QUIZ_RESULT,
                                             "SELECT id FROM quiz_result "
                                             "ORDER BY taken_at DESC, id DESC",
                                             NULL, liens_store_load_quiz_result));
}

/* Search */

#define SEARCH_SQL \
  "SELECT c.id FROM contact_fts f JOIN contact c ON c.id = f.rowid " \
  "WHERE contact_fts MATCH ?1 AND c.archived = 0 ORDER BY c.sort_key, c.id"

/**
 * liens_store_search_contact_ids:
 * @self: a #LiensStore
 * @text: what the user typed; any text is safe, it is never read as query syntax
 * @n_ids: (out): the number of ids returned
 * @error: return location for a #LiensStoreError
 *
 * Finds the active contacts whose names, organisation, role, expertise, interests, tags or notes
 * contain words starting with each word of @text, ignoring case and accents. Text without
 * any word matches every active contact.
 *
 * Returns: (transfer full) (array length=n_ids): the ids, 0-terminated, sorted as the
 *   contact list, or %NULL with @error set
 */
gint64 *
liens_store_search_contact_ids (LiensStore  *self,
                                const char  *text,
                                gsize       *n_ids,
                                GError     **error)
{
  g_autofree char *query = NULL;
  g_autoptr(GVariant) param = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  query = liens_store_build_fts_query (text);
  if (query == NULL)
    return liens_store_query_ids (self, ACTIVE_CONTACTS_SQL,
                                  NULL, n_ids, error);

  param = g_variant_ref_sink (g_variant_new_string (query));

  return liens_store_query_ids (self, SEARCH_SQL, param, n_ids, error);
}

/**
 * liens_store_search_contacts:
 * @self: a #LiensStore
 * @text: what the user typed, as for liens_store_search_contact_ids()
 *
 * Returns: (transfer full): a live list of the matching active contacts, sorted by name
 */
GListModel *
liens_store_search_contacts (LiensStore *self,
                             const char *text)
{
  g_autofree char *query = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  query = liens_store_build_fts_query (text);
  if (query == NULL)
    return liens_store_list_contacts (self);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_CONTACT,
                                             LIENS_TYPE_CONTACT,
                                             SEARCH_SQL,
                                             g_variant_new_string (query),
                                             liens_store_load_contact));
}
