/* liens-import-dialog.c: what importing a file would do, then doing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-icalendar.h"
#include "liens-import-dialog.h"
#include "liens-import.h"
#include "liens-ui.h"
#include "liens-window.h"

/* The file is read, parsed and compared with the store in worker threads; the preview then
 * lists the duplicates, at most MAX_DUPLICATE_ROWS of them so that a file of thousands
 * stays quick to show: the others follow the choice made for all. Applying writes in one
 * transaction in a worker thread, so cancelling, or any error, leaves the database as it
 * was. A calendar is handed over to the events page, which confirms it its own way. */

#define MAX_DUPLICATE_ROWS 50

/* LinkedIn's own name: not translated. */
#define LINKEDIN_NETWORK "LinkedIn"

struct _LiensImportDialog
{
  AdwWindow parent_instance;

  LiensStore *store;
  GFile *file;
  char *display_name;
  GCancellable *cancellable;

  LiensImportFormat format;
  guint n_skipped;
  LiensImportPlan *plan;
  const char *state;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *loading_page;
  AdwStatusPage *error_page;
  AdwPreferencesGroup *summary_group;
  AdwActionRow *new_row;
  AdwActionRow *duplicates_row;
  AdwActionRow *skipped_row;
  AdwPreferencesGroup *duplicates_group;
  GtkWidget *all_button;
  GtkListBox *duplicates_list;
  GtkLabel *more_label;
  GtkProgressBar *progress_bar;
  GtkWidget *import_button;
  GtkWidget *cancel_button;
};

G_DEFINE_FINAL_TYPE (LiensImportDialog, liens_import_dialog, ADW_TYPE_WINDOW)

enum {
  EVENTS_READ,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Indexed by LiensDuplicateReason. */
static const char * const reason_labels[] = {
  NULL,
  N_("same card"),
  N_("same LinkedIn profile"),
  N_("same email"),
  N_("same phone"),
  N_("same name and organisation"),
};

/* Indexed by LiensImportChoice. */
static const char * const choice_labels[] = {
  N_("Merge"),
  N_("Keep Both"),
  N_("Skip"),
};

typedef struct
{
  GPtrArray *contacts;
  GPtrArray *events;
  LiensImportFormat format;
  guint n_skipped;
} ReadResult;

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->contacts, g_ptr_array_unref);
  g_clear_pointer (&result->events, g_ptr_array_unref);
  g_free (result);
}

static void
set_state (LiensImportDialog *self,
           const char        *state)
{
  gboolean preview = g_str_equal (state, "preview");

  self->state = state;
  if (!g_str_equal (state, "done"))
    gtk_stack_set_visible_child_name (self->stack, state);

  gtk_widget_set_visible (self->import_button, preview);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", preview);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.set-all", preview);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button),
                        g_str_equal (state, "error") ? _("_Close") : _("_Cancel"));
}

static void
add_toast (LiensImportDialog *self,
           const char        *title)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (LIENS_IS_WINDOW (parent))
    liens_window_add_toast (LIENS_WINDOW (parent), adw_toast_new (title));
}

/* Says what is wrong with the file, and that nothing changed. */
static void
show_error (LiensImportDialog *self,
            const GError      *error)
{
  g_autofree char *message = NULL;
  g_autofree char *description = NULL;

  /* Translators: the first %s is a file name, the second what is wrong with it */
  message = g_strdup_printf (_("“%s” cannot be imported: %s"), self->display_name, error->message);
  description = g_markup_printf_escaped ("%s\n\n%s", message, _("Nothing was changed in Liens."));
  adw_status_page_set_description (self->error_page, description);
  set_state (self, "error");
  g_signal_emit (self, signals[FINISHED], 0);
}

static guint
count_written (LiensImportDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < liens_import_plan_get_n_candidates (self->plan); i++)
    if (liens_import_plan_get_choice (self->plan, i) != LIENS_IMPORT_CHOICE_SKIP)
      n++;

  return n;
}

static void
update_import_button (LiensImportDialog *self)
{
  gtk_widget_set_sensitive (self->import_button, count_written (self) > 0);
}

