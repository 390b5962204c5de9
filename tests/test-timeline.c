/* test-timeline.c: tests of the encounters' data: the paged timeline and its live updates,
 * follow-ups, figures, introductions, and deleting with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "liens-store.h"
#include "liens-store-private.h"

typedef struct
{
  char       *dir;
  char       *path;
  LiensStore *store;
  GPtrArray  *signals;
} Fixture;

/* What a listener of a list knows of it: the items it was told of, as keys. */
typedef struct
{
  GListModel *model;
  GArray     *keys;
  guint       n_changes;
  guint       n_resets;
  guint       last_position;
  guint       last_removed;
  guint       last_added;
} Mirror;

/* Helpers */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }

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

static void
save_encounter (LiensStore     *store,
                LiensEncounter *encounter)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_save_encounter (store, encounter, &error));
  g_assert_no_error (error);
}

static LiensEncounter *
encounter_new (GDateTime    *date,
               const gint64 *contact_ids,
               guint         n_contact_ids)
{
  LiensEncounter *encounter = liens_encounter_new ();

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_contact_ids (encounter, contact_ids, n_contact_ids);

  return encounter;
}

static gint64
add_encounter (LiensStore   *store,
               GDateTime    *date,
               const gint64 *contact_ids,
               guint         n_contact_ids)
{
  g_autoptr(LiensEncounter) encounter = encounter_new (date, contact_ids, n_contact_ids);

  save_encounter (store, encounter);

  return liens_encounter_get_id (encounter);
}

static gint64
add_introduction (LiensStore *store,
                  GDateTime  *date,
                  gint64      introducer_id,
                  gint64      first_id,
                  gint64      second_id)
{
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
  g_autoptr(GError) error = NULL;

  liens_introduction_set_date (introduction, date);
  liens_introduction_set_introducer_id (introduction, introducer_id);
  liens_introduction_set_first_id (introduction, first_id);
  liens_introduction_set_second_id (introduction, second_id);
  g_assert_true (liens_store_save_introduction (store, introduction, &error));
  g_assert_no_error (error);

  return liens_introduction_get_id (introduction);
}

static LiensEncounter *
get_encounter (LiensStore *store,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensEncounter *encounter;

  encounter = liens_store_get_encounter (store, id, &error);
  g_assert_no_error (error);

  return encounter;
}

static LiensContact *
get_contact (LiensStore *store,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contact = liens_store_get_contact (store, id, &error);
  g_assert_no_error (error);

  return contact;
}

/* Encounters and introductions as one number: even for encounters, odd for introductions. */
static gint64
item_key (GObject *item)
{
  if (LIENS_IS_ENCOUNTER (item))
    return liens_encounter_get_id (LIENS_ENCOUNTER (item)) * 2;

  g_assert_true (LIENS_IS_INTRODUCTION (item));
  return liens_introduction_get_id (LIENS_INTRODUCTION (item)) * 2 + 1;
}

static gint64
model_key (GListModel *model,
           guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);

  return item_key (item);
}

/* The timeline as a plain query reads it: everything at once, sorted by SQLite. */
static GArray *
oracle (const char         *path,
        LiensTimelineQuery *query)
{
  g_autoptr(GString) encounters = NULL;
  g_autoptr(GString) introductions = NULL;
  g_autofree char *fts = liens_store_build_fts_query (liens_timeline_query_get_text (query));
  g_autofree char *sql = NULL;
  GDateTime *since = liens_timeline_query_get_since (query);
  GDateTime *until = liens_timeline_query_get_until (query);
  gint64 contact_id = liens_timeline_query_get_contact_id (query);
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  encounters = g_string_new ("SELECT date, 0 AS t, id FROM encounter e WHERE 1");
  introductions = g_string_new ("SELECT date, 1, id FROM introduction i WHERE 1");
  if (liens_timeline_query_get_kind (query) >= 0)
    g_string_append_printf (encounters, " AND e.kind = %d", liens_timeline_query_get_kind (query));
  if (liens_timeline_query_get_posture (query) >= 0)
    g_string_append_printf (encounters, " AND e.posture = %d",
                            liens_timeline_query_get_posture (query));
  if (liens_timeline_query_get_help (query) >= 0)
    g_string_append_printf (encounters, " AND e.help = %d", liens_timeline_query_get_help (query));
  if (contact_id > 0)
    {
      g_string_append_printf (encounters,
                              " AND e.id IN (SELECT encounter_id FROM encounter_contact "
                              "WHERE contact_id = %" G_GINT64_FORMAT ")", contact_id);
      g_string_append_printf (introductions,
                              " AND %" G_GINT64_FORMAT " IN (i.introducer_id, i.first_id, "
                              "i.second_id)", contact_id);
    }
  if (since != NULL)
    {
      g_string_append_printf (encounters, " AND e.date >= %" G_GINT64_FORMAT,
                              g_date_time_to_unix (since));
      g_string_append_printf (introductions, " AND i.date >= %" G_GINT64_FORMAT,
                              g_date_time_to_unix (since));
    }
  if (until != NULL)
    {
      g_string_append_printf (encounters, " AND e.date <= %" G_GINT64_FORMAT,
                              g_date_time_to_unix (until));
      g_string_append_printf (introductions, " AND i.date <= %" G_GINT64_FORMAT,
                              g_date_time_to_unix (until));
    }
  if (fts != NULL)
    g_string_append (encounters,
                     " AND e.id IN (SELECT rowid FROM encounter_fts WHERE encounter_fts MATCH ?1)");

  if (liens_timeline_query_shows_introductions (query))
    sql = g_strdup_printf ("SELECT t, id FROM (%s UNION ALL %s) "
                           "ORDER BY date IS NULL, date DESC, t, id DESC",
                           encounters->str, introductions->str);
  else
    sql = g_strdup_printf ("SELECT t, id FROM (%s) ORDER BY date IS NULL, date DESC, id DESC",
                           encounters->str);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (fts != NULL)
    sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 1) * 2 + sqlite3_column_int (stmt, 0);

      g_array_append_val (keys, key);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return keys;
}

static guint
oracle_count (const char         *path,
              LiensTimelineQuery *query)
{
  g_autoptr(GArray) keys = oracle (path, query);

  return keys->len;
}

static char *
format_keys (const gint64 *keys,
             guint         n_keys)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT "%s", i > 0 ? " " : "",
                            keys[i] / 2, keys[i] % 2 ? "i" : "e");

  return g_string_free (text, FALSE);
}

static void
assert_keys_equal (GArray *got,
                   GArray *want)
{
  if (got->len != want->len ||
      memcmp (got->data, want->data, got->len * sizeof (gint64)) != 0)
    {
      g_autofree char *got_text = format_keys ((gint64 *) (gpointer) got->data, got->len);
      g_autofree char *want_text = format_keys ((gint64 *) (gpointer) want->data, want->len);

      g_assert_cmpstr (got_text, ==, want_text);
    }
}

