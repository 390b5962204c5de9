/* liens-contact-card.c: everything the user knows about one contact, read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-clock.h"
#include "liens-contact-card.h"
#include "liens-encounter-editor.h"
#include "liens-enum-names.h"
#include "liens-format.h"
#include "liens-introduction-editor.h"
#include "liens-ui.h"

/* The card shows the start of the contact's timeline; the Timeline page has the rest. */
#define MAX_TIMELINE_ROWS 5

struct _LiensContactCard
{
  GtkWidget parent_instance;

  LiensStore *store;
  LiensContact *contact;

  /* Rows made from the contact's lists, removed again on every update. */
  GPtrArray *network_rows;
  GPtrArray *detail_rows;
  GPtrArray *timeline_rows;

  /* The contact's encounters and introductions, newest first, read lazily. */
  GListModel *timeline;
  /* The other people the timeline rows name: renaming one updates them. */
  GArray *timeline_people;
  guint update_timeline_id;

  /* Template widgets */
  GtkStack *stack;
  GtkScrolledWindow *scrolled_window;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *position_label;
  GtkWidget *archived_badge;
  GtkMenuButton *more_button;
  AdwPreferencesGroup *met_group;
  AdwActionRow *met_how_row;
  AdwActionRow *met_on_row;
  AdwActionRow *introduced_row;
  AdwPreferencesGroup *tie_group;
  AdwActionRow *tie_strength_row;
  AdwActionRow *tie_nature_row;
  AdwActionRow *profile_row;
  AdwPreferencesGroup *expertise_group;
  AdwActionRow *expertise_row;
  AdwActionRow *interests_row;
  AdwPreferencesGroup *tags_group;
  GtkFlowBox *tags_box;
  AdwPreferencesGroup *networks_group;
  AdwPreferencesGroup *details_group;
  AdwActionRow *cadence_row;
  AdwActionRow *due_row;
  AdwActionRow *last_encounter_row;
  AdwPreferencesGroup *notes_group;
  GtkLabel *notes_label;
  GtkButton *notes_more_button;
  gboolean notes_expanded;
  AdwPreferencesGroup *encounters_group;
  AdwActionRow *encounters_empty_row;
};

G_DEFINE_FINAL_TYPE (LiensContactCard, liens_contact_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the user can do with a detail, by kind: the open button's icon and names. */
typedef struct
{
  const char *open_icon;
  const char *open_label;
  const char *copy_label;
} DetailKindInfo;

static const DetailKindInfo detail_kind_infos[] = {
  [LIENS_DETAIL_KIND_EMAIL] = { "mail-send-symbolic", N_("Send Email"), N_("Copy Email Address") },
  [LIENS_DETAIL_KIND_PHONE] = { "call-start-symbolic", N_("Call"), N_("Copy Phone Number") },
  [LIENS_DETAIL_KIND_LINKEDIN] = { "web-browser-symbolic", N_("Open Link"), N_("Copy Link") },
  [LIENS_DETAIL_KIND_X] = { "web-browser-symbolic", N_("Open Link"), N_("Copy Link") },
  [LIENS_DETAIL_KIND_MASTODON] = { "web-browser-symbolic", N_("Open Link"), N_("Copy Link") },
  [LIENS_DETAIL_KIND_WEBSITE] = { "web-browser-symbolic", N_("Open Link"), N_("Copy Link") },
  [LIENS_DETAIL_KIND_OTHER_LINK] = { "web-browser-symbolic", N_("Open Link"), N_("Copy Link") },
};

static const char * const encounter_kind_icons[] = {
  [LIENS_ENCOUNTER_KIND_OTHER] = "view-more-horizontal-symbolic",
  [LIENS_ENCOUNTER_KIND_MEETING] = "system-users-symbolic",
  [LIENS_ENCOUNTER_KIND_MEAL] = "emoji-food-symbolic",
  [LIENS_ENCOUNTER_KIND_CALL] = "call-start-symbolic",
  [LIENS_ENCOUNTER_KIND_VIDEO_CALL] = "camera-web-symbolic",
  [LIENS_ENCOUNTER_KIND_MESSAGE] = "mail-unread-symbolic",
  [LIENS_ENCOUNTER_KIND_EVENT] = "x-office-calendar-symbolic",
};

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static const char *
get_profile_hint (LiensProfile profile)
{
  switch (profile)
    {
    case LIENS_PROFILE_SUPER_CONNECTOR:
      return _("Ask them for introductions: they love connecting people.");
    case LIENS_PROFILE_MENTOR:
      return _("Ask for their advice: they like passing on experience.");
    case LIENS_PROFILE_EXPERT:
      return _("Ask about their field: they enjoy being the one who knows.");
    case LIENS_PROFILE_RESERVED:
      return _("Prefer a one-to-one coffee to a crowded event.");
    case LIENS_PROFILE_UNKNOWN:
    default:
      return _("Not known yet: notice how they like to connect.");
    }
}

/* A web address to open for @detail, or %NULL when it can only be copied. */
static char *
dup_detail_uri (const LiensContactDetail *detail)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *candidate = NULL;
  const char *scheme;

  if (is_empty (detail->value))
    return NULL;

  switch (detail->kind)
    {
    case LIENS_DETAIL_KIND_EMAIL:
      return g_strconcat ("mailto:", detail->value, NULL);

    case LIENS_DETAIL_KIND_PHONE:
      {
        g_autoptr(GString) number = g_string_new ("tel:");

        /* tel: URIs take no spaces; keep the digits and the leading +. */
        for (const char *p = detail->value; *p != '\0'; p++)
          if (g_ascii_isdigit (*p) || (*p == '+' && number->len == 4))
            g_string_append_c (number, *p);

        return number->len > 4 ? g_string_free (g_steal_pointer (&number), FALSE) : NULL;
      }

    case LIENS_DETAIL_KIND_LINKEDIN:
    case LIENS_DETAIL_KIND_X:
    case LIENS_DETAIL_KIND_MASTODON:
    case LIENS_DETAIL_KIND_WEBSITE:
    case LIENS_DETAIL_KIND_OTHER_LINK:
    default:
      /* A handle such as "@name" is no address; "example.org/me" is, without its scheme. */
      if (detail->value[0] == '@' || strchr (detail->value, ' ') != NULL)
        return NULL;

      if (strstr (detail->value, "://") != NULL)
        candidate = g_strdup (detail->value);
      else if (strchr (detail->value, '.') != NULL)
        candidate = g_strconcat ("https://", detail->value, NULL);
      else
        return NULL;

      uri = g_uri_parse (candidate, G_URI_FLAGS_NONE, NULL);
      if (uri == NULL || is_empty (g_uri_get_host (uri)))
        return NULL;

      scheme = g_uri_get_scheme (uri);
      if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
        return NULL;

      return g_steal_pointer (&candidate);
    }
}

