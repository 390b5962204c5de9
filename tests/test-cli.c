/* test-cli.c: the headless commands of the real liens binary, run as a script would, without
 * a display: --import, --export-vcard, --export-ics, --backup, their messages and exit status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "liens-icalendar.h"
#include "liens-store.h"
#include "liens-test-utils.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

typedef struct
{
  int   status;    /* the exit status */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = liens_test_make_temp_dir ();
  fixture->db_path = g_build_filename (fixture->dir, "liens.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

/* Runs `liens --database @db_path @args…` with no display at all, in @language ("en" or
 * "fr"), and waits for it. */
static void
run_liens_in (Run                *run,
              const char         *language,
              const char         *db_path,
              const char * const *args)
{
  const char *binary = g_getenv ("LIENS_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  int wait_status = 0;

  g_assert_nonnull (binary);

  /* Headless for real: with GDK_BACKEND=x11 and no display, GTK starting would fail. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  if (g_str_equal (language, "fr"))
    {
      env = g_environ_setenv (env, "LANGUAGE", "fr", TRUE);
      env = g_environ_setenv (env, "LC_ALL", "fr_FR.UTF-8", TRUE);
    }
  else
    {
      env = g_environ_setenv (env, "LANGUAGE", "", TRUE);
      env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
    }

  g_ptr_array_add (argv, (char *) binary);
  if (db_path != NULL)
    {
      g_ptr_array_add (argv, (char *) "--database");
      g_ptr_array_add (argv, (char *) db_path);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  /* Not killed: a critical made fatal by G_DEBUG, or a crash, is a failure of its own. */
  if (!WIFEXITED (wait_status))
    g_error ("liens was killed by a signal; stderr:\n%s", run->err);
  run->status = WEXITSTATUS (wait_status);
}

static void
run_liens (Run                *run,
           const char         *db_path,
           const char * const *args)
{
  run_liens_in (run, "en", db_path, args);
}

static void
assert_success (Run        *run,
                const char *summary)
{
  g_autofree char *line = g_strconcat (summary, "\n", NULL);

  if (run->status != 0)
    g_error ("liens failed with %d: %s", run->status, run->err);
  g_assert_cmpstr (run->out, ==, line);
  g_assert_cmpstr (run->err, ==, "");
}

static void
assert_failure (Run        *run,
                int         status,
                const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  /* One line, that says what failed. */
  g_assert_true (g_str_has_prefix (run->err, "liens"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (strstr (run->err, fragment) == NULL)
    g_error ("“%s” is not in the error: %s", fragment, run->err);
}

static LiensStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LiensStore *store = liens_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

static gsize
count_contacts (const char *path)
{
  g_autoptr(LiensStore) store = open_store (path);
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GError) error = NULL;
  gsize n = liens_store_count_contacts (store, query, &error);

  g_assert_no_error (error);
  return n;
}

/* The database file and its write-ahead log, as bytes. */
static char *
read_database (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *main_bytes = NULL;
  g_autofree char *wal_bytes = NULL;
  g_autofree char *main_sum = NULL;
  g_autofree char *wal_sum = NULL;
  g_autoptr(GError) error = NULL;
  gsize main_len = 0;
  gsize wal_len = 0;

  g_file_get_contents (path, &main_bytes, &main_len, &error);
  g_assert_no_error (error);
  if (g_file_test (wal_path, G_FILE_TEST_EXISTS))
    {
      g_file_get_contents (wal_path, &wal_bytes, &wal_len, &error);
      g_assert_no_error (error);
      wal_sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) wal_bytes, wal_len);
    }

  /* Compared as text: the bytes hold NULs. */
  main_sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) main_bytes, main_len);

  return g_strdup_printf ("%s/%s", main_sum, wal_sum != NULL ? wal_sum : "no wal");
}

/* Whether the French catalogue of the build translates @msgid yet (the strings of this
 * feature reach po/fr.po when the branch is integrated). */
static gboolean
french_has (const char *msgid)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  const char *localedir = g_getenv ("LIENS_LOCALEDIR");
  gboolean translated;

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_MESSAGES, "fr_FR.UTF-8");
  translated = g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, msgid), msgid) != 0;

  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, saved);

  return translated;
}

/* Tests */

