/* liens-application.h: the Liens application, its options and actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIENS_TYPE_APPLICATION (liens_application_get_type ())

G_DECLARE_FINAL_TYPE (LiensApplication, liens_application, LIENS, APPLICATION, AdwApplication)

LiensApplication *liens_application_new                (void);
const char       *liens_application_get_database_path  (LiensApplication *self);
void              liens_application_set_database_path  (LiensApplication *self,
                                                        const char       *path);

G_END_DECLS
