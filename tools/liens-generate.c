/* liens-generate.c: writes a large, realistic and reproducible database for benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * liens-generate --contacts 100000 --encounters 1000000 --events 10000 --seed 1
 *                --database PATH [--today YYYY-MM-DD]
 *
 * Everything goes through the store's own writes, in large quiet batches. The same seed
 * and day give the same database content: the generator draws from its own random
 * generator, and dates count back from --today (by default the current day, UTC).
 * Not translated: a developer tool, not part of the app.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "liens-store.h"
#include "liens-store-private.h"

#define DAY (G_GINT64_CONSTANT (24) * 3600)
#define YEAR (365 * DAY)
#define ROWS_PER_TRANSACTION 50000

/* Random numbers: SplitMix64, so that a seed means the same data on any GLib. */

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);

  return z ^ (z >> 31);
}

/* In [0, n). */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (rng_next (rng) % n);
}

/* In [0, 1). */
static double
rng_double (Rng *rng)
{
  return (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
rng_chance (Rng    *rng,
            double  p)
{
  return rng_double (rng) < p;
}

#define PICK(rng, table) ((table)[rng_below ((rng), G_N_ELEMENTS (table))])

/* The people */

static const char * const given_names[] = {
  "Émilie", "Loïc", "Françoise", "François", "Hélène", "Jérôme", "Zoé", "Maël", "Anaïs",
  "Gaëlle", "Noël", "Raphaël", "Chloé", "Léa", "Cécile", "Frédéric", "Benoît", "Agnès",
  "Thérèse", "Joël", "Amélie", "Clément", "Inès", "Maëlys", "Aurélien", "Sébastien",
  "Géraldine", "Stéphane", "Valérie", "Mathéo", "Élodie", "Jean-Baptiste", "Marie-Hélène",
  "Anne-Sophie", "Pierre", "Camille", "Julien", "Nathalie", "Laurent", "Isabelle",
  "Nicolas", "Sophie", "Thomas", "Claire", "Antoine", "Manon", "Hugo", "Lucie", "Yannick",
  "Gwenaëlle", "Océane", "Timothée", "Bérénice", "Aïcha", "Karim", "Mehdi", "Nadia",
  "Yasmine", "Samir", "Fatou", "Moussa", "Linh", "Minh", "Thanh", "Mei", "Wei", "Hiroshi",
  "Yuki", "Olivia", "James", "Emily", "William", "Charlotte", "Oliver", "Amelia", "Jack",
  "Sophia", "Harry", "Grace", "George", "Isla", "Noah", "Freya", "Liam", "Siobhán",
  "Seán", "Niamh", "Eoin", "Aoife", "Rhys", "Bethan", "Dylan", "Mary", "Robert",
  "Patricia", "Michael", "Jennifer", "David", "Elizabeth", "Daniel", "Sarah", "Matthew",
  "Zoë", "Renée", "José", "Ana", "Jürgen", "Björn", "Søren", "Åsa", "Małgorzata",
  "Łukasz", "Dvořák", "Ilse", "Giulia", "Matteo", "Núria", "Joan", "Iñaki", "Mireille",
};

static const char * const family_names[] = {
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
  "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
  "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre",
  "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
  "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
  "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
  "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyễn", "Trần", "Lê", "Phạm",
  "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy",
  "Noël", "Meyer", "Lucas", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Barbier",
  "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre",
  "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
  "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq",
  "Lacroix", "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis",
  "Charles", "Guillot", "Rivière", "Le Gall", "Guillaume", "Adam", "Rey", "Moulin",
  "Gonçalves", "Hoarau", "Benoît", "Sénéchal", "Lévêque", "Château", "Béranger",
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Johnson",
  "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
  "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "O'Brien", "O'Connor",
  "McCarthy", "MacDonald", "Ó Súilleabháin", "Kelly", "Murphy", "Byrne", "Ryan",
  "Müller", "Schäfer", "Sørensen", "Åberg", "Kowalski", "Wiśniewska", "Rossi", "Bianchi",
  "Ferrari", "Núñez", "García Márquez", "Yamamoto", "Tanaka", "Wang", "Li", "Zhang",
  "Diallo", "Traoré", "Ben Ali", "El Amrani", "Haddad", "Mendy", "Kone",
};

static const char * const organisations[] = {
  "Atelier Lumière", "Boulangerie Dupain", "Cabinet Moreau & Associés", "Caisse d'Épargne",
  "Capgemini", "Crédit Mutuel", "Dassault Systèmes", "Decathlon", "EDF", "Engie",
  "France Travail", "Fromagerie Beaufort", "Groupe SEB", "Hôpital Saint-Louis",
  "L'Oréal", "La Poste", "Mairie de Lyon", "Michelin", "Orange", "Pôle Emploi", "Renault",
  "Saint-Gobain", "SNCF Voyageurs", "Société Générale", "Thales", "Ubisoft",
  "Université de Bordeaux", "Sciences Po", "École Polytechnique", "CNRS", "Inria",
  "BPI France", "Chambre de commerce de Nantes", "Les Petites Pousses", "Studio Bleu Ciel",
  "Éditions du Seuil", "Théâtre du Châtelet", "Vignobles Château Lafleur",
  "Coopérative des Écrins", "Agence Nouvelle Vague", "Acme Corporation", "Globex",
  "Initech", "Umbrella Consulting", "BBC", "The Guardian", "Rolls-Royce", "Unilever",
  "Barclays", "Deloitte", "KPMG", "PwC", "Accenture", "Google", "Microsoft", "Mozilla",
  "Red Hat", "GNOME Foundation", "Wikimedia France", "Médecins Sans Frontières",
  "Croix-Rouge française", "Banque de France", "Airbus", "Safran", "Veolia", "Kering",
  "LVMH", "Hermès", "Doctolib", "BlaBlaCar", "Qonto", "Alan", "Back Market", "Mistral AI",
};

static const char * const roles[] = {
  "Directrice générale", "Directeur commercial", "Chef de projet", "Cheffe de produit",
  "Ingénieure logiciel", "Développeur", "Consultant", "Consultante senior",
  "Responsable des achats", "Responsable RH", "Chargée de communication",
  "Chargé d'affaires", "Avocate", "Expert-comptable", "Architecte", "Journaliste",
  "Professeur", "Doctorante", "Chercheur", "Fondateur", "Fondatrice", "Associée",
  "Directeur financier", "Designer UX", "Data scientist", "Analyste", "Coach",
  "Infirmière", "Médecin", "Pharmacien", "Notaire", "Artisan ébéniste", "Viticulteur",
  "Chief Executive Officer", "Head of Sales", "Product Manager", "Software Engineer",
  "Marketing Director", "Recruiter", "Board Member", "Investor", "Freelance writer",
  "Community manager", "Office manager", "Business developer", "Élue municipale",
};

static const char * const tags[] = {
  "client", "prospect", "fournisseur", "ancien collègue", "alumni", "mentor", "investisseur",
  "presse", "recruteur", "startup", "industrie", "santé", "éducation", "culture", "sport",
  "tech", "finance", "juridique", "international", "à présenter", "à relancer", "ami",
  "famille", "voisin", "speaker", "board", "freelance", "open source", "écologie", "export",
};

static const char * const expertise[] = {
  "Fiscalité des entreprises", "Levée de fonds", "Marketing digital", "Droit social",
  "Cybersécurité", "Intelligence artificielle", "Logistique", "Design de services",
  "Recrutement", "Export vers l'Asie", "Énergies renouvelables", "Restauration",
  "Supply chain", "Public speaking", "Negotiation", "Cloud infrastructure",
};

static const char * const interests[] = {
  "Randonnée, vélo", "Jazz et photographie", "Cuisine japonaise", "Échecs", "Théâtre",
  "Course à pied", "Voile", "Lecture, romans policiers", "Jardinage", "Rugby", "Football",
  "Escalade", "Cinéma", "Gardening", "Sailing", "Chess", "Marathons",
};

static const char * const met_how[] = {
  "Salon VivaTech", "Afterwork du club", "Présenté par un ami", "Ancien collègue",
  "LinkedIn", "Conférence annuelle", "Petit-déjeuner d'affaires", "Mariage de Claire",
  "Forum des associations", "Met at a meetup", "University", "Via a recruiter",
};

/* Sentences notes are made of. "saxophone" is found only here and in few notes: the
 * benchmark searches for a word that only notes have. */
static const char * const note_sentences[] = {
  "Rencontré·e au salon, très intéressé·e par notre offre.",
  "A deux enfants, aime la montagne.",
  "Cherche un associé pour lancer une activité de conseil.",
  "Peut me présenter à la direction des achats.",
  "Prépare une levée de fonds pour l'an prochain.",
  "Très bon contact, toujours de bon conseil.",
  "Préfère les échanges en tête-à-tête, éviter les grands groupes.",
  "Organise un afterwork chaque premier jeudi du mois.",
  "A quitté son poste, en recherche d'opportunités.",
  "Connaît tout le monde dans le secteur de l'énergie.",
  "Intervenant régulier dans les écoles de commerce.",
  "Lui envoyer l'article sur la transition écologique.",
  "Met at the conference in London, keen on a partnership.",
  "Knows the hiring managers at several startups.",
  "Prefers email to phone calls.",
  "Ask about her book project next time.",
  "Ancien camarade de promotion, nous avons fait nos études ensemble.",
  "Spécialiste reconnu, souvent cité dans la presse.",
  "Souhaite devenir mentor pour de jeunes entrepreneurs.",
  "Déjeuner prévu à la rentrée pour parler du projet.",
};

static const char * const rare_note = "Joue du saxophone dans un groupe de jazz le week-end.";

/* Encounters and events */

static const char * const encounter_notes[] = {
  "Café avec l'équipe produit", "Réunion de projet", "Déjeuner d'affaires",
  "Échange au stand pendant la conférence", "Appel rapide pour caler la suite",
  "Visite de l'atelier", "Échange sur le financement", "Point sur le partenariat",
  "Conseils pour ma recherche d'emploi", "Présentation de son nouveau produit",
  "Coffee catch-up, talked about the new job", "Quick call about the proposal",
  "Lunch near the office", "Discussed an introduction to the CFO",
  "Visio pour préparer l'atelier", "Message de félicitations pour sa promotion",
};

static const char * const places[] = {
  "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes",
  "Strasbourg", "Montréal", "Genève", "Bruxelles", "London", "Dublin", "Berlin",
  "Café de la Gare", "Le Procope", "Station F", "La Défense", "Bureau", "En ligne",
};

static const char * const follow_ups[] = {
  "Envoyer la proposition", "Rappeler dans deux semaines", "Présenter à Claire",
  "Partager l'article", "Send the deck", "Book a lunch", "Relancer pour le devis",
};

static const char * const event_topics[] = {
  "Tech", "Startups", "Finance", "RH", "Design", "Marketing", "Open Source", "Santé",
  "Industrie", "Énergie", "Export", "Data", "Femmes entrepreneures", "Alumni", "Culture",
};

/* What comes before and after the topic in a title. */
static const char * const event_formats[][2] = {
  { "Meetup ", "" }, { "Afterwork ", "" }, { "Conférence ", "" },
  { "Petit-déjeuner ", "" }, { "Salon ", "" }, { "Atelier ", "" }, { "Forum ", "" },
  { "", " Summit" }, { "Dîner du club ", "" }, { "Webinaire ", "" },
};

static const char * const introduction_contexts[] = {
  "Recherche un développeur", "Projet commun possible", "Cherche un mentor",
  "Looking for investors", "Même secteur", NULL, NULL,
};

static const char * const introduction_outcomes[] = {
  "Ont travaillé ensemble", "Déjeuner prévu", "Pas de suite", "Mission signée", NULL, NULL,
};

typedef struct
{
  const char       *name;
  LiensNetworkKind  kind;
} NetworkSeed;

static const NetworkSeed networks[] = {
  { "LinkedIn", LIENS_NETWORK_KIND_SOCIAL },
  { "Mastodon", LIENS_NETWORK_KIND_SOCIAL },
  { "X", LIENS_NETWORK_KIND_SOCIAL },
  { "Alumni HEC", LIENS_NETWORK_KIND_ALUMNI },
  { "Anciens de l'INSA", LIENS_NETWORK_KIND_ALUMNI },
  { "BNI Paris Centre", LIENS_NETWORK_KIND_BUSINESS_CLUB },
  { "Rotary Club de Lyon", LIENS_NETWORK_KIND_BUSINESS_CLUB },
  { "Club des entrepreneurs", LIENS_NETWORK_KIND_BUSINESS_CLUB },
  { "Ordre des experts-comptables", LIENS_NETWORK_KIND_TRADE },
  { "Syntec Numérique", LIENS_NETWORK_KIND_SECTOR },
  { "French Tech", LIENS_NETWORK_KIND_SECTOR },
  { "Paris Running Club", LIENS_NETWORK_KIND_SPORT },
  { "Chorale Saint-Eustache", LIENS_NETWORK_KIND_CULTURE },
  { "Women in Tech", LIENS_NETWORK_KIND_TRADE },
  { "Association des parents d'élèves", LIENS_NETWORK_KIND_OTHER },
};

/* Generation */

typedef struct
{
  Rng         rng;
  LiensStore *store;
  gint64      today;         /* unix time of the reference day, 00:00 UTC */
  guint       n_contacts;
  guint       n_encounters;
  guint       n_events;
  gint64      network_ids[G_N_ELEMENTS (networks)];
  GArray     *past_event_ids;
  GArray     *past_event_dates;
  guint       rows;          /* since the last checkpoint */
} Generator;

static gboolean
count_row (Generator  *gen,
           GError    **error)
{
  if (++gen->rows < ROWS_PER_TRANSACTION)
    return TRUE;

  gen->rows = 0;
  return liens_store_batch_checkpoint (gen->store, error);
}

static GDateTime *
date_at (gint64 unix_time)
{
  return g_date_time_new_from_unix_utc (unix_time);
}

/* Some people are met much more often than others. */
static gint64
pick_contact (Generator *gen)
{
  double u = rng_double (&gen->rng);

  return 1 + (gint64) (gen->n_contacts * u * u);
}

static char *
make_notes (Rng *rng)
{
  guint kind = rng_below (rng, 100);
  guint n_sentences;
  GString *notes;

  if (kind < 35)
    return NULL;
  else if (kind < 80)
    n_sentences = 1;
  else if (kind < 95)
    n_sentences = 2 + rng_below (rng, 4);
  else
    n_sentences = 10 + rng_below (rng, 20);

  notes = g_string_new (NULL);
  for (guint i = 0; i < n_sentences; i++)
    {
      if (i > 0)
        g_string_append_c (notes, i % 4 == 0 ? '\n' : ' ');
      g_string_append (notes, PICK (rng, note_sentences));
    }
  if (rng_below (rng, 300) == 0)
    g_string_append_printf (notes, " %s", rare_note);

  return g_string_free (notes, FALSE);
}

static gboolean
generate_networks (Generator  *gen,
                   GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (networks); i++)
    {
      g_autoptr(LiensNetwork) network = liens_network_new ();

      liens_network_set_name (network, networks[i].name);
      liens_network_set_kind (network, networks[i].kind);
      liens_network_set_involvement (network, rng_below (&gen->rng, 5));
      if (!liens_store_save_network (gen->store, network, error))
        return FALSE;
      gen->network_ids[i] = liens_network_get_id (network);
    }

  return TRUE;
}

/* The store gives a random UID to a contact without one: the generator's come from its
 * own seeded sequence, so that the same seed writes the same database. */
static void
set_uid (LiensContact *contact,
         Rng          *rng)
{
  guint64 high = rng_next (rng);
  guint64 low = rng_next (rng);
  g_autofree char *uid = NULL;

  uid = g_strdup_printf ("urn:uuid:%08x-%04x-4%03x-%04x-%012" G_GINT64_MODIFIER "x",
                         (guint) (high >> 32), (guint) (high >> 16) & 0xffff,
                         (guint) high & 0xfff, 0x8000 | ((guint) (low >> 48) & 0x3fff),
                         low & G_GUINT64_CONSTANT (0xffffffffffff));
  liens_contact_set_uid (contact, uid);
}

static gboolean
generate_contact (Generator  *gen,
                  guint       index,
                  GError    **error)
{
  Rng *rng = &gen->rng;
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GDateTime) created_at = NULL;
  g_autoptr(GDateTime) updated_at = NULL;
  g_autofree char *notes = NULL;
  const char *given = PICK (rng, given_names);
  const char *family = PICK (rng, family_names);
  const char *contact_tags[4] = { NULL, };
  gint64 contact_networks[3];
  guint n_networks = 0;
  gint64 created;
  gint64 id = 0;

  liens_contact_set_given_name (contact, given);
  liens_contact_set_family_name (contact, family);
  set_uid (contact, rng);
  if (rng_chance (rng, 0.8))
    liens_contact_set_organisation (contact, PICK (rng, organisations));
  if (rng_chance (rng, 0.7))
    liens_contact_set_role (contact, PICK (rng, roles));
  if (rng_chance (rng, 0.4))
    liens_contact_set_met_how (contact, PICK (rng, met_how));

  created = gen->today - 10 * YEAR + (gint64) (rng_double (rng) * 10 * YEAR);
  if (rng_chance (rng, 0.5))
    {
      g_autoptr(GDateTime) met_on = date_at (created - rng_below (rng, 2 * 365) * DAY);

      liens_contact_set_met_on (contact, met_on);
    }
  if (index > 1 && rng_chance (rng, 0.1))
    liens_contact_set_introduced_by_id (contact, 1 + rng_below (rng, index - 1));

  liens_contact_set_tie_strength (contact, rng_below (rng, 6));
  liens_contact_set_tie_nature (contact, rng_below (rng, 4));
  liens_contact_set_profile (contact, rng_below (rng, 5));
  if (rng_chance (rng, 0.2))
    liens_contact_set_expertise (contact, PICK (rng, expertise));
  if (rng_chance (rng, 0.2))
    liens_contact_set_interests (contact, PICK (rng, interests));
  if (rng_chance (rng, 0.3))
    liens_contact_set_cadence (contact, 1 + rng_below (rng, 5));

  notes = make_notes (rng);
  liens_contact_set_notes (contact, notes);

  for (guint i = 0, n = rng_below (rng, 4); i < n; i++)
    contact_tags[i] = PICK (rng, tags);
  liens_contact_set_tags (contact, contact_tags);

  for (guint i = 0, n = rng_below (rng, 4); i < n; i++)
    {
      gint64 network_id = gen->network_ids[rng_below (rng, G_N_ELEMENTS (networks))];
      gboolean seen = FALSE;

      for (guint j = 0; j < n_networks; j++)
        seen |= contact_networks[j] == network_id;
      if (!seen)
        contact_networks[n_networks++] = network_id;
    }
  liens_contact_set_network_ids (contact, contact_networks, n_networks);

  if (rng_chance (rng, 0.7))
    {
      g_autofree char *address = g_strdup_printf ("%s.%s@exemple.fr", given, family);
      g_autofree char *ascii = g_str_to_ascii (address, "C");

      for (char *p = ascii; *p != '\0'; p++)
        *p = (*p == ' ' || *p == '\'' || *p == '?') ? '-' : g_ascii_tolower (*p);
      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, ascii);
    }
  if (rng_chance (rng, 0.4))
    {
      g_autofree char *phone = g_strdup_printf ("+33 6 %02u %02u %02u %02u",
                                                rng_below (rng, 100), rng_below (rng, 100),
                                                rng_below (rng, 100), rng_below (rng, 100));

      liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, NULL, phone);
    }

  created_at = date_at (created);
  updated_at = date_at (created + rng_below (rng, 365) * DAY);
  if (!liens_store_write_contact_rows (gen->store, contact, created_at, updated_at, &id, error))
    return FALSE;

  return count_row (gen, error);
}

