/* liens-store-encounter.c: the encounters with contacts, the timeline of the network.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Participants' last encounter changes with any of their encounters. */
#define PARTICIPANTS_SQL "SELECT contact_id FROM encounter_contact WHERE encounter_id = ?1"

/* Helpers */

/* The search entry, with the columns of the migration that created the index: only
 * encounters with some text have one. */
static gboolean
write_fts (LiensStore      *self,
           LiensEncounter  *encounter,
           gint64           id,
           GError         **error)
{
  g_autoptr(LiensStmt) insert = NULL;
  const char *notes = liens_encounter_get_notes (encounter);
  const char *place = liens_encounter_get_place (encounter);

  if (!liens_store_run_with_id (self, "DELETE FROM encounter_fts WHERE rowid = ?1", id, error))
    return FALSE;

  if (notes == NULL && place == NULL)
    return TRUE;

  insert = liens_store_prepare (self,
                                "INSERT INTO encounter_fts (rowid, notes, place) "
                                "VALUES (?1, ?2, ?3)",
                                error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, id);
  liens_stmt_bind_composed (insert, 2, notes);
  liens_stmt_bind_composed (insert, 3, place);

  return liens_store_step_done (self, insert, error);
}

static gboolean
write_participants (LiensStore      *self,
                    LiensEncounter  *encounter,
                    gint64           id,
                    GError         **error)
{
  const gint64 *contact_ids;
  guint n_contact_ids = 0;

  if (!liens_store_run_with_id (self, "DELETE FROM encounter_contact WHERE encounter_id = ?1",
                                id, error))
    return FALSE;

  contact_ids = liens_encounter_get_contact_ids (encounter, &n_contact_ids);

  for (guint i = 0; i < n_contact_ids; i++)
    {
      g_autoptr(LiensStmt) insert = NULL;

      insert = liens_store_prepare (self,
                                    "INSERT OR IGNORE INTO encounter_contact "
                                    "(encounter_id, contact_id, date) VALUES (?1, ?2, ?3)",
                                    error);
      if (insert == NULL)
        return FALSE;

      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int64 (insert, 2, contact_ids[i]);
      /* The encounter's date beside it: a contact's encounters in date order, by index. */
      liens_stmt_bind_date (insert, 3, liens_encounter_get_date (encounter));
      if (!liens_store_step_done (self, insert, error))
        return FALSE;

      liens_store_queue_signal (self, LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_CHANGED,
                                contact_ids[i]);
    }

  return TRUE;
}

