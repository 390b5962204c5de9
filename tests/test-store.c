/* test-store.c: tests of the SQLite store: CRUD, cascades, signals, live lists, search,
 * migrations and the files it refuses to open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "liens-store.h"
#include "liens-store-private.h"

typedef struct
{
  char       *dir;
  char       *path;
  LiensStore *store;
  GPtrArray  *signals;
} Fixture;

typedef struct
{
  GPtrArray  *log;
  const char *name;
} SignalRecord;

/* Helpers */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }

  /* Permission tests may leave a folder read-only. */
  g_chmod (path, 0700);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }

  g_rmdir (path);
}

static LiensStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LiensStore *store;

  store = liens_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (LIENS_IS_STORE (store));

  return store;
}

static GDateTime *
date_new (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
assert_date_equal (GDateTime *a,
                   GDateTime *b)
{
  if (a == NULL || b == NULL)
    {
      g_assert_true (a == b);
      return;
    }

  g_assert_cmpint (g_date_time_to_unix (a), ==, g_date_time_to_unix (b));
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  guint n_a = a != NULL ? g_strv_length ((char **) a) : 0;
  guint n_b = b != NULL ? g_strv_length ((char **) b) : 0;

  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_ids_equal (const gint64 *ids,
                  gsize         n_ids,
                  const gint64 *expected,
                  gsize         n_expected)
{
  g_assert_cmpmem (ids, n_ids * sizeof (gint64), expected, n_expected * sizeof (gint64));
}

/* Runs a query on a separate connection: what is really in the file. */
static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static char *
dump_schema (const char *path)
{
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, tbl_name, coalesce (sql, '') "
                                       "FROM sqlite_master ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      g_string_append_printf (dump, "%s%c", sqlite3_column_text (stmt, i), i == 3 ? '\n' : '|');
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("Could not run SQL on %s: %s", path, message);
  sqlite3_close (db);
}

static gboolean
sidecar_exists (const char *path,
                const char *suffix)
{
  g_autofree char *file = g_strconcat (path, suffix, NULL);

  return g_file_test (file, G_FILE_TEST_EXISTS);
}

/* Opening must fail with @code and leave the file exactly as it was. */
static void
assert_open_fails (const char      *path,
                   LiensStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LiensStore *store;
  gsize before_len = 0;
  gsize after_len = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = liens_store_new (path, &error);
  g_assert_error (error, LIENS_STORE_ERROR, (int) code);
  g_assert_null (store);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("Error as shown: %s", error->message);

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (sidecar_exists (path, "-wal"));
  g_assert_false (sidecar_exists (path, "-shm"));
  g_assert_false (sidecar_exists (path, "-journal"));
}

static gint64 *
search (LiensStore *store,
        const char *text,
        gsize      *n_ids)
{
  g_autoptr(GError) error = NULL;
  gint64 *ids;

  ids = liens_store_search_contact_ids (store, text, n_ids, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);

  return ids;
}

#define assert_search(store, text, ...) \
  G_STMT_START { \
    const gint64 expected_[] = { 0, __VA_ARGS__ }; \
    g_autofree gint64 *found_ = NULL; \
    gsize n_found_ = 0; \
    found_ = search ((store), (text), &n_found_); \
    assert_ids_equal (found_, n_found_, expected_ + 1, G_N_ELEMENTS (expected_) - 1); \
  } G_STMT_END

static LiensContact *
contact_new (const char *given_name,
             const char *family_name)
{
  LiensContact *contact = liens_contact_new ();

  liens_contact_set_given_name (contact, given_name);
  liens_contact_set_family_name (contact, family_name);

  return contact;
}

static gint64
save_contact (LiensStore   *store,
              LiensContact *contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (liens_contact_get_id (contact), >, 0);

  return liens_contact_get_id (contact);
}

static gint64
add_contact (LiensStore *store,
             const char *given_name,
             const char *family_name)
{
  g_autoptr(LiensContact) contact = contact_new (given_name, family_name);

  return save_contact (store, contact);
}

static gint64
add_encounter (LiensStore   *store,
               GDateTime    *date,
               const gint64 *contact_ids,
               guint         n_contact_ids)
{
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GError) error = NULL;

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_contact_ids (encounter, contact_ids, n_contact_ids);
  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);

  return liens_encounter_get_id (encounter);
}

/* Signals and items-changed, recorded */

static void
record_signal_cb (LiensStore   *store,
                  gint64        id,
                  SignalRecord *record)
{
  g_ptr_array_add (record->log, g_strdup_printf ("%s %" G_GINT64_FORMAT, record->name, id));
}

static void
record_signals (LiensStore *store,
                GPtrArray  *log)
{
  for (guint e = 0; e < LIENS_STORE_N_ENTITIES; e++)
    for (guint c = 0; c < LIENS_STORE_N_CHANGES; c++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s",
                                                 liens_store_entity_get_name (e),
                                                 liens_store_change_get_name (c));
        SignalRecord *record = g_new0 (SignalRecord, 1);

        record->log = log;
        record->name = g_intern_string (name);
        g_signal_connect_data (store, name, G_CALLBACK (record_signal_cb), record,
                               (GClosureNotify) (void (*) (void)) g_free, 0);
      }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Checks the signals since the last call, in any order, then forgets them. */
static void
assert_signals (Fixture *f,
                ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  const char *name;
  va_list args;

  va_start (args, f);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, g_strdup_printf ("%s %" G_GINT64_FORMAT,
                                                name, va_arg (args, gint64)));
  va_end (args);

  g_ptr_array_sort (expected, compare_strings);
  g_ptr_array_sort (f->signals, compare_strings);

  for (guint i = 0; i < expected->len; i++)
    g_string_append_printf (want, "%s; ", (const char *) g_ptr_array_index (expected, i));
  for (guint i = 0; i < f->signals->len; i++)
    g_string_append_printf (got, "%s; ", (const char *) g_ptr_array_index (f->signals, i));

  g_assert_cmpstr (got->str, ==, want->str);
  g_ptr_array_set_size (f->signals, 0);
}

#define SIG(name, id) (name), (gint64) (id)

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
record_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GArray     *log)
{
  ItemsChanged change = { position, removed, added };

  /* The list is already in its new state when it tells. */
  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (model));
  g_array_append_val (log, change);
}

static GArray *
record_items_changed (GListModel *model)
{
  GArray *log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));

  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed_cb), log);

  return log;
}

static void
assert_items_changed (GArray *log,
                      guint   position,
                      guint   removed,
                      guint   added)
{
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).removed, ==, removed);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).added, ==, added);
  g_array_set_size (log, 0);
}

/* As assert_items_changed(), where other items may also have been reloaded in place. */
static void
assert_items_moved (GArray *log,
                    guint   position,
                    guint   removed,
                    guint   added)
{
  guint n_found = 0;

  for (guint i = 0; i < log->len; i++)
    {
      const ItemsChanged *change = &g_array_index (log, ItemsChanged, i);

      if (change->position == position && change->removed == removed &&
          change->added == added)
        n_found++;
      else
        g_assert_true (change->removed == 1 && change->added == 1);
    }

  g_assert_cmpuint (n_found, ==, 1);
  g_array_set_size (log, 0);
}

static void
assert_contact_names (GListModel         *model,
                      const char * const *names)
{
  guint n_names = g_strv_length ((char **) names);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_names);
  for (guint i = 0; i < n_names; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (model, i);

      g_assert_cmpstr (liens_contact_get_given_name (contact), ==, names[i]);
    }
}

static gint64
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);
  gint64 id = 0;

  g_object_get (item, "id", &id, NULL);

  return id;
}

static gint64 *
list_ids (GListModel *model,
          gsize      *n_ids)
{
  guint n_items = g_list_model_get_n_items (model);
  gint64 *ids = g_new0 (gint64, n_items + 1);

  for (guint i = 0; i < n_items; i++)
    ids[i] = item_id (model, i);
  *n_ids = n_items;

  return ids;
}

/* A fresh live list of @query and its count both give @expected, in order. */
static void
assert_query_ids (LiensStore        *store,
                  LiensContactQuery *query,
                  const gint64      *expected,
                  gsize              n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = NULL;
  GListModel *list;
  gsize n_ids = 0;

  list = liens_store_query_contacts (store, query);
  g_assert_true (g_list_model_get_item_type (list) == LIENS_TYPE_CONTACT);
  ids = list_ids (list, &n_ids);
  assert_ids_equal (ids, n_ids, expected, n_expected);
  g_assert_finalize_object (list);

  g_assert_cmpuint (liens_store_count_contacts (store, query, &error), ==, n_expected);
  g_assert_no_error (error);
}

#define assert_query(store, query, ...) \
  G_STMT_START { \
    const gint64 expected_[] = { 0, __VA_ARGS__ }; \
    assert_query_ids ((store), (query), expected_ + 1, G_N_ELEMENTS (expected_) - 1); \
  } G_STMT_END

/* Every row of every table but the search index's internals, in rowid order: what a
 * deletion and its undo must leave exactly as it was. */
static char *
dump_rows (const char *path)
{
  GString *dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*' "
                                       "ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, * FROM \"%s\" ORDER BY rowid",
                                              table);

      g_string_append_printf (dump, "%s:\n", table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              int type = sqlite3_column_type (stmt, i);

              if (type == SQLITE_NULL)
                g_string_append (dump, "NULL");
              else if (type == SQLITE_BLOB)
                g_string_append_printf (dump, "blob(%d)", sqlite3_column_bytes (stmt, i));
              else
                g_string_append_printf (dump, "%d:%s", type, sqlite3_column_text (stmt, i));
              g_string_append_c (dump, '|');
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

/* Fixtures */

static void
fixture_set_up_dir (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("liens-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "liens.db", NULL);
  f->signals = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_set_up_store (Fixture       *f,
                      gconstpointer  data)
{
  fixture_set_up_dir (f, data);
  f->store = open_store (f->path);
  record_signals (f->store, f->signals);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (g_steal_pointer (&f->store));

  remove_tree (f->dir);
  g_clear_pointer (&f->signals, g_ptr_array_unref);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Opening */

static void
test_open_new_file (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "data", "liens", NULL);
  g_autofree char *path = g_build_filename (folder, "liens.db", NULL);
  GStatBuf buf;
  LiensStore *store;

  store = open_store (path);
  g_assert_cmpstr (liens_store_get_path (store), ==, path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, LIENS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_journal_mode "
                                    "WHERE journal_mode = 'wal'"), ==, 1);

  /* Version 3: the archive flag, and ids that undo can count on. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info ('contact') "
                                    "WHERE name = 'archived' AND dflt_value = '0' "
                                    "AND \"notnull\""), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_master "
                                    "WHERE name = 'contact_archived_sort_key'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_master "
                                    "WHERE name IN ('contact', 'encounter', 'introduction') "
                                    "AND sql LIKE '%AUTOINCREMENT%'"), ==, 3);
  g_assert_finalize_object (store);

  /* And again, now that it exists. */
  store = open_store (path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);
  g_assert_finalize_object (store);
}

static void
test_open_default_path (void)
{
  g_autofree char *path = liens_store_dup_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "liens", "liens.db",
                                                NULL);
  LiensStore *store;

  g_assert_cmpstr (path, ==, expected);

  /* The test runs with its own XDG folders. */
  store = open_store (NULL);
  g_assert_cmpstr (liens_store_get_path (store), ==, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (store);
}

/* Contacts */

static LiensContact *
full_contact (gint64 introducer_id,
              gint64 network_a,
              gint64 network_b)
{
  static const char photo_data[] = { '\x89', 'P', 'N', 'G', '\0', '\r', '\n' };
  const char * const tags[] = { "Mentor", "voile", NULL };
  const gint64 network_ids[] = { network_b, network_a };
  g_autoptr(GDateTime) met_on = date_new (2023, 9, 14, 8, 30);
  g_autoptr(GBytes) photo = g_bytes_new_static (photo_data, sizeof photo_data);
  LiensContact *contact = contact_new ("Émilie", "Durand");

  liens_contact_set_organisation (contact, "Réseau Entreprendre");
  liens_contact_set_role (contact, "Présidente");
  liens_contact_set_met_how (contact, "Petit-déjeuner du club");
  liens_contact_set_met_on (contact, met_on);
  liens_contact_set_introduced_by_id (contact, introducer_id);
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_TRUSTED);
  liens_contact_set_tie_nature (contact, LIENS_TIE_NATURE_BOTH);
  liens_contact_set_profile (contact, LIENS_PROFILE_EXPERT);
  liens_contact_set_expertise (contact, "Financement d'entreprise");
  liens_contact_set_interests (contact, "Voile, jazz");
  liens_contact_set_cadence (contact, LIENS_CADENCE_CUSTOM);
  liens_contact_set_cadence_days (contact, 45);
  liens_contact_set_notes (contact, "Aime le café serré.\nDeux enfants.");
  liens_contact_set_photo (contact, photo);
  liens_contact_set_tags (contact, tags);
  liens_contact_set_network_ids (contact, network_ids, G_N_ELEMENTS (network_ids));
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "travail", "emilie@example.org");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, NULL, "+33 1 23 45 67 89");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_LINKEDIN, NULL,
                            "https://www.linkedin.com/in/emilie");

  return contact;
}

static void
assert_contact_equal (LiensContact *a,
                      LiensContact *b)
{
  GPtrArray *details_a = liens_contact_get_details (a);
  GPtrArray *details_b = liens_contact_get_details (b);
  const gint64 *networks_a;
  const gint64 *networks_b;
  guint n_networks_a = 0;
  guint n_networks_b = 0;
  GBytes *photo_a = liens_contact_get_photo (a);
  GBytes *photo_b = liens_contact_get_photo (b);

  g_assert_cmpint (liens_contact_get_id (a), ==, liens_contact_get_id (b));
  g_assert_cmpstr (liens_contact_get_given_name (a), ==, liens_contact_get_given_name (b));
  g_assert_cmpstr (liens_contact_get_family_name (a), ==, liens_contact_get_family_name (b));
  g_assert_cmpstr (liens_contact_get_organisation (a), ==, liens_contact_get_organisation (b));
  g_assert_cmpstr (liens_contact_get_role (a), ==, liens_contact_get_role (b));
  g_assert_cmpstr (liens_contact_get_met_how (a), ==, liens_contact_get_met_how (b));
  assert_date_equal (liens_contact_get_met_on (a), liens_contact_get_met_on (b));
  g_assert_cmpint (liens_contact_get_introduced_by_id (a), ==,
                   liens_contact_get_introduced_by_id (b));
  g_assert_cmpint (liens_contact_get_tie_strength (a), ==, liens_contact_get_tie_strength (b));
  g_assert_cmpint (liens_contact_get_tie_nature (a), ==, liens_contact_get_tie_nature (b));
  g_assert_cmpint (liens_contact_get_profile (a), ==, liens_contact_get_profile (b));
  g_assert_cmpstr (liens_contact_get_expertise (a), ==, liens_contact_get_expertise (b));
  g_assert_cmpstr (liens_contact_get_interests (a), ==, liens_contact_get_interests (b));
  g_assert_cmpint (liens_contact_get_cadence (a), ==, liens_contact_get_cadence (b));
  g_assert_cmpint (liens_contact_get_cadence_days (a), ==, liens_contact_get_cadence_days (b));
  g_assert_cmpstr (liens_contact_get_notes (a), ==, liens_contact_get_notes (b));
  g_assert_cmpint (liens_contact_get_archived (a), ==, liens_contact_get_archived (b));
  assert_date_equal (liens_contact_get_created_at (a), liens_contact_get_created_at (b));
  assert_date_equal (liens_contact_get_updated_at (a), liens_contact_get_updated_at (b));

  g_assert_true ((photo_a == NULL) == (photo_b == NULL));
  if (photo_a != NULL)
    g_assert_true (g_bytes_equal (photo_a, photo_b));

  assert_strv_equal (liens_contact_get_tags (a), liens_contact_get_tags (b));

  networks_a = liens_contact_get_network_ids (a, &n_networks_a);
  networks_b = liens_contact_get_network_ids (b, &n_networks_b);
  assert_ids_equal (networks_a, n_networks_a, networks_b, n_networks_b);

  g_assert_cmpuint (details_a != NULL ? details_a->len : 0, ==,
                    details_b != NULL ? details_b->len : 0);
  for (guint i = 0; details_a != NULL && i < details_a->len; i++)
    g_assert_true (liens_contact_detail_equal (g_ptr_array_index (details_a, i),
                                               g_ptr_array_index (details_b, i)));
}

