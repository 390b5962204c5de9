/* liens-contact-picker.h: chooses people by typing part of their names, or adds new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT_PICKER (liens_contact_picker_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactPicker, liens_contact_picker, LIENS, CONTACT_PICKER, GtkWidget)

GtkWidget          *liens_contact_picker_new               (void);

LiensStore         *liens_contact_picker_get_store         (LiensContactPicker  *self);
void                liens_contact_picker_set_store         (LiensContactPicker  *self,
                                                            LiensStore          *store);

gboolean            liens_contact_picker_get_multiple      (LiensContactPicker  *self);
void                liens_contact_picker_set_multiple      (LiensContactPicker  *self,
                                                            gboolean             multiple);

const gint64       *liens_contact_picker_get_contact_ids   (LiensContactPicker  *self,
                                                            guint               *n_ids);
void                liens_contact_picker_set_contact_ids   (LiensContactPicker  *self,
                                                            const gint64        *ids,
                                                            guint                n_ids);

const char * const *liens_contact_picker_get_pending_names (LiensContactPicker  *self);
void                liens_contact_picker_add_pending_name  (LiensContactPicker  *self,
                                                            const char          *name);

gboolean            liens_contact_picker_is_empty          (LiensContactPicker  *self);
void                liens_contact_picker_clear             (LiensContactPicker  *self);

gboolean            liens_contact_picker_save_pending      (LiensContactPicker  *self,
                                                            GError             **error);

G_END_DECLS
