/* liens-sample-data.c: a small address book a new user can explore Liens with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People's names stay as they are, a mix of French and English ones; everything else a
 * user reads (roles, tags, notes, places, event titles) is translated when it is written,
 * so that a French user gets French sample data. Dates count back from now.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-store-private.h"

#define DAY (G_GINT64_CONSTANT (24) * 3600)

typedef struct
{
  const char       *given_name;
  const char       *family_name;
  const char       *organisation;
  const char       *role;
  const char       *tags[2];
  const char       *notes;
  LiensTieStrength  tie_strength;
  LiensTieNature    tie_nature;
  LiensProfile      profile;
  LiensCadence      cadence;
  guint             networks;       /* bits of sample_networks */
  int               met_days_ago;   /* 0: not known */
} SampleContact;

typedef struct
{
  const char       *name;
  gboolean          translatable;
  LiensNetworkKind  kind;
  LiensInvolvement  involvement;
} SampleNetwork;

typedef struct
{
  const char       *title;
  int               days_from_now;
  int               hour;
  const char       *place;
  LiensEventKind    kind;
  LiensAttendance   attendance;
  const char       *goal;
  guint             network;        /* index + 1 in sample_networks, 0 for none */
  guint             people[3];      /* index + 1 in sample_contacts, 0 to end */
} SampleEvent;

typedef struct
{
  guint       introducer;           /* index + 1 in sample_contacts, 0 for the user */
  guint       first;
  guint       second;
  int         days_ago;
  const char *context;
  const char *outcome;
} SampleIntroduction;

static const SampleNetwork sample_networks[] = {
  { "LinkedIn", FALSE, LIENS_NETWORK_KIND_SOCIAL, LIENS_INVOLVEMENT_REGULAR },
  { "Mastodon", FALSE, LIENS_NETWORK_KIND_SOCIAL, LIENS_INVOLVEMENT_OCCASIONAL },
  { N_("Lyon Business Club"), TRUE, LIENS_NETWORK_KIND_BUSINESS_CLUB, LIENS_INVOLVEMENT_ACTIVE },
  { N_("Product Managers Guild"), TRUE, LIENS_NETWORK_KIND_TRADE, LIENS_INVOLVEMENT_REGULAR },
  { N_("Business School Alumni"), TRUE, LIENS_NETWORK_KIND_ALUMNI, LIENS_INVOLVEMENT_OCCASIONAL },
  { N_("Sunday Running Club"), TRUE, LIENS_NETWORK_KIND_SPORT, LIENS_INVOLVEMENT_REGULAR },
};

#define NET(i) (1u << (i))

