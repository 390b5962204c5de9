/* liens-linkedin.c: contacts from LinkedIn's connections export (Connections.csv).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* LinkedIn's export starts with a UTF-8 byte order mark and a few lines of
 * notes before the header row; its rows end in CRLF and follow RFC 4180
 * quoting. The header row is found by its "First Name" and "Last Name"
 * columns, and every column by its name, so that a change in the number of
 * note lines or in the order of the columns does not break the import.
 * A row with neither a name, an organisation nor an email address is skipped
 * and counted.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-contact.h"
#include "liens-import.h"
#include "liens-linkedin.h"

typedef enum
{
  COLUMN_FIRST_NAME,
  COLUMN_LAST_NAME,
  COLUMN_URL,
  COLUMN_EMAIL,
  COLUMN_COMPANY,
  COLUMN_POSITION,
  COLUMN_CONNECTED_ON,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "first name",
  "last name",
  "url",
  "email address",
  "company",
  "position",
  "connected on",
};

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} Reader;

/* Reads one RFC 4180 record into @fields; FALSE at the end of the data. */
static gboolean
read_record (Reader     *reader,
             GPtrArray  *fields,
             GError    **error)
{
  GString *field = g_string_new (NULL);
  guint start_line = reader->line;

  g_ptr_array_set_size (fields, 0);

  if (reader->p >= reader->end)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }

  while (reader->p < reader->end)
    {
      char c = *reader->p;

      if (c == '"' && field->len == 0)
        {
          /* A quoted field: up to the closing quote, "" being one quote. */
          gboolean closed = FALSE;

          reader->p++;
          while (reader->p < reader->end)
            {
              const char *quote = memchr (reader->p, '"', reader->end - reader->p);
              const char *stop = quote != NULL ? quote : reader->end;

              for (const char *q = reader->p; q < stop; q++)
                {
                  if (*q == '\n')
                    reader->line++;
                }
              g_string_append_len (field, reader->p, stop - reader->p);
              reader->p = stop;

              if (quote == NULL)
                break;

              if (quote + 1 < reader->end && quote[1] == '"')
                {
                  g_string_append_c (field, '"');
                  reader->p = quote + 2;
                }
              else
                {
                  reader->p = quote + 1;
                  closed = TRUE;
                  break;
                }
            }

          if (!closed)
            {
              g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_TRUNCATED,
                           _("The file is cut short: the quoted value that starts on line %u is never closed."),
                           start_line);
              g_string_free (field, TRUE);
              return FALSE;
            }
          continue;
        }

      if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          reader->p++;
          continue;
        }

      if (c == '\r' || c == '\n')
        {
          reader->p++;
          if (c == '\r' && reader->p < reader->end && *reader->p == '\n')
            reader->p++;
          reader->line++;
          break;
        }

      g_string_append_c (field, c);
      reader->p++;
    }

  g_ptr_array_add (fields, g_string_free (field, FALSE));
  return TRUE;
}

static char *
field_dup (GPtrArray *fields,
           int        index)
{
  char *text;

  if (index < 0 || (guint)index >= fields->len)
    return NULL;

  text = g_strstrip (g_strdup (g_ptr_array_index (fields, index)));
  if (text[0] == '\0')
    {
      g_free (text);
      return NULL;
    }

  return text;
}

/* Finds the header row: every column by its name, in any order. */
static gboolean
find_columns (GPtrArray *fields,
              int        columns[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *name = g_strstrip (g_ascii_strdown (g_ptr_array_index (fields, i), -1));

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (columns[c] < 0 && strcmp (name, column_names[c]) == 0)
            columns[c] = i;
        }

      /* Older exports call it "Email" or "E-mail Address". */
      if (columns[COLUMN_EMAIL] < 0 && (strcmp (name, "email") == 0 || strcmp (name, "e-mail address") == 0))
        columns[COLUMN_EMAIL] = i;
    }

  return columns[COLUMN_FIRST_NAME] >= 0 && columns[COLUMN_LAST_NAME] >= 0;
}

