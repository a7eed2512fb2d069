# SPDX-License-Identifier: MIT
"""Shared by scripts/bench_zim.py and scripts/eval_zim_search.py: a ZIM file of
titles, one article each (its HTML holds the title and nothing else), made by
Debian's zimwriterfs (zim-tools), the entry of title N at path tN.html."""
import contextlib
import html
import pathlib
import shutil
import struct
import subprocess
import tempfile
import time
import zlib


class ZimProblem(Exception):
    pass


@contextlib.contextmanager
def work_directory(given, keep, prefix, log):
    """The scripts' scratch directory: the one given with --work (kept), or a new
    temporary one, removed afterwards unless --keep."""
    work = pathlib.Path(given or tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    try:
        yield work
    finally:
        if keep or given:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def png48():
    """A 48x48 PNG, the illustration zimwriterfs requires."""
    raw = b"".join(b"\x00" + b"\x2e\x8b\x57" * 48 for _ in range(48))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 48, 48, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_site(titles, directory):
    """One page a title (tN.html), a main page and the illustration."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for n, title in enumerate(titles, 1):
        t = html.escape(title)
        (directory / f"t{n}.html").write_text(
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head>'
            f"<body><h1>{t}</h1></body></html>\n", encoding="utf-8")
    (directory / "index.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title></head>'
        "<body><p>目录</p></body></html>\n", encoding="utf-8")
    (directory / "favicon.png").write_bytes(png48())


def make_zim(directory, zim, title, fulltext):
    """Runs zimwriterfs; returns its wall time in seconds."""
    tool = shutil.which("zimwriterfs")
    if not tool:
        raise ZimProblem("zimwriterfs is not installed (Debian package zim-tools; "
                         "scripts/setup.sh installs it)")
    if zim.exists():
        zim.unlink()
    args = [tool, "--welcome=index.html", "--illustration=favicon.png", "--language=zho",
            f"--title={title}", "--description=titles for a measurement", "--creator=qingnang",
            "--publisher=qingnang"]
    if not fulltext:
        args.append("--withoutFTIndex")
    start = time.perf_counter()
    p = subprocess.run(args + [str(directory), str(zim)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if p.returncode != 0 or not zim.exists():
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ZimProblem(f"zimwriterfs failed (exit status {p.returncode}): "
                         + ("; ".join(err[-3:]) or "no message"))
    return seconds


def titles_zim(titles, work, fulltext):
    """The titles as pages under work/site, made into work/titles.zim; the pages
    are removed afterwards. Returns the ZIM's path and zimwriterfs's wall time."""
    site = work / "site"
    write_site(titles, site)
    zim = work / "titles.zim"
    seconds = make_zim(site, zim, "健康标题", fulltext)
    shutil.rmtree(site)
    return zim, seconds
