/* liens-window.c: the main window, with its four views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "liens-benchmark.h"
#include "liens-contacts-page.h"
#include "liens-format.h"
#include "liens-import-dialog.h"
#include "liens-encounter-editor.h"
#include "liens-events-page.h"
#include "liens-profile-page.h"
#include "liens-quiz-window.h"
#include "liens-timeline-page.h"
#include "liens-ui.h"
#include "liens-vcard.h"
#include "liens-window.h"

struct _LiensWindow
{
  AdwApplicationWindow parent_instance;

  LiensStore *store;
  GSettings *settings;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwViewStack *view_stack;
  AdwStatusPage *error_page;
  LiensContactsPage *contacts_page;
  /* The other pages, each built the first time it is shown (get_timeline_page()…). */
  AdwBin *timeline_bin;
  AdwBin *events_bin;
  AdwBin *profile_bin;
  GtkWidget *back_button;
  GtkWidget *new_contact_button;
  GtkWidget *restore_latest_button;

  /* On the error page: the database that could not be opened, and its newest backup. */
  char *db_path;
  char *latest_backup;

  /* The file chooser shown, one at a time, and the contact "Export…" is for. */
  GtkNativeDialog *chooser;
  gint64 export_contact_id;

  /* The quiz, while it is open: one at a time. */
  GtkWidget *quiz_window;
};

G_DEFINE_FINAL_TYPE (LiensWindow, liens_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Without a database, only the error page, the menu and closing remain. */
static void
set_data_actions_enabled (LiensWindow *self,
                          gboolean     enabled)
{
  static const char * const actions[] = {
    "win.show-page",
    "win.new-contact",
    "win.log-encounter",
    "win.new-event",
    "win.show-contact-timeline",
    "win.show-due-contacts",
    "win.search",
    "win.take-quiz",
    "win.import",
    "win.export-contacts",
    "win.export-listed",
    "win.export-contact",
    "win.back-up",
    "win.restore",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
}

static void
disable_data_actions (LiensWindow *self)
{
  set_data_actions_enabled (self, FALSE);
}

static void
liens_window_save_state (LiensWindow *self)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
liens_window_restore_state (LiensWindow *self)
{
  int width;
  int height;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    {
      g_warning ("No page named “%s” in the main window", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* The header bar offers what the visible page offers: on the contacts page, a new contact,
 * or on a narrow window showing a card, the way back to the list. */
static void
update_header (LiensWindow *self)
{
  gboolean contacts = FALSE;
  gboolean can_go_back = FALSE;

  if (self->store != NULL)
    contacts = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack),
                          "contacts") == 0;
  if (contacts)
    can_go_back = liens_contacts_page_get_can_go_back (self->contacts_page);

  gtk_widget_set_visible (self->back_button, can_go_back);
  gtk_widget_set_visible (self->new_contact_button, contacts && !can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", can_go_back);
}

static void
header_state_changed_cb (LiensWindow *self)
{
  update_header (self);
}

static void
new_contact_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
  gtk_widget_activate_action (GTK_WIDGET (self->contacts_page), "contacts.new", NULL);
}

/* Ctrl+L anywhere; with a contact selected on the Contacts page, it is the one met. */
static void
log_encounter_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  gint64 contact_id = 0;
  GtkWidget *editor;

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "contacts") == 0)
    contact_id = liens_contacts_page_get_selected_id (self->contacts_page);

  editor = liens_encounter_editor_new (GTK_WINDOW (self), self->store, NULL, contact_id);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The Timeline, Events and My Profile pages are built when first shown (or first needed by
 * an action), not with the window: the first frame shows the contacts only, and comes
 * sooner without building, styling and measuring three pages it does not show. */
static GtkWidget *
get_page (AdwBin *bin,
          GType   type)
{
  GtkWidget *page = adw_bin_get_child (bin);

  if (page == NULL)
    {
      page = g_object_new (type, NULL);
      adw_bin_set_child (bin, page);
    }

  return page;
}

static LiensTimelinePage *
get_timeline_page (LiensWindow *self)
{
  return LIENS_TIMELINE_PAGE (get_page (self->timeline_bin, LIENS_TYPE_TIMELINE_PAGE));
}

static LiensEventsPage *
get_events_page (LiensWindow *self)
{
  return LIENS_EVENTS_PAGE (get_page (self->events_bin, LIENS_TYPE_EVENTS_PAGE));
}

static LiensProfilePage *
get_profile_page (LiensWindow *self)
{
  return LIENS_PROFILE_PAGE (get_page (self->profile_bin, LIENS_TYPE_PROFILE_PAGE));
}

/* Ctrl+Shift+N anywhere: the event editor, over the Events page. */
static void
new_event_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "events");
  gtk_widget_activate_action (GTK_WIDGET (get_events_page (self)), "events.new", NULL);
}

