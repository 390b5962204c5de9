/* liens-store-timeline.c: the timeline of encounters and introductions, and its figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-store-list.h"
#include "liens-store-private.h"

/* The timeline can hold a lifetime of encounters, so it never holds all their ids. It
 * counts its rows (each count reads an index only), and reads positions by pages into
 * a few cached runs of consecutive rows ("segments"). The order is the date, newest
 * first, then encounters before introductions, then the newest id first; undated rows
 * come last, in the same order. A page just after a cached one is read from the last key
 * of that one (keyset paging); a page far from any is found by skipping rows of the
 * encounter index alone, which is fast, and correcting by the introductions before it,
 * which are few. On each commit it reads the store's journal of changes, and tells its
 * listeners in one items-changed what moved: removed rows where they were cached,
 * added ones where the count of rows before them puts them, rows changed in place
 * (a follow-up ticked) reloaded where they are. A row changed or removed that it never
 * read, while it has not read everything, is somewhere unknown: it then starts over. */

#define PAGE_SIZE 100
#define MAX_SEGMENTS 32

/* Beyond this many positions to count for one commit, starting over is cheaper. */
#define MAX_COUNTS 16

/* Up to this many encounters found by a search are sorted by date; more are found by
 * reading the timeline index in order and keeping those found, which soon fills a page. */
#define MAX_SORTED_MATCHES 2000

typedef enum
{
  SOURCE_ENCOUNTER,
  SOURCE_INTRODUCTION,
  N_SOURCES
} Source;

typedef enum
{
  PART_DATED,
  PART_UNDATED,
  N_PARTS
} Part;

typedef enum
{
  BOUND_NONE,
  BOUND_AFTER,
  BOUND_BEFORE
} Bound;

/* Where a row sorts. */
typedef struct
{
  gint64   date;
  gint64   id;
  Source   source;
  gboolean dated;
} Key;

typedef struct
{
  Key      key;
  GObject *item;  /* loaded when first asked for */
} Entry;

typedef struct
{
  guint   start;
  GArray *entries;
  guint64 used;
} Segment;

/* The query's values as of the last run, which the counts and pages follow. */
typedef struct
{
  int       kind;
  int       posture;
  int       help;
  gint64    contact_id;
  gboolean  has_since;
  gint64    since;
  gboolean  has_until;
  gint64    until;
  char     *fts;
  gboolean  fts_in_order;
  gboolean  introductions;
} Filter;

/* A row a commit touched. */
typedef struct
{
  Source            source;
  gint64            id;
  LiensStoreChange  first;
  LiensStoreChange  last;
  gboolean          in_place;

  gboolean          old_present;
  guint             old_pos;
  Key               old_key;
  gboolean          refresh;    /* cached, changed in place: stays, reloaded */
  gboolean          new_present;
  guint             new_pos;
  Key               new_key;
} Touched;

#define LIENS_TYPE_STORE_TIMELINE (liens_store_timeline_get_type ())

G_DECLARE_FINAL_TYPE (LiensStoreTimeline, liens_store_timeline, LIENS, STORE_TIMELINE, GObject)

struct _LiensStoreTimeline
{
  GObject             parent_instance;

  LiensStore         *store;
  LiensTimelineQuery *query;

  Filter              filter;
  guint               counts[N_PARTS][N_SOURCES];
  GPtrArray          *segments;
  guint64             clock;
  guint64             journal_pos;
};

static void liens_store_timeline_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiensStoreTimeline, liens_store_timeline, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      liens_store_timeline_model_iface_init))

static const char * const source_tables[N_SOURCES] = {
  [SOURCE_ENCOUNTER] = "encounter",
  [SOURCE_INTRODUCTION] = "introduction",
};

/* Helpers */

static void
entry_clear (Entry *entry)
{
  g_clear_object (&entry->item);
}

static Segment *
segment_new (guint start)
{
  Segment *segment = g_new0 (Segment, 1);

  segment->start = start;
  segment->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), PAGE_SIZE);
  g_array_set_clear_func (segment->entries, (GDestroyNotify) entry_clear);

  return segment;
}

static void
segment_free (Segment *segment)
{
  g_array_unref (segment->entries);
  g_free (segment);
}

static inline guint
segment_end (Segment *segment)
{
  return segment->start + segment->entries->len;
}

static guint
get_n_dated (LiensStoreTimeline *self)
{
  return self->counts[PART_DATED][SOURCE_ENCOUNTER] +
         self->counts[PART_DATED][SOURCE_INTRODUCTION];
}

static guint
get_n_items (LiensStoreTimeline *self)
{
  return get_n_dated (self) +
         self->counts[PART_UNDATED][SOURCE_ENCOUNTER] +
         self->counts[PART_UNDATED][SOURCE_INTRODUCTION];
}

static void
filter_clear (Filter *filter)
{
  g_clear_pointer (&filter->fts, g_free);
}

static void
filter_set (Filter             *filter,
            LiensTimelineQuery *query)
{
  GDateTime *since = liens_timeline_query_get_since (query);
  GDateTime *until = liens_timeline_query_get_until (query);

  filter_clear (filter);
  filter->kind = liens_timeline_query_get_kind (query);
  filter->posture = liens_timeline_query_get_posture (query);
  filter->help = liens_timeline_query_get_help (query);
  filter->contact_id = liens_timeline_query_get_contact_id (query);
  filter->has_since = since != NULL;
  filter->since = since != NULL ? g_date_time_to_unix (since) : 0;
  filter->has_until = until != NULL;
  filter->until = until != NULL ? g_date_time_to_unix (until) : 0;
  filter->fts = liens_store_build_fts_query (liens_timeline_query_get_text (query));
  filter->fts_in_order = FALSE;
  filter->introductions = liens_timeline_query_shows_introductions (query);
}

