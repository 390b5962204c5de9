/* test-vcard.c: contacts read from and written to vCard files.
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
#include "liens-vcard.h"

static GPtrArray *
parse_sample (const char *name,
              guint       expected)
{
  gsize length;
  g_autofree char *data = liens_test_load_import_sample (name, &length);
  g_autoptr(GError) error = NULL;
  GPtrArray *contacts;

  g_assert_cmpint (liens_import_detect (data, length), ==, LIENS_IMPORT_FORMAT_VCARD);

  contacts = liens_vcard_parse (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contacts);
  g_assert_cmpuint (contacts->len, ==, expected);

  return contacts;
}

static void
assert_detail (LiensContact    *contact,
               guint            index,
               LiensDetailKind  kind,
               const char      *label,
               const char      *value)
{
  GPtrArray *details = liens_contact_get_details (contact);
  const LiensContactDetail *detail;

  g_assert_cmpuint (index, <, details->len);
  detail = g_ptr_array_index (details, index);
  g_assert_cmpint (detail->kind, ==, kind);
  g_assert_cmpstr (detail->label, ==, label);
  g_assert_cmpstr (detail->value, ==, value);
}

static void
assert_extra_has (LiensContact *contact,
                  const char   *line)
{
  const char *extra = liens_contact_get_vcard_extra (contact);
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (extra);
  lines = g_strsplit (extra, "\n", -1);
  if (!g_strv_contains ((const char * const *)lines, line))
    g_error ("“%s” is not in the extra lines:\n%s", line, extra);
}

static void
assert_tags (LiensContact *contact,
             const char   *first,
             ...)
{
  const char * const *tags = liens_contact_get_tags (contact);
  const char *tag = first;
  guint i = 0;
  va_list args;

  va_start (args, first);
  for (; tag != NULL; tag = va_arg (args, const char *), i++)
    g_assert_cmpstr (tags[i], ==, tag);
  va_end (args);

  g_assert_null (tags[i]);
}

static GBytes *
sample_png (void)
{
  /* The 2×2 PNG image of the sample files. */
  gsize length;
  g_autofree char *data = liens_test_load_import_sample ("photo.png", &length);

  g_assert_cmpuint (length, >, 40);
  return g_bytes_new (data, length);
}

static void
test_google (void)
{
  g_autoptr(GPtrArray) contacts = parse_sample ("google.vcf", 2);
  LiensContact *amelie = g_ptr_array_index (contacts, 0);
  LiensContact *bruno = g_ptr_array_index (contacts, 1);

  g_assert_cmpint (liens_contact_get_id (amelie), ==, 0);
  g_assert_cmpstr (liens_contact_get_given_name (amelie), ==, "Amélie");
  g_assert_cmpstr (liens_contact_get_family_name (amelie), ==, "Poulain");
  g_assert_cmpstr (liens_contact_get_organisation (amelie), ==, "Les Deux Moulins");
  g_assert_cmpstr (liens_contact_get_role (amelie), ==, "Serveuse, puis gérante");
  g_assert_cmpstr (liens_contact_get_birthday (amelie), ==, "1974-09-03");
  g_assert_cmpstr (liens_contact_get_notes (amelie), ==, "Rencontrée au salon Vivatech\nParle de photomatons.");

  assert_detail (amelie, 0, LIENS_DETAIL_KIND_EMAIL, "work", "amelie.poulain@example.fr");
  assert_detail (amelie, 1, LIENS_DETAIL_KIND_EMAIL, "Perso", "amelie@example.org");
  assert_detail (amelie, 2, LIENS_DETAIL_KIND_PHONE, "cell", "+33 6 12 34 56 78");
  assert_detail (amelie, 3, LIENS_DETAIL_KIND_PHONE, "Standard", "+33 1 23 45 67 89");
  assert_detail (amelie, 4, LIENS_DETAIL_KIND_LINKEDIN, "PROFILE",
                 "https://www.linkedin.com/in/amelie-poulain-exemple/");
  g_assert_cmpuint (liens_contact_get_details (amelie)->len, ==, 5);

  /* "myContacts" is Google's group of every contact, not a tag. */
  assert_tags (amelie, "Clients", NULL);
  assert_tags (bruno, NULL);

  /* Every property became a field: nothing is left over. */
  g_assert_null (liens_contact_get_vcard_extra (amelie));
  g_assert_cmpstr (liens_contact_get_display_name (bruno), ==, "Bruno Lefèvre");
}

