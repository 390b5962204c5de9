/* liens-store-schema.c: the database schema, as the ordered steps that build it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

/* Step N brings a database from user_version N-1 to N. A released step is never edited:
 * change the schema by appending a step (and a frozen fixture for the version before it,
 * see tests/data/schema-v1.sql). Dates are unix seconds (UTC), enums their integer values.
 */

/* v1: the core tables. */
static const char step_core_tables[] =
  "PRAGMA application_id = 1281975662;\n"

  "CREATE TABLE contact (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  given_name TEXT,\n"
  "  family_name TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  "  organisation TEXT,\n"
  "  role TEXT,\n"
  "  met_how TEXT,\n"
  "  met_on INTEGER,\n"
  "  introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,\n"
  "  tie_strength INTEGER NOT NULL DEFAULT 0,\n"
  "  tie_nature INTEGER NOT NULL DEFAULT 0,\n"
  "  profile INTEGER NOT NULL DEFAULT 0,\n"
  "  expertise TEXT,\n"
  "  interests TEXT,\n"
  "  cadence INTEGER NOT NULL DEFAULT 0,\n"
  "  cadence_days INTEGER NOT NULL DEFAULT 30,\n"
  "  notes TEXT,\n"
  "  photo BLOB,\n"
  "  created_at INTEGER,\n"
  "  updated_at INTEGER\n"
  ");\n"
  "CREATE INDEX contact_sort_key ON contact (sort_key, id);\n"
  "CREATE INDEX contact_introduced_by ON contact (introduced_by_id);\n"

  "CREATE TABLE contact_detail (\n"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  kind INTEGER NOT NULL DEFAULT 0,\n"
  "  label TEXT,\n"
  "  value TEXT,\n"
  "  PRIMARY KEY (contact_id, position)\n"
  ");\n"

  "CREATE TABLE tag (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE\n"
  ");\n"

  "CREATE TABLE contact_tag (\n"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (contact_id, tag_id)\n"
  ");\n"
  "CREATE INDEX contact_tag_tag ON contact_tag (tag_id);\n"

  "CREATE TABLE network (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT,\n"
  "  kind INTEGER NOT NULL DEFAULT 0,\n"
  "  involvement INTEGER NOT NULL DEFAULT 0,\n"
  "  url TEXT,\n"
  "  notes TEXT\n"
  ");\n"

  "CREATE TABLE contact_network (\n"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (contact_id, network_id)\n"
  ");\n"
  "CREATE INDEX contact_network_network ON contact_network (network_id);\n"

  "CREATE TABLE event (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  title TEXT,\n"
  "  start INTEGER,\n"
  "  \"end\" INTEGER,\n"
  "  all_day INTEGER NOT NULL DEFAULT 0,\n"
  "  place TEXT,\n"
  "  url TEXT,\n"
  "  network_id INTEGER REFERENCES network (id) ON DELETE SET NULL,\n"
  "  kind INTEGER NOT NULL DEFAULT 0,\n"
  "  attendance INTEGER NOT NULL DEFAULT 0,\n"
  "  goal TEXT,\n"
  "  posture INTEGER NOT NULL DEFAULT 0,\n"
  "  cost TEXT,\n"
  "  notes TEXT\n"
  ");\n"
  "CREATE INDEX event_start ON event (start);\n"
  "CREATE INDEX event_network ON event (network_id);\n"

  "CREATE TABLE event_person (\n"
  "  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,\n"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  met INTEGER NOT NULL DEFAULT 0,\n"
  "  PRIMARY KEY (event_id, contact_id)\n"
  ");\n"
  "CREATE INDEX event_person_contact ON event_person (contact_id);\n"

  "CREATE TABLE encounter (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  date INTEGER,\n"
  "  kind INTEGER NOT NULL DEFAULT 0,\n"
  "  place TEXT,\n"
  "  event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,\n"
  "  notes TEXT,\n"
  "  help INTEGER NOT NULL DEFAULT 0,\n"
  "  posture INTEGER NOT NULL DEFAULT 0,\n"
  "  follow_up_date INTEGER,\n"
  "  follow_up_what TEXT,\n"
  "  follow_up_done INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "CREATE INDEX encounter_date ON encounter (date);\n"
  "CREATE INDEX encounter_event ON encounter (event_id);\n"

  "CREATE TABLE encounter_contact (\n"
  "  encounter_id INTEGER NOT NULL REFERENCES encounter (id) ON DELETE CASCADE,\n"
  "  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (encounter_id, contact_id)\n"
  ");\n"
  "CREATE INDEX encounter_contact_contact ON encounter_contact (contact_id);\n"

  /* NULL introducer or second person means the user; an introduction goes with any of
   * the contacts it names. */
  "CREATE TABLE introduction (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  introducer_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  first_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  second_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  date INTEGER,\n"
  "  context TEXT,\n"
  "  outcome TEXT\n"
  ");\n"
  "CREATE INDEX introduction_introducer ON introduction (introducer_id);\n"
  "CREATE INDEX introduction_first ON introduction (first_id);\n"
  "CREATE INDEX introduction_second ON introduction (second_id);\n"

  "CREATE TABLE quiz_result (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  taken_at INTEGER,\n"
  "  score_super_connector REAL NOT NULL DEFAULT 0,\n"
  "  score_mentor REAL NOT NULL DEFAULT 0,\n"
  "  score_expert REAL NOT NULL DEFAULT 0,\n"
  "  score_reserved REAL NOT NULL DEFAULT 0\n"
  ");\n"
  "CREATE INDEX quiz_result_taken_at ON quiz_result (taken_at);\n";

