#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Search-quality harness: Qingnang's search against four baselines on a labelled set.

    python3 scripts/eval_search.py [EVAL_JSONL] [--pack-tool PATH] [--work DIR] [--keep]
                                   [--json-out FILE] [--baselines-only] [--limit N]

Measurement, not a test: exit status 0 whenever the numbers were measured (whoever wins),
1 when the qingnang part could not run (the pack tool or one of its commands missing, the
tool failing, or its output not one JSON line per query), 2 on bad usage or bad input.
docs/search-eval.md says what is measured and how the baselines are built.
Standard library only.
"""

import argparse
import json
import math
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval" / "cmedir-dev.jsonl"
DEFAULT_PACK_TOOL = REPO / "build" / "bin" / "qingnang-pack"
RELEVANT = 2  # a title is relevant from this grade up
QINGNANG = "qingnang"
BASELINES = ["LIKE", "unicode61", "trigram-OR", "bigram-OR-bm25"]
SYSTEMS = [QINGNANG] + BASELINES
PROG = "eval-search"


class BadInput(Exception):
    """Bad usage or bad input: exit status 2."""


class ToolProblem(Exception):
    """The qingnang part could not run: exit status 1."""


def log(message):
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- labelled set

def flatten(text):
    """One line of text: every line break (as str.splitlines sees them) becomes a space."""
    return " ".join(text.splitlines()) if text else text


def load_eval(path):
    """Reads the labelled set. Returns (queries, titles, dropped_empty_titles) where
    queries is a list of {"query", "line", "grades": {title index: max grade}} and titles
    the distinct judged titles in order of first appearance (ref t<index+1>)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise BadInput(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BadInput(f"{path}:{line}: not UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]

    titles, title_index, queries, dropped = [], {}, [], 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue

        def bad(what):
            return BadInput(f"{path}:{lineno}: {what}")

        try:
            obj = json.loads(line)
        except ValueError as e:
            raise bad(f"not valid JSON ({e})") from None
        if not isinstance(obj, dict):
            raise bad("not a JSON object")
        query, judgements = obj.get("query"), obj.get("judgements")
        if not isinstance(query, str):
            raise bad('"query" missing or not a string')
        if not isinstance(judgements, list):
            raise bad('"judgements" missing or not a list')
        grades = {}
        for n, j in enumerate(judgements, 1):
            if not isinstance(j, dict):
                raise bad(f"judgement {n} is not an object")
            title, grade = j.get("title"), j.get("grade")
            if not isinstance(title, str):
                raise bad(f'judgement {n}: "title" missing or not a string')
            if isinstance(grade, float) and grade.is_integer():
                grade = int(grade)
            if isinstance(grade, bool) or not isinstance(grade, int) or not 0 <= grade <= 4:
                raise bad(f'judgement {n}: "grade" must be an integer 0..4')
            if not title.strip():
                dropped += 1
                continue
            try:
                title.encode("utf-8")
            except UnicodeEncodeError:
                raise bad(f"judgement {n}: title is not valid Unicode (lone surrogate)") from None
            index = title_index.get(title)
            if index is None:
                index = title_index[title] = len(titles)
                titles.append(title)
            grades[index] = max(grade, grades.get(index, 0))
        try:
            query.encode("utf-8")
        except UnicodeEncodeError:
            raise bad("query is not valid Unicode (lone surrogate)") from None
        queries.append({"query": flatten(query), "line": lineno, "grades": grades})
    if not queries:
        raise BadInput(f"{path}: no queries")
    return queries, titles, dropped


# ---------------------------------------------------------------- metrics

def query_metrics(ranked, grades, limit):
    """ranked: title indexes (or None for a hit outside the corpus), best first.
    Returns (reciprocal rank, recall, ndcg), all cut at limit."""
    ranked = ranked[:limit]
    seen, gains = set(), []
    for index in ranked:
        # a hit outside the corpus, or the same title again, gains nothing
        if index is None or index in seen:
            gains.append(0)
        else:
            seen.add(index)
            gains.append(grades.get(index, 0))
    rr = 0.0
    for rank, grade in enumerate(gains, 1):
        if grade >= RELEVANT:
            rr = 1.0 / rank
            break
    relevant = sum(1 for g in grades.values() if g >= RELEVANT)
    recall = sum(1 for g in gains if g >= RELEVANT) / relevant
    dcg = sum((2 ** g - 1) / math.log2(rank + 1) for rank, g in enumerate(gains, 1))
    ideal = sorted(grades.values(), reverse=True)[:limit]
    idcg = sum((2 ** g - 1) / math.log2(rank + 1) for rank, g in enumerate(ideal, 1))
    return rr, recall, dcg / idcg


def p95(values):
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summarize(name, runs, queries, scored, limit):
    """runs: per query (all queries) a dict {"ranked": [...], "ms": float or None, "error": bool}."""
    rrs, recalls, ndcgs = [], [], []
    for i in scored:
        rr, recall, ndcg = query_metrics(runs[i]["ranked"], queries[i]["grades"], limit)
        rrs.append(rr)
        recalls.append(recall)
        ndcgs.append(ndcg)
    times = [r["ms"] for r in runs if r["ms"] is not None]
    return {
        "system": name,
        f"mrr@{limit}": statistics.fmean(rrs),
        f"recall@{limit}": statistics.fmean(recalls),
        f"ndcg@{limit}": statistics.fmean(ndcgs),
        "median_ms": statistics.median(times) if times else None,
        "p95_ms": p95(times) if times else None,
        "timed_queries": len(times),
        "empty_queries": sum(1 for r in runs if not r["ranked"]),
        "empty_scored_queries": sum(1 for i in scored if not runs[i]["ranked"]),
        "errors": sum(1 for r in runs if r["error"]),
    }


# ---------------------------------------------------------------- baselines

def quote(term):
    """An FTS5 string: double-quoted, inner quotes doubled, so no query text is syntax."""
    return '"' + term.replace('"', '""') + '"'


def unique(items):
    return list(dict.fromkeys(items))


def is_cjk(ch):
    """Han ideographs: URO, extension A, compatibility ideographs, supplementary planes."""
    c = ord(ch)
    return (0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF or 0xF900 <= c <= 0xFAFF
            or 0x20000 <= c <= 0x3FFFF)


def is_ascii_alnum(ch):
    return ch.isascii() and ch.isalnum()


def bigram_terms(text):
    """Overlapping character bigrams of each run of CJK characters (a one-character run
    stays as that character), plus each run of ASCII letters/digits lower-cased; anything
    else separates runs."""
    terms, i, n = [], 0, len(text)
    while i < n:
        if is_cjk(text[i]):
            j = i
            while j < n and is_cjk(text[j]):
                j += 1
            if j - i == 1:
                terms.append(text[i])
            else:
                terms.extend(text[k:k + 2] for k in range(i, j - 1))
            i = j
        elif is_ascii_alnum(text[i]):
            j = i
            while j < n and is_ascii_alnum(text[j]):
                j += 1
            terms.append(text[i:j].lower())
            i = j
        else:
            i += 1
    return terms


def like_escape(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Baseline:
    """One baseline in its own SQLite database. build() fills it; run(query) returns
    (rowids best first, error) where rowid = title index + 1, i.e. ref t<rowid>."""

    name = ""
    file = ""

    def __init__(self, work, titles, limit):
        self.path = work / self.file
        for suffix in ("", "-journal", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                p.unlink()
        self.db = sqlite3.connect(self.path)
        self.limit = limit
        with self.db:
            self.build(titles)

    def build(self, titles):
        raise NotImplementedError

    def sql(self, query):
        """Returns (sql, parameters), or None when the query gives no search at all."""
        raise NotImplementedError

    def run(self, query):
        statement = self.sql(query)
        if statement is None:
            return [], False
        try:
            return [r[0] for r in self.db.execute(*statement)], False
        except sqlite3.OperationalError:
            return [], True

    def close(self):
        self.db.close()


class LikeBaseline(Baseline):
    """Substring match of the query as typed (Zeal): position of the match, then shorter titles."""

    name, file = "LIKE", "like.db"

    def build(self, titles):
        self.db.execute("CREATE TABLE titles(id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
        self.db.executemany("INSERT INTO titles(id, title) VALUES (?, ?)",
                            ((i + 1, t) for i, t in enumerate(titles)))

    def sql(self, query):
        if not query:
            return None
        # LIKE folds ASCII case only, and so does SQLite's built-in lower(): instr() on
        # both lower-cased finds exactly the match LIKE found.
        return ("SELECT id FROM titles WHERE title LIKE '%' || ?1 || '%' ESCAPE '\\' "
                "ORDER BY instr(lower(title), lower(?2)), length(title), id LIMIT ?3",
                (like_escape(query), query, self.limit))


class Fts5Baseline(Baseline):
    tokenizer = ""

    def build(self, titles):
        self.db.execute(f"CREATE VIRTUAL TABLE fts USING fts5(title, tokenize='{self.tokenizer}')")
        self.db.executemany("INSERT INTO fts(rowid, title) VALUES (?, ?)",
                            ((i + 1, self.indexed(t)) for i, t in enumerate(titles)))
        self.db.execute("INSERT INTO fts(fts) VALUES ('optimize')")

    def indexed(self, title):
        return title

    def terms(self, query):
        raise NotImplementedError

    joiner = " "
    order = "rank"  # FTS5's rank is bm25() unless configured otherwise

    def sql(self, query):
        terms = self.terms(query)
        if not terms:
            return None
        return (f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {self.order}, rowid LIMIT ?",
                (self.joiner.join(quote(t) for t in terms), self.limit))


class Unicode61Baseline(Fts5Baseline):
    """FTS5's default word tokenizer (Qt Assistant): whitespace-separated terms, implicit AND."""

    name, file, tokenizer = "unicode61", "unicode61.db", "unicode61"

    def terms(self, query):
        return query.split()


class TrigramBaseline(Fts5Baseline):
    """FTS5 trigram tokenizer, any of the query's trigrams (OR), bm25."""

    name, file, tokenizer, joiner = "trigram-OR", "trigram.db", "trigram", " OR "

    def terms(self, query):
        text = "".join(query.split())
        return unique(text[i:i + 3] for i in range(len(text) - 2))


class BigramBaseline(Fts5Baseline):
    """Character bigrams as words in a unicode61 table, OR, bm25 (roughly Kiwix/GoldenDict)."""

    name, file, tokenizer, joiner = "bigram-OR-bm25", "bigram.db", "unicode61", " OR "
    order = "bm25(fts)"

    def indexed(self, title):
        return " ".join(bigram_terms(title))

    def terms(self, query):
        return unique(bigram_terms(query))


BASELINE_CLASSES = [LikeBaseline, Unicode61Baseline, TrigramBaseline, BigramBaseline]


def check_sqlite():
    try:
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE a USING fts5(x, tokenize='trigram')")
        db.close()
    except sqlite3.OperationalError as e:
        raise ToolProblem(f"Python's SQLite {sqlite3.sqlite_version} lacks FTS5 with the trigram "
                          f"tokenizer (needs 3.34 or later built with FTS5): {e}") from None


def run_baselines(work, queries, titles, limit):
    results = {}
    for cls in BASELINE_CLASSES:
        start = time.perf_counter()
        baseline = cls(work, titles, limit)
        built = time.perf_counter() - start
        runs = []
        for q in queries:
            t0 = time.perf_counter()
            rowids, error = baseline.run(q["query"]) if q["query"].strip() else ([], False)
            ms = (time.perf_counter() - t0) * 1000.0
            runs.append({"ranked": [r - 1 for r in rowids], "ms": ms, "error": error})
        baseline.close()
        log(f"{cls.name}: built in {built:.1f} s, {len(queries)} queries in "
            f"{time.perf_counter() - start - built:.1f} s")
        results[cls.name] = runs
    return results


# ---------------------------------------------------------------- qingnang

def resolve_tool(path):
    tool = Path(os.path.abspath(path))  # "./x" must not become a PATH lookup of "x"
    if not tool.exists():
        raise ToolProblem(f"pack tool {tool} not found: build it (scripts/setup.sh), give "
                          f"--pack-tool PATH, or measure the baselines alone with --baselines-only")
    if tool.is_dir() or not os.access(tool, os.X_OK):
        raise ToolProblem(f"pack tool {tool} is not an executable file")
    return tool


def probe_commands(tool):
    """Names the commands among import/search that the tool does not know."""
    missing = []
    for command in ("import", "search"):
        try:
            p = subprocess.run([str(tool), command, "--help"], capture_output=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ToolProblem(f"cannot run {tool}: {e}") from None
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode != 0 and "unknown command" in err.lower():
            missing.append(command)
    if missing:
        names = " and ".join(f"`{m}`" for m in missing)
        plural = "commands" if len(missing) > 1 else "command"
        raise ToolProblem(f"{tool} has no {names} {plural} yet (needs `import jsonl` and "
                          f"`search --queries FILE --limit N --json`); measure the baselines "
                          f"alone with --baselines-only")


def run_tool(args, what, stdout=None):
    start = time.perf_counter()
    try:
        p = subprocess.run([str(a) for a in args], stdout=stdout or subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    except OSError as e:
        raise ToolProblem(f"{what}: cannot run {args[0]}: {e}") from None
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = "; ".join(err[-3:]) if err else "no message"
        raise ToolProblem(f"{what} failed (exit status {p.returncode}): {tail}")
    return seconds


def parse_search_output(path, sent, queries, limit, ref_index):
    """Checks one JSON line per sent query, in order, and maps refs back to title indexes."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ToolProblem(f"search output {path} is not UTF-8") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(sent):
        raise ToolProblem(f"search output has {len(lines)} lines for {len(sent)} queries "
                          f"(expected exactly one JSON line per query, in order; see {path})")
    runs = [{"ranked": [], "ms": None, "error": False} for _ in queries]
    foreign = {}
    for lineno, (line, i) in enumerate(zip(lines, sent), 1):
        def bad(what):
            return ToolProblem(f"search output line {lineno}: {what}")

        try:
            obj = json.loads(line)
        except ValueError as e:
            raise bad(f"not valid JSON ({e})") from None
        if not isinstance(obj, dict):
            raise bad("not a JSON object")
        expected = queries[i]["query"]
        got = obj.get("query")
        if not isinstance(got, str) or got.strip() != expected.strip():
            raise bad(f"answers query {got!r}, expected {expected!r} (line {lineno} of the "
                      f"queries file, line {queries[i]['line']} of the labelled set): output "
                      f"is not one line per query in order")
        results = obj.get("results")
        if not isinstance(results, list):
            raise bad('"results" missing or not a list')
        elapsed = obj.get("elapsed_us")
        if isinstance(elapsed, bool) or not isinstance(elapsed, (int, float)) or elapsed < 0:
            raise bad('"elapsed_us" missing or not a non-negative number')
        ranked = []
        for n, r in enumerate(results[:limit], 1):
            if not isinstance(r, dict):
                raise bad(f"result {n} is not an object")
            index = ref_index.get(r.get("ref")) if isinstance(r.get("ref"), str) else None
            if index is None:
                kind = str(r.get("kind"))
                foreign[kind] = foreign.get(kind, 0) + 1
            ranked.append(index)
        runs[i] = {"ranked": ranked, "ms": elapsed / 1000.0, "error": False}
    return runs, foreign


def run_qingnang(tool, work, queries, titles, limit):
    corpus = work / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8", newline="\n") as f:
        for i, title in enumerate(titles):
            f.write(json.dumps({"kind": "article", "topic": ["评测"], "title": title,
                                "body": "", "ref": f"t{i + 1}"}, ensure_ascii=False) + "\n")
    pack = work / "eval.qnpack"
    if pack.exists():
        pack.unlink()
    import_s = run_tool([tool, "import", "jsonl", corpus, "-o", pack,
                         "--title", "Search evaluation corpus"], "qingnang-pack import jsonl")
    if not pack.exists():
        raise ToolProblem(f"qingnang-pack import jsonl succeeded but wrote no {pack}")
    log(f"qingnang: imported {len(titles)} titles in {import_s:.1f} s")

    # blank queries are not sent (a tool may skip blank lines); they count as no results
    sent = [i for i, q in enumerate(queries) if q["query"].strip()]
    query_file = work / "queries.txt"
    with query_file.open("w", encoding="utf-8", newline="\n") as f:
        for i in sent:
            f.write(queries[i]["query"] + "\n")
    out = work / "search.jsonl"
    with out.open("wb") as f:
        search_s = run_tool([tool, "search", pack, "--queries", query_file, "--limit", limit,
                             "--json"], "qingnang-pack search", stdout=f)
    log(f"qingnang: {len(sent)} queries in {search_s:.1f} s (wall, one process)")
    ref_index = {f"t{i + 1}": i for i in range(len(titles))}
    runs, foreign = parse_search_output(out, sent, queries, limit, ref_index)
    return runs, foreign, import_s, search_s


# ---------------------------------------------------------------- report

def relative(ours, best):
    if best == 0:
        return None
    return (ours - best) / best * 100.0


def fmt_ms(value):
    return "-" if value is None else f"{value:.2f}"


def print_report(summary, limit, with_qingnang):
    cols = [f"MRR@{limit}", f"Recall@{limit}", f"nDCG@{limit}"]
    keys = [f"mrr@{limit}", f"recall@{limit}", f"ndcg@{limit}"]
    header = (f"{'system':<16}" + "".join(f"{c:>11}" for c in cols)
              + f"{'median ms':>11}{'p95 ms':>9}{'empty':>8}{'errors':>8}")
    print(header)
    print("-" * len(header))
    for name in SYSTEMS:
        s = summary["systems"].get(name)
        if s is None:
            continue
        print(f"{name:<16}" + "".join(f"{s[k]:>11.4f}" for k in keys)
              + f"{fmt_ms(s['median_ms']):>11}{fmt_ms(s['p95_ms']):>9}"
              + f"{s['empty_queries']:>8}{s['errors']:>8}")
    print()
    for col, key in [(cols[0], keys[0]), (cols[2], keys[2]), (cols[1], keys[1])]:
        best = summary["best_baseline"][key]
        line = f"best baseline by {col}: {best['system']} {best['value']:.4f}"
        if with_qingnang:
            rel = best["qingnang_relative_pct"]
            rel_text = "n/a (baseline is 0)" if rel is None else f"{rel:+.1f}%"
            line += f"; qingnang {best['qingnang']:.4f} ({rel_text})"
        print(line)


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="eval_search.py",
        description="Measure Qingnang's search against four baselines on a labelled set "
                    "(see docs/search-eval.md). Exit 0 measured, 1 the qingnang part could "
                    "not run, 2 bad usage or input.")
    ap.add_argument("eval_jsonl", nargs="?", default=str(DEFAULT_EVAL), metavar="EVAL_JSONL",
                    help="labelled set, one JSON object a line (default: %(default)s)")
    ap.add_argument("--pack-tool", default=str(DEFAULT_PACK_TOOL),
                    help="qingnang-pack to measure (default: %(default)s)")
    ap.add_argument("--work", help="working directory for the pack, the databases and the "
                    "tool's output (default: a temporary directory, removed unless --keep)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary working directory")
    ap.add_argument("--json-out", help="write all the numbers to this file as JSON")
    ap.add_argument("--baselines-only", action="store_true",
                    help="measure the baselines only; the pack tool is not needed")
    ap.add_argument("--limit", type=int, default=10, help="results per query, the metrics' "
                    "cut-off (default: %(default)s)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    if args.limit < 1:
        log("--limit must be at least 1")
        return 2

    started = time.perf_counter()
    temp = None
    try:
        eval_path = Path(args.eval_jsonl)
        queries, titles, dropped = load_eval(eval_path)
        scored = [i for i, q in enumerate(queries)
                  if any(g >= RELEVANT for g in q["grades"].values())]
        if not scored:
            raise BadInput(f"{eval_path}: no query has a title graded {RELEVANT} or more")
        check_sqlite()
        tool = None if args.baselines_only else resolve_tool(args.pack_tool)
        if tool is not None:
            probe_commands(tool)
        blank = sum(1 for q in queries if not q["query"].strip())
        log(f"{eval_path}: {len(queries)} queries, {len(titles)} distinct titles, "
            f"{len(scored)} queries scored")

        if args.work:
            work = Path(args.work)
            try:
                work.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise BadInput(f"{work}: cannot create working directory: {e.strerror}") from None
        else:
            work = temp = Path(tempfile.mkdtemp(prefix="qingnang-eval-"))

        runs, extra = {}, {}
        if tool is not None:
            q_runs, foreign, import_s, search_s = run_qingnang(tool, work, queries, titles,
                                                               args.limit)
            runs[QINGNANG] = q_runs
            extra = {"import_seconds": import_s, "search_wall_seconds": search_s,
                     "results_outside_corpus": foreign}
        runs.update(run_baselines(work, queries, titles, args.limit))

        summary = {
            "eval_file": str(eval_path),
            "limit": args.limit,
            "relevant_from_grade": RELEVANT,
            "queries": len(queries),
            "scored_queries": len(scored),
            "blank_queries": blank,
            "corpus_titles": len(titles),
            "dropped_empty_title_judgements": dropped,
            "sqlite_version": sqlite3.sqlite_version,
            "systems": {},
        }
        for name in SYSTEMS:
            if name in runs:
                summary["systems"][name] = summarize(name, runs[name], queries, scored,
                                                     args.limit)
        if extra:
            summary["systems"][QINGNANG].update(extra)
        summary["best_baseline"] = {}
        for key in (f"mrr@{args.limit}", f"ndcg@{args.limit}", f"recall@{args.limit}"):
            # first in BASELINES order wins a tie
            best = max(BASELINES, key=lambda n: (summary["systems"][n][key], -BASELINES.index(n)))
            entry = {"system": best, "value": summary["systems"][best][key]}
            if QINGNANG in summary["systems"]:
                ours = summary["systems"][QINGNANG][key]
                entry["qingnang"] = ours
                entry["qingnang_relative_pct"] = relative(ours, entry["value"])
            summary["best_baseline"][key] = entry
        summary["runtime_seconds"] = time.perf_counter() - started

        print(f"labelled set: {eval_path}")
        print(f"corpus: {len(titles)} distinct judged titles; queries: {len(queries)}, "
              f"scored (a title graded >= {RELEVANT}): {len(scored)}")
        print(f"metrics over the {len(scored)} scored queries, cut at {args.limit}; "
              f"times and 'empty' (no results) over all {len(queries)} queries")
        print()
        print_report(summary, args.limit, QINGNANG in summary["systems"])
        fts_errors = {n: summary["systems"][n]["errors"] for n in BASELINES
                      if summary["systems"][n]["errors"]}
        print(f"FTS5/SQLite errors (counted as no results): "
              + (", ".join(f"{n} {c}" for n, c in fts_errors.items()) if fts_errors else "none"))
        if extra:
            foreign = extra["results_outside_corpus"]
            if foreign:
                print("qingnang hits that are not corpus titles (scored as grade 0): "
                      + ", ".join(f"{k} {v}" for k, v in sorted(foreign.items())))
            print(f"qingnang: import {extra['import_seconds']:.1f} s, search process "
                  f"{extra['search_wall_seconds']:.1f} s wall; times above are its elapsed_us")
        if blank:
            print(f"blank queries (not run, no results): {blank}")
        print(f"runtime: {summary['runtime_seconds']:.1f} s")

        if args.json_out:
            try:
                with open(args.json_out, "w", encoding="utf-8") as f:
                    json.dump(summary, f, ensure_ascii=False, indent=2)
                    f.write("\n")
            except OSError as e:
                raise BadInput(f"{args.json_out}: cannot write: {e.strerror}") from None
        return 0
    except BadInput as e:
        log(str(e))
        return 2
    except ToolProblem as e:
        log(str(e))
        if temp is not None and not args.keep and (temp / "search.jsonl").exists():
            log("the temporary working directory is removed at exit; --keep (or --work DIR) "
                "keeps the tool's output")
        return 1
    finally:
        if temp is not None:
            if args.keep:
                log(f"kept working directory {temp}")
            else:
                shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
