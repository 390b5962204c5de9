/* test-import-dialog.c: importing, exporting, backing up and restoring from the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liens-application.h"
#include "liens-contact-card.h"
#include "liens-contacts-page.h"
#include "liens-import-dialog.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-timeline-people.h"
#include "liens-timeline-summary.h"
#include "liens-vcard.h"
#include "liens-window.h"

#define WAIT_USEC (20 * G_USEC_PER_SEC)

static LiensApplication *app;

/* The dialog open_import() opened, until it is finalized. */
static GtkWidget *watched_dialog;

typedef struct
{
  char *dir;
  char *db_path;
  LiensStore *store;
  LiensWindow *window;
} Fixture;

/* Bruno, already in Liens under a shorter name, with the email google.vcf gives him. */
static gint64
add_bruno (LiensStore *store)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GError) error = NULL;

  liens_contact_set_given_name (contact, "Bruno");
  liens_contact_set_family_name (contact, "L.");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, "bruno.lefevre@example.com");
  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  return liens_contact_get_id (contact);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = liens_test_make_temp_dir ();
  fixture->db_path = g_build_filename (fixture->dir, "liens.db", NULL);
  fixture->store = liens_store_new (fixture->db_path, &error);
  g_assert_no_error (error);

  if (data != NULL)
    liens_test_add_sample_contacts (fixture->store);
  else
    add_bruno (fixture->store);

  fixture->window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  liens_test_wait_for_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);

  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

/* Helpers */

static void
wait_for (gboolean (*done) (gpointer data),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_USEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static GtkWidget *
find_toplevel (GType       type,
               const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (!g_type_is_a (G_OBJECT_TYPE (window), type) || !gtk_widget_get_visible (window))
        continue;
      if (heading != NULL &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) != 0)
        continue;

      return window;
    }

  return NULL;
}

static gboolean
has_import_dialog (gpointer data)
{
  return find_toplevel (LIENS_TYPE_IMPORT_DIALOG, NULL) != NULL;
}

typedef struct
{
  GType type;
  const char *heading;
} ToplevelWanted;

static gboolean
has_toplevel (gpointer data)
{
  ToplevelWanted *wanted = data;

  return find_toplevel (wanted->type, wanted->heading) != NULL;
}

static GtkWidget *
wait_for_message (const char *heading)
{
  ToplevelWanted wanted = { ADW_TYPE_MESSAGE_DIALOG, heading };

  wait_for (has_toplevel, &wanted);

  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG, heading);
}

static gboolean
is_not_loading (gpointer data)
{
  return g_strcmp0 (liens_import_dialog_get_state (data), "loading") != 0;
}

static gboolean
is_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

typedef struct
{
  GtkWidget *root;
  const char *text;
} TextWanted;

static gboolean
shows_text (gpointer data)
{
  TextWanted *wanted = data;

  return liens_test_find_widget (wanted->root, G_TYPE_INVALID, wanted->text) != NULL;
}

static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  TextWanted wanted = { root, text };

  wait_for (shows_text, &wanted);
}

/* Opens @name of tests/data/import as "Import…" does, and waits for the preview. */
static LiensImportDialog *
open_import (Fixture    *fixture,
             GFile      *file)
{
  LiensImportDialog *dialog;

  liens_window_import_file (fixture->window, file);
  wait_for (has_import_dialog, NULL);
  dialog = LIENS_IMPORT_DIALOG (find_toplevel (LIENS_TYPE_IMPORT_DIALOG, NULL));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  watched_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watched_dialog);
  wait_for (is_not_loading, dialog);

  return dialog;
}

static GFile *
sample_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);

  return g_file_new_for_path (path);
}

static void
wait_until_destroyed (LiensImportDialog *dialog)
{
  g_assert_true (watched_dialog == NULL || watched_dialog == GTK_WIDGET (dialog));
  wait_for (is_cleared, &watched_dialog);
}

static gsize
count_all_contacts (LiensStore *store)
{
  g_autoptr(LiensContactQuery) query = liens_contact_query_new ();
  g_autoptr(GError) error = NULL;
  gsize n;

  n = liens_store_count_contacts (store, query, &error);
  g_assert_no_error (error);
  liens_contact_query_set_archived (query, TRUE);
  n += liens_store_count_contacts (store, query, &error);
  g_assert_no_error (error);

  return n;
}