static void
set_text_row (AdwActionRow *row,
              const char   *text)
{
  gtk_widget_set_visible (GTK_WIDGET (row), !is_empty (text));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), is_empty (text) ? "" : text);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));

  g_ptr_array_set_size (rows, 0);
}

static void
update_avatar (LiensContactCard *self)
{
  GBytes *photo = liens_contact_get_photo (self->contact);
  g_autoptr(GdkTexture) texture = NULL;

  adw_avatar_set_text (self->avatar, liens_contact_get_display_name (self->contact));

  if (photo != NULL && g_bytes_get_size (photo) > 0)
    {
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_bytes (photo, &error);
      if (texture == NULL)
        g_debug ("Cannot show the photo of contact %" G_GINT64_FORMAT ": %s",
                 liens_contact_get_id (self->contact), error->message);
    }

  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
}

static void
update_header (LiensContactCard *self)
{
  const char *role = liens_contact_get_role (self->contact);
  const char *organisation = liens_contact_get_organisation (self->contact);
  g_autofree char *position = NULL;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) section = NULL;
  g_autoptr(GMenuItem) item = NULL;
  gboolean archived = liens_contact_get_archived (self->contact);

  gtk_label_set_label (self->name_label, liens_contact_get_display_name (self->contact));

  if (!is_empty (role) && !is_empty (organisation))
    /* Translators: a contact's role and organisation, e.g. "Product manager · Acme". */
    position = g_strdup_printf (_("%s · %s"), role, organisation);
  else if (!is_empty (role))
    position = g_strdup (role);
  else if (!is_empty (organisation))
    position = g_strdup (organisation);

  gtk_label_set_label (self->position_label, position != NULL ? position : "");
  gtk_widget_set_visible (GTK_WIDGET (self->position_label), position != NULL);
  gtk_widget_set_visible (self->archived_badge, archived);

  /* The menu names what the toggle will do, so it follows the contact's state. */
  menu = g_menu_new ();
  section = g_menu_new ();
  g_menu_append (section, _("Record Introduction…"), "card.record-introduction");
  item = g_menu_item_new (_("Export…"), NULL);
  g_menu_item_set_action_and_target_value (item, "win.export-contact",
                                           g_variant_new_int64 (liens_contact_get_id (self->contact)));
  g_menu_append_item (section, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_clear_object (&section);

  section = g_menu_new ();
  g_menu_append (section, archived ? _("Unarchive") : _("Archive"), "contacts.archive");
  g_menu_append (section, _("Delete"), "contacts.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (menu));
}

static void
update_met (LiensContactCard *self)
{
  GDateTime *met_on = liens_contact_get_met_on (self->contact);
  gint64 introducer_id = liens_contact_get_introduced_by_id (self->contact);
  g_autofree char *introducer = NULL;
  g_autofree char *date = NULL;

  set_text_row (self->met_how_row, liens_contact_get_met_how (self->contact));

  if (met_on != NULL)
    date = liens_format_date (met_on);
  set_text_row (self->met_on_row, date);

  if (introducer_id > 0 && self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      introducer = liens_store_dup_contact_name (self->store, introducer_id, &error);
      if (introducer == NULL)
        g_debug ("Cannot load the contact who introduced %" G_GINT64_FORMAT ": %s",
                 liens_contact_get_id (self->contact), error->message);
    }

  if (introducer != NULL)
    {
      set_text_row (self->introduced_row, introducer);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->introduced_row),
                                              g_variant_new_int64 (introducer_id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->introduced_row), "contacts.show-contact");
    }
  else
    {
      /* Without a target, the action would not match its parameter type. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->introduced_row), NULL);
      set_text_row (self->introduced_row, NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->met_group),
                          (gtk_widget_get_visible (GTK_WIDGET (self->met_how_row)) ||
                           gtk_widget_get_visible (GTK_WIDGET (self->met_on_row)) ||
                           gtk_widget_get_visible (GTK_WIDGET (self->introduced_row))));
}

static void
update_tie (LiensContactCard *self)
{
  LiensTieStrength strength = liens_contact_get_tie_strength (self->contact);
  LiensTieNature nature = liens_contact_get_tie_nature (self->contact);
  LiensProfile profile = liens_contact_get_profile (self->contact);

  set_text_row (self->tie_strength_row,
                strength != LIENS_TIE_STRENGTH_UNKNOWN ? liens_tie_strength_get_display_name (strength)
                                                       : NULL);
  set_text_row (self->tie_nature_row,
                nature != LIENS_TIE_NATURE_UNKNOWN ? liens_tie_nature_get_display_name (nature) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->tie_group),
                          strength != LIENS_TIE_STRENGTH_UNKNOWN || nature != LIENS_TIE_NATURE_UNKNOWN);

  /* Always shown: "not known yet" is itself a prompt to find out. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->profile_row),
                                 liens_profile_get_display_name (profile));
  adw_action_row_set_subtitle (self->profile_row, get_profile_hint (profile));
}

static GtkWidget *
create_tag (const char *tag)
{
  GtkWidget *box;
  GtkWidget *label;

  label = gtk_label_new (tag);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "card");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
update_interests (LiensContactCard *self)
{
  const char * const *tags = liens_contact_get_tags (self->contact);
  GtkWidget *child;

  set_text_row (self->expertise_row, liens_contact_get_expertise (self->contact));
  set_text_row (self->interests_row, liens_contact_get_interests (self->contact));
  gtk_widget_set_visible (GTK_WIDGET (self->expertise_group),
                          (gtk_widget_get_visible (GTK_WIDGET (self->expertise_row)) ||
                           gtk_widget_get_visible (GTK_WIDGET (self->interests_row))));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      gtk_flow_box_append (self->tags_box, create_tag (tags[i]));
      /* A tag is read, not acted on: no stop for the keyboard. */
      gtk_widget_set_focusable (gtk_widget_get_last_child (GTK_WIDGET (self->tags_box)), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_group), tags != NULL && tags[0] != NULL);
}

