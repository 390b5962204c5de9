/* liens-timeline-summary.h: the figures and the to-do list at the top of the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-store.h"
#include "liens-timeline-people.h"

G_BEGIN_DECLS

#define LIENS_TYPE_TIMELINE_SUMMARY (liens_timeline_summary_get_type ())

G_DECLARE_FINAL_TYPE (LiensTimelineSummary, liens_timeline_summary, LIENS, TIMELINE_SUMMARY, GtkWidget)

GtkWidget          *liens_timeline_summary_new         (void);

void                liens_timeline_summary_set_store   (LiensTimelineSummary *self,
                                                        LiensStore           *store,
                                                        LiensTimelinePeople  *people);
const LiensFigures *liens_timeline_summary_get_figures (LiensTimelineSummary *self);

G_END_DECLS
