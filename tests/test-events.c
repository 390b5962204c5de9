/* test-events.c: tests of the store's events: upcoming and past, clashes, attendance and
 * the debrief.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "liens-store.h"
#include "liens-store-private.h"

typedef struct
{
  char       *dir;
  char       *path;
  LiensStore *store;
  GPtrArray  *signals;
} Fixture;

/* Helpers */

static GDateTime *
date_new (int year,
          int month,
          int day,
          int hour,
          int minute,
          int second)
{
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static void
assert_date_equal (GDateTime *a,
                   GDateTime *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (g_date_time_to_unix (a), ==, g_date_time_to_unix (b));
}

static gint64
add_contact (LiensStore *store,
             const char *given_name)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GError) error = NULL;

  liens_contact_set_given_name (contact, given_name);
  g_assert_true (liens_store_save_contact (store, contact, &error));
  g_assert_no_error (error);

  return liens_contact_get_id (contact);
}

static LiensEvent *
event_new (GDateTime       *start,
           GDateTime       *end,
           gboolean         all_day,
           LiensAttendance  attendance)
{
  LiensEvent *event = liens_event_new ();

  liens_event_set_title (event, "Meetup");
  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_all_day (event, all_day);
  liens_event_set_attendance (event, attendance);

  return event;
}

static void
save_event (LiensStore *store,
            LiensEvent *event)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liens_store_save_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (liens_event_get_id (event), >, 0);
}

static gint64
add_event (LiensStore      *store,
           GDateTime       *start,
           GDateTime       *end,
           gboolean         all_day,
           LiensAttendance  attendance)
{
  g_autoptr(LiensEvent) event = event_new (start, end, all_day, attendance);

  save_event (store, event);

  return liens_event_get_id (event);
}

static LiensEvent *
get_event (LiensStore *store,
           gint64      id)
{
  g_autoptr(GError) error = NULL;
  LiensEvent *event;

  event = liens_store_get_event (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (event);

  return event;
}

static gint64
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);
  gint64 id = 0;

  g_object_get (item, "id", &id, NULL);

  return id;
}

static void
assert_list_ids (GListModel   *model,
                 const gint64 *expected,
                 guint         n_expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (item_id (model, i), ==, expected[i]);
}

static void
assert_overlapping (LiensStore   *store,
                    gint64        event_id,
                    const gint64 *expected,
                    gsize         n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = NULL;
  gsize n_ids = 99;

  ids = liens_store_dup_overlapping_event_ids (store, event_id, &n_ids, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (n_ids, ==, n_expected);
  for (gsize i = 0; i < n_expected; i++)
    g_assert_cmpint (ids[i], ==, expected[i]);
  g_assert_cmpint (ids[n_ids], ==, 0);
}

static const LiensEventPerson *
find_person (LiensEvent *event,
             gint64      contact_id)
{
  const LiensEventPerson *people;
  guint n_people = 0;

  people = liens_event_get_people (event, &n_people);
  for (guint i = 0; i < n_people; i++)
    if (people[i].contact_id == contact_id)
      return &people[i];

  return NULL;
}

static guint
count_signals (GPtrArray  *log,
               const char *entry)
{
  guint n = 0;

  for (guint i = 0; i < log->len; i++)
    if (g_str_equal (g_ptr_array_index (log, i), entry))
      n++;

  return n;
}

/* Fixtures */

static void
event_changed_cb (LiensStore *store,
                  gint64      id,
                  GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup_printf ("event-changed %" G_GINT64_FORMAT, id));
}

static void
encounter_added_cb (LiensStore *store,
                    gint64      id,
                    GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup ("encounter-added"));
}

static void
contact_added_cb (LiensStore *store,
                  gint64      id,
                  GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup ("contact-added"));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("liens-test-events-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "liens.db", NULL);
  f->signals = g_ptr_array_new_with_free_func (g_free);

  f->store = liens_store_new (f->path, &error);
  g_assert_no_error (error);

  g_signal_connect (f->store, "event-changed", G_CALLBACK (event_changed_cb), f->signals);
  g_signal_connect (f->store, "encounter-added", G_CALLBACK (encounter_added_cb), f->signals);
  g_signal_connect (f->store, "contact-added", G_CALLBACK (contact_added_cb), f->signals);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (g_steal_pointer (&f->store));

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);

  g_clear_pointer (&f->signals, g_ptr_array_unref);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Upcoming and past */

