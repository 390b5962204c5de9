/* liens-timeline-query.h: what the timeline shows: encounters and introductions, filtered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_QUERY (liens_timeline_query_get_type ())

/* Filters of liens_store_query_timeline(). Introductions follow "contact-id" (introducer or
 * either person introduced) and the dates; "kind", "posture", "help" and "text" are
 * encounters' alone, so setting any of them leaves introductions out. */

G_DECLARE_FINAL_TYPE (LiensTimelineQuery, liens_timeline_query, LIENS, TIMELINE_QUERY, GObject)

LiensTimelineQuery *liens_timeline_query_new                       (void);

int                 liens_timeline_query_get_kind                  (LiensTimelineQuery *self);
void                liens_timeline_query_set_kind                  (LiensTimelineQuery *self,
                                                                    int                 kind);

gint64              liens_timeline_query_get_contact_id            (LiensTimelineQuery *self);
void                liens_timeline_query_set_contact_id            (LiensTimelineQuery *self,
                                                                    gint64              contact_id);

int                 liens_timeline_query_get_posture               (LiensTimelineQuery *self);
void                liens_timeline_query_set_posture               (LiensTimelineQuery *self,
                                                                    int                 posture);

int                 liens_timeline_query_get_help                  (LiensTimelineQuery *self);
void                liens_timeline_query_set_help                  (LiensTimelineQuery *self,
                                                                    int                 help);

GDateTime          *liens_timeline_query_get_since                 (LiensTimelineQuery *self);
void                liens_timeline_query_set_since                 (LiensTimelineQuery *self,
                                                                    GDateTime          *since);

GDateTime          *liens_timeline_query_get_until                 (LiensTimelineQuery *self);
void                liens_timeline_query_set_until                 (LiensTimelineQuery *self,
                                                                    GDateTime          *until);

const char         *liens_timeline_query_get_text                  (LiensTimelineQuery *self);
void                liens_timeline_query_set_text                  (LiensTimelineQuery *self,
                                                                    const char         *text);

gboolean            liens_timeline_query_get_include_introductions (LiensTimelineQuery *self);
void                liens_timeline_query_set_include_introductions (LiensTimelineQuery *self,
                                                                    gboolean            include);

gboolean            liens_timeline_query_shows_introductions       (LiensTimelineQuery *self);
gboolean            liens_timeline_query_has_filters               (LiensTimelineQuery *self);
void                liens_timeline_query_clear_filters             (LiensTimelineQuery *self);

G_END_DECLS
