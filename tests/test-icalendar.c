/* test-icalendar.c: events written to and read from iCalendar files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <locale.h>

#include "liens-event.h"
#include "liens-icalendar.h"

#define TRICKY_TEXT "Réunion ; café, croissants\nÀ bientôt"

static GDateTime *
paris (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Paris");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static GDateTime *
utc (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static void
assert_same_time (GDateTime *a,
                  GDateTime *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  if (!g_date_time_equal (a, b))
    {
      g_autofree char *sa = g_date_time_format_iso8601 (a);
      g_autofree char *sb = g_date_time_format_iso8601 (b);

      g_error ("%s != %s", sa, sb);
    }
}

static void
assert_local_day (GDateTime *date,
                  int        year,
                  int        month,
                  int        day)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);

  g_assert_cmpint (g_date_time_get_year (local), ==, year);
  g_assert_cmpint (g_date_time_get_month (local), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, day);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
}

static LiensEvent *
make_event (gint64           id,
            const char      *title,
            GDateTime       *start,
            GDateTime       *end,
            LiensAttendance  attendance)
{
  LiensEvent *event = liens_event_new ();

  liens_event_set_id (event, id);
  liens_event_set_title (event, title);
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_attendance (event, attendance);

  return event;
}

static char *
export_one (LiensEvent *event)
{
  g_autoptr(GDateTime) now = utc (2026, 3, 1, 9, 0);
  g_autoptr(GError) error = NULL;
  char *text = liens_icalendar_export (&event, 1, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static GPtrArray *
import_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = liens_icalendar_import (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (events);
  return events;
}

static icalcomponent *
first_vevent (icalcomponent *calendar)
{
  icalcomponent *vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_nonnull (vevent);
  return vevent;
}

static const char *
property_string (icalcomponent     *component,
                 icalproperty_kind  kind)
{
  icalproperty *property = icalcomponent_get_first_property (component, kind);

  return property != NULL ? icalproperty_get_value_as_string (property) : NULL;
}

static void
assert_ical_time (struct icaltimetype  tt,
                  const char          *expected)
{
  g_assert_cmpstr (icaltime_as_ical_string (tt), ==, expected);
}

static void
test_export_properties (void)
{
  g_autoptr(GDateTime) start = paris (2026, 3, 18, 18, 30);
  g_autoptr(GDateTime) end = paris (2026, 3, 18, 21, 0);
  g_autoptr(LiensEvent) event = make_event (42, TRICKY_TEXT, start, end, LIENS_ATTENDANCE_REGISTERED);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  icalcomponent *vevent;
  icalproperty *url;

  liens_event_set_place (event, "Station F, 5 parvis Alan Turing; Paris");
  liens_event_set_goal (event, "Meet two CTOs");
  liens_event_set_notes (event, "Bring cards, and ask Léa about the café");
  liens_event_set_url (event, "https://www.meetup.com/paris-gnome/events/123456/?a=1;b=2");

  text = export_one (event);

  /* libical escapes TEXT values and ends lines with CRLF, folded at 75 octets. */
  g_assert_nonnull (strstr (text, "SUMMARY:Réunion \\; café\\, croissants\\nÀ bientôt\r\n"));
  g_assert_nonnull (strstr (text, "BEGIN:VCALENDAR\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
    }

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (property_string (calendar, ICAL_VERSION_PROPERTY), ==, "2.0");
  g_assert_cmpstr (property_string (calendar, ICAL_PRODID_PROPERTY), ==, "-//Liens//Liens " PACKAGE_VERSION "//EN");
  g_assert_cmpstr (property_string (calendar, ICAL_CALSCALE_PROPERTY), ==, "GREGORIAN");
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);

  vevent = first_vevent (calendar);
  g_assert_cmpstr (icalcomponent_get_uid (vevent), ==, "event-42@liens.local");
  assert_ical_time (icalcomponent_get_dtstamp (vevent), "20260301T090000Z");
  /* Paris is at UTC+1 until the end of March. */
  assert_ical_time (icalproperty_get_dtstart (icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY)),
                    "20260318T173000Z");
  assert_ical_time (icalproperty_get_dtend (icalcomponent_get_first_property (vevent, ICAL_DTEND_PROPERTY)),
                    "20260318T200000Z");
  g_assert_cmpstr (icalcomponent_get_summary (vevent), ==, TRICKY_TEXT);
  g_assert_cmpstr (icalcomponent_get_location (vevent), ==, "Station F, 5 parvis Alan Turing; Paris");
  g_assert_cmpstr (icalcomponent_get_description (vevent), ==,
                   "Meet two CTOs\n\nBring cards, and ask Léa about the café");
  url = icalcomponent_get_first_property (vevent, ICAL_URL_PROPERTY);
  g_assert_nonnull (url);
  g_assert_cmpstr (icalproperty_get_url (url), ==, "https://www.meetup.com/paris-gnome/events/123456/?a=1;b=2");
  g_assert_cmpint (icalcomponent_get_status (vevent), ==, ICAL_STATUS_CONFIRMED);

  icalcomponent_free (calendar);
}

