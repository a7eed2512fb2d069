#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Brings resources/translations/*.ts up to date with the strings in app/ and
# forms/ (Qt's lupdate), keeping every translation already made. Then open
# qingnang_en.ts in Qt Linguist (or any editor) and translate what is marked
# "unfinished"; tests/i18n checks that nothing is left untranslated.
#   scripts/update-translations.sh
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update-translations: needs lupdate (qt6-l10n-tools; scripts/setup.sh installs it)" >&2; exit 1; }
cd "$top"
for language in en zh_CN; do
    "$lupdate" -silent -no-obsolete -locations none -source-language zh_CN \
        -target-language "$language" app forms -ts "resources/translations/qingnang_$language.ts"
done
# Chinese is the language of the sources: its translation of each string is the string.
python3 - "resources/translations/qingnang_zh_CN.ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def same(match):
    return match.group(1) + match.group(2) + match.group(3) + "<translation>" + match.group(2) + "</translation>"
# (A source never spans past its own end tag; lupdate may have guessed a text already.)
text = re.sub(r'(<source>)((?:(?!</source>).)*)(</source>\s*)<translation type="unfinished">[^<]*</translation>',
              same, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
grep -c 'type="unfinished"' resources/translations/qingnang_en.ts | sed 's/^/unfinished in qingnang_en.ts: /' || true