/* Reads the positions of @model in @order (a permutation) and checks them all. */
static void
assert_model_matches (GListModel *model,
                      GArray     *want,
                      const guint *order)
{
  g_autoptr(GArray) got = g_array_new (FALSE, TRUE, sizeof (gint64));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, want->len);
  g_array_set_size (got, want->len);

  for (guint i = 0; i < want->len; i++)
    {
      guint position = order != NULL ? order[i] : i;

      g_array_index (got, gint64, position) = model_key (model, position);
    }

  g_assert_null (g_list_model_get_item (model, want->len));
  assert_keys_equal (got, want);
}

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->keys->len);
  g_assert_cmpuint (mirror->keys->len - removed + added, ==, g_list_model_get_n_items (model));

  if (position == 0 && removed == mirror->keys->len && removed > 0 &&
      added == g_list_model_get_n_items (model))
    mirror->n_resets++;

  /* As a list view would: the new items, asked for at once. */
  g_array_remove_range (mirror->keys, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gint64 key = model_key (model, position + i);

      g_array_insert_val (mirror->keys, position + i, key);
    }

  mirror->n_changes++;
  mirror->last_position = position;
  mirror->last_removed = removed;
  mirror->last_added = added;
}

static Mirror *
mirror_new (GListModel *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n_items = g_list_model_get_n_items (model);

  mirror->model = g_object_ref (model);
  mirror->keys = g_array_new (FALSE, TRUE, sizeof (gint64));
  for (guint i = 0; i < n_items; i++)
    {
      gint64 key = model_key (model, i);

      g_array_append_val (mirror->keys, key);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);

  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_data (mirror->model, mirror);
  g_clear_object (&mirror->model);
  g_array_unref (mirror->keys);
  g_free (mirror);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mirror, mirror_free)

/* Checks that what the listener was told adds up to the list as it now is, and is
 * what a plain query reads; forgets what it was told. */
static void
assert_mirror (Mirror             *mirror,
               const char         *path,
               LiensTimelineQuery *query)
{
  g_autoptr(GArray) want = oracle (path, query);

  assert_keys_equal (mirror->keys, want);
  assert_model_matches (mirror->model, want, NULL);
  mirror->n_changes = 0;
  mirror->n_resets = 0;
}

static void
assert_last_change (Mirror *mirror,
                    guint   position,
                    guint   removed,
                    guint   added)
{
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->last_position, ==, position);
  g_assert_cmpuint (mirror->last_removed, ==, removed);
  g_assert_cmpuint (mirror->last_added, ==, added);
}

static guint
mirror_find (Mirror *mirror,
             gint64  key)
{
  for (guint i = 0; i < mirror->keys->len; i++)
    if (g_array_index (mirror->keys, gint64, i) == key)
      return i;

  g_assert_not_reached ();
}

/* Signals */

static void
record_signal_cb (LiensStore *store,
                  gint64      id,
                  gpointer    user_data)
{
  GPtrArray *log = g_object_get_data (G_OBJECT (store), "log");
  const char *name = user_data;

  g_ptr_array_add (log, g_strdup_printf ("%s %" G_GINT64_FORMAT, name, id));
}

static void
record_signals (LiensStore *store,
                GPtrArray  *log)
{
  static const char * const names[] = {
    "contact-added", "contact-changed", "contact-removed",
    "encounter-added", "encounter-changed", "encounter-removed",
    "introduction-added", "introduction-changed", "introduction-removed",
  };

  g_object_set_data (G_OBJECT (store), "log", log);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_signal_connect (store, names[i], G_CALLBACK (record_signal_cb), (gpointer) names[i]);
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

/* Fixtures */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("liens-test-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "liens.db", NULL);
  f->store = open_store (f->path);
  f->signals = g_ptr_array_new_with_free_func (g_free);
  record_signals (f->store, f->signals);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
  remove_tree (f->dir);
  g_clear_pointer (&f->signals, g_ptr_array_unref);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* A few thousand encounters and some introductions, with every case of the order: shared
 * dates within and across kinds, undated ones, accents in notes and places. */

#define N_WORLD_CONTACTS 40

static const char * const world_notes[] = {
  "Café avec l'équipe", "Réunion de projet", "Déjeuner d'affaires", "Conférence annuelle",
  "Appel rapide", NULL, "Visite de l'atelier", "Échange sur le financement",
};

static const char * const world_places[] = {
  "Paris", "Lyon", NULL, "Montréal", "Café de la gare", "Genève",
};

static void
build_world (LiensStore *store,
             guint       n_encounters,
             guint       n_introductions,
             gint64     *contacts)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240611);
  g_autoptr(GDateTime) origin = date_new (2015, 1, 1, 9, 0);

  for (guint i = 0; i < N_WORLD_CONTACTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Contact %u", i);

      contacts[i] = add_contact (store, name);
    }

  for (guint i = 0; i < n_encounters; i++)
    {
      g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
      g_autoptr(GDateTime) date = NULL;
      gint64 ids[3];
      guint n_ids = (guint) g_rand_int_range (rand, 1, 4);

      /* Days only, hours fixed: many encounters share a date. */
      if (g_rand_int_range (rand, 0, 50) != 0)
        date = g_date_time_add_days (origin, g_rand_int_range (rand, 0, 3650));
      for (guint j = 0; j < n_ids; j++)
        ids[j] = contacts[g_rand_int_range (rand, 0, N_WORLD_CONTACTS)];

      liens_encounter_set_date (encounter, date);
      liens_encounter_set_contact_ids (encounter, ids, n_ids);
      liens_encounter_set_kind (encounter, g_rand_int_range (rand, 0, 7));
      liens_encounter_set_posture (encounter, g_rand_int_range (rand, 0, 3));
      liens_encounter_set_help (encounter, g_rand_int_range (rand, 0, 4));
      liens_encounter_set_notes (encounter,
                                 world_notes[g_rand_int_range (rand, 0,
                                                               G_N_ELEMENTS (world_notes))]);
      liens_encounter_set_place (encounter,
                                 world_places[g_rand_int_range (rand, 0,
                                                                G_N_ELEMENTS (world_places))]);
      save_encounter (store, encounter);
    }

  for (guint i = 0; i < n_introductions; i++)
    {
      g_autoptr(GDateTime) date = NULL;
      gint64 introducer = g_rand_boolean (rand) ? contacts[g_rand_int_range (rand, 0, 10)] : 0;

      if (g_rand_int_range (rand, 0, 20) != 0)
        date = g_date_time_add_days (origin, g_rand_int_range (rand, 0, 3650));
      add_introduction (store, date, introducer,
                        contacts[g_rand_int_range (rand, 0, N_WORLD_CONTACTS)],
                        g_rand_boolean (rand) ? contacts[g_rand_int_range (rand, 0, 10)] : 0);
    }
}

/* Every position of the timeline of @query, read forwards, backwards and at random, each
 * time by a new list, is what the plain query reads. */