static void
test_split (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = date_new (2026, 3, 10, 14, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_add (now, G_USEC_PER_SEC / 2);
  g_autoptr(GDateTime) d8 = date_new (2026, 3, 8, 0, 0, 0);
  g_autoptr(GDateTime) d9 = date_new (2026, 3, 9, 0, 0, 0);
  g_autoptr(GDateTime) d9_10h = date_new (2026, 3, 9, 10, 0, 0);
  g_autoptr(GDateTime) d9_12h = date_new (2026, 3, 9, 12, 0, 0);
  g_autoptr(GDateTime) d10 = date_new (2026, 3, 10, 0, 0, 0);
  g_autoptr(GDateTime) d10_12h = date_new (2026, 3, 10, 12, 0, 0);
  g_autoptr(GDateTime) d10_13h = date_new (2026, 3, 10, 13, 0, 0);
  g_autoptr(GDateTime) d10_1330 = date_new (2026, 3, 10, 13, 30, 0);
  g_autoptr(GDateTime) d10_1359 = date_new (2026, 3, 10, 13, 59, 59);
  g_autoptr(GDateTime) d11 = date_new (2026, 3, 11, 9, 0, 0);
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GListModel) upcoming_later = NULL;
  g_autoptr(GListModel) all = NULL;
  gint64 timed_past, ends_now, ended_before, today, yesterday, until_today, tomorrow, undated;
  gint64 instant;

  timed_past = add_event (f->store, d9_10h, d9_12h, FALSE, LIENS_ATTENDANCE_GOING);
  ends_now = add_event (f->store, d10_12h, now, FALSE, LIENS_ATTENDANCE_GOING);
  ended_before = add_event (f->store, d10_13h, d10_1359, FALSE, LIENS_ATTENDANCE_GOING);
  today = add_event (f->store, d10, NULL, TRUE, LIENS_ATTENDANCE_GOING);
  yesterday = add_event (f->store, d9, NULL, TRUE, LIENS_ATTENDANCE_GOING);
  until_today = add_event (f->store, d8, d10, TRUE, LIENS_ATTENDANCE_GOING);
  tomorrow = add_event (f->store, d11, NULL, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  undated = add_event (f->store, NULL, NULL, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  instant = add_event (f->store, d10_1330, NULL, FALSE, LIENS_ATTENDANCE_GOING);

  upcoming = liens_store_list_upcoming_events (f->store, now);
  past = liens_store_list_past_events (f->store, now);

  {
    const gint64 expected_upcoming[] = { until_today, today, ends_now, tomorrow, undated };
    const gint64 expected_past[] = { instant, ended_before, timed_past, yesterday };

    assert_list_ids (upcoming, expected_upcoming, G_N_ELEMENTS (expected_upcoming));
    assert_list_ids (past, expected_past, G_N_ELEMENTS (expected_past));
  }

  /* The same split as the model's. */
  all = liens_store_list_events (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LiensEvent) event = g_list_model_get_item (all, i);
      gboolean in_past = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (past); j++)
        if (item_id (past, j) == liens_event_get_id (event))
          in_past = TRUE;

      g_assert_cmpint (in_past, ==, liens_event_is_past (event, now));
    }

  /* Half a second after its end, the event that ended at "now" is over. */
  upcoming_later = liens_store_list_upcoming_events (f->store, later);
  {
    const gint64 expected[] = { until_today, today, tomorrow, undated };

    assert_list_ids (upcoming_later, expected, G_N_ELEMENTS (expected));
  }
}

