/* liens-event.c: an event the user may attend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-event.h"
#include "liens-model-private.h"

struct _LiensEvent
{
  GObject          parent_instance;

  gint64           id;
  char            *title;
  GDateTime       *start;
  GDateTime       *end;
  gboolean         all_day;
  char            *place;
  char            *url;
  gint64           network_id;
  LiensEventKind   kind;
  LiensAttendance  attendance;
  char            *goal;
  LiensPosture     posture;
  char            *cost;
  char            *notes;

  GArray     *people;
};

G_DEFINE_FINAL_TYPE (LiensEvent, liens_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_START,
  PROP_END,
  PROP_ALL_DAY,
  PROP_PLACE,
  PROP_URL,
  PROP_NETWORK_ID,
  PROP_KIND,
  PROP_ATTENDANCE,
  PROP_GOAL,
  PROP_POSTURE,
  PROP_COST,
  PROP_NOTES,
  PROP_PEOPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
people_equal (GArray *a,
              GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const LiensEventPerson *pa = &g_array_index (a, LiensEventPerson, i);
      const LiensEventPerson *pb = &g_array_index (b, LiensEventPerson, i);

      if (pa->contact_id != pb->contact_id || pa->met != pb->met)
        return FALSE;
    }

  return TRUE;
}

static LiensEventPerson *
find_person (LiensEvent *self,
             gint64      contact_id)
{
  for (guint i = 0; i < self->people->len; i++)
    {
      LiensEventPerson *person = &g_array_index (self->people, LiensEventPerson, i);

      if (person->contact_id == contact_id)
        return person;
    }

  return NULL;
}

/* The "people" property carries a GArray of LiensEventPerson. */
static void
set_people_from_array (LiensEvent *self,
                       GArray     *array)
{
  g_return_if_fail (array == NULL || g_array_get_element_size (array) == sizeof (LiensEventPerson));

  if (array != NULL)
    liens_event_set_people (self, (const LiensEventPerson *)(gpointer)array->data, array->len);
  else
    liens_event_set_people (self, NULL, 0);
}

static GArray *
people_copy (GArray *people)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (LiensEventPerson), people->len);

  if (people->len > 0)
    g_array_append_vals (copy, people->data, people->len);

  return copy;
}

static gint64
to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static gint64
local_midnight_usec (GDateTime *dt,
                     int        add_days)
{
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) shifted = NULL;

  midnight = g_date_time_new (g_date_time_get_timezone (dt),
                              g_date_time_get_year (dt),
                              g_date_time_get_month (dt),
                              g_date_time_get_day_of_month (dt),
                              0, 0, 0);
  if (midnight == NULL)
    return to_usec (dt);

  shifted = g_date_time_add_days (midnight, add_days);

  return to_usec (shifted);
}

/* The time the event covers, as [start, end) in microseconds since the epoch.
 * An all-day event spans from the first midnight of its first day to the last
 * midnight of its last day, in the time zone of its dates.
 */
static gboolean
get_span (LiensEvent *self,
          gint64     *start_us,
          gint64     *end_us)
{
  GDateTime *last;

  if (self->start == NULL)
    return FALSE;

  last = self->end;
  if (last == NULL || g_date_time_compare (last, self->start) < 0)
    last = self->start;

  if (self->all_day)
    {
      *start_us = local_midnight_usec (self->start, 0);
      *end_us = local_midnight_usec (last, 1);
    }
  else
    {
      *start_us = to_usec (self->start);
      *end_us = to_usec (last);
    }

  return TRUE;
}

static void
liens_event_finalize (GObject *object)
{
  LiensEvent *self = (LiensEvent *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->cost, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->people, g_array_unref);

  G_OBJECT_CLASS (liens_event_parent_class)->finalize (object);
}