static void
test_export_long_text (void)
{
  g_autoptr(GDateTime) start = utc (2026, 4, 2, 14, 0);
  g_autoptr(LiensEvent) event = make_event (7, "Atelier", start, NULL, LIENS_ATTENDANCE_GOING);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  icalcomponent *vevent;

  /* libical drops a value's trailing spaces: end on a word. */
  for (guint i = 0; i < 12; i++)
    g_string_append (notes, TRICKY_TEXT " — ");
  g_string_append (notes, "fin");
  liens_event_set_notes (event, notes->str);

  text = export_one (event);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 75);

  calendar = icalparser_parse_string (text);
  vevent = first_vevent (calendar);
  g_assert_cmpstr (icalcomponent_get_description (vevent), ==, notes->str);
  /* No end: a zero-length timed event, without DTEND. */
  g_assert_null (icalcomponent_get_first_property (vevent, ICAL_DTEND_PROPERTY));
  g_assert_null (icalcomponent_get_first_property (vevent, ICAL_LOCATION_PROPERTY));
  g_assert_null (icalcomponent_get_first_property (vevent, ICAL_URL_PROPERTY));
  icalcomponent_free (calendar);
}

static void
test_export_status_and_uid (void)
{
  static const struct {
    LiensAttendance     attendance;
    icalproperty_status status;
  } cases[] = {
    { LIENS_ATTENDANCE_CONSIDERING, ICAL_STATUS_TENTATIVE },
    { LIENS_ATTENDANCE_GOING, ICAL_STATUS_CONFIRMED },
    { LIENS_ATTENDANCE_REGISTERED, ICAL_STATUS_CONFIRMED },
    { LIENS_ATTENDANCE_ATTENDED, ICAL_STATUS_CONFIRMED },
    { LIENS_ATTENDANCE_SKIPPED, ICAL_STATUS_CANCELLED },
  };
  g_autoptr(GDateTime) start = utc (2026, 4, 2, 14, 0);
  g_autoptr(GDateTime) end = utc (2026, 4, 2, 16, 0);
  g_autoptr(GDateTime) now = utc (2026, 3, 1, 9, 0);
  LiensEvent *events[G_N_ELEMENTS (cases) + 1];
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  icalcomponent *vevent;
  g_autofree char *uuid = NULL;
  guint i = 0;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    events[i] = make_event (i + 1, "Afterwork", start, end, cases[i].attendance);
  /* Not saved yet, and with a goal only. */
  events[i] = make_event (0, "Draft", start, end, LIENS_ATTENDANCE_CONSIDERING);
  liens_event_set_goal (events[i], "Find a mentor");

  text = liens_icalendar_export (events, G_N_ELEMENTS (events), now, &error);
  g_assert_no_error (error);
  calendar = icalparser_parse_string (text);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, G_N_ELEMENTS (events));

  i = 0;
  for (vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       vevent != NULL;
       vevent = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), i++)
    {
      if (i < G_N_ELEMENTS (cases))
        {
          g_autofree char *uid = g_strdup_printf ("event-%u@liens.local", i + 1);

          g_assert_cmpstr (icalcomponent_get_uid (vevent), ==, uid);
          g_assert_cmpint (icalcomponent_get_status (vevent), ==, cases[i].status);
          g_assert_null (icalcomponent_get_first_property (vevent, ICAL_DESCRIPTION_PROPERTY));
        }
      else
        {
          const char *uid = icalcomponent_get_uid (vevent);

          g_assert_true (g_str_has_suffix (uid, "@liens.local"));
          uuid = g_strndup (uid, strlen (uid) - strlen ("@liens.local"));
          g_assert_true (g_uuid_string_is_valid (uuid));
          g_assert_cmpstr (icalcomponent_get_description (vevent), ==, "Find a mentor");
          g_assert_cmpint (icalcomponent_get_status (vevent), ==, ICAL_STATUS_TENTATIVE);
        }
    }
  icalcomponent_free (calendar);

  for (i = 0; i < G_N_ELEMENTS (events); i++)
    g_object_unref (events[i]);
}

