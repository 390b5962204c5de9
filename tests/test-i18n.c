/* test-i18n.c: every page and dialog speaks one language, and dates and sorting follow the locale.
 *
 * Run by meson in English (LC_ALL=C.UTF-8) and in French (LANGUAGE=fr, LC_ALL=fr_FR.UTF-8);
 * another language xx runs it with LANGUAGE=xx against po/xx.po. Each test shows a page or
 * opens a dialog over sample data, walks its widget tree, collects every text a user can read
 * or hear, and compares it with the catalogue: translated, no text may be an English message
 * that has a different translation; in English, no text may be such a translation (of
 * po/fr.po). User data (names, notes) never matches the catalogue, so it is skipped by
 * construction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "liens-application.h"
#include "liens-contact-editor.h"
#include "liens-encounter-editor.h"
#include "liens-event-debrief.h"
#include "liens-event-editor.h"
#include "liens-format.h"
#include "liens-import-dialog.h"
#include "liens-introduction-editor.h"
#include "liens-quiz.h"
#include "liens-quiz-window.h"
#include "liens-store.h"
#include "liens-test-utils.h"
#include "liens-window.h"

static LiensApplication *app;

/* The messages of po/fr.po, seen from the language under test. */
typedef struct
{
  /* Texts of the other language that differ from their translation, exactly */
  GHashTable *foreign;
  /* The same, for messages with printf conversions: anchored regexes */
  GPtrArray *foreign_patterns;
  /* Every text of the language under test: a text that is also one of these is fine */
  GHashTable *own;
} Catalogue;

static Catalogue catalogue;

/* The language under test: "fr" for LANGUAGE=fr, "pt_BR" for LANGUAGE=pt_BR:pt; NULL in English. */
static char *
dup_language (void)
{
  const char *language = g_getenv ("LANGUAGE");

  if (language == NULL || *language == '\0')
    return NULL;

  return g_strndup (language, strcspn (language, ":"));
}

/* Whether the app runs translated, rather than in English. */
static gboolean
is_translated (void)
{
  g_autofree char *language = dup_language ();

  return language != NULL;
}

/* The text between the quotes of a .po line, unescaped. */
static char *
po_unquote (const char *line)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  g_assert_nonnull (start);
  g_assert_true (end > start);
  inner = g_strndup (start + 1, end - start - 1);

  return g_strcompress (inner);
}

/* "_Save" → "Save", "Drag__and" → "Drag_and": the text a label shows for a mnemonic label. */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (out, *++p);
      else if (*p != '_')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A regex that matches what g_strdup_printf() makes of @format, or %NULL when the format
 * has too little text of its own to be told from other texts (say "%s, %s", or a date). */
static GRegex *
pattern_from_format (const char *format)
{
  static GRegex *conversion = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) pattern = g_string_new ("^");
  guint n_letters = 0;
  int end = 0;

  if (conversion == NULL)
    conversion = g_regex_new ("%(?:[0-9]+\\$)?[-'#0 +]*[0-9]*(?:\\.[0-9]+)?"
                              "(?:hh|h|ll|l|z|j|t|I64)?[diouxXeEfgGcsp]|%%",
                              G_REGEX_OPTIMIZE, 0, NULL);

  /* The text between conversions, literally; each conversion, anything. */
  g_regex_match (conversion, format, 0, &match);
  for (;;)
    {
      int start = strlen (format);
      int next = start;
      g_autofree char *literal = NULL;
      g_autofree char *escaped = NULL;

      if (g_match_info_matches (match))
        g_match_info_fetch_pos (match, 0, &start, &next);

      literal = g_strndup (format + end, start - end);
      for (const char *p = literal; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isalpha (g_utf8_get_char (p)))
          n_letters++;
      escaped = g_regex_escape_string (literal, -1);
      g_string_append (pattern, escaped);

      if (!g_match_info_matches (match))
        break;

      g_string_append (pattern, g_str_has_prefix (format + start, "%%") ? "%" : ".+");
      end = next;
      g_match_info_next (match, NULL);
    }
  g_string_append_c (pattern, '$');

  if (n_letters < 4)
    return NULL;

  return g_regex_new (pattern->str, G_REGEX_DOTALL | G_REGEX_OPTIMIZE, 0, NULL);
}

