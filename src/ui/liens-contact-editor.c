/* liens-contact-editor.c: the dialog that creates or edits a contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-contact-editor.h"
#include "liens-enum-names.h"
#include "liens-format.h"
#include "liens-ui.h"

/* Photos are kept small: they are shown at 96 px at most, and live in the database. */
#define PHOTO_MAX_SIZE 256

struct _LiensContactEditor
{
  LiensEditorWindow parent_instance;

  LiensStore *store;
  /* The contact as it was opened, never written to; NULL for a new contact. */
  LiensContact *contact;

  /* What the form holds beyond its widgets. */
  GBytes *photo;
  GDateTime *met_on;
  GPtrArray *tags;

  gboolean populating;
  gboolean touched;

  GtkFileChooserNative *photo_chooser;

  /* Template widgets */
  AdwAvatar *avatar;
  GtkWidget *remove_photo_button;
  AdwEntryRow *given_name_row;
  AdwEntryRow *family_name_row;
  AdwEntryRow *organisation_row;
  AdwEntryRow *role_row;
  GtkWidget *name_error_label;
  AdwEntryRow *met_how_row;
  GtkMenuButton *met_on_button;
  GtkPopover *met_on_popover;
  GtkCalendar *met_on_calendar;
  GtkWidget *met_on_clear_button;
  GtkDropDown *introduced_dropdown;
  AdwComboRow *tie_strength_row;
  AdwComboRow *tie_nature_row;
  AdwComboRow *profile_row;
  AdwComboRow *cadence_row;
  GtkWidget *cadence_days_row;
  GtkSpinButton *cadence_days_spin;
  AdwEntryRow *expertise_row;
  AdwEntryRow *interests_row;
  AdwEntryRow *tag_row;
  GtkFlowBox *tags_box;
  GtkListBox *networks_list;
  AdwEntryRow *new_network_row;
  GtkListBox *emails_list;
  GtkWidget *email_error_label;
  GtkListBox *phones_list;
  GtkListBox *links_list;
  GtkWidget *link_error_label;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (LiensContactEditor, liens_contact_editor, LIENS_TYPE_EDITOR_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds a link row offers, in the order of its drop-down. */
static const LiensDetailKind link_kinds[] = {
  LIENS_DETAIL_KIND_LINKEDIN,
  LIENS_DETAIL_KIND_X,
  LIENS_DETAIL_KIND_MASTODON,
  LIENS_DETAIL_KIND_WEBSITE,
  LIENS_DETAIL_KIND_OTHER_LINK,
};

static void liens_contact_editor_validate (LiensContactEditor *self);

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Trimmed text, or NULL when there is none. */
static char *
dup_trimmed (const char *text)
{
  char *trimmed;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    g_clear_pointer (&trimmed, g_free);

  return trimmed;
}

static char *
dup_row_text (AdwEntryRow *row)
{
  return dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* something@something.tld, without spaces. */
static gboolean
is_valid_email (const char *text)
{
  const char *at;
  const char *dot;

  if (strpbrk (text, " \t\r\n") != NULL)
    return FALSE;

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');

  return dot != NULL && dot != at + 1 && dot[1] != '\0';
}

static gboolean
is_valid_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (strpbrk (text, " \t\r\n") != NULL)
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || is_empty (g_uri_get_host (uri)))
    return FALSE;

  scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

static gboolean
is_valid_link (LiensDetailKind  kind,
               const char      *text)
{
  if (is_valid_web_address (text))
    return TRUE;

  /* On social networks people give their handle: "@name", or "@name@server" on Mastodon. */
  if (kind == LIENS_DETAIL_KIND_LINKEDIN || kind == LIENS_DETAIL_KIND_X ||
      kind == LIENS_DETAIL_KIND_MASTODON)
    return g_regex_match_simple ("^@[[:alnum:]_.-]+(@[[:alnum:]-]+(\\.[[:alnum:]-]+)+)?$",
                                 text, G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT);

  return FALSE;
}

/* libadwaita 1.2 styles no flat drop-down: flatten its button, as in a combo row. */
static void
make_drop_down_flat (GtkWidget *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_widget_add_css_class (child, "flat");
}

/* Detail rows */

static LiensDetailKind
detail_row_get_kind (GtkWidget *row)
{
  GtkDropDown *kind_dropdown = g_object_get_data (G_OBJECT (row), "kind-dropdown");
  guint selected;

  if (kind_dropdown == NULL)
    return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "detail-kind"));

  selected = gtk_drop_down_get_selected (kind_dropdown);

  return selected < G_N_ELEMENTS (link_kinds) ? link_kinds[selected] : LIENS_DETAIL_KIND_OTHER_LINK;
}

