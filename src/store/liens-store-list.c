/* liens-store-list.c: a live list of one kind of stored object, in the database's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-list.h"

/* The list holds the ordered ids from its query, and loads objects only when asked for
 * them. When the store reports a change of its entity it runs the query again and tells
 * only what moved: everything between the common prefix and the common suffix. */
struct _LiensStoreList
{
  GObject                  parent_instance;

  LiensStore              *store;
  LiensStoreEntity         entity;
  GType                    item_type;
  char                    *sql;
  GVariant                *param;
  LiensStoreLoadFunc       load;

  /* A list whose query changes, such as a contact query, rebuilds its SQL from it. */
  GObject                 *source;
  LiensStoreListBuildFunc  build;

  /* With a match function, the ids of the query without the search, kept until the data or
   * the query changes: each keystroke then costs the search alone. */
  LiensStoreListMatchFunc  match;
  gint64                  *base_ids;
  gsize                    n_base_ids;

  GArray                  *ids;
  GHashTable              *cache;
};

static void liens_store_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiensStoreList, liens_store_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      liens_store_list_model_iface_init))

/* Keeps the ids of @ids that are among @rowids, in the order of @ids. */
static gint64 *
filter_ids (const gint64 *ids,
            gsize         n_ids,
            const gint64 *rowids,
            gsize         n_rowids,
            gsize        *n_kept)
{
  g_autofree guint8 *bits = NULL;
  gint64 max_rowid = 0;
  gint64 *kept;
  gsize n = 0;

  for (gsize i = 0; i < n_rowids; i++)
    max_rowid = MAX (max_rowid, rowids[i]);

  /* A bit per id: 12 kB for 100,000 contacts, and a test per row. */
  bits = g_malloc0 (max_rowid / 8 + 1);
  for (gsize i = 0; i < n_rowids; i++)
    if (rowids[i] > 0)
      bits[rowids[i] / 8] |= 1 << (rowids[i] % 8);

  kept = g_new (gint64, MIN (n_ids, n_rowids) + 1);
  for (gsize i = 0; i < n_ids; i++)
    if (ids[i] > 0 && ids[i] <= max_rowid && (bits[ids[i] / 8] & (1 << (ids[i] % 8))) != 0)
      kept[n++] = ids[i];
  kept[n] = 0;

  *n_kept = n;

  return kept;
}

static gint64 *
query_ids (LiensStoreList *self,
           gboolean        data_changed,
           gsize          *n_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) match_param = NULL;
  g_autofree char *match_sql = NULL;
  g_autofree gint64 *rowids = NULL;
  gsize n_rowids = 0;
  gint64 *ids;

  if (self->build != NULL)
    {
      GVariant *param = NULL;
      g_autofree char *sql = self->build (self->source, &param);

      if (param != NULL)
        g_variant_ref_sink (param);

      /* The same query on the same data gives the same ids. */
      if (data_changed || self->base_ids == NULL || g_strcmp0 (sql, self->sql) != 0 ||
          (param == NULL) != (self->param == NULL) ||
          (param != NULL && !g_variant_equal (param, self->param)))
        g_clear_pointer (&self->base_ids, g_free);

      g_free (self->sql);
      self->sql = g_steal_pointer (&sql);
      g_clear_pointer (&self->param, g_variant_unref);
      self->param = param;
    }

  if (self->match == NULL)
    {
      ids = liens_store_query_ids (self->store, self->sql, self->param, n_ids, &error);
      if (ids == NULL)
        goto failed;
      return ids;
    }

  if (self->base_ids == NULL)
    {
      self->base_ids = liens_store_query_ids (self->store, self->sql, self->param,
                                              &self->n_base_ids, &error);
      if (self->base_ids == NULL)
        goto failed;
    }

  match_sql = self->match (self->source, &match_param);
  if (match_sql == NULL)
    {
      *n_ids = self->n_base_ids;
      return g_memdup2 (self->base_ids, (self->n_base_ids + 1) * sizeof (gint64));
    }
  if (match_param != NULL)
    g_variant_ref_sink (match_param);

  rowids = liens_store_query_ids (self->store, match_sql, match_param, &n_rowids, &error);
  if (rowids == NULL)
    goto failed;

  return filter_ids (self->base_ids, self->n_base_ids, rowids, n_rowids, n_ids);

