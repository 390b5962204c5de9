/* liens-command-line.c: the headless commands (--import, --export-vcard, --export-ics, --backup).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "liens-command-line.h"
#include "liens-icalendar.h"
#include "liens-import.h"
#include "liens-store.h"

/* These run from GApplication::handle-local-options, before GTK starts: for scripts and
 * cron, without a display or a session bus, and nothing here may initialise GTK. They work
 * on the database synchronously (there is no window to keep responsive), read and check
 * the whole input before opening the database, so that bad input never touches it, and
 * write their output through a temporary file renamed at the end. */

/* The network a LinkedIn export joins, as the import preview names it: a brand, not
 * translated. */
#define LINKEDIN_NETWORK "LinkedIn"

/* Helpers */

static void print_failure (const char *format,
                           ...) G_GNUC_PRINTF (1, 2);

static void
print_failure (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s\n", message);
}

static gboolean
read_input (const char  *path,
            char       **data,
            gsize       *length,
            GError     **error)
{
  GStatBuf st;

  /* Checked before reading: a folder, or a huge file, is never loaded. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                             _("There is no such file."));
      else
        g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                             g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           _("It is a folder, not a file."));
      return FALSE;
    }

  if (!liens_import_check_size (st.st_size, error))
    return FALSE;

  return g_file_get_contents (path, data, length, error);
}

/* Never a half-written file: a temporary file beside @path, renamed over it. Private to
 * the user, as the database is: it holds the same personal data. */
static gboolean
write_output (const char  *path,
              const char  *data,
              GError     **error)
{
  return g_file_set_contents_full (path, data, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

/* @must_exist: an export or a backup reads a database, and never makes an empty one. */
static LiensStore *
open_store (const char *database_path,
            gboolean    must_exist)
{
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) error = NULL;
  LiensStore *store;

  path = database_path != NULL ? g_strdup (database_path) : liens_store_dup_default_path ();
  display = g_filename_display_name (path);

  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: an error of the command line; %s is a file name */
      print_failure (_("liens: the database “%s” does not exist."), display);
      return NULL;
    }

  store = liens_store_new (path, &error);
  if (store == NULL)
    /* Translators: an error of the command line; the first %s is a file name, the second
     * says why */
    print_failure (_("liens: the database “%s” cannot be opened. %s"), display,
                   error->message);

  return store;
}

static LiensExitStatus
import_contacts (LiensStore        *store,
                 const char        *display,
                 GPtrArray         *contacts,
                 LiensImportFormat  format,
                 guint              n_unreadable)
{
  g_autoptr(LiensImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *merged_text = NULL;
  g_autofree char *skipped_text = NULL;
  guint added = 0;
  guint merged = 0;
  guint skipped = n_unreadable;
  guint total;

  /* The choices the import preview proposes, as they are. */
  plan = liens_store_plan_import (store, contacts, NULL, &error);
  if (plan == NULL ||
      !liens_store_apply_import (store, plan,
                                 format == LIENS_IMPORT_FORMAT_LINKEDIN_CSV ? LINKEDIN_NETWORK : NULL,
                                 NULL, NULL, NULL, &error))
    {
      /* Translators: an error of the command line; the first %s is a file name, the second
       * says why */
      print_failure (_("liens: “%s” cannot be imported. %s"), display, error->message);
      return LIENS_EXIT_FAILED;
    }

  for (guint i = 0; i < liens_import_plan_get_n_candidates (plan); i++)
    {
      if (liens_import_plan_get_status (plan, i) == LIENS_IMPORT_STATUS_NEW)
        added++;
      else if (liens_import_plan_get_choice (plan, i) == LIENS_IMPORT_CHOICE_MERGE)
        merged++;
      else if (liens_import_plan_get_choice (plan, i) == LIENS_IMPORT_CHOICE_KEEP_BOTH)
        added++;
      else
        skipped++;
    }
  total = added + merged + skipped;

  /* Translators: a part of "Imported 12 contacts from “file”: 10 new, 1 merged, 1 skipped." */
  added_text = g_strdup_printf (ngettext ("%u new", "%u new", added), added);
  /* Translators: a part of "Imported 12 contacts from “file”: 10 new, 1 merged, 1 skipped." */
  merged_text = g_strdup_printf (ngettext ("%u merged", "%u merged", merged), merged);
  /* Translators: a part of "Imported 12 contacts from “file”: 10 new, 1 merged, 1 skipped." */
  skipped_text = g_strdup_printf (ngettext ("%u skipped", "%u skipped", skipped), skipped);

  /* Translators: the summary of "liens --import"; %u is a count, then a file name, then
   * "10 new", "1 merged" and "1 skipped" */
  g_print (ngettext ("Imported %u contact from “%s”: %s, %s, %s.",
                     "Imported %u contacts from “%s”: %s, %s, %s.", total),
           total, display, added_text, merged_text, skipped_text);
  g_print ("\n");

  return LIENS_EXIT_OK;
}

static char *
event_key (LiensEvent *event)
{
  GDateTime *start = liens_event_get_start (event);
  const char *title = liens_event_get_title (event);

  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s",
                          start != NULL ? g_date_time_to_unix (start) : G_MININT64,
                          title != NULL ? title : "");
}

/* Events are added as considered, as the events page imports an invitation; one already
 * there (the same title at the same time) is skipped, so that a script may import the
 * same calendar again. */
static LiensExitStatus
import_events (LiensStore *store,
               const char *display,
               GPtrArray  *events)
{
  g_autoptr(GListModel) stored = liens_store_list_events (store);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *skipped_text = NULL;
  guint skipped = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (stored, i);

      g_hash_table_add (keys, event_key (event));
    }

  for (guint i = 0; i < events->len; i++)
    {
      LiensEvent *event = g_ptr_array_index (events, i);

      if (!g_hash_table_add (keys, event_key (event)))
        {
          skipped++;
          continue;
        }

      liens_event_set_id (event, 0);
      liens_event_set_attendance (event, LIENS_ATTENDANCE_CONSIDERING);
      g_ptr_array_add (added, event);
    }

  /* All or nothing, in one transaction, as for contacts. */
  if (!liens_store_save_events (store, (LiensEvent **) added->pdata, added->len, &error))
    {
      print_failure (_("liens: “%s” cannot be imported. %s"), display, error->message);
      return LIENS_EXIT_FAILED;
    }

  /* Translators: a part of "Imported 3 events from “file” as considered: 2 new, 1 skipped." */
  added_text = g_strdup_printf (ngettext ("%u new", "%u new", added->len), added->len);
  /* Translators: a part of "Imported 3 events from “file” as considered: 2 new, 1 skipped." */
  skipped_text = g_strdup_printf (ngettext ("%u skipped", "%u skipped", skipped), skipped);

  /* Translators: the summary of "liens --import" for a calendar; %u is a count, then a file
   * name, then "2 new" and "1 skipped" (events already there) */
  g_print (ngettext ("Imported %u event from “%s” as considered: %s, %s.",
                     "Imported %u events from “%s” as considered: %s, %s.", events->len),
           events->len, display, added_text, skipped_text);
  g_print ("\n");

  return LIENS_EXIT_OK;
}

