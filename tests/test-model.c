/* test-model.c: unit tests of the model layer (properties, derived dates, quiz, enum names).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-model.h"

/* Helpers */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
watch (gpointer    object,
       const char *property,
       guint      *count)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  *count = 0;
  g_signal_connect (object, signal, G_CALLBACK (count_notify_cb), count);
}

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     int second)
{
  return g_date_time_new_utc (year, month, day, hour, minute, (double)second);
}

static void
assert_date (GDateTime *dt,
             int        year,
             int        month,
             int        day)
{
  g_assert_nonnull (dt);
  g_assert_cmpint (g_date_time_get_year (dt), ==, year);
  g_assert_cmpint (g_date_time_get_month (dt), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (dt), ==, day);
}

static void
assert_same_time (GDateTime *a,
                  GDateTime *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (g_date_time_equal (a, b));
}

/* Generic property behaviour: every writable property notifies once on a
 * change and never when set to the value it already has.
 */

static void
value_for_pspec (GParamSpec *pspec,
                 GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, "A value");
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, 42);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, 7);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, TRUE);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, 0.75);
  else if (G_TYPE_IS_ENUM (type))
    {
      GParamSpecEnum *espec = G_PARAM_SPEC_ENUM (pspec);
      GEnumClass *klass = espec->enum_class;

      g_value_set_enum (value, klass->values[klass->n_values - 1].value);
    }
  else if (type == G_TYPE_DATE_TIME)
    g_value_take_boxed (value, utc (2026, 3, 14, 15, 9, 26));
  else if (type == G_TYPE_BYTES)
    g_value_take_boxed (value, g_bytes_new_static ("\x89PNG", 4));
  else if (type == G_TYPE_STRV)
    {
      const char * const tags[] = { "tag", NULL };

      g_value_set_boxed (value, tags);
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      g_autoptr(GPtrArray) details = NULL;

      details = g_ptr_array_new_with_free_func ((GDestroyNotify)liens_contact_detail_free);
      g_ptr_array_add (details,
                       liens_contact_detail_new (LIENS_DETAIL_KIND_PHONE, NULL, "+33 1 23 45"));
      g_value_set_boxed (value, details);
    }
  else if (type == G_TYPE_ARRAY && g_str_equal (pspec->name, "people"))
    {
      g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LiensEventPerson));
      LiensEventPerson person = { 3, TRUE };

      g_array_append_val (people, person);
      g_value_set_boxed (value, people);
    }
  else if (type == G_TYPE_ARRAY)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 id = 5;

      g_array_append_val (ids, id);
      g_value_set_boxed (value, ids);
    }
  else
    g_assert_not_reached ();
}

static void
check_properties (GType type)
{
  GObject *object = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) read = G_VALUE_INIT;
      guint count;

      g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);

      if (!(pspec->flags & G_PARAM_WRITABLE))
        continue;

      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

      value_for_pspec (pspec, &value);
      watch (object, pspec->name, &count);

      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (count, ==, 1);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (count, ==, 1);

      g_value_init (&read, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (object, pspec->name, &read);
      if (!G_TYPE_IS_BOXED (G_PARAM_SPEC_VALUE_TYPE (pspec)))
        g_assert_cmpint (g_param_values_cmp (pspec, &value, &read), ==, 0);

      g_signal_handlers_disconnect_by_func (object, count_notify_cb, &count);
    }

  g_assert_finalize_object (object);
}

static void
test_properties (void)
{
  check_properties (LIENS_TYPE_CONTACT);
  check_properties (LIENS_TYPE_NETWORK);
  check_properties (LIENS_TYPE_ENCOUNTER);
  check_properties (LIENS_TYPE_INTRODUCTION);
  check_properties (LIENS_TYPE_EVENT);
  check_properties (LIENS_TYPE_QUIZ_RESULT);
}

/* Contact */

