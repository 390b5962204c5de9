/* liens-store-import.c: importing contacts all or nothing, and finding duplicates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-store-private.h"

/* An import is planned, then applied. Planning looks each imported contact (a candidate)
 * up among those stored, by indexed lookups only (see liens_store_find_duplicate()), and
 * proposes a choice for each duplicate (liens_import_choice_for_reason()), which the user
 * may change. The same person twice in the file is found by the same keys: the later
 * candidate is a duplicate of the earlier one (liens_import_plan_get_duplicate_of()), and
 * is merged into, or kept beside, the contact that one becomes. Applying writes everything
 * in one transaction: on any error or cancellation nothing is written and no signal is
 * emitted; on success the store emits "reset" once.
 *
 * Merging never overwrites what the user wrote: it fills the fields the stored contact
 * leaves empty, adds the details and tags it lacks, and appends imported notes it does not
 * already hold. One exception: when the LinkedIn profile URL matched, the organisation and
 * the role of the import win, since a newer LinkedIn export is the better source for them.
 *
 * Threading: a store is one SQLite connection, used from one thread at a time.
 * liens_store_apply_import_async() opens a connection of its own to the same file in a
 * worker thread (WAL lets the UI keep reading meanwhile; its writes wait for the import's
 * lock), and has the UI's store emit "reset" on the main thread once it is done. The plan
 * must not be changed while it is being applied. */

#define PROGRESS_STEP 256

typedef struct
{
  LiensContact         *contact;
  LiensImportStatus     status;
  gint64                existing_id;
  int                   duplicate_of;  /* an earlier candidate of the same file, or -1 */
  LiensDuplicateReason  reason;
  LiensImportChoice     choice;
} Candidate;

struct _LiensImportPlan
{
  GArray *candidates;
  guint   n_new;
  guint   n_duplicates;
};

G_DEFINE_BOXED_TYPE (LiensImportPlan, liens_import_plan,
                     liens_import_plan_ref, liens_import_plan_unref)

/* Details looked up, strongest first. */
static const struct
{
  LiensDetailKind      kind;
  LiensDuplicateReason reason;
} detail_reasons[] = {
  { LIENS_DETAIL_KIND_LINKEDIN, LIENS_DUPLICATE_REASON_LINKEDIN },
  { LIENS_DETAIL_KIND_EMAIL, LIENS_DUPLICATE_REASON_EMAIL },
  { LIENS_DETAIL_KIND_PHONE, LIENS_DUPLICATE_REASON_PHONE },
};

/* Helpers */

static void
candidate_clear (gpointer data)
{
  Candidate *candidate = data;

  g_clear_object (&candidate->contact);
}

static Candidate *
plan_get (LiensImportPlan *plan,
          guint            index)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (index < plan->candidates->len, NULL);

  return &g_array_index (plan->candidates, Candidate, index);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Returns the id found by @stmt with `?1` = @key, 0 if none, -1 on error. */
static gint64
lookup_id (LiensStore  *self,
           const char  *sql,
           const char  *key,
           const char  *key2,
           GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  int rc;

  stmt = liens_store_prepare (self, sql, error);
  if (stmt == NULL)
    return -1;

  liens_stmt_bind_text (stmt, 1, key);
  if (key2 != NULL)
    liens_stmt_bind_text (stmt, 2, key2);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  liens_store_fail (self, rc, error);
  return -1;
}

/* One sign that two contacts are the same person: what is looked up, strongest first. */
typedef struct
{
  LiensDuplicateReason  reason;
  char                 *key;
  char                 *key2;   /* the organisation, beside the name */
} MatchKey;

static void
match_key_clear (gpointer data)
{
  MatchKey *match = data;

  g_free (match->key);
  g_free (match->key2);
}

static GArray *
collect_match_keys (LiensContact *candidate)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (MatchKey));
  GPtrArray *details = liens_contact_get_details (candidate);
  const char *uid = liens_contact_get_uid (candidate);
  const char *organisation = liens_contact_get_organisation (candidate);

  g_array_set_clear_func (keys, match_key_clear);

  if (!is_empty (uid))
    {
      MatchKey match = { LIENS_DUPLICATE_REASON_UID, g_strdup (uid), NULL };

      g_array_append_val (keys, match);
    }

  for (guint r = 0; r < G_N_ELEMENTS (detail_reasons); r++)
    for (guint i = 0; details != NULL && i < details->len; i++)
      {
        const LiensContactDetail *detail = g_ptr_array_index (details, i);
        MatchKey match = { detail_reasons[r].reason, NULL, NULL };

        if (detail->kind != detail_reasons[r].kind)
          continue;

        match.key = liens_store_compute_match_key (detail->kind, detail->value);
        if (match.key != NULL)
          g_array_append_val (keys, match);
      }

  /* A name alone is too common; with the organisation it tells a person. */
  if (!is_empty (organisation) &&
      (!is_empty (liens_contact_get_given_name (candidate)) ||
       !is_empty (liens_contact_get_family_name (candidate))))
    {
      MatchKey match = { LIENS_DUPLICATE_REASON_NAME_AND_ORGANISATION, NULL, NULL };

      match.key = liens_store_compute_sort_key (liens_contact_get_display_name (candidate));
      match.key2 = liens_store_compute_sort_key (organisation);
      g_array_append_val (keys, match);
    }

  return keys;
}