static void
update_networks (LiensContactCard *self)
{
  const gint64 *ids;
  guint n_ids = 0;

  clear_rows (self->networks_group, self->network_rows);

  ids = liens_contact_get_network_ids (self->contact, &n_ids);
  for (guint i = 0; i < n_ids && self->store != NULL; i++)
    {
      g_autoptr(LiensNetwork) network = NULL;
      g_autoptr(GError) error = NULL;
      GtkWidget *row;

      network = liens_store_get_network (self->store, ids[i], &error);
      if (network == NULL)
        {
          g_debug ("Cannot load network %" G_GINT64_FORMAT ": %s", ids[i], error->message);
          continue;
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), liens_network_get_name (network));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   liens_network_kind_get_display_name (liens_network_get_kind (network)));

      adw_preferences_group_add (self->networks_group, row);
      g_ptr_array_add (self->network_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->networks_group), self->network_rows->len > 0);
}

static GtkWidget *
create_detail_button (const char *icon_name,
                      const char *label,
                      const char *action_name,
                      const char *value)
{
  GtkWidget *button;

  button = gtk_button_new_from_icon_name (icon_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (value));
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
update_details (LiensContactCard *self)
{
  GPtrArray *details = liens_contact_get_details (self->contact);

  clear_rows (self->details_group, self->detail_rows);

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);
      const DetailKindInfo *info;
      const char *kind_name;
      g_autofree char *subtitle = NULL;
      g_autofree char *uri = NULL;
      GtkWidget *row;

      if (is_empty (detail->value))
        continue;

      info = &detail_kind_infos[(guint) detail->kind < G_N_ELEMENTS (detail_kind_infos)
                                ? detail->kind : LIENS_DETAIL_KIND_OTHER_LINK];
      kind_name = liens_detail_kind_get_display_name (detail->kind);
      if (!is_empty (detail->label))
        /* Translators: a kind of contact detail and its label, e.g. "Email · work". */
        subtitle = g_strdup_printf (_("%s · %s"), kind_name, detail->label);
      else
        subtitle = g_strdup (kind_name);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), detail->value);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      uri = dup_detail_uri (detail);
      if (uri != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   create_detail_button (info->open_icon, _(info->open_label),
                                                         "card.open", uri));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_detail_button ("edit-copy-symbolic", _(info->copy_label),
                                                       "card.copy", detail->value));

      adw_preferences_group_add (self->details_group, row);
      g_ptr_array_add (self->detail_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->details_group), self->detail_rows->len > 0);
}

static void
update_keep_in_touch (LiensContactCard *self)
{
  LiensCadence cadence = liens_contact_get_cadence (self->contact);
  GDateTime *last_encounter = liens_contact_get_last_encounter (self->contact);
  g_autoptr(GDateTime) now = liens_clock_get_now ();
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *cadence_text = NULL;
  g_autofree char *last_text = NULL;

  if (cadence == LIENS_CADENCE_CUSTOM)
    {
      int days = liens_contact_get_cadence_days (self->contact);

      cadence_text = g_strdup_printf (ngettext ("Every %d day", "Every %d days", days), days);
    }
  else if (cadence != LIENS_CADENCE_NONE)
    cadence_text = g_strdup (liens_cadence_get_display_name (cadence));

  set_text_row (self->cadence_row, cadence_text);

  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "warning");
  if (cadence != LIENS_CADENCE_NONE)
    due = liens_contact_dup_due_date (self->contact);

  if (due != NULL)
    {
      g_autofree char *date = liens_format_date (due);

      if (liens_contact_is_overdue (self->contact, now))
        {
          g_autofree char *title = NULL;

          /* Translators: %s is a date, e.g. "Overdue since Tuesday, March 3, 2026". */
          title = g_strdup_printf (_("Overdue since %s"), date);
          set_text_row (self->due_row, title);
          adw_action_row_set_subtitle (self->due_row, _("Time to get back in touch"));
          gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "warning");
        }
      else
        {
          set_text_row (self->due_row, date);
          adw_action_row_set_subtitle (self->due_row, _("Next reconnection"));
        }
    }
  else
    set_text_row (self->due_row, NULL);

  if (last_encounter != NULL)
    last_text = liens_format_relative_date (last_encounter, now);
  set_text_row (self->last_encounter_row, last_text != NULL ? last_text : _("Never met"));
}

