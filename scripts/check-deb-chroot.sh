#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the .deb into a fresh Debian 12 root and runs it there with /usr
# read-only: `qingnang-pack info` on the installed bundled pack, then the
# reader under Xvfb until it has painted its first page. Fails if either
# fails, or if anything under /usr changed. Needs root, a Debian mirror (the
# host's, from /etc/apt/sources.list.d/debian.sources) and mount namespaces;
# on demand, not in CI.
#   scripts/check-deb-chroot.sh [DEB]
# DEB defaults to build-deb/qingnang_*.deb (scripts/build-deb.sh). The minimal
# Debian root made by debootstrap is kept in $QINGNANG_CHROOT_CACHE (default
# /var/tmp/qingnang-chroot/bookworm) and copied afresh for every run.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 1 ]; then
    deb=$1
else
    debs=("$top"/build-deb/qingnang_*.deb)
    deb=${debs[-1]}
fi
[ -f "$deb" ] || { echo "check-deb-chroot: no .deb at $deb; run scripts/build-deb.sh" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check-deb-chroot: must run as root (debootstrap, chroot, mount)" >&2; exit 2; }
cache=${QINGNANG_CHROOT_CACHE:-/var/tmp/qingnang-chroot/bookworm}
sources=/etc/apt/sources.list.d/debian.sources
mirror=$(sed -n 's/^URIs: *//p' "$sources" 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}

if ! command -v debootstrap >/dev/null; then
    echo "check-deb-chroot: installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi
if [ ! -f "$cache/etc/debian_version" ]; then
    echo "== debootstrap bookworm from $mirror into $cache"
    rm -rf "$cache"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$cache" "$mirror" >"$cache.log" 2>&1 ||
        { tail -20 "$cache.log"; echo "check-deb-chroot: debootstrap failed" >&2; exit 1; }
fi

root=$(mktemp -d /var/tmp/qingnang-chroot/run.XXXXXX)
cleanup() {
    for dir in proc dev/pts dev; do
        mountpoint -q "$root/$dir" && umount -l "$root/$dir"
    done
    rm -rf "$root"
}
trap cleanup EXIT
echo "== a fresh root: $root"
cp -a "$cache/." "$root/"
# The host's suites (bookworm, -updates, -security): the .deb was built against them.
if [ -f "$sources" ]; then
    rm -f "$root/etc/apt/sources.list"
    cp "$sources" "$root/etc/apt/sources.list.d/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt install ./$(basename "$deb") (and xvfb, to run it)"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$deb")" xvfb xauth fonts-wqy-zenhei \
    >"$root/tmp/apt.log" 2>&1 || { tail -30 "$root/tmp/apt.log"; echo "FAIL: apt install" >&2; exit 1; }
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' qingnang

cat >"$root/tmp/run-app.sh" <<'EOF'
#!/bin/sh
# Inside the root, under xvfb-run: start the reader, wait for its first page, stop it.
export HOME=/tmp/home XDG_CONFIG_HOME=/tmp/home/config XDG_DATA_HOME=/tmp/home/data
export XDG_CACHE_HOME=/tmp/home/cache QT_LOGGING_RULES='qingnang.startup.info=true'
mkdir -p /tmp/home
qingnang 2>/tmp/app.log &
pid=$!
i=0
while [ $i -lt 300 ] && ! grep -q 'first page painted' /tmp/app.log; do sleep 0.1; i=$((i + 1)); done
sleep 1
kill $pid
wait $pid
cat /tmp/app.log
EOF
touch "$root/tmp/stamp"
sleep 1
echo "== with /usr read-only (a read-only bind mount in a mount namespace of its own)"
unshare --mount sh -c '
    set -e
    mount --bind -o ro "$1/usr" "$1/usr"
    if touch "$1/usr/.probe" 2>/dev/null; then echo "FAIL: /usr is writable"; exit 1; fi
    chroot "$1" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c "
        qingnang-pack info /usr/share/qingnang/bundled.qnpack &&
        qingnang-pack verify /usr/share/qingnang/bundled.qnpack &&
        xvfb-run -a -s \"-screen 0 1280x800x24\" sh /tmp/run-app.sh"
' sh "$root" | tee "$root/tmp/run.log"

status=0
grep -q 'title: *青囊内置内容包' "$root/tmp/run.log" || { echo "FAIL: qingnang-pack info"; status=1; }
grep -qF 'bundled pack: /usr/share/qingnang/bundled.qnpack' "$root/tmp/run.log" ||
    { echo "FAIL: the reader did not find the installed bundled pack"; status=1; }
grep -q 'packs open: qingnang-bundled' "$root/tmp/run.log" || { echo "FAIL: the reader did not open it"; status=1; }
grep -q 'first page painted' "$root/tmp/run.log" || { echo "FAIL: no page painted"; status=1; }
changed=$(find "$root/usr" -newer "$root/tmp/stamp" | head)
[ -z "$changed" ] || { echo "FAIL: written under /usr: $changed"; status=1; }
written=$(cd "$root/tmp/home" && find . -type f | sort | tr '\n' ' ')
echo "user files written (under \$HOME/XDG): ${written:-none}"
[ $status -eq 0 ] && echo "PASS: installed $(basename "$deb") in a fresh Debian 12 root; both programs ran with /usr read-only"
exit $status
