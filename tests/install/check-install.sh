#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# After `cmake --install`, the installed programs find the installed bundled pack.
#   check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
pack="$prefix/share/qingnang/bundled.qnpack"
test -f "$pack" || { echo "FAIL: $pack was not installed"; exit 1; }
"$prefix/bin/qingnang-pack" info "$pack" | grep -q 'title: *青囊内置内容包' || { echo "FAIL: info on the installed pack"; exit 1; }
log="$prefix/app.log"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qingnang.startup.info=true' "$prefix/bin/qingnang" 2>"$log" &
pid=$!
for _ in $(seq 200); do grep -q 'first page painted' "$log" && break; sleep 0.1; done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
log=$(cat "$log")
echo "$log" | grep -qF "bundled pack: $pack" || { echo "FAIL: the installed app did not find $pack"; echo "$log"; exit 1; }
echo "$log" | grep -q 'packs open: qingnang-bundled' || { echo "FAIL: the installed app did not open it"; echo "$log"; exit 1; }
echo "$log" | grep -q 'first page painted' || { echo "FAIL: no page painted"; echo "$log"; exit 1; }
echo "PASS: installed into $prefix; the app opened $pack"