/* Long notes show their beginning first: a card opens fast (laying out pages of text
 * takes tens of milliseconds) and the rest of the card stays in sight. */
#define NOTES_PREVIEW_CHARS 400
#define NOTES_PREVIEW_LINES 6

/* The beginning of @notes, cut at a word, or %NULL when @notes is short enough. */
static char *
dup_notes_preview (const char *notes)
{
  const char *end = notes;
  const char *space = NULL;
  guint n_chars = 0;
  guint n_lines = 1;

  while (*end != '\0')
    {
      gunichar c = g_utf8_get_char (end);

      if (c == '\n' && ++n_lines > NOTES_PREVIEW_LINES)
        break;
      if (++n_chars > NOTES_PREVIEW_CHARS)
        {
          if (space != NULL)
            end = space;
          break;
        }
      if (g_unichar_isspace (c))
        space = end;
      end = g_utf8_next_char (end);
    }

  if (*end == '\0')
    return NULL;

  while (end > notes && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  return g_strdup_printf ("%.*s…", (int) (end - notes), notes);
}

static void
update_notes (LiensContactCard *self)
{
  const char *notes = liens_contact_get_notes (self->contact);
  g_autofree char *preview = NULL;

  if (!is_empty (notes))
    preview = dup_notes_preview (notes);

  gtk_label_set_label (self->notes_label,
                       is_empty (notes) ? "" :
                       preview != NULL && !self->notes_expanded ? preview : notes);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_more_button), preview != NULL);
  gtk_button_set_label (self->notes_more_button,
                        self->notes_expanded ? _("Show Less") : _("Show More"));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), !is_empty (notes));
}

static void
toggle_notes_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (widget);

  self->notes_expanded = !self->notes_expanded;
  update_notes (self);
}

/* Appends @part to *@text, " · " between them. */
static void
append_part (char       **text,
             const char  *part)
{
  char *joined;

  if (is_empty (part))
    return;

  if (*text == NULL)
    {
      *text = g_strdup (part);
      return;
    }

  /* Translators: two parts of a line of facts, e.g. "3 weeks ago · Call". */
  joined = g_strdup_printf (_("%s · %s"), *text, part);
  g_free (*text);
  *text = joined;
}

static char *
dup_first_line (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (is_empty (text))
    return NULL;

  lines = g_strsplit (text, "\n", 2);
  g_strstrip (lines[0]);

  return is_empty (lines[0]) ? NULL : g_strdup (lines[0]);
}

/* @text with no-break spaces, for a line that wraps anywhere else. */
static char *
dup_unbreakable (const char *text)
{
  GString *string = g_string_new (text);

  g_string_replace (string, " ", "\xc2\xa0", 0);

  return g_string_free (string, FALSE);
}

/* The name of contact @id, read once for all the rows of an update. */
static const char *
lookup_name (LiensContactCard *self,
             GHashTable       *names,
             gint64            id)
{
  g_autoptr(GError) error = NULL;
  char *name = NULL;

  if (id <= 0)
    return C_("unknown person", "Someone");

  if (!g_hash_table_lookup_extended (names, &id, NULL, (gpointer *) &name))
    {
      /* The name only: a whole contact would count their encounters for nothing. */
      name = liens_store_dup_contact_name (self->store, id, &error);
      if (name == NULL)
        g_debug ("Cannot load contact %" G_GINT64_FORMAT " of the timeline: %s", id, error->message);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), name);
      g_array_append_val (self->timeline_people, id);
    }

  return name != NULL ? name : C_("unknown person", "Someone");
}

/* "with Zoé Martin", "with Zoé Martin and Ahmed Benali", "with Zoé Martin and 3 others". */
static char *
dup_other_people (LiensContactCard *self,
                  GHashTable       *names,
                  LiensEncounter   *encounter)
{
  gint64 contact_id = liens_contact_get_id (self->contact);
  const gint64 *ids;
  gint64 others[2] = { 0, 0 };
  guint n_ids = 0;
  guint n_others = 0;

  ids = liens_encounter_get_contact_ids (encounter, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] != contact_id)
      {
        if (n_others < G_N_ELEMENTS (others))
          others[n_others] = ids[i];
        n_others++;
      }

  if (n_others == 0)
    return NULL;

  if (n_others == 1)
    /* Translators: the other person at an encounter, e.g. "with Zoé Martin". */
    return g_strdup_printf (_("with %s"), lookup_name (self, names, others[0]));

  if (n_others == 2)
    /* Translators: the other people at an encounter, e.g. "with Zoé Martin and Ahmed Benali". */
    return g_strdup_printf (_("with %s and %s"),
                            lookup_name (self, names, others[0]),
                            lookup_name (self, names, others[1]));

  /* Translators: the other people at an encounter, e.g. "with Zoé Martin and 3 others". */
  return g_strdup_printf (ngettext ("with %s and %u other", "with %s and %u others", n_others - 1),
                          lookup_name (self, names, others[0]), n_others - 1);
}

static GtkWidget *
create_pill (const char *text,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "contact-card-pill");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_halign (label, GTK_ALIGN_END);

  return label;
}