static void
test_contact_notify (void)
{
  LiensContact *contact = liens_contact_new ();
  g_autoptr(GDateTime) met = utc (2025, 6, 1, 12, 0, 0);
  g_autoptr(GDateTime) met_again = utc (2025, 6, 1, 12, 0, 0);
  guint count;

  g_assert_cmpint (liens_contact_get_id (contact), ==, 0);

  watch (contact, "role", &count);
  liens_contact_set_role (contact, "Engineer");
  liens_contact_set_role (contact, "Engineer");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (liens_contact_get_role (contact), ==, "Engineer");
  liens_contact_set_role (contact, NULL);
  liens_contact_set_role (contact, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (liens_contact_get_role (contact));

  watch (contact, "tie-strength", &count);
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_CLOSE);
  liens_contact_set_tie_strength (contact, LIENS_TIE_STRENGTH_CLOSE);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (liens_contact_get_tie_strength (contact), ==, LIENS_TIE_STRENGTH_CLOSE);

  /* Another GDateTime for the same instant is no change. */
  watch (contact, "met-on", &count);
  liens_contact_set_met_on (contact, met);
  liens_contact_set_met_on (contact, met_again);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (liens_contact_get_met_on (contact) == met);
  liens_contact_set_met_on (contact, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (liens_contact_get_met_on (contact));

  watch (contact, "cadence-days", &count);
  liens_contact_set_cadence_days (contact, 10);
  liens_contact_set_cadence_days (contact, 10);
  g_assert_cmpuint (count, ==, 1);

  g_assert_finalize_object (contact);
}

static void
test_contact_archived (void)
{
  LiensContact *contact = liens_contact_new ();
  gboolean archived = TRUE;
  guint count;

  /* Active unless archived. */
  g_assert_false (liens_contact_get_archived (contact));
  g_object_get (contact, "archived", &archived, NULL);
  g_assert_false (archived);

  watch (contact, "archived", &count);
  liens_contact_set_archived (contact, FALSE);
  g_assert_cmpuint (count, ==, 0);
  liens_contact_set_archived (contact, TRUE);
  liens_contact_set_archived (contact, TRUE);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (liens_contact_get_archived (contact));

  /* Any true value is TRUE, and no change from TRUE. */
  liens_contact_set_archived (contact, 2);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (liens_contact_get_archived (contact), ==, TRUE);

  g_object_set (contact, "archived", FALSE, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (liens_contact_get_archived (contact));

  g_assert_finalize_object (contact);
}

static void
test_contact_display_name (void)
{
  LiensContact *contact = liens_contact_new ();
  guint count;

  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "");

  watch (contact, "display-name", &count);

  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, NULL, "+33 6 00 00 00 00");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "");
  g_assert_cmpuint (count, ==, 0);

  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "work", "ada@example.org");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "ada@example.org");
  g_assert_cmpuint (count, ==, 1);

  liens_contact_set_organisation (contact, "  Analytical Engines  ");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Analytical Engines");
  g_assert_cmpuint (count, ==, 2);

  liens_contact_set_family_name (contact, "Lovelace");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Lovelace");
  g_assert_cmpuint (count, ==, 3);

  liens_contact_set_given_name (contact, "Ada");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Ada Lovelace");
  g_assert_cmpuint (count, ==, 4);

  /* Inputs that do not change the result do not notify. */
  liens_contact_set_organisation (contact, "Babbage & Co");
  liens_contact_set_details (contact, NULL);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Ada Lovelace");
  g_assert_cmpuint (count, ==, 4);

  liens_contact_set_family_name (contact, NULL);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Ada");
  g_assert_cmpuint (count, ==, 5);

  liens_contact_set_given_name (contact, " ");
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "Babbage & Co");
  g_assert_cmpuint (count, ==, 6);

  liens_contact_set_organisation (contact, NULL);
  g_assert_cmpstr (liens_contact_get_display_name (contact), ==, "");
  g_assert_cmpuint (count, ==, 7);

  g_assert_finalize_object (contact);
}