static void
check_paging (Fixture            *f,
              LiensTimelineQuery *query,
              GRand              *rand)
{
  g_autoptr(GArray) want = oracle (f->path, query);
  g_autofree guint *order = g_new (guint, want->len + 1);
  GListModel *model;

  model = liens_store_query_timeline (f->store, query);
  assert_model_matches (model, want, NULL);
  g_assert_finalize_object (model);

  for (guint i = 0; i < want->len; i++)
    order[i] = want->len - 1 - i;
  model = liens_store_query_timeline (f->store, query);
  assert_model_matches (model, want, order);
  g_assert_finalize_object (model);

  for (guint i = 0; i < want->len; i++)
    order[i] = i;
  for (guint i = want->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint swap = order[i - 1];

      order[i - 1] = order[j];
      order[j] = swap;
    }
  model = liens_store_query_timeline (f->store, query);
  assert_model_matches (model, want, order);
  g_assert_finalize_object (model);
}

/* Query object */

static void
count_cb (GObject *object,
          guint   *count)
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
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
test_query_properties (void)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) since = date_new (2024, 1, 1, 0, 0);
  g_autoptr(GDateTime) same = date_new (2024, 1, 1, 0, 0);
  g_autoptr(GDateTime) got = NULL;
  guint n_changed = 0;
  guint n_notify = 0;
  int kind = 0;

  g_assert_cmpint (liens_timeline_query_get_kind (query), ==, -1);
  g_assert_cmpint (liens_timeline_query_get_posture (query), ==, -1);
  g_assert_cmpint (liens_timeline_query_get_help (query), ==, -1);
  g_assert_cmpint (liens_timeline_query_get_contact_id (query), ==, 0);
  g_assert_null (liens_timeline_query_get_since (query));
  g_assert_null (liens_timeline_query_get_until (query));
  g_assert_null (liens_timeline_query_get_text (query));
  g_assert_true (liens_timeline_query_get_include_introductions (query));
  g_assert_true (liens_timeline_query_shows_introductions (query));
  g_assert_false (liens_timeline_query_has_filters (query));

  g_signal_connect (query, "changed", G_CALLBACK (count_cb), &n_changed);
  g_signal_connect (query, "notify", G_CALLBACK (count_notify_cb), &n_notify);

  /* Each setter tells once, and only of a real change. */
  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_CALL);
  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_CALL);
  liens_timeline_query_set_posture (query, LIENS_POSTURE_LEARNING);
  liens_timeline_query_set_help (query, LIENS_HELP_GIVEN);
  liens_timeline_query_set_contact_id (query, 7);
  liens_timeline_query_set_contact_id (query, 7);
  liens_timeline_query_set_since (query, since);
  liens_timeline_query_set_since (query, same);
  liens_timeline_query_set_until (query, since);
  liens_timeline_query_set_text (query, "café");
  liens_timeline_query_set_text (query, "café");
  liens_timeline_query_set_include_introductions (query, FALSE);
  liens_timeline_query_set_include_introductions (query, FALSE);
  g_assert_cmpuint (n_changed, ==, 8);
  g_assert_cmpuint (n_notify, ==, 8);

  g_object_get (query, "kind", &kind, "since", &got, NULL);
  g_assert_cmpint (kind, ==, LIENS_ENCOUNTER_KIND_CALL);
  assert_date_equal (got, since);
  g_assert_true (liens_timeline_query_has_filters (query));
  g_assert_false (liens_timeline_query_shows_introductions (query));

  /* Once for all, keeping the text and the contact. */
  n_changed = 0;
  liens_timeline_query_clear_filters (query);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_false (liens_timeline_query_has_filters (query));
  g_assert_cmpstr (liens_timeline_query_get_text (query), ==, "café");
  g_assert_cmpint (liens_timeline_query_get_contact_id (query), ==, 7);
  liens_timeline_query_clear_filters (query);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Introductions have no text: a search leaves them out, blank text does not. */
  g_assert_false (liens_timeline_query_shows_introductions (query));
  liens_timeline_query_set_text (query, " ,; ");
  g_assert_true (liens_timeline_query_shows_introductions (query));
  liens_timeline_query_set_text (query, NULL);
  liens_timeline_query_set_help (query, LIENS_HELP_NONE);
  g_assert_false (liens_timeline_query_shows_introductions (query));
}

/* Paging */

static void
test_paging (Fixture       *f,
             gconstpointer  data)
{
  LiensTimelineQuery *query = liens_timeline_query_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GDateTime) since = date_new (2017, 3, 1, 0, 0);
  g_autoptr(GDateTime) until = date_new (2021, 6, 30, 23, 59);
  gint64 contacts[N_WORLD_CONTACTS];

  /* Over forty pages, more than the list caches. */
  build_world (f->store, 4000, 300, contacts);

  check_paging (f, query, rand);

  liens_timeline_query_set_include_introductions (query, FALSE);
  check_paging (f, query, rand);
  liens_timeline_query_set_include_introductions (query, TRUE);

  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_MEAL);
  check_paging (f, query, rand);
  liens_timeline_query_set_kind (query, -1);

  liens_timeline_query_set_posture (query, LIENS_POSTURE_PROSPECTING);
  check_paging (f, query, rand);
  liens_timeline_query_set_posture (query, -1);

  liens_timeline_query_set_help (query, LIENS_HELP_RECEIVED);
  check_paging (f, query, rand);
  liens_timeline_query_set_help (query, -1);

  /* A contact's timeline: their encounters and the introductions naming them. */
  liens_timeline_query_set_contact_id (query, contacts[3]);
  check_paging (f, query, rand);
  liens_timeline_query_set_contact_id (query, 0);

  liens_timeline_query_set_since (query, since);
  liens_timeline_query_set_until (query, until);
  check_paging (f, query, rand);
  liens_timeline_query_set_until (query, NULL);
  check_paging (f, query, rand);
  liens_timeline_query_set_since (query, NULL);

  /* Accents and case do not matter, prefixes do. */
  liens_timeline_query_set_text (query, "CAFE");
  check_paging (f, query, rand);
  liens_timeline_query_set_text (query, "reun proj");
  check_paging (f, query, rand);
  liens_timeline_query_set_text (query, "montre");
  check_paging (f, query, rand);

  /* A search finding most rows reads them in date order rather than sorting them. */
  liens_timeline_query_set_text (query, "A");
  g_assert_cmpuint (oracle_count (f->path, query), >, 2000);
  check_paging (f, query, rand);
  liens_timeline_query_set_since (query, since);
  check_paging (f, query, rand);
  liens_timeline_query_set_since (query, NULL);

  liens_timeline_query_set_text (query, "echange");
  liens_timeline_query_set_contact_id (query, contacts[5]);
  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_MEETING);
  check_paging (f, query, rand);
  g_object_unref (query);

  /* Introductions newer than every encounter, on the same dates as each other. */
  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(GDateTime) date = date_new (2026, 1 + i % 12, 1 + i % 28, 12, 0);

      add_introduction (f->store, date, contacts[i % 10], contacts[(i + 1) % 10], 0);
    }
  query = liens_timeline_query_new ();
  check_paging (f, query, rand);
  g_object_unref (query);
}

