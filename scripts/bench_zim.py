#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Benchmark (not a test) of `qingnang-pack import zim` (issue 15): a ZIM of about
10^5 short Chinese health titles, made by zimwriterfs, imported by Qingnang and read
by libzim alone (scripts/bench/zimread.cpp, every HTML entry in cluster order), in
the same run; prints articles/s of both and their ratio, and the import's peak RSS.

  python3 scripts/bench_zim.py [--pack-tool PATH] [--count N] [--runs R] [--work DIR]
                               [--keep] [--json-out FILE]

Titles: every distinct judged title of ../shared/eval/cmedir-dev.jsonl, then the
section titles (<篇名>) of ../shared/corpora/tcm-books (one seen before is named
with its book: 人参（本草纲目）), distinct, up to N (default 100,000). Exit status 0 measured, 1 a tool failed, 2 bad usage or input."""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import zim_titles  # noqa: E402

TOP = pathlib.Path(__file__).resolve().parent.parent
SHARED = TOP.parent / "shared"


def log(message):
    print(f"bench-zim: {message}", file=sys.stderr, flush=True)


def collect_titles(count):
    titles, seen = [], set()

    def add(title):
        title = " ".join(title.split())
        if title and title not in seen and len(titles) < count:
            seen.add(title)
            titles.append(title)

    eval_file = SHARED / "eval" / "cmedir-dev.jsonl"
    if eval_file.exists():
        for line in eval_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for j in json.loads(line).get("judgements", []):
                    add(j.get("title", ""))
    books = SHARED / "corpora" / "tcm-books"
    marker = re.compile(r"<篇名>\s*(.+)")
    for book in sorted(books.glob("*.txt")):
        if len(titles) >= count:
            break
        text = book.read_bytes().decode("gb18030", "replace")
        name = book.stem.split("-", 1)[-1]
        for match in marker.finditer(text):
            title = " ".join(match.group(1).split())[:60]
            # the same section title in another book: named with its book
            add(title if title not in seen else f"{title}（{name}）")
    return titles


def run_measured(args):
    """Runs a command; returns (seconds, its stdout)."""
    start = time.perf_counter()
    p = subprocess.Popen([str(a) for a in args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        tail = "; ".join(err.decode("utf-8", "replace").strip().splitlines()[-3:])
        raise RuntimeError(f"{args[0]} failed (exit status {p.returncode}): {tail}")
    return seconds, out


def peak_rss_mib(args):
    """Runs a command under os.wait4 and returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    p = subprocess.Popen([str(a) for a in args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError(f"{args[0]} failed (exit status {p.returncode})")
    return seconds, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack-tool", default=str(TOP / "build" / "bin" / "qingnang-pack"))
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--json-out")
    options = parser.parse_args()
    tool = pathlib.Path(options.pack_tool)
    if not tool.exists():
        log(f"{tool}: no such program (build first: scripts/setup.sh)")
        return 2
    for needed in ("zimwriterfs", "g++", "pkg-config"):
        if not shutil.which(needed):
            log(f"{needed} is missing (scripts/setup.sh installs zim-tools, g++ and pkg-config)")
            return 2

    with zim_titles.work_directory(options.work, options.keep, "bench-zim-", log) as work:
        try:
            titles = collect_titles(options.count)
            if not titles:
                log(f"no titles found in {SHARED} (eval/cmedir-dev.jsonl, corpora/tcm-books)")
                return 2
            log(f"{len(titles)} titles; writing the pages")
            zim, zim_s = zim_titles.titles_zim(titles, work, fulltext=False)
            log(f"zimwriterfs: {zim.stat().st_size / 2**20:.1f} MiB in {zim_s:.1f} s")

            reader = work / "zimread"
            flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libzim"],
                                   capture_output=True, text=True, check=True).stdout.split()
            subprocess.run(["g++", "-O2", "-std=c++17", str(TOP / "scripts/bench/zimread.cpp"),
                            "-o", str(reader)] + flags, check=True)

            reads, imports, rss = [], [], []
            pack = work / "titles.qnpack"
            for run in range(1, options.runs + 1):
                _, out = run_measured([reader, zim])
                entries, read_s = int(out.split()[0]), float(out.split()[1])
                reads.append(read_s)
                if pack.exists():
                    pack.unlink()
                import_s, peak = peak_rss_mib([tool, "import", "zim", zim, "-o", pack])
                imports.append(import_s)
                rss.append(peak)
                log(f"run {run}: libzim alone {entries} entries in {read_s:.3f} s; "
                    f"qingnang-pack import zim {import_s:.1f} s, peak RSS {peak:.0f} MiB")
            info = json.loads(subprocess.run([str(tool), "info", "--json", str(pack)],
                                             capture_output=True, check=True).stdout)
            articles = info.get("counts", {}).get("articles", entries)
            best_read, best_import = min(reads), min(imports)
            result = {
                "titles": len(titles),
                "zim_mib": round(zim.stat().st_size / 2**20, 1),
                "libzim_entries": entries,
                "pack_articles": articles,
                "libzim_read_s": round(best_read, 3),
                "import_s": round(best_import, 2),
                "libzim_articles_per_s": round(entries / best_read),
                "import_articles_per_s": round(articles / best_import),
                "ratio_import_to_libzim": round((articles / best_import) / (entries / best_read), 4),
                "import_peak_rss_mib": round(max(rss)),
                "runs": options.runs,
            }
            print(f"ZIM of {len(titles)} titles ({result['zim_mib']} MiB), best of {options.runs} runs")
            print(f"  libzim alone:            {result['libzim_articles_per_s']:>10,} articles/s "
                  f"({entries} entries in {best_read:.3f} s)")
            print(f"  qingnang-pack import zim:{result['import_articles_per_s']:>10,} articles/s "
                  f"({articles} articles in {best_import:.1f} s, index included; "
                  f"peak RSS {result['import_peak_rss_mib']} MiB)")
            print(f"  ratio import / libzim:   {result['ratio_import_to_libzim']:.4f}")
            if options.json_out:
                pathlib.Path(options.json_out).write_text(json.dumps(result, indent=1) + "\n")
            return 0
        except (RuntimeError, zim_titles.ZimProblem, subprocess.CalledProcessError) as e:
            log(str(e))
            return 1


if __name__ == "__main__":
    sys.exit(main())