static void
test_live (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDateTime) now = date_new (2026, 3, 10, 14, 0, 0);
  g_autoptr(GDateTime) before = date_new (2026, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) after = date_new (2026, 4, 1, 9, 0, 0);
  g_autoptr(GDateTime) yesterday = date_new (2026, 3, 9, 18, 0, 0);
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  gint64 old_id;

  upcoming = liens_store_list_upcoming_events (f->store, now);
  past = liens_store_list_past_events (f->store, now);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 0);

  old_id = add_event (f->store, before, NULL, FALSE, LIENS_ATTENDANCE_ATTENDED);
  event = event_new (after, NULL, FALSE, LIENS_ATTENDANCE_GOING);
  save_event (f->store, event);

  {
    const gint64 expected_upcoming[] = { liens_event_get_id (event) };
    const gint64 expected_past[] = { old_id };

    assert_list_ids (upcoming, expected_upcoming, 1);
    assert_list_ids (past, expected_past, 1);
  }

  /* Moved into the past: it changes lists, and takes its place by start there. */
  liens_event_set_start (event, yesterday);
  save_event (f->store, event);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 0);
  {
    const gint64 expected_past[] = { liens_event_get_id (event), old_id };

    assert_list_ids (past, expected_past, 2);
  }

  /* An all-day event of the day before is past, of the day itself upcoming. */
  liens_event_set_all_day (event, TRUE);
  save_event (f->store, event);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 2);
  liens_event_set_start (event, now);
  save_event (f->store, event);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 1);

  g_assert_true (liens_store_delete_event (f->store, liens_event_get_id (event), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (upcoming), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 1);
}

/* Overlaps */

static void
test_overlap (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) d10_10h = date_new (2026, 3, 10, 10, 0, 0);
  g_autoptr(GDateTime) d10_1030 = date_new (2026, 3, 10, 10, 30, 0);
  g_autoptr(GDateTime) d10_11h = date_new (2026, 3, 10, 11, 0, 0);
  g_autoptr(GDateTime) d10_1130 = date_new (2026, 3, 10, 11, 30, 0);
  g_autoptr(GDateTime) d10_12h = date_new (2026, 3, 10, 12, 0, 0);
  g_autoptr(GDateTime) d10_13h = date_new (2026, 3, 10, 13, 0, 0);
  g_autoptr(GDateTime) d10_15h = date_new (2026, 3, 10, 15, 0, 0);
  g_autoptr(GDateTime) d11 = date_new (2026, 3, 11, 0, 0, 0);
  g_autoptr(GDateTime) d11_1h = date_new (2026, 3, 11, 1, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *none = NULL;
  gint64 morning, partial, touching, all_day, considering, skipped, next_day;
  gsize n_ids = 99;

  morning = add_event (f->store, d10_10h, d10_12h, FALSE, LIENS_ATTENDANCE_GOING);
  partial = add_event (f->store, d10_11h, d10_13h, FALSE, LIENS_ATTENDANCE_REGISTERED);
  touching = add_event (f->store, d10_12h, d10_13h, FALSE, LIENS_ATTENDANCE_GOING);
  /* Stored at 15:00, but covers the whole day. */
  all_day = add_event (f->store, d10_15h, NULL, TRUE, LIENS_ATTENDANCE_GOING);
  considering = add_event (f->store, d10_1030, d10_1130, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  skipped = add_event (f->store, d10_1030, d10_1130, FALSE, LIENS_ATTENDANCE_SKIPPED);
  next_day = add_event (f->store, d11, d11_1h, FALSE, LIENS_ATTENDANCE_GOING);

  {
    const gint64 for_morning[] = { partial, all_day };
    const gint64 for_partial[] = { morning, touching, all_day };
    const gint64 for_touching[] = { partial, all_day };
    const gint64 for_all_day[] = { morning, partial, touching };

    assert_overlapping (f->store, morning, for_morning, G_N_ELEMENTS (for_morning));
    assert_overlapping (f->store, partial, for_partial, G_N_ELEMENTS (for_partial));
    assert_overlapping (f->store, touching, for_touching, G_N_ELEMENTS (for_touching));
    assert_overlapping (f->store, all_day, for_all_day, G_N_ELEMENTS (for_all_day));
  }

  /* Midnight ends the all-day event: touching, not overlapping. */
  assert_overlapping (f->store, next_day, NULL, 0);

  /* Not planned: no clash to report. */
  assert_overlapping (f->store, considering, NULL, 0);
  assert_overlapping (f->store, skipped, NULL, 0);

  none = liens_store_dup_overlapping_event_ids (f->store, 9999, &n_ids, &error);
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_assert_null (none);
  g_assert_cmpuint (n_ids, ==, 0);
}

/* A long event far back in time is still found, among many: the window is on starts. */
static void
test_overlap_long (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) jan = date_new (2026, 1, 1, 9, 0, 0);
  g_autoptr(GDateTime) dec = date_new (2026, 12, 31, 18, 0, 0);
  g_autoptr(GDateTime) d10_10h = date_new (2026, 3, 10, 10, 0, 0);
  g_autoptr(GDateTime) d10_11h = date_new (2026, 3, 10, 11, 0, 0);
  g_autoptr(GError) error = NULL;
  gint64 year, meeting;

  year = add_event (f->store, jan, dec, FALSE, LIENS_ATTENDANCE_REGISTERED);
  meeting = add_event (f->store, d10_10h, d10_11h, FALSE, LIENS_ATTENDANCE_GOING);

  /* Ten thousand planned events from 2010 to 2018, one hour every seven. */
  g_assert_true (liens_store_exec (f->store,
                                   "WITH RECURSIVE n (i) AS "
                                   "(SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999) "
                                   "INSERT INTO event (title, start, \"end\", attendance) "
                                   "SELECT 'Past', 1262304000 + i * 25200, "
                                   "1262304000 + i * 25200 + 3600, 1 FROM n",
                                   &error));
  g_assert_no_error (error);

  assert_overlapping (f->store, meeting, &year, 1);
  assert_overlapping (f->store, year, &meeting, 1);
}