/* The ids of the contacts the Contacts page lists. */
static gint64 *
dup_listed (Fixture *fixture,
            gsize   *n)
{
  GtkWidget *page = liens_test_find_widget (GTK_WIDGET (fixture->window),
                                            LIENS_TYPE_CONTACTS_PAGE, NULL);

  return liens_contacts_page_dup_listed_ids (LIENS_CONTACTS_PAGE (page), n);
}

static gsize
count_listed (Fixture *fixture)
{
  gsize n = 0;

  g_free (dup_listed (fixture, &n));

  return n;
}

/* The database's bytes, its write-ahead log included. */
static GBytes *
read_database (const char *path)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  const char * const suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (file, &contents, &length, NULL))
        g_byte_array_append (bytes, (const guint8 *) contents, length);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static AdwActionRow *
find_duplicate_row (LiensImportDialog *dialog,
                    const char        *name)
{
  GtkWidget *row = liens_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, name);

  g_assert_nonnull (row);

  return ADW_ACTION_ROW (row);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gint64
first_listed_id (Fixture *fixture)
{
  g_autofree gint64 *ids = NULL;
  gsize n = 0;

  ids = dup_listed (fixture, &n);
  g_assert_cmpuint (n, >, 0);

  return ids[0];
}

/* Tests */

static void
test_import_preview (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("google.vcf");
  LiensImportDialog *dialog;
  LiensImportPlan *plan;
  AdwActionRow *row;
  GtkDropDown *choice;
  g_autofree char *choice_name = NULL;
  guint index = G_MAXUINT;

  dialog = open_import (fixture, file);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "preview");
  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  liens_test_assert_widgets_are_named (GTK_WIDGET (dialog));

  /* The file, what is new, what is already there. */
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (
                     liens_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, NULL))),
                   ==, "google.vcf");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (dialog), G_TYPE_INVALID, "1 new contact"));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (dialog), G_TYPE_INVALID,
                                            "1 looks like someone already in Liens"));

  plan = liens_import_dialog_get_plan (dialog);
  g_assert_cmpuint (liens_import_plan_get_n_new (plan), ==, 1);
  g_assert_cmpuint (liens_import_plan_get_n_duplicates (plan), ==, 1);
  for (guint i = 0; i < liens_import_plan_get_n_candidates (plan); i++)
    if (liens_import_plan_get_status (plan, i) == LIENS_IMPORT_STATUS_DUPLICATE)
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);

  /* The duplicate row: who, like whom, why, and the proposed choice. */
  row = find_duplicate_row (dialog, "Bruno Lefèvre");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Already in Liens as “Bruno L.”: same email");
  choice = GTK_DROP_DOWN (liens_test_find_widget (GTK_WIDGET (row), GTK_TYPE_DROP_DOWN, NULL));
  g_assert_nonnull (choice);
  choice_name = liens_test_dup_accessible_name (GTK_WIDGET (choice));
  g_assert_cmpstr (choice_name, ==, "What to Do with Bruno Lefèvre");
  g_assert_cmpuint (gtk_drop_down_get_selected (choice), ==, LIENS_IMPORT_CHOICE_MERGE);
  g_assert_cmpint (liens_import_plan_get_choice (plan, index), ==, LIENS_IMPORT_CHOICE_MERGE);

  /* Keep both: Bruno is added beside the Bruno already there. */
  gtk_drop_down_set_selected (choice, LIENS_IMPORT_CHOICE_KEEP_BOTH);
  g_assert_cmpint (liens_import_plan_get_choice (plan, index), ==, LIENS_IMPORT_CHOICE_KEEP_BOTH);

  g_assert_cmpuint (count_listed (fixture), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_until_destroyed (dialog);

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 3);
  /* The list followed the store's "reset". */
  g_assert_cmpuint (count_listed (fixture), ==, 3);
  wait_for_text (GTK_WIDGET (fixture->window), "Imported 2 contacts");
}

