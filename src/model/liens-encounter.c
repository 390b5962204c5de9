/* liens-encounter.c: a moment spent with one or more contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-encounter.h"
#include "liens-model-private.h"

struct _LiensEncounter
{
  GObject             parent_instance;

  gint64              id;
  GDateTime          *date;
  LiensEncounterKind  kind;
  char               *place;
  gint64              event_id;
  char               *notes;
  LiensHelp           help;
  LiensPosture        posture;
  GDateTime          *follow_up_date;
  char               *follow_up_what;
  gboolean            follow_up_done;

  GArray     *contact_ids;
};

G_DEFINE_FINAL_TYPE (LiensEncounter, liens_encounter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_KIND,
  PROP_CONTACT_IDS,
  PROP_PLACE,
  PROP_EVENT_ID,
  PROP_NOTES,
  PROP_HELP,
  PROP_POSTURE,
  PROP_FOLLOW_UP_DATE,
  PROP_FOLLOW_UP_WHAT,
  PROP_FOLLOW_UP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The "contact-ids" property carries a GArray of gint64. */
static void
set_contact_ids_from_array (LiensEncounter *self,
                            GArray         *array)
{
  g_return_if_fail (array == NULL || g_array_get_element_size (array) == sizeof (gint64));

  if (array != NULL)
    liens_encounter_set_contact_ids (self, (const gint64 *)(gpointer)array->data, array->len);
  else
    liens_encounter_set_contact_ids (self, NULL, 0);
}

static void
liens_encounter_finalize (GObject *object)
{
  LiensEncounter *self = (LiensEncounter *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->follow_up_date, g_date_time_unref);
  g_clear_pointer (&self->follow_up_what, g_free);

  G_OBJECT_CLASS (liens_encounter_parent_class)->finalize (object);
}

static void
liens_encounter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LiensEncounter *self = LIENS_ENCOUNTER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_encounter_get_id (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, liens_encounter_get_date (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, liens_encounter_get_kind (self));
      break;

    case PROP_CONTACT_IDS:
      g_value_take_boxed (value, liens_id_array_copy (self->contact_ids));
      break;

    case PROP_PLACE:
      g_value_set_string (value, liens_encounter_get_place (self));
      break;

    case PROP_EVENT_ID:
      g_value_set_int64 (value, liens_encounter_get_event_id (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, liens_encounter_get_notes (self));
      break;

    case PROP_HELP:
      g_value_set_enum (value, liens_encounter_get_help (self));
      break;

    case PROP_POSTURE:
      g_value_set_enum (value, liens_encounter_get_posture (self));
      break;

    case PROP_FOLLOW_UP_DATE:
      g_value_set_boxed (value, liens_encounter_get_follow_up_date (self));
      break;

    case PROP_FOLLOW_UP_WHAT:
      g_value_set_string (value, liens_encounter_get_follow_up_what (self));
      break;

    case PROP_FOLLOW_UP_DONE:
      g_value_set_boolean (value, liens_encounter_get_follow_up_done (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_encounter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LiensEncounter *self = LIENS_ENCOUNTER (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_encounter_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      liens_encounter_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_KIND:
      liens_encounter_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CONTACT_IDS:
      set_contact_ids_from_array (self, g_value_get_boxed (value));
      break;

    case PROP_PLACE:
      liens_encounter_set_place (self, g_value_get_string (value));
      break;

    case PROP_EVENT_ID:
      liens_encounter_set_event_id (self, g_value_get_int64 (value));
      break;

    case PROP_NOTES:
      liens_encounter_set_notes (self, g_value_get_string (value));
      break;

    case PROP_HELP:
      liens_encounter_set_help (self, g_value_get_enum (value));
      break;

    case PROP_POSTURE:
      liens_encounter_set_posture (self, g_value_get_enum (value));
      break;

    case PROP_FOLLOW_UP_DATE:
      liens_encounter_set_follow_up_date (self, g_value_get_boxed (value));
      break;

    case PROP_FOLLOW_UP_WHAT:
      liens_encounter_set_follow_up_what (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW_UP_DONE:
      liens_encounter_set_follow_up_done (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_encounter_class_init (LiensEncounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_encounter_finalize;
  object_class->get_property = liens_encounter_get_property;
  object_class->set_property = liens_encounter_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIENS_TYPE_ENCOUNTER_KIND,
                       LIENS_ENCOUNTER_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A GArray of gint64, a copy when read; use liens_encounter_get_contact_ids() in C. */
  properties[PROP_CONTACT_IDS] =
    g_param_spec_boxed ("contact-ids", NULL, NULL,
                        G_TYPE_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELP] =
    g_param_spec_enum ("help", NULL, NULL,
                       LIENS_TYPE_HELP,
                       LIENS_HELP_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSTURE] =
    g_param_spec_enum ("posture", NULL, NULL,
                       LIENS_TYPE_POSTURE,
                       LIENS_POSTURE_NETWORKING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLLOW_UP_DATE] =
    g_param_spec_boxed ("follow-up-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLLOW_UP_WHAT] =
    g_param_spec_string ("follow-up-what", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FOLLOW_UP_DONE] =
    g_param_spec_boolean ("follow-up-done", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_encounter_init (LiensEncounter *self)
{
  self->contact_ids = liens_id_array_new ();
}

/**
 * liens_encounter_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensEncounter
 */
LiensEncounter *
liens_encounter_new (void)
{
  return g_object_new (LIENS_TYPE_ENCOUNTER, NULL);
}

gint64
liens_encounter_get_id (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), 0);

  return self->id;
}

void
liens_encounter_set_id (LiensEncounter *self,
                        gint64          id)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GDateTime *
liens_encounter_get_date (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  return self->date;
}

void
liens_encounter_set_date (LiensEncounter *self,
                          GDateTime      *date)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (!liens_set_date_time (&self->date, date))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

LiensEncounterKind
liens_encounter_get_kind (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), 0);

  return self->kind;
}

void
liens_encounter_set_kind (LiensEncounter     *self,
                          LiensEncounterKind  kind)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
liens_encounter_get_place (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  return self->place;
}

void
liens_encounter_set_place (LiensEncounter *self,
                           const char     *place)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (!liens_set_str (&self->place, place))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

gint64
liens_encounter_get_event_id (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), 0);

  return self->event_id;
}

void
liens_encounter_set_event_id (LiensEncounter *self,
                              gint64          event_id)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (self->event_id == event_id)
    return;

  self->event_id = event_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_ID]);
}

const char *
liens_encounter_get_notes (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  return self->notes;
}

void
liens_encounter_set_notes (LiensEncounter *self,
                           const char     *notes)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (!liens_set_str (&self->notes, notes))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

LiensHelp
liens_encounter_get_help (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), 0);

  return self->help;
}