static void
test_export_all_day (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 5, 31, 0, 0, 0);
  g_autoptr(GDateTime) last = g_date_time_new_local (2026, 6, 1, 0, 0, 0);
  g_autoptr(LiensEvent) event = make_event (3, "GUADEC", first, last, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) single = make_event (4, "Salon", last, NULL, LIENS_ATTENDANCE_GOING);
  g_autofree char *text = NULL;
  g_autofree char *single_text = NULL;
  icalcomponent *calendar;
  icalcomponent *vevent;
  struct icaltimetype dtstart;
  struct icaltimetype dtend;

  liens_event_set_all_day (event, TRUE);
  liens_event_set_all_day (single, TRUE);
  text = export_one (event);
  single_text = export_one (single);

  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260531\r\n"));
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20260602\r\n"));
  g_assert_nonnull (strstr (single_text, "DTSTART;VALUE=DATE:20260601\r\n"));
  g_assert_nonnull (strstr (single_text, "DTEND;VALUE=DATE:20260602\r\n"));

  calendar = icalparser_parse_string (text);
  vevent = first_vevent (calendar);
  dtstart = icalcomponent_get_dtstart (vevent);
  dtend = icalproperty_get_dtend (icalcomponent_get_first_property (vevent, ICAL_DTEND_PROPERTY));
  g_assert_true (dtstart.is_date);
  g_assert_true (dtend.is_date);
  assert_ical_time (dtstart, "20260531");
  assert_ical_time (dtend, "20260602");
  icalcomponent_free (calendar);
}

static void
assert_same_event (LiensEvent *a,
                   LiensEvent *b)
{
  g_assert_cmpstr (liens_event_get_title (a), ==, liens_event_get_title (b));
  g_assert_cmpstr (liens_event_get_place (a), ==, liens_event_get_place (b));
  g_assert_cmpstr (liens_event_get_url (a), ==, liens_event_get_url (b));
  g_assert_cmpstr (liens_event_get_notes (a), ==, liens_event_get_notes (b));
  g_assert_cmpint (liens_event_get_all_day (a), ==, liens_event_get_all_day (b));
  assert_same_time (liens_event_get_start (a), liens_event_get_start (b));
  assert_same_time (liens_event_get_end (a), liens_event_get_end (b));
}

static void
test_round_trip (void)
{
  g_autoptr(GDateTime) start = paris (2026, 7, 3, 8, 30);
  g_autoptr(GDateTime) end = paris (2026, 7, 3, 10, 0);
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 10, 8, 0, 0, 0);
  g_autoptr(GDateTime) last = g_date_time_new_local (2026, 10, 9, 0, 0, 0);
  g_autoptr(GDateTime) now = utc (2026, 3, 1, 9, 0);
  g_autoptr(LiensEvent) timed = make_event (1, TRICKY_TEXT, start, end, LIENS_ATTENDANCE_GOING);
  g_autoptr(LiensEvent) all_day = make_event (2, "Paris Web", first, last, LIENS_ATTENDANCE_REGISTERED);
  LiensEvent *events[2] = { timed, all_day };
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  liens_event_set_place (timed, "Café de Flore, 172 bd Saint-Germain; 75006 Paris");
  liens_event_set_url (timed, "https://example.org/petit-déjeuner?x=1,2");
  liens_event_set_notes (timed, "Ligne 1\nLigne 2, avec ; et \\ barre");
  liens_event_set_all_day (all_day, TRUE);

  text = liens_icalendar_export (events, G_N_ELEMENTS (events), now, &error);
  g_assert_no_error (error);
  imported = import_ok (text);

  g_assert_cmpuint (imported->len, ==, 2);
  for (guint i = 0; i < imported->len; i++)
    {
      LiensEvent *event = g_ptr_array_index (imported, i);

      g_assert_cmpint (liens_event_get_id (event), ==, 0);
      g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_CONSIDERING);
      assert_same_event (event, events[i]);
    }
}

