/* test-linkedin.c: contacts read from LinkedIn's connections export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "liens-contact.h"
#include "liens-import.h"
#include "liens-test-utils.h"
#include "liens-linkedin.h"

static void
assert_met_on (LiensContact *contact,
               int           year,
               int           month,
               int           day)
{
  GDateTime *met_on = liens_contact_get_met_on (contact);

  g_assert_nonnull (met_on);
  g_assert_cmpint (g_date_time_get_year (met_on), ==, year);
  g_assert_cmpint (g_date_time_get_month (met_on), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (met_on), ==, day);
  g_assert_cmpint (g_date_time_get_hour (met_on), ==, 0);
}

static void
assert_values (LiensContact    *contact,
               LiensDetailKind  kind,
               const char      *value)
{
  g_auto(GStrv) values = liens_contact_dup_values (contact, kind);

  if (value == NULL)
    g_assert_cmpuint (g_strv_length (values), ==, 0);
  else
    {
      g_assert_cmpuint (g_strv_length (values), ==, 1);
      g_assert_cmpstr (values[0], ==, value);
    }
}

static void
test_sample (void)
{
  gsize length;
  g_autofree char *data = liens_test_load_import_sample ("linkedin-connections.csv", &length);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;
  guint n_skipped = 42;

  g_assert_cmpint (liens_import_detect (data, length), ==, LIENS_IMPORT_FORMAT_LINKEDIN_CSV);

  contacts = liens_linkedin_parse_full (data, length, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 4);
  /* The blank row is not a person; nothing was skipped. */
  g_assert_cmpuint (n_skipped, ==, 0);

  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpint (liens_contact_get_id (contact), ==, 0);
  g_assert_cmpstr (liens_contact_get_given_name (contact), ==, "Hélène");
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Marchand");
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, "Conseil, Stratégie & Associés");
  g_assert_cmpstr (liens_contact_get_role (contact), ==, "Associée");
  g_assert_cmpstr (liens_contact_get_met_how (contact), ==, "LinkedIn");
  assert_met_on (contact, 2024, 3, 12);
  assert_values (contact, LIENS_DETAIL_KIND_EMAIL, "helene.marchand@example.fr");
  assert_values (contact, LIENS_DETAIL_KIND_LINKEDIN, "https://www.linkedin.com/in/helene-marchand-exemple");

  /* Doubled quotes, a new line inside quotes, no email, a messy profile address. */
  contact = g_ptr_array_index (contacts, 1);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Karim Benali");
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, "Le \"Petit\" Studio");
  g_assert_cmpstr (liens_contact_get_role (contact), ==, "Développeur\nfull-stack");
  assert_met_on (contact, 2023, 1, 3);
  assert_values (contact, LIENS_DETAIL_KIND_EMAIL, NULL);
  assert_values (contact, LIENS_DETAIL_KIND_LINKEDIN, "https://www.linkedin.com/in/karim-benali-exemple");

  contact = g_ptr_array_index (contacts, 2);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Søren Østergaard");
  assert_met_on (contact, 2022, 2, 28);

  contact = g_ptr_array_index (contacts, 3);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Camille Roux");
  g_assert_null (liens_contact_get_organisation (contact));
  g_assert_null (liens_contact_get_role (contact));
  assert_met_on (contact, 2021, 11, 5);
  assert_values (contact, LIENS_DETAIL_KIND_LINKEDIN, "https://www.linkedin.com/in/camille-roux-exemple");
}

static void
test_columns_by_name (void)
{
  /* Another column order, other capitalisation, LF line ends, no notes, no BOM. */
  static const char data[] =
    "connected on,EMAIL ADDRESS,last name,First Name,Position,Company,Url\n"
    "1-Feb-24,ana@example.com,Silva,Ana,Designer,Estúdio,linkedin.com/in/ana-silva\n"
    ",,,,,,\n"
    "not a date,,,,,,https://www.linkedin.com/in/nobody\n";
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;
  guint n_skipped = 0;

  contacts = liens_linkedin_parse_full (data, sizeof data - 1, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  /* A row with no name, company or email cannot be shown: skipped and counted. */
  g_assert_cmpuint (n_skipped, ==, 1);

  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (liens_contact_get_given_name (contact), ==, "Ana");
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Silva");
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, "Estúdio");
  g_assert_cmpstr (liens_contact_get_role (contact), ==, "Designer");
  assert_met_on (contact, 2024, 2, 1);
  assert_values (contact, LIENS_DETAIL_KIND_EMAIL, "ana@example.com");
  assert_values (contact, LIENS_DETAIL_KIND_LINKEDIN, "https://www.linkedin.com/in/ana-silva");
}