void
liens_encounter_set_help (LiensEncounter *self,
                          LiensHelp       help)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (self->help == help)
    return;

  self->help = help;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELP]);
}

LiensPosture
liens_encounter_get_posture (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), 0);

  return self->posture;
}

void
liens_encounter_set_posture (LiensEncounter *self,
                             LiensPosture    posture)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (self->posture == posture)
    return;

  self->posture = posture;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTURE]);
}

GDateTime *
liens_encounter_get_follow_up_date (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  return self->follow_up_date;
}

void
liens_encounter_set_follow_up_date (LiensEncounter *self,
                                    GDateTime      *follow_up_date)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (!liens_set_date_time (&self->follow_up_date, follow_up_date))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_DATE]);
}

const char *
liens_encounter_get_follow_up_what (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  return self->follow_up_what;
}

void
liens_encounter_set_follow_up_what (LiensEncounter *self,
                                    const char     *follow_up_what)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  if (!liens_set_str (&self->follow_up_what, follow_up_what))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_WHAT]);
}

gboolean
liens_encounter_get_follow_up_done (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), FALSE);

  return self->follow_up_done;
}

void
liens_encounter_set_follow_up_done (LiensEncounter *self,
                                    gboolean        follow_up_done)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));

  follow_up_done = !!follow_up_done;

  if (self->follow_up_done == follow_up_done)
    return;

  self->follow_up_done = follow_up_done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_DONE]);
}

/**
 * liens_encounter_get_contact_ids:
 * @self: a #LiensEncounter
 * @n_ids: (out) (optional): where to store the number of ids
 *
 * Returns: (transfer none) (array length=n_ids) (nullable): the ids of the
 *   contacts met, without duplicates
 */
const gint64 *
liens_encounter_get_contact_ids (LiensEncounter *self,
                                 guint          *n_ids)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->contact_ids->len;

  return (const gint64 *)(gpointer)self->contact_ids->data;
}

/**
 * liens_encounter_set_contact_ids:
 * @self: a #LiensEncounter
 * @ids: (array length=n_ids) (nullable): the ids of the contacts met
 * @n_ids: the number of elements in @ids
 *
 * Duplicates are dropped; the order of first appearance is kept.
 */
void
liens_encounter_set_contact_ids (LiensEncounter *self,
                                 const gint64   *ids,
                                 guint           n_ids)
{
  g_return_if_fail (LIENS_IS_ENCOUNTER (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (liens_id_array_set (self->contact_ids, ids, n_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_IDS]);
}

gboolean
liens_encounter_has_contact (LiensEncounter *self,
                             gint64          contact_id)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), FALSE);

  return liens_id_array_contains (self->contact_ids, contact_id);
}

/**
 * liens_encounter_has_pending_follow_up:
 * @self: a #LiensEncounter
 *
 * Returns: %TRUE when a follow-up is planned and not done yet
 */
gboolean
liens_encounter_has_pending_follow_up (LiensEncounter *self)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), FALSE);

  return self->follow_up_date != NULL && !self->follow_up_done;
}

/**
 * liens_encounter_is_follow_up_overdue:
 * @self: a #LiensEncounter
 * @now: the current time
 *
 * Returns: %TRUE when the follow-up is pending and its date is @now or earlier
 */
gboolean
liens_encounter_is_follow_up_overdue (LiensEncounter *self,
                                      GDateTime      *now)
{
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  return liens_encounter_has_pending_follow_up (self) &&
         g_date_time_compare (self->follow_up_date, now) <= 0;
}
