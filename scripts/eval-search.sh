#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Search-quality measurement (not a test): Qingnang's search against four baselines on a
# labelled set. See docs/search-eval.md.
#   scripts/eval-search.sh [EVAL_JSONL] [--pack-tool PATH] [--work DIR] [--keep]
#                          [--json-out FILE] [--baselines-only] [--limit N]
# Installs python3 if missing (Debian package, non-interactive; as root or through sudo),
# builds Qingnang with scripts/setup.sh (skipped with --baselines-only, which needs no
# build), then runs scripts/eval_search.py with these arguments; its exit status passes
# through: 0 measured, 1 the qingnang part could not run, 2 bad usage or input.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v python3 >/dev/null; then
    echo "eval-search: installing python3"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "eval-search: need root or sudo to install python3" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends python3 >/dev/null
fi

baselines_only=0
for arg in "$@"; do
    [ "$arg" = --baselines-only ] && baselines_only=1
done
if [ "$baselines_only" -eq 0 ]; then
    bash "$top/scripts/setup.sh" >&2  # build progress on stderr: stdout is the report
fi

exec python3 "$top/scripts/eval_search.py" "$@"
