/* liens-timeline-row.c: one encounter or introduction in the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "liens-clock.h"
#include "liens-timeline-row.h"
#include "liens-ui.h"

#define N_AVATARS 3

struct _LiensTimelineRow
{
  GtkWidget parent_instance;

  /* A LiensEncounter or a LiensIntroduction. */
  GObject *item;
  gulong notify_handler;
  LiensTimelinePeople *people;
  gulong people_handler;
  char *day;
  GtkWidget *context_menu;
  /* What the kind icon shows: a LiensEncounterKind, -1 for an introduction, -2 for nothing. */
  int shown_kind;
  /* The people of the entry are still to be read; see show_people(). */
  gboolean people_pending;
  guint people_source;

  /* Template widgets */
  GtkLabel *day_label;
  GtkWidget *card;
  GtkImage *kind_icon;
  GtkWidget *avatars_box;
  AdwAvatar *avatar1;
  AdwAvatar *avatar2;
  AdwAvatar *avatar3;
  GtkLabel *more_label;
  GtkLabel *title_label;
  GtkLabel *time_label;
  GtkLabel *summary_label;
  GtkLabel *detail_label;
  GtkWidget *badges_box;
  GtkLabel *posture_badge;
  GtkLabel *help_badge;
  GtkWidget *follow_up_box;
  GtkImage *follow_up_icon;
  GtkLabel *follow_up_label;
  GtkMenuButton *menu_button;
  GMenuModel *row_menu;
};

G_DEFINE_FINAL_TYPE (LiensTimelineRow, liens_timeline_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const posture_classes[] = {
  [LIENS_POSTURE_NETWORKING] = "networking",
  [LIENS_POSTURE_PROSPECTING] = "prospecting",
  [LIENS_POSTURE_LEARNING] = "learning",
};

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gboolean visible = text != NULL && text[0] != '\0';

  gtk_label_set_text (label, visible ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), visible);
}

/* The first line of notes that says something, for a one-line summary. */
static char *
dup_first_line (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return NULL;
}

/* Rows are bound by the hundred as the list opens: only what changed is set again. */
static void
set_tooltip (GtkWidget  *widget,
             const char *tooltip)
{
  const char *current = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (current, tooltip) != 0)
    gtk_widget_set_tooltip_text (widget, tooltip);
}

/* @kind is a LiensEncounterKind, or -1 for an introduction. */
static void
show_kind (LiensTimelineRow *self,
           int               kind)
{
  if (self->shown_kind == kind)
    return;

  self->shown_kind = kind;

  if (kind < 0)
    {
      gtk_image_set_from_icon_name (self->kind_icon, "emblem-shared-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), "introduction");
    }
  else
    {
      gtk_image_set_from_icon_name (self->kind_icon, liens_timeline_kind_get_icon_name (kind));
      gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), "introduction");
    }
}

static void
set_avatars (LiensTimelineRow *self,
             const gint64     *ids,
             guint             n_ids)
{
  AdwAvatar *avatars[N_AVATARS] = { self->avatar1, self->avatar2, self->avatar3 };

  for (guint i = 0; i < N_AVATARS; i++)
    {
      gtk_widget_set_visible (GTK_WIDGET (avatars[i]), i < n_ids);
      if (i < n_ids)
        liens_timeline_people_set_avatar (self->people, avatars[i], ids[i]);
    }

  if (n_ids > N_AVATARS)
    {
      g_autofree char *more = g_strdup_printf ("+%u", n_ids - N_AVATARS);

      set_label (self->more_label, more);
    }
  else
    {
      set_label (self->more_label, NULL);
    }

  gtk_widget_set_visible (self->avatars_box, n_ids > 0);
}

static void
set_badge_class (GtkWidget          *badge,
                 const char * const *classes,
                 guint               n_classes,
                 guint               value)
{
  for (guint i = 0; i < n_classes; i++)
    {
      if (i == value)
        gtk_widget_add_css_class (badge, classes[i]);
      else
        gtk_widget_remove_css_class (badge, classes[i]);
    }
}