static const struct
{
  const char *name;
  guint       n_contacts;
  guint       n_events;
} samples[] = {
  { "google.vcf", 2, 0 },
  { "apple.vcf", 1, 0 },
  { "outlook.vcf", 1, 0 },
  { "linkedin-connections.csv", 4, 0 },
  { "events.ics", 0, 2 },
};

static void
test_import_samples (Fixture       *fixture,
                     gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *file = sample_path (samples[i].name);
      g_autofree char *db_path = g_strdup_printf ("%s/%u.db", fixture->dir, i);
      g_autofree char *summary = NULL;
      const char *args[] = { "--import", file, NULL };
      g_autoptr(LiensStore) store = NULL;
      g_autoptr(GListModel) events = NULL;
      g_auto(Run) run = { 0 };

      run_liens (&run, db_path, args);

      if (samples[i].n_events > 0)
        summary = g_strdup_printf ("Imported %u events from “%s” as considered: %u new, 0 skipped.",
                                   samples[i].n_events, file, samples[i].n_events);
      else
        summary = g_strdup_printf ("Imported %u %s from “%s”: %u new, 0 merged, 0 skipped.",
                                   samples[i].n_contacts,
                                   samples[i].n_contacts == 1 ? "contact" : "contacts",
                                   file, samples[i].n_contacts);
      assert_success (&run, summary);

      g_assert_cmpuint (count_contacts (db_path), ==, samples[i].n_contacts);

      store = open_store (db_path);
      events = liens_store_list_events (store);
      g_assert_cmpuint (g_list_model_get_n_items (events), ==, samples[i].n_events);
      for (guint j = 0; j < samples[i].n_events; j++)
        {
          g_autoptr(LiensEvent) event = g_list_model_get_item (events, j);

          g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_CONSIDERING);
        }
    }
}

static void
test_import_linkedin_network (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *file = sample_path ("linkedin-connections.csv");
  const char *args[] = { "--import", file, NULL };
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GListModel) networks = NULL;
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(LiensNetwork) network = NULL;
  g_auto(Run) run = { 0 };

  run_liens (&run, fixture->db_path, args);
  g_assert_cmpint (run.status, ==, 0);

  store = open_store (fixture->db_path);
  networks = liens_store_list_networks (store);
  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, 1);
  network = g_list_model_get_item (networks, 0);
  g_assert_cmpstr (liens_network_get_name (network), ==, "LinkedIn");

  contacts = liens_store_list_contacts (store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      g_assert_true (liens_contact_has_network (contact, liens_network_get_id (network)));
    }
}

static void
test_import_again (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *vcard = sample_path ("google.vcf");
  g_autofree char *calendar = sample_path ("events.ics");
  g_autofree char *merged = NULL;
  g_autofree char *skipped = NULL;
  const char *import_vcard[] = { "--import", vcard, NULL };
  const char *import_calendar[] = { "--import", calendar, NULL };
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GListModel) events = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) run = { 0 };

      run_liens (&run, fixture->db_path, import_vcard);
      g_assert_cmpint (run.status, ==, 0);
      run_clear (&run);
      run_liens (&run, fixture->db_path, import_calendar);
      g_assert_cmpint (run.status, ==, 0);

      /* The second time, the same people are merged and the same events skipped. */
      if (i == 1)
        {
          run_clear (&run);
          run_liens (&run, fixture->db_path, import_vcard);
          merged = g_strdup_printf ("Imported 2 contacts from “%s”: 0 new, 2 merged, 0 skipped.",
                                    vcard);
          assert_success (&run, merged);
          run_clear (&run);
          run_liens (&run, fixture->db_path, import_calendar);
          skipped = g_strdup_printf ("Imported 2 events from “%s” as considered: 0 new, 2 skipped.",
                                     calendar);
          assert_success (&run, skipped);
        }
    }

  g_assert_cmpuint (count_contacts (fixture->db_path), ==, 2);
  store = open_store (fixture->db_path);
  events = liens_store_list_events (store);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
}

