#!/usr/bin/env python3
# Checks the Flatpak manifest against the app it builds, without network or flatpak-builder.
# Usage: check-flatpak.py MANIFEST DESKTOP_IN METAINFO_IN ICONS_DIR
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import json
import os
import sys
import xml.etree.ElementTree as ET

FORBIDDEN = (
    '--share=network',
    '--filesystem=home',
    '--filesystem=host',
    '--filesystem=host-os',
    '--filesystem=host-etc',
    '--device=all',
    '--socket=x11',
    '--socket=session-bus',
    '--socket=system-bus',
    '--talk-name=org.freedesktop.Flatpak',
)
REQUIRED = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main(manifest_path, desktop_path, metainfo_path, icons_dir):
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)  # fails the test on invalid JSON

    app_id = manifest.get('id') or manifest.get('app-id')
    check(app_id == 'io.github.liens.Liens', f'unexpected app ID {app_id!r}')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'the runtime is not org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'the SDK is not org.gnome.Sdk')
    check(manifest.get('runtime-version') in ('48', '49'), 'the runtime is not GNOME 48 or 49')
    check(manifest.get('command') == 'liens', 'the command is not liens')

    # The desktop file, the metainfo and the icons carry the same ID.
    desktop = configparser.ConfigParser(interpolation=None, strict=False)
    desktop.optionxform = str
    desktop.read(desktop_path, encoding='utf-8')
    entry = desktop['Desktop Entry']
    check(os.path.basename(desktop_path).startswith(app_id + '.desktop'),
          'the desktop file is not named after the app ID')
    check(entry.get('Icon') == app_id, 'the desktop file\'s icon is not the app ID')
    check(entry.get('Exec', '').split()[0] == manifest.get('command'),
          'the desktop file runs another command than the manifest')

    metainfo = ET.parse(metainfo_path).getroot()
    check(metainfo.findtext('id') == app_id, 'the metainfo ID is not the app ID')
    check(metainfo.findtext('launchable') == app_id + '.desktop',
          'the metainfo launches another desktop file')
    for icon in (f'scalable/apps/{app_id}.svg', f'symbolic/apps/{app_id}-symbolic.svg'):
        check(os.path.isfile(os.path.join(icons_dir, 'hicolor', icon)), f'no icon {icon}')

    # The minimal permissions: files come through the portal, nothing else is reachable.
    finish_args = manifest.get('finish-args', [])
    for arg in finish_args:
        check(not any(arg == bad or arg.startswith(bad + ':') for bad in FORBIDDEN),
              f'forbidden permission {arg}')
        check(not arg.startswith('--filesystem='), f'file system access {arg}: use the portal')
    check(set(finish_args) == REQUIRED, f'finish-args are not exactly {sorted(REQUIRED)}')

    # Every remote source is pinned; the app itself builds from this checkout with meson.
    modules = manifest.get('modules', [])
    check(len(modules) > 0 and modules[-1].get('name') == 'liens', 'the last module is not liens')
    for module in modules:
        if isinstance(module, str):
            failures.append(f'module file {module}: keep every module in the manifest')
            continue
        for source in module.get('sources', []):
            if source.get('type') in ('archive', 'file'):
                check(source.get('url', '').startswith('https://'),
                      f'{module["name"]}: a source without an https URL')
                sha = source.get('sha256', '')
                check(len(sha) == 64 and all(c in '0123456789abcdef' for c in sha),
                      f'{module["name"]}: a source without a sha256')
            elif source.get('type') == 'git':
                check('commit' in source or 'tag' in source, f'{module["name"]}: an unpinned git source')
    if modules and modules[-1].get('name') == 'liens':
        app = modules[-1]
        check(app.get('buildsystem') == 'meson', 'liens does not build with meson')
        check(app.get('sources') == [{'type': 'dir', 'path': '..'}],
              'liens does not build from the local checkout')

    # libical, which the runtime lacks, is built before the app.
    names = [m.get('name') for m in modules if isinstance(m, dict)]
    check('libical' in names and names.index('libical') < names.index('liens'),
          'libical is not built before liens')

    for failure in failures:
        print(f'FAIL: {failure}')
    if not failures:
        print(f'{manifest_path}: {len(modules)} modules, finish-args {finish_args}: ok')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:5]))
