/* test-import-store.c: importing contacts into the store: duplicates, choices, all or
 * nothing, LinkedIn re-imports, signals and speed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "liens-store.h"
#include "liens-vcard.h"
#include "liens-store-private.h"
#include "liens-test-utils.h"

typedef struct
{
  char       *dir;
  char       *path;
  LiensStore *store;
  GPtrArray  *signals;
} Fixture;

/* Helpers */

typedef struct
{
  GPtrArray *log;
  char      *name;
} Recorder;

static void
recorder_free (gpointer  data,
               GClosure *closure)
{
  Recorder *recorder = data;

  g_free (recorder->name);
  g_free (recorder);
}

static void
id_signal_cb (LiensStore *store,
              gint64      id,
              Recorder   *recorder)
{
  g_ptr_array_add (recorder->log, g_strdup (recorder->name));
}

static void
reset_signal_cb (LiensStore *store,
                 Recorder   *recorder)
{
  g_ptr_array_add (recorder->log, g_strdup (recorder->name));
}

static void
record (Fixture    *f,
        const char *name,
        GCallback   callback)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->log = f->signals;
  recorder->name = g_strdup (name);
  g_signal_connect_data (f->store, name, callback, recorder, recorder_free, 0);
}

/* Every signal the store has, by name, into f->signals. */
static void
record_signals (Fixture *f)
{
  static const char * const entities[] = {
    "contact", "network", "encounter", "introduction", "event", "quiz-result",
  };
  static const char * const changes[] = { "added", "changed", "removed" };

  for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
    for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s", entities[e], changes[c]);

        record (f, name, G_CALLBACK (id_signal_cb));
      }

  record (f, "reset", G_CALLBACK (reset_signal_cb));
}

static char *
signals_to_string (GPtrArray *log)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < log->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (log, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static LiensContact *
contact_new (const char *given_name,
             const char *family_name,
             const char *organisation)
{
  LiensContact *contact = liens_contact_new ();

  liens_contact_set_given_name (contact, given_name);
  liens_contact_set_family_name (contact, family_name);
  liens_contact_set_organisation (contact, organisation);

  return contact;
}

static gint64
save (LiensStore   *store,
      LiensContact *contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  return liens_contact_get_id (contact);
}

static void
add_contact_named (LiensStore *store,
                   const char *given_name)
{
  g_autoptr(LiensContact) contact = contact_new (given_name, NULL, NULL);

  g_assert_cmpint (save (store, contact), >, 0);
}

static LiensContact *
get_contact (LiensStore *store,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contact = liens_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contact);

  return contact;
}

/* Every row of every table, shadow tables of the search indexes and id counters
 * included, as another connection reads the file. */
static char *
dump_all (const char *path)
{
  GString *dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1",
                                              (char *) g_ptr_array_index (tables, t));

      g_string_append_printf (dump, "== %s\n", (char *) g_ptr_array_index (tables, t));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              if (sqlite3_column_type (stmt, i) == SQLITE_BLOB)
                {
                  g_autofree char *hex = NULL;
                  const guchar *blob = sqlite3_column_blob (stmt, i);
                  int n = sqlite3_column_bytes (stmt, i);
                  GString *h = g_string_new (NULL);

                  for (int b = 0; b < n; b++)
                    g_string_append_printf (h, "%02x", blob[b]);
                  hex = g_string_free (h, FALSE);
                  g_string_append (dump, hex);
                }
              else
                {
                  g_string_append (dump, (const char *) sqlite3_column_text (stmt, i) ?: "NULL");
                }
              g_string_append_c (dump, '|');
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}

/* The main file's bytes once everything committed is in it. */
static GBytes *
checkpointed_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static GPtrArray *
contacts_new (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static LiensImportPlan *
plan (Fixture   *f,
      GPtrArray *contacts)
{
  g_autoptr(GError) error = NULL;
  LiensImportPlan *result;

  result = liens_store_plan_import (f->store, contacts, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

static void
apply (Fixture         *f,
       LiensImportPlan *import_plan,
       const char      *network_name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_apply_import (f->store, import_plan, network_name, NULL, NULL,
                                           NULL, &error));
  g_assert_no_error (error);
}

static LiensContact *
linkedin_contact (guint       i,
                  const char *company,
                  const char *position,
                  gboolean    with_email)
{
  g_autofree char *given = g_strdup_printf ("Prénom%u", i);
  g_autofree char *family = g_strdup_printf ("Nom%u", i);
  g_autofree char *url = g_strdup_printf ("https://www.linkedin.com/in/person-%u", i);
  g_autoptr(GDateTime) met_on = g_date_time_new_local (2023, 1 + i % 12, 1 + i % 28, 0, 0, 0);
  LiensContact *contact = contact_new (given, family, company);

  liens_contact_set_role (contact, position);
  liens_contact_set_met_on (contact, met_on);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_LINKEDIN, NULL, url);
  if (with_email)
    {
      g_autofree char *email = g_strdup_printf ("person.%u@example.com", i);

      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, email);
    }

  return contact;
}

/* Fixtures */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = liens_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "liens.db", NULL);
  f->store = liens_store_new (f->path, &error);
  g_assert_no_error (error);
  f->signals = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
  liens_test_remove_temp_dir (f->dir);
  g_clear_pointer (&f->signals, g_ptr_array_unref);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Tests */

