#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Benchmark (not a test): importing the classical-books corpus and opening it.

Run through scripts/bench-import.sh, which installs what is missing, builds, and
runs this inside Xvfb. Each number is printed beside a baseline measured in the
same run on the same machine:

  import wall time and MB/s of text  vs  a plain Python sqlite3 FTS5 (unicode61)
                                         insert of the same sections
  pack size / UTF-8 text size        vs  that FTS5 database's size / text size
  start -> first page painted        vs  the app with the bundled pack alone
  resident memory after opening the  vs  the same with the bundled pack alone
  pack and scrolling the tree

Targets (issue 3): import < 90 s, pack <= 1.6 x text, first page < 1 s,
resident memory < 150 MB.
"""

import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIPPED_NAMES = re.compile(r"^(readme|sources|license|licence|copying)", re.IGNORECASE)


def log(message):
    print(message, file=sys.stderr, flush=True)


def book_files(corpus):
    return sorted(
        os.path.join(corpus, name)
        for name in os.listdir(corpus)
        if name.lower().endswith(".txt") and not SKIPPED_NAMES.match(name)
    )


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def baseline_import(files, database):
    """The plain way: decode each book, cut it at its <篇名> lines, insert the
    sections into an FTS5 table with SQLite's default tokenizer, one transaction."""
    start = time.monotonic()
    text_bytes = 0
    rows = 0
    db = sqlite3.connect(database)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE doc USING fts5(book, title, body)")
    with db:
        for path in files:
            with open(path, "rb") as handle:
                text = decode(handle.read())
            text_bytes += len(text.encode("utf-8"))
            book = os.path.splitext(os.path.basename(path))[0]
            title = book
            body = []
            for line in text.splitlines():
                if line.startswith("<篇名>"):
                    if body:
                        db.execute("INSERT INTO doc VALUES (?, ?, ?)", (book, title, "\n".join(body)))
                        rows += 1
                    title = line[len("<篇名>"):].strip()
                    body = []
                else:
                    body.append(line)
            if body:
                db.execute("INSERT INTO doc VALUES (?, ?, ?)", (book, title, "\n".join(body)))
                rows += 1
    db.execute("INSERT INTO doc(doc) VALUES ('optimize')")
    db.commit()
    db.close()
    return time.monotonic() - start, text_bytes, rows


