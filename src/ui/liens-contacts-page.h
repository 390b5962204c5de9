/* liens-contacts-page.h: the contact list beside the card of the selected contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACTS_PAGE (liens_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactsPage, liens_contacts_page, LIENS, CONTACTS_PAGE, GtkWidget)

GtkWidget  *liens_contacts_page_new             (void);

LiensStore *liens_contacts_page_get_store       (LiensContactsPage *self);
void        liens_contacts_page_set_store       (LiensContactsPage *self,
                                                 LiensStore        *store);

gboolean    liens_contacts_page_get_can_go_back (LiensContactsPage *self);
gint64      liens_contacts_page_get_selected_id (LiensContactsPage *self);
void        liens_contacts_page_show_due        (LiensContactsPage *self);
gboolean    liens_contacts_page_go_back         (LiensContactsPage *self);
LiensContactQuery *liens_contacts_page_get_query (LiensContactsPage *self);
gint64     *liens_contacts_page_dup_listed_ids  (LiensContactsPage *self,
                                                 gsize             *n_ids);
gboolean    liens_contacts_page_is_showing_content
                                                (LiensContactsPage *self);

G_END_DECLS