static void
test_match_keys (void)
{
  const struct { LiensDetailKind kind; const char *value; const char *key; } cases[] = {
    { LIENS_DETAIL_KIND_EMAIL, " Anne.Martin@Example.ORG ", "email:anne.martin@example.org" },
    { LIENS_DETAIL_KIND_EMAIL, "mailto:anne@example.org", "email:anne@example.org" },
    { LIENS_DETAIL_KIND_EMAIL, "not an address", NULL },
    { LIENS_DETAIL_KIND_PHONE, "06 12 34 56 78", "tel:+33612345678" },
    { LIENS_DETAIL_KIND_PHONE, "06.12.34.56.78", "tel:+33612345678" },
    { LIENS_DETAIL_KIND_PHONE, "+33 6 12-34-56-78", "tel:+33612345678" },
    { LIENS_DETAIL_KIND_PHONE, "+33 (0)6 12 34 56 78", "tel:+33612345678" },
    { LIENS_DETAIL_KIND_PHONE, "0033 6 12 34 56 78", "tel:+33612345678" },
    { LIENS_DETAIL_KIND_PHONE, "+1 (555) 010-2030 ext. 12", "tel:+15550102030" },
    { LIENS_DETAIL_KIND_PHONE, "112", NULL },
    { LIENS_DETAIL_KIND_LINKEDIN, "https://www.linkedin.com/in/Anne-Martin/?trk=x",
      "linkedin:in/anne-martin" },
    { LIENS_DETAIL_KIND_LINKEDIN, "http://fr.linkedin.com/in/anne-martin",
      "linkedin:in/anne-martin" },
    { LIENS_DETAIL_KIND_LINKEDIN, "linkedin.com/in/anne-martin/", "linkedin:in/anne-martin" },
    { LIENS_DETAIL_KIND_LINKEDIN, "anne-martin", "linkedin:in/anne-martin" },
    { LIENS_DETAIL_KIND_WEBSITE, "https://example.org", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LiensStore) store = NULL;
      g_autoptr(LiensContact) stored = liens_contact_new ();
      g_autoptr(LiensContact) candidate = liens_contact_new ();
      g_autoptr(LiensContact) found = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = liens_test_make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "liens.db", NULL);
      LiensDuplicateReason reason;

      store = liens_store_new (path, &error);
      g_assert_no_error (error);

      /* Each form is found from the first of its group, as stored. */
      liens_contact_set_given_name (stored, "Anne");
      liens_contact_add_detail (stored, cases[i].kind, NULL, cases[i].value);
      save (store, stored);
      if (cases[i].key != NULL)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM contact_detail "
                                                  "WHERE match_key = '%s'", cases[i].key);

          g_assert_cmpint (liens_test_query_int (path, sql), ==, 1);
        }
      else
        {
          g_assert_cmpint (liens_test_query_int (path, "SELECT count(*) FROM contact_detail "
                                            "WHERE match_key IS NULL"), ==, 1);
        }

      liens_contact_add_detail (candidate, cases[i].kind, NULL, cases[i].value);
      found = liens_store_find_duplicate (store, candidate, &reason, &error);
      g_assert_no_error (error);
      g_assert_true ((found != NULL) == (cases[i].key != NULL));

      g_clear_object (&store);
      liens_test_remove_temp_dir (dir);
    }
}