static void
test_text_search (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) date = date_new (2024, 3, 4, 10, 0);
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(GArray) found = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 first;
  gint64 second;
  GListModel *model;

  encounter = encounter_new (date, &anne, 1);
  liens_encounter_set_notes (encounter, "Réunion à l'Hôtel de Ville");
  liens_encounter_set_place (encounter, "Saint-Étienne");
  save_encounter (f->store, encounter);
  first = liens_encounter_get_id (encounter);
  g_clear_object (&encounter);

  /* Decomposed accents are composed before they are indexed. */
  encounter = encounter_new (date, &anne, 1);
  liens_encounter_set_notes (encounter, "Cafe\xcc\x81 et \"projets\" (suite)*");
  save_encounter (f->store, encounter);
  second = liens_encounter_get_id (encounter);
  add_introduction (f->store, date, anne, 0, 0);

  model = liens_store_query_timeline (f->store, query);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  liens_timeline_query_set_text (query, "reunion hotel");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (model_key (model, 0), ==, first * 2);

  liens_timeline_query_set_text (query, "ETIEN");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  liens_timeline_query_set_text (query, "café");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (model_key (model, 0), ==, second * 2);

  /* Query syntax is only ever words. */
  liens_timeline_query_set_text (query, "\"projets\" OR NEAR(*");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  liens_timeline_query_set_text (query, "projets)*");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Saving again replaces the entry: the old words no longer find it. */
  liens_encounter_set_notes (encounter, NULL);
  save_encounter (f->store, encounter);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  liens_timeline_query_set_text (query, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  g_assert_finalize_object (model);
}

static void
test_stable_items (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  g_autoptr(GObject) c = NULL;
  gint64 contacts[N_WORLD_CONTACTS];
  GListModel *model;

  build_world (f->store, 300, 20, contacts);
  model = liens_store_query_timeline (f->store, query);

  g_assert_true (g_list_model_get_item_type (model) == G_TYPE_OBJECT);
  a = g_list_model_get_item (model, 150);
  b = g_list_model_get_item (model, 150);
  g_assert_true (a == b);
  c = g_list_model_get_item (model, 151);
  g_assert_true (a != c);
  g_assert_null (g_list_model_get_item (model, g_list_model_get_n_items (model)));

  g_assert_finalize_object (model);
}

/* Live updates */

static void
test_live (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) newest = date_new (2030, 1, 1, 12, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(GObject) before = NULL;
  g_autoptr(GObject) after = NULL;
  gint64 contacts[N_WORLD_CONTACTS];
  GListModel *model;
  gint64 id;
  gint64 introduction;
  guint position;

  build_world (f->store, 600, 40, contacts);
  model = liens_store_query_timeline (f->store, query);
  mirror = mirror_new (model);

  /* The newest goes first, and only that is told. */
  id = add_encounter (f->store, newest, &contacts[0], 1);
  assert_last_change (mirror, 0, 0, 1);
  assert_mirror (mirror, f->path, query);

  /* An introduction on the same date goes after the encounter. */
  introduction = add_introduction (f->store, newest, contacts[1], contacts[2], 0);
  assert_last_change (mirror, 1, 0, 1);
  assert_mirror (mirror, f->path, query);

  /* Moved back in time: one change from where it was to where it goes. */
  encounter = get_encounter (f->store, id);
  {
    g_autoptr(GDateTime) date = date_new (2020, 6, 15, 9, 0);

    liens_encounter_set_date (encounter, date);
  }
  save_encounter (f->store, encounter);
  position = mirror_find (mirror, id * 2);
  g_assert_cmpuint (mirror->n_resets, ==, 0);
  assert_last_change (mirror, 0, position + 1, position + 1);
  assert_mirror (mirror, f->path, query);

  /* Changed in place: reloaded alone, as a new object. */
  before = g_list_model_get_item (model, position);
  liens_encounter_set_notes (encounter, "Autre chose");
  save_encounter (f->store, encounter);
  assert_last_change (mirror, position, 1, 1);
  assert_mirror (mirror, f->path, query);
  after = g_list_model_get_item (model, position);
  g_assert_true (before != after);
  g_assert_cmpstr (liens_encounter_get_notes (LIENS_ENCOUNTER (after)), ==, "Autre chose");
  g_clear_object (&before);
  g_clear_object (&after);

  /* Undated: at the end. */
  liens_encounter_set_date (encounter, NULL);
  save_encounter (f->store, encounter);
  g_assert_cmpuint (mirror->n_resets, ==, 0);
  assert_mirror (mirror, f->path, query);
  g_assert_cmpuint (mirror_find (mirror, id * 2), >=,
                    g_list_model_get_n_items (model) - 20);

  /* Removed where it was. */
  position = mirror_find (mirror, id * 2);
  g_assert_true (liens_store_delete_encounter_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  assert_last_change (mirror, position, 1, 0);
  assert_mirror (mirror, f->path, query);

  /* Back from the undo, where it was. */
  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  assert_last_change (mirror, position, 0, 1);
  assert_mirror (mirror, f->path, query);

  position = mirror_find (mirror, introduction * 2 + 1);
  g_assert_true (liens_store_delete_introduction (f->store, introduction, &error));
  g_assert_no_error (error);
  assert_last_change (mirror, position, 1, 0);
  assert_mirror (mirror, f->path, query);

  /* A follow-up ticked is reloaded in place, as a new object. */
  for (position = 5; g_array_index (mirror->keys, gint64, position) % 2 != 0; position++)
    ;
  before = g_list_model_get_item (model, position);
  g_assert_true (liens_store_set_follow_up_done (f->store,
                                                 liens_encounter_get_id (LIENS_ENCOUNTER (before)),
                                                 TRUE, &error));
  g_assert_no_error (error);
  assert_last_change (mirror, position, 1, 1);
  assert_mirror (mirror, f->path, query);
  after = g_list_model_get_item (model, position);
  g_assert_true (before != after);
  g_assert_true (liens_encounter_get_follow_up_done (LIENS_ENCOUNTER (after)));
  g_clear_object (&before);
  g_clear_object (&after);

  /* Several rows in one commit, told in one change: a contact with a few encounters of
   * their own and shared ones, and introductions, goes, and comes back. */
  {
    g_autoptr(GDateTime) d1 = date_new (2016, 2, 3, 10, 0);
    g_autoptr(GDateTime) d2 = date_new (2019, 7, 8, 10, 0);
    g_autoptr(GDateTime) d3 = date_new (2023, 11, 12, 10, 0);
    gint64 zoe = add_contact (f->store, "Zoé");

    add_encounter (f->store, d1, &zoe, 1);
    add_encounter (f->store, d2, (gint64[]) { zoe, contacts[1] }, 2);
    add_encounter (f->store, d3, &zoe, 1);
    add_introduction (f->store, d2, zoe, contacts[2], 0);
    assert_mirror (mirror, f->path, query);

    g_clear_pointer (&undo, liens_store_undo_free);
    g_assert_true (liens_store_delete_contact_with_undo (f->store, zoe, &undo, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mirror->n_changes, ==, 1);
    g_assert_cmpuint (mirror->n_resets, ==, 0);
    assert_mirror (mirror, f->path, query);

    g_assert_true (liens_store_undo (f->store, undo, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mirror->n_changes, ==, 1);
    g_assert_cmpuint (mirror->n_resets, ==, 0);
    assert_mirror (mirror, f->path, query);
  }

  /* Many rows at once: starting over is cheaper, and as right. */
  g_assert_true (liens_store_delete_contact (f->store, contacts[7], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  assert_mirror (mirror, f->path, query);

  /* A new query: one change of everything. */
  liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_CALL);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->n_resets, ==, 1);
  assert_mirror (mirror, f->path, query);

  /* Filtered: what leaves the filter leaves the list. */
  id = add_encounter (f->store, newest, &contacts[0], 1);
  g_assert_cmpuint (mirror->n_changes, ==, 0);
  g_clear_object (&encounter);
  encounter = get_encounter (f->store, id);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_CALL);
  save_encounter (f->store, encounter);
  assert_last_change (mirror, 0, 0, 1);
  assert_mirror (mirror, f->path, query);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_MEAL);
  save_encounter (f->store, encounter);
  assert_last_change (mirror, 0, 1, 0);
  assert_mirror (mirror, f->path, query);

  mirror_free (g_steal_pointer (&mirror));
  g_assert_finalize_object (model);
}

/* A handler that, before the list hears of it, dates every new encounter a year later. */
static void
postpone_cb (LiensStore *store,
             gint64      id,
             gpointer    user_data)
{
  g_autoptr(LiensEncounter) encounter = get_encounter (store, id);
  g_autoptr(GDateTime) later = NULL;

  if (liens_encounter_get_date (encounter) == NULL)
    return;

  later = g_date_time_add_years (liens_encounter_get_date (encounter), 1);
  liens_encounter_set_date (encounter, later);
  liens_encounter_set_notes (encounter, "Reportée");
  save_encounter (store, encounter);
}

static void
test_live_nested (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) date = date_new (2019, 5, 5, 5, 0);
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(LiensEncounter) loaded = NULL;
  gint64 contacts[N_WORLD_CONTACTS];
  GListModel *model;
  gint64 id;

  build_world (f->store, 200, 20, contacts);
  g_signal_connect (f->store, "encounter-added", G_CALLBACK (postpone_cb), NULL);
  model = liens_store_query_timeline (f->store, query);
  mirror = mirror_new (model);

  /* The list hears of both commits at once, and places the row where it ends. */
  id = add_encounter (f->store, date, &contacts[0], 1);
  loaded = get_encounter (f->store, id);
  g_assert_cmpint (g_date_time_get_year (liens_encounter_get_date (loaded)), ==, 2020);
  g_assert_cmpuint (mirror->n_changes, ==, 1);
  g_assert_cmpuint (mirror->n_resets, ==, 0);
  assert_mirror (mirror, f->path, query);

  g_signal_handlers_disconnect_by_func (f->store, postpone_cb, NULL);
  mirror_free (g_steal_pointer (&mirror));
  g_assert_finalize_object (model);
}