static void
liens_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LiensEvent *self = LIENS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_event_get_id (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, liens_event_get_title (self));
      break;

    case PROP_START:
      g_value_set_boxed (value, liens_event_get_start (self));
      break;

    case PROP_END:
      g_value_set_boxed (value, liens_event_get_end (self));
      break;

    case PROP_ALL_DAY:
      g_value_set_boolean (value, liens_event_get_all_day (self));
      break;

    case PROP_PLACE:
      g_value_set_string (value, liens_event_get_place (self));
      break;

    case PROP_URL:
      g_value_set_string (value, liens_event_get_url (self));
      break;

    case PROP_NETWORK_ID:
      g_value_set_int64 (value, liens_event_get_network_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, liens_event_get_kind (self));
      break;

    case PROP_ATTENDANCE:
      g_value_set_enum (value, liens_event_get_attendance (self));
      break;

    case PROP_GOAL:
      g_value_set_string (value, liens_event_get_goal (self));
      break;

    case PROP_POSTURE:
      g_value_set_enum (value, liens_event_get_posture (self));
      break;

    case PROP_COST:
      g_value_set_string (value, liens_event_get_cost (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, liens_event_get_notes (self));
      break;

    case PROP_PEOPLE:
      g_value_take_boxed (value, people_copy (self->people));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_event_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LiensEvent *self = LIENS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_event_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      liens_event_set_title (self, g_value_get_string (value));
      break;

    case PROP_START:
      liens_event_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_END:
      liens_event_set_end (self, g_value_get_boxed (value));
      break;

    case PROP_ALL_DAY:
      liens_event_set_all_day (self, g_value_get_boolean (value));
      break;

    case PROP_PLACE:
      liens_event_set_place (self, g_value_get_string (value));
      break;

    case PROP_URL:
      liens_event_set_url (self, g_value_get_string (value));
      break;

    case PROP_NETWORK_ID:
      liens_event_set_network_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      liens_event_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ATTENDANCE:
      liens_event_set_attendance (self, g_value_get_enum (value));
      break;

    case PROP_GOAL:
      liens_event_set_goal (self, g_value_get_string (value));
      break;

    case PROP_POSTURE:
      liens_event_set_posture (self, g_value_get_enum (value));
      break;

    case PROP_COST:
      liens_event_set_cost (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      liens_event_set_notes (self, g_value_get_string (value));
      break;

    case PROP_PEOPLE:
      set_people_from_array (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_event_class_init (LiensEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_event_finalize;
  object_class->get_property = liens_event_get_property;
  object_class->set_property = liens_event_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ALL_DAY] =
    g_param_spec_boolean ("all-day", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIENS_TYPE_EVENT_KIND,
                       LIENS_EVENT_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ATTENDANCE] =
    g_param_spec_enum ("attendance", NULL, NULL,
                       LIENS_TYPE_ATTENDANCE,
                       LIENS_ATTENDANCE_CONSIDERING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSTURE] =
    g_param_spec_enum ("posture", NULL, NULL,
                       LIENS_TYPE_POSTURE,
                       LIENS_POSTURE_NETWORKING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COST] =
    g_param_spec_string ("cost", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A GArray of LiensEventPerson, a copy when read; use liens_event_get_people() in C. */
  properties[PROP_PEOPLE] =
    g_param_spec_boxed ("people", NULL, NULL,
                        G_TYPE_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_event_init (LiensEvent *self)
{
  self->people = g_array_new (FALSE, FALSE, sizeof (LiensEventPerson));
}

/**
 * liens_event_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensEvent
 */
LiensEvent *
liens_event_new (void)
{
  return g_object_new (LIENS_TYPE_EVENT, NULL);
}

gint64
liens_event_get_id (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), 0);

  return self->id;
}

void
liens_event_set_id (LiensEvent *self,
                    gint64      id)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
liens_event_get_title (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->title;
}

void
liens_event_set_title (LiensEvent *self,
                       const char *title)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->title, title))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

GDateTime *
liens_event_get_start (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->start;
}

void
liens_event_set_start (LiensEvent *self,
                       GDateTime  *start)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_date_time (&self->start, start))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