static gboolean
filter_is_empty (const Filter *filter)
{
  return filter->kind < 0 && filter->posture < 0 && filter->help < 0 &&
         filter->contact_id == 0 && !filter->has_since && !filter->has_until &&
         filter->fts == NULL;
}

static gboolean
has_source (LiensStoreTimeline *self,
            Part                part,
            Source              source)
{
  if (source == SOURCE_INTRODUCTION && !self->filter.introductions)
    return FALSE;

  /* A date range leaves the undated out. */
  if (part == PART_UNDATED && (self->filter.has_since || self->filter.has_until))
    return FALSE;

  return TRUE;
}

/* SQL */

/* " FROM <rows of @source> x". A contact's encounters are read from the index of their
 * links by (contact_id, date, encounter_id), which holds each encounter's date: newest
 * first without reading, nor sorting, their other encounters (5,000 for the most met). */
static void
append_from (LiensStoreTimeline *self,
             LiensQueryBuilder  *builder,
             Source              source)
{
  const Filter *filter = &self->filter;

  /* The encounter rows only when a filter reads them: counting needs none. */
  if (source == SOURCE_ENCOUNTER && filter->contact_id > 0 &&
      (filter->kind >= 0 || filter->posture >= 0 || filter->help >= 0))
    liens_query_builder_append (builder,
                                " FROM (SELECT ec.encounter_id AS id, ec.date AS date, "
                                "e.kind AS kind, e.posture AS posture, e.help AS help "
                                "FROM encounter_contact ec JOIN encounter e "
                                "ON e.id = ec.encounter_id WHERE ec.contact_id = ?) x",
                                g_variant_new_int64 (filter->contact_id));
  else if (source == SOURCE_ENCOUNTER && filter->contact_id > 0)
    liens_query_builder_append (builder,
                                " FROM (SELECT encounter_id AS id, date "
                                "FROM encounter_contact WHERE contact_id = ?) x",
                                g_variant_new_int64 (filter->contact_id));
  else
    g_string_append_printf (builder->sql, " FROM %s x", source_tables[source]);
}

/* The filters of the query, for rows of @source as `x`. */
static void
append_filters (LiensStoreTimeline *self,
                LiensQueryBuilder  *builder,
                Source              source)
{
  const Filter *filter = &self->filter;

  if (filter->has_since)
    liens_query_builder_append (builder, " AND x.date >= ?", g_variant_new_int64 (filter->since));
  if (filter->has_until)
    liens_query_builder_append (builder, " AND x.date <= ?", g_variant_new_int64 (filter->until));

  if (source == SOURCE_INTRODUCTION)
    {
      if (filter->contact_id > 0)
        liens_query_builder_append (builder,
                                    " AND (x.introducer_id = ? OR x.first_id = ? "
                                    "OR x.second_id = ?)",
                                    g_variant_new_int64 (filter->contact_id),
                                    g_variant_new_int64 (filter->contact_id),
                                    g_variant_new_int64 (filter->contact_id));
      return;
    }

  if (filter->kind >= 0)
    liens_query_builder_append (builder, " AND x.kind = ?", g_variant_new_int64 (filter->kind));
  if (filter->posture >= 0)
    liens_query_builder_append (builder, " AND x.posture = ?",
                                g_variant_new_int64 (filter->posture));
  if (filter->help >= 0)
    liens_query_builder_append (builder, " AND x.help = ?", g_variant_new_int64 (filter->help));
  /* A contact's encounters come from the FROM clause: see append_from(). */
  /* "+" keeps SQLite from fetching the matches by id and sorting them all. */
  if (filter->fts != NULL)
    liens_query_builder_append (builder,
                                filter->fts_in_order
                                  ? " AND +x.id IN (SELECT rowid FROM encounter_fts "
                                    "WHERE encounter_fts MATCH ?)"
                                  : " AND x.id IN (SELECT rowid FROM encounter_fts "
                                    "WHERE encounter_fts MATCH ?)",
                                g_variant_new_string (filter->fts));
}

/* The rows of @source in @part, after or before @key in timeline order: "FROM … WHERE …".
 * Returns FALSE when there cannot be any, having bound no value. */
static gboolean
append_from_where (LiensStoreTimeline *self,
                   LiensQueryBuilder  *builder,
                   Source              source,
                   Part                part,
                   Bound               bound,
                   const Key          *key)
{
  int cmp = bound == BOUND_NONE ? 0 : (int) source - (int) key->source;

  if (!has_source (self, part, source))
    return FALSE;

  append_from (self, builder, source);
  g_string_append_printf (builder->sql, " WHERE x.date IS %s",
                          part == PART_DATED ? "NOT NULL" : "NULL");

  if (bound != BOUND_NONE && part == PART_DATED)
    {
      /* Dated rows all come before undated keys. */
      if (!key->dated)
        {
          if (bound == BOUND_AFTER)
            return FALSE;
        }
      else if (bound == BOUND_AFTER)
        {
          if (cmp > 0)
            liens_query_builder_append (builder, " AND x.date <= ?",
                                        g_variant_new_int64 (key->date));
          else if (cmp < 0)
            liens_query_builder_append (builder, " AND x.date < ?",
                                        g_variant_new_int64 (key->date));
          else
            liens_query_builder_append (builder, " AND (x.date, x.id) < (?, ?)",
                                        g_variant_new_int64 (key->date),
                                        g_variant_new_int64 (key->id));
        }
      else
        {
          if (cmp < 0)
            liens_query_builder_append (builder, " AND x.date >= ?",
                                        g_variant_new_int64 (key->date));
          else if (cmp > 0)
            liens_query_builder_append (builder, " AND x.date > ?",
                                        g_variant_new_int64 (key->date));
          else
            liens_query_builder_append (builder, " AND (x.date, x.id) > (?, ?)",
                                        g_variant_new_int64 (key->date),
                                        g_variant_new_int64 (key->id));
        }
    }
  else if (bound != BOUND_NONE)
    {
      if (key->dated)
        {
          if (bound == BOUND_BEFORE)
            return FALSE;
        }
      else if ((bound == BOUND_AFTER && cmp < 0) || (bound == BOUND_BEFORE && cmp > 0))
        {
          return FALSE;
        }
      else if (cmp == 0)
        {
          liens_query_builder_append (builder,
                                      bound == BOUND_AFTER ? " AND x.id < ?" : " AND x.id > ?",
                                      g_variant_new_int64 (key->id));
        }
    }

  append_filters (self, builder, source);

  return TRUE;
}