/* v2: full-text search over contacts, filled from the rows already there. The store keeps
 * it in step with every contact write (liens-store-contact.c builds the same columns). */
static const char step_contact_fts[] =
  "CREATE VIRTUAL TABLE contact_fts USING fts5 (\n"
  "  name, organisation, role, expertise, interests, tags, notes,\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "INSERT INTO contact_fts (rowid, name, organisation, role, expertise, interests, tags, notes)\n"
  "  SELECT c.id,\n"
  "         trim (coalesce (c.given_name, '') || ' ' || coalesce (c.family_name, '')),\n"
  "         c.organisation, c.role, c.expertise, c.interests,\n"
  "         (SELECT group_concat (t.name, ' ')\n"
  "            FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id\n"
  "           WHERE ct.contact_id = c.id),\n"
  "         c.notes\n"
  "    FROM contact c;\n";

/* v3: archived contacts, and ids that are never given twice, so that a deleted contact
 * comes back with its old id (liens-store-undo.c) and an id always means one contact.
 * SQLite adds AUTOINCREMENT only by rebuilding a table: foreign keys are off during
 * migrations, and the other tables refer to these by name. */
static const char step_archive[] =
  "CREATE TABLE contact_v3 (\n"
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  given_name TEXT,\n"
  "  family_name TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  "  organisation TEXT,\n"
  "  role TEXT,\n"
  "  met_how TEXT,\n"
  "  met_on INTEGER,\n"
  "  introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,\n"
  "  tie_strength INTEGER NOT NULL DEFAULT 0,\n"
  "  tie_nature INTEGER NOT NULL DEFAULT 0,\n"
  "  profile INTEGER NOT NULL DEFAULT 0,\n"
  "  expertise TEXT,\n"
  "  interests TEXT,\n"
  "  cadence INTEGER NOT NULL DEFAULT 0,\n"
  "  cadence_days INTEGER NOT NULL DEFAULT 30,\n"
  "  notes TEXT,\n"
  "  photo BLOB,\n"
  "  created_at INTEGER,\n"
  "  updated_at INTEGER,\n"
  "  archived INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "INSERT INTO contact_v3 (id, given_name, family_name, sort_key, organisation, role,\n"
  "                        met_how, met_on, introduced_by_id, tie_strength, tie_nature,\n"
  "                        profile, expertise, interests, cadence, cadence_days, notes,\n"
  "                        photo, created_at, updated_at)\n"
  "  SELECT id, given_name, family_name, sort_key, organisation, role, met_how, met_on,\n"
  "         introduced_by_id, tie_strength, tie_nature, profile, expertise, interests,\n"
  "         cadence, cadence_days, notes, photo, created_at, updated_at\n"
  "    FROM contact;\n"
  "DROP TABLE contact;\n"
  "ALTER TABLE contact_v3 RENAME TO contact;\n"
  /* The list shows one side of the archive at a time, in name order; the columns its
   * filters read are in the index, so that filtering never reads the rows. */
  "CREATE INDEX contact_archived_sort_key ON contact (archived, sort_key, id, tie_strength,\n"
  "                                                   tie_nature, profile, cadence,\n"
  "                                                   cadence_days, met_on, created_at);\n"
  "CREATE INDEX contact_introduced_by ON contact (introduced_by_id);\n"

  "CREATE TABLE encounter_v3 (\n"
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  date INTEGER,\n"
  "  kind INTEGER NOT NULL DEFAULT 0,\n"
  "  place TEXT,\n"
  "  event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,\n"
  "  notes TEXT,\n"
  "  help INTEGER NOT NULL DEFAULT 0,\n"
  "  posture INTEGER NOT NULL DEFAULT 0,\n"
  "  follow_up_date INTEGER,\n"
  "  follow_up_what TEXT,\n"
  "  follow_up_done INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "INSERT INTO encounter_v3 (id, date, kind, place, event_id, notes, help, posture,\n"
  "                          follow_up_date, follow_up_what, follow_up_done)\n"
  "  SELECT id, date, kind, place, event_id, notes, help, posture, follow_up_date,\n"
  "         follow_up_what, follow_up_done\n"
  "    FROM encounter;\n"
  "DROP TABLE encounter;\n"
  "ALTER TABLE encounter_v3 RENAME TO encounter;\n"
  "CREATE INDEX encounter_date ON encounter (date);\n"
  "CREATE INDEX encounter_event ON encounter (event_id);\n"

  "CREATE TABLE introduction_v3 (\n"
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  introducer_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  first_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  second_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,\n"
  "  date INTEGER,\n"
  "  context TEXT,\n"
  "  outcome TEXT\n"
  ");\n"
  "INSERT INTO introduction_v3 (id, introducer_id, first_id, second_id, date, context,\n"
  "                             outcome)\n"
  "  SELECT id, introducer_id, first_id, second_id, date, context, outcome\n"
  "    FROM introduction;\n"
  "DROP TABLE introduction;\n"
  "ALTER TABLE introduction_v3 RENAME TO introduction;\n"
  "CREATE INDEX introduction_introducer ON introduction (introducer_id);\n"
  "CREATE INDEX introduction_first ON introduction (first_id);\n"
  "CREATE INDEX introduction_second ON introduction (second_id);\n"

  /* A contact's last encounter, which due dates count from, without reading the links. */
  "DROP INDEX encounter_contact_contact;\n"
  "CREATE INDEX encounter_contact_contact ON encounter_contact (contact_id, encounter_id);\n";

/* v4: the timeline of encounters. Full-text search over their notes and place, filled
 * from the rows already there and kept in step by liens-store-encounter.c. The timeline
 * reads the newest first and filters on kind, posture and help, the figures count them
 * by date: all from the index, never the rows. Pending follow-ups have their own small
 * index, and introductions are mixed in by date. */
static const char step_timeline[] =
  "CREATE VIRTUAL TABLE encounter_fts USING fts5 (\n"
  "  notes, place,\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "INSERT INTO encounter_fts (rowid, notes, place)\n"
  "  SELECT id, notes, place FROM encounter\n"
  "   WHERE notes IS NOT NULL OR place IS NOT NULL;\n"

  "DROP INDEX encounter_date;\n"
  "CREATE INDEX encounter_timeline ON encounter (date, id, kind, posture, help);\n"
  "CREATE INDEX encounter_follow_up ON encounter (follow_up_date)\n"
  "  WHERE follow_up_date IS NOT NULL AND follow_up_done = 0;\n"
  "CREATE INDEX introduction_date ON introduction (date, id);\n";

/* v5: imports and backups. A contact keeps the vCard UID it came with (or gets one), its
 * birthday ("YYYY-MM-DD", or "--MM-DD" without the year) and the vCard lines Liens does not
 * understand, written back on export. Duplicates are found by index, never by scanning:
 * UIDs, and for details the match key that liens_store_compute_match_key() derives from
 * the value (a lower-case email, a phone number in international form, a LinkedIn profile
 * URL without scheme nor country subdomain). Existing contacts get a random v4 UUID. */
static const char step_import[] =
  "ALTER TABLE contact ADD COLUMN uid TEXT;\n"
  "ALTER TABLE contact ADD COLUMN birthday TEXT;\n"
  "ALTER TABLE contact ADD COLUMN vcard_extra TEXT;\n"
  "UPDATE contact SET uid = 'urn:uuid:' || lower (hex (randomblob (4))) || '-' ||\n"
  "  lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' ||\n"
  "  substr ('89ab', 1 + (abs (random ()) % 4), 1) || substr (lower (hex (randomblob (2))), 2) ||\n"
  "  '-' || lower (hex (randomblob (6)));\n"
  "CREATE INDEX contact_uid ON contact (uid) WHERE uid IS NOT NULL;\n"

  "ALTER TABLE contact_detail ADD COLUMN match_key TEXT;\n"
  "UPDATE contact_detail SET match_key = liens_match_key (kind, value);\n"
  "CREATE INDEX contact_detail_match_key ON contact_detail (match_key, contact_id)\n"
  "  WHERE match_key IS NOT NULL;\n";

/* v6: the date of an encounter beside its participants, so that a contact's last
 * encounter, their timeline, its count and the "due for reconnection" filter read one
 * index instead of every encounter the contact took part in (5,000 for the most met).
 * liens-store-encounter.c writes the date with the participants; the trigger keeps it
 * when the date of an encounter changes by any other path. The contact search gets
 * prefix indexes of one and two letters, for the first keystrokes of a search. */
static const char step_encounter_dates[] =
  "ALTER TABLE encounter_contact ADD COLUMN date INTEGER;\n"
  "UPDATE encounter_contact SET date =\n"
  "  (SELECT date FROM encounter WHERE id = encounter_contact.encounter_id);\n"
  "DROP INDEX encounter_contact_contact;\n"
  "CREATE INDEX encounter_contact_contact_date\n"
  "  ON encounter_contact (contact_id, date, encounter_id);\n"
  "CREATE TRIGGER encounter_contact_date AFTER UPDATE OF date ON encounter\n"
  "  WHEN NEW.date IS NOT OLD.date\n"
  "BEGIN\n"
  "  UPDATE encounter_contact SET date = NEW.date WHERE encounter_id = NEW.id;\n"
  "END;\n"

  "CREATE VIRTUAL TABLE contact_fts_v6 USING fts5 (\n"
  "  name, organisation, role, expertise, interests, tags, notes,\n"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'\n"
  ");\n"
  "INSERT INTO contact_fts_v6 (rowid, name, organisation, role, expertise, interests, tags,\n"
  "                            notes)\n"
  "  SELECT rowid, name, organisation, role, expertise, interests, tags, notes\n"
  "    FROM contact_fts;\n"
  "DROP TABLE contact_fts;\n"
  "ALTER TABLE contact_fts_v6 RENAME TO contact_fts;\n"
  "INSERT INTO contact_fts (contact_fts) VALUES ('optimize');\n";

static const char * const steps[] = {
  step_core_tables,
  step_contact_fts,
  step_archive,
  step_timeline,
  step_import,
  step_encounter_dates,
};

int
liens_store_schema_get_n_steps (void)
{
  return G_N_ELEMENTS (steps);
}

gboolean
liens_store_schema_run_step (sqlite3  *db,
                             int       version,
                             GError  **error)
{
  int rc;

  g_return_val_if_fail (version >= 1 && version <= (int) G_N_ELEMENTS (steps), FALSE);

  rc = sqlite3_exec (db, steps[version - 1], NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return liens_store_set_error_from_code (error, db, rc);

  return TRUE;
}