/* The rows of a list, without the "Add …" row at its end. */
static GPtrArray *
list_get_entry_rows (GtkListBox *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ENTRY_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

static void
remove_detail_row_cb (GtkWidget *row)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (gtk_widget_get_root (row));
  GtkWidget *list = gtk_widget_get_parent (row);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
  liens_contact_editor_validate (self);
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* A link row's title names its kind: the drop-down beside it shows only an arrow. */
static void
update_detail_row_title (GtkWidget *row)
{
  const char *label = g_object_get_data (G_OBJECT (row), "detail-label");
  LiensDetailKind kind = detail_row_get_kind (row);
  g_autofree char *title = NULL;

  if (!is_empty (label))
    /* Translators: a kind of contact detail and its label, e.g. "Email · work". */
    title = g_strdup_printf (_("%s · %s"), liens_detail_kind_get_display_name (kind), label);
  else
    title = g_strdup (liens_detail_kind_get_display_name (kind));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

static void
link_kind_changed_cb (GtkWidget          *row,
                      GParamSpec         *pspec,
                      GtkDropDown        *kind_dropdown)
{
  update_detail_row_title (row);
  liens_contact_editor_validate (LIENS_CONTACT_EDITOR (gtk_widget_get_root (row)));
}

static void
setup_kind_label_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_kind_label_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkWidget *
create_kind_dropdown (guint selected)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) empty_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();
  GtkWidget *kind_dropdown;

  for (guint i = 0; i < G_N_ELEMENTS (link_kinds); i++)
    gtk_string_list_append (names, liens_detail_kind_get_display_name (link_kinds[i]));

  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_kind_label_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_kind_label_cb), NULL);

  kind_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (kind_dropdown), empty_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (kind_dropdown), list_factory);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind_dropdown), selected);
  gtk_widget_set_valign (kind_dropdown, GTK_ALIGN_CENTER);
  make_drop_down_flat (kind_dropdown);
  gtk_widget_set_tooltip_text (kind_dropdown, _("Kind of Link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind of Link"),
                                  -1);

  return kind_dropdown;
}

static GtkWidget *
add_detail_row (LiensContactEditor *self,
                GtkListBox         *list,
                LiensDetailKind     kind,
                const char         *label,
                const char         *value)
{
  g_autoptr(GPtrArray) rows = list_get_entry_rows (list);
  const char *remove_label;
  GtkWidget *row;
  GtkWidget *button;

  row = adw_entry_row_new ();

  /* A label that came from an import ("work", "home") is kept, and shown. */
  g_object_set_data_full (G_OBJECT (row), "detail-label", g_strdup (label), g_free);
  g_object_set_data (G_OBJECT (row), "detail-kind", GINT_TO_POINTER (kind));

  switch (kind)
    {
    case LIENS_DETAIL_KIND_EMAIL:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
      remove_label = _("Remove Email Address");
      break;

    case LIENS_DETAIL_KIND_PHONE:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
      remove_label = _("Remove Phone Number");
      break;

    case LIENS_DETAIL_KIND_LINKEDIN:
    case LIENS_DETAIL_KIND_X:
    case LIENS_DETAIL_KIND_MASTODON:
    case LIENS_DETAIL_KIND_WEBSITE:
    case LIENS_DETAIL_KIND_OTHER_LINK:
    default:
      {
        GtkWidget *kind_dropdown;
        guint selected = 0;

        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_URL);
        adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
        remove_label = _("Remove Link");

        for (guint i = 0; i < G_N_ELEMENTS (link_kinds); i++)
          if (link_kinds[i] == kind)
            selected = i;

        kind_dropdown = create_kind_dropdown (selected);
        g_signal_connect_object (kind_dropdown, "notify::selected",
                                 G_CALLBACK (link_kind_changed_cb), row,
                                 G_CONNECT_SWAPPED);
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), kind_dropdown);
        g_object_set_data (G_OBJECT (row), "kind-dropdown", kind_dropdown);
      }
      break;
    }

  update_detail_row_title (row);
  set_row_text (ADW_ENTRY_ROW (row), value);

  button = create_icon_button ("list-remove-symbolic", remove_label);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_detail_row_cb), row,
                           G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect_object (row, "changed", G_CALLBACK (liens_contact_editor_validate), self,
                           G_CONNECT_SWAPPED);

  /* Before the "Add …" row, which stays last. */
  gtk_list_box_insert (list, row, rows->len);

  return row;
}

static void
collect_details (GtkListBox *list,
                 GPtrArray  *details)
{
  g_autoptr(GPtrArray) rows = list_get_entry_rows (list);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autofree char *value = dup_row_text (ADW_ENTRY_ROW (row));

      if (value == NULL)
        continue;

      g_ptr_array_add (details,
                       liens_contact_detail_new (detail_row_get_kind (row),
                                                 g_object_get_data (G_OBJECT (row), "detail-label"),
                                                 value));
    }
}

/* Tags */

