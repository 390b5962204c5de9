/* liens-contact-detail.c: one way of reaching a contact (email, phone, link…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-detail.h"

G_DEFINE_BOXED_TYPE (LiensContactDetail, liens_contact_detail,
                     liens_contact_detail_copy, liens_contact_detail_free)

/**
 * liens_contact_detail_new:
 * @kind: the kind of detail
 * @label: (nullable): free text such as "work", or %NULL
 * @value: (nullable): the address, number or URL
 *
 * Returns: (transfer full): a new #LiensContactDetail
 */
LiensContactDetail *
liens_contact_detail_new (LiensDetailKind  kind,
                          const char      *label,
                          const char      *value)
{
  LiensContactDetail *self = g_new0 (LiensContactDetail, 1);

  self->kind = kind;
  self->label = g_strdup (label);
  self->value = g_strdup (value);

  return self;
}

LiensContactDetail *
liens_contact_detail_copy (const LiensContactDetail *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return liens_contact_detail_new (self->kind, self->label, self->value);
}

void
liens_contact_detail_free (LiensContactDetail *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_free (self->value);
  g_free (self);
}

gboolean
liens_contact_detail_equal (const LiensContactDetail *a,
                            const LiensContactDetail *b)
{
  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL)
    return FALSE;

  return a->kind == b->kind &&
         g_strcmp0 (a->label, b->label) == 0 &&
         g_strcmp0 (a->value, b->value) == 0;
}