static const char meetup_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Meetup//RemoteApi//EN\r\n"
  "CALSCALE:GREGORIAN\r\n"
  "METHOD:PUBLISH\r\n"
  "X-ORIGINAL-URL:https://www.meetup.com/paris-gnome/events/301234567/ical/\r\n"
  "X-WR-CALNAME:Events - Paris GNOME\r\n"
  "BEGIN:VTIMEZONE\r\n"
  "TZID:Europe/Paris\r\n"
  "X-LIC-LOCATION:Europe/Paris\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19700329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19701025T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n"
  "BEGIN:VEVENT\r\n"
  "DTSTAMP:20260520T101500Z\r\n"
  "DTSTART;TZID=Europe/Paris:20260612T190000\r\n"
  "DTEND;TZID=Europe/Paris:20260612T213000\r\n"
  "STATUS:CONFIRMED\r\n"
  "SUMMARY:Apéro GNOME & GTK 4\r\n"
  "DESCRIPTION:Paris GNOME\\nVendredi 12 juin\\, 19 h\\n\\nOn parle libadwaita\\; \r\n"
  " venez nombreux !\\n\\nDetails: https://www.meetup.com/paris-gnome/events/3012\r\n"
  " 34567/\r\n"
  "CLASS:PUBLIC\r\n"
  "CREATED:20260501T080000Z\r\n"
  "GEO:48.8648;2.3775\r\n"
  "LOCATION:La Cantine (12 rue de la Roquette\\, Paris\\, France)\r\n"
  "URL:https://www.meetup.com/paris-gnome/events/301234567/\r\n"
  "LAST-MODIFIED:20260518T120000Z\r\n"
  "UID:event_301234567@meetup.com\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_import_meetup (void)
{
  g_autoptr(GPtrArray) events = import_ok (meetup_ics);
  g_autoptr(GDateTime) start = utc (2026, 6, 12, 17, 0);
  g_autoptr(GDateTime) end = utc (2026, 6, 12, 19, 30);
  LiensEvent *event;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (liens_event_get_id (event), ==, 0);
  g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_CONSIDERING);
  g_assert_cmpstr (liens_event_get_title (event), ==, "Apéro GNOME & GTK 4");
  g_assert_cmpstr (liens_event_get_place (event), ==, "La Cantine (12 rue de la Roquette, Paris, France)");
  g_assert_cmpstr (liens_event_get_url (event), ==, "https://www.meetup.com/paris-gnome/events/301234567/");
  g_assert_cmpstr (liens_event_get_notes (event), ==,
                   "Paris GNOME\nVendredi 12 juin, 19 h\n\nOn parle libadwaita; venez nombreux !\n\n"
                   "Details: https://www.meetup.com/paris-gnome/events/301234567/");
  g_assert_false (liens_event_get_all_day (event));
  /* CEST is UTC+2 in June. */
  assert_same_time (liens_event_get_start (event), start);
  assert_same_time (liens_event_get_end (event), end);
}

/* A TZID without its VTIMEZONE, as some tools write: libical's built-in zones. */
static void
test_import_builtin_zone (void)
{
  static const char ics[] =
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Example//EN\n"
    "BEGIN:VEVENT\n"
    "UID:abc@example.org\n"
    "DTSTAMP:20260101T000000Z\n"
    "DTSTART;TZID=America/New_York:20260115T090000\n"
    "DURATION:PT1H30M\n"
    "SUMMARY:Standup\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(GPtrArray) events = import_ok (ics);
  g_autoptr(GDateTime) start = utc (2026, 1, 15, 14, 0);
  g_autoptr(GDateTime) end = utc (2026, 1, 15, 15, 30);
  LiensEvent *event = g_ptr_array_index (events, 0);

  assert_same_time (liens_event_get_start (event), start);
  assert_same_time (liens_event_get_end (event), end);
  g_assert_null (liens_event_get_notes (event));
}