static GtkWidget *
create_tag_chip (const char *tag)
{
  g_autofree char *remove_label = NULL;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *button;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "card");

  label = gtk_label_new (tag);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 2);
  gtk_box_append (GTK_BOX (box), label);

  /* Translators: %s is a tag, e.g. "Remove Tag “design”". */
  remove_label = g_strdup_printf (_("Remove Tag “%s”"), tag);
  button = create_icon_button ("window-close-symbolic", remove_label);
  gtk_widget_set_tooltip_text (button, _("Remove Tag"));
  gtk_widget_add_css_class (button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.remove-tag");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (tag));
  gtk_box_append (GTK_BOX (box), button);

  return box;
}

static void
update_tags_box (LiensContactEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);

  for (guint i = 0; i < self->tags->len; i++)
    {
      gtk_flow_box_append (self->tags_box, create_tag_chip (g_ptr_array_index (self->tags, i)));
      gtk_widget_set_focusable (gtk_widget_get_last_child (GTK_WIDGET (self->tags_box)), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), self->tags->len > 0);
}

static gboolean
has_tag (LiensContactEditor *self,
         const char         *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  for (guint i = 0; i < self->tags->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (self->tags, i), -1);

      if (g_strcmp0 (folded, other) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Adds the tags typed in @text, separated by commas. */
static void
add_tags (LiensContactEditor *self,
          GPtrArray          *tags,
          const char         *text)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *tag = dup_trimmed (parts[i]);

      if (tag != NULL && (tags != self->tags || !has_tag (self, tag)))
        g_ptr_array_add (tags, g_steal_pointer (&tag));
    }
}

/* The form */

static LiensContact *
get_selected_introducer (LiensContactEditor *self)
{
  gpointer item = gtk_drop_down_get_selected_item (self->introduced_dropdown);

  return LIENS_IS_CONTACT (item) ? item : NULL;
}

static void
update_met_on_button (LiensContactEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;

  /* Short, for narrow windows; the full date is in the tooltip. */
  if (self->met_on != NULL)
    date = liens_format_short_date (self->met_on, now);
  if (self->met_on != NULL)
    {
      g_autofree char *full = liens_format_date (self->met_on);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->met_on_button), full);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->met_on_button), NULL);

  gtk_menu_button_set_label (self->met_on_button, date != NULL ? date : _("Not Set"));
  gtk_widget_set_visible (self->met_on_clear_button, self->met_on != NULL);
}

static void
update_avatar (LiensContactEditor *self)
{
  g_autofree char *given = dup_row_text (self->given_name_row);
  g_autofree char *family = dup_row_text (self->family_name_row);
  g_autofree char *name = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  name = g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
  if (name[0] == '\0')
    {
      g_free (name);
      name = dup_row_text (self->organisation_row);
    }
  adw_avatar_set_text (self->avatar, name);

  if (self->photo != NULL)
    {
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_bytes (self->photo, &error);
      if (texture == NULL)
        g_debug ("Cannot show the contact's photo: %s", error->message);
    }

  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (self->remove_photo_button, self->photo != NULL);
}

/* Writes what the form holds into @contact, all but a network still to be created. */
static void
apply_form (LiensContactEditor *self,
            LiensContact       *contact)
{
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GArray) network_ids = NULL;
  g_autofree char *given = dup_row_text (self->given_name_row);
  g_autofree char *family = dup_row_text (self->family_name_row);
  g_autofree char *organisation = dup_row_text (self->organisation_row);
  g_autofree char *role = dup_row_text (self->role_row);
  g_autofree char *met_how = dup_row_text (self->met_how_row);
  g_autofree char *expertise = dup_row_text (self->expertise_row);
  g_autofree char *interests = dup_row_text (self->interests_row);
  g_autofree char *notes = NULL;
  LiensContact *introducer = get_selected_introducer (self);
  LiensCadence cadence = adw_combo_row_get_selected (self->cadence_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;

  liens_contact_set_given_name (contact, given);
  liens_contact_set_family_name (contact, family);
  liens_contact_set_organisation (contact, organisation);
  liens_contact_set_role (contact, role);
  liens_contact_set_met_how (contact, met_how);
  liens_contact_set_met_on (contact, self->met_on);
  liens_contact_set_introduced_by_id (contact,
                                      introducer != NULL ? liens_contact_get_id (introducer) : 0);
  liens_contact_set_tie_strength (contact, adw_combo_row_get_selected (self->tie_strength_row));
  liens_contact_set_tie_nature (contact, adw_combo_row_get_selected (self->tie_nature_row));
  liens_contact_set_profile (contact, adw_combo_row_get_selected (self->profile_row));
  liens_contact_set_cadence (contact, cadence);
  if (cadence == LIENS_CADENCE_CUSTOM)
    liens_contact_set_cadence_days (contact, gtk_spin_button_get_value_as_int (self->cadence_days_spin));
  liens_contact_set_expertise (contact, expertise);
  liens_contact_set_interests (contact, interests);

  /* A tag still in the entry was meant to be added. */
  tags = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->tags->len; i++)
    g_ptr_array_add (tags, g_strdup (g_ptr_array_index (self->tags, i)));
  add_tags (self, tags, gtk_editable_get_text (GTK_EDITABLE (self->tag_row)));
  g_ptr_array_add (tags, NULL);
  liens_contact_set_tags (contact, (const char * const *) tags->pdata);

  network_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->networks_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (child), "network-check");

      if (check != NULL && gtk_check_button_get_active (check))
        g_array_append_val (network_ids,
                            *(gint64 *) g_object_get_data (G_OBJECT (child), "network-id"));
    }
  liens_contact_set_network_ids (contact, (const gint64 *) (gpointer) network_ids->data,
                                 network_ids->len);

  details = g_ptr_array_new_with_free_func ((GDestroyNotify) liens_contact_detail_free);
  collect_details (self->emails_list, details);
  collect_details (self->phones_list, details);
  collect_details (self->links_list, details);
  liens_contact_set_details (contact, details);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strchomp (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  liens_contact_set_notes (contact, notes[0] != '\0' ? notes : NULL);

  liens_contact_set_photo (contact, self->photo);
}