/* Preview */

static void
choice_selected_cb (GtkDropDown       *choice,
                    GParamSpec        *pspec,
                    LiensImportDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (choice), "candidate"));
  guint selected = gtk_drop_down_get_selected (choice);

  if (selected < G_N_ELEMENTS (choice_labels))
    liens_import_plan_set_choice (self->plan, index, selected);
  update_import_button (self);
}

static char *
dup_duplicate_subtitle (LiensImportDialog *self,
                        guint              index)
{
  LiensDuplicateReason reason = liens_import_plan_get_reason (self->plan, index);
  const char *why = reason < G_N_ELEMENTS (reason_labels) && reason_labels[reason] != NULL
                    ? _(reason_labels[reason]) : "";
  gint64 existing_id = liens_import_plan_get_existing_id (self->plan, index);
  int earlier = liens_import_plan_get_duplicate_of (self->plan, index);
  g_autoptr(LiensContact) existing = NULL;

  if (existing_id > 0)
    existing = liens_store_get_contact (self->store, existing_id, NULL);

  if (existing != NULL)
    /* Translators: the first %s is a contact's name, the second why the imported one is
     * taken for them, e.g. "same email" */
    return g_strdup_printf (_("Already in Liens as “%s”: %s"),
                            liens_contact_get_display_name (existing), why);

  if (earlier >= 0)
    /* Translators: the first %s is a contact's name, the second why the imported one is
     * taken for them, e.g. "same email" */
    return g_strdup_printf (_("Earlier in this file as “%s”: %s"),
                            liens_contact_get_display_name (liens_import_plan_get_candidate (self->plan, earlier)),
                            why);

  return g_strdup (why);
}

static GtkWidget *
create_duplicate_row (LiensImportDialog *self,
                      guint              index)
{
  LiensContact *candidate = liens_import_plan_get_candidate (self->plan, index);
  const char *name = liens_contact_get_display_name (candidate);
  const char *labels[G_N_ELEMENTS (choice_labels) + 1] = { NULL, };
  g_autofree char *subtitle = dup_duplicate_subtitle (self, index);
  g_autofree char *accessible_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choice;

  for (guint i = 0; i < G_N_ELEMENTS (choice_labels); i++)
    labels[i] = _(choice_labels[i]);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* A drop-down rather than a combo row: its choice is never cut short on a phone. */
  choice = gtk_drop_down_new_from_strings (labels);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), liens_import_plan_get_choice (self->plan, index));
  /* Translators: the accessible name of the merge / keep both / skip choice; %s is a name */
  accessible_name = g_strdup_printf (_("What to Do with %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_object_set_data (G_OBJECT (choice), "candidate", GUINT_TO_POINTER (index));
  g_signal_connect_object (choice, "notify::selected", G_CALLBACK (choice_selected_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
  g_object_set_data (G_OBJECT (row), "choice", choice);

  return row;
}

static void
show_preview (LiensImportDialog *self)
{
  guint n_candidates = liens_import_plan_get_n_candidates (self->plan);
  guint n_new = liens_import_plan_get_n_new (self->plan);
  guint n_duplicates = liens_import_plan_get_n_duplicates (self->plan);
  g_autofree char *title = NULL;
  guint n_rows = 0;

  adw_preferences_group_set_title (self->summary_group, title = g_markup_escape_text (self->display_name, -1));
  adw_preferences_group_set_description (self->summary_group,
                                         self->format == LIENS_IMPORT_FORMAT_LINKEDIN_CSV
                                         ? _("LinkedIn connections: they join the “LinkedIn” network.")
                                         : _("Contacts in vCard format."));
  g_clear_pointer (&title, g_free);

  title = g_strdup_printf (g_dngettext (NULL, "%u new contact", "%u new contacts", n_new), n_new);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), title);
  g_clear_pointer (&title, g_free);

  title = g_strdup_printf (g_dngettext (NULL, "%u looks like someone already in Liens",
                                        "%u look like people already in Liens", n_duplicates),
                           n_duplicates);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duplicates_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_row), n_duplicates > 0);
  g_clear_pointer (&title, g_free);

  title = g_strdup_printf (g_dngettext (NULL, "%u entry could not be read and is left out",
                                        "%u entries could not be read and are left out",
                                        self->n_skipped),
                           self->n_skipped);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->skipped_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_row), self->n_skipped > 0);
  g_clear_pointer (&title, g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), n_duplicates > 0);
  gtk_widget_set_visible (self->all_button, n_duplicates > 1);

  for (guint i = 0; i < n_candidates && n_rows < MAX_DUPLICATE_ROWS; i++)
    {
      if (liens_import_plan_get_status (self->plan, i) != LIENS_IMPORT_STATUS_DUPLICATE)
        continue;

      gtk_list_box_append (self->duplicates_list, create_duplicate_row (self, i));
      n_rows++;
    }

  if (n_duplicates > n_rows)
    {
      guint n_more = n_duplicates - n_rows;

      title = g_strdup_printf (g_dngettext (NULL,
                                            "And %u more, which follows the choice made with “All”.",
                                            "And %u more, which follow the choice made with “All”.",
                                            n_more),
                               n_more);
      gtk_label_set_label (self->more_label, title);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), n_duplicates > n_rows);

  update_import_button (self);
  set_state (self, "preview");
  gtk_widget_grab_focus (self->import_button);
}

