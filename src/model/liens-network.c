/* liens-network.c: a community the user belongs to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-network.h"
#include "liens-model-private.h"

struct _LiensNetwork
{
  GObject           parent_instance;

  gint64            id;
  char             *name;
  LiensNetworkKind  kind;
  LiensInvolvement  involvement;
  char             *url;
  char             *notes;
};

G_DEFINE_FINAL_TYPE (LiensNetwork, liens_network, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_INVOLVEMENT,
  PROP_URL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
liens_network_finalize (GObject *object)
{
  LiensNetwork *self = (LiensNetwork *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (liens_network_parent_class)->finalize (object);
}

static void
liens_network_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LiensNetwork *self = LIENS_NETWORK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, liens_network_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, liens_network_get_name (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, liens_network_get_kind (self));
      break;

    case PROP_INVOLVEMENT:
      g_value_set_enum (value, liens_network_get_involvement (self));
      break;

    case PROP_URL:
      g_value_set_string (value, liens_network_get_url (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, liens_network_get_notes (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_network_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LiensNetwork *self = LIENS_NETWORK (object);

  switch (prop_id)
    {
    case PROP_ID:
      liens_network_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      liens_network_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      liens_network_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_INVOLVEMENT:
      liens_network_set_involvement (self, g_value_get_enum (value));
      break;

    case PROP_URL:
      liens_network_set_url (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      liens_network_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_network_class_init (LiensNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liens_network_finalize;
  object_class->get_property = liens_network_get_property;
  object_class->set_property = liens_network_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIENS_TYPE_NETWORK_KIND,
                       LIENS_NETWORK_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INVOLVEMENT] =
    g_param_spec_enum ("involvement", NULL, NULL,
                       LIENS_TYPE_INVOLVEMENT,
                       LIENS_INVOLVEMENT_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liens_network_init (LiensNetwork *self)
{
}

/**
 * liens_network_new:
 *
 * Returns: (transfer full): a new, unsaved #LiensNetwork
 */
LiensNetwork *
liens_network_new (void)
{
  return g_object_new (LIENS_TYPE_NETWORK, NULL);
}

gint64
liens_network_get_id (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), 0);

  return self->id;
}

void
liens_network_set_id (LiensNetwork *self,
                      gint64        id)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
liens_network_get_name (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), NULL);

  return self->name;
}

void
liens_network_set_name (LiensNetwork *self,
                        const char   *name)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (!liens_set_str (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

LiensNetworkKind
liens_network_get_kind (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), 0);

  return self->kind;
}

void
liens_network_set_kind (LiensNetwork     *self,
                        LiensNetworkKind  kind)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

LiensInvolvement
liens_network_get_involvement (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), 0);

  return self->involvement;
}

void
liens_network_set_involvement (LiensNetwork     *self,
                               LiensInvolvement  involvement)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (self->involvement == involvement)
    return;

  self->involvement = involvement;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOLVEMENT]);
}

const char *
liens_network_get_url (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), NULL);

  return self->url;
}

void
liens_network_set_url (LiensNetwork *self,
                       const char   *url)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (!liens_set_str (&self->url, url))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
liens_network_get_notes (LiensNetwork *self)
{
  g_return_val_if_fail (LIENS_IS_NETWORK (self), NULL);

  return self->notes;
}

void
liens_network_set_notes (LiensNetwork *self,
                         const char   *notes)
{
  g_return_if_fail (LIENS_IS_NETWORK (self));

  if (!liens_set_str (&self->notes, notes))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