static gboolean
generate_event (Generator  *gen,
                GError    **error)
{
  Rng *rng = &gen->rng;
  g_autoptr(LiensEvent) event = liens_event_new ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *title = NULL;
  /* Ten years back and one ahead, at a time of day events happen. */
  gint64 day = gen->today - 10 * YEAR + (gint64) rng_below (rng, 11 * 365) * DAY;
  gint64 start_time = day + (8 + rng_below (rng, 12)) * 3600;
  gboolean past = start_time < gen->today;
  guint format;

  format = rng_below (rng, G_N_ELEMENTS (event_formats));
  title = g_strconcat (event_formats[format][0], PICK (rng, event_topics),
                       event_formats[format][1], NULL);
  start = date_at (start_time);
  end = date_at (start_time + (1 + rng_below (rng, 4)) * 3600);

  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_place (event, PICK (rng, places));
  liens_event_set_kind (event, rng_below (rng, 9));
  if (rng_chance (rng, 0.6))
    liens_event_set_network_id (event, gen->network_ids[rng_below (rng, G_N_ELEMENTS (networks))]);
  liens_event_set_posture (event, rng_below (rng, 3));
  if (past)
    liens_event_set_attendance (event, rng_chance (rng, 0.8) ? LIENS_ATTENDANCE_ATTENDED
                                                              : LIENS_ATTENDANCE_SKIPPED);
  else
    liens_event_set_attendance (event, rng_below (rng, 3));
  if (rng_chance (rng, 0.5))
    liens_event_set_goal (event, "Rencontrer de nouveaux partenaires");

  for (guint i = 0, n = rng_below (rng, 6); i < n; i++)
    liens_event_add_person (event, pick_contact (gen));

  if (!liens_store_save_event (gen->store, event, error))
    return FALSE;

  if (past)
    {
      gint64 id = liens_event_get_id (event);

      g_array_append_val (gen->past_event_ids, id);
      g_array_append_val (gen->past_event_dates, start_time);
    }

  return count_row (gen, error);
}

