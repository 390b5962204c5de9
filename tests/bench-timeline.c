/* bench-timeline.c: how the timeline and the figures hold up with a million encounters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills a temporary database as an import would (20,000 contacts, 1,000,000 encounters of
 * one to three participants over ten years, with notes and places, and 5,000
 * introductions; one transaction per 50,000 rows), then times what the timeline page
 * does, each a number of times on a new list. Prints TAP: the figures as comments,
 * "timeline.<name> <median>", with the 95th percentile beside.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "liens-store.h"
#include "liens-store-private.h"

#define N_CONTACTS 20000
#define N_ENCOUNTERS 1000000
#define N_INTRODUCTIONS 5000
#define ROWS_PER_TRANSACTION 50000
#define N_RUNS 9
#define PAGE 100

#define TEN_YEARS (G_GINT64_CONSTANT (3652) * 24 * 3600)

static const char * const notes[] = {
  "Café avec l'équipe produit", "Réunion de projet", "Déjeuner d'affaires",
  "Conférence annuelle, échange au stand", "Appel rapide", "Visite de l'atelier",
  "Échange sur le financement", NULL,
};

static const char * const places[] = {
  "Paris", "Lyon", NULL, "Montréal", "Café de la gare", NULL, "Genève", NULL,
};

typedef GListModel *(*OpenFunc) (LiensStore *store);
typedef void (*RunFunc) (LiensStore *store, GListModel *model, gpointer data);

/* Helpers */

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    g_error ("%s", error != NULL ? error->message : "failed");
}

static void
exec_step (LiensStore *store,
           LiensStmt  *stmt)
{
  GError *error = NULL;

  check (liens_store_step_done (store, stmt, &error), error);
  liens_stmt_release (stmt);
}

static LiensStmt *
prepare (LiensStore *store,
         const char *sql)
{
  GError *error = NULL;
  LiensStmt *stmt = liens_store_prepare (store, sql, &error);

  check (stmt != NULL, error);

  return stmt;
}

/* As liens_store_save_contact() and liens_store_save_encounter() write, in large
 * transactions as an import does. */
static void
fill (LiensStore *store,
      gint64      now)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1000000);
  GError *error = NULL;
  LiensStmt *contact;
  LiensStmt *encounter;
  LiensStmt *participant;
  LiensStmt *fts;
  LiensStmt *introduction;
  gint64 start = now - TEN_YEARS;

  check (liens_store_begin (store, &error), error);
  contact = prepare (store, "INSERT INTO contact (given_name, family_name, sort_key, created_at) "
                            "VALUES (?1, ?2, ?3, ?4)");
  for (guint i = 0; i < N_CONTACTS; i++)
    {
      g_autofree char *given = g_strdup_printf ("Prénom%u", i);
      g_autofree char *family = g_strdup_printf ("Nom%u", i);
      g_autofree char *key = g_strdup_printf ("prenom%u nom%u", i, i);

      liens_stmt_bind_text (contact, 1, given);
      liens_stmt_bind_text (contact, 2, family);
      liens_stmt_bind_text (contact, 3, key);
      sqlite3_bind_int64 (contact, 4, start);
      exec_step (store, contact);
    }
  check (liens_store_commit (store, &error), error);

  encounter = prepare (store, "INSERT INTO encounter (date, kind, place, notes, help, posture, "
                              "follow_up_date, follow_up_what, follow_up_done) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  participant = prepare (store, "INSERT OR IGNORE INTO encounter_contact "
                                "(encounter_id, contact_id) VALUES (?1, ?2)");
  fts = prepare (store, "INSERT INTO encounter_fts (rowid, notes, place) VALUES (?1, ?2, ?3)");

  for (guint i = 0; i < N_ENCOUNTERS; i++)
    {
      const char *note = notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))];
      const char *place = places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
      /* Logged roughly in order, a few days late or early. */
      gint64 date = start + TEN_YEARS * i / N_ENCOUNTERS + g_rand_int_range (rand, -259200, 259200);
      guint n_participants = (guint) g_rand_int_range (rand, 1, 4);
      gint64 id;

      if (i % ROWS_PER_TRANSACTION == 0)
        check (liens_store_begin (store, &error), error);

      sqlite3_bind_int64 (encounter, 1, date);
      sqlite3_bind_int (encounter, 2, g_rand_int_range (rand, 0, 7));
      liens_stmt_bind_text (encounter, 3, place);
      liens_stmt_bind_text (encounter, 4, note);
      sqlite3_bind_int (encounter, 5, g_rand_int_range (rand, 0, 4));
      sqlite3_bind_int (encounter, 6, g_rand_int_range (rand, 0, 3));
      if (g_rand_int_range (rand, 0, 20) == 0)
        {
          sqlite3_bind_int64 (encounter, 7, date + 14 * 24 * 3600);
          liens_stmt_bind_text (encounter, 8, "Rappeler");
        }
      sqlite3_bind_int (encounter, 9, date + 30 * 24 * 3600 < now);
      exec_step (store, encounter);
      id = sqlite3_last_insert_rowid (sqlite3_db_handle (encounter));

      for (guint j = 0; j < n_participants; j++)
        {
          sqlite3_bind_int64 (participant, 1, id);
          sqlite3_bind_int64 (participant, 2, g_rand_int_range (rand, 1, N_CONTACTS + 1));
          exec_step (store, participant);
        }

      if (note != NULL || place != NULL)
        {
          sqlite3_bind_int64 (fts, 1, id);
          liens_stmt_bind_composed (fts, 2, note);
          liens_stmt_bind_composed (fts, 3, place);
          exec_step (store, fts);
        }

      if ((i + 1) % ROWS_PER_TRANSACTION == 0)
        check (liens_store_commit (store, &error), error);
    }

  check (liens_store_begin (store, &error), error);
  introduction = prepare (store, "INSERT INTO introduction (introducer_id, first_id, second_id, "
                                 "date) VALUES (?1, ?2, ?3, ?4)");
  for (guint i = 0; i < N_INTRODUCTIONS; i++)
    {
      liens_stmt_bind_id (introduction, 1,
                          g_rand_boolean (rand) ? g_rand_int_range (rand, 1, N_CONTACTS + 1) : 0);
      sqlite3_bind_int64 (introduction, 2, g_rand_int_range (rand, 1, N_CONTACTS + 1));
      sqlite3_bind_int64 (introduction, 3, g_rand_int_range (rand, 1, N_CONTACTS + 1));
      sqlite3_bind_int64 (introduction, 4, start + (gint64) (g_rand_double (rand) * TEN_YEARS));
      exec_step (store, introduction);
    }
  check (liens_store_commit (store, &error), error);
  check (liens_store_exec (store, "ANALYZE", &error), error);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *name,
        double     *times)
{
  qsort (times, N_RUNS, sizeof (double), compare_double);

  /* Nearest rank. */
  printf ("# timeline.%s %.2f p95=%.2f\n", name, times[N_RUNS / 2],
          times[(N_RUNS * 95 + 99) / 100 - 1]);
  fflush (stdout);
}