static gboolean
has_conversion (const char *text)
{
  for (const char *p = strchr (text, '%'); p != NULL; p = strchr (p + 2, '%'))
    if (p[1] != '%' && p[1] != '\0')
      return TRUE;

  return FALSE;
}

static void
add_foreign (const char *text)
{
  if (has_conversion (text))
    {
      GRegex *regex = pattern_from_format (text);

      if (regex != NULL)
        g_ptr_array_add (catalogue.foreign_patterns, regex);
      return;
    }

  g_hash_table_add (catalogue.foreign, g_strdup (text));
  g_hash_table_add (catalogue.foreign, strip_mnemonic (text));
}

static void
add_own (const char *text)
{
  g_hash_table_add (catalogue.own, g_strdup (text));
  g_hash_table_add (catalogue.own, strip_mnemonic (text));
}

/* One message of the .po: its English forms and their translations. */
static void
add_message (GPtrArray *msgids,
             GPtrArray *msgstrs)
{
  gboolean translated = is_translated ();

  /* The header. */
  if (msgids->len == 0 || *(char *) msgids->pdata[0] == '\0' || msgstrs->len == 0)
    return;

  for (guint i = 0; i < msgids->len; i++)
    {
      const char *english = msgids->pdata[i];
      /* msgstr[0] is the singular, msgstr[1] the plural. */
      const char *translation = msgstrs->pdata[MIN (i, msgstrs->len - 1)];

      /* Untranslated: the translated app would show the English text. */
      if (*translation == '\0')
        {
          if (translated)
            add_foreign (english);
          continue;
        }

      add_own (translated ? translation : english);
      if (g_strcmp0 (english, translation) != 0)
        add_foreign (translated ? english : translation);
    }
  /* Languages with more plural forms than English: each is one of our own texts too. */
  for (guint i = msgids->len; i < msgstrs->len && translated; i++)
    add_own (msgstrs->pdata[i]);
}

static void
load_catalogue (void)
{
  g_autofree char *language = dup_language ();
  g_autofree char *file_name = g_strconcat (language != NULL ? language : "fr", ".po", NULL);
  /* In English, French is the other language to look out for. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", file_name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;
  GPtrArray *current = NULL;

  catalogue.foreign = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  catalogue.own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  catalogue.foreign_patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      /* Comments, and obsolete messages (#~), are no part of the app. */
      if (*line == '#')
        continue;

      if (g_str_has_prefix (line, "msgctxt ") || (*line == '\0' && current != NULL))
        {
          add_message (msgids, msgstrs);
          g_ptr_array_set_size (msgids, 0);
          g_ptr_array_set_size (msgstrs, 0);
          current = NULL;
          continue;
        }

      if (g_str_has_prefix (line, "msgid "))
        {
          /* A message without msgctxt starts here. */
          if (msgstrs->len > 0)
            {
              add_message (msgids, msgstrs);
              g_ptr_array_set_size (msgids, 0);
              g_ptr_array_set_size (msgstrs, 0);
            }
          current = msgids;
        }
      else if (g_str_has_prefix (line, "msgid_plural "))
        current = msgids;
      else if (g_str_has_prefix (line, "msgstr"))
        current = msgstrs;
      else if (*line == '"' && current != NULL && current->len > 0)
        {
          /* A continuation line. */
          g_autofree char *more = po_unquote (line);
          char *joined = g_strconcat (current->pdata[current->len - 1], more, NULL);

          g_free (current->pdata[current->len - 1]);
          current->pdata[current->len - 1] = joined;
          continue;
        }
      else
        continue;

      g_ptr_array_add (current, po_unquote (line));
    }
  add_message (msgids, msgstrs);

  /* A sanity check of the parser: po/fr.po has hundreds of messages. */
  g_assert_cmpuint (g_hash_table_size (catalogue.own), >, 300);
  g_assert_cmpuint (g_hash_table_size (catalogue.foreign), >, 300);
  g_assert_cmpuint (catalogue.foreign_patterns->len, >, 10);
}

/* Whether @text, shown by the app, is in the other language. */
static gboolean
is_foreign (const char *text)
{
  if (text == NULL || *text == '\0' || g_hash_table_contains (catalogue.own, text))
    return FALSE;

  if (g_hash_table_contains (catalogue.foreign, text))
    return TRUE;

  for (guint i = 0; i < catalogue.foreign_patterns->len; i++)
    if (g_regex_match (catalogue.foreign_patterns->pdata[i], text, 0, NULL))
      return TRUE;

  return FALSE;
}

