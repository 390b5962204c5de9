/* liens-store-private.h: what the store's own files share, and hooks for its tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "liens-store.h"

G_BEGIN_DECLS

/* An encounter is shared history: deleting a contact keeps the encounters that have other
 * participants, and deletes only those that were with this contact alone (`?1`). */
#define LIENS_STORE_SOLE_ENCOUNTERS_SQL \
  "SELECT encounter_id FROM encounter_contact ec WHERE contact_id = ?1 AND NOT EXISTS " \
  "(SELECT 1 FROM encounter_contact o WHERE o.encounter_id = ec.encounter_id " \
  "AND o.contact_id != ?1)"

/* The date of the last encounter of the contact `c`: the last entry of the contact in the
 * index of encounter_contact (contact_id, date, encounter_id), never the encounter rows. */
#define LIENS_STORE_LAST_ENCOUNTER_SQL \
  "(SELECT max (ec.date) FROM encounter_contact ec WHERE ec.contact_id = c.id)"

#define LIENS_STORE_SHARED_ENCOUNTERS_SQL \
  "SELECT encounter_id FROM encounter_contact ec WHERE contact_id = ?1 AND EXISTS " \
  "(SELECT 1 FROM encounter_contact o WHERE o.encounter_id = ec.encounter_id " \
  "AND o.contact_id != ?1)"

typedef enum
{
  LIENS_STORE_ENTITY_CONTACT,
  LIENS_STORE_ENTITY_NETWORK,
  LIENS_STORE_ENTITY_ENCOUNTER,
  LIENS_STORE_ENTITY_INTRODUCTION,
  LIENS_STORE_ENTITY_EVENT,
  LIENS_STORE_ENTITY_QUIZ_RESULT,
  LIENS_STORE_N_ENTITIES
} LiensStoreEntity;

typedef enum
{
  LIENS_STORE_CHANGE_ADDED,
  LIENS_STORE_CHANGE_CHANGED,
  LIENS_STORE_CHANGE_REMOVED,
  LIENS_STORE_N_CHANGES
} LiensStoreChange;

/* One committed change, as the store signals it. */
typedef struct
{
  LiensStoreEntity entity;
  LiensStoreChange change;
  gint64           id;
  gboolean         in_place;  /* "changed" of nothing lists sort or filter on */
} LiensStoreChangeRecord;

/* Builds SQL from fragments and the values they bind (see liens_query_builder_append()). */
typedef struct
{
  GString         *sql;
  GVariantBuilder  params;
  int              n_params;
} LiensQueryBuilder;

/* Loads one object of an entity by id; sets LIENS_STORE_ERROR_NOT_FOUND when absent. */
typedef gpointer (*LiensStoreLoadFunc) (LiensStore  *self,
                                        gint64       id,
                                        GError     **error);

/* A cached prepared statement: g_autoptr resets it (releasing its read lock) rather than
 * finalizing it, the store keeps it for the next call. */
typedef sqlite3_stmt LiensStmt;
void         liens_stmt_release                (LiensStmt         *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiensStmt, liens_stmt_release)

LiensStmt   *liens_store_prepare               (LiensStore        *self,
                                                const char        *sql,
                                                GError           **error);
gboolean     liens_store_exec                  (LiensStore        *self,
                                                const char        *sql,
                                                GError           **error);
gboolean     liens_store_step_done             (LiensStore        *self,
                                                LiensStmt         *stmt,
                                                GError           **error);
gboolean     liens_store_fail                  (LiensStore        *self,
                                                int                rc,
                                                GError           **error);
gboolean     liens_store_run_with_id           (LiensStore        *self,
                                                const char        *sql,
                                                gint64             id,
                                                GError           **error);
gboolean     liens_store_set_not_found         (GError           **error,
                                                LiensStoreEntity   entity);
gboolean     liens_store_set_error_from_code   (GError           **error,
                                                sqlite3           *db,
                                                int                rc);

gboolean     liens_store_begin                 (LiensStore        *self,
                                                GError           **error);
gboolean     liens_store_commit                (LiensStore        *self,
                                                GError           **error);