static void
test_contact_tags (void)
{
  LiensContact *contact = liens_contact_new ();
  const char * const tags[] = { "Mentor", "  climbing ", "mentor", "", "Climbing", "Rust", NULL };
  const char * const same[] = { "Mentor", "climbing", "Rust", NULL };
  const char * const *stored;
  g_auto(GStrv) read = NULL;
  guint count;

  g_assert_nonnull (liens_contact_get_tags (contact));
  g_assert_null (liens_contact_get_tags (contact)[0]);

  watch (contact, "tags", &count);
  liens_contact_set_tags (contact, tags);
  g_assert_cmpuint (count, ==, 1);

  stored = liens_contact_get_tags (contact);
  g_assert_cmpuint (g_strv_length ((char **)stored), ==, 3);
  g_assert_cmpstr (stored[0], ==, "Mentor");
  g_assert_cmpstr (stored[1], ==, "climbing");
  g_assert_cmpstr (stored[2], ==, "Rust");

  liens_contact_set_tags (contact, same);
  g_assert_cmpuint (count, ==, 1);

  g_assert_true (liens_contact_has_tag (contact, "MENTOR"));
  g_assert_true (liens_contact_has_tag (contact, "rust"));
  g_assert_false (liens_contact_has_tag (contact, "go"));

  g_object_get (contact, "tags", &read, NULL);
  g_assert_true (g_strv_equal ((const char * const *)read, same));

  liens_contact_set_tags (contact, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (liens_contact_get_tags (contact)[0]);

  g_assert_finalize_object (contact);
}

static void
test_contact_details (void)
{
  LiensContact *contact = liens_contact_new ();
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(LiensContactDetail) detail = NULL;
  g_auto(GStrv) emails = NULL;
  g_auto(GStrv) phones = NULL;
  g_auto(GStrv) links = NULL;
  GPtrArray *stored;
  guint count;

  details = g_ptr_array_new_with_free_func ((GDestroyNotify)liens_contact_detail_free);
  watch (contact, "details", &count);

  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "work", "grace@navy.example");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_PHONE, "home", "+1 555 0100");
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, NULL, "grace@home.example");
  g_assert_cmpuint (count, ==, 3);

  /* The very same detail again is no change. */
  liens_contact_add_detail (contact, LIENS_DETAIL_KIND_EMAIL, "work", "grace@navy.example");
  g_assert_cmpuint (count, ==, 3);

  emails = liens_contact_dup_values (contact, LIENS_DETAIL_KIND_EMAIL);
  g_assert_cmpuint (g_strv_length (emails), ==, 2);
  g_assert_cmpstr (emails[0], ==, "grace@navy.example");
  g_assert_cmpstr (emails[1], ==, "grace@home.example");

  phones = liens_contact_dup_values (contact, LIENS_DETAIL_KIND_PHONE);
  g_assert_cmpuint (g_strv_length (phones), ==, 1);
  g_assert_cmpstr (phones[0], ==, "+1 555 0100");

  links = liens_contact_dup_values (contact, LIENS_DETAIL_KIND_LINKEDIN);
  g_assert_nonnull (links);
  g_assert_null (links[0]);

  stored = liens_contact_get_details (contact);
  g_assert_cmpuint (stored->len, ==, 3);
  detail = liens_contact_detail_copy (g_ptr_array_index (stored, 1));
  g_assert_cmpint (detail->kind, ==, LIENS_DETAIL_KIND_PHONE);
  g_assert_cmpstr (detail->label, ==, "home");
  g_assert_cmpstr (detail->value, ==, "+1 555 0100");

  /* Setting copies; setting equal content is no change. */
  for (guint i = 0; i < stored->len; i++)
    g_ptr_array_add (details, liens_contact_detail_copy (g_ptr_array_index (stored, i)));
  liens_contact_set_details (contact, details);
  g_assert_cmpuint (count, ==, 3);

  g_ptr_array_remove_index (details, 0);
  liens_contact_set_details (contact, details);
  g_assert_cmpuint (count, ==, 4);
  g_ptr_array_set_size (details, 0);
  g_assert_cmpuint (liens_contact_get_details (contact)->len, ==, 2);

  liens_contact_set_details (contact, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_assert_cmpuint (liens_contact_get_details (contact)->len, ==, 0);

  g_assert_finalize_object (contact);
}

static void
test_contact_detail_boxed (void)
{
  g_autoptr(LiensContactDetail) detail = NULL;
  g_autoptr(LiensContactDetail) copy = NULL;

  detail = liens_contact_detail_new (LIENS_DETAIL_KIND_MASTODON, NULL, "@x@y.z");
  g_assert_true (G_TYPE_IS_BOXED (LIENS_TYPE_CONTACT_DETAIL));

  copy = g_boxed_copy (LIENS_TYPE_CONTACT_DETAIL, detail);
  g_assert_true (copy != detail);
  g_assert_true (liens_contact_detail_equal (copy, detail));
  g_assert_null (copy->label);

  g_free (copy->label);
  copy->label = g_strdup ("fediverse");
  g_assert_false (liens_contact_detail_equal (copy, detail));
}

static void
test_contact_network_ids (void)
{
  LiensContact *contact = liens_contact_new ();
  const gint64 ids[] = { 4, 2, 4, 9, 2 };
  const gint64 same[] = { 4, 2, 9 };
  g_autoptr(GArray) read = NULL;
  const gint64 *stored;
  guint n_ids = 99;
  guint count;

  stored = liens_contact_get_network_ids (contact, &n_ids);
  g_assert_cmpuint (n_ids, ==, 0);

  watch (contact, "network-ids", &count);
  liens_contact_set_network_ids (contact, ids, G_N_ELEMENTS (ids));
  g_assert_cmpuint (count, ==, 1);

  stored = liens_contact_get_network_ids (contact, &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_cmpint (stored[0], ==, 4);
  g_assert_cmpint (stored[1], ==, 2);
  g_assert_cmpint (stored[2], ==, 9);

  liens_contact_set_network_ids (contact, same, G_N_ELEMENTS (same));
  g_assert_cmpuint (count, ==, 1);

  g_assert_true (liens_contact_has_network (contact, 9));
  g_assert_false (liens_contact_has_network (contact, 1));

  g_object_get (contact, "network-ids", &read, NULL);
  g_assert_cmpuint (read->len, ==, 3);
  g_assert_cmpint (g_array_index (read, gint64, 2), ==, 9);

  liens_contact_set_network_ids (contact, NULL, 0);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (contact);
}

/* Cadence and reconnection dates */

static void
test_cadence_days (void)
{
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_NONE, 10), ==, 0);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_TWO_WEEKS, 10), ==, 14);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_MONTH, 10), ==, 30);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_QUARTER, 10), ==, 91);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_HALF_YEAR, 10), ==, 182);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_YEAR, 10), ==, 365);
  g_assert_cmpint (liens_cadence_get_days (LIENS_CADENCE_CUSTOM, 10), ==, 10);
}