/* Everything the user can change, as one string: what closing would lose. */
static char *
dup_form_state (LiensContactEditor *self)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GVariantBuilder) builder = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autofree char *tags = NULL;
  GPtrArray *details;
  const gint64 *network_ids;
  guint n_network_ids = 0;
  GDateTime *met_on;
  GBytes *photo;

  apply_form (self, contact);

  builder = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  g_variant_builder_add (builder, "s", liens_contact_get_given_name (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_family_name (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_organisation (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_role (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_met_how (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_expertise (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_interests (contact) ?: "");
  g_variant_builder_add (builder, "s", liens_contact_get_notes (contact) ?: "");
  g_variant_builder_add (builder, "s", gtk_editable_get_text (GTK_EDITABLE (self->new_network_row)));

  met_on = liens_contact_get_met_on (contact);
  photo = liens_contact_get_photo (contact);
  g_variant_builder_add_value (builder, g_variant_new_take_string (
    g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d %d %d %d %d %u %" G_GSIZE_FORMAT,
                     met_on != NULL ? g_date_time_to_unix (met_on) : G_MININT64,
                     liens_contact_get_introduced_by_id (contact),
                     liens_contact_get_tie_strength (contact),
                     liens_contact_get_tie_nature (contact),
                     liens_contact_get_profile (contact),
                     liens_contact_get_cadence (contact),
                     liens_contact_get_cadence_days (contact),
                     photo != NULL ? g_bytes_hash (photo) : 0,
                     photo != NULL ? g_bytes_get_size (photo) : 0)));

  tags = g_strjoinv ("\n", (char **) liens_contact_get_tags (contact));
  g_variant_builder_add (builder, "s", tags);

  network_ids = liens_contact_get_network_ids (contact, &n_network_ids);
  for (guint i = 0; i < n_network_ids; i++)
    g_variant_builder_add_value (builder, g_variant_new_take_string (
      g_strdup_printf ("network %" G_GINT64_FORMAT, network_ids[i])));

  details = liens_contact_get_details (contact);
  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);

      g_variant_builder_add_value (builder, g_variant_new_take_string (
        g_strdup_printf ("detail %d %s %s", detail->kind, detail->label ?: "", detail->value)));
    }

  state = g_variant_ref_sink (g_variant_builder_end (builder));

  return g_variant_print (state, FALSE);
}

static gboolean
validate_details (GtkListBox *list,
                  gboolean    links)
{
  g_autoptr(GPtrArray) rows = list_get_entry_rows (list);
  gboolean all_valid = TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autofree char *value = dup_row_text (ADW_ENTRY_ROW (row));
      gboolean valid;

      if (value == NULL)
        valid = TRUE;
      else if (links)
        valid = is_valid_link (detail_row_get_kind (row), value);
      else
        valid = is_valid_email (value);

      set_css_class (row, "error", !valid);
      all_valid = all_valid && valid;
    }

  return all_valid;
}

static void
liens_contact_editor_validate (LiensContactEditor *self)
{
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  gboolean has_name;
  gboolean emails_valid;
  gboolean links_valid;

  if (self->populating)
    return;

  given = dup_row_text (self->given_name_row);
  family = dup_row_text (self->family_name_row);
  has_name = given != NULL || family != NULL;

  /* On a blank form the name is a hint; once the user has typed, a missing name is an error. */
  gtk_widget_set_visible (self->name_error_label, !has_name);
  set_css_class (self->name_error_label, "error", self->touched);
  set_css_class (self->name_error_label, "dim-label", !self->touched);
  set_css_class (GTK_WIDGET (self->given_name_row), "error", !has_name && self->touched);
  set_css_class (GTK_WIDGET (self->family_name_row), "error", !has_name && self->touched);

  emails_valid = validate_details (self->emails_list, FALSE);
  gtk_widget_set_visible (self->email_error_label, !emails_valid);

  links_valid = validate_details (self->links_list, TRUE);
  gtk_widget_set_visible (self->link_error_label, !links_valid);

  gtk_widget_set_visible (self->cadence_days_row,
                          adw_combo_row_get_selected (self->cadence_row) == LIENS_CADENCE_CUSTOM);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 has_name && emails_valid && links_valid);
}

