-- schema-v5.sql: a Liens database at schema version 5, frozen as it was released.
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Never edit the schema part: it is what version 5 of the store created (version 4 with
-- contact UIDs, birthdays, the vCard lines kept for export and the keys duplicates are
-- found by), and the tests migrate it to the current version. The rows below are as the
-- version 5 store wrote them, both search indexes included; ids have gaps, as after
-- deletions, and the id counters remember the deleted ones. Encounters are linked to
-- their people without their dates, which the migration to version 6 copies beside them:
-- two on the same date, one without a date.

PRAGMA application_id = 1281975662;
CREATE TABLE contact_detail (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  label TEXT,
  value TEXT, match_key TEXT,
  PRIMARY KEY (contact_id, position)
);
CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tag (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  PRIMARY KEY (contact_id, tag_id)
);
CREATE INDEX contact_tag_tag ON contact_tag (tag_id);
CREATE TABLE network (
  id INTEGER PRIMARY KEY,
  name TEXT,
  kind INTEGER NOT NULL DEFAULT 0,
  involvement INTEGER NOT NULL DEFAULT 0,
  url TEXT,
  notes TEXT
);
CREATE TABLE contact_network (
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  network_id INTEGER NOT NULL REFERENCES network (id) ON DELETE CASCADE,
  PRIMARY KEY (contact_id, network_id)
);
CREATE INDEX contact_network_network ON contact_network (network_id);
CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  title TEXT,
  start INTEGER,
  "end" INTEGER,
  all_day INTEGER NOT NULL DEFAULT 0,
  place TEXT,
  url TEXT,
  network_id INTEGER REFERENCES network (id) ON DELETE SET NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  attendance INTEGER NOT NULL DEFAULT 0,
  goal TEXT,
  posture INTEGER NOT NULL DEFAULT 0,
  cost TEXT,
  notes TEXT
);
CREATE INDEX event_start ON event (start);
CREATE INDEX event_network ON event (network_id);
CREATE TABLE event_person (
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  met INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, contact_id)
);
CREATE INDEX event_person_contact ON event_person (contact_id);
CREATE TABLE encounter_contact (
  encounter_id INTEGER NOT NULL REFERENCES encounter (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  PRIMARY KEY (encounter_id, contact_id)
);
CREATE TABLE quiz_result (
  id INTEGER PRIMARY KEY,
  taken_at INTEGER,
  score_super_connector REAL NOT NULL DEFAULT 0,
  score_mentor REAL NOT NULL DEFAULT 0,
  score_expert REAL NOT NULL DEFAULT 0,
  score_reserved REAL NOT NULL DEFAULT 0
);
CREATE INDEX quiz_result_taken_at ON quiz_result (taken_at);
CREATE VIRTUAL TABLE contact_fts USING fts5 (
  name, organisation, role, expertise, interests, tags, notes,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE "contact" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  given_name TEXT,
  family_name TEXT,
  sort_key TEXT NOT NULL DEFAULT '',
  organisation TEXT,
  role TEXT,
  met_how TEXT,
  met_on INTEGER,
  introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
  tie_strength INTEGER NOT NULL DEFAULT 0,
  tie_nature INTEGER NOT NULL DEFAULT 0,
  profile INTEGER NOT NULL DEFAULT 0,
  expertise TEXT,
  interests TEXT,
  cadence INTEGER NOT NULL DEFAULT 0,
  cadence_days INTEGER NOT NULL DEFAULT 30,
  notes TEXT,
  photo BLOB,
  created_at INTEGER,
  updated_at INTEGER,
  archived INTEGER NOT NULL DEFAULT 0
, uid TEXT, birthday TEXT, vcard_extra TEXT);
CREATE INDEX contact_archived_sort_key ON contact (archived, sort_key, id, tie_strength,
                                                   tie_nature, profile, cadence,
                                                   cadence_days, met_on, created_at);
CREATE INDEX contact_introduced_by ON contact (introduced_by_id);
CREATE TABLE "encounter" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  date INTEGER,
  kind INTEGER NOT NULL DEFAULT 0,
  place TEXT,
  event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
  notes TEXT,
  help INTEGER NOT NULL DEFAULT 0,
  posture INTEGER NOT NULL DEFAULT 0,
  follow_up_date INTEGER,
  follow_up_what TEXT,
  follow_up_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX encounter_event ON encounter (event_id);
CREATE TABLE "introduction" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  introducer_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
  first_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
  second_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
  date INTEGER,
  context TEXT,
  outcome TEXT
);
CREATE INDEX introduction_introducer ON introduction (introducer_id);
CREATE INDEX introduction_first ON introduction (first_id);
CREATE INDEX introduction_second ON introduction (second_id);
CREATE INDEX encounter_contact_contact ON encounter_contact (contact_id, encounter_id);
CREATE VIRTUAL TABLE encounter_fts USING fts5 (
  notes, place,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE INDEX encounter_timeline ON encounter (date, id, kind, posture, help);
CREATE INDEX encounter_follow_up ON encounter (follow_up_date)
  WHERE follow_up_date IS NOT NULL AND follow_up_done = 0;
CREATE INDEX introduction_date ON introduction (date, id);
CREATE INDEX contact_uid ON contact (uid) WHERE uid IS NOT NULL;
CREATE INDEX contact_detail_match_key ON contact_detail (match_key, contact_id)
  WHERE match_key IS NOT NULL;

INSERT INTO contact (id, given_name, family_name, sort_key, organisation, role, met_how,
                     met_on, introduced_by_id, tie_strength, tie_nature, profile, expertise,
                     interests, cadence, cadence_days, notes, photo, created_at, updated_at,
                     archived, uid, birthday, vcard_extra)
VALUES
  (1, 'Émilie', 'Durand', 'emilie durand', 'Réseau Entreprendre', 'Présidente',
   'Assemblée générale', 1690000000, NULL, 4, 3, 2, 'financement', 'voile', 2, 30,
   'Rencontrée à l''assemblée du réseau', X'89504E47', 1690000000, 1700000000, 0,
   'urn:uuid:0b6f3a52-8c1e-4d2a-9f00-1a2b3c4d5e6f', '--04-12', 'X-FOO:bar'),
  (2, 'Denis', 'Martin', 'denis martin', 'Atelier Bois', 'Menuisier', NULL, NULL, 1, 2, 2, 3,
   'menuiserie', 'vélo', 0, 45, NULL, NULL, 1691000000, 1691000000, 0,
   'denis-martin@atelier-bois.example', '1975-09-30', NULL),
  (5, 'Zoé', 'Leroy', 'zoe leroy', NULL, NULL, NULL, NULL, 2, 0, 0, 0, NULL, NULL, 3, 30,
   NULL, NULL, 1695000000, 1695000000, 1,
   'urn:uuid:5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', NULL, NULL);

INSERT INTO contact_fts (rowid, name, organisation, role, expertise, interests, tags, notes)
VALUES
  (1, 'Émilie Durand', 'Réseau Entreprendre', 'Présidente', 'financement', 'voile',
   'Mentor Club', 'Rencontrée à l''assemblée du réseau'),
  (2, 'Denis Martin', 'Atelier Bois', 'Menuisier', 'menuiserie', 'vélo', 'Club', NULL),
  (5, 'Zoé Leroy', NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO contact_detail (contact_id, position, kind, label, value, match_key) VALUES
  (1, 0, 0, 'travail', ' Emilie.Durand@Example.ORG ', 'email:emilie.durand@example.org'),
  (1, 1, 2, NULL, 'https://fr.linkedin.com/in/emilie-durand/', 'linkedin:in/emilie-durand'),
  (2, 0, 1, NULL, '06.12.34.56.78', 'tel:+33612345678'),
  (2, 1, 5, NULL, 'https://atelier-bois.example', NULL),
  (5, 0, 1, 'bureau', '+33 (0)1 40 00 00 01', 'tel:+33140000001');

INSERT INTO tag (id, name) VALUES (1, 'Mentor'), (3, 'Club');
INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1), (1, 3), (2, 3);

INSERT INTO network (id, name, kind, involvement, url, notes) VALUES
  (2, 'Club des entrepreneurs', 7, 3, NULL, 'Petit-déjeuner le jeudi');
INSERT INTO contact_network (contact_id, network_id) VALUES (1, 2), (5, 2);

INSERT INTO event (id, title, start, "end", all_day, place, url, network_id, kind, attendance,
                   goal, posture, cost, notes)
VALUES (1, 'Salon des entrepreneurs', 1710000000, 1710030000, 0, 'Paris', NULL, 2, 2, 3,
        'Revoir Denis', 0, '20 €', NULL);
INSERT INTO event_person (event_id, contact_id, met) VALUES (1, 2, 1), (1, 5, 0);

-- Two encounters on the same date, one without any text, one without a date.
INSERT INTO encounter (id, date, kind, place, event_id, notes, help, posture, follow_up_date,
                       follow_up_what, follow_up_done)
VALUES
  (1, 1705000000, 2, 'Café de la gare', NULL, 'Projet commun', 3, 0, 1706000000,
   'Envoyer le devis', 0),
  (4, 1710000000, 6, 'Paris', 1, 'Réunion sur le Salon', 1, 1, 1711000000,
   'Présenter Zoé', 1),
  (6, 1710000000, 3, NULL, NULL, NULL, 2, 2, NULL, NULL, 0),
  (7, NULL, 5, NULL, NULL, 'Message sans date', 0, 0, NULL, NULL, 0);
INSERT INTO encounter_fts (rowid, notes, place) VALUES
  (1, 'Projet commun', 'Café de la gare'),
  (4, 'Réunion sur le Salon', 'Paris'),
  (7, 'Message sans date', NULL);
INSERT INTO encounter_contact (encounter_id, contact_id) VALUES
  (1, 1), (1, 2), (4, 2), (4, 5), (6, 1), (7, 5);

INSERT INTO introduction (id, introducer_id, first_id, second_id, date, context, outcome)
VALUES
  (3, NULL, 2, 5, 1707000000, 'Recherche d''un local', 'Ils travaillent ensemble'),
  (4, 1, 2, NULL, 1710000000, 'Au Salon', NULL);

INSERT INTO quiz_result (id, taken_at, score_super_connector, score_mentor, score_expert,
                         score_reserved)
VALUES (1, 1708000000, 0.5, 0.25, 0.125, 0.125);

-- Encounter 9 and contact 6 were created, then deleted.
UPDATE sqlite_sequence SET seq = 9 WHERE name = 'encounter';
UPDATE sqlite_sequence SET seq = 6 WHERE name = 'contact';

PRAGMA user_version = 5;