/* The same name (an indexed lookup, on both sides of the archive) in the same
 * organisation, whatever its case and accents: the first of them by id, 0 if none, -1 on
 * error. Organisations repeat across an address book: @organisation_keys, if given, keeps
 * the key of each one met, computed once rather than for every contact of the name. */
static gint64
lookup_name_and_organisation (LiensStore      *self,
                              const MatchKey  *match,
                              GHashTable      *organisation_keys,
                              GError         **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gint64 found = 0;
  int rc;

  stmt = liens_store_prepare (self,
                              "SELECT id, organisation FROM contact "
                              "WHERE archived IN (0, 1) AND sort_key = ?1",
                              error);
  if (stmt == NULL)
    return -1;

  liens_stmt_bind_text (stmt, 1, match->key);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *organisation = liens_stmt_get_text (stmt, 1);
      g_autofree char *computed = NULL;
      const char *key = NULL;

      if (organisation == NULL || (found != 0 && id > found))
        continue;

      if (organisation_keys != NULL)
        key = g_hash_table_lookup (organisation_keys, organisation);
      if (key == NULL)
        {
          key = computed = liens_store_compute_sort_key (organisation);
          if (organisation_keys != NULL)
            g_hash_table_insert (organisation_keys, g_strdup (organisation),
                                 g_steal_pointer (&computed));
        }

      if (g_strcmp0 (key, match->key2) == 0)
        found = id;
    }

  if (rc != SQLITE_DONE)
    {
      liens_store_fail (self, rc, error);
      return -1;
    }

  return found;
}

/* Each an indexed lookup. */
static gint64
lookup_match_key (LiensStore      *self,
                  const MatchKey  *match,
                  GHashTable      *organisation_keys,
                  GError         **error)
{
  switch (match->reason)
    {
    case LIENS_DUPLICATE_REASON_UID:
      return lookup_id (self, "SELECT id FROM contact WHERE uid = ?1 ORDER BY id LIMIT 1",
                        match->key, NULL, error);

    case LIENS_DUPLICATE_REASON_NAME_AND_ORGANISATION:
      return lookup_name_and_organisation (self, match, organisation_keys, error);

    case LIENS_DUPLICATE_REASON_LINKEDIN:
    case LIENS_DUPLICATE_REASON_EMAIL:
    case LIENS_DUPLICATE_REASON_PHONE:
    case LIENS_DUPLICATE_REASON_NONE:
    default:
      return lookup_id (self,
                        "SELECT contact_id FROM contact_detail WHERE match_key = ?1 "
                        "ORDER BY contact_id LIMIT 1",
                        match->key, NULL, error);
    }
}

/* The id of the stored contact @keys find, 0 if none, -1 on error. */
static gint64
find_duplicate_id (LiensStore            *self,
                   GArray                *keys,
                   GHashTable            *organisation_keys,
                   LiensDuplicateReason  *reason,
                   GError               **error)
{
  *reason = LIENS_DUPLICATE_REASON_NONE;

  for (guint i = 0; i < keys->len; i++)
    {
      const MatchKey *match = &g_array_index (keys, MatchKey, i);
      gint64 id = lookup_match_key (self, match, organisation_keys, error);

      if (id > 0)
        *reason = match->reason;
      if (id != 0)
        return id;
    }

  return 0;
}

/* Within one file: the same keys, as text. */
static char *
match_key_to_string (const MatchKey *match)
{
  return g_strdup_printf ("%d\x1f%s\x1f%s", match->reason, match->key,
                          match->key2 != NULL ? match->key2 : "");
}

/* The index of an earlier new candidate @keys find in @seen, -1 if none. */
static int
find_in_file (GHashTable            *seen,
              GArray                *keys,
              LiensDuplicateReason  *reason)
{
  for (guint i = 0; i < keys->len; i++)
    {
      const MatchKey *match = &g_array_index (keys, MatchKey, i);
      g_autofree char *text = match_key_to_string (match);
      gpointer index;

      if (g_hash_table_lookup_extended (seen, text, NULL, &index))
        {
          *reason = match->reason;
          return GPOINTER_TO_INT (index);
        }
    }

  return -1;
}