static void
test_cadence_add (void)
{
  g_autoptr(GDateTime) from = utc (2026, 1, 31, 9, 30, 0);
  g_autoptr(GDateTime) leap = utc (2024, 2, 29, 9, 30, 0);
  g_autoptr(GDateTime) two_weeks = liens_cadence_add (LIENS_CADENCE_TWO_WEEKS, 0, from);
  g_autoptr(GDateTime) month = liens_cadence_add (LIENS_CADENCE_MONTH, 0, from);
  g_autoptr(GDateTime) quarter = liens_cadence_add (LIENS_CADENCE_QUARTER, 0, from);
  g_autoptr(GDateTime) half_year = liens_cadence_add (LIENS_CADENCE_HALF_YEAR, 0, from);
  g_autoptr(GDateTime) year = liens_cadence_add (LIENS_CADENCE_YEAR, 0, from);
  g_autoptr(GDateTime) leap_year = liens_cadence_add (LIENS_CADENCE_YEAR, 0, leap);
  g_autoptr(GDateTime) custom = liens_cadence_add (LIENS_CADENCE_CUSTOM, 10, from);

  assert_date (two_weeks, 2026, 2, 14);
  assert_date (month, 2026, 2, 28);
  assert_date (quarter, 2026, 4, 30);
  assert_date (half_year, 2026, 7, 31);
  assert_date (year, 2027, 1, 31);
  assert_date (leap_year, 2025, 2, 28);
  assert_date (custom, 2026, 2, 10);

  /* The time of day is kept. */
  g_assert_cmpint (g_date_time_get_hour (month), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (month), ==, 30);

  g_assert_null (liens_cadence_add (LIENS_CADENCE_NONE, 10, from));
  g_assert_null (liens_cadence_add (LIENS_CADENCE_CUSTOM, 0, from));
  g_assert_null (liens_cadence_add (LIENS_CADENCE_MONTH, 0, NULL));
}

static void
test_contact_due_date (void)
{
  LiensContact *contact = liens_contact_new ();
  g_autoptr(GDateTime) created = utc (2026, 1, 1, 8, 0, 0);
  g_autoptr(GDateTime) met = utc (2026, 2, 10, 18, 0, 0);
  g_autoptr(GDateTime) last = utc (2026, 3, 5, 12, 0, 0);
  GDateTime *due;

  /* No cadence, or nothing to count from: no due date. */
  g_assert_null (liens_contact_dup_due_date (contact));
  liens_contact_set_created_at (contact, created);
  g_assert_null (liens_contact_dup_due_date (contact));

  liens_contact_set_cadence (contact, LIENS_CADENCE_MONTH);
  due = liens_contact_dup_due_date (contact);
  assert_date (due, 2026, 2, 1);
  g_date_time_unref (due);

  liens_contact_set_met_on (contact, met);
  due = liens_contact_dup_due_date (contact);
  assert_date (due, 2026, 3, 10);
  g_date_time_unref (due);

  liens_contact_set_last_encounter (contact, last);
  due = liens_contact_dup_due_date (contact);
  assert_date (due, 2026, 4, 5);
  g_date_time_unref (due);

  liens_contact_set_cadence (contact, LIENS_CADENCE_CUSTOM);
  liens_contact_set_cadence_days (contact, 10);
  due = liens_contact_dup_due_date (contact);
  assert_date (due, 2026, 3, 15);
  g_assert_cmpint (g_date_time_get_hour (due), ==, 12);
  g_date_time_unref (due);

  liens_contact_set_cadence (contact, LIENS_CADENCE_NONE);
  g_assert_null (liens_contact_dup_due_date (contact));

  g_assert_finalize_object (contact);
}