static LiensContact *
get_contact (LiensStore *store,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contact = liens_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (LIENS_IS_CONTACT (contact));

  return contact;
}

static gint64
add_network (LiensStore *store,
             const char *name)
{
  g_autoptr(LiensNetwork) network = liens_network_new ();
  g_autoptr(GError) error = NULL;

  liens_network_set_name (network, name);
  g_assert_true (liens_store_save_network (store, network, &error));
  g_assert_no_error (error);

  return liens_network_get_id (network);
}

static void
test_contact_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) before = g_date_time_new_from_unix_local (time (NULL) - 1);
  g_autoptr(GDateTime) january = date_new (2024, 1, 10, 12, 0);
  g_autoptr(GDateTime) march = date_new (2024, 3, 5, 18, 45);
  g_autoptr(GError) error = NULL;
  LiensContact *contact;
  LiensContact *loaded;
  gint64 introducer;
  gint64 network_a;
  gint64 network_b;
  gint64 id;

  introducer = add_contact (f->store, "Denis", "Martin");
  network_a = add_network (f->store, "Anciens");
  network_b = add_network (f->store, "Club");
  assert_signals (f,
                  SIG ("contact-added", introducer),
                  SIG ("network-added", network_a),
                  SIG ("network-added", network_b),
                  NULL);

  contact = full_contact (introducer, network_a, network_b);
  id = save_contact (f->store, contact);
  assert_signals (f, SIG ("contact-added", id), NULL);

  /* The store stamps the object it saved. */
  g_assert_nonnull (liens_contact_get_created_at (contact));
  g_assert_nonnull (liens_contact_get_updated_at (contact));
  g_assert_cmpint (g_date_time_compare (liens_contact_get_created_at (contact), before), >=, 0);

  loaded = get_contact (f->store, id);
  g_assert_true (loaded != contact);
  assert_contact_equal (loaded, contact);
  g_assert_null (liens_contact_get_last_encounter (loaded));
  g_assert_finalize_object (loaded);

  /* The last encounter is computed from the encounters. */
  add_encounter (f->store, march, (gint64[]) { id, introducer }, 2);
  add_encounter (f->store, january, (gint64[]) { id }, 1);
  loaded = get_contact (f->store, id);
  assert_date_equal (liens_contact_get_last_encounter (loaded), march);
  g_assert_finalize_object (loaded);

  g_assert_null (liens_store_get_contact (f->store, id + 1000, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);

  g_assert_finalize_object (contact);
}