/* The walk */

typedef struct
{
  const char *where;
  GPtrArray *failures;
  guint n_texts;
} Walk;

static void
check_text (Walk       *walk,
            GtkWidget  *widget,
            const char *what,
            const char *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *plain = NULL;

  if (text == NULL || *text == '\0')
    return;

  walk->n_texts++;

  /* Labels may carry markup and mnemonics; compare what the user reads too. */
  stripped = strip_mnemonic (text);
  if (strchr (text, '<') == NULL || !pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
    plain = NULL;

  if (is_foreign (text) || (!g_hash_table_contains (catalogue.own, text) && is_foreign (stripped)) ||
      (plain != NULL && is_foreign (plain)))
    g_ptr_array_add (walk->failures,
                     g_strdup_printf ("%s: %s %s “%s”", walk->where,
                                      G_OBJECT_TYPE_NAME (widget), what, text));
}

static void
check_string_property (Walk       *walk,
                       GObject    *object,
                       GtkWidget  *widget,
                       const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
  g_autofree char *value = NULL;

  if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
    return;

  g_object_get (object, name, &value, NULL);
  check_text (walk, widget, name, value);
}

/* Every string property a user reads, whatever the widget: a label's label, a row's title and
 * subtitle, a status page's description, a dialog's heading and body, an entry's placeholder… */
static const char * const text_properties[] = {
  "label", "title", "subtitle", "description", "heading", "body", "placeholder-text",
  "tooltip-text", "text", "comments", "developer-name",
};

static void
walk_widget (Walk      *walk,
             GtkWidget *widget)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    check_string_property (walk, G_OBJECT (widget), widget, text_properties[i]);

  /* What a screen reader says. */
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                   "");

      check_text (walk, widget, "accessible label", label);
    }

  /* The pages of a view stack are objects of their own: their titles are the switcher's. */
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (pages, i);

          check_string_property (walk, page, widget, "title");
        }
    }

  /* Popovers are children of their menu buttons: a menu's items are walked too. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child);
}

/* Walks @root and fails the test, listing every text in the other language. */
static void
assert_one_language (GtkWidget  *root,
                     const char *where)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { where, failures, 0 };

  walk_widget (&walk, root);
  g_test_message ("%s: %u texts checked", where, walk.n_texts);
  g_assert_cmpuint (walk.n_texts, >, 0);

  for (guint i = 0; i < failures->len; i++)
    g_test_message ("%s", (char *) failures->pdata[i]);
  if (failures->len > 0)
    g_test_fail_printf ("%s: %u text(s) in the other language (%s), listed above", where,
                        failures->len,
                        is_translated () ? "English in the translated app" : "translations in English");
}

/* The fixture: a window over sample data */

typedef struct
{
  char *dir;
  LiensStore *store;
  LiensWindow *window;
  gint64 contact_id;
  gint64 upcoming_event_id;
  gint64 past_event_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(LiensContact) contact = NULL;

  fixture->dir = liens_test_make_temp_dir ();
  fixture->store = liens_test_new_sample_store (fixture->dir, &fixture->upcoming_event_id,
                                                &fixture->past_event_id);

  contacts = liens_store_list_contacts (fixture->store);
  contact = g_list_model_get_item (contacts, 0);
  fixture->contact_id = liens_contact_get_id (contact);

  fixture->window = LIENS_WINDOW (liens_window_new (app, fixture->store));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  liens_test_wait_for_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  liens_test_destroy_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);
  liens_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", name));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
}

/* Pages */

/* The contacts page, with the first contact's card. */
static GtkWidget *
show_contact_card (Fixture *fixture)
{
  GtkWidget *page = liens_test_find_widget (GTK_WIDGET (fixture->window),
                                            g_type_from_name ("LiensContactsPage"), NULL);

  g_assert_nonnull (page);
  show_page (fixture, "contacts");
  g_assert_true (gtk_widget_activate_action (page, "contacts.show-contact", "x",
                                             fixture->contact_id));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));

  return page;
}