void         liens_store_rollback              (LiensStore        *self);
void         liens_store_emit_pending          (LiensStore        *self);
gboolean     liens_store_batch_begin           (LiensStore        *self,
                                                gboolean           quiet,
                                                GError           **error);
gboolean     liens_store_batch_checkpoint      (LiensStore        *self,
                                                GError           **error);
gboolean     liens_store_batch_end             (LiensStore        *self,
                                                gboolean           ok,
                                                GError           **error);
gboolean     liens_store_finish                (LiensStore        *self,
                                                gboolean           ok,
                                                GError           **error);
gboolean     liens_store_write_row             (LiensStore        *self,
                                                LiensStmt         *stmt,
                                                LiensStoreEntity   entity,
                                                gint64            *id,
                                                GError           **error);
gboolean     liens_store_step_one              (LiensStore        *self,
                                                LiensStmt         *stmt,
                                                LiensStoreEntity   entity,
                                                GError           **error);
gboolean     liens_store_delete_row            (LiensStore        *self,
                                                const char        *sql,
                                                LiensStoreEntity   entity,
                                                gint64             id,
                                                GError           **error);
gboolean     liens_store_queue_for_ids         (LiensStore        *self,
                                                const char        *sql,
                                                gint64             id,
                                                LiensStoreEntity   entity,
                                                LiensStoreChange   change,
                                                GError           **error);
GDateTime   *liens_store_dup_now               (void);
void         liens_store_queue_signal          (LiensStore        *self,
                                                LiensStoreEntity   entity,
                                                LiensStoreChange   change,
                                                gint64             id);
void         liens_store_queue_in_place        (LiensStore        *self,
                                                LiensStoreEntity   entity,
                                                gint64             id);
guint64      liens_store_get_journal_end       (LiensStore        *self);
const LiensStoreChangeRecord *
             liens_store_read_journal          (LiensStore        *self,
                                                guint64            since,
                                                guint             *n_records);

void         liens_query_builder_init          (LiensQueryBuilder *builder,
                                                const char        *sql);
void         liens_query_builder_append        (LiensQueryBuilder *builder,
                                                const char        *fragment,
                                                ...);
char        *liens_query_builder_end           (LiensQueryBuilder *builder,
                                                GVariant         **params);

gint64      *liens_store_query_ids             (LiensStore        *self,
                                                const char        *sql,
                                                GVariant          *param,
                                                gsize             *n_ids,
                                                GError           **error);

const char  *liens_store_entity_get_name       (LiensStoreEntity   entity);
const char  *liens_store_change_get_name       (LiensStoreChange   change);

/* Binding and reading columns: NULL text, NULL dates and 0 ids are stored as SQL NULL. */
void         liens_stmt_bind_param             (LiensStmt         *stmt,
                                                GVariant          *param);
void         liens_stmt_bind_text              (LiensStmt         *stmt,
                                                int                column,
                                                const char        *text);
void         liens_stmt_bind_id                (LiensStmt         *stmt,
                                                int                column,
                                                gint64             id);
void         liens_stmt_bind_date              (LiensStmt         *stmt,
                                                int                column,
                                                GDateTime         *date);
void         liens_stmt_bind_composed          (LiensStmt         *stmt,
                                                int                column,
                                                const char        *text);
const char  *liens_stmt_get_text               (LiensStmt         *stmt,
                                                int                column);
GDateTime   *liens_stmt_dup_date               (LiensStmt         *stmt,
                                                int                column);

/* Imports, which tell their changes with one "reset" (liens-store.c); not to be confused
 * with liens_store_batch_begin(), whose changes are told one by one at its end. */
void         liens_store_begin_import          (LiensStore        *self);
gboolean     liens_store_end_import            (LiensStore        *self);
void         liens_store_emit_reset            (LiensStore        *self);
GPtrArray   *liens_store_get_fts_batch         (LiensStore        *self);
gboolean     liens_store_flush_fts_batch       (LiensStore        *self,
                                                GError           **error);