static void
test_contact_update (Fixture       *f,
                     gconstpointer  data)
{
  const char * const tags[] = { "voile", "Kayak", NULL };
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (
    (GDestroyNotify) liens_contact_detail_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created_at = NULL;
  LiensContact *contact;
  LiensContact *loaded;
  gint64 network_a = add_network (f->store, "Anciens");
  gint64 network_b = add_network (f->store, "Club");
  gint64 id;

  contact = full_contact (0, network_a, network_b);
  id = save_contact (f->store, contact);
  created_at = g_date_time_ref (liens_contact_get_created_at (contact));
  g_ptr_array_set_size (f->signals, 0);

  g_ptr_array_add (details, liens_contact_detail_new (LIENS_DETAIL_KIND_MASTODON, "perso",
                                                      "@emilie@example.social"));
  liens_contact_set_given_name (contact, "Émilie-Anne");
  liens_contact_set_organisation (contact, NULL);
  liens_contact_set_met_on (contact, NULL);
  liens_contact_set_photo (contact, NULL);
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_CASUAL);
  liens_contact_set_cadence (contact, LIENS_CADENCE_QUARTER);
  liens_contact_set_archived (contact, TRUE);
  liens_contact_set_tags (contact, tags);
  liens_contact_set_details (contact, details);
  liens_contact_set_network_ids (contact, &network_a, 1);

  g_assert_true (liens_store_save_contact (f->store, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (liens_contact_get_id (contact), ==, id);
  assert_signals (f, SIG ("contact-changed", id), NULL);

  loaded = get_contact (f->store, id);
  assert_contact_equal (loaded, contact);
  assert_date_equal (liens_contact_get_created_at (loaded), created_at);
  g_assert_finalize_object (loaded);

  /* The tag no contact wears any more is gone, the other one is shared by name. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM tag"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM tag WHERE name = 'mentor'"), ==, 0);

  /* Saving a contact deleted meanwhile says so, and changes nothing. */
  liens_contact_set_id (contact, id + 1000);
  g_assert_false (liens_store_save_contact (f->store, contact, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (liens_contact_get_id (contact), ==, id + 1000);
  assert_signals (f, NULL);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact"), ==, 1);

  g_assert_finalize_object (contact);
}

static void
test_contact_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 2, 1, 9, 0);
  g_autoptr(LiensContact) a = full_contact (0, 0, 0);
  g_autoptr(LiensContact) c = contact_new ("Chloé", "Bernard");
  g_autoptr(LiensIntroduction) by_a = liens_introduction_new ();
  g_autoptr(LiensIntroduction) by_user = liens_introduction_new ();
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(LiensEncounter) shared = NULL;
  g_autoptr(LiensContact) loaded_c = NULL;
  g_autoptr(LiensEvent) loaded_event = NULL;
  g_autoptr(GError) error = NULL;
  const LiensEventPerson *people;
  const gint64 *contact_ids;
  guint n_people = 0;
  guint n_contact_ids = 0;
  gint64 network = add_network (f->store, "Club");
  gint64 a_id, b_id, c_id;
  gint64 shared_id, sole_id;

  liens_contact_set_network_ids (a, &network, 1);
  a_id = save_contact (f->store, a);
  b_id = add_contact (f->store, "Bruno", "Petit");
  liens_contact_set_introduced_by_id (c, a_id);
  c_id = save_contact (f->store, c);

  shared_id = add_encounter (f->store, date, (gint64[]) { a_id, b_id }, 2);
  sole_id = add_encounter (f->store, date, (gint64[]) { a_id }, 1);

  liens_event_set_title (event, "Salon");
  liens_event_add_person (event, a_id);
  liens_event_add_person (event, b_id);
  liens_event_set_person_met (event, a_id, TRUE);
  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);

  liens_introduction_set_introducer_id (by_a, a_id);
  liens_introduction_set_first_id (by_a, b_id);
  g_assert_true (liens_store_save_introduction (f->store, by_a, &error));
  liens_introduction_set_first_id (by_user, b_id);
  liens_introduction_set_second_id (by_user, c_id);
  g_assert_true (liens_store_save_introduction (f->store, by_user, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (f->signals, 0);

  g_assert_true (liens_store_delete_contact (f->store, a_id, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("contact-removed", a_id),
                  SIG ("contact-changed", c_id),
                  SIG ("encounter-changed", shared_id),
                  SIG ("encounter-removed", sole_id),
                  SIG ("event-changed", liens_event_get_id (event)),
                  SIG ("introduction-removed", liens_introduction_get_id (by_a)),
                  NULL);

  g_assert_null (liens_store_get_contact (f->store, a_id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing about the contact is left. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_tag"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM tag"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_network"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_fts"), ==, 2);
  assert_search (f->store, "emilie");

  /* The shared encounter stays with the other participant; the sole one went. */
  shared = liens_store_get_encounter (f->store, shared_id, &error);
  g_assert_no_error (error);
  contact_ids = liens_encounter_get_contact_ids (shared, &n_contact_ids);
  assert_ids_equal (contact_ids, n_contact_ids, &b_id, 1);
  g_assert_null (liens_store_get_encounter (f->store, sole_id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  loaded_c = get_contact (f->store, c_id);
  g_assert_cmpint (liens_contact_get_introduced_by_id (loaded_c), ==, 0);

  loaded_event = liens_store_get_event (f->store, liens_event_get_id (event), &error);
  g_assert_no_error (error);
  people = liens_event_get_people (loaded_event, &n_people);
  g_assert_cmpuint (n_people, ==, 1);
  g_assert_cmpint (people[0].contact_id, ==, b_id);

  g_assert_null (liens_store_get_introduction (f->store, liens_introduction_get_id (by_a),
                                               &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM introduction"), ==, 1);

  /* The network does not belong to its members. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM network"), ==, 1);

  g_assert_false (liens_store_delete_contact (f->store, a_id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  assert_signals (f, NULL);
}

/* Everything a deletion reaches: details, tags (one shared, one collected), networks, an
 * introducer, a shared and a sole encounter, an event, introductions and contacts it
 * introduced. */
typedef struct
{
  gint64 a, b, c, d;
  gint64 club, alumni;
  gint64 shared, sole;
  gint64 event;
  gint64 by_a, of_a, by_user;
} UndoWorld;

static void
undo_world_set_up (Fixture   *f,
                   UndoWorld *w)
{
  g_autoptr(GDateTime) march = date_new (2024, 3, 5, 18, 45);
  g_autoptr(GDateTime) april = date_new (2024, 4, 2, 9, 0);
  g_autoptr(GDateTime) follow_up = date_new (2024, 4, 20, 9, 0);
  g_autoptr(LiensContact) a = NULL;
  g_autoptr(LiensContact) b = contact_new ("Bruno", "Petit");
  g_autoptr(LiensContact) c = contact_new ("Chloé", "Bernard");
  g_autoptr(LiensContact) d = contact_new ("David", "Roux");
  g_autoptr(LiensEncounter) sole = liens_encounter_new ();
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(LiensIntroduction) by_a = liens_introduction_new ();
  g_autoptr(LiensIntroduction) of_a = liens_introduction_new ();
  g_autoptr(LiensIntroduction) by_user = liens_introduction_new ();
  g_autoptr(GError) error = NULL;

  w->club = add_network (f->store, "Club");
  w->alumni = add_network (f->store, "Anciens");
  /* Bruno shares the "voile" tag, in his spelling; "Mentor" is Émilie's alone. */
  liens_contact_set_tags (b, (const char * const []) { "Voile", NULL });
  w->b = save_contact (f->store, b);

  a = full_contact (w->b, w->club, w->alumni);
  w->a = save_contact (f->store, a);
  liens_contact_set_introduced_by_id (c, w->a);
  w->c = save_contact (f->store, c);
  liens_contact_set_introduced_by_id (d, w->a);
  w->d = save_contact (f->store, d);

  w->shared = add_encounter (f->store, march, (gint64[]) { w->a, w->b }, 2);

  liens_event_set_title (event, "Salon");
  liens_event_add_person (event, w->a);
  liens_event_add_person (event, w->b);
  liens_event_set_person_met (event, w->a, TRUE);
  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);
  w->event = liens_event_get_id (event);

  liens_encounter_set_date (sole, april);
  liens_encounter_set_kind (sole, LIENS_ENCOUNTER_KIND_MEAL);
  liens_encounter_set_place (sole, "Café de la gare");
  liens_encounter_set_event_id (sole, w->event);
  liens_encounter_set_notes (sole, "Projet commun");
  liens_encounter_set_help (sole, LIENS_HELP_MUTUAL);
  liens_encounter_set_follow_up_date (sole, follow_up);
  liens_encounter_set_follow_up_what (sole, "Envoyer le devis");
  liens_encounter_set_contact_ids (sole, &w->a, 1);
  g_assert_true (liens_store_save_encounter (f->store, sole, &error));
  g_assert_no_error (error);
  w->sole = liens_encounter_get_id (sole);

  liens_introduction_set_introducer_id (by_a, w->a);
  liens_introduction_set_first_id (by_a, w->b);
  liens_introduction_set_second_id (by_a, w->c);
  liens_introduction_set_context (by_a, "Recherche d'un local");
  g_assert_true (liens_store_save_introduction (f->store, by_a, &error));
  liens_introduction_set_first_id (of_a, w->a);
  liens_introduction_set_outcome (of_a, "Ils travaillent ensemble");
  g_assert_true (liens_store_save_introduction (f->store, of_a, &error));
  liens_introduction_set_first_id (by_user, w->b);
  liens_introduction_set_second_id (by_user, w->c);
  g_assert_true (liens_store_save_introduction (f->store, by_user, &error));
  g_assert_no_error (error);
  w->by_a = liens_introduction_get_id (by_a);
  w->of_a = liens_introduction_get_id (of_a);
  w->by_user = liens_introduction_get_id (by_user);

  g_ptr_array_set_size (f->signals, 0);
}

static LiensStoreUndo *
delete_with_undo (Fixture *f,
                  gint64   id)
{
  g_autoptr(GError) error = NULL;
  LiensStoreUndo *undo = NULL;

  g_assert_true (liens_store_delete_contact_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpint (liens_store_undo_get_contact_id (undo), ==, id);

  return undo;
}

static void
test_contact_delete_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(LiensContact) before = NULL;
  g_autoptr(LiensContact) after = NULL;
  g_autoptr(LiensEncounter) sole = NULL;
  g_autoptr(LiensEncounter) shared = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(LiensIntroduction) of_a = NULL;
  g_autoptr(LiensContact) c = NULL;
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *rows_deleted = NULL;
  g_autofree char *rows_after = NULL;
  const LiensEventPerson *people;
  const gint64 *ids;
  GListModel *list;
  GValue value = G_VALUE_INIT;
  guint n_ids = 0;
  guint n_people = 0;
  guint position;
  UndoWorld w;

  undo_world_set_up (f, &w);
  before = get_contact (f->store, w.a);
  g_assert_nonnull (liens_contact_get_last_encounter (before));
  list = liens_store_list_contacts (f->store);
  assert_contact_names (list, (const char * const []) {
                          "Bruno", "Chloé", "David", "Émilie", NULL });
  position = 3;
  g_assert_cmpint (item_id (list, position), ==, w.a);
  log = record_items_changed (list);
  rows_before = dump_rows (f->path);

  undo = delete_with_undo (f, w.a);
  assert_signals (f,
                  SIG ("contact-removed", w.a),
                  SIG ("contact-changed", w.c),
                  SIG ("contact-changed", w.d),
                  SIG ("encounter-changed", w.shared),
                  SIG ("encounter-removed", w.sole),
                  SIG ("event-changed", w.event),
                  SIG ("introduction-removed", w.by_a),
                  SIG ("introduction-removed", w.of_a),
                  NULL);
  assert_items_moved (log, position, 1, 0);
  assert_search (f->store, "emilie");
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM tag WHERE name = 'Mentor'"), ==, 0);
  rows_deleted = dump_rows (f->path);
  g_assert_cmpstr (rows_deleted, !=, rows_before);

  /* A boxed type, copied by reference. */
  g_value_init (&value, LIENS_TYPE_STORE_UNDO);
  g_value_set_boxed (&value, undo);
  g_assert_true (g_value_get_boxed (&value) == undo);
  g_value_unset (&value);

  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("contact-added", w.a),
                  SIG ("contact-changed", w.c),
                  SIG ("contact-changed", w.d),
                  SIG ("encounter-added", w.sole),
                  SIG ("encounter-changed", w.shared),
                  SIG ("event-changed", w.event),
                  SIG ("introduction-added", w.by_a),
                  SIG ("introduction-added", w.of_a),
                  NULL);

  /* Every row as it was, ids, rowids and order included. */
  rows_after = dump_rows (f->path);
  g_assert_cmpstr (rows_after, ==, rows_before);

  /* Back in its place in the list, found by search again, field by field the same. */
  assert_items_moved (log, position, 0, 1);
  g_assert_cmpint (item_id (list, position), ==, w.a);
  assert_search (f->store, "emilie", w.a);
  assert_search (f->store, "mentor", w.a);
  assert_search (f->store, "financement", w.a);

  after = get_contact (f->store, w.a);
  assert_contact_equal (after, before);
  assert_date_equal (liens_contact_get_last_encounter (after),
                     liens_contact_get_last_encounter (before));
  assert_strv_equal (liens_contact_get_tags (after),
                     (const char * const []) { "Mentor", "Voile", NULL });
  ids = liens_contact_get_network_ids (after, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { w.alumni, w.club }, 2);
  g_assert_cmpint (liens_contact_get_introduced_by_id (after), ==, w.b);

  sole = liens_store_get_encounter (f->store, w.sole, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_encounter_get_place (sole), ==, "Café de la gare");
  g_assert_cmpint (liens_encounter_get_event_id (sole), ==, w.event);
  g_assert_cmpstr (liens_encounter_get_follow_up_what (sole), ==, "Envoyer le devis");
  ids = liens_encounter_get_contact_ids (sole, &n_ids);
  assert_ids_equal (ids, n_ids, &w.a, 1);

  shared = liens_store_get_encounter (f->store, w.shared, &error);
  g_assert_no_error (error);
  ids = liens_encounter_get_contact_ids (shared, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { w.a, w.b }, 2);

  event = liens_store_get_event (f->store, w.event, &error);
  g_assert_no_error (error);
  people = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpint (people[0].contact_id, ==, w.a);
  g_assert_true (people[0].met);
  g_assert_cmpint (people[1].contact_id, ==, w.b);

  of_a = liens_store_get_introduction (f->store, w.of_a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_first_id (of_a), ==, w.a);
  g_assert_cmpstr (liens_introduction_get_outcome (of_a), ==, "Ils travaillent ensemble");

  c = get_contact (f->store, w.c);
  g_assert_cmpint (liens_contact_get_introduced_by_id (c), ==, w.a);

  /* Once only. */
  g_assert_false (liens_store_undo (f->store, undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_signals (f, NULL);

  /* Deleting nothing gives no undo. */
  {
    LiensStoreUndo *none = NULL;

    g_assert_false (liens_store_delete_contact_with_undo (f->store, w.a + 1000, &none, &error));
    g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
    g_assert_null (none);
  }

  g_assert_finalize_object (list);
}

static void
test_contact_undo_after_changes (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(LiensStoreUndo) undo_new = NULL;
  g_autoptr(LiensContact) d = NULL;
  g_autoptr(LiensContact) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows_deleted = NULL;
  g_autofree char *rows_failed = NULL;
  gint64 newest;
  gint64 other;
  UndoWorld w;

  undo_world_set_up (f, &w);

  /* The newest contact: its id is never given again, so its undo stays possible. */
  newest = add_contact (f->store, "Nadia", "Neuve");
  undo_new = delete_with_undo (f, newest);
  other = add_contact (f->store, "Olivier", "Autre");
  g_assert_cmpint (other, >, newest);
  g_assert_true (liens_store_undo (f->store, undo_new, &error));
  g_assert_no_error (error);
  assert_search (f->store, "nadia", newest);

  /* Meanwhile, David got another introducer, and the collected tag came back in
   * another case: the undo keeps David's choice, and joins the tag. */
  undo = delete_with_undo (f, w.a);
  d = get_contact (f->store, w.d);
  g_assert_cmpint (liens_contact_get_introduced_by_id (d), ==, 0);
  liens_contact_set_introduced_by_id (d, w.b);
  save_contact (f->store, d);
  {
    g_autoptr(LiensContact) tagged = get_contact (f->store, other);

    liens_contact_set_tags (tagged, (const char * const []) { "mentor", NULL });
    save_contact (f->store, tagged);
  }

  /* But the network it belonged to is gone: nothing can be restored. */
  g_assert_true (liens_store_delete_network (f->store, w.club, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (f->signals, 0);
  rows_deleted = dump_rows (f->path);

  g_assert_false (liens_store_undo (f->store, undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT);
  g_test_message ("Error as shown: %s", error->message);
  g_clear_error (&error);
  assert_signals (f, NULL);
  rows_failed = dump_rows (f->path);
  g_assert_cmpstr (rows_failed, ==, rows_deleted);
  assert_search (f->store, "emilie");

  /* Once the network is back under its id, it works. */
  exec_sql (f->path, "INSERT INTO network (id, name) VALUES (1, 'Club')");
  g_assert_cmpint (w.club, ==, 1);
  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);

  restored = get_contact (f->store, w.a);
  assert_strv_equal (liens_contact_get_tags (restored),
                     (const char * const []) { "mentor", "Voile", NULL });
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM tag"), ==, 2);
  assert_search (f->store, "mentor", w.a, other);

  g_clear_object (&d);
  d = get_contact (f->store, w.d);
  g_assert_cmpint (liens_contact_get_introduced_by_id (d), ==, w.b);
  assert_signals (f,
                  SIG ("contact-added", w.a),
                  SIG ("contact-changed", w.c),
                  SIG ("encounter-added", w.sole),
                  SIG ("encounter-changed", w.shared),
                  SIG ("event-changed", w.event),
                  SIG ("introduction-added", w.by_a),
                  SIG ("introduction-added", w.of_a),
                  NULL);
}

/* The other entities */

static void
test_network_crud (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LiensNetwork) network = liens_network_new ();
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(LiensContact) member = contact_new ("Marc", NULL);
  g_autoptr(GError) error = NULL;
  LiensNetwork *loaded;
  guint n_network_ids = 0;
  gint64 member_id;
  gint64 event_id;
  gint64 id;

  liens_network_set_name (network, "Réseau des anciens");
  liens_network_set_kind (network, LIENS_NETWORK_KIND_ALUMNI);
  liens_network_set_involvement (network, LIENS_INVOLVEMENT_ACTIVE);
  liens_network_set_url (network, "https://alumni.example.org");
  liens_network_set_notes (network, "Dîner annuel en juin");
  g_assert_true (liens_store_save_network (f->store, network, &error));
  g_assert_no_error (error);
  id = liens_network_get_id (network);
  g_assert_cmpint (id, >, 0);
  assert_signals (f, SIG ("network-added", id), NULL);

  loaded = liens_store_get_network (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_network_get_id (loaded), ==, id);
  g_assert_cmpstr (liens_network_get_name (loaded), ==, "Réseau des anciens");
  g_assert_cmpint (liens_network_get_kind (loaded), ==, LIENS_NETWORK_KIND_ALUMNI);
  g_assert_cmpint (liens_network_get_involvement (loaded), ==, LIENS_INVOLVEMENT_ACTIVE);
  g_assert_cmpstr (liens_network_get_url (loaded), ==, "https://alumni.example.org");
  g_assert_cmpstr (liens_network_get_notes (loaded), ==, "Dîner annuel en juin");
  g_assert_finalize_object (loaded);

  liens_network_set_kind (network, LIENS_NETWORK_KIND_BUSINESS_CLUB);
  liens_network_set_url (network, NULL);
  g_assert_true (liens_store_save_network (f->store, network, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("network-changed", id), NULL);
  loaded = liens_store_get_network (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_network_get_kind (loaded), ==, LIENS_NETWORK_KIND_BUSINESS_CLUB);
  g_assert_null (liens_network_get_url (loaded));
  g_assert_finalize_object (loaded);

  /* Deleting it frees its members and its events, and tells. */
  liens_contact_set_network_ids (member, &id, 1);
  member_id = save_contact (f->store, member);
  liens_event_set_network_id (event, id);
  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);
  event_id = liens_event_get_id (event);
  g_ptr_array_set_size (f->signals, 0);

  g_assert_true (liens_store_delete_network (f->store, id, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("network-removed", id),
                  SIG ("contact-changed", member_id),
                  SIG ("event-changed", event_id),
                  NULL);

  g_clear_object (&member);
  member = get_contact (f->store, member_id);
  liens_contact_get_network_ids (member, &n_network_ids);
  g_assert_cmpuint (n_network_ids, ==, 0);
  g_clear_object (&event);
  event = liens_store_get_event (f->store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_event_get_network_id (event), ==, 0);

  g_assert_null (liens_store_get_network (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (liens_store_delete_network (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_encounter_crud (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 4, 2, 12, 30);
  g_autoptr(GDateTime) follow_up = date_new (2024, 4, 16, 9, 0);
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GError) error = NULL;
  LiensEncounter *loaded;
  const gint64 *contact_ids;
  guint n_contact_ids = 0;
  gint64 a = add_contact (f->store, "Anne", NULL);
  gint64 b = add_contact (f->store, "Bruno", NULL);
  gint64 c = add_contact (f->store, "Chloé", NULL);
  gint64 id;

  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (f->signals, 0);

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_MEAL);
  liens_encounter_set_place (encounter, "Café de la gare");
  liens_encounter_set_event_id (encounter, liens_event_get_id (event));
  liens_encounter_set_notes (encounter, "Projet commun");
  liens_encounter_set_help (encounter, LIENS_HELP_MUTUAL);
  liens_encounter_set_posture (encounter, LIENS_POSTURE_LEARNING);
  liens_encounter_set_follow_up_date (encounter, follow_up);
  liens_encounter_set_follow_up_what (encounter, "Envoyer le devis");
  liens_encounter_set_follow_up_done (encounter, TRUE);
  liens_encounter_set_contact_ids (encounter, (gint64[]) { b, a }, 2);
  g_assert_true (liens_store_save_encounter (f->store, encounter, &error));
  g_assert_no_error (error);
  id = liens_encounter_get_id (encounter);
  g_assert_cmpint (id, >, 0);
  assert_signals (f,
                  SIG ("encounter-added", id),
                  SIG ("contact-changed", a),
                  SIG ("contact-changed", b),
                  NULL);

  loaded = liens_store_get_encounter (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_encounter_get_id (loaded), ==, id);
  assert_date_equal (liens_encounter_get_date (loaded), date);
  g_assert_cmpint (liens_encounter_get_kind (loaded), ==, LIENS_ENCOUNTER_KIND_MEAL);
  g_assert_cmpstr (liens_encounter_get_place (loaded), ==, "Café de la gare");
  g_assert_cmpint (liens_encounter_get_event_id (loaded), ==, liens_event_get_id (event));
  g_assert_cmpstr (liens_encounter_get_notes (loaded), ==, "Projet commun");
  g_assert_cmpint (liens_encounter_get_help (loaded), ==, LIENS_HELP_MUTUAL);
  g_assert_cmpint (liens_encounter_get_posture (loaded), ==, LIENS_POSTURE_LEARNING);
  assert_date_equal (liens_encounter_get_follow_up_date (loaded), follow_up);
  g_assert_cmpstr (liens_encounter_get_follow_up_what (loaded), ==, "Envoyer le devis");
  g_assert_true (liens_encounter_get_follow_up_done (loaded));
  contact_ids = liens_encounter_get_contact_ids (loaded, &n_contact_ids);
  assert_ids_equal (contact_ids, n_contact_ids, (gint64[]) { b, a }, 2);
  g_assert_finalize_object (loaded);

  /* Who leaves and who joins both see their last encounter change. */
  liens_encounter_set_contact_ids (encounter, (gint64[]) { b, c }, 2);
  liens_encounter_set_follow_up_done (encounter, FALSE);
  liens_encounter_set_follow_up_date (encounter, NULL);
  g_assert_true (liens_store_save_encounter (f->store, encounter, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("encounter-changed", id),
                  SIG ("contact-changed", a),
                  SIG ("contact-changed", b),
                  SIG ("contact-changed", c),
                  NULL);

  loaded = liens_store_get_encounter (f->store, id, &error);
  g_assert_no_error (error);
  contact_ids = liens_encounter_get_contact_ids (loaded, &n_contact_ids);
  assert_ids_equal (contact_ids, n_contact_ids, (gint64[]) { b, c }, 2);
  g_assert_false (liens_encounter_get_follow_up_done (loaded));
  g_assert_null (liens_encounter_get_follow_up_date (loaded));
  g_assert_finalize_object (loaded);

  /* Deleting the event keeps the encounter, unlinked. */
  g_assert_true (liens_store_delete_event (f->store, liens_event_get_id (event), &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("event-removed", liens_event_get_id (event)),
                  SIG ("encounter-changed", id),
                  NULL);
  loaded = liens_store_get_encounter (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_encounter_get_event_id (loaded), ==, 0);
  g_assert_finalize_object (loaded);

  g_assert_true (liens_store_delete_encounter (f->store, id, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("encounter-removed", id),
                  SIG ("contact-changed", b),
                  SIG ("contact-changed", c),
                  NULL);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_contact"), ==, 0);
  g_assert_null (liens_store_get_encounter (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_introduction_crud (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 5, 6, 17, 0);
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
  g_autoptr(GError) error = NULL;
  LiensIntroduction *loaded;
  gint64 a = add_contact (f->store, "Anne", NULL);
  gint64 b = add_contact (f->store, "Bruno", NULL);
  gint64 c = add_contact (f->store, "Chloé", NULL);
  gint64 id;

  g_ptr_array_set_size (f->signals, 0);

  liens_introduction_set_introducer_id (introduction, a);
  liens_introduction_set_first_id (introduction, b);
  liens_introduction_set_second_id (introduction, c);
  liens_introduction_set_date (introduction, date);
  liens_introduction_set_context (introduction, "Recherche d'un local");
  liens_introduction_set_outcome (introduction, "Ils travaillent ensemble");
  g_assert_true (liens_store_save_introduction (f->store, introduction, &error));
  g_assert_no_error (error);
  id = liens_introduction_get_id (introduction);
  g_assert_cmpint (id, >, 0);
  assert_signals (f, SIG ("introduction-added", id), NULL);

  loaded = liens_store_get_introduction (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (loaded), ==, a);
  g_assert_cmpint (liens_introduction_get_first_id (loaded), ==, b);
  g_assert_cmpint (liens_introduction_get_second_id (loaded), ==, c);
  assert_date_equal (liens_introduction_get_date (loaded), date);
  g_assert_cmpstr (liens_introduction_get_context (loaded), ==, "Recherche d'un local");
  g_assert_cmpstr (liens_introduction_get_outcome (loaded), ==, "Ils travaillent ensemble");
  g_assert_finalize_object (loaded);

  /* 0 is the user, on either side. */
  liens_introduction_set_introducer_id (introduction, 0);
  liens_introduction_set_second_id (introduction, 0);
  liens_introduction_set_outcome (introduction, NULL);
  g_assert_true (liens_store_save_introduction (f->store, introduction, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("introduction-changed", id), NULL);
  loaded = liens_store_get_introduction (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (loaded), ==, 0);
  g_assert_cmpint (liens_introduction_get_second_id (loaded), ==, 0);
  g_assert_null (liens_introduction_get_outcome (loaded));
  g_assert_finalize_object (loaded);

  g_assert_true (liens_store_delete_introduction (f->store, id, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("introduction-removed", id), NULL);
  g_assert_false (liens_store_delete_introduction (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_event_crud (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) start = date_new (2024, 6, 12, 8, 30);
  g_autoptr(GDateTime) end = date_new (2024, 6, 12, 18, 0);
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GError) error = NULL;
  LiensEvent *loaded;
  const LiensEventPerson *people;
  guint n_people = 0;
  gint64 network = add_network (f->store, "Club");
  gint64 a = add_contact (f->store, "Anne", NULL);
  gint64 b = add_contact (f->store, "Bruno", NULL);
  gint64 id;

  g_ptr_array_set_size (f->signals, 0);

  liens_event_set_title (event, "Salon des entrepreneurs");
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_all_day (event, TRUE);
  liens_event_set_place (event, "Paris, porte de Versailles");
  liens_event_set_url (event, "https://salon.example.org");
  liens_event_set_network_id (event, network);
  liens_event_set_kind (event, LIENS_EVENT_KIND_TRADE_SHOW);
  liens_event_set_attendance (event, LIENS_ATTENDANCE_REGISTERED);
  liens_event_set_goal (event, "Revoir deux clients");
  liens_event_set_posture (event, LIENS_POSTURE_PROSPECTING);
  liens_event_set_cost (event, "20 €");
  liens_event_set_notes (event, "Badge à imprimer");
  liens_event_add_person (event, b);
  liens_event_add_person (event, a);
  liens_event_set_person_met (event, a, TRUE);
  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);
  id = liens_event_get_id (event);
  g_assert_cmpint (id, >, 0);
  assert_signals (f, SIG ("event-added", id), NULL);

  loaded = liens_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_event_get_title (loaded), ==, "Salon des entrepreneurs");
  assert_date_equal (liens_event_get_start (loaded), start);
  assert_date_equal (liens_event_get_end (loaded), end);
  g_assert_true (liens_event_get_all_day (loaded));
  g_assert_cmpstr (liens_event_get_place (loaded), ==, "Paris, porte de Versailles");
  g_assert_cmpstr (liens_event_get_url (loaded), ==, "https://salon.example.org");
  g_assert_cmpint (liens_event_get_network_id (loaded), ==, network);
  g_assert_cmpint (liens_event_get_kind (loaded), ==, LIENS_EVENT_KIND_TRADE_SHOW);
  g_assert_cmpint (liens_event_get_attendance (loaded), ==, LIENS_ATTENDANCE_REGISTERED);
  g_assert_cmpstr (liens_event_get_goal (loaded), ==, "Revoir deux clients");
  g_assert_cmpint (liens_event_get_posture (loaded), ==, LIENS_POSTURE_PROSPECTING);
  g_assert_cmpstr (liens_event_get_cost (loaded), ==, "20 €");
  g_assert_cmpstr (liens_event_get_notes (loaded), ==, "Badge à imprimer");
  people = liens_event_get_people (loaded, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpint (people[0].contact_id, ==, b);
  g_assert_false (people[0].met);
  g_assert_cmpint (people[1].contact_id, ==, a);
  g_assert_true (people[1].met);
  g_assert_finalize_object (loaded);

  /* After the event: who was met, and one person fewer. */
  liens_event_set_attendance (event, LIENS_ATTENDANCE_ATTENDED);
  liens_event_set_person_met (event, b, TRUE);
  liens_event_remove_person (event, a);
  liens_event_set_end (event, NULL);
  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("event-changed", id), NULL);

  loaded = liens_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_event_get_attendance (loaded), ==, LIENS_ATTENDANCE_ATTENDED);
  g_assert_null (liens_event_get_end (loaded));
  people = liens_event_get_people (loaded, &n_people);
  g_assert_cmpuint (n_people, ==, 1);
  g_assert_cmpint (people[0].contact_id, ==, b);
  g_assert_true (people[0].met);
  g_assert_finalize_object (loaded);

  g_assert_true (liens_store_delete_event (f->store, id, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("event-removed", id), NULL);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM event_person"), ==, 0);
  g_assert_null (liens_store_get_event (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_quiz_result_crud (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) taken_at = date_new (2024, 7, 1, 21, 15);
  g_autoptr(LiensQuizResult) result = liens_quiz_result_new ();
  g_autoptr(GError) error = NULL;
  LiensQuizResult *loaded;
  gint64 id;

  liens_quiz_result_set_taken_at (result, taken_at);
  liens_quiz_result_set_score (result, LIENS_PROFILE_SUPER_CONNECTOR, 0.5);
  liens_quiz_result_set_score (result, LIENS_PROFILE_MENTOR, 0.25);
  liens_quiz_result_set_score (result, LIENS_PROFILE_EXPERT, 0.125);
  liens_quiz_result_set_score (result, LIENS_PROFILE_RESERVED, 0.0625);
  g_assert_true (liens_store_save_quiz_result (f->store, result, &error));
  g_assert_no_error (error);
  id = liens_quiz_result_get_id (result);
  g_assert_cmpint (id, >, 0);
  assert_signals (f, SIG ("quiz-result-added", id), NULL);

  loaded = liens_store_get_quiz_result (f->store, id, &error);
  g_assert_no_error (error);
  assert_date_equal (liens_quiz_result_get_taken_at (loaded), taken_at);
  g_assert_cmpfloat (liens_quiz_result_get_score (loaded, LIENS_PROFILE_SUPER_CONNECTOR), ==, 0.5);
  g_assert_cmpfloat (liens_quiz_result_get_score (loaded, LIENS_PROFILE_MENTOR), ==, 0.25);
  g_assert_cmpfloat (liens_quiz_result_get_score (loaded, LIENS_PROFILE_EXPERT), ==, 0.125);
  g_assert_cmpfloat (liens_quiz_result_get_score (loaded, LIENS_PROFILE_RESERVED), ==, 0.0625);
  g_assert_cmpint (liens_quiz_result_get_dominant (loaded), ==, LIENS_PROFILE_SUPER_CONNECTOR);
  g_assert_finalize_object (loaded);

  liens_quiz_result_set_score (result, LIENS_PROFILE_RESERVED, 0.75);
  g_assert_true (liens_store_save_quiz_result (f->store, result, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("quiz-result-changed", id), NULL);
  loaded = liens_store_get_quiz_result (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (liens_quiz_result_get_score (loaded, LIENS_PROFILE_RESERVED), ==, 0.75);
  g_assert_finalize_object (loaded);

  g_assert_true (liens_store_delete_quiz_result (f->store, id, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("quiz-result-removed", id), NULL);
  g_assert_null (liens_store_get_quiz_result (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

/* Live lists */

static void
rename_contact (LiensStore *store,
                gint64      id,
                const char *given_name)
{
  g_autoptr(LiensContact) contact = get_contact (store, id);

  liens_contact_set_given_name (contact, given_name);
  save_contact (store, contact);
}

static void
test_list_contacts (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) log = NULL;
  g_autoptr(LiensContact) first = NULL;
  g_autoptr(LiensContact) again = NULL;
  g_autoptr(LiensContact) changed = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  gint64 fanny, denis, emilie;

  list = liens_store_list_contacts (f->store);
  g_assert_true (G_IS_LIST_MODEL (list));
  g_assert_true (g_list_model_get_item_type (list) == LIENS_TYPE_CONTACT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  log = record_items_changed (list);

  fanny = add_contact (f->store, "Fanny", "Petit");
  assert_items_changed (log, 0, 0, 1);
  denis = add_contact (f->store, "Denis", "Martin");
  assert_items_changed (log, 0, 0, 1);
  add_contact (f->store, "Zoé", "Leroy");
  assert_items_changed (log, 2, 0, 1);
  emilie = add_contact (f->store, "Émilie", "Durand");
  assert_items_changed (log, 1, 0, 1);
  add_contact (f->store, "adam", NULL);
  assert_items_changed (log, 0, 0, 1);

  /* Accents and case do not sort apart: Émilie among the E's, Zoé last. */
  assert_contact_names (list, (const char * const []) {
                          "adam", "Denis", "Émilie", "Fanny", "Zoé", NULL });
  g_assert_null (g_list_model_get_item (list, 5));

  /* Loaded once, then the same object while it is unchanged. */
  first = g_list_model_get_item (list, 2);
  again = g_list_model_get_item (list, 2);
  g_assert_true (first == again);
  g_clear_object (&again);

  /* A change in place is one item replaced, with a fresh object. */
  {
    g_autoptr(LiensContact) contact = get_contact (f->store, emilie);

    liens_contact_set_organisation (contact, "Réseau Entreprendre");
    save_contact (f->store, contact);
  }
  assert_items_changed (log, 2, 1, 1);
  changed = g_list_model_get_item (list, 2);
  g_assert_true (changed != first);
  g_assert_cmpstr (liens_contact_get_organisation (changed), ==, "Réseau Entreprendre");

  /* A rename that moves is the smallest range covering both places. */
  rename_contact (f->store, denis, "Yves");
  assert_items_changed (log, 1, 3, 3);
  assert_contact_names (list, (const char * const []) {
                          "adam", "Émilie", "Fanny", "Yves", "Zoé", NULL });

  /* An unrelated save does not touch the list. */
  add_network (f->store, "Club");
  g_assert_cmpuint (log->len, ==, 0);

  g_assert_true (liens_store_delete_contact (f->store, fanny, &error));
  g_assert_no_error (error);
  assert_items_changed (log, 2, 1, 0);
  assert_contact_names (list, (const char * const []) {
                          "adam", "Émilie", "Yves", "Zoé", NULL });

  /* People added together on either side of a row: each insertion on its own, the rows
   * between untouched. */
  g_assert_true (liens_store_batch_begin (f->store, FALSE, &error));
  g_assert_no_error (error);
  add_contact (f->store, "Xavier", NULL);
  add_contact (f->store, "Bruno", NULL);
  g_assert_cmpuint (log->len, ==, 0);
  g_assert_true (liens_store_batch_end (f->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).removed, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).added, ==, 1);
  g_array_remove_index (log, 0);
  assert_items_changed (log, 3, 0, 1);
  assert_contact_names (list, (const char * const []) {
                          "adam", "Bruno", "Émilie", "Xavier", "Yves", "Zoé", NULL });

  g_assert_finalize_object (list);
}

static void
test_list_others (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) old = date_new (2023, 1, 1, 10, 0);
  g_autoptr(GDateTime) mid = date_new (2023, 6, 1, 10, 0);
  g_autoptr(GDateTime) recent = date_new (2024, 1, 1, 10, 0);
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *encounters;
  GListModel *for_anne;
  GListModel *networks;
  GListModel *events;
  GListModel *introductions;
  GListModel *results;
  gint64 anne = add_contact (f->store, "Anne", NULL);
  gint64 bruno = add_contact (f->store, "Bruno", NULL);
  gint64 e_old, e_mid, e_recent, e_bruno;
  gint64 alumni, ecole, zebre;
  gint64 ev_late, ev_undated, ev_early;
  gint64 intro;
  gint64 r_old, r_new;

  encounters = liens_store_list_encounters (f->store);
  for_anne = liens_store_list_encounters_for_contact (f->store, anne);
  g_assert_true (g_list_model_get_item_type (encounters) == LIENS_TYPE_ENCOUNTER);
  log = record_items_changed (for_anne);

  /* Encounters: newest first. */
  e_mid = add_encounter (f->store, mid, &anne, 1);
  assert_items_changed (log, 0, 0, 1);
  e_old = add_encounter (f->store, old, (gint64[]) { anne, bruno }, 2);
  assert_items_changed (log, 1, 0, 1);
  e_bruno = add_encounter (f->store, recent, &bruno, 1);
  g_assert_cmpuint (log->len, ==, 0);
  e_recent = add_encounter (f->store, recent, &anne, 1);
  assert_items_changed (log, 0, 0, 1);

  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 4);
  g_assert_cmpint (item_id (encounters, 0), ==, e_recent);
  g_assert_cmpint (item_id (encounters, 1), ==, e_bruno);
  g_assert_cmpint (item_id (encounters, 2), ==, e_mid);
  g_assert_cmpint (item_id (encounters, 3), ==, e_old);
  g_assert_cmpuint (g_list_model_get_n_items (for_anne), ==, 3);
  g_assert_cmpint (item_id (for_anne, 2), ==, e_old);

  /* Deleting Anne empties her timeline; the shared encounter stays in the full one. */
  g_assert_true (liens_store_delete_contact (f->store, anne, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (for_anne), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 2);
  g_assert_cmpint (item_id (encounters, 0), ==, e_bruno);
  g_assert_cmpint (item_id (encounters, 1), ==, e_old);
  g_signal_handlers_disconnect_by_data (for_anne, log);
  g_assert_finalize_object (for_anne);
  g_assert_finalize_object (encounters);

  /* Networks: by name, accents folded. */
  networks = liens_store_list_networks (f->store);
  g_assert_true (g_list_model_get_item_type (networks) == LIENS_TYPE_NETWORK);
  zebre = add_network (f->store, "Zèbre club");
  alumni = add_network (f->store, "alumni");
  ecole = add_network (f->store, "École");
  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, 3);
  g_assert_cmpint (item_id (networks, 0), ==, alumni);
  g_assert_cmpint (item_id (networks, 1), ==, ecole);
  g_assert_cmpint (item_id (networks, 2), ==, zebre);
  g_assert_finalize_object (networks);

  /* Events: by start, undated ones last. */
  events = liens_store_list_events (f->store);
  g_assert_true (g_list_model_get_item_type (events) == LIENS_TYPE_EVENT);
  {
    g_autoptr(LiensEvent) late = liens_event_new ();
    g_autoptr(LiensEvent) undated = liens_event_new ();
    g_autoptr(LiensEvent) early = liens_event_new ();

    liens_event_set_start (late, recent);
    liens_event_set_start (early, old);
    g_assert_true (liens_store_save_event (f->store, late, &error));
    g_assert_true (liens_store_save_event (f->store, undated, &error));
    g_assert_true (liens_store_save_event (f->store, early, &error));
    g_assert_no_error (error);
    ev_late = liens_event_get_id (late);
    ev_undated = liens_event_get_id (undated);
    ev_early = liens_event_get_id (early);
  }
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  g_assert_cmpint (item_id (events, 0), ==, ev_early);
  g_assert_cmpint (item_id (events, 1), ==, ev_late);
  g_assert_cmpint (item_id (events, 2), ==, ev_undated);
  g_assert_finalize_object (events);

  /* Introductions of one contact, on any side. */
  introductions = liens_store_list_introductions_for_contact (f->store, bruno);
  g_assert_true (g_list_model_get_item_type (introductions) == LIENS_TYPE_INTRODUCTION);
  {
    g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
    g_autoptr(LiensIntroduction) other = liens_introduction_new ();
    gint64 chloe = add_contact (f->store, "Chloé", NULL);

    liens_introduction_set_first_id (introduction, chloe);
    liens_introduction_set_second_id (introduction, bruno);
    g_assert_true (liens_store_save_introduction (f->store, introduction, &error));
    liens_introduction_set_first_id (other, chloe);
    g_assert_true (liens_store_save_introduction (f->store, other, &error));
    g_assert_no_error (error);
    intro = liens_introduction_get_id (introduction);
  }
  g_assert_cmpuint (g_list_model_get_n_items (introductions), ==, 1);
  g_assert_cmpint (item_id (introductions, 0), ==, intro);
  g_assert_true (liens_store_delete_introduction (f->store, intro, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (introductions), ==, 0);
  g_assert_finalize_object (introductions);

  /* Quiz results: newest first. */
  results = liens_store_list_quiz_results (f->store);
  g_assert_true (g_list_model_get_item_type (results) == LIENS_TYPE_QUIZ_RESULT);
  {
    g_autoptr(LiensQuizResult) first = liens_quiz_result_new ();
    g_autoptr(LiensQuizResult) second = liens_quiz_result_new ();

    liens_quiz_result_set_taken_at (first, old);
    liens_quiz_result_set_taken_at (second, recent);
    g_assert_true (liens_store_save_quiz_result (f->store, first, &error));
    g_assert_true (liens_store_save_quiz_result (f->store, second, &error));
    g_assert_no_error (error);
    r_old = liens_quiz_result_get_id (first);
    r_new = liens_quiz_result_get_id (second);
  }
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_assert_cmpint (item_id (results, 0), ==, r_new);
  g_assert_cmpint (item_id (results, 1), ==, r_old);
  g_assert_finalize_object (results);
}

/* Search */

static void
test_search_query (void)
{
  g_autofree char *accents = liens_store_build_fts_query ("Émilie d'Arc-en-ciel");
  g_autofree char *hostile = liens_store_build_fts_query ("\"x\" AND (NEAR y* OR z:^1)");
  g_autofree char *key = NULL;

  g_assert_cmpstr (accents, ==, "\"Émilie\"* \"d\"* \"Arc\"* \"en\"* \"ciel\"*");
  g_assert_cmpstr (hostile, ==, "\"x\"* \"AND\"* \"NEAR\"* \"y\"* \"OR\"* \"z\"* \"1\"*");
  g_assert_null (liens_store_build_fts_query (NULL));
  g_assert_null (liens_store_build_fts_query (""));
  g_assert_null (liens_store_build_fts_query (" \"*():^-+ "));

  key = liens_store_compute_sort_key ("  Émilie ÅNGSTRÖM ");
  g_assert_cmpstr (key, ==, "emilie angstrom");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  const char * const hostile[] = {
    "\"", "AND (", "OR", "*", "NEAR(", "a\" OR \"b", "name:x", "^", "-x", "'", ")", "\\",
    "\xff\xfe", "NOT", "\"\"\"", NULL,
  };
  const char * const voile[] = { "Voile", NULL };
  const char * const kayak[] = { "Kayak", NULL };
  g_autoptr(LiensContact) emilie = contact_new ("Émilie", "Durand");
  g_autoptr(LiensContact) denis = contact_new ("Denis", "Martin");
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *live;
  gint64 e, d, z;

  liens_contact_set_organisation (emilie, "Réseau Entreprendre");
  liens_contact_set_tags (emilie, voile);
  liens_contact_set_notes (emilie, "Aime le café serré");
  e = save_contact (f->store, emilie);
  liens_contact_set_organisation (denis, "Atelier Bois");
  liens_contact_set_expertise (denis, "réseaux sociaux");
  d = save_contact (f->store, denis);
  z = add_contact (f->store, "Zoé", "Leroy");

  /* Accents, case and prefixes; results sorted as the contact list (Denis, Émilie). */
  assert_search (f->store, "reseau", d, e);
  assert_search (f->store, "RESEAU", d, e);
  assert_search (f->store, "rés", d, e);
  assert_search (f->store, "réseaux", d);
  assert_search (f->store, "emilie", e);
  assert_search (f->store, "ÉMI", e);
  assert_search (f->store, "zoe", z);
  assert_search (f->store, "durand emilie", e);
  assert_search (f->store, "  Durand,   Émilie!  ", e);
  assert_search (f->store, "durand denis");
  assert_search (f->store, "atel", d);
  assert_search (f->store, "voile", e);
  assert_search (f->store, "cafe", e);
  assert_search (f->store, "nobody");
  assert_search (f->store, "", d, e, z);

  /* Nothing typed is read as query syntax. */
  for (guint i = 0; hostile[i] != NULL; i++)
    {
      g_autofree gint64 *ids = NULL;
      gsize n_ids = 0;

      ids = liens_store_search_contact_ids (f->store, hostile[i], &n_ids, &error);
      g_assert_no_error (error);
      g_assert_nonnull (ids);
    }

  live = liens_store_search_contacts (f->store, "rés");
  g_assert_true (g_list_model_get_item_type (live) == LIENS_TYPE_CONTACT);
  g_assert_cmpuint (g_list_model_get_n_items (live), ==, 2);
  g_assert_cmpint (item_id (live, 0), ==, d);
  g_assert_cmpint (item_id (live, 1), ==, e);
  log = record_items_changed (live);

  /* Old words stop matching once changed, new ones match. */
  liens_contact_set_organisation (emilie, "Cabinet Conseil");
  save_contact (f->store, emilie);
  assert_items_changed (log, 1, 1, 0);
  assert_search (f->store, "reseau", d);
  assert_search (f->store, "cabinet", e);

  liens_contact_set_tags (emilie, kayak);
  save_contact (f->store, emilie);
  assert_search (f->store, "voile");
  assert_search (f->store, "kayak", e);

  liens_contact_set_notes (emilie, "Présidente du réseau des anciens");
  save_contact (f->store, emilie);
  assert_items_changed (log, 1, 0, 1);
  assert_search (f->store, "cafe");

  g_assert_true (liens_store_delete_contact (f->store, d, &error));
  g_assert_no_error (error);
  assert_items_changed (log, 0, 1, 0);
  assert_search (f->store, "reseau", e);
  assert_search (f->store, "denis");

  g_assert_finalize_object (live);
}

/* Contact queries */

static void
count_changed_cb (LiensContactQuery *query,
                  guint             *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_query_properties (void)
{
  static const char * const names[] = {
    "text", "tie-strength", "tie-nature", "profile", "network-id", "tag", "due-only",
    "archived", "now",
  };
  g_autoptr(GDateTime) now = date_new (2024, 2, 29, 10, 0);
  g_autoptr(GDateTime) same_now = date_new (2024, 2, 29, 10, 0);
  LiensContactQuery *query = liens_contact_query_new ();
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) read_now = NULL;
  guint changed = 0;
  int tie_nature = 0;

  g_signal_connect (query, "changed", G_CALLBACK (count_changed_cb), &changed);

  /* Everything "any", active contacts. */
  g_assert_null (liens_contact_query_get_text (query));
  g_assert_cmpint (liens_contact_query_get_tie_strength (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_tie_nature (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_profile (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_network_id (query), ==, 0);
  g_assert_null (liens_contact_query_get_tag (query));
  g_assert_false (liens_contact_query_get_due_only (query));
  g_assert_false (liens_contact_query_get_archived (query));
  g_assert_null (liens_contact_query_get_now (query));
  g_assert_false (liens_contact_query_has_filters (query));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (query), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);
    }

  /* One notification and one "changed" per change, none for the same value. */
#define CHECK_SET(name, setter, value) \
  G_STMT_START { \
    guint notified_ = 0; \
    gulong id_ = g_signal_connect (query, "notify::" name, \
                                   G_CALLBACK (count_notify_cb), &notified_); \
    changed = 0; \
    setter (query, value); \
    setter (query, value); \
    g_assert_cmpuint (notified_, ==, 1); \
    g_assert_cmpuint (changed, ==, 1); \
    g_signal_handler_disconnect (query, id_); \
  } G_STMT_END

  CHECK_SET ("text", liens_contact_query_set_text, "émilie");
  CHECK_SET ("tie-strength", liens_contact_query_set_tie_strength, LIENS_TIE_STRENGTH_CLOSE);
  CHECK_SET ("tie-nature", liens_contact_query_set_tie_nature, LIENS_TIE_NATURE_AFFINITY);
  CHECK_SET ("profile", liens_contact_query_set_profile, LIENS_PROFILE_UNKNOWN);
  CHECK_SET ("network-id", liens_contact_query_set_network_id, 3);
  CHECK_SET ("tag", liens_contact_query_set_tag, "Voile");
  CHECK_SET ("due-only", liens_contact_query_set_due_only, TRUE);
  CHECK_SET ("archived", liens_contact_query_set_archived, TRUE);
  CHECK_SET ("now", liens_contact_query_set_now, now);
#undef CHECK_SET

  /* Another GDateTime for the same time is no change. */
  changed = 0;
  liens_contact_query_set_now (query, same_now);
  liens_contact_query_set_due_only (query, 2);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (liens_contact_query_get_now (query) == now);

  g_object_get (query, "text", &text, "tie-nature", &tie_nature, "now", &read_now, NULL);
  g_assert_cmpstr (text, ==, "émilie");
  g_assert_cmpint (tie_nature, ==, LIENS_TIE_NATURE_AFFINITY);
  g_assert_true (read_now == now);
  g_assert_true (liens_contact_query_has_filters (query));

  /* Clearing keeps the text and the archive side, and tells once. */
  changed = 0;
  liens_contact_query_clear_filters (query);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (liens_contact_query_has_filters (query));
  g_assert_cmpstr (liens_contact_query_get_text (query), ==, "émilie");
  g_assert_true (liens_contact_query_get_archived (query));
  g_assert_true (liens_contact_query_get_now (query) == now);
  g_assert_cmpint (liens_contact_query_get_tie_strength (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_tie_nature (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_profile (query), ==, -1);
  g_assert_cmpint (liens_contact_query_get_network_id (query), ==, 0);
  g_assert_null (liens_contact_query_get_tag (query));
  g_assert_false (liens_contact_query_get_due_only (query));

  liens_contact_query_clear_filters (query);
  g_assert_cmpuint (changed, ==, 1);

  /* Text and archive are not filters. */
  g_assert_false (liens_contact_query_has_filters (query));
  liens_contact_query_set_profile (query, LIENS_PROFILE_UNKNOWN);
  g_assert_true (liens_contact_query_has_filters (query));
  liens_contact_query_set_profile (query, -1);
  liens_contact_query_set_now (query, NULL);
  g_assert_null (liens_contact_query_get_now (query));

  g_assert_finalize_object (query);
}

static gint64
add_query_contact (LiensStore         *store,
                   const char         *given_name,
                   const char         *family_name,
                   LiensTieStrength    tie_strength,
                   LiensTieNature      tie_nature,
                   LiensProfile        profile,
                   const gint64       *network_ids,
                   const char * const *tags,
                   gboolean            archived)
{
  g_autoptr(LiensContact) contact = contact_new (given_name, family_name);
  guint n_networks = 0;

  while (network_ids != NULL && network_ids[n_networks] != 0)
    n_networks++;

  liens_contact_set_tie_strength (contact, tie_strength);
  liens_contact_set_tie_nature (contact, tie_nature);
  liens_contact_set_profile (contact, profile);
  liens_contact_set_network_ids (contact, network_ids, n_networks);
  liens_contact_set_tags (contact, tags);
  liens_contact_set_archived (contact, archived);

  return save_contact (store, contact);
}

static void
test_query_filters (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  gint64 club = add_network (f->store, "Club");
  gint64 alumni = add_network (f->store, "Anciens");
  gint64 denis, emilie, emile, fanny, zoe;

  /* Sorted: Denis, (Émile, archived), Émilie, Fanny, Zoé. Tags match by name whatever
   * the case, also beyond ASCII: "Été" and "été" are the same tag to the user. */
  emilie = add_query_contact (f->store, "Émilie", "Durand", LIENS_TIE_STRENGTH_CLOSE,
                              LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
                              (gint64[]) { club, 0 },
                              (const char * const []) { "Voile", "Été", NULL }, FALSE);
  denis = add_query_contact (f->store, "Denis", "Martin", LIENS_TIE_STRENGTH_CASUAL,
                             LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_EXPERT,
                             (gint64[]) { alumni, 0 },
                             (const char * const []) { "voile", "été", NULL }, FALSE);
  zoe = add_query_contact (f->store, "Zoé", "Leroy", LIENS_TIE_STRENGTH_CLOSE,
                           LIENS_TIE_NATURE_BOTH, LIENS_PROFILE_UNKNOWN,
                           NULL, NULL, FALSE);
  fanny = add_query_contact (f->store, "Fanny", "Petit", LIENS_TIE_STRENGTH_UNKNOWN,
                             LIENS_TIE_NATURE_UNKNOWN, LIENS_PROFILE_UNKNOWN,
                             (gint64[]) { alumni, club, 0 },
                             (const char * const []) { "Kayak", NULL }, FALSE);
  emile = add_query_contact (f->store, "Émile", "Roux", LIENS_TIE_STRENGTH_CLOSE,
                             LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
                             (gint64[]) { club, 0 },
                             (const char * const []) { "Voile", NULL }, TRUE);

  /* Active contacts by default, archived ones on their own. */
  assert_query (f->store, query, denis, emilie, fanny, zoe);
  liens_contact_query_set_archived (query, TRUE);
  assert_query (f->store, query, emile);
  liens_contact_query_set_text (query, "emil");
  assert_query (f->store, query, emile);
  liens_contact_query_set_archived (query, FALSE);
  assert_query (f->store, query, emilie);

  /* Search text, accents and case folded. */
  liens_contact_query_set_text (query, "emilie");
  assert_query (f->store, query, emilie);
  liens_contact_query_set_text (query, "VOILE");
  assert_query (f->store, query, denis, emilie);
  liens_contact_query_set_text (query, "  ");
  assert_query (f->store, query, denis, emilie, fanny, zoe);
  liens_contact_query_set_text (query, "\" OR *");
  assert_query (f->store, query);
  liens_contact_query_set_text (query, NULL);

  /* Tie strength, UNKNOWN included. */
  liens_contact_query_set_tie_strength (query, LIENS_TIE_STRENGTH_CLOSE);
  assert_query (f->store, query, emilie, zoe);
  liens_contact_query_set_text (query, "zoe");
  assert_query (f->store, query, zoe);
  liens_contact_query_set_text (query, "denis");
  assert_query (f->store, query);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_archived (query, TRUE);
  assert_query (f->store, query, emile);
  liens_contact_query_set_archived (query, FALSE);
  liens_contact_query_set_tie_strength (query, LIENS_TIE_STRENGTH_UNKNOWN);
  assert_query (f->store, query, fanny);
  liens_contact_query_set_tie_strength (query, -1);

  /* Nature: affinity and utility include "both", "both" is only both. */
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_AFFINITY);
  assert_query (f->store, query, emilie, zoe);
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_UTILITY);
  assert_query (f->store, query, denis, zoe);
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_BOTH);
  assert_query (f->store, query, zoe);
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_UNKNOWN);
  assert_query (f->store, query, fanny);
  liens_contact_query_set_text (query, "emilie");
  assert_query (f->store, query);
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_AFFINITY);
  assert_query (f->store, query, emilie);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_tie_nature (query, -1);

  /* Profile, UNKNOWN meaning "not set". */
  liens_contact_query_set_profile (query, LIENS_PROFILE_UNKNOWN);
  assert_query (f->store, query, fanny, zoe);
  liens_contact_query_set_profile (query, LIENS_PROFILE_MENTOR);
  assert_query (f->store, query, emilie);
  liens_contact_query_set_text (query, "Émi");
  assert_query (f->store, query, emilie);
  liens_contact_query_set_profile (query, LIENS_PROFILE_SUPER_CONNECTOR);
  assert_query (f->store, query);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_profile (query, -1);

  /* Network. */
  liens_contact_query_set_network_id (query, club);
  assert_query (f->store, query, emilie, fanny);
  liens_contact_query_set_network_id (query, alumni);
  assert_query (f->store, query, denis, fanny);
  liens_contact_query_set_text (query, "fanny");
  assert_query (f->store, query, fanny);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_network_id (query, alumni + club + 100);
  assert_query (f->store, query);
  liens_contact_query_set_network_id (query, 0);

  /* Tag, whatever its case. */
  liens_contact_query_set_tag (query, "VOILE");
  assert_query (f->store, query, denis, emilie);
  liens_contact_query_set_tag (query, "ÉTÉ");
  assert_query (f->store, query, denis, emilie);
  liens_contact_query_set_text (query, "martin");
  assert_query (f->store, query, denis);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_tag (query, "kayak");
  assert_query (f->store, query, fanny);
  liens_contact_query_set_tag (query, "voil");
  assert_query (f->store, query);
  liens_contact_query_set_tag (query, "' OR 1 --");
  assert_query (f->store, query);
  liens_contact_query_set_tag (query, NULL);

  /* All together. */
  liens_contact_query_set_tie_strength (query, LIENS_TIE_STRENGTH_CLOSE);
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_AFFINITY);
  liens_contact_query_set_profile (query, LIENS_PROFILE_MENTOR);
  liens_contact_query_set_network_id (query, club);
  liens_contact_query_set_tag (query, "voile");
  assert_query (f->store, query, emilie);
  liens_contact_query_set_text (query, "durand");
  assert_query (f->store, query, emilie);
  liens_contact_query_set_archived (query, TRUE);
  liens_contact_query_set_text (query, "roux");
  assert_query (f->store, query, emile);
  liens_contact_query_set_network_id (query, alumni);
  assert_query (f->store, query);

  liens_contact_query_clear_filters (query);
  liens_contact_query_set_text (query, NULL);
  liens_contact_query_set_archived (query, FALSE);
  assert_query (f->store, query, denis, emilie, fanny, zoe);

  /* The plain list and search show active contacts only too. */
  assert_search (f->store, "", denis, emilie, fanny, zoe);
  assert_search (f->store, "roux");
}

static gint64
add_due_contact (LiensStore   *store,
                 const char   *given_name,
                 LiensCadence  cadence,
                 int           cadence_days,
                 GDateTime    *met_on,
                 GDateTime    *created_at)
{
  g_autoptr(LiensContact) contact = contact_new (given_name, "Due");

  liens_contact_set_cadence (contact, cadence);
  liens_contact_set_cadence_days (contact, cadence_days);
  liens_contact_set_met_on (contact, met_on);
  liens_contact_set_created_at (contact, created_at);

  return save_contact (store, contact);
}

/* The query answers exactly as liens_contact_is_overdue() on the loaded contacts. */
static void
assert_due_as_model (LiensStore        *store,
                     LiensContactQuery *query,
                     GDateTime         *now)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *all = liens_store_list_contacts (store);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (all, i);
      gint64 id = liens_contact_get_id (contact);

      if (liens_contact_is_overdue (contact, now))
        g_array_append_val (expected, id);
    }
  g_assert_finalize_object (all);

  liens_contact_query_set_now (query, now);
  assert_query_ids (store, query, (const gint64 *) (gpointer) expected->data, expected->len);
}

static void
test_query_due (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GDateTime) long_ago = date_new (2020, 5, 4, 10, 0);
  g_autoptr(GDateTime) created = date_new (2023, 11, 30, 10, 0);
  g_autoptr(GDateTime) jan_30 = date_new (2024, 1, 30, 10, 0);
  g_autoptr(GDateTime) jan_31 = date_new (2024, 1, 31, 10, 0);
  g_autoptr(GDateTime) feb_19 = date_new (2024, 2, 19, 10, 0);
  g_autoptr(GDateTime) feb_28 = date_new (2023, 2, 28, 10, 0);
  g_autoptr(GDateTime) due = date_new (2024, 2, 29, 10, 0);
  g_autoptr(GDateTime) year_due = date_new (2024, 2, 28, 10, 0);
  g_autoptr(GDateTime) just_before = g_date_time_add_seconds (due, -1);
  g_autoptr(GDateTime) fraction_after = g_date_time_add (due, G_USEC_PER_SEC / 2);
  g_autoptr(GDateTime) later = date_new (2031, 1, 1, 0, 0);
  g_autofree char *sql = NULL;
  GDateTime *nows[] = {
    long_ago, jan_31, just_before, due, fraction_after, year_due, later,
  };
  gint64 monthly, custom, quarterly, never, yearly, fallback;

  /* All due on 29 February 2024 at 10:00 but the yearly one, due a day earlier. A month
   * after 31 January is the end of February; three after 30 November too. */
  monthly = add_due_contact (f->store, "Monthly", LIENS_CADENCE_MONTH, 30, long_ago, NULL);
  add_encounter (f->store, jan_31, &monthly, 1);
  add_encounter (f->store, long_ago, &monthly, 1);
  custom = add_due_contact (f->store, "Custom", LIENS_CADENCE_CUSTOM, 10, feb_19, NULL);
  quarterly = add_due_contact (f->store, "Quarterly", LIENS_CADENCE_QUARTER, 30, NULL, created);
  never = add_due_contact (f->store, "Never", LIENS_CADENCE_NONE, 30, long_ago, created);
  yearly = add_due_contact (f->store, "Yearly", LIENS_CADENCE_YEAR, 30, long_ago, NULL);
  add_encounter (f->store, feb_28, &yearly, 1);

  /* A count the model cannot hold falls back to the model's default, on both sides. */
  fallback = add_due_contact (f->store, "Fallback", LIENS_CADENCE_CUSTOM, 30, jan_30, NULL);
  sql = g_strdup_printf ("UPDATE contact SET cadence_days = 0 WHERE id = %" G_GINT64_FORMAT,
                         fallback);
  exec_sql (f->path, sql);

  liens_contact_query_set_due_only (query, TRUE);
  g_assert_true (liens_contact_query_has_filters (query));

  liens_contact_query_set_now (query, just_before);
  assert_query (f->store, query, yearly);
  liens_contact_query_set_now (query, due);
  assert_query (f->store, query, custom, fallback, monthly, quarterly, yearly);
  liens_contact_query_set_now (query, fraction_after);
  assert_query (f->store, query, custom, fallback, monthly, quarterly, yearly);

  for (guint i = 0; i < G_N_ELEMENTS (nows); i++)
    assert_due_as_model (f->store, query, nows[i]);

  /* With the search text. */
  liens_contact_query_set_now (query, due);
  liens_contact_query_set_text (query, "quarter");
  assert_query (f->store, query, quarterly);
  liens_contact_query_set_text (query, "never");
  assert_query (f->store, query);
  liens_contact_query_set_text (query, NULL);

  /* A new encounter pushes the date back. */
  add_encounter (f->store, feb_19, &monthly, 1);
  assert_query (f->store, query, custom, fallback, quarterly, yearly);

  /* Without "now", the clock: all of 2024 is long past. */
  liens_contact_query_set_now (query, NULL);
  assert_query (f->store, query, custom, fallback, monthly, quarterly, yearly);

  /* Only active ones. */
  {
    g_autoptr(LiensContact) contact = get_contact (f->store, custom);

    liens_contact_set_archived (contact, TRUE);
    save_contact (f->store, contact);
  }
  assert_query (f->store, query, fallback, monthly, quarterly, yearly);
  liens_contact_query_set_archived (query, TRUE);
  assert_query (f->store, query, custom);
  g_assert_cmpint (never, >, 0);
}

static void
test_query_live (Fixture       *f,
                 gconstpointer  data)
{
  LiensContactQuery *query = liens_contact_query_new ();
  g_autoptr(LiensContactQuery) archive_query = liens_contact_query_new ();
  g_autoptr(GArray) log = NULL;
  g_autoptr(GArray) archive_log = NULL;
  g_autoptr(GArray) all_log = NULL;
  g_autoptr(LiensContact) emilie = NULL;
  gpointer weak_query = query;
  GListModel *list;
  GListModel *archive;
  GListModel *all;
  guint changed = 0;
  gint64 denis, emilie_id, zoe;

  denis = add_contact (f->store, "Denis", "Martin");
  emilie_id = add_contact (f->store, "Émilie", "Durand");
  zoe = add_contact (f->store, "Zoé", "Leroy");

  list = liens_store_query_contacts (f->store, query);
  liens_contact_query_set_archived (archive_query, TRUE);
  archive = liens_store_query_contacts (f->store, archive_query);
  all = liens_store_list_contacts (f->store);
  log = record_items_changed (list);
  archive_log = record_items_changed (archive);
  all_log = record_items_changed (all);
  g_signal_connect (query, "changed", G_CALLBACK (count_changed_cb), &changed);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (archive), ==, 0);

  /* The list follows its query. */
  liens_contact_query_set_text (query, "emi");
  assert_items_changed (log, 0, 3, 1);
  g_assert_cmpint (item_id (list, 0), ==, emilie_id);
  /* Another query with the same result changes nothing. */
  changed = 0;
  liens_contact_query_set_text (query, "émi");
  liens_contact_query_set_text (query, "émi");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (log->len, ==, 0);
  /* Émilie stays where she is, with Denis and Zoé coming in around her. */
  liens_contact_query_set_text (query, NULL);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).removed, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).added, ==, 1);
  g_array_remove_index (log, 0);
  assert_items_changed (log, 2, 0, 1);

  liens_contact_query_set_tie_strength (query, LIENS_TIE_STRENGTH_UNKNOWN);
  g_assert_cmpuint (log->len, ==, 0);
  liens_contact_query_set_tag (query, "nothing");
  assert_items_changed (log, 0, 3, 0);
  liens_contact_query_set_due_only (query, TRUE);
  g_assert_cmpuint (log->len, ==, 0);

  /* Clearing several filters runs the query once. */
  changed = 0;
  liens_contact_query_clear_filters (query);
  g_assert_cmpuint (changed, ==, 1);
  assert_items_changed (log, 0, 0, 3);

  /* Archiving moves a contact from the lists of active ones to the archive. */
  emilie = get_contact (f->store, emilie_id);
  liens_contact_set_archived (emilie, TRUE);
  save_contact (f->store, emilie);
  assert_items_changed (log, 1, 1, 0);
  assert_items_changed (all_log, 1, 1, 0);
  assert_items_changed (archive_log, 0, 0, 1);
  g_assert_cmpint (item_id (list, 0), ==, denis);
  g_assert_cmpint (item_id (list, 1), ==, zoe);
  g_assert_cmpint (item_id (archive, 0), ==, emilie_id);
  {
    g_autoptr(LiensContact) archived = g_list_model_get_item (archive, 0);

    g_assert_true (liens_contact_get_archived (archived));
  }
  assert_search (f->store, "emilie");

  liens_contact_query_set_archived (query, TRUE);
  g_assert_cmpuint (log->len, ==, 1);
  g_array_set_size (log, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  liens_contact_query_set_archived (query, FALSE);
  g_array_set_size (log, 0);

  /* And back. */
  liens_contact_set_archived (emilie, FALSE);
  save_contact (f->store, emilie);
  assert_items_changed (log, 1, 0, 1);
  assert_items_changed (all_log, 1, 0, 1);
  assert_items_changed (archive_log, 0, 1, 0);
  assert_search (f->store, "emilie", emilie_id);

  /* The list keeps its query alive, and lets it go when finalized. */
  g_object_add_weak_pointer (G_OBJECT (query), &weak_query);
  g_object_unref (query);
  g_assert_nonnull (weak_query);
  add_contact (f->store, "Adam", NULL);
  assert_items_changed (log, 0, 0, 1);
  g_assert_finalize_object (list);
  g_assert_null (weak_query);

  g_assert_finalize_object (archive);
  g_assert_finalize_object (all);
}

static void
test_query_tags (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) fewer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  gint64 a, b;

  none = liens_store_dup_tags (f->store);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (liens_store_count_contacts (f->store, query, &error), ==, 0);
  g_assert_no_error (error);

  /* Sorted as names are; the same tag in another case given once. */
  a = add_query_contact (f->store, "Anne", NULL, 0, 0, 0, NULL,
                         (const char * const []) { "zèbre", "Voile", "Été", NULL }, FALSE);
  b = add_query_contact (f->store, "Bob", NULL, 0, 0, 0, NULL,
                         (const char * const []) { "été", "Apéro", "VOILE", NULL }, TRUE);
  tags = liens_store_dup_tags (f->store);
  assert_strv_equal ((const char * const *) tags,
                     (const char * const []) { "Apéro", "Été", "Voile", "zèbre", NULL });

  g_assert_cmpuint (liens_store_count_contacts (f->store, query, &error), ==, 1);
  liens_contact_query_set_archived (query, TRUE);
  g_assert_cmpuint (liens_store_count_contacts (f->store, query, &error), ==, 1);
  liens_contact_query_set_tag (query, "apéro");
  g_assert_cmpuint (liens_store_count_contacts (f->store, query, &error), ==, 1);
  liens_contact_query_set_archived (query, FALSE);
  g_assert_cmpuint (liens_store_count_contacts (f->store, query, &error), ==, 0);
  g_assert_no_error (error);

  /* Tags go with the last contact wearing them; a shared one keeps its first spelling. */
  g_assert_true (liens_store_delete_contact (f->store, a, &error));
  g_assert_no_error (error);
  fewer = liens_store_dup_tags (f->store);
  assert_strv_equal ((const char * const *) fewer,
                     (const char * const []) { "Apéro", "été", "Voile", NULL });
  g_assert_cmpint (b, >, a);
}

/* Migrations */

static void
test_migrate_from_v0 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LiensStore *store;

  /* An empty file is a database at version 0, as a new one. */
  g_assert_true (g_file_set_contents (f->path, "", 0, &error));
  g_assert_no_error (error);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);
  add_contact (store, "Émilie", NULL);
  assert_search (store, "emil", 1);
  g_assert_finalize_object (store);
}

static void
test_migrate_from_v1 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (1705000000);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(LiensIntroduction) introduction = NULL;
  g_autoptr(LiensQuizResult) result = NULL;
  g_autoptr(LiensNetwork) network = NULL;
  const char * const tags[] = { "Mentor", "Club", NULL };
  const LiensEventPerson *people;
  const gint64 *ids;
  LiensContact *emilie;
  LiensContact *denis;
  LiensStore *store;
  GPtrArray *details;
  guint n_ids = 0;
  guint n_people = 0;

  fixture = g_test_build_filename (G_TEST_DIST, "data", "schema-v1.sql", NULL);
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  exec_sql (f->path, sql);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 1);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Every row is still there, with its links. */
  emilie = get_contact (store, 1);
  g_assert_cmpstr (liens_contact_get_given_name (emilie), ==, "Émilie");
  g_assert_cmpstr (liens_contact_get_organisation (emilie), ==, "Réseau Entreprendre");
  g_assert_cmpint (liens_contact_get_tie_strength (emilie), ==, LIENS_TIE_STRENGTH_CLOSE);
  g_assert_cmpint (liens_contact_get_profile (emilie), ==, LIENS_PROFILE_MENTOR);
  g_assert_cmpuint (g_bytes_get_size (liens_contact_get_photo (emilie)), ==, 4);
  assert_strv_equal (liens_contact_get_tags (emilie), tags);
  assert_date_equal (liens_contact_get_last_encounter (emilie), last);
  details = liens_contact_get_details (emilie);
  g_assert_cmpuint (details->len, ==, 2);
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->value, ==,
                   "emilie@example.org");
  ids = liens_contact_get_network_ids (emilie, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 1 }, 1);
  g_assert_finalize_object (emilie);

  denis = get_contact (store, 2);
  g_assert_cmpint (liens_contact_get_introduced_by_id (denis), ==, 1);
  g_assert_cmpint (liens_contact_get_cadence_days (denis), ==, 45);
  g_assert_false (liens_contact_get_archived (denis));
  g_assert_finalize_object (denis);

  network = liens_store_get_network (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_network_get_name (network), ==, "Anciens de l'école");

  encounter = liens_store_get_encounter (store, 1, &error);
  g_assert_no_error (error);
  ids = liens_encounter_get_contact_ids (encounter, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 1, 2 }, 2);
  g_assert_cmpint (liens_encounter_get_event_id (encounter), ==, 1);

  event = liens_store_get_event (store, 1, &error);
  g_assert_no_error (error);
  people = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_true (people[0].met);
  g_assert_false (people[1].met);

  introduction = liens_store_get_introduction (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (introduction), ==, 0);
  g_assert_cmpint (liens_introduction_get_second_id (introduction), ==, 3);

  result = liens_store_get_quiz_result (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (liens_quiz_result_get_score (result, LIENS_PROFILE_SUPER_CONNECTOR), ==, 0.5);

  /* The index built by the migration finds the old rows. */
  assert_search (store, "reseau", 1);
  assert_search (store, "club", 2, 1);
  assert_search (store, "velo", 2);
  assert_search (store, "assemblee", 1);
  assert_search (store, "zoe leroy", 3);

  /* Sorting keys from version 1 still sort. */
  {
    GListModel *list = liens_store_list_contacts (store);

    assert_contact_names (list, (const char * const []) { "Denis", "Émilie", "Zoé", NULL });
    g_assert_finalize_object (list);
  }

  /* Through version 3: ids are never given twice. */
  {
    gint64 id = add_contact (store, "Nouveau", NULL);

    g_assert_cmpint (id, ==, 4);
    g_assert_true (liens_store_delete_contact (store, id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (add_contact (store, "Suivant", NULL), ==, 5);
  }
  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The frozen snapshot, migrated, has exactly the schema a new file gets. */
  store = open_store (fresh_path);
  g_assert_finalize_object (store);
  migrated_schema = dump_schema (f->path);
  fresh_schema = dump_schema (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
}

static void
test_migrate_from_v2 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (1705000000);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (1720000000);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(LiensIntroduction) introduction = NULL;
  g_autoptr(LiensContactQuery) query = NULL;
  const char * const tags[] = { "Mentor", "Club", NULL };
  const LiensEventPerson *people;
  const gint64 *ids;
  LiensContact *emilie;
  LiensContact *zoe;
  LiensStore *store;
  GListModel *list;
  guint n_ids = 0;
  guint n_people = 0;
  gint64 id;

  fixture = g_test_build_filename (G_TEST_DIST, "data", "schema-v2.sql", NULL);
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  exec_sql (f->path, sql);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 2);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Every row is still there under its id, with its links, and active. */
  emilie = get_contact (store, 1);
  g_assert_cmpstr (liens_contact_get_given_name (emilie), ==, "Émilie");
  g_assert_cmpstr (liens_contact_get_role (emilie), ==, "Présidente");
  g_assert_cmpint (liens_contact_get_tie_nature (emilie), ==, LIENS_TIE_NATURE_BOTH);
  g_assert_cmpint (liens_contact_get_cadence (emilie), ==, LIENS_CADENCE_MONTH);
  g_assert_cmpuint (g_bytes_get_size (liens_contact_get_photo (emilie)), ==, 4);
  g_assert_false (liens_contact_get_archived (emilie));
  assert_strv_equal (liens_contact_get_tags (emilie), tags);
  assert_date_equal (liens_contact_get_last_encounter (emilie), last);
  g_assert_cmpuint (liens_contact_get_details (emilie)->len, ==, 2);
  ids = liens_contact_get_network_ids (emilie, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 2, 1 }, 2);
  g_assert_finalize_object (emilie);

  zoe = get_contact (store, 5);
  g_assert_cmpstr (liens_contact_get_given_name (zoe), ==, "Zoé");
  g_assert_cmpint (liens_contact_get_introduced_by_id (zoe), ==, 2);
  g_assert_false (liens_contact_get_archived (zoe));
  g_assert_finalize_object (zoe);

  encounter = liens_store_get_encounter (store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_encounter_get_notes (encounter), ==, "Appel rapide");
  ids = liens_encounter_get_contact_ids (encounter, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 5 }, 1);

  event = liens_store_get_event (store, 1, &error);
  g_assert_no_error (error);
  people = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpint (people[1].contact_id, ==, 5);

  introduction = liens_store_get_introduction (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_second_id (introduction), ==, 5);

  /* The search index of version 2 still finds them. */
  assert_search (store, "emilie", 1);
  assert_search (store, "club", 2, 1);
  assert_search (store, "velo", 2);
  assert_search (store, "zoe", 5);

  list = liens_store_list_contacts (store);
  assert_contact_names (list, (const char * const []) { "Denis", "Émilie", "Zoé", NULL });
  g_assert_finalize_object (list);

  /* Queries work on the old rows. */
  query = liens_contact_query_new ();
  liens_contact_query_set_tie_nature (query, LIENS_TIE_NATURE_UTILITY);
  assert_query (store, query, 2, 1);
  liens_contact_query_set_tie_nature (query, -1);
  liens_contact_query_set_network_id (query, 2);
  assert_query (store, query, 1, 5);
  liens_contact_query_set_network_id (query, 0);
  liens_contact_query_set_due_only (query, TRUE);
  assert_due_as_model (store, query, now);
  assert_due_as_model (store, query, last);
  liens_contact_query_set_due_only (query, FALSE);
  liens_contact_query_set_archived (query, TRUE);
  assert_query (store, query);

  /* Ids are not given twice any more, even after the newest was deleted. */
  id = add_contact (store, "Nouveau", NULL);
  g_assert_cmpint (id, ==, 6);
  g_assert_true (liens_store_delete_contact (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_contact (store, "Suivant", NULL), ==, 7);
  id = add_encounter (store, last, (gint64[]) { 1 }, 1);
  g_assert_cmpint (id, ==, 5);
  g_assert_true (liens_store_delete_encounter (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_encounter (store, last, (gint64[]) { 1 }, 1), ==, 6);
  g_assert_finalize_object (store);

  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The frozen snapshot, migrated, has exactly the schema a new file gets. */
  store = open_store (fresh_path);
  g_assert_finalize_object (store);
  migrated_schema = dump_schema (f->path);
  fresh_schema = dump_schema (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
}

/* The timeline of version 4 on the rows of version 3: their notes and places searchable,
 * their order and figures read from the new indexes. */
static void
test_migrate_from_v3 (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fixture = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (1710500000);
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (1705000000);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensTimelineQuery) query = NULL;
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autofree gint64 *ids = NULL;
  LiensFigures figures;
  LiensContact *zoe;
  LiensStore *store;
  GListModel *list;
  guint made_for_user = 0;
  guint made_by_user = 0;
  gsize n_ids = 0;

  fixture = g_test_build_filename (G_TEST_DIST, "data", "schema-v3.sql", NULL);
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  exec_sql (f->path, sql);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 3);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Rows as they were, archive included. */
  zoe = get_contact (store, 5);
  g_assert_cmpstr (liens_contact_get_given_name (zoe), ==, "Zoé");
  g_assert_true (liens_contact_get_archived (zoe));
  g_assert_finalize_object (zoe);
  encounter = liens_store_get_encounter (store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_encounter_get_notes (encounter), ==, "Réunion sur le Salon");
  g_assert_true (liens_encounter_get_follow_up_done (encounter));
  g_clear_object (&encounter);
  assert_search (store, "reseau", 1);

  /* Every encounter with some text is in the new index, and only those. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_fts"), ==, 3);

  /* The timeline: newest first, encounters before introductions of the same date, the
   * highest id first, undated last. */
  query = liens_timeline_query_new ();
  list = liens_store_query_timeline (store, query);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 6);
  {
    const struct { GType type; gint64 id; } expected[] = {
      { LIENS_TYPE_ENCOUNTER, 6 }, { LIENS_TYPE_ENCOUNTER, 4 }, { LIENS_TYPE_INTRODUCTION, 4 },
      { LIENS_TYPE_INTRODUCTION, 3 }, { LIENS_TYPE_ENCOUNTER, 1 }, { LIENS_TYPE_ENCOUNTER, 7 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (list, i);

        g_assert_true (G_OBJECT_TYPE (item) == expected[i].type);
        g_assert_cmpint (item_id (list, i), ==, expected[i].id);
      }
  }

  /* The migrated index finds old notes and places, whatever the accents. */
  liens_timeline_query_set_text (query, "cafe GARE");
  ids = list_ids (list, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 1 }, 1);
  g_clear_pointer (&ids, g_free);
  liens_timeline_query_set_text (query, "reunion");
  ids = list_ids (list, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 4 }, 1);
  g_clear_pointer (&ids, g_free);
  liens_timeline_query_set_text (query, NULL);
  liens_timeline_query_set_contact_id (query, 5);
  ids = list_ids (list, &n_ids);
  assert_ids_equal (ids, n_ids, (gint64[]) { 4, 3, 7 }, 3);
  g_clear_pointer (&ids, g_free);
  g_assert_finalize_object (list);

  /* Figures and follow-ups from the new indexes. */
  g_assert_true (liens_store_get_figures (store, now, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.encounters_this_month, ==, 2);
  g_assert_cmpuint (figures.help_given, ==, 1);
  g_assert_cmpuint (figures.help_received, ==, 1);
  g_assert_cmpuint (figures.help_mutual, ==, 1);
  g_assert_cmpuint (figures.networking, ==, 1);
  g_assert_cmpuint (figures.prospecting, ==, 1);
  g_assert_cmpuint (figures.learning, ==, 1);
  g_assert_cmpuint (figures.pending_follow_ups, ==, 1);
  g_assert_cmpuint (figures.overdue_follow_ups, ==, 1);
  list = liens_store_list_pending_follow_ups (store);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (item_id (list, 0), ==, 1);
  g_assert_finalize_object (list);
  g_assert_true (liens_store_count_introductions (store, 1, &made_for_user, &made_by_user,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made_for_user, ==, 1);
  g_assert_cmpuint (made_by_user, ==, 0);

  /* A migrated encounter deleted and restored is found again. */
  g_assert_true (liens_store_delete_encounter_with_undo (store, 1, &undo, &error));
  g_assert_no_error (error);
  g_assert_true (liens_store_undo (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_fts "
                                       "WHERE encounter_fts MATCH 'gare'"), ==, 1);

  /* The id counters of version 3 still hold. */
  g_assert_cmpint (add_encounter (store, date, (gint64[]) { 1 }, 1), ==, 10);
  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The frozen snapshot, migrated, has exactly the schema a new file gets. */
  store = open_store (fresh_path);
  g_assert_finalize_object (store);
  migrated_schema = dump_schema (f->path);
  fresh_schema = dump_schema (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
}

/* @name, a database frozen at schema @version by an older store, written to f->path. */
static void
load_fixture (Fixture    *f,
              const char *name,
              int         version)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  g_assert_no_error (error);
  exec_sql (f->path, sql);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, version);
}

/* The frozen snapshot, migrated, has exactly the schema a new file gets. */
static void
assert_schema_as_new (Fixture *f)
{
  g_autofree char *fresh_path = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *migrated_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  LiensStore *store = open_store (fresh_path);

  g_assert_finalize_object (store);
  migrated_schema = dump_schema (f->path);
  fresh_schema = dump_schema (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
}

static void
test_migrate_from_v4 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensContact) candidate = NULL;
  g_autoptr(LiensContact) found = NULL;
  LiensDuplicateReason reason = LIENS_DUPLICATE_REASON_NONE;
  LiensContact *emilie;
  LiensStore *store;

  load_fixture (f, "schema-v4.sql", 4);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Every contact has a UID of its own, a random (version 4) UUID. */
  g_assert_cmpint (query_int (f->path, "SELECT count(DISTINCT uid) FROM contact WHERE uid "
                                       "GLOB 'urn:uuid:[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
                                       "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-4*'"), ==, 3);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact WHERE length (uid) = 45"),
                   ==, 3);
  emilie = get_contact (store, 1);
  g_assert_true (g_str_has_prefix (liens_contact_get_uid (emilie), "urn:uuid:"));
  g_assert_null (liens_contact_get_birthday (emilie));
  g_assert_cmpstr (liens_contact_get_given_name (emilie), ==, "Émilie");

  /* Details as typed get the keys duplicates are found by. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail WHERE "
                                       "match_key = 'email:emilie.durand@example.org' "
                                       "AND contact_id = 1"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail WHERE "
                                       "match_key = 'linkedin:in/emilie-durand'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail WHERE "
                                       "match_key = 'tel:+33612345678' AND contact_id = 2"),
                   ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail WHERE "
                                       "match_key = 'tel:+33140000001' AND contact_id = 5"),
                   ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact_detail "
                                       "WHERE match_key IS NULL"), ==, 1);

  /* And they find the migrated contacts. */
  candidate = liens_contact_new ();
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "+33 6 12 34 56 78");
  found = liens_store_find_duplicate (store, candidate, &reason, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (liens_contact_get_id (found), ==, 2);
  g_assert_cmpint (reason, ==, LIENS_DUPLICATE_REASON_PHONE);

  /* A migrated contact saved keeps its UID and gains the new fields. */
  liens_contact_set_birthday (emilie, "--04-12");
  liens_contact_set_vcard_extra (emilie, "X-FOO:bar");
  g_assert_true (liens_store_save_contact (store, emilie, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact WHERE id = 1 AND "
                                       "birthday = '--04-12' AND vcard_extra = 'X-FOO:bar' "
                                       "AND uid LIKE 'urn:uuid:%'"), ==, 1);
  g_assert_finalize_object (emilie);

  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  assert_schema_as_new (f);
}

static void
test_migrate_from_v5 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensContactQuery) query = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) encounters = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensEncounter) first = NULL;
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(GDateTime) moved = g_date_time_new_from_unix_utc (1720000000);
  LiensContact *emilie;
  LiensStore *store;

  load_fixture (f, "schema-v5.sql", 5);

  store = open_store (f->path);
  g_assert_cmpint (liens_store_get_schema_version (store), ==, LIENS_STORE_SCHEMA_VERSION);

  /* Every link has its encounter's date; the encounter without a date, none. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_contact ec WHERE "
                                       "ec.date IS NOT (SELECT date FROM encounter "
                                       "WHERE id = ec.encounter_id)"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_contact "
                                       "WHERE date IS NULL"), ==, 1);

  /* A contact's last encounter and encounters come from them. */
  emilie = get_contact (store, 1);
  g_assert_cmpint (g_date_time_to_unix (liens_contact_get_last_encounter (emilie)), ==,
                   1710000000);
  g_assert_cmpstr (liens_contact_get_uid (emilie), ==,
                   "urn:uuid:0b6f3a52-8c1e-4d2a-9f00-1a2b3c4d5e6f");
  g_assert_finalize_object (emilie);
  encounters = liens_store_list_encounters_for_contact (store, 5);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 2);
  first = g_list_model_get_item (encounters, 0);
  g_assert_cmpint (liens_encounter_get_id (first), ==, 4);

  /* A migrated encounter moved to another day moves its people's last encounter. */
  encounter = liens_store_get_encounter (store, 1, &error);
  g_assert_no_error (error);
  liens_encounter_set_date (encounter, moved);
  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);
  emilie = get_contact (store, 1);
  g_assert_cmpint (g_date_time_to_unix (liens_contact_get_last_encounter (emilie)), ==,
                   1720000000);
  g_assert_finalize_object (emilie);

  /* Whatever writes the date of an encounter, its links follow. */
  exec_sql (f->path, "UPDATE encounter SET date = 1730000000 WHERE id = 6");
  g_assert_cmpint (query_int (f->path, "SELECT date FROM encounter_contact "
                                       "WHERE encounter_id = 6 AND contact_id = 1"), ==,
                   1730000000);

  /* A contact deleted, the date of a shared encounter changed meanwhile, then the
   * deletion undone: the links come back with the encounter's date as it is now. */
  g_assert_true (liens_store_delete_contact_with_undo (store, 2, &undo, &error));
  g_assert_no_error (error);
  exec_sql (f->path, "UPDATE encounter SET date = 1740000000 WHERE id = 4");
  g_assert_true (liens_store_undo (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_contact ec WHERE "
                                       "ec.date IS NOT (SELECT date FROM encounter "
                                       "WHERE id = ec.encounter_id)"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM encounter_contact "
                                       "WHERE contact_id = 2"), ==, 2);

  /* The contact search, rebuilt with its prefix indexes, finds the migrated contacts from
   * their first letter, accents and all. */
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM sqlite_master WHERE "
                                       "name = 'contact_fts' AND sql LIKE '%prefix = ''1 2''%'"),
                   ==, 1);
  query = liens_contact_query_new ();
  liens_contact_query_set_text (query, "d");
  found = liens_store_query_contacts (store, query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  liens_contact_query_set_text (query, "é");
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);
  g_clear_object (&encounters);
  g_clear_object (&first);

  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  assert_schema_as_new (f);
}

