/* liens-contact-row.h: one contact in the contact list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-model.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT_ROW (liens_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactRow, liens_contact_row, LIENS, CONTACT_ROW, GtkWidget)

GtkWidget    *liens_contact_row_new         (void);

LiensContact *liens_contact_row_get_contact (LiensContactRow *self);
void          liens_contact_row_set_contact (LiensContactRow *self,
                                             LiensContact    *contact);

G_END_DECLS
