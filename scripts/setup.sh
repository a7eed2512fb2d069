#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing (Debian 12 packages, non-interactive) and builds Qingnang.
#   scripts/setup.sh [BUILD_DIR] [extra cmake arguments...]
# BUILD_DIR defaults to build/. Used by scripts/run.sh and scripts/test.sh.
# QINGNANG_BUILD_TYPE sets CMake's build type (default Release: no debug
# information, which keeps CI's builds short; RelWithDebInfo for a debugger).
# librsvg2-bin renders the icons at build time; libzim-dev reads ZIM files
# (import zim) and zim-tools' zimwriterfs makes the ZIM files of its tests;
# the validators on the third line check the installed desktop files
# (tests/install/check-install.sh).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libicu-dev libsqlite3-dev
    fonts-noto-cjk fonts-wqy-zenhei poppler-utils xvfb xauth clang-format
    librsvg2-bin libzim-dev zim-tools
    desktop-file-utils appstream libxml2-utils shared-mime-info libglib2.0-bin
    clang libclang-rt-14-dev
)

"$top/scripts/install-packages.sh" setup "${packages[@]}"

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${QINGNANG_BUILD_TYPE:-Release}" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
