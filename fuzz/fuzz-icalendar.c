/* fuzz-icalendar.c: libFuzzer target for the iCalendar importer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liens-icalendar.h"
#include "liens-import.h"
#include "liens-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  liens_import_detect ((const char *)data, size);

  events = liens_icalendar_import ((const char *)data, size, &error);
  g_assert ((events == NULL) != (error == NULL));

  if (events != NULL && events->len > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 1, 1, 0, 0, 0);
      g_autofree char *text = liens_icalendar_export ((LiensEvent * const *)events->pdata, events->len,
                                                      now, NULL);

      g_assert (text == NULL || g_utf8_validate (text, -1, NULL));
    }

  return 0;
}
