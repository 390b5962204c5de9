/* liens-store-network.c: the networks the user belongs to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Store API */

gpointer
liens_store_load_network (LiensStore  *self,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  LiensNetwork *network;

  stmt = liens_store_prepare (self,
                              "SELECT name, kind, involvement, url, notes "
                              "FROM network WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_NETWORK, error))
    return NULL;

  network = liens_network_new ();
  liens_network_set_id (network, id);
  liens_network_set_name (network, liens_stmt_get_text (stmt, 0));
  liens_network_set_kind (network, sqlite3_column_int (stmt, 1));
  liens_network_set_involvement (network, sqlite3_column_int (stmt, 2));
  liens_network_set_url (network, liens_stmt_get_text (stmt, 3));
  liens_network_set_notes (network, liens_stmt_get_text (stmt, 4));

  return network;
}

/* Public API */

/**
 * liens_store_save_network:
 * @self: a #LiensStore
 * @network: the network to write
 * @error: return location for a #LiensStoreError
 *
 * Inserts @network if its id is 0, setting its id, or updates it.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_network (LiensStore    *self,
                          LiensNetwork  *network,
                          GError       **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = liens_network_get_id (network);

  if (!liens_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = liens_store_prepare (self,
                                "INSERT INTO network (name, kind, involvement, url, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)",
                                error);
  else
    stmt = liens_store_prepare (self,
                                "UPDATE network SET name = ?1, kind = ?2, involvement = ?3, "
                                "url = ?4, notes = ?5 WHERE id = ?6",
                                error);

  if (stmt != NULL)
    {
      liens_stmt_bind_text (stmt, 1, liens_network_get_name (network));
      sqlite3_bind_int (stmt, 2, liens_network_get_kind (network));
      sqlite3_bind_int (stmt, 3, liens_network_get_involvement (network));
      liens_stmt_bind_text (stmt, 4, liens_network_get_url (network));
      liens_stmt_bind_text (stmt, 5, liens_network_get_notes (network));
      if (id != 0)
        sqlite3_bind_int64 (stmt, 6, id);
    }

  ok = stmt != NULL && liens_store_write_row (self, stmt, LIENS_STORE_ENTITY_NETWORK, &id, error);
  g_clear_pointer (&stmt, liens_stmt_release);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_network_set_id (network, id);
  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_get_network:
 * @self: a #LiensStore
 * @id: the network's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the network
 */
LiensNetwork *
liens_store_get_network (LiensStore  *self,
                         gint64       id,
                         GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_network (self, id, error);
}

/**
 * liens_store_delete_network:
 * @self: a #LiensStore
 * @id: the network's id
 * @error: return location for a #LiensStoreError
 *
 * Deletes a network. Its members stay, without it; its events lose their organiser.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_network (LiensStore  *self,
                            gint64       id,
                            GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_queue_for_ids (self,
                                  "SELECT contact_id FROM contact_network WHERE network_id = ?1",
                                  id, LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_CHANGED,
                                  error) &&
       liens_store_queue_for_ids (self, "SELECT id FROM event WHERE network_id = ?1",
                                  id, LIENS_STORE_ENTITY_EVENT, LIENS_STORE_CHANGE_CHANGED,
                                  error) &&
       liens_store_delete_row (self, "DELETE FROM network WHERE id = ?1",
                               LIENS_STORE_ENTITY_NETWORK, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}