static GtkWidget *
create_timeline_row (const char *icon_name,
                     const char *title,
                     const char *subtitle,
                     const char *action_name,
                     gint64      id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_widget_add_css_class (row, "contact-card-timeline");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static GtkWidget *
create_encounter_row (LiensContactCard *self,
                      GHashTable       *names,
                      LiensEncounter   *encounter,
                      GDateTime        *now)
{
  LiensEncounterKind kind = liens_encounter_get_kind (encounter);
  const char *kind_name = liens_encounter_kind_get_display_name (kind);
  GDateTime *date = liens_encounter_get_date (encounter);
  LiensHelp help = liens_encounter_get_help (encounter);
  LiensPosture posture = liens_encounter_get_posture (encounter);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *when = NULL;
  g_autofree char *others = NULL;
  GtkWidget *row;

  title = dup_first_line (liens_encounter_get_notes (encounter));
  if (title == NULL)
    title = dup_first_line (liens_encounter_get_place (encounter));

  if (date != NULL)
    when = liens_format_relative_date (date, now);
  others = dup_other_people (self, names, encounter);

  append_part (&subtitle, when);
  /* Said once: the kind names an encounter with neither notes nor place. */
  if (title != NULL)
    append_part (&subtitle, kind_name);
  append_part (&subtitle, others);

  row = create_timeline_row (encounter_kind_icons[(guint) kind < G_N_ELEMENTS (encounter_kind_icons)
                                                  ? kind : LIENS_ENCOUNTER_KIND_OTHER],
                             title != NULL ? title : kind_name,
                             subtitle,
                             "card.edit-encounter",
                             liens_encounter_get_id (encounter));

  if (liens_encounter_has_pending_follow_up (encounter))
    {
      g_autofree char *what = dup_first_line (liens_encounter_get_follow_up_what (encounter));
      g_autofree char *follow_up_date = NULL;
      g_autofree char *follow_up_when = NULL;
      g_autofree char *follow_up = NULL;
      g_autofree char *lines = NULL;

      /* A pending follow-up always has a date, kept whole when a narrow card wraps the line. */
      follow_up_date = liens_format_short_date (liens_encounter_get_follow_up_date (encounter), now);
      follow_up_when = dup_unbreakable (follow_up_date);
      if (what != NULL)
        /* Translators: what the user means to do after an encounter, and by when,
         * e.g. "Follow up: send the slides · Mar 3". */
        follow_up = g_strdup_printf (_("Follow up: %s · %s"), what, follow_up_when);
      else
        /* Translators: when the user means to follow up an encounter, e.g. "Follow up by Mar 3". */
        follow_up = g_strdup_printf (_("Follow up by %s"), follow_up_when);

      lines = subtitle != NULL ? g_strconcat (subtitle, "\n", follow_up, NULL) : g_strdup (follow_up);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), lines);

      if (liens_encounter_is_follow_up_overdue (encounter, now))
        gtk_widget_add_css_class (row, "overdue");
    }

  if (help != LIENS_HELP_NONE || posture != LIENS_POSTURE_NETWORKING)
    {
      GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_set_valign (pills, GTK_ALIGN_CENTER);
      if (help != LIENS_HELP_NONE)
        gtk_box_append (GTK_BOX (pills), create_pill (liens_help_get_display_name (help), "help"));
      if (posture != LIENS_POSTURE_NETWORKING)
        gtk_box_append (GTK_BOX (pills),
                        create_pill (liens_posture_get_display_name (posture),
                                     posture == LIENS_POSTURE_PROSPECTING ? "prospecting" : "learning"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pills);
    }

  return row;
}

static char *
dup_introduction_title (LiensContactCard  *self,
                        GHashTable        *names,
                        LiensIntroduction *introduction)
{
  gint64 contact_id = liens_contact_get_id (self->contact);
  gint64 introducer = liens_introduction_get_introducer_id (introduction);
  gint64 first = liens_introduction_get_first_id (introduction);
  gint64 second = liens_introduction_get_second_id (introduction);
  gint64 other = first == contact_id ? second : first;

  /* No introducer, or no second person, stands for the user; "them" is this contact. */
  if (introducer == contact_id && second == 0)
    /* Translators: on a contact's card, they put the user in touch with someone,
     * e.g. "Introduced you to Zoé Martin". */
    return g_strdup_printf (_("Introduced you to %s"), lookup_name (self, names, first));

  if (introducer == contact_id)
    /* Translators: on a contact's card, they put two people in touch,
     * e.g. "Introduced Zoé Martin to Ahmed Benali". */
    return g_strdup_printf (_("Introduced %s to %s"),
                            lookup_name (self, names, first), lookup_name (self, names, second));

  if (introducer == 0)
    /* Translators: on a contact's card, the user put them (whatever their gender) in touch
     * with someone, e.g. "You introduced them to Ahmed Benali". */
    return g_strdup_printf (_("You introduced them to %s"), lookup_name (self, names, other));

  if (second == 0)
    /* Translators: on a contact's card, someone put the user in touch with them (whatever
     * their gender), e.g. "Marc Delacroix introduced you to them". */
    return g_strdup_printf (_("%s introduced you to them"), lookup_name (self, names, introducer));

  /* Translators: on a contact's card, someone put them (whatever their gender) in touch with
   * another person, e.g. "Marc Delacroix introduced them to Ahmed Benali". */
  return g_strdup_printf (_("%s introduced them to %s"),
                          lookup_name (self, names, introducer), lookup_name (self, names, other));
}

