/* liens-contacts-page.c: the contact list beside the card of the selected contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contacts-page.h"
#include "liens-ui.h"

struct _LiensContactsPage
{
  GtkWidget parent_instance;

  /* The list side and the card side; the card side comes into view when a contact is chosen. */
  AdwLeaflet *leaflet;
};

G_DEFINE_FINAL_TYPE (LiensContactsPage, liens_contacts_page, GTK_TYPE_WIDGET)

static void
liens_contacts_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LIENS_TYPE_CONTACTS_PAGE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_contacts_page_parent_class)->dispose (object);
}

static void
liens_contacts_page_class_init (LiensContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_contacts_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contacts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactsPage, leaflet);
}

static void
liens_contacts_page_init (LiensContactsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
liens_contacts_page_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACTS_PAGE, NULL);
}
