/* liens-import.h: what kind of file is being imported, and what can go wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LIENS_IMPORT_MAX_SIZE:
 *
 * The largest file Liens imports, in bytes: 64 MB holds about 200,000
 * vCards without photos. Callers check the size before reading the file,
 * with liens_import_check_size().
 */
#define LIENS_IMPORT_MAX_SIZE (64 * 1024 * 1024)

#define LIENS_IMPORT_ERROR (liens_import_error_quark ())

/**
 * LiensImportError:
 * @LIENS_IMPORT_ERROR_EMPTY: the file is empty or holds only blank lines
 * @LIENS_IMPORT_ERROR_BINARY: the file is not text (an image, an archive…)
 * @LIENS_IMPORT_ERROR_TRUNCATED: the file stops in the middle of a card or a row
 * @LIENS_IMPORT_ERROR_NOT_VCARD: the file is text but not a vCard file
 * @LIENS_IMPORT_ERROR_NOT_CSV: the file is not a LinkedIn connections export
 * @LIENS_IMPORT_ERROR_TOO_LARGE: the file is larger than %LIENS_IMPORT_MAX_SIZE
 * @LIENS_IMPORT_ERROR_ENCODING: the text is in no encoding Liens can read
 * @LIENS_IMPORT_ERROR_UNKNOWN_FORMAT: the content matches no format Liens imports
 *
 * Messages are translated sentences that say what is wrong and, when it
 * helps, on which line; the caller adds the file name.
 */
typedef enum
{
  LIENS_IMPORT_ERROR_EMPTY,
  LIENS_IMPORT_ERROR_BINARY,
  LIENS_IMPORT_ERROR_TRUNCATED,
  LIENS_IMPORT_ERROR_NOT_VCARD,
  LIENS_IMPORT_ERROR_NOT_CSV,
  LIENS_IMPORT_ERROR_TOO_LARGE,
  LIENS_IMPORT_ERROR_ENCODING,
  LIENS_IMPORT_ERROR_UNKNOWN_FORMAT,
} LiensImportError;

/**
 * LiensImportFormat:
 * @LIENS_IMPORT_FORMAT_UNKNOWN: none of the others
 * @LIENS_IMPORT_FORMAT_VCARD: vCard 2.1, 3.0 or 4.0 (`.vcf`)
 * @LIENS_IMPORT_FORMAT_LINKEDIN_CSV: LinkedIn's `Connections.csv`
 * @LIENS_IMPORT_FORMAT_ICALENDAR: iCalendar (`.ics`)
 */
typedef enum
{
  LIENS_IMPORT_FORMAT_UNKNOWN,
  LIENS_IMPORT_FORMAT_VCARD,
  LIENS_IMPORT_FORMAT_LINKEDIN_CSV,
  LIENS_IMPORT_FORMAT_ICALENDAR,
} LiensImportFormat;

GQuark             liens_import_error_quark (void);

LiensImportFormat  liens_import_detect      (const char  *data,
                                             gsize        length);
gboolean           liens_import_check_size  (goffset      size,
                                             GError     **error);
gboolean           liens_import_check_text  (const char  *data,
                                             gsize        length,
                                             GError     **error);
guint              liens_import_line_at     (const char  *data,
                                             gsize        offset);

GPtrArray         *liens_import_parse_contacts (const char         *data,
                                                gsize               length,
                                                LiensImportFormat  *format,
                                                guint              *n_skipped,
                                                GError            **error);

G_END_DECLS
