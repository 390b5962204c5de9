/* liens-introduction.c: who was introduced to whom, and by whom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-introduction.h"
#include "liens-model-private.h"

struct _LiensIntroduction
{
  GObject    parent_instance;

  gint64     id;
  gint64     introducer_id;
  gint64     first_id;
  gint64     second_id;
  GDateTime *date;
  char      *context;
  char      *outcome;
};

G_DEFINE_FINAL_TYPE (LiensIntroduction, liens_introduction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INTRODUCER_ID,
  PROP_FIRST_ID,
  PROP_SECOND_ID,
  PROP_DATE,
  PROP_CONTEXT,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
liens_introduction_finalize (GObject *object)
{
  LiensIntroduction *self = (LiensIntroduction *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->context, g_free);
  g_clear_pointer (&self->outcome, g_free);

  G_OBJECT_CLASS (liens_introduction_parent_class)->finalize (object);
}

static void
liens_introduction_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiensIntroduction *self = LIENS_INTRODUCTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_introduction_get_id (self));
      break;

    case PROP_INTRODUCER_ID:
      g_value_set_int64 (value, liens_introduction_get_introducer_id (self));
      break;

    case PROP_FIRST_ID:
      g_value_set_int64 (value, liens_introduction_get_first_id (self));
      break;

    case PROP_SECOND_ID:
      g_value_set_int64 (value, liens_introduction_get_second_id (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, liens_introduction_get_date (self));
      break;

    case PROP_CONTEXT:
      g_value_set_string (value, liens_introduction_get_context (self));
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, liens_introduction_get_outcome (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_introduction_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiensIntroduction *self = LIENS_INTRODUCTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_introduction_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INTRODUCER_ID:
      liens_introduction_set_introducer_id (self, g_value_get_int64 (value));
      break;

    case PROP_FIRST_ID:
      liens_introduction_set_first_id (self, g_value_get_int64 (value));
      break;

    case PROP_SECOND_ID:
      liens_introduction_set_second_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      liens_introduction_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_CONTEXT:
      liens_introduction_set_context (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      liens_introduction_set_outcome (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_introduction_class_init (LiensIntroductionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_introduction_finalize;
  object_class->get_property = liens_introduction_get_property;
  object_class->set_property = liens_introduction_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 0 when the user made the introduction. */
  properties[PROP_INTRODUCER_ID] =
    g_param_spec_int64 ("introducer-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_ID] =
    g_param_spec_int64 ("first-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 0 for the user: a contact introduced the user to the first contact. */
  properties[PROP_SECOND_ID] =
    g_param_spec_int64 ("second-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_introduction_init (LiensIntroduction *self)
{
}

/**
 * liens_introduction_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensIntroduction
 */
LiensIntroduction *
liens_introduction_new (void)
{
  return g_object_new (LIENS_TYPE_INTRODUCTION, NULL);
}

gint64
liens_introduction_get_id (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), 0);

  return self->id;
}

void
liens_introduction_set_id (LiensIntroduction *self,
                           gint64             id)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
liens_introduction_get_introducer_id (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), 0);

  return self->introducer_id;
}

void
liens_introduction_set_introducer_id (LiensIntroduction *self,
                                      gint64             introducer_id)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (self->introducer_id == introducer_id)
    return;

  self->introducer_id = introducer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRODUCER_ID]);
}

gint64
liens_introduction_get_first_id (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), 0);

  return self->first_id;
}

void
liens_introduction_set_first_id (LiensIntroduction *self,
                                 gint64             first_id)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (self->first_id == first_id)
    return;

  self->first_id = first_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_ID]);
}

gint64
liens_introduction_get_second_id (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), 0);

  return self->second_id;
}

void
liens_introduction_set_second_id (LiensIntroduction *self,
                                  gint64             second_id)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (self->second_id == second_id)
    return;

  self->second_id = second_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECOND_ID]);
}

GDateTime *
liens_introduction_get_date (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), NULL);

  return self->date;
}

void
liens_introduction_set_date (LiensIntroduction *self,
                             GDateTime         *date)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (!liens_set_date_time (&self->date, date))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
liens_introduction_get_context (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), NULL);

  return self->context;
}

void
liens_introduction_set_context (LiensIntroduction *self,
                                const char        *context)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (!liens_set_str (&self->context, context))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

const char *
liens_introduction_get_outcome (LiensIntroduction *self)
{
  g_return_val_if_fail (LIENS_IS_INTRODUCTION (self), NULL);

  return self->outcome;
}

void
liens_introduction_set_outcome (LiensIntroduction *self,
                                const char        *outcome)
{
  g_return_if_fail (LIENS_IS_INTRODUCTION (self));

  if (!liens_set_str (&self->outcome, outcome))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}
