/* liens-events-page.h: the events the user plans to attend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_EVENTS_PAGE (liens_events_page_get_type ())

G_DECLARE_FINAL_TYPE (LiensEventsPage, liens_events_page, LIENS, EVENTS_PAGE, GtkWidget)

GtkWidget  *liens_events_page_new            (void);

LiensStore *liens_events_page_get_store      (LiensEventsPage  *self);
void        liens_events_page_set_store      (LiensEventsPage  *self,
                                              LiensStore       *store);

gboolean    liens_events_page_write_upcoming (LiensEventsPage  *self,
                                              GFile            *file,
                                              guint            *n_events,
                                              GError          **error);
gboolean    liens_events_page_write_event    (LiensEventsPage  *self,
                                              gint64            event_id,
                                              GFile            *file,
                                              GError          **error);
void        liens_events_page_import_file    (LiensEventsPage  *self,
                                              GFile            *file);
void        liens_events_page_confirm_import (LiensEventsPage  *self,
                                              GPtrArray        *events);

G_END_DECLS