static void
update_follow_up (LiensTimelineRow *self,
                  LiensEncounter   *encounter,
                  GDateTime        *now)
{
  GDateTime *date = liens_encounter_get_follow_up_date (encounter);
  const char *what = liens_encounter_get_follow_up_what (encounter);
  gboolean done = liens_encounter_get_follow_up_done (encounter);
  gboolean overdue = liens_encounter_is_follow_up_overdue (encounter, now);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (what != NULL && what[0] == '\0')
    what = NULL;

  if (date == NULL && what == NULL)
    {
      gtk_widget_set_visible (self->follow_up_box, FALSE);
      return;
    }

  if (date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (date);

      when = liens_format_short_date (local, now);
    }

  if (what != NULL && when != NULL)
    /* Translators: a follow-up in the timeline: what to do, then when, e.g. "Follow up: call back · Mar 3" */
    text = g_strdup_printf (_("Follow up: %s · %s"), what, when);
  else if (what != NULL)
    /* Translators: a follow-up without a date, e.g. "Follow up: send the slides" */
    text = g_strdup_printf (_("Follow up: %s"), what);
  else
    /* Translators: a follow-up with only a date, e.g. "Follow up on Mar 3" */
    text = g_strdup_printf (_("Follow up on %s"), when);

  gtk_label_set_text (self->follow_up_label, text);
  gtk_image_set_from_icon_name (self->follow_up_icon,
                                done ? "object-select-symbolic" : "alarm-symbolic");

  if (done)
    {
      gtk_widget_add_css_class (self->follow_up_box, "done");
      set_tooltip (self->follow_up_box, _("Follow-up done"));
    }
  else
    {
      gtk_widget_remove_css_class (self->follow_up_box, "done");
      set_tooltip (self->follow_up_box, overdue ? _("Overdue") : NULL);
    }

  if (overdue)
    gtk_widget_add_css_class (self->follow_up_box, "overdue");
  else
    gtk_widget_remove_css_class (self->follow_up_box, "overdue");

  gtk_widget_set_visible (self->follow_up_box, TRUE);
}

static void update_accessible_label (LiensTimelineRow *self);

/* Rows off screen whose people are still to be read, the oldest first. */
static GQueue pending_rows = G_QUEUE_INIT;
static guint pending_source;

/* Reading for this long at most, between two frames. */
#define PENDING_BUDGET_USEC 3000

static void
name_people (LiensTimelineRow *self)
{
  const gint64 *ids;
  guint n_ids = 0;
  g_autofree char *names = NULL;

  self->people_pending = FALSE;
  g_clear_handle_id (&self->people_source, g_source_remove);
  g_queue_remove (&pending_rows, self);

  if (!LIENS_IS_ENCOUNTER (self->item) || self->people == NULL)
    return;

  ids = liens_encounter_get_contact_ids (LIENS_ENCOUNTER (self->item), &n_ids);
  names = liens_timeline_people_dup_names (self->people, ids, n_ids);
  set_avatars (self, ids, n_ids);
  gtk_label_set_text (self->title_label, names);
  update_accessible_label (self);
}

static void
cancel_people (LiensTimelineRow *self)
{
  self->people_pending = FALSE;
  g_clear_handle_id (&self->people_source, g_source_remove);
  g_queue_remove (&pending_rows, self);
}

static gboolean
people_idle_cb (gpointer user_data)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (user_data);

  self->people_source = 0;
  name_people (self);

  return G_SOURCE_REMOVE;
}

/* A little at a time, so that frames keep coming while the user scrolls. */
static gboolean
pending_idle_cb (gpointer user_data)
{
  gint64 deadline = g_get_monotonic_time () + PENDING_BUDGET_USEC;

  while (!g_queue_is_empty (&pending_rows) && g_get_monotonic_time () < deadline)
    name_people (g_queue_peek_head (&pending_rows));

  if (!g_queue_is_empty (&pending_rows))
    return G_SOURCE_CONTINUE;

  pending_source = 0;

  return G_SOURCE_REMOVE;
}

/* On screen: named as soon as the frame is drawn. */
static void
queue_people_now (LiensTimelineRow *self)
{
  g_queue_remove (&pending_rows, self);
  if (self->people_source == 0)
    self->people_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, people_idle_cb, self, NULL);
}

static void
queue_people_later (LiensTimelineRow *self)
{
  g_queue_push_tail (&pending_rows, self);
  if (pending_source == 0)
    pending_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, pending_idle_cb, NULL, NULL);
}

/* Reading a contact costs a fraction of a millisecond on a large database, and the list
 * view binds two hundred rows at once, though only the ten on screen are seen: those not
 * read yet are named as soon as the frame is drawn if the row is on screen, and when the
 * main loop has nothing better to do otherwise. Returns %TRUE when naming is put off. */