static void
test_apple (void)
{
  g_autoptr(GPtrArray) contacts = parse_sample ("apple.vcf", 1);
  LiensContact *elodie = g_ptr_array_index (contacts, 0);
  g_autoptr(GBytes) png = sample_png ();
  GBytes *photo;

  g_assert_cmpstr (liens_contact_get_given_name (elodie), ==, "Élodie");
  g_assert_cmpstr (liens_contact_get_family_name (elodie), ==, "Dubois-Martin");
  g_assert_cmpstr (liens_contact_get_organisation (elodie), ==, "Atelier Lumière");
  g_assert_cmpstr (liens_contact_get_role (elodie), ==, "Directrice artistique");
  g_assert_cmpstr (liens_contact_get_birthday (elodie), ==, "--11-23");

  assert_detail (elodie, 0, LIENS_DETAIL_KIND_EMAIL, "other", "elodie@example.fr");
  assert_detail (elodie, 1, LIENS_DETAIL_KIND_PHONE, "cell", "06 11 22 33 44");
  assert_detail (elodie, 2, LIENS_DETAIL_KIND_PHONE, "work", "01 44 55 66 77");
  assert_detail (elodie, 3, LIENS_DETAIL_KIND_WEBSITE, "homepage", "https://atelier-lumiere.example.fr");
  assert_detail (elodie, 4, LIENS_DETAIL_KIND_LINKEDIN, NULL, "https://www.linkedin.com/in/elodie-dubois-martin");
  assert_detail (elodie, 5, LIENS_DETAIL_KIND_X, NULL, "https://twitter.com/elodie_dm");
  assert_detail (elodie, 6, LIENS_DETAIL_KIND_MASTODON, NULL, "https://mastodon.social/@elodie");

  photo = liens_contact_get_photo (elodie);
  g_assert_nonnull (photo);
  g_assert_true (g_bytes_equal (photo, png));

  /* Middle name and title, organisation unit, address and Apple's own
   * properties are kept for the next export. */
  assert_extra_has (elodie, "N:Dubois-Martin;Élodie;Claire;Dr;");
  assert_extra_has (elodie, "FN:Dr Élodie Dubois-Martin");
  assert_extra_has (elodie, "ORG:Atelier Lumière;Design;");
  assert_extra_has (elodie, "item2.ADR;type=WORK;type=pref:;;12 rue des Lilas;Lyon;;69003;France");
  assert_extra_has (elodie, "item2.X-ABADR:fr");
  assert_extra_has (elodie, "NICKNAME:Lodie");
  g_assert_null (strstr (liens_contact_get_vcard_extra (elodie), "X-ABLabel"));
  g_assert_null (strstr (liens_contact_get_vcard_extra (elodie), "PRODID"));
}

static void
test_outlook (void)
{
  g_autoptr(GPtrArray) contacts = parse_sample ("outlook.vcf", 1);
  LiensContact *francois = g_ptr_array_index (contacts, 0);
  g_autoptr(GBytes) png = sample_png ();
  GBytes *photo;

  /* Quoted-printable in Windows-1252, with a soft line break in the note. */
  g_assert_cmpstr (liens_contact_get_given_name (francois), ==, "François");
  g_assert_cmpstr (liens_contact_get_family_name (francois), ==, "Lefèbvre");
  g_assert_cmpstr (liens_contact_get_organisation (francois), ==, "Mécanique Générale SA");
  g_assert_cmpstr (liens_contact_get_role (francois), ==, "Responsable des achats");
  g_assert_cmpstr (liens_contact_get_notes (francois), ==,
                   "Rencontré lors du petit-déjeuner de la CCI.\n"
                   "Très bon contact pour l'export : à relancer en été.");
  g_assert_cmpstr (liens_contact_get_birthday (francois), ==, "1968-02-15");

  /* vCard 2.1 bare parameters. */
  assert_detail (francois, 0, LIENS_DETAIL_KIND_PHONE, "work", "+33 3 88 00 11 22");
  assert_detail (francois, 1, LIENS_DETAIL_KIND_PHONE, "cell", "+33 6 98 76 54 32");
  assert_detail (francois, 2, LIENS_DETAIL_KIND_PHONE, "work, fax", "+33 3 88 00 11 23");
  assert_detail (francois, 3, LIENS_DETAIL_KIND_EMAIL, NULL, "f.lefebvre@example.fr");
  assert_detail (francois, 4, LIENS_DETAIL_KIND_WEBSITE, "work", "http://www.mecanique-generale.example.fr");

  photo = liens_contact_get_photo (francois);
  g_assert_nonnull (photo);
  g_assert_true (g_bytes_equal (photo, png));

  /* Kept as vCard 4.0 lines, decoded to UTF-8. */
  assert_extra_has (francois, "N:Lefèbvre;François;;M.;");
  assert_extra_has (francois, "FN:M. François Lefèbvre");
  assert_extra_has (francois, "ADR;TYPE=WORK:;;3 allée des Forgerons;Strasbourg;;67000;France");
  g_assert_null (strstr (liens_contact_get_vcard_extra (francois), "REV"));
}

