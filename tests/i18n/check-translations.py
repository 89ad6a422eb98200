#!/usr/bin/env python3
"""The zh_CN translation is complete and nothing user-visible in ui/ bypasses tr().

Usage: check-translations.py SOURCE_DIR LUPDATE
1. Runs lupdate over the sources into a copy of translations/cloudcodes_zh_CN.ts and fails if any
   message is new or unfinished there (a tr() string someone added without translating it).
2. Scans ui/ for string literals handed straight to user-visible setters (setText, setToolTip,
   addAction, QMessageBox, …) without tr(); a line may opt out with a comment containing
   "i18n: not translated" and the reason.
"""
import glob, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

src, lupdate = sys.argv[1], sys.argv[2]
problems = []

sources = sorted(set(
    glob.glob(os.path.join(src, 'ui', '**', '*.cpp'), recursive=True) +
    glob.glob(os.path.join(src, 'ui', '**', '*.h'), recursive=True) +
    [p for p in glob.glob(os.path.join(src, 'app', '**', '*.cpp'), recursive=True) +
     glob.glob(os.path.join(src, 'app', '**', '*.h'), recursive=True)
     if '/app/emulator/' not in p] +
    [os.path.join(src, 'app', 'emulator', 'demo', 'DemoAccounts.cpp')] +
    glob.glob(os.path.join(src, 'main', '*.cpp'))))

with tempfile.TemporaryDirectory() as tmp:
    ts = os.path.join(tmp, 'cloudcodes_zh_CN.ts')
    shutil.copy(os.path.join(src, 'translations', 'cloudcodes_zh_CN.ts'), ts)
    listing = os.path.join(tmp, 'sources.lst')
    with open(listing, 'w') as f:
        f.write('\n'.join(sources))
    run = subprocess.run([lupdate, '-no-obsolete', '-locations', 'none', '-I', src, '@' + listing, '-ts', ts],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        sys.exit('lupdate failed')
    root = ET.parse(ts).getroot()
    total = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            forms = translation.findall('numerusform')
            empty = not (translation.text or '').strip() and not any((f.text or '').strip() for f in forms)
            if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or empty:
                problems.append(f'untranslated in zh_CN [{name}]: {source!r}')
    print(f'{total} messages checked in zh_CN')

setter = re.compile(r'(setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setSuffix|setPrefix|'
                    r'setSpecialValueText|showMessage|addAction|addMenu|addItem|addTab|setTabText|setHeaderLabels|'
                    r'QMessageBox::(?:information|warning|critical|question|about)|new QLabel|new QPushButton|'
                    r'new QCheckBox|new QAction|new QGroupBox|new QToolButton)\s*\(\s*(?:[^()"]*,\s*)?'
                    r'(QStringLiteral|QLatin1String|QString::fromUtf8)?\s*\(?\s*"([^"]*)"')
words = re.compile(r'[A-Za-z]{2,}|[\u4e00-\u9fff]')
for path in sorted(glob.glob(os.path.join(src, 'ui', '**', '*.cpp'), recursive=True) + glob.glob(os.path.join(src, 'main', '*.cpp'))):
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        if 'i18n: not translated' in line or line.strip().startswith('//'):
            continue
        for m in setter.finditer(line):
            text = m.group(3)
            if words.search(text) and 'tr(' not in line[:m.start(3)][-40:]:
                problems.append(f'{os.path.relpath(path, src)}:{number}: "{text}" is shown without tr()')

for p in problems:
    print(p)
print(f'{len(problems)} problem(s)')
sys.exit(1 if problems else 0)