static gboolean
generate_encounter (Generator  *gen,
                    guint       index,
                    GError    **error)
{
  Rng *rng = &gen->rng;
  g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
  g_autoptr(GDateTime) date = NULL;
  gint64 contact_ids[4];
  guint n_contacts = 0;
  guint n_wanted;
  guint r = rng_below (rng, 100);
  gint64 when;

  /* Logged roughly in order over ten years, a few days late or early. */
  when = gen->today - 10 * YEAR + 10 * YEAR * (gint64) index / gen->n_encounters +
         (gint64) rng_below (rng, 6 * DAY) - 3 * DAY;
  when = MIN (when, gen->today - 3600);
  date = date_at (when);

  n_wanted = r < 60 ? 1 : r < 85 ? 2 : r < 95 ? 3 : 4;
  while (n_contacts < n_wanted)
    {
      gint64 id = pick_contact (gen);
      gboolean seen = FALSE;

      for (guint j = 0; j < n_contacts; j++)
        seen |= contact_ids[j] == id;
      if (!seen)
        contact_ids[n_contacts++] = id;
    }

  liens_encounter_set_date (encounter, date);
  liens_encounter_set_kind (encounter, rng_below (rng, 7));
  liens_encounter_set_contact_ids (encounter, contact_ids, n_contacts);
  if (rng_chance (rng, 0.6))
    liens_encounter_set_place (encounter, PICK (rng, places));
  if (rng_chance (rng, 0.75))
    liens_encounter_set_notes (encounter, PICK (rng, encounter_notes));
  liens_encounter_set_help (encounter, rng_below (rng, 4));
  liens_encounter_set_posture (encounter, rng_below (rng, 3));

  /* Some happen at an event held about then. */
  if (liens_encounter_get_kind (encounter) == LIENS_ENCOUNTER_KIND_EVENT &&
      gen->past_event_ids->len > 0)
    {
      guint k = rng_below (rng, gen->past_event_ids->len);

      if (ABS (g_array_index (gen->past_event_dates, gint64, k) - when) < 60 * DAY)
        liens_encounter_set_event_id (encounter, g_array_index (gen->past_event_ids, gint64, k));
    }

  if (rng_chance (rng, 0.05))
    {
      g_autoptr(GDateTime) follow_up = date_at (when + (7 + rng_below (rng, 30)) * DAY);

      liens_encounter_set_follow_up_date (encounter, follow_up);
      liens_encounter_set_follow_up_what (encounter, PICK (rng, follow_ups));
      liens_encounter_set_follow_up_done (encounter,
                                          when < gen->today - 60 * DAY || rng_chance (rng, 0.3));
    }

  if (!liens_store_save_encounter (gen->store, encounter, error))
    return FALSE;

  return count_row (gen, error);
}