static void
remember_in_file (GHashTable *seen,
                  GArray     *keys,
                  guint       index)
{
  for (guint i = 0; i < keys->len; i++)
    {
      char *text = match_key_to_string (&g_array_index (keys, MatchKey, i));

      /* The first contact with a key keeps it. */
      if (g_hash_table_contains (seen, text))
        g_free (text);
      else
        g_hash_table_insert (seen, text, GINT_TO_POINTER (index));
    }
}

static void
fill_text (LiensContact *target,
           LiensContact *source,
           const char   *(*get) (LiensContact *),
           void          (*set) (LiensContact *, const char *),
           gboolean       source_wins)
{
  const char *value = get (source);

  if (!is_empty (value) && (source_wins || is_empty (get (target))))
    set (target, value);
}

static char *
detail_key (const LiensContactDetail *detail)
{
  char *key = liens_store_compute_match_key (detail->kind, detail->value);

  if (key != NULL)
    return key;

  return g_strdup_printf ("%d:%s", detail->kind,
                          detail->value != NULL ? detail->value : "");
}

static void
merge_details (LiensContact *target,
               LiensContact *source)
{
  GPtrArray *details = liens_contact_get_details (source);
  GPtrArray *existing = liens_contact_get_details (target);
  g_autoptr(GHashTable) keys = NULL;

  if (details == NULL || details->len == 0)
    return;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; existing != NULL && i < existing->len; i++)
    g_hash_table_add (keys, detail_key (g_ptr_array_index (existing, i)));

  for (guint i = 0; i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);
      char *key;

      if (is_empty (detail->value))
        continue;

      key = detail_key (detail);
      if (!g_hash_table_add (keys, key))
        continue;

      liens_contact_add_detail (target, detail->kind, detail->label, detail->value);
    }
}

static void
merge_tags (LiensContact *target,
            LiensContact *source)
{
  const char * const *tags = liens_contact_get_tags (source);
  const char * const *existing = liens_contact_get_tags (target);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) merged = NULL;
  gboolean added = FALSE;

  if (tags == NULL || tags[0] == NULL)
    return;

  builder = g_strv_builder_new ();
  if (existing != NULL)
    g_strv_builder_addv (builder, (const char **) existing);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      gboolean found = FALSE;

      /* Tags are the same whatever their case, as the store compares them (NOCASE). */
      for (guint j = 0; existing != NULL && existing[j] != NULL && !found; j++)
        found = g_ascii_strcasecmp (existing[j], tags[i]) == 0;
      if (found || is_empty (tags[i]))
        continue;

      g_strv_builder_add (builder, tags[i]);
      added = TRUE;
    }

  if (!added)
    return;

  merged = g_strv_builder_end (builder);
  liens_contact_set_tags (target, (const char * const *) merged);
}

static void
merge_notes (LiensContact *target,
             LiensContact *source)
{
  const char *notes = liens_contact_get_notes (source);
  const char *existing = liens_contact_get_notes (target);
  g_autofree char *joined = NULL;

  if (is_empty (notes) || (existing != NULL && strstr (existing, notes) != NULL))
    return;

  if (is_empty (existing))
    {
      liens_contact_set_notes (target, notes);
      return;
    }

  joined = g_strconcat (existing, "\n\n", notes, NULL);
  liens_contact_set_notes (target, joined);
}

/* Completes @target with what @source has and it lacks (see the top of this file); with
 * @newer_wins, the organisation and role of @source replace those of @target. An empty
 * @target makes a copy of @source. */
static void
merge_into (LiensContact *target,
            LiensContact *source,
            gboolean      newer_wins)
{
  fill_text (target, source, liens_contact_get_given_name, liens_contact_set_given_name, FALSE);
  fill_text (target, source, liens_contact_get_family_name, liens_contact_set_family_name, FALSE);
  fill_text (target, source, liens_contact_get_organisation, liens_contact_set_organisation,
             newer_wins);
  fill_text (target, source, liens_contact_get_role, liens_contact_set_role, newer_wins);
  fill_text (target, source, liens_contact_get_met_how, liens_contact_set_met_how, FALSE);
  fill_text (target, source, liens_contact_get_expertise, liens_contact_set_expertise, FALSE);
  fill_text (target, source, liens_contact_get_interests, liens_contact_set_interests, FALSE);
  fill_text (target, source, liens_contact_get_uid, liens_contact_set_uid, FALSE);
  fill_text (target, source, liens_contact_get_birthday, liens_contact_set_birthday, FALSE);
  fill_text (target, source, liens_contact_get_vcard_extra, liens_contact_set_vcard_extra,
             FALSE);
  merge_notes (target, source);

  if (liens_contact_get_met_on (target) == NULL)
    liens_contact_set_met_on (target, liens_contact_get_met_on (source));
  if (liens_contact_get_photo (target) == NULL)
    liens_contact_set_photo (target, liens_contact_get_photo (source));
  if (liens_contact_get_tie_strength (target) == 0)
    liens_contact_set_tie_strength (target, liens_contact_get_tie_strength (source));
  if (liens_contact_get_tie_nature (target) == 0)
    liens_contact_set_tie_nature (target, liens_contact_get_tie_nature (source));
  if (liens_contact_get_profile (target) == 0)
    liens_contact_set_profile (target, liens_contact_get_profile (source));
  if (liens_contact_get_cadence (target) == 0 && liens_contact_get_cadence (source) != 0)
    {
      liens_contact_set_cadence (target, liens_contact_get_cadence (source));
      liens_contact_set_cadence_days (target, liens_contact_get_cadence_days (source));
    }

  merge_details (target, source);
  merge_tags (target, source);
}