def our_import(pack_tool, corpus, pack):
    start = time.monotonic()
    run = subprocess.run(
        [pack_tool, "import", "tcm-books", corpus, "-o", pack],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    elapsed = time.monotonic() - start
    if run.returncode != 0:
        sys.exit("bench-import: qingnang-pack import failed:\n" + run.stderr[-2000:])
    return elapsed, run.stdout


def app_environment(home):
    env = dict(os.environ)
    env.update({
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "QT_LOGGING_RULES": "qingnang.startup.info=true",
    })
    return env


def start_app(app, arguments, env, logfile):
    """Starts the app; returns (process, first-paint ms) once it has painted."""
    handle = open(logfile, "w")
    process = subprocess.Popen([app] + arguments, env=env, stdout=subprocess.DEVNULL, stderr=handle)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with open(logfile) as reading:
            match = re.search(r"first page painted (\d+) ms", reading.read())
        if match:
            return process, int(match.group(1))
        if process.poll() is not None:
            break
        time.sleep(0.02)
    process.kill()
    with open(logfile) as reading:
        sys.exit("bench-import: the app did not paint its first page:\n" + reading.read()[-2000:])


def stop_app(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def memory_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def xdotool(*arguments):
    subprocess.run(["xdotool"] + [str(a) for a in arguments], check=True)


def scroll_tree(steps):
    """Clicks into the topic tree (the sidebar, left in a window that fills the
    screen: there is no window manager) and walks it as a reader would: to the
    last root (the opened pack), open it, then page down through its books,
    opening one after another, and jump to the end."""
    xdotool("mousemove", 120, 260, "click", 1)
    time.sleep(0.3)
    xdotool("key", "--delay", 30, "End", "Right", "Right")
    for _ in range(steps):
        xdotool("key", "--delay", 30, "Next", "Right", "Down", "Next", "Next")
    xdotool("key", "--delay", 30, "End", "Prior", "Prior", "Home")
    time.sleep(1.0)


def median(values):
    return statistics.median(values) if values else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.path.join(TOP, "..", "shared", "corpora", "tcm-books"))
    parser.add_argument("--build", default=os.path.join(TOP, "build"))
    parser.add_argument("--runs", type=int, default=5, help="app starts per configuration")
    parser.add_argument("--scroll-steps", type=int, default=40)
    parser.add_argument("--work", help="keep the packs and logs here (default: a temporary directory)")
    parser.add_argument("--json-out")
    args = parser.parse_args()

    corpus = os.path.abspath(args.corpus)
    if not os.path.isdir(corpus):
        sys.exit(f"bench-import: {corpus}: no such directory (the books corpus is in ../shared/corpora)")
    pack_tool = os.path.join(args.build, "bin", "qingnang-pack")
    app = os.path.join(args.build, "bin", "qingnang")
    for program in (pack_tool, app):
        if not os.access(program, os.X_OK):
            sys.exit(f"bench-import: {program} is not built (scripts/setup.sh)")
    if not os.environ.get("DISPLAY"):
        sys.exit("bench-import: needs a display; run it through scripts/bench-import.sh (Xvfb)")
    if not shutil.which("xdotool"):
        sys.exit("bench-import: needs xdotool (scripts/bench-import.sh installs it)")

    work = args.work or tempfile.mkdtemp(prefix="qingnang-bench-")
    os.makedirs(work, exist_ok=True)
    pack = os.path.join(work, "books.qnpack")
    baseline_db = os.path.join(work, "baseline-fts5.sqlite")
    for path in (pack, baseline_db):
        if os.path.exists(path):
            os.remove(path)
    files = book_files(corpus)
    mb = 1024 * 1024

    log(f"bench-import: {len(files)} books in {corpus}")
    log("bench-import: baseline, a plain FTS5 insert of the same sections …")
    base_seconds, text_bytes, base_rows = baseline_import(files, baseline_db)
    log("bench-import: qingnang-pack import tcm-books …")
    our_seconds, summary = our_import(pack_tool, corpus, pack)
    imported = re.search(r"imported: (\d+)", summary)
    pack_bytes = os.path.getsize(pack)
    base_bytes = os.path.getsize(baseline_db)
    text_mb = text_bytes / mb

    log("bench-import: starting the app …")
    home = os.path.join(work, "home")
    env = app_environment(home)
    logfile = os.path.join(work, "app.log")
    paint = {"books": [], "bundled": []}
    configs = {"books": ["--pack", pack], "bundled": []}
    for _ in range(args.runs):
        for name, arguments in configs.items():
            process, ms = start_app(app, arguments, env, logfile)
            paint[name].append(ms)
            stop_app(process)

    memory = {}
    for name, arguments in configs.items():
        process, _ = start_app(app, arguments, env, logfile)
        time.sleep(0.5)
        opened = memory_kb(process.pid, "VmRSS")
        scroll_tree(args.scroll_steps)
        memory[name] = {
            "rss_opened_kb": opened,
            "rss_scrolled_kb": memory_kb(process.pid, "VmRSS"),
            "peak_kb": memory_kb(process.pid, "VmHWM"),
        }
        alive = process.poll() is None
        stop_app(process)
        if not alive:
            sys.exit(f"bench-import: the app ({name}) ended while the tree was scrolled")

    results = {
        "books": len(files),
        "text_mb": round(text_mb, 2),
        "import": {
            "qingnang_s": round(our_seconds, 1),
            "qingnang_mb_per_s": round(text_mb / our_seconds, 2),
            "documents": int(imported.group(1)) if imported else None,
            "baseline_fts5_s": round(base_seconds, 1),
            "baseline_mb_per_s": round(text_mb / base_seconds, 2),
            "baseline_rows": base_rows,
        },
        "size": {
            "pack_mb": round(pack_bytes / mb, 1),
            "pack_per_text": round(pack_bytes / text_bytes, 2),
            "baseline_mb": round(base_bytes / mb, 1),
            "baseline_per_text": round(base_bytes / text_bytes, 2),
        },
        "first_paint_ms": {
            "with_books_median": median(paint["books"]),
            "with_books_max": max(paint["books"]),
            "bundled_only_median": median(paint["bundled"]),
            "all_books": paint["books"],
            "all_bundled": paint["bundled"],
        },
        "memory": memory,
    }

    r = results
    print(f"classical-books corpus: {r['books']} books, {r['text_mb']} MiB of UTF-8 text")
    print()
    print(f"{'':34}{'qingnang':>14}{'baseline':>14}   ratio   target")
    i = r["import"]
    print(f"{'import wall time (s)':34}{i['qingnang_s']:>14}{i['baseline_fts5_s']:>14}"
          f"{i['qingnang_s'] / i['baseline_fts5_s']:>7.2f}x   < 90 s")
    print(f"{'import rate (MiB/s of text)':34}{i['qingnang_mb_per_s']:>14}{i['baseline_mb_per_s']:>14}")
    s = r["size"]
    print(f"{'file size / text size':34}{s['pack_per_text']:>14}{s['baseline_per_text']:>14}"
          f"{s['pack_per_text'] / s['baseline_per_text']:>7.2f}x   <= 1.6")
    f = r["first_paint_ms"]
    print(f"{'start to first page (ms, median)':34}{f['with_books_median']:>14}"
          f"{f['bundled_only_median']:>14}{f['with_books_median'] / max(1, f['bundled_only_median']):>7.2f}x"
          f"   < 1000 ms")
    b, n = memory["books"], memory["bundled"]
    print(f"{'resident after scrolling (MiB)':34}{b['rss_scrolled_kb'] / 1024:>14.1f}"
          f"{n['rss_scrolled_kb'] / 1024:>14.1f}{b['rss_scrolled_kb'] / max(1, n['rss_scrolled_kb']):>7.2f}x"
          f"   < 150 MB")
    print(f"{'resident peak (MiB)':34}{b['peak_kb'] / 1024:>14.1f}{n['peak_kb'] / 1024:>14.1f}")
    print()
    print(f"import: {i['documents']} documents in the pack, {i['baseline_rows']} baseline rows;"
          f" pack {s['pack_mb']} MiB, baseline database {s['baseline_mb']} MiB")
    print(f"baselines: a Python sqlite3 FTS5 (unicode61) insert of the same sections; the app"
          f" with the bundled pack alone. First page over {args.runs} starts each: books"
          f" {f['all_books']}, bundled {f['all_bundled']}")
    if args.json_out:
        with open(args.json_out, "w") as out:
            json.dump(results, out, indent=2)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
