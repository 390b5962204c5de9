/* liens-store-contact.c: contacts, their details, tags and networks, and their search index.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-store-private.h"

/* Helpers */

/**
 * liens_store_compute_sort_key:
 * @display_name: (nullable): a name as shown
 *
 * Builds the key the contact list sorts on: compatibility-decomposed, without accents,
 * case-folded, so that "Émilie" sorts with the E's whatever the locale.
 *
 * Returns: (transfer full): the key
 */
char *
liens_store_compute_sort_key (const char *display_name)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  if (display_name == NULL || !g_utf8_validate (display_name, -1, NULL))
    return g_strdup ("");

  decomposed = g_utf8_normalize (display_name, -1, G_NORMALIZE_ALL);
  bare = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  g_strstrip (bare->str);

  return g_utf8_casefold (bare->str, -1);
}

/**
 * liens_store_build_fts_query:
 * @text: (nullable): what the user typed
 *
 * Turns free text into an FTS5 query that cannot be misread as query syntax: each run of
 * letters and digits becomes a quoted prefix term ("word"*), and all terms must match.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text holds no word
 */
char *
liens_store_build_fts_query (const char *text)
{
  g_autofree char *composed = NULL;
  g_autoptr(GString) query = NULL;
  gboolean in_word = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  /* Composed, as the index is: a decomposed é would split the word at its accent. */
  composed = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  query = g_string_new (NULL);

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            g_string_append (query, query->len > 0 ? " \"" : "\"");
          g_string_append_unichar (query, c);
          in_word = TRUE;
        }
      else if (in_word)
        {
          g_string_append (query, "\"*");
          in_word = FALSE;
        }
    }

  if (in_word)
    g_string_append (query, "\"*");

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

static char *
email_match_key (const char *value)
{
  g_autofree char *address = g_strstrip (g_strdup (value));
  const char *start = address;

  if (g_ascii_strncasecmp (start, "mailto:", 7) == 0)
    start += 7;

  if (strchr (start, '@') == NULL)
    return NULL;

  return g_strconcat ("email:", g_utf8_casefold (start, -1), NULL);
}

/* Digits only, in international form: a leading "00" is a "+", the "(0)" some write after
 * the country code is dropped, and a ten-digit national number starting with 0 is taken as
 * French (+33), as the numbers of Liens users mostly are. What follows a letter (an
 * extension) is not part of it. */
static char *
phone_match_key (const char *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;
  const char *p = value;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '+')
    plus = TRUE;

  for (; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "(0)"))
        p += 2;
      else if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (g_ascii_isalpha (*p))
        break;
    }

  if (!plus && g_str_has_prefix (digits->str, "00"))
    {
      g_string_erase (digits, 0, 2);
      plus = TRUE;
    }
  else if (!plus && digits->len == 10 && digits->str[0] == '0')
    {
      g_string_erase (digits, 0, 1);
      g_string_prepend (digits, "33");
      plus = TRUE;
    }

  if (digits->len < 6)
    return NULL;

  return g_strconcat ("tel:", plus ? "+" : "", digits->str, NULL);
}

/* The profile path on linkedin.com, whatever the scheme, the "www." or country subdomain,
 * the query or the final slash; a bare name is taken as the profile "in/<name>". */
static char *
linkedin_match_key (const char *value)
{
  g_autofree char *url = g_ascii_strdown (value, -1);
  const char *path;
  char *end;

  g_strstrip (url);
  end = strpbrk (url, "?#");
  if (end != NULL)
    *end = '\0';
  while (*url != '\0' && url[strlen (url) - 1] == '/')
    url[strlen (url) - 1] = '\0';

  if (*url == '\0')
    return NULL;

  path = strstr (url, "linkedin.com/");
  if (path != NULL)
    return g_strconcat ("linkedin:", path + strlen ("linkedin.com/"), NULL);

  if (strchr (url, '/') != NULL || strchr (url, '.') != NULL)
    return NULL;

  return g_strconcat ("linkedin:in/", url, NULL);
}

/**
 * liens_store_compute_match_key:
 * @kind: what @value is
 * @value: (nullable): an email address, a phone number, a LinkedIn URL…
 *
 * Builds the key that finds duplicates by detail (contact_detail.match_key, indexed):
 * the same person's detail written differently gives the same key, prefixed by its kind.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL for kinds not used to match and
 *   values too short to tell anyone apart
 */
char *
liens_store_compute_match_key (LiensDetailKind  kind,
                               const char      *value)
{
  if (value == NULL || !g_utf8_validate (value, -1, NULL))
    return NULL;

  switch (kind)
    {
    case LIENS_DETAIL_KIND_EMAIL:
      return email_match_key (value);

    case LIENS_DETAIL_KIND_PHONE:
      return phone_match_key (value);

    case LIENS_DETAIL_KIND_LINKEDIN:
      return linkedin_match_key (value);

    case LIENS_DETAIL_KIND_X:
    case LIENS_DETAIL_KIND_MASTODON:
    case LIENS_DETAIL_KIND_WEBSITE:
    case LIENS_DETAIL_KIND_OTHER_LINK:
    default:
      return NULL;
    }
}