static void
test_find_duplicates (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LiensContact) by_uid = contact_new ("Ulysse", "Uid", NULL);
  g_autoptr(LiensContact) by_email = contact_new ("Eve", "Mail", NULL);
  g_autoptr(LiensContact) by_phone = contact_new ("Paul", "Phone", NULL);
  g_autoptr(LiensContact) by_linkedin = contact_new ("Lina", "Link", NULL);
  g_autoptr(LiensContact) by_name = contact_new ("Émilie", "Durand", "Réseau Entreprendre");
  g_autoptr(LiensContact) archived = contact_new ("Archie", "Ved", NULL);
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  const struct { LiensImportStatus status; LiensDuplicateReason reason; gint64 id;
                 LiensImportChoice choice; } *e, expected[] = {
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_UID, 0, LIENS_IMPORT_CHOICE_MERGE },
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_EMAIL, 0, LIENS_IMPORT_CHOICE_MERGE },
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_PHONE, 0, LIENS_IMPORT_CHOICE_MERGE },
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_LINKEDIN, 0,
      LIENS_IMPORT_CHOICE_MERGE },
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_NAME_AND_ORGANISATION, 0,
      LIENS_IMPORT_CHOICE_SKIP },
    { LIENS_IMPORT_STATUS_DUPLICATE, LIENS_DUPLICATE_REASON_EMAIL, 0, LIENS_IMPORT_CHOICE_MERGE },
    { LIENS_IMPORT_STATUS_NEW, LIENS_DUPLICATE_REASON_NONE, 0, LIENS_IMPORT_CHOICE_KEEP_BOTH },
    { LIENS_IMPORT_STATUS_NEW, LIENS_DUPLICATE_REASON_NONE, 0, LIENS_IMPORT_CHOICE_KEEP_BOTH },
    { LIENS_IMPORT_STATUS_NEW, LIENS_DUPLICATE_REASON_NONE, 0, LIENS_IMPORT_CHOICE_KEEP_BOTH },
  };
  gint64 ids[6];
  LiensContact *candidate;

  /* Stored contacts, each with what identifies them. */
  liens_contact_set_uid (by_uid, "urn:uuid:7d4f2a6c-1111-4222-8333-444455556666");
  liens_contact_add_detail (by_email, LIENS_DETAIL_KIND_EMAIL, "work", "Eve.Mail@Example.org");
  liens_contact_add_detail (by_phone, LIENS_DETAIL_KIND_PHONE, NULL, "06 12 34 56 78");
  liens_contact_add_detail (by_linkedin, LIENS_DETAIL_KIND_LINKEDIN, NULL,
                            "https://www.linkedin.com/in/lina-link/");
  liens_contact_add_detail (archived, LIENS_DETAIL_KIND_EMAIL, NULL, "archie@example.org");
  liens_contact_set_archived (archived, TRUE);
  ids[0] = save (f->store, by_uid);
  ids[1] = save (f->store, by_email);
  ids[2] = save (f->store, by_phone);
  ids[3] = save (f->store, by_linkedin);
  ids[4] = save (f->store, by_name);
  ids[5] = save (f->store, archived);

  /* Every new contact gets a UID of its own. */
  g_assert_cmpstr (liens_contact_get_uid (by_uid), ==,
                   "urn:uuid:7d4f2a6c-1111-4222-8333-444455556666");
  g_assert_true (g_str_has_prefix (liens_contact_get_uid (by_email), "urn:uuid:"));
  g_assert_cmpuint (strlen (liens_contact_get_uid (by_email)), ==, strlen ("urn:uuid:") + 36);
  g_assert_cmpstr (liens_contact_get_uid (by_email), !=, liens_contact_get_uid (by_phone));

  /* The same people, written otherwise. */
  candidate = contact_new ("U.", NULL, NULL);
  liens_contact_set_uid (candidate, "urn:uuid:7d4f2a6c-1111-4222-8333-444455556666");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Eve", NULL, NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "EVE.MAIL@example.ORG");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Paul", NULL, NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "+33 6.12.34.56.78");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Lina", NULL, NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_LINKEDIN, NULL,
                            "http://fr.linkedin.com/in/Lina-Link?trk=profile");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("EMILIE", "durand", "reseau entreprendre");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Archie", NULL, NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "Archie@example.org");
  g_ptr_array_add (candidates, candidate);

  /* Not the same: a namesake elsewhere, another address, someone new. */
  g_ptr_array_add (candidates, contact_new ("Émilie", "Durand", "Atelier Bois"));
  candidate = contact_new ("Eve", "Mail", NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "eve@example.net");
  g_ptr_array_add (candidates, candidate);
  g_ptr_array_add (candidates, contact_new ("Nadia", "Nouvelle", "Ailleurs"));

  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_candidates (import_plan), ==, 9);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 6);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      e = &expected[i];
      g_test_message ("candidate %u", i);
      g_assert_true (liens_import_plan_get_candidate (import_plan, i) ==
                     g_ptr_array_index (candidates, i));
      g_assert_cmpint (liens_import_plan_get_status (import_plan, i), ==, e->status);
      g_assert_cmpint (liens_import_plan_get_reason (import_plan, i), ==, e->reason);
      g_assert_cmpint (liens_import_plan_get_choice (import_plan, i), ==, e->choice);
      g_assert_cmpint (liens_import_plan_get_existing_id (import_plan, i), ==,
                       e->status == LIENS_IMPORT_STATUS_NEW ? 0 : ids[MIN (i, 5)]);
    }

  /* Planning writes nothing. */
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 6);

  /* Cancelled, it gives no plan, and leaves the store as usable as before. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(LiensImportPlan) cancelled = NULL;
    g_autoptr(GError) error = NULL;

    g_cancellable_cancel (cancellable);
    cancelled = liens_store_plan_import (f->store, candidates, cancellable, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (cancelled);
    add_contact_named (f->store, "Après l'annulation");
  }

  /* One lookup also answers alone, with the stored contact. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LiensContact) found = NULL;
    LiensDuplicateReason reason = LIENS_DUPLICATE_REASON_NONE;

    found = liens_store_find_duplicate (f->store, g_ptr_array_index (candidates, 2), &reason,
                                        &error);
    g_assert_no_error (error);
    g_assert_cmpint (liens_contact_get_id (found), ==, ids[2]);
    g_assert_cmpstr (liens_contact_get_family_name (found), ==, "Phone");
    g_assert_cmpint (reason, ==, LIENS_DUPLICATE_REASON_PHONE);

    g_clear_object (&found);
    found = liens_store_find_duplicate (f->store, g_ptr_array_index (candidates, 8), &reason,
                                        &error);
    g_assert_no_error (error);
    g_assert_null (found);
    g_assert_cmpint (reason, ==, LIENS_DUPLICATE_REASON_NONE);
  }
}

static void
test_choices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LiensContact) anne = contact_new ("Anne", "Martin", NULL);
  g_autoptr(LiensContact) bruno = contact_new ("Bruno", "Petit", "Ma boîte");
  g_autoptr(LiensContact) chloe = contact_new ("Chloé", "Roux", "Studio");
  g_autoptr(LiensContact) merged = NULL;
  g_autoptr(LiensContact) skipped = NULL;
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *signals = NULL;
  GPtrArray *details;
  LiensContact *candidate;
  gint64 anne_id, bruno_id, chloe_id;
  gint64 network_id;

  liens_contact_set_role (anne, "Architecte");
  liens_contact_set_notes (anne, "Ce que j'ai écrit");
  liens_contact_add_detail (anne, LIENS_DETAIL_KIND_EMAIL, "travail", "anne@example.org");
  liens_contact_set_tags (anne, (const char * const []) { "Voile", NULL });
  liens_contact_add_detail (bruno, LIENS_DETAIL_KIND_EMAIL, NULL, "bruno@example.org");
  liens_contact_add_detail (chloe, LIENS_DETAIL_KIND_EMAIL, NULL, "chloe@example.org");
  anne_id = save (f->store, anne);
  bruno_id = save (f->store, bruno);
  chloe_id = save (f->store, chloe);

  list = liens_store_list_contacts (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  record_signals (f);

  /* Anne, merged: what she lacks is filled, what the user wrote stays. */
  candidate = contact_new ("Anne-Imported", "Martin", "Cabinet Martin");
  liens_contact_set_role (candidate, "Directrice");
  liens_contact_set_notes (candidate, "Note importée");
  liens_contact_set_birthday (candidate, "1980-05-17");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, "maison", "ANNE@example.org");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, "mobile", "06 00 00 00 01");
  liens_contact_set_tags (candidate, (const char * const []) { "voile", "Club", NULL });
  g_ptr_array_add (candidates, candidate);

  /* Bruno, kept both. */
  candidate = contact_new ("Bruno", "Petit", "Autre boîte");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "bruno@example.org");
  g_ptr_array_add (candidates, candidate);

  /* Chloé, skipped. */
  candidate = contact_new ("Chloé", "Roux", "Changé");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "chloe@example.org");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "07 00 00 00 02");
  g_ptr_array_add (candidates, candidate);

  /* And someone new. */
  g_ptr_array_add (candidates, contact_new ("Denis", "Neuf", "Neuf & Cie"));

  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 3);
  g_assert_cmpint (liens_import_plan_get_choice (import_plan, 0), ==, LIENS_IMPORT_CHOICE_MERGE);
  liens_import_plan_set_choice (import_plan, 1, LIENS_IMPORT_CHOICE_KEEP_BOTH);
  liens_import_plan_set_choice (import_plan, 2, LIENS_IMPORT_CHOICE_SKIP);
  /* A new contact has nothing to choose. */
  liens_import_plan_set_choice (import_plan, 3, LIENS_IMPORT_CHOICE_SKIP);
  g_assert_cmpint (liens_import_plan_get_choice (import_plan, 3), ==,
                   LIENS_IMPORT_CHOICE_KEEP_BOTH);

  apply (f, import_plan, "Carnet du téléphone");

  /* One signal for the lot, and the live list follows it. */
  signals = signals_to_string (f->signals);
  g_assert_cmpstr (signals, ==, "reset");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);

  merged = get_contact (f->store, anne_id);
  g_assert_cmpstr (liens_contact_get_given_name (merged), ==, "Anne");
  g_assert_cmpstr (liens_contact_get_role (merged), ==, "Architecte");
  g_assert_cmpstr (liens_contact_get_organisation (merged), ==, "Cabinet Martin");
  g_assert_cmpstr (liens_contact_get_birthday (merged), ==, "1980-05-17");
  g_assert_cmpstr (liens_contact_get_notes (merged), ==, "Ce que j'ai écrit\n\nNote importée");
  details = liens_contact_get_details (merged);
  g_assert_cmpuint (details->len, ==, 2);
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->value, ==,
                   "anne@example.org");
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->label, ==,
                   "travail");
  g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 1))->value, ==,
                   "06 00 00 00 01");
  g_assert_cmpuint (g_strv_length ((char **) liens_contact_get_tags (merged)), ==, 2);
  g_assert_cmpstr (liens_contact_get_tags (merged)[0], ==, "Voile");
  g_assert_cmpstr (liens_contact_get_tags (merged)[1], ==, "Club");

  /* The network exists once, and every imported contact is in it, skipped ones aside. */
  network_id = liens_test_query_int (f->path, "SELECT id FROM network "
                                              "WHERE name = 'Carnet du téléphone'");
  g_assert_cmpint (network_id, >, 0);
  g_assert_true (liens_contact_has_network (merged, network_id));
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_network"), ==, 3);

  /* Bruno twice, Chloé untouched. */
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                                  "WHERE family_name = 'Petit'"), ==, 2);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact WHERE id = 2 "
                                       "AND organisation = 'Ma boîte'"), ==, bruno_id == 2);
  skipped = get_contact (f->store, chloe_id);
  g_assert_cmpstr (liens_contact_get_organisation (skipped), ==, "Studio");
  g_assert_cmpuint (liens_contact_get_details (skipped)->len, ==, 1);
  g_assert_false (liens_contact_has_network (skipped, network_id));

  /* The imported objects themselves are left as they were. */
  g_assert_cmpint (liens_contact_get_id (g_ptr_array_index (candidates, 3)), ==, 0);
  g_assert_null (liens_contact_get_uid (g_ptr_array_index (candidates, 3)));

  /* Search finds what merging brought. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree gint64 *ids = NULL;
    gsize n_ids = 0;

    ids = liens_store_search_contact_ids (f->store, "cabinet", &n_ids, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (n_ids, ==, 1);
    g_assert_cmpint (ids[0], ==, anne_id);
  }

  /* The same file again changes nothing more. */
  g_clear_pointer (&import_plan, liens_import_plan_unref);
  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 4);
  liens_import_plan_set_all_choices (import_plan, LIENS_IMPORT_CHOICE_MERGE);
  apply (f, import_plan, "Carnet du téléphone");
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 5);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM network"), ==, 1);
  g_clear_object (&merged);
  merged = get_contact (f->store, anne_id);
  g_assert_cmpstr (liens_contact_get_notes (merged), ==, "Ce que j'ai écrit\n\nNote importée");
  g_assert_cmpuint (liens_contact_get_details (merged)->len, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_in_file (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(LiensContact) anne = NULL;
  g_auto(GStrv) phones = NULL;
  LiensContact *candidate;
  gint64 anne_id;

  /* A phone's export: Anne twice, Bruno twice under the same UID, Chloé once. */
  candidate = contact_new ("Anne", "Martin", NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "anne@example.org");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Anne", NULL, "Cabinet Martin");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "ANNE@example.org");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "06 11 22 33 44");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Bruno", "Petit", NULL);
  liens_contact_set_uid (candidate, "bruno-uid");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Bruno", "Petit", "Autre");
  liens_contact_set_uid (candidate, "bruno-uid");
  g_ptr_array_add (candidates, candidate);
  g_ptr_array_add (candidates, contact_new ("Chloé", "Roux", NULL));

  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 3);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 2);
  g_assert_cmpint (liens_import_plan_get_duplicate_of (import_plan, 0), ==, -1);
  g_assert_cmpint (liens_import_plan_get_duplicate_of (import_plan, 1), ==, 0);
  g_assert_cmpint (liens_import_plan_get_reason (import_plan, 1), ==,
                   LIENS_DUPLICATE_REASON_EMAIL);
  g_assert_cmpint (liens_import_plan_get_existing_id (import_plan, 1), ==, 0);
  g_assert_cmpint (liens_import_plan_get_choice (import_plan, 1), ==, LIENS_IMPORT_CHOICE_MERGE);
  g_assert_cmpint (liens_import_plan_get_duplicate_of (import_plan, 3), ==, 2);
  g_assert_cmpint (liens_import_plan_get_reason (import_plan, 3), ==, LIENS_DUPLICATE_REASON_UID);

  /* Anne merged into herself, Bruno kept twice. */
  liens_import_plan_set_choice (import_plan, 3, LIENS_IMPORT_CHOICE_KEEP_BOTH);
  apply (f, import_plan, NULL);

  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 4);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                                  "WHERE given_name = 'Bruno'"), ==, 2);
  anne_id = liens_test_query_int (f->path, "SELECT id FROM contact WHERE given_name = 'Anne'");
  anne = get_contact (f->store, anne_id);
  g_assert_cmpstr (liens_contact_get_family_name (anne), ==, "Martin");
  g_assert_cmpstr (liens_contact_get_organisation (anne), ==, "Cabinet Martin");
  phones = liens_contact_dup_values (anne, LIENS_DETAIL_KIND_PHONE);
  g_assert_cmpuint (g_strv_length (phones), ==, 1);
  g_assert_cmpuint (liens_contact_get_details (anne)->len, ==, 2);

  /* Its search entry is the merged one, written once. */
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts "
                                                  "WHERE contact_fts MATCH 'cabinet'"), ==, 1);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts"), ==, 4);
}

