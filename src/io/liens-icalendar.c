/* liens-icalendar.c: events to and from iCalendar (RFC 5545) files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "liens-icalendar.h"

#define PRODID "-//Liens//Liens " PACKAGE_VERSION "//EN"

G_DEFINE_QUARK (liens-icalendar-error-quark, liens_icalendar_error)

static struct icaltimetype
ical_time_utc (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  struct icaltimetype tt = icaltime_null_time ();

  tt.year = g_date_time_get_year (utc);
  tt.month = g_date_time_get_month (utc);
  tt.day = g_date_time_get_day_of_month (utc);
  tt.hour = g_date_time_get_hour (utc);
  tt.minute = g_date_time_get_minute (utc);
  tt.second = g_date_time_get_second (utc);
  tt.zone = icaltimezone_get_utc_timezone ();

  return tt;
}

/* The calendar day of @date in its own time zone, as the event editor chose it. */
static struct icaltimetype
ical_date (GDateTime *date,
           int        add_days)
{
  struct icaltimetype tt = icaltime_null_date ();

  tt.year = g_date_time_get_year (date);
  tt.month = g_date_time_get_month (date);
  tt.day = g_date_time_get_day_of_month (date);
  icaltime_adjust (&tt, add_days, 0, 0, 0);

  return tt;
}

static icalproperty_status
status_from_attendance (LiensAttendance attendance)
{
  switch (attendance)
    {
    case LIENS_ATTENDANCE_CONSIDERING:
      return ICAL_STATUS_TENTATIVE;
    case LIENS_ATTENDANCE_GOING:
    case LIENS_ATTENDANCE_REGISTERED:
    case LIENS_ATTENDANCE_ATTENDED:
      return ICAL_STATUS_CONFIRMED;
    case LIENS_ATTENDANCE_SKIPPED:
      return ICAL_STATUS_CANCELLED;
    default:
      return ICAL_STATUS_TENTATIVE;
    }
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static icalcomponent *
vevent_from_event (LiensEvent          *event,
                   struct icaltimetype  stamp)
{
  icalcomponent *vevent = icalcomponent_new_vevent ();
  GDateTime *start = liens_event_get_start (event);
  GDateTime *end = liens_event_get_end (event);
  gint64 id = liens_event_get_id (event);
  const char *goal = liens_event_get_goal (event);
  const char *notes = liens_event_get_notes (event);
  g_autofree char *uid = NULL;
  g_autoptr(GString) description = g_string_new (NULL);

  /* Stable across exports, so that calendars update the event instead of duplicating it. */
  if (id > 0)
    uid = g_strdup_printf ("event-%" G_GINT64_FORMAT "@liens.local", id);
  else
    {
      g_autofree char *uuid = g_uuid_string_random ();

      uid = g_strdup_printf ("%s@liens.local", uuid);
    }

  icalcomponent_add_property (vevent, icalproperty_new_uid (uid));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (stamp));

  if (end != NULL && g_date_time_compare (end, start) < 0)
    end = NULL;

  if (liens_event_get_all_day (event))
    {
      /* DTEND of a date-only event is exclusive: the day after the last one. */
      icalcomponent_add_property (vevent, icalproperty_new_dtstart (ical_date (start, 0)));
      icalcomponent_add_property (vevent,
                                  icalproperty_new_dtend (ical_date (end != NULL ? end : start, 1)));
    }
  else
    {
      icalcomponent_add_property (vevent, icalproperty_new_dtstart (ical_time_utc (start)));
      if (end != NULL)
        icalcomponent_add_property (vevent, icalproperty_new_dtend (ical_time_utc (end)));
    }

  if (has_text (liens_event_get_title (event)))
    icalcomponent_add_property (vevent, icalproperty_new_summary (liens_event_get_title (event)));
  if (has_text (liens_event_get_place (event)))
    icalcomponent_add_property (vevent, icalproperty_new_location (liens_event_get_place (event)));

  if (has_text (goal))
    g_string_append (description, goal);
  if (has_text (goal) && has_text (notes))
    g_string_append (description, "\n\n");
  if (has_text (notes))
    g_string_append (description, notes);
  if (description->len > 0)
    icalcomponent_add_property (vevent, icalproperty_new_description (description->str));

  if (has_text (liens_event_get_url (event)))
    icalcomponent_add_property (vevent, icalproperty_new_url (liens_event_get_url (event)));

  icalcomponent_add_property (vevent,
                              icalproperty_new_status (status_from_attendance (liens_event_get_attendance (event))));

  return vevent;
}