static void
plan_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LiensImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  LiensImportPlan *plan;

  plan = liens_store_plan_import_finish (LIENS_STORE (source), result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&plan, liens_import_plan_unref);
      return;
    }

  if (plan == NULL)
    {
      show_error (self, error);
      return;
    }

  self->plan = plan;
  show_preview (self);
}

/* Reading */

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  ReadResult *result;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info == NULL ||
      !liens_import_check_size (g_file_info_get_size (info), &error) ||
      !g_file_load_contents (file, cancellable, &data, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (ReadResult, 1);
  result->format = liens_import_detect (data, length);

  if (result->format == LIENS_IMPORT_FORMAT_ICALENDAR)
    result->events = liens_icalendar_import (data, length, &error);
  else
    result->contacts = liens_import_parse_contacts (data, length, &result->format,
                                                    &result->n_skipped, &error);

  if (result->events == NULL && result->contacts == NULL)
    {
      read_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  ReadResult *read;

  read = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&read, read_result_free);
      return;
    }

  if (read == NULL)
    {
      show_error (self, error);
      return;
    }

  self->format = read->format;
  self->n_skipped = read->n_skipped;

  if (read->events != NULL)
    {
      /* The events page confirms calendars its own way. */
      set_state (self, "done");
      g_signal_emit (self, signals[EVENTS_READ], 0, read->events);
      g_signal_emit (self, signals[FINISHED], 0);
      read_result_free (read);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  liens_store_plan_import_async (self->store, read->contacts, self->cancellable,
                                 plan_done_cb, g_object_ref (self));
  read_result_free (read);
}

static void
start_reading (LiensImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Reading “%s”…"), self->display_name);
  adw_status_page_set_title (self->loading_page, title);
  set_state (self, "loading");

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, start_reading);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

/* Applying */

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  LiensImportDialog *self = user_data;
  g_autofree char *text = NULL;

  /* Translators: how many contacts of the file are written so far, e.g. "300 of 1200" */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
}

static void
apply_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LiensImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  if (!liens_store_apply_import_finish (LIENS_STORE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          show_error (self, error);
          return;
        }

      add_toast (self, _("Import cancelled: nothing was changed"));
    }
  else
    {
      n = count_written (self);
      title = g_strdup_printf (g_dngettext (NULL, "Imported %u contact", "Imported %u contacts", n), n);
      add_toast (self, title);
    }

  set_state (self, "done");
  g_signal_emit (self, signals[FINISHED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (widget);

  if (self->plan == NULL || count_written (self) == 0)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  progress_cb (0, count_written (self), self);
  set_state (self, "applying");

  liens_store_apply_import_async (self->store, self->plan,
                                  self->format == LIENS_IMPORT_FORMAT_LINKEDIN_CSV
                                  ? LINKEDIN_NETWORK : NULL,
                                  self->cancellable, progress_cb, self,
                                  apply_done_cb, g_object_ref (self));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
set_all_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (widget);
  int choice = g_variant_get_int32 (parameter);

  if (self->plan == NULL || choice < 0 || choice >= (int) G_N_ELEMENTS (choice_labels))
    return;

  liens_import_plan_set_all_choices (self->plan, choice);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->duplicates_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "choice") != NULL)
      gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (row), "choice"), choice);

  update_import_button (self);
}