static void
test_evolution (void)
{
  g_autoptr(GPtrArray) contacts = parse_sample ("evolution.vcf", 1);
  LiensContact *hoa = g_ptr_array_index (contacts, 0);

  g_assert_cmpstr (liens_contact_get_uid (hoa), ==, "pas-id-65A1B2C3000001");
  g_assert_cmpstr (liens_contact_get_given_name (hoa), ==, "Thi Hoa");
  g_assert_cmpstr (liens_contact_get_family_name (hoa), ==, "Nguyen");
  g_assert_cmpstr (liens_contact_get_organisation (hoa), ==, "Réseau Entreprendre Ouest");
  g_assert_cmpstr (liens_contact_get_role (hoa), ==, "Chargée de mission");
  g_assert_cmpstr (liens_contact_get_notes (hoa), ==,
                   "Accompagne les créatrices d’entreprise; très disponible, le mardi.");
  g_assert_cmpstr (liens_contact_get_expertise (hoa), ==, "Financement, Levée de fonds");
  g_assert_cmpstr (liens_contact_get_interests (hoa), ==, "Voile, Économie sociale");
  assert_tags (hoa, "Mentorat", "Nantes", NULL);
  assert_detail (hoa, 0, LIENS_DETAIL_KIND_EMAIL, "work", "thihoa.nguyen@example.org");
  assert_detail (hoa, 1, LIENS_DETAIL_KIND_PHONE, "work", "02 40 00 00 01");

  /* ROLE beside a TITLE, the address and Evolution's own properties. */
  assert_extra_has (hoa, "ROLE:Mentor des créateurs");
  assert_extra_has (hoa, "ADR;TYPE=HOME:;;5 quai de la Fosse;Nantes;;44000;France");
  assert_extra_has (hoa, "X-EVOLUTION-FILE-AS:Nguyen\\, Thi Hoa");
  assert_extra_has (hoa, "X-EVOLUTION-BLOG-URL:https://blog.example.org/thihoa");
  /* "ORG:…;" has an empty unit only: the organisation says it all. */
  g_assert_null (strstr (liens_contact_get_vcard_extra (hoa), "ORG"));
}

static void
test_thunderbird (void)
{
  g_autoptr(GPtrArray) contacts = parse_sample ("thunderbird.vcf", 1);
  LiensContact *zoe = g_ptr_array_index (contacts, 0);

  g_assert_cmpstr (liens_contact_get_display_name (zoe), ==, "Zoé Girard");
  g_assert_cmpstr (liens_contact_get_birthday (zoe), ==, "--04-12");
  g_assert_cmpstr (liens_contact_get_uid (zoe), ==, "3b4a1c9e-0c6f-4a6e-9d3f-2f1c0b1a2e3d");
  g_assert_cmpstr (liens_contact_get_notes (zoe), ==, "Ligne 1\nLigne 2 avec une virgule, et un point-virgule;");
  assert_detail (zoe, 0, LIENS_DETAIL_KIND_EMAIL, NULL, "zoe.girard@example.net");
  assert_detail (zoe, 1, LIENS_DETAIL_KIND_PHONE, "cell", "+33 7 00 00 00 07");
  assert_detail (zoe, 2, LIENS_DETAIL_KIND_PHONE, "work", "+33-4-00-00-00-04");
  g_assert_cmpstr (liens_contact_get_vcard_extra (zoe), ==, "NICKNAME:Zozo");
}