static gboolean
run_count (LiensStoreTimeline  *self,
           const char          *sql,
           GVariant            *params,
           guint               *count,
           GError             **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_param (stmt, params);

  if (!liens_store_step_done (self->store, stmt, error))
    return FALSE;

  *count = (guint) sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/* How many rows of @source in @part are before or after @key, or all of them. */
static gboolean
count_source (LiensStoreTimeline  *self,
              Source               source,
              Part                 part,
              Bound                bound,
              const Key           *key,
              guint               *count,
              GError             **error)
{
  g_autoptr(GVariant) params = NULL;
  g_autofree char *sql = NULL;
  LiensQueryBuilder builder;

  *count = 0;

  if (!has_source (self, part, source))
    return TRUE;

  /* SQLite counts a whole table from its pages' headers, without reading the rows. */
  if (bound == BOUND_NONE && part == PART_DATED && filter_is_empty (&self->filter))
    {
      sql = g_strdup_printf ("SELECT (SELECT count(*) FROM %s) - "
                             "(SELECT count(*) FROM %s WHERE date IS NULL)",
                             source_tables[source], source_tables[source]);
      return run_count (self, sql, NULL, count, error);
    }

  liens_query_builder_init (&builder, "SELECT count(*)");
  if (!append_from_where (self, &builder, source, part, bound, key))
    {
      sql = liens_query_builder_end (&builder, &params);
      g_variant_unref (g_variant_ref_sink (g_steal_pointer (&params)));
      return TRUE;
    }

  sql = liens_query_builder_end (&builder, &params);
  g_variant_ref_sink (params);

  return run_count (self, sql, params, count, error);
}

/* Reads at most @limit keys of @part from the sources in @sources (a bit mask), after @key
 * or from the first, skipping @offset, and appends them to @entries. */
static gboolean
read_keys (LiensStoreTimeline  *self,
           Part                 part,
           guint                sources,
           Bound                bound,
           const Key           *key,
           guint                offset,
           guint                limit,
           GArray              *entries,
           GError             **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GVariant) params = NULL;
  g_autofree char *sql = NULL;
  LiensQueryBuilder builder;
  guint n_arms = 0;
  int rc;

  if (limit == 0)
    return TRUE;

  liens_query_builder_init (&builder, NULL);

  for (Source source = 0; source < N_SOURCES; source++)
    {
      gsize mark = builder.sql->len;
      int n_params = builder.n_params;

      if ((sources & (1u << source)) == 0)
        continue;

      if (n_arms > 0)
        g_string_append (builder.sql, " UNION ALL ");
      g_string_append_printf (builder.sql, "SELECT x.date, %d, x.id", (int) source);

      if (!append_from_where (self, &builder, source, part, bound, key))
        {
          g_assert (builder.n_params == n_params);
          g_string_truncate (builder.sql, mark);
          continue;
        }

      n_arms++;
    }

  if (n_arms == 0)
    {
      sql = liens_query_builder_end (&builder, &params);
      g_variant_unref (g_variant_ref_sink (g_steal_pointer (&params)));
      return TRUE;
    }

  /* One arm is read straight from its index; two are merged by SQLite. */
  if (n_arms == 1)
    g_string_append (builder.sql, part == PART_DATED ? " ORDER BY x.date DESC, x.id DESC"
                                                     : " ORDER BY x.id DESC");
  else
    g_string_append (builder.sql, part == PART_DATED ? " ORDER BY 1 DESC, 2, 3 DESC"
                                                     : " ORDER BY 2, 3 DESC");
  liens_query_builder_append (&builder, " LIMIT ? OFFSET ?",
                              g_variant_new_int64 (limit), g_variant_new_int64 (offset));

  sql = liens_query_builder_end (&builder, &params);
  g_variant_ref_sink (params);

  stmt = liens_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_param (stmt, params);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Entry entry = { { 0, }, NULL };

      entry.key.dated = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      entry.key.date = sqlite3_column_int64 (stmt, 0);
      entry.key.source = sqlite3_column_int (stmt, 1);
      entry.key.id = sqlite3_column_int64 (stmt, 2);
      g_array_append_val (entries, entry);
    }

  if (rc != SQLITE_DONE)
    return liens_store_fail (self->store, rc, error);

  return TRUE;
}

#define ALL_SOURCES ((1u << SOURCE_ENCOUNTER) | (1u << SOURCE_INTRODUCTION))

