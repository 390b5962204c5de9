/* liens-quiz.c: the networking-profile quiz: its questions, its scoring and what each
 * profile is advised to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-enum-names.h"
#include "liens-quiz.h"

#define SC LIENS_PROFILE_SUPER_CONNECTOR
#define ME LIENS_PROFILE_MENTOR
#define EX LIENS_PROFILE_EXPERT
#define RE LIENS_PROFILE_RESERVED

#define IS_SCORED_PROFILE(p) ((p) >= SC && (p) <= RE)

/* Each situation offers one answer per profile, listed here in profile order (super
 * connector, mentor, expert, reserved) so that a reviewer can compare them side by side;
 * liens_quiz_shuffle_answers() decides the order they are shown in. No answer is the
 * "right" one: the reserved answer is the one-to-one, depth-first choice, not the timid one.
 */
static const LiensQuizQuestion quiz_questions[] = {
  {
    N_("At an afterwork where you know nobody, you…"),
    {
      { N_("Go from group to group and leave with a handful of new names"), SC },
      { N_("Look out for someone new to the trade and help them find their feet"), ME },
      { N_("Head for the conversation where your field comes up"), EX },
      { N_("Spend most of the evening getting to know one person properly"), RE },
    },
  },
  {
    N_("A former colleague asks for your advice on a career change. You…"),
    {
      { N_("Think of three people they should meet and offer to introduce them"), SC },
      { N_("Set aside an hour to weigh their options with them"), ME },
      { N_("Tell them what you know of the field they are aiming for, pitfalls included"), EX },
      { N_("Invite them to a quiet lunch and listen before giving any advice"), RE },
    },
  },
  {
    N_("During the coffee break at a conference, you…"),
    {
      { N_("Strike up conversations in the queue and swap contact details"), SC },
      { N_("Check in with the newcomer who looked lost during the morning session"), ME },
      { N_("Catch the speaker to discuss a point from their talk"), EX },
      { N_("Carry on the conversation you began with your neighbour in the last session"), RE },
    },
  },
  {
    N_("A stranger sends you a LinkedIn connection request without a message. You…"),
    {
      { N_("Accept: every new contact is a door that may open one day"), SC },
      { N_("Accept and ask what they are working towards, in case you can help"), ME },
      { N_("Look at their background and accept if your fields overlap"), EX },
      { N_("Write back to ask how they came across you before deciding"), RE },
    },
  },
  {
    N_("A local meetup invites you to give a talk. You…"),
    {
      { N_("Accept, and bring along people from your network who should meet the audience"), SC },
      { N_("Offer a talk on the lessons of your career for those starting out"), ME },
      { N_("Propose a deep dive into a subject you know inside out"), EX },
      { N_("Suggest a small round table instead, where everyone gets to speak"), RE },
    },
  },
  {
    N_("A friend has just lost their job and is looking for a new one. You…"),
    {
      { N_("Pass their profile around your network straight away"), SC },
      { N_("Help them rework their CV and rehearse their interviews"), ME },
      { N_("Tell them which companies in your field are hiring and what they look for"), EX },
      { N_("Take them for a long walk to understand what they really want next"), RE },
    },
  },
  {
    N_("You are invited to a client dinner with a dozen guests. You…"),
    {
      { N_("Make sure every guest has been introduced to everyone else"), SC },
      { N_("Share a few stories from experience that the younger guests may find useful"), ME },
      { N_("Answer the client’s questions about your work in detail"), EX },
      { N_("Take the time to really get to know the guests on either side of you"), RE },
    },
  },
  {
    N_("You start a new job with a whole team of new colleagues. In the first weeks, you…"),
    {
      { N_("Have lunch with someone different every day"), SC },
      { N_("Share what you learnt in your previous job wherever it can save the team time"), ME },
      { N_("Show what you bring by solving a thorny problem for the team"), EX },
      { N_("Get to know the people you work with most closely, one at a time"), RE },
    },
  },
  {
    N_("At a business breakfast, each guest has one minute to introduce themselves. You…"),
    {
      { N_("Say you are happy to put people in touch, and note who is looking for what"), SC },
      { N_("Say what you can help with, especially for those just starting out"), ME },
      { N_("Present your speciality with one concrete example"), EX },
      { N_("Introduce yourself briefly, then talk at length with the guest whose story struck you"), RE },
    },
  },
  {
    N_("Your school is holding an alumni reunion. You…"),
    {
      { N_("Catch up with as many classmates as you can and link up those who should talk"), SC },
      { N_("Volunteer to tell current students about your path"), ME },
      { N_("Agree to lead the discussion on the outlook for your sector"), EX },
      { N_("Arrange beforehand to meet the two or three classmates you most want to see"), RE },
    },
  },
  {
    N_("A newcomer joins your trade association. You…"),
    {
      { N_("Introduce them to the members they will get on with"), SC },
      { N_("Offer to be the person they can turn to for their first months"), ME },
      { N_("Point them to the working groups and resources that match their field"), EX },
      { N_("Suggest a coffee, just the two of you, to get to know them"), RE },
    },
  },
  {
    N_("Someone posts a question about your speciality on an online forum. You…"),
    {
      { N_("Tag the person you know who would answer it best"), SC },
      { N_("Explain how you would approach it, so they can find the answer themselves"), ME },
      { N_("Write a thorough answer, with sources"), EX },
      { N_("Send them a private message offering to talk it through"), RE },
    },
  },
  {
    N_("This week brings three invitations: an afterwork, a conference evening and a dinner with a former colleague. You…"),
    {
      { N_("Fit in all three, even if only briefly at each"), SC },
      { N_("Choose the one where you can be of most use to someone"), ME },
      { N_("Choose the conference evening, on a topic close to your field"), EX },
      { N_("Choose the dinner and give it your whole evening"), RE },
    },
  },
  {
    N_("The day after meeting someone interesting, you…"),
    {
      { N_("Connect online and introduce them to someone they should know"), SC },
      { N_("Send the advice you promised and offer to talk again if it helps"), ME },
      { N_("Send them a resource on the subject you discussed, with your own notes"), EX },
      { N_("Suggest meeting again, just the two of you, to continue the conversation"), RE },
    },
  },
  {
    N_("You spend a day at a large trade show. You…"),
    {
      { N_("Walk every aisle and chat with exhibitors and visitors alike"), SC },
      { N_("Take a junior colleague along and show them how to make the most of it"), ME },
      { N_("Attend the technical talks and go into detail with the exhibitors in your field"), EX },
      { N_("Book a few meetings in advance and give each one the time it deserves"), RE },
    },
  },
  {
    N_("Someone asks you to introduce them to a person you know. You…"),
    {
      { N_("Write the introduction the same day, to both of them at once"), SC },
      { N_("First help them work out what they want to ask, so the meeting is worthwhile"), ME },
      { N_("Explain what that person knows best, so they can ask the right questions"), EX },
      { N_("Speak to your contact first, then introduce them with a personal message"), RE },
    },
  },
};