/* The candidates are written merges first, then new contacts by name (for the indexes'
 * sake): what is written is what the file's order gives. */
static void
test_write_order (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LiensContact) stored = contact_new ("Marc", "Durand", NULL);
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(LiensContact) marc = NULL;
  g_autoptr(LiensContact) zoe = NULL;
  g_auto(GStrv) phones = NULL;
  LiensContact *candidate;
  gint64 marc_id, zoe_id, adam_id;

  liens_contact_add_detail (stored, LIENS_DETAIL_KIND_EMAIL, NULL, "marc@durand.fr");
  marc_id = save (f->store, stored);

  /* Zoé, new, then Marc twice with two roles, Zoé again with a phone, and Adam, new. */
  candidate = contact_new ("Zoé", "Vidal", NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "zoe@vidal.fr");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Marc", "Durand", NULL);
  liens_contact_set_role (candidate, "Directeur");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "marc@durand.fr");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Marc", "Durand", NULL);
  liens_contact_set_role (candidate, "Président");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "marc@durand.fr");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "06 12 34 56 78");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Zoé", "Vidal", NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "zoe@vidal.fr");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "07 98 76 54 32");
  g_ptr_array_add (candidates, candidate);
  g_ptr_array_add (candidates, contact_new ("Adam", "Bernard", NULL));

  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 2);
  g_assert_cmpint (liens_import_plan_get_duplicate_of (import_plan, 3), ==, 0);
  apply (f, import_plan, NULL);

  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 3);

  /* Marc: the first role of the file fills his, the later one does not replace it. */
  marc = get_contact (f->store, marc_id);
  g_assert_cmpstr (liens_contact_get_role (marc), ==, "Directeur");
  phones = liens_contact_dup_values (marc, LIENS_DETAIL_KIND_PHONE);
  g_assert_cmpstrv (phones, ((const char *[]) { "06 12 34 56 78", NULL }));
  g_clear_pointer (&phones, g_strfreev);

  /* Zoé once, with her phone; Adam added before her, in name order. */
  zoe_id = liens_test_query_int (f->path, "SELECT id FROM contact WHERE given_name = 'Zoé'");
  adam_id = liens_test_query_int (f->path, "SELECT id FROM contact WHERE given_name = 'Adam'");
  g_assert_cmpint (adam_id, >, marc_id);
  g_assert_cmpint (zoe_id, >, adam_id);
  zoe = get_contact (f->store, zoe_id);
  phones = liens_contact_dup_values (zoe, LIENS_DETAIL_KIND_PHONE);
  g_assert_cmpstrv (phones, ((const char *[]) { "07 98 76 54 32", NULL }));

  /* Each one found by the search index, exactly once. */
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts "
                                                  "WHERE contact_fts MATCH 'vidal'"), ==, 1);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts "
                                                  "WHERE contact_fts MATCH 'directeur'"), ==, 1);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts "
                                                  "WHERE contact_fts MATCH 'président'"), ==, 0);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts"), ==, 3);
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;
  guint         n_calls;
  guint         last_done;
} Progress;

