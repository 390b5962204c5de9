/* liens-store-undo.c: deleting a contact, an encounter or an introduction so that it can be
 * put back exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Before a contact, an encounter or an introduction is deleted, every row the deletion
 * removes or changes is read, values as they are, into an undo; undoing inserts them back
 * with the same ids, in the order foreign keys need, search entries included. One
 * mechanism for the three: each kind is the list of what to capture (CaptureSpec) and the
 * function that deletes inside the transaction (UndoKind). Contacts, encounters and
 * introductions have AUTOINCREMENT ids since schema v3, so their ids are still free. Link
 * rows get their old rowid (their order in the contact) unless something took it
 * meanwhile; a tag comes back under its old id if free, and joins a tag of the same name
 * created meanwhile. Anything else that changed since (a network or a shared encounter
 * deleted, say) makes the undo fail as a whole. */

/* How to capture and restore the rows of one table. A column named "rowid" (alias it so:
 * SQLite names it after an INTEGER PRIMARY KEY) is restored when free, else left to SQLite. */
typedef struct
{
  const char       *table;
  const char       *select;      /* `?1` is the id of the deleted object */
  const char       *restore;     /* NULL: an INSERT of the selected columns */
  gboolean          or_ignore;
  LiensStoreEntity  entity;      /* the signal each restored row queues, if id_column */
  LiensStoreChange  change;
  const char       *id_column;
} CaptureSpec;

