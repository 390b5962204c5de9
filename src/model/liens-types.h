/* liens-types.h: forward declarations of the model types, to keep includes light.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiensContact       LiensContact;
typedef struct _LiensContactDetail LiensContactDetail;
typedef struct _LiensEncounter     LiensEncounter;
typedef struct _LiensEvent         LiensEvent;
typedef struct _LiensEventPerson   LiensEventPerson;
typedef struct _LiensIntroduction  LiensIntroduction;
typedef struct _LiensNetwork       LiensNetwork;
typedef struct _LiensQuizResult    LiensQuizResult;

G_END_DECLS
