#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes a screenshot of the real Qingnang window under Xvfb.
#   scripts/screenshot.sh [URL] [OUTPUT.png] [WIDTHxHEIGHT] [qingnang arguments...]
# Defaults: the 面肌痉挛 topic page, docs/screenshots/qingnang.png, 1180x780.
# The app runs with settings of its own (not the user's): the disclaimer notice
# acknowledged, plus QINGNANG_SETTINGS, e.g. "view/theme=Dark ui/language=en".
# Needs a build (scripts/setup.sh); installs xvfb and imagemagick if missing.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
url=${1:-qingnang:/topic/hemifacial-spasm}
output=${2:-$top/docs/screenshots/qingnang.png}
size=${3:-1180x780}
shift $(( $# < 3 ? $# : 3 ))
app=${QINGNANG_APP:-$top/build/bin/qingnang}

for tool in xvfb-run import; do
    if ! command -v "$tool" >/dev/null; then
        sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
            xvfb xauth imagemagick >/dev/null
    fi
done
[ -x "$app" ] || { echo "screenshot: $app is not built; run scripts/setup.sh first" >&2; exit 1; }
mkdir -p "$(dirname "$output")"

log=$(mktemp)
home=$(mktemp -d)
trap 'rm -rf "$log" "$home"' EXIT
mkdir -p "$home/config/qingnang"
{
    echo "[ui]"
    echo "disclaimerAcknowledged=true"
    for setting in ${QINGNANG_SETTINGS:-}; do
        echo "[${setting%%/*}]"
        echo "${setting#*/}"
    done
} > "$home/config/qingnang/qingnang.conf"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
# Inside Xvfb: start the app, wait until it has painted its first page, let it
# settle, then grab the screen (the window fills it: there is no window manager).
xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    app=$1 url=$2 log=$3 output=$4
    shift 4
    QT_LOGGING_RULES="qingnang.startup.info=true" "$app" "$@" "$url" 2>"$log" &
    pid=$!
    for _ in $(seq 100); do grep -q "first page painted" "$log" && break; sleep 0.1; done
    sleep 1
    import -window root "$output"
    kill $pid
' screenshot "$app" "$url" "$log" "$output" "$@"
grep "first page painted" "$log" || { cat "$log" >&2; exit 1; }
echo "screenshot: wrote $output"