static gsize
count_search_results (LiensStore *store,
                      const char *text,
                      gint64      expected_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = NULL;
  gboolean found = FALSE;
  gsize n_ids = 0;

  ids = liens_store_search_contact_ids (store, text, &n_ids, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < n_ids; i++)
    found = found || ids[i] == expected_id;
  g_assert_true (found);

  return n_ids;
}

/* Right after an import, new contacts are found from the first letter typed; a merge that
 * brings only an email address keeps the search entry as it was (it is not rewritten),
 * one that brings an organisation updates it. */
static void
test_search_after_import (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LiensContact) stored = contact_new ("Zoé", "Quintal", NULL);
  g_autoptr(LiensContact) other = contact_new ("Yann", "Vautrin", "Atelier");
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(LiensContact) merged = NULL;
  LiensContact *candidate;
  gint64 zoe_id, yann_id, new_id;

  liens_contact_add_detail (stored, LIENS_DETAIL_KIND_EMAIL, NULL, "zoe@quintal.fr");
  zoe_id = save (f->store, stored);
  liens_contact_add_detail (other, LIENS_DETAIL_KIND_EMAIL, NULL, "yann@atelier.fr");
  yann_id = save (f->store, other);

  /* Zoé, with a phone number only; Yann, with a role; Xavier, new. */
  candidate = contact_new ("Zoé", "Quintal", NULL);
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "ZOE@quintal.fr");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "06 12 34 56 78");
  g_ptr_array_add (candidates, candidate);
  candidate = contact_new ("Yann", "Vautrin", NULL);
  liens_contact_set_role (candidate, "Ébéniste");
  liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, "yann@atelier.fr");
  g_ptr_array_add (candidates, candidate);
  g_ptr_array_add (candidates, contact_new ("Xavier", "Wurtz", "Krypton"));

  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 2);
  apply (f, import_plan, NULL);

  new_id = liens_test_query_int (f->path, "SELECT id FROM contact WHERE given_name = 'Xavier'");
  g_assert_cmpint (new_id, >, 0);
  g_assert_cmpuint (count_search_results (f->store, "x", new_id), ==, 1);
  g_assert_cmpuint (count_search_results (f->store, "Wurtz", new_id), ==, 1);
  g_assert_cmpuint (count_search_results (f->store, "krypton", new_id), ==, 1);

  /* Zoé got her phone number; she is found as before, once. */
  merged = get_contact (f->store, zoe_id);
  g_assert_cmpuint (liens_contact_get_details (merged)->len, ==, 2);
  g_assert_cmpuint (count_search_results (f->store, "q", zoe_id), ==, 1);
  g_assert_cmpuint (count_search_results (f->store, "zoe quintal", zoe_id), ==, 1);

  /* Yann is found by his new role. */
  g_assert_cmpuint (count_search_results (f->store, "ébéni", yann_id), ==, 1);
  g_assert_cmpuint (count_search_results (f->store, "atelier", yann_id), ==, 1);

  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_fts"), ==, 3);
}

