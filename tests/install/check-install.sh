#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# After `cmake --install`: every file is where a desktop expects it and passes
# its validator (offline), and the installed programs run from a read-only
# prefix, find the installed bundled pack and write nothing beside it.
#   check-install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
fail() { echo "FAIL: $*"; exit 1; }

# The application's id names its desktop entry, metainfo, MIME package and icon.
desktops=("$prefix"/share/applications/*.desktop)
[ ${#desktops[@]} -eq 1 ] && [ -f "${desktops[0]}" ] || fail "not one desktop entry: ${desktops[*]}"
id=$(basename "${desktops[0]}" .desktop)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")
share=$prefix/share
pack=$share/qingnang/bundled.qnpack
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml
mime=$share/mime/packages/$id.xml

# What goes where.
for file in "$prefix/bin/qingnang" "$prefix/bin/qingnang-pack" "$pack" "$desktop" "$metainfo" "$mime" \
    "$share/icons/hicolor/scalable/apps/$id.svg" "$share/man/man1/qingnang.1.gz" \
    "$share/man/man1/qingnang-pack.1.gz" "$share/doc/qingnang/copyright" \
    "$share/doc/qingnang/changelog.gz"; do
    test -f "$file" || fail "${file#"$prefix"/} was not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$id.png
    test -f "$png" || fail "${png#"$prefix"/} was not installed"
    # The PNG header's width and height (bytes 16-23, big-endian).
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
    [ "$w $h" = "$size $size" ] || fail "${png#"$prefix"/} is ${w}x$h, not ${size}x$size"
done
for gz in "$share"/man/man1/*.gz "$share/doc/qingnang/changelog.gz"; do
    gzip -t "$gz" || fail "$gz is not gzip"
done

# The validators, offline.
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --pedantic "$metainfo" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log"; fail "appstreamcli validate $metainfo"; }
xmllint --noout "$mime" || fail "xmllint $mime"
# The three agree with each other and with what is installed.
grep -qx "Exec=qingnang %u" "$desktop" || fail "$desktop: Exec is not 'qingnang %u'"
grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon is not $id"
grep -q "^MimeType=.*application/x-qingnang-pack;" "$desktop" || fail "$desktop: no pack MIME type"
grep -q "^MimeType=.*x-scheme-handler/qingnang;" "$desktop" || fail "$desktop: no qingnang: handler"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo: the launchable is not $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo: no release $version"
for program in $(sed -n 's:.*<binary>\(.*\)</binary>.*:\1:p' "$metainfo"); do
    test -x "$prefix/bin/$program" || fail "$metainfo provides $program, which is not installed"
done
zcat "$share/doc/qingnang/changelog.gz" | head -1 | grep -q "^qingnang ($version) " ||
    fail "changelog.gz does not start with version $version"

# The MIME type, compiled as the system would, names packs by their extension
# and, renamed, by their SQLite header (application_id).
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/"
update-mime-database "$work/mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database"; }
# (It always notes that the directory is not in XDG_DATA_DIRS: not a complaint.)
if grep -iE 'error|warning|unknown|invalid' "$work/mime.log"; then
    fail "update-mime-database complained about $mime"
fi
cp "$pack" "$work/renamed"
for file in "$pack" "$work/renamed"; do
    type=$(XDG_DATA_DIRS="$work:/usr/share" XDG_DATA_HOME="$work/none" \
        gio info -a standard::content-type "$file" | sed -n 's/.*standard::content-type: //p')
    [ "$type" = application/x-qingnang-pack ] || fail "$file is seen as '$type', not a Qingnang pack"
done

# The manual pages document every option the programs' --help shows.
documented() { # PAGE PROGRAM ARGS...: each --option of PROGRAM ARGS --help is in PAGE
    local page=$1
    shift
    for option in $("$@" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
        zcat "$page" | grep -qF -- "${option//-/\\-}" || fail "${page##*/} does not document $option ($*)"
    done
}
export QT_QPA_PLATFORM=offscreen
documented "$share/man/man1/qingnang.1.gz" "$prefix/bin/qingnang"
for command in build import info verify search bench; do
    zcat "$share/man/man1/qingnang-pack.1.gz" | grep -q "^\.B.* $command" ||
        fail "qingnang-pack.1 does not document the $command command"
    documented "$share/man/man1/qingnang-pack.1.gz" "$prefix/bin/qingnang-pack" "$command"
done
for program in qingnang qingnang-pack; do
    "$prefix/bin/$program" --version | grep -qx "$program $version" || fail "$program --version does not print $version"
done

# Run both programs with the prefix read-only. As root, chmod alone does not
# stop writes, so where we may, the prefix is also bound read-only in a mount
# namespace of its own (then a write fails as it would for a user); either
# way, nothing in the prefix may be new or changed afterwards.
chmod -R a-w "$prefix"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
readonly_run=()
how="chmod -R a-w"
if [ "$(id -u)" -eq 0 ] && unshare --mount true 2>/dev/null; then
    readonly_run=(unshare --mount sh -c 'mount --bind -o ro "$0" "$0" && exec "$@"' "$prefix")
    how="chmod -R a-w and a read-only bind mount"
fi
if [ ${#readonly_run[@]} -gt 0 ] && "${readonly_run[@]}" touch "$prefix/.probe" 2>/dev/null; then
    fail "the read-only bind mount of $prefix is writable"
fi
find "$prefix" -printf '%p %s %T@\n' | sort >"$work/before"
sleep 1 # file times have a resolution to beat
home=$work/home
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache

"${readonly_run[@]}" "$prefix/bin/qingnang-pack" info "$pack" | grep -q 'title: *青囊内置内容包' ||
    fail "info on the installed pack"
"${readonly_run[@]}" "$prefix/bin/qingnang-pack" verify "$pack" >/dev/null || fail "verify on the installed pack"
"${readonly_run[@]}" "$prefix/bin/qingnang-pack" search "$pack" 面肌痉挛 --limit 1 | grep -q 面肌痉挛 ||
    fail "search on the installed pack"

"${readonly_run[@]}" "$prefix/bin/qingnang" --export-pdf "$work/page.pdf" qingnang:/topic/hemifacial-spasm ||
    fail "qingnang --export-pdf from the read-only prefix"
[ "$(head -c4 "$work/page.pdf")" = %PDF ] || fail "qingnang --export-pdf wrote no PDF"

# --search opens the pack's search connections too (off the GUI thread); this
# does not check its results, only that nothing is written while it runs.
log=$work/app.log
QT_LOGGING_RULES='qingnang.startup.info=true' \
    "${readonly_run[@]}" "$prefix/bin/qingnang" --search 面肌痉挛 2>"$log" &
pid=$!
for _ in $(seq 200); do grep -q 'first page painted' "$log" && break; sleep 0.1; done
sleep 0.5
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
log=$(cat "$log")
echo "$log" | grep -qF "bundled pack: $pack" || { echo "$log"; fail "the installed app did not find $pack"; }
echo "$log" | grep -q 'packs open: qingnang-bundled' || { echo "$log"; fail "the installed app did not open it"; }
echo "$log" | grep -q 'first page painted' || { echo "$log"; fail "no page painted"; }
if echo "$log" | grep -qiE 'read-only|readonly|cannot open|unable to open'; then
    echo "$log"
    fail "the app complained about the read-only prefix"
fi

find "$prefix" -printf '%p %s %T@\n' | sort >"$work/after"
if ! diff "$work/before" "$work/after" >"$work/changed"; then
    cat "$work/changed"
    fail "the programs wrote into the installed prefix"
fi
echo "PASS: installed into $prefix (read-only: $how); the files validate; the app opened $pack"