static void
test_import_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("google.vcf");
  g_autoptr(LiensContact) bruno = NULL;
  LiensImportDialog *dialog;
  gint64 id;

  g_autoptr(GError) error = NULL;
  GtkWidget *card;

  /* Bruno without a family name, shown on the card: merging fills it in. */
  id = first_listed_id (fixture);
  bruno = liens_store_get_contact (fixture->store, id, &error);
  g_assert_no_error (error);
  liens_contact_set_family_name (bruno, NULL);
  g_assert_true (liens_store_save_contact (fixture->store, bruno, &error));
  g_assert_no_error (error);
  g_clear_object (&bruno);
  gtk_widget_activate_action (liens_test_find_widget (GTK_WIDGET (fixture->window),
                                                      LIENS_TYPE_CONTACTS_PAGE, NULL),
                              "contacts.show-contact", "x", id);
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  card = liens_test_find_widget (GTK_WIDGET (fixture->window), LIENS_TYPE_CONTACT_CARD, NULL);
  g_assert_nonnull (liens_test_find_widget (card, GTK_TYPE_LABEL, "Bruno"));

  dialog = open_import (fixture, file);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_until_destroyed (dialog);

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 2);
  bruno = liens_store_get_contact (fixture->store, id, NULL);
  g_assert_cmpstr (liens_contact_get_family_name (bruno), ==, "Lefèvre");
  wait_for_text (GTK_WIDGET (fixture->window), "Imported 2 contacts");

  /* The card followed the store's "reset". */
  g_assert_nonnull (liens_test_find_widget (card, GTK_TYPE_LABEL, "Bruno Lefèvre"));
  g_assert_null (liens_test_find_widget (card, GTK_TYPE_LABEL, "Bruno"));
}

static void
test_import_cancel_before (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("google.vcf");
  LiensImportDialog *dialog;

  dialog = open_import (fixture, file);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_until_destroyed (dialog);
  liens_test_iterate ();

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 1);
}

static GFile *
write_many_cards (Fixture *fixture,
                  guint    n)
{
  g_autoptr(GString) cards = g_string_new (NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "many.vcf", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %u\r\n"
                            "EMAIL:person%u@example.com\r\nEND:VCARD\r\n", i, i);
  g_assert_true (g_file_set_contents (path, cards->str, cards->len, NULL));

  return g_file_new_for_path (path);
}

static void
test_import_cancel_while_applying (Fixture       *fixture,
                                   gconstpointer  data)
{
  /* Enough cards that the import cannot be over before it is cancelled. */
  g_autoptr(GFile) file = write_many_cards (fixture, 3000);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  LiensImportDialog *dialog;

  dialog = open_import (fixture, file);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "preview");
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (dialog), G_TYPE_INVALID, "3000 new contacts"));
  before = read_database (fixture->db_path);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "applying");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_until_destroyed (dialog);

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 1);
  wait_for_text (GTK_WIDGET (fixture->window), "Import cancelled: nothing was changed");
  after = read_database (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* 10,000 contacts, all already there: the preview stays quick, and "All" decides. */
static void
test_import_large (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_many_cards (fixture, 10000);
  LiensImportDialog *dialog;
  GtkWidget *import_button;
  GPtrArray *rows;
  gint64 start;
  double seconds;

  dialog = open_import (fixture, file);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_until_destroyed (dialog);
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 10001);

  start = g_get_monotonic_time ();
  dialog = open_import (fixture, file);
  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("Preview of 10,000 duplicates shown in %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 10.0);

  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (dialog), G_TYPE_INVALID,
                                            "10000 look like people already in Liens"));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (dialog), G_TYPE_INVALID,
                                            "And 9950 more, which follow the choice made with “All”."));
  rows = liens_test_find_all_widgets (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (rows->len, ==, 50);
  g_ptr_array_unref (rows);

  /* Skip all: nothing left to import. */
  import_button = liens_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Import");
  g_assert_true (gtk_widget_get_sensitive (import_button));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.set-all", "i", LIENS_IMPORT_CHOICE_SKIP);
  g_assert_false (gtk_widget_get_sensitive (import_button));
  g_assert_cmpint (liens_import_plan_get_choice (liens_import_dialog_get_plan (dialog), 9999), ==,
                   LIENS_IMPORT_CHOICE_SKIP);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (liens_test_find_widget (GTK_WIDGET (dialog),
                                                                                      GTK_TYPE_DROP_DOWN, NULL))),
                    ==, LIENS_IMPORT_CHOICE_SKIP);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_until_destroyed (dialog);
}

