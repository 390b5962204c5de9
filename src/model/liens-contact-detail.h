/* liens-contact-detail.h: one way of reaching a contact (email, phone, link…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

/**
 * LiensContactDetail:
 * @kind: what the value is (email, phone, profile link…)
 * @label: free text such as "work" or "home", or %NULL
 * @value: the address, number or URL itself
 */
struct _LiensContactDetail
{
  LiensDetailKind  kind;
  char            *label;
  char            *value;
};

#define LIENS_TYPE_CONTACT_DETAIL (liens_contact_detail_get_type ())

GType               liens_contact_detail_get_type (void) G_GNUC_CONST;
LiensContactDetail *liens_contact_detail_new      (LiensDetailKind           kind,
                                                   const char               *label,
                                                   const char               *value);
LiensContactDetail *liens_contact_detail_copy     (const LiensContactDetail *self);
void                liens_contact_detail_free     (LiensContactDetail       *self);
gboolean            liens_contact_detail_equal    (const LiensContactDetail *a,
                                                   const LiensContactDetail *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiensContactDetail, liens_contact_detail_free)

G_END_DECLS