static GtkWidget *
create_introduction_row (LiensContactCard  *self,
                         GHashTable        *names,
                         LiensIntroduction *introduction,
                         GDateTime         *now)
{
  GDateTime *date = liens_introduction_get_date (introduction);
  g_autofree char *title = dup_introduction_title (self, names, introduction);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  if (date != NULL)
    when = liens_format_relative_date (date, now);
  append_part (&subtitle, when);
  append_part (&subtitle, _("Introduction"));

  return create_timeline_row ("emblem-shared-symbolic", title, subtitle,
                              "card.edit-introduction",
                              liens_introduction_get_id (introduction));
}

/* The give-and-take of introductions, under the group's title. */
static void
update_introduction_counts (LiensContactCard *self)
{
  guint made_for_user = 0;
  guint made_by_user = 0;
  g_autofree char *received = NULL;
  g_autofree char *given = NULL;
  g_autofree char *text = NULL;

  if (self->timeline != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!liens_store_count_introductions (self->store, liens_contact_get_id (self->contact),
                                            &made_for_user, &made_by_user, &error))
        g_debug ("Cannot count the introductions of contact %" G_GINT64_FORMAT ": %s",
                 liens_contact_get_id (self->contact), error->message);
    }

  if (made_for_user > 0)
    /* Translators: on a contact's card, how many people they introduced the user to. */
    received = g_strdup_printf (ngettext ("Introduced you to %u person",
                                          "Introduced you to %u people", made_for_user),
                                made_for_user);
  if (made_by_user > 0)
    /* Translators: on a contact's card, how many people the user introduced them (whatever
     * their gender) to. */
    given = g_strdup_printf (ngettext ("You introduced them to %u person",
                                       "You introduced them to %u people", made_by_user),
                             made_by_user);

  /* One line each, so that a narrow card does not break a count from its people. */
  if (received != NULL && given != NULL)
    text = g_strconcat (received, "\n", given, NULL);
  else
    text = g_strdup (received != NULL ? received : given);
  adw_preferences_group_set_description (self->encounters_group, text);
}

static void
update_timeline (LiensContactCard *self)
{
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GDateTime) now = NULL;
  guint n_items = 0;

  g_clear_handle_id (&self->update_timeline_id, g_source_remove);

  clear_rows (self->encounters_group, self->timeline_rows);
  g_array_set_size (self->timeline_people, 0);

  if (self->timeline != NULL)
    n_items = g_list_model_get_n_items (self->timeline);

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  now = liens_clock_get_now ();

  /* The list is read by pages: ask for the first rows only, never for all of it. */
  for (guint i = 0; i < MIN (n_items, MAX_TIMELINE_ROWS); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->timeline, i);
      GtkWidget *row;

      if (LIENS_IS_ENCOUNTER (item))
        row = create_encounter_row (self, names, LIENS_ENCOUNTER (item), now);
      else if (LIENS_IS_INTRODUCTION (item))
        row = create_introduction_row (self, names, LIENS_INTRODUCTION (item), now);
      else
        continue;

      adw_preferences_group_add (self->encounters_group, row);
      g_ptr_array_add (self->timeline_rows, row);
    }

  if (n_items > MAX_TIMELINE_ROWS)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "go-next-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Show All"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* The window shows the Timeline page narrowed to this contact. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                              g_variant_new_int64 (liens_contact_get_id (self->contact)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-contact-timeline");

      adw_preferences_group_add (self->encounters_group, row);
      g_ptr_array_add (self->timeline_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->encounters_empty_row), self->timeline_rows->len == 0);
  update_introduction_counts (self);
}

static gboolean
update_timeline_idle_cb (gpointer user_data)
{
  LiensContactCard *self = user_data;

  self->update_timeline_id = 0;
  update_timeline (self);

  return G_SOURCE_REMOVE;
}

/* Several changes in a row, as an import or an undo makes, update the rows once, before
 * the next frame is drawn. */
static void
queue_update_timeline (LiensContactCard *self)
{
  if (self->update_timeline_id == 0)
    self->update_timeline_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_timeline_idle_cb, self, NULL);
}

/* Follows the shown contact's timeline from the store, or none. */
static void
reset_timeline (LiensContactCard *self)
{
  gint64 id = self->contact != NULL ? liens_contact_get_id (self->contact) : 0;

  g_clear_object (&self->timeline);

  if (self->store != NULL && id > 0)
    {
      g_autoptr(LiensTimelineQuery) query = liens_timeline_query_new ();

      liens_timeline_query_set_contact_id (query, id);
      liens_timeline_query_set_include_introductions (query, TRUE);
      self->timeline = liens_store_query_timeline (self->store, query);
    }

  update_timeline (self);
}

