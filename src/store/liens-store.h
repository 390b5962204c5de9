/* liens-store.h: the SQLite database that keeps contacts, encounters and events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liens-contact-query.h"
#include "liens-model.h"
#include "liens-timeline-query.h"

G_BEGIN_DECLS

#define LIENS_STORE_ERROR (liens_store_error_quark ())

typedef enum
{
  LIENS_STORE_ERROR_FAILED,
  LIENS_STORE_ERROR_NOT_A_DATABASE,
  LIENS_STORE_ERROR_CORRUPT,
  LIENS_STORE_ERROR_TOO_NEW,
  LIENS_STORE_ERROR_PERMISSION_DENIED,
  LIENS_STORE_ERROR_DISK_FULL,
  LIENS_STORE_ERROR_NOT_FOUND,
  LIENS_STORE_ERROR_NO_FTS,
  LIENS_STORE_ERROR_CONFLICT,
} LiensStoreError;

/* The schema version this build writes; older files are migrated on open. */
#define LIENS_STORE_SCHEMA_VERSION 6

#define LIENS_TYPE_STORE (liens_store_get_type ())

/* A store holds one SQLite connection: use it from the thread that created it, and give
 * worker threads (imports, backups) a store of their own on the same file. */
G_DECLARE_FINAL_TYPE (LiensStore, liens_store, LIENS, STORE, GObject)

#define LIENS_TYPE_STORE_UNDO (liens_store_undo_get_type ())

/* What liens_store_delete_contact_with_undo(), liens_store_delete_encounter_with_undo() or
 * liens_store_delete_introduction_with_undo() removed, to put it back. */
typedef struct _LiensStoreUndo LiensStoreUndo;

GType              liens_store_undo_get_type                  (void) G_GNUC_CONST;
LiensStoreUndo    *liens_store_undo_ref                       (LiensStoreUndo      *undo);
void               liens_store_undo_free                      (LiensStoreUndo      *undo);
gint64             liens_store_undo_get_contact_id            (LiensStoreUndo      *undo);
gint64             liens_store_undo_get_encounter_id          (LiensStoreUndo      *undo);
gint64             liens_store_undo_get_introduction_id       (LiensStoreUndo      *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiensStoreUndo, liens_store_undo_free)

/* The balance of the user's networking, as liens_store_get_figures() counts it at a given
 * time: encounters of the calendar month, help and postures of the last twelve months,
 * follow-ups pending and overdue. */
typedef struct
{
  guint encounters_this_month;
  guint help_given;
  guint help_received;
  guint help_mutual;
  guint networking;
  guint prospecting;
  guint learning;
  guint pending_follow_ups;
  guint overdue_follow_ups;
} LiensFigures;

GQuark             liens_store_error_quark                    (void);

char              *liens_store_dup_default_path               (void);
LiensStore        *liens_store_new                            (const char          *path,
                                                               GError             **error);
const char        *liens_store_get_path                       (LiensStore          *self);
int                liens_store_get_schema_version             (LiensStore          *self);

/* A small address book to explore Liens with (liens-sample-data.c). */
gboolean           liens_store_add_sample_data                (LiensStore          *self,
                                                               GError             **error);

gboolean           liens_store_save_contact                   (LiensStore          *self,
                                                               LiensContact        *contact,
                                                               GError             **error);
GPtrArray         *liens_store_load_all_contacts              (LiensStore          *self,
                                                               GError             **error);
