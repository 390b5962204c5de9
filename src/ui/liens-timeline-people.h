/* liens-timeline-people.h: the contacts the timeline names, read once and kept while they last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_PEOPLE (liens_timeline_people_get_type ())

G_DECLARE_FINAL_TYPE (LiensTimelinePeople, liens_timeline_people, LIENS, TIMELINE_PEOPLE, GObject)

LiensTimelinePeople *liens_timeline_people_new          (LiensStore          *store);

LiensStore          *liens_timeline_people_get_store    (LiensTimelinePeople *self);
LiensContact        *liens_timeline_people_lookup       (LiensTimelinePeople *self,
                                                         gint64               id);
gboolean             liens_timeline_people_has_all      (LiensTimelinePeople *self,
                                                         const gint64        *ids,
                                                         guint                n_ids);
const char          *liens_timeline_people_get_name     (LiensTimelinePeople *self,
                                                         gint64               id);
char                *liens_timeline_people_dup_names    (LiensTimelinePeople *self,
                                                         const gint64        *ids,
                                                         guint                n_ids);
void                 liens_timeline_people_set_avatar   (LiensTimelinePeople *self,
                                                         AdwAvatar           *avatar,
                                                         gint64               id);

G_END_DECLS