static void
add_network (LiensContact *contact,
             gint64        network_id)
{
  g_autoptr(GArray) ids = NULL;
  const gint64 *existing;
  guint n_existing = 0;

  if (network_id == 0 || liens_contact_has_network (contact, network_id))
    return;

  existing = liens_contact_get_network_ids (contact, &n_existing);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_existing + 1);
  g_array_append_vals (ids, existing, n_existing);
  g_array_append_val (ids, network_id);
  liens_contact_set_network_ids (contact, (const gint64 *) (gpointer) ids->data, ids->len);
}

/* The network imported contacts join, found by name whatever its case, or created. */
static gboolean
ensure_network (LiensStore  *self,
                const char  *name,
                gint64      *network_id,
                GError     **error)
{
  g_autoptr(LiensStmt) insert = NULL;

  *network_id = lookup_id (self,
                           "SELECT id FROM network WHERE name = ?1 COLLATE NOCASE "
                           "ORDER BY id LIMIT 1",
                           name, NULL, error);
  if (*network_id != 0)
    return *network_id > 0;

  insert = liens_store_prepare (self, "INSERT INTO network (name, kind) VALUES (?1, ?2)",
                                error);
  if (insert == NULL)
    return FALSE;

  liens_stmt_bind_text (insert, 1, name);
  sqlite3_bind_int (insert, 2, g_ascii_strcasecmp (name, "LinkedIn") == 0 ?
                               LIENS_NETWORK_KIND_SOCIAL : LIENS_NETWORK_KIND_OTHER);

  return liens_store_write_row (self, insert, LIENS_STORE_ENTITY_NETWORK, network_id, error);
}

typedef struct
{
  guint             n_changes;
  LiensContactParts parts;
} Changes;

/* Which rows a merge changes: the contact's own columns, its details, tags or networks.
 * The search entry holds the name, organisation, role, expertise, interests, tags and
 * notes: a merge that changes none of them leaves it as it is. */
static void
count_change_cb (GObject    *object,
                 GParamSpec *pspec,
                 Changes    *changes)
{
  static const char * const searched[] = {
    "given-name", "family-name", "organisation", "role", "expertise", "interests", "notes",
  };
  const char *name = g_param_spec_get_name (pspec);

  changes->n_changes++;

  if (g_str_equal (name, "details"))
    changes->parts |= LIENS_CONTACT_PART_DETAILS;
  else if (g_str_equal (name, "tags"))
    changes->parts |= LIENS_CONTACT_PART_TAGS | LIENS_CONTACT_PART_SEARCH;
  else if (g_str_equal (name, "network-ids"))
    changes->parts |= LIENS_CONTACT_PART_NETWORKS;
  else if (g_strv_contains (searched, name))
    changes->parts |= LIENS_CONTACT_PART_ROW | LIENS_CONTACT_PART_SEARCH;
  else
    changes->parts |= LIENS_CONTACT_PART_ROW;
}