static void
form_changed_cb (LiensContactEditor *self)
{
  if (self->populating)
    return;

  self->touched = TRUE;
  update_avatar (self);
  liens_contact_editor_validate (self);
}

static void
tag_row_apply_cb (LiensContactEditor *self)
{
  add_tags (self, self->tags, gtk_editable_get_text (GTK_EDITABLE (self->tag_row)));
  set_row_text (self->tag_row, NULL);
  update_tags_box (self);
  form_changed_cb (self);
}

static void
met_on_day_selected_cb (LiensContactEditor *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->populating)
    return;

  date = gtk_calendar_get_date (self->met_on_calendar);
  g_clear_pointer (&self->met_on, g_date_time_unref);
  /* A day, at noon: a time zone change never moves it to the day before. */
  self->met_on = g_date_time_new_local (g_date_time_get_year (date),
                                        g_date_time_get_month (date),
                                        g_date_time_get_day_of_month (date),
                                        12, 0, 0);
  update_met_on_button (self);
  gtk_popover_popdown (self->met_on_popover);
  form_changed_cb (self);
}

/* The "Introduced by" choices: nobody, then every other active contact. */
static gboolean
is_other_contact (gpointer item,
                  gpointer user_data)
{
  return liens_contact_get_id (item) != *(gint64 *) user_data;
}

static void
setup_introducer_label_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (user_data));
  gtk_list_item_set_child (item, label);
}

static void
bind_introducer_label_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  LiensContact *contact = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       liens_contact_get_display_name (contact));
}

static GtkListItemFactory *
create_introducer_factory (int max_width_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_introducer_label_cb),
                    GINT_TO_POINTER (max_width_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_introducer_label_cb), NULL);

  return factory;
}

static void
setup_introducers (LiensContactEditor *self)
{
  g_autoptr(LiensContact) nobody = liens_contact_new ();
  g_autoptr(GListStore) first = g_list_store_new (LIENS_TYPE_CONTACT);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) choices = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  GtkExpression *expression;
  GtkFilterListModel *others;
  gint64 *own_id;
  gint64 introducer_id;
  guint n_items;

  /* Translators: chosen as who introduced the user to a contact, when nobody did. */
  liens_contact_set_given_name (nobody, C_("introduced by", "Nobody"));
  g_list_store_append (first, nobody);

  own_id = g_new (gint64, 1);
  *own_id = self->contact != NULL ? liens_contact_get_id (self->contact) : 0;
  expression = gtk_property_expression_new (LIENS_TYPE_CONTACT, NULL, "display-name");
  others = gtk_filter_list_model_new (liens_store_list_contacts (self->store),
                                      GTK_FILTER (gtk_custom_filter_new (is_other_contact, own_id,
                                                                         g_free)));

  /* The store lists contacts by name already. */
  g_list_store_append (parts, first);
  g_list_store_append (parts, others);
  g_object_unref (others);
  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));

  factory = create_introducer_factory (18);
  list_factory = create_introducer_factory (30);
  gtk_drop_down_set_factory (self->introduced_dropdown, factory);
  gtk_drop_down_set_list_factory (self->introduced_dropdown, list_factory);
  gtk_drop_down_set_expression (self->introduced_dropdown, expression);
  gtk_drop_down_set_model (self->introduced_dropdown, G_LIST_MODEL (choices));
  gtk_expression_unref (expression);

  introducer_id = self->contact != NULL ? liens_contact_get_introduced_by_id (self->contact) : 0;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->introduced_dropdown, 0);
  for (guint i = 1; introducer_id > 0 && i < n_items; i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (G_LIST_MODEL (choices), i);

      if (liens_contact_get_id (contact) == introducer_id)
        {
          gtk_drop_down_set_selected (self->introduced_dropdown, i);
          return;
        }
    }

  /* Not among the active contacts (archived): offered anyway, or saving would lose it. */
  if (introducer_id > 0)
    {
      g_autoptr(LiensContact) introducer = liens_store_get_contact (self->store, introducer_id, NULL);

      if (introducer != NULL)
        {
          g_list_store_append (first, introducer);
          gtk_drop_down_set_selected (self->introduced_dropdown, 1);
        }
    }
}

static void
setup_combo (AdwComboRow   *row,
             GtkStringList *names,
             guint          selected)
{
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (names));

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected < n_names ? selected : 0);
}