/* Attendance */

static void
test_to_confirm (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = date_new (2026, 3, 10, 14, 0, 0);
  g_autoptr(GDateTime) d1 = date_new (2026, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) d2 = date_new (2026, 3, 2, 9, 0, 0);
  g_autoptr(GDateTime) d3 = date_new (2026, 3, 3, 9, 0, 0);
  g_autoptr(GDateTime) d4 = date_new (2026, 3, 4, 9, 0, 0);
  g_autoptr(GDateTime) d10 = date_new (2026, 3, 10, 0, 0, 0);
  g_autoptr(GDateTime) d20 = date_new (2026, 3, 20, 9, 0, 0);
  g_autoptr(GListModel) to_confirm = NULL;
  g_autoptr(GError) error = NULL;
  gint64 going, registered, today;

  going = add_event (f->store, d1, NULL, FALSE, LIENS_ATTENDANCE_GOING);
  registered = add_event (f->store, d2, NULL, FALSE, LIENS_ATTENDANCE_REGISTERED);
  add_event (f->store, d3, NULL, FALSE, LIENS_ATTENDANCE_ATTENDED);
  add_event (f->store, d4, NULL, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  today = add_event (f->store, d10, NULL, TRUE, LIENS_ATTENDANCE_GOING);
  add_event (f->store, d20, NULL, FALSE, LIENS_ATTENDANCE_GOING);

  /* The all-day event of the day is not over yet. */
  to_confirm = liens_store_list_events_to_confirm (f->store, now);
  {
    const gint64 expected[] = { registered, going };

    assert_list_ids (to_confirm, expected, G_N_ELEMENTS (expected));
  }

  g_assert_true (liens_store_set_event_attendance (f->store, registered,
                                                   LIENS_ATTENDANCE_ATTENDED, &error));
  g_assert_no_error (error);
  assert_list_ids (to_confirm, &going, 1);

  g_assert_true (liens_store_set_event_attendance (f->store, going,
                                                   LIENS_ATTENDANCE_SKIPPED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (to_confirm), ==, 0);

  /* Back to planned: asked again. */
  g_assert_true (liens_store_set_event_attendance (f->store, going,
                                                   LIENS_ATTENDANCE_REGISTERED, &error));
  g_assert_no_error (error);
  assert_list_ids (to_confirm, &going, 1);

  g_assert_true (liens_store_set_event_attendance (f->store, today,
                                                   LIENS_ATTENDANCE_REGISTERED, &error));
  g_assert_no_error (error);
  assert_list_ids (to_confirm, &going, 1);
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  static const LiensAttendance steps[] = {
    LIENS_ATTENDANCE_GOING,
    LIENS_ATTENDANCE_REGISTERED,
    LIENS_ATTENDANCE_ATTENDED,
    LIENS_ATTENDANCE_SKIPPED,
    LIENS_ATTENDANCE_CONSIDERING,
  };
  g_autoptr(GDateTime) start = date_new (2026, 3, 10, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  gint64 id;

  id = add_event (f->store, start, NULL, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  changed = g_strdup_printf ("event-changed %" G_GINT64_FORMAT, id);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(LiensEvent) event = NULL;

      g_ptr_array_set_size (f->signals, 0);
      g_assert_true (liens_store_set_event_attendance (f->store, id, steps[i], &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count_signals (f->signals, changed), ==, 1);

      event = get_event (f->store, id);
      g_assert_cmpint (liens_event_get_attendance (event), ==, steps[i]);
      g_assert_cmpstr (liens_event_get_title (event), ==, "Meetup");
    }

  g_ptr_array_set_size (f->signals, 0);
  g_assert_false (liens_store_set_event_attendance (f->store, 9999, LIENS_ATTENDANCE_GOING,
                                                    &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (f->signals->len, ==, 0);
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) start = date_new (2026, 3, 10, 10, 0, 0);
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(LiensEvent) loaded = NULL;
  g_autoptr(LiensEvent) again = NULL;
  gint64 ada, bob;
  guint n_people = 0;

  ada = add_contact (f->store, "Ada");
  bob = add_contact (f->store, "Bob");

  event = event_new (start, NULL, FALSE, LIENS_ATTENDANCE_GOING);
  liens_event_add_person (event, ada);
  liens_event_add_person (event, bob);
  liens_event_set_person_met (event, bob, TRUE);
  save_event (f->store, event);

  loaded = get_event (f->store, liens_event_get_id (event));
  liens_event_get_people (loaded, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_false (find_person (loaded, ada)->met);
  g_assert_true (find_person (loaded, bob)->met);

  liens_event_set_person_met (loaded, ada, TRUE);
  liens_event_set_person_met (loaded, bob, FALSE);
  save_event (f->store, loaded);

  again = get_event (f->store, liens_event_get_id (event));
  g_assert_true (find_person (again, ada)->met);
  g_assert_false (find_person (again, bob)->met);
}

/* Debrief */

static gint64
add_debrief_event (Fixture *f,
                   gint64   listed_id,
                   gint64   other_id)
{
  g_autoptr(GDateTime) start = date_new (2026, 3, 10, 18, 30, 0);
  g_autoptr(GDateTime) end = date_new (2026, 3, 10, 21, 0, 0);
  g_autoptr(LiensEvent) event = NULL;

  event = event_new (start, end, FALSE, LIENS_ATTENDANCE_REGISTERED);
  liens_event_set_place (event, "La Cantine, Nantes");
  liens_event_set_posture (event, LIENS_POSTURE_PROSPECTING);
  liens_event_add_person (event, listed_id);
  liens_event_add_person (event, other_id);
  save_event (f->store, event);

  return liens_event_get_id (event);
}

static void
assert_met_at (LiensStore *store,
               gint64      contact_id,
               LiensEvent *event,
               const char *notes)
{
  g_autoptr(GListModel) encounters = NULL;
  g_autoptr(LiensEncounter) encounter = NULL;
  const gint64 *ids;
  guint n_ids = 0;

  encounters = liens_store_list_encounters_for_contact (store, contact_id);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 1);
  encounter = g_list_model_get_item (encounters, 0);

  g_assert_cmpint (liens_encounter_get_kind (encounter), ==, LIENS_ENCOUNTER_KIND_EVENT);
  assert_date_equal (liens_encounter_get_date (encounter), liens_event_get_start (event));
  g_assert_cmpint (liens_encounter_get_event_id (encounter), ==, liens_event_get_id (event));
  g_assert_cmpstr (liens_encounter_get_place (encounter), ==, liens_event_get_place (event));
  g_assert_cmpstr (liens_encounter_get_notes (encounter), ==, notes);
  g_assert_cmpint (liens_encounter_get_posture (encounter), ==, LIENS_POSTURE_PROSPECTING);

  ids = liens_encounter_get_contact_ids (encounter, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, contact_id);

  g_assert_true (find_person (event, contact_id)->met);
}

static void
test_debrief (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LiensContact) nina = liens_contact_new ();
  g_autoptr(LiensContact) omar = liens_contact_new ();
  g_autoptr(LiensContact) loaded = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  LiensContact *new_contacts[2];
  const char *notes[5] = { "Talked about Rust", NULL, "Hiring in May", "Designer", NULL };
  gint64 met_ids[3];
  gint64 ada, bob, cleo, dan, event_id;
  guint n_people = 0;

  ada = add_contact (f->store, "Ada");
  bob = add_contact (f->store, "Bob");
  cleo = add_contact (f->store, "Cleo");
  dan = add_contact (f->store, "Dan");
  event_id = add_debrief_event (f, ada, dan);

  liens_contact_set_given_name (nina, "Nina");
  liens_contact_set_organisation (nina, "Acme");
  liens_contact_set_given_name (omar, "Omar");
  liens_contact_set_organisation (omar, "Initech");
  new_contacts[0] = nina;
  new_contacts[1] = omar;

  /* Ada was on the list, Bob and Cleo were not; Dan was on it but not met. */
  met_ids[0] = ada;
  met_ids[1] = bob;
  met_ids[2] = cleo;

  g_ptr_array_set_size (f->signals, 0);
  g_assert_true (liens_store_debrief_event (f->store, event_id,
                                            (LiensContact * const *) new_contacts, 2,
                                            met_ids, (const char * const *) notes, 3,
                                            &error));
  g_assert_no_error (error);

  changed = g_strdup_printf ("event-changed %" G_GINT64_FORMAT, event_id);
  g_assert_cmpuint (count_signals (f->signals, changed), ==, 1);
  g_assert_cmpuint (count_signals (f->signals, "encounter-added"), ==, 5);
  g_assert_cmpuint (count_signals (f->signals, "contact-added"), ==, 2);

  g_assert_cmpint (liens_contact_get_id (nina), >, 0);
  g_assert_cmpint (liens_contact_get_id (omar), >, 0);
  g_assert_nonnull (liens_contact_get_created_at (nina));
  loaded = liens_store_get_contact (f->store, liens_contact_get_id (omar), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liens_contact_get_given_name (loaded), ==, "Omar");
  g_assert_cmpstr (liens_contact_get_organisation (loaded), ==, "Initech");

  event = get_event (f->store, event_id);
  g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_ATTENDED);
  liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 6);
  g_assert_false (find_person (event, dan)->met);

  assert_met_at (f->store, ada, event, "Talked about Rust");
  assert_met_at (f->store, bob, event, NULL);
  assert_met_at (f->store, cleo, event, "Hiring in May");
  assert_met_at (f->store, liens_contact_get_id (nina), event, "Designer");
  assert_met_at (f->store, liens_contact_get_id (omar), event, NULL);

  {
    g_autoptr(GListModel) dan_encounters = NULL;

    dan_encounters = liens_store_list_encounters_for_contact (f->store, dan);
    g_assert_cmpuint (g_list_model_get_n_items (dan_encounters), ==, 0);
  }
}

static void
test_debrief_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LiensContact) nina = liens_contact_new ();
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GListModel) encounters = NULL;
  g_autoptr(LiensEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  LiensContact *new_contacts[1];
  const char *notes[3] = { "Hello", "Gone", "New" };
  gint64 met_ids[2];
  gint64 ada, dan, event_id;
  guint n_people = 0;

  ada = add_contact (f->store, "Ada");
  dan = add_contact (f->store, "Dan");
  event_id = add_debrief_event (f, ada, dan);

  contacts = liens_store_list_contacts (f->store);
  encounters = liens_store_list_encounters (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);

  liens_contact_set_given_name (nina, "Nina");
  liens_contact_set_organisation (nina, "Acme");
  new_contacts[0] = nina;

  /* Ada's encounter is written before the missing contact fails. */
  met_ids[0] = ada;
  met_ids[1] = 9999;

  g_ptr_array_set_size (f->signals, 0);
  g_assert_false (liens_store_debrief_event (f->store, event_id,
                                             (LiensContact * const *) new_contacts, 1,
                                             met_ids, (const char * const *) notes, 2,
                                             &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (f->signals->len, ==, 0);
  g_assert_cmpint (liens_contact_get_id (nina), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 0);

  event = get_event (f->store, event_id);
  g_assert_cmpint (liens_event_get_attendance (event), ==, LIENS_ATTENDANCE_REGISTERED);
  liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_false (find_person (event, ada)->met);
  g_assert_false (find_person (event, dan)->met);

  /* No such event. */
  g_assert_false (liens_store_debrief_event (f->store, 9999, NULL, 0, &ada, NULL, 1, &error));
  g_assert_error (error, LIENS_STORE_ERROR, LIENS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->signals->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 0);

  /* The store still works after the rollback. */
  g_assert_true (liens_store_debrief_event (f->store, event_id, NULL, 0, &ada, NULL, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (encounters), ==, 1);
}

static void
count_cb (LiensStore *store,
          gint64      id,
          guint      *count)
{
  (*count)++;
}

/* An imported calendar is written whole or not at all. */
static void
test_save_several (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) start = date_new (2026, 3, 3, 18, 0, 0);
  g_autoptr(GDateTime) end = date_new (2026, 3, 3, 21, 0, 0);
  g_autoptr(LiensEvent) first = event_new (start, end, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  g_autoptr(LiensEvent) second = event_new (start, end, FALSE, LIENS_ATTENDANCE_CONSIDERING);
  g_autoptr(GListModel) events = liens_store_list_events (f->store);
  g_autoptr(GError) error = NULL;
  LiensEventPerson nobody = { .contact_id = 9999, .met = FALSE };
  LiensEventPerson ada = { .contact_id = 0, .met = FALSE };
  LiensEvent *both[2] = { first, second };
  guint n_added = 0;
  gint64 second_id;

  g_signal_connect (f->store, "event-added", G_CALLBACK (count_cb), &n_added);
  ada.contact_id = add_contact (f->store, "Ada");
  liens_event_set_title (second, "Salon");

  /* The second one names a person who does not exist: the first is not kept either. */
  liens_event_set_people (second, &nobody, 1);
  g_assert_false (liens_store_save_events (f->store, both, 2, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_cmpint (liens_event_get_id (first), ==, 0);
  g_assert_cmpint (liens_event_get_id (second), ==, 0);
  g_assert_cmpuint (n_added, ==, 0);

  liens_event_set_people (second, &ada, 1);
  g_assert_true (liens_store_save_events (f->store, both, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_cmpint (liens_event_get_id (first), >, 0);
  g_assert_cmpint (liens_event_get_id (second), >, liens_event_get_id (first));
  g_assert_cmpuint (n_added, ==, 2);

  second_id = liens_event_get_id (second);
  g_clear_object (&second);
  second = get_event (f->store, second_id);
  g_assert_cmpstr (liens_event_get_title (second), ==, "Salon");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/events/split", test_split);
  ADD_TEST ("/events/live", test_live);
  ADD_TEST ("/events/overlap", test_overlap);
  ADD_TEST ("/events/overlap-long", test_overlap_long);
  ADD_TEST ("/events/to-confirm", test_to_confirm);
  ADD_TEST ("/events/attendance", test_attendance);
  ADD_TEST ("/events/people", test_people);
  ADD_TEST ("/events/debrief", test_debrief);
  ADD_TEST ("/events/debrief-failure", test_debrief_failure);
  ADD_TEST ("/events/save-several", test_save_several);

  return g_test_run ();
}