static gboolean
apply_candidate (LiensStore  *self,
                 Candidate   *candidate,
                 gint64       existing_id,
                 gint64       network_id,
                 GDateTime   *now,
                 gint64      *id,
                 GError     **error)
{
  g_autoptr(LiensContact) target = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean newer_wins = FALSE;
  GDateTime *created_at;
  Changes changes = { 0, 0 };
  gulong handler;

  *id = 0;

  if (candidate->status == LIENS_IMPORT_STATUS_DUPLICATE)
    {
      if (candidate->choice == LIENS_IMPORT_CHOICE_SKIP)
        return TRUE;

      if (candidate->choice == LIENS_IMPORT_CHOICE_MERGE)
        {
          /* Deleted since the plan was made: then it is new again. */
          target = liens_store_load_contact_to_merge (self, existing_id, &local_error);
          if (target == NULL &&
              !g_error_matches (local_error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }

          if (target != NULL)
            *id = existing_id;
          newer_wins = candidate->reason == LIENS_DUPLICATE_REASON_LINKEDIN;
        }
    }

  /* The caller's objects stay as they are: a new contact is a copy. */
  if (target == NULL)
    target = liens_contact_new ();

  /* A contact's setters notify only what they change. */
  handler = g_signal_connect (target, "notify", G_CALLBACK (count_change_cb), &changes);
  merge_into (target, candidate->contact, newer_wins);
  add_network (target, network_id);
  g_signal_handler_disconnect (target, handler);

  /* Merged into a contact that had it all already, as when importing a file again: none
   * of its rows, nor its search entry, is written again. */
  if (*id != 0 && changes.n_changes == 0)
    return TRUE;

  created_at = liens_contact_get_created_at (target);
  if (created_at == NULL)
    created_at = now;

  /* A merge writes only what it changed: most add an email or a phone number. */
  if (*id != 0)
    return liens_store_update_contact_parts (self, target, created_at, now, *id,
                                             changes.parts, error);

  return liens_store_write_contact_rows (self, target, created_at, now, id, error);
}

typedef struct
{
  guint   index;
  gint64  existing_id;  /* a merge's, 0 for a new contact */
  char   *sort_key;     /* a new contact's */
} Ordered;

static int
compare_ordered (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Ordered *x = a;
  const Ordered *y = b;
  int cmp;

  /* The merges first, by the id of the contact they complete. */
  if (x->existing_id != y->existing_id)
    {
      if (x->existing_id == 0 || y->existing_id == 0)
        return x->existing_id == 0 ? 1 : -1;
      return x->existing_id < y->existing_id ? -1 : 1;
    }

  cmp = g_strcmp0 (x->sort_key, y->sort_key);
  if (cmp != 0)
    return cmp;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* The order the candidates are written in, so that their writes land next to each other
 * rather than at random pages of a big address book's tables and indexes: the merges by
 * the id of the contact they complete (its row, details, networks), then the new contacts
 * by their sort key (the name index; their rows and search entries follow by rowid);
 * last, the duplicates within the file, in the file's order, after the contact each one
 * refers to. What is written is the same in any order. */
static guint *
plan_write_order (LiensImportPlan *plan)
{
  guint total = plan->candidates->len;
  guint *order = g_new (guint, MAX (total, 1));
  g_autofree Ordered *firsts = g_new (Ordered, MAX (total, 1));
  guint n = 0;
  guint n_firsts = 0;

  for (guint i = 0; i < total; i++)
    {
      Candidate *candidate = plan_get (plan, i);
      Ordered *ordered;

      if (candidate->duplicate_of >= 0)
        continue;

      ordered = &firsts[n_firsts++];
      *ordered = (Ordered) { i, 0, NULL };

      if (candidate->status == LIENS_IMPORT_STATUS_DUPLICATE &&
          candidate->choice == LIENS_IMPORT_CHOICE_MERGE)
        ordered->existing_id = candidate->existing_id;
      else
        ordered->sort_key =
          liens_store_compute_sort_key (liens_contact_get_display_name (candidate->contact));
    }

  g_qsort_with_data (firsts, n_firsts, sizeof (Ordered), compare_ordered, NULL);

  for (guint k = 0; k < n_firsts; k++)
    {
      order[n++] = firsts[k].index;
      g_free (firsts[k].sort_key);
    }

  for (guint i = 0; i < total; i++)
    if (plan_get (plan, i)->duplicate_of >= 0)
      order[n++] = i;

  g_assert (n == total);

  return order;
}

typedef struct
{
  LiensImportPlan        *plan;
  char                   *network_name;
  LiensStoreProgressFunc  progress;
  gpointer                progress_data;
  GMainContext           *context;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_pointer (&data->plan, liens_import_plan_unref);
  g_free (data->network_name);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

typedef struct
{
  LiensStoreProgressFunc progress;
  gpointer               progress_data;
  guint                  done;
  guint                  total;
} ProgressReport;

static gboolean
report_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->done, report->total, report->progress_data);

  return G_SOURCE_REMOVE;
}

/* In the worker: hands the progress over to the thread that started the import. */
static void
thread_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  ImportData *data = user_data;
  ProgressReport *report = g_new (ProgressReport, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  /* Always through a source: g_main_context_invoke() would call it right here, in the
   * worker, whenever the caller's context is the default one and nobody iterates it. */
  *report = (ProgressReport) { data->progress, data->progress_data, done, total };
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, report_progress_cb, report, g_free);
  g_source_attach (source, data->context);
}

