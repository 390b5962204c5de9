/* liens-contact-query.c: what the contact list shows: search text, filters and archive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-contact-query.h"

/* Plain values only: the store turns them into SQL (liens-store-query.c). Each property
 * change emits "changed" once, so that a list following the query runs it once. */
struct _LiensContactQuery
{
  GObject    parent_instance;

  char      *text;
  int        tie_strength;
  int        tie_nature;
  int        profile;
  gint64     network_id;
  char      *tag;
  gboolean   due_only;
  gboolean   archived;
  GDateTime *now;
  guint      limit;

  /* While clear_filters() runs: changes are counted, "changed" comes once at the end. */
  guint      batch;
  gboolean   batch_changed;
};

G_DEFINE_FINAL_TYPE (LiensContactQuery, liens_contact_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_TIE_STRENGTH,
  PROP_TIE_NATURE,
  PROP_PROFILE,
  PROP_NETWORK_ID,
  PROP_TAG,
  PROP_DUE_ONLY,
  PROP_ARCHIVED,
  PROP_NOW,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
property_changed (LiensContactQuery *self,
                  guint              prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  if (self->batch > 0)
    self->batch_changed = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_string (char       **dest,
            const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (value);

  return TRUE;
}

static void
liens_contact_query_finalize (GObject *object)
{
  LiensContactQuery *self = (LiensContactQuery *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (liens_contact_query_parent_class)->finalize (object);
}

static void
liens_contact_query_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiensContactQuery *self = LIENS_CONTACT_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_TIE_STRENGTH:
      g_value_set_int (value, self->tie_strength);
      break;

    case PROP_TIE_NATURE:
      g_value_set_int (value, self->tie_nature);
      break;

    case PROP_PROFILE:
      g_value_set_int (value, self->profile);
      break;

    case PROP_NETWORK_ID:
      g_value_set_int64 (value, self->network_id);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_DUE_ONLY:
      g_value_set_boolean (value, self->due_only);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_NOW:
      g_value_set_boxed (value, self->now);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_query_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiensContactQuery *self = LIENS_CONTACT_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      liens_contact_query_set_text (self, g_value_get_string (value));
      break;

    case PROP_TIE_STRENGTH:
      liens_contact_query_set_tie_strength (self, g_value_get_int (value));
      break;

    case PROP_TIE_NATURE:
      liens_contact_query_set_tie_nature (self, g_value_get_int (value));
      break;

    case PROP_PROFILE:
      liens_contact_query_set_profile (self, g_value_get_int (value));
      break;

    case PROP_NETWORK_ID:
      liens_contact_query_set_network_id (self, g_value_get_int64 (value));
      break;

    case PROP_TAG:
      liens_contact_query_set_tag (self, g_value_get_string (value));
      break;

    case PROP_DUE_ONLY:
      liens_contact_query_set_due_only (self, g_value_get_boolean (value));
      break;

    case PROP_ARCHIVED:
      liens_contact_query_set_archived (self, g_value_get_boolean (value));
      break;

    case PROP_NOW:
      liens_contact_query_set_now (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_query_class_init (LiensContactQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_contact_query_finalize;
  object_class->get_property = liens_contact_query_get_property;
  object_class->set_property = liens_contact_query_set_property;

  /* Words to find, as liens_store_search_contacts() reads them; NULL or "" for all. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The filters below are -1 (or 0, NULL, FALSE) for "any". Enumerations are plain ints,
   * so that "any" has a value. */
  properties[PROP_TIE_STRENGTH] =
    g_param_spec_int ("tie-strength", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Affinity and utility also match contacts that are both; both matches both only. */
  properties[PROP_TIE_NATURE] =
    g_param_spec_int ("tie-nature", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* LIENS_PROFILE_UNKNOWN matches the contacts whose profile is not set. */
  properties[PROP_PROFILE] =
    g_param_spec_int ("profile", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Compared without regard to case. */
  properties[PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only contacts due for reconnection at "now", as liens_contact_is_overdue() says. */
  properties[PROP_DUE_ONLY] =
    g_param_spec_boolean ("due-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* FALSE for the active contacts, TRUE for the archived ones: never both. */
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The time "due-only" compares with; NULL for the current time at each run. */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiensContactQuery::changed:
   *
   * Emitted once after any property changed (once for all of liens_contact_query_clear_filters()),
   * after its notification.
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
liens_contact_query_init (LiensContactQuery *self)
{
  self->tie_strength = -1;
  self->tie_nature = -1;
  self->profile = -1;
}

/* Public API */

/**
 * liens_contact_query_new:
 *
 * Returns: (transfer full): a query for all the active contacts
 */
LiensContactQuery *
liens_contact_query_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACT_QUERY, NULL);
}

const char *
liens_contact_query_get_text (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), NULL);

  return self->text;
}

void
liens_contact_query_set_text (LiensContactQuery *self,
                              const char        *text)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  if (set_string (&self->text, text))
    property_changed (self, PROP_TEXT);
}

int
liens_contact_query_get_tie_strength (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), -1);

  return self->tie_strength;
}

void
liens_contact_query_set_tie_strength (LiensContactQuery *self,
                                      int                tie_strength)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));
  g_return_if_fail (tie_strength >= -1);

  if (self->tie_strength == tie_strength)
    return;

  self->tie_strength = tie_strength;
  property_changed (self, PROP_TIE_STRENGTH);
}

