/* liens-application.c: the Liens application, its options and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "liens-application.h"
#include "liens-benchmark.h"
#include "liens-command-line.h"
#include "liens-store.h"
#include "liens-ui.h"
#include "liens-window.h"

struct _LiensApplication
{
  AdwApplication parent_instance;

  /* NULL for the default database */
  char *database_path;
};

G_DEFINE_FINAL_TYPE (LiensApplication, liens_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The automatic backups kept in the backup folder: a week of days Liens was used. */
#define AUTO_BACKUPS_KEPT 7

/* The options that run a command without a window, one at a time. */
static const char * const command_options[] = {
  "import", "export-vcard", "export-ics", "backup",
};

static const GOptionEntry option_entries[] = {
  {
    "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: --database FILE, a command line option */
    N_("Use the database FILE instead of the default one"),
    /* Translators: the argument of --database, shown in --help */
    N_("FILE"),
  },
  {
    "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: --import FILE, a command line option */
    N_("Import the contacts or events of FILE (vCard, LinkedIn CSV or iCalendar), without a window"),
    N_("FILE"),
  },
  {
    "export-vcard", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: --export-vcard FILE, a command line option */
    N_("Write all contacts to FILE as vCards, without a window"),
    N_("FILE"),
  },
  {
    "vcard-version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    /* Translators: --vcard-version VERSION, a command line option */
    N_("The vCard version --export-vcard writes: 4.0 (the default) or 3.0"),
    /* Translators: the argument of --vcard-version, shown in --help */
    N_("VERSION"),
  },
  {
    "export-ics", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: --export-ics FILE, a command line option */
    N_("Write the planned upcoming events to FILE as iCalendar, without a window"),
    N_("FILE"),
  },
  {
    "backup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: --backup FILE, a command line option */
    N_("Write a backup of the database to FILE, without a window"),
    N_("FILE"),
  },
  {
    "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"),
    NULL,
  },
  { NULL }
};

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LiensApplication *self = LIENS_APPLICATION (user_data);
  g_autoptr(GList) windows = NULL;

  /* Closing, rather than destroying, lets each window save its state. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_application_quit (G_APPLICATION (self));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LiensApplication *self = LIENS_APPLICATION (user_data);
  /* Translators: the credits page's list of developers, a name and a web address */
  g_autofree char *contributors = g_strdup_printf (_("The Liens contributors %s"),
                                                   PACKAGE_WEBSITE "/graphs/contributors");
  const char *developers[] = { contributors, NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", "Liens",
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Liens developers"),
                        "comments", _("Keep the ties of your professional network alive"),
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "developers", developers,
                        /* Translators: the About window's copyright line */
                        "copyright", _("© 2026 The Liens developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action_cb },
  { "about", about_action_cb },
};

/* Runs the command of @options, if any, without initialising GTK: returns its exit
 * status, or -1 when there is none. */
static int
run_command (LiensApplication *self,
             GVariantDict     *options)
{
  g_autofree char *file = NULL;
  g_autofree char *vcard_version = NULL;
  LiensVCardVersion version = LIENS_VCARD_VERSION_4_0;
  const char *command = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (command_options); i++)
    {
      if (!g_variant_dict_contains (options, command_options[i]))
        continue;

      if (command != NULL)
        {
          g_printerr ("%s\n",
                      /* Translators: an error of the command line */
                      _("liens: use only one of --import, --export-vcard, --export-ics and --backup."));
          return LIENS_EXIT_FAILED;
        }

      command = command_options[i];
    }

  if (g_variant_dict_lookup (options, "vcard-version", "s", &vcard_version))
    {
      if (g_strcmp0 (command, "export-vcard") != 0)
        {
          /* Translators: an error of the command line */
          g_printerr ("%s\n", _("liens: --vcard-version goes with --export-vcard only."));
          return LIENS_EXIT_FAILED;
        }

      if (g_strcmp0 (vcard_version, "3.0") == 0)
        version = LIENS_VCARD_VERSION_3_0;
      else if (g_strcmp0 (vcard_version, "4.0") != 0)
        {
          /* Translators: an error of the command line */
          g_printerr ("%s\n", _("liens: --vcard-version must be 3.0 or 4.0."));
          return LIENS_EXIT_FAILED;
        }
    }

  if (command == NULL)
    return -1;

  g_variant_dict_lookup (options, command, "^ay", &file);

  if (g_str_equal (command, "import"))
    return liens_command_line_import (self->database_path, file);
  if (g_str_equal (command, "export-vcard"))
    return liens_command_line_export_vcard (self->database_path, file, version);
  if (g_str_equal (command, "export-ics"))
    return liens_command_line_export_ics (self->database_path, file);

  return liens_command_line_backup (self->database_path, file);
}

static void
auto_backup_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LiensApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = liens_store_auto_backup_finish (LIENS_STORE (object), result, &error);

  /* Not worth a dialog: the next start tries again. */
  if (error != NULL)
    g_message ("The automatic backup failed: %s", error->message);
  else if (path != NULL)
    g_debug ("Backed up the database to %s", path);
  else
    g_debug ("Today's automatic backup exists already");

  g_application_release (G_APPLICATION (self));
}

/* At most once a day (the store decides), in a worker thread; the application stays
 * until it is written, so that quitting at once leaves no half-written copy behind. */