static void
test_page_contacts (Fixture       *fixture,
                    gconstpointer  data)
{
  /* The list with no card yet, then a contact's card. */
  show_page (fixture, "contacts");
  assert_one_language (GTK_WIDGET (fixture->window), "contacts page");
  show_contact_card (fixture);
  assert_one_language (GTK_WIDGET (fixture->window), "contact card");
}

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  const char *name = data;

  show_page (fixture, name);
  assert_one_language (GTK_WIDGET (fixture->window), name);
}

/* Dialogs: each opener returns a window it presented; the test walks it, then destroys it. */

typedef GtkWidget *(*OpenDialog) (Fixture *fixture);

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (toplevel), type))
        return GTK_WIDGET (toplevel);
    }

  return NULL;
}

static LiensContact *
load_contact (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  LiensContact *contact = liens_store_get_contact (fixture->store, fixture->contact_id, &error);

  g_assert_no_error (error);

  return contact;
}

static LiensEvent *
load_event (Fixture *fixture,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  LiensEvent *event = liens_store_get_event (fixture->store, id, &error);

  g_assert_no_error (error);

  return event;
}

static GtkWidget *
open_new_contact_editor (Fixture *fixture)
{
  return liens_contact_editor_new (GTK_WINDOW (fixture->window), fixture->store, NULL);
}

static GtkWidget *
open_contact_editor (Fixture *fixture)
{
  g_autoptr(LiensContact) contact = load_contact (fixture);

  return liens_contact_editor_new (GTK_WINDOW (fixture->window), fixture->store, contact);
}

static GtkWidget *
open_encounter_editor (Fixture *fixture)
{
  return liens_encounter_editor_new (GTK_WINDOW (fixture->window), fixture->store, NULL,
                                     fixture->contact_id);
}

static GtkWidget *
open_introduction_editor (Fixture *fixture)
{
  return liens_introduction_editor_new (GTK_WINDOW (fixture->window), fixture->store, NULL,
                                        fixture->contact_id);
}

static GtkWidget *
open_new_event_editor (Fixture *fixture)
{
  return liens_event_editor_new (GTK_WINDOW (fixture->window), fixture->store, NULL);
}

static GtkWidget *
open_event_editor (Fixture *fixture)
{
  g_autoptr(LiensEvent) event = load_event (fixture, fixture->upcoming_event_id);

  return liens_event_editor_new (GTK_WINDOW (fixture->window), fixture->store, event);
}

static GtkWidget *
open_event_debrief (Fixture *fixture)
{
  g_autoptr(LiensEvent) event = load_event (fixture, fixture->past_event_id);

  return liens_event_debrief_new (GTK_WINDOW (fixture->window), fixture->store, event);
}

static GtkWidget *
open_shortcuts (Fixture *fixture)
{
  return GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
}

static GtkWidget *
open_about (Fixture *fixture)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  return find_toplevel (ADW_TYPE_ABOUT_WINDOW);
}

static GtkWidget *
open_quiz_intro (Fixture *fixture)
{
  return liens_quiz_window_new (GTK_WINDOW (fixture->window), fixture->store);
}

static GtkWidget *
open_quiz_question (Fixture *fixture)
{
  GtkWidget *quiz = open_quiz_intro (fixture);

  g_assert_true (gtk_widget_activate_action (quiz, "quiz.start", NULL));
  g_assert_true (gtk_widget_activate_action (quiz, "quiz.select-answer", "u", 1));

  return quiz;
}

/* Answers every question, so the result page with its advice is walked too. */
static GtkWidget *
open_quiz_result (Fixture *fixture)
{
  GtkWidget *quiz = open_quiz_intro (fixture);
  guint n_questions = liens_quiz_get_n_questions ();

  g_assert_true (gtk_widget_activate_action (quiz, "quiz.start", NULL));
  for (guint i = 0; i < n_questions; i++)
    {
      g_assert_true (gtk_widget_activate_action (quiz, "quiz.select-answer", "u", i % 2));
      g_assert_true (gtk_widget_activate_action (quiz, "quiz.next", NULL));
    }
  g_assert_nonnull (liens_quiz_window_get_result (LIENS_QUIZ_WINDOW (quiz)));

  return quiz;
}

/* The import dialog once it has read @name from the sample files: its preview, or its
 * message for a file it cannot import. */