/* Makes @file from the database, and returns the summary line, or %NULL with @error set. */
typedef char *(*WriteFunc) (LiensStore  *store,
                            const char  *file,
                            const char  *display,
                            gpointer     data,
                            GError     **error);

/* The frame of the commands that read the database and write a file. */
static LiensExitStatus
run_write_command (const char *database_path,
                   const char *file,
                   WriteFunc   write_func,
                   gpointer    data)
{
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (file != NULL, LIENS_EXIT_FAILED);

  store = open_store (database_path, TRUE);
  if (store == NULL)
    return LIENS_EXIT_DATABASE;

  display = g_filename_display_name (file);
  summary = write_func (store, file, display, data, &error);
  if (summary == NULL)
    {
      /* Translators: an error of the command line; the first %s is a file name, the second
       * says why */
      print_failure (_("liens: “%s” cannot be written. %s"), display, error->message);
      return LIENS_EXIT_FAILED;
    }

  g_print ("%s\n", summary);

  return LIENS_EXIT_OK;
}

/* Everything, for another address book or a script: archived contacts are contacts too. */
static char *
write_vcard (LiensStore  *store,
             const char  *file,
             const char  *display,
             gpointer     data,
             GError     **error)
{
  LiensVCardVersion version = GPOINTER_TO_INT (data);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autofree char *text = NULL;

  /* In one pass: active contacts by name, then archived ones. */
  contacts = liens_store_load_all_contacts (store, error);
  if (contacts == NULL)
    return NULL;

  text = liens_vcard_write ((LiensContact * const *) contacts->pdata, contacts->len, version);
  if (!write_output (file, text, error))
    return NULL;

  /* Translators: the summary of "liens --export-vcard"; %u is a count, %s a file name */
  return g_strdup_printf (ngettext ("Exported %u contact to “%s”.",
                                    "Exported %u contacts to “%s”.", contacts->len),
                          contacts->len, display);
}