static const char google_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
  "VERSION:2.0\r\n"
  "CALSCALE:GREGORIAN\r\n"
  "METHOD:REQUEST\r\n"
  "BEGIN:VEVENT\r\n"
  "DTSTART:20260402T143000Z\r\n"
  "DTEND:20260402T153000Z\r\n"
  "DTSTAMP:20260325T091233Z\r\n"
  "ORGANIZER;CN=Camille Martin:mailto:camille.martin@example.com\r\n"
  "UID:5k2j9f8h3g1d0s7a6q4w2e1r3t@google.com\r\n"
  "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\r\n"
  " TRUE;CN=moi@example.org;X-NUM-GUESTS=0:mailto:moi@example.org\r\n"
  "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n"
  "CREATED:20260325T091231Z\r\n"
  "DESCRIPTION:Bonjour\\,\\n\\nJe te propose un café pour parler de ton projet de \r\n"
  " reconversion. On pourra aussi voir qui contacter chez Framasoft\\; dis-moi s\r\n"
  " i le créneau te va.\\n\\nRejoindre avec Google Meet : https://meet.google.com/\r\n"
  " abc-defg-hij\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~\r\n"
  " :~:~::~:~::-\r\n"
  "LAST-MODIFIED:20260325T091231Z\r\n"
  "LOCATION:\r\n"
  "SEQUENCE:0\r\n"
  "STATUS:CONFIRMED\r\n"
  "SUMMARY:Café avec Camille\r\n"
  "TRANSP:OPAQUE\r\n"
  "BEGIN:VALARM\r\n"
  "ACTION:DISPLAY\r\n"
  "DESCRIPTION:This is an event reminder\r\n"
  "TRIGGER:-P0DT0H30M0S\r\n"
  "END:VALARM\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_import_google (void)
{
  g_autoptr(GPtrArray) events = import_ok (google_ics);
  g_autoptr(GDateTime) start = utc (2026, 4, 2, 14, 30);
  g_autoptr(GDateTime) end = utc (2026, 4, 2, 15, 30);
  LiensEvent *event;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (liens_event_get_title (event), ==, "Café avec Camille");
  g_assert_null (liens_event_get_place (event));
  g_assert_null (liens_event_get_url (event));
  g_assert_cmpstr (liens_event_get_notes (event), ==,
                   "Bonjour,\n\nJe te propose un café pour parler de ton projet de reconversion. "
                   "On pourra aussi voir qui contacter chez Framasoft; dis-moi si le créneau te va.\n\n"
                   "Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij\n\n"
                   "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-");
  assert_same_time (liens_event_get_start (event), start);
  assert_same_time (liens_event_get_end (event), end);
}

static void
test_import_all_day (void)
{
  static const char ics[] =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Paris Web//Programme//FR\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:paris-web-2026@paris-web.fr\r\n"
    "DTSTAMP:20260601T000000Z\r\n"
    "DTSTART;VALUE=DATE:20261008\r\n"
    "DTEND;VALUE=DATE:20261010\r\n"
    "SUMMARY:Paris Web 2026\r\n"
    "LOCATION:Mairie du 11e\\, Paris\r\n"
    "URL:https://www.paris-web.fr/\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(GPtrArray) events = import_ok (ics);
  LiensEvent *event = g_ptr_array_index (events, 0);

  g_assert_true (liens_event_get_all_day (event));
  assert_local_day (liens_event_get_start (event), 2026, 10, 8);
  /* The exclusive DTEND becomes the last day. */
  assert_local_day (liens_event_get_end (event), 2026, 10, 9);
  g_assert_cmpstr (liens_event_get_place (event), ==, "Mairie du 11e, Paris");
}

static void
test_import_two_events (void)
{
  static const char ics[] =
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Example//EN\n"
    "BEGIN:VEVENT\n"
    "UID:one@example.org\n"
    "DTSTAMP:20260101T000000Z\n"
    "DTSTART:20260210T080000\n"
    "DTEND:20260210T093000\n"
    "SUMMARY:Petit-déjeuner BNI\n"
    "END:VEVENT\n"
    "BEGIN:VTODO\n"
    "UID:todo@example.org\n"
    "SUMMARY:Not an event\n"
    "END:VTODO\n"
    "BEGIN:VEVENT\n"
    "UID:two@example.org\n"
    "DTSTAMP:20260101T000000Z\n"
    "DTSTART;VALUE=DATE:20260301\n"
    "SUMMARY:Salon des entrepreneurs\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(GPtrArray) events = import_ok (ics);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 2, 10, 8, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_local (2026, 2, 10, 9, 30, 0);
  LiensEvent *first;
  LiensEvent *second;

  g_assert_cmpuint (events->len, ==, 2);
  first = g_ptr_array_index (events, 0);
  second = g_ptr_array_index (events, 1);

  /* Floating times are the user's local time. */
  g_assert_cmpstr (liens_event_get_title (first), ==, "Petit-déjeuner BNI");
  g_assert_false (liens_event_get_all_day (first));
  assert_same_time (liens_event_get_start (first), start);
  assert_same_time (liens_event_get_end (first), end);

  /* A one-day event without DTEND. */
  g_assert_cmpstr (liens_event_get_title (second), ==, "Salon des entrepreneurs");
  g_assert_true (liens_event_get_all_day (second));
  assert_local_day (liens_event_get_start (second), 2026, 3, 1);
  assert_local_day (liens_event_get_end (second), 2026, 3, 1);
}