/* LinkedIn connections join the "LinkedIn" network. */
static void
test_import_linkedin (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("linkedin-connections.csv");
  g_autoptr(GListModel) networks = NULL;
  g_autofree gint64 *ids = NULL;
  LiensImportDialog *dialog;
  gint64 network_id = 0;
  gsize n_ids = 0;
  guint n_in_network = 0;

  dialog = open_import (fixture, file);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (
                     liens_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, NULL))),
                   ==, "LinkedIn connections: they join the “LinkedIn” network.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_until_destroyed (dialog);

  networks = liens_store_list_networks (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);

      if (g_strcmp0 (liens_network_get_name (network), "LinkedIn") == 0)
        network_id = liens_network_get_id (network);
    }
  g_assert_cmpint (network_id, >, 0);

  ids = dup_listed (fixture, &n_ids);
  g_assert_cmpuint (n_ids, >, 1);
  for (gsize i = 0; i < n_ids; i++)
    {
      g_autoptr(LiensContact) contact = liens_store_get_contact (fixture->store, ids[i], NULL);

      if (liens_contact_has_network (contact, network_id))
        n_in_network++;
    }
  /* Everyone but Bruno, who was there before. */
  g_assert_cmpuint (n_in_network, ==, n_ids - 1);
}

static void
test_import_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("truncated.vcf");
  g_autoptr(GBytes) before = read_database (fixture->db_path);
  g_autoptr(GBytes) after = NULL;
  LiensImportDialog *dialog;
  GtkWidget *page;
  const char *description;

  dialog = open_import (fixture, file);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "error");
  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  liens_test_assert_widgets_are_named (GTK_WIDGET (dialog));

  page = liens_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "Cannot Import This File");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  description = adw_status_page_get_description (ADW_STATUS_PAGE (page));
  g_assert_true (g_str_has_prefix (description, "“truncated.vcf” cannot be imported: "));
  g_assert_nonnull (strstr (description, "Nothing was changed in Liens."));
  /* Nothing to import: only closing remains. */
  g_assert_false (gtk_widget_get_visible (liens_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Import")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_until_destroyed (dialog);

  after = read_database (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 1);
}

static void
test_import_calendar (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("events.ics");
  g_autoptr(GListModel) events = liens_store_list_events (fixture->store);
  GtkWidget *stack;
  GtkWidget *confirm;
  ToplevelWanted wanted = { ADW_TYPE_MESSAGE_DIALOG, NULL };

  liens_window_import_file (fixture->window, file);
  /* A calendar goes to the events page's own confirmation. */
  wait_for (has_toplevel, &wanted);
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (confirm)), "Add "));
  g_assert_null (find_toplevel (LIENS_TYPE_IMPORT_DIALOG, NULL));

  stack = liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "events");

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "add");
  liens_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (events), >, 0);
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 1);
}