static void
show_contact_timeline_action_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  liens_timeline_page_show_contact (get_timeline_page (self), g_variant_get_int64 (parameter));
}

static void
go_back_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  liens_contacts_page_go_back (self->contacts_page);
}

/* Ctrl+F wherever the focus is: the search of the page shown. */
static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "contacts") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->contacts_page), "contacts.search", NULL);
  else if (g_strcmp0 (page, "timeline") == 0)
    gtk_widget_activate_action (GTK_WIDGET (get_timeline_page (self)), "timeline.search", NULL);
}

static void
show_due_contacts_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "contacts");
  liens_contacts_page_show_due (self->contacts_page);
}

/* "Take the Quiz" and "Retake the Quiz" on My Profile: the quiz, over the window. */
static void
take_quiz_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  if (self->quiz_window == NULL)
    {
      self->quiz_window = liens_quiz_window_new (GTK_WINDOW (self), self->store);
      g_object_add_weak_pointer (G_OBJECT (self->quiz_window), (gpointer *) &self->quiz_window);
    }

  gtk_window_present (GTK_WINDOW (self->quiz_window));
}

/* Import, export, backups */

/* Slow work on files runs in a worker thread; @done is called back on the window. */
static void
run_in_thread (LiensWindow         *self,
               gpointer             source_tag,
               gpointer             data,
               GDestroyNotify       data_free,
               GTaskThreadFunc      func,
               GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, done, NULL);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, data_free);
  g_task_run_in_thread (task, func);
}

static char *
dup_path (GFile *file)
{
  char *path = g_file_get_path (file);

  return path != NULL ? path : g_file_get_parse_name (file);
}

static void
show_message (LiensWindow *self,
              const char  *heading,
              const char  *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast_title (LiensWindow *self,
                 const char  *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  liens_window_add_toast (self, toast);
}

static char *
dup_file_name (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name != NULL && g_utf8_validate (name, -1, NULL))
    return g_steal_pointer (&name);

  return g_file_get_parse_name (file);
}

static void
show_chooser (LiensWindow          *self,
              GtkFileChooserNative *chooser,
              GCallback             response_cb)
{
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", response_cb, self, 0);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* The file the user chose, or NULL; the chooser is done with either way. */
static GFile *
take_chosen_file (LiensWindow     *self,
                  GtkNativeDialog *chooser,
                  int              response,
                  char           **version)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (version != NULL)
        *version = g_strdup (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "version"));
    }

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  return file;
}

typedef void (*FileFunc) (LiensWindow *self,
                          GFile       *file);

/* The chooser of "Import…", "Back Up…" or "Restore…": what to do with the file chosen. */
static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                LiensWindow     *self)
{
  FileFunc func = g_object_get_data (G_OBJECT (chooser), "file-func");
  g_autoptr(GFile) file = take_chosen_file (self, chooser, response, NULL);

  if (file != NULL)
    func (self, file);
}

static void
show_file_chooser (LiensWindow          *self,
                   GtkFileChooserNative *chooser,
                   FileFunc              func)
{
  g_object_set_data (G_OBJECT (chooser), "file-func", func);
  show_chooser (self, chooser, G_CALLBACK (file_chosen_cb));
}

/* A filter for @suffixes, then one for every file. */
static void
add_filters (GtkFileChooserNative *chooser,
             const char           *name,
             const char * const   *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
}

static void
import_dialog_events_read_cb (LiensWindow       *self,
                              GPtrArray         *events,
                              LiensImportDialog *dialog)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "events");
  liens_events_page_confirm_import (get_events_page (self), events);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  static const char * const suffixes[] = { "vcf", "vcard", "csv", "ics", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  add_filters (chooser, _("Contacts and Calendars"), suffixes);
  show_file_chooser (self, chooser, liens_window_import_file);
}

