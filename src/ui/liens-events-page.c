/* liens-events-page.c: the events the user plans to attend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-events-page.h"
#include "liens-ui.h"

struct _LiensEventsPage
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (LiensEventsPage, liens_events_page, GTK_TYPE_WIDGET)

static void
liens_events_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_EVENTS_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_events_page_parent_class)->dispose (object);
}

static void
liens_events_page_class_init (LiensEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_events_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-events-page.ui");
}

static void
liens_events_page_init (LiensEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
liens_events_page_new (void)
{
  return g_object_new (LIENS_TYPE_EVENTS_PAGE, NULL);
}
