/* test-generate.c: liens-generate writes what it is asked for, the same for the same seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = liens_test_make_temp_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
generate (Fixture    *fixture,
          const char *name,
          const char *seed)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);
  const char *argv[] = { g_getenv ("LIENS_GENERATE"), "--contacts", "200", "--encounters", "2000",
                         "--events", "20", "--seed", seed, "--today", "2026-01-15",
                         "--database", path, NULL };
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return path;
}

/* Every row of every table, in rowid order, through one checksum. */
static char *
dup_content_checksum (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >=, 10);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);

      g_checksum_update (checksum, (const guchar *) tables->pdata[t], -1);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const void *blob = sqlite3_column_blob (stmt, c);

            if (blob != NULL)
              g_checksum_update (checksum, blob, sqlite3_column_bytes (stmt, c));
            g_checksum_update (checksum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);

  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_generate_counts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = generate (fixture, "a.db", "7");
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensStore) store = liens_store_new (path, &error);
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(LiensTimelineQuery) timeline_query = liens_timeline_query_new ();
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) networks = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_utc (2026, 1, 15, 0, 0, 0);
  guint n_items;
  guint n_introductions = 0;
  guint n_with_notes = 0;
  guint n_accented = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (liens_store_count_contacts (store, query, &error), ==, 200);
  g_assert_no_error (error);

  timeline = liens_store_query_timeline (store, timeline_query);
  n_items = g_list_model_get_n_items (timeline);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (timeline, i);

      n_introductions += LIENS_IS_INTRODUCTION (item);
    }
  g_assert_cmpuint (n_items - n_introductions, ==, 2000);
  g_assert_cmpuint (n_introductions, ==, 40);

  /* Ten years of encounters with one to four people, the newest before the day given. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (timeline, i);
      guint n_people = 0;

      if (!LIENS_IS_ENCOUNTER (item))
        continue;

      encounter = LIENS_ENCOUNTER (g_steal_pointer (&item));
      liens_encounter_get_contact_ids (encounter, &n_people);
      g_assert_cmpuint (n_people, >=, 1);
      g_assert_cmpuint (n_people, <=, 4);
      break;
    }
  g_assert_nonnull (encounter);
  g_assert_cmpint (g_date_time_compare (liens_encounter_get_date (encounter), today), <, 0);
  {
    g_autoptr(GObject) last = g_list_model_get_item (timeline, n_items - 1);
    GDateTime *date = NULL;

    g_object_get (last, "date", &date, NULL);
    g_assert_cmpint (g_date_time_difference (today, date) / G_TIME_SPAN_DAY, >, 9 * 365);
    g_date_time_unref (date);
  }

  events = liens_store_list_events (store);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 20);
  networks = liens_store_list_networks (store);
  g_assert_cmpuint (g_list_model_get_n_items (networks), >, 5);

  /* Realistic: accented names, notes of varied length, some empty. */
  {
    g_autoptr(GListModel) contacts = liens_store_query_contacts (store, query);

    for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
      {
        g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);
        const char *name = liens_contact_get_display_name (contact);
        const char *notes = liens_contact_get_notes (contact);

        for (const char *p = name; *p != '\0'; p++)
          if ((guchar) *p >= 0x80)
            {
              n_accented++;
              break;
            }
        n_with_notes += notes != NULL && notes[0] != '\0';
      }
  }
  g_assert_cmpuint (n_accented, >, 20);
  g_assert_cmpuint (n_with_notes, >, 50);
  g_assert_cmpuint (n_with_notes, <, 180);
}

static void
test_generate_deterministic (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *a = generate (fixture, "a.db", "7");
  g_autofree char *b = generate (fixture, "b.db", "7");
  g_autofree char *c = generate (fixture, "c.db", "8");
  g_autofree char *sum_a = dup_content_checksum (a);
  g_autofree char *sum_b = dup_content_checksum (b);
  g_autofree char *sum_c = dup_content_checksum (c);

  g_assert_cmpstr (sum_a, ==, sum_b);
  g_assert_cmpstr (sum_a, !=, sum_c);
}

/* Never adds to a database that is there. */
static void
test_generate_existing (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "there.db", NULL);
  const char *argv[] = { g_getenv ("LIENS_GENERATE"), "--contacts", "1", "--database", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_file_set_contents (path, "mine", -1, NULL));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));

  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "mine");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/generate/counts", Fixture, NULL,
              fixture_set_up, test_generate_counts, fixture_tear_down);
  g_test_add ("/generate/deterministic", Fixture, NULL,
              fixture_set_up, test_generate_deterministic, fixture_tear_down);
  g_test_add ("/generate/existing", Fixture, NULL,
              fixture_set_up, test_generate_existing, fixture_tear_down);

  return g_test_run ();
}