static void
test_windows_1252 (void)
{
  /* Saved again by a spreadsheet: read as Windows-1252 rather than refused. */
  static const char data[] = "First Name,Last Name,Company\r\nL\xe9o,Martin,Caf\xe9 \x80uro\r\n";
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contacts = liens_linkedin_parse (data, sizeof data - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Léo Martin");
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, "Café €uro");
  g_assert_null (liens_contact_get_met_on (contact));
}

static void
test_normalise_url (void)
{
  static const struct {
    const char *url;
    const char *normalised;
  } cases[] = {
    { "https://www.linkedin.com/in/jean-dupont", "https://www.linkedin.com/in/jean-dupont" },
    { "http://www.linkedin.com/in/jean-dupont/", "https://www.linkedin.com/in/jean-dupont" },
    { "  HTTPS://FR.LINKEDIN.COM/in/Jean-Dupont//  ", "https://www.linkedin.com/in/Jean-Dupont" },
    { "linkedin.com/in/jean-dupont?trk=abc#top", "https://www.linkedin.com/in/jean-dupont" },
    { "https://Example.ORG/Page/", "https://example.org/Page" },
    { "", NULL },
    { "   ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalised = liens_linkedin_normalise_url (cases[i].url);

      g_assert_cmpstr (normalised, ==, cases[i].normalised);
    }

  g_assert_null (liens_linkedin_normalise_url (NULL));
}

static void
test_errors (void)
{
  static const char unterminated[] =
    "First Name,Last Name,URL\r\nAna,Silva,x\r\nLéo,\"Martin\r\nsans fin,\r\n";
  static const char not_text[] = "First Name,Last Name\r\nL\xe9o,Martin\x81\r\n";

  liens_test_assert_sample_error (liens_linkedin_parse, "csv-without-header.csv",
                                  LIENS_IMPORT_ERROR_NOT_CSV, "LinkedIn");
  liens_test_assert_sample_error (liens_linkedin_parse, "google.vcf",
                                  LIENS_IMPORT_ERROR_NOT_CSV, "First Name");
  liens_test_assert_sample_error (liens_linkedin_parse, "empty.vcf",
                                  LIENS_IMPORT_ERROR_EMPTY, "empty");
  liens_test_assert_sample_error (liens_linkedin_parse, "binary.vcf",
                                  LIENS_IMPORT_ERROR_BINARY, "not a text file");
  liens_test_assert_parse_error (liens_linkedin_parse, "\xef\xbb\xbf\r\n", 5,
                                 LIENS_IMPORT_ERROR_EMPTY, "empty");
  liens_test_assert_parse_error (liens_linkedin_parse, unterminated, sizeof unterminated - 1,
                                 LIENS_IMPORT_ERROR_TRUNCATED, "line 3");
  liens_test_assert_parse_error (liens_linkedin_parse, not_text, sizeof not_text - 1,
                                 LIENS_IMPORT_ERROR_ENCODING, "Line 2");
}

static void
test_performance (void)
{
  g_autoptr(GString) data = g_string_new ("\xef\xbb\xbfNotes:\r\n\"Some notes, quoted.\"\r\n\r\n"
                                          "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
  double seconds;

  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (data,
                            "Prénom%u,Nom%u,https://www.linkedin.com/in/personne-%u,%s,"
                            "\"Société %u, \"\"filiale\"\"\",Responsable des ventes,%02u Mar 2023\r\n",
                            i, i, i, i % 3 == 0 ? "personne@example.com" : "", i, i % 28 + 1);

  seconds = liens_test_time_parse (liens_linkedin_parse, data, 30000, "rows");

  /* Well under a second on the build machine; generous for a busy one. */
  g_assert_cmpfloat (seconds, <, 5.0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/linkedin/sample", test_sample);
  g_test_add_func ("/linkedin/columns-by-name", test_columns_by_name);
  g_test_add_func ("/linkedin/windows-1252", test_windows_1252);
  g_test_add_func ("/linkedin/normalise-url", test_normalise_url);
  g_test_add_func ("/linkedin/errors", test_errors);
  g_test_add_func ("/linkedin/performance", test_performance);

  return g_test_run ();
}