static void
test_contact_overdue (void)
{
  LiensContact *contact = liens_contact_new ();
  g_autoptr(GDateTime) last = utc (2026, 1, 1, 10, 0, 0);
  g_autoptr(GDateTime) due = utc (2026, 1, 15, 10, 0, 0);
  g_autoptr(GDateTime) before = utc (2026, 1, 15, 9, 59, 59);
  g_autoptr(GDateTime) almost_a_day = utc (2026, 1, 16, 9, 59, 59);
  g_autoptr(GDateTime) one_day = utc (2026, 1, 16, 10, 0, 0);
  g_autoptr(GDateTime) ten_days = utc (2026, 1, 25, 15, 0, 0);
  g_autoptr(GDateTime) computed = NULL;

  g_assert_false (liens_contact_is_overdue (contact, ten_days));
  g_assert_cmpint (liens_contact_get_days_overdue (contact, ten_days), ==, 0);

  liens_contact_set_last_encounter (contact, last);
  liens_contact_set_cadence (contact, LIENS_CADENCE_TWO_WEEKS);

  computed = liens_contact_dup_due_date (contact);
  assert_same_time (computed, due);

  g_assert_false (liens_contact_is_overdue (contact, before));
  g_assert_cmpint (liens_contact_get_days_overdue (contact, before), ==, 0);

  g_assert_true (liens_contact_is_overdue (contact, due));
  g_assert_cmpint (liens_contact_get_days_overdue (contact, due), ==, 0);

  g_assert_true (liens_contact_is_overdue (contact, almost_a_day));
  g_assert_cmpint (liens_contact_get_days_overdue (contact, almost_a_day), ==, 0);
  g_assert_cmpint (liens_contact_get_days_overdue (contact, one_day), ==, 1);
  g_assert_cmpint (liens_contact_get_days_overdue (contact, ten_days), ==, 10);

  g_assert_finalize_object (contact);
}

/* Encounter */

static void
test_encounter_contacts (void)
{
  LiensEncounter *encounter = liens_encounter_new ();
  const gint64 ids[] = { 7, 7, 3 };
  const gint64 *stored;
  guint n_ids;
  guint count;

  watch (encounter, "contact-ids", &count);
  liens_encounter_set_contact_ids (encounter, ids, G_N_ELEMENTS (ids));
  liens_encounter_set_contact_ids (encounter, ids, G_N_ELEMENTS (ids));
  g_assert_cmpuint (count, ==, 1);

  stored = liens_encounter_get_contact_ids (encounter, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (stored[0], ==, 7);
  g_assert_cmpint (stored[1], ==, 3);

  g_assert_true (liens_encounter_has_contact (encounter, 3));
  g_assert_false (liens_encounter_has_contact (encounter, 4));

  g_assert_finalize_object (encounter);
}

static void
test_encounter_follow_up (void)
{
  LiensEncounter *encounter = liens_encounter_new ();
  g_autoptr(GDateTime) follow_up = utc (2026, 5, 4, 9, 0, 0);
  g_autoptr(GDateTime) before = utc (2026, 5, 4, 8, 59, 59);
  guint count;

  g_assert_false (liens_encounter_has_pending_follow_up (encounter));
  g_assert_false (liens_encounter_is_follow_up_overdue (encounter, follow_up));

  liens_encounter_set_follow_up_date (encounter, follow_up);
  liens_encounter_set_follow_up_what (encounter, "Send the slides");
  g_assert_true (liens_encounter_has_pending_follow_up (encounter));
  g_assert_false (liens_encounter_is_follow_up_overdue (encounter, before));
  g_assert_true (liens_encounter_is_follow_up_overdue (encounter, follow_up));

  watch (encounter, "follow-up-done", &count);
  liens_encounter_set_follow_up_done (encounter, TRUE);
  liens_encounter_set_follow_up_done (encounter, TRUE);
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (liens_encounter_has_pending_follow_up (encounter));
  g_assert_false (liens_encounter_is_follow_up_overdue (encounter, follow_up));

  g_assert_finalize_object (encounter);
}

/* Event */

static LiensEvent *
event_new (GDateTime *start,
           GDateTime *end,
           gboolean   all_day)
{
  LiensEvent *event = liens_event_new ();

  liens_event_set_start (event, start);
  liens_event_set_end (event, end);
  liens_event_set_all_day (event, all_day);

  return event;
}

static void
test_event_people (void)
{
  LiensEvent *event = liens_event_new ();
  const LiensEventPerson people[] = { { 1, FALSE }, { 2, TRUE }, { 1, TRUE } };
  const LiensEventPerson *stored;
  guint n_people;
  guint count;

  watch (event, "people", &count);
  liens_event_set_people (event, people, G_N_ELEMENTS (people));
  liens_event_set_people (event, people, G_N_ELEMENTS (people));
  g_assert_cmpuint (count, ==, 1);

  stored = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpint (stored[0].contact_id, ==, 1);
  g_assert_false (stored[0].met);
  g_assert_cmpint (stored[1].contact_id, ==, 2);
  g_assert_true (stored[1].met);

  liens_event_add_person (event, 2);
  g_assert_cmpuint (count, ==, 1);
  liens_event_add_person (event, 5);
  g_assert_cmpuint (count, ==, 2);

  liens_event_set_person_met (event, 5, TRUE);
  liens_event_set_person_met (event, 5, TRUE);
  g_assert_cmpuint (count, ==, 3);

  /* Someone met by chance joins the list. */
  liens_event_set_person_met (event, 8, FALSE);
  g_assert_cmpuint (count, ==, 3);
  liens_event_set_person_met (event, 8, TRUE);
  g_assert_cmpuint (count, ==, 4);

  stored = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 4);
  g_assert_true (stored[2].met);
  g_assert_cmpint (stored[3].contact_id, ==, 8);
  g_assert_true (stored[3].met);

  liens_event_remove_person (event, 1);
  liens_event_remove_person (event, 1);
  g_assert_cmpuint (count, ==, 5);
  stored = liens_event_get_people (event, &n_people);
  g_assert_cmpuint (n_people, ==, 3);
  g_assert_cmpint (stored[0].contact_id, ==, 2);

  g_assert_finalize_object (event);
}