static gboolean
show_people (LiensTimelineRow *self)
{
  const gint64 *ids;
  guint n_ids = 0;

  ids = liens_encounter_get_contact_ids (LIENS_ENCOUNTER (self->item), &n_ids);
  if (liens_timeline_people_has_all (self->people, ids, n_ids))
    return FALSE;

  gtk_label_set_text (self->title_label, "");
  for (GtkWidget *child = gtk_widget_get_first_child (self->avatars_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_AVATAR (child))
      gtk_widget_set_visible (child, FALSE);
  set_label (self->more_label, NULL);

  self->people_pending = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_people_now (self);
  else
    queue_people_later (self);

  return TRUE;
}

static void
update_encounter (LiensTimelineRow *self,
                  LiensEncounter   *encounter,
                  GDateTime        *now)
{
  LiensEncounterKind kind = liens_encounter_get_kind (encounter);
  LiensPosture posture = liens_encounter_get_posture (encounter);
  LiensHelp help = liens_encounter_get_help (encounter);
  GDateTime *date = liens_encounter_get_date (encounter);
  const gint64 *ids;
  guint n_ids = 0;
  g_autofree char *names = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *time = NULL;
  const char *place = liens_encounter_get_place (encounter);

  ids = liens_encounter_get_contact_ids (encounter, &n_ids);

  show_kind (self, kind);

  /* On one line: the names, read later, must not change the height of the row. */
  gtk_label_set_wrap (self->title_label, FALSE);
  gtk_label_set_lines (self->title_label, 1);

  if (n_ids == 0)
    {
      set_avatars (self, ids, n_ids);
      gtk_label_set_text (self->title_label, liens_encounter_kind_get_display_name (kind));
    }
  else if (!show_people (self))
    {
      names = liens_timeline_people_dup_names (self->people, ids, n_ids);
      set_avatars (self, ids, n_ids);
      gtk_label_set_text (self->title_label, names);
    }

  if (date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (date);

      time = liens_format_time (local);
    }
  set_label (self->time_label, time);

  /* What the encounter was about says more than where it was; the kind is the last resort. */
  summary = dup_first_line (liens_encounter_get_notes (encounter));
  if (summary == NULL && place != NULL && place[0] != '\0')
    summary = g_strdup (place);
  if (summary == NULL)
    summary = g_strdup (liens_encounter_kind_get_display_name (kind));
  set_label (self->summary_label, summary);

  /* The place, when the summary is taken by the notes. */
  if (place != NULL && place[0] != '\0' && g_strcmp0 (summary, place) != 0)
    set_label (self->detail_label, place);
  else
    set_label (self->detail_label, NULL);

  gtk_label_set_text (self->posture_badge, liens_posture_get_display_name (posture));
  set_badge_class (GTK_WIDGET (self->posture_badge), posture_classes,
                   G_N_ELEMENTS (posture_classes), posture);
  gtk_widget_set_visible (GTK_WIDGET (self->posture_badge), TRUE);

  if (help != LIENS_HELP_NONE)
    set_label (self->help_badge, liens_help_get_display_name (help));
  else
    set_label (self->help_badge, NULL);

  gtk_widget_set_visible (self->badges_box, TRUE);

  update_follow_up (self, encounter, now);
}

static char *
dup_introduction_title (LiensTimelineRow  *self,
                        LiensIntroduction *introduction)
{
  gint64 introducer = liens_introduction_get_introducer_id (introduction);
  gint64 first = liens_introduction_get_first_id (introduction);
  gint64 second = liens_introduction_get_second_id (introduction);
  const char *first_name = liens_timeline_people_get_name (self->people, first);
  const char *second_name = liens_timeline_people_get_name (self->people, second);
  const char *introducer_name = liens_timeline_people_get_name (self->people, introducer);

  /* No introducer, or no second person, stands for the user. */
  if (introducer == 0 && second != 0)
    /* Translators: an introduction the user made, e.g. "You introduced Émilie Durand to Ahmed Benali" */
    return g_strdup_printf (_("You introduced %s to %s"), first_name, second_name);

  if (introducer != 0 && second == 0)
    /* Translators: an introduction made for the user, e.g. "Ahmed Benali introduced you to Émilie Durand" */
    return g_strdup_printf (_("%s introduced you to %s"), introducer_name, first_name);

  if (introducer != 0)
    /* Translators: an introduction between two contacts, e.g. "Ahmed Benali introduced Émilie Durand to Zoé Martin" */
    return g_strdup_printf (_("%s introduced %s to %s"), introducer_name, first_name, second_name);

  /* Translators: an introduction with a single person known, e.g. "Introduction of Émilie Durand" */
  return g_strdup_printf (_("Introduction of %s"), first_name);
}

static void
update_introduction (LiensTimelineRow  *self,
                     LiensIntroduction *introduction)
{
  gint64 ids[3];
  guint n_ids = 0;
  gint64 introducer = liens_introduction_get_introducer_id (introduction);
  gint64 first = liens_introduction_get_first_id (introduction);
  gint64 second = liens_introduction_get_second_id (introduction);
  g_autofree char *title = NULL;
  g_autofree char *context = NULL;
  g_autofree char *outcome = NULL;
  const char *outcome_text = liens_introduction_get_outcome (introduction);

  show_kind (self, -1);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_lines (self->title_label, 2);

  if (introducer != 0)
    ids[n_ids++] = introducer;
  if (first != 0)
    ids[n_ids++] = first;
  if (second != 0)
    ids[n_ids++] = second;
  set_avatars (self, ids, n_ids);

  title = dup_introduction_title (self, introduction);
  gtk_label_set_text (self->title_label, title);
  set_label (self->time_label, NULL);

  context = dup_first_line (liens_introduction_get_context (introduction));
  set_label (self->summary_label, context);

  outcome = dup_first_line (outcome_text);
  if (outcome != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: what came of an introduction, e.g. "Outcome: a first contract" */
      text = g_strdup_printf (_("Outcome: %s"), outcome);
      set_label (self->detail_label, text);
    }
  else
    {
      set_label (self->detail_label, NULL);
    }

  gtk_widget_set_visible (self->badges_box, FALSE);
  gtk_widget_set_visible (self->follow_up_box, FALSE);
}

static void
update_accessible_label (LiensTimelineRow *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  GtkLabel *parts[] = { self->day_label, self->title_label, self->time_label, self->summary_label };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (!gtk_widget_get_visible (GTK_WIDGET (parts[i])))
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, gtk_label_get_text (parts[i]));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

static void
liens_timeline_row_update (LiensTimelineRow *self)
{
  g_autoptr(GDateTime) now = NULL;

  cancel_people (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.edit", self->item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", self->item != NULL);

  if (self->item == NULL || self->people == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      set_label (self->summary_label, NULL);
      set_label (self->detail_label, NULL);
      set_label (self->time_label, NULL);
      gtk_widget_set_visible (self->badges_box, FALSE);
      gtk_widget_set_visible (self->follow_up_box, FALSE);
      gtk_widget_set_visible (self->avatars_box, FALSE);
      return;
    }

  now = liens_clock_get_now ();

  if (LIENS_IS_ENCOUNTER (self->item))
    update_encounter (self, LIENS_ENCOUNTER (self->item), now);
  else if (LIENS_IS_INTRODUCTION (self->item))
    update_introduction (self, LIENS_INTRODUCTION (self->item));

  update_accessible_label (self);
}

/* Only a follow-up's date and its overdue mark depend on the day; the day heading is the
 * page's. */
static void
day_changed_cb (LiensTimelineRow *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (!LIENS_IS_ENCOUNTER (self->item) || self->people == NULL)
    return;

  now = liens_clock_get_now ();
  update_follow_up (self, LIENS_ENCOUNTER (self->item), now);
  update_accessible_label (self);
}

static gboolean
item_names (LiensTimelineRow *self,
            gint64            id)
{
  if (LIENS_IS_ENCOUNTER (self->item))
    return liens_encounter_has_contact (LIENS_ENCOUNTER (self->item), id);

  if (LIENS_IS_INTRODUCTION (self->item))
    {
      LiensIntroduction *introduction = LIENS_INTRODUCTION (self->item);

      return liens_introduction_get_introducer_id (introduction) == id ||
             liens_introduction_get_first_id (introduction) == id ||
             liens_introduction_get_second_id (introduction) == id;
    }

  return FALSE;
}

static void
show_context_menu (LiensTimelineRow *self,
                   double            x,
                   double            y)
{
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (self->item == NULL)
    return;

  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (self->row_menu);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Callbacks */

/* Tooltips are asked for when shown: setting them costs too much for rows bound by the
 * hundred. */
static gboolean
kind_query_tooltip_cb (LiensTimelineRow *self,
                       int               x,
                       int               y,
                       gboolean          keyboard_mode,
                       GtkTooltip       *tooltip,
                       GtkWidget        *widget)
{
  if (self->shown_kind == -1)
    gtk_tooltip_set_text (tooltip, _("Introduction"));
  else if (self->shown_kind >= 0)
    gtk_tooltip_set_text (tooltip, liens_encounter_kind_get_display_name (self->shown_kind));
  else
    return FALSE;

  return TRUE;
}

static gboolean
menu_query_tooltip_cb (LiensTimelineRow *self,
                       int               x,
                       int               y,
                       gboolean          keyboard_mode,
                       GtkTooltip       *tooltip,
                       GtkWidget        *widget)
{
  gtk_tooltip_set_text (tooltip, _("More"));

  return TRUE;
}

static void
item_notify_cb (LiensTimelineRow *self,
                GParamSpec       *pspec,
                GObject          *item)
{
  liens_timeline_row_update (self);
}

static void
people_changed_cb (LiensTimelineRow    *self,
                   gint64               id,
                   LiensTimelinePeople *people)
{
  if (self->item != NULL && item_names (self, id))
    liens_timeline_row_update (self);
}

static void
secondary_pressed_cb (GtkGestureClick  *gesture,
                      int               n_press,
                      double            x,
                      double            y,
                      LiensTimelineRow *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  show_context_menu (self, x, y);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 LiensTimelineRow    *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  show_context_menu (self, x, y);
}

/* Actions: the page does the work, for the item the row shows. */

static void
activate_page_action (LiensTimelineRow *self,
                      const char       *encounter_action,
                      const char       *introduction_action)
{
  if (LIENS_IS_ENCOUNTER (self->item))
    gtk_widget_activate_action (GTK_WIDGET (self), encounter_action, "x",
                                liens_encounter_get_id (LIENS_ENCOUNTER (self->item)));
  else if (LIENS_IS_INTRODUCTION (self->item))
    gtk_widget_activate_action (GTK_WIDGET (self), introduction_action, "x",
                                liens_introduction_get_id (LIENS_INTRODUCTION (self->item)));
}

/* The menu is made when first opened: a popover for each of the rows the list keeps ready
 * would slow the list down as it opens. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (user_data);

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->row_menu);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  activate_page_action (LIENS_TIMELINE_ROW (widget), "timeline.edit-encounter",
                        "timeline.edit-introduction");
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  activate_page_action (LIENS_TIMELINE_ROW (widget), "timeline.delete-encounter",
                        "timeline.delete-introduction");
}

/* Overrides */

static void
liens_timeline_row_map (GtkWidget *widget)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (widget);

  GTK_WIDGET_CLASS (liens_timeline_row_parent_class)->map (widget);

  /* On screen now: its people come first. */
  if (self->people_pending)
    queue_people_now (self);
}

static void
liens_timeline_row_dispose (GObject *object)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (object);
  GtkWidget *child;

  cancel_people (self);

  liens_timeline_row_set_item (self, NULL);
  liens_timeline_row_set_people (self, NULL);

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_TIMELINE_ROW);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (liens_timeline_row_parent_class)->dispose (object);
}