static gboolean
file_parses_to (const char *path,
                guint       expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  contacts = liens_vcard_parse (contents, length, &error);
  g_assert_no_error (error);

  return contacts->len == expected;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *all_path = g_build_filename (fixture->dir, "all.vcf", NULL);
  g_autofree char *old_path = g_build_filename (fixture->dir, "old.vcf", NULL);
  g_autofree char *one_path = g_build_filename (fixture->dir, "one.vcf", NULL);
  g_autoptr(GFile) all = g_file_new_for_path (all_path);
  g_autoptr(GFile) old = g_file_new_for_path (old_path);
  g_autoptr(GFile) one = g_file_new_for_path (one_path);
  g_autofree char *contents = NULL;
  gsize n_all = count_all_contacts (fixture->store);
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;

  /* Every contact, archived ones included. */
  g_assert_cmpuint (n_all, ==, 15);
  liens_window_export_contacts (fixture->window, all, LIENS_VCARD_VERSION_4_0, NULL, 0);
  wait_for_text (GTK_WIDGET (fixture->window), "Exported 15 contacts");
  g_assert_true (file_parses_to (all_path, 15));
  g_assert_true (g_file_get_contents (all_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "VERSION:4.0"));
  g_clear_pointer (&contents, g_free);

  /* For older software; the file appears whole, renamed once written. */
  liens_window_export_contacts (fixture->window, old, LIENS_VCARD_VERSION_3_0, NULL, 0);
  wait_for (file_exists, old_path);
  g_assert_true (g_file_get_contents (old_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "VERSION:3.0"));

  /* One contact: what "Export…" on the card writes. */
  ids = dup_listed (fixture, &n_ids);
  g_assert_cmpuint (n_ids, ==, 14);
  liens_window_export_contacts (fixture->window, one, LIENS_VCARD_VERSION_4_0, ids, 1);
  wait_for_text (GTK_WIDGET (fixture->window), "Exported 1 contact");
  g_assert_true (file_parses_to (one_path, 1));
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *backup_path = g_build_filename (fixture->dir, "liens-backup-test.db", NULL);
  g_autofree char *junk_path = g_build_filename (fixture->dir, "junk.db", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) junk = g_file_new_for_path (junk_path);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  gint64 id;

  liens_window_back_up_to_file (fixture->window, backup);
  wait_for_text (GTK_WIDGET (fixture->window), "Backup saved as “liens-backup-test.db”");
  g_assert_true (liens_store_check_backup_file (backup_path, NULL, &error));
  g_assert_no_error (error);

  /* A change after the backup, which restoring undoes. */
  id = first_listed_id (fixture);
  g_assert_true (liens_store_delete_contact (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 14);
  g_assert_cmpuint (count_listed (fixture), ==, 13);

  /* A file that is not a backup is refused, and nothing happens. */
  g_assert_true (g_file_set_contents (junk_path, "hello", -1, NULL));
  liens_window_restore_from_file (fixture->window, junk);
  dialog = wait_for_message ("Cannot Restore This Backup");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "“junk.db” cannot be restored: "));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  liens_test_iterate ();
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 14);

  /* Cancelling the confirmation changes nothing either. */
  liens_window_restore_from_file (fixture->window, backup);
  dialog = wait_for_message ("Restore This Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "“liens-backup-test.db”, saved on "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "The current data is kept as a backup in "));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  liens_test_iterate ();
  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 14);

  liens_window_restore_from_file (fixture->window, backup);
  dialog = wait_for_message ("Restore This Backup?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  liens_test_iterate ();

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 15);
  g_assert_cmpuint (count_listed (fixture), ==, 14);
  wait_for_text (GTK_WIDGET (fixture->window), "Backup restored");
}

/* The first figure of the timeline's summary: the encounters of the month. */
static const char *
get_month_figure (Fixture *fixture)
{
  GtkWidget *summary = liens_test_find_widget (GTK_WIDGET (fixture->window),
                                               LIENS_TYPE_TIMELINE_SUMMARY, NULL);
  g_autoptr(GPtrArray) labels = liens_test_find_all_widgets (summary, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (text[0] != '\0' && strspn (text, "0123456789") == strlen (text))
        return text;
    }

  g_assert_not_reached ();
}

