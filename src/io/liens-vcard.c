/* liens-vcard.c: contacts to and from vCard (RFC 2426, RFC 6350) files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parser does with what real exporters write:
 *
 * - vCard 2.1, 3.0 and 4.0; CRLF, LF or CR line ends; folded lines; 2.1
 *   quoted-printable values with soft line breaks and a CHARSET.
 * - A line that is not UTF-8 and says nothing of its charset (old exporters
 *   writing ISO-8859-1) is read as Windows-1252, a superset of it; only a
 *   line that is not even Windows-1252 is an encoding error.
 * - N gives the names; FN only when N is empty (split at the last space).
 *   Name prefixes and suffixes, organisation units (ORG:Acme;Sales) and a
 *   full name other than "Given Family" are kept by keeping the whole N,
 *   ORG or FN line in vcard-extra; the writer writes it back instead of its
 *   own line as long as it still agrees with the contact's fields.
 * - Labels come from the TYPE parameters ("work", "home, fax"…, leaving out
 *   "pref", "voice" and "internet") or from an X-ABLabel in the same group.
 * - Google's "myContacts" category is a system group, not a tag: dropped.
 * - VERSION, PRODID and REV describe the file, not the person: dropped.
 *   Every other property Liens has no field for goes to vcard-extra.
 * - A card with nothing to call the contact by (no name, organisation or
 *   email) is skipped and counted.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liens-enum-types.h"
#include "liens-import.h"
#include "liens-vcard.h"

#define FOLD_WIDTH 75

typedef struct
{
  char  *name;    /* upper case */
  char **values;  /* unquoted */
} Param;

typedef struct
{
  char      *group;  /* NULL when none */
  char      *name;   /* upper case */
  GPtrArray *params;
  char      *value;  /* UTF-8, still escaped */
  char      *line;   /* the whole content line, as kept in vcard-extra */
  guint      lineno;
} Prop;

typedef struct
{
  GPtrArray *props;
  guint      start_line;
  gboolean   is_2_1;
} Card;

static void
param_free (Param *param)
{
  g_free (param->name);
  g_strfreev (param->values);
  g_free (param);
}

static void
prop_free (Prop *prop)
{
  g_free (prop->group);
  g_free (prop->name);
  g_clear_pointer (&prop->params, g_ptr_array_unref);
  g_free (prop->value);
  g_free (prop->line);
  g_free (prop);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Prop, prop_free)

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/* Splits @text at @sep outside double quotes (for parameters). */
static GPtrArray *
split_quoted (const char *text,
              gsize       length,
              char        sep)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;
  gsize start = 0;

  for (gsize i = 0; i <= length; i++)
    {
      if (i < length && text[i] == '"')
        quoted = !quoted;
      else if (i == length || (text[i] == sep && !quoted))
        {
          g_ptr_array_add (parts, g_strndup (text + start, i - start));
          start = i + 1;
        }
    }

  return parts;
}

static char *
unquote (const char *text)
{
  gsize length = strlen (text);

  if (length >= 2 && text[0] == '"' && text[length - 1] == '"')
    return g_strndup (text + 1, length - 2);

  return g_strdup (text);
}

static const Param *
find_param (const Prop *prop,
            const char *name)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      const Param *param = g_ptr_array_index (prop->params, i);

      if (strcmp (param->name, name) == 0)
        return param;
    }

  return NULL;
}

static const char *
param_value (const Prop *prop,
             const char *name)
{
  const Param *param = find_param (prop, name);

  return param != NULL && param->values[0] != NULL ? param->values[0] : NULL;
}

static gboolean
has_type (const Prop *prop,
          const char *type)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      const Param *param = g_ptr_array_index (prop->params, i);

      if (strcmp (param->name, "TYPE") != 0)
        continue;

      for (guint j = 0; param->values[j] != NULL; j++)
        {
          if (g_ascii_strcasecmp (param->values[j], type) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static const char *
prop_encoding (const Prop *prop)
{
  const char *encoding = param_value (prop, "ENCODING");

  return encoding != NULL ? encoding : "";
}

/* Backslash escapes of TEXT values: \n, \, \; \\ (and any other \x as x). */
static char *
unescape_text (const char *text,
               gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length)
        {
          i++;
          if (text[i] == 'n' || text[i] == 'N')
            g_string_append_c (out, '\n');
          else
            g_string_append_c (out, text[i]);
        }
      else if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
        continue; /* quoted-printable =0D=0A */
      else
        g_string_append_c (out, text[i]);
    }

  return g_string_free (out, FALSE);
}

/* URIs are not TEXT, but Apple escapes their colons and some exporters their commas. */
static char *
unescape_uri (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] != '\0' && strchr (",;:\\", p[1]) != NULL)
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Splits a structured or list value at unescaped @sep, unescaping each part. */
static GPtrArray *
split_value (const char *value,
             char        sep)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gsize start = 0;
  gsize i;

  for (i = 0; value[i] != '\0'; i++)
    {
      if (value[i] == '\\' && value[i + 1] != '\0')
        i++;
      else if (value[i] == sep)
        {
          g_ptr_array_add (parts, unescape_text (value + start, i - start));
          start = i + 1;
        }
    }
  g_ptr_array_add (parts, unescape_text (value + start, i - start));

  return parts;
}

static const char *
part (GPtrArray *parts,
      guint      index)
{
  return index < parts->len ? g_ptr_array_index (parts, index) : "";
}

static char *
strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text));
}