static void
setup_combos (LiensContactEditor *self,
              LiensContact       *contact)
{
  g_autoptr(GtkStringList) strengths = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) natures = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) profiles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) cadences = gtk_string_list_new (NULL);

  /* The enumerations count from 0 without gaps: a value is its position. */
  for (LiensTieStrength i = LIENS_TIE_STRENGTH_UNKNOWN; i <= LIENS_TIE_STRENGTH_TRUSTED; i++)
    gtk_string_list_append (strengths, liens_tie_strength_get_display_name (i));
  for (LiensTieNature i = LIENS_TIE_NATURE_UNKNOWN; i <= LIENS_TIE_NATURE_BOTH; i++)
    gtk_string_list_append (natures, liens_tie_nature_get_display_name (i));
  for (LiensProfile i = LIENS_PROFILE_UNKNOWN; i <= LIENS_PROFILE_RESERVED; i++)
    gtk_string_list_append (profiles, liens_profile_get_display_name (i));
  for (LiensCadence i = LIENS_CADENCE_NONE; i <= LIENS_CADENCE_CUSTOM; i++)
    gtk_string_list_append (cadences, liens_cadence_get_display_name (i));

  setup_combo (self->tie_strength_row, strengths, liens_contact_get_tie_strength (contact));
  setup_combo (self->tie_nature_row, natures, liens_contact_get_tie_nature (contact));
  setup_combo (self->profile_row, profiles, liens_contact_get_profile (contact));
  setup_combo (self->cadence_row, cadences, liens_contact_get_cadence (contact));
}

static void
setup_networks (LiensContactEditor *self)
{
  GListModel *networks = liens_store_list_networks (self->store);
  guint n_networks = g_list_model_get_n_items (networks);

  for (guint i = 0; i < n_networks; i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);
      gint64 id = liens_network_get_id (network);
      GtkWidget *row;
      GtkWidget *check;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), liens_network_get_name (network));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   liens_network_kind_get_display_name (liens_network_get_kind (network)));

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, liens_network_get_name (network),
                                      -1);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   self->contact != NULL && liens_contact_has_network (self->contact, id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (form_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      g_object_set_data (G_OBJECT (row), "network-check", check);
      g_object_set_data_full (G_OBJECT (row), "network-id", g_memdup2 (&id, sizeof id), g_free);

      /* Before the "New Network" row. */
      gtk_list_box_insert (self->networks_list, row, i);
    }

  g_object_unref (networks);
}

static void
populate (LiensContactEditor *self)
{
  g_autoptr(LiensContact) blank = liens_contact_new ();
  LiensContact *contact = self->contact != NULL ? self->contact : blank;
  GPtrArray *details = liens_contact_get_details (contact);
  const char * const *tags = liens_contact_get_tags (contact);
  const char *notes = liens_contact_get_notes (contact);
  int cadence_days = liens_contact_get_cadence_days (contact);

  self->populating = TRUE;

  gtk_window_set_title (GTK_WINDOW (self),
                        self->contact != NULL ? _("Edit Contact") : _("New Contact"));

  set_row_text (self->given_name_row, liens_contact_get_given_name (contact));
  set_row_text (self->family_name_row, liens_contact_get_family_name (contact));
  set_row_text (self->organisation_row, liens_contact_get_organisation (contact));
  set_row_text (self->role_row, liens_contact_get_role (contact));
  set_row_text (self->met_how_row, liens_contact_get_met_how (contact));
  set_row_text (self->expertise_row, liens_contact_get_expertise (contact));
  set_row_text (self->interests_row, liens_contact_get_interests (contact));

  if (liens_contact_get_met_on (contact) != NULL)
    {
      self->met_on = g_date_time_ref (liens_contact_get_met_on (contact));
      gtk_calendar_select_day (self->met_on_calendar, self->met_on);
    }
  update_met_on_button (self);

  setup_introducers (self);

  setup_combos (self, contact);
  if (cadence_days > 0)
    gtk_spin_button_set_value (self->cadence_days_spin, cadence_days);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (self->tags, g_strdup (tags[i]));
  update_tags_box (self);

  setup_networks (self);

  for (guint i = 0; details != NULL && i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);
      GtkListBox *list;

      if (detail->kind == LIENS_DETAIL_KIND_EMAIL)
        list = self->emails_list;
      else if (detail->kind == LIENS_DETAIL_KIND_PHONE)
        list = self->phones_list;
      else
        list = self->links_list;

      add_detail_row (self, list, detail->kind, detail->label, detail->value);
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);

  if (liens_contact_get_photo (contact) != NULL)
    self->photo = g_bytes_ref (liens_contact_get_photo (contact));
  update_avatar (self);

  self->populating = FALSE;

  liens_contact_editor_validate (self);
  liens_editor_window_remember_form (LIENS_EDITOR_WINDOW (self));
}

/* Dialogs */

/* Saving */