/* The shuffle gives distinct orders to up to 24 questions, and balances them by blocks of four. */
G_STATIC_ASSERT (G_N_ELEMENTS (quiz_questions) >= 16 && G_N_ELEMENTS (quiz_questions) <= 24);
G_STATIC_ASSERT (G_N_ELEMENTS (quiz_questions) % LIENS_QUIZ_N_ANSWERS == 0);

guint
liens_quiz_get_n_questions (void)
{
  return G_N_ELEMENTS (quiz_questions);
}

/**
 * liens_quiz_get_question:
 * @index: less than liens_quiz_get_n_questions()
 *
 * Returns: (transfer none): the question, with its strings untranslated
 */
const LiensQuizQuestion *
liens_quiz_get_question (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (quiz_questions), NULL);

  return &quiz_questions[index];
}

/* The 4! = 24 orders of four answers, numbered in lexicographic order. */
static void
decode_order (guint k,
              guint order[LIENS_QUIZ_N_ANSWERS])
{
  guint items[LIENS_QUIZ_N_ANSWERS] = { 0, 1, 2, 3 };
  guint n_items = LIENS_QUIZ_N_ANSWERS;
  guint factorial = 6;

  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    {
      guint pick = k / factorial;

      order[i] = items[pick];
      memmove (&items[pick], &items[pick + 1], (n_items - pick - 1) * sizeof (guint));
      n_items--;

      k %= factorial;
      if (n_items > 0)
        factorial /= n_items;
    }
}

/* A 32-bit integer hash (the finaliser of MurmurHash3), so that nearby seeds spread out. */
static guint32
mix_seed (guint32 h)
{
  h ^= h >> 16;
  h *= 0x85ebca6bU;
  h ^= h >> 13;
  h *= 0xc2b2ae35U;
  h ^= h >> 16;

  return h;
}

