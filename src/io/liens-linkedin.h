/* liens-linkedin.h: contacts from LinkedIn's connections export (Connections.csv).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How imported connections say where the user met them; data, not a UI string. */
#define LIENS_LINKEDIN_MET_HOW "LinkedIn"

GPtrArray *liens_linkedin_parse         (const char  *data,
                                         gsize        length,
                                         GError     **error);
GPtrArray *liens_linkedin_parse_full    (const char  *data,
                                         gsize        length,
                                         guint       *n_skipped,
                                         GError     **error);
char      *liens_linkedin_normalise_url (const char  *url);

G_END_DECLS