static void
test_latin1 (void)
{
  /* ISO-8859-1 without a CHARSET: read as Windows-1252 rather than refused. */
  g_autoptr(GPtrArray) contacts = parse_sample ("latin1.vcf", 1);
  LiensContact *contact = g_ptr_array_index (contacts, 0);

  g_assert_cmpstr (liens_contact_get_given_name (contact), ==, "Gaëlle");
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Bérénice");
  g_assert_cmpstr (liens_contact_get_organisation (contact), ==, "Crèmerie Française");
  g_assert_cmpstr (liens_contact_get_notes (contact), ==, "Déjà cliente - fidèle");
}

static void
test_errors (void)
{
  static const char not_text[] = "BEGIN:VCARD\r\nFN:Bad\x81\x8d\r\nEND:VCARD\r\n";
  g_autoptr(GError) error = NULL;

  liens_test_assert_sample_error (liens_vcard_parse, "empty.vcf",
                                  LIENS_IMPORT_ERROR_EMPTY, "empty");
  liens_test_assert_parse_error (liens_vcard_parse, "\r\n \r\n", 5,
                                 LIENS_IMPORT_ERROR_EMPTY, "empty");
  liens_test_assert_sample_error (liens_vcard_parse, "binary.vcf",
                                  LIENS_IMPORT_ERROR_BINARY, "not a text file");
  liens_test_assert_sample_error (liens_vcard_parse, "truncated.vcf",
                                  LIENS_IMPORT_ERROR_TRUNCATED, "starts on line 6");
  liens_test_assert_sample_error (liens_vcard_parse, "not-a-vcard.vcf",
                                  LIENS_IMPORT_ERROR_NOT_VCARD, "BEGIN:VCARD");
  liens_test_assert_sample_error (liens_vcard_parse, "linkedin-connections.csv",
                                  LIENS_IMPORT_ERROR_NOT_VCARD, "not a vCard");
  liens_test_assert_parse_error (liens_vcard_parse, not_text, sizeof not_text - 1,
                                 LIENS_IMPORT_ERROR_ENCODING, "Line 2");

  g_assert_true (liens_import_check_size (LIENS_IMPORT_MAX_SIZE, NULL));
  g_assert_false (liens_import_check_size (LIENS_IMPORT_MAX_SIZE + 1, &error));
  g_assert_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large"));
}

static void
test_unnamed (void)
{
  static const char data[] =
    "BEGIN:VCARD\nVERSION:3.0\nTEL:0102030405\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nEMAIL:sans.nom@example.com\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Acme\nORG:Acme\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Jean-Pierre de la Tour\nEND:VCARD\n";
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;
  guint n_skipped = 42;

  contacts = liens_vcard_parse_full (data, sizeof data - 1, &n_skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_skipped, ==, 1);
  g_assert_cmpuint (contacts->len, ==, 3);

  /* Named after the email address, then the organisation. */
  contact = g_ptr_array_index (contacts, 0);
  g_assert_null (liens_contact_get_given_name (contact));
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "sans.nom@example.com");

  contact = g_ptr_array_index (contacts, 1);
  g_assert_null (liens_contact_get_given_name (contact));
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Acme");

  /* FN alone is split at its last space. */
  contact = g_ptr_array_index (contacts, 2);
  g_assert_cmpstr (liens_contact_get_given_name (contact), ==, "Jean-Pierre de la");
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Tour");
}