static void
assert_same_contacts (const char *path_a,
                      const char *path_b)
{
  g_autoptr(LiensStore) a = open_store (path_a);
  g_autoptr(LiensStore) b = open_store (path_b);
  g_autoptr(GListModel) list_a = liens_store_list_contacts (a);
  g_autoptr(GListModel) list_b = liens_store_list_contacts (b);

  g_assert_cmpuint (g_list_model_get_n_items (list_a), ==, g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr(LiensContact) x = g_list_model_get_item (list_a, i);
      g_autoptr(LiensContact) y = g_list_model_get_item (list_b, i);
      GPtrArray *dx = liens_contact_get_details (x);
      GPtrArray *dy = liens_contact_get_details (y);

      g_assert_cmpstr (liens_contact_get_display_name (x), ==, liens_contact_get_display_name (y));
      g_assert_cmpstr (liens_contact_get_organisation (x), ==, liens_contact_get_organisation (y));
      g_assert_cmpstr (liens_contact_get_role (x), ==, liens_contact_get_role (y));
      g_assert_cmpstr (liens_contact_get_notes (x), ==, liens_contact_get_notes (y));
      g_assert_cmpstr (liens_contact_get_birthday (x), ==, liens_contact_get_birthday (y));
      g_assert_true (g_strv_equal (liens_contact_get_tags (x), liens_contact_get_tags (y)));
      g_assert_cmpuint (dx->len, ==, dy->len);
      for (guint j = 0; j < dx->len; j++)
        {
          const LiensContactDetail *p = g_ptr_array_index (dx, j);
          const LiensContactDetail *q = g_ptr_array_index (dy, j);

          g_assert_cmpint (p->kind, ==, q->kind);
          g_assert_cmpstr (p->value, ==, q->value);
        }
    }
}