failed:
  g_warning ("Could not list %ss: %s",
             liens_store_entity_get_name (self->entity), error->message);
  return NULL;
}

/* Above this many rows on both sides, a change is announced as a removal then an insertion:
 * GTK 4.8's list view otherwise loads every inserted item looking for rows it can keep. */
#define SPLIT_CHANGE_THRESHOLD 256

/* Rows that only came in around a few rows still there are announced run by run; around
 * more, as one replacement, not to flood the views with changes. */
#define MAX_ANNOUNCED_RUNS 16

/* Whether every id of @a is in @b, in the same order (ids are unique in a list). */
static gboolean
is_subsequence (const gint64 *a,
                guint         n_a,
                const gint64 *b,
                guint         n_b)
{
  guint i = 0;

  for (guint j = 0; i < n_a && j < n_b; j++)
    if (a[i] == b[j])
      i++;

  return i == n_a;
}

/* Turns self->ids, from @position on, into @new_ids (which hold the rows there now, in
 * order, plus new ones), announcing each run of new rows as it goes in. */
static void
announce_insertions (LiensStoreList *self,
                     guint           position,
                     const gint64   *new_ids,
                     guint           n_new)
{
  guint j = 0;

  while (j < n_new)
    {
      guint start;

      if (position + j < self->ids->len &&
          g_array_index (self->ids, gint64, position + j) == new_ids[j])
        {
          j++;
          continue;
        }

      start = j;
      while (j < n_new && (position + start >= self->ids->len ||
                           g_array_index (self->ids, gint64, position + start) != new_ids[j]))
        j++;

      g_array_insert_vals (self->ids, position + start, new_ids + start, j - start);
      g_list_model_items_changed (G_LIST_MODEL (self), position + start, 0, j - start);
    }
}

static void
liens_store_list_refresh (LiensStoreList *self,
                          gboolean        data_changed,
                          gint64          changed_id)
{
  g_autofree gint64 *new_ids = NULL;
  g_autoptr(GArray) old = NULL;
  const gint64 *old_ids;
  gsize n_new = 0;
  guint n_old;
  guint prefix = 0;
  guint suffix = 0;
  guint removed;
  guint added;

  new_ids = query_ids (self, data_changed, &n_new);
  if (new_ids == NULL)
    return;

  if (changed_id != 0)
    g_hash_table_remove (self->cache, &changed_id);

  old = g_steal_pointer (&self->ids);
  old_ids = (const gint64 *) (gpointer) old->data;
  n_old = old->len;

  while (prefix < n_old && prefix < n_new && old_ids[prefix] == new_ids[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old_ids[n_old - 1 - suffix] == new_ids[n_new - 1 - suffix])
    suffix++;

  removed = n_old - prefix - suffix;
  added = n_new - prefix - suffix;

  /* An object that only moved keeps its identity; one that left the list is dropped. */
  if (removed > 0)
    {
      g_autoptr(GHashTable) kept = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = prefix; i < prefix + added; i++)
        g_hash_table_add (kept, &new_ids[i]);
      for (guint i = prefix; i < prefix + removed; i++)
        if (!g_hash_table_contains (kept, &old_ids[i]))
          g_hash_table_remove (self->cache, &old_ids[i]);
    }

  if (removed > SPLIT_CHANGE_THRESHOLD && added > SPLIT_CHANGE_THRESHOLD)
    {
      /* The list holds only the unchanged rows while the removal is announced. */
      self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), prefix + suffix);
      g_array_append_vals (self->ids, old_ids, prefix);
      g_array_append_vals (self->ids, old_ids + n_old - suffix, suffix);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, 0);
      g_clear_pointer (&self->ids, g_array_unref);

      self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_new);
      g_array_append_vals (self->ids, new_ids, n_new);
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, 0, added);
    }
  else if (removed > 0 && removed <= MAX_ANNOUNCED_RUNS && added > removed &&
           is_subsequence (old_ids + prefix, removed, new_ids + prefix, added))
    {
      /* Rows only came in, around rows still there: each run is announced on its own, so
       * the rows between keep their widgets (GTK 4.8's list view may also abort when bound
       * rows are replaced by themselves in one change). */
      self->ids = g_steal_pointer (&old);
      announce_insertions (self, prefix, new_ids + prefix, added);
    }
  else
    {
      self->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_new);
      g_array_append_vals (self->ids, new_ids, n_new);
      if (removed > 0 || added > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
    }

  /* A changed object that kept its place is outside the range above: reload it alone. */
  if (changed_id != 0)
    {
      for (guint i = 0; i < n_new; i++)
        {
          if (new_ids[i] != changed_id)
            continue;

          if (i < prefix || i >= prefix + added)
            g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
          break;
        }
    }
}