static void
test_line_ends (void)
{
  /* Mixed CRLF, LF and CR line ends, tab folding, a grouped label. */
  static const char data[] =
    "BEGIN:VCARD\r\nVERSION:3.0\nN:Ma\r\n rtin;Léa;;;\rEMAIL;type=pref:lea@\n\texample.com\r\n"
    "BDAY:1990-01-02T00:00:00Z\nX-LIENS-PROFILE:mentor\nX-LIENS-UNKNOWN:kept\nEND:VCARD";
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contacts = liens_vcard_parse (data, sizeof data - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (liens_contact_get_family_name (contact), ==, "Martin");
  g_assert_cmpstr (liens_contact_get_given_name (contact), ==, "Léa");
  g_assert_cmpstr (liens_contact_get_birthday (contact), ==, "1990-01-02");
  g_assert_cmpint (liens_contact_get_profile (contact), ==, LIENS_PROFILE_MENTOR);
  assert_detail (contact, 0, LIENS_DETAIL_KIND_EMAIL, NULL, "lea@example.com");
  g_assert_cmpstr (liens_contact_get_vcard_extra (contact), ==, "X-LIENS-UNKNOWN:kept");
}

static void
test_odd_values (void)
{
  /* Found by fuzzing: an empty quoted-printable value, a photo of one character. */
  static const char data[] =
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\nNOTE;ENCODING=QUOTED-PRINTABLE:\r\n"
    "TITLE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:\r\nPHOTO;ENCODING=BASE64:A\r\n"
    "PHOTO:data:image/png;base64,\r\nEND:VCARD\r\n";
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *contact;

  contacts = liens_vcard_parse (data, sizeof data - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  contact = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "John Doe");
  g_assert_null (liens_contact_get_notes (contact));
  g_assert_null (liens_contact_get_role (contact));
  g_assert_null (liens_contact_get_photo (contact));
  assert_extra_has (contact, "PHOTO;ENCODING=BASE64:A");
}

static LiensContact *
make_tricky_contact (void)
{
  LiensContact *contact = liens_contact_new ();
  g_autoptr(GBytes) photo = sample_png ();
  g_autoptr(GDateTime) met_on = g_date_time_new_local (2023, 6, 14, 0, 0, 0);
  const char *tags[] = { "Clients, grands comptes", "Lyon; Rhône", "Écosystème\\tech", NULL };

  liens_contact_set_uid (contact, "urn:uuid:0e7a3c52-5f7c-4d8e-9c1a-7b6f2a9d1e00");
  liens_contact_set_given_name (contact, "Anne-Sophie");
  liens_contact_set_family_name (contact, "D'Arcy; Müller, Jr");
  liens_contact_set_organisation (contact, "Société Générale d’Études, Lyon");
  liens_contact_set_role (contact, "Directrice R&D; innovation");
  liens_contact_set_notes (contact, "Première ligne\nDeuxième ligne, avec ; et \\ et une très longue phrase "
                                    "qui dépasse largement les soixante-quinze octets d’une ligne de vCard "
                                    "pour vérifier le pliage des caractères accentués éèàùç€.");
  liens_contact_set_met_how (contact, "Conférence « Réseaux », Lyon");
  liens_contact_set_met_on (contact, met_on);
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_CLOSE);
  liens_contact_set_tie_nature (contact, LIENS_TIE_NATURE_BOTH);
  liens_contact_set_profile (contact, LIENS_PROFILE_SUPER_CONNECTOR);
  liens_contact_set_cadence (contact, LIENS_CADENCE_CUSTOM);
  liens_contact_set_cadence_days (contact, 45);
  liens_contact_set_expertise (contact, "Chimie verte, brevets");
  liens_contact_set_interests (contact, "Escalade; jazz");
  liens_contact_set_birthday (contact, "--02-29");
  liens_contact_set_photo (contact, photo);
  liens_contact_set_tags (contact, tags);
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "work", "as.darcy@example.fr");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "Adresse perso, la vraie", "anne-sophie@example.org");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, "third@example.net");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, "cell", "+33 6 00 00 00 01");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, "work, fax", "+33 4 00 00 00 02");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, "Work", "+33 4 00 00 00 03");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_LINKEDIN, NULL, "https://www.linkedin.com/in/as-darcy");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_X, NULL, "https://x.com/asdarcy");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_MASTODON, NULL, "https://piaille.fr/@asdarcy");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_MASTODON, NULL, "https://social.example/users/asdarcy");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_WEBSITE, "blog", "https://as-darcy.example.fr/?a=1,2;b");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_OTHER_LINK, NULL, "xmpp:asdarcy@example.org");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_OTHER_LINK, "Portfolio", "https://portfolio.example/");
  liens_contact_set_vcard_extra (contact,
                                 "N:D'Arcy\\; Müller\\, Jr;Anne-Sophie;Marie;Dr;\n"
                                 "ORG:Société Générale d’Études\\, Lyon;Recherche\n"
                                 "NICKNAME:Anso\n"
                                 "item1.ADR;TYPE=work:;;1 place Bellecour;Lyon;;69002;France\n"
                                 "item1.X-ABLabel:Bureau\n"
                                 "X-CUSTOM;X-PARAM=\"a:b\":une valeur accentuée très longue, bien plus longue que soixante-quinze octets");

  return contact;
}