static void
liens_timeline_row_finalize (GObject *object)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (object);

  g_free (self->day);

  G_OBJECT_CLASS (liens_timeline_row_parent_class)->finalize (object);
}

static void
liens_timeline_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiensTimelineRow *self = LIENS_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      liens_timeline_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_timeline_row_class_init (LiensTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_timeline_row_dispose;
  object_class->finalize = liens_timeline_row_finalize;
  object_class->get_property = liens_timeline_row_get_property;
  object_class->set_property = liens_timeline_row_set_property;

  widget_class->map = liens_timeline_row_map;

  /**
   * LiensTimelineRow:item: (nullable)
   *
   * The #LiensEncounter or #LiensIntroduction the row shows.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, card);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, avatars_box);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, avatar1);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, avatar2);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, avatar3);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, more_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, badges_box);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, posture_badge);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, help_badge);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, follow_up_box);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, follow_up_icon);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, follow_up_label);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LiensTimelineRow, row_menu);

  gtk_widget_class_bind_template_callback (widget_class, kind_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, menu_query_tooltip_cb);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_action_cb);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action_cb);
}

static void
liens_timeline_row_init (LiensTimelineRow *self)
{
  GtkGesture *click;
  GtkGesture *long_press;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);

  self->shown_kind = -2;
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  liens_timeline_row_update (self);
}

/* Public API */

GtkWidget *
liens_timeline_row_new (void)
{
  return g_object_new (LIENS_TYPE_TIMELINE_ROW, NULL);
}

/**
 * liens_timeline_kind_get_icon_name:
 * @kind: a kind of encounter
 *
 * Returns: (transfer none): the symbolic icon that stands for @kind
 */
const char *
liens_timeline_kind_get_icon_name (LiensEncounterKind kind)
{
  switch (kind)
    {
    case LIENS_ENCOUNTER_KIND_MEETING:
      return "system-users-symbolic";
    case LIENS_ENCOUNTER_KIND_MEAL:
      return "emoji-food-symbolic";
    case LIENS_ENCOUNTER_KIND_CALL:
      return "call-start-symbolic";
    case LIENS_ENCOUNTER_KIND_VIDEO_CALL:
      return "camera-web-symbolic";
    case LIENS_ENCOUNTER_KIND_MESSAGE:
      return "mail-unread-symbolic";
    case LIENS_ENCOUNTER_KIND_EVENT:
      return "x-office-calendar-symbolic";
    case LIENS_ENCOUNTER_KIND_OTHER:
    default:
      return "view-more-horizontal-symbolic";
    }
}

/**
 * liens_timeline_row_get_item:
 * @self: a #LiensTimelineRow
 *
 * Returns: (transfer none) (nullable): the encounter or introduction the row shows
 */
GObject *
liens_timeline_row_get_item (LiensTimelineRow *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_ROW (self), NULL);

  return self->item;
}

