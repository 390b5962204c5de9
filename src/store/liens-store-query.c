/* liens-store-query.c: contact queries as SQL, their live lists, counts and tags.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-list.h"
#include "liens-store-private.h"

/* A query is fixed SQL fragments joined with AND, each with its own `?N`: what the user
 * typed is only ever bound, never part of the SQL. The fragments depend only on which
 * filters are set, so the store caches one prepared statement per combination. */

#define LAST_ENCOUNTER_SQL LIENS_STORE_LAST_ENCOUNTER_SQL

/* Helpers */

/* Each filter is one " AND " condition; the `?` in it stand for the values given. */
#define add_condition(builder, fragment, ...) \
  liens_query_builder_append ((builder), " AND " fragment, __VA_ARGS__)

/* The SQL of @query after "SELECT …", from "FROM" to the end of "WHERE"; with its search
 * text or without. */
static char *
build_where (LiensContactQuery  *query,
             gboolean            with_text,
             GVariant          **params)
{
  g_autofree char *fts = with_text ? liens_store_build_fts_query (liens_contact_query_get_text (query))
                                   : NULL;
  const char *tag = liens_contact_query_get_tag (query);
  int tie_strength = liens_contact_query_get_tie_strength (query);
  int tie_nature = liens_contact_query_get_tie_nature (query);
  int profile = liens_contact_query_get_profile (query);
  gint64 network_id = liens_contact_query_get_network_id (query);
  LiensQueryBuilder builder;

  liens_query_builder_init (&builder, "FROM contact c WHERE ");
  liens_query_builder_append (&builder, "c.archived = ?",
                              g_variant_new_int64 (liens_contact_query_get_archived (query)));

  if (fts != NULL)
    add_condition (&builder,
                   "c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)",
                   g_variant_new_string (fts));

  if (tie_strength >= 0)
    add_condition (&builder, "c.tie_strength = ?", g_variant_new_int64 (tie_strength));

  /* A tie that is both is a tie of affinity and a tie of utility. */
  if (tie_nature == LIENS_TIE_NATURE_AFFINITY || tie_nature == LIENS_TIE_NATURE_UTILITY)
    add_condition (&builder, "c.tie_nature IN (?, ?)",
                   g_variant_new_int64 (tie_nature),
                   g_variant_new_int64 (LIENS_TIE_NATURE_BOTH));
  else if (tie_nature >= 0)
    add_condition (&builder, "c.tie_nature = ?", g_variant_new_int64 (tie_nature));

  if (profile >= 0)
    add_condition (&builder, "c.profile = ?", g_variant_new_int64 (profile));

  if (network_id > 0)
    add_condition (&builder,
                   "c.id IN (SELECT contact_id FROM contact_network WHERE network_id = ?)",
                   g_variant_new_int64 (network_id));

  /* Case-folded as liens_contact_has_tag() does; the tag table is small. */
  if (tag != NULL)
    {
      g_autofree char *folded = g_utf8_make_valid (tag, -1);

      add_condition (&builder,
                     "c.id IN (SELECT ct.contact_id FROM contact_tag ct WHERE ct.tag_id IN "
                     "(SELECT t.id FROM tag t WHERE liens_casefold (t.name) = ?))",
                     g_variant_new_take_string (g_utf8_casefold (folded, -1)));
    }

  /* As liens_contact_is_overdue(). Without a cadence there is no due date: checked first,
   * it spares looking for the last encounter. */
  if (liens_contact_query_get_due_only (query))
    {
      g_autoptr(GDateTime) now = liens_contact_query_dup_now (query);

      add_condition (&builder,
                     "c.cadence != ? AND liens_is_due (?, c.cadence, c.cadence_days, "
                     LAST_ENCOUNTER_SQL ", c.met_on, c.created_at)",
                     g_variant_new_int64 (LIENS_CADENCE_NONE),
                     g_variant_new_int64 (g_date_time_to_unix (now)));
    }

  return liens_query_builder_end (&builder, params);
}

/* The list runs its query without the text, and narrows it by the search alone (see
 * build_match_sql()): asking SQLite for both at once made it build a temporary table of
 * every match, 40 to 60 ms for a letter that most of 100,000 contacts have. */
