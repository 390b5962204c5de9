#!/bin/sh
# Installs the Debian packages and the locale Liens needs to build, run and test; does nothing when all are there.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

packages="
  appstream
  at-spi2-core
  dbus
  dbus-x11
  desktop-file-utils
  gcc
  gettext
  libadwaita-1-dev
  libglib2.0-bin
  libglib2.0-dev
  libical-dev
  libgtk-4-bin
  libgtk-4-dev
  libsqlite3-dev
  locales
  meson
  ninja-build
  pkg-config
  xauth
  xvfb
"

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: not a Debian system; install the packages listed in README.md yourself." >&2
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done

if [ -n "$missing" ]; then
  echo "install-deps: installing$missing"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

# The French interface is tested (and can be run) under fr_FR.UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  echo "install-deps: generating the fr_FR.UTF-8 locale"
  if [ -f /etc/locale.gen ] && grep -q '^# *fr_FR.UTF-8 UTF-8' /etc/locale.gen; then
    $SUDO sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    echo 'fr_FR.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  fi
  $SUDO locale-gen
fi