/* Reads the keys at @position of the dated part and after, with no cached key near. */
static gboolean
read_dated_far (LiensStoreTimeline  *self,
                guint                position,
                guint                limit,
                GArray              *entries,
                GError             **error)
{
  guint n_introductions = self->counts[PART_DATED][SOURCE_INTRODUCTION];
  guint n_encounters = self->counts[PART_DATED][SOURCE_ENCOUNTER];
  g_autoptr(GArray) anchor = NULL;
  Key key;
  guint guess;
  guint skipped;
  guint before = 0;
  guint at;

  if (n_introductions == 0 || n_encounters == 0)
    return read_keys (self, PART_DATED, ALL_SOURCES, BOUND_NONE, NULL, position, limit,
                      entries, error);

  /* A first guess, with introductions spread over time as encounters are; if it is too
   * far, the encounter as many rows back as there are introductions before the guess is
   * at @position or before. Either way the merged read after it skips few rows: skipping
   * is cheap in one index, not in the merge of two. */
  guess = (guint) ((guint64) position * n_introductions / (n_introductions + n_encounters));
  skipped = position - MIN (guess, position);
  anchor = g_array_new (FALSE, TRUE, sizeof (Entry));

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_array_set_size (anchor, 0);
      if (!read_keys (self, PART_DATED, 1u << SOURCE_ENCOUNTER, BOUND_NONE, NULL, skipped, 1,
                      anchor, error))
        return FALSE;

      if (anchor->len == 0)
        return read_keys (self, PART_DATED, ALL_SOURCES, BOUND_NONE, NULL, position, limit,
                          entries, error);

      key = g_array_index (anchor, Entry, 0).key;
      if (!count_source (self, SOURCE_INTRODUCTION, PART_DATED, BOUND_BEFORE, &key, &before,
                         error))
        return FALSE;

      if (skipped + before <= position)
        break;

      skipped = position > before ? position - before : 0;
    }

  /* Newer introductions than the first encounters: they are few, merge from the top. */
  at = skipped + before;
  if (at > position)
    return read_keys (self, PART_DATED, ALL_SOURCES, BOUND_NONE, NULL, position, limit,
                      entries, error);

  if (at == position)
    {
      g_array_append_val (entries, g_array_index (anchor, Entry, 0));
      return read_keys (self, PART_DATED, ALL_SOURCES, BOUND_AFTER, &key, 0, limit - 1,
                        entries, error);
    }

  return read_keys (self, PART_DATED, ALL_SOURCES, BOUND_AFTER, &key, position - at - 1, limit,
                    entries, error);
}

/* The cache */

static Segment *
find_segment (LiensStoreTimeline *self,
              guint               position,
              guint              *index)
{
  for (guint i = 0; i < self->segments->len; i++)
    {
      Segment *segment = g_ptr_array_index (self->segments, i);

      if (position >= segment->start && position < segment_end (segment))
        {
          *index = position - segment->start;
          return segment;
        }
    }

  return NULL;
}

static Segment *
find_entry (LiensStoreTimeline *self,
            Source              source,
            gint64              id,
            guint              *index)
{
  for (guint i = 0; i < self->segments->len; i++)
    {
      Segment *segment = g_ptr_array_index (self->segments, i);

      for (guint j = 0; j < segment->entries->len; j++)
        {
          const Entry *entry = &g_array_index (segment->entries, Entry, j);

          if (entry->key.id == id && entry->key.source == source)
            {
              *index = j;
              return segment;
            }
        }
    }

  return NULL;
}

/* Whether every row is cached: then a row not found was not in the list. */
static gboolean
is_complete (LiensStoreTimeline *self)
{
  guint n_cached = 0;

  for (guint i = 0; i < self->segments->len; i++)
    n_cached += ((Segment *) g_ptr_array_index (self->segments, i))->entries->len;

  return n_cached == get_n_items (self);
}

static void
evict (LiensStoreTimeline *self)
{
  while (self->segments->len > MAX_SEGMENTS)
    {
      guint oldest = 0;

      for (guint i = 1; i < self->segments->len; i++)
        if (((Segment *) g_ptr_array_index (self->segments, i))->used <
            ((Segment *) g_ptr_array_index (self->segments, oldest))->used)
          oldest = i;

      g_ptr_array_remove_index_fast (self->segments, oldest);
    }
}

/* Reads the page around @position, which no segment holds, as a new segment. */
static Segment *
load_segment (LiensStoreTimeline  *self,
              guint                position,
              GError             **error)
{
  guint n_dated = get_n_dated (self);
  Part part = position < n_dated ? PART_DATED : PART_UNDATED;
  guint part_start = part == PART_DATED ? 0 : n_dated;
  guint part_end = part == PART_DATED ? n_dated : get_n_items (self);
  Segment *anchor = NULL;
  Segment *segment;
  guint start;
  guint end;
  gboolean ok;

  start = MAX (part_start, position - position % PAGE_SIZE);
  end = MIN (part_end, start + PAGE_SIZE);

  /* Segments never overlap; the one ending nearest before is where keyset paging starts. */
  for (guint i = 0; i < self->segments->len; i++)
    {
      Segment *other = g_ptr_array_index (self->segments, i);

      if (segment_end (other) <= position)
        {
          start = MAX (start, segment_end (other));
          if (other->start >= part_start &&
              (anchor == NULL || segment_end (other) > segment_end (anchor)))
            anchor = other;
        }
      else if (other->start > position)
        {
          end = MIN (end, other->start);
        }
    }

  segment = segment_new (start);

  /* Skipping rows after a key costs more than skipping them in one index: only when near. */
  if (anchor != NULL &&
      (start - segment_end (anchor) <= 2 * PAGE_SIZE ||
       (start - segment_end (anchor)) * 16 < start - part_start))
    {
      const Entry *last = &g_array_index (anchor->entries, Entry, anchor->entries->len - 1);
      Key key = last->key;

      ok = read_keys (self, part, ALL_SOURCES, BOUND_AFTER, &key, start - segment_end (anchor),
                      end - start, segment->entries, error);
    }
  else if (part == PART_DATED)
    {
      ok = read_dated_far (self, start, end - start, segment->entries, error);
    }
  else
    {
      ok = read_keys (self, part, ALL_SOURCES, BOUND_NONE, NULL, start - part_start,
                      end - start, segment->entries, error);
    }

  /* Nothing read means another instance deleted rows: they are not ours to cache. */
  if (!ok || segment->entries->len == 0)
    {
      segment_free (segment);
      return NULL;
    }

  segment->used = ++self->clock;
  g_ptr_array_add (self->segments, segment);
  evict (self);

  return segment;
}

/* Counting and starting over */

