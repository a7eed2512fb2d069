#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Search quality on a ZIM file (issue 15), side by side, in one run: the judged titles
of a labelled set (docs/search-eval.md) made into a ZIM by zimwriterfs (with its
full-text index), then searched by

  qingnang-zim    Qingnang, after `qingnang-pack import zim`;
  qingnang-jsonl  Qingnang, the same titles imported from jsonl (as eval_search.py does);
  kiwix-search    Kiwix's own full-text search of the same ZIM (Debian: kiwix-tools),
                  its first N results, mapped back to titles by their text;
  kiwix-suggest   the same tool's title suggestions (kiwix-search --suggestion), the
                  search-as-you-type of Kiwix's readers.

    python3 scripts/eval_zim_search.py [EVAL_JSONL] [--pack-tool PATH] [--limit N]
                                       [--kiwix-queries N] [--work DIR] [--keep]
                                       [--json-out FILE]

--kiwix-queries runs kiwix-search (one process a query) on the first N scored
queries only, and every system is then scored on those same queries too. Measurement,
not a test: exit 0 measured, 1 a tool failed, 2 bad usage or input."""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import eval_search as ev  # noqa: E402
import zim_titles  # noqa: E402


def log(message):
    print(f"eval-zim-search: {message}", file=sys.stderr, flush=True)


def run_qingnang_zim(tool, work, zim, queries, titles, limit):
    pack = work / "zim.qnpack"
    if pack.exists():
        pack.unlink()
    import_s = ev.run_tool([tool, "import", "zim", zim, "-o", pack], "qingnang-pack import zim")
    sent = [i for i, q in enumerate(queries) if q["query"].strip()]
    query_file = work / "queries.txt"
    with query_file.open("w", encoding="utf-8", newline="\n") as f:
        for i in sent:
            f.write(queries[i]["query"] + "\n")
    out = work / "search-zim.jsonl"
    with out.open("wb") as f:
        ev.run_tool([tool, "search", pack, "--queries", query_file, "--limit", limit, "--json"],
                    "qingnang-pack search", stdout=f)
    ref_index = {f"t{i + 1}.html": i for i in range(len(titles))}
    runs, foreign = ev.parse_search_output(out, sent, queries, limit, ref_index)
    return runs, foreign, import_s


def run_kiwix(zim, queries, indexes, titles, limit, suggestion=False):
    tool = shutil.which("kiwix-search")
    by_title = {}
    for i, title in enumerate(titles):
        by_title.setdefault(" ".join(title.split()), i)
    runs = [{"ranked": [], "ms": None, "error": False} for _ in queries]
    for n, i in enumerate(indexes, 1):
        query = queries[i]["query"]
        if not query.strip():
            continue
        start = time.perf_counter()
        p = subprocess.run([tool] + (["--suggestion"] if suggestion else []) + [str(zim), query],
                           capture_output=True)
        ms = (time.perf_counter() - start) * 1000.0
        # kiwix-search prints a note ("No stemming for language 'zh'") on stdout
        # before the results: it is no result.
        lines = [line.strip() for line in p.stdout.decode("utf-8", "replace").splitlines()
                 if not line.startswith("No stemming for language")]
        ranked = [by_title.get(" ".join(line.split())) for line in lines if line][:limit]
        runs[i] = {"ranked": ranked, "ms": ms, "error": p.returncode != 0}
        if n % 500 == 0:
            log(f"kiwix-search{' --suggestion' if suggestion else ''}: {n} of {len(indexes)} "
                f"queries")
    return runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_jsonl", nargs="?", default=str(ev.DEFAULT_EVAL))
    ap.add_argument("--pack-tool", default=str(ev.DEFAULT_PACK_TOOL))
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--kiwix-queries", type=int, default=0,
                    help="run kiwix-search on the first N scored queries only (0: all)")
    ap.add_argument("--work")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--json-out")
    options = ap.parse_args()
    tool = pathlib.Path(options.pack_tool)
    if not tool.exists():
        log(f"{tool}: no such program (build first: scripts/setup.sh)")
        return 2
    try:
        queries, titles, _ = ev.load_eval(pathlib.Path(options.eval_jsonl))
    except ev.BadInput as e:
        log(str(e))
        return 2
    scored = [i for i, q in enumerate(queries) if any(g >= ev.RELEVANT for g in q["grades"].values())]
    limit = options.limit
    with zim_titles.work_directory(options.work, options.keep, "eval-zim-", log) as work:
        try:
            log(f"{len(titles)} titles, {len(queries)} queries ({len(scored)} scored); making the ZIM")
            zim, zim_s = zim_titles.titles_zim(titles, work, fulltext=True)
            log(f"zimwriterfs (with full-text index): {zim_s:.1f} s")

            systems = {}
            runs_zim, foreign, import_s = run_qingnang_zim(tool, work, zim, queries, titles, limit)
            log(f"qingnang-zim: imported in {import_s:.1f} s")
            systems["qingnang-zim"] = runs_zim
            runs_jsonl, _, _, _ = ev.run_qingnang(tool, work, queries, titles, limit)
            systems["qingnang-jsonl"] = runs_jsonl

            kiwix_set = scored[: options.kiwix_queries] if options.kiwix_queries else scored
            if shutil.which("kiwix-search"):
                log(f"kiwix-search: {len(kiwix_set)} queries, one process each")
                systems["kiwix-search"] = run_kiwix(zim, queries, kiwix_set, titles, limit)
                log(f"kiwix-search --suggestion: {len(kiwix_set)} queries, one process each")
                systems["kiwix-suggest"] = run_kiwix(zim, queries, kiwix_set, titles, limit, True)
            else:
                log("kiwix-search is not installed (Debian package kiwix-tools): left out")

            report = {"titles": len(titles), "queries": len(queries), "scored": len(scored),
                      "kiwix_scored": len(kiwix_set), "limit": limit, "on_all_scored": {},
                      "on_kiwix_set": {}}
            header = f"{'system':<16}{'MRR@' + str(limit):>10}{'Recall@' + str(limit):>11}{'nDCG@' + str(limit):>10}"
            for label, subset, key in [("all scored queries", scored, "on_all_scored"),
                                       ("the queries kiwix-search ran", kiwix_set, "on_kiwix_set")]:
                if key == "on_kiwix_set" and ("kiwix-search" not in systems or subset == scored):
                    continue
                print(f"{label} ({len(subset)}):")
                print(header)
                for name, runs in systems.items():
                    if name.startswith("kiwix") and subset != kiwix_set:
                        continue
                    s = ev.summarize(name, runs, queries, subset, limit)
                    report[key][name] = s
                    print(f"{name:<16}{s[f'mrr@{limit}']:>10.4f}{s[f'recall@{limit}']:>11.4f}"
                          f"{s[f'ndcg@{limit}']:>10.4f}")
                print()
            both = report["on_kiwix_set"] or report["on_all_scored"]
            if "kiwix-search" in both:
                kiwix = both["kiwix-search"][f"mrr@{limit}"]
                ours = both["qingnang-zim"][f"mrr@{limit}"]
                ratio = ours / kiwix if kiwix else float("inf")
                report["mrr_ratio_zim_to_kiwix"] = ratio
                print(f"MRR@{limit}: qingnang-zim / kiwix-search = {ratio:.2f}")
            all_ = report["on_all_scored"]
            print(f"MRR@{limit}: qingnang-zim {all_['qingnang-zim'][f'mrr@{limit}']:.4f}, "
                  f"qingnang-jsonl {all_['qingnang-jsonl'][f'mrr@{limit}']:.4f}")
            if foreign:
                print(f"qingnang-zim hits outside the titles: {foreign}")
            if options.json_out:
                pathlib.Path(options.json_out).write_text(json.dumps(report, indent=1) + "\n")
            return 0
        except (ev.ToolProblem, zim_titles.ZimProblem) as e:
            log(str(e))
            return 1


if __name__ == "__main__":
    sys.exit(main())