/* "12 Mar 2024", "12-Mar-24" or "2024-03-12", as local midnight. */
static GDateTime *
parse_date (const char *text)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun",
    "jul", "aug", "sep", "oct", "nov", "dec",
  };
  g_auto(GStrv) parts = NULL;
  gint64 day, year;
  int month = 0;

  if (text == NULL)
    return NULL;

  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      year = g_ascii_strtoll (text, NULL, 10);
      month = (int)g_ascii_strtoll (text + 5, NULL, 10);
      day = g_ascii_strtoll (text + 8, NULL, 10);
    }
  else
    {
      parts = g_strsplit_set (text, " -", 3);
      if (g_strv_length (parts) != 3 || strlen (parts[1]) < 3)
        return NULL;

      for (guint i = 0; i < G_N_ELEMENTS (months); i++)
        {
          if (g_ascii_strncasecmp (parts[1], months[i], 3) == 0)
            month = i + 1;
        }

      day = g_ascii_strtoll (parts[0], NULL, 10);
      year = g_ascii_strtoll (parts[2], NULL, 10);
      if (strlen (parts[2]) == 2)
        year += 2000;
    }

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return NULL;

  return g_date_time_new_local ((int)year, month, (int)day, 0, 0, 0);
}

/**
 * liens_linkedin_normalise_url:
 * @url: a profile address, as LinkedIn or a person wrote it
 *
 * Makes two spellings of the same profile compare equal: https, the host in
 * lower case (any LinkedIn host as "www.linkedin.com"), no query, fragment
 * or trailing slash. An address without a scheme gets "https://".
 *
 * Returns: (transfer full) (nullable): the normalised address, or %NULL when
 *   @url is empty
 */
char *
liens_linkedin_normalise_url (const char *url)
{
  g_autofree char *text = NULL;
  g_autofree char *host = NULL;
  const char *rest;
  const char *host_end;
  GString *out;
  gsize path_length;

  if (url == NULL)
    return NULL;

  text = g_strstrip (g_strdup (url));
  if (text[0] == '\0')
    return NULL;

  rest = text;
  if (g_ascii_strncasecmp (rest, "https://", 8) == 0)
    rest += 8;
  else if (g_ascii_strncasecmp (rest, "http://", 7) == 0)
    rest += 7;
  else if (g_str_has_prefix (rest, "//"))
    rest += 2;

  host_end = rest + strcspn (rest, "/?#");
  host = g_ascii_strdown (rest, host_end - rest);
  if (g_str_has_suffix (host, ".linkedin.com") || strcmp (host, "linkedin.com") == 0)
    {
      g_free (host);
      host = g_strdup ("www.linkedin.com");
    }

  path_length = strcspn (host_end, "?#");
  while (path_length > 0 && host_end[path_length - 1] == '/')
    path_length--;

  out = g_string_new ("https://");
  g_string_append (out, host);
  g_string_append_len (out, host_end, path_length);

  return g_string_free (out, FALSE);
}

static LiensContact *
contact_from_row (GPtrArray *fields,
                  const int  columns[N_COLUMNS])
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autofree char *first_name = field_dup (fields, columns[COLUMN_FIRST_NAME]);
  g_autofree char *last_name = field_dup (fields, columns[COLUMN_LAST_NAME]);
  g_autofree char *url = field_dup (fields, columns[COLUMN_URL]);
  g_autofree char *email = field_dup (fields, columns[COLUMN_EMAIL]);
  g_autofree char *company = field_dup (fields, columns[COLUMN_COMPANY]);
  g_autofree char *position = field_dup (fields, columns[COLUMN_POSITION]);
  g_autofree char *connected_on = field_dup (fields, columns[COLUMN_CONNECTED_ON]);
  g_autofree char *profile = liens_linkedin_normalise_url (url);
  g_autoptr(GDateTime) met_on = parse_date (connected_on);

  liens_contact_set_given_name (contact, first_name);
  liens_contact_set_family_name (contact, last_name);
  liens_contact_set_organisation (contact, company);
  liens_contact_set_role (contact, position);
  if (email != NULL)
    liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, email);
  if (profile != NULL)
    liens_contact_add_detail (contact, LIENS_DETAIL_KIND_LINKEDIN, NULL, profile);
  liens_contact_set_met_how (contact, LIENS_LINKEDIN_MET_HOW);
  liens_contact_set_met_on (contact, met_on);

  if (liens_contact_get_display_name (contact)[0] == '\0')
    return NULL;

  return g_steal_pointer (&contact);
}