typedef struct
{
  char *db_path;
  gint64 *ids;
  gsize n_ids;
  LiensVCardVersion version;
  GFile *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->db_path);
  g_free (data->ids);
  g_clear_object (&data->file);
  g_free (data);
}

/* With a connection of its own: every contact (active and archived) or those of @ids. */
static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  store = liens_store_new (data->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->ids == NULL)
    {
      /* In one pass: active contacts by name, then archived ones. */
      g_clear_pointer (&contacts, g_ptr_array_unref);
      contacts = liens_store_load_all_contacts (store, &error);
      if (contacts == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  else
    {
      for (gsize i = 0; i < data->n_ids; i++)
        {
          LiensContact *contact = liens_store_get_contact (store, data->ids[i], NULL);

          if (contact != NULL)
            g_ptr_array_add (contacts, contact);
        }
    }

  text = liens_vcard_write ((LiensContact * const *) contacts->pdata, contacts->len, data->version);

  /* Written beside the destination, then renamed over it: never half a file. */
  if (!g_file_replace_contents (data->file, text, strlen (text), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, contacts->len);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LiensWindow *self = LIENS_WINDOW (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  gssize n;

  n = g_task_propagate_int (G_TASK (result), &error);
  if (n < 0)
    {
      name = dup_file_name (data->file);
      /* Translators: the first %s is a file name, the second what went wrong */
      title = g_strdup_printf (_("“%s” could not be written: %s"), name, error->message);
      show_message (self, _("Export Failed"), title);
      return;
    }

  title = g_strdup_printf (g_dngettext (NULL, "Exported %u contact", "Exported %u contacts", n),
                           (guint) n);
  add_toast_title (self, title);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    LiensWindow     *self)
{
  g_autofree char *version = NULL;
  g_autoptr(GFile) file = take_chosen_file (self, chooser, response, &version);
  LiensVCardVersion vcard_version = g_strcmp0 (version, "3.0") == 0
                                    ? LIENS_VCARD_VERSION_3_0 : LIENS_VCARD_VERSION_4_0;
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;
  const char *kind = g_object_get_data (G_OBJECT (chooser), "kind");

  if (file == NULL || self->store == NULL)
    return;

  if (g_strcmp0 (kind, "listed") == 0)
    ids = liens_contacts_page_dup_listed_ids (self->contacts_page, &n_ids);
  else if (g_strcmp0 (kind, "contact") == 0)
    {
      ids = g_new (gint64, 1);
      ids[0] = self->export_contact_id;
      n_ids = 1;
    }

  liens_window_export_contacts (self, file, vcard_version, ids, n_ids);
}

static void
show_export_chooser (LiensWindow *self,
                     const char  *title,
                     const char  *file_name,
                     const char  *kind)
{
  static const char *version_ids[] = { "4.0", "3.0", NULL };
  const char *version_labels[] = { _("vCard 4.0"), _("vCard 3.0 (for older software)"), NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "version", _("Format"),
                               version_ids, version_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "version", "4.0");
  g_object_set_data (G_OBJECT (chooser), "kind", (gpointer) kind);
  show_chooser (self, chooser, G_CALLBACK (export_response_cb));
}

static void
export_contacts_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  show_export_chooser (LIENS_WINDOW (widget), _("Export Contacts"), "liens-contacts.vcf", "all");
}

/* The "selection": the contacts the list shows, as searched and filtered. */
static void
export_listed_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  g_autofree gint64 *ids = NULL;
  g_autofree char *title = NULL;
  gsize n_ids = 0;

  ids = liens_contacts_page_dup_listed_ids (self->contacts_page, &n_ids);
  title = g_strdup_printf (g_dngettext (NULL, "Export the %u Listed Contact",
                                        "Export the %u Listed Contacts", n_ids),
                           (guint) n_ids);
  show_export_chooser (self, title, "liens-contacts.vcf", "listed");
}

static void
export_contact_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  g_autoptr(LiensContact) contact = NULL;
  g_autofree char *file_name = NULL;

  contact = liens_store_get_contact (self->store, g_variant_get_int64 (parameter), NULL);
  if (contact == NULL)
    return;

  file_name = g_strconcat (liens_contact_get_display_name (contact), ".vcf", NULL);
  g_strdelimit (file_name, "/\\", '-');
  self->export_contact_id = liens_contact_get_id (contact);
  show_export_chooser (self, _("Export Contact"), file_name, "contact");
}

