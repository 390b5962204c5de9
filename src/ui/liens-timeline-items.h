/* liens-timeline-items.h: the store's timeline as the list view is told of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_ITEMS (liens_timeline_items_get_type ())

G_DECLARE_FINAL_TYPE (LiensTimelineItems, liens_timeline_items, LIENS, TIMELINE_ITEMS, GObject)

LiensTimelineItems *liens_timeline_items_new       (GListModel         *model);

GListModel         *liens_timeline_items_get_model (LiensTimelineItems *self);

G_END_DECLS