static void
test_import_bare_vevent (void)
{
  static const char ics[] =
    "BEGIN:VEVENT\r\n"
    "UID:bare@example.org\r\n"
    "DTSTAMP:20260101T000000Z\r\n"
    "DTSTART:20260505T170000Z\r\n"
    "SUMMARY:Afterwork\r\n"
    "END:VEVENT\r\n";
  g_autoptr(GPtrArray) events = import_ok (ics);
  g_autoptr(GDateTime) start = utc (2026, 5, 5, 17, 0);
  LiensEvent *event;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (liens_event_get_title (event), ==, "Afterwork");
  assert_same_time (liens_event_get_start (event), start);
}

static void
assert_import_fails (const char *text,
                     gsize       length,
                     int         code,
                     const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = liens_icalendar_import (text, length, &error);

  g_assert_null (events);
  g_assert_error (error, LIENS_ICALENDAR_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_import_errors (void)
{
  static const char plain[] = "Hello,\nthis is just a text file: nothing to see.\n";
  static const char html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"fr\">\n"
    "<head><meta charset=\"utf-8\"><title>Apéro GNOME</title></head>\n"
    "<body><p>BEGIN:VCALENDAR is not at the start of this page.</p></body>\n"
    "</html>\n";
  static const char no_event[] =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Example//EN\r\n"
    "BEGIN:VTODO\r\n"
    "UID:todo@example.org\r\n"
    "SUMMARY:Write the report\r\n"
    "END:VTODO\r\n"
    "END:VCALENDAR\r\n";
  static const char vcard[] =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Camille Martin\r\n"
    "END:VCARD\r\n";
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  const char *not_ical = "This file is not an iCalendar file.";

  assert_import_fails (plain, strlen (plain), LIENS_ICALENDAR_ERROR_INVALID, not_ical);
  assert_import_fails (html, strlen (html), LIENS_ICALENDAR_ERROR_INVALID, not_ical);
  assert_import_fails (vcard, strlen (vcard), LIENS_ICALENDAR_ERROR_INVALID, not_ical);
  assert_import_fails (binary, sizeof binary - 1, LIENS_ICALENDAR_ERROR_INVALID, not_ical);
  assert_import_fails ("", 0, LIENS_ICALENDAR_ERROR_INVALID, not_ical);
  assert_import_fails (no_event, strlen (no_event), LIENS_ICALENDAR_ERROR_EMPTY,
                       "This calendar file contains no event.");
}

static void
test_import_escaped_utf8 (void)
{
  /* A backslash before an accent: libical drops the first byte of the
   * character with the backslash (found by fuzzing); the model gets UTF-8. */
  static const char data[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.fr\r\n"
    "DTSTART:20240312T090000Z\r\nSUMMARY:Caf\\\xc3\xa9 du r\xc3\xa9seau\r\n"
    "LOCATION:\\\xc3\xa0 Lyon\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  LiensEvent *event;

  events = liens_icalendar_import (data, sizeof data - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_true (g_utf8_validate (liens_event_get_title (event), -1, NULL));
  g_assert_true (g_str_has_suffix (liens_event_get_title (event), " du réseau"));
  g_assert_true (g_utf8_validate (liens_event_get_place (event), -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* Local time neither UTC nor Paris, so that every conversion shows. */
  g_setenv ("TZ", "America/Montreal", TRUE);

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");

  g_test_add_func ("/icalendar/export/properties", test_export_properties);
  g_test_add_func ("/icalendar/export/long-text", test_export_long_text);
  g_test_add_func ("/icalendar/export/status-and-uid", test_export_status_and_uid);
  g_test_add_func ("/icalendar/export/all-day", test_export_all_day);
  g_test_add_func ("/icalendar/round-trip", test_round_trip);
  g_test_add_func ("/icalendar/import/meetup", test_import_meetup);
  g_test_add_func ("/icalendar/import/builtin-zone", test_import_builtin_zone);
  g_test_add_func ("/icalendar/import/google", test_import_google);
  g_test_add_func ("/icalendar/import/all-day", test_import_all_day);
  g_test_add_func ("/icalendar/import/two-events", test_import_two_events);
  g_test_add_func ("/icalendar/import/bare-vevent", test_import_bare_vevent);
  g_test_add_func ("/icalendar/import/errors", test_import_errors);
  g_test_add_func ("/icalendar/import/escaped-utf8", test_import_escaped_utf8);

  return g_test_run ();
}
