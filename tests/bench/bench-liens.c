/* bench-liens.c: how Liens holds up with 100,000 contacts and 1,000,000 encounters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by "meson test --benchmark" from a release build, under a display (see
 * docs/performance.md). Generates the database once with liens-generate (cached in the
 * build directory, keyed by its parameters and the day), works on a copy of it, and
 * prints one line per figure:
 *
 *   <name> median_ms=<median> p95_ms=<95th percentile> runs=<n>
 *
 * (median_mb for memory, value= for ratios and counts). Percentiles are nearest-rank.
 * LIENS_BENCH_CONTACTS, LIENS_BENCH_ENCOUNTERS and LIENS_BENCH_EVENTS change the size
 * for a quick trial run; LIENS_BENCH_ONLY=<prefix> runs only the figures starting so.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "liens-contact-card.h"
#include "liens-import.h"
#include "liens-linkedin.h"
#include "liens-store.h"
#include "liens-ui.h"
#include "liens-vcard.h"

#define N_RUNS 20
#define N_START_RUNS 7
#define SCREEN 30        /* rows the contact list shows at once */
#define PAGE 100         /* rows the timeline reads at a time */
#define DAY (G_GINT64_CONSTANT (24) * 3600)

typedef struct
{
  char       *dir;          /* a temporary directory for the copies */
  char       *database;     /* the work copy, which benchmarks may write to */
  char       *empty;        /* an empty database */
  const char *only;
  guint       n_contacts;
  guint       n_encounters;
  guint       n_events;
} Bench;

/* Figures */

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            guint   percent)
{
  guint rank;

  g_array_sort (values, compare_double);
  rank = (values->len * percent + 99) / 100;

  return g_array_index (values, double, MAX (rank, 1) - 1);
}

static double
median (GArray *values)
{
  return percentile (values, 50);
}

/* Prints and frees. */
static void
report_unit (const char *name,
             GArray     *values,
             const char *unit)
{
  printf ("%s median_%s=%.2f p95_%s=%.2f runs=%u\n", name, unit, median (values), unit,
          percentile (values, 95), values->len);
  fflush (stdout);
  g_array_unref (values);
}

static void
report (const char *name,
        GArray     *times)
{
  report_unit (name, times, "ms");
}

static void
report_value (const char *name,
              double      value)
{
  printf ("%s value=%.2f\n", name, value);
  fflush (stdout);
}

