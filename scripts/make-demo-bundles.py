#!/usr/bin/env python3
"""Packs the demo Pages versions (resources/demo/pages-*/<version>/) into the zips the emulator
serves (resources/demo/pages-*/<version>.zip), the way esa-cli packs a commit: the folder's
files at their relative paths (routine/index.js, assets/...), deflated. Deterministic: sorted
names, a fixed time and fixed permissions, so the committed zips only change with their files.
Run it after editing a demo version, then update tst_demodata's pinned hashes.

The font in the portfolio site is DejaVu Sans (fonts-dejavu-core, free licence) cut down to
printable ASCII with python3-fonttools:
  python3 -m fontTools.subset /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \\
      --unicodes=U+0020-007E --no-hinting --output-file=DejaVuSans-latin.ttf
"""
import os
import sys
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'demo')


def pack(folder, target):
    names = []
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for f in files:
            names.append(os.path.relpath(os.path.join(base, f), folder).replace(os.sep, '/'))
    with zipfile.ZipFile(target, 'w') as z:
        for name in sorted(names):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            with open(os.path.join(folder, name), 'rb') as f:
                z.writestr(info, f.read(), compresslevel=9)


def main():
    for routine in sorted(os.listdir(ROOT)):
        if not routine.startswith('pages-'):
            continue
        for version in sorted(os.listdir(os.path.join(ROOT, routine))):
            folder = os.path.join(ROOT, routine, version)
            if os.path.isdir(folder):
                pack(folder, folder + '.zip')
                print(f'{routine}/{version}.zip')
    return 0


if __name__ == '__main__':
    sys.exit(main())