static gpointer
import_in_worker (LiensStore    *worker,
                  gpointer       user_data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  ImportData *data = user_data;

  if (!liens_store_apply_import (worker, data->plan, data->network_name, cancellable,
                                 data->progress != NULL ? thread_progress_cb : NULL, data,
                                 error))
    return NULL;

  return GINT_TO_POINTER (TRUE);
}

/* Back in the thread that started the import: the lists of its store reload. */
static void
import_done (LiensStore *self,
             gpointer    result)
{
  liens_store_emit_reset (self);
}

/* Public API: the plan */

LiensImportPlan *
liens_import_plan_ref (LiensImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return g_atomic_rc_box_acquire (plan);
}

static void
liens_import_plan_clear (LiensImportPlan *plan)
{
  g_clear_pointer (&plan->candidates, g_array_unref);
}

void
liens_import_plan_unref (LiensImportPlan *plan)
{
  g_return_if_fail (plan != NULL);

  g_atomic_rc_box_release_full (plan, (GDestroyNotify) liens_import_plan_clear);
}

guint
liens_import_plan_get_n_candidates (LiensImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->candidates->len;
}

guint
liens_import_plan_get_n_new (LiensImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_new;
}

guint
liens_import_plan_get_n_duplicates (LiensImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->n_duplicates;
}

/**
 * liens_import_plan_get_candidate:
 * @plan: a #LiensImportPlan
 * @index: which candidate, in the order they were given
 *
 * Returns: (transfer none): the imported contact, as read from the file
 */
LiensContact *
liens_import_plan_get_candidate (LiensImportPlan *plan,
                                 guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->contact : NULL;
}

LiensImportStatus
liens_import_plan_get_status (LiensImportPlan *plan,
                              guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->status : LIENS_IMPORT_STATUS_NEW;
}

/* The stored contact a duplicate matches, 0 for a new one or a duplicate within the file. */
gint64
liens_import_plan_get_existing_id (LiensImportPlan *plan,
                                   guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->existing_id : 0;
}

/* The earlier candidate of the same file a duplicate is the same person as, or -1: it is
 * then merged into (or kept beside) the contact that one becomes. */
int
liens_import_plan_get_duplicate_of (LiensImportPlan *plan,
                                    guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->duplicate_of : -1;
}

LiensDuplicateReason
liens_import_plan_get_reason (LiensImportPlan *plan,
                              guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->reason : LIENS_DUPLICATE_REASON_NONE;
}

/* What applying does with a duplicate; a new contact is always added. */
LiensImportChoice
liens_import_plan_get_choice (LiensImportPlan *plan,
                              guint            index)
{
  Candidate *candidate = plan_get (plan, index);

  return candidate != NULL ? candidate->choice : LIENS_IMPORT_CHOICE_KEEP_BOTH;
}

void
liens_import_plan_set_choice (LiensImportPlan   *plan,
                              guint              index,
                              LiensImportChoice  choice)
{
  Candidate *candidate = plan_get (plan, index);

  g_return_if_fail (choice <= LIENS_IMPORT_CHOICE_SKIP);

  if (candidate != NULL && candidate->status == LIENS_IMPORT_STATUS_DUPLICATE)
    candidate->choice = choice;
}

/* Sets the choice of every duplicate. */
void
liens_import_plan_set_all_choices (LiensImportPlan   *plan,
                                   LiensImportChoice  choice)
{
  g_return_if_fail (plan != NULL);

  for (guint i = 0; i < plan->candidates->len; i++)
    liens_import_plan_set_choice (plan, i, choice);
}

/**
 * liens_import_choice_for_reason:
 * @reason: why a contact was taken for a duplicate
 *
 * The choice a plan proposes: a UID, a LinkedIn profile, an email address or a phone
 * number belong to one person, so the stored contact is completed (merged); the same name
 * in the same organisation may be two people, and the stored contact is left as it is
 * (skipped) unless the user decides otherwise.
 *
 * Returns: the proposed choice
 */
LiensImportChoice
liens_import_choice_for_reason (LiensDuplicateReason reason)
{
  switch (reason)
    {
    case LIENS_DUPLICATE_REASON_UID:
    case LIENS_DUPLICATE_REASON_LINKEDIN:
    case LIENS_DUPLICATE_REASON_EMAIL:
    case LIENS_DUPLICATE_REASON_PHONE:
      return LIENS_IMPORT_CHOICE_MERGE;

    case LIENS_DUPLICATE_REASON_NAME_AND_ORGANISATION:
      return LIENS_IMPORT_CHOICE_SKIP;

    case LIENS_DUPLICATE_REASON_NONE:
    default:
      return LIENS_IMPORT_CHOICE_KEEP_BOTH;
    }
}

/* Public API: the store */