/* The zone a TZID parameter names: the file's own VTIMEZONE first, then libical's built-in zones. */
static icaltimezone *
find_zone (icalcomponent *vevent,
           icalproperty  *property)
{
  icalparameter *param = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  icaltimezone *zone = NULL;
  icalcomponent *parent;
  const char *tzid;

  if (param == NULL)
    return NULL;

  tzid = icalparameter_get_tzid (param);
  if (!has_text (tzid))
    return NULL;

  for (parent = icalcomponent_get_parent (vevent);
       parent != NULL && zone == NULL;
       parent = icalcomponent_get_parent (parent))
    {
      if (icalcomponent_isa (parent) == ICAL_VCALENDAR_COMPONENT)
        zone = icalcomponent_get_timezone (parent, tzid);
    }

  if (zone == NULL)
    zone = icaltimezone_get_builtin_timezone (tzid);
  if (zone == NULL)
    zone = icaltimezone_get_builtin_timezone_from_tzid (tzid);

  return zone;
}

/* Dates become local midnights; times with a zone, or in UTC, become local
 * times; floating times (and times in a zone we cannot find) are taken as local.
 */
static GDateTime *
date_time_from_ical (struct icaltimetype  tt,
                     icaltimezone        *zone)
{
  g_autoptr(GDateTime) utc = NULL;

  if (icaltime_is_null_time (tt) || !icaltime_is_valid_time (tt))
    return NULL;

  if (tt.is_date)
    return g_date_time_new_local (tt.year, tt.month, tt.day, 0, 0, 0);

  if (!icaltime_is_utc (tt) && zone != NULL)
    {
      tt.zone = zone;
      tt = icaltime_convert_to_zone (tt, icaltimezone_get_utc_timezone ());
    }

  if (!icaltime_is_utc (tt))
    return g_date_time_new_local (tt.year, tt.month, tt.day, tt.hour, tt.minute, tt.second);

  utc = g_date_time_new_utc (tt.year, tt.month, tt.day, tt.hour, tt.minute, tt.second);
  if (utc == NULL)
    return NULL;

  return g_date_time_to_local (utc);
}

/* libical unescapes "\\" followed by any byte, even the first of a UTF-8
 * sequence, so what it returns may no longer be UTF-8 (found by fuzzing). */
static char *
dup_valid_text (const char *text)
{
  return text != NULL ? g_utf8_make_valid (text, -1) : NULL;
}