static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);

      for (const char *p = field; *p != '\0'; p++)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * liens_linkedin_parse_full:
 * @data: (array length=length): the content of a `Connections.csv` file
 * @length: the length of @data in bytes
 * @n_skipped: (out) (optional): where to store the number of rows skipped
 *   for having nothing to name the contact by
 * @error: return location for a #GError in %LIENS_IMPORT_ERROR
 *
 * Reads LinkedIn's connections export: the name, the company and position,
 * the email address when the person shares it, the profile address (as a
 * LinkedIn detail, normalised with liens_linkedin_normalise_url()) and the
 * date of the connection, which becomes when the user met them, met "on
 * LinkedIn" (%LIENS_LINKEDIN_MET_HOW).
 *
 * Returns: (transfer full) (element-type LiensContact): the new, unsaved
 *   contacts, possibly none; or %NULL on error
 */
GPtrArray *
liens_linkedin_parse_full (const char  *data,
                           gsize        length,
                           guint       *n_skipped,
                           GError     **error)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *converted = NULL;
  int columns[N_COLUMNS];
  gboolean found_header = FALSE;
  guint skipped = 0;
  Reader reader = { data, data + length, 1 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (n_skipped != NULL)
    *n_skipped = 0;

  if (!liens_import_check_text (data, length, error))
    return NULL;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    reader.p += 3;

  if (!g_utf8_validate (reader.p, reader.end - reader.p, NULL))
    {
      const char *bad = NULL;

      /* A file saved again by a spreadsheet may come back in Windows-1252. */
      converted = g_convert (reader.p, reader.end - reader.p, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (converted == NULL)
        {
          g_utf8_validate (reader.p, reader.end - reader.p, &bad);
          g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_ENCODING,
                       _("Line %u holds text in an encoding Liens cannot read."),
                       liens_import_line_at (data, bad - data));
          return NULL;
        }
      reader.p = converted;
      reader.end = converted + strlen (converted);
    }

  contacts = g_ptr_array_new_with_free_func (g_object_unref);

  while (TRUE)
    {
      g_autoptr(GError) local_error = NULL;
      LiensContact *contact;

      if (!read_record (&reader, fields, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          break;
        }

      if (!found_header)
        {
          found_header = find_columns (fields, columns);
          continue;
        }

      if (row_is_blank (fields))
        continue;

      contact = contact_from_row (fields, columns);
      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
      else
        skipped++;
    }

  if (!found_header)
    {
      g_set_error_literal (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_NOT_CSV,
                           _("The file is not a LinkedIn connections export: no row has the “First Name” and “Last Name” columns."));
      return NULL;
    }

  if (n_skipped != NULL)
    *n_skipped = skipped;

  return g_steal_pointer (&contacts);
}

/**
 * liens_linkedin_parse:
 * @data: (array length=length): the content of a `Connections.csv` file
 * @length: the length of @data in bytes
 * @error: return location for a #GError in %LIENS_IMPORT_ERROR
 *
 * As liens_linkedin_parse_full(), without the count of skipped rows.
 *
 * Returns: (transfer full) (element-type LiensContact): the new contacts,
 *   or %NULL on error
 */
GPtrArray *
liens_linkedin_parse (const char  *data,
                      gsize        length,
                      GError     **error)
{
  return liens_linkedin_parse_full (data, length, NULL, error);
}