static void
update_export_listed (LiensWindow *self)
{
  LiensContactQuery *query = liens_contacts_page_get_query (self->contacts_page);
  gboolean narrowed = liens_contact_query_get_text (query) != NULL ||
                      liens_contact_query_has_filters (query) ||
                      liens_contact_query_get_archived (query);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-listed",
                                 self->store != NULL && narrowed);
}

/* Backups */

static void
back_up_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  char **paths = task_data;
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = liens_store_new (paths[0], &error);
  if (store == NULL || !liens_store_backup_to_file (store, paths[1], &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
back_up_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LiensWindow *self = LIENS_WINDOW (source);
  char **paths = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (paths[1]);
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: the first %s is a file name, the second what went wrong */
      text = g_strdup_printf (_("“%s” could not be written: %s"), name, error->message);
      show_message (self, _("Backup Failed"), text);
      return;
    }

  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Backup saved as “%s”"), name);
  add_toast_title (self, text);
}

static void
back_up_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "liens-backup-%Y-%m-%d.db");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Back Up"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  show_file_chooser (self, chooser, liens_window_back_up_to_file);
}

typedef struct
{
  char *path;
  goffset size;
  GDateTime *modified;
} BackupInfo;

static void
backup_info_free (BackupInfo *info)
{
  g_free (info->path);
  g_clear_pointer (&info->modified, g_date_time_unref);
  g_free (info);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BackupInfo *info = task_data;
  g_autoptr(GFile) file = g_file_new_for_path (info->path);
  g_autoptr(GFileInfo) file_info = NULL;
  g_autoptr(GError) error = NULL;

  file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                 G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (file_info == NULL || !liens_store_check_backup_file (info->path, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  info->size = g_file_info_get_size (file_info);
  info->modified = g_file_info_get_modification_date_time (file_info);
  g_task_return_boolean (task, TRUE);
}

static void
restore_confirm_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             LiensWindow      *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "restore") != 0 || self->store == NULL)
    return;

  if (!liens_store_restore_from_file (self->store, path, &error))
    {
      name = g_filename_display_basename (path);
      /* Translators: the first %s is a file name, the second what went wrong */
      text = g_strdup_printf (_("“%s” could not be restored: %s"), name, error->message);
      show_message (self, _("Restore Failed"), text);
      return;
    }

  add_toast_title (self, _("Backup restored"));
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LiensWindow *self = LIENS_WINDOW (source);
  BackupInfo *info = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (info->path);
  g_autofree char *folder = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *date = NULL;
  g_autofree char *size = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: the first %s is a file name, the second what is wrong with it */
      body = g_strdup_printf (_("“%s” cannot be restored: %s Nothing was changed."),
                              name, error->message);
      show_message (self, _("Cannot Restore This Backup"), body);
      return;
    }

  if (self->store == NULL)
    return;

  folder = liens_store_dup_backup_folder (liens_store_get_path (self->store));
  folder_name = g_filename_display_name (folder);
  date = info->modified != NULL ? liens_format_date (info->modified) : g_strdup ("");
  size = g_format_size (info->size);
  /* Translators: the first %s is a file name, the second a date, the third a size such as
   * "2.1 MB", the last a folder */
  body = g_strdup_printf (_("“%s”, saved on %s (%s), replaces everything Liens holds now. "
                            "The current data is kept as a backup in %s."),
                          name, date, size, folder_name);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (info->path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  static const char * const suffixes[] = { "db", NULL };
  GtkFileChooserNative *chooser;
  g_autofree char *folder = liens_store_dup_backup_folder (liens_store_get_path (self->store));
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);

  chooser = gtk_file_chooser_native_new (_("Restore"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Restore"), NULL);
  add_filters (chooser, _("Backups"), suffixes);
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder_file, NULL);
  show_file_chooser (self, chooser, liens_window_restore_from_file);
}