static void
test_export_vcard_round_trip (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char * const names[] = { "google.vcf", "apple.vcf", "outlook.vcf",
                                        "linkedin-connections.csv" };
  g_autofree char *exported = g_build_filename (fixture->dir, "exported.vcf", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "again.vcf", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.vcf", NULL);
  g_autofree char *other_db = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  const char *export_args[] = { "--export-vcard", exported, NULL };
  const char *import_args[] = { "--import", exported, NULL };
  const char *again_args[] = { "--export-vcard", again, NULL };
  const char *old_args[] = { "--export-vcard", old, "--vcard-version", "3.0", NULL };
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(LiensContact) archived = liens_contact_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = sample_path (names[i]);
      const char *args[] = { "--import", file, NULL };

      run_clear (&run);
      run_liens (&run, fixture->db_path, args);
      g_assert_cmpint (run.status, ==, 0);
    }

  /* An archived contact is exported too. */
  store = open_store (fixture->db_path);
  liens_contact_set_given_name (archived, "Ariane");
  liens_contact_set_family_name (archived, "Delorme");
  liens_contact_set_archived (archived, TRUE);
  liens_store_save_contact (store, archived, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  run_clear (&run);
  run_liens (&run, fixture->db_path, export_args);
  summary = g_strdup_printf ("Exported 9 contacts to “%s”.", exported);
  assert_success (&run, summary);

  g_file_get_contents (exported, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_nonnull (strstr (text, "Delorme"));

  /* Into an empty database, and out again: the same contacts, and the same file. */
  run_clear (&run);
  run_liens (&run, other_db, import_args);
  g_clear_pointer (&summary, g_free);
  summary = g_strdup_printf ("Imported 9 contacts from “%s”: 9 new, 0 merged, 0 skipped.",
                             exported);
  assert_success (&run, summary);

  /* The archived contact comes back active. */
  g_assert_cmpuint (count_contacts (other_db), ==, 9);
  store = open_store (other_db);
  {
    g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
    g_autoptr(GListModel) found = NULL;

    liens_contact_query_set_text (query, "Delorme");
    found = liens_store_query_contacts (store, query);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  }
  g_clear_object (&store);

  /* Active on both sides, the two databases hold the same contacts and export the same file. */
  store = open_store (fixture->db_path);
  liens_contact_set_archived (archived, FALSE);
  liens_store_save_contact (store, archived, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  assert_same_contacts (fixture->db_path, other_db);

  run_clear (&run);
  run_liens (&run, fixture->db_path, export_args);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_liens (&run, other_db, again_args);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&text, g_free);
  g_file_get_contents (exported, &text, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (again, &text_again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text_again, ==, text);

  /* vCard 3.0 on request. */
  run_clear (&run);
  run_liens (&run, fixture->db_path, old_args);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&text, g_free);
  g_file_get_contents (old, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:3.0\r\n"));
}

static void
test_export_ics (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "events.ics", NULL);
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  const char *args[] = { "--export-ics", file, NULL };
  g_autoptr(LiensStore) store = open_store (fixture->db_path);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  gsize length = 0;

  /* Two planned events to come, one considered, one past. */
  liens_test_add_sample_events (store, NULL, NULL);
  g_clear_object (&store);

  run_liens (&run, fixture->db_path, args);
  summary = g_strdup_printf ("Exported 2 planned events to “%s”.", file);
  assert_success (&run, summary);

  g_file_get_contents (file, &text, &length, &error);
  g_assert_no_error (error);
  events = liens_icalendar_import (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (events, 0)), ==,
                   "Apéro des entrepreneurs");
  g_assert_cmpstr (liens_event_get_title (g_ptr_array_index (events, 1)), ==,
                   "Petit-déjeuner du Réseau Entreprendre");
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "saved", "copy.db", NULL);
  g_autofree char *summary = NULL;
  const char *args[] = { "--backup", file, NULL };
  g_autoptr(LiensStore) store = open_store (fixture->db_path);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  int version = 0;

  liens_test_add_sample_contacts (store);
  g_clear_object (&store);

  run_liens (&run, fixture->db_path, args);
  summary = g_strdup_printf ("Backed up the database to “%s”.", file);
  assert_success (&run, summary);

  g_assert_true (liens_store_check_backup_file (file, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, LIENS_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (count_contacts (file), ==, count_contacts (fixture->db_path));
  g_assert_cmpuint (count_contacts (file), >, 0);
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const names[] = {
    "empty.vcf", "binary.vcf", "truncated.vcf", "not-a-vcard.vcf", "csv-without-header.csv",
  };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *huge = g_build_filename (fixture->dir, "huge.vcf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *new_db = g_build_filename (fixture->dir, "new.db", NULL);
  g_autoptr(LiensStore) store = open_store (fixture->db_path);
  g_autoptr(GError) error = NULL;
  int fd;

  liens_test_add_sample_contacts (store);
  g_clear_object (&store);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, sample_path (names[i]));

  /* 100 MB, sparse: made in no time, and too large to import. */
  fd = g_open (huge, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);
  g_ptr_array_add (files, g_strdup (huge));

  g_ptr_array_add (files, g_build_filename (fixture->dir, "missing.vcf", NULL));
  g_ptr_array_add (files, sample_path (""));

  before = read_database (fixture->db_path);

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autofree char *named = g_strdup_printf ("liens: “%s” cannot be imported. ", file);
      g_autofree char *after = NULL;
      const char *args[] = { "--import", file, NULL };
      g_auto(Run) run = { 0 };

      run_liens (&run, fixture->db_path, args);
      assert_failure (&run, 1, named);
      g_test_message ("%s", run.err);

      after = read_database (fixture->db_path);
      g_assert_cmpstr (after, ==, before);
    }

  /* Bad input does not even make a new database. */
  {
    const char *args[] = { "--import", g_ptr_array_index (files, 0), NULL };
    g_auto(Run) run = { 0 };

    run_liens (&run, new_db, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (new_db, G_FILE_TEST_EXISTS));
  }
}

static void
test_bad_input_messages (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *reason;
  } cases[] = {
    { "empty.vcf", "The file is empty." },
    { "truncated.vcf", "cut short" },
    { "missing.vcf", "There is no such file." },
    { NULL, "It is a folder, not a file." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = cases[i].name != NULL ? sample_path (cases[i].name) : sample_path ("");
      const char *args[] = { "--import", file, NULL };
      g_auto(Run) run = { 0 };

      run_liens (&run, fixture->db_path, args);
      assert_failure (&run, 1, cases[i].reason);
    }
}

static void
test_french (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *empty = sample_path ("empty.vcf");
  g_autofree char *vcard = sample_path ("google.vcf");
  const char *bad_args[] = { "--import", empty, NULL };
  const char *args[] = { "--import", vcard, NULL };
  g_auto(Run) run = { 0 };

  run_liens_in (&run, "fr", fixture->db_path, bad_args);
  assert_failure (&run, 1, "Le fichier est vide.");

  run_clear (&run);
  run_liens_in (&run, "fr", fixture->db_path, args);
  g_assert_cmpint (run.status, ==, 0);

  if (!french_has ("liens: “%s” cannot be imported. %s") ||
      !french_has ("Imported %u contact from “%s”: %s, %s, %s."))
    {
      g_test_incomplete ("the command line's strings are not in po/fr.po yet");
      return;
    }

  g_assert_nonnull (strstr (run.out, "importés"));
  run_clear (&run);
  run_liens_in (&run, "fr", fixture->db_path, bad_args);
  assert_failure (&run, 1, "ne peut pas être importé");
}

static void
test_one_command_at_a_time (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *vcard = sample_path ("google.vcf");
  g_autofree char *backup = g_build_filename (fixture->dir, "copy.db", NULL);
  const char *two[] = { "--import", vcard, "--backup", backup, NULL };
  const char *version_alone[] = { "--vcard-version", "3.0", NULL };
  const char *bad_version[] = { "--export-vcard", backup, "--vcard-version", "2.1", NULL };
  g_auto(Run) run = { 0 };

  run_liens (&run, fixture->db_path, two);
  assert_failure (&run, 1, "only one of --import, --export-vcard, --export-ics and --backup");
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  run_clear (&run);
  run_liens (&run, fixture->db_path, version_alone);
  assert_failure (&run, 1, "--vcard-version goes with --export-vcard");

  run_clear (&run);
  run_liens (&run, fixture->db_path, bad_version);
  assert_failure (&run, 1, "--vcard-version must be 3.0 or 4.0");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_unopenable_database (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char bytes[] = "These are my notes, not a database.\n";
  g_autofree char *vcard = sample_path ("google.vcf");
  g_autofree char *out = g_build_filename (fixture->dir, "out.vcf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *named = g_strdup_printf ("the database “%s” cannot be opened. ",
                                            fixture->db_path);
  g_autofree char *missing_named = g_strdup_printf ("the database “%s” does not exist.", missing);
  g_autofree char *after = NULL;
  const char *import_args[] = { "--import", vcard, NULL };
  const char *export_args[] = { "--export-vcard", out, NULL };
  const char *backup_args[] = { "--backup", out, NULL };
  g_autoptr(GError) error = NULL;
  gsize after_len = 0;

  g_file_set_contents (fixture->db_path, bytes, -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      const char * const *args = i == 0 ? import_args : i == 1 ? export_args : backup_args;
      g_auto(Run) run = { 0 };

      run_liens (&run, fixture->db_path, args);
      assert_failure (&run, 2, named);
      g_assert_nonnull (strstr (run.err, "not a Liens database"));
    }

  g_file_get_contents (fixture->db_path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_len, bytes, strlen (bytes));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* An export or a backup never makes an empty database to read from. */
  for (guint i = 1; i < 3; i++)
    {
      const char * const *args = i == 1 ? export_args : backup_args;
      g_auto(Run) run = { 0 };

      run_liens (&run, missing, args);
      assert_failure (&run, 2, missing_named);
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

/* The control of every test above: in the same environment, the window cannot start, so
 * the commands that succeed there never started GTK. */
static void
test_no_display (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *args[] = { NULL };
  g_autofree char *saved = g_strdup (g_getenv ("G_DEBUG"));
  g_auto(Run) run = { 0 };

  /* GTK says so in a warning: not fatal here. */
  g_setenv ("G_DEBUG", "gc-friendly", TRUE);
  run_liens (&run, fixture->db_path, args);
  if (saved != NULL)
    g_setenv ("G_DEBUG", saved, TRUE);
  else
    g_unsetenv ("G_DEBUG");

  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "cannot open display"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/import/samples", test_import_samples);
  ADD ("/cli/import/linkedin-network", test_import_linkedin_network);
  ADD ("/cli/import/again", test_import_again);
  ADD ("/cli/import/bad-input", test_bad_input);
  ADD ("/cli/import/bad-input-messages", test_bad_input_messages);
  ADD ("/cli/export-vcard/round-trip", test_export_vcard_round_trip);
  ADD ("/cli/export-ics", test_export_ics);
  ADD ("/cli/backup", test_backup);
  ADD ("/cli/french", test_french);
  ADD ("/cli/one-command-at-a-time", test_one_command_at_a_time);
  ADD ("/cli/unopenable-database", test_unopenable_database);
  ADD ("/cli/no-display", test_no_display);
#undef ADD

  return g_test_run ();
}
