#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and opens Qingnang on the bundled pack.
#   scripts/run.sh [qingnang arguments...]     e.g. scripts/run.sh qingnang:/topic/hemifacial-spasm
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/setup.sh" "$top/build"
exec "$top/build/bin/qingnang" "$@"
