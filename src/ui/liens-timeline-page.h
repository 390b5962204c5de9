/* liens-timeline-page.h: the timeline of the user's encounters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_PAGE (liens_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensTimelinePage, liens_timeline_page, LIENS, TIMELINE_PAGE, GtkWidget)

GtkWidget  *liens_timeline_page_new       (void);

LiensStore *liens_timeline_page_get_store (LiensTimelinePage *self);
void        liens_timeline_page_set_store (LiensTimelinePage *self,
                                           LiensStore        *store);

void        liens_timeline_page_show_contact (LiensTimelinePage *self,
                                              gint64             contact_id);

G_END_DECLS