static void
read_page (GListModel *model,
           guint       position)
{
  for (guint i = position; i < position + PAGE; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == NULL)
        g_error ("No item at %u", i);
    }
}

/* The position of the first item a year before @now. */
static guint
find_year_back (LiensStore *store,
                gint64      now)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = prepare (store, "SELECT (SELECT count(*) FROM encounter WHERE date > ?1) + "
                         "(SELECT count(*) FROM introduction WHERE date > ?1)");
  sqlite3_bind_int64 (stmt, 1, now - 365 * 24 * 3600);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("Could not count a year");

  return (guint) sqlite3_column_int64 (stmt, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  LiensStore *store;
  double times[N_RUNS];
  gint64 t0;
  guint n_items = 0;
  guint year_back;

  dir = g_dir_make_tmp ("liens-bench-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "liens.db", NULL);

  printf ("1..1\n");

  store = liens_store_new (path, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  fill (store, g_date_time_to_unix (now));
  printf ("# timeline.insert_1m_s %.1f\n", (g_get_monotonic_time () - t0) / 1e6);

  /* Opening: counting everything, as the page does when shown. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model;

      t0 = g_get_monotonic_time ();
      model = liens_store_query_timeline (store, query);
      n_items = g_list_model_get_n_items (model);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  printf ("# timeline.n_items %u\n", n_items);
  report ("open_count_ms", times);

  /* The first hundred items, objects loaded. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model = liens_store_query_timeline (store, query);

      t0 = g_get_monotonic_time ();
      read_page (model, 0);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("first_page_ms", times);

  /* Scrolling on: the page after a cached one. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model = liens_store_query_timeline (store, query);

      read_page (model, 0);
      t0 = g_get_monotonic_time ();
      read_page (model, PAGE);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("next_page_ms", times);

  /* A jump a year back, nothing cached near. */
  year_back = find_year_back (store, g_date_time_to_unix (now));
  printf ("# timeline.year_back_position %u\n", year_back);
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model = liens_store_query_timeline (store, query);

      t0 = g_get_monotonic_time ();
      read_page (model, year_back + r);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("page_year_back_ms", times);

  /* A jump to the middle: five years back. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model = liens_store_query_timeline (store, query);

      t0 = g_get_monotonic_time ();
      read_page (model, n_items / 2 + r);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("middle_page_ms", times);

  for (guint r = 0; r < N_RUNS; r++)
    {
      LiensFigures figures;

      t0 = g_get_monotonic_time ();
      if (!liens_store_get_figures (store, now, &figures, &error))
        g_error ("%s", error->message);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
    }
  report ("figures_ms", times);

  /* Filtered: a kind (scans the index), a contact (their few rows), a word. */
  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_CALL);
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model;

      t0 = g_get_monotonic_time ();
      model = liens_store_query_timeline (store, query);
      read_page (model, 0);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("kind_open_first_page_ms", times);
  liens_timeline_query_set_kind (query, -1);

  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model;

      liens_timeline_query_set_contact_id (query, 1 + r * 1000);
      t0 = g_get_monotonic_time ();
      model = liens_store_query_timeline (store, query);
      for (guint i = 0; i < MIN (PAGE, g_list_model_get_n_items (model)); i++)
        g_object_unref (g_list_model_get_item (model, i));
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("contact_open_first_page_ms", times);
  liens_timeline_query_set_contact_id (query, 0);

  liens_timeline_query_set_text (query, "financ");
  for (guint r = 0; r < N_RUNS; r++)
    {
      GListModel *model;

      t0 = g_get_monotonic_time ();
      model = liens_store_query_timeline (store, query);
      read_page (model, 0);
      times[r] = (g_get_monotonic_time () - t0) / 1e3;
      g_object_unref (model);
    }
  report ("text_open_first_page_ms", times);

  g_object_unref (store);

  {
    const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }

  printf ("ok 1 - timeline benchmark\n");

  return 0;
}