static char *
convert_to_utf8 (const char *bytes,
                 gsize       length,
                 const char *charset)
{
  char *converted = NULL;

  if (length == 0)
    return g_strdup ("");

  if (charset != NULL &&
      g_ascii_strcasecmp (charset, "UTF-8") != 0 &&
      g_ascii_strcasecmp (charset, "UTF8") != 0 &&
      g_ascii_strcasecmp (charset, "US-ASCII") != 0)
    {
      converted = g_convert (bytes, length, "UTF-8", charset, NULL, NULL, NULL);
      if (converted != NULL && g_utf8_validate (converted, -1, NULL))
        return converted;
      g_clear_pointer (&converted, g_free);
    }

  if (g_utf8_validate (bytes, length, NULL) && memchr (bytes, '\0', length) == NULL)
    return g_strndup (bytes, length);

  /* Undeclared 8-bit text is ISO-8859-1 or its Windows superset in practice. */
  converted = g_convert (bytes, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (converted != NULL && g_utf8_validate (converted, -1, NULL))
    return converted;

  g_free (converted);
  return NULL;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

static GByteArray *
decode_quoted_printable (const char *text)
{
  GByteArray *bytes = g_byte_array_new ();

  for (const char *p = text; *p != '\0'; p++)
    {
      guint8 c = (guint8)*p;

      if (*p == '=' && hex_value (p[1]) >= 0 && hex_value (p[2]) >= 0)
        {
          c = (guint8)(hex_value (p[1]) * 16 + hex_value (p[2]));
          p += 2;
        }
      else if (*p == '=' && p[1] == '\0')
        break;

      g_byte_array_append (bytes, &c, 1);
    }

  return bytes;
}

static char *
quote_param_value (const char *value)
{
  if (strpbrk (value, ":;,") != NULL)
    return g_strdup_printf ("\"%s\"", value);

  return g_strdup (value);
}

/* A vCard 4.0 content line from the parsed pieces: for 2.1 lines, whose
 * bare parameters and quoted-printable values other readers do not take. */
static char *
rebuild_line (const Prop *prop)
{
  GString *line = g_string_new (NULL);

  if (prop->group != NULL)
    g_string_append_printf (line, "%s.", prop->group);
  g_string_append (line, prop->name);

  for (guint i = 0; i < prop->params->len; i++)
    {
      const Param *param = g_ptr_array_index (prop->params, i);

      if (strcmp (param->name, "CHARSET") == 0 ||
          (strcmp (param->name, "ENCODING") == 0 &&
           g_ascii_strcasecmp (prop_encoding (prop), "QUOTED-PRINTABLE") == 0))
        continue;

      g_string_append_printf (line, ";%s=", param->name);
      for (guint j = 0; param->values[j] != NULL; j++)
        {
          g_autofree char *quoted = quote_param_value (param->values[j]);

          if (j > 0)
            g_string_append_c (line, ',');
          g_string_append (line, quoted);
        }
    }

  g_string_append_c (line, ':');
  for (const char *p = prop->value; *p != '\0'; p++)
    {
      if (*p == '\r')
        continue;
      if (*p == '\n')
        g_string_append (line, "\\n");
      else
        g_string_append_c (line, *p);
    }

  return g_string_free (line, FALSE);
}

/* Splits one unfolded content line into group, name, parameters and value. */
static Prop *
parse_content_line (const char  *line,
                    guint        lineno,
                    gboolean     is_2_1,
                    GError     **error)
{
  g_autoptr(Prop) prop = g_new0 (Prop, 1);
  g_autoptr(GPtrArray) pieces = NULL;
  const char *colon = NULL;
  const char *name;
  const char *dot;
  gboolean quoted = FALSE;
  gboolean quoted_printable = FALSE;
  const char *charset = NULL;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ':' && !quoted)
        {
          colon = p;
          break;
        }
    }

  if (colon == NULL || colon == line)
    return NULL;

  prop->lineno = lineno;
  prop->params = g_ptr_array_new_with_free_func ((GDestroyNotify)param_free);

  pieces = split_quoted (line, colon - line, ';');
  name = g_ptr_array_index (pieces, 0);
  dot = strrchr (name, '.');
  if (dot != NULL)
    {
      prop->group = g_strndup (name, dot - name);
      name = dot + 1;
    }
  prop->name = g_ascii_strup (name, -1);
  g_strstrip (prop->name);
  if (prop->name[0] == '\0')
    return NULL;

  for (guint i = 1; i < pieces->len; i++)
    {
      const char *piece = g_ptr_array_index (pieces, i);
      const char *equal = strchr (piece, '=');
      Param *param = g_new0 (Param, 1);
      g_autoptr(GPtrArray) values = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (equal != NULL)
        {
          g_autofree char *param_name = g_strndup (piece, equal - piece);

          param->name = g_ascii_strup (g_strstrip (param_name), -1);
          values = split_quoted (equal + 1, strlen (equal + 1), ',');
        }
      else
        {
          /* vCard 2.1 bare parameters: TEL;WORK;VOICE, PHOTO;BASE64… */
          g_autofree char *bare = strip_dup (piece);

          if (g_ascii_strcasecmp (bare, "QUOTED-PRINTABLE") == 0 ||
              g_ascii_strcasecmp (bare, "BASE64") == 0 ||
              g_ascii_strcasecmp (bare, "8BIT") == 0 ||
              g_ascii_strcasecmp (bare, "B") == 0)
            param->name = g_strdup ("ENCODING");
          else
            param->name = g_strdup ("TYPE");
          values = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (values, g_steal_pointer (&bare));
        }

      for (guint j = 0; j < values->len; j++)
        {
          g_autofree char *value = unquote (g_ptr_array_index (values, j));

          g_strv_builder_add (builder, g_strstrip (value));
        }
      param->values = g_strv_builder_end (builder);
      g_ptr_array_add (prop->params, param);
    }

  quoted_printable = g_ascii_strcasecmp (prop_encoding (prop), "QUOTED-PRINTABLE") == 0;
  charset = param_value (prop, "CHARSET");

  if (quoted_printable)
    {
      g_autoptr(GByteArray) bytes = decode_quoted_printable (colon + 1);

      prop->value = convert_to_utf8 ((const char *)bytes->data, bytes->len, charset);
      if (prop->value == NULL)
        {
          g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_ENCODING,
                       _("Line %u holds text in an encoding Liens cannot read."),
                       lineno);
          return NULL;
        }
    }
  else
    prop->value = g_strdup (colon + 1);

  if (is_2_1 || quoted_printable)
    prop->line = rebuild_line (prop);
  else
    prop->line = g_strdup (line);

  return g_steal_pointer (&prop);
}