static const SampleContact sample_contacts[] = {
  { "Émilie", "Moreau", "Atelier Lumière", N_("Founder"),
    { NC_("sample data tag", "design"), NC_("sample data tag", "client") },
    N_("Runs a small lighting design studio. Always happy to share her suppliers."),
    LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_BOTH, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_MONTH, NET (0) | NET (2), 900 },
  { "James", "O'Brien", "Northwind", N_("Head of Sales"),
    { NC_("sample data tag", "prospect"), NULL },
    N_("Met at the trade show in London. Interested in a partnership next year."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_UNKNOWN,
    LIENS_CADENCE_QUARTER, NET (0), 300 },
  { "Loïc", "Le Gall", "Coopérative des Écrins", N_("Project Manager"),
    { NC_("sample data tag", "mentor"), NULL },
    N_("Gave me great advice when I started freelancing. Prefers a call to an email."),
    LIENS_TIE_STRENGTH_TRUSTED, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
    LIENS_CADENCE_QUARTER, NET (4), 2500 },
  { "Françoise", "Nguyễn", "Hôpital Saint-Louis", N_("Data Scientist"),
    { NC_("sample data tag", "health"), NC_("sample data tag", "expert") },
    N_("Knows everything about health data. Ask her before any project in the sector."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_EXPERT,
    LIENS_CADENCE_HALF_YEAR, NET (3), 700 },
  { "Olivia", "Smith", "Globex", N_("Recruiter"),
    { NC_("sample data tag", "recruiter"), NULL },
    N_("Hires product people for startups in Paris and London."),
    LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_HALF_YEAR, NET (0), 200 },
  { "Jérôme", "Dubois", "Boulangerie Dupain", N_("Owner"),
    { NC_("sample data tag", "neighbour"), NULL },
    NULL,
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_RESERVED,
    LIENS_CADENCE_NONE, 0, 0 },
  { "Anaïs", "Lefèvre", "Studio Bleu Ciel", N_("UX Designer"),
    { NC_("sample data tag", "design"), NULL },
    N_("We worked together on the booking app. Looking for a new challenge."),
    LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_BOTH, LIENS_PROFILE_EXPERT,
    LIENS_CADENCE_MONTH, NET (3) | NET (1), 1200 },
  { "William", "Taylor", "Acme Corporation", N_("Chief Financial Officer"),
    { NC_("sample data tag", "investor"), NULL },
    N_("Angel investor on the side. Likes concise pitches."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_UNKNOWN,
    LIENS_CADENCE_QUARTER, NET (0), 400 },
  { "Hélène", "Rousseau", "Éditions du Seuil", N_("Editor"),
    { NC_("sample data tag", "press"), NULL },
    N_("Looking for authors who can write about work and careers."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
    LIENS_CADENCE_HALF_YEAR, NET (4), 1500 },
  { "Karim", "Haddad", "Qonto", N_("Software Engineer"),
    { NC_("sample data tag", "tech"), NC_("sample data tag", "open source") },
    N_("Maintains an open source accounting library. Gives talks at meetups."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_BOTH, LIENS_PROFILE_EXPERT,
    LIENS_CADENCE_QUARTER, NET (1) | NET (3), 600 },
  { "Chloé", "Garnier", "Mairie de Lyon", N_("Economic Development Officer"),
    { NC_("sample data tag", "public sector"), NULL },
    N_("Can introduce me to the local business incubator."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_QUARTER, NET (2), 250 },
  { "Siobhán", "Kelly", "Wikimedia France", N_("Community Manager"),
    { NC_("sample data tag", "non-profit"), NULL },
    N_("Organises the monthly open knowledge evenings."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_NONE, NET (1), 150 },
  { "Benoît", "Mercier", "Cabinet Mercier & Associés", N_("Lawyer"),
    { NC_("sample data tag", "legal"), NULL },
    N_("Specialist in employment law. Helped with my first contract."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_EXPERT,
    LIENS_CADENCE_YEAR, NET (2), 1000 },
  { "Grace", "Walker", "The Guardian", N_("Journalist"),
    { NC_("sample data tag", "press"), NULL },
    NULL,
    LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_UNKNOWN,
    LIENS_CADENCE_NONE, NET (1), 90 },
  { "Zoé", "Fontaine", "École Polytechnique", N_("PhD Student"),
    { NC_("sample data tag", "research"), NULL },
    N_("Working on energy storage. Wants to meet industry people."),
    LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_RESERVED,
    LIENS_CADENCE_HALF_YEAR, NET (4), 60 },
  { "Raphaël", "Girard", "Decathlon", N_("Product Manager"),
    { NC_("sample data tag", "client"), NC_("sample data tag", "sport") },
    N_("Runs with the Sunday club. He told me how his team tests products with athletes, "
       "and offered to show me their lab next time I am in Lille."),
    LIENS_TIE_STRENGTH_CLOSE, LIENS_TIE_NATURE_BOTH, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_MONTH, NET (3) | NET (5), 800 },
  { "Mei", "Wang", "Back Market", N_("Head of Operations"),
    { NC_("sample data tag", "prospect"), NULL },
    N_("Expanding to Germany. Needs contacts in logistics."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_UNKNOWN,
    LIENS_CADENCE_QUARTER, NET (0), 120 },
  { "Noël", "Bertrand", "Crédit Mutuel", N_("Business Adviser"),
    { NC_("sample data tag", "finance"), NULL },
    N_("My bank adviser. Knows many local business owners."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_HALF_YEAR, NET (2), 1800 },
  { "Amelia", "Hughes", "Mozilla", N_("Developer Advocate"),
    { NC_("sample data tag", "tech"), NC_("sample data tag", "speaker") },
    N_("Great speaker. Could help prepare my first conference talk."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
    LIENS_CADENCE_QUARTER, NET (1), 350 },
  { "Gaëlle", "Roux", "Sciences Po", N_("Lecturer"),
    { NC_("sample data tag", "research"), NC_("sample data tag", "mentor") },
    N_("Teaches negotiation. Invited me to speak to her students."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_MENTOR,
    LIENS_CADENCE_HALF_YEAR, NET (4), 2000 },
  { "Thomas", "Lambert", "Renault", N_("Purchasing Manager"),
    { NC_("sample data tag", "client"), NULL },
    N_("Decides on software purchases for his department."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_RESERVED,
    LIENS_CADENCE_QUARTER, NET (0), 180 },
  { "Aïcha", "Diallo", "Médecins Sans Frontières", N_("Logistics Coordinator"),
    { NC_("sample data tag", "non-profit"), NULL },
    N_("Back from a mission abroad. Open to advising startups on logistics."),
    LIENS_TIE_STRENGTH_REGULAR, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_EXPERT,
    LIENS_CADENCE_HALF_YEAR, NET (5), 500 },
  { "Daniel", "Evans", "Initech", N_("Chief Technology Officer"),
    { NC_("sample data tag", "tech"), NC_("sample data tag", "prospect") },
    NULL,
    LIENS_TIE_STRENGTH_ACQUAINTANCE, LIENS_TIE_NATURE_UTILITY, LIENS_PROFILE_UNKNOWN,
    LIENS_CADENCE_NONE, NET (0), 30 },
  { "Inès", "Bonnet", "BlaBlaCar", N_("Marketing Director"),
    { NC_("sample data tag", "marketing"), NULL },
    N_("Former colleague. We have lunch every few months."),
    LIENS_TIE_STRENGTH_TRUSTED, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_SUPER_CONNECTOR,
    LIENS_CADENCE_QUARTER, NET (0) | NET (4), 3000 },
  { "Clément", "Faure", "Veolia", N_("Engineer"),
    { NC_("sample data tag", "sport"), NULL },
    N_("Training for the Lyon marathon."),
    LIENS_TIE_STRENGTH_CASUAL, LIENS_TIE_NATURE_AFFINITY, LIENS_PROFILE_RESERVED,
    LIENS_CADENCE_NONE, NET (5), 400 },
};

static const char * const encounter_notes[] = {
  N_("Coffee to catch up on her new projects."),
  N_("Talked about a possible partnership."),
  N_("Gave advice on pricing my services."),
  N_("Quick call to prepare the meeting."),
  N_("Lunch near the office; he wants an introduction to a designer."),
  N_("Sent the article we talked about."),
  N_("Met at the club evening, good discussion about hiring."),
  N_("Video call to review the proposal."),
  N_("Congratulated her on the new job."),
  N_("Asked for feedback on my portfolio."),
  NULL,
};

static const char * const encounter_places[] = {
  NC_("sample data place", "Café de la Gare"),
  NC_("sample data place", "Their office"),
  NC_("sample data place", "Online"),
  NC_("sample data place", "Lyon"),
  NC_("sample data place", "Paris"),
  NULL,
};

static const char * const follow_ups[] = {
  N_("Send the proposal"), N_("Introduce to a designer"), N_("Share the slides"),
};

static const SampleEvent sample_events[] = {
  { N_("Business Club Breakfast"), -45, 8, N_("Hôtel de Ville, Lyon"),
    LIENS_EVENT_KIND_BUSINESS_BREAKFAST, LIENS_ATTENDANCE_ATTENDED,
    N_("Meet two new business owners"), 3, { 11, 18, 0 } },
  { N_("Product Conference"), -12, 9, N_("Station F, Paris"),
    LIENS_EVENT_KIND_CONFERENCE, LIENS_ATTENDANCE_ATTENDED,
    N_("Learn about discovery interviews"), 4, { 7, 16, 10 } },
  { N_("Open Knowledge Evening"), 6, 19, NULL,
    LIENS_EVENT_KIND_ONLINE, LIENS_ATTENDANCE_GOING,
    N_("Reconnect with the community"), 2, { 12, 19, 0 } },
  { N_("Sunday Run and Brunch"), 17, 9, N_("Parc de la Tête d'Or, Lyon"),
    LIENS_EVENT_KIND_SPORT, LIENS_ATTENDANCE_REGISTERED,
    N_("Enjoy it, and talk to Raphaël about the lab visit"), 6, { 16, 25, 22 } },
  { N_("Logistics Trade Show"), 40, 10, N_("Eurexpo, Lyon"),
    LIENS_EVENT_KIND_TRADE_SHOW, LIENS_ATTENDANCE_CONSIDERING,
    N_("Find contacts in logistics for Mei"), 0, { 17, 22, 0 } },
};

static const SampleIntroduction sample_introductions[] = {
  { 0, 7, 10, 30, N_("Both work on product design"), N_("They now work together") },
  { 1, 4, 0, 90, N_("Looking for a product job"), N_("Interview planned") },
  { 11, 15, 0, 20, N_("Wants to meet industry people"), NULL },
  { 0, 17, 22, 5, N_("Logistics advice for the German launch"), NULL },
};

#define N_ENCOUNTERS 60

/* Helpers */

static const char *
translate (const char *text)
{
  return text != NULL ? _(text) : NULL;
}

/* Tags and places are single words, which other parts of the app may translate otherwise:
 * they have a context of their own. */
static const char *
translate_in (const char *context,
              const char *text)
{
  return text != NULL ? g_dpgettext2 (NULL, context, text) : NULL;
}

static GDateTime *
dup_days_from (GDateTime *now,
               int        days,
               int        hour)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

static gboolean
add_networks (LiensStore  *store,
              gint64      *ids,
              GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_networks); i++)
    {
      const SampleNetwork *sample = &sample_networks[i];
      g_autoptr(LiensNetwork) network = liens_network_new ();

      liens_network_set_name (network, sample->translatable ? _(sample->name) : sample->name);
      liens_network_set_kind (network, sample->kind);
      liens_network_set_involvement (network, sample->involvement);
      if (!liens_store_save_network (store, network, error))
        return FALSE;
      ids[i] = liens_network_get_id (network);
    }

  return TRUE;
}

static gboolean
add_contacts (LiensStore    *store,
              GDateTime     *now,
              const gint64  *network_ids,
              gint64        *ids,
              GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_contacts); i++)
    {
      const SampleContact *sample = &sample_contacts[i];
      g_autoptr(LiensContact) contact = liens_contact_new ();
      const char *tags[3] = { translate_in ("sample data tag", sample->tags[0]),
                              translate_in ("sample data tag", sample->tags[1]), NULL };
      gint64 networks[G_N_ELEMENTS (sample_networks)];
      guint n_networks = 0;

      liens_contact_set_given_name (contact, sample->given_name);
      liens_contact_set_family_name (contact, sample->family_name);
      liens_contact_set_organisation (contact, sample->organisation);
      liens_contact_set_role (contact, translate (sample->role));
      liens_contact_set_notes (contact, translate (sample->notes));
      liens_contact_set_tags (contact, tags);
      liens_contact_set_tie_strength (contact, sample->tie_strength);
      liens_contact_set_tie_nature (contact, sample->tie_nature);
      liens_contact_set_profile (contact, sample->profile);
      liens_contact_set_cadence (contact, sample->cadence);

      if (sample->met_days_ago > 0)
        {
          g_autoptr(GDateTime) met_on = dup_days_from (now, -sample->met_days_ago, 12);

          liens_contact_set_met_on (contact, met_on);
        }

      for (guint n = 0; n < G_N_ELEMENTS (sample_networks); n++)
        if ((sample->networks & NET (n)) != 0)
          networks[n_networks++] = network_ids[n];
      liens_contact_set_network_ids (contact, networks, n_networks);

      if (!liens_store_save_contact (store, contact, error))
        return FALSE;
      ids[i] = liens_contact_get_id (contact);
    }

  return TRUE;
}

/* Sixty encounters over the last year, a few with pending follow-ups. */
static gboolean
add_encounters (LiensStore    *store,
                GDateTime     *now,
                const gint64  *contact_ids,
                GError       **error)
{
  const guint n_contacts = G_N_ELEMENTS (sample_contacts);

  for (guint i = 0; i < N_ENCOUNTERS; i++)
    {
      g_autoptr(LiensEncounter) encounter = liens_encounter_new ();
      g_autoptr(GDateTime) date = dup_days_from (now, -(int) (1 + i * 6 + i % 3), 9 + i % 9);
      gint64 ids[2] = { contact_ids[(i * 7) % n_contacts], contact_ids[(i * 7 + 3) % n_contacts] };
      const char *place;

      liens_encounter_set_date (encounter, date);
      liens_encounter_set_kind (encounter, 1 + i % 6);
      liens_encounter_set_contact_ids (encounter, ids, i % 5 == 0 ? 2 : 1);
      liens_encounter_set_notes (encounter,
                                 translate (encounter_notes[i % G_N_ELEMENTS (encounter_notes)]));
      place = encounter_places[i % G_N_ELEMENTS (encounter_places)];
      liens_encounter_set_place (encounter, translate_in ("sample data place", place));
      liens_encounter_set_help (encounter, i % 4);
      liens_encounter_set_posture (encounter, i % 7 == 0 ? LIENS_POSTURE_PROSPECTING
                                              : i % 5 == 0 ? LIENS_POSTURE_LEARNING
                                              : LIENS_POSTURE_NETWORKING);

      /* The three latest ask for something: one overdue, two to come. */
      if (i < G_N_ELEMENTS (follow_ups))
        {
          g_autoptr(GDateTime) follow_up = dup_days_from (now, i == 0 ? -2 : 3 + 4 * (int) i, 9);

          liens_encounter_set_follow_up_date (encounter, follow_up);
          liens_encounter_set_follow_up_what (encounter, _(follow_ups[i]));
        }

      if (!liens_store_save_encounter (store, encounter, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_introductions (LiensStore    *store,
                   GDateTime     *now,
                   const gint64  *contact_ids,
                   GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_introductions); i++)
    {
      const SampleIntroduction *sample = &sample_introductions[i];
      g_autoptr(LiensIntroduction) introduction = liens_introduction_new ();
      g_autoptr(GDateTime) date = dup_days_from (now, -sample->days_ago, 18);

      if (sample->introducer > 0)
        liens_introduction_set_introducer_id (introduction, contact_ids[sample->introducer - 1]);
      liens_introduction_set_first_id (introduction, contact_ids[sample->first - 1]);
      if (sample->second > 0)
        liens_introduction_set_second_id (introduction, contact_ids[sample->second - 1]);
      liens_introduction_set_date (introduction, date);
      liens_introduction_set_context (introduction, translate (sample->context));
      liens_introduction_set_outcome (introduction, translate (sample->outcome));

      if (!liens_store_save_introduction (store, introduction, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_events (LiensStore    *store,
            GDateTime     *now,
            const gint64  *network_ids,
            const gint64  *contact_ids,
            GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_events); i++)
    {
      const SampleEvent *sample = &sample_events[i];
      g_autoptr(LiensEvent) event = liens_event_new ();
      g_autoptr(GDateTime) start = dup_days_from (now, sample->days_from_now, sample->hour);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);

      liens_event_set_title (event, _(sample->title));
      liens_event_set_start (event, start);
      liens_event_set_end (event, end);
      liens_event_set_place (event, translate (sample->place));
      liens_event_set_kind (event, sample->kind);
      liens_event_set_attendance (event, sample->attendance);
      liens_event_set_goal (event, _(sample->goal));
      if (sample->network > 0)
        liens_event_set_network_id (event, network_ids[sample->network - 1]);

      for (guint p = 0; p < G_N_ELEMENTS (sample->people) && sample->people[p] > 0; p++)
        liens_event_add_person (event, contact_ids[sample->people[p] - 1]);

      if (!liens_store_save_event (store, event, error))
        return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * liens_store_add_sample_data:
 * @self: a #LiensStore
 * @error: return location for a #LiensStoreError
 *
 * Adds about twenty-five contacts, sixty encounters over the last year, a few
 * introductions, networks and five events, past and upcoming, in one transaction: all or
 * nothing. Texts are translated into the current language.
 *
 * Returns: %TRUE on success
 */
gboolean
liens_store_add_sample_data (LiensStore  *self,
                             GError     **error)
{
  g_autoptr(GDateTime) now = liens_store_dup_now ();
  gint64 network_ids[G_N_ELEMENTS (sample_networks)];
  gint64 contact_ids[G_N_ELEMENTS (sample_contacts)];
  gboolean ok;

  g_return_val_if_fail (LIENS_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!liens_store_batch_begin (self, FALSE, error))
    return FALSE;

  ok = add_networks (self, network_ids, error) &&
       add_contacts (self, now, network_ids, contact_ids, error) &&
       add_encounters (self, now, contact_ids, error) &&
       add_introductions (self, now, contact_ids, error) &&
       add_events (self, now, network_ids, contact_ids, error);

  return liens_store_batch_end (self, ok, error) && ok;
}