static void
assert_same_contact (LiensContact *a,
                     LiensContact *b)
{
  GPtrArray *da = liens_contact_get_details (a);
  GPtrArray *db = liens_contact_get_details (b);
  GBytes *pa = liens_contact_get_photo (a);
  GBytes *pb = liens_contact_get_photo (b);

  g_assert_cmpstr (liens_contact_get_uid (a), ==, liens_contact_get_uid (b));
  g_assert_cmpstr (liens_contact_get_given_name (a), ==, liens_contact_get_given_name (b));
  g_assert_cmpstr (liens_contact_get_family_name (a), ==, liens_contact_get_family_name (b));
  g_assert_cmpstr (liens_contact_get_organisation (a), ==, liens_contact_get_organisation (b));
  g_assert_cmpstr (liens_contact_get_role (a), ==, liens_contact_get_role (b));
  g_assert_cmpstr (liens_contact_get_notes (a), ==, liens_contact_get_notes (b));
  g_assert_cmpstr (liens_contact_get_met_how (a), ==, liens_contact_get_met_how (b));
  g_assert_true ((liens_contact_get_met_on (a) == NULL) == (liens_contact_get_met_on (b) == NULL));
  if (liens_contact_get_met_on (a) != NULL)
    g_assert_true (g_date_time_equal (liens_contact_get_met_on (a), liens_contact_get_met_on (b)));
  g_assert_cmpint (liens_contact_get_tie_strength (a), ==, liens_contact_get_tie_strength (b));
  g_assert_cmpint (liens_contact_get_tie_nature (a), ==, liens_contact_get_tie_nature (b));
  g_assert_cmpint (liens_contact_get_profile (a), ==, liens_contact_get_profile (b));
  g_assert_cmpint (liens_contact_get_cadence (a), ==, liens_contact_get_cadence (b));
  g_assert_cmpint (liens_contact_get_cadence_days (a), ==, liens_contact_get_cadence_days (b));
  g_assert_cmpstr (liens_contact_get_expertise (a), ==, liens_contact_get_expertise (b));
  g_assert_cmpstr (liens_contact_get_interests (a), ==, liens_contact_get_interests (b));
  g_assert_cmpstr (liens_contact_get_birthday (a), ==, liens_contact_get_birthday (b));
  g_assert_true (g_strv_equal (liens_contact_get_tags (a), liens_contact_get_tags (b)));
  g_assert_cmpstr (liens_contact_get_vcard_extra (a), ==, liens_contact_get_vcard_extra (b));
  g_assert_true ((pa == NULL) == (pb == NULL));
  if (pa != NULL)
    g_assert_true (g_bytes_equal (pa, pb));

  g_assert_cmpuint (da->len, ==, db->len);
  for (guint i = 0; i < da->len; i++)
    {
      const LiensContactDetail *x = g_ptr_array_index (da, i);
      const LiensContactDetail *y = g_ptr_array_index (db, i);

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpstr (x->value, ==, y->value);
    }
}

