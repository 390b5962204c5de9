/* liens-events-page.h: the events the user plans to attend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIENS_TYPE_EVENTS_PAGE (liens_events_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensEventsPage, liens_events_page, LIENS, EVENTS_PAGE, GtkWidget)

GtkWidget *liens_events_page_new (void);

G_END_DECLS
