/* liens-store-introduction.c: who was introduced to whom, and by whom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Store API */

gpointer
liens_store_load_introduction (LiensStore  *self,
                               gint64       id,
                               GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GDateTime) date = NULL;
  LiensIntroduction *introduction;

  stmt = liens_store_prepare (self,
                              "SELECT introducer_id, first_id, second_id, date, context, outcome "
                              "FROM introduction WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_INTRODUCTION, error))
    return NULL;

  date = liens_stmt_dup_date (stmt, 3);

  introduction = liens_introduction_new ();
  liens_introduction_set_id (introduction, id);
  liens_introduction_set_introducer_id (introduction, sqlite3_column_int64 (stmt, 0));
  liens_introduction_set_first_id (introduction, sqlite3_column_int64 (stmt, 1));
  liens_introduction_set_second_id (introduction, sqlite3_column_int64 (stmt, 2));
  liens_introduction_set_date (introduction, date);
  liens_introduction_set_context (introduction, liens_stmt_get_text (stmt, 4));
  liens_introduction_set_outcome (introduction, liens_stmt_get_text (stmt, 5));

  return introduction;
}

/* Public API */

/**
 * liens_store_save_introduction:
 * @self: a #LiensStore
 * @introduction: the introduction to write; an introducer or second id of 0 is the user
 * @error: return location for a #LiensStoreError
 *
 * Inserts @introduction if its id is 0, setting its id, or updates it.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_introduction (LiensStore         *self,
                               LiensIntroduction  *introduction,
                               GError            **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (introduction), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = liens_introduction_get_id (introduction);

  if (!liens_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = liens_store_prepare (self,
                                "INSERT INTO introduction (introducer_id, first_id, second_id, "
                                "date, context, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                error);
  else
    stmt = liens_store_prepare (self,
                                "UPDATE introduction SET introducer_id = ?1, first_id = ?2, "
                                "second_id = ?3, date = ?4, context = ?5, outcome = ?6 "
                                "WHERE id = ?7",
                                error);

  if (stmt != NULL)
    {
      liens_stmt_bind_id (stmt, 1, liens_introduction_get_introducer_id (introduction));
      liens_stmt_bind_id (stmt, 2, liens_introduction_get_first_id (introduction));
      liens_stmt_bind_id (stmt, 3, liens_introduction_get_second_id (introduction));
      liens_stmt_bind_date (stmt, 4, liens_introduction_get_date (introduction));
      liens_stmt_bind_text (stmt, 5, liens_introduction_get_context (introduction));
      liens_stmt_bind_text (stmt, 6, liens_introduction_get_outcome (introduction));
      if (id != 0)
        sqlite3_bind_int64 (stmt, 7, id);
    }

  ok = stmt != NULL &&
       liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_INTRODUCTION, &id, error);
  g_clear_pointer (&stmt, liens_stmt_release);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_introduction_set_id (introduction, id);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_get_introduction:
 * @self: a #LiensStore
 * @id: the introduction's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the introduction
 */
LiensIntroduction *
liens_store_get_introduction (LiensStore  *self,
                              gint64       id,
                              GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_introduction (self, id, error);
}

/**
 * liens_store_delete_introduction:
 * @self: a #LiensStore
 * @id: the introduction's id
 * @error: return location for a #LiensStoreError
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_introduction (LiensStore  *self,
                                 gint64       id,
                                 GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_delete_row (self, "DELETE FROM introduction WHERE id = ?1",
                               LIENS_STORE_ENTITY_INTRODUCTION, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}