static GArray *
new_times (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
add_time (GArray *times,
          gint64  since)
{
  double ms = (g_get_monotonic_time () - since) / 1000.0;

  g_array_append_val (times, ms);
}

static gboolean
wanted (Bench      *bench,
        const char *name)
{
  /* "search_one" runs the search figures; "import" all the imports. */
  return bench->only == NULL || g_str_has_prefix (name, bench->only) ||
         g_str_has_prefix (bench->only, name);
}

static LiensStore *
open_store (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  LiensStore *store = liens_store_new (bench->database, &error);

  g_assert_no_error (error);

  return store;
}

static void
touch_items (GListModel *model,
             guint       position,
             guint       n)
{
  guint end = MIN (position + n, g_list_model_get_n_items (model));

  for (guint i = position; i < end; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
    }
}

/* The database */

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Runs liens-generate: a new database at @path. */
static void
generate_database (guint       n_contacts,
                   guint       n_encounters,
                   guint       n_events,
                   guint       seed,
                   const char *day,
                   const char *path)
{
  g_autofree char *contacts = g_strdup_printf ("%u", n_contacts);
  g_autofree char *encounters = g_strdup_printf ("%u", n_encounters);
  g_autofree char *events = g_strdup_printf ("%u", n_events);
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  const char *argv[] = { g_getenv ("LIENS_GENERATE"), "--contacts", contacts,
                         "--encounters", encounters, "--events", events,
                         "--seed", seed_text, "--today", day, "--database", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Generates the database once per size and day, in the build directory. */
static void
prepare_database (Bench *bench)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  g_autofree char *cached = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensStore) empty = NULL;
  const char *build_dir = g_getenv ("G_TEST_BUILDDIR");

  /* Named after the schema too: a cached file of an older one would be migrated by every
   * copy opened. */
  name = g_strdup_printf ("bench-c%u-e%u-v%u-s1-%s-schema%d.db", bench->n_contacts,
                          bench->n_encounters, bench->n_events, day, LIENS_STORE_SCHEMA_VERSION);
  cached = g_build_filename (build_dir != NULL ? build_dir : ".", name, NULL);

  if (!g_file_test (cached, G_FILE_TEST_EXISTS))
    {
      g_autofree char *partial = g_strconcat (cached, ".partial", NULL);
      gint64 t0 = g_get_monotonic_time ();

      g_unlink (partial);
      generate_database (bench->n_contacts, bench->n_encounters, bench->n_events, 1, day,
                         partial);
      g_assert_cmpint (g_rename (partial, cached), ==, 0);
      printf ("# generated %s in %.1f s\n", name, (g_get_monotonic_time () - t0) / 1e6);
    }

  bench->dir = g_dir_make_tmp ("liens-bench-XXXXXX", &error);
  g_assert_no_error (error);
  bench->database = g_build_filename (bench->dir, "liens.db", NULL);
  bench->empty = g_build_filename (bench->dir, "empty.db", NULL);
  copy_file (cached, bench->database);

  empty = liens_store_new (bench->empty, &error);
  g_assert_no_error (error);
}

static void
remove_database_files (const char *path)
{
  const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Store figures */

static void
bench_open (Bench *bench)
{
  GArray *times = new_times ();

  for (guint r = 0; r < N_RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      LiensStore *store = open_store (bench);

      add_time (times, t0);
      g_object_unref (store);
    }

  report ("open_database", times);
}

static void
bench_contact_list (Bench      *bench,
                    LiensStore *store)
{
  GArray *first = new_times ();
  GArray *middle = new_times ();
  GArray *end = new_times ();
  guint n_items = 0;

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
      g_autoptr(GListModel) contacts = NULL;
      gint64 t0 = g_get_monotonic_time ();

      contacts = liens_store_query_contacts (store, query);
      n_items = g_list_model_get_n_items (contacts);
      touch_items (contacts, 0, SCREEN);
      add_time (first, t0);

      t0 = g_get_monotonic_time ();
      touch_items (contacts, n_items / 2 + r * SCREEN, SCREEN);
      add_time (middle, t0);

      t0 = g_get_monotonic_time ();
      touch_items (contacts, n_items - SCREEN - r, SCREEN);
      add_time (end, t0);
    }

  report_value ("contact_list_n_items", n_items);
  report ("contact_list_first_screen", first);
  report ("contact_list_scroll_middle", middle);
  report ("contact_list_scroll_end", end);

  /* No target: the filter computes every contact's last encounter. */
  first = new_times ();
  for (guint r = 0; r < 5; r++)
    {
      g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
      g_autoptr(GListModel) contacts = NULL;
      gint64 t0 = g_get_monotonic_time ();

      liens_contact_query_set_due_only (query, TRUE);
      contacts = liens_store_query_contacts (store, query);
      touch_items (contacts, 0, SCREEN);
      add_time (first, t0);
      if (r == 0)
        report_value ("contact_list_due_n_items", g_list_model_get_n_items (contacts));
    }
  report ("contact_list_due_first_screen", first);
}

/* Types @word a letter at a time into a live list's query, as the search entry does: each
 * keystroke is the query run again, its count, and the first screen of results. */
static void
type_word (LiensStore *store,
           const char *word,
           GArray     *all,
           GArray    **per_key,
           guint       n_keys)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GListModel) contacts = liens_store_query_contacts (store, query);
  const char *end = word;

  touch_items (contacts, 0, SCREEN);

  for (guint k = 0; *end != '\0'; k++)
    {
      g_autofree char *prefix = NULL;
      gint64 t0;

      end = g_utf8_next_char (end);
      prefix = g_strndup (word, end - word);

      t0 = g_get_monotonic_time ();
      liens_contact_query_set_text (query, prefix);
      g_list_model_get_n_items (contacts);
      touch_items (contacts, 0, SCREEN);
      add_time (all, t0);
      if (k < n_keys)
        add_time (per_key[k], t0);
    }
}

