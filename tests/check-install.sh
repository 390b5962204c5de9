#!/bin/sh
# Installs the build into a temporary DESTDIR and checks what a user's system would get.
# Usage: check-install.sh BUILDDIR PREFIX DATADIR LOCALEDIR BINDIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

builddir=$1
prefix=$2
datadir=$3
localedir=$4
bindir=$5
app_id=io.github.liens.Liens

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

# Only install: "meson test" has built everything already.
meson install -C "$builddir" --no-rebuild --destdir "$destdir" --quiet

status=0
check () {
  if [ -e "$destdir$1" ]; then
    echo "ok: $1"
  else
    echo "MISSING: $1"
    status=1
  fi
}

check "$bindir/liens"
check "$datadir/applications/$app_id.desktop"
check "$datadir/metainfo/$app_id.metainfo.xml"
check "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
check "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
check "$datadir/glib-2.0/schemas/$app_id.gschema.xml"
check "$localedir/fr/LC_MESSAGES/liens.mo"
[ $status -eq 0 ] || exit $status

# Everything lands under the prefix, nothing elsewhere.
outside=$(cd "$destdir" && find . -type f | sed 's|^\.||' | grep -v "^$prefix/" || true)
if [ -n "$outside" ]; then
  echo "Installed outside $prefix:"
  echo "$outside"
  exit 1
fi

test -x "$destdir$bindir/liens"
desktop-file-validate "$destdir$datadir/applications/$app_id.desktop"
appstreamcli validate --no-net "$destdir$datadir/metainfo/$app_id.metainfo.xml"
glib-compile-schemas --strict --dry-run "$destdir$datadir/glib-2.0/schemas"

# The installed desktop file and catalogue speak French.
grep -q '^Name\[fr\]=' "$destdir$datadir/applications/$app_id.desktop"
grep -q '^Keywords\[fr\]=' "$destdir$datadir/applications/$app_id.desktop"
msgunfmt "$destdir$localedir/fr/LC_MESSAGES/liens.mo" | grep -q 'Aujourd’hui'

# The installed binary runs.
"$destdir$bindir/liens" --version | grep -q '^liens '

echo "The installed tree is complete."
