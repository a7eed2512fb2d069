#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in
# build-fuzz/ and runs each for SECONDS (default 60), as many at once as there
# are cores, each on a working copy of its seeds in tests/fuzz/corpus/<target>.
# Prints each target's executions; fails, naming the input that crashed (kept
# in build-fuzz/artifacts/<target>/), when any target finds a crash. A crash,
# once fixed, goes to tests/fuzz/regressions/<target>/ (replayed on every run)
# and into a Qt Test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# QINGNANG_FUZZ_JOBS sets how many run at once, QINGNANG_FUZZ_BUILD the build directory.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build=${QINGNANG_FUZZ_BUILD:-$top/build-fuzz}
jobs=${QINGNANG_FUZZ_JOBS:-$(nproc)}

if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
    echo "fuzz: needs clang and its runtime (Debian: clang libclang-rt-14-dev; scripts/setup.sh installs them)" >&2
    exit 2
fi

# Line tables only: enough for the sanitizers' stack traces, and the build
# (which CI does from scratch) is much quicker than with full debug info.
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" \
    -DCMAKE_CXX_COMPILER=clang++ -DQINGNANG_FUZZ=ON -DQINGNANG_BUILD_TESTS=OFF \
    -DQINGNANG_WERROR=ON >/dev/null
cmake --build "$build" --target fuzzers --parallel "$jobs"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for program in "$build"/fuzz/fuzz_*; do
        targets+=("$(basename "$program")")
    done
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

run_one() {
    local target=$1
    local corpus=$build/corpus/$target artifacts=$build/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    # -timeout: an input that takes this long counts as a hang (a crash).
    local rc=0
    rm -f "$build/$target.status"
    # Inputs that once crashed a target (tests/fuzz/regressions) are run first, every time.
    local seeds=("$top/tests/fuzz/corpus/$target")
    [ -d "$top/tests/fuzz/regressions/$target" ] && seeds+=("$top/tests/fuzz/regressions/$target")
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "${seeds[@]}" >"$build/$target.log" 2>&1 || rc=$?
    echo "$rc" >"$build/$target.status"
}

echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    run_one "$target" &
done
wait
status=0
total=0
for target in "${targets[@]}"; do
    if [ "$(cat "$build/$target.status" 2>/dev/null)" = 0 ]; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$target.log" | tail -1)
    runs=${runs:-0}
    total=$((total + runs))
    printf 'fuzz: %-22s %-6s %12s executions\n' "$target" "$result" "$runs"
    if [ "$result" = FAILED ]; then
        tail -n 40 "$build/$target.log" >&2
        ls "$build/artifacts/$target" >&2 || true
    fi
done
echo "fuzz: $total executions in total"
exit $status