static void
bench_search (Bench      *bench,
              LiensStore *store)
{
  static const char * const name = "Franço";
  GArray *all = new_times ();
  GArray *per_key[6];
  GArray *one_letter = new_times ();
  GArray *notes_word = new_times ();
  GArray *notes_keys = new_times ();

  for (guint k = 0; k < G_N_ELEMENTS (per_key); k++)
    per_key[k] = new_times ();

  for (guint r = 0; r < N_RUNS; r++)
    type_word (store, name, all, per_key, G_N_ELEMENTS (per_key));

  report ("search_keystroke", all);
  for (guint k = 0; k < G_N_ELEMENTS (per_key); k++)
    {
      g_autofree char *figure = g_strdup_printf ("search_keystroke_%u", k + 1);

      report (figure, per_key[k]);
    }

  /* The first keystroke matches most of the address book, whichever letter it is. */
  for (const char *letter = "abcdefghijklmnopqrstuvwxyz"; *letter != '\0'; letter++)
    {
      char word[2] = { *letter, '\0' };

      type_word (store, word, one_letter, NULL, 0);
    }
  report ("search_one_letter", one_letter);

  /* "saxophone" is only ever in a few contacts' notes. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
      g_autoptr(GListModel) contacts = NULL;
      gint64 t0;

      liens_contact_query_set_text (query, "saxophone");
      t0 = g_get_monotonic_time ();
      contacts = liens_store_query_contacts (store, query);
      touch_items (contacts, 0, SCREEN);
      add_time (notes_word, t0);
      if (r == 0)
        report_value ("search_notes_word_n_items", g_list_model_get_n_items (contacts));

      type_word (store, "saxophone", notes_keys, NULL, 0);
    }
  report ("search_notes_word", notes_word);
  report ("search_notes_word_keystroke", notes_keys);
}

/* Contacts spread over the address book: the first ones are met most often. */
static gint64
pick_contact_id (Bench *bench,
                 guint  run)
{
  static const double spread[] = { 0.00001, 0.0001, 0.001, 0.01, 0.05, 0.2, 0.5, 0.9 };

  return 1 + (gint64) (bench->n_contacts * spread[run % G_N_ELEMENTS (spread)]) + run / 8;
}

static void
bench_card (Bench      *bench,
            LiensStore *store)
{
  GtkWidget *window = gtk_window_new ();
  LiensContactCard *card = LIENS_CONTACT_CARD (liens_contact_card_new ());
  GArray *times = new_times ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (card));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 720);
  gtk_window_present (GTK_WINDOW (window));
  liens_contact_card_set_store (card, store);

  for (guint r = 0; r < 3 * 8; r++)
    {
      g_autoptr(LiensContact) contact = NULL;
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      contact = liens_store_get_contact (store, pick_contact_id (bench, r), &error);
      g_assert_no_error (error);
      liens_contact_card_set_contact (card, contact);
      /* The rows as they will be drawn: measured and laid out. */
      gtk_widget_measure (GTK_WIDGET (card), GTK_ORIENTATION_VERTICAL, 600, NULL, NULL, NULL, NULL);
      add_time (times, t0);

      while (g_main_context_iteration (NULL, FALSE));
    }

  report ("contact_card_with_timeline", times);
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_since (LiensStore *store,
             gint64      since)
{
  g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
  g_autoptr(GListModel) timeline = liens_store_query_timeline (store, query);
  guint n = g_list_model_get_n_items (timeline);
  guint low = 0;
  guint high = n;

  /* Newest first: the first item older than @since. */
  while (low < high)
    {
      guint mid = (low + high) / 2;
      g_autoptr(GObject) item = g_list_model_get_item (timeline, mid);
      GDateTime *date = NULL;

      g_object_get (item, "date", &date, NULL);
      if (g_date_time_to_unix (date) > since)
        low = mid + 1;
      else
        high = mid;
      g_date_time_unref (date);
    }

  return low;
}

