/* fuzz-linkedin.c: libFuzzer target for the LinkedIn connections parser.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liens-import.h"
#include "liens-linkedin.h"
#include "liens-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *url = NULL;
  guint n_skipped = 0;

  liens_import_detect ((const char *)data, size);

  contacts = liens_linkedin_parse_full ((const char *)data, size, &n_skipped, &error);
  g_assert ((contacts == NULL) != (error == NULL));

  /* The same bytes as one profile address. */
  text = g_strndup ((const char *)data, size);
  url = liens_linkedin_normalise_url (text);

  return 0;
}
