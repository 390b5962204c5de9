/* liens-timeline-query.c: what the timeline shows: encounters and introductions, filtered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-timeline-query.h"

/* Plain values only: the store turns them into SQL (liens-store-timeline.c). Each property
 * change emits "changed" once, so that a timeline following the query runs it once.
 *
 * Introductions have no kind, posture, help, notes or place: they follow the contact and
 * the dates, and leave the timeline as soon as a filter they cannot match is set. */
struct _LiensTimelineQuery
{
  GObject    parent_instance;

  int        kind;
  gint64     contact_id;
  int        posture;
  int        help;
  GDateTime *since;
  GDateTime *until;
  char      *text;
  gboolean   include_introductions;

  /* While clear_filters() runs: changes are counted, "changed" comes once at the end. */
  guint      batch;
  gboolean   batch_changed;
};

G_DEFINE_FINAL_TYPE (LiensTimelineQuery, liens_timeline_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CONTACT_ID,
  PROP_POSTURE,
  PROP_HELP,
  PROP_SINCE,
  PROP_UNTIL,
  PROP_TEXT,
  PROP_INCLUDE_INTRODUCTIONS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
property_changed (LiensTimelineQuery *self,
                  guint               prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  if (self->batch > 0)
    self->batch_changed = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_date (GDateTime **dest,
          GDateTime  *value)
{
  if (*dest == value || (*dest != NULL && value != NULL && g_date_time_equal (*dest, value)))
    return FALSE;

  g_clear_pointer (dest, g_date_time_unref);
  if (value != NULL)
    *dest = g_date_time_ref (value);

  return TRUE;
}

static void
liens_timeline_query_finalize (GObject *object)
{
  LiensTimelineQuery *self = (LiensTimelineQuery *) object;

  g_clear_pointer (&self->since, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (liens_timeline_query_parent_class)->finalize (object);
}

static void
liens_timeline_query_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiensTimelineQuery *self = LIENS_TIMELINE_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;

    case PROP_POSTURE:
      g_value_set_int (value, self->posture);
      break;

    case PROP_HELP:
      g_value_set_int (value, self->help);
      break;

    case PROP_SINCE:
      g_value_set_boxed (value, self->since);
      break;

    case PROP_UNTIL:
      g_value_set_boxed (value, self->until);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_INCLUDE_INTRODUCTIONS:
      g_value_set_boolean (value, self->include_introductions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_query_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiensTimelineQuery *self = LIENS_TIMELINE_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      liens_timeline_query_set_kind (self, g_value_get_int (value));
      break;

    case PROP_CONTACT_ID:
      liens_timeline_query_set_contact_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSTURE:
      liens_timeline_query_set_posture (self, g_value_get_int (value));
      break;

    case PROP_HELP:
      liens_timeline_query_set_help (self, g_value_get_int (value));
      break;

    case PROP_SINCE:
      liens_timeline_query_set_since (self, g_value_get_boxed (value));
      break;

    case PROP_UNTIL:
      liens_timeline_query_set_until (self, g_value_get_boxed (value));
      break;

    case PROP_TEXT:
      liens_timeline_query_set_text (self, g_value_get_string (value));
      break;

    case PROP_INCLUDE_INTRODUCTIONS:
      liens_timeline_query_set_include_introductions (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_query_class_init (LiensTimelineQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_timeline_query_finalize;
  object_class->get_property = liens_timeline_query_get_property;
  object_class->set_property = liens_timeline_query_set_property;

  /* The filters are -1 (or 0, NULL) for "any". Enumerations are plain ints, so that "any"
   * has a value: a #LiensEncounterKind, #LiensPosture or #LiensHelp otherwise. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The encounters this contact took part in, and the introductions naming them. */
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSTURE] =
    g_param_spec_int ("posture", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELP] =
    g_param_spec_int ("help", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Both ends are included; an item without a date is outside any range. */
  properties[PROP_SINCE] =
    g_param_spec_boxed ("since", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNTIL] =
    g_param_spec_boxed ("until", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Words to find in the notes and place of encounters, as liens_store_search_contacts()
   * reads them (prefixes, any case, any accents); NULL or "" for all. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether introductions are mixed in, when no other filter leaves them out (see
   * liens_timeline_query_shows_introductions()). */
  properties[PROP_INCLUDE_INTRODUCTIONS] =
    g_param_spec_boolean ("include-introductions", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiensTimelineQuery::changed:
   *
   * Emitted once after any property changed (once for all of
   * liens_timeline_query_clear_filters()), after its notification.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0,
                                   NULL, NULL,
                                   NULL,
                                   G_TYPE_NONE, 0);
}

static void
liens_timeline_query_init (LiensTimelineQuery *self)
{
  self->kind = -1;
  self->posture = -1;
  self->help = -1;
  self->include_introductions = TRUE;
}

/* Public API */

/**
 * liens_timeline_query_new:
 *
 * Returns: (transfer full): a query for every encounter and introduction
 */
LiensTimelineQuery *
liens_timeline_query_new (void)
{
  return g_object_new (LIENS_TYPE_TIMELINE_QUERY, NULL);
}

int
liens_timeline_query_get_kind (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), -1);

  return self->kind;
}

void
liens_timeline_query_set_kind (LiensTimelineQuery *self,
                               int                 kind)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));
  g_return_if_fail (kind >= -1);

  if (self->kind == kind)
    return;

  self->kind = kind;
  property_changed (self, PROP_KIND);
}

gint64
liens_timeline_query_get_contact_id (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), 0);

  return self->contact_id;
}

