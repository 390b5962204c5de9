/* liens-network.h: a community the user belongs to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

#define LIENS_TYPE_NETWORK (liens_network_get_type ())

G_DECLARE_FINAL_TYPE (LiensNetwork, liens_network, LIENS, NETWORK, GObject)

LiensNetwork     *liens_network_new             (void);

gint64            liens_network_get_id          (LiensNetwork *self);
void              liens_network_set_id          (LiensNetwork *self,
                                                 gint64        id);

const char       *liens_network_get_name        (LiensNetwork *self);
void              liens_network_set_name        (LiensNetwork *self,
                                                 const char   *name);

LiensNetworkKind  liens_network_get_kind        (LiensNetwork *self);
void              liens_network_set_kind        (LiensNetwork     *self,
                                                 LiensNetworkKind  kind);

LiensInvolvement  liens_network_get_involvement (LiensNetwork *self);
void              liens_network_set_involvement (LiensNetwork     *self,
                                                 LiensInvolvement  involvement);

const char       *liens_network_get_url         (LiensNetwork *self);
void              liens_network_set_url         (LiensNetwork *self,
                                                 const char   *url);

const char       *liens_network_get_notes       (LiensNetwork *self);
void              liens_network_set_notes       (LiensNetwork *self,
                                                 const char   *notes);

G_END_DECLS
