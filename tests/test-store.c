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
  g_assert_finalize_object (store);

  /* The frozen snapshot, migrated, has exactly the schema a new file gets. */
  store = open_store (fresh_path);
  g_assert_finalize_object (store);
  migrated_schema = dump_schema (f->path);
  fresh_schema = dump_schema (fresh_path);
  g_assert_cmpstr (migrated_schema, ==, fresh_schema);
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
  ADD_STORE_TEST ("/store/network", test_network_crud);
  ADD_STORE_TEST ("/store/encounter", test_encounter_crud);
  ADD_STORE_TEST ("/store/introduction", test_introduction_crud);
  ADD_STORE_TEST ("/store/event", test_event_crud);
  ADD_STORE_TEST ("/store/quiz-result", test_quiz_result_crud);

  ADD_STORE_TEST ("/store/list/contacts", test_list_contacts);
  ADD_STORE_TEST ("/store/list/others", test_list_others);

  g_test_add_func ("/store/search/query", test_search_query);
  ADD_STORE_TEST ("/store/search/contacts", test_search);

  ADD_DIR_TEST ("/store/migrate/from-v0", test_migrate_from_v0);
  ADD_DIR_TEST ("/store/migrate/from-v1", test_migrate_from_v1);

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
