#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test): how long qingnang takes from process start to its
# first visible window, side by side with Qt Assistant (Debian's assistant-qt6),
# the baseline, under one Xvfb in the same run.
#   scripts/bench-startup.sh [RUNS] [qingnang arguments...]
# Both programs are timed the same way (scripts/bench/firstwindow.py: from just
# before the program starts to the X server mapping its first top-level
# window), RUNS times each (default 5), interleaved, after one warm-up run of
# each that is not counted (its first start writes settings, user data and
# Assistant's help collection). Each has a fresh home of its own, so no
# earlier session is restored. Also reported: when qingnang says its first
# page was painted (its own clock, from process start).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
shift || true
app=${QINGNANG_APP:-$top/build/bin/qingnang}
assistant=${QINGNANG_BASELINE:-/usr/lib/qt6/bin/assistant}
[ -x "$app" ] || { echo "bench-startup: build first (scripts/setup.sh)" >&2; exit 1; }
"$top/scripts/install-packages.sh" bench-startup assistant-qt6 python3 libx11-6 xvfb xauth

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/qingnang" "$home/assistant"

xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$top" "$home" "$app" "$assistant" "$runs" "$@" <<'INNER'
set -euo pipefail
top=$1; home=$2; app=$3; assistant=$4; runs=$5; shift 5
timer=$top/scripts/bench/firstwindow.py
in_home() {
    local dir=$home/$1; shift
    HOME=$dir XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache "$@"
}
ours() {
    in_home qingnang env QT_LOGGING_RULES="qingnang.startup.info=true" \
        python3 "$timer" --until "first page painted" -- "$app" "$@"
}
theirs() { in_home assistant python3 "$timer" -- "$assistant"; }

ours "$@" >/dev/null && theirs >/dev/null # warm-up, not counted
window=(); paint=(); base=()
for i in $(seq "$runs"); do
    read -r ms line < <(ours "$@")
    window+=("$ms")
    paint+=("$(sed -n 's/.*first page painted \([0-9]*\) ms.*/\1/p' <<<"$line")")
    base+=("$(theirs)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wm=$(median "${window[@]}"); bm=$(median "${base[@]}")
echo "runs: $runs each, interleaved"
echo "qingnang first window (ms):       median $wm   all: ${window[*]}"
echo "Qt Assistant first window (ms):   median $bm   all: ${base[*]}"
echo "qingnang first page painted (ms): median $(median "${paint[@]}")   all: ${paint[*]}"
awk -v p="$wm" -v b="$bm" 'BEGIN { if (b > 0) printf "ratio first window qingnang / Qt Assistant: %.2f\n", p / b }'
INNER