GDateTime *
liens_event_get_end (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->end;
}

void
liens_event_set_end (LiensEvent *self,
                     GDateTime  *end)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_date_time (&self->end, end))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

gboolean
liens_event_get_all_day (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), FALSE);

  return self->all_day;
}

void
liens_event_set_all_day (LiensEvent *self,
                         gboolean    all_day)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  all_day = !!all_day;

  if (self->all_day == all_day)
    return;

  self->all_day = all_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_DAY]);
}

const char *
liens_event_get_place (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->place;
}

void
liens_event_set_place (LiensEvent *self,
                       const char *place)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->place, place))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

const char *
liens_event_get_url (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->url;
}

void
liens_event_set_url (LiensEvent *self,
                     const char *url)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->url, url))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

gint64
liens_event_get_network_id (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), 0);

  return self->network_id;
}

void
liens_event_set_network_id (LiensEvent *self,
                            gint64      network_id)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (self->network_id == network_id)
    return;

  self->network_id = network_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK_ID]);
}

LiensEventKind
liens_event_get_kind (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), 0);

  return self->kind;
}

void
liens_event_set_kind (LiensEvent     *self,
                      LiensEventKind  kind)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

LiensAttendance
liens_event_get_attendance (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), 0);

  return self->attendance;
}

void
liens_event_set_attendance (LiensEvent      *self,
                            LiensAttendance  attendance)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (self->attendance == attendance)
    return;

  self->attendance = attendance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
}

const char *
liens_event_get_goal (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->goal;
}

void
liens_event_set_goal (LiensEvent *self,
                      const char *goal)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->goal, goal))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}

LiensPosture
liens_event_get_posture (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), 0);

  return self->posture;
}

void
liens_event_set_posture (LiensEvent   *self,
                         LiensPosture  posture)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (self->posture == posture)
    return;

  self->posture = posture;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTURE]);
}

const char *
liens_event_get_cost (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->cost;
}

void
liens_event_set_cost (LiensEvent *self,
                      const char *cost)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->cost, cost))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST]);
}

const char *
liens_event_get_notes (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  return self->notes;
}

void
liens_event_set_notes (LiensEvent *self,
                       const char *notes)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  if (!liens_set_str (&self->notes, notes))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * liens_event_get_people:
 * @self: a #LiensEvent
 * @n_people: (out) (optional): where to store the number of people
 *
 * Returns: (transfer none) (array length=n_people) (nullable): the people the
 *   user wants to meet at the event, one entry per contact
 */
const LiensEventPerson *
liens_event_get_people (LiensEvent *self,
                        guint      *n_people)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), NULL);

  if (n_people != NULL)
    *n_people = self->people->len;

  return (const LiensEventPerson *)(gpointer)self->people->data;
}

/**
 * liens_event_set_people:
 * @self: a #LiensEvent
 * @people: (array length=n_people) (nullable): the people to meet
 * @n_people: the number of elements in @people
 *
 * A contact listed twice keeps its first entry.
 */
