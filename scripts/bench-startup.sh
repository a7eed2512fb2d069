#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test): how long qingnang takes from process start to its first
# page painted, under Xvfb, with the bundled pack (and any --pack given).
#   scripts/bench-startup.sh [RUNS] [qingnang arguments...]
# Baseline, measured in the same run: wall time of `qingnang --version`, i.e.
# starting the process and loading Qt without opening a window or a pack.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
shift || true
app=${QINGNANG_APP:-$top/build/bin/qingnang}
[ -x "$app" ] || { echo "bench-startup: build first (scripts/setup.sh)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench-startup: needs xvfb-run (scripts/setup.sh installs it)" >&2; exit 1; }

xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$app" "$runs" "$@" <<'INNER'
app=$1; runs=$2; shift 2
log=$(mktemp)
paint=(); base=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$app" --version >/dev/null 2>&1
    base+=($(( ($(date +%s%N) - start) / 1000000 )))

    QT_LOGGING_RULES="qingnang.startup.info=true" "$app" "$@" 2>"$log" &
    pid=$!
    for _ in $(seq 300); do grep -q "first page painted" "$log" && break; sleep 0.02; done
    kill "$pid"; wait "$pid" 2>/dev/null || true
    ms=$(sed -n 's/.*first page painted \([0-9]*\) ms.*/\1/p' "$log")
    [ -n "$ms" ] || { echo "no first paint in run $i:"; cat "$log"; exit 1; }
    paint+=("$ms")
done
rm -f "$log"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }
pm=$(median "${paint[@]}"); bm=$(median "${base[@]}")
echo "runs: $runs"
echo "first page painted (ms): median $pm, max $(max "${paint[@]}")   all: ${paint[*]}"
echo "baseline qingnang --version (ms): median $bm, max $(max "${base[@]}")   all: ${base[*]}"
awk -v p="$pm" -v b="$bm" 'BEGIN { if (b > 0) printf "ratio first paint / baseline: %.1fx\n", p / b }'
INNER
