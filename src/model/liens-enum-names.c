/* liens-enum-names.c: translated display names of the model enumerations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-enum-names.h"

/* Every name carries the context of its enumeration: the same English word
 * ("Regular", "Other", "Sport"…) may need a different form in another
 * language, if only to agree in gender with what it qualifies.
 */
typedef struct
{
  const char *context;
  const char *name;
} EnumName;

/* Out-of-range values (a newer database, a corrupt row) fall back to the first entry. */
static const char *
lookup (const EnumName *names,
        guint           n_names,
        guint           value)
{
  if (value >= n_names)
    value = 0;

  return g_dpgettext2 (NULL, names[value].context, names[value].name);
}

static const EnumName tie_strength_names[] = {
  { "tie strength", NC_("tie strength", "Unknown") },
  { "tie strength", NC_("tie strength", "Acquaintance") },
  { "tie strength", NC_("tie strength", "Casual") },
  { "tie strength", NC_("tie strength", "Regular") },
  { "tie strength", NC_("tie strength", "Close") },
  { "tie strength", NC_("tie strength", "Trusted") },
};

const char *
liens_tie_strength_get_display_name (LiensTieStrength value)
{
  return lookup (tie_strength_names, G_N_ELEMENTS (tie_strength_names), (guint)value);
}

static const EnumName tie_nature_names[] = {
  { "tie nature", NC_("tie nature", "Unknown") },
  { "tie nature", NC_("tie nature", "Affinity") },
  { "tie nature", NC_("tie nature", "Utility") },
  { "tie nature", NC_("tie nature", "Affinity and utility") },
};

const char *
liens_tie_nature_get_display_name (LiensTieNature value)
{
  return lookup (tie_nature_names, G_N_ELEMENTS (tie_nature_names), (guint)value);
}

static const EnumName profile_names[] = {
  { "networking profile", NC_("networking profile", "Unknown") },
  { "networking profile", NC_("networking profile", "Super connector") },
  { "networking profile", NC_("networking profile", "Mentor") },
  { "networking profile", NC_("networking profile", "Expert") },
  { "networking profile", NC_("networking profile", "Reserved") },
};

const char *
liens_profile_get_display_name (LiensProfile value)
{
  return lookup (profile_names, G_N_ELEMENTS (profile_names), (guint)value);
}

static const EnumName cadence_names[] = {
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "None") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Every two weeks") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Every month") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Every quarter") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Every six months") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Every year") },
  { "keep-in-touch cadence", NC_("keep-in-touch cadence", "Custom") },
};

const char *
liens_cadence_get_display_name (LiensCadence value)
{
  return lookup (cadence_names, G_N_ELEMENTS (cadence_names), (guint)value);
}

static const EnumName detail_kind_names[] = {
  { "contact detail", NC_("contact detail", "Email") },
  { "contact detail", NC_("contact detail", "Phone") },
  { "contact detail", NC_("contact detail", "LinkedIn") },
  { "contact detail", NC_("contact detail", "X") },
  { "contact detail", NC_("contact detail", "Mastodon") },
  { "contact detail", NC_("contact detail", "Website") },
  { "contact detail", NC_("contact detail", "Link") },
};

const char *
liens_detail_kind_get_display_name (LiensDetailKind value)
{
  return lookup (detail_kind_names, G_N_ELEMENTS (detail_kind_names), (guint)value);
}

static const EnumName network_kind_names[] = {
  { "network kind", NC_("network kind", "Other") },
  { "network kind", NC_("network kind", "Social network") },
  { "network kind", NC_("network kind", "Trade network") },
  { "network kind", NC_("network kind", "Sector network") },
  { "network kind", NC_("network kind", "Alumni network") },
  { "network kind", NC_("network kind", "Sport") },
  { "network kind", NC_("network kind", "Culture") },
  { "network kind", NC_("network kind", "Business club") },
};

const char *
liens_network_kind_get_display_name (LiensNetworkKind value)
{
  return lookup (network_kind_names, G_N_ELEMENTS (network_kind_names), (guint)value);
}

static const EnumName involvement_names[] = {
  { "involvement", NC_("involvement", "Not involved") },
  { "involvement", NC_("involvement", "Occasional") },
  { "involvement", NC_("involvement", "Regular") },
  { "involvement", NC_("involvement", "Active") },
  { "involvement", NC_("involvement", "Organiser") },
};

const char *
liens_involvement_get_display_name (LiensInvolvement value)
{
  return lookup (involvement_names, G_N_ELEMENTS (involvement_names), (guint)value);
}

static const EnumName encounter_kind_names[] = {
  { "encounter kind", NC_("encounter kind", "Other") },
  { "encounter kind", NC_("encounter kind", "Meeting") },
  { "encounter kind", NC_("encounter kind", "Coffee or meal") },
  { "encounter kind", NC_("encounter kind", "Call") },
  { "encounter kind", NC_("encounter kind", "Video call") },
  { "encounter kind", NC_("encounter kind", "Message") },
  { "encounter kind", NC_("encounter kind", "Event") },
};

const char *
liens_encounter_kind_get_display_name (LiensEncounterKind value)
{
  return lookup (encounter_kind_names, G_N_ELEMENTS (encounter_kind_names), (guint)value);
}

static const EnumName help_names[] = {
  { "help", NC_("help", "No help") },
  { "help", NC_("help", "I helped") },
  { "help", NC_("help", "I was helped") },
  { "help", NC_("help", "Mutual help") },
};

const char *
liens_help_get_display_name (LiensHelp value)
{
  return lookup (help_names, G_N_ELEMENTS (help_names), (guint)value);
}

static const EnumName posture_names[] = {
  { "posture", NC_("posture", "Networking") },
  { "posture", NC_("posture", "Prospecting") },
  { "posture", NC_("posture", "Learning") },
};

const char *
liens_posture_get_display_name (LiensPosture value)
{
  return lookup (posture_names, G_N_ELEMENTS (posture_names), (guint)value);
}

static const EnumName event_kind_names[] = {
  { "event kind", NC_("event kind", "Other") },
  { "event kind", NC_("event kind", "Conference") },
  { "event kind", NC_("event kind", "Trade show") },
  { "event kind", NC_("event kind", "Business breakfast") },
  { "event kind", NC_("event kind", "Afterwork") },
  { "event kind", NC_("event kind", "Workshop") },
  { "event kind", NC_("event kind", "Sport") },
  { "event kind", NC_("event kind", "Culture") },
  { "event kind", NC_("event kind", "Online") },
};

const char *
liens_event_kind_get_display_name (LiensEventKind value)
{
  return lookup (event_kind_names, G_N_ELEMENTS (event_kind_names), (guint)value);
}

static const EnumName attendance_names[] = {
  { "attendance", NC_("attendance", "Considering") },
  { "attendance", NC_("attendance", "Going") },
  { "attendance", NC_("attendance", "Registered") },
  { "attendance", NC_("attendance", "Attended") },
  { "attendance", NC_("attendance", "Skipped") },
};

const char *
liens_attendance_get_display_name (LiensAttendance value)
{
  return lookup (attendance_names, G_N_ELEMENTS (attendance_names), (guint)value);
}
