#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and runs the whole test suite twice: a normal build with
# warnings as errors; then each libFuzzer target of tests/fuzz briefly
# (scripts/fuzz.sh, clang, in build-fuzz/); then an AddressSanitizer +
# UndefinedBehaviorSanitizer build running all tests but those labelled heavy.
# Ends with ctest's summary of the sanitizer run.
#   scripts/test.sh
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)

"$top/scripts/setup.sh" "$top/build" -DQINGNANG_WERROR=ON
"$top/scripts/check-format.sh"

echo "== tests (build/)"
ctest --test-dir "$top/build" --output-on-failure --parallel "$jobs"

echo "== fuzzers, briefly (build-fuzz/)"
# Each target for QINGNANG_CI_FUZZ_SECONDS on its seeds and what earlier runs
# kept in build-fuzz/corpus; scripts/fuzz.sh with more seconds fuzzes for real.
"$top/scripts/fuzz.sh" "${QINGNANG_CI_FUZZ_SECONDS:-8}"

echo "== tests under ASan + UBSan (build-asan/)"
QINGNANG_BUILD_TYPE=Debug "$top/scripts/setup.sh" "$top/build-asan" \
    -DQINGNANG_WERROR=ON -DQINGNANG_SANITIZE=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Tests labelled heavy (the 136 MB books corpus through import and verify,
# minutes in the normal build) are left out here: the sanitizer build is about
# five times slower, and the same import and verify code is covered under the
# sanitizers by the Q&A corpora (tst_importcli) and the importer tests.
ctest --test-dir "$top/build-asan" --output-on-failure --parallel "$jobs" -LE heavy