/* The timeline page narrowed by kind, by contact or by a word; and its summary figures. */
static void
bench_timeline_filters (Bench      *bench,
                        LiensStore *store)
{
  GArray *kind = new_times ();
  GArray *contact = new_times ();
  GArray *text = new_times ();
  GArray *figures = new_times ();

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
      g_autoptr(GListModel) timeline = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GError) error = NULL;
      LiensFigures result;
      gint64 t0 = g_get_monotonic_time ();

      liens_timeline_query_set_kind (query, LIENS_ENCOUNTER_KIND_CALL);
      timeline = liens_store_query_timeline (store, query);
      touch_items (timeline, 0, PAGE);
      add_time (kind, t0);
      g_clear_object (&timeline);

      liens_timeline_query_set_kind (query, -1);
      liens_timeline_query_set_contact_id (query, pick_contact_id (bench, r));
      t0 = g_get_monotonic_time ();
      timeline = liens_store_query_timeline (store, query);
      touch_items (timeline, 0, PAGE);
      add_time (contact, t0);
      g_clear_object (&timeline);

      liens_timeline_query_set_contact_id (query, 0);
      liens_timeline_query_set_text (query, "financement");
      t0 = g_get_monotonic_time ();
      timeline = liens_store_query_timeline (store, query);
      touch_items (timeline, 0, PAGE);
      add_time (text, t0);

      t0 = g_get_monotonic_time ();
      liens_store_get_figures (store, now, &result, &error);
      g_assert_no_error (error);
      add_time (figures, t0);
    }

  report ("timeline_kind_first_page", kind);
  report ("timeline_contact_first_page", contact);
  report ("timeline_text_first_page", text);
  report ("timeline_figures", figures);
}

static void
bench_timeline (Bench      *bench,
                LiensStore *store)
{
  GArray *open = new_times ();
  GArray *first = new_times ();
  GArray *year_back = new_times ();
  guint position = count_since (store, g_get_real_time () / G_USEC_PER_SEC - 365 * DAY);

  report_value ("timeline_year_back_position", position);

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
      g_autoptr(GListModel) timeline = NULL;
      gint64 t0 = g_get_monotonic_time ();

      timeline = liens_store_query_timeline (store, query);
      g_list_model_get_n_items (timeline);
      add_time (open, t0);

      t0 = g_get_monotonic_time ();
      touch_items (timeline, 0, PAGE);
      add_time (first, t0);

      t0 = g_get_monotonic_time ();
      touch_items (timeline, position + r * PAGE, PAGE);
      add_time (year_back, t0);
    }

  report ("timeline_open", open);
  report ("timeline_first_page", first);
  report ("timeline_page_year_back", year_back);

  /* The same page, reached by its date (the timeline narrowed to "until a year ago"). */
  year_back = new_times ();
  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();
      g_autoptr(GListModel) timeline = NULL;
      g_autoptr(GDateTime) until = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC -
                                                                 365 * DAY - r * DAY);
      gint64 t0 = g_get_monotonic_time ();

      liens_timeline_query_set_until (query, until);
      timeline = liens_store_query_timeline (store, query);
      touch_items (timeline, 0, PAGE);
      add_time (year_back, t0);
    }
  report ("timeline_page_year_back_by_date", year_back);

  bench_timeline_filters (bench, store);
}

/* Logging an encounter with two people, with the contact list and the timeline open: the
 * save, then the lists updated and their first screen read again. */