/* A contact's search entry: the same columns as the migration that created the index,
 * composed as queries are. */
enum
{
  FTS_NAME,
  FTS_ORGANISATION,
  FTS_ROLE,
  FTS_EXPERTISE,
  FTS_INTERESTS,
  FTS_TAGS,
  FTS_NOTES,
  N_FTS_COLUMNS
};

typedef struct
{
  gint64    id;
  gboolean  added;
  char     *columns[N_FTS_COLUMNS];
} FtsRow;

void
liens_store_fts_row_free (gpointer data)
{
  FtsRow *row = data;

  for (guint i = 0; i < N_FTS_COLUMNS; i++)
    g_free (row->columns[i]);
  g_free (row);
}

static char *
compose (const char *text)
{
  return text != NULL ? g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE) : NULL;
}

static FtsRow *
fts_row_new (LiensContact *contact,
             gint64        id,
             gboolean      added)
{
  const char * const *tag_list = liens_contact_get_tags (contact);
  FtsRow *row = g_new0 (FtsRow, 1);
  g_autofree char *name = NULL;
  g_autofree char *tags = NULL;

  name = g_strdup_printf ("%s %s",
                          liens_contact_get_given_name (contact) ?: "",
                          liens_contact_get_family_name (contact) ?: "");
  g_strstrip (name);
  if (tag_list != NULL)
    tags = g_strjoinv (" ", (char **) tag_list);

  row->id = id;
  row->added = added;
  row->columns[FTS_NAME] = compose (name);
  row->columns[FTS_ORGANISATION] = compose (liens_contact_get_organisation (contact));
  row->columns[FTS_ROLE] = compose (liens_contact_get_role (contact));
  row->columns[FTS_EXPERTISE] = compose (liens_contact_get_expertise (contact));
  row->columns[FTS_INTERESTS] = compose (liens_contact_get_interests (contact));
  row->columns[FTS_TAGS] = compose (tags);
  row->columns[FTS_NOTES] = compose (liens_contact_get_notes (contact));

  return row;
}