static gboolean
generate_introduction (Generator  *gen,
                       GError    **error)
{
  Rng *rng = &gen->rng;
  g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
  g_autoptr(GDateTime) date = NULL;
  gint64 first = pick_contact (gen);
  gint64 second = 1 + rng_below (rng, gen->n_contacts);

  if (second == first)
    second = first % gen->n_contacts + 1;

  date = date_at (gen->today - (gint64) (rng_double (rng) * 10 * YEAR));
  /* The user introduces half of them; a contact the other half. */
  if (rng_chance (rng, 0.5))
    {
      gint64 introducer = 1 + rng_below (rng, gen->n_contacts);

      if (introducer != first && introducer != second)
        liens_introduction_set_introducer_id (introduction, introducer);
    }
  liens_introduction_set_first_id (introduction, first);
  liens_introduction_set_second_id (introduction, second);
  liens_introduction_set_date (introduction, date);
  liens_introduction_set_context (introduction, PICK (rng, introduction_contexts));
  liens_introduction_set_outcome (introduction, PICK (rng, introduction_outcomes));

  if (!liens_store_save_introduction (gen->store, introduction, error))
    return FALSE;

  return count_row (gen, error);
}

static gboolean
generate (Generator  *gen,
          GError    **error)
{
  gint64 t0 = g_get_monotonic_time ();
  guint n_introductions = gen->n_contacts > 1 ? gen->n_contacts / 5 : 0;
  gboolean ok;

  if (!liens_store_batch_begin (gen->store, TRUE, error))
    return FALSE;

  ok = generate_networks (gen, error);

  for (guint i = 1; ok && i <= gen->n_contacts; i++)
    ok = generate_contact (gen, i, error);
  if (ok)
    g_print ("contacts %u %.1f s\n", gen->n_contacts, (g_get_monotonic_time () - t0) / 1e6);

  for (guint i = 0; ok && gen->n_contacts > 0 && i < gen->n_events; i++)
    ok = generate_event (gen, error);
  if (ok)
    g_print ("events %u %.1f s\n", gen->n_events, (g_get_monotonic_time () - t0) / 1e6);

  for (guint i = 0; ok && gen->n_contacts > 0 && i < gen->n_encounters; i++)
    ok = generate_encounter (gen, i, error);
  if (ok)
    g_print ("encounters %u %.1f s\n", gen->n_encounters, (g_get_monotonic_time () - t0) / 1e6);

  for (guint i = 0; ok && i < n_introductions; i++)
    ok = generate_introduction (gen, error);
  if (ok)
    g_print ("introductions %u %.1f s\n", n_introductions, (g_get_monotonic_time () - t0) / 1e6);

  return liens_store_batch_end (gen->store, ok, error) && ok;
}