int
liens_contact_query_get_tie_nature (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), -1);

  return self->tie_nature;
}

void
liens_contact_query_set_tie_nature (LiensContactQuery *self,
                                    int                tie_nature)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));
  g_return_if_fail (tie_nature >= -1);

  if (self->tie_nature == tie_nature)
    return;

  self->tie_nature = tie_nature;
  property_changed (self, PROP_TIE_NATURE);
}

int
liens_contact_query_get_profile (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), -1);

  return self->profile;
}

void
liens_contact_query_set_profile (LiensContactQuery *self,
                                 int                profile)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));
  g_return_if_fail (profile >= -1);

  if (self->profile == profile)
    return;

  self->profile = profile;
  property_changed (self, PROP_PROFILE);
}

gint64
liens_contact_query_get_network_id (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), 0);

  return self->network_id;
}

void
liens_contact_query_set_network_id (LiensContactQuery *self,
                                    gint64             network_id)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));
  g_return_if_fail (network_id >= 0);

  if (self->network_id == network_id)
    return;

  self->network_id = network_id;
  property_changed (self, PROP_NETWORK_ID);
}

const char *
liens_contact_query_get_tag (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), NULL);

  return self->tag;
}

void
liens_contact_query_set_tag (LiensContactQuery *self,
                             const char        *tag)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  if (set_string (&self->tag, tag))
    property_changed (self, PROP_TAG);
}

gboolean
liens_contact_query_get_due_only (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), FALSE);

  return self->due_only;
}

void
liens_contact_query_set_due_only (LiensContactQuery *self,
                                  gboolean           due_only)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  due_only = !!due_only;
  if (self->due_only == due_only)
    return;

  self->due_only = due_only;
  property_changed (self, PROP_DUE_ONLY);
}

gboolean
liens_contact_query_get_archived (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), FALSE);

  return self->archived;
}

void
liens_contact_query_set_archived (LiensContactQuery *self,
                                  gboolean           archived)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  property_changed (self, PROP_ARCHIVED);
}

/**
 * liens_contact_query_get_now:
 * @self: a #LiensContactQuery
 *
 * Returns: (transfer none) (nullable): the time set with liens_contact_query_set_now(),
 *   or %NULL when the query follows the clock
 */
GDateTime *
liens_contact_query_get_now (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), NULL);

  return self->now;
}

/**
 * liens_contact_query_set_now:
 * @self: a #LiensContactQuery
 * @now: (nullable): the time to compare due dates with, or %NULL for the current time
 */
void
liens_contact_query_set_now (LiensContactQuery *self,
                             GDateTime         *now)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  if (self->now == now ||
      (self->now != NULL && now != NULL && g_date_time_equal (self->now, now)))
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
  property_changed (self, PROP_NOW);
}

/**
 * liens_contact_query_dup_now:
 * @self: a #LiensContactQuery
 *
 * Returns: (transfer full): the time due dates are compared with: "now", or the
 *   current time when it is %NULL
 */
GDateTime *
liens_contact_query_dup_now (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), NULL);

  if (self->now != NULL)
    return g_date_time_ref (self->now);

  return g_date_time_new_now_local ();
}

/**
 * liens_contact_query_has_filters:
 * @self: a #LiensContactQuery
 *
 * Returns: %TRUE when a filter narrows the list: anything but the search text and the
 *   choice between active and archived contacts
 */
gboolean
liens_contact_query_has_filters (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), FALSE);

  return self->tie_strength != -1 ||
         self->tie_nature != -1 ||
         self->profile != -1 ||
         self->network_id != 0 ||
         self->tag != NULL ||
         self->due_only;
}

/**
 * liens_contact_query_clear_filters:
 * @self: a #LiensContactQuery
 *
 * Resets the filters that liens_contact_query_has_filters() looks at, keeping the search
 * text and the archive choice. #LiensContactQuery::changed is emitted once, if anything
 * changed.
 */
void
liens_contact_query_clear_filters (LiensContactQuery *self)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  g_object_freeze_notify (G_OBJECT (self));
  self->batch++;

  liens_contact_query_set_tie_strength (self, -1);
  liens_contact_query_set_tie_nature (self, -1);
  liens_contact_query_set_profile (self, -1);
  liens_contact_query_set_network_id (self, 0);
  liens_contact_query_set_tag (self, NULL);
  liens_contact_query_set_due_only (self, FALSE);

  self->batch--;
  g_object_thaw_notify (G_OBJECT (self));

  if (self->batch == 0 && self->batch_changed)
    {
      self->batch_changed = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

guint
liens_contact_query_get_limit (LiensContactQuery *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_QUERY (self), 0);

  return self->limit;
}

/**
 * liens_contact_query_set_limit:
 * @self: a #LiensContactQuery
 * @limit: the most contacts to list, 0 for all
 *
 * Lists only the first contacts: a window about to show its first frame asks for the
 * rows it can show, and for the others once it is drawn. Not a filter: the list is cut,
 * not narrowed, and liens_store_count_contacts() ignores it.
 */
void
liens_contact_query_set_limit (LiensContactQuery *self,
                               guint              limit)
{
  g_return_if_fail (LIENS_IS_CONTACT_QUERY (self));

  if (self->limit == limit)
    return;

  self->limit = limit;

  if (self->batch > 0)
    self->batch_changed = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0);
}
