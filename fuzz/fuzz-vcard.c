/* fuzz-vcard.c: libFuzzer target for the vCard parser and writer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liens-import.h"
#include "liens-vcard.h"
#include "liens-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  guint n_skipped = 0;

  liens_import_detect ((const char *)data, size);

  contacts = liens_vcard_parse_full ((const char *)data, size, &n_skipped, &error);
  g_assert ((contacts == NULL) != (error == NULL));

  if (contacts != NULL)
    {
      g_autofree char *v4 = liens_vcard_write ((LiensContact * const *)contacts->pdata, contacts->len,
                                               LIENS_VCARD_VERSION_4_0);
      g_autofree char *v3 = liens_vcard_write ((LiensContact * const *)contacts->pdata, contacts->len,
                                               LIENS_VCARD_VERSION_3_0);
      g_autoptr(GPtrArray) again = NULL;

      /* What the writer writes, the parser reads back: as many contacts, no error. */
      g_assert (g_utf8_validate (v4, -1, NULL));
      if (contacts->len > 0)
        {
          again = liens_vcard_parse (v4, strlen (v4), NULL);
          g_assert (again != NULL);
          g_assert (again->len == contacts->len);
        }
      g_assert (g_utf8_validate (v3, -1, NULL));
    }

  return 0;
}
