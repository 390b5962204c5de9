/* liens-store-events.c: events ahead and behind, clashes between plans, and the debrief.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-list.h"
#include "liens-store-private.h"

/* The last instant an event covers as stored, in seconds: its end, or its start when it has
 * none or ends before it starts, as liens_event_is_past() reads it. */
#define EVENT_LAST_SQL "MAX(start, COALESCE(\"end\", start))"

/* Upcoming: not liens_event_is_past() at `?1` (timed) or `?2` (all-day), see
 * make_now_param(). Events without a start are never past, so they are upcoming, last. */
#define UPCOMING_SQL \
  "start IS NULL " \
  "OR (all_day = 0 AND " EVENT_LAST_SQL " >= ?1) " \
  "OR (all_day != 0 AND " EVENT_LAST_SQL " >= ?2)"

#define PAST_SQL \
  "start IS NOT NULL " \
  "AND ((all_day = 0 AND " EVENT_LAST_SQL " < ?1) " \
  "OR (all_day != 0 AND " EVENT_LAST_SQL " < ?2))"

/* All-day spans reach back to the midnight of the first day and on to the midnight after
 * the last one: a margin wider than two days, DST included, for the candidates' window. */
#define ALL_DAY_MARGIN (3 * 24 * 60 * 60)

/* Helpers */

/* The bounds the SQL compares the stored seconds with, for liens_event_is_past() at @now:
 * a timed event is past when its last second is before @now, an all-day event when its last
 * day is before the local day of @now, which is when its last local midnight is. */
static GVariant *
make_now_param (GDateTime *now,
                gboolean   planned_only)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autoptr(GDateTime) midnight = NULL;
  gint64 timed;
  gint64 all_day;

  /* Stored times are whole seconds: a fraction of @now pushes to the next one. */
  timed = g_date_time_to_unix (now) + (g_date_time_get_microsecond (now) > 0 ? 1 : 0);

  midnight = g_date_time_new (g_date_time_get_timezone (local),
                              g_date_time_get_year (local),
                              g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local),
                              0, 0, 0);
  all_day = midnight != NULL ? g_date_time_to_unix (midnight) : g_date_time_to_unix (local);

  if (planned_only)
    return g_variant_new ("(xxxx)", timed, all_day,
                          (gint64) LIENS_ATTENDANCE_GOING,
                          (gint64) LIENS_ATTENDANCE_REGISTERED);

  return g_variant_new ("(xx)", timed, all_day);
}

static gboolean
check_contact_exists (LiensStore  *self,
                      gint64       contact_id,
                      GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self, "SELECT 1 FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);

  return liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_CONTACT, error);
}

static gboolean
write_attendance (LiensStore       *self,
                  gint64            event_id,
                  LiensAttendance   attendance,
                  GError          **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self, "UPDATE event SET attendance = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, attendance);
  sqlite3_bind_int64 (stmt, 2, event_id);

  return liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_EVENT, &event_id, error);
}