static void
bench_log_encounter (Bench      *bench,
                     LiensStore *store)
{
  g_autoptr(LiensContactQuery) contact_query = liens_contact_query_new ();
  g_autoptr(LiensTimelineQuery) timeline_query = liens_timeline_query_new ();
  g_autoptr(GListModel) contacts = liens_store_query_contacts (store, contact_query);
  g_autoptr(GListModel) timeline = liens_store_query_timeline (store, timeline_query);
  GArray *times = new_times ();

  touch_items (contacts, 0, SCREEN);
  touch_items (timeline, 0, PAGE);

  for (guint r = 0; r < N_RUNS; r++)
    {
      g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GError) error = NULL;
      gint64 ids[2] = { pick_contact_id (bench, r), pick_contact_id (bench, r + 3) };
      gint64 t0;

      liens_encounter_set_date (encounter, now);
      liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_MEAL);
      liens_encounter_set_notes (encounter, "Déjeuner de bench");
      liens_encounter_set_contact_ids (encounter, ids, G_N_ELEMENTS (ids));

      t0 = g_get_monotonic_time ();
      liens_store_save_encounter (store, encounter, &error);
      g_assert_no_error (error);
      touch_items (contacts, 0, SCREEN);
      touch_items (timeline, 0, PAGE);
      add_time (times, t0);
    }

  report ("log_encounter", times);
}

/* Imports and export */

#define N_IMPORT_RUNS 3
#define N_VCARDS 10000
#define N_LINKEDIN_ROWS 30000

static void
add_contacts (GPtrArray  *contacts,
              GListModel *model,
              guint       max)
{
  guint n = MIN (g_list_model_get_n_items (model), max);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (contacts, g_list_model_get_item (model, i));
}

/* Every contact, active and archived, as "liens --export-vcard" loads them. */
static GPtrArray *
load_all_contacts (LiensStore *store,
                   guint       max)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GListModel) active = liens_store_list_contacts (store);
  g_autoptr(GListModel) archived = NULL;
  GPtrArray *contacts = g_ptr_array_new_with_free_func (g_object_unref);

  add_contacts (contacts, active, max);
  liens_contact_query_set_archived (query, TRUE);
  archived = liens_store_query_contacts (store, query);
  add_contacts (contacts, archived, max - contacts->len);

  return contacts;
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* A CSV field, quoted when it must be. */
static void
append_csv_field (GString    *csv,
                  const char *value,
                  gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ",\"\n") != NULL)
    {
      g_string_append_c (csv, '"');
      for (const char *c = value; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *c);
        }
      g_string_append_c (csv, '"');
    }
  else
    g_string_append (csv, value);

  g_string_append (csv, last ? "\r\n" : ",");
}

/* LinkedIn's Connections.csv for @contacts, as LinkedIn writes it (a notice, a blank line,
 * the header, a row per connection; an email for those who share it). */
static char *
write_linkedin_csv (GPtrArray *contacts)
{
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                         "Aug", "Sep", "Oct", "Nov", "Dec" };
  GString *csv = g_string_new ("\xEF\xBB\xBF" "Notes:\r\n"
                               "\"When exporting your connection data, you may notice that "
                               "some of the email addresses are missing.\"\r\n\r\n"
                               "First Name,Last Name,URL,Email Address,Company,Position,"
                               "Connected On\r\n");

  for (guint i = 0; i < contacts->len; i++)
    {
      LiensContact *contact = g_ptr_array_index (contacts, i);
      g_auto(GStrv) emails = liens_contact_dup_values (contact, LIENS_DETAIL_KIND_EMAIL);
      g_autofree char *slug = g_str_to_ascii (liens_contact_get_display_name (contact), "C");
      g_autofree char *lower = NULL;
      g_autofree char *url = NULL;
      g_autofree char *date = g_strdup_printf ("%02u %s %u", 1 + i % 28, months[i % 12],
                                               2010 + i % 16);

      g_strdelimit (slug, " '", '-');
      lower = g_ascii_strdown (slug, -1);
      url = g_strdup_printf ("https://www.linkedin.com/in/%s-%u", lower, i);
      append_csv_field (csv, liens_contact_get_given_name (contact), FALSE);
      append_csv_field (csv, liens_contact_get_family_name (contact), FALSE);
      append_csv_field (csv, url, FALSE);
      append_csv_field (csv, i % 3 == 0 && emails != NULL ? emails[0] : NULL, FALSE);
      append_csv_field (csv, liens_contact_get_organisation (contact), FALSE);
      append_csv_field (csv, liens_contact_get_role (contact), FALSE);
      append_csv_field (csv, date, TRUE);
    }

  return g_string_free (csv, FALSE);
}