void         liens_store_fts_row_free          (gpointer           data);
sqlite3     *liens_store_get_db                (LiensStore        *self);
gboolean     liens_store_reload                (LiensStore        *self,
                                                GError           **error);

/* Worker threads (liens-store.c). */
typedef gpointer (*LiensStoreWorkerFunc) (LiensStore    *worker,
                                          gpointer       data,
                                          GCancellable  *cancellable,
                                          GError       **error);
typedef void     (*LiensStoreDoneFunc)   (LiensStore    *self,
                                          gpointer       result);
void         liens_store_run_in_worker         (LiensStore           *self,
                                                GTask                *task,
                                                LiensStoreWorkerFunc  func,
                                                LiensStoreDoneFunc    done,
                                                gpointer              data,
                                                GDestroyNotify        data_free,
                                                GDestroyNotify        result_free);

/* Migrations (liens-store-schema.c). */
int          liens_store_schema_get_n_steps    (void);
gboolean     liens_store_schema_run_step       (sqlite3           *db,
                                                int                version,
                                                GError           **error);

/* Search (liens-store-contact.c). */
char        *liens_store_build_fts_query       (const char        *text);
char        *liens_store_compute_sort_key      (const char        *display_name);
char        *liens_store_compute_match_key     (LiensDetailKind    kind,
                                                const char        *value);

/* Inside a transaction: the rows of a contact and what cascades from them, with signals. */
gboolean     liens_store_delete_contact_rows   (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);

/* Inside a transaction: an encounter, its links and search entry, with signals. */
gboolean     liens_store_delete_encounter_rows (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);

void         liens_store_set_import_cache      (LiensStore        *self,
                                                gboolean           large);

/* Inside a transaction: the rows of a contact, with signals; the object is left as it is
 * but for the UID a new contact gets when it has none. */
gboolean     liens_store_write_contact_rows    (LiensStore        *self,
                                                LiensContact      *contact,
                                                GDateTime         *created_at,
                                                GDateTime         *now,
                                                gint64            *id,
                                                GError           **error);

/* Which rows of a stored contact a change touches. Its modification time is always
 * written; its other columns (and the indexes on them) only with LIENS_CONTACT_PART_ROW. */
typedef enum
{
  LIENS_CONTACT_PART_ROW      = 1 << 0,
  LIENS_CONTACT_PART_DETAILS  = 1 << 1,
  LIENS_CONTACT_PART_TAGS     = 1 << 2,
  LIENS_CONTACT_PART_NETWORKS = 1 << 3,
  LIENS_CONTACT_PART_SEARCH   = 1 << 4,
  LIENS_CONTACT_PART_ALL      = 0x1f,
} LiensContactParts;

/* As liens_store_write_contact_rows(), for a stored contact (@id not 0) of which only
 * @parts changed besides its row. */
gboolean     liens_store_update_contact_parts  (LiensStore        *self,
                                                LiensContact      *contact,
                                                GDateTime         *created_at,
                                                GDateTime         *now,
                                                gint64             id,
                                                LiensContactParts  parts,
                                                GError           **error);

/* Inside a transaction: the rows of an encounter (the object is left as it is), with signals. */
gboolean     liens_store_write_encounter_rows  (LiensStore        *self,
                                                LiensEncounter    *encounter,
                                                gint64            *id,
                                                GError           **error);

/* Loaders, shared with the live lists. */
gpointer     liens_store_load_contact          (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);
LiensContact *liens_store_load_contact_to_merge (LiensStore  *self,
                                                 gint64       id,
                                                 GError     **error);
gpointer     liens_store_load_network          (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);
gpointer     liens_store_load_encounter        (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);
gpointer     liens_store_load_introduction     (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);
gpointer     liens_store_load_event            (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);
gpointer     liens_store_load_quiz_result      (LiensStore        *self,
                                                gint64             id,
                                                GError           **error);

/* Test hook: caps the file size so that writes fail as on a full disk. */
gboolean     liens_store_set_max_page_count    (LiensStore        *self,
                                                gint64             max_pages,
                                                GError           **error);

G_END_DECLS