static gint64
find_network_by_name (LiensContactEditor *self,
                      const char         *name)
{
  g_autoptr(GListModel) networks = liens_store_list_networks (self->store);
  g_autofree char *folded = g_utf8_casefold (name, -1);
  guint n_networks = g_list_model_get_n_items (networks);

  for (guint i = 0; i < n_networks; i++)
    {
      g_autoptr(LiensNetwork) network = g_list_model_get_item (networks, i);
      g_autofree char *other = g_utf8_casefold (liens_network_get_name (network), -1);

      if (g_strcmp0 (folded, other) == 0)
        return liens_network_get_id (network);
    }

  return 0;
}

/* Creates the network typed in "New Network" (or finds it, on a second try). */
static gboolean
add_new_network (LiensContactEditor  *self,
                 LiensContact        *contact,
                 GError             **error)
{
  g_autofree char *name = dup_row_text (self->new_network_row);
  g_autoptr(GArray) ids = NULL;
  const gint64 *old_ids;
  guint n_old_ids = 0;
  gint64 id;

  if (name == NULL)
    return TRUE;

  id = find_network_by_name (self, name);
  if (id == 0)
    {
      g_autoptr(LiensNetwork) network = liens_network_new ();

      liens_network_set_name (network, name);
      if (!liens_store_save_network (self->store, network, error))
        return FALSE;

      id = liens_network_get_id (network);
    }

  if (liens_contact_has_network (contact, id))
    return TRUE;

  old_ids = liens_contact_get_network_ids (contact, &n_old_ids);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_old_ids + 1);
  g_array_append_vals (ids, old_ids, n_old_ids);
  g_array_append_val (ids, id);
  liens_contact_set_network_ids (contact, (const gint64 *) (gpointer) ids->data, ids->len);

  return TRUE;
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);
  g_autoptr(LiensContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  /* A fresh copy: the contact shown elsewhere changes when the store says so, not before. */
  if (self->contact != NULL)
    contact = liens_store_get_contact (self->store, liens_contact_get_id (self->contact), &error);
  else
    contact = liens_contact_new ();

  if (contact != NULL)
    {
      apply_form (self, contact);

      if (add_new_network (self, contact, &error))
        liens_store_save_contact (self->store, contact, &error);
    }

  if (error != NULL)
    {
      liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Save the Contact"), error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, contact);

  liens_editor_window_close_saved (LIENS_EDITOR_WINDOW (self));
}

/* Other actions */

static void
photo_chooser_response_cb (LiensContactEditor   *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!liens_contact_editor_set_photo_from_file (self, file, &error))
        liens_editor_window_show_error (LIENS_EDITOR_WINDOW (self), _("Cannot Use This Photo"), error->message);
    }

  g_clear_object (&self->photo_chooser);
}

static void
choose_photo_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->photo_chooser != NULL)
    return;

  self->photo_chooser = gtk_file_chooser_native_new (_("Choose a Photo"),
                                                     GTK_WINDOW (self),
                                                     GTK_FILE_CHOOSER_ACTION_OPEN,
                                                     _("_Open"),
                                                     _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->photo_chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->photo_chooser), filter);

  g_signal_connect_object (self->photo_chooser, "response",
                           G_CALLBACK (photo_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->photo_chooser));
}

static void
remove_photo_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);

  g_clear_pointer (&self->photo, g_bytes_unref);
  form_changed_cb (self);
}

static void
clear_met_on_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);

  g_clear_pointer (&self->met_on, g_date_time_unref);
  update_met_on_button (self);
  form_changed_cb (self);
}

static void
add_detail_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);
  GtkWidget *row;

  if (g_str_equal (action_name, "editor.add-email"))
    row = add_detail_row (self, self->emails_list, LIENS_DETAIL_KIND_EMAIL, NULL, NULL);
  else if (g_str_equal (action_name, "editor.add-phone"))
    row = add_detail_row (self, self->phones_list, LIENS_DETAIL_KIND_PHONE, NULL, NULL);
  else
    row = add_detail_row (self, self->links_list, LIENS_DETAIL_KIND_WEBSITE, NULL, NULL);

  gtk_widget_grab_focus (row);
}

static void
remove_tag_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (widget);
  const char *tag = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < self->tags->len; i++)
    if (g_str_equal (g_ptr_array_index (self->tags, i), tag))
      {
        g_ptr_array_remove_index (self->tags, i);
        break;
      }

  update_tags_box (self);
  form_changed_cb (self);
}

/* Overrides */

static char *
liens_contact_editor_dup_form_state (LiensEditorWindow *editor)
{
  return dup_form_state (LIENS_CONTACT_EDITOR (editor));
}

static const char *
liens_contact_editor_get_discard_message (LiensEditorWindow *editor)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (editor);

  return self->contact != NULL
         ? _("The changes you made to this contact will be lost.")
         : _("This new contact will not be saved.");
}