static void
start_auto_backup (LiensApplication *self,
                   LiensStore       *store)
{
  g_autofree char *folder = NULL;
  g_autoptr(GDateTime) now = NULL;

  /* The tests' windows must not leave backups beside their databases. */
  if (g_getenv ("LIENS_NO_AUTO_BACKUP") != NULL)
    return;

  folder = liens_store_dup_backup_folder (liens_store_get_path (store));
  now = g_date_time_new_now_local ();

  g_application_hold (G_APPLICATION (self));
  liens_store_auto_backup_async (store, folder, now, AUTO_BACKUPS_KEPT, NULL,
                                 auto_backup_cb, g_object_ref (self));
}

/* The window, made once with the store, and presented. */
static LiensWindow *
ensure_window (LiensApplication *self)
{
  g_autoptr(LiensStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return LIENS_WINDOW (window);
    }

  store = liens_store_new (self->database_path, &error);
  liens_benchmark_mark ("database opened");
  window = GTK_WINDOW (liens_window_new (self, store));
  liens_benchmark_mark ("window built");

  /* No retry and no fallback: a file we cannot open is never replaced by a new database. */
  if (store == NULL)
    {
      g_autofree char *path = NULL;

      if (self->database_path != NULL)
        path = g_strdup (self->database_path);
      else
        path = liens_store_dup_default_path ();

      g_debug ("Cannot open the database %s: %s", path, error->message);
      liens_window_show_error (LIENS_WINDOW (window), error->message, path);
    }
  else
    {
      start_auto_backup (self, store);
    }

  liens_benchmark_watch_first_frame (GTK_WIDGET (window), liens_window_shows_contacts);
  gtk_window_present (window);
  liens_benchmark_mark ("window presented");

  return LIENS_WINDOW (window);
}

static int
liens_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  LiensApplication *self = LIENS_APPLICATION (app);
  g_autofree char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("liens %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autofree char *path = g_canonicalize_filename (database, NULL);

      liens_application_set_database_path (self, path);

      /* Another database means another instance: a running Liens must not get this request. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  /* A command for a script, done here, before GTK starts (it needs no display) and before
   * the application registers on the session bus; else go on with the default handling. */
  return run_command (self, options);
}

static void
liens_application_startup (GApplication *app)
{
  static const char * const quit_accels[] = { "<Control>q", NULL };
  static const char * const close_accels[] = { "<Control>w", NULL };
  LiensApplication *self = LIENS_APPLICATION (app);

  /* GtkApplication loads gtk/help-overlay.ui and style.css from our resource as it starts. */
  liens_ui_ensure_resources ();

  G_APPLICATION_CLASS (liens_application_parent_class)->startup (app);
  liens_benchmark_mark ("GTK started");

  /* Every window carries the app icon: from hicolor once installed, else from our resource. */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries, G_N_ELEMENTS (app_entries),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
liens_application_activate (GApplication *app)
{
  ensure_window (LIENS_APPLICATION (app));
}

/* "liens contacts.vcf", or a double click in Files: the import preview of each file. */
static void
liens_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  LiensWindow *window = ensure_window (LIENS_APPLICATION (app));

  /* The error page stays: there is no database to import into. */
  if (liens_window_get_store (window) == NULL)
    return;

  for (int i = 0; i < n_files; i++)
    liens_window_import_file (window, files[i]);
}

static void
liens_application_finalize (GObject *object)
{
  LiensApplication *self = LIENS_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (liens_application_parent_class)->finalize (object);
}

static void
liens_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiensApplication *self = LIENS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiensApplication *self = LIENS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      liens_application_set_database_path (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_application_class_init (LiensApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = liens_application_finalize;
  object_class->get_property = liens_application_get_property;
  object_class->set_property = liens_application_set_property;

  app_class->handle_local_options = liens_application_handle_local_options;
  app_class->startup = liens_application_startup;
  app_class->activate = liens_application_activate;
  app_class->open = liens_application_open;

  /**
   * LiensApplication:database-path: (type filename) (nullable)
   *
   * The database file the next window opens, %NULL for the default one.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_application_init (LiensApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* Translators: the arguments of "liens", shown in --help */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                /* Translators: the end of "liens --help" */
                                                _("Files given are shown in the import preview. "
                                                  "--import, --export-vcard, --export-ics and --backup "
                                                  "run without a window and exit with 0 on success, "
                                                  "1 when the file cannot be read or written, "
                                                  "2 when the database cannot be opened."));
}

/**
 * liens_application_new:
 *
 * Returns: (transfer full): the Liens application
 */
LiensApplication *
liens_application_new (void)
{
  return g_object_new (LIENS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * liens_application_get_database_path:
 * @self: a #LiensApplication
 *
 * Returns: (type filename) (nullable): the database file chosen with
 *   `--database`, or %NULL for the default one
 */
const char *
liens_application_get_database_path (LiensApplication *self)
{
  g_return_val_if_fail (LIENS_IS_APPLICATION (self), NULL);

  return self->database_path;
}

/**
 * liens_application_set_database_path:
 * @self: a #LiensApplication
 * @path: (type filename) (nullable): a database file, or %NULL for the default one
 *
 * Chooses the database the next window opens.
 */
void
liens_application_set_database_path (LiensApplication *self,
                                     const char       *path)
{
  g_return_if_fail (LIENS_IS_APPLICATION (self));

  if (g_strcmp0 (self->database_path, path) == 0)
    return;

  g_free (self->database_path);
  self->database_path = g_strdup (path);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE_PATH]);
}