/* Rows the list never read are somewhere it does not know: it starts over, and is right. */
static void
test_live_unread (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) date = date_new (2033, 1, 1, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) want = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  gint64 contacts[N_WORLD_CONTACTS];
  GListModel *model;
  g_autoptr(GObject) last = NULL;
  gint64 id;
  guint n_items;
  guint n_changes = 0;

  build_world (f->store, 500, 0, contacts);
  model = liens_store_query_timeline (f->store, query);
  n_items = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed_cb), &n_changes);

  /* Only the first page was read. */
  last = g_list_model_get_item (model, 0);
  want = oracle (f->path, query);
  id = g_array_index (want, gint64, n_items - 1) / 2;

  /* Ticked where nobody looked: nothing to tell. */
  g_assert_true (liens_store_set_follow_up_done (f->store, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 0);

  /* Unlinked from a deleted event where nobody looked: nothing to tell either. */
  {
    g_autoptr(LiensEvent) event = liens_event_new ();
    g_autoptr(LiensEncounter) linked = get_encounter (f->store, id);

    g_assert_true (liens_store_save_event (f->store, event, &error));
    g_assert_no_error (error);
    liens_encounter_set_event_id (linked, liens_event_get_id (event));
    save_encounter (f->store, linked);
    g_assert_cmpuint (n_changes, ==, 1);
    n_changes = 0;
    g_assert_true (liens_store_delete_event (f->store, liens_event_get_id (event), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changes, ==, 0);
  }

  /* Moved from where nobody looked: told as a change of everything. */
  encounter = get_encounter (f->store, id);
  liens_encounter_set_date (encounter, date);
  save_encounter (f->store, encounter);
  g_assert_cmpuint (n_changes, ==, 1);
  g_clear_pointer (&want, g_array_unref);
  want = oracle (f->path, query);
  assert_model_matches (model, want, NULL);
  g_assert_cmpint (model_key (model, 0), ==, id * 2);

  g_assert_finalize_object (model);
}

static void
test_for_contact (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GDateTime) d1 = date_new (2024, 1, 10, 9, 0);
  g_autoptr(GDateTime) d2 = date_new (2024, 2, 10, 9, 0);
  g_autoptr(GDateTime) d3 = date_new (2024, 3, 10, 9, 0);
  g_autoptr(Mirror) mirror = NULL;
  g_autoptr(GError) error = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 bruno = add_contact (f->store, "Bruno");
  gint64 chloe = add_contact (f->store, "Chloé");
  gint64 e1, e2, e3, i1, i2, i3;
  GListModel *model;
  GListModel *list;

  e1 = add_encounter (f->store, d1, (gint64[]) { anne, bruno }, 2);
  e2 = add_encounter (f->store, d2, (gint64[]) { bruno }, 1);
  e3 = add_encounter (f->store, d3, (gint64[]) { anne }, 1);
  i1 = add_introduction (f->store, d2, anne, bruno, 0);
  i2 = add_introduction (f->store, d3, 0, bruno, chloe);
  i3 = add_introduction (f->store, d1, chloe, anne, bruno);

  liens_timeline_query_set_contact_id (query, anne);
  model = liens_store_query_timeline (f->store, query);
  mirror = mirror_new (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpint (model_key (model, 0), ==, e3 * 2);
  g_assert_cmpint (model_key (model, 1), ==, i1 * 2 + 1);
  g_assert_cmpint (model_key (model, 2), ==, e1 * 2);
  g_assert_cmpint (model_key (model, 3), ==, i3 * 2 + 1);

  liens_timeline_query_set_contact_id (query, bruno);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpint (model_key (model, 0), ==, i2 * 2 + 1);
  assert_mirror (mirror, f->path, query);

  /* Joining an encounter brings it into their timeline, leaving it takes it out. */
  {
    g_autoptr(LiensEncounter) encounter = get_encounter (f->store, e3);

    liens_encounter_set_contact_ids (encounter, (gint64[]) { anne, bruno }, 2);
    save_encounter (f->store, encounter);
    assert_last_change (mirror, 0, 0, 1);
    assert_mirror (mirror, f->path, query);

    liens_encounter_set_contact_ids (encounter, (gint64[]) { anne }, 1);
    save_encounter (f->store, encounter);
    assert_last_change (mirror, 0, 1, 0);
    assert_mirror (mirror, f->path, query);
  }

  /* The plain list of a contact's encounters still works. */
  list = liens_store_list_encounters_for_contact (f->store, anne);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpint (model_key (list, 0), ==, e3 * 2);
  g_assert_cmpint (model_key (list, 1), ==, e1 * 2);
  g_assert_true (liens_store_delete_encounter (f->store, e1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_finalize_object (list);
  assert_mirror (mirror, f->path, query);
  g_assert_cmpint (e2, >, 0);

  mirror_free (g_steal_pointer (&mirror));
  g_assert_finalize_object (model);
}

/* A contact's last encounter and due date follow their encounters. */
static void
test_last_encounter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GDateTime) met = date_new (2024, 1, 1, 9, 0);
  g_autoptr(GDateTime) d1 = date_new (2024, 3, 1, 9, 0);
  g_autoptr(GDateTime) d2 = date_new (2024, 5, 1, 9, 0);
  g_autoptr(GDateTime) d3 = date_new (2024, 4, 1, 9, 0);
  g_autoptr(GDateTime) now = date_new (2024, 5, 20, 9, 0);
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEncounter) later = NULL;
  LiensContact *loaded;
  gint64 id;
  gint64 e2;

  liens_contact_set_given_name (contact, "Anne");
  liens_contact_set_cadence (contact, LIENS_CADENCE_MONTH);
  liens_contact_set_met_on (contact, met);
  g_assert_true (liens_store_save_contact (f->store, contact, &error));
  g_assert_no_error (error);
  id = liens_contact_get_id (contact);

  /* No encounter: counted from when they met. */
  loaded = get_contact (f->store, id);
  g_assert_null (liens_contact_get_last_encounter (loaded));
  g_assert_true (liens_contact_is_overdue (loaded, now));
  g_assert_finalize_object (loaded);

  add_encounter (f->store, d1, &id, 1);
  loaded = get_contact (f->store, id);
  assert_date_equal (liens_contact_get_last_encounter (loaded), d1);
  g_assert_true (liens_contact_is_overdue (loaded, now));
  g_assert_finalize_object (loaded);

  g_ptr_array_set_size (f->signals, 0);
  e2 = add_encounter (f->store, d2, &id, 1);
  assert_signals (f, SIG ("encounter-added", e2), SIG ("contact-changed", id), NULL);
  loaded = get_contact (f->store, id);
  assert_date_equal (liens_contact_get_last_encounter (loaded), d2);
  due = liens_contact_dup_due_date (loaded);
  g_assert_cmpint (g_date_time_get_month (due), ==, 6);
  g_assert_false (liens_contact_is_overdue (loaded, now));
  g_assert_finalize_object (loaded);

  /* Moved earlier: the last encounter is the latest of the others again. */
  later = get_encounter (f->store, e2);
  liens_encounter_set_date (later, d3);
  save_encounter (f->store, later);
  assert_signals (f, SIG ("encounter-changed", e2), SIG ("contact-changed", id), NULL);
  loaded = get_contact (f->store, id);
  assert_date_equal (liens_contact_get_last_encounter (loaded), d3);
  g_assert_true (liens_contact_is_overdue (loaded, now));
  g_assert_finalize_object (loaded);

  g_assert_true (liens_store_delete_encounter (f->store, e2, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("encounter-removed", e2), SIG ("contact-changed", id), NULL);
  loaded = get_contact (f->store, id);
  assert_date_equal (liens_contact_get_last_encounter (loaded), d1);
  g_assert_finalize_object (loaded);
}

/* Follow-ups and figures */

static gint64
add_follow_up (LiensStore *store,
               gint64      contact_id,
               GDateTime  *date,
               GDateTime  *follow_up,
               gboolean    done)
{
  g_autoptr(LiensEncounter) encounter = encounter_new (date, &contact_id, 1);

  liens_encounter_set_follow_up_date (encounter, follow_up);
  liens_encounter_set_follow_up_what (encounter, "Rappeler");
  liens_encounter_set_follow_up_done (encounter, done);
  save_encounter (store, encounter);

  return liens_encounter_get_id (encounter);
}

static void
test_follow_ups (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 5, 1, 9, 0);
  g_autoptr(GDateTime) soon = date_new (2024, 5, 25, 9, 0);
  g_autoptr(GDateTime) past = date_new (2024, 5, 10, 9, 0);
  g_autoptr(GDateTime) later = date_new (2024, 6, 30, 9, 0);
  g_autoptr(GDateTime) now = date_new (2024, 5, 20, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) item = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 pending, overdue, done, none;
  GListModel *list;

  pending = add_follow_up (f->store, anne, date, soon, FALSE);
  overdue = add_follow_up (f->store, anne, date, past, FALSE);
  done = add_follow_up (f->store, anne, date, past, TRUE);
  none = add_encounter (f->store, date, &anne, 1);
  add_follow_up (f->store, anne, date, later, FALSE);

  /* By follow-up date: the overdue first. */
  list = liens_store_list_pending_follow_ups (f->store);
  g_assert_true (g_list_model_get_item_type (list) == LIENS_TYPE_ENCOUNTER);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpint (model_key (list, 0), ==, overdue * 2);
  g_assert_cmpint (model_key (list, 1), ==, pending * 2);

  item = g_list_model_get_item (list, 0);
  g_assert_true (liens_encounter_is_follow_up_overdue (LIENS_ENCOUNTER (item), now));
  g_clear_object (&item);
  item = g_list_model_get_item (list, 1);
  g_assert_true (liens_encounter_has_pending_follow_up (LIENS_ENCOUNTER (item)));
  g_assert_false (liens_encounter_is_follow_up_overdue (LIENS_ENCOUNTER (item), now));
  g_clear_object (&item);

  /* Done: it leaves the list, and only its follow-up changed. */
  g_ptr_array_set_size (f->signals, 0);
  g_assert_true (liens_store_set_follow_up_done (f->store, overdue, TRUE, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("encounter-changed", overdue), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpint (model_key (list, 0), ==, pending * 2);
  {
    g_autoptr(LiensEncounter) loaded = get_encounter (f->store, overdue);

    g_assert_true (liens_encounter_get_follow_up_done (loaded));
    g_assert_cmpstr (liens_encounter_get_follow_up_what (loaded), ==, "Rappeler");
    assert_date_equal (liens_encounter_get_follow_up_date (loaded), past);
    assert_date_equal (liens_encounter_get_date (loaded), date);
  }

  /* Undone: back. */
  g_assert_true (liens_store_set_follow_up_done (f->store, done, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpint (model_key (list, 0), ==, done * 2);

  g_assert_false (liens_store_set_follow_up_done (f->store, 9999, TRUE, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (none, >, 0);

  g_assert_finalize_object (list);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = date_new (2024, 5, 20, 9, 0);
  g_autoptr(GError) error = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  LiensFigures figures;
  static const struct
  {
    int          year, month, day;
    LiensHelp    help;
    LiensPosture posture;
  } encounters[] = {
    { 2024, 5, 1, LIENS_HELP_GIVEN, LIENS_POSTURE_NETWORKING },       /* this month */
    { 2024, 5, 31, LIENS_HELP_RECEIVED, LIENS_POSTURE_PROSPECTING },  /* this month, later */
    { 2024, 4, 30, LIENS_HELP_MUTUAL, LIENS_POSTURE_LEARNING },
    { 2023, 6, 1, LIENS_HELP_GIVEN, LIENS_POSTURE_NETWORKING },
    { 2023, 5, 20, LIENS_HELP_GIVEN, LIENS_POSTURE_PROSPECTING },     /* exactly a year ago */
    { 2023, 5, 19, LIENS_HELP_RECEIVED, LIENS_POSTURE_LEARNING },     /* too old */
    { 2022, 1, 1, LIENS_HELP_NONE, LIENS_POSTURE_NETWORKING },
  };

  /* Empty. */
  g_assert_true (liens_store_get_figures (f->store, now, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.encounters_this_month, ==, 0);
  g_assert_cmpuint (figures.pending_follow_ups, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (encounters); i++)
    {
      g_autoptr(GDateTime) date = date_new (encounters[i].year, encounters[i].month,
                                            encounters[i].day, 9, 0);
      g_autoptr(LiensEncounter) encounter = encounter_new (date, &anne, 1);

      liens_encounter_set_help (encounter, encounters[i].help);
      liens_encounter_set_posture (encounter, encounters[i].posture);
      save_encounter (f->store, encounter);
    }
  {
    g_autoptr(GDateTime) date = date_new (2024, 3, 1, 9, 0);
    g_autoptr(GDateTime) past = date_new (2024, 5, 19, 9, 0);
    g_autoptr(GDateTime) future = date_new (2024, 6, 19, 9, 0);

    add_follow_up (f->store, anne, date, past, FALSE);
    add_follow_up (f->store, anne, date, now, FALSE);
    add_follow_up (f->store, anne, date, future, FALSE);
    add_follow_up (f->store, anne, date, past, TRUE);
  }

  g_assert_true (liens_store_get_figures (f->store, now, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.encounters_this_month, ==, 2);
  /* The twelve months up to now: the one on May 31st is not yet. */
  g_assert_cmpuint (figures.help_given, ==, 3);
  g_assert_cmpuint (figures.help_received, ==, 0);
  g_assert_cmpuint (figures.help_mutual, ==, 1);
  g_assert_cmpuint (figures.networking, ==, 2 + 4);
  g_assert_cmpuint (figures.prospecting, ==, 1);
  g_assert_cmpuint (figures.learning, ==, 1);
  g_assert_cmpuint (figures.pending_follow_ups, ==, 3);
  g_assert_cmpuint (figures.overdue_follow_ups, ==, 2);
}

static void
test_count_introductions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 5, 1, 9, 0);
  g_autoptr(GError) error = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 bruno = add_contact (f->store, "Bruno");
  gint64 chloe = add_contact (f->store, "Chloé");
  guint made_for_user = 99;
  guint made_by_user = 99;

  g_assert_true (liens_store_count_introductions (f->store, anne, &made_for_user,
                                                  &made_by_user, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made_for_user, ==, 0);
  g_assert_cmpuint (made_by_user, ==, 0);

  /* Anne introduced the user to Bruno, and Bruno to Chloé. */
  add_introduction (f->store, date, anne, bruno, 0);
  add_introduction (f->store, date, anne, bruno, chloe);
  /* The user introduced Anne to Bruno, and Chloé to Anne. */
  add_introduction (f->store, date, 0, anne, bruno);
  add_introduction (f->store, date, 0, chloe, anne);
  /* Neither: Bruno introduced Anne to the user, the user introduced Bruno and Chloé. */
  add_introduction (f->store, date, bruno, anne, 0);
  add_introduction (f->store, date, 0, bruno, chloe);

  g_assert_true (liens_store_count_introductions (f->store, anne, &made_for_user,
                                                  &made_by_user, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made_for_user, ==, 2);
  g_assert_cmpuint (made_by_user, ==, 2);

  g_assert_true (liens_store_count_introductions (f->store, chloe, &made_for_user,
                                                  &made_by_user, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made_for_user, ==, 0);
  g_assert_cmpuint (made_by_user, ==, 2);
}

/* Deleting with undo */

static void
assert_search_finds (LiensStore *store,
                     const char *text,
                     gint64      id,
                     gboolean    found)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  GListModel *model;
  gboolean seen = FALSE;

  liens_timeline_query_set_text (query, text);
  model = liens_store_query_timeline (store, query);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    seen = seen || model_key (model, i) == id * 2;
  g_assert_true (seen == found);
  g_assert_finalize_object (model);
}

static void
test_encounter_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 4, 2, 12, 30);
  g_autoptr(GDateTime) follow_up = date_new (2024, 4, 16, 9, 0);
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensEncounter) loaded = NULL;
  const gint64 *ids;
  guint n_ids = 0;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 bruno = add_contact (f->store, "Bruno");
  gint64 id;
  LiensContact *contact;

  g_assert_true (liens_store_save_event (f->store, event, &error));
  g_assert_no_error (error);

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_MEAL);
  liens_encounter_set_place (encounter, "Café de la gare");
  liens_encounter_set_event_id (encounter, liens_event_get_id (event));
  liens_encounter_set_notes (encounter, "Projet commun à Orléans");
  liens_encounter_set_help (encounter, LIENS_HELP_MUTUAL);
  liens_encounter_set_posture (encounter, LIENS_POSTURE_LEARNING);
  liens_encounter_set_follow_up_date (encounter, follow_up);
  liens_encounter_set_follow_up_what (encounter, "Envoyer le devis");
  liens_encounter_set_contact_ids (encounter, (gint64[]) { bruno, anne }, 2);
  save_encounter (f->store, encounter);
  id = liens_encounter_get_id (encounter);
  assert_search_finds (f->store, "orleans", id, TRUE);

  g_ptr_array_set_size (f->signals, 0);
  g_assert_true (liens_store_delete_encounter_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("encounter-removed", id),
                  SIG ("contact-changed", anne),
                  SIG ("contact-changed", bruno),
                  NULL);
  g_assert_cmpint (liens_store_undo_get_encounter_id (undo), ==, id);
  g_assert_cmpint (liens_store_undo_get_contact_id (undo), ==, 0);
  g_assert_cmpint (liens_store_undo_get_introduction_id (undo), ==, 0);
  g_assert_null (liens_store_get_encounter (f->store, id, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_search_finds (f->store, "orleans", id, FALSE);
  contact = get_contact (f->store, anne);
  g_assert_null (liens_contact_get_last_encounter (contact));
  g_assert_finalize_object (contact);

  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  assert_signals (f,
                  SIG ("encounter-added", id),
                  SIG ("contact-changed", anne),
                  SIG ("contact-changed", bruno),
                  NULL);

  /* Field by field, same id, same participants in the same order, found again. */
  loaded = get_encounter (f->store, id);
  assert_date_equal (liens_encounter_get_date (loaded), date);
  g_assert_cmpint (liens_encounter_get_kind (loaded), ==, LIENS_ENCOUNTER_KIND_MEAL);
  g_assert_cmpstr (liens_encounter_get_place (loaded), ==, "Café de la gare");
  g_assert_cmpint (liens_encounter_get_event_id (loaded), ==, liens_event_get_id (event));
  g_assert_cmpstr (liens_encounter_get_notes (loaded), ==, "Projet commun à Orléans");
  g_assert_cmpint (liens_encounter_get_help (loaded), ==, LIENS_HELP_MUTUAL);
  g_assert_cmpint (liens_encounter_get_posture (loaded), ==, LIENS_POSTURE_LEARNING);
  assert_date_equal (liens_encounter_get_follow_up_date (loaded), follow_up);
  g_assert_cmpstr (liens_encounter_get_follow_up_what (loaded), ==, "Envoyer le devis");
  g_assert_false (liens_encounter_get_follow_up_done (loaded));
  ids = liens_encounter_get_contact_ids (loaded, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, bruno);
  g_assert_cmpint (ids[1], ==, anne);
  assert_search_finds (f->store, "orleans", id, TRUE);
  assert_search_finds (f->store, "gare", id, TRUE);
  contact = get_contact (f->store, anne);
  assert_date_equal (liens_contact_get_last_encounter (contact), date);
  g_assert_finalize_object (contact);

  /* Once only. */
  g_assert_false (liens_store_undo (f->store, undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_pointer (&undo, liens_store_undo_free);

  /* A participant deleted since: nothing comes back. */
  g_assert_true (liens_store_delete_encounter_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  g_assert_true (liens_store_delete_contact (f->store, bruno, &error));
  g_assert_no_error (error);
  g_assert_false (liens_store_undo (f->store, undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_null (liens_store_get_encounter (f->store, id, &error));
  g_clear_error (&error);
  assert_search_finds (f->store, "orleans", id, FALSE);

  g_assert_false (liens_store_delete_encounter_with_undo (f->store, id, &undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
}

static void
test_introduction_undo (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 5, 6, 17, 0);
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
  g_autoptr(LiensIntroduction) loaded = NULL;
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 bruno = add_contact (f->store, "Bruno");
  gint64 id;

  liens_introduction_set_introducer_id (introduction, anne);
  liens_introduction_set_first_id (introduction, bruno);
  liens_introduction_set_date (introduction, date);
  liens_introduction_set_context (introduction, "Recherche d'un local");
  liens_introduction_set_outcome (introduction, "Ils travaillent ensemble");
  g_assert_true (liens_store_save_introduction (f->store, introduction, &error));
  g_assert_no_error (error);
  id = liens_introduction_get_id (introduction);

  g_ptr_array_set_size (f->signals, 0);
  g_assert_true (liens_store_delete_introduction_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("introduction-removed", id), NULL);
  g_assert_cmpint (liens_store_undo_get_introduction_id (undo), ==, id);
  g_assert_cmpint (liens_store_undo_get_encounter_id (undo), ==, 0);

  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  assert_signals (f, SIG ("introduction-added", id), NULL);

  loaded = liens_store_get_introduction (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (liens_introduction_get_introducer_id (loaded), ==, anne);
  g_assert_cmpint (liens_introduction_get_first_id (loaded), ==, bruno);
  g_assert_cmpint (liens_introduction_get_second_id (loaded), ==, 0);
  assert_date_equal (liens_introduction_get_date (loaded), date);
  g_assert_cmpstr (liens_introduction_get_context (loaded), ==, "Recherche d'un local");
  g_assert_cmpstr (liens_introduction_get_outcome (loaded), ==, "Ils travaillent ensemble");
  g_clear_pointer (&undo, liens_store_undo_free);

  /* Someone it names deleted since: a conflict, in words. */
  g_assert_true (liens_store_delete_introduction_with_undo (f->store, id, &undo, &error));
  g_assert_no_error (error);
  g_assert_true (liens_store_delete_contact (f->store, anne, &error));
  g_assert_no_error (error);
  g_assert_false (liens_store_undo (f->store, undo, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "introduction"));
}

/* A contact's own encounters come back with them, search entries included. */
static void
test_contact_undo_encounters (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) date = date_new (2024, 4, 2, 12, 30);
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(LiensStoreUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 anne = add_contact (f->store, "Anne");
  gint64 bruno = add_contact (f->store, "Bruno");
  gint64 alone;
  gint64 shared;

  encounter = encounter_new (date, &anne, 1);
  liens_encounter_set_notes (encounter, "Tête-à-tête");
  save_encounter (f->store, encounter);
  alone = liens_encounter_get_id (encounter);
  g_clear_object (&encounter);
  encounter = encounter_new (date, (gint64[]) { anne, bruno }, 2);
  liens_encounter_set_notes (encounter, "Tous ensemble");
  save_encounter (f->store, encounter);
  shared = liens_encounter_get_id (encounter);

  g_assert_true (liens_store_delete_contact_with_undo (f->store, anne, &undo, &error));
  g_assert_no_error (error);
  assert_search_finds (f->store, "tete", alone, FALSE);
  assert_search_finds (f->store, "ensemble", shared, TRUE);

  g_assert_true (liens_store_undo (f->store, undo, &error));
  g_assert_no_error (error);
  assert_search_finds (f->store, "tete", alone, TRUE);
  assert_search_finds (f->store, "ensemble", shared, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/timeline/query/properties", test_query_properties);
  ADD_TEST ("/timeline/paging", test_paging);
  ADD_TEST ("/timeline/text-search", test_text_search);
  ADD_TEST ("/timeline/stable-items", test_stable_items);
  ADD_TEST ("/timeline/live", test_live);
  ADD_TEST ("/timeline/live-unread", test_live_unread);
  ADD_TEST ("/timeline/live-nested", test_live_nested);
  ADD_TEST ("/timeline/for-contact", test_for_contact);
  ADD_TEST ("/timeline/last-encounter", test_last_encounter);
  ADD_TEST ("/timeline/follow-ups", test_follow_ups);
  ADD_TEST ("/timeline/figures", test_figures);
  ADD_TEST ("/timeline/count-introductions", test_count_introductions);
  ADD_TEST ("/timeline/undo/encounter", test_encounter_undo);
  ADD_TEST ("/timeline/undo/introduction", test_introduction_undo);
  ADD_TEST ("/timeline/undo/contact-encounters", test_contact_undo_encounters);

  return g_test_run ();
}