/* Counts the rows of each source, dated and undated, and chooses how to search. */
static gboolean
count_all (LiensStoreTimeline  *self,
           guint                counts[N_PARTS][N_SOURCES],
           GError             **error)
{
  memset (counts, 0, sizeof (guint) * N_PARTS * N_SOURCES);
  self->filter.fts_in_order = FALSE;

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr(LiensStmt) stmt = NULL;
      g_autoptr(GVariant) params = NULL;
      g_autofree char *sql = NULL;
      LiensQueryBuilder builder;

      if (!has_source (self, PART_DATED, source))
        continue;

      if (filter_is_empty (&self->filter))
        {
          if (!count_source (self, source, PART_DATED, BOUND_NONE, NULL,
                             &counts[PART_DATED][source], error) ||
              !count_source (self, source, PART_UNDATED, BOUND_NONE, NULL,
                             &counts[PART_UNDATED][source], error))
            return FALSE;
          continue;
        }

      /* Both parts in one reading: a search is run once. */
      liens_query_builder_init (&builder, "SELECT count(x.date), count(*) - count(x.date)");
      append_from (self, &builder, source);
      g_string_append (builder.sql, " WHERE 1");
      append_filters (self, &builder, source);
      sql = liens_query_builder_end (&builder, &params);
      g_variant_ref_sink (params);

      stmt = liens_store_prepare (self->store, sql, error);
      if (stmt == NULL)
        return FALSE;

      liens_stmt_bind_param (stmt, params);
      if (!liens_store_step_done (self->store, stmt, error))
        return FALSE;

      counts[PART_DATED][source] = (guint) sqlite3_column_int64 (stmt, 0);
      counts[PART_UNDATED][source] = (guint) sqlite3_column_int64 (stmt, 1);
    }

  self->filter.fts_in_order =
    counts[PART_DATED][SOURCE_ENCOUNTER] + counts[PART_UNDATED][SOURCE_ENCOUNTER] >
    MAX_SORTED_MATCHES;

  return TRUE;
}

static void
reset (LiensStoreTimeline *self)
{
  g_autoptr(GError) error = NULL;
  guint counts[N_PARTS][N_SOURCES] = { { 0, }, };
  guint n_old = get_n_items (self);
  guint n_new;

  self->journal_pos = liens_store_get_journal_end (self->store);
  g_ptr_array_set_size (self->segments, 0);
  filter_set (&self->filter, self->query);

  if (!count_all (self, counts, &error))
    g_warning ("Could not count the timeline: %s", error->message);

  memcpy (self->counts, counts, sizeof counts);
  n_new = get_n_items (self);

  if (n_old > 0 || n_new > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, n_new);
}

/* Live updates */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Whether the row is in the timeline, and where it sorts. */
static gboolean
read_key (LiensStoreTimeline  *self,
          Source               source,
          gint64               id,
          gboolean            *present,
          Key                 *key,
          GError             **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GVariant) params = NULL;
  g_autofree char *sql = NULL;
  LiensQueryBuilder builder;
  int rc;

  liens_query_builder_init (&builder, "SELECT x.date");
  append_from (self, &builder, source);
  liens_query_builder_append (&builder, " WHERE x.id = ?", g_variant_new_int64 (id));
  append_filters (self, &builder, source);
  sql = liens_query_builder_end (&builder, &params);
  g_variant_ref_sink (params);

  stmt = liens_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_param (stmt, params);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return liens_store_fail (self->store, rc, error);

  *present = rc == SQLITE_ROW;
  if (*present)
    {
      key->source = source;
      key->id = id;
      key->dated = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      key->date = sqlite3_column_int64 (stmt, 0);
    }

  return TRUE;
}

/* The position @key has now, the rows before it counted in the database; @n_dated is the
 * size of the dated part now. */
static gboolean
count_position (LiensStoreTimeline  *self,
                const Key           *key,
                guint                n_dated,
                guint               *position,
                GError             **error)
{
  Part part = key->dated ? PART_DATED : PART_UNDATED;

  *position = part == PART_DATED ? 0 : n_dated;

  for (Source source = 0; source < N_SOURCES; source++)
    {
      guint before = 0;

      if (!count_source (self, source, part, BOUND_BEFORE, key, &before, error))
        return FALSE;

      *position += before;
    }

  return TRUE;
}

static Touched *
find_touched (GArray *touched,
              Source  source,
              gint64  id)
{
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *t = &g_array_index (touched, Touched, i);

      if (t->source == source && t->id == id)
        return t;
    }

  return NULL;
}

/* Collects what the commits since the last look did to encounters and introductions.
 * Returns FALSE when the journal no longer goes back that far. */
static gboolean
read_touched (LiensStoreTimeline *self,
              GArray             *touched)
{
  const LiensStoreChangeRecord *records;
  guint n_records = 0;

  records = liens_store_read_journal (self->store, self->journal_pos, &n_records);
  if (records == NULL)
    return FALSE;

  self->journal_pos += n_records;

  for (guint i = 0; i < n_records; i++)
    {
      const LiensStoreChangeRecord *record = &records[i];
      gboolean in_place = record->change == LIENS_STORE_CHANGE_CHANGED && record->in_place;
      Source source;
      Touched *t;

      if (record->entity == LIENS_STORE_ENTITY_ENCOUNTER)
        source = SOURCE_ENCOUNTER;
      else if (record->entity == LIENS_STORE_ENTITY_INTRODUCTION && self->filter.introductions)
        source = SOURCE_INTRODUCTION;
      else
        continue;

      t = find_touched (touched, source, record->id);
      if (t == NULL)
        {
          Touched fresh = { source, record->id, record->change, record->change, in_place, };

          g_array_append_val (touched, fresh);
          continue;
        }

      t->last = record->change;
      t->in_place = t->in_place && in_place;
    }

  return TRUE;
}

