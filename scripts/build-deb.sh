#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package of Qingnang and checks it.
#   scripts/build-deb.sh [BUILD_DIR]
# Installs what is missing (Debian 12 packages, non-interactive, like
# scripts/setup.sh), makes a Release build in BUILD_DIR (default build-deb/)
# with Debian's hardening flags (dpkg-buildflags), runs cpack, then checks the
# .deb: lintian (no errors allowed; warnings are listed), and
# desktop-file-validate, appstreamcli validate --no-net and xmllint on the files
# as the package installs them. Prints the path of the .deb last.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build-deb}

packages=(dpkg-dev lintian desktop-file-utils appstream libxml2-utils file)
"$top/scripts/install-packages.sh" build-deb "${packages[@]}"

# The build dependencies, and the build itself, come from setup.sh. Every
# hardening feature dpkg-buildflags knows (PIE, bindnow, ...), as lintian wants.
echo "== build ($build, Release)"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
QINGNANG_BUILD_TYPE=Release "$top/scripts/setup.sh" "$build" \
    -DQINGNANG_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"

echo "== cpack"
rm -f "$build"/qingnang_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/qingnang_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "build-deb: cpack made no qingnang_*.deb" >&2; exit 1; }
deb=${debs[0]}
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends Installed-Size

echo "== lintian"
status=0
lintian --fail-on error --display-level '>=warning' "$deb" 2>&1 |
    grep -v '^running with root privileges' >"$build/lintian.log" || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || status=$?
cat "$build/lintian.log"
echo "lintian: $(grep -c '^E: ' "$build/lintian.log") errors, $(grep -c '^W: ' "$build/lintian.log") warnings"
echo "lintian, informational tags (not counted):"
lintian --display-level '>=info' "$deb" 2>&1 | grep '^I: ' || echo "  none"
[ $status -eq 0 ] || { echo "build-deb: lintian found errors" >&2; exit 1; }

echo "== validators, on the files as installed"
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
dpkg-deb --extract "$deb" "$staged"
desktop-file-validate "$staged"/usr/share/applications/*.desktop
appstreamcli validate --no-net --pedantic "$staged"/usr/share/metainfo/*.metainfo.xml
xmllint --noout "$staged"/usr/share/mime/packages/*.xml
echo "xmllint: ok"
for program in qingnang qingnang-pack; do
    file -b "$staged/usr/bin/$program" | grep -q ', stripped' ||
        { echo "build-deb: /usr/bin/$program is not stripped" >&2; exit 1; }
done
echo "binaries: stripped"
echo "$deb"
