#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmark (not a test): import the classical-books corpus (../shared/corpora/tcm-books)
# and open it in the app; each number beside a baseline measured in the same run.
#   scripts/bench-import.sh [--corpus DIR] [--runs N] [--work DIR] [--json-out FILE]
# Installs what is missing (python3, xdotool, Xvfb; Debian packages, non-interactive),
# builds with scripts/setup.sh (build output on stderr), then runs
# scripts/bench_import.py inside Xvfb. Takes about three minutes.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

missing=()
for tool in python3:python3 xdotool:xdotool xvfb-run:xvfb; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench-import: installing ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "bench-import: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" xauth >/dev/null
fi

bash "$top/scripts/setup.sh" >&2
exec xvfb-run -a -s "-screen 0 1280x800x24" python3 "$top/scripts/bench_import.py" "$@"
