/* liens-vcard.h: contacts to and from vCard (RFC 2426, RFC 6350) files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-contact.h"

G_BEGIN_DECLS

/**
 * LiensVCardVersion:
 * @LIENS_VCARD_VERSION_3_0: vCard 3.0 (RFC 2426), for older address books
 * @LIENS_VCARD_VERSION_4_0: vCard 4.0 (RFC 6350)
 */
typedef enum
{
  LIENS_VCARD_VERSION_3_0,
  LIENS_VCARD_VERSION_4_0,
} LiensVCardVersion;

GPtrArray *liens_vcard_parse      (const char          *data,
                                   gsize                length,
                                   GError             **error);
GPtrArray *liens_vcard_parse_full (const char          *data,
                                   gsize                length,
                                   guint               *n_skipped,
                                   GError             **error);
char      *liens_vcard_write      (LiensContact * const *contacts,
                                   guint                n_contacts,
                                   LiensVCardVersion    version);

G_END_DECLS