static void
assert_well_formed (const char *text)
{
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  /* Every line ends in CRLF, is at most 75 octets and holds whole characters. */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
round_trip (LiensVCardVersion version)
{
  g_autoptr(LiensContact) tricky = make_tricky_contact ();
  g_autoptr(LiensContact) plain = liens_contact_new ();
  LiensContact *contacts[2];
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) uids = NULL;

  liens_contact_set_given_name (plain, "Zoé");
  contacts[0] = tricky;
  contacts[1] = plain;

  text = liens_vcard_write (contacts, 2, version);
  assert_well_formed (text);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\n"));
  g_assert_nonnull (strstr (text, version == LIENS_VCARD_VERSION_4_0 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n"));
  g_assert_nonnull (strstr (text, version == LIENS_VCARD_VERSION_4_0
                                  ? "PHOTO:data:image/png;base64," : "PHOTO;ENCODING=b;TYPE=PNG:"));
  /* The kept N and ORG lines, since the names still agree with them. */
  g_assert_nonnull (strstr (text, "N:D'Arcy\\; Müller\\, Jr;Anne-Sophie;Marie;Dr;\r\n"));
  g_assert_nonnull (strstr (text, "ORG:Société Générale d’Études\\, Lyon;Recherche\r\n"));
  g_assert_nonnull (strstr (text, "TEL;TYPE=work,fax:+33 4 00 00 00 02\r\n"));
  /* No UID for a contact without one: the writer never makes one up. */
  uids = g_strsplit (text, "\r\nUID:", -1);
  g_assert_cmpuint (g_strv_length (uids), ==, 2);

  g_assert_cmpint (liens_import_detect (text, strlen (text)), ==, LIENS_IMPORT_FORMAT_VCARD);
  parsed = liens_vcard_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 2);
  assert_same_contact (g_ptr_array_index (parsed, 0), tricky);
  assert_same_contact (g_ptr_array_index (parsed, 1), plain);
  g_assert_null (liens_contact_get_uid (g_ptr_array_index (parsed, 1)));

  /* Writing what was read gives the same file. */
  again = liens_vcard_write ((LiensContact * const *)parsed->pdata, parsed->len, version);
  g_assert_cmpstr (again, ==, text);
}

static void
test_round_trip_4_0 (void)
{
  round_trip (LIENS_VCARD_VERSION_4_0);
}

static void
test_round_trip_3_0 (void)
{
  round_trip (LIENS_VCARD_VERSION_3_0);
}

static void
test_changed_names (void)
{
  /* A kept N line that no longer agrees with the names is not written back. */
  g_autoptr(LiensContact) contact = make_tricky_contact ();
  g_autofree char *text = NULL;

  liens_contact_set_family_name (contact, "Dupont");
  liens_contact_set_organisation (contact, "Autre Société");
  text = liens_vcard_write (&contact, 1, LIENS_VCARD_VERSION_4_0);
  g_assert_nonnull (strstr (text, "\r\nN:Dupont;Anne-Sophie;;;\r\n"));
  g_assert_nonnull (strstr (text, "\r\nFN:Anne-Sophie Dupont\r\n"));
  g_assert_nonnull (strstr (text, "\r\nORG:Autre Société\r\n"));
  g_assert_null (strstr (text, "D'Arcy"));
  g_assert_null (strstr (text, "Recherche"));
}

static void
test_samples_round_trip (void)
{
  static const char * const samples[] = {
    "google.vcf", "apple.vcf", "outlook.vcf", "evolution.vcf", "thunderbird.vcf", "latin1.vcf",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize length;
      g_autofree char *data = liens_test_load_import_sample (samples[i], &length);
      g_autoptr(GPtrArray) first = liens_vcard_parse (data, length, NULL);
      g_autofree char *text = liens_vcard_write ((LiensContact * const *)first->pdata, first->len,
                                                 LIENS_VCARD_VERSION_4_0);
      g_autoptr(GPtrArray) second = liens_vcard_parse (text, strlen (text), NULL);

      g_test_message ("%s", samples[i]);
      assert_well_formed (text);
      g_assert_cmpuint (first->len, ==, second->len);
      for (guint j = 0; j < first->len; j++)
        assert_same_contact (g_ptr_array_index (second, j), g_ptr_array_index (first, j));
    }
}

static void
test_detect (void)
{
  static const struct {
    const char *name;
    LiensImportFormat format;
  } samples[] = {
    { "google.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "apple.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "outlook.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "evolution.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "thunderbird.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "latin1.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "truncated.vcf", LIENS_IMPORT_FORMAT_VCARD },
    { "linkedin-connections.csv", LIENS_IMPORT_FORMAT_LINKEDIN_CSV },
    { "events.ics", LIENS_IMPORT_FORMAT_ICALENDAR },
    { "empty.vcf", LIENS_IMPORT_FORMAT_UNKNOWN },
    { "binary.vcf", LIENS_IMPORT_FORMAT_UNKNOWN },
    { "not-a-vcard.vcf", LIENS_IMPORT_FORMAT_UNKNOWN },
    { "csv-without-header.csv", LIENS_IMPORT_FORMAT_UNKNOWN },
  };
  static const char calendar[] = "\xef\xbb\xbf\r\n\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize length;
      g_autofree char *data = liens_test_load_import_sample (samples[i].name, &length);

      g_test_message ("%s", samples[i].name);
      g_assert_cmpint (liens_import_detect (data, length), ==, samples[i].format);
    }

  g_assert_cmpint (liens_import_detect (calendar, sizeof calendar - 1), ==, LIENS_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (liens_import_detect ("\n  begin:vcard\n", 15), ==, LIENS_IMPORT_FORMAT_VCARD);
}

static void
test_parse_contacts (void)
{
  static const struct {
    const char *name;
    LiensImportFormat format;
    guint n_contacts;
    LiensImportError code;
  } samples[] = {
    { "apple.vcf", LIENS_IMPORT_FORMAT_VCARD, 1, 0 },
    { "linkedin-connections.csv", LIENS_IMPORT_FORMAT_LINKEDIN_CSV, 4, 0 },
    { "truncated.vcf", LIENS_IMPORT_FORMAT_VCARD, 0, LIENS_IMPORT_ERROR_TRUNCATED },
    { "events.ics", LIENS_IMPORT_FORMAT_ICALENDAR, 0, LIENS_IMPORT_ERROR_UNKNOWN_FORMAT },
    { "not-a-vcard.vcf", LIENS_IMPORT_FORMAT_UNKNOWN, 0, LIENS_IMPORT_ERROR_UNKNOWN_FORMAT },
    { "csv-without-header.csv", LIENS_IMPORT_FORMAT_UNKNOWN, 0, LIENS_IMPORT_ERROR_UNKNOWN_FORMAT },
    { "empty.vcf", LIENS_IMPORT_FORMAT_UNKNOWN, 0, LIENS_IMPORT_ERROR_EMPTY },
    { "binary.vcf", LIENS_IMPORT_FORMAT_UNKNOWN, 0, LIENS_IMPORT_ERROR_BINARY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize length;
      g_autofree char *data = liens_test_load_import_sample (samples[i].name, &length);
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GError) error = NULL;
      LiensImportFormat format = 42;

      g_test_message ("%s", samples[i].name);
      contacts = liens_import_parse_contacts (data, length, &format, NULL, &error);
      g_assert_cmpint (format, ==, samples[i].format);
      if (samples[i].n_contacts > 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (contacts->len, ==, samples[i].n_contacts);
        }
      else
        {
          g_assert_null (contacts);
          g_assert_error (error, LIENS_IMPORT_ERROR, (int)samples[i].code);
        }
    }
}

static void
test_performance (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  double seconds;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (data,
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nom%u;Prénom%u;;;\r\nFN:Prénom%u Nom%u\r\n"
                            "ORG:Société %u\\, département;Équipe\r\nTITLE:Responsable\r\n"
                            "EMAIL;TYPE=INTERNET,WORK:personne%u@example.com\r\nTEL;TYPE=CELL:+33 6 00 00 %02u %02u\r\n"
                            "item1.URL:https://www.linkedin.com/in/personne-%u\r\nitem1.X-ABLabel:Profil\r\n"
                            "ADR;TYPE=HOME:;;%u rue de la République;Lyon;;69002;France\r\n"
                            "NOTE:Une note assez longue pour être pliée sur plusieurs lignes\\, avec des\r\n"
                            "  accents : é è à ù, et des virgules.\r\nCATEGORIES:Clients,Lyon\r\nBDAY:1980-01-01\r\n"
                            "END:VCARD\r\n",
                            i, i, i, i, i, i, i / 100, i % 100, i, i);

  seconds = liens_test_time_parse (liens_vcard_parse, data, 10000, "cards");

  /* Well under a second on the build machine; generous for a busy one. */
  g_assert_cmpfloat (seconds, <, 5.0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vcard/google", test_google);
  g_test_add_func ("/vcard/apple", test_apple);
  g_test_add_func ("/vcard/outlook", test_outlook);
  g_test_add_func ("/vcard/evolution", test_evolution);
  g_test_add_func ("/vcard/thunderbird", test_thunderbird);
  g_test_add_func ("/vcard/latin1", test_latin1);
  g_test_add_func ("/vcard/errors", test_errors);
  g_test_add_func ("/vcard/unnamed", test_unnamed);
  g_test_add_func ("/vcard/line-ends", test_line_ends);
  g_test_add_func ("/vcard/odd-values", test_odd_values);
  g_test_add_func ("/vcard/round-trip/4.0", test_round_trip_4_0);
  g_test_add_func ("/vcard/round-trip/3.0", test_round_trip_3_0);
  g_test_add_func ("/vcard/changed-names", test_changed_names);
  g_test_add_func ("/vcard/samples-round-trip", test_samples_round_trip);
  g_test_add_func ("/vcard/detect", test_detect);
  g_test_add_func ("/vcard/parse-contacts", test_parse_contacts);
  g_test_add_func ("/vcard/performance", test_performance);

  return g_test_run ();
}