/* Where the kept row at @position before the commit is after it: @removed and @added are
 * the sorted positions of the rows that left (before) and came (after). */
static guint
map_position (guint         position,
              const GArray *removed,
              const GArray *added)
{
  guint moved = position;

  for (guint i = 0; i < removed->len && g_array_index (removed, guint, i) < position; i++)
    moved--;

  for (guint i = 0; i < added->len && g_array_index (added, guint, i) <= moved; i++)
    moved++;

  return moved;
}

/* Moves the cached rows to their new positions, drops the rows that left, and puts the
 * rows that came where they fall inside a segment. */
static void
update_segments (LiensStoreTimeline *self,
                 GArray             *touched,
                 const GArray       *removed,
                 const GArray       *added,
                 GArray             *refreshed)
{
  for (guint i = self->segments->len; i-- > 0;)
    {
      Segment *segment = g_ptr_array_index (self->segments, i);
      g_autoptr(GArray) entries = NULL;
      gboolean started = FALSE;
      guint start = 0;
      guint previous = 0;

      entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), segment->entries->len + 1);
      g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);

      for (guint j = 0; j < segment->entries->len; j++)
        {
          Entry *entry = &g_array_index (segment->entries, Entry, j);
          Touched *t = find_touched (touched, entry->key.source, entry->key.id);
          guint position;

          if (t != NULL && t->old_present && !t->refresh)
            continue;

          position = map_position (segment->start + j, removed, added);

          /* New rows between two kept ones. */
          if (started)
            for (guint k = 0; k < added->len; k++)
              {
                guint slot = g_array_index (added, guint, k);

                if (slot > previous && slot < position)
                  {
                    Touched *n = NULL;
                    Entry fresh = { { 0, }, NULL };

                    for (guint m = 0; m < touched->len && n == NULL; m++)
                      {
                        Touched *c = &g_array_index (touched, Touched, m);

                        if (c->new_present && !c->refresh && c->new_pos == slot)
                          n = c;
                      }

                    fresh.key = n->new_key;
                    g_array_append_val (entries, fresh);
                  }
              }

          if (t != NULL && t->refresh)
            {
              g_clear_object (&entry->item);
              g_array_append_val (refreshed, position);
            }

          if (!started)
            start = position;
          started = TRUE;
          previous = position;

          g_array_append_val (entries, *entry);
          entry->item = NULL;
        }

      if (entries->len == 0)
        {
          g_ptr_array_remove_index_fast (self->segments, i);
          continue;
        }

      g_array_unref (segment->entries);
      segment->entries = g_steal_pointer (&entries);
      segment->start = start;
    }
}

static void
catch_up (LiensStoreTimeline *self)
{
  g_autoptr(GArray) touched = g_array_new (FALSE, TRUE, sizeof (Touched));
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) refreshed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  guint counts[N_PARTS][N_SOURCES];
  guint n_old = get_n_items (self);
  gboolean complete = is_complete (self);
  guint n_new;
  guint n_counts = 0;
  guint lo = G_MAXUINT;
  guint old_end = 0;
  guint new_end = 0;

  if (!read_touched (self, touched))
    {
      reset (self);
      return;
    }

  memcpy (counts, self->counts, sizeof counts);

  /* Where each row was, and whether it is still there. */
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *t = &g_array_index (touched, Touched, i);
      Segment *segment;
      guint index = 0;

      segment = find_entry (self, t->source, t->id, &index);
      if (segment != NULL)
        {
          t->old_present = TRUE;
          t->old_pos = segment->start + index;
          t->old_key = g_array_index (segment->entries, Entry, index).key;
        }
      else if (t->first != LIENS_STORE_CHANGE_ADDED && !t->in_place && !complete)
        {
          /* It may have been anywhere: nothing to tell but everything. */
          reset (self);
          return;
        }
      else if (t->first != LIENS_STORE_CHANGE_ADDED && t->in_place)
        {
          /* Changed in place where nobody looked: nothing moved. */
          continue;
        }

      if (t->old_present && t->in_place)
        {
          t->refresh = TRUE;
          continue;
        }

      if (t->last != LIENS_STORE_CHANGE_REMOVED &&
          !read_key (self, t->source, t->id, &t->new_present, &t->new_key, &error))
        break;

      if (t->old_present)
        counts[t->old_key.dated ? PART_DATED : PART_UNDATED][t->source]--;
      if (t->new_present)
        {
          counts[t->new_key.dated ? PART_DATED : PART_UNDATED][t->source]++;
          n_counts++;
        }
    }

  if (error != NULL || n_counts > MAX_COUNTS)
    {
      if (error != NULL)
        g_warning ("Could not update the timeline: %s", error->message);
      reset (self);
      return;
    }

  /* Where the rows that are there now sort, in the database as it is now. */
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *t = &g_array_index (touched, Touched, i);

      if (t->old_present && !t->refresh)
        g_array_append_val (removed, t->old_pos);

      if (!t->new_present || t->refresh)
        continue;

      if (!count_position (self, &t->new_key,
                           counts[PART_DATED][SOURCE_ENCOUNTER] +
                           counts[PART_DATED][SOURCE_INTRODUCTION],
                           &t->new_pos, &error))
        {
          g_warning ("Could not update the timeline: %s", error->message);
          reset (self);
          return;
        }

      g_array_append_val (added, t->new_pos);
    }

  g_array_sort (removed, compare_uint);
  g_array_sort (added, compare_uint);

  update_segments (self, touched, removed, added, refreshed);
  memcpy (self->counts, counts, sizeof counts);
  n_new = get_n_items (self);

  /* One change, from the first position touched to the last, before and after. */
  for (guint i = 0; i < touched->len; i++)
    {
      Touched *t = &g_array_index (touched, Touched, i);

      if (t->old_present)
        {
          lo = MIN (lo, t->old_pos);
          old_end = MAX (old_end, t->old_pos + 1);
        }
      if (t->new_present && !t->refresh)
        {
          lo = MIN (lo, t->new_pos);
          new_end = MAX (new_end, t->new_pos + 1);
        }
    }
  for (guint i = 0; i < refreshed->len; i++)
    {
      lo = MIN (lo, g_array_index (refreshed, guint, i));
      new_end = MAX (new_end, g_array_index (refreshed, guint, i) + 1);
    }

  if (lo == G_MAXUINT)
    return;

  /* Past both ends, the lists only differ by the shift. */
  old_end = MAX (old_end, lo);
  if ((gint64) new_end - ((gint64) n_new - (gint64) n_old) > (gint64) old_end)
    old_end = (guint) ((gint64) new_end - ((gint64) n_new - (gint64) n_old));
  new_end = (guint) ((gint64) old_end + (gint64) n_new - (gint64) n_old);

  g_list_model_items_changed (G_LIST_MODEL (self), lo, old_end - lo, new_end - lo);
}