static void
liens_contact_editor_dispose (GObject *object)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (object);

  if (self->photo_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->photo_chooser));
  g_clear_object (&self->photo_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIENS_TYPE_CONTACT_EDITOR);

  g_clear_object (&self->contact);
  g_clear_object (&self->store);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->met_on, g_date_time_unref);

  G_OBJECT_CLASS (liens_contact_editor_parent_class)->dispose (object);
}

static void
liens_contact_editor_finalize (GObject *object)
{
  LiensContactEditor *self = LIENS_CONTACT_EDITOR (object);

  g_clear_pointer (&self->tags, g_ptr_array_unref);

  G_OBJECT_CLASS (liens_contact_editor_parent_class)->finalize (object);
}

static void
liens_contact_editor_class_init (LiensContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LiensEditorWindowClass *editor_class = LIENS_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = liens_contact_editor_dispose;
  object_class->finalize = liens_contact_editor_finalize;

  editor_class->dup_form_state = liens_contact_editor_dup_form_state;
  editor_class->get_discard_message = liens_contact_editor_get_discard_message;

  /**
   * LiensContactEditor::saved:
   * @contact: the contact as it was written, with its id
   *
   * Emitted after the store saved the contact; the editor then closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, LIENS_TYPE_CONTACT);

  liens_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/liens/Liens/ui/liens-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, avatar);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, remove_photo_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, met_how_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, met_on_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, met_on_popover);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, met_on_calendar);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, met_on_clear_button);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, introduced_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, tie_strength_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, tie_nature_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, profile_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, cadence_days_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, cadence_days_spin);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, interests_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, tag_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, tags_box);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, networks_list);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, new_network_row);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, emails_list);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, email_error_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, phones_list);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, links_list);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, link_error_label);
  gtk_widget_class_bind_template_child (widget_class, LiensContactEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, met_on_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.choose-photo", NULL, choose_photo_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.remove-photo", NULL, remove_photo_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.clear-met-on", NULL, clear_met_on_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-email", NULL, add_detail_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-phone", NULL, add_detail_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-link", NULL, add_detail_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.remove-tag", "s", remove_tag_action_cb);

}

static void
liens_contact_editor_init (LiensContactEditor *self)
{
  GtkEventController *controller;
  GtkShortcutAction *save = gtk_named_action_new ("editor.save");

  self->tags = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  make_drop_down_flat (GTK_WIDGET (self->introduced_dropdown));

  /* In the capture phase, or the notes would take Ctrl+Enter as a new line. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return,
                                                                                  GDK_CONTROL_MASK),
                                                          g_object_ref (save)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter,
                                                                                  GDK_CONTROL_MASK),
                                                          save));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * liens_contact_editor_new:
 * @parent: (nullable): the window the editor is modal to
 * @store: where the contact is saved
 * @contact: (nullable): the contact to edit, or %NULL to create one
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
GtkWidget *
liens_contact_editor_new (GtkWindow    *parent,
                          LiensStore   *store,
                          LiensContact *contact)
{
  LiensContactEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LIENS_IS_STORE (store), NULL);
  g_return_val_if_fail (contact == NULL || LIENS_IS_CONTACT (contact), NULL);

  self = g_object_new (LIENS_TYPE_CONTACT_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (contact != NULL)
    self->contact = g_object_ref (contact);

  populate (self);

  return GTK_WIDGET (self);
}

/**
 * liens_contact_editor_set_photo_from_file:
 * @file: an image file
 *
 * Loads @file, scaled down to fit 256×256 pixels, as the contact's new photo,
 * stored as PNG. This is what choosing a photo does.
 *
 * Returns: %TRUE if the file could be read as an image
 */
gboolean
liens_contact_editor_set_photo_from_file (LiensContactEditor  *self,
                                          GFile               *file,
                                          GError             **error)
{
  g_autofree char *path = NULL;
  g_autofree char *buffer = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GdkPixbuf) oriented = NULL;
  gsize size;
  int width = 0;
  int height = 0;

  g_return_val_if_fail (LIENS_IS_CONTACT_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be used as photos."));
      return FALSE;
    }

  /* Scaled down, never up: a small image stays as sharp as it is. */
  if (gdk_pixbuf_get_file_info (path, &width, &height) != NULL &&
      width <= PHOTO_MAX_SIZE && height <= PHOTO_MAX_SIZE)
    pixbuf = gdk_pixbuf_new_from_file (path, error);
  else
    pixbuf = gdk_pixbuf_new_from_file_at_scale (path, PHOTO_MAX_SIZE, PHOTO_MAX_SIZE, TRUE, error);

  if (pixbuf == NULL)
    return FALSE;

  /* Phone cameras store portraits sideways, with an orientation tag. */
  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);

  if (!gdk_pixbuf_save_to_bufferv (oriented, &buffer, &size, "png", NULL, NULL, error))
    return FALSE;

  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo = g_bytes_new_take (g_steal_pointer (&buffer), size);
  form_changed_cb (self);

  return TRUE;
}
