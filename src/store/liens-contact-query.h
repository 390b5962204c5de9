/* liens-contact-query.h: what the contact list shows: search text, filters and archive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIENS_TYPE_CONTACT_QUERY (liens_contact_query_get_type ())

G_DECLARE_FINAL_TYPE (LiensContactQuery, liens_contact_query, LIENS, CONTACT_QUERY, GObject)

LiensContactQuery *liens_contact_query_new              (void);

const char        *liens_contact_query_get_text         (LiensContactQuery *self);
void               liens_contact_query_set_text         (LiensContactQuery *self,
                                                         const char        *text);

int                liens_contact_query_get_tie_strength (LiensContactQuery *self);
void               liens_contact_query_set_tie_strength (LiensContactQuery *self,
                                                         int                tie_strength);

int                liens_contact_query_get_tie_nature   (LiensContactQuery *self);
void               liens_contact_query_set_tie_nature   (LiensContactQuery *self,
                                                         int                tie_nature);

int                liens_contact_query_get_profile      (LiensContactQuery *self);
void               liens_contact_query_set_profile      (LiensContactQuery *self,
                                                         int                profile);

gint64             liens_contact_query_get_network_id   (LiensContactQuery *self);
void               liens_contact_query_set_network_id   (LiensContactQuery *self,
                                                         gint64             network_id);

const char        *liens_contact_query_get_tag          (LiensContactQuery *self);
void               liens_contact_query_set_tag          (LiensContactQuery *self,
                                                         const char        *tag);

gboolean           liens_contact_query_get_due_only     (LiensContactQuery *self);
void               liens_contact_query_set_due_only     (LiensContactQuery *self,
                                                         gboolean           due_only);

gboolean           liens_contact_query_get_archived     (LiensContactQuery *self);
void               liens_contact_query_set_archived     (LiensContactQuery *self,
                                                         gboolean           archived);

GDateTime         *liens_contact_query_get_now          (LiensContactQuery *self);
void               liens_contact_query_set_now          (LiensContactQuery *self,
                                                         GDateTime         *now);
GDateTime         *liens_contact_query_dup_now          (LiensContactQuery *self);

guint              liens_contact_query_get_limit        (LiensContactQuery *self);
void               liens_contact_query_set_limit        (LiensContactQuery *self,
                                                         guint              limit);

gboolean           liens_contact_query_has_filters      (LiensContactQuery *self);
void               liens_contact_query_clear_filters    (LiensContactQuery *self);

G_END_DECLS