static gboolean
names_in_timeline (LiensContactCard *self,
                   gint64            id)
{
  for (guint i = 0; i < self->timeline_people->len; i++)
    if (g_array_index (self->timeline_people, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
update_actions (LiensContactCard *self)
{
  gboolean saved = self->store != NULL && self->contact != NULL && liens_contact_get_id (self->contact) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.copy", self->contact != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.open", self->contact != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.log-encounter", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.record-introduction", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.edit-encounter", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.edit-introduction", saved);
}

static void
liens_contact_card_update (LiensContactCard *self)
{
  update_actions (self);

  if (self->contact == NULL)
    {
      clear_rows (self->networks_group, self->network_rows);
      clear_rows (self->details_group, self->detail_rows);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  update_avatar (self);
  update_header (self);
  update_met (self);
  update_tie (self);
  update_interests (self);
  update_networks (self);
  update_details (self);
  update_keep_in_touch (self);
  update_notes (self);

  gtk_stack_set_visible_child_name (self->stack, "card");
}

/* The keep-in-touch row and the timeline's dates depend on the day. */
static void
day_changed_cb (LiensContactCard *self)
{
  if (self->contact == NULL)
    return;

  update_keep_in_touch (self);
  queue_update_timeline (self);
}

static void
contact_notify_cb (LiensContactCard *self,
                   GParamSpec       *pspec,
                   LiensContact     *contact)
{
  liens_contact_card_update (self);

  /* A new contact just saved has a timeline now. */
  if (g_strcmp0 (pspec->name, "id") == 0)
    reset_timeline (self);
}

/* Shows @contact without resetting the scroll position when it is the same person. */
static void
show_contact (LiensContactCard *self,
              LiensContact     *contact)
{
  gint64 old_id = self->contact != NULL ? liens_contact_get_id (self->contact) : -1;

  if (self->contact != NULL)
    g_signal_handlers_disconnect_by_data (self->contact, self);

  if (!g_set_object (&self->contact, contact))
    return;

  /* Another person's notes start folded again. */
  if (contact == NULL || liens_contact_get_id (contact) != old_id)
    self->notes_expanded = FALSE;

  if (contact != NULL)
    g_signal_connect_object (contact, "notify",
                             G_CALLBACK (contact_notify_cb), self,
                             G_CONNECT_SWAPPED);

  liens_contact_card_update (self);

  /* A fresh copy of the same person keeps the timeline, which follows the store itself. */
  if (contact == NULL || liens_contact_get_id (contact) != old_id)
    {
      reset_timeline (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

static void
reload_contact (LiensContactCard *self)
{
  g_autoptr(LiensContact) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = liens_store_get_contact (self->store, liens_contact_get_id (self->contact), &error);
  if (fresh == NULL)
    {
      g_debug ("Cannot reload contact %" G_GINT64_FORMAT ": %s",
               liens_contact_get_id (self->contact), error->message);
      return;
    }

  show_contact (self, fresh);
}

static void
contact_changed_cb (LiensContactCard *self,
                    gint64            id)
{
  if (self->contact == NULL)
    return;

  if (id == liens_contact_get_id (self->contact))
    reload_contact (self);
  else if (id == liens_contact_get_introduced_by_id (self->contact))
    update_met (self);

  if (names_in_timeline (self, id))
    queue_update_timeline (self);
}

static void
contact_removed_cb (LiensContactCard *self,
                    gint64            id)
{
  if (self->contact == NULL)
    return;

  if (id == liens_contact_get_id (self->contact))
    show_contact (self, NULL);
  else if (id == liens_contact_get_introduced_by_id (self->contact))
    update_met (self);

  if (self->contact != NULL && names_in_timeline (self, id))
    queue_update_timeline (self);
}

static void
network_changed_cb (LiensContactCard *self,
                    gint64            id)
{
  if (self->contact != NULL && liens_contact_has_network (self->contact, id))
    update_networks (self);
}

/* The last encounter is computed by the store from the encounters. */
static void
encounters_changed_cb (LiensContactCard *self,
                       gint64            id)
{
  if (self->contact != NULL && liens_contact_get_id (self->contact) > 0)
    {
      reload_contact (self);
      queue_update_timeline (self);
    }
}

static void
introductions_changed_cb (LiensContactCard *self,
                          gint64            id)
{
  if (self->timeline != NULL)
    queue_update_timeline (self);
}

/* After an import or a restore the shown contact may have changed, or be gone. */
static void
store_reset_cb (LiensContactCard *self,
                LiensStore       *store)
{
  g_autoptr(LiensContact) fresh = NULL;
  gint64 id;

  if (self->contact == NULL || (id = liens_contact_get_id (self->contact)) <= 0)
    return;

  fresh = liens_store_get_contact (self->store, id, NULL);
  show_contact (self, fresh);
  if (fresh != NULL)
    {
      update_met (self);
      queue_update_timeline (self);
    }
}

static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkWidget *overlay;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), g_variant_get_string (parameter, NULL));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Copied to clipboard")));
}

static void
show_uri_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LiensContactCard) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;

  g_debug ("Cannot open a contact detail: %s", error->message);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 adw_toast_new (_("No application can open this")));
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     g_variant_get_string (parameter, NULL),
                     GDK_CURRENT_TIME,
                     NULL,
                     show_uri_cb,
                     g_object_ref (widget));
}

static GtkWindow *
get_parent_window (LiensContactCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
log_encounter_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (widget);
  GtkWidget *editor;

  editor = liens_encounter_editor_new (get_parent_window (self), self->store, NULL,
                                       liens_contact_get_id (self->contact));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
record_introduction_action_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (widget);
  GtkWidget *editor;

  editor = liens_introduction_editor_new (get_parent_window (self), self->store, NULL,
                                          liens_contact_get_id (self->contact));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_encounter_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (widget);
  g_autoptr(LiensEncounter) encounter = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  encounter = liens_store_get_encounter (self->store, g_variant_get_int64 (parameter), &error);
  if (encounter == NULL)
    {
      /* Deleted elsewhere: its row goes with the next update. */
      g_debug ("Cannot open encounter %" G_GINT64_FORMAT ": %s",
               g_variant_get_int64 (parameter), error->message);
      return;
    }

  editor = liens_encounter_editor_new (get_parent_window (self), self->store, encounter,
                                       liens_contact_get_id (self->contact));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_introduction_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (widget);
  g_autoptr(LiensIntroduction) introduction = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  introduction = liens_store_get_introduction (self->store, g_variant_get_int64 (parameter), &error);
  if (introduction == NULL)
    {
      g_debug ("Cannot open introduction %" G_GINT64_FORMAT ": %s",
               g_variant_get_int64 (parameter), error->message);
      return;
    }

  editor = liens_introduction_editor_new (get_parent_window (self), self->store, introduction,
                                          liens_contact_get_id (self->contact));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
liens_contact_card_dispose (GObject *object)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_CONTACT_CARD);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  g_clear_handle_id (&self->update_timeline_id, g_source_remove);
  g_clear_object (&self->timeline);
  g_clear_object (&self->contact);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (liens_contact_card_parent_class)->dispose (object);
}

