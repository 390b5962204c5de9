/* liens-import.c: what kind of file is being imported, and what can go wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-import.h"
#include "liens-linkedin.h"
#include "liens-vcard.h"

/* How far detection looks for a CSV header: LinkedIn puts three note lines first. */
#define DETECT_MAX_LINES 20

G_DEFINE_QUARK (liens-import-error-quark, liens_import_error)

static gboolean
has_prefix_ascii_nocase (const char *line,
                         gsize       length,
                         const char *prefix)
{
  gsize prefix_length = strlen (prefix);

  return length >= prefix_length && g_ascii_strncasecmp (line, prefix, prefix_length) == 0;
}

static gboolean
contains_ascii_nocase (const char *line,
                       gsize       length,
                       const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (g_ascii_strncasecmp (line + i, needle, needle_length) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * liens_import_detect:
 * @data: (array length=length): the content of the file
 * @length: the length of @data in bytes
 *
 * Recognises a file by its content, never by its name: a byte order mark and
 * blank lines are skipped; `BEGIN:VCARD` or `BEGIN:VCALENDAR` open vCard and
 * iCalendar files; a CSV file whose header row, within the first lines, has
 * "First Name" and "Last Name" columns is a LinkedIn connections export.
 *
 * Returns: the format of @data
 */
LiensImportFormat
liens_import_detect (const char *data,
                     gsize       length)
{
  const char *p = data;
  const char *end = data + length;
  gboolean first = TRUE;
  guint n_lines = 0;

  g_return_val_if_fail (data != NULL || length == 0, LIENS_IMPORT_FORMAT_UNKNOWN);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end && n_lines < DETECT_MAX_LINES)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      const char *start = p;
      gsize line_length;

      p = eol != NULL ? eol + 1 : end;

      while (start < line_end && (*start == ' ' || *start == '\t'))
        start++;
      line_length = line_end - start;
      while (line_length > 0 && g_ascii_isspace (start[line_length - 1]))
        line_length--;

      if (line_length == 0)
        continue;

      if (memchr (start, '\0', line_length) != NULL)
        return LIENS_IMPORT_FORMAT_UNKNOWN;

      n_lines++;

      if (first)
        {
          if (has_prefix_ascii_nocase (start, line_length, "BEGIN:VCARD"))
            return LIENS_IMPORT_FORMAT_VCARD;
          if (has_prefix_ascii_nocase (start, line_length, "BEGIN:VCALENDAR"))
            return LIENS_IMPORT_FORMAT_ICALENDAR;
          first = FALSE;
        }

      if (memchr (start, ',', line_length) != NULL &&
          contains_ascii_nocase (start, line_length, "first name") &&
          contains_ascii_nocase (start, line_length, "last name"))
        return LIENS_IMPORT_FORMAT_LINKEDIN_CSV;
    }

  return LIENS_IMPORT_FORMAT_UNKNOWN;
}

/**
 * liens_import_check_size:
 * @size: the size of the file in bytes
 * @error: return location for a #GError
 *
 * Called before reading a file, so that a huge file is refused at once.
 *
 * Returns: %TRUE if @size is at most %LIENS_IMPORT_MAX_SIZE
 */
gboolean
liens_import_check_size (goffset   size,
                         GError  **error)
{
  g_autofree char *size_text = NULL;
  g_autofree char *max_text = NULL;

  if (size <= LIENS_IMPORT_MAX_SIZE)
    return TRUE;

  size_text = g_format_size (size);
  max_text = g_format_size (LIENS_IMPORT_MAX_SIZE);
  g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_TOO_LARGE,
               _("The file is too large to import: it holds %s, and Liens imports files of up to %s."),
               size_text, max_text);
  return FALSE;
}

/**
 * liens_import_line_at:
 * @data: text
 * @offset: a byte offset into @data
 *
 * Returns: the number, counted from 1, of the line holding @offset
 */
guint
liens_import_line_at (const char *data,
                      gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
    }

  return line;
}

/**
 * liens_import_check_text:
 * @data: (array length=length): the content of a file
 * @length: the length of @data in bytes
 * @error: return location for a #GError
 *
 * The checks every text format starts with: the file is neither empty nor
 * blank, not too large, and holds no NUL byte (which text never has, and
 * images or archives always do).
 *
 * Returns: %TRUE if @data may be text
 */
gboolean
liens_import_check_text (const char  *data,
                         gsize        length,
                         GError     **error)
{
  const char *nul;
  gboolean blank = TRUE;

  if (!liens_import_check_size (length, error))
    return FALSE;

  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL)
    {
      g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_BINARY,
                   _("The file is not a text file (it holds binary data on line %u): it may be an image or an archive."),
                   liens_import_line_at (data, nul - data));
      return FALSE;
    }

  for (gsize i = 0; i < length && blank; i++)
    {
      /* A byte order mark alone is still an empty file. */
      if (i < 3 && length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        continue;
      blank = g_ascii_isspace (data[i]);
    }

  if (blank)
    {
      g_set_error_literal (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_EMPTY,
                           _("The file is empty."));
      return FALSE;
    }

  return TRUE;
}

/**
 * liens_import_parse_contacts:
 * @data: (array length=length): the content of a file
 * @length: the length of @data in bytes
 * @format: (out) (optional): where to store the format found
 * @n_skipped: (out) (optional): where to store the number of cards or rows
 *   skipped for having nothing to name the contact by
 * @error: return location for a #GError in %LIENS_IMPORT_ERROR
 *
 * Reads the contacts of a vCard file or of a LinkedIn connections export,
 * whichever @data is (see liens_import_detect()).
 *
 * Returns: (transfer full) (element-type LiensContact): the new, unsaved
 *   contacts, possibly none; or %NULL on error
 */
GPtrArray *
liens_import_parse_contacts (const char         *data,
                             gsize               length,
                             LiensImportFormat  *format,
                             guint              *n_skipped,
                             GError            **error)
{
  LiensImportFormat found;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (n_skipped != NULL)
    *n_skipped = 0;

  found = liens_import_detect (data, length);
  if (format != NULL)
    *format = found;

  switch (found)
    {
    case LIENS_IMPORT_FORMAT_VCARD:
      return liens_vcard_parse_full (data, length, n_skipped, error);

    case LIENS_IMPORT_FORMAT_LINKEDIN_CSV:
      return liens_linkedin_parse_full (data, length, n_skipped, error);

    case LIENS_IMPORT_FORMAT_ICALENDAR:
      g_set_error_literal (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_UNKNOWN_FORMAT,
                           _("The file is a calendar, not an address book: it holds events, not contacts."));
      return NULL;

    case LIENS_IMPORT_FORMAT_UNKNOWN:
    default:
      /* Empty and binary files get their own, more telling, message. */
      if (!liens_import_check_text (data, length, error))
        return NULL;
      g_set_error_literal (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_UNKNOWN_FORMAT,
                           _("Liens cannot read this file: it is neither a vCard file nor a LinkedIn connections export."));
      return NULL;
    }
}