LiensContact      *liens_store_get_contact                    (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
char              *liens_store_dup_contact_name               (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_contact                 (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_contact_with_undo       (LiensStore          *self,
                                                               gint64               id,
                                                               LiensStoreUndo     **undo,
                                                               GError             **error);
gboolean           liens_store_undo                           (LiensStore          *self,
                                                               LiensStoreUndo      *undo,
                                                               GError             **error);

gboolean           liens_store_save_network                   (LiensStore          *self,
                                                               LiensNetwork        *network,
                                                               GError             **error);
LiensNetwork      *liens_store_get_network                    (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_network                 (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);

gboolean           liens_store_save_encounter                 (LiensStore          *self,
                                                               LiensEncounter      *encounter,
                                                               GError             **error);
LiensEncounter    *liens_store_get_encounter                  (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_encounter               (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_encounter_with_undo     (LiensStore          *self,
                                                               gint64               id,
                                                               LiensStoreUndo     **undo,
                                                               GError             **error);
gboolean           liens_store_set_follow_up_done             (LiensStore          *self,
                                                               gint64               encounter_id,
                                                               gboolean             done,
                                                               GError             **error);

gboolean           liens_store_save_introduction              (LiensStore          *self,
                                                               LiensIntroduction   *introduction,
                                                               GError             **error);
LiensIntroduction *liens_store_get_introduction               (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_introduction            (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_introduction_with_undo  (LiensStore          *self,
                                                               gint64               id,
                                                               LiensStoreUndo     **undo,
                                                               GError             **error);
/* made_for_user: introductions this contact made (they are the introducer); made_by_user:
 * introductions the user made (no introducer) of this contact to someone. */
gboolean           liens_store_count_introductions            (LiensStore          *self,
                                                               gint64               contact_id,
                                                               guint               *made_for_user,
                                                               guint               *made_by_user,
                                                               GError             **error);

gboolean           liens_store_save_event                     (LiensStore          *self,
                                                               LiensEvent          *event,
                                                               GError             **error);
gboolean           liens_store_save_events                    (LiensStore          *self,
                                                               LiensEvent         **events,
                                                               guint                n_events,
                                                               GError             **error);
LiensEvent        *liens_store_get_event                      (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_event                   (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);

gboolean           liens_store_set_event_attendance           (LiensStore          *self,
                                                               gint64               event_id,
                                                               LiensAttendance      attendance,
                                                               GError             **error);
/* @notes: n_met + n_new_contacts entries (or NULL), those of @met_ids first. */
gboolean           liens_store_debrief_event                  (LiensStore          *self,
                                                               gint64               event_id,
                                                               LiensContact * const *new_contacts,
                                                               guint                n_new_contacts,
                                                               const gint64        *met_ids,
                                                               const char * const  *notes,
                                                               guint                n_met,
                                                               GError             **error);
gint64            *liens_store_dup_overlapping_event_ids      (LiensStore          *self,
                                                               gint64               event_id,
                                                               gsize               *n_ids,
                                                               GError             **error);

gboolean           liens_store_save_quiz_result               (LiensStore          *self,
                                                               LiensQuizResult     *quiz_result,
                                                               GError             **error);
LiensQuizResult   *liens_store_get_quiz_result                (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_quiz_result             (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);

GListModel        *liens_store_list_contacts                  (LiensStore          *self);
GListModel        *liens_store_list_networks                  (LiensStore          *self);
GListModel        *liens_store_list_encounters                (LiensStore          *self);
GListModel        *liens_store_list_encounters_for_contact    (LiensStore          *self,
                                                               gint64               contact_id);
GListModel        *liens_store_list_events                    (LiensStore          *self);
/* Upcoming and past at @now, which stays fixed for the life of the list. */
GListModel        *liens_store_list_upcoming_events           (LiensStore          *self,
                                                               GDateTime           *now);
GListModel        *liens_store_list_past_events               (LiensStore          *self,
                                                               GDateTime           *now);
GListModel        *liens_store_list_events_to_confirm         (LiensStore          *self,
                                                               GDateTime           *now);
GListModel        *liens_store_list_introductions_for_contact (LiensStore          *self,
                                                               gint64               contact_id);
GListModel        *liens_store_list_quiz_results              (LiensStore          *self);
GListModel        *liens_store_list_pending_follow_ups        (LiensStore          *self);

gint64            *liens_store_search_contact_ids             (LiensStore          *self,
                                                               const char          *text,
                                                               gsize               *n_ids,
                                                               GError             **error);
GListModel        *liens_store_search_contacts                (LiensStore          *self,
                                                               const char          *text);

GListModel        *liens_store_query_contacts                 (LiensStore          *self,
                                                               LiensContactQuery   *query);
gsize              liens_store_count_contacts                 (LiensStore          *self,
                                                               LiensContactQuery   *query,
                                                               GError             **error);
char             **liens_store_dup_tags                       (LiensStore          *self);

/* Encounters and introductions, newest first, read lazily by pages: see
 * liens_timeline_query_shows_introductions() for when introductions are in it. */
GListModel        *liens_store_query_timeline                 (LiensStore          *self,
                                                               LiensTimelineQuery  *query);
gboolean           liens_store_get_figures                    (LiensStore          *self,
                                                               GDateTime           *now,
                                                               LiensFigures        *figures,
                                                               GError             **error);

/* Imports (liens-store-import.c) */

/* Why an imported contact is taken for one already there, strongest first. */
typedef enum
{
  LIENS_DUPLICATE_REASON_NONE,
  LIENS_DUPLICATE_REASON_UID,
  LIENS_DUPLICATE_REASON_LINKEDIN,
  LIENS_DUPLICATE_REASON_EMAIL,
  LIENS_DUPLICATE_REASON_PHONE,
  LIENS_DUPLICATE_REASON_NAME_AND_ORGANISATION,
} LiensDuplicateReason;

typedef enum
{
  LIENS_IMPORT_STATUS_NEW,
  LIENS_IMPORT_STATUS_DUPLICATE,
} LiensImportStatus;

/* What to do with a duplicate: complete the contact already there with what it lacks,
 * add the imported one beside it, or leave it out. */
typedef enum
{
  LIENS_IMPORT_CHOICE_MERGE,
  LIENS_IMPORT_CHOICE_KEEP_BOTH,
  LIENS_IMPORT_CHOICE_SKIP,
} LiensImportChoice;

/* Called every few hundred contacts with how many are done out of @total, in the thread
 * that applies the import. */
typedef void (*LiensStoreProgressFunc) (guint    done,
                                        guint    total,
                                        gpointer user_data);

#define LIENS_TYPE_IMPORT_PLAN (liens_import_plan_get_type ())

/* The contacts of a file, each found new or a duplicate, and what to do with each. */
typedef struct _LiensImportPlan LiensImportPlan;

GType                liens_import_plan_get_type            (void) G_GNUC_CONST;
LiensImportPlan     *liens_import_plan_ref                 (LiensImportPlan     *plan);
void                 liens_import_plan_unref               (LiensImportPlan     *plan);
guint                liens_import_plan_get_n_candidates    (LiensImportPlan     *plan);
guint                liens_import_plan_get_n_new           (LiensImportPlan     *plan);
guint                liens_import_plan_get_n_duplicates    (LiensImportPlan     *plan);
LiensContact        *liens_import_plan_get_candidate       (LiensImportPlan     *plan,
                                                            guint                index);
LiensImportStatus    liens_import_plan_get_status          (LiensImportPlan     *plan,
                                                            guint                index);
gint64               liens_import_plan_get_existing_id     (LiensImportPlan     *plan,
                                                            guint                index);
int                  liens_import_plan_get_duplicate_of    (LiensImportPlan     *plan,
                                                            guint                index);
LiensDuplicateReason liens_import_plan_get_reason          (LiensImportPlan     *plan,
                                                            guint                index);
LiensImportChoice    liens_import_plan_get_choice          (LiensImportPlan     *plan,
                                                            guint                index);
void                 liens_import_plan_set_choice          (LiensImportPlan     *plan,
                                                            guint                index,
                                                            LiensImportChoice    choice);
void                 liens_import_plan_set_all_choices     (LiensImportPlan     *plan,
                                                            LiensImportChoice    choice);
LiensImportChoice    liens_import_choice_for_reason        (LiensDuplicateReason reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiensImportPlan, liens_import_plan_unref)

LiensContact      *liens_store_find_duplicate                 (LiensStore             *self,
                                                               LiensContact           *candidate,
                                                               LiensDuplicateReason   *reason,
                                                               GError                **error);
LiensImportPlan   *liens_store_plan_import                    (LiensStore             *self,
                                                               GPtrArray              *contacts,
                                                               GCancellable           *cancellable,
                                                               GError                **error);
void               liens_store_plan_import_async              (LiensStore             *self,
                                                               GPtrArray              *contacts,
                                                               GCancellable           *cancellable,
                                                               GAsyncReadyCallback     callback,
                                                               gpointer                user_data);
LiensImportPlan   *liens_store_plan_import_finish             (LiensStore             *self,
                                                               GAsyncResult           *result,
                                                               GError                **error);
gboolean           liens_store_apply_import                   (LiensStore             *self,
                                                               LiensImportPlan        *plan,
                                                               const char             *network_name,
                                                               GCancellable           *cancellable,
                                                               LiensStoreProgressFunc  progress,
                                                               gpointer                progress_data,
                                                               GError                **error);
void               liens_store_apply_import_async             (LiensStore             *self,
                                                               LiensImportPlan        *plan,
                                                               const char             *network_name,
                                                               GCancellable           *cancellable,
                                                               LiensStoreProgressFunc  progress,
                                                               gpointer                progress_data,
                                                               GAsyncReadyCallback     callback,
                                                               gpointer                user_data);
gboolean           liens_store_apply_import_finish            (LiensStore             *self,
                                                               GAsyncResult           *result,
                                                               GError                **error);

/* Backups (liens-store-backup.c) */

gboolean           liens_store_backup_to_file                 (LiensStore          *self,
                                                               const char          *dest_path,
                                                               GError             **error);
gboolean           liens_store_check_backup_file              (const char          *path,
                                                               int                 *schema_version,
                                                               GError             **error);
gboolean           liens_store_restore_from_file              (LiensStore          *self,
                                                               const char          *backup_path,
                                                               GError             **error);
char              *liens_store_dup_backup_folder              (const char          *db_path);
char              *liens_store_find_latest_backup             (const char          *folder);
char              *liens_store_auto_backup                    (LiensStore          *self,
                                                               const char          *folder,
                                                               GDateTime           *now,
                                                               guint                keep,
                                                               GError             **error);
void               liens_store_auto_backup_async              (LiensStore          *self,
                                                               const char          *folder,
                                                               GDateTime           *now,
                                                               guint                keep,
                                                               GCancellable        *cancellable,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
char              *liens_store_auto_backup_finish             (LiensStore          *self,
                                                               GAsyncResult        *result,
                                                               GError             **error);

G_END_DECLS