/* Callbacks */

static void
store_added_cb (LiensStoreList *self,
                gint64          id,
                LiensStore     *store)
{
  liens_store_list_refresh (self, TRUE, 0);
}

static void
store_changed_cb (LiensStoreList *self,
                  gint64          id,
                  LiensStore     *store)
{
  liens_store_list_refresh (self, TRUE, id);
}

static void
store_removed_cb (LiensStoreList *self,
                  gint64          id,
                  LiensStore     *store)
{
  liens_store_list_refresh (self, TRUE, 0);
}

/* An import or a restore: any object may have changed, so none is kept. */
static void
store_reset_cb (LiensStoreList *self,
                LiensStore     *store)
{
  g_autofree gint64 *new_ids = NULL;
  gsize n_new = 0;
  guint n_old;

  new_ids = query_ids (self, TRUE, &n_new);
  if (new_ids == NULL)
    return;

  g_hash_table_remove_all (self->cache);
  n_old = self->ids->len;

  /* As in liens_store_list_refresh(): large changes are told as removal then insertion. */
  if (n_old > SPLIT_CHANGE_THRESHOLD && n_new > SPLIT_CHANGE_THRESHOLD)
    {
      g_array_set_size (self->ids, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, 0);
      n_old = 0;
    }

  g_array_set_size (self->ids, 0);
  g_array_append_vals (self->ids, new_ids, n_new);
  if (n_old > 0 || n_new > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, n_new);
}

static void
source_changed_cb (LiensStoreList *self)
{
  liens_store_list_refresh (self, FALSE, 0);
}

/* Overrides */

static GType
liens_store_list_get_item_type (GListModel *model)
{
  return LIENS_STORE_LIST (model)->item_type;
}

static guint
liens_store_list_get_n_items (GListModel *model)
{
  return LIENS_STORE_LIST (model)->ids->len;
}

static gpointer
liens_store_list_get_item (GListModel *model,
                           guint       position)
{
  LiensStoreList *self = LIENS_STORE_LIST (model);
  g_autoptr(GError) error = NULL;
  gpointer item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item == NULL)
    {
      /* Another instance may have deleted it since; its signal comes with the next query. */
      item = self->load (self->store, id, &error);
      if (item == NULL)
        {
          g_debug ("Could not load %s %" G_GINT64_FORMAT ": %s",
                   liens_store_entity_get_name (self->entity), id, error->message);
          return NULL;
        }

      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), item);
    }

  return g_object_ref (item);
}

static void
liens_store_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = liens_store_list_get_item_type;
  iface->get_n_items = liens_store_list_get_n_items;
  iface->get_item = liens_store_list_get_item;
}

static void
liens_store_list_dispose (GObject *object)
{
  LiensStoreList *self = (LiensStoreList *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  g_hash_table_remove_all (self->cache);

  G_OBJECT_CLASS (liens_store_list_parent_class)->dispose (object);
}

static void
liens_store_list_finalize (GObject *object)
{
  LiensStoreList *self = (LiensStoreList *) object;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->base_ids, g_free);
  g_clear_pointer (&self->param, g_variant_unref);
  g_clear_pointer (&self->sql, g_free);

  G_OBJECT_CLASS (liens_store_list_parent_class)->finalize (object);
}

static void
liens_store_list_class_init (LiensStoreListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liens_store_list_dispose;
  object_class->finalize = liens_store_list_finalize;
}

