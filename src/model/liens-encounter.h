/* liens-encounter.h: a moment spent with one or more contacts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

#define LIENS_TYPE_ENCOUNTER (liens_encounter_get_type ())

G_DECLARE_FINAL_TYPE (LiensEncounter, liens_encounter, LIENS, ENCOUNTER, GObject)

LiensEncounter     *liens_encounter_new                   (void);

gint64              liens_encounter_get_id                (LiensEncounter *self);
void                liens_encounter_set_id                (LiensEncounter *self,
                                                           gint64          id);

GDateTime          *liens_encounter_get_date              (LiensEncounter *self);
void                liens_encounter_set_date              (LiensEncounter *self,
                                                           GDateTime      *date);

LiensEncounterKind  liens_encounter_get_kind              (LiensEncounter *self);
void                liens_encounter_set_kind              (LiensEncounter     *self,
                                                           LiensEncounterKind  kind);

const char         *liens_encounter_get_place             (LiensEncounter *self);
void                liens_encounter_set_place             (LiensEncounter *self,
                                                           const char     *place);

gint64              liens_encounter_get_event_id          (LiensEncounter *self);
void                liens_encounter_set_event_id          (LiensEncounter *self,
                                                           gint64          event_id);

const char         *liens_encounter_get_notes             (LiensEncounter *self);
void                liens_encounter_set_notes             (LiensEncounter *self,
                                                           const char     *notes);

LiensHelp           liens_encounter_get_help              (LiensEncounter *self);
void                liens_encounter_set_help              (LiensEncounter *self,
                                                           LiensHelp       help);

LiensPosture        liens_encounter_get_posture           (LiensEncounter *self);
void                liens_encounter_set_posture           (LiensEncounter *self,
                                                           LiensPosture    posture);

GDateTime          *liens_encounter_get_follow_up_date    (LiensEncounter *self);
void                liens_encounter_set_follow_up_date    (LiensEncounter *self,
                                                           GDateTime      *follow_up_date);

const char         *liens_encounter_get_follow_up_what    (LiensEncounter *self);
void                liens_encounter_set_follow_up_what    (LiensEncounter *self,
                                                           const char     *follow_up_what);

gboolean            liens_encounter_get_follow_up_done    (LiensEncounter *self);
void                liens_encounter_set_follow_up_done    (LiensEncounter *self,
                                                           gboolean        follow_up_done);

const gint64       *liens_encounter_get_contact_ids       (LiensEncounter *self,
                                                           guint          *n_ids);
void                liens_encounter_set_contact_ids       (LiensEncounter *self,
                                                           const gint64   *ids,
                                                           guint           n_ids);
gboolean            liens_encounter_has_contact           (LiensEncounter *self,
                                                           gint64          contact_id);

gboolean            liens_encounter_has_pending_follow_up (LiensEncounter *self);
gboolean            liens_encounter_is_follow_up_overdue  (LiensEncounter *self,
                                                           GDateTime      *now);

G_END_DECLS