/**
 * liens_quiz_shuffle_answers:
 * @question: the index of a question
 * @seed: any number, drawn once when the user starts the quiz
 * @order: (out caller-allocates): where to write the display order
 *
 * Decides the order in which a question's answers are shown, so that the same
 * profile does not always sit in the same place. @order[i] is the index, in the
 * question's answers (table order), of the answer shown at position i.
 *
 * The order depends only on @question and @seed, so the quiz can show a
 * question again in the same order. Questions go by blocks of four (0–3, 4–7…):
 * the orders of a block are the four rotations of one base order, taken in a
 * seeded sequence, so within a block each answer appears once at each position.
 * Every order is the rotation of exactly one order that starts with answer 0:
 * the six blocks draw six different ones of these, so the first 24 questions all
 * get different orders. Over the 16 questions of the quiz, each profile is shown
 * four times at each position. Different seeds start from different base orders
 * and take the rotations in a different sequence.
 */
void
liens_quiz_shuffle_answers (guint   question,
                            guint32 seed,
                            guint   order[LIENS_QUIZ_N_ANSWERS])
{
  guint32 h = mix_seed (seed);
  guint first_base = h % 6;
  guint base_step = (h / 6) % 2 == 0 ? 1 : 5;  /* prime to 6: six blocks, six bases */
  guint rotations[LIENS_QUIZ_N_ANSWERS];
  guint base[LIENS_QUIZ_N_ANSWERS];
  guint block = (question / LIENS_QUIZ_N_ANSWERS) % 6;
  guint rotation;

  g_return_if_fail (order != NULL);

  decode_order ((h / 12) % 24, rotations);
  rotation = rotations[question % LIENS_QUIZ_N_ANSWERS];

  /* Orders 0 to 5 are those that start with answer 0. */
  decode_order ((first_base + block * base_step) % 6, base);

  for (guint i = 0; i < LIENS_QUIZ_N_ANSWERS; i++)
    order[i] = base[(i + rotation) % LIENS_QUIZ_N_ANSWERS];
}

/**
 * liens_quiz_score:
 * @questions: (array length=n_questions): the questions that were asked
 * @n_questions: how many
 * @answers: (array length=n_questions): for each question, the index of the chosen
 *   answer in its table order, or %LIENS_QUIZ_NO_ANSWER
 * @taken_at: (nullable): when the quiz was taken
 *
 * The score of each profile is the share of the answered questions whose chosen
 * answer belongs to it: between 0 and 1, and the four add up to 1 as soon as one
 * question is answered. Unanswered questions do not count. When scores tie,
 * liens_quiz_result_get_dominant() picks the first profile in enum order (super
 * connector, mentor, expert, reserved), and the tied runner-up is reported by
 * liens_quiz_result_get_second() as a close second.
 *
 * Returns: (transfer full): a new, unsaved #LiensQuizResult
 */
LiensQuizResult *
liens_quiz_score (const LiensQuizQuestion *questions,
                  guint                    n_questions,
                  const guint             *answers,
                  GDateTime               *taken_at)
{
  guint counts[RE + 1] = { 0, };
  guint n_answered = 0;
  LiensQuizResult *result;

  g_return_val_if_fail (questions != NULL || n_questions == 0, NULL);
  g_return_val_if_fail (answers != NULL || n_questions == 0, NULL);

  for (guint i = 0; i < n_questions; i++)
    {
      LiensProfile profile;

      if (answers[i] == LIENS_QUIZ_NO_ANSWER)
        continue;

      g_return_val_if_fail (answers[i] < LIENS_QUIZ_N_ANSWERS, NULL);
      profile = questions[i].answers[answers[i]].profile;
      g_return_val_if_fail (IS_SCORED_PROFILE (profile), NULL);

      counts[profile]++;
      n_answered++;
    }

  result = liens_quiz_result_new ();
  liens_quiz_result_set_taken_at (result, taken_at);

  if (n_answered > 0)
    {
      for (LiensProfile p = SC; p <= RE; p++)
        liens_quiz_result_set_score (result, p, (double)counts[p] / n_answered);
    }

  return result;
}

/* Complete titles rather than fragments glued together, so that each language can
 * phrase them its own way. Row: the dominant profile; column: the close second.
 */
