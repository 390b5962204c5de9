/* liens-contact.h: a person the user knows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-contact-detail.h"
#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT (liens_contact_get_type ())

G_DECLARE_FINAL_TYPE (LiensContact, liens_contact, LIENS, CONTACT, GObject)

LiensContact        *liens_contact_new                  (void);

gint64               liens_contact_get_id               (LiensContact *self);
void                 liens_contact_set_id               (LiensContact *self,
                                                         gint64        id);

const char          *liens_contact_get_given_name       (LiensContact *self);
void                 liens_contact_set_given_name       (LiensContact *self,
                                                         const char   *given_name);

const char          *liens_contact_get_family_name      (LiensContact *self);
void                 liens_contact_set_family_name      (LiensContact *self,
                                                         const char   *family_name);

const char          *liens_contact_get_display_name     (LiensContact *self);

const char          *liens_contact_get_organisation     (LiensContact *self);
void                 liens_contact_set_organisation     (LiensContact *self,
                                                         const char   *organisation);

const char          *liens_contact_get_role             (LiensContact *self);
void                 liens_contact_set_role             (LiensContact *self,
                                                         const char   *role);

const char          *liens_contact_get_met_how          (LiensContact *self);
void                 liens_contact_set_met_how          (LiensContact *self,
                                                         const char   *met_how);

GDateTime           *liens_contact_get_met_on           (LiensContact *self);
void                 liens_contact_set_met_on           (LiensContact *self,
                                                         GDateTime    *met_on);

gint64               liens_contact_get_introduced_by_id (LiensContact *self);
void                 liens_contact_set_introduced_by_id (LiensContact *self,
                                                         gint64        introduced_by_id);

LiensTieStrength     liens_contact_get_tie_strength     (LiensContact *self);
void                 liens_contact_set_tie_strength     (LiensContact     *self,
                                                         LiensTieStrength  tie_strength);

LiensTieNature       liens_contact_get_tie_nature       (LiensContact *self);
void                 liens_contact_set_tie_nature       (LiensContact   *self,
                                                         LiensTieNature  tie_nature);

LiensProfile         liens_contact_get_profile          (LiensContact *self);
void                 liens_contact_set_profile          (LiensContact *self,
                                                         LiensProfile  profile);

const char          *liens_contact_get_expertise        (LiensContact *self);
void                 liens_contact_set_expertise        (LiensContact *self,
                                                         const char   *expertise);

const char          *liens_contact_get_interests        (LiensContact *self);
void                 liens_contact_set_interests        (LiensContact *self,
                                                         const char   *interests);

LiensCadence         liens_contact_get_cadence          (LiensContact *self);
void                 liens_contact_set_cadence          (LiensContact *self,
                                                         LiensCadence  cadence);

int                  liens_contact_get_cadence_days     (LiensContact *self);
void                 liens_contact_set_cadence_days     (LiensContact *self,
                                                         int           cadence_days);

const char          *liens_contact_get_notes            (LiensContact *self);
void                 liens_contact_set_notes            (LiensContact *self,
                                                         const char   *notes);

GBytes              *liens_contact_get_photo            (LiensContact *self);
void                 liens_contact_set_photo            (LiensContact *self,
                                                         GBytes       *photo);

gboolean             liens_contact_get_archived         (LiensContact *self);
void                 liens_contact_set_archived         (LiensContact *self,
                                                         gboolean      archived);

GDateTime           *liens_contact_get_created_at       (LiensContact *self);
void                 liens_contact_set_created_at       (LiensContact *self,
                                                         GDateTime    *created_at);

GDateTime           *liens_contact_get_updated_at       (LiensContact *self);
void                 liens_contact_set_updated_at       (LiensContact *self,
                                                         GDateTime    *updated_at);

GDateTime           *liens_contact_get_last_encounter   (LiensContact *self);
void                 liens_contact_set_last_encounter   (LiensContact *self,
                                                         GDateTime    *last_encounter);

const char          *liens_contact_get_uid              (LiensContact *self);
void                 liens_contact_set_uid              (LiensContact *self,
                                                         const char   *uid);

const char          *liens_contact_get_birthday         (LiensContact *self);
void                 liens_contact_set_birthday         (LiensContact *self,
                                                         const char   *birthday);

const char          *liens_contact_get_vcard_extra      (LiensContact *self);
void                 liens_contact_set_vcard_extra      (LiensContact *self,
                                                         const char   *vcard_extra);

const char * const *liens_contact_get_tags              (LiensContact *self);
void                 liens_contact_set_tags             (LiensContact       *self,
                                                         const char * const *tags);
gboolean             liens_contact_has_tag              (LiensContact *self,
                                                         const char   *tag);

const gint64        *liens_contact_get_network_ids      (LiensContact *self,
                                                         guint        *n_ids);
void                 liens_contact_set_network_ids      (LiensContact *self,
                                                         const gint64 *ids,
                                                         guint         n_ids);
gboolean             liens_contact_has_network          (LiensContact *self,
                                                         gint64        network_id);

GPtrArray           *liens_contact_get_details          (LiensContact *self);
void                 liens_contact_set_details          (LiensContact *self,
                                                         GPtrArray    *details);
void                 liens_contact_add_detail           (LiensContact    *self,
                                                         LiensDetailKind  kind,
                                                         const char      *label,
                                                         const char      *value);
char               **liens_contact_dup_values           (LiensContact    *self,
                                                         LiensDetailKind  kind);

GDateTime           *liens_contact_dup_due_date         (LiensContact *self);
gboolean             liens_contact_is_overdue           (LiensContact *self,
                                                         GDateTime    *now);
gint64               liens_contact_get_days_overdue     (LiensContact *self,
                                                         GDateTime    *now);

int                  liens_cadence_get_days             (LiensCadence cadence,
                                                         int          custom_days);
GDateTime           *liens_cadence_add                  (LiensCadence  cadence,
                                                         int           custom_days,
                                                         GDateTime    *from);

G_END_DECLS