/* Overrides */

/* While the import is written, closing cancels it: the dialog goes once it has stopped. */
static gboolean
liens_import_dialog_close_request (GtkWindow *window)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);

  if (g_strcmp0 (self->state, "applying") == 0)
    {
      gtk_widget_set_sensitive (self->cancel_button, FALSE);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (liens_import_dialog_parent_class)->close_request (window);
}

static void
liens_import_dialog_dispose (GObject *object)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (liens_import_dialog_parent_class)->dispose (object);
}

static void
liens_import_dialog_finalize (GObject *object)
{
  LiensImportDialog *self = LIENS_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->plan, liens_import_plan_unref);
  g_free (self->display_name);

  G_OBJECT_CLASS (liens_import_dialog_parent_class)->finalize (object);
}

static void
liens_import_dialog_class_init (LiensImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = liens_import_dialog_dispose;
  object_class->finalize = liens_import_dialog_finalize;
  window_class->close_request = liens_import_dialog_close_request;

  /**
   * LiensImportDialog::events-read:
   * @events: (element-type LiensEvent): the events of the calendar
   *
   * The file is a calendar: its events are for the events page to confirm.
   */
  signals[EVENTS_READ] = g_signal_new ("events-read",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * LiensImportDialog::finished:
   *
   * The import is done, cancelled or failed; see liens_import_dialog_get_state().
   */
  signals[FINISHED] = g_signal_new ("finished",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, skipped_row);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, all_button);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, duplicates_list);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, more_label);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LiensImportDialog, cancel_button);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action_cb);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action_cb);
  gtk_widget_class_install_action (widget_class, "import.set-all", "i", set_all_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
liens_import_dialog_init (LiensImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->state = "loading";
}

/**
 * liens_import_dialog_new:
 * @parent: (nullable): the window to show the dialog over, where toasts go
 * @store: the database to import into
 * @file: a vCard, LinkedIn CSV or iCalendar file
 *
 * Creates a dialog that reads @file at once, in a worker thread, and shows what importing
 * it would do.
 *
 * Returns: (transfer floating): a new #LiensImportDialog
 */
GtkWidget *
liens_import_dialog_new (GtkWindow  *parent,
                         LiensStore *store,
                         GFile      *file)
{
  LiensImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (LIENS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->display_name = g_file_get_basename (file);
  if (self->display_name == NULL || !g_utf8_validate (self->display_name, -1, NULL))
    {
      g_free (self->display_name);
      self->display_name = g_file_get_parse_name (file);
    }

  start_reading (self);

  return GTK_WIDGET (self);
}

/**
 * liens_import_dialog_get_file:
 *
 * Returns: (transfer none): the file imported
 */
GFile *
liens_import_dialog_get_file (LiensImportDialog *self)
{
  g_return_val_if_fail (LIENS_IS_IMPORT_DIALOG (self), NULL);

  return self->file;
}

/**
 * liens_import_dialog_get_state:
 *
 * Returns: "loading" while the file is read and compared, "preview", "applying", "error"
 *   once it failed, or "done"
 */
const char *
liens_import_dialog_get_state (LiensImportDialog *self)
{
  g_return_val_if_fail (LIENS_IS_IMPORT_DIALOG (self), NULL);

  return self->state;
}

/**
 * liens_import_dialog_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan the preview shows, once it is made
 */
LiensImportPlan *
liens_import_dialog_get_plan (LiensImportDialog *self)
{
  g_return_val_if_fail (LIENS_IS_IMPORT_DIALOG (self), NULL);

  return self->plan;
}
