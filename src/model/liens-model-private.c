/* liens-model-private.c: helpers shared by the model types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-model-private.h"

/* Each returns TRUE when the stored value changed, so callers notify only then. */

gboolean
liens_set_str (char       **dest,
               const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (value);

  return TRUE;
}

gboolean
liens_set_date_time (GDateTime **dest,
                     GDateTime  *value)
{
  if (*dest == value)
    return FALSE;

  /* The same instant in another time zone is a change: all-day events read the local date. */
  if (*dest != NULL && value != NULL &&
      g_date_time_equal (*dest, value) &&
      g_date_time_get_utc_offset (*dest) == g_date_time_get_utc_offset (value))
    return FALSE;

  g_clear_pointer (dest, g_date_time_unref);
  if (value != NULL)
    *dest = g_date_time_ref (value);

  return TRUE;
}

gboolean
liens_set_bytes (GBytes **dest,
                 GBytes  *value)
{
  if (*dest == value)
    return FALSE;

  if (*dest != NULL && value != NULL && g_bytes_equal (*dest, value))
    return FALSE;

  g_clear_pointer (dest, g_bytes_unref);
  if (value != NULL)
    *dest = g_bytes_ref (value);

  return TRUE;
}

GArray *
liens_id_array_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

GArray *
liens_id_array_copy (GArray *array)
{
  GArray *copy = liens_id_array_new ();

  if (array != NULL && array->len > 0)
    g_array_append_vals (copy, array->data, array->len);

  return copy;
}

gboolean
liens_id_array_contains (GArray *array,
                         gint64  id)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_array_index (array, gint64, i) == id)
        return TRUE;
    }

  return FALSE;
}

/* Replaces the content of @array with @ids minus duplicates, keeping the first occurrence. */
gboolean
liens_id_array_set (GArray       *array,
                    const gint64 *ids,
                    guint         n_ids)
{
  g_autoptr(GArray) unique = liens_id_array_new ();

  for (guint i = 0; i < n_ids; i++)
    {
      if (!liens_id_array_contains (unique, ids[i]))
        g_array_append_val (unique, ids[i]);
    }

  if (unique->len == array->len &&
      (unique->len == 0 || memcmp (unique->data, array->data, unique->len * sizeof (gint64)) == 0))
    return FALSE;

  g_array_set_size (array, 0);
  if (unique->len > 0)
    g_array_append_vals (array, unique->data, unique->len);

  return TRUE;
}