/* Files that must not be opened, and must not be changed */

static void
test_fail_not_sqlite (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "BEGIN:VCARD\nFN:Émilie Durand\nEND:VCARD\n");
  g_assert_true (g_file_set_contents (f->path, text->str, (gssize) text->len, &error));
  g_assert_no_error (error);

  assert_open_fails (f->path, LIENS_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_fail_other_database (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);

  /* Another application's SQLite file. */
  exec_sql (f->path, "CREATE TABLE song (title TEXT); INSERT INTO song VALUES ('Liens');");
  assert_open_fails (f->path, LIENS_STORE_ERROR_NOT_A_DATABASE);

  /* One that even has a version, but is not ours. */
  exec_sql (other, "PRAGMA application_id = 42; PRAGMA user_version = 1; CREATE TABLE t (x);");
  assert_open_fails (other, LIENS_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_fail_corrupt (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  LiensStore *store;
  gsize length = 0;
  guint page_size;

  store = open_store (f->path);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(LiensContact) contact = contact_new ("Contact", NULL);

      liens_contact_set_notes (contact, "Des notes assez longues pour remplir des pages.");
      save_contact (store, contact);
    }
  g_assert_finalize_object (store);

  /* A valid header and first page, then garbage. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_no_error (error);
  page_size = ((guint8) contents[16] << 8) | (guint8) contents[17];
  g_assert_cmpuint (length, >, 2 * page_size);
  for (gsize i = page_size; i < length; i++)
    contents[i] = (char) (g_test_rand_int () & 0xff);
  g_assert_true (g_file_set_contents (f->path, contents, (gssize) length, &error));
  g_assert_no_error (error);

  assert_open_fails (f->path, LIENS_STORE_ERROR_CORRUPT);
}

static void
test_fail_too_new (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sql = NULL;
  LiensStore *store;

  store = open_store (f->path);
  add_contact (store, "Émilie", NULL);
  g_assert_finalize_object (store);

  sql = g_strdup_printf ("PRAGMA user_version = %d", LIENS_STORE_SCHEMA_VERSION + 1);
  exec_sql (f->path, sql);

  assert_open_fails (f->path, LIENS_STORE_ERROR_TOO_NEW);
}

static void
test_fail_keeps_wal (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *db_before = NULL;
  g_autofree char *db_after = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *wal_after = NULL;
  g_autoptr(GError) error = NULL;
  gsize db_before_len, db_after_len, wal_before_len, wal_after_len;
  LiensStore *store;
  sqlite3 *db = NULL;

  store = open_store (f->path);
  add_contact (store, "Émilie", NULL);
  g_assert_finalize_object (store);

  /* A newer Liens that crashed: its last commit is still only in the WAL. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (f->path, &db_before, &db_before_len, NULL));
  g_assert_true (g_file_get_contents (wal, &wal_before, &wal_before_len, NULL));
  g_assert_cmpuint (wal_before_len, >, 0);

  store = liens_store_new (f->path, &error);
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_TOO_NEW);
  g_assert_null (store);

  /* Refusing the file did not fold the WAL into it. */
  g_assert_true (g_file_get_contents (f->path, &db_after, &db_after_len, NULL));
  g_assert_true (g_file_get_contents (wal, &wal_after, &wal_after_len, NULL));
  g_assert_cmpmem (db_before, db_before_len, db_after, db_after_len);
  g_assert_cmpmem (wal_before, wal_before_len, wal_after, wal_after_len);
}

static void
test_fail_read_only (Fixture       *f,
                     gconstpointer  data)
{
  LiensStore *store;

  /* Root reads and writes whatever the permissions say. */
  if (geteuid () == 0)
    {
      g_test_skip ("Running as root, which bypasses file permissions");
      return;
    }

  store = open_store (f->path);
  add_contact (store, "Émilie", NULL);
  g_assert_finalize_object (store);

  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  assert_open_fails (f->path, LIENS_STORE_ERROR_PERMISSION_DENIED);

  g_assert_cmpint (g_chmod (f->path, 0000), ==, 0);
  store = liens_store_new (f->path, NULL);
  g_assert_null (store);

  /* A writable file in a folder where the journal cannot be created. */
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  assert_open_fails (f->path, LIENS_STORE_ERROR_PERMISSION_DENIED);
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LiensContact) kept = contact_new ("Émilie", "Durand");
  g_autoptr(LiensContact) big = contact_new ("Bruno", "Petit");
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  gpointer data_buffer;
  gsize size = 4 * 1024 * 1024;
  gint64 kept_id;

  liens_contact_set_notes (kept, "Déjà là avant");
  kept_id = save_contact (f->store, kept);
  list = liens_store_list_contacts (f->store);
  g_ptr_array_set_size (f->signals, 0);

  /* The file may not grow any more: as if the disk were full. */
  g_assert_true (liens_store_set_max_page_count (f->store, 1, &error));
  g_assert_no_error (error);

  data_buffer = g_malloc (size);
  memset (data_buffer, 0x5a, size);
  photo = g_bytes_new_take (data_buffer, size);
  liens_contact_set_photo (big, photo);
  liens_contact_set_notes (big, "Jamais écrit");

  g_assert_false (liens_store_save_contact (f->store, big, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_DISK_FULL);
  g_test_message ("Error as shown: %s", error->message);
  g_clear_error (&error);

  /* Nothing half-written, nothing announced, the object unchanged. */
  g_assert_cmpint (liens_contact_get_id (big), ==, 0);
  assert_signals (f, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM contact"), ==, 1);
  assert_search (f->store, "jamais");
  assert_search (f->store, "deja", kept_id);

  /* Room again: the store is still usable. */
  g_assert_true (liens_store_set_max_page_count (f->store, G_MAXINT32, &error));
  g_assert_no_error (error);
  save_contact (f->store, big);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_finalize_object (list);

  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = open_store (f->path);
  assert_search (f->store, "deja", kept_id);
}

/* Two instances on one file */

static void
test_two_instances (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LiensStore *first = open_store (f->path);
  LiensStore *second = open_store (f->path);
  LiensNetwork *network;
  LiensContact *contact;
  gint64 contact_id;
  gint64 network_id;

  contact_id = add_contact (first, "Émilie", "Durand");
  contact = get_contact (second, contact_id);
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Durand");
  g_assert_finalize_object (contact);
  assert_search (second, "emilie", contact_id);

  network_id = add_network (second, "Club");
  network = liens_store_get_network (first, network_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_network_get_name (network), ==, "Club");
  g_assert_finalize_object (network);

  g_assert_true (liens_store_delete_contact (second, contact_id, &error));
  g_assert_no_error (error);
  assert_search (first, "emilie");

  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

typedef struct
{
  guint n_items;
  guint n_signals;
} ConsistencyCheck;

/* At every items-changed, the list already has exactly the size the signal announces. */
static void
check_consistent_cb (GListModel       *model,
                     guint             position,
                     guint             removed,
                     guint             added,
                     ConsistencyCheck *check)
{
  g_assert_cmpuint (position + removed, <=, check->n_items);
  check->n_items = check->n_items - removed + added;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, check->n_items);
  check->n_signals++;
}

static void
test_query_large_change (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(LiensContact) first = NULL;
  ConsistencyCheck check = { 0, 0 };
  guint i;

  for (i = 0; i < 300; i++)
    {
      g_autofree char *family = g_strdup_printf ("N%03u", i);

      add_contact (f->store, "Alpha", family);
      add_contact (f->store, "Beta", family);
    }

  liens_contact_query_set_text (query, "alpha");
  list = liens_store_query_contacts (f->store, query);
  check.n_items = g_list_model_get_n_items (list);
  g_assert_cmpuint (check.n_items, ==, 300);
  g_signal_connect (list, "items-changed", G_CALLBACK (check_consistent_cb), &check);

  /* Every row changes: announced as a removal, then an insertion. */
  liens_contact_query_set_text (query, "beta");
  g_assert_cmpuint (check.n_items, ==, 300);
  g_assert_cmpuint (check.n_signals, ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (liens_contact_get_given_name (first), ==, "Beta");

  /* A small change stays a single signal. */
  check.n_signals = 0;
  add_contact (f->store, "Beta", "Z");
  g_assert_cmpuint (check.n_items, ==, 301);
  g_assert_cmpuint (check.n_signals, ==, 1);

  /* Back to everyone: the list grows in one go. */
  check.n_signals = 0;
  liens_contact_query_set_text (query, NULL);
  g_assert_cmpuint (check.n_items, ==, 601);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 601);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_STORE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up_store, func, fixture_tear_down)
#define ADD_DIR_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up_dir, func, fixture_tear_down)

  ADD_DIR_TEST ("/store/open/new-file", test_open_new_file);
  g_test_add_func ("/store/open/default-path", test_open_default_path);

  ADD_STORE_TEST ("/store/contact/round-trip", test_contact_round_trip);
  ADD_STORE_TEST ("/store/contact/update", test_contact_update);
  ADD_STORE_TEST ("/store/contact/delete", test_contact_delete);
  ADD_STORE_TEST ("/store/contact/delete-undo", test_contact_delete_undo);
  ADD_STORE_TEST ("/store/contact/undo-after-changes", test_contact_undo_after_changes);
  ADD_STORE_TEST ("/store/network", test_network_crud);
  ADD_STORE_TEST ("/store/encounter", test_encounter_crud);
  ADD_STORE_TEST ("/store/introduction", test_introduction_crud);
  ADD_STORE_TEST ("/store/event", test_event_crud);
  ADD_STORE_TEST ("/store/quiz-result", test_quiz_result_crud);

  ADD_STORE_TEST ("/store/list/contacts", test_list_contacts);
  ADD_STORE_TEST ("/store/list/others", test_list_others);

  g_test_add_func ("/store/search/query", test_search_query);
  ADD_STORE_TEST ("/store/search/contacts", test_search);

  g_test_add_func ("/store/query/properties", test_query_properties);
  ADD_STORE_TEST ("/store/query/filters", test_query_filters);
  ADD_STORE_TEST ("/store/query/due", test_query_due);
  ADD_STORE_TEST ("/store/query/live", test_query_live);
  ADD_STORE_TEST ("/store/query/tags", test_query_tags);
  ADD_STORE_TEST ("/store/query/large-change", test_query_large_change);

  ADD_DIR_TEST ("/store/migrate/from-v0", test_migrate_from_v0);
  ADD_DIR_TEST ("/store/migrate/from-v1", test_migrate_from_v1);
  ADD_DIR_TEST ("/store/migrate/from-v2", test_migrate_from_v2);
  ADD_DIR_TEST ("/store/migrate/from-v3", test_migrate_from_v3);
  ADD_DIR_TEST ("/store/migrate/from-v4", test_migrate_from_v4);
  ADD_DIR_TEST ("/store/migrate/from-v5", test_migrate_from_v5);

  ADD_DIR_TEST ("/store/fail/not-sqlite", test_fail_not_sqlite);
  ADD_DIR_TEST ("/store/fail/other-database", test_fail_other_database);
  ADD_DIR_TEST ("/store/fail/corrupt", test_fail_corrupt);
  ADD_DIR_TEST ("/store/fail/too-new", test_fail_too_new);
  ADD_DIR_TEST ("/store/fail/keeps-wal", test_fail_keeps_wal);
  ADD_DIR_TEST ("/store/fail/read-only", test_fail_read_only);
  ADD_STORE_TEST ("/store/fail/disk-full", test_disk_full);

  ADD_DIR_TEST ("/store/two-instances", test_two_instances);

  return g_test_run ();
}