/* One encounter with @contact_id at @event, who is then marked met there. */
static gboolean
write_met (LiensStore  *self,
           LiensEvent  *event,
           gint64       contact_id,
           const char  *note,
           GError     **error)
{
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(LiensStmt) stmt = NULL;
  gint64 encounter_id = 0;

  liens_encounter_set_kind (encounter, LIENS_ENCOUNTER_KIND_EVENT);
  liens_encounter_set_date (encounter, liens_event_get_start (event));
  liens_encounter_set_event_id (encounter, liens_event_get_id (event));
  liens_encounter_set_place (encounter, liens_event_get_place (event));
  liens_encounter_set_notes (encounter, note);
  liens_encounter_set_posture (encounter, liens_event_get_posture (event));
  liens_encounter_set_contact_ids (encounter, &contact_id, 1);

  if (!liens_store_write_encounter_rows (self, encounter, &encounter_id, error))
    return FALSE;

  stmt = liens_store_prepare (self,
                              "INSERT INTO event_person (event_id, contact_id, met) "
                              "VALUES (?1, ?2, 1) "
                              "ON CONFLICT (event_id, contact_id) DO UPDATE SET met = 1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, liens_event_get_id (event));
  sqlite3_bind_int64 (stmt, 2, contact_id);

  return liens_store_step_done (self, stmt, error);
}

static gboolean
write_debrief (LiensStore          *self,
               gint64               event_id,
               LiensContact * const *new_contacts,
               gint64              *new_ids,
               guint                n_new_contacts,
               const gint64        *met_ids,
               const char * const  *notes,
               guint                n_met,
               GDateTime           *now,
               GError             **error)
{
  g_autoptr(LiensEvent) event = NULL;

  event = liens_store_load_event (self, event_id, error);
  if (event == NULL)
    return FALSE;

  for (guint i = 0; i < n_new_contacts; i++)
    {
      GDateTime *created_at = liens_contact_get_created_at (new_contacts[i]);

      if (!liens_store_write_contact_rows (self, new_contacts[i],
                                           created_at != NULL ? created_at : now, now,
                                           &new_ids[i], error))
        return FALSE;
    }

  for (guint i = 0; i < n_met; i++)
    {
      if (!check_contact_exists (self, met_ids[i], error) ||
          !write_met (self, event, met_ids[i], notes != NULL ? notes[i] : NULL, error))
        return FALSE;
    }

  for (guint i = 0; i < n_new_contacts; i++)
    {
      if (!write_met (self, event, new_ids[i], notes != NULL ? notes[n_met + i] : NULL, error))
        return FALSE;
    }

  return write_attendance (self, event_id, LIENS_ATTENDANCE_ATTENDED, error);
}

/* Public API */

/**
 * liens_store_list_upcoming_events:
 * @self: a #LiensStore
 * @now: the time that splits upcoming from past events
 *
 * The split is made at @now for the life of the list: it follows changes to events, not
 * the clock. Create a new list when the time has moved on (a new day, say).
 *
 * Returns: (transfer full): a live list of the #LiensEvent not past at @now (see
 *   liens_event_is_past()), soonest first, then those without a start
 */
GListModel *
liens_store_list_upcoming_events (LiensStore *self,
                                  GDateTime  *now)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_EVENT,
                                             LIENS_TYPE_EVENT,
                                             "SELECT id FROM event WHERE " UPCOMING_SQL " "
                                             "ORDER BY start NULLS LAST, id",
                                             make_now_param (now, FALSE),
                                             liens_store_load_event));
}

/**
 * liens_store_list_past_events:
 * @self: a #LiensStore
 * @now: the time that splits upcoming from past events
 *
 * As liens_store_list_upcoming_events(), @now is fixed for the life of the list.
 *
 * Returns: (transfer full): a live list of the #LiensEvent past at @now (see
 *   liens_event_is_past()), the most recent start first
 */
GListModel *
liens_store_list_past_events (LiensStore *self,
                              GDateTime  *now)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_EVENT,
                                             LIENS_TYPE_EVENT,
                                             "SELECT id FROM event WHERE " PAST_SQL " "
                                             "ORDER BY start DESC, id DESC",
                                             make_now_param (now, FALSE),
                                             liens_store_load_event));
}

/**
 * liens_store_list_events_to_confirm:
 * @self: a #LiensStore
 * @now: the current time, fixed for the life of the list
 *
 * The events the user planned that are over, to ask whether they went.
 *
 * Returns: (transfer full): a live list of the #LiensEvent past at @now whose attendance is
 *   still %LIENS_ATTENDANCE_GOING or %LIENS_ATTENDANCE_REGISTERED, the most recent first
 */
GListModel *
liens_store_list_events_to_confirm (LiensStore *self,
                                    GDateTime  *now)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_EVENT,
                                             LIENS_TYPE_EVENT,
                                             "SELECT id FROM event "
                                             "WHERE attendance IN (?3, ?4) AND (" PAST_SQL ") "
                                             "ORDER BY start DESC, id DESC",
                                             make_now_param (now, TRUE),
                                             liens_store_load_event));
}

/**
 * liens_store_dup_overlapping_event_ids:
 * @self: a #LiensStore
 * @event_id: a planned event's id
 * @n_ids: (out): the number of ids returned
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if the
 *   event is absent
 *
 * The other planned events (see liens_event_is_planned()) whose times intersect those of
 * the event, by liens_event_overlaps(). None when the event is not planned itself or has
 * no start. Only the events stored around its time are loaded and compared.
 *
 * Returns: (transfer full) (array length=n_ids) (nullable): the ids, by start, zero-terminated;
 *   %NULL on error
 */
