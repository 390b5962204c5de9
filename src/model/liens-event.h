/* liens-event.h: an event the user may attend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

/**
 * LiensEventPerson:
 * @contact_id: the contact the user hopes to meet at the event
 * @met: whether they did meet
 */
struct _LiensEventPerson
{
  gint64   contact_id;
  gboolean met;
};

#define LIENS_TYPE_EVENT (liens_event_get_type ())

G_DECLARE_FINAL_TYPE (LiensEvent, liens_event, LIENS, EVENT, GObject)

LiensEvent             *liens_event_new            (void);

gint64                  liens_event_get_id         (LiensEvent *self);
void                    liens_event_set_id         (LiensEvent *self,
                                                    gint64      id);

const char             *liens_event_get_title      (LiensEvent *self);
void                    liens_event_set_title      (LiensEvent *self,
                                                    const char *title);

GDateTime              *liens_event_get_start      (LiensEvent *self);
void                    liens_event_set_start      (LiensEvent *self,
                                                    GDateTime  *start);

GDateTime              *liens_event_get_end        (LiensEvent *self);
void                    liens_event_set_end        (LiensEvent *self,
                                                    GDateTime  *end);

gboolean                liens_event_get_all_day    (LiensEvent *self);
void                    liens_event_set_all_day    (LiensEvent *self,
                                                    gboolean    all_day);

const char             *liens_event_get_place      (LiensEvent *self);
void                    liens_event_set_place      (LiensEvent *self,
                                                    const char *place);

const char             *liens_event_get_url        (LiensEvent *self);
void                    liens_event_set_url        (LiensEvent *self,
                                                    const char *url);

gint64                  liens_event_get_network_id (LiensEvent *self);
void                    liens_event_set_network_id (LiensEvent *self,
                                                    gint64      network_id);

LiensEventKind          liens_event_get_kind       (LiensEvent *self);
void                    liens_event_set_kind       (LiensEvent     *self,
                                                    LiensEventKind  kind);

LiensAttendance         liens_event_get_attendance (LiensEvent *self);
void                    liens_event_set_attendance (LiensEvent      *self,
                                                    LiensAttendance  attendance);

const char             *liens_event_get_goal       (LiensEvent *self);
void                    liens_event_set_goal       (LiensEvent *self,
                                                    const char *goal);

LiensPosture            liens_event_get_posture    (LiensEvent *self);
void                    liens_event_set_posture    (LiensEvent   *self,
                                                    LiensPosture  posture);

const char             *liens_event_get_cost       (LiensEvent *self);
void                    liens_event_set_cost       (LiensEvent *self,
                                                    const char *cost);

const char             *liens_event_get_notes      (LiensEvent *self);
void                    liens_event_set_notes      (LiensEvent *self,
                                                    const char *notes);

const LiensEventPerson *liens_event_get_people     (LiensEvent *self,
                                                    guint      *n_people);
void                    liens_event_set_people     (LiensEvent             *self,
                                                    const LiensEventPerson *people,
                                                    guint                   n_people);
void                    liens_event_add_person     (LiensEvent *self,
                                                    gint64      contact_id);
void                    liens_event_remove_person  (LiensEvent *self,
                                                    gint64      contact_id);
void                    liens_event_set_person_met (LiensEvent *self,
                                                    gint64      contact_id,
                                                    gboolean    met);

gboolean                liens_event_is_past        (LiensEvent *self,
                                                    GDateTime  *now);
gboolean                liens_event_is_planned     (LiensEvent *self);
gboolean                liens_event_overlaps       (LiensEvent *a,
                                                    LiensEvent *b);

G_END_DECLS