static GtkWidget *
open_import_dialog (Fixture    *fixture,
                    const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog = liens_import_dialog_new (GTK_WINDOW (fixture->window), fixture->store, file);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (liens_import_dialog_get_state (LIENS_IMPORT_DIALOG (dialog)), "loading") == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (liens_import_dialog_get_state (LIENS_IMPORT_DIALOG (dialog)), !=, "loading");

  return dialog;
}

static GtkWidget *
open_import_preview (Fixture *fixture)
{
  return open_import_dialog (fixture, "linkedin-connections.csv");
}

static GtkWidget *
open_import_error (Fixture *fixture)
{
  return open_import_dialog (fixture, "truncated.vcf");
}

typedef struct
{
  const char *name;
  OpenDialog open;
} DialogInfo;

/* Every window the app opens. Adding one is one line here. */
static const DialogInfo dialogs[] = {
  { "contact-editor-new", open_new_contact_editor },
  { "contact-editor", open_contact_editor },
  { "encounter-editor", open_encounter_editor },
  { "introduction-editor", open_introduction_editor },
  { "event-editor-new", open_new_event_editor },
  { "event-editor", open_event_editor },
  { "event-debrief", open_event_debrief },
  { "shortcuts", open_shortcuts },
  { "about", open_about },
  { "quiz-intro", open_quiz_intro },
  { "quiz-question", open_quiz_question },
  { "quiz-result", open_quiz_result },
  { "import-preview", open_import_preview },
  { "import-error", open_import_error },
};

static void
test_dialog (Fixture       *fixture,
             gconstpointer  data)
{
  const DialogInfo *info = data;
  GtkWidget *dialog = info->open (fixture);

  g_assert_nonnull (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  liens_test_wait_for_mapped (dialog);

  assert_one_language (dialog, info->name);

  /* The shortcuts window belongs to the main window, which destroys it. */
  if (GTK_IS_SHORTCUTS_WINDOW (dialog))
    gtk_widget_set_visible (dialog, FALSE);
  else
    liens_test_destroy_window (GTK_WINDOW (dialog));
}

/* The question asked when an editor with changes is closed. */
static void
test_discard_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *editor = open_new_contact_editor (fixture);
  GtkWidget *entry;
  GtkWidget *dialog;

  gtk_window_present (GTK_WINDOW (editor));
  liens_test_wait_for_mapped (editor);

  entry = liens_test_find_widget (editor, ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Zinédine");
  g_assert_true (gtk_widget_activate_action (editor, "editor.cancel", NULL));

  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  liens_test_wait_for_mapped (dialog);
  assert_one_language (dialog, "discard dialog");

  /* The dialog first: a transient parent must outlive its dialog. */
  liens_test_destroy_window (GTK_WINDOW (dialog));
  liens_test_destroy_window (GTK_WINDOW (editor));
}

/* A deletion's toast, with its Undo button. */
static void
test_delete_toast (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = show_contact_card (fixture);

  g_assert_true (gtk_widget_activate_action (page, "contacts.delete", NULL));
  liens_test_wait_for_animations (GTK_WIDGET (fixture->window));
  g_assert_nonnull (liens_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_TOAST_OVERLAY, NULL));
  assert_one_language (GTK_WIDGET (fixture->window), "delete toast");
}

/* Dates, times and sorting */

/* A Tuesday, 3 March 2026, at 14:05. */
static GDateTime *
tuesday_afternoon (void)
{
  return g_date_time_new_local (2026, 3, 3, 14, 5, 0);
}