static LiensEvent *
event_from_vevent (icalcomponent *vevent)
{
  g_autoptr(LiensEvent) event = liens_event_new ();
  icalproperty *dtstart = icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (vevent, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (vevent, ICAL_DURATION_PROPERTY);
  icalproperty *url = icalcomponent_get_first_property (vevent, ICAL_URL_PROPERTY);
  g_autofree char *summary = dup_valid_text (icalcomponent_get_summary (vevent));
  g_autofree char *location = dup_valid_text (icalcomponent_get_location (vevent));
  g_autofree char *description = dup_valid_text (icalcomponent_get_description (vevent));
  g_autofree char *url_text = url != NULL ? dup_valid_text (icalproperty_get_url (url)) : NULL;

  liens_event_set_attendance (event, LIENS_ATTENDANCE_CONSIDERING);

  if (has_text (summary))
    liens_event_set_title (event, summary);
  if (has_text (location))
    liens_event_set_place (event, location);
  if (has_text (description))
    liens_event_set_notes (event, description);
  if (has_text (url_text))
    liens_event_set_url (event, url_text);

  if (dtstart != NULL)
    {
      struct icaltimetype start_tt = icalproperty_get_dtstart (dtstart);
      icaltimezone *start_zone = find_zone (vevent, dtstart);
      struct icaltimetype end_tt = icaltime_null_time ();
      icaltimezone *end_zone = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (dtend != NULL)
        {
          end_tt = icalproperty_get_dtend (dtend);
          end_zone = find_zone (vevent, dtend);
        }
      else if (duration != NULL)
        {
          end_tt = icaltime_add (start_tt, icalproperty_get_duration (duration));
          end_zone = start_zone;
        }

      /* Our all-day events end on their last day, iCalendar's the day after. */
      if (start_tt.is_date && !icaltime_is_null_time (end_tt))
        {
          end_tt.is_date = 1;
          icaltime_adjust (&end_tt, -1, 0, 0, 0);
          if (icaltime_compare_date_only (end_tt, start_tt) < 0)
            end_tt = start_tt;
        }
      else if (start_tt.is_date)
        {
          end_tt = start_tt;
        }

      start = date_time_from_ical (start_tt, start_zone);
      end = date_time_from_ical (end_tt, end_zone);

      if (start != NULL)
        {
          liens_event_set_all_day (event, start_tt.is_date != 0);
          liens_event_set_start (event, start);
          if (end != NULL && g_date_time_compare (end, start) >= 0)
            liens_event_set_end (event, end);
        }
    }

  return g_steal_pointer (&event);
}

static void
collect_events (icalcomponent *component,
                GPtrArray     *events)
{
  icalcomponent_kind kind = icalcomponent_isa (component);
  icalcomponent *child;

  if (kind == ICAL_VEVENT_COMPONENT)
    {
      /* A RECURRENCE-ID marks a changed occurrence of an event already in the file. */
      if (icalcomponent_get_first_property (component, ICAL_RECURRENCEID_PROPERTY) == NULL)
        g_ptr_array_add (events, event_from_vevent (component));
      return;
    }

  if (kind != ICAL_VCALENDAR_COMPONENT && kind != ICAL_XROOT_COMPONENT)
    return;

  for (child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    collect_events (child, events);
}

/* Whether @text starts, after a byte order mark and blank lines, with a BEGIN line. */
static gboolean
looks_like_icalendar (const char *text)
{
  if (g_str_has_prefix (text, "\xef\xbb\xbf"))
    text += 3;

  while (g_ascii_isspace (*text))
    text++;

  return g_ascii_strncasecmp (text, "BEGIN:", strlen ("BEGIN:")) == 0;
}

/**
 * liens_icalendar_export:
 * @events: (array length=n_events): the events to export
 * @n_events: the length of @events
 * @now: (nullable): the time of the export, for DTSTAMP; the current time if %NULL
 * @error: return location for a #GError
 *
 * Writes @events as a VCALENDAR to publish (METHOD:PUBLISH), one VEVENT each.
 * A stored event's UID is `event-<id>@liens.local`, so a calendar that
 * imports the file again updates the event; an unsaved event (id 0) gets a
 * random one. Timed events are written in UTC, all-day events as dates. The
 * goal and the notes make the DESCRIPTION, separated by a blank line. Events
 * without a start cannot be placed in a calendar and are left out.
 *
 * Returns: (transfer full): the iCalendar text, with CRLF line ends, or %NULL
 *   with @error set
 */
char *
liens_icalendar_export (LiensEvent * const  *events,
                        guint                n_events,
                        GDateTime           *now,
                        GError             **error)
{
  g_autoptr(GDateTime) stamp_time = NULL;
  icalcomponent *calendar;
  struct icaltimetype stamp;
  char *ical;
  char *text;

  g_return_val_if_fail (events != NULL || n_events == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint i = 0; i < n_events; i++)
    g_return_val_if_fail (LIENS_IS_EVENT (events[i]), NULL);

  stamp_time = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  stamp = ical_time_utc (stamp_time);

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  for (guint i = 0; i < n_events; i++)
    {
      if (liens_event_get_start (events[i]) != NULL)
        icalcomponent_add_component (calendar, vevent_from_event (events[i], stamp));
    }

  ical = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);

  if (ical == NULL)
    {
      g_set_error_literal (error, LIENS_ICALENDAR_ERROR, LIENS_ICALENDAR_ERROR_INVALID,
                           _("The events could not be written as an iCalendar file."));
      return NULL;
    }

  /* Hand back GLib memory, freed with g_free() like the rest of the app's strings. */
  text = g_strdup (ical);
  icalmemory_free_buffer (ical);

  return text;
}

/**
 * liens_icalendar_import:
 * @data: (array length=length): the content of an iCalendar file
 * @length: the length of @data in bytes
 * @error: return location for a #GError
 *
 * Reads the events of a VCALENDAR (or of a bare VEVENT). Each becomes a new
 * #LiensEvent (id 0, attendance “considering”) with its title, start, end,
 * all-day flag, place, URL and, as notes, its DESCRIPTION. Times with a TZID
 * are converted with the file's VTIMEZONE or libical's built-in zones, and
 * all times end up in the local time zone; floating times are taken as local.
 *
 * Returns: (transfer full) (element-type LiensEvent): the events, or %NULL
 *   with @error set (%LIENS_ICALENDAR_ERROR_INVALID, %LIENS_ICALENDAR_ERROR_EMPTY)
 */
GPtrArray *
liens_icalendar_import (const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *text = NULL;
  icalcomponent *root = NULL;
  icalcomponent_kind kind = ICAL_NO_COMPONENT;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* libical wants a NUL-terminated string; invalid UTF-8 must not reach the model. */
  text = g_utf8_make_valid (data != NULL ? data : "", data != NULL ? (gssize) length : 0);

  if (looks_like_icalendar (text))
    root = icalparser_parse_string (text);
  if (root != NULL)
    kind = icalcomponent_isa (root);

  if (kind != ICAL_VCALENDAR_COMPONENT && kind != ICAL_VEVENT_COMPONENT && kind != ICAL_XROOT_COMPONENT)
    {
      g_clear_pointer (&root, icalcomponent_free);
      g_set_error_literal (error, LIENS_ICALENDAR_ERROR, LIENS_ICALENDAR_ERROR_INVALID,
                           _("This file is not an iCalendar file."));
      return NULL;
    }

  events = g_ptr_array_new_with_free_func (g_object_unref);
  collect_events (root, events);
  icalcomponent_free (root);

  if (events->len == 0)
    {
      g_set_error_literal (error, LIENS_ICALENDAR_ERROR, LIENS_ICALENDAR_ERROR_EMPTY,
                           _("This calendar file contains no event."));
      return NULL;
    }

  return g_steal_pointer (&events);
}