static void
test_event_past (void)
{
  g_autoptr(GDateTime) start = utc (2026, 6, 10, 9, 0, 0);
  g_autoptr(GDateTime) end = utc (2026, 6, 10, 17, 0, 0);
  g_autoptr(GDateTime) during = utc (2026, 6, 10, 12, 0, 0);
  g_autoptr(GDateTime) after = utc (2026, 6, 10, 17, 0, 1);
  g_autoptr(GDateTime) late_evening = utc (2026, 6, 10, 23, 59, 59);
  g_autoptr(GDateTime) next_day = utc (2026, 6, 11, 0, 0, 0);
  LiensEvent *timed = event_new (start, end, FALSE);
  LiensEvent *instant = event_new (start, NULL, FALSE);
  LiensEvent *all_day = event_new (start, NULL, TRUE);
  LiensEvent *undated = liens_event_new ();

  g_assert_false (liens_event_is_past (timed, during));
  g_assert_false (liens_event_is_past (timed, end));
  g_assert_true (liens_event_is_past (timed, after));

  g_assert_true (liens_event_is_past (instant, during));

  g_assert_false (liens_event_is_past (all_day, late_evening));
  g_assert_true (liens_event_is_past (all_day, next_day));

  g_assert_false (liens_event_is_past (undated, next_day));

  g_assert_false (liens_event_is_planned (timed));
  liens_event_set_attendance (timed, LIENS_ATTENDANCE_GOING);
  g_assert_true (liens_event_is_planned (timed));
  liens_event_set_attendance (timed, LIENS_ATTENDANCE_REGISTERED);
  g_assert_true (liens_event_is_planned (timed));
  liens_event_set_attendance (timed, LIENS_ATTENDANCE_ATTENDED);
  g_assert_false (liens_event_is_planned (timed));

  g_assert_finalize_object (timed);
  g_assert_finalize_object (instant);
  g_assert_finalize_object (all_day);
  g_assert_finalize_object (undated);
}

static void
test_event_overlap (void)
{
  g_autoptr(GDateTime) d9 = utc (2026, 6, 10, 9, 0, 0);
  g_autoptr(GDateTime) d12 = utc (2026, 6, 10, 12, 0, 0);
  g_autoptr(GDateTime) d14 = utc (2026, 6, 10, 14, 0, 0);
  g_autoptr(GDateTime) d18 = utc (2026, 6, 10, 18, 0, 0);
  g_autoptr(GDateTime) next_morning = utc (2026, 6, 11, 8, 0, 0);
  g_autoptr(GDateTime) day_after = utc (2026, 6, 12, 23, 0, 0);
  g_autoptr(GDateTime) eve = utc (2026, 6, 9, 23, 59, 59);
  LiensEvent *morning = event_new (d9, d12, FALSE);
  LiensEvent *midday = event_new (d12, d14, FALSE);
  LiensEvent *long_day = event_new (d9, d18, FALSE);
  LiensEvent *instant = event_new (d12, NULL, FALSE);
  LiensEvent *all_day = event_new (d14, NULL, TRUE);
  LiensEvent *following = event_new (next_morning, NULL, TRUE);
  LiensEvent *multi_day = event_new (d9, day_after, TRUE);
  LiensEvent *before = event_new (eve, NULL, FALSE);
  LiensEvent *undated = liens_event_new ();

  /* Back to back is no overlap. */
  g_assert_false (liens_event_overlaps (morning, midday));
  g_assert_true (liens_event_overlaps (long_day, midday));
  g_assert_true (liens_event_overlaps (midday, long_day));

  /* An instant falls within a range, but not at its exclusive end. */
  g_assert_true (liens_event_overlaps (instant, midday));
  g_assert_false (liens_event_overlaps (instant, morning));
  g_assert_true (liens_event_overlaps (instant, instant));

  /* An all-day event covers its whole day, whatever the time of its start. */
  g_assert_true (liens_event_overlaps (all_day, morning));
  g_assert_true (liens_event_overlaps (morning, all_day));
  g_assert_false (liens_event_overlaps (all_day, following));
  g_assert_false (liens_event_overlaps (all_day, before));
  g_assert_true (liens_event_overlaps (multi_day, following));

  g_assert_false (liens_event_overlaps (undated, long_day));

  g_assert_finalize_object (morning);
  g_assert_finalize_object (midday);
  g_assert_finalize_object (long_day);
  g_assert_finalize_object (instant);
  g_assert_finalize_object (all_day);
  g_assert_finalize_object (following);
  g_assert_finalize_object (multi_day);
  g_assert_finalize_object (before);
  g_assert_finalize_object (undated);
}