/* Callbacks */

static void
store_changed_cb (LiensStoreTimeline *self,
                  gint64              id,
                  LiensStore         *store)
{
  catch_up (self);
}

/* An import or a restore: anything may have changed. */
static void
store_reset_cb (LiensStoreTimeline *self,
                LiensStore         *store)
{
  reset (self);
}

static void
query_changed_cb (LiensStoreTimeline *self,
                  LiensTimelineQuery *query)
{
  reset (self);
}

/* Overrides */

static GType
liens_store_timeline_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
liens_store_timeline_get_n_items (GListModel *model)
{
  return get_n_items (LIENS_STORE_TIMELINE (model));
}

static gpointer
liens_store_timeline_get_item (GListModel *model,
                               guint       position)
{
  LiensStoreTimeline *self = LIENS_STORE_TIMELINE (model);
  g_autoptr(GError) error = NULL;
  Segment *segment;
  Entry *entry;
  guint index = 0;

  if (position >= get_n_items (self))
    return NULL;

  segment = find_segment (self, position, &index);
  if (segment == NULL)
    {
      segment = load_segment (self, position, &error);
      if (segment == NULL)
        {
          if (error != NULL)
            g_warning ("Could not read the timeline: %s", error->message);
          return NULL;
        }

      /* Another instance may have deleted rows since; its changes come with the next run. */
      if (position >= segment_end (segment))
        return NULL;
      index = position - segment->start;
    }

  segment->used = ++self->clock;
  entry = &g_array_index (segment->entries, Entry, index);

  if (entry->item == NULL)
    {
      if (entry->key.source == SOURCE_ENCOUNTER)
        entry->item = liens_store_load_encounter (self->store, entry->key.id, &error);
      else
        entry->item = liens_store_load_introduction (self->store, entry->key.id, &error);

      if (entry->item == NULL)
        {
          g_debug ("Could not load a timeline item: %s", error->message);
          return NULL;
        }
    }

  return g_object_ref (entry->item);
}

static void
liens_store_timeline_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = liens_store_timeline_get_item_type;
  iface->get_n_items = liens_store_timeline_get_n_items;
  iface->get_item = liens_store_timeline_get_item;
}

static void
liens_store_timeline_dispose (GObject *object)
{
  LiensStoreTimeline *self = (LiensStoreTimeline *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_data (self->query, self);
  g_clear_object (&self->query);
  g_ptr_array_set_size (self->segments, 0);

  G_OBJECT_CLASS (liens_store_timeline_parent_class)->dispose (object);
}

static void
liens_store_timeline_finalize (GObject *object)
{
  LiensStoreTimeline *self = (LiensStoreTimeline *) object;

  g_clear_pointer (&self->segments, g_ptr_array_unref);
  filter_clear (&self->filter);

  G_OBJECT_CLASS (liens_store_timeline_parent_class)->finalize (object);
}

static void
liens_store_timeline_class_init (LiensStoreTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liens_store_timeline_dispose;
  object_class->finalize = liens_store_timeline_finalize;
}

static void
liens_store_timeline_init (LiensStoreTimeline *self)
{
  self->segments = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_free);
}

/* Public API */

/**
 * liens_store_query_timeline:
 * @self: a #LiensStore
 * @query: what to show
 *
 * Lists the encounters and introductions @query selects, newest first: by date, then
 * encounters before introductions of the same date, then the most recently created first;
 * undated ones come last. Introductions are mixed in as
 * liens_timeline_query_shows_introductions() says.
 *
 * The list is lazy: it counts its items and reads them by pages when asked for, so that it
 * opens at once on any number of encounters. Asking twice for a position it still caches
 * gives the same object. It follows the store: each commit that adds, changes or removes
 * encounters or introductions is told in one #GListModel::items-changed, from the first
 * position it touches to the last. A change to an item it has not read and cannot place
 * (edited elsewhere, say) is told as a change of the whole list. It runs the query again
 * when @query emits #LiensTimelineQuery::changed; it keeps a reference on @query.
 *
 * Returns: (transfer full): a live list of #LiensEncounter and #LiensIntroduction
 */
GListModel *
liens_store_query_timeline (LiensStore         *self,
                            LiensTimelineQuery *query)
{
  static const char * const signal_names[] = {
    "encounter-added", "encounter-changed", "encounter-removed",
    "introduction-added", "introduction-changed", "introduction-removed",
  };
  LiensStoreTimeline *timeline;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (query), NULL);

  timeline = g_object_new (LIENS_TYPE_STORE_TIMELINE, NULL);
  timeline->store = g_object_ref (self);
  timeline->query = g_object_ref (query);
  timeline->journal_pos = liens_store_get_journal_end (self);
  filter_set (&timeline->filter, query);

  if (!count_all (timeline, timeline->counts, &error))
    {
      g_warning ("Could not count the timeline: %s", error->message);
      memset (timeline->counts, 0, sizeof timeline->counts);
    }

  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_swapped (self, signal_names[i], G_CALLBACK (store_changed_cb), timeline);
  g_signal_connect_swapped (self, "reset", G_CALLBACK (store_reset_cb), timeline);
  g_signal_connect_swapped (query, "changed", G_CALLBACK (query_changed_cb), timeline);

  return G_LIST_MODEL (timeline);
}

