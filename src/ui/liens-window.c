/* liens-window.c: the main window, with its four views.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contacts-page.h"
#include "liens-encounter-editor.h"
#include "liens-events-page.h"
#include "liens-profile-page.h"
#include "liens-quiz-window.h"
#include "liens-timeline-page.h"
#include "liens-ui.h"
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
  LiensTimelinePage *timeline_page;
  LiensEventsPage *events_page;
  LiensProfilePage *profile_page;
  GtkWidget *back_button;
  GtkWidget *new_contact_button;

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
disable_data_actions (LiensWindow *self)
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
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
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

/* Ctrl+Shift+N anywhere: the event editor, over the Events page. */
static void
new_event_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "events");
  gtk_widget_activate_action (GTK_WIDGET (self->events_page), "events.new", NULL);
}

static void
show_contact_timeline_action_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  LiensWindow *self = LIENS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  liens_timeline_page_show_contact (self->timeline_page, g_variant_get_int64 (parameter));
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
    gtk_widget_activate_action (GTK_WIDGET (self->timeline_page), "timeline.search", NULL);
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
  else if (page == GTK_WIDGET (self->timeline_page))
    liens_timeline_page_set_store (self->timeline_page, self->store);
  else if (page == GTK_WIDGET (self->events_page))
    liens_events_page_set_store (self->events_page, self->store);
  else if (page == GTK_WIDGET (self->profile_page))
    liens_profile_page_set_store (self->profile_page, self->store);
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

  /* Without a store there is nothing to show but why it could not be opened. */
  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      disable_data_actions (self);
    }
  else
    {
      load_visible_page (self);
      g_signal_connect_object (self->view_stack, "notify::visible-child",
                               G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
    }

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

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_WINDOW);

  g_clear_object (&self->store);
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
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, events_page);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, profile_page);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LiensWindow, new_contact_button);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.go-back", NULL);
}

static void
liens_window_init (LiensWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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
}