static void
test_event_all_day_time_zone (void)
{
  g_autoptr(GTimeZone) paris = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) local_start = g_date_time_new (paris, 2026, 6, 10, 0, 30, 0);
  g_autoptr(GDateTime) utc_eve = utc (2026, 6, 9, 22, 30, 0);
  g_autoptr(GDateTime) utc_late = utc (2026, 6, 10, 22, 30, 0);
  LiensEvent *all_day = event_new (local_start, NULL, TRUE);
  LiensEvent *eve = event_new (utc_eve, NULL, FALSE);
  LiensEvent *late = event_new (utc_late, NULL, FALSE);

  /* The day is read in the event's own time zone: 10 June in UTC+2 runs from
   * 9 June 22:00 to 10 June 22:00 UTC.
   */
  g_assert_true (liens_event_overlaps (all_day, eve));
  g_assert_false (liens_event_overlaps (all_day, late));
  g_assert_true (liens_event_is_past (all_day, utc_late));

  g_assert_finalize_object (all_day);
  g_assert_finalize_object (eve);
  g_assert_finalize_object (late);
}

/* Quiz */

static void
test_quiz (void)
{
  LiensQuizResult *result = liens_quiz_result_new ();
  double score;
  guint count;

  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, LIENS_PROFILE_UNKNOWN);
  g_assert_cmpint (liens_quiz_result_get_second (result, 1.0), ==, LIENS_PROFILE_UNKNOWN);

  watch (result, "score-mentor", &count);
  liens_quiz_result_set_score (result, LIENS_PROFILE_MENTOR, 0.4);
  liens_quiz_result_set_score (result, LIENS_PROFILE_MENTOR, 0.4);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (result, "score-mentor", &score, NULL);
  g_assert_cmpfloat (score, ==, 0.4);

  /* Only one profile scored: no second, whatever the margin. */
  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, LIENS_PROFILE_MENTOR);
  g_assert_cmpint (liens_quiz_result_get_second (result, 1.0), ==, LIENS_PROFILE_UNKNOWN);

  liens_quiz_result_set_score (result, LIENS_PROFILE_SUPER_CONNECTOR, 0.1);
  liens_quiz_result_set_score (result, LIENS_PROFILE_EXPERT, 0.3);
  liens_quiz_result_set_score (result, LIENS_PROFILE_RESERVED, 0.2);
  g_assert_cmpfloat (liens_quiz_result_get_score (result, LIENS_PROFILE_EXPERT), ==, 0.3);

  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, LIENS_PROFILE_MENTOR);
  g_assert_cmpint (liens_quiz_result_get_second (result, 0.15), ==, LIENS_PROFILE_EXPERT);
  g_assert_cmpint (liens_quiz_result_get_second (result, 0.05), ==, LIENS_PROFILE_UNKNOWN);

  /* Ties go to the first profile in enum order, for both places. */
  liens_quiz_result_set_score (result, LIENS_PROFILE_RESERVED, 0.4);
  liens_quiz_result_set_score (result, LIENS_PROFILE_SUPER_CONNECTOR, 0.4);
  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, LIENS_PROFILE_SUPER_CONNECTOR);
  g_assert_cmpint (liens_quiz_result_get_second (result, 0.0), ==, LIENS_PROFILE_MENTOR);

  g_object_set (result,
                "score-super-connector", 0.0,
                "score-mentor", 0.0,
                "score-expert", 0.0,
                "score-reserved", 0.0,
                NULL);
  g_assert_cmpint (liens_quiz_result_get_dominant (result), ==, LIENS_PROFILE_UNKNOWN);

  g_assert_finalize_object (result);
}

