/* liens-store-quiz-result.c: the results of the networking-profile quiz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Columns 2 to 5, in this order. */
static const LiensProfile scored_profiles[] = {
  LIENS_PROFILE_SUPER_CONNECTOR,
  LIENS_PROFILE_MENTOR,
  LIENS_PROFILE_EXPERT,
  LIENS_PROFILE_RESERVED,
};

/* Store API */

gpointer
liens_store_load_quiz_result (LiensStore  *self,
                              gint64       id,
                              GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  LiensQuizResult *result;

  stmt = liens_store_prepare (self,
                              "SELECT taken_at, score_super_connector, score_mentor, "
                              "score_expert, score_reserved FROM quiz_result WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_QUIZ_RESULT, error))
    return NULL;

  taken_at = liens_stmt_dup_date (stmt, 0);

  result = liens_quiz_result_new ();
  liens_quiz_result_set_id (result, id);
  liens_quiz_result_set_taken_at (result, taken_at);
  for (guint i = 0; i < G_N_ELEMENTS (scored_profiles); i++)
    liens_quiz_result_set_score (result, scored_profiles[i],
                                 sqlite3_column_double (stmt, (int) i + 1));

  return result;
}

/* Public API */

/**
 * liens_store_save_quiz_result:
 * @self: a #LiensStore
 * @quiz_result: the result to write
 * @error: return location for a #LiensStoreError
 *
 * Inserts @quiz_result if its id is 0, setting its id, or updates it.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_quiz_result (LiensStore       *self,
                              LiensQuizResult  *quiz_result,
                              GError          **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_QUIZ_RESULT (quiz_result), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = liens_quiz_result_get_id (quiz_result);

  if (!liens_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = liens_store_prepare (self,
                                "INSERT INTO quiz_result (taken_at, score_super_connector, "
                                "score_mentor, score_expert, score_reserved) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)",
                                error);
  else
    stmt = liens_store_prepare (self,
                                "UPDATE quiz_result SET taken_at = ?1, "
                                "score_super_connector = ?2, score_mentor = ?3, "
                                "score_expert = ?4, score_reserved = ?5 WHERE id = ?6",
                                error);

  if (stmt != NULL)
    {
      liens_stmt_bind_date (stmt, 1, liens_quiz_result_get_taken_at (quiz_result));
      for (guint i = 0; i < G_N_ELEMENTS (scored_profiles); i++)
        sqlite3_bind_double (stmt, (int) i + 2,
                             liens_quiz_result_get_score (quiz_result, scored_profiles[i]));
      if (id != 0)
        sqlite3_bind_int64 (stmt, 6, id);
    }

  ok = stmt != NULL &&
       liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_QUIZ_RESULT, &id, error);
  g_clear_pointer (&stmt, liens_stmt_release);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_quiz_result_set_id (quiz_result, id);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_get_quiz_result:
 * @self: a #LiensStore
 * @id: the result's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the result
 */
LiensQuizResult *
liens_store_get_quiz_result (LiensStore  *self,
                             gint64       id,
                             GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_quiz_result (self, id, error);
}

/**
 * liens_store_delete_quiz_result:
 * @self: a #LiensStore
 * @id: the result's id
 * @error: return location for a #LiensStoreError
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_quiz_result (LiensStore  *self,
                                gint64       id,
                                GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_delete_row (self, "DELETE FROM quiz_result WHERE id = ?1",
                               LIENS_STORE_ENTITY_QUIZ_RESULT, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}