static const char * const blended_titles[4][4] = {
  {
    NULL,
    /* Translators: the title of a quiz result, the dominant profile first, then the
     * runner-up that colours it. The profile names are those of the quiz. */
    NC_("blended quiz result", "Super connector with a mentor side"),
    NC_("blended quiz result", "Super connector with an expert side"),
    NC_("blended quiz result", "Super connector with a reserved side"),
  },
  {
    NC_("blended quiz result", "Mentor with a super connector side"),
    NULL,
    NC_("blended quiz result", "Mentor with an expert side"),
    NC_("blended quiz result", "Mentor with a reserved side"),
  },
  {
    NC_("blended quiz result", "Expert with a super connector side"),
    NC_("blended quiz result", "Expert with a mentor side"),
    NULL,
    NC_("blended quiz result", "Expert with a reserved side"),
  },
  {
    NC_("blended quiz result", "Reserved with a touch of super connector"),
    NC_("blended quiz result", "Reserved with a touch of mentor"),
    NC_("blended quiz result", "Reserved with a touch of expert"),
    NULL,
  },
};

/**
 * liens_quiz_dup_result_title:
 * @dominant: the dominant profile
 * @second: the close second, or %LIENS_PROFILE_UNKNOWN
 *
 * Returns: (transfer full) (nullable): the translated title of a result: the
 *   profile's name alone ("Mentor") without a second, else a blended title
 *   ("Mentor with an expert side"); %NULL when @dominant is not a scored profile
 */
char *
liens_quiz_dup_result_title (LiensProfile dominant,
                             LiensProfile second)
{
  if (!IS_SCORED_PROFILE (dominant))
    return NULL;

  if (!IS_SCORED_PROFILE (second) || second == dominant)
    return g_strdup (liens_profile_get_display_name (dominant));

  return g_strdup (g_dpgettext2 (NULL, "blended quiz result",
                                 blended_titles[dominant - SC][second - SC]));
}

/* Networking is mutual help: the guides speak of helping, being helped and
 * introducing people, never of selling.
 */