/* Enum names */

static void
assert_name (const char *name)
{
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
}

/* Every value of the registered GType has a name; out-of-range values get the first one. */
#define CHECK_NAMES(gtype, func)                                         \
  G_STMT_START {                                                         \
    g_autoptr(GEnumClass) klass = g_type_class_ref (gtype);              \
    for (guint i = 0; i < klass->n_values; i++)                          \
      assert_name (func (klass->values[i].value));                       \
    assert_name (func (klass->maximum + 1));                             \
    g_assert_cmpstr (func (klass->maximum + 1), ==, func (0));           \
    assert_name (func (-1));                                             \
  } G_STMT_END

static void
test_enum_names (void)
{
  CHECK_NAMES (LIENS_TYPE_TIE_STRENGTH, liens_tie_strength_get_display_name);
  CHECK_NAMES (LIENS_TYPE_TIE_NATURE, liens_tie_nature_get_display_name);
  CHECK_NAMES (LIENS_TYPE_PROFILE, liens_profile_get_display_name);
  CHECK_NAMES (LIENS_TYPE_CADENCE, liens_cadence_get_display_name);
  CHECK_NAMES (LIENS_TYPE_DETAIL_KIND, liens_detail_kind_get_display_name);
  CHECK_NAMES (LIENS_TYPE_NETWORK_KIND, liens_network_kind_get_display_name);
  CHECK_NAMES (LIENS_TYPE_INVOLVEMENT, liens_involvement_get_display_name);
  CHECK_NAMES (LIENS_TYPE_ENCOUNTER_KIND, liens_encounter_kind_get_display_name);
  CHECK_NAMES (LIENS_TYPE_HELP, liens_help_get_display_name);
  CHECK_NAMES (LIENS_TYPE_POSTURE, liens_posture_get_display_name);
  CHECK_NAMES (LIENS_TYPE_EVENT_KIND, liens_event_kind_get_display_name);
  CHECK_NAMES (LIENS_TYPE_ATTENDANCE, liens_attendance_get_display_name);

  /* Untranslated, the names are the English UI words. */
  g_assert_cmpstr (liens_tie_strength_get_display_name (LIENS_TIE_STRENGTH_REGULAR),
                   ==, "Regular");
  g_assert_cmpstr (liens_involvement_get_display_name (LIENS_INVOLVEMENT_NONE),
                   ==, "Not involved");
  g_assert_cmpstr (liens_profile_get_display_name (LIENS_PROFILE_SUPER_CONNECTOR),
                   ==, "Super connector");
  g_assert_cmpstr (liens_cadence_get_display_name (LIENS_CADENCE_HALF_YEAR),
                   ==, "Every six months");
  g_assert_cmpstr (liens_detail_kind_get_display_name (LIENS_DETAIL_KIND_OTHER_LINK), ==, "Link");
  g_assert_cmpstr (liens_event_kind_get_display_name (LIENS_EVENT_KIND_ONLINE), ==, "Online");
  g_assert_cmpstr (liens_help_get_display_name (LIENS_HELP_RECEIVED), ==, "I was helped");
  g_assert_cmpstr (liens_attendance_get_display_name (LIENS_ATTENDANCE_SKIPPED), ==, "Skipped");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/properties", test_properties);
  g_test_add_func ("/model/contact/notify", test_contact_notify);
  g_test_add_func ("/model/contact/archived", test_contact_archived);
  g_test_add_func ("/model/contact/display-name", test_contact_display_name);
  g_test_add_func ("/model/contact/tags", test_contact_tags);
  g_test_add_func ("/model/contact/details", test_contact_details);
  g_test_add_func ("/model/contact/detail-boxed", test_contact_detail_boxed);
  g_test_add_func ("/model/contact/network-ids", test_contact_network_ids);
  g_test_add_func ("/model/contact/due-date", test_contact_due_date);
  g_test_add_func ("/model/contact/overdue", test_contact_overdue);
  g_test_add_func ("/model/cadence/days", test_cadence_days);
  g_test_add_func ("/model/cadence/add", test_cadence_add);
  g_test_add_func ("/model/encounter/contacts", test_encounter_contacts);
  g_test_add_func ("/model/encounter/follow-up", test_encounter_follow_up);
  g_test_add_func ("/model/event/people", test_event_people);
  g_test_add_func ("/model/event/past", test_event_past);
  g_test_add_func ("/model/event/overlap", test_event_overlap);
  g_test_add_func ("/model/event/all-day-time-zone", test_event_all_day_time_zone);
  g_test_add_func ("/model/quiz", test_quiz);
  g_test_add_func ("/model/enum-names", test_enum_names);

  return g_test_run ();
}