static gboolean
write_fts_row (LiensStore    *self,
               const FtsRow  *row,
               GError       **error)
{
  g_autoptr(LiensStmt) insert = NULL;

  /* A new contact has nothing to replace: imports add thousands at once. */
  if (!row->added &&
      !liens_store_run_with_id (self, "DELETE FROM contact_fts WHERE rowid = ?1", row->id,
                                error))
    return FALSE;

  insert = liens_store_prepare (self,
                                "INSERT INTO contact_fts (rowid, name, organisation, role, "
                                "expertise, interests, tags, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, row->id);
  for (guint i = 0; i < N_FTS_COLUMNS; i++)
    liens_stmt_bind_text (insert, (int) i + 2, row->columns[i]);

  return liens_store_step_done (self, insert, error);
}

/* In a batch, search entries are written last, all together: FTS5 flushes what it holds
 * in memory at each statement savepoint, which other tables' writes open (see
 * liens_store_flush_fts_batch()). */
static gboolean
write_fts (LiensStore    *self,
           LiensContact  *contact,
           gint64         id,
           gboolean       added,
           GError       **error)
{
  GPtrArray *batch = liens_store_get_fts_batch (self);
  FtsRow *row = fts_row_new (contact, id, added);
  gboolean ok;

  if (batch != NULL)
    {
      g_ptr_array_add (batch, row);
      return TRUE;
    }

  ok = write_fts_row (self, row, error);
  liens_store_fts_row_free (row);

  return ok;
}

/* Inside the transaction of a batch, before its commit: the search entries it queued. */
gboolean
liens_store_flush_fts_batch (LiensStore  *self,
                             GError     **error)
{
  GPtrArray *batch = liens_store_get_fts_batch (self);

  g_return_val_if_fail (batch != NULL, FALSE);

  for (guint i = 0; i < batch->len; i++)
    if (!write_fts_row (self, g_ptr_array_index (batch, i), error))
      return FALSE;

  g_ptr_array_set_size (batch, 0);

  return TRUE;
}

static gboolean
write_details (LiensStore    *self,
               LiensContact  *contact,
               gint64         id,
               gboolean       added,
               GError       **error)
{
  GPtrArray *details = liens_contact_get_details (contact);

  if (!added &&
      !liens_store_run_with_id (self, "DELETE FROM contact_detail WHERE contact_id = ?1", id,
                                error))
    return FALSE;

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);
      g_autoptr(LiensStmt) insert = NULL;
      char *match_key;

      insert = liens_store_prepare (self,
                                    "INSERT INTO contact_detail "
                                    "(contact_id, position, kind, label, value, match_key) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
      if (insert == NULL)
        return FALSE;

      match_key = liens_store_compute_match_key (detail->kind, detail->value);
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int (insert, 2, (int) i);
      sqlite3_bind_int (insert, 3, detail->kind);
      liens_stmt_bind_text (insert, 4, detail->label);
      liens_stmt_bind_text (insert, 5, detail->value);
      sqlite3_bind_text (insert, 6, match_key, -1, g_free);

      if (!liens_store_step_done (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

/* A tag lives as long as a contact wears it. */
static gboolean
delete_orphan_tags (LiensStore  *self,
                    GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self,
                              "DELETE FROM tag WHERE NOT EXISTS "
                              "(SELECT 1 FROM contact_tag WHERE tag_id = tag.id)",
                              error);

  return stmt != NULL && liens_store_step_done (self, stmt, error);
}

static gboolean
write_tags (LiensStore    *self,
            LiensContact  *contact,
            gint64         id,
            gboolean       added,
            GError       **error)
{
  const char * const *tags = liens_contact_get_tags (contact);

  if (!added &&
      !liens_store_run_with_id (self, "DELETE FROM contact_tag WHERE contact_id = ?1", id, error))
    return FALSE;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autoptr(LiensStmt) insert_tag = NULL;
      g_autoptr(LiensStmt) link = NULL;

      if (tags[i][0] == '\0')
        continue;

      /* Tags are shared by name, whatever its case: the first spelling stays. */
      insert_tag = liens_store_prepare (self, "INSERT OR IGNORE INTO tag (name) VALUES (?1)",
                                        error);
      if (insert_tag == NULL)
        return FALSE;

      liens_stmt_bind_text (insert_tag, 1, tags[i]);
      if (!liens_store_step_done (self, insert_tag, error))
        return FALSE;

      link = liens_store_prepare (self,
                                  "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
                                  "SELECT ?1, id FROM tag WHERE name = ?2",
                                  error);
      if (link == NULL)
        return FALSE;

      sqlite3_bind_int64 (link, 1, id);
      liens_stmt_bind_text (link, 2, tags[i]);
      if (!liens_store_step_done (self, link, error))
        return FALSE;
    }

  return added || delete_orphan_tags (self, error);
}

static gboolean
write_networks (LiensStore    *self,
                LiensContact  *contact,
                gint64         id,
                gboolean       added,
                GError       **error)
{
  const gint64 *network_ids;
  guint n_network_ids = 0;

  if (!added &&
      !liens_store_run_with_id (self, "DELETE FROM contact_network WHERE contact_id = ?1", id,
                                error))
    return FALSE;

  network_ids = liens_contact_get_network_ids (contact, &n_network_ids);

  for (guint i = 0; i < n_network_ids; i++)
    {
      g_autoptr(LiensStmt) insert = NULL;

      insert = liens_store_prepare (self,
                                    "INSERT OR IGNORE INTO contact_network "
                                    "(contact_id, network_id) VALUES (?1, ?2)",
                                    error);
      if (insert == NULL)
        return FALSE;

      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int64 (insert, 2, network_ids[i]);
      if (!liens_store_step_done (self, insert, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_photo (LiensStmt *stmt,
            int        column,
            GBytes    *photo)
{
  gsize size = 0;
  gconstpointer data;

  if (photo == NULL)
    {
      sqlite3_bind_null (stmt, column);
      return;
    }

  data = g_bytes_get_data (photo, &size);
  if (size == 0)
    sqlite3_bind_zeroblob (stmt, column, 0);
  else
    sqlite3_bind_blob64 (stmt, column, data, size, SQLITE_TRANSIENT);
}

/* Columns 1 to 23 of both the INSERT and the UPDATE of a contact row. */
static void
bind_contact (LiensStmt    *stmt,
              LiensContact *contact,
              GDateTime    *created_at,
              GDateTime    *updated_at)
{
  g_autofree char *sort_key = NULL;

  sort_key = liens_store_compute_sort_key (liens_contact_get_display_name (contact));

  liens_stmt_bind_text (stmt, 1, liens_contact_get_given_name (contact));
  liens_stmt_bind_text (stmt, 2, liens_contact_get_family_name (contact));
  liens_stmt_bind_text (stmt, 3, sort_key);
  liens_stmt_bind_text (stmt, 4, liens_contact_get_organisation (contact));
  liens_stmt_bind_text (stmt, 5, liens_contact_get_role (contact));
  liens_stmt_bind_text (stmt, 6, liens_contact_get_met_how (contact));
  liens_stmt_bind_date (stmt, 7, liens_contact_get_met_on (contact));
  liens_stmt_bind_id (stmt, 8, liens_contact_get_introduced_by_id (contact));
  sqlite3_bind_int (stmt, 9, liens_contact_get_tie_strength (contact));
  sqlite3_bind_int (stmt, 10, liens_contact_get_tie_nature (contact));
  sqlite3_bind_int (stmt, 11, liens_contact_get_profile (contact));
  liens_stmt_bind_text (stmt, 12, liens_contact_get_expertise (contact));
  liens_stmt_bind_text (stmt, 13, liens_contact_get_interests (contact));
  sqlite3_bind_int (stmt, 14, liens_contact_get_cadence (contact));
  sqlite3_bind_int (stmt, 15, liens_contact_get_cadence_days (contact));
  liens_stmt_bind_text (stmt, 16, liens_contact_get_notes (contact));
  bind_photo (stmt, 17, liens_contact_get_photo (contact));
  liens_stmt_bind_date (stmt, 18, created_at);
  liens_stmt_bind_date (stmt, 19, updated_at);
  sqlite3_bind_int (stmt, 20, liens_contact_get_archived (contact));
  liens_stmt_bind_text (stmt, 21, liens_contact_get_uid (contact));
  liens_stmt_bind_text (stmt, 22, liens_contact_get_birthday (contact));
  liens_stmt_bind_text (stmt, 23, liens_contact_get_vcard_extra (contact));
}

/* An UPDATE of a contact's row: not found when the contact is gone. */
static gboolean
step_update (LiensStore  *self,
             LiensStmt   *stmt,
             GError     **error)
{
  if (!liens_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    return liens_store_set_not_found (error, LIENS_STORE_ENTITY_CONTACT);

  return TRUE;
}

static gboolean
write_contact (LiensStore    *self,
               LiensContact  *contact,
               GDateTime     *created_at,
               GDateTime     *updated_at,
               gint64        *id,
               GError       **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  if (*id == 0)
    {
      stmt = liens_store_prepare (self,
                                  "INSERT INTO contact (given_name, family_name, sort_key, "
                                  "organisation, role, met_how, met_on, introduced_by_id, "
                                  "tie_strength, tie_nature, profile, expertise, interests, "
                                  "cadence, cadence_days, notes, photo, created_at, updated_at, "
                                  "archived, uid, birthday, vcard_extra) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                  "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
                                  error);
      if (stmt == NULL)
        return FALSE;

      bind_contact (stmt, contact, created_at, updated_at);
      if (!liens_store_step_done (self, stmt, error))
        return FALSE;

      *id = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
      return TRUE;
    }

  stmt = liens_store_prepare (self,
                              "UPDATE contact SET given_name = ?1, family_name = ?2, "
                              "sort_key = ?3, organisation = ?4, role = ?5, met_how = ?6, "
                              "met_on = ?7, introduced_by_id = ?8, tie_strength = ?9, "
                              "tie_nature = ?10, profile = ?11, expertise = ?12, "
                              "interests = ?13, cadence = ?14, cadence_days = ?15, "
                              "notes = ?16, photo = ?17, "
                              "created_at = coalesce (?18, created_at), updated_at = ?19, "
                              "archived = ?20, uid = coalesce (?21, uid), birthday = ?22, "
                              "vcard_extra = ?23 "
                              "WHERE id = ?24",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_contact (stmt, contact, created_at, updated_at);
  sqlite3_bind_int64 (stmt, 24, *id);

  return step_update (self, stmt, error);
}

static gboolean
load_details (LiensStore    *self,
              LiensContact  *contact,
              gint64         id,
              GError       **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GPtrArray) details = NULL;
  int rc;

  stmt = liens_store_prepare (self,
                              "SELECT kind, label, value FROM contact_detail "
                              "WHERE contact_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  details = g_ptr_array_new_with_free_func ((GDestroyNotify) liens_contact_detail_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (details,
                     liens_contact_detail_new (sqlite3_column_int (stmt, 0),
                                               liens_stmt_get_text (stmt, 1),
                                               liens_stmt_get_text (stmt, 2)));

  if (rc != SQLITE_DONE)
    return liens_store_fail (self, rc, error);

  liens_contact_set_details (contact, details);

  return TRUE;
}

static gboolean
load_tags (LiensStore    *self,
           LiensContact  *contact,
           gint64         id,
           GError       **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  int rc;

  stmt = liens_store_prepare (self,
                              "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                              "WHERE ct.contact_id = ?1 ORDER BY ct.rowid",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, liens_stmt_get_text (stmt, 0));

  if (rc != SQLITE_DONE)
    return liens_store_fail (self, rc, error);

  tags = g_strv_builder_end (builder);
  liens_contact_set_tags (contact, (const char * const *) tags);

  return TRUE;
}

static gboolean
load_networks (LiensStore    *self,
               LiensContact  *contact,
               gint64         id,
               GError       **error)
{
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_int64 (id));
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 0;

  ids = liens_store_query_ids (self,
                               "SELECT network_id FROM contact_network "
                               "WHERE contact_id = ?1 ORDER BY rowid",
                               param, &n_ids, error);
  if (ids == NULL)
    return FALSE;

  liens_contact_set_network_ids (contact, ids, n_ids);

  return TRUE;
}

/* Only the modification time: the row's indexes are left as they are. */
static gboolean
touch_contact (LiensStore  *self,
               gint64       id,
               GDateTime   *updated_at,
               GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;

  stmt = liens_store_prepare (self, "UPDATE contact SET updated_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  liens_stmt_bind_date (stmt, 2, updated_at);

  return step_update (self, stmt, error);
}

static gboolean
write_contact_parts (LiensStore         *self,
                     LiensContact       *contact,
                     GDateTime          *created_at,
                     GDateTime          *now,
                     gint64             *id,
                     LiensContactParts   parts,
                     GError            **error)
{
  gboolean added = *id == 0;

  /* A contact is one person everywhere it is exported: it gets its identity on creation. */
  if (added && liens_contact_get_uid (contact) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *uid = g_strconcat ("urn:uuid:", uuid, NULL);

      liens_contact_set_uid (contact, uid);
    }

  if (added)
    parts = LIENS_CONTACT_PART_ALL;

  if (!((parts & LIENS_CONTACT_PART_ROW) ?
         write_contact (self, contact, created_at, now, id, error) :
         touch_contact (self, *id, now, error)) ||
      ((parts & LIENS_CONTACT_PART_DETAILS) &&
       !write_details (self, contact, *id, added, error)) ||
      ((parts & LIENS_CONTACT_PART_TAGS) && !write_tags (self, contact, *id, added, error)) ||
      ((parts & LIENS_CONTACT_PART_NETWORKS) &&
       !write_networks (self, contact, *id, added, error)) ||
      ((parts & LIENS_CONTACT_PART_SEARCH) && !write_fts (self, contact, *id, added, error)))
    return FALSE;

  liens_store_queue_signal (self, LIENS_STORE_ENTITY_CONTACT,
                            added ? LIENS_STORE_CHANGE_ADDED : LIENS_STORE_CHANGE_CHANGED,
                            *id);

  return TRUE;
}

/* Inside a transaction: a contact's row and all that goes with it, with its signal. *@id is
 * 0 to insert; @contact itself is left as it is, for the caller to update after the commit. */
gboolean
liens_store_write_contact_rows (LiensStore    *self,
                                LiensContact  *contact,
                                GDateTime     *created_at,
                                GDateTime     *now,
                                gint64        *id,
                                GError       **error)
{
  return write_contact_parts (self, contact, created_at, now, id, LIENS_CONTACT_PART_ALL,
                              error);
}

gboolean
liens_store_update_contact_parts (LiensStore         *self,
                                  LiensContact       *contact,
                                  GDateTime          *created_at,
                                  GDateTime          *now,
                                  gint64              id,
                                  LiensContactParts   parts,
                                  GError            **error)
{
  g_return_val_if_fail (id > 0, FALSE);

  return write_contact_parts (self, contact, created_at, now, &id, parts, error);
}

/* Store API */

/* The columns contact_from_row() reads, then the rest of the query. */
#define CONTACT_COLUMNS_WITH(last_encounter) \
  "SELECT given_name, family_name, organisation, role, met_how, " \
  "met_on, introduced_by_id, tie_strength, tie_nature, profile, " \
  "expertise, interests, cadence, cadence_days, notes, photo, " \
  "created_at, updated_at, " \
  last_encounter ", " \
  "archived, uid, birthday, vcard_extra, c.id " \
  "FROM contact c "
#define CONTACT_COLUMNS_SQL CONTACT_COLUMNS_WITH (LIENS_STORE_LAST_ENCOUNTER_SQL)

static LiensContact *
contact_from_row (LiensStmt *stmt,
                  gint64     id)
{
  g_autoptr(GDateTime) met_on = liens_stmt_dup_date (stmt, 5);
  g_autoptr(GDateTime) created_at = liens_stmt_dup_date (stmt, 16);
  g_autoptr(GDateTime) updated_at = liens_stmt_dup_date (stmt, 17);
  g_autoptr(GDateTime) last_encounter = liens_stmt_dup_date (stmt, 18);
  g_autoptr(GBytes) photo = NULL;
  LiensContact *contact;

  if (sqlite3_column_type (stmt, 15) != SQLITE_NULL)
    photo = g_bytes_new (sqlite3_column_blob (stmt, 15), sqlite3_column_bytes (stmt, 15));

  contact = liens_contact_new ();
  liens_contact_set_id (contact, id);
  liens_contact_set_given_name (contact, liens_stmt_get_text (stmt, 0));
  liens_contact_set_family_name (contact, liens_stmt_get_text (stmt, 1));
  liens_contact_set_organisation (contact, liens_stmt_get_text (stmt, 2));
  liens_contact_set_role (contact, liens_stmt_get_text (stmt, 3));
  liens_contact_set_met_how (contact, liens_stmt_get_text (stmt, 4));
  liens_contact_set_met_on (contact, met_on);
  liens_contact_set_introduced_by_id (contact, sqlite3_column_int64 (stmt, 6));
  liens_contact_set_tie_strength (contact, sqlite3_column_int (stmt, 7));
  liens_contact_set_tie_nature (contact, sqlite3_column_int (stmt, 8));
  liens_contact_set_profile (contact, sqlite3_column_int (stmt, 9));
  liens_contact_set_expertise (contact, liens_stmt_get_text (stmt, 10));
  liens_contact_set_interests (contact, liens_stmt_get_text (stmt, 11));
  liens_contact_set_cadence (contact, sqlite3_column_int (stmt, 12));
  /* The model keeps its own default for a count that was never set. */
  if (sqlite3_column_int (stmt, 13) >= 1)
    liens_contact_set_cadence_days (contact, sqlite3_column_int (stmt, 13));
  liens_contact_set_notes (contact, liens_stmt_get_text (stmt, 14));
  liens_contact_set_photo (contact, photo);
  liens_contact_set_created_at (contact, created_at);
  liens_contact_set_updated_at (contact, updated_at);
  liens_contact_set_last_encounter (contact, last_encounter);
  liens_contact_set_archived (contact, sqlite3_column_int (stmt, 19) != 0);
  liens_contact_set_uid (contact, liens_stmt_get_text (stmt, 20));
  liens_contact_set_birthday (contact, liens_stmt_get_text (stmt, 21));
  liens_contact_set_vcard_extra (contact, liens_stmt_get_text (stmt, 22));

  return contact;
}

static LiensContact *
load_contact (LiensStore  *self,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(LiensContact) contact = NULL;
  int rc;

  stmt = liens_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      liens_store_set_not_found (error, LIENS_STORE_ENTITY_CONTACT);
      return NULL;
    }
  else if (rc != SQLITE_ROW)
    {
      liens_store_fail (self, rc, error);
      return NULL;
    }

  contact = contact_from_row (stmt, id);
  g_clear_pointer (&stmt, liens_stmt_release);

  if (!load_details (self, contact, id, error) ||
      !load_tags (self, contact, id, error) ||
      !load_networks (self, contact, id, error))
    return NULL;

  return g_steal_pointer (&contact);
}

gpointer
liens_store_load_contact (LiensStore  *self,
                          gint64       id,
                          GError     **error)
{
  return load_contact (self, CONTACT_COLUMNS_SQL "WHERE c.id = ?1", id, error);
}

/* A contact to merge an import into: all but the date of their last encounter, which no
 * merge changes nor writes (one index lookup less for each of thousands of contacts). */
LiensContact *
liens_store_load_contact_to_merge (LiensStore  *self,
                                   gint64       id,
                                   GError     **error)
{
  return load_contact (self, CONTACT_COLUMNS_WITH ("NULL") "WHERE c.id = ?1", id, error);
}

/* One pass over the rows of every contact (ordered by contact, whose id is column 0): a
 * run of rows is begun, each row added to it, and it is given to its contact at its end
 * (end() frees it). */
typedef struct
{
  const char *sql;
  gpointer  (*begin) (void);
  void      (*add)   (gpointer run, LiensStmt *stmt);
  void      (*end)   (gpointer run, LiensContact *contact);
} RunLoader;

static gboolean
load_all_runs (LiensStore       *self,
               const RunLoader  *loader,
               GHashTable       *by_id,
               GError          **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  gpointer run = NULL;
  gint64 current = 0;
  int rc;

  stmt = liens_store_prepare (self, loader->sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (run != NULL && id != current)
        {
          loader->end (run, g_hash_table_lookup (by_id, &current));
          run = NULL;
        }

      if (run == NULL)
        {
          current = id;
          run = loader->begin ();
        }

      loader->add (run, stmt);
    }

  if (run != NULL)
    loader->end (run, g_hash_table_lookup (by_id, &current));

  return rc == SQLITE_DONE || liens_store_fail (self, rc, error);
}

static gpointer
details_begin (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) liens_contact_detail_free);
}

static void
details_add (gpointer   run,
             LiensStmt *stmt)
{
  g_ptr_array_add (run, liens_contact_detail_new (sqlite3_column_int (stmt, 1),
                                                  liens_stmt_get_text (stmt, 2),
                                                  liens_stmt_get_text (stmt, 3)));
}

static void
details_end (gpointer      run,
             LiensContact *contact)
{
  if (contact != NULL)
    liens_contact_set_details (contact, run);
  g_ptr_array_unref (run);
}

static gpointer
tags_begin (void)
{
  return g_strv_builder_new ();
}

static void
tags_add (gpointer   run,
          LiensStmt *stmt)
{
  g_strv_builder_add (run, liens_stmt_get_text (stmt, 1));
}

static void
tags_end (gpointer      run,
          LiensContact *contact)
{
  g_auto(GStrv) tags = g_strv_builder_end (run);

  if (contact != NULL)
    liens_contact_set_tags (contact, (const char * const *) tags);
  g_strv_builder_unref (run);
}

static gpointer
networks_begin (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
networks_add (gpointer   run,
              LiensStmt *stmt)
{
  gint64 network_id = sqlite3_column_int64 (stmt, 1);

  g_array_append_val ((GArray *) run, network_id);
}

static void
networks_end (gpointer      run,
              LiensContact *contact)
{
  GArray *ids = run;

  if (contact != NULL)
    liens_contact_set_network_ids (contact, (const gint64 *) (gpointer) ids->data, ids->len);
  g_array_unref (ids);
}

/* In the order load_details(), load_tags() and load_networks() give them. */
static const RunLoader run_loaders[] = {
  { "SELECT contact_id, kind, label, value FROM contact_detail ORDER BY contact_id, position",
    details_begin, details_add, details_end },
  { "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
    "ORDER BY ct.contact_id, ct.rowid",
    tags_begin, tags_add, tags_end },
  { "SELECT contact_id, network_id FROM contact_network ORDER BY contact_id, rowid",
    networks_begin, networks_add, networks_end },
};

static gboolean
load_all_contacts (LiensStore  *self,
                   GPtrArray   *contacts,
                   GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  int rc;

  stmt = liens_store_prepare (self, CONTACT_COLUMNS_SQL "ORDER BY c.archived, c.sort_key, c.id",
                              error);
  if (stmt == NULL)
    return FALSE;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 23);
      LiensContact *contact = contact_from_row (stmt, id);

      g_ptr_array_add (contacts, contact);
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), contact);
    }

  if (rc != SQLITE_DONE)
    return liens_store_fail (self, rc, error);

  g_clear_pointer (&stmt, liens_stmt_release);

  for (guint i = 0; i < G_N_ELEMENTS (run_loaders); i++)
    if (!load_all_runs (self, &run_loaders[i], by_id, error))
      return FALSE;

  return TRUE;
}

/* Public API */

/**
 * liens_store_load_all_contacts:
 * @self: a #LiensStore
 * @error: return location for a #LiensStoreError
 *
 * Loads every contact, as liens_store_get_contact() would, for an export: the active ones
 * then the archived ones, each in name order. Four queries in all (the contacts, their
 * details, tags and networks, each read in one pass) rather than four for each contact.
 *
 * Returns: (transfer container) (element-type LiensContact) (nullable): the contacts, or
 *   %NULL with @error set
 */
GPtrArray *
liens_store_load_all_contacts (LiensStore  *self,
                               GError     **error)
{
  g_autoptr(GPtrArray) contacts = NULL;
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contacts = g_ptr_array_new_with_free_func (g_object_unref);

  /* One snapshot for the four queries. */
  if (!liens_store_exec (self, "BEGIN DEFERRED", error))
    return NULL;

  ok = load_all_contacts (self, contacts, error);
  liens_store_rollback (self);
  if (!ok)
    return NULL;

  return g_steal_pointer (&contacts);
}

/**
 * liens_store_save_contact:
 * @self: a #LiensStore
 * @contact: the contact to write
 * @error: return location for a #LiensStoreError
 *
 * Inserts @contact if its id is 0, setting its id, or updates it. Its details, tags,
 * networks and search index entry are written in the same transaction. The store stamps
 * created_at (when unset) and updated_at.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_save_contact (LiensStore    *self,
                          LiensContact  *contact,
                          GError       **error)
{
  g_autoptr(GDateTime) now = NULL;
  GDateTime *created_at;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LIENS_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = liens_store_dup_now ();
  id = liens_contact_get_id (contact);
  created_at = liens_contact_get_created_at (contact);
  if (created_at == NULL && id == 0)
    created_at = now;

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_write_contact_rows (self, contact, created_at, now, &id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  /* The object changes only once the row is there, and before anyone hears of it. */
  liens_contact_set_id (contact, id);
  if (liens_contact_get_created_at (contact) == NULL)
    liens_contact_set_created_at (contact, created_at);
  liens_contact_set_updated_at (contact, now);

  liens_store_emit_pending (self);

  return TRUE;
}

/**
 * liens_store_dup_contact_name:
 * @self: a #LiensStore
 * @id: the contact's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * The name a contact is shown by, without reading the rest of the contact: their last
 * encounter, which liens_store_get_contact() computes, reads every encounter they had.
 *
 * Returns: (transfer full) (nullable): the name, as liens_contact_get_display_name() gives it
 */
char *
liens_store_dup_contact_name (LiensStore  *self,
                              gint64       id,
                              GError     **error)
{
  g_autoptr(LiensStmt) stmt = NULL;
  g_autoptr(LiensContact) contact = NULL;

  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = liens_store_prepare (self,
                              "SELECT given_name, family_name, organisation "
                              "FROM contact WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!liens_store_step_one (self, stmt, LIENS_STORE_ENTITY_CONTACT, error))
    return NULL;

  contact = liens_contact_new ();
  liens_contact_set_given_name (contact, liens_stmt_get_text (stmt, 0));
  liens_contact_set_family_name (contact, liens_stmt_get_text (stmt, 1));
  liens_contact_set_organisation (contact, liens_stmt_get_text (stmt, 2));

  return g_strdup (liens_contact_get_display_name (contact));
}

/**
 * liens_store_get_contact:
 * @self: a #LiensStore
 * @id: the contact's id
 * @error: return location for a #LiensStoreError, %LIENS_STORE_ERROR_NOT_FOUND if absent
 *
 * Returns: (transfer full) (nullable): a new object for the contact, with its last
 *   encounter computed from the encounters it is part of
 */
LiensContact *
liens_store_get_contact (LiensStore  *self,
                         gint64       id,
                         GError     **error)
{
  g_return_val_if_fail (LIENS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return liens_store_load_contact (self, id, error);
}

/**
 * liens_store_delete_contact:
 * @self: a #LiensStore
 * @id: the contact's id
 * @error: return location for a #LiensStoreError
 *
 * Deletes a contact with everything that is only about them: details, tags, network
 * memberships, their place in encounters and events, and the introductions naming them.
 * Encounters are shared history, so one that had other participants stays with them;
 * only an encounter left with nobody is deleted, as it was this contact's alone.
 * Contacts they introduced lose their "introduced by".
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_delete_contact (LiensStore  *self,
                            gint64       id,
                            GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_begin (self, error))
    return FALSE;

  ok = liens_store_delete_contact_rows (self, id, error);

  if (!liens_store_finish (self, ok, error))
    return FALSE;

  liens_store_emit_pending (self);

  return TRUE;
}

/* Deletes a contact inside the current transaction (see liens_store_delete_contact()). */
gboolean
liens_store_delete_contact_rows (LiensStore  *self,
                                 gint64       id,
                                 GError     **error)
{
  gboolean ok;

  /* Tell whoever shows them what the cascades below change. */
  ok = liens_store_queue_for_ids (self, LIENS_STORE_SHARED_ENCOUNTERS_SQL, id,
                                  LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_CHANGED,
                                  error) &&
       liens_store_queue_for_ids (self, LIENS_STORE_SOLE_ENCOUNTERS_SQL, id,
                                  LIENS_STORE_ENTITY_ENCOUNTER, LIENS_STORE_CHANGE_REMOVED,
                                  error) &&
       liens_store_queue_for_ids (self,
                                  "SELECT id FROM introduction "
                                  "WHERE introducer_id = ?1 OR first_id = ?1 OR second_id = ?1",
                                  id, LIENS_STORE_ENTITY_INTRODUCTION, LIENS_STORE_CHANGE_REMOVED,
                                  error) &&
       liens_store_queue_for_ids (self, "SELECT event_id FROM event_person WHERE contact_id = ?1",
                                  id, LIENS_STORE_ENTITY_EVENT, LIENS_STORE_CHANGE_CHANGED,
                                  error) &&
       liens_store_queue_for_ids (self,
                                  "SELECT id FROM contact WHERE introduced_by_id = ?1 AND id != ?1",
                                  id, LIENS_STORE_ENTITY_CONTACT, LIENS_STORE_CHANGE_CHANGED,
                                  error);

  /* Foreign keys cascade to details, tags, networks, encounter and event links and
   * introductions, and clear the introduced_by_id of others. */
  ok = ok &&
       liens_store_run_with_id (self,
                                "DELETE FROM encounter_fts "
                                "WHERE rowid IN (" LIENS_STORE_SOLE_ENCOUNTERS_SQL ")",
                                id, error) &&
       liens_store_run_with_id (self,
                                "DELETE FROM encounter "
                                "WHERE id IN (" LIENS_STORE_SOLE_ENCOUNTERS_SQL ")",
                                id, error) &&
       liens_store_run_with_id (self, "DELETE FROM contact_fts WHERE rowid = ?1", id, error) &&
       liens_store_delete_row (self, "DELETE FROM contact WHERE id = ?1",
                               LIENS_STORE_ENTITY_CONTACT, id, error) &&
       delete_orphan_tags (self, error);

  return ok;
}
