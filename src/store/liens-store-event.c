/* liens-store-event.c: the events the user may attend, and the people to meet there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Helpers */

static gboolean
write_people (LiensStore  *self,
              LiensEvent  *event,
              gint64       id,
              GError     **error)
{
  const LiensEventPerson *people;
  guint n_people = 0;

  if (!liens_store_run_with_id (self, "DELETE FROM event_person WHERE event_id = ?1", id, error))
    return FALSE;

  people = liens_event_get_people (event, &n_people);

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(LiensStmt) insert = NULL;

      insert = liens_store_prepare (self,
                                    "INSERT OR REPLACE INTO event_person "
                                    "(event_id, contact_id, met) VALUES (?1, ?2, ?3)",
                                    error);
      if (insert == NULL)
        return FALSE;

      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int64 (insert, 2, people[i].contact_id);
      sqlite3_bind_int (insert, 3, people[i].met ? 1 : 0);
      if (!liens_store_step_done (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_event (LiensStore  *self,
             LiensEvent  *event,
             gint64      *id,
             GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  if (*id == 0)
    stmt = liens_store_prepare (self,
                                "INSERT INTO event (title, start, \"end\", all_day, place, url, "
                                "network_id, kind, attendance, goal, posture, cost, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                error);
  else
    stmt = liens_store_prepare (self,
                                "UPDATE event SET title = ?1, start = ?2, \"end\" = ?3, "
                                "all_day = ?4, place = ?5, url = ?6, network_id = ?7, kind = ?8, "
                                "attendance = ?9, goal = ?10, posture = ?11, cost = ?12, "
                                "notes = ?13 WHERE id = ?14",
                                error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_text (stmt, 1, liens_event_get_title (event));
  liens_stmt_bind_date (stmt, 2, liens_event_get_start (event));
  liens_stmt_bind_date (stmt, 3, liens_event_get_end (event));
  sqlite3_bind_int (stmt, 4, liens_event_get_all_day (event) ? 1 : 0);
  liens_stmt_bind_text (stmt, 5, liens_event_get_place (event));
  liens_stmt_bind_text (stmt, 6, liens_event_get_url (event));
  liens_stmt_bind_id (stmt, 7, liens_event_get_network_id (event));
  sqlite3_bind_int (stmt, 8, liens_event_get_kind (event));
  sqlite3_bind_int (stmt, 9, liens_event_get_attendance (event));
  liens_stmt_bind_text (stmt, 10, liens_event_get_goal (event));
  sqlite3_bind_int (stmt, 11, liens_event_get_posture (event));
  liens_stmt_bind_text (stmt, 12, liens_event_get_cost (event));
  liens_stmt_bind_text (stmt, 13, liens_event_get_notes (event));
  if (*id != 0)
    sqlite3_bind_int64 (stmt, 14, *id);

  return liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_EVENT, id, error);
}

static gboolean
load_people (LiensStore  *self,
             LiensEvent  *event,
             gint64       id,
             GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GArray) people = NULL;
  int rc;

  stmt = liens_store_prepare (self,
                              "SELECT contact_id, met FROM event_person "
                              "WHERE event_id = ?1 ORDER BY rowid",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  people = g_array_new (FALSE, FALSE, sizeof (LiensEventPerson));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LiensEventPerson person = {
        .contact_id = sqlite3_column_int64 (stmt, 0),
        .met = sqlite3_column_int (stmt, 1) != 0,
      };

      g_array_append_val (people, person);
    }

  if (rc != SQLITE_DONE)
    return liens_store_fail (self, rc, error);

  liens_event_set_people (event, (const LiensEventPerson *) (gpointer) people->data, people->len);

  return TRUE;
}

/* Store API */

gpointer
liens_store_load_event (LiensStore  *self,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(LiensEvent) event = NULL;

  stmt = liens_store_prepare (self,
                              "SELECT title, start, \"end\", all_day, place, url, network_id, "
                              "kind, attendance, goal, posture, cost, notes "
                              "FROM event WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_EVENT, error))
    return NULL;
  else
    {
      g_autoptr(GDateTime) start = liens_stmt_dup_date (stmt, 1);
      g_autoptr(GDateTime) end = liens_stmt_dup_date (stmt, 2);

      event = liens_event_new ();
      liens_event_set_id (event, id);
      liens_event_set_title (event, liens_stmt_get_text (stmt, 0));
      liens_event_set_start (event, start);
      liens_event_set_end (event, end);
      liens_event_set_all_day (event, sqlite3_column_int (stmt, 3) != 0);
      liens_event_set_place (event, liens_stmt_get_text (stmt, 4));
      liens_event_set_url (event, liens_stmt_get_text (stmt, 5));
      liens_event_set_network_id (event, sqlite3_column_int64 (stmt, 6));
      liens_event_set_kind (event, sqlite3_column_int (stmt, 7));
      liens_event_set_attendance (event, sqlite3_column_int (stmt, 8));
      liens_event_set_goal (event, liens_stmt_get_text (stmt, 9));
      liens_event_set_posture (event, sqlite3_column_int (stmt, 10));
      liens_event_set_cost (event, liens_stmt_get_text (stmt, 11));
      liens_event_set_notes (event, liens_stmt_get_text (stmt, 12));
    }
  g_clear_pointer (&stmt, liens_stmt_release);

  if (!load_people (self, event, id, error))
    return NULL;

  return g_steal_pointer (&event);
}

/* Public API */

/**
 * liens_store_save_event:
 * @self: a #LiensStore
 * @event: the event to write
 * @error: return location for a #LiensStoreError
 *
 * Inserts @event if its id is 0, setting its id, or updates it, with the people to meet
 * there in the same transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_event (LiensStore  *self,
                        LiensEvent  *event,
                        GError     **error)
{
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_EVENT (event), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = liens_event_get_id (event);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = write_event (self, event, &id, error) &&
       write_people (self, event, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_event_set_id (event, id);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_save_events:
 * @self: a #LiensStore
 * @events: (array length=n_events): the events to write
 * @n_events: how many
 * @error: return location for a #LiensStoreError
 *
 * Writes @events as liens_store_save_event() does, all in one transaction: an imported
 * calendar is added whole or not at all. The ids are set only once everything is written.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_events (LiensStore  *self,
                         LiensEvent **events,
                         guint        n_events,
                         GError     **error)
{
  g_autofree gint64 *ids = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (events != NULL || n_events == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_events == 0)
    return TRUE;

  ids = g_new (gint64, n_events);

  if (!liens_store_begin (self, error))
    return FALSE;

  for (guint i = 0; ok && i < n_events; i++)
    {
      ids[i] = liens_event_get_id (events[i]);
      ok = write_event (self, events[i], &ids[i], error) &&
           write_people (self, events[i], ids[i], error);
    }

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  for (guint i = 0; i < n_events; i++)
    liens_event_set_id (events[i], ids[i]);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_get_event:
 * @self: a #LiensStore
 * @id: the event's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the event
 */
LiensEvent *
liens_store_get_event (LiensStore  *self,
                       gint64       id,
                       GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_event (self, id, error);
}

/* The encounters logged at an event lose their link, nothing the timeline sorts or
 * filters on. */
static gboolean
queue_unlinked_encounters (LiensStore  *self,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_int64 (id));
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;

  ids = liens_store_query_ids (self, "SELECT id FROM encounter WHERE event_id = ?1", param,
                               &n_ids, error);
  if (ids == NULL)
    return FALSE;

  for (gsize i = 0; i < n_ids; i++)
    liens_store_queue_in_place (self, LIENS_STORE_ENTITY_ENCOUNTER, ids[i]);

  return TRUE;
}

/**
 * liens_store_delete_event:
 * @self: a #LiensStore
 * @id: the event's id
 * @error: return location for a #LiensStoreError
 *
 * Deletes an event. Encounters logged at it stay, no longer linked to it.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_event (LiensStore  *self,
                          gint64       id,
                          GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = queue_unlinked_encounters (self, id, error) &&
       liens_store_delete_row (self, "DELETE FROM event WHERE id = ?1",
                               LIENS_STORE_ENTITY_EVENT, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}