/* The error page */

static void attach_store (LiensWindow *self,
                          LiensStore  *store);

/* Moves @path and its -wal and -shm files aside as <name>.unreadable-<stamp>; returns the
 * new name of @path. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.unreadable-%s", path, stamp);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;
          g_autofree char *name = g_filename_display_name (from);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       /* Translators: %s is a file name, then why it could not be moved */
                       _("“%s” could not be moved aside: %s"), name, g_strerror (saved_errno));
          return NULL;
        }
    }

  return g_steal_pointer (&aside);
}

static void
put_back (const char *aside,
          const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (aside, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
}

static void
restore_latest_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!liens_window_restore_latest_backup (self, &error))
    show_message (self, _("Restore Failed"), error->message);
}

/* Overrides */

static gboolean
liens_window_close_request (GtkWindow *window)
{
  liens_window_save_state (LIENS_WINDOW (window));

  return GTK_WINDOW_CLASS (liens_window_parent_class)->close_request (window);
}

/* A page reads the database when it is first shown: at start-up, only the visible one does,
 * and the first frame comes sooner. Actions show a page before they use it. */
static void
load_visible_page (LiensWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (self->store == NULL || page == NULL)
    return;

  if (page == GTK_WIDGET (self->contacts_page))
    liens_contacts_page_set_store (self->contacts_page, self->store);
  else if (page == GTK_WIDGET (self->timeline_bin))
    liens_timeline_page_set_store (get_timeline_page (self), self->store);
  else if (page == GTK_WIDGET (self->events_bin))
    liens_events_page_set_store (get_events_page (self), self->store);
  else if (page == GTK_WIDGET (self->profile_bin))
    liens_profile_page_set_store (get_profile_page (self), self->store);
}

static void
visible_page_cb (LiensWindow *self)
{
  load_visible_page (self);
}

static void
liens_window_constructed (GObject *object)
{
  LiensWindow *self = LIENS_WINDOW (object);

  G_OBJECT_CLASS (liens_window_parent_class)->constructed (object);

  liens_window_restore_state (self);

  g_signal_connect_object (liens_contacts_page_get_query (self->contacts_page), "changed",
                           G_CALLBACK (update_export_listed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);

  /* Without a store there is nothing to show but why it could not be opened. */
  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      disable_data_actions (self);
    }
  else
    {
      g_autoptr(LiensStore) store = g_steal_pointer (&self->store);

      attach_store (self, store);
    }

  update_header (self);
}

/* Shows @store in every page: at start-up, or once the error page restored a backup. */
static void
attach_store (LiensWindow *self,
              LiensStore  *store)
{
  self->store = g_object_ref (store);

  /* The other pages get theirs when first shown (visible_page_cb()). */
  load_visible_page (self);

  gtk_stack_set_visible_child_name (self->main_stack, "main");
  set_data_actions_enabled (self, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-latest", FALSE);
  update_export_listed (self);
  update_header (self);
}

static void
liens_window_dispose (GObject *object)
{
  LiensWindow *self = LIENS_WINDOW (object);

  if (self->quiz_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->quiz_window), (gpointer *) &self->quiz_window);
      self->quiz_window = NULL;
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_WINDOW);

  g_clear_object (&self->store);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->latest_backup, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (liens_window_parent_class)->dispose (object);
}

static void
liens_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LiensWindow *self = LIENS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LiensWindow *self = LIENS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_window_class_init (LiensWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = liens_window_constructed;
  object_class->dispose = liens_window_dispose;
  object_class->get_property = liens_window_get_property;
  object_class->set_property = liens_window_set_property;

  window_class->close_request = liens_window_close_request;

  /**
   * LiensWindow:store: (nullable)
   *
   * The database the window shows, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The pages are named in the template, so their types must exist first. */
  g_type_ensure (LIENS_TYPE_CONTACTS_PAGE);
  g_type_ensure (LIENS_TYPE_TIMELINE_PAGE);
  g_type_ensure (LIENS_TYPE_EVENTS_PAGE);
  g_type_ensure (LIENS_TYPE_PROFILE_PAGE);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, contacts_page);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, timeline_bin);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, events_bin);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, profile_bin);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, new_contact_button);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, restore_latest_button);
  gtk_widget_class_bind_template_callback (widget_class, header_state_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-contact", NULL, new_contact_action_cb);
  gtk_widget_class_install_action (widget_class, "win.log-encounter", NULL, log_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-contact-timeline", "x",
                                   show_contact_timeline_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-due-contacts", NULL,
                                   show_due_contacts_action_cb);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.take-quiz", NULL, take_quiz_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-contacts", NULL,
                                   export_contacts_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-listed", NULL,
                                   export_listed_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-contact", "x",
                                   export_contact_action_cb);
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action_cb);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action_cb);
  gtk_widget_class_install_action (widget_class, "win.restore-latest", NULL,
                                   restore_latest_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "contacts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "events");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "profile");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-contact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.log-encounter", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.go-back", NULL);
}