/**
 * liens_store_find_duplicate:
 * @self: a #LiensStore
 * @candidate: a contact, typically read from a file
 * @reason: (out) (optional): why the contact found is taken for the same person
 * @error: return location for a #LiensStoreError
 *
 * Finds a stored contact (archived or not) that is the same person as @candidate, by the
 * strongest sign first: the same UID, LinkedIn profile, email address (whatever the case)
 * or phone number (whatever the spacing, "+33" or "0"), else the same name in the same
 * organisation (whatever the case and accents). Each is one indexed lookup.
 *
 * Returns: (transfer full) (nullable): the stored contact, or %NULL when there is none
 *   (@error unset) or on error
 */
LiensContact *
liens_store_find_duplicate (LiensStore            *self,
                            LiensContact          *candidate,
                            LiensDuplicateReason  *reason,
                            GError               **error)
{
  LiensDuplicateReason found = LIENS_DUPLICATE_REASON_NONE;
  g_autoptr(GArray) keys = NULL;
  gint64 id;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (LIENS_IS_CONTACT (candidate), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  keys = collect_match_keys (candidate);
  id = find_duplicate_id (self, keys, NULL, &found, error);
  if (reason != NULL)
    *reason = id > 0 ? found : LIENS_DUPLICATE_REASON_NONE;
  if (id <= 0)
    return NULL;

  return liens_store_load_contact (self, id, error);
}

/**
 * liens_store_plan_import:
 * @self: a #LiensStore
 * @contacts: (element-type LiensContact): the contacts read from a file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #LiensStoreError or %G_IO_ERROR_CANCELLED
 *
 * Finds which of @contacts are new and which are already stored, proposing a choice for
 * each duplicate (see liens_import_choice_for_reason()). Writes nothing. The plan keeps a
 * reference on each contact and never changes them.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LiensImportPlan *
liens_store_plan_import (LiensStore    *self,
                         GPtrArray     *contacts,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(LiensImportPlan) plan = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) organisation_keys = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (contacts != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = g_atomic_rc_box_new0 (LiensImportPlan);
  plan->candidates = g_array_sized_new (FALSE, TRUE, sizeof (Candidate), contacts->len);
  g_array_set_clear_func (plan->candidates, candidate_clear);

  /* Contacts found twice in the file, by the same keys as in the store. */
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  organisation_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* One read transaction: one snapshot, and no file lock taken and released per lookup. */
  if (!liens_store_exec (self, "BEGIN DEFERRED", error))
    return NULL;

  liens_store_set_import_cache (self, TRUE);

  for (guint i = 0; ok && i < contacts->len; i++)
    {
      Candidate candidate = { g_object_ref (g_ptr_array_index (contacts, i)), 0, 0, -1, };
      g_autoptr(GArray) keys = collect_match_keys (candidate.contact);

      if (i % PROGRESS_STEP == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        candidate.existing_id = find_duplicate_id (self, keys, organisation_keys,
                                                   &candidate.reason, error);

      if (ok && candidate.existing_id == 0)
        candidate.duplicate_of = find_in_file (seen, keys, &candidate.reason);

      if (!ok || candidate.existing_id < 0)
        {
          g_object_unref (candidate.contact);
          ok = FALSE;
          break;
        }

      if (candidate.existing_id > 0 || candidate.duplicate_of >= 0)
        {
          candidate.status = LIENS_IMPORT_STATUS_DUPLICATE;
          candidate.choice = liens_import_choice_for_reason (candidate.reason);
          plan->n_duplicates++;
        }
      else
        {
          candidate.status = LIENS_IMPORT_STATUS_NEW;
          candidate.choice = LIENS_IMPORT_CHOICE_KEEP_BOTH;
          plan->n_new++;
          remember_in_file (seen, keys, i);
        }

      g_array_append_val (plan->candidates, candidate);
    }

  /* Nothing was written: ending the transaction either way only releases the snapshot. */
  liens_store_rollback (self);
  liens_store_set_import_cache (self, FALSE);
  if (!ok)
    return NULL;

  return g_steal_pointer (&plan);
}

static void
ptr_array_unref (gpointer data)
{
  g_ptr_array_unref (data);
}

static gpointer
plan_in_worker (LiensStore    *worker,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return liens_store_plan_import (worker, data, cancellable, error);
}

/**
 * liens_store_plan_import_async:
 * @self: the store the UI uses
 * @contacts: (element-type LiensContact): the contacts read from a file, not changed
 *   until the plan is made
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the plan is made
 * @user_data: data for @callback
 *
 * Plans the import as liens_store_plan_import() does, in a worker thread with a
 * connection of its own to the same file.
 */
void
liens_store_plan_import_async (LiensStore          *self,
                               GPtrArray           *contacts,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIENS_IS_STORE (self));
  g_return_if_fail (contacts != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, liens_store_plan_import_async);
  liens_store_run_in_worker (self, task, plan_in_worker, NULL,
                             g_ptr_array_ref (contacts), ptr_array_unref,
                             (GDestroyNotify) liens_import_plan_unref);
}

