#!/bin/sh
# Fails when a .po file lacks, or has fuzzy, translations of the current sources' strings.
# Usage: check-po.sh SRCDIR LANG...
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

srcdir=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$srcdir"
grep -v '^[[:space:]]*#' po/POTFILES.in | sed '/^[[:space:]]*$/d' >"$tmp/files"

# Every file that has translatable text must be listed.
grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|NC_|ngettext) ?\( ?"|translatable="yes"' src | sort >"$tmp/with-strings"
unlisted=$(sort "$tmp/files" | comm -23 "$tmp/with-strings" -)
if [ -n "$unlisted" ]; then
  echo "Not listed in po/POTFILES.in:"
  echo "$unlisted"
  exit 1
fi

xgettext --from-code=UTF-8 --add-comments=Translators --package-name=liens \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$tmp/files" -o "$tmp/liens.pot"

status=0
for lang in "$@"; do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/liens.pot" -o "$tmp/$lang.po"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "po/$lang.po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" 2>/dev/null || true
      msgattrib --untranslated "$tmp/$lang.po" | grep -A1 '^msgid' | head -40
      status=1 ;;
  esac
done
exit $status