/* The bulk load for an export gives what loading each contact gives, active contacts
 * then archived ones, each in name order. */
static void
test_load_all (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) archived = NULL;
  g_autoptr(LiensContact) zoe = contact_new ("Zoé", "Abel", "Atelier");
  g_autoptr(LiensContact) bruno = contact_new ("Bruno", "Zola", NULL);
  g_autoptr(LiensContact) old = contact_new ("Aline", "Ancienne", NULL);
  const char * const tags[] = { "Voile", "Club", NULL };
  guint n_network_ids = 0;
  guint n = 0;

  /* No contact at all. */
  all = liens_store_load_all_contacts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 0);
  g_clear_pointer (&all, g_ptr_array_unref);

  g_assert_true (liens_store_add_sample_data (f->store, &error));
  g_assert_no_error (error);
  liens_contact_add_detail (zoe, LIENS_DETAIL_KIND_EMAIL, "Travail", "zoe@atelier.fr");
  liens_contact_add_detail (zoe, LIENS_DETAIL_KIND_PHONE, NULL, "06 12 34 56 78");
  liens_contact_set_tags (zoe, tags);
  save (f->store, zoe);
  save (f->store, bruno);
  liens_contact_set_archived (old, TRUE);
  liens_contact_add_detail (old, LIENS_DETAIL_KIND_EMAIL, NULL, "aline@example.org");
  save (f->store, old);

  all = liens_store_load_all_contacts (f->store, &error);
  g_assert_no_error (error);

  active = liens_store_list_contacts (f->store);
  liens_contact_query_set_archived (query, TRUE);
  archived = liens_store_query_contacts (f->store, query);
  g_assert_cmpuint (all->len, ==,
                    g_list_model_get_n_items (active) + g_list_model_get_n_items (archived));
  g_assert_cmpuint (g_list_model_get_n_items (archived), ==, 1);

  for (guint k = 0; k < 2; k++)
    {
      GListModel *model = k == 0 ? active : archived;

      for (guint i = 0; i < g_list_model_get_n_items (model); i++, n++)
        {
          g_autoptr(LiensContact) listed = g_list_model_get_item (model, i);
          g_autoptr(LiensContact) one = get_contact (f->store, liens_contact_get_id (listed));
          LiensContact *bulk = g_ptr_array_index (all, n);
          g_autofree char *expected = liens_vcard_write (&one, 1, LIENS_VCARD_VERSION_4_0);
          g_autofree char *found = liens_vcard_write (&bulk, 1, LIENS_VCARD_VERSION_4_0);

          const gint64 *one_networks, *bulk_networks;
          guint n_one = 0, n_bulk = 0;

          g_assert_cmpint (liens_contact_get_id (bulk), ==, liens_contact_get_id (one));
          g_assert_cmpstr (found, ==, expected);
          one_networks = liens_contact_get_network_ids (one, &n_one);
          bulk_networks = liens_contact_get_network_ids (bulk, &n_bulk);
          g_assert_cmpmem (bulk_networks, n_bulk * sizeof (gint64),
                           one_networks, n_one * sizeof (gint64));
          g_assert_true (liens_contact_get_last_encounter (bulk) ==
                         liens_contact_get_last_encounter (one) ||
                         g_date_time_equal (liens_contact_get_last_encounter (bulk),
                                            liens_contact_get_last_encounter (one)));
          g_assert_true (liens_contact_get_archived (bulk) == (k == 1));
        }
    }

  /* Zoé's details, in their order, and her tags. */
  for (guint i = 0; i < all->len; i++)
    {
      LiensContact *bulk = g_ptr_array_index (all, i);
      GPtrArray *details;

      if (liens_contact_get_id (bulk) != liens_contact_get_id (zoe))
        continue;

      details = liens_contact_get_details (bulk);
      g_assert_cmpuint (details->len, ==, 2);
      g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->value, ==,
                       "zoe@atelier.fr");
      g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 0))->label, ==,
                       "Travail");
      g_assert_cmpstr (((LiensContactDetail *) g_ptr_array_index (details, 1))->value, ==,
                       "06 12 34 56 78");
      g_assert_cmpstrv (liens_contact_get_tags (bulk), tags);
      liens_contact_get_network_ids (bulk, &n_network_ids);
      g_assert_cmpuint (n_network_ids, ==, 0);
    }

  /* Networks come along too: the sample data's contacts have some. */
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact_network"), >, 0);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, >, progress->last_done);
  g_assert_cmpuint (done, <=, total);
  progress->last_done = done;
  progress->n_calls++;
  if (progress->cancellable != NULL && done >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes_before = NULL;
  g_autoptr(GBytes) bytes_after = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *dump_before = NULL;
  g_autofree char *dump_after = NULL;
  Progress progress = { cancellable, 1500, 0, 0 };

  liens_test_add_sample_contacts (f->store);
  list = liens_store_list_contacts (f->store);

  /* Half of them already there, by LinkedIn URL. */
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(LiensContact) contact = linkedin_contact (i, "Avant", "Poste", FALSE);

      save (f->store, contact);
    }
  for (guint i = 100; i < 2100; i++)
    g_ptr_array_add (candidates, linkedin_contact (i, "Après", "Nouveau poste", TRUE));
  import_plan = plan (f, candidates);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 100);

  dump_before = dump_all (f->path);
  bytes_before = checkpointed_bytes (f->path);
  record_signals (f);

  /* Cancelled from the progress callback, well past the first writes. */
  g_assert_false (liens_store_apply_import (f->store, import_plan, "LinkedIn", cancellable,
                                            progress_cb, &progress, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (progress.last_done, ==, 1536);

  dump_after = dump_all (f->path);
  g_assert_cmpstr (dump_after, ==, dump_before);
  bytes_after = checkpointed_bytes (f->path);
  g_assert_true (g_bytes_equal (bytes_after, bytes_before));
  g_assert_cmpuint (f->signals->len, ==, 0);

  /* The disk fills up half-way: the error tells it, and nothing is written either. */
  g_assert_true (liens_store_set_max_page_count (f->store,
                                                 liens_test_query_int (f->path,
                                                                       "PRAGMA page_count") + 20,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (liens_store_apply_import (f->store, import_plan, "LinkedIn", NULL, NULL, NULL,
                                            &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_DISK_FULL);
  g_test_message ("Error as shown: %s", error->message);
  g_clear_error (&error);
  g_clear_pointer (&dump_after, g_free);
  g_clear_pointer (&bytes_after, g_bytes_unref);
  dump_after = dump_all (f->path);
  g_assert_cmpstr (dump_after, ==, dump_before);
  bytes_after = checkpointed_bytes (f->path);
  g_assert_true (g_bytes_equal (bytes_after, bytes_before));
  g_assert_cmpuint (f->signals->len, ==, 0);

  /* The store is still usable, and the same plan goes through once there is room. */
  g_assert_true (liens_store_set_max_page_count (f->store, 1073741823, &error));
  g_assert_no_error (error);
  apply (f, import_plan, "LinkedIn");
  g_assert_cmpuint (f->signals->len, ==, 1);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                                  "WHERE organisation = 'Après'"), ==, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==,
                    (guint) liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                                           "WHERE archived = 0"));

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_linkedin_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) first = contacts_new ();
  g_autoptr(GPtrArray) second = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(LiensContact) updated = NULL;
  g_autofree gint64 *ids = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) emails = NULL;
  gint64 network_id;
  gsize n_ids = 0;

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (first, linkedin_contact (i, "Ancienne société", "Stagiaire", FALSE));
  import_plan = plan (f, first);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 3);
  apply (f, import_plan, "LinkedIn");
  g_clear_pointer (&import_plan, liens_import_plan_unref);
  network_id = liens_test_query_int (f->path, "SELECT id FROM network "
                                              "WHERE name = 'LinkedIn' AND kind = 1");
  g_assert_cmpint (network_id, >, 0);

  /* The user adds a note of their own meanwhile. */
  ids = liens_store_search_contact_ids (f->store, "Prénom1", &n_ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_ids, ==, 1);
  updated = get_contact (f->store, ids[0]);
  liens_contact_set_notes (updated, "Rencontré au salon");
  save (f->store, updated);
  g_clear_object (&updated);

  /* A year later: new jobs, and the emails LinkedIn now exports. */
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (second, linkedin_contact (i, "Nouvelle société", "Directeur", TRUE));
  import_plan = plan (f, second);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 3);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 1);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (liens_import_plan_get_reason (import_plan, i), ==,
                       LIENS_DUPLICATE_REASON_LINKEDIN);
      g_assert_cmpint (liens_import_plan_get_choice (import_plan, i), ==,
                       LIENS_IMPORT_CHOICE_MERGE);
    }
  apply (f, import_plan, "linkedin");

  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 4);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM network"), ==, 1);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact WHERE "
                                       "organisation = 'Nouvelle société' "
                                       "AND role = 'Directeur'"),
                   ==, 4);
  updated = get_contact (f->store, ids[0]);
  g_assert_cmpstr (liens_contact_get_notes (updated), ==, "Rencontré au salon");
  g_assert_true (liens_contact_has_network (updated, network_id));
  emails = liens_contact_dup_values (updated, LIENS_DETAIL_KIND_EMAIL);
  g_assert_cmpuint (g_strv_length (emails), ==, 1);
  g_assert_cmpstr (emails[0], ==, "person.1@example.com");
  g_assert_cmpuint (liens_contact_get_details (updated)->len, ==, 2);
  g_clear_pointer (&import_plan, liens_import_plan_unref);

  /* The same file again brings nothing new: no contact is written again. */
  liens_test_exec_sql (f->path, "UPDATE contact SET updated_at = 1000");
  import_plan = plan (f, second);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 4);
  apply (f, import_plan, "LinkedIn");
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                       "WHERE updated_at = 1000"), ==, 4);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 4);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
  guint      n_progress;
  guint      n_resets_before_done;
  GPtrArray *signals;
  GThread   *main_thread;
} AsyncData;