/**
 * liens_store_plan_import_finish:
 * @self: a #LiensStore
 * @result: the result given to the callback
 * @error: return location for a #LiensStoreError or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LiensImportPlan *
liens_store_plan_import_finish (LiensStore    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        liens_store_plan_import_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * liens_store_apply_import:
 * @self: a #LiensStore
 * @plan: a plan from liens_store_plan_import() on the same database
 * @network_name: (nullable): a network every imported contact joins, such as "LinkedIn",
 *   found by name or created
 * @cancellable: (nullable): a #GCancellable, which may be cancelled from @progress
 * @progress: (nullable) (scope call): called every few hundred contacts
 * @progress_data: data for @progress
 * @error: return location for a #LiensStoreError or %G_IO_ERROR_CANCELLED
 *
 * Writes the plan in one transaction: new contacts and those to keep both are added,
 * those to merge complete the stored contact, those to skip are left out. On error or
 * cancellation nothing at all is written and no signal is emitted. On success the store
 * emits #LiensStore::reset once, however many contacts were written. Runs on the thread
 * that uses @self; see liens_store_apply_import_async() for a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_apply_import (LiensStore              *self,
                          LiensImportPlan         *plan,
                          const char              *network_name,
                          GCancellable            *cancellable,
                          LiensStoreProgressFunc   progress,
                          gpointer                 progress_data,
                          GError                 **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree gint64 *ids = NULL;
  g_autofree guint *order = NULL;
  gint64 network_id = 0;
  gboolean changed;
  gboolean ok = TRUE;
  guint total;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !liens_store_begin (self, error))
    return FALSE;

  liens_store_set_import_cache (self, TRUE);
  liens_store_begin_import (self);
  now = liens_store_dup_now ();
  total = plan->candidates->len;
  ids = g_new0 (gint64, MAX (total, 1));
  order = plan_write_order (plan);

  if (!is_empty (network_name))
    ok = ensure_network (self, network_name, &network_id, error);

  for (guint i = 0; ok && i < total; i++)
    {
      Candidate *candidate = plan_get (plan, order[i]);
      gint64 existing_id = candidate->existing_id;

      /* The same person earlier in the file: the contact that one became. */
      if (candidate->duplicate_of >= 0)
        existing_id = ids[candidate->duplicate_of];

      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           apply_candidate (self, candidate, existing_id, network_id, now, &ids[order[i]],
                            error);

      if (ok && progress != NULL && ((i + 1) % PROGRESS_STEP == 0 || i + 1 == total))
        progress (i + 1, total, progress_data);
    }

  ok = ok && liens_store_flush_fts_batch (self, error);

  /* Cancelled during the last progress report: still nothing is written. */
  ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, error);

  changed = liens_store_end_import (self);
  ok = liens_store_finish (self, ok, error);
  liens_store_set_import_cache (self, FALSE);
  if (!ok)
    return FALSE;

  if (changed)
    liens_store_emit_reset (self);

  return TRUE;
}

/**
 * liens_store_apply_import_async:
 * @self: the store the UI uses
 * @plan: a plan from liens_store_plan_import(), not changed until the import is done
 * @network_name: (nullable): as for liens_store_apply_import()
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): called in the thread of the caller's main context
 * @progress_data: data for @progress, valid until @callback is called
 * @callback: called when the import is done
 * @user_data: data for @callback
 *
 * Applies @plan as liens_store_apply_import() does, in a worker thread with a connection
 * of its own to the same file, so that the UI never waits for it. When it succeeds, @self
 * emits #LiensStore::reset before @callback is called.
 */
void
liens_store_apply_import_async (LiensStore             *self,
                                LiensImportPlan        *plan,
                                const char             *network_name,
                                GCancellable           *cancellable,
                                LiensStoreProgressFunc  progress,
                                gpointer                progress_data,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (LIENS_IS_STORE (self));
  g_return_if_fail (plan != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, liens_store_apply_import_async);

  data = g_new0 (ImportData, 1);
  data->plan = liens_import_plan_ref (plan);
  data->network_name = g_strdup (network_name);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();

  liens_store_run_in_worker (self, task, import_in_worker, import_done,
                             data, (GDestroyNotify) import_data_free, NULL);
}

gboolean
liens_store_apply_import_finish (LiensStore    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        liens_store_apply_import_async, FALSE);

  return g_task_propagate_pointer (G_TASK (result), error) != NULL;
}
