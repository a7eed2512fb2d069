#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the tracked sources against .clang-format and .editorconfig's basics
# (UTF-8 text, LF line ends, final newline, no trailing spaces).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
if [ ${#sources[@]} -gt 0 ] && ! clang-format --dry-run -Werror "${sources[@]}" 2>/dev/null; then
    echo "check-format: clang-format would change:" >&2
    for f in "${sources[@]}"; do
        clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "  $f" >&2
    done
    status=1
fi
# Fuzzing seeds and regressions (tests/fuzz/) are inputs, often deliberately not text.
mapfile -t texts < <(git ls-files 2>/dev/null | grep -vE '\.(png|svg|ico)$|^tests/fuzz/(corpus|regressions)/' || true)
for f in "${texts[@]}"; do
    [ -f "$f" ] || continue
    if grep -q $'\r' "$f"; then echo "check-format: $f: CR line ends" >&2; status=1; fi
    if [ -s "$f" ] && [ "$(tail -c1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then
        echo "check-format: $f: no newline at the end" >&2; status=1
    fi
    case "$f" in
        *.md) ;; # Markdown uses trailing spaces for line breaks
        *) if grep -nE '[ 	]+$' "$f" >/dev/null; then echo "check-format: $f: trailing spaces" >&2; status=1; fi ;;
    esac
    if ! iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then echo "check-format: $f: not UTF-8" >&2; status=1; fi
done
[ $status -eq 0 ] && echo "check-format: ok"
exit $status