static void
async_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  AsyncData *data = user_data;

  /* Told in the thread that started the import. */
  g_assert_true (g_thread_self () == data->main_thread);
  data->n_progress++;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = liens_store_apply_import_finish (LIENS_STORE (object), result, &data->error);
  data->n_resets_before_done = data->signals->len;
  g_main_loop_quit (data->loop);
}

static void
plan_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LiensImportPlan **import_plan = user_data;
  g_autoptr(GError) error = NULL;

  *import_plan = liens_store_plan_import_finish (LIENS_STORE (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*import_plan);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) candidates = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData async = { loop, FALSE, NULL, 0, 0, f->signals, g_thread_self () };

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (candidates, linkedin_contact (i, "Société", "Poste", TRUE));
  liens_store_plan_import_async (f->store, candidates, NULL, plan_done_cb, &import_plan);
  while (import_plan == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (liens_import_plan_get_n_new (import_plan), ==, 1000);
  list = liens_store_list_contacts (f->store);
  record_signals (f);

  liens_store_apply_import_async (f->store, import_plan, "LinkedIn", NULL,
                                  async_progress_cb, &async, async_done_cb, &async);
  g_main_loop_run (loop);

  g_assert_no_error (async.error);
  g_assert_true (async.ok);
  g_assert_cmpuint (async.n_progress, >=, 3);

  /* The UI's store told its lists before the callback ran. */
  g_assert_cmpuint (async.n_resets_before_done, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->signals, 0), ==, "reset");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1000);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_timing (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = contacts_new ();
  g_autoptr(GPtrArray) linkedin = contacts_new ();
  g_autoptr(LiensImportPlan) import_plan = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double elapsed;

  /* 10,000 address-book cards: names, organisation, email, phone, a tag. */
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *given = g_strdup_printf ("Carte%u", i);
      g_autofree char *email = g_strdup_printf ("carte.%u@example.org", i);
      g_autofree char *phone = g_strdup_printf ("06 %02u %02u %02u %02u", i / 1000000 % 100,
                                                i / 10000 % 100, i / 100 % 100, i % 100);
      LiensContact *contact = contact_new (given, "Annuaire", "Entreprise");

      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, email);
      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, NULL, phone);
      liens_contact_set_tags (contact, (const char * const []) { "Importé", NULL });
      g_ptr_array_add (cards, contact);
    }

  list = liens_store_list_contacts (f->store);

  g_timer_start (timer);
  import_plan = plan (f, cards);
  elapsed = g_timer_elapsed (timer, NULL);
  g_test_message ("Planning 10,000 cards: %.0f ms", elapsed * 1000);
  g_timer_start (timer);
  apply (f, import_plan, NULL);
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Applying 10,000 new cards: %.0f ms\n", elapsed * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 10000);
  g_clear_pointer (&import_plan, liens_import_plan_unref);

  /* 30,000 LinkedIn connections. */
  for (guint i = 0; i < 30000; i++)
    g_ptr_array_add (linkedin, linkedin_contact (i, "Société", "Poste", TRUE));
  g_timer_start (timer);
  import_plan = plan (f, linkedin);
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Planning 30,000 LinkedIn connections against 10,000 contacts: %.0f ms "
              "(%.1f us a candidate)\n", elapsed * 1000, elapsed * 1e6 / 30000);
  g_timer_start (timer);
  apply (f, import_plan, "LinkedIn");
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Applying 30,000 new LinkedIn connections: %.0f ms\n", elapsed * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 40000);
  g_clear_pointer (&import_plan, liens_import_plan_unref);

  /* The same 30,000 again, a year later: all found, all merged. */
  g_ptr_array_set_size (linkedin, 0);
  for (guint i = 0; i < 30000; i++)
    g_ptr_array_add (linkedin, linkedin_contact (i, "Nouvelle société", "Poste", TRUE));
  g_timer_start (timer);
  import_plan = plan (f, linkedin);
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Planning 30,000 LinkedIn duplicates against 40,000 contacts: %.0f ms "
              "(%.1f us a candidate)\n", elapsed * 1000, elapsed * 1e6 / 30000);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (import_plan), ==, 30000);
  g_timer_start (timer);
  apply (f, import_plan, "LinkedIn");
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Applying 30,000 LinkedIn updates: %.0f ms\n", elapsed * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 40000);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact "
                                       "WHERE organisation = 'Nouvelle société'"), ==, 30000);
  g_clear_pointer (&import_plan, liens_import_plan_unref);

  /* 100,000 contacts: each lookup stays well under a millisecond. */
  g_ptr_array_set_size (cards, 0);
  for (guint i = 0; i < 60000; i++)
    {
      g_autofree char *given = g_strdup_printf ("Volume%u", i);
      g_autofree char *email = g_strdup_printf ("volume.%u@example.net", i);
      LiensContact *contact = contact_new (given, "Annuaire", "Grande entreprise");

      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, email);
      g_ptr_array_add (cards, contact);
    }
  import_plan = plan (f, cards);
  apply (f, import_plan, NULL);
  g_assert_cmpint (liens_test_query_int (f->path, "SELECT count(*) FROM contact"), ==, 100000);

  g_timer_start (timer);
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(LiensContact) candidate = NULL;
      g_autoptr(LiensContact) found = NULL;
      g_autoptr(GError) error = NULL;
      LiensDuplicateReason reason;

      /* Half found by email, half new, which runs every lookup. */
      if (i % 2 == 0)
        {
          g_autofree char *email = g_strdup_printf ("VOLUME.%u@example.net", i * 29);

          candidate = contact_new ("Quelqu'un", NULL, NULL);
          liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, email);
        }
      else
        {
          g_autofree char *email = g_strdup_printf ("absent.%u@example.com", i);

          candidate = contact_new ("Volume1", "Annuaire", "Autre entreprise");
          liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_EMAIL, NULL, email);
          liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_PHONE, NULL, "01 02 03 04 05");
          liens_contact_add_detail (candidate, LIENS_DETAIL_KIND_LINKEDIN, NULL, "absent");
        }

      found = liens_store_find_duplicate (f->store, candidate, &reason, &error);
      g_assert_no_error (error);
      g_assert_true ((found != NULL) == (i % 2 == 0));
    }
  elapsed = g_timer_elapsed (timer, NULL);
  g_printerr ("# Finding duplicates among 100,000 contacts: %.1f us a candidate\n",
              elapsed * 1e6 / 2000);
  g_assert_cmpfloat (elapsed / 2000, <, 0.001);

  g_assert_finalize_object (g_steal_pointer (&list));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/import-store/match-keys", test_match_keys);
  ADD_TEST ("/import-store/find-duplicates", test_find_duplicates);
  ADD_TEST ("/import-store/choices", test_choices);
  ADD_TEST ("/import-store/in-file", test_in_file);
  ADD_TEST ("/import-store/write-order", test_write_order);
  ADD_TEST ("/import-store/search-after-import", test_search_after_import);
  ADD_TEST ("/import-store/load-all", test_load_all);
  ADD_TEST ("/import-store/all-or-nothing", test_all_or_nothing);
  ADD_TEST ("/import-store/linkedin-reimport", test_linkedin_reimport);
  ADD_TEST ("/import-store/async", test_async);
  ADD_TEST ("/import-store/timing", test_timing);

  return g_test_run ();
}