static const CaptureSpec contact_specs[] = {
  {
    "contact",
    "SELECT * FROM contact WHERE id = ?1",
    NULL, FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, "id",
  },
  /* Its search entry as it was written, not as it would be written now. */
  {
    "contact_fts",
    "SELECT rowid AS rowid, name, organisation, role, expertise, interests, tags, notes "
    "FROM contact_fts WHERE rowid = ?1",
    "INSERT INTO contact_fts (rowid, name, organisation, role, expertise, interests, tags, "
    "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  {
    "contact_detail",
    "SELECT * FROM contact_detail WHERE contact_id = ?1 ORDER BY position",
    NULL, FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  /* The tags that only this contact wore, which the deletion collects. */
  {
    "tag",
    "SELECT rowid AS rowid, name FROM tag WHERE id IN "
    "(SELECT tag_id FROM contact_tag WHERE contact_id = ?1) AND NOT EXISTS "
    "(SELECT 1 FROM contact_tag o WHERE o.tag_id = tag.id AND o.contact_id != ?1)",
    NULL, TRUE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  /* By name: the tag may have come back under another id. */
  {
    "contact_tag",
    "SELECT ct.rowid, ct.contact_id, t.name FROM contact_tag ct "
    "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1 ORDER BY ct.rowid",
    "INSERT INTO contact_tag (rowid, contact_id, tag_id) "
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM contact_tag WHERE rowid = ?1) THEN NULL "
    "ELSE ?1 END, ?2, id FROM tag WHERE name = ?3",
    FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  {
    "contact_network",
    "SELECT rowid, * FROM contact_network WHERE contact_id = ?1 ORDER BY rowid",
    NULL, FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  {
    "encounter",
    "SELECT * FROM encounter WHERE id IN (" LIENS_STORE_SOLE_ENCOUNTERS_SQL ")",
    NULL, FALSE,
    LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_ADDED, "id",
  },
  {
    "encounter_fts",
    "SELECT rowid AS rowid, notes, place FROM encounter_fts "
    "WHERE rowid IN (" LIENS_STORE_SOLE_ENCOUNTERS_SQL ")",
    "INSERT INTO encounter_fts (rowid, notes, place) VALUES (?1, ?2, ?3)",
    FALSE,
    LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  /* Restored encounters were queued as added already, which "changed" does not override.
   * The date is the encounter's as it is now: it may have been edited since. */
  {
    "encounter_contact",
    "SELECT rowid AS rowid, encounter_id, contact_id FROM encounter_contact "
    "WHERE contact_id = ?1 ORDER BY rowid",
    "INSERT INTO encounter_contact (rowid, encounter_id, contact_id, date) "
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM encounter_contact WHERE rowid = ?1) THEN NULL "
    "ELSE ?1 END, ?2, ?3, date FROM encounter WHERE id = ?2",
    FALSE,
    LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_CHANGED, "encounter_id",
  },
  {
    "event_person",
    "SELECT rowid, * FROM event_person WHERE contact_id = ?1 ORDER BY rowid",
    NULL, FALSE,
    LIENS_STORE_ENTITY_EVENT, LIENS_STORE_CHANGE_CHANGED, "event_id",
  },
  {
    "introduction",
    "SELECT * FROM introduction "
    "WHERE introducer_id = ?1 OR first_id = ?1 OR second_id = ?1 ORDER BY id",
    NULL, FALSE,
    LIENS_STORE_ENTITY_INTRODUCTION, LIENS_STORE_CHANGE_ADDED, "id",
  },
  /* ON DELETE SET NULL; put back unless the user chose another introducer since. */
  {
    "contact",
    "SELECT id, introduced_by_id FROM contact WHERE introduced_by_id = ?1 AND id != ?1",
    "UPDATE contact SET introduced_by_id = ?2 WHERE id = ?1 AND introduced_by_id IS NULL",
    FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_CHANGED, "id",
  },
};

static const CaptureSpec encounter_specs[] = {
  {
    "encounter",
    "SELECT * FROM encounter WHERE id = ?1",
    NULL, FALSE,
    LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_ADDED, "id",
  },
  {
    "encounter_fts",
    "SELECT rowid AS rowid, notes, place FROM encounter_fts WHERE rowid = ?1",
    "INSERT INTO encounter_fts (rowid, notes, place) VALUES (?1, ?2, ?3)",
    FALSE,
    LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_ADDED, NULL,
  },
  /* The participants' last encounter comes back with it. */
  {
    "encounter_contact",
    "SELECT rowid, * FROM encounter_contact WHERE encounter_id = ?1 ORDER BY rowid",
    NULL, FALSE,
    LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_CHANGED, "contact_id",
  },
};

static const CaptureSpec introduction_specs[] = {
  {
    "introduction",
    "SELECT * FROM introduction WHERE id = ?1",
    NULL, FALSE,
    LIENS_STORE_ENTITY_INTRODUCTION, LIENS_STORE_CHANGE_ADDED, "id",
  },
};

/* Deletes the object inside the current transaction, queueing its signals. */
typedef gboolean (*DeleteRowsFunc) (LiensStore  *self,
                                    gint64       id,
                                    GError     **error);

static gboolean delete_introduction_rows (LiensStore  *self,
                                          gint64       id,
                                          GError     **error);

typedef struct
{
  const CaptureSpec *specs;
  guint              n_specs;
  DeleteRowsFunc     delete_rows;
  const char        *conflict;
} UndoKind;

static const UndoKind undo_kinds[LIENS_STORE_N_ENTITIES] = {
  [LIENS_STORE_ENTITY_CONTACT] = {
    contact_specs, G_N_ELEMENTS (contact_specs),
    liens_store_delete_contact_rows,
    N_("The contact cannot be restored: something it was linked to has changed since it "
       "was deleted."),
  },
  [LIENS_STORE_ENTITY_ENCOUNTER] = {
    encounter_specs, G_N_ELEMENTS (encounter_specs),
    liens_store_delete_encounter_rows,
    N_("The encounter cannot be restored: something it was linked to has changed since it "
       "was deleted."),
  },
  [LIENS_STORE_ENTITY_INTRODUCTION] = {
    introduction_specs, G_N_ELEMENTS (introduction_specs),
    delete_introduction_rows,
    N_("The introduction cannot be restored: something it was linked to has changed since "
       "it was deleted."),
  },
};

typedef struct
{
  const CaptureSpec  *spec;
  char              **columns;
  char               *restore;
  int                 id_index;
  GPtrArray          *rows;     /* of GPtrArray of sqlite3_value */
} Capture;

struct _LiensStoreUndo
{
  LiensStoreEntity  entity;
  gint64            id;
  GPtrArray        *captures;
  gboolean          done;
};

G_DEFINE_BOXED_TYPE (LiensStoreUndo, liens_store_undo, liens_store_undo_ref, liens_store_undo_free)

/* Helpers */

static gboolean
delete_introduction_rows (LiensStore  *self,
                          gint64       id,
                          GError     **error)
{
  return liens_store_delete_row (self, "DELETE FROM introduction WHERE id = ?1",
                                 LIENS_STORE_ENTITY_INTRODUCTION, id, error);
}

static void
capture_free (Capture *capture)
{
  g_strfreev (capture->columns);
  g_free (capture->restore);
  g_ptr_array_unref (capture->rows);
  g_free (capture);
}

static void
liens_store_undo_clear (LiensStoreUndo *undo)
{
  g_clear_pointer (&undo->captures, g_ptr_array_unref);
}

/* An INSERT of the captured columns; names come from our own SELECTs, never from users. */
static char *
build_insert (const CaptureSpec  *spec,
              char              **columns)
{
  g_autoptr(GString) sql = g_string_new ("INSERT ");
  g_autoptr(GString) values = g_string_new (NULL);

  if (spec->or_ignore)
    g_string_append (sql, "OR IGNORE ");
  g_string_append_printf (sql, "INTO %s (", spec->table);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      const char *separator = i > 0 ? ", " : "";

      g_string_append_printf (sql, "%s\"%s\"", separator, columns[i]);

      if (g_str_equal (columns[i], "rowid"))
        g_string_append_printf (values,
                                "%sCASE WHEN EXISTS (SELECT 1 FROM %s WHERE rowid = ?%u) "
                                "THEN NULL ELSE ?%u END",
                                separator, spec->table, i + 1, i + 1);
      else
        g_string_append_printf (values, "%s?%u", separator, i + 1);
    }

  g_string_append_printf (sql, ") VALUES (%s)", values->str);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static Capture *
capture_rows (LiensStore         *self,
              const CaptureSpec  *spec,
              gint64              id,
              GError            **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  Capture *capture;
  int n_columns;
  int rc;

  stmt = liens_store_prepare (self, spec->select, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  capture = g_new0 (Capture, 1);
  capture->spec = spec;
  capture->id_index = -1;
  capture->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  n_columns = sqlite3_column_count (stmt);
  for (int i = 0; i < n_columns; i++)
    {
      const char *name = sqlite3_column_name (stmt, i);

      g_strv_builder_add (columns, name);
      if (spec->id_column != NULL && g_str_equal (name, spec->id_column))
        capture->id_index = i;
    }
  capture->columns = g_strv_builder_end (columns);
  capture->restore = spec->restore != NULL ? g_strdup (spec->restore)
                                           : build_insert (spec, capture->columns);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_full (n_columns, (GDestroyNotify) sqlite3_value_free);

      for (int i = 0; i < n_columns; i++)
        {
          sqlite3_value *value = sqlite3_value_dup (sqlite3_column_value (stmt, i));

          if (value == NULL)
            {
              g_ptr_array_unref (row);
              capture_free (capture);
              liens_store_fail (self, SQLITE_NOMEM, error);
              return NULL;
            }

          g_ptr_array_add (row, value);
        }

      g_ptr_array_add (capture->rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      capture_free (capture);
      liens_store_fail (self, rc, error);
      return NULL;
    }

  return capture;
}

static gboolean
set_conflict (GError           **error,
              LiensStoreEntity   entity)
{
  g_set_error_literal (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_CONFLICT,
                       _(undo_kinds[entity].conflict));

  return FALSE;
}

static gboolean
restore_rows (LiensStore        *self,
              Capture           *capture,
              LiensStoreEntity   entity,
              GError           **error)
{
  for (guint r = 0; r < capture->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (capture->rows, r);
      g_autoptr(LiensStmt) stmt = NULL;
      int rc;

      stmt = liens_store_prepare (self, capture->restore, error);
      if (stmt == NULL)
        return FALSE;

      for (guint i = 0; i < row->len; i++)
        sqlite3_bind_value (stmt, (int) i + 1, g_ptr_array_index (row, i));

      rc = sqlite3_step (stmt);
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return set_conflict (error, entity);
      if (rc != SQLITE_DONE)
        return liens_store_fail (self, rc, error);

      if (capture->id_index >= 0 && sqlite3_changes (sqlite3_db_handle (stmt)) > 0)
        {
          sqlite3_value *id = g_ptr_array_index (row, capture->id_index);

          liens_store_queue_signal (self, capture->spec->entity, capture->spec->change,
                                    sqlite3_value_int64 (id));
        }
    }

  return TRUE;
}

static gboolean
restore (LiensStore      *self,
         LiensStoreUndo  *undo,
         GError         **error)
{
  for (guint i = 0; i < undo->captures->len; i++)
    if (!restore_rows (self, g_ptr_array_index (undo->captures, i), undo->entity, error))
      return FALSE;

  return TRUE;
}

/* Captures what deleting @id of @entity removes or changes, then deletes it, in one
 * transaction: nobody can change anything between. */
static gboolean
delete_with_undo (LiensStore        *self,
                  LiensStoreEntity   entity,
                  gint64             id,
                  LiensStoreUndo   **undo,
                  GError           **error)
{
  const UndoKind *kind = &undo_kinds[entity];
  g_autoptr(LiensStoreUndo) result = NULL;
  gboolean ok = TRUE;

  g_assert (kind->delete_rows != NULL);

  result = g_rc_box_new0 (LiensStoreUndo);
  result->entity = entity;
  result->id = id;
  result->captures = g_ptr_array_new_with_free_func ((GDestroyNotify) capture_free);

  if (!liens_store_begin (self, error))
    return FALSE;

  for (guint i = 0; ok && i < kind->n_specs; i++)
    {
      Capture *capture = capture_rows (self, &kind->specs[i], id, error);

      if (capture == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (result->captures, capture);
    }

  ok = ok && kind->delete_rows (self, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  *undo = g_steal_pointer (&result);

  return TRUE;
}

/* Public API */

LiensStoreUndo *
liens_store_undo_ref (LiensStoreUndo *undo)
{
  g_return_val_if_fail (undo != NULL, NULL);

  return g_rc_box_acquire (undo);
}

void
liens_store_undo_free (LiensStoreUndo *undo)
{
  g_return_if_fail (undo != NULL);

  g_rc_box_release_full (undo, (GDestroyNotify) liens_store_undo_clear);
}

/**
 * liens_store_undo_get_contact_id:
 * @undo: a #LiensStoreUndo
 *
 * Returns: the id of the deleted contact, which it keeps when restored, or 0 if @undo is
 *   not about a contact
 */
gint64
liens_store_undo_get_contact_id (LiensStoreUndo *undo)
{
  g_return_val_if_fail (undo != NULL, 0);

  return undo->entity == LIENS_STORE_ENTITY_CONTACT ? undo->id : 0;
}

/**
 * liens_store_undo_get_encounter_id:
 * @undo: a #LiensStoreUndo
 *
 * Returns: the id of the deleted encounter, which it keeps when restored, or 0 if @undo
 *   is not about an encounter (a contact's undo may restore encounters too)
 */
gint64
liens_store_undo_get_encounter_id (LiensStoreUndo *undo)
{
  g_return_val_if_fail (undo != NULL, 0);

  return undo->entity == LIENS_STORE_ENTITY_ENCOUNTER ? undo->id : 0;
}

/**
 * liens_store_undo_get_introduction_id:
 * @undo: a #LiensStoreUndo
 *
 * Returns: the id of the deleted introduction, which it keeps when restored, or 0 if
 *   @undo is not about an introduction
 */
gint64
liens_store_undo_get_introduction_id (LiensStoreUndo *undo)
{
  g_return_val_if_fail (undo != NULL, 0);

  return undo->entity == LIENS_STORE_ENTITY_INTRODUCTION ? undo->id : 0;
}

/**
 * liens_store_delete_contact_with_undo:
 * @self: a #LiensStore
 * @id: the contact's id
 * @undo: (out) (transfer full): where to return what liens_store_undo() needs
 * @error: return location for a #LiensStoreError
 *
 * Deletes a contact as liens_store_delete_contact() does, keeping a copy of everything the
 * deletion removes or changes: the contact with its details, tags, networks, its place in
 * encounters and events, the encounters that were its alone, the introductions naming it
 * and the "introduced by" of the contacts it introduced.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_contact_with_undo (LiensStore      *self,
                                      gint64           id,
                                      LiensStoreUndo **undo,
                                      GError         **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_with_undo (self, LIENS_STORE_ENTITY_CONTACT, id, undo, error);
}

/**
 * liens_store_delete_encounter_with_undo:
 * @self: a #LiensStore
 * @id: the encounter's id
 * @undo: (out) (transfer full): where to return what liens_store_undo() needs
 * @error: return location for a #LiensStoreError
 *
 * Deletes an encounter as liens_store_delete_encounter() does, keeping a copy of it, its
 * participants and its search entry.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_encounter_with_undo (LiensStore      *self,
                                        gint64           id,
                                        LiensStoreUndo **undo,
                                        GError         **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_with_undo (self, LIENS_STORE_ENTITY_ENCOUNTER, id, undo, error);
}

/**
 * liens_store_delete_introduction_with_undo:
 * @self: a #LiensStore
 * @id: the introduction's id
 * @undo: (out) (transfer full): where to return what liens_store_undo() needs
 * @error: return location for a #LiensStoreError
 *
 * Deletes an introduction as liens_store_delete_introduction() does, keeping a copy of it.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_introduction_with_undo (LiensStore      *self,
                                           gint64           id,
                                           LiensStoreUndo **undo,
                                           GError         **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_with_undo (self, LIENS_STORE_ENTITY_INTRODUCTION, id, undo, error);
}

/**
 * liens_store_undo:
 * @self: the #LiensStore the object was deleted from
 * @undo: what liens_store_delete_contact_with_undo(),
 *   liens_store_delete_encounter_with_undo() or
 *   liens_store_delete_introduction_with_undo() returned
 * @error: return location for a #LiensStoreError
 *
 * Puts the deleted object back as it was, with the same id, and everything its deletion
 * removed or changed, with the signals of their return: a restored encounter's
 * participants are reported changed, as their last encounter is back. Nothing is restored
 * and %LIENS_STORE_ERROR_CONFLICT is set if that is no longer possible, for instance when
 * a network, an event or a contact it was linked to has been deleted since, or when it
 * was already restored.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_undo (LiensStore      *self,
                  LiensStoreUndo  *undo,
                  GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (undo->done)
    return set_conflict (error, undo->entity);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = restore (self, undo, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  undo->done = TRUE;
  liens_store_emit_pending (self);

  return TRUE;
}
