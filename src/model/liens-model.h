/* liens-model.h: everything the model layer offers, in one include.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liens-types.h"
#include "liens-enums.h"
#include "liens-enum-types.h"
#include "liens-enum-names.h"
#include "liens-contact-detail.h"
#include "liens-contact.h"
#include "liens-encounter.h"
#include "liens-event.h"
#include "liens-format.h"
#include "liens-introduction.h"
#include "liens-network.h"
#include "liens-quiz.h"
#include "liens-quiz-result.h"