gint64 *
liens_store_dup_overlapping_event_ids (LiensStore  *self,
                                       gint64       event_id,
                                       gsize       *n_ids,
                                       GError     **error)
{
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GArray) overlapping = NULL;
  g_autoptr(GVariant) param = NULL;
  g_autofree gint64 *candidates = NULL;
  GDateTime *start;
  GDateTime *last;
  gsize n_candidates = 0;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *n_ids = 0;

  event = liens_store_load_event (self, event_id, error);
  if (event == NULL)
    return NULL;

  overlapping = g_array_new (TRUE, FALSE, sizeof (gint64));

  start = liens_event_get_start (event);
  if (!liens_event_is_planned (event) || start == NULL)
    return (gint64 *) (gpointer) g_array_free (g_steal_pointer (&overlapping), FALSE);

  last = liens_event_get_end (event);
  if (last == NULL || g_date_time_compare (last, start) < 0)
    last = start;

  /* The index on start bounds the scan; the model's rule decides on the few left. */
  param = g_variant_ref_sink (g_variant_new ("(xxxxx)",
                                             g_date_time_to_unix (last) + ALL_DAY_MARGIN,
                                             g_date_time_to_unix (start) - ALL_DAY_MARGIN,
                                             (gint64) LIENS_ATTENDANCE_GOING,
                                             (gint64) LIENS_ATTENDANCE_REGISTERED,
                                             event_id));
  candidates = liens_store_query_ids (self,
                                      "SELECT id FROM event "
                                      "WHERE start < ?1 AND " EVENT_LAST_SQL " > ?2 "
                                      "AND attendance IN (?3, ?4) AND id != ?5 "
                                      "ORDER BY start, id",
                                      param, &n_candidates, error);
  if (candidates == NULL)
    return NULL;

  for (gsize i = 0; i < n_candidates; i++)
    {
      g_autoptr(LiensEvent) other = NULL;

      other = liens_store_load_event (self, candidates[i], error);
      if (other == NULL)
        return NULL;

      if (liens_event_overlaps (event, other))
        g_array_append_val (overlapping, candidates[i]);
    }

  *n_ids = overlapping->len;

  return (gint64 *) (gpointer) g_array_free (g_steal_pointer (&overlapping), FALSE);
}

/**
 * liens_store_set_event_attendance:
 * @self: a #LiensStore
 * @event_id: the event's id
 * @attendance: whether the user considers, plans, went or skipped it
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Emits #LiensStore::event-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_set_event_attendance (LiensStore       *self,
                                  gint64            event_id,
                                  LiensAttendance   attendance,
                                  GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (event_id > 0, FALSE);
  g_return_val_if_fail ((guint) attendance <= LIENS_ATTENDANCE_SKIPPED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = write_attendance (self, event_id, attendance, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_debrief_event:
 * @self: a #LiensStore
 * @event_id: the event the user went to
 * @new_contacts: (array length=n_new_contacts) (nullable): contacts met there, not yet
 *   saved (id 0); the caller gives each at least a name and an organisation
 * @n_new_contacts: the length of @new_contacts
 * @met_ids: (array length=n_met) (nullable): the saved contacts met there, each once
 * @notes: (array) (nullable): what to note of each person met, %NULL entries for none:
 *   @n_met + @n_new_contacts entries, those of @met_ids first then those of @new_contacts,
 *   in the same order; %NULL for no notes at all
 * @n_met: the length of @met_ids
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if the
 *   event or one of @met_ids is absent
 *
 * Records what came of an event, in one transaction, all or nothing: saves @new_contacts
 * (setting their ids), logs one encounter of kind %LIENS_ENCOUNTER_KIND_EVENT with each
 * person met (dated at the event's start, at its place, with its posture and the person's
 * note), marks them met among the event's people (adding those who were not listed) and
 * sets the event's attendance to %LIENS_ATTENDANCE_ATTENDED. Signals follow the commit.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_debrief_event (LiensStore           *self,
                           gint64                event_id,
                           LiensContact * const *new_contacts,
                           guint                 n_new_contacts,
                           const gint64         *met_ids,
                           const char * const   *notes,
                           guint                 n_met,
                           GError              **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree gint64 *new_ids = NULL;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (event_id > 0, FALSE);
  g_return_val_if_fail (new_contacts != NULL || n_new_contacts == 0, FALSE);
  g_return_val_if_fail (met_ids != NULL || n_met == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < n_new_contacts; i++)
    {
      g_return_val_if_fail (LIENS_IS_CONTACT (new_contacts[i]), FALSE);
      g_return_val_if_fail (liens_contact_get_id (new_contacts[i]) == 0, FALSE);
    }

  now = liens_store_dup_now ();
  new_ids = g_new0 (gint64, n_new_contacts + 1);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = write_debrief (self, event_id, new_contacts, new_ids, n_new_contacts,
                      met_ids, notes, n_met, now, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  /* As liens_store_save_contact() does: the objects change once their rows are there. */
  for (guint i = 0; i < n_new_contacts; i++)
    {
      liens_contact_set_id (new_contacts[i], new_ids[i]);
      if (liens_contact_get_created_at (new_contacts[i]) == NULL)
        liens_contact_set_created_at (new_contacts[i], now);
      liens_contact_set_updated_at (new_contacts[i], now);
    }

  liens_store_emit_pending (self);

  return TRUE;
}
