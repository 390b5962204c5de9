/* liens-introduction.h: who was introduced to whom, and by whom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liens-enum-types.h"
#include "liens-enums.h"
#include "liens-types.h"

G_BEGIN_DECLS

#define LIENS_TYPE_INTRODUCTION (liens_introduction_get_type ())

G_DECLARE_FINAL_TYPE (LiensIntroduction, liens_introduction, LIENS, INTRODUCTION, GObject)

LiensIntroduction *liens_introduction_new               (void);

gint64             liens_introduction_get_id            (LiensIntroduction *self);
void               liens_introduction_set_id            (LiensIntroduction *self,
                                                         gint64             id);

gint64             liens_introduction_get_introducer_id (LiensIntroduction *self);
void               liens_introduction_set_introducer_id (LiensIntroduction *self,
                                                         gint64             introducer_id);

gint64             liens_introduction_get_first_id      (LiensIntroduction *self);
void               liens_introduction_set_first_id      (LiensIntroduction *self,
                                                         gint64             first_id);

gint64             liens_introduction_get_second_id     (LiensIntroduction *self);
void               liens_introduction_set_second_id     (LiensIntroduction *self,
                                                         gint64             second_id);

GDateTime         *liens_introduction_get_date          (LiensIntroduction *self);
void               liens_introduction_set_date          (LiensIntroduction *self,
                                                         GDateTime         *date);

const char        *liens_introduction_get_context       (LiensIntroduction *self);
void               liens_introduction_set_context       (LiensIntroduction *self,
                                                         const char        *context);

const char        *liens_introduction_get_outcome       (LiensIntroduction *self);
void               liens_introduction_set_outcome       (LiensIntroduction *self,
                                                         const char        *outcome);

G_END_DECLS
