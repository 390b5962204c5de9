/* liens-store-list.h: a live list of one kind of stored object, in the database's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liens-store-private.h"

G_BEGIN_DECLS

#define LIENS_TYPE_STORE_LIST (liens_store_list_get_type ())

G_DECLARE_FINAL_TYPE (LiensStoreList, liens_store_list, LIENS, STORE_LIST, GObject)

/* Builds the query of a list that follows a changing source: returns the SQL and sets
 * @param as liens_store_list_new() takes it. Called before each run. */
typedef char *(*LiensStoreListBuildFunc) (gpointer   source,
                                          GVariant **param);

/* Narrows a list that follows a source by full-text search: returns SQL selecting the
 * rowids to keep (in any order) and sets @param, or %NULL when the source searches nothing.
 * The list filters the rows of its own query by these in memory, so that typing a word
 * runs only the search, never again the query of the whole list. */
typedef char *(*LiensStoreListMatchFunc) (gpointer   source,
                                          GVariant **param);

LiensStoreList *liens_store_list_new            (LiensStore              *store,
                                                 LiensStoreEntity         entity,
                                                 GType                    item_type,
                                                 const char              *sql,
                                                 GVariant                *param,
                                                 LiensStoreLoadFunc       load);
LiensStoreList *liens_store_list_new_for_source (LiensStore              *store,
                                                 LiensStoreEntity         entity,
                                                 GType                    item_type,
                                                 GObject                 *source,
                                                 const char              *changed_signal,
                                                 LiensStoreListBuildFunc  build,
                                                 LiensStoreListMatchFunc  match,
                                                 LiensStoreLoadFunc       load);

G_END_DECLS