static void
liens_window_init (LiensWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  liens_benchmark_mark ("window template built");

  self->settings = g_settings_new (APPLICATION_ID);
}

/**
 * liens_window_new:
 * @app: the application
 * @store: (nullable): the open database, or %NULL when it could not be opened
 *
 * Creates the main window. Without a store, the window only shows an
 * error page; call liens_window_show_error() to say why.
 *
 * Returns: (transfer floating): a new #LiensWindow
 */
GtkWidget *
liens_window_new (LiensApplication *app,
                  LiensStore       *store)
{
  g_return_val_if_fail (LIENS_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (store == NULL || LIENS_IS_STORE (store), NULL);

  return g_object_new (LIENS_TYPE_WINDOW,
                       "application", app,
                       "store", store,
                       NULL);
}

/**
 * liens_window_get_store:
 * @self: a #LiensWindow
 *
 * Returns: (transfer none) (nullable): the window's database
 */
LiensStore *
liens_window_get_store (LiensWindow *self)
{
  g_return_val_if_fail (LIENS_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * liens_window_shows_contacts:
 * @window: a #LiensWindow
 *
 * For the start-up benchmark (see liens_benchmark_watch_first_frame()).
 *
 * Returns: whether the Contacts page shows its list, or its empty state
 */
gboolean
liens_window_shows_contacts (GtkWidget *window)
{
  LiensWindow *self = LIENS_WINDOW (window);

  return liens_contacts_page_is_showing_content (self->contacts_page);
}

/**
 * liens_window_add_toast:
 * @self: a #LiensWindow
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast at the bottom of the window, above every page.
 */
void
liens_window_add_toast (LiensWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * liens_window_show_error:
 * @self: a #LiensWindow
 * @message: why the database could not be opened, a sentence for the user
 * @path: (type filename): the database file
 *
 * Replaces the whole window with a page that explains why the database at
 * @path could not be opened. Nothing else can be done from the window then.
 */
void
liens_window_show_error (LiensWindow *self,
                         const char  *message,
                         const char  *path)
{
  g_autofree char *display_path = NULL;
  g_autofree char *file_line = NULL;
  g_autofree char *description = NULL;
  g_autofree char *folder = NULL;

  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);
  g_return_if_fail (path != NULL);

  display_path = g_filename_display_name (path);
  /* Translators: %s is the path of the database file that could not be opened */
  file_line = g_strdup_printf (_("File: %s"), display_path);
  /* The status page reads its description as Pango markup. */
  description = g_markup_printf_escaped ("%s\n\n%s", message, file_line);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");

  disable_data_actions (self);

  /* The newest backup, if any, can take the place of the file. */
  g_free (self->db_path);
  self->db_path = g_strdup (path);
  folder = liens_store_dup_backup_folder (path);
  g_free (self->latest_backup);
  self->latest_backup = liens_store_find_latest_backup (folder);
  gtk_widget_set_visible (self->restore_latest_button, self->latest_backup != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-latest",
                                 self->latest_backup != NULL);
}

/**
 * liens_window_import_file:
 * @self: a #LiensWindow
 * @file: a vCard, LinkedIn CSV or iCalendar file
 *
 * Shows what importing @file would do, over the window, as "Import…" does once a file is
 * chosen: the format is found from the content. A calendar goes to the events page, which
 * asks whether to add its events.
 */
void
liens_window_import_file (LiensWindow *self,
                          GFile       *file)
{
  GtkWidget *dialog;

  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;

  dialog = liens_import_dialog_new (GTK_WINDOW (self), self->store, file);
  g_signal_connect_object (dialog, "events-read", G_CALLBACK (import_dialog_events_read_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * liens_window_export_contacts:
 * @self: a #LiensWindow
 * @file: the vCard file to write, replaced if it exists
 * @version: the vCard version
 * @ids: (array length=n_ids) (nullable): the contacts to write, or %NULL for all of them,
 *   archived ones included
 * @n_ids: how many @ids
 *
 * Writes the contacts to @file in a worker thread, then says how many in a toast, or what
 * went wrong in a dialog.
 */
void
liens_window_export_contacts (LiensWindow       *self,
                              GFile             *file,
                              LiensVCardVersion  version,
                              const gint64      *ids,
                              gsize              n_ids)
{
  ExportData *data;

  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  data = g_new0 (ExportData, 1);
  data->db_path = g_strdup (liens_store_get_path (self->store));
  data->ids = ids != NULL ? g_memdup2 (ids, MAX (n_ids, 1) * sizeof (gint64)) : NULL;
  data->n_ids = n_ids;
  data->version = version;
  data->file = g_object_ref (file);

  run_in_thread (self, liens_window_export_contacts, data, (GDestroyNotify) export_data_free,
                 export_in_thread, export_done_cb);
}

/**
 * liens_window_back_up_to_file:
 * @self: a #LiensWindow
 * @file: a local file, replaced if it exists
 *
 * Writes a backup of the database to @file in a worker thread, then says so in a toast,
 * or what went wrong in a dialog.
 */
void
liens_window_back_up_to_file (LiensWindow *self,
                              GFile       *file)
{
  char **paths;

  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  paths = g_new0 (char *, 3);
  paths[0] = g_strdup (liens_store_get_path (self->store));
  paths[1] = dup_path (file);

  run_in_thread (self, liens_window_back_up_to_file, paths, (GDestroyNotify) g_strfreev,
                 back_up_in_thread, back_up_done_cb);
}

/**
 * liens_window_restore_from_file:
 * @self: a #LiensWindow
 * @file: a backup
 *
 * Checks @file in a worker thread; a file that is not a backup Liens can restore is refused
 * with a message, and nothing changes. Otherwise asks "Restore This Backup?", and restores
 * it if the user agrees, the current data being kept as a backup.
 */
void
liens_window_restore_from_file (LiensWindow *self,
                                GFile       *file)
{
  BackupInfo *info;

  g_return_if_fail (LIENS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  info = g_new0 (BackupInfo, 1);
  info->path = dup_path (file);

  run_in_thread (self, liens_window_restore_from_file, info, (GDestroyNotify) backup_info_free,
                 check_in_thread, check_done_cb);
}

/**
 * liens_window_restore_latest_backup:
 * @self: a #LiensWindow showing the error page
 * @error: return location for an error
 *
 * What "Restore Latest Backup" on the error page does: moves the database that could not
 * be opened aside (as <name>.unreadable-<stamp>, kept), copies the newest backup in its
 * place, opens it and shows it in the window. On error, the file is put back as it was.
 *
 * Returns: %TRUE when the window shows the restored data
 */
gboolean
liens_window_restore_latest_backup (LiensWindow  *self,
                                    GError      **error)
{
  g_autofree char *aside = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(LiensStore) store = NULL;
  g_autofree char *aside_name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (LIENS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->store == NULL, FALSE);

  if (self->db_path == NULL || self->latest_backup == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no backup to restore."));
      return FALSE;
    }

  aside = move_aside (self->db_path, error);
  if (aside == NULL)
    return FALSE;

  source = g_file_new_for_path (self->latest_backup);
  dest = g_file_new_for_path (self->db_path);
  if (g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    store = liens_store_new (self->db_path, error);

  if (store == NULL)
    {
      g_file_delete (dest, NULL, NULL);
      put_back (aside, self->db_path);
      return FALSE;
    }

  g_chmod (self->db_path, 0600);
  attach_store (self, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);

  aside_name = g_filename_display_basename (aside);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Latest backup restored; the unreadable file is kept as “%s”"),
                          aside_name);
  add_toast_title (self, text);

  return TRUE;
}