static const LiensProfileGuide guides[] = {
  {
    SC,
    N_("You enjoy meeting new people and putting them in touch with each other."),
    N_("You feel at home wherever people gather, and you remember who does what. "
       "Your strength is the breadth of your network: you often know exactly who can help whom. "
       "The introductions you make create value for others, and it comes back to you over time."),
    {
      N_("You start conversations easily"),
      N_("You remember who is looking for what"),
      N_("Your introductions open doors for others"),
    },
    {
      N_("Meeting so many people that you cannot follow up with them all"),
      N_("Knowing many people, but few of them well"),
      N_("Introducing people without first checking that both are willing"),
    },
    N_("Large events where you can meet many people: conferences, trade shows, afterworks, "
       "as well as online communities. Go to meet new people, then introduce them to each other."),
    N_("Within two days, send a short message recalling where you met, and make the introduction you promised. "
       "Note down who needs what, so you can act on it later."),
    N_("You help best by introducing people: a well-chosen introduction, with a sentence on why "
       "the two should talk, can change someone’s year."),
  },
  {
    ME,
    N_("You like passing on what you have learnt and helping others grow."),
    N_("People come to you for advice, and you take the time to give it. "
       "Your experience saves others months of trial and error. "
       "You build lasting relationships, often across generations, based on trust."),
    {
      N_("You listen and give advice people can use"),
      N_("Your relationships last for years"),
      N_("You help others gain confidence"),
    },
    {
      N_("Always giving, and rarely asking for help yourself"),
      N_("Spending your time mostly with people less experienced than you"),
      N_("Giving advice when the other person mainly wanted to be heard"),
    },
    N_("Alumni associations, trade associations and professional clubs, where you can offer "
       "to mentor someone. Business breakfasts and workshops suit you too: you can share your experience there."),
    N_("A few weeks later, ask how things turned out. Showing interest in what came of your advice "
       "strengthens the relationship more than the advice itself."),
    N_("You help best by passing on what you know: an hour of your time, a frank opinion, "
       "or the lessons of a mistake you once made."),
  },
  {
    EX,
    N_("You build connections through what you know best."),
    N_("Your knowledge opens doors: people seek you out for a precise answer or a second opinion. "
       "You are most at ease when a conversation has a subject, and you enjoy going into depth. "
       "Sharing what you know makes you visible to the right people without having to chase them."),
    {
      N_("Your answers are precise and reliable"),
      N_("What you share makes you visible to the right people"),
      N_("You talk easily as soon as there is a subject"),
    },
    {
      N_("Staying within the circle of your own speciality"),
      N_("Discussing the subject and forgetting the person"),
      N_("Waiting for people to come to you"),
    },
    N_("Conferences where you can speak, workshops you can lead, and online communities where you "
       "can answer questions. A talk or a workshop makes it easy for people to approach you afterwards."),
    N_("Send the resource or answer you mentioned, with a note of your own. "
       "Ask what the other person is working on: their questions feed your expertise."),
    N_("You help best by answering: a clear explanation, a careful review of someone’s work, "
       "or a pointer to the right source."),
  },
  {
    RE,
    N_("You prefer one-to-one conversations and build deep relationships first."),
    N_("You would rather have one real conversation than twenty brief ones. "
       "You listen closely, and people confide in you. "
       "Your network grows step by step, but every link in it is solid, and those people readily vouch for you."),
    {
      N_("You listen and remember what matters to people"),
      N_("Your relationships are deep and built on trust"),
      N_("Your recommendations carry weight, because you make them with care"),
    },
    {
      N_("Waiting too long before widening your circle"),
      N_("Skipping events where your next key contact might be"),
      N_("Leaving your contacts to guess what you are looking for"),
    },
    N_("Small-group formats: business breakfasts, workshops, sports or cultural outings where the "
       "activity gets the conversation going, and one-to-one coffees. At a large event, aim for two or "
       "three good conversations."),
    N_("Suggest a coffee or a call, just the two of you, to continue the conversation. "
       "A personal message recalling what the other person told you shows that you were listening."),
    N_("You help best one to one: by listening closely, giving considered advice and recommending "
       "people you really know."),
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (guides) == RE);

/**
 * liens_profile_get_guide:
 * @profile: a profile
 *
 * Returns: (transfer none) (nullable): the advice for @profile, with its strings
 *   untranslated, or %NULL for %LIENS_PROFILE_UNKNOWN
 */
const LiensProfileGuide *
liens_profile_get_guide (LiensProfile profile)
{
  if (!IS_SCORED_PROFILE (profile))
    return NULL;

  return &guides[profile - SC];
}

/**
 * liens_profile_suits_event_kind:
 * @profile: a profile
 * @kind: a kind of event
 *
 * Whether events of @kind suit @profile, as its guide's events text says:
 *
 * - super connector: conferences, trade shows, afterworks, online events (many new
 *   people to meet and introduce to each other);
 * - mentor: business breakfasts and workshops (the formats of associations and
 *   clubs, where experience is shared);
 * - expert: conferences, workshops and online events (speaking, leading a
 *   workshop, answering questions);
 * - reserved: business breakfasts, workshops, sport and culture (small groups, an
 *   activity that carries the conversation).
 *
 * %LIENS_EVENT_KIND_OTHER suits no profile in particular, and nothing suits
 * %LIENS_PROFILE_UNKNOWN.
 *
 * Returns: %TRUE if @kind is one of the kinds recommended to @profile
 */
gboolean
liens_profile_suits_event_kind (LiensProfile   profile,
                                LiensEventKind kind)
{
  switch (profile)
    {
    case LIENS_PROFILE_SUPER_CONNECTOR:
      return kind == LIENS_EVENT_KIND_CONFERENCE ||
             kind == LIENS_EVENT_KIND_TRADE_SHOW ||
             kind == LIENS_EVENT_KIND_AFTERWORK ||
             kind == LIENS_EVENT_KIND_ONLINE;

    case LIENS_PROFILE_MENTOR:
      return kind == LIENS_EVENT_KIND_BUSINESS_BREAKFAST ||
             kind == LIENS_EVENT_KIND_WORKSHOP;

    case LIENS_PROFILE_EXPERT:
      return kind == LIENS_EVENT_KIND_CONFERENCE ||
             kind == LIENS_EVENT_KIND_WORKSHOP ||
             kind == LIENS_EVENT_KIND_ONLINE;

    case LIENS_PROFILE_RESERVED:
      return kind == LIENS_EVENT_KIND_BUSINESS_BREAKFAST ||
             kind == LIENS_EVENT_KIND_WORKSHOP ||
             kind == LIENS_EVENT_KIND_SPORT ||
             kind == LIENS_EVENT_KIND_CULTURE;

    case LIENS_PROFILE_UNKNOWN:
    default:
      return FALSE;
    }
}