static void
liens_store_list_init (LiensStoreList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/* Construction */

static LiensStoreList *
liens_store_list_create (LiensStore         *store,
                         LiensStoreEntity    entity,
                         GType               item_type,
                         LiensStoreLoadFunc  load)
{
  static const GCallback callbacks[LIENS_STORE_N_CHANGES] = {
    [LIENS_STORE_CHANGE_ADDED] = G_CALLBACK (store_added_cb),
    [LIENS_STORE_CHANGE_CHANGED] = G_CALLBACK (store_changed_cb),
    [LIENS_STORE_CHANGE_REMOVED] = G_CALLBACK (store_removed_cb),
  };
  LiensStoreList *self;

  self = g_object_new (LIENS_TYPE_STORE_LIST, NULL);
  self->store = g_object_ref (store);
  self->entity = entity;
  self->item_type = item_type;
  self->load = load;

  for (guint c = 0; c < LIENS_STORE_N_CHANGES; c++)
    {
      g_autofree char *signal = g_strdup_printf ("%s-%s",
                                                 liens_store_entity_get_name (entity),
                                                 liens_store_change_get_name (c));

      g_signal_connect_swapped (store, signal, callbacks[c], self);
    }
  g_signal_connect_swapped (store, "reset", G_CALLBACK (store_reset_cb), self);

  return self;
}

static void
liens_store_list_fill (LiensStoreList *self)
{
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;

  ids = query_ids (self, TRUE, &n_ids);
  if (ids != NULL)
    g_array_append_vals (self->ids, ids, n_ids);
}

/* Public API */

/**
 * liens_store_list_new:
 * @store: the store to follow
 * @entity: the kind of object listed, whose signals the list follows
 * @item_type: the #GType of the objects
 * @sql: a query returning the ids in list order; `?1` is bound to @param
 * @param: (nullable): an int64 or string value for `?1`, or a tuple of them for `?1`, `?2`…;
 *   floating references are sunk
 * @load: loads one object by id
 *
 * Returns: (transfer full): a new list, already filled
 */
LiensStoreList *
liens_store_list_new (LiensStore         *store,
                      LiensStoreEntity    entity,
                      GType               item_type,
                      const char         *sql,
                      GVariant           *param,
                      LiensStoreLoadFunc  load)
{
  LiensStoreList *self;

  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (entity < LIENS_STORE_N_ENTITIES, NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (sql != NULL, NULL);
  g_return_val_if_fail (load != NULL, NULL);

  self = liens_store_list_create (store, entity, item_type, load);
  self->sql = g_strdup (sql);
  self->param = param != NULL ? g_variant_ref_sink (param) : NULL;
  liens_store_list_fill (self);

  return self;
}

/**
 * liens_store_list_new_for_source:
 * @store: the store to follow
 * @entity: the kind of object listed, whose signals the list follows
 * @item_type: the #GType of the objects
 * @source: what the query is built from; the list keeps a reference
 * @changed_signal: the signal of @source after which the list runs its query again
 * @build: builds the query from @source, before each run
 * @match: (nullable): narrows the list by a search, after each run
 * @load: loads one object by id
 *
 * Returns: (transfer full): a new list, already filled
 */
LiensStoreList *
liens_store_list_new_for_source (LiensStore              *store,
                                 LiensStoreEntity         entity,
                                 GType                    item_type,
                                 GObject                 *source,
                                 const char              *changed_signal,
                                 LiensStoreListBuildFunc  build,
                                 LiensStoreListMatchFunc  match,
                                 LiensStoreLoadFunc       load)
{
  LiensStoreList *self;

  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (entity < LIENS_STORE_N_ENTITIES, NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (G_IS_OBJECT (source), NULL);
  g_return_val_if_fail (changed_signal != NULL, NULL);
  g_return_val_if_fail (build != NULL, NULL);
  g_return_val_if_fail (load != NULL, NULL);

  self = liens_store_list_create (store, entity, item_type, load);
  self->source = g_object_ref (source);
  self->build = build;
  self->match = match;
  g_signal_connect_swapped (source, changed_signal, G_CALLBACK (source_changed_cb), self);
  liens_store_list_fill (self);

  return self;
}