/**
 * liens_timeline_row_set_item:
 * @self: a #LiensTimelineRow
 * @item: (nullable): a #LiensEncounter or #LiensIntroduction, or %NULL when the row is recycled
 */
void
liens_timeline_row_set_item (LiensTimelineRow *self,
                             GObject          *item)
{
  g_return_if_fail (LIENS_IS_TIMELINE_ROW (self));
  g_return_if_fail (item == NULL || LIENS_IS_ENCOUNTER (item) || LIENS_IS_INTRODUCTION (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_handler, self->item);

  g_set_object (&self->item, item);

  if (self->item != NULL)
    self->notify_handler = g_signal_connect_object (self->item, "notify",
                                                    G_CALLBACK (item_notify_cb), self,
                                                    G_CONNECT_SWAPPED);

  if (self->context_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->context_menu));

  liens_timeline_row_update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * liens_timeline_row_set_people:
 * @self: a #LiensTimelineRow
 * @people: (nullable): where the row finds the names of the people it shows
 */
void
liens_timeline_row_set_people (LiensTimelineRow    *self,
                               LiensTimelinePeople *people)
{
  g_return_if_fail (LIENS_IS_TIMELINE_ROW (self));
  g_return_if_fail (people == NULL || LIENS_IS_TIMELINE_PEOPLE (people));

  if (self->people == people)
    return;

  if (self->people != NULL)
    g_clear_signal_handler (&self->people_handler, self->people);

  g_set_object (&self->people, people);

  if (self->people != NULL)
    self->people_handler = g_signal_connect_object (self->people, "changed",
                                                    G_CALLBACK (people_changed_cb), self,
                                                    G_CONNECT_SWAPPED);

  liens_timeline_row_update (self);
}

/**
 * liens_timeline_row_get_day:
 * @self: a #LiensTimelineRow
 *
 * Returns: (nullable): the day shown above the row, if any
 */
const char *
liens_timeline_row_get_day (LiensTimelineRow *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_ROW (self), NULL);

  return self->day;
}

/**
 * liens_timeline_row_set_day:
 * @self: a #LiensTimelineRow
 * @day: (nullable): the day to show above the row, as the first of that day; %NULL for none
 */
void
liens_timeline_row_set_day (LiensTimelineRow *self,
                            const char       *day)
{
  g_return_if_fail (LIENS_IS_TIMELINE_ROW (self));

  if (g_strcmp0 (self->day, day) == 0)
    return;

  g_free (self->day);
  self->day = g_strdup (day);

  set_label (self->day_label, day);
  update_accessible_label (self);
}

/**
 * liens_timeline_row_popup_menu:
 * @self: a #LiensTimelineRow
 *
 * Opens the menu of the entry, as its menu button would.
 */
void
liens_timeline_row_popup_menu (LiensTimelineRow *self)
{
  g_return_if_fail (LIENS_IS_TIMELINE_ROW (self));

  if (self->item != NULL)
    gtk_menu_button_popup (self->menu_button);
}