static char *
write_ics (LiensStore  *store,
           const char  *file,
           const char  *display,
           gpointer     data,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GListModel) upcoming = liens_store_list_upcoming_events (store, now);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (upcoming); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (upcoming, i);

      if (liens_event_is_planned (event))
        g_ptr_array_add (events, g_steal_pointer (&event));
    }

  text = liens_icalendar_export ((LiensEvent * const *) events->pdata, events->len, now, error);
  if (text == NULL || !write_output (file, text, error))
    return NULL;

  /* Translators: the summary of "liens --export-ics"; %u is a count, %s a file name */
  return g_strdup_printf (ngettext ("Exported %u planned event to “%s”.",
                                    "Exported %u planned events to “%s”.", events->len),
                          events->len, display);
}

/* The store writes a temporary file and renames it too. */
static char *
write_backup (LiensStore  *store,
              const char  *file,
              const char  *display,
              gpointer     data,
              GError     **error)
{
  if (!liens_store_backup_to_file (store, file, error))
    return NULL;

  /* Translators: the summary of "liens --backup"; %s is a file name */
  return g_strdup_printf (_("Backed up the database to “%s”."), display);
}

/* Public API */

/**
 * liens_command_line_import:
 * @database_path: (type filename) (nullable): the database, %NULL for the default one,
 *   created if missing
 * @file: (type filename): a vCard, LinkedIn CSV or iCalendar file
 *
 * Imports the contacts of @file with the choices the import preview proposes for
 * duplicates, all in one transaction (a LinkedIn export joins the "LinkedIn" network), or
 * the events of a calendar as considered; prints a summary on stdout, or why it failed on
 * stderr, when the database is left unchanged.
 *
 * Returns: the exit status of the command
 */
LiensExitStatus
liens_command_line_import (const char *database_path,
                           const char *file)
{
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *data = NULL;
  LiensImportFormat format = LIENS_IMPORT_FORMAT_UNKNOWN;
  guint n_unreadable = 0;
  gsize length = 0;

  g_return_val_if_fail (file != NULL, LIENS_EXIT_FAILED);

  display = g_filename_display_name (file);

  if (read_input (file, &data, &length, &error))
    {
      format = liens_import_detect (data, length);
      if (format == LIENS_IMPORT_FORMAT_ICALENDAR)
        items = liens_icalendar_import (data, length, &error);
      else
        items = liens_import_parse_contacts (data, length, &format, &n_unreadable, &error);
    }

  if (items == NULL)
    {
      print_failure (_("liens: “%s” cannot be imported. %s"), display, error->message);
      return LIENS_EXIT_FAILED;
    }

  store = open_store (database_path, FALSE);
  if (store == NULL)
    return LIENS_EXIT_DATABASE;

  if (format == LIENS_IMPORT_FORMAT_ICALENDAR)
    return import_events (store, display, items);

  return import_contacts (store, display, items, format, n_unreadable);
}

/**
 * liens_command_line_export_vcard:
 * @database_path: (type filename) (nullable): the database, %NULL for the default one
 * @file: (type filename): the vCard file to write, replaced if it exists
 * @version: the vCard version to write
 *
 * Writes every contact, archived ones too, to @file.
 *
 * Returns: the exit status of the command
 */
LiensExitStatus
liens_command_line_export_vcard (const char        *database_path,
                                 const char        *file,
                                 LiensVCardVersion  version)
{
  return run_write_command (database_path, file, write_vcard, GINT_TO_POINTER (version));
}

/**
 * liens_command_line_export_ics:
 * @database_path: (type filename) (nullable): the database, %NULL for the default one
 * @file: (type filename): the iCalendar file to write, replaced if it exists
 *
 * Writes the planned upcoming events to @file, as "Export Upcoming Events" does.
 *
 * Returns: the exit status of the command
 */
LiensExitStatus
liens_command_line_export_ics (const char *database_path,
                               const char *file)
{
  return run_write_command (database_path, file, write_ics, NULL);
}

/**
 * liens_command_line_backup:
 * @database_path: (type filename) (nullable): the database, %NULL for the default one
 * @file: (type filename): the backup to write, replaced if it exists
 *
 * Writes a consistent copy of the database to @file, which "Restore" accepts.
 *
 * Returns: the exit status of the command
 */
LiensExitStatus
liens_command_line_backup (const char *database_path,
                           const char *file)
{
  return run_write_command (database_path, file, write_backup, NULL);
}