static void
liens_contact_card_finalize (GObject *object)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (object);

  g_clear_pointer (&self->network_rows, g_ptr_array_unref);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_pointer (&self->timeline_rows, g_ptr_array_unref);
  g_clear_pointer (&self->timeline_people, g_array_unref);

  G_OBJECT_CLASS (liens_contact_card_parent_class)->finalize (object);
}

static void
liens_contact_card_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_card_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiensContactCard *self = LIENS_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      liens_contact_card_set_store (self, g_value_get_object (value));
      break;

    case PROP_CONTACT:
      liens_contact_card_set_contact (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liens_contact_card_class_init (LiensContactCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liens_contact_card_dispose;
  object_class->finalize = liens_contact_card_finalize;
  object_class->get_property = liens_contact_card_get_property;
  object_class->set_property = liens_contact_card_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LIENS_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL,
                         LIENS_TYPE_CONTACT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contact-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, stack);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, avatar);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, position_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, archived_badge);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, more_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, met_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, met_how_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, met_on_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, introduced_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, tie_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, tie_strength_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, tie_nature_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, profile_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, expertise_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, interests_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, tags_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, tags_box);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, networks_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, details_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, due_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, last_encounter_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, notes_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, notes_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, notes_more_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, encounters_group);
  gtk_widget_class_bind_template_child (widget_class, LiensContactCard, encounters_empty_row);

  gtk_widget_class_install_action (widget_class, "card.copy", "s", copy_action_cb);
  gtk_widget_class_install_action (widget_class, "card.toggle-notes", NULL, toggle_notes_action_cb);
  gtk_widget_class_install_action (widget_class, "card.open", "s", open_action_cb);
  gtk_widget_class_install_action (widget_class, "card.log-encounter", NULL, log_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "card.record-introduction", NULL,
                                   record_introduction_action_cb);
  gtk_widget_class_install_action (widget_class, "card.edit-encounter", "x", edit_encounter_action_cb);
  gtk_widget_class_install_action (widget_class, "card.edit-introduction", "x",
                                   edit_introduction_action_cb);
}

static void
liens_contact_card_init (LiensContactCard *self)
{
  self->network_rows = g_ptr_array_new ();
  self->detail_rows = g_ptr_array_new ();
  self->timeline_rows = g_ptr_array_new ();
  self->timeline_people = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Named from the start, as update_notes() names it once there are notes to fold. */
  gtk_button_set_label (self->notes_more_button, _("Show More"));

  liens_contact_card_update (self);
  update_timeline (self);

  g_signal_connect_object (liens_clock_get_default (), "day-changed",
                           G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * liens_contact_card_new:
 *
 * Returns: (transfer floating): a card that shows no contact yet
 */
GtkWidget *
liens_contact_card_new (void)
{
  return g_object_new (LIENS_TYPE_CONTACT_CARD, NULL);
}

/**
 * liens_contact_card_get_store:
 *
 * Returns: (transfer none) (nullable): the store the card follows
 */
LiensStore *
liens_contact_card_get_store (LiensContactCard *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_CARD (self), NULL);

  return self->store;
}

/**
 * liens_contact_card_set_store:
 * @store: (nullable): where the card finds related contacts and networks,
 *   and hears of changes to the shown contact
 */
void
liens_contact_card_set_store (LiensContactCard *self,
                              LiensStore       *store)
{
  g_return_if_fail (LIENS_IS_CONTACT_CARD (self));
  g_return_if_fail (store == NULL || LIENS_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_object (store, "contact-changed",
                               G_CALLBACK (contact_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "contact-removed",
                               G_CALLBACK (contact_removed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "network-changed",
                               G_CALLBACK (network_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "network-removed",
                               G_CALLBACK (network_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "encounter-added",
                               G_CALLBACK (encounters_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "encounter-changed",
                               G_CALLBACK (encounters_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "encounter-removed",
                               G_CALLBACK (encounters_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "introduction-added",
                               G_CALLBACK (introductions_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "introduction-changed",
                               G_CALLBACK (introductions_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "introduction-removed",
                               G_CALLBACK (introductions_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "reset",
                               G_CALLBACK (store_reset_cb), self, G_CONNECT_SWAPPED);
    }

  liens_contact_card_update (self);
  reset_timeline (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * liens_contact_card_get_contact:
 *
 * Returns: (transfer none) (nullable): the contact shown
 */
LiensContact *
liens_contact_card_get_contact (LiensContactCard *self)
{
  g_return_val_if_fail (LIENS_IS_CONTACT_CARD (self), NULL);

  return self->contact;
}

/**
 * liens_contact_card_set_contact:
 * @contact: (nullable): the contact to show
 *
 * Shows @contact. When the store reports a change to it, the card shows a
 * fresh copy from the store instead; when it is deleted, the card empties.
 */
void
liens_contact_card_set_contact (LiensContactCard *self,
                                LiensContact     *contact)
{
  g_return_if_fail (LIENS_IS_CONTACT_CARD (self));
  g_return_if_fail (contact == NULL || LIENS_IS_CONTACT (contact));

  show_contact (self, contact);
}
