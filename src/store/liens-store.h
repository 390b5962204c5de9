/* liens-store.h: the SQLite database that keeps contacts, encounters and events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liens-model.h"

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
} LiensStoreError;

/* The schema version this build writes; older files are migrated on open. */
#define LIENS_STORE_SCHEMA_VERSION 2

#define LIENS_TYPE_STORE (liens_store_get_type ())

/* A store holds one SQLite connection: use it from the thread that created it, and give
 * worker threads (imports, backups) a store of their own on the same file. */
G_DECLARE_FINAL_TYPE (LiensStore, liens_store, LIENS, STORE, GObject)

GQuark             liens_store_error_quark                    (void);

char              *liens_store_dup_default_path               (void);
LiensStore        *liens_store_new                            (const char          *path,
                                                               GError             **error);
const char        *liens_store_get_path                       (LiensStore          *self);
int                liens_store_get_schema_version             (LiensStore          *self);

gboolean           liens_store_save_contact                   (LiensStore          *self,
                                                               LiensContact        *contact,
                                                               GError             **error);
LiensContact      *liens_store_get_contact                    (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_contact                 (LiensStore          *self,
                                                               gint64               id,
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

gboolean           liens_store_save_introduction              (LiensStore          *self,
                                                               LiensIntroduction   *introduction,
                                                               GError             **error);
LiensIntroduction *liens_store_get_introduction               (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_introduction            (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);

gboolean           liens_store_save_event                     (LiensStore          *self,
                                                               LiensEvent          *event,
                                                               GError             **error);
LiensEvent        *liens_store_get_event                      (LiensStore          *self,
                                                               gint64               id,
                                                               GError             **error);
gboolean           liens_store_delete_event                   (LiensStore          *self,
                                                               gint64               id,
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
GListModel        *liens_store_list_introductions_for_contact (LiensStore          *self,
                                                               gint64               contact_id);
GListModel        *liens_store_list_quiz_results              (LiensStore          *self);

gint64            *liens_store_search_contact_ids             (LiensStore          *self,
                                                               const char          *text,
                                                               gsize               *n_ids,
                                                               GError             **error);
GListModel        *liens_store_search_contacts                (LiensStore          *self,
                                                               const char          *text);

G_END_DECLS