/* The whole import as the app does it: the file read, parsed, planned with the proposed
 * choices, applied in one transaction. Returns the milliseconds it took. */
static double
import_file (const char *database,
             const char *file,
             const char *network_name,
             guint      *n_new)
{
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(LiensImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  LiensImportFormat format = LIENS_IMPORT_FORMAT_UNKNOWN;
  gsize length = 0;
  guint n_skipped = 0;
  gint64 t0, t1, t2, t3;

  store = liens_store_new (database, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  g_file_get_contents (file, &data, &length, &error);
  g_assert_no_error (error);
  contacts = liens_import_parse_contacts (data, length, &format, &n_skipped, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  plan = liens_store_plan_import (store, contacts, NULL, &error);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  liens_store_apply_import (store, plan, network_name, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  *n_new = liens_import_plan_get_n_new (plan);
  t3 = g_get_monotonic_time ();

  /* Not timed: the WAL copied into the file, as the app's worker does after the import. */
  g_clear_object (&store);
  printf ("# read and parse %.0f ms, plan %.0f ms, apply %.0f ms; then checkpoint %.0f ms\n",
          (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0,
          (g_get_monotonic_time () - t3) / 1000.0);

  return (t3 - t0) / 1000.0;
}

/* Imports @file into copies of the 100k database and of an empty one. */
static void
bench_import (Bench      *bench,
              const char *name,
              const char *file,
              const char *network_name)
{
  const char *sources[] = { bench->database, bench->empty };
  const char *suffixes[] = { "100k", "empty" };

  for (guint k = 0; k < G_N_ELEMENTS (sources); k++)
    {
      g_autofree char *copy = g_build_filename (bench->dir, "import.db", NULL);
      g_autofree char *figure = g_strdup_printf ("%s_into_%s", name, suffixes[k]);
      GArray *times = new_times ();
      guint n_new = 0;

      for (guint r = 0; r < N_IMPORT_RUNS; r++)
        {
          double ms;

          copy_file (sources[k], copy);
          ms = import_file (copy, file, network_name, &n_new);
          g_array_append_val (times, ms);
          remove_database_files (copy);
        }

      report (figure, times);
      figure = (g_free (figure), g_strdup_printf ("%s_into_%s_n_new", name, suffixes[k]));
      report_value (figure, n_new);
    }
}

/* 10,000 vCards and a 30,000-row Connections.csv, of people other than the database's
 * (another seed), imported into the 100k database and into an empty one; then every
 * contact of the 100k database exported as vCard 4.0. */
static void
bench_import_export (Bench      *bench,
                     LiensStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *others_path = g_build_filename (bench->dir, "others.db", NULL);
  g_autofree char *vcards_path = g_build_filename (bench->dir, "contacts.vcf", NULL);
  g_autofree char *csv_path = g_build_filename (bench->dir, "Connections.csv", NULL);
  g_autofree char *export_path = g_build_filename (bench->dir, "export.vcf", NULL);
  GArray *times = new_times ();

  /* The files, not timed. */
  generate_database (N_LINKEDIN_ROWS, 0, 0, 2, day, others_path);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LiensStore) others = liens_store_new (others_path, &error);
    g_autoptr(GPtrArray) contacts = NULL;
    g_autofree char *vcards = NULL;
    g_autofree char *csv = NULL;

    g_assert_no_error (error);
    contacts = load_all_contacts (others, N_LINKEDIN_ROWS);
    g_assert_cmpuint (contacts->len, ==, N_LINKEDIN_ROWS);
    vcards = liens_vcard_write ((LiensContact * const *) contacts->pdata, N_VCARDS,
                                LIENS_VCARD_VERSION_3_0);
    write_file (vcards_path, vcards);
    csv = write_linkedin_csv (contacts);
    write_file (csv_path, csv);
  }
  remove_database_files (others_path);

  if (wanted (bench, "import_vcards_"))
    bench_import (bench, "import_vcards_10k", vcards_path, NULL);
  if (wanted (bench, "import_linkedin_"))
    bench_import (bench, "import_linkedin_30k", csv_path, LIENS_LINKEDIN_MET_HOW);

  /* Every contact loaded and written as vCard 4.0, as "liens --export-vcard" does. */
  for (guint r = 0; r < N_IMPORT_RUNS && wanted (bench, "export_"); r++)
    {
      g_autoptr(GPtrArray) contacts = NULL;
      g_autofree char *text = NULL;
      gint64 t0 = g_get_monotonic_time ();

      contacts = load_all_contacts (store, G_MAXUINT);
      text = liens_vcard_write ((LiensContact * const *) contacts->pdata, contacts->len,
                                LIENS_VCARD_VERSION_4_0);
      write_file (export_path, text);
      add_time (times, t0);
      if (r == 0)
        report_value ("export_all_contacts_n", contacts->len);
    }
  if (times->len > 0)
    report ("export_all_contacts", times);
  else
    g_array_unref (times);

  /* The same with liens_store_load_all_contacts(): four queries in all. */
  times = new_times ();
  for (guint r = 0; r < N_IMPORT_RUNS && wanted (bench, "export_"); r++)
    {
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gint64 t0 = g_get_monotonic_time ();

      contacts = liens_store_load_all_contacts (store, &error);
      g_assert_no_error (error);
      text = liens_vcard_write ((LiensContact * const *) contacts->pdata, contacts->len,
                                LIENS_VCARD_VERSION_4_0);
      write_file (export_path, text);
      add_time (times, t0);
      if (r == 0)
        report_value ("export_all_contacts_bulk_n", contacts->len);
    }
  if (times->len > 0)
    report ("export_all_contacts_bulk", times);
  else
    g_array_unref (times);
  g_unlink (export_path);
  g_unlink (vcards_path);
  g_unlink (csv_path);
}

/* Start-up, in other processes */

typedef struct
{
  double wall_ms;   /* from spawning to the line, as the user waits */
  double main_ms;   /* from main() to the frame, as the process sees it */
  double rss_mb;
} Start;

static Start
spawn_first_frame (const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  Start start = { 0, };
  const char *rss;
  gint64 t0;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "LIENS_BENCHMARK_FIRST_FRAME", "1", TRUE);
  /* A figure, not a test: a warning of the theme must not stop it. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  t0 = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error)) != NULL &&
         !g_str_has_prefix (line, "first_frame ms="))
    g_clear_pointer (&line, g_free);
  /* The time to the frame, as the user waits for it; not to the process' exit. */
  start.wall_ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_no_error (error);
  if (line == NULL)
    g_error ("%s printed no first frame", argv[0]);

  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);

  start.main_ms = g_ascii_strtod (line + strlen ("first_frame ms="), NULL);
  rss = strstr (line, "rss_kb=");
  if (rss != NULL)
    start.rss_mb = g_ascii_strtod (rss + strlen ("rss_kb="), NULL) / 1024.0;

  return start;
}

static void
bench_start (Bench *bench)
{
  const char *liens = g_getenv ("LIENS_BINARY");
  const char *bare = g_getenv ("LIENS_BARE_WINDOW");
  const char *app_full[] = { liens, "--database", bench->database, NULL };
  const char *app_empty[] = { liens, "--database", bench->empty, NULL };
  const char *bare_window[] = { bare, NULL };
  const char * const *argvs[] = { app_full, app_empty, bare_window };
  const char * const names[] = { "100k", "empty", "bare" };
  GArray *main_ms[3];
  GArray *wall_ms[3];
  GArray *rss[3];
  double medians_main[3];
  double medians_wall[3];
  double medians_rss[3];

  g_assert_nonnull (liens);
  g_assert_nonnull (bare);

  /* Once each to warm the page cache: the figures are of a warm start. */
  for (guint k = 0; k < 3; k++)
    spawn_first_frame (argvs[k]);

  for (guint k = 0; k < 3; k++)
    {
      main_ms[k] = new_times ();
      wall_ms[k] = new_times ();
      rss[k] = new_times ();
    }

  /* Interleaved, so that a busy moment of the machine falls on all three alike. */
  for (guint r = 0; r < N_START_RUNS; r++)
    for (guint k = 0; k < 3; k++)
      {
        Start start = spawn_first_frame (argvs[k]);

        g_array_append_val (main_ms[k], start.main_ms);
        g_array_append_val (wall_ms[k], start.wall_ms);
        g_array_append_val (rss[k], start.rss_mb);
      }

  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *first_frame = g_strdup_printf ("start_first_frame_%s", names[k]);
      g_autofree char *process = g_strdup_printf ("start_process_%s", names[k]);
      g_autofree char *memory = g_strdup_printf ("start_rss_%s", names[k]);

      medians_main[k] = median (main_ms[k]);
      medians_wall[k] = median (wall_ms[k]);
      medians_rss[k] = median (rss[k]);
      report (first_frame, main_ms[k]);
      report (process, wall_ms[k]);
      report_unit (memory, rss[k], "mb");
    }

  report_value ("start_ratio_100k_to_empty", medians_main[0] / medians_main[1]);
  report_value ("start_ratio_100k_to_bare", medians_main[0] / medians_main[2]);
  report_value ("start_process_ratio_100k_to_empty", medians_wall[0] / medians_wall[1]);
  report_value ("start_process_ratio_100k_to_bare", medians_wall[0] / medians_wall[2]);
  report_value ("start_rss_100k_minus_bare_mb", medians_rss[0] - medians_rss[2]);
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { NULL, };
  LiensStore *store;

  gtk_init ();
  adw_init ();
  liens_ui_ensure_resources ();

  bench.n_contacts = env_uint ("LIENS_BENCH_CONTACTS", 100000);
  bench.n_encounters = env_uint ("LIENS_BENCH_ENCOUNTERS", 1000000);
  bench.n_events = env_uint ("LIENS_BENCH_EVENTS", 10000);
  bench.only = g_getenv ("LIENS_BENCH_ONLY");

  prepare_database (&bench);
  printf ("# %u contacts, %u encounters, %u events; %u runs, percentiles by nearest rank\n",
          bench.n_contacts, bench.n_encounters, bench.n_events, N_RUNS);

  if (wanted (&bench, "open"))
    bench_open (&bench);

  store = open_store (&bench);
  if (wanted (&bench, "contact_list"))
    bench_contact_list (&bench, store);
  if (wanted (&bench, "search"))
    bench_search (&bench, store);
  if (wanted (&bench, "contact_card"))
    bench_card (&bench, store);
  if (wanted (&bench, "timeline"))
    bench_timeline (&bench, store);
  if (wanted (&bench, "import_") || wanted (&bench, "export_"))
    bench_import_export (&bench, store);
  g_object_unref (store);

  /* After the writes above: the app opens the file as a user's would be. */
  if (wanted (&bench, "start"))
    bench_start (&bench);

  if (wanted (&bench, "log_encounter"))
    {
      store = open_store (&bench);
      bench_log_encounter (&bench, store);
      g_object_unref (store);
    }

  remove_database_files (bench.database);
  remove_database_files (bench.empty);
  g_rmdir (bench.dir);
  g_free (bench.database);
  g_free (bench.empty);
  g_free (bench.dir);

  return 0;
}