void
liens_timeline_query_set_contact_id (LiensTimelineQuery *self,
                                     gint64              contact_id)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));
  g_return_if_fail (contact_id >= 0);

  if (self->contact_id == contact_id)
    return;

  self->contact_id = contact_id;
  property_changed (self, PROP_CONTACT_ID);
}

int
liens_timeline_query_get_posture (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), -1);

  return self->posture;
}

void
liens_timeline_query_set_posture (LiensTimelineQuery *self,
                                  int                 posture)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));
  g_return_if_fail (posture >= -1);

  if (self->posture == posture)
    return;

  self->posture = posture;
  property_changed (self, PROP_POSTURE);
}

int
liens_timeline_query_get_help (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), -1);

  return self->help;
}

void
liens_timeline_query_set_help (LiensTimelineQuery *self,
                               int                 help)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));
  g_return_if_fail (help >= -1);

  if (self->help == help)
    return;

  self->help = help;
  property_changed (self, PROP_HELP);
}

/**
 * liens_timeline_query_get_since:
 * @self: a #LiensTimelineQuery
 *
 * Returns: (transfer none) (nullable): the earliest date shown, or %NULL for no limit
 */
GDateTime *
liens_timeline_query_get_since (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), NULL);

  return self->since;
}

/**
 * liens_timeline_query_set_since:
 * @self: a #LiensTimelineQuery
 * @since: (nullable): the earliest date shown, included, or %NULL for no limit
 */
void
liens_timeline_query_set_since (LiensTimelineQuery *self,
                                GDateTime          *since)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));

  if (set_date (&self->since, since))
    property_changed (self, PROP_SINCE);
}

/**
 * liens_timeline_query_get_until:
 * @self: a #LiensTimelineQuery
 *
 * Returns: (transfer none) (nullable): the latest date shown, or %NULL for no limit
 */
GDateTime *
liens_timeline_query_get_until (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), NULL);

  return self->until;
}

/**
 * liens_timeline_query_set_until:
 * @self: a #LiensTimelineQuery
 * @until: (nullable): the latest date shown, included, or %NULL for no limit
 */
void
liens_timeline_query_set_until (LiensTimelineQuery *self,
                                GDateTime          *until)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));

  if (set_date (&self->until, until))
    property_changed (self, PROP_UNTIL);
}

const char *
liens_timeline_query_get_text (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), NULL);

  return self->text;
}

void
liens_timeline_query_set_text (LiensTimelineQuery *self,
                               const char         *text)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  property_changed (self, PROP_TEXT);
}

gboolean
liens_timeline_query_get_include_introductions (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), FALSE);

  return self->include_introductions;
}

void
liens_timeline_query_set_include_introductions (LiensTimelineQuery *self,
                                                gboolean            include)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));

  include = !!include;
  if (self->include_introductions == include)
    return;

  self->include_introductions = include;
  property_changed (self, PROP_INCLUDE_INTRODUCTIONS);
}

/**
 * liens_timeline_query_shows_introductions:
 * @self: a #LiensTimelineQuery
 *
 * Introductions have no kind, posture, help, notes or place: they are in the timeline when
 * "include-introductions" is set and none of "kind", "posture", "help" and "text" is.
 * They then follow "contact-id" (as introducer or as one of the two people introduced)
 * and the date range, as encounters do.
 *
 * Returns: %TRUE when the timeline of @self mixes introductions in
 */
gboolean
liens_timeline_query_shows_introductions (LiensTimelineQuery *self)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), FALSE);

  if (!self->include_introductions ||
      self->kind != -1 || self->posture != -1 || self->help != -1)
    return FALSE;

  /* Text without any word searches nothing, as in the contact list. */
  if (self->text == NULL)
    return TRUE;

  for (const char *p = self->text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * liens_timeline_query_has_filters:
 * @self: a #LiensTimelineQuery
 *
 * Returns: %TRUE when a filter narrows the timeline: anything but the search text and the
 *   contact whose timeline it is
 */
gboolean
liens_timeline_query_has_filters (LiensTimelineQuery *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_QUERY (self), FALSE);

  return self->kind != -1 ||
         self->posture != -1 ||
         self->help != -1 ||
         self->since != NULL ||
         self->until != NULL ||
         !self->include_introductions;
}

/**
 * liens_timeline_query_clear_filters:
 * @self: a #LiensTimelineQuery
 *
 * Resets the filters that liens_timeline_query_has_filters() looks at, keeping the search
 * text and the contact. #LiensTimelineQuery::changed is emitted once, if anything changed.
 */
void
liens_timeline_query_clear_filters (LiensTimelineQuery *self)
{
  g_return_if_fail (LIENS_IS_TIMELINE_QUERY (self));

  g_object_freeze_notify (G_OBJECT (self));
  self->batch++;

  liens_timeline_query_set_kind (self, -1);
  liens_timeline_query_set_posture (self, -1);
  liens_timeline_query_set_help (self, -1);
  liens_timeline_query_set_since (self, NULL);
  liens_timeline_query_set_until (self, NULL);
  liens_timeline_query_set_include_introductions (self, TRUE);

  self->batch--;
  g_object_thaw_notify (G_OBJECT (self));

  if (self->batch == 0 && self->batch_changed)
    {
      self->batch_changed = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}
