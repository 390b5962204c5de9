/* liens-enum-names.h: translated display names of the model enumerations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liens-enums.h"

G_BEGIN_DECLS

const char *liens_tie_strength_get_display_name   (LiensTieStrength   value);
const char *liens_tie_nature_get_display_name     (LiensTieNature     value);
const char *liens_profile_get_display_name        (LiensProfile       value);
const char *liens_cadence_get_display_name        (LiensCadence       value);
const char *liens_detail_kind_get_display_name    (LiensDetailKind    value);
const char *liens_network_kind_get_display_name   (LiensNetworkKind   value);
const char *liens_involvement_get_display_name    (LiensInvolvement   value);
const char *liens_encounter_kind_get_display_name (LiensEncounterKind value);
const char *liens_help_get_display_name           (LiensHelp          value);
const char *liens_posture_get_display_name        (LiensPosture       value);
const char *liens_event_kind_get_display_name     (LiensEventKind     value);
const char *liens_attendance_get_display_name     (LiensAttendance    value);

G_END_DECLS