static char *
build_list_sql (gpointer   source,
                GVariant **params)
{
  LiensContactQuery *query = LIENS_CONTACT_QUERY (source);
  g_autofree char *where = build_where (query, FALSE, params);
  guint limit = liens_contact_query_get_limit (query);
  g_autofree char *limit_sql = limit > 0 ? g_strdup_printf (" LIMIT %u", limit) : NULL;

  /* The same order as liens_store_list_contacts(). */
  return g_strconcat ("SELECT c.id ", where, " ORDER BY c.sort_key, c.id", limit_sql, NULL);
}

/* No ranking: the list keeps its own order, and ranking every match is what costs. */
static char *
build_match_sql (gpointer   source,
                 GVariant **param)
{
  char *fts = liens_store_build_fts_query (liens_contact_query_get_text (LIENS_CONTACT_QUERY (source)));

  if (fts == NULL)
    return NULL;

  *param = g_variant_new_take_string (fts);

  return g_strdup ("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1");
}

/* Public API */

/**
 * liens_store_query_contacts:
 * @self: a #LiensStore
 * @query: what to show
 *
 * Lists the contacts @query selects, sorted as liens_store_list_contacts(). The list runs
 * the query again when @query emits #LiensContactQuery::changed and when contacts change;
 * it keeps a reference on @query.
 *
 * Returns: (transfer full): a live list of #LiensContact
 */
GListModel *
liens_store_query_contacts (LiensStore        *self,
                            LiensContactQuery *query)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (query), NULL);

  return G_LIST_MODEL (liens_store_list_new_for_source (self, LIENS_STORE_ENTITY_CONTACT,
                                                        LIENS_TYPE_CONTACT,
                                                        G_OBJECT (query), "changed",
                                                        build_list_sql, build_match_sql,
                                                        liens_store_load_contact));
}

/**
 * liens_store_count_contacts:
 * @self: a #LiensStore
 * @query: which contacts to count
 * @error: return location for a #LiensStoreError
 *
 * Returns: how many contacts liens_store_query_contacts() would list, or 0 with @error set
 */
gsize
liens_store_count_contacts (LiensStore         *self,
                            LiensContactQuery  *query,
                            GError            **error)
{
  g_autoptr(GVariant) params = NULL;
  g_autoptr(LiensStmt) stmt = NULL;
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (LIENS_IS_STORE (self), 0);
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (query), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  where = build_where (query, TRUE, &params);
  g_variant_ref_sink (params);
  sql = g_strconcat ("SELECT count(*) ", where, NULL);

  stmt = liens_store_prepare (self, sql, error);
  if (stmt == NULL)
    return 0;

  liens_stmt_bind_param (stmt, params);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      liens_store_fail (self, rc, error);
      return 0;
    }

  return (gsize) sqlite3_column_int64 (stmt, 0);
}

/**
 * liens_store_dup_tags:
 * @self: a #LiensStore
 *
 * Tags exist while a contact, active or archived, wears them. Names that differ only by
 * case beyond ASCII (which the database already merges) are given once.
 *
 * Returns: (transfer full) (not nullable): every tag in use, sorted as contact names are
 */
char **
liens_store_dup_tags (LiensStore *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  builder = g_strv_builder_new ();
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  stmt = liens_store_prepare (self,
                              "SELECT name FROM tag ORDER BY liens_sort_key (name), name, id",
                              &error);
  if (stmt == NULL)
    {
      g_warning ("Could not list tags: %s", error->message);
      return g_strv_builder_end (builder);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = liens_stmt_get_text (stmt, 0);
      g_autofree char *key = NULL;

      if (name == NULL || !g_utf8_validate (name, -1, NULL))
        continue;

      key = g_utf8_casefold (name, -1);
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;

      g_strv_builder_add (builder, name);
    }

  if (rc != SQLITE_DONE)
    {
      liens_store_fail (self, rc, &error);
      g_warning ("Could not list tags: %s", error->message);
    }

  return g_strv_builder_end (builder);
}