void
liens_event_set_people (LiensEvent             *self,
                        const LiensEventPerson *people,
                        guint                   n_people)
{
  g_autoptr(GArray) unique = NULL;

  g_return_if_fail (LIENS_IS_EVENT (self));
  g_return_if_fail (people != NULL || n_people == 0);

  unique = g_array_sized_new (FALSE, FALSE, sizeof (LiensEventPerson), n_people);

  for (guint i = 0; i < n_people; i++)
    {
      LiensEventPerson person = { people[i].contact_id, !!people[i].met };
      gboolean seen = FALSE;

      for (guint j = 0; j < unique->len && !seen; j++)
        seen = g_array_index (unique, LiensEventPerson, j).contact_id == person.contact_id;

      if (!seen)
        g_array_append_val (unique, person);
    }

  if (people_equal (self->people, unique))
    return;

  g_clear_pointer (&self->people, g_array_unref);
  self->people = g_steal_pointer (&unique);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

/**
 * liens_event_add_person:
 * @self: a #LiensEvent
 * @contact_id: the contact to meet
 *
 * Adds @contact_id, not met yet, unless already listed.
 */
void
liens_event_add_person (LiensEvent *self,
                        gint64      contact_id)
{
  LiensEventPerson person = { contact_id, FALSE };

  g_return_if_fail (LIENS_IS_EVENT (self));

  if (find_person (self, contact_id) != NULL)
    return;

  g_array_append_val (self->people, person);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

void
liens_event_remove_person (LiensEvent *self,
                           gint64      contact_id)
{
  g_return_if_fail (LIENS_IS_EVENT (self));

  for (guint i = 0; i < self->people->len; i++)
    {
      if (g_array_index (self->people, LiensEventPerson, i).contact_id == contact_id)
        {
          g_array_remove_index (self->people, i);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
          return;
        }
    }
}

/**
 * liens_event_set_person_met:
 * @self: a #LiensEvent
 * @contact_id: a contact
 * @met: whether the user met them at the event
 *
 * Someone met by chance is added to the list, already met.
 */
void
liens_event_set_person_met (LiensEvent *self,
                            gint64      contact_id,
                            gboolean    met)
{
  LiensEventPerson *person;

  g_return_if_fail (LIENS_IS_EVENT (self));

  met = !!met;
  person = find_person (self, contact_id);

  if (person == NULL)
    {
      LiensEventPerson added = { contact_id, TRUE };

      if (!met)
        return;

      g_array_append_val (self->people, added);
    }
  else if (person->met == met)
    {
      return;
    }
  else
    {
      person->met = met;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

/**
 * liens_event_is_past:
 * @self: a #LiensEvent
 * @now: the current time
 *
 * An all-day event is past once its last day is over.
 *
 * Returns: %TRUE when the event ended (or started, if it has no end) before @now
 */
gboolean
liens_event_is_past (LiensEvent *self,
                     GDateTime  *now)
{
  gint64 start_us;
  gint64 end_us;

  g_return_val_if_fail (LIENS_IS_EVENT (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!get_span (self, &start_us, &end_us))
    return FALSE;

  /* The all-day span ends on the midnight that is no longer part of it. */
  if (self->all_day)
    return end_us <= to_usec (now);

  return end_us < to_usec (now);
}

/**
 * liens_event_is_planned:
 * @self: a #LiensEvent
 *
 * Returns: %TRUE when the user is going or registered
 */
gboolean
liens_event_is_planned (LiensEvent *self)
{
  g_return_val_if_fail (LIENS_IS_EVENT (self), FALSE);

  return self->attendance == LIENS_ATTENDANCE_GOING ||
         self->attendance == LIENS_ATTENDANCE_REGISTERED;
}

/**
 * liens_event_overlaps:
 * @a: a #LiensEvent
 * @b: another #LiensEvent
 *
 * Events touching end to start do not overlap; an event without an end is an
 * instant, which overlaps any event it falls within. An all-day event covers
 * its whole day(s).
 *
 * Returns: %TRUE when the times of @a and @b intersect
 */
gboolean
liens_event_overlaps (LiensEvent *a,
                      LiensEvent *b)
{
  gint64 a_start, a_end;
  gint64 b_start, b_end;

  g_return_val_if_fail (LIENS_IS_EVENT (a), FALSE);
  g_return_val_if_fail (LIENS_IS_EVENT (b), FALSE);

  if (!get_span (a, &a_start, &a_end) || !get_span (b, &b_start, &b_end))
    return FALSE;

  /* Give instants one microsecond so that half-open intervals can contain them. */
  if (a_end == a_start)
    a_end++;
  if (b_end == b_start)
    b_end++;

  return a_start < b_end && b_start < a_end;
}
