/* liens-contact-card.h: everything the user knows about one contact, read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT_CARD (liens_contact_card_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactCard, liens_contact_card, LIENS, CONTACT_CARD, GtkWidget)

GtkWidget    *liens_contact_card_new         (void);

LiensStore   *liens_contact_card_get_store   (LiensContactCard *self);
void          liens_contact_card_set_store   (LiensContactCard *self,
                                              LiensStore       *store);

LiensContact *liens_contact_card_get_contact (LiensContactCard *self);
void          liens_contact_card_set_contact (LiensContactCard *self,
                                              LiensContact     *contact);

G_END_DECLS