static GEnumValue *
enum_value_by_nick (GType       type,
                    const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *lower = g_ascii_strdown (nick, -1);

  return g_enum_get_value_by_nick (klass, g_strstrip (lower));
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static gboolean
host_is (const char *host,
         const char *domain)
{
  gsize host_length = strlen (host);
  gsize domain_length = strlen (domain);

  if (g_ascii_strcasecmp (host, domain) == 0)
    return TRUE;

  return host_length > domain_length &&
         host[host_length - domain_length - 1] == '.' &&
         g_ascii_strcasecmp (host + host_length - domain_length, domain) == 0;
}

/* What a link points to, from its host: LinkedIn, X, a Mastodon profile
 * (a path starting with "/@"), another web site, or something else. */
static LiensDetailKind
classify_link (const char *value)
{
  const char *p = value;
  const char *host_end;
  g_autofree char *host = NULL;

  if (g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8;
  else if (g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7;
  else if (g_ascii_strncasecmp (p, "www.", 4) != 0)
    return LIENS_DETAIL_KIND_OTHER_LINK;

  host_end = p + strcspn (p, "/?#");
  host = g_strndup (p, host_end - p);

  if (host_is (host, "linkedin.com"))
    return LIENS_DETAIL_KIND_LINKEDIN;
  if (host_is (host, "x.com") || host_is (host, "twitter.com"))
    return LIENS_DETAIL_KIND_X;
  if (g_str_has_prefix (host_end, "/@") || strstr (host, "mastodon") != NULL)
    return LIENS_DETAIL_KIND_MASTODON;

  return LIENS_DETAIL_KIND_WEBSITE;
}

/* Apple writes its own labels as "_$!<Mobile>!$_". */
static char *
clean_ab_label (const char *label)
{
  g_autofree char *text = unescape_text (label, strlen (label));

  if (g_str_has_prefix (text, "_$!<") && g_str_has_suffix (text, ">!$_") && strlen (text) > 8)
    {
      g_autofree char *inner = g_strndup (text + 4, strlen (text) - 8);

      return g_ascii_strdown (inner, -1);
    }

  return g_strstrip (g_steal_pointer (&text));
}

static gboolean
is_ignored_type (const char *type)
{
  static const char * const ignored[] = {
    "pref", "voice", "internet", "x400", "x-internet", "uri", "text-uri",
    "linkedin", "twitter", "x", "mastodon",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ignored); i++)
    {
      if (g_ascii_strcasecmp (type, ignored[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static char *
label_from_types (const Prop *prop)
{
  g_autoptr(GString) label = g_string_new (NULL);

  for (guint i = 0; i < prop->params->len; i++)
    {
      const Param *param = g_ptr_array_index (prop->params, i);

      if (strcmp (param->name, "TYPE") != 0)
        continue;

      for (guint j = 0; param->values[j] != NULL; j++)
        {
          g_autofree char *type = g_ascii_strdown (param->values[j], -1);

          if (type[0] == '\0' || is_ignored_type (type))
            continue;
          if (label->len > 0)
            g_string_append (label, ", ");
          g_string_append (label, type);
        }
    }

  return label->len > 0 ? g_strdup (label->str) : NULL;
}

/* "YYYYMMDD", "YYYY-MM-DD", "--MMDD", "--MM-DD", with or without a time;
 * Apple marks a birthday without a year with X-APPLE-OMIT-YEAR=<the year written>. */
static char *
parse_birthday (const Prop *prop)
{
  const char *value = prop->value;
  const char *omit_year = param_value (prop, "X-APPLE-OMIT-YEAR");
  g_autofree char *text = strip_dup (value);
  g_autofree char *digits = NULL;
  char *t = strchr (text, 'T');
  gboolean no_year = g_str_has_prefix (text, "--");
  GString *only = g_string_new (NULL);
  int year = 2000, month, day;

  if (t != NULL)
    *t = '\0';

  for (const char *p = text + (no_year ? 2 : 0); *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (only, *p);
      else if (*p != '-')
        {
          g_string_free (only, TRUE);
          return NULL;
        }
    }
  digits = g_string_free (only, FALSE);

  if (no_year && strlen (digits) == 4)
    {
      month = (digits[0] - '0') * 10 + (digits[1] - '0');
      day = (digits[2] - '0') * 10 + (digits[3] - '0');
    }
  else if (!no_year && strlen (digits) == 8)
    {
      year = atoi (digits) / 10000;
      month = (digits[4] - '0') * 10 + (digits[5] - '0');
      day = (digits[6] - '0') * 10 + (digits[7] - '0');
    }
  else
    return NULL;

  /* 2000 is a leap year: 29 February without a year is a valid birthday. */
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return NULL;

  if (no_year || (omit_year != NULL && atoi (omit_year) == year))
    return g_strdup_printf ("--%02d-%02d", month, day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static GBytes *
parse_photo (const Prop *prop)
{
  const char *value = prop->value;
  const char *encoding = prop_encoding (prop);
  const char *data = NULL;
  g_autofree char *stripped = NULL;
  guchar *bytes;
  gsize length = 0;

  if (g_ascii_strcasecmp (encoding, "B") == 0 || g_ascii_strcasecmp (encoding, "BASE64") == 0)
    data = value;
  else if (g_ascii_strncasecmp (value, "data:", 5) == 0)
    {
      const char *comma = strchr (value, ',');

      if (comma == NULL || comma - value < 7 || g_ascii_strncasecmp (comma - 7, ";base64", 7) != 0)
        return NULL;
      data = comma + 1;
    }
  else
    return NULL;

  if (strlen (data) < 4)
    return NULL;

  stripped = g_strdup (data);
  bytes = g_base64_decode_inplace (stripped, &length);
  if (length == 0)
    return NULL;

  return g_bytes_new (bytes, length);
}

static void
append_joined (GString    *text,
               const char *value)
{
  g_autofree char *stripped = strip_dup (value);

  if (stripped[0] == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, ", ");
  g_string_append (text, stripped);
}

/* The kind a Liens writer asked for explicitly, see write_details(). */
static gboolean
liens_kind (const Prop      *prop,
            LiensDetailKind *kind)
{
  const char *nick = param_value (prop, "X-LIENS-KIND");
  GEnumValue *value;

  if (nick == NULL)
    return FALSE;

  value = enum_value_by_nick (LIENS_TYPE_DETAIL_KIND, nick);
  if (value == NULL)
    return FALSE;

  *kind = value->value;
  return TRUE;
}

static LiensDetailKind
social_kind (const Prop *prop,
             const char *value)
{
  const char *service = param_value (prop, "X-SERVICE-TYPE");

  if (has_type (prop, "linkedin") || (service && g_ascii_strcasecmp (service, "linkedin") == 0))
    return LIENS_DETAIL_KIND_LINKEDIN;
  if (has_type (prop, "twitter") || has_type (prop, "x") ||
      (service && (g_ascii_strcasecmp (service, "twitter") == 0 || g_ascii_strcasecmp (service, "x") == 0)))
    return LIENS_DETAIL_KIND_X;
  if (has_type (prop, "mastodon") || (service && g_ascii_strcasecmp (service, "mastodon") == 0))
    return LIENS_DETAIL_KIND_MASTODON;

  return classify_link (value);
}

static gboolean
apply_liens_property (LiensContact *contact,
                      const Prop   *prop,
                      const char   *text)
{
  const char *name = prop->name + strlen ("X-LIENS-");
  GEnumValue *value = NULL;

  if (strcmp (name, "MET-HOW") == 0)
    liens_contact_set_met_how (contact, text);
  else if (strcmp (name, "MET-ON") == 0)
    {
      g_autoptr(GDateTime) met_on = g_date_time_new_from_iso8601 (text, NULL);

      if (met_on == NULL)
        return FALSE;
      liens_contact_set_met_on (contact, met_on);
    }
  else if (strcmp (name, "TIE-STRENGTH") == 0 &&
           (value = enum_value_by_nick (LIENS_TYPE_TIE_STRENGTH, text)) != NULL)
    liens_contact_set_tie_strength (contact, value->value);
  else if (strcmp (name, "TIE-NATURE") == 0 &&
           (value = enum_value_by_nick (LIENS_TYPE_TIE_NATURE, text)) != NULL)
    liens_contact_set_tie_nature (contact, value->value);
  else if (strcmp (name, "PROFILE") == 0 &&
           (value = enum_value_by_nick (LIENS_TYPE_PROFILE, text)) != NULL)
    liens_contact_set_profile (contact, value->value);
  else if (strcmp (name, "CADENCE") == 0 &&
           (value = enum_value_by_nick (LIENS_TYPE_CADENCE, text)) != NULL)
    liens_contact_set_cadence (contact, value->value);
  else if (strcmp (name, "CADENCE-DAYS") == 0)
    {
      gint64 days = g_ascii_strtoll (text, NULL, 10);

      if (days < 1 || days > 100000)
        return FALSE;
      liens_contact_set_cadence_days (contact, (int)days);
    }
  else
    return FALSE;

  return TRUE;
}

static gboolean
is_shadow (const char *name)
{
  return strcmp (name, "N") == 0 || strcmp (name, "FN") == 0 || strcmp (name, "ORG") == 0;
}

/* Builds the contact of one card; NULL when it has nothing to name it by. */
static LiensContact *
contact_from_card (Card *card)
{
  g_autoptr(LiensContact) contact = liens_contact_new ();
  g_autoptr(GHashTable) ab_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) used_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GString) expertise = g_string_new (NULL);
  g_autoptr(GString) interests = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();
  g_autofree char *fn = NULL;
  const Prop *n_prop = NULL;
  const Prop *fn_prop = NULL;
  const Prop *org_prop = NULL;
  const Prop *title_prop = NULL;
  const Prop *role_prop = NULL;
  gboolean has_photo = FALSE;
  g_autofree char *extra_text = NULL;

  for (guint i = 0; i < card->props->len; i++)
    {
      const Prop *prop = g_ptr_array_index (card->props, i);

      if (prop->group != NULL && strcmp (prop->name, "X-ABLABEL") == 0)
        g_hash_table_insert (ab_labels, g_ascii_strdown (prop->group, -1), clean_ab_label (prop->value));
    }

  for (guint i = 0; i < card->props->len; i++)
    {
      const Prop *prop = g_ptr_array_index (card->props, i);
      const char *name = prop->name;
      LiensDetailKind kind = LIENS_DETAIL_KIND_OTHER_LINK;
      g_autofree char *detail_value = NULL;
      gboolean kept = TRUE;

      if (strcmp (name, "VERSION") == 0 || strcmp (name, "PRODID") == 0 || strcmp (name, "REV") == 0)
        continue;

      if (strcmp (name, "N") == 0 && n_prop == NULL)
        n_prop = prop;
      else if (strcmp (name, "FN") == 0 && fn_prop == NULL)
        fn_prop = prop;
      else if (strcmp (name, "ORG") == 0 && org_prop == NULL)
        org_prop = prop;
      else if (strcmp (name, "TITLE") == 0 && title_prop == NULL && has_text (prop->value))
        title_prop = prop;
      else if (strcmp (name, "ROLE") == 0 && role_prop == NULL && has_text (prop->value))
        role_prop = prop;
      else if (strcmp (name, "NOTE") == 0)
        {
          g_autofree char *note = unescape_text (prop->value, strlen (prop->value));

          if (notes->len > 0)
            g_string_append_c (notes, '\n');
          g_string_append (notes, note);
        }
      else if (strcmp (name, "BDAY") == 0 && liens_contact_get_birthday (contact) == NULL)
        {
          g_autofree char *birthday = parse_birthday (prop);

          kept = birthday != NULL;
          liens_contact_set_birthday (contact, birthday);
        }
      else if (strcmp (name, "CATEGORIES") == 0)
        {
          g_autoptr(GPtrArray) parts = split_value (prop->value, ',');

          for (guint j = 0; j < parts->len; j++)
            {
              /* Google's group of every contact, not a label the user chose. */
              if (g_ascii_strcasecmp (g_strstrip ((char *)g_ptr_array_index (parts, j)), "myContacts") != 0)
                g_strv_builder_add (tags, g_ptr_array_index (parts, j));
            }
        }
      else if (strcmp (name, "PHOTO") == 0 && !has_photo)
        {
          g_autoptr(GBytes) photo = parse_photo (prop);

          kept = photo != NULL;
          has_photo = kept;
          liens_contact_set_photo (contact, photo);
        }
      else if (strcmp (name, "UID") == 0 && liens_contact_get_uid (contact) == NULL)
        {
          g_autofree char *uid = unescape_text (prop->value, strlen (prop->value));

          g_strstrip (uid);

          kept = uid[0] != '\0';
          liens_contact_set_uid (contact, kept ? uid : NULL);
        }
      else if (strcmp (name, "EXPERTISE") == 0)
        {
          g_autofree char *text = unescape_text (prop->value, strlen (prop->value));

          append_joined (expertise, text);
        }
      else if (strcmp (name, "INTEREST") == 0 || strcmp (name, "HOBBY") == 0)
        {
          g_autofree char *text = unescape_text (prop->value, strlen (prop->value));

          append_joined (interests, text);
        }
      else if (strcmp (name, "EMAIL") == 0)
        {
          kind = LIENS_DETAIL_KIND_EMAIL;
          detail_value = unescape_text (prop->value, strlen (prop->value));
        }
      else if (strcmp (name, "TEL") == 0)
        {
          g_autofree char *text = unescape_text (prop->value, strlen (prop->value));

          kind = LIENS_DETAIL_KIND_PHONE;
          if (g_ascii_strncasecmp (text, "tel:", 4) == 0)
            detail_value = g_strdup (text + 4);
          else
            detail_value = g_steal_pointer (&text);
        }
      else if (strcmp (name, "URL") == 0)
        {
          detail_value = unescape_uri (prop->value);
          if (!liens_kind (prop, &kind))
            kind = classify_link (g_strstrip (detail_value));
        }
      else if (strcmp (name, "X-SOCIALPROFILE") == 0 || strcmp (name, "SOCIALPROFILE") == 0)
        {
          detail_value = unescape_uri (prop->value);
          if (!liens_kind (prop, &kind))
            kind = social_kind (prop, g_strstrip (detail_value));
        }
      else if (strcmp (name, "IMPP") == 0)
        {
          detail_value = unescape_uri (prop->value);
          if (!liens_kind (prop, &kind))
            kind = LIENS_DETAIL_KIND_OTHER_LINK;
        }
      else if (g_str_has_prefix (name, "X-LIENS-"))
        {
          g_autofree char *text = unescape_text (prop->value, strlen (prop->value));

          kept = apply_liens_property (contact, prop, g_strstrip (text));
        }
      else
        kept = FALSE;

      if (detail_value != NULL)
        {
          g_autofree char *label = NULL;
          const char *ab_label = NULL;

          g_strstrip (detail_value);
          kept = detail_value[0] != '\0';
          if (kept)
            {
              if (prop->group != NULL)
                {
                  g_autofree char *group = g_ascii_strdown (prop->group, -1);

                  ab_label = g_hash_table_lookup (ab_labels, group);
                  g_hash_table_add (used_groups, g_steal_pointer (&group));
                }
              label = ab_label != NULL && ab_label[0] != '\0' ? g_strdup (ab_label) : label_from_types (prop);
              liens_contact_add_detail (contact, kind, label, detail_value);
            }
        }

      if (!kept)
        g_ptr_array_add (extra, (gpointer)prop);
    }

  if (title_prop != NULL)
    {
      g_autofree char *role = unescape_text (title_prop->value, strlen (title_prop->value));

      liens_contact_set_role (contact, g_strstrip (role));
      if (role_prop != NULL)
        g_ptr_array_add (extra, (gpointer)role_prop);
    }
  else if (role_prop != NULL)
    {
      g_autofree char *role = unescape_text (role_prop->value, strlen (role_prop->value));

      liens_contact_set_role (contact, g_strstrip (role));
    }

  if (org_prop != NULL)
    {
      g_autoptr(GPtrArray) parts = split_value (org_prop->value, ';');
      g_autofree char *organisation = strip_dup (part (parts, 0));

      liens_contact_set_organisation (contact, has_text (organisation) ? organisation : NULL);
    }

  if (n_prop != NULL)
    {
      g_autoptr(GPtrArray) parts = split_value (n_prop->value, ';');
      g_autofree char *family = strip_dup (part (parts, 0));
      g_autofree char *given = strip_dup (part (parts, 1));

      liens_contact_set_family_name (contact, has_text (family) ? family : NULL);
      liens_contact_set_given_name (contact, has_text (given) ? given : NULL);
    }

  if (fn_prop != NULL)
    {
      fn = unescape_text (fn_prop->value, strlen (fn_prop->value));
      g_strstrip (fn);
    }

  if (fn != NULL && fn[0] != '\0' &&
      liens_contact_get_given_name (contact) == NULL &&
      liens_contact_get_family_name (contact) == NULL &&
      g_strcmp0 (fn, liens_contact_get_organisation (contact)) != 0 &&
      strchr (fn, '@') == NULL)
    {
      char *space = strrchr (fn, ' ');

      if (space != NULL)
        {
          g_autofree char *given = g_strndup (fn, space - fn);

          liens_contact_set_given_name (contact, g_strstrip (given));
          liens_contact_set_family_name (contact, space + 1);
        }
      else
        liens_contact_set_given_name (contact, fn);
    }

  liens_contact_set_notes (contact, notes->len > 0 ? notes->str : NULL);
  liens_contact_set_expertise (contact, expertise->len > 0 ? expertise->str : NULL);
  liens_contact_set_interests (contact, interests->len > 0 ? interests->str : NULL);
  {
    g_auto(GStrv) tag_list = g_strv_builder_end (tags);

    liens_contact_set_tags (contact, (const char * const *)tag_list);
  }

  if (liens_contact_get_display_name (contact)[0] == '\0')
    return NULL;

  /* N, FN and ORG lines that hold more than the contact's fields, first. */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(GPtrArray) n_parts = n_prop != NULL ? split_value (n_prop->value, ';') : NULL;
    g_autoptr(GPtrArray) org_parts = org_prop != NULL ? split_value (org_prop->value, ';') : NULL;

    if (n_parts != NULL &&
        (has_text (part (n_parts, 2)) || has_text (part (n_parts, 3)) || has_text (part (n_parts, 4))))
      g_string_append_printf (text, "%s\n", n_prop->line);
    if (fn != NULL && fn[0] != '\0' && strcmp (fn, liens_contact_get_display_name (contact)) != 0)
      g_string_append_printf (text, "%s\n", fn_prop->line);
    for (guint i = 1; org_parts != NULL && i < org_parts->len; i++)
      {
        if (has_text (part (org_parts, i)))
          {
            g_string_append_printf (text, "%s\n", org_prop->line);
            break;
          }
      }

    for (guint i = 0; i < extra->len; i++)
      {
        const Prop *prop = g_ptr_array_index (extra, i);

        if (is_shadow (prop->name) && (prop == n_prop || prop == fn_prop || prop == org_prop))
          continue;

        /* An X-ABLabel already used as a detail's label. */
        if (prop->group != NULL && strcmp (prop->name, "X-ABLABEL") == 0)
          {
            g_autofree char *group = g_ascii_strdown (prop->group, -1);

            if (g_hash_table_contains (used_groups, group))
              continue;
          }

        g_string_append_printf (text, "%s\n", prop->line);
      }

    if (text->len > 0)
      {
        g_string_truncate (text, text->len - 1);
        extra_text = g_strdup (text->str);
      }
  }

  liens_contact_set_vcard_extra (contact, extra_text);

  return g_steal_pointer (&contact);
}

static void
card_free (Card *card)
{
  g_clear_pointer (&card->props, g_ptr_array_unref);
  g_free (card);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Card, card_free)

/* Content lines before the colon, to tell quoted-printable soft breaks. */
static gboolean
is_quoted_printable_line (const char *line)
{
  const char *colon = strchr (line, ':');
  const char *p;

  if (colon == NULL)
    return FALSE;

  for (p = line; p + 16 <= colon; p++)
    {
      if (g_ascii_strncasecmp (p, "QUOTED-PRINTABLE", 16) == 0)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  GPtrArray  *contacts;
  Card       *card;
  guint       depth;
  guint       n_cards;
  guint       n_skipped;
  gboolean    is_2_1;
} ParseState;

static gboolean
handle_line (ParseState  *state,
             const char  *line,
             guint        lineno,
             GError     **error)
{
  g_autoptr(Prop) prop = NULL;
  g_autoptr(GError) local_error = NULL;

  if (line[0] == '\0')
    return TRUE;

  prop = parse_content_line (line, lineno, state->is_2_1, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (prop == NULL)
    return TRUE;

  if (strcmp (prop->name, "BEGIN") == 0 && g_ascii_strcasecmp (g_strstrip (prop->value), "VCARD") == 0)
    {
      if (state->depth++ == 0)
        {
          state->card = g_new0 (Card, 1);
          state->card->props = g_ptr_array_new_with_free_func ((GDestroyNotify)prop_free);
          state->card->start_line = lineno;
          state->is_2_1 = FALSE;
          state->n_cards++;
        }
      return TRUE;
    }

  if (strcmp (prop->name, "END") == 0 && g_ascii_strcasecmp (g_strstrip (prop->value), "VCARD") == 0)
    {
      if (state->depth == 0)
        return TRUE;

      if (--state->depth == 0)
        {
          g_autoptr(Card) card = g_steal_pointer (&state->card);
          LiensContact *contact = contact_from_card (card);

          if (contact != NULL)
            g_ptr_array_add (state->contacts, contact);
          else
            state->n_skipped++;
        }
      return TRUE;
    }

  /* Outside any card, or inside a card nested in another (2.1 AGENT). */
  if (state->depth != 1)
    return TRUE;

  if (strcmp (prop->name, "VERSION") == 0)
    state->is_2_1 = g_str_has_prefix (g_strstrip (prop->value), "2.");

  g_ptr_array_add (state->card->props, g_steal_pointer (&prop));
  return TRUE;
}

/**
 * liens_vcard_parse_full:
 * @data: (array length=length): the content of a vCard file
 * @length: the length of @data in bytes
 * @n_skipped: (out) (optional): where to store the number of cards skipped
 *   for having nothing to name the contact by
 * @error: return location for a #GError in %LIENS_IMPORT_ERROR
 *
 * Reads every card of a vCard 2.1, 3.0 or 4.0 file. Either the whole file
 * is read, or an error says what is wrong and on which line: no contact is
 * returned from a file cut short.
 *
 * Returns: (transfer full) (element-type LiensContact): the new, unsaved
 *   contacts, possibly none; or %NULL on error
 */
GPtrArray *
liens_vcard_parse_full (const char  *data,
                        gsize        length,
                        guint       *n_skipped,
                        GError     **error)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GString) logical = g_string_new (NULL);
  ParseState state = { 0, };
  const char *p = data;
  const char *end = data + length;
  gboolean all_utf8;
  gboolean logical_qp = FALSE;
  guint logical_lineno = 0;
  guint lineno = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (n_skipped != NULL)
    *n_skipped = 0;

  if (!liens_import_check_text (data, length, error))
    return NULL;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  all_utf8 = g_utf8_validate (p, end - p, NULL);
  contacts = g_ptr_array_new_with_free_func (g_object_unref);
  state.contacts = contacts;

  while (p < end)
    {
      const char *line_start = p;
      const char *line_end;
      g_autofree char *converted = NULL;
      const char *line;
      gsize line_length;

      while (p < end && *p != '\n' && *p != '\r')
        p++;
      line_end = p;
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n' && (p == line_end || p[-1] == '\r' || p == line_end))
        p++;
      lineno++;

      line = line_start;
      line_length = line_end - line_start;
      if (!all_utf8 && !g_utf8_validate (line, line_length, NULL))
        {
          converted = convert_to_utf8 (line, line_length, NULL);
          if (converted == NULL)
            {
              g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_ENCODING,
                           _("Line %u holds text in an encoding Liens cannot read."),
                           lineno);
              goto fail;
            }
          line = converted;
          line_length = strlen (converted);
        }

      if (line_length > 0 && (line[0] == ' ' || line[0] == '\t') && logical->len > 0)
        {
          /* vCard 2.1 folds before existing white space, which belongs to the value. */
          if (state.is_2_1)
            g_string_append_len (logical, line, line_length);
          else
            g_string_append_len (logical, line + 1, line_length - 1);
          continue;
        }

      if (logical_qp && logical->len > 0 && logical->str[logical->len - 1] == '=')
        {
          g_string_truncate (logical, logical->len - 1);
          g_string_append_len (logical, line, line_length);
          continue;
        }

      if (logical->len > 0 && !handle_line (&state, logical->str, logical_lineno, error))
        goto fail;

      g_string_truncate (logical, 0);
      g_string_append_len (logical, line, line_length);
      logical_lineno = lineno;
      logical_qp = is_quoted_printable_line (logical->str);
    }

  if (logical->len > 0 && !handle_line (&state, logical->str, logical_lineno, error))
    goto fail;

  if (state.depth > 0)
    {
      g_set_error (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_TRUNCATED,
                   _("The file is cut short: the card that starts on line %u has no END:VCARD line."),
                   state.card->start_line);
      goto fail;
    }

  if (state.n_cards == 0)
    {
      g_set_error_literal (error, LIENS_IMPORT_ERROR, LIENS_IMPORT_ERROR_NOT_VCARD,
                           _("The file is not a vCard file: it has no BEGIN:VCARD line."));
      goto fail;
    }

  if (n_skipped != NULL)
    *n_skipped = state.n_skipped;

  g_clear_pointer (&state.card, card_free);
  return g_steal_pointer (&contacts);

fail:
  g_clear_pointer (&state.card, card_free);
  return NULL;
}

/**
 * liens_vcard_parse:
 * @data: (array length=length): the content of a vCard file
 * @length: the length of @data in bytes
 * @error: return location for a #GError in %LIENS_IMPORT_ERROR
 *
 * As liens_vcard_parse_full(), without the count of skipped cards.
 *
 * Returns: (transfer full) (element-type LiensContact): the new contacts,
 *   or %NULL on error
 */
GPtrArray *
liens_vcard_parse (const char  *data,
                   gsize        length,
                   GError     **error)
{
  return liens_vcard_parse_full (data, length, NULL, error);
}

/* Writing */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* Writes @line folded at 75 octets, never inside a UTF-8 sequence. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize width = FOLD_WIDTH;

  while (length - start > width)
    {
      gsize cut = start + width;

      while (cut > start + 1 && ((guchar)line[cut] & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, line + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      /* The leading space of a continuation line counts. */
      width = FOLD_WIDTH - 1;
    }

  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
write_text (GString    *out,
            const char *name,
            const char *value)
{
  g_autoptr(GString) line = NULL;

  if (!has_text (value))
    return;

  line = g_string_new (name);
  g_string_append_c (line, ':');
  append_escaped (line, value);
  append_folded (out, line->str);
}

static gboolean
is_type_token (const char *token)
{
  static const char * const tokens[] = {
    "home", "work", "cell", "fax", "pager", "video", "textphone", "text",
    "main", "other", "msg", "car", "isdn", "bbs", "modem", "pcs", "iphone",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      if (strcmp (token, tokens[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* "work" or "home, fax" go in TYPE; any other label in an X-ABLabel. */
static char *
type_param_for_label (const char *label)
{
  g_auto(GStrv) tokens = NULL;

  if (!has_text (label))
    return NULL;

  tokens = g_strsplit (label, ", ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (!is_type_token (tokens[i]))
        return NULL;
    }

  return g_strjoinv (",", tokens);
}

static guint
first_free_item_group (const char *extra)
{
  guint next = 1;

  for (const char *p = extra; p != NULL && *p != '\0'; )
    {
      const char *eol = strchr (p, '\n');

      if (g_ascii_strncasecmp (p, "item", 4) == 0 && g_ascii_isdigit (p[4]))
        next = MAX (next, (guint)atoi (p + 4) + 1);
      p = eol != NULL ? eol + 1 : NULL;
    }

  return next;
}

static void
write_details (GString      *out,
               LiensContact *contact,
               const char   *extra)
{
  GPtrArray *details = liens_contact_get_details (contact);
  guint group = first_free_item_group (extra);

  for (guint i = 0; i < details->len; i++)
    {
      const LiensContactDetail *detail = g_ptr_array_index (details, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *types = type_param_for_label (detail->label);
      g_autofree char *ab_group = NULL;
      const char *name;

      if (!has_text (detail->value))
        continue;

      if (types == NULL && has_text (detail->label))
        ab_group = g_strdup_printf ("item%u", group++);

      if (ab_group != NULL)
        g_string_append_printf (line, "%s.", ab_group);

      switch (detail->kind)
        {
        case LIENS_DETAIL_KIND_EMAIL:
          name = "EMAIL";
          break;
        case LIENS_DETAIL_KIND_PHONE:
          name = "TEL";
          break;
        case LIENS_DETAIL_KIND_LINKEDIN:
        case LIENS_DETAIL_KIND_X:
        case LIENS_DETAIL_KIND_MASTODON:
        case LIENS_DETAIL_KIND_WEBSITE:
        case LIENS_DETAIL_KIND_OTHER_LINK:
        default:
          name = "URL";
          break;
        }
      g_string_append (line, name);

      if (types != NULL)
        g_string_append_printf (line, ";TYPE=%s", types);

      if (strcmp (name, "URL") == 0)
        {
          /* Only when the address alone would be read as another kind. */
          if (classify_link (detail->value) != detail->kind)
            g_string_append_printf (line, ";X-LIENS-KIND=%s",
                                    enum_nick (LIENS_TYPE_DETAIL_KIND, detail->kind));
          g_string_append_c (line, ':');
          g_string_append (line, detail->value);
        }
      else
        {
          g_string_append_c (line, ':');
          append_escaped (line, detail->value);
        }
      append_folded (out, line->str);

      if (ab_group != NULL)
        {
          g_autoptr(GString) label_line = g_string_new (NULL);

          g_string_append_printf (label_line, "%s.X-ABLabel:", ab_group);
          append_escaped (label_line, detail->label);
          append_folded (out, label_line->str);
        }
    }
}

static const char *
photo_mime_type (GBytes *photo)
{
  gsize length;
  const guchar *bytes = g_bytes_get_data (photo, &length);

  if (length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
    return "image/jpeg";
  if (length >= 8 && memcmp (bytes, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "image/png";
  if (length >= 6 && memcmp (bytes, "GIF8", 4) == 0)
    return "image/gif";
  if (length >= 12 && memcmp (bytes, "RIFF", 4) == 0 && memcmp (bytes + 8, "WEBP", 4) == 0)
    return "image/webp";

  return "application/octet-stream";
}

static void
write_photo (GString           *out,
             GBytes            *photo,
             LiensVCardVersion  version)
{
  g_autofree char *base64 = NULL;
  g_autofree char *line = NULL;
  const char *mime_type;
  gsize length;
  const guchar *bytes;

  if (photo == NULL || g_bytes_get_size (photo) == 0)
    return;

  bytes = g_bytes_get_data (photo, &length);
  base64 = g_base64_encode (bytes, length);
  mime_type = photo_mime_type (photo);

  if (version == LIENS_VCARD_VERSION_4_0)
    line = g_strdup_printf ("PHOTO:data:%s;base64,%s", mime_type, base64);
  else if (g_str_has_prefix (mime_type, "image/"))
    {
      g_autofree char *type = g_ascii_strup (mime_type + strlen ("image/"), -1);

      line = g_strdup_printf ("PHOTO;ENCODING=b;TYPE=%s:%s", type, base64);
    }
  else
    line = g_strdup_printf ("PHOTO;ENCODING=b:%s", base64);

  append_folded (out, line);
}

static const char *
find_extra_line (char       **lines,
                 const char  *name)
{
  gsize name_length = strlen (name);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_ascii_strncasecmp (lines[i], name, name_length) == 0 &&
          (lines[i][name_length] == ':' || lines[i][name_length] == ';'))
        return lines[i];
    }

  return NULL;
}

static const char *
extra_value (const char *line)
{
  const char *colon = strchr (line, ':');

  return colon != NULL ? colon + 1 : "";
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (has_text (a) ? a : "", has_text (b) ? b : "") == 0;
}

static void
write_names (GString      *out,
             LiensContact *contact,
             char        **extra_lines)
{
  const char *given = liens_contact_get_given_name (contact);
  const char *family = liens_contact_get_family_name (contact);
  const char *organisation = liens_contact_get_organisation (contact);
  const char *n_line = find_extra_line (extra_lines, "N");
  const char *fn_line = find_extra_line (extra_lines, "FN");
  const char *org_line = find_extra_line (extra_lines, "ORG");

  if (n_line != NULL)
    {
      g_autoptr(GPtrArray) parts = split_value (extra_value (n_line), ';');

      if (!same_text (part (parts, 0), family) || !same_text (part (parts, 1), given))
        n_line = NULL;
    }

  if (n_line != NULL)
    append_folded (out, n_line);
  else
    {
      g_autoptr(GString) line = g_string_new ("N:");

      append_escaped (line, family != NULL ? family : "");
      g_string_append_c (line, ';');
      append_escaped (line, given != NULL ? given : "");
      g_string_append (line, ";;;");
      append_folded (out, line->str);
    }

  if (fn_line != NULL)
    {
      g_autofree char *fn = unescape_text (extra_value (fn_line), strlen (extra_value (fn_line)));

      if ((!has_text (given) && !has_text (family)) ||
          (has_text (given) && strstr (fn, given) == NULL) ||
          (has_text (family) && strstr (fn, family) == NULL))
        fn_line = NULL;
    }

  if (fn_line != NULL)
    append_folded (out, fn_line);
  else
    {
      g_autoptr(GString) line = g_string_new ("FN:");

      append_escaped (line, liens_contact_get_display_name (contact));
      append_folded (out, line->str);
    }

  if (org_line != NULL)
    {
      g_autoptr(GPtrArray) parts = split_value (extra_value (org_line), ';');
      g_autofree char *first = strip_dup (part (parts, 0));

      if (!same_text (first, organisation))
        org_line = NULL;
    }

  if (org_line != NULL)
    append_folded (out, org_line);
  else
    write_text (out, "ORG", organisation);
}

static void
write_enum (GString    *out,
            const char *name,
            GType       type,
            int         value)
{
  if (value != 0)
    {
      g_autofree char *line = g_strdup_printf ("%s:%s", name, enum_nick (type, value));

      append_folded (out, line);
    }
}

static void
write_contact (GString           *out,
               LiensContact      *contact,
               LiensVCardVersion  version)
{
  const char *extra = liens_contact_get_vcard_extra (contact);
  g_auto(GStrv) extra_lines = g_strsplit (extra != NULL ? extra : "", "\n", -1);
  const char * const *tags = liens_contact_get_tags (contact);
  const char *birthday = liens_contact_get_birthday (contact);
  GDateTime *met_on = liens_contact_get_met_on (contact);

  g_string_append (out, "BEGIN:VCARD\r\n");
  g_string_append (out, version == LIENS_VCARD_VERSION_4_0 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n");
  g_string_append (out, "PRODID:-//Liens//Liens " PACKAGE_VERSION "//EN\r\n");

  write_text (out, "UID", liens_contact_get_uid (contact));

  write_names (out, contact, extra_lines);
  write_text (out, "TITLE", liens_contact_get_role (contact));
  write_details (out, contact, extra);

  if (birthday != NULL)
    {
      g_autofree char *line = NULL;

      if (version == LIENS_VCARD_VERSION_4_0)
        {
          g_autofree char *basic = g_strdup (birthday);
          char *w = basic;

          /* vCard 4.0 writes dates in the basic format: 19850412, --0412. */
          for (const char *r = birthday; *r != '\0'; r++)
            {
              if (*r != '-' || r < birthday + 2)
                *w++ = *r;
            }
          *w = '\0';
          line = g_strdup_printf ("BDAY:%s", basic);
        }
      else
        line = g_strdup_printf ("BDAY:%s", birthday);
      append_folded (out, line);
    }

  if (tags[0] != NULL)
    {
      g_autoptr(GString) line = g_string_new ("CATEGORIES:");

      for (guint i = 0; tags[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (line, ',');
          append_escaped (line, tags[i]);
        }
      append_folded (out, line->str);
    }

  write_text (out, "NOTE", liens_contact_get_notes (contact));
  write_text (out, "EXPERTISE", liens_contact_get_expertise (contact));
  write_text (out, "INTEREST", liens_contact_get_interests (contact));
  write_photo (out, liens_contact_get_photo (contact), version);

  /* Liens's own fields, which other address books keep without reading. */
  write_text (out, "X-LIENS-MET-HOW", liens_contact_get_met_how (contact));
  if (met_on != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (met_on);
      g_autofree char *line = g_strdup_printf ("X-LIENS-MET-ON:%s", iso);

      append_folded (out, line);
    }
  write_enum (out, "X-LIENS-TIE-STRENGTH", LIENS_TYPE_TIE_STRENGTH, liens_contact_get_tie_strength (contact));
  write_enum (out, "X-LIENS-TIE-NATURE", LIENS_TYPE_TIE_NATURE, liens_contact_get_tie_nature (contact));
  write_enum (out, "X-LIENS-PROFILE", LIENS_TYPE_PROFILE, liens_contact_get_profile (contact));
  write_enum (out, "X-LIENS-CADENCE", LIENS_TYPE_CADENCE, liens_contact_get_cadence (contact));
  if (liens_contact_get_cadence (contact) == LIENS_CADENCE_CUSTOM)
    {
      g_autofree char *line = g_strdup_printf ("X-LIENS-CADENCE-DAYS:%d",
                                               liens_contact_get_cadence_days (contact));

      append_folded (out, line);
    }

  for (guint i = 0; extra_lines[i] != NULL; i++)
    {
      const char *line = extra_lines[i];
      gsize name_length = strcspn (line, ";:");

      /* Never a line that would end the card early or say it again. */
      if (line[0] == '\0' || strchr (line, ':') == NULL || strchr (line, '\r') != NULL ||
          (name_length == 7 && g_ascii_strncasecmp (line, "VERSION", 7) == 0) ||
          (((name_length == 5 && g_ascii_strncasecmp (line, "BEGIN", 5) == 0) ||
            (name_length == 3 && g_ascii_strncasecmp (line, "END", 3) == 0)) &&
           g_ascii_strncasecmp (extra_value (line), "VCARD", 5) == 0))
        continue;

      /* Written above, in place of the line made from the fields, or dropped as stale. */
      if ((name_length == 1 && g_ascii_strncasecmp (line, "N", 1) == 0) ||
          (name_length == 2 && g_ascii_strncasecmp (line, "FN", 2) == 0) ||
          (name_length == 3 && g_ascii_strncasecmp (line, "ORG", 3) == 0))
        continue;

      append_folded (out, line);
    }

  g_string_append (out, "END:VCARD\r\n");
}

/**
 * liens_vcard_write:
 * @contacts: (array length=n_contacts): contacts
 * @n_contacts: the number of contacts
 * @version: the vCard version to write
 *
 * Writes one card per contact, with CRLF line ends and lines folded at 75
 * octets. The UID is written only when the contact has one. The properties
 * kept in vcard-extra are written back, and Liens's own fields go in
 * X-LIENS-* properties, so that liens_vcard_parse() gives the contacts back.
 *
 * Returns: (transfer full): the vCard text
 */
char *
liens_vcard_write (LiensContact * const *contacts,
                   guint                 n_contacts,
                   LiensVCardVersion     version)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (contacts != NULL || n_contacts == 0, NULL);

  for (guint i = 0; i < n_contacts; i++)
    write_contact (out, contacts[i], version);

  return g_string_free (out, FALSE);
}
