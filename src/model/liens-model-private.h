/* liens-model-private.h: helpers shared by the model types, not for other layers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  liens_set_str           (char         **dest,
                                   const char    *value);
gboolean  liens_set_date_time     (GDateTime    **dest,
                                   GDateTime     *value);
gboolean  liens_set_bytes         (GBytes       **dest,
                                   GBytes        *value);

GArray   *liens_id_array_new      (void);
GArray   *liens_id_array_copy     (GArray        *array);
gboolean  liens_id_array_set      (GArray        *array,
                                   const gint64  *ids,
                                   guint          n_ids);
gboolean  liens_id_array_contains (GArray        *array,
                                   gint64         id);

G_END_DECLS