static gboolean
write_encounter (LiensStore      *self,
                 LiensEncounter  *encounter,
                 gint64          *id,
                 GError         **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  if (*id == 0)
    stmt = liens_store_prepare (self,
                                "INSERT INTO encounter (date, kind, place, event_id, notes, "
                                "help, posture, follow_up_date, follow_up_what, follow_up_done) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                error);
  else
    stmt = liens_store_prepare (self,
                                "UPDATE encounter SET date = ?1, kind = ?2, place = ?3, "
                                "event_id = ?4, notes = ?5, help = ?6, posture = ?7, "
                                "follow_up_date = ?8, follow_up_what = ?9, follow_up_done = ?10 "
                                "WHERE id = ?11",
                                error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_date (stmt, 1, liens_encounter_get_date (encounter));
  sqlite3_bind_int (stmt, 2, liens_encounter_get_kind (encounter));
  liens_stmt_bind_text (stmt, 3, liens_encounter_get_place (encounter));
  liens_stmt_bind_id (stmt, 4, liens_encounter_get_event_id (encounter));
  liens_stmt_bind_text (stmt, 5, liens_encounter_get_notes (encounter));
  sqlite3_bind_int (stmt, 6, liens_encounter_get_help (encounter));
  sqlite3_bind_int (stmt, 7, liens_encounter_get_posture (encounter));
  liens_stmt_bind_date (stmt, 8, liens_encounter_get_follow_up_date (encounter));
  liens_stmt_bind_text (stmt, 9, liens_encounter_get_follow_up_what (encounter));
  sqlite3_bind_int (stmt, 10, liens_encounter_get_follow_up_done (encounter) ? 1 : 0);
  if (*id != 0)
    sqlite3_bind_int64 (stmt, 11, *id);

  return liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_ENCOUNTER, id, error);
}

/* Inside a transaction: an encounter's row, participants and search entry, with signals.
 * *@id is 0 to insert; @encounter itself is left as it is. */
gboolean
liens_store_write_encounter_rows (LiensStore      *self,
                                  LiensEncounter  *encounter,
                                  gint64          *id,
                                  GError         **error)
{
  return (*id == 0 ||
          liens_store_queue_for_ids (self, PARTICIPANTS_SQL, *id, LIENS_STORE_ENTITY_CONTACT,
                                     LIENS_STORE_CHANGE_CHANGED, error)) &&
         write_encounter (self, encounter, id, error) &&
         write_participants (self, encounter, *id, error) &&
         write_fts (self, encounter, *id, error);
}

/* Store API */

gpointer
liens_store_load_encounter (LiensStore  *self,
                            gint64       id,
                            GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(GVariant) param = NULL;
  g_autofree gint64 *contact_ids = NULL;
  gsize n_contact_ids = 0;

  stmt = liens_store_prepare (self,
                              "SELECT date, kind, place, event_id, notes, help, posture, "
                              "follow_up_date, follow_up_what, follow_up_done "
                              "FROM encounter WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_ENCOUNTER, error))
    return NULL;
  else
    {
      g_autoptr(GDateTime) date = liens_stmt_dup_date (stmt, 0);
      g_autoptr(GDateTime) follow_up_date = liens_stmt_dup_date (stmt, 7);

      encounter = liens_encounter_new ();
      liens_encounter_set_id (encounter, id);
      liens_encounter_set_date (encounter, date);
      liens_encounter_set_kind (encounter, sqlite3_column_int (stmt, 1));
      liens_encounter_set_place (encounter, liens_stmt_get_text (stmt, 2));
      liens_encounter_set_event_id (encounter, sqlite3_column_int64 (stmt, 3));
      liens_encounter_set_notes (encounter, liens_stmt_get_text (stmt, 4));
      liens_encounter_set_help (encounter, sqlite3_column_int (stmt, 5));
      liens_encounter_set_posture (encounter, sqlite3_column_int (stmt, 6));
      liens_encounter_set_follow_up_date (encounter, follow_up_date);
      liens_encounter_set_follow_up_what (encounter, liens_stmt_get_text (stmt, 8));
      liens_encounter_set_follow_up_done (encounter, sqlite3_column_int (stmt, 9) != 0);
    }
  g_clear_pointer (&stmt, liens_stmt_release);

  param = g_variant_ref_sink (g_variant_new_int64 (id));
  contact_ids = liens_store_query_ids (self, PARTICIPANTS_SQL " ORDER BY rowid",
                                       param, &n_contact_ids, error);
  if (contact_ids == NULL)
    return NULL;

  liens_encounter_set_contact_ids (encounter, contact_ids, n_contact_ids);

  return g_steal_pointer (&encounter);
}

/* Public API */

/**
 * liens_store_save_encounter:
 * @self: a #LiensStore
 * @encounter: the encounter to write
 * @error: return location for a #LiensStoreError
 *
 * Inserts @encounter if its id is 0, setting its id, or updates it, with its participants
 * and its search entry (notes and place) in the same transaction. Participants, former and
 * current, are reported changed: their last encounter may have moved.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_encounter (LiensStore      *self,
                            LiensEncounter  *encounter,
                            GError         **error)
{
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_ENCOUNTER (encounter), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = liens_encounter_get_id (encounter);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_write_encounter_rows (self, encounter, &id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_encounter_set_id (encounter, id);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_get_encounter:
 * @self: a #LiensStore
 * @id: the encounter's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the encounter
 */
LiensEncounter *
liens_store_get_encounter (LiensStore  *self,
                           gint64       id,
                           GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_encounter (self, id, error);
}

/**
 * liens_store_delete_encounter:
 * @self: a #LiensStore
 * @id: the encounter's id
 * @error: return location for a #LiensStoreError
 *
 * Deletes an encounter; its participants are reported changed.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_encounter (LiensStore  *self,
                              gint64       id,
                              GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_delete_encounter_rows (self, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}

/* Deletes an encounter inside the current transaction (see liens_store_delete_encounter()). */
gboolean
liens_store_delete_encounter_rows (LiensStore  *self,
                                   gint64       id,
                                   GError     **error)
{
  /* Links cascade; the search entry is ours to delete. */
  return liens_store_queue_for_ids (self, PARTICIPANTS_SQL, id, LIENS_STORE_ENTITY_CONTACT,
                                    LIENS_STORE_CHANGE_CHANGED, error) &&
         liens_store_run_with_id (self, "DELETE FROM encounter_fts WHERE rowid = ?1", id,
                                  error) &&
         liens_store_delete_row (self, "DELETE FROM encounter WHERE id = ?1",
                                 LIENS_STORE_ENTITY_ENCOUNTER, id, error);
}

/**
 * liens_store_set_follow_up_done:
 * @self: a #LiensStore
 * @encounter_id: the encounter's id
 * @done: whether its follow-up is done
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Ticks (or unticks) the follow-up of an encounter, leaving the rest of it as stored, and
 * emits #LiensStore::encounter-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_set_follow_up_done (LiensStore  *self,
                                gint64       encounter_id,
                                gboolean     done,
                                GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  stmt = liens_store_prepare (self,
                              "UPDATE encounter SET follow_up_done = ?2 WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, encounter_id);
      sqlite3_bind_int (stmt, 2, done ? 1 : 0);
    }

  ok = stmt != NULL && liens_store_step_done (self, stmt, error);
  if (ok && sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    ok = liens_store_set_not_found (error, LIENS_STORE_ENTITY_ENCOUNTER);
  g_clear_pointer (&stmt, liens_stmt_release);

  /* Neither its date nor anything the timeline filters on: the follow-up lists only. */
  if (ok)
    liens_store_queue_in_place (self, LIENS_STORE_ENTITY_ENCOUNTER, encounter_id);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}