/**
 * liens_store_list_pending_follow_ups:
 * @self: a #LiensStore
 *
 * Returns: (transfer full): a live list of the #LiensEncounter whose follow-up has a date
 *   and is not done, the soonest first: the overdue ones lead
 */
GListModel *
liens_store_list_pending_follow_ups (LiensStore *self)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);

  /* The same condition as the partial index of pending follow-ups, so that it is used. */
  return G_LIST_MODEL (liens_store_list_new (self, LIENS_STORE_ENTITY_ENCOUNTER,
                                             LIENS_TYPE_ENCOUNTER,
                                             "SELECT id FROM encounter "
                                             "WHERE follow_up_date IS NOT NULL "
                                             "AND follow_up_done = 0 "
                                             "ORDER BY follow_up_date, id",
                                             NULL, liens_store_load_encounter));
}

/**
 * liens_store_count_introductions:
 * @self: a #LiensStore
 * @contact_id: a contact's id
 * @made_for_user: (out): how many introductions this contact made: ones where they are the
 *   introducer, putting the user (or others) in touch
 * @made_by_user: (out): how many introductions the user made (no introducer) in which
 *   this contact is one of the two people introduced
 * @error: return location for a #LiensStoreError
 *
 * Counts the introductions of both directions between the user and a contact: the help
 * they gave by recommending, and the help the user gave them.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_count_introductions (LiensStore  *self,
                                 gint64       contact_id,
                                 guint       *made_for_user,
                                 guint       *made_by_user,
                                 GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (made_for_user != NULL, FALSE);
  g_return_val_if_fail (made_by_user != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *made_for_user = 0;
  *made_by_user = 0;

  stmt = liens_store_prepare (self,
                              "SELECT (SELECT count(*) FROM introduction "
                              "        WHERE introducer_id = ?1), "
                              /* "+": through the indexes of the two people, not through
                               * that of the introducer, which lists half of them all. */
                              "       (SELECT count(*) FROM introduction "
                              "        WHERE +introducer_id IS NULL "
                              "        AND (first_id = ?1 OR second_id = ?1))",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!liens_store_step_done (self, stmt, error))
    return FALSE;

  *made_for_user = (guint) sqlite3_column_int64 (stmt, 0);
  *made_by_user = (guint) sqlite3_column_int64 (stmt, 1);

  return TRUE;
}

/**
 * liens_store_get_figures:
 * @self: a #LiensStore
 * @now: the time the figures are for
 * @figures: (out caller-allocates): where to put them
 * @error: return location for a #LiensStoreError
 *
 * Counts what the home page shows of the user's networking at @now:
 * the encounters of the calendar month of @now, in the local time zone, from its first
 * day to its last; the help given, received and mutual, and the encounters in each
 * posture, over the twelve months up to @now (from @now less twelve months to @now, both
 * included); the follow-ups pending (with a date, not done), and among them those overdue
 * (dated @now or earlier), as liens_encounter_is_follow_up_overdue() says.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_get_figures (LiensStore    *self,
                         GDateTime     *now,
                         LiensFigures  *figures,
                         GError       **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) month_start = NULL;
  g_autoptr(GDateTime) month_end = NULL;
  g_autoptr(GDateTime) year_ago = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *figures = (LiensFigures) { 0, };

  local = g_date_time_to_local (now);
  month_start = g_date_time_new_local (g_date_time_get_year (local),
                                       g_date_time_get_month (local), 1, 0, 0, 0);
  month_end = g_date_time_add_months (month_start, 1);
  year_ago = g_date_time_add_months (now, -12);

  /* Date ranges of the timeline index, which holds help and posture: no row is read. */
  stmt = liens_store_prepare (self,
                              "SELECT "
                              "(SELECT count(*) FROM encounter WHERE date >= ?1 AND date < ?2), "
                              "sum (help = 1), sum (help = 2), sum (help = 3), "
                              "sum (posture = 0), sum (posture = 1), sum (posture = 2), "
                              "(SELECT count(*) FROM encounter "
                              " WHERE follow_up_date IS NOT NULL AND follow_up_done = 0), "
                              "(SELECT count(*) FROM encounter "
                              " WHERE follow_up_date IS NOT NULL AND follow_up_done = 0 "
                              " AND follow_up_date <= ?4) "
                              "FROM encounter WHERE date >= ?3 AND date <= ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  liens_stmt_bind_date (stmt, 1, month_start);
  liens_stmt_bind_date (stmt, 2, month_end);
  liens_stmt_bind_date (stmt, 3, year_ago);
  liens_stmt_bind_date (stmt, 4, now);

  if (!liens_store_step_done (self, stmt, error))
    return FALSE;

  figures->encounters_this_month = (guint) sqlite3_column_int64 (stmt, 0);
  figures->help_given = (guint) sqlite3_column_int64 (stmt, 1);
  figures->help_received = (guint) sqlite3_column_int64 (stmt, 2);
  figures->help_mutual = (guint) sqlite3_column_int64 (stmt, 3);
  figures->networking = (guint) sqlite3_column_int64 (stmt, 4);
  figures->prospecting = (guint) sqlite3_column_int64 (stmt, 5);
  figures->learning = (guint) sqlite3_column_int64 (stmt, 6);
  figures->pending_follow_ups = (guint) sqlite3_column_int64 (stmt, 7);
  figures->overdue_follow_ups = (guint) sqlite3_column_int64 (stmt, 8);

  return TRUE;
}