static void
test_format_dates (void)
{
  g_autoptr(GDateTime) date = tuesday_afternoon ();
  g_autoptr(GDateTime) same_year = g_date_time_new_local (2026, 6, 1, 9, 0, 0);
  g_autoptr(GDateTime) next_year = g_date_time_new_local (2027, 1, 10, 9, 0, 0);
  g_autoptr(GDateTime) in_two_days = g_date_time_new_local (2026, 3, 5, 8, 0, 0);
  g_autofree char *full = liens_format_date (date);
  g_autofree char *time = liens_format_time (date);
  g_autofree char *short_date = liens_format_short_date (date, same_year);
  g_autofree char *other_year = liens_format_short_date (date, next_year);
  g_autofree char *ago = liens_format_relative_date (date, in_two_days);
  g_autofree char *ahead = liens_format_relative_date (in_two_days, date);
  g_autofree char *language = dup_language ();

  if (language != NULL && !g_str_has_prefix (language, "fr"))
    {
      g_test_skip ("The expected dates are written for English and French");
      return;
    }

  if (is_translated ())
    {
      /* French: the day before its month, no capitals, a 24-hour clock. */
      g_assert_cmpstr (full, ==, "mardi 3 mars 2026");
      g_assert_cmpstr (time, ==, "14:05");
      g_assert_cmpstr (short_date, ==, "3 mars");
      g_assert_cmpstr (other_year, ==, "3 mars 2026");
      g_assert_cmpstr (ago, ==, "Il y a 2\u00a0jours");
      g_assert_cmpstr (ahead, ==, "Dans 2\u00a0jours");
    }
  else
    {
      g_assert_cmpstr (full, ==, "Tuesday, March 3, 2026");
      g_assert_cmpstr (time, ==, "2:05 PM");
      g_assert_cmpstr (short_date, ==, "Mar 3");
      g_assert_cmpstr (other_year, ==, "Mar 3, 2026");
      g_assert_cmpstr (ago, ==, "2 days ago");
      g_assert_cmpstr (ahead, ==, "In 2 days");
    }
}

/* The contact list sorts as the locale does: "Émilie" with the E's, not after Z. */
static void
test_sorting (void)
{
  static const char * const names[] = { "Zoé", "Émilie", "eric", "Eva", "Ahmed", "Élodie", "Édouard" };
  static const char * const sorted[] = { "Ahmed", "Édouard", "Élodie", "Émilie", "eric", "Eva", "Zoé" };
  g_autofree char *dir = liens_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "liens.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiensStore) store = liens_store_new (path, &error);
  g_autoptr(GListModel) contacts = NULL;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LiensContact) contact = liens_contact_new ();

      liens_contact_set_given_name (contact, names[i]);
      g_assert_true (liens_store_save_contact (store, contact, &error));
      g_assert_no_error (error);
    }

  /* The expected order is French collation's; the C locale's would put "Zoé" before "eric"
   * and "Émilie" last, but the list sorts the same way there too. */
  for (guint i = 1; i < G_N_ELEMENTS (sorted) && g_str_has_prefix (setlocale (LC_COLLATE, NULL), "fr"); i++)
    g_assert_cmpint (g_utf8_collate (sorted[i - 1], sorted[i]), <, 0);

  contacts = liens_store_list_contacts (store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(LiensContact) contact = g_list_model_get_item (contacts, i);

      g_assert_cmpstr (liens_contact_get_display_name (contact), ==, sorted[i]);
    }

  g_clear_object (&store);
  liens_test_remove_temp_dir (dir);
}

static void
test_catalogue_is_in_use (void)
{
  g_autofree char *language = dup_language ();

  /* A translated run really is translated: the build tree's catalogue was found. */
  if (language == NULL)
    g_assert_cmpstr (_("Today"), ==, "Today");
  else if (g_str_has_prefix (language, "fr"))
    g_assert_cmpstr (_("Today"), ==, "Aujourd’hui");
  else
    g_assert_cmpstr (_("Today"), !=, "Today");
}

int
main (int   argc,
      char *argv[])
{
  static const char * const pages[] = { "timeline", "events", "profile" };
  int ret;

  liens_test_init (&argc, &argv);
  load_catalogue ();

  app = liens_test_new_application ();

  g_test_add_func ("/i18n/catalogue", test_catalogue_is_in_use);
  g_test_add_func ("/i18n/format/dates", test_format_dates);
  g_test_add_func ("/i18n/format/sorting", test_sorting);

  g_test_add ("/i18n/page/contacts", Fixture, NULL,
              fixture_set_up, test_page_contacts, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *test_path = g_strconcat ("/i18n/page/", pages[i], NULL);

      g_test_add (test_path, Fixture, pages[i], fixture_set_up, test_page, fixture_tear_down);
    }

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      g_autofree char *test_path = g_strconcat ("/i18n/dialog/", dialogs[i].name, NULL);

      g_test_add (test_path, Fixture, &dialogs[i], fixture_set_up, test_dialog, fixture_tear_down);
    }
  g_test_add ("/i18n/dialog/discard", Fixture, NULL,
              fixture_set_up, test_discard_dialog, fixture_tear_down);
  g_test_add ("/i18n/toast/delete", Fixture, NULL,
              fixture_set_up, test_delete_toast, fixture_tear_down);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