/* Restoring an empty backup: the views that keep what they read follow the "reset". */
static void
test_restore_refreshes_views (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *empty_path = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(LiensStore) empty_store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  LiensFigures figures;
  GtkWidget *card;
  GtkWidget *dialog;
  GtkWidget *stack;

  empty_store = liens_store_new (empty_path, &error);
  g_assert_no_error (error);
  g_clear_object (&empty_store);

  liens_test_add_sample_encounters (fixture->store);
  g_assert_true (liens_store_get_figures (fixture->store, now, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (figures.encounters_this_month, >, 0);

  /* The card shows someone, the timeline its figures. */
  gtk_widget_activate_action (liens_test_find_widget (GTK_WIDGET (fixture->window),
                                                      LIENS_TYPE_CONTACTS_PAGE, NULL),
                              "contacts.show-contact", "x", first_listed_id (fixture));
  card = liens_test_find_widget (GTK_WIDGET (fixture->window), LIENS_TYPE_CONTACT_CARD, NULL);
  g_assert_nonnull (liens_contact_card_get_contact (LIENS_CONTACT_CARD (card)));
  stack = liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "timeline");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  liens_test_iterate ();
  expected = g_strdup_printf ("%u", figures.encounters_this_month);
  g_assert_cmpstr (get_month_figure (fixture), ==, expected);

  liens_window_restore_from_file (fixture->window, empty);
  dialog = wait_for_message ("Restore This Backup?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  liens_test_wait_for_frame (GTK_WIDGET (fixture->window));
  liens_test_iterate ();

  g_assert_cmpuint (count_all_contacts (fixture->store), ==, 0);
  g_assert_cmpuint (count_listed (fixture), ==, 0);
  g_assert_null (liens_contact_card_get_contact (LIENS_CONTACT_CARD (card)));
  g_assert_cmpstr (get_month_figure (fixture), ==, "0");
}

static void
people_changed_cb (LiensTimelinePeople *people,
                   gint64               id,
                   guint               *n_changed)
{
  (*n_changed)++;
}

/* The timeline's cache of names forgets everything on "reset": rows ask again. */
static void
test_restore_refreshes_people (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *backup_path = g_build_filename (fixture->dir, "before.db", NULL);
  g_autoptr(LiensTimelinePeople) people = liens_timeline_people_new (fixture->store);
  g_autoptr(LiensContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = first_listed_id (fixture);
  g_autofree char *name = NULL;
  guint n_changed = 0;

  name = g_strdup (liens_timeline_people_get_name (people, id));
  g_assert_true (liens_store_backup_to_file (fixture->store, backup_path, &error));
  g_assert_no_error (error);

  contact = liens_store_get_contact (fixture->store, id, &error);
  g_assert_no_error (error);
  liens_contact_set_given_name (contact, "Renamed");
  g_assert_true (liens_store_save_contact (fixture->store, contact, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (liens_timeline_people_get_name (people, id), !=, name);

  g_signal_connect (people, "changed", G_CALLBACK (people_changed_cb), &n_changed);
  g_assert_true (liens_store_restore_from_file (fixture->store, backup_path, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (liens_timeline_people_get_name (people, id), ==, name);
}

/* A database that cannot be opened, with backups of it beside; returns the window. */
static LiensWindow *
present_error_window (const char *dir,
                      char      **db_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *backup_path = NULL;
  g_autoptr(GError) error = NULL;
  LiensStore *store;
  LiensWindow *window;

  *db_path = g_build_filename (dir, "liens.db", NULL);
  store = liens_store_new (*db_path, &error);
  g_assert_no_error (error);
  liens_test_add_sample_contacts (store);

  folder = liens_store_dup_backup_folder (*db_path);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  backup_path = g_build_filename (folder, "liens-2026-01-01.db", NULL);
  g_assert_true (liens_store_backup_to_file (store, backup_path, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  /* Then the file is damaged beyond opening. */
  g_assert_true (g_file_set_contents (*db_path, "hello", -1, NULL));
  store = liens_store_new (*db_path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);

  window = LIENS_WINDOW (liens_window_new (app, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (GTK_WIDGET (window));
  liens_window_show_error (window, error->message, *db_path);
  liens_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

static void
test_error_page_restore (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *db_path = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *contents = NULL;
  LiensWindow *window;
  GtkWidget *button;
  const char *name;
  LiensStore *store;

  window = present_error_window (dir, &db_path);
  button = liens_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Restore Latest Backup");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  liens_test_assert_widgets_are_named (liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                                               "Cannot Open the Database"));

  g_signal_emit_by_name (button, "clicked");
  liens_test_wait_for_frame (GTK_WIDGET (window));

  /* The window shows the restored data. */
  store = liens_window_get_store (LIENS_WINDOW (window));
  g_assert_nonnull (store);
  g_assert_cmpuint (count_all_contacts (store), ==, 15);
  g_assert_false (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_get_mapped (liens_test_find_widget (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK, NULL)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "events");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (liens_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL))),
                   ==, "events");

  /* The unreadable file is kept, as it was. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "liens.db.unreadable-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      aside = g_build_filename (dir, name, NULL);
  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");

  liens_test_destroy_window (GTK_WINDOW (window));
  liens_test_remove_temp_dir (dir);
}

static void
test_error_page_without_backup (void)
{
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "liens.db", NULL);
  LiensWindow *window;
  GtkWidget *button;

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));
  window = LIENS_WINDOW (liens_window_new (app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  liens_test_wait_for_mapped (GTK_WIDGET (window));
  liens_window_show_error (window, "Not a database.", path);
  liens_test_wait_for_frame (GTK_WIDGET (window));

  button = liens_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Restore Latest Backup");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));

  liens_test_destroy_window (GTK_WINDOW (window));
  liens_test_remove_temp_dir (dir);
}

/* In English and in French: the preview wide and narrow, the error page's restore button. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ("google.vcf");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *db_path = NULL;
  LiensImportDialog *dialog;
  LiensWindow *window;

  add_bruno (fixture->store);
  dialog = open_import (fixture, file);
  g_assert_cmpstr (liens_import_dialog_get_state (dialog), ==, "preview");

  liens_test_set_window_size (GTK_WINDOW (dialog), 640, 640);
  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_true (liens_test_screenshot (GTK_WIDGET (dialog), "import-preview", &error));
  g_assert_no_error (error);

  liens_test_set_window_size (GTK_WINDOW (dialog), 360, 640);
  liens_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_true (liens_test_screenshot (GTK_WIDGET (dialog), "import-preview-narrow", &error));
  g_assert_no_error (error);
  liens_test_assert_widgets_are_named (GTK_WIDGET (dialog));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_until_destroyed (dialog);

  window = present_error_window (dir, &db_path);
  liens_test_set_window_size (GTK_WINDOW (window), 800, 600);
  liens_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (liens_test_screenshot (GTK_WIDGET (window), "window-error-restore", &error));
  g_assert_no_error (error);
  liens_test_destroy_window (GTK_WINDOW (window));
  liens_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  liens_test_init (&argc, &argv);
  app = liens_test_new_application ();

  g_test_add ("/import-dialog/preview", Fixture, NULL,
              fixture_set_up, test_import_preview, fixture_tear_down);
  g_test_add ("/import-dialog/merge", Fixture, NULL,
              fixture_set_up, test_import_merge, fixture_tear_down);
  g_test_add ("/import-dialog/cancel-before", Fixture, NULL,
              fixture_set_up, test_import_cancel_before, fixture_tear_down);
  g_test_add ("/import-dialog/cancel-while-applying", Fixture, NULL,
              fixture_set_up, test_import_cancel_while_applying, fixture_tear_down);
  g_test_add ("/import-dialog/large", Fixture, NULL,
              fixture_set_up, test_import_large, fixture_tear_down);
  g_test_add ("/import-dialog/linkedin", Fixture, NULL,
              fixture_set_up, test_import_linkedin, fixture_tear_down);
  g_test_add ("/import-dialog/error", Fixture, NULL,
              fixture_set_up, test_import_error, fixture_tear_down);
  g_test_add ("/import-dialog/calendar", Fixture, NULL,
              fixture_set_up, test_import_calendar, fixture_tear_down);
  g_test_add ("/import-dialog/export", Fixture, GINT_TO_POINTER (1),
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/import-dialog/backup-restore", Fixture, GINT_TO_POINTER (1),
              fixture_set_up, test_backup_restore, fixture_tear_down);
  g_test_add ("/import-dialog/restore-refreshes-views", Fixture, GINT_TO_POINTER (1),
              fixture_set_up, test_restore_refreshes_views, fixture_tear_down);
  g_test_add ("/import-dialog/restore-refreshes-people", Fixture, GINT_TO_POINTER (1),
              fixture_set_up, test_restore_refreshes_people, fixture_tear_down);
  g_test_add_func ("/import-dialog/error-page-restore", test_error_page_restore);
  g_test_add_func ("/import-dialog/error-page-without-backup", test_error_page_without_backup);
  g_test_add ("/screenshots/import-dialog", Fixture, GINT_TO_POINTER (1),
              fixture_set_up, test_screenshots, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