static gboolean
parse_today (const char  *text,
             gint64      *today,
             GError     **error)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (text == NULL)
    {
      *today = g_get_real_time () / G_USEC_PER_SEC / DAY * DAY;
      return TRUE;
    }

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      (date = g_date_time_new_utc (year, month, day, 0, 0, 0)) == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--today: “%s” is not a date as YYYY-MM-DD", text);
      return FALSE;
    }

  *today = g_date_time_to_unix (date);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensStore) store = NULL;
  g_autofree char *database = NULL;
  g_autofree char *today = NULL;
  int n_contacts = 1000;
  int n_encounters = 10000;
  int n_events = 100;
  gint64 seed = 1;
  Generator gen = { { 0 }, };
  gint64 t0;
  const GOptionEntry entries[] = {
    { "contacts", 0, 0, G_OPTION_ARG_INT, &n_contacts, "Number of contacts", "N" },
    { "encounters", 0, 0, G_OPTION_ARG_INT, &n_encounters, "Number of encounters", "N" },
    { "events", 0, 0, G_OPTION_ARG_INT, &n_events, "Number of events", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random generator", "SEED" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, "Day the dates count back from", "YYYY-MM-DD" },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Database to create", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— write a large Liens database for benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_today (today, &gen.today, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (database == NULL || n_contacts < 0 || n_encounters < 0 || n_events < 0)
    {
      g_printerr ("Usage: liens-generate --database PATH [--contacts N] [--encounters N] "
                  "[--events N] [--seed SEED] [--today YYYY-MM-DD]\n");
      return 2;
    }

  /* A new file only: the generator never adds to somebody's address book. */
  if (g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists already\n", database);
      return 1;
    }

  store = liens_store_new (database, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  gen.rng.state = (guint64) seed;
  gen.store = store;
  gen.n_contacts = n_contacts;
  gen.n_encounters = n_encounters;
  gen.n_events = n_events;
  gen.past_event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.past_event_dates = g_array_new (FALSE, FALSE, sizeof (gint64));

  t0 = g_get_monotonic_time ();
  if (!generate (&gen, &error))
    {
      g_printerr ("Could not generate the data: %s\n", error->message);
      return 1;
    }

  g_array_unref (gen.past_event_ids);
  g_array_unref (gen.past_event_dates);
  g_print ("total %.1f s\n", (g_get_monotonic_time () - t0) / 1e6);

  return 0;
}
