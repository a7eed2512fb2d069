#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's screenshots, each of the real window under Xvfb (screenshot.sh):
# the light theme, the dark theme and the English interface.
#   scripts/readme-screenshots.sh
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shots=$top/docs/screenshots
QINGNANG_SETTINGS="view/theme=Light ui/language=zh_CN" \
    "$top/scripts/screenshot.sh" qingnang:/topic/hemifacial-spasm "$shots/qingnang.png"
QINGNANG_SETTINGS="view/theme=Dark ui/language=zh_CN" \
    "$top/scripts/screenshot.sh" qingnang:/article/hemifacial-spasm-causes "$shots/qingnang-dark.png"
QINGNANG_SETTINGS="view/theme=Light ui/language=en" \
    "$top/scripts/screenshot.sh" qingnang:/topic/hemifacial-spasm "$shots/qingnang-english.png"
