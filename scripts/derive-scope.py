#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Derive the bundled pack's scope model (resources/content/scope.json).

The scope model says whether a query is about health at all (docs/search.md):
a logistic regression over the query's content terms, as the search reads
them (`qingnang-pack search PACK --terms`, so that training and the app agree
on every term). It is trained on what this project wrote:

  health     the library's topic titles, aliases and question titles
             (resources/content), the words patients type;
  not health scripts/data/not-health.txt, 1,500 everyday queries about
             everything else, written for this project (appliances, cooking,
             pets, money, travel, phones, paperwork ...).

The threshold is set from cross-validation: the score below which at most
--miss of the health texts fall when each is scored by a model that did not
see it; a query is turned away only when, besides, its terms that speak
against health weigh --evidence or more. The script reports the held-apart
folds and writes the weights (rounded, the smallest dropped). Rerun it after
the library grows. The real questions of ../shared (huatuo, cMedIR) are not
trained on: they are for measuring (docs/search-eval.md).

  python3 scripts/derive-scope.py [--qingnang-pack build/bin/qingnang-pack]
      [--pack build/share/qingnang/bundled.qnpack] [--shared ../shared]
      [--out resources/content/scope.json] [--folds 5] [--check] [--corpora]

--check trains and reports without writing the file.
"""
import argparse
import csv
import io
import json
import math
import random
import subprocess
import sys
import tempfile
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent


def read_health(shared: Path):
    questions = []
    for record in json.load(open(shared / "corpora" / "huatuo" / "huatuo26M_test.json",
                                 encoding="utf-8")):
        questions.extend(q for q in (record.get("instruction") or []) if q)
    raw = (shared / "corpora" / "dialogue" / "样例_内科5000-6000.csv").read_bytes()
    for row in csv.DictReader(io.StringIO(raw.decode("gb18030", errors="replace"))):
        if row.get("title"):
            questions.append(row["title"])
    return questions


def read_library(content: Path, prose: bool):
    texts = []
    for path in sorted((content / "topics").glob("*.json")):
        topic = json.load(open(path, encoding="utf-8"))
        texts.append(topic["title"])
        texts.extend(topic.get("aliases", []))
        texts.extend(q["title"] for q in topic.get("questions", []))
        if prose:
            texts.append(topic.get("summary", ""))
            texts.extend(q.get("body", "") for q in topic.get("questions", []))
    if prose:
        for path in sorted((content / "articles").glob("*.md")):
            for line in open(path, encoding="utf-8"):
                line = line.strip().lstrip("#-*> ").strip()
                if len(line) >= 6:
                    texts.append(line[:120])
    return [t for t in texts if t]


def read_lines(path: Path):
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip()]


def terms_of(tool, pack, queries):
    """The scope terms of each query, as qingnang-pack reads them."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        for q in queries:
            f.write(q.replace("\n", " ").replace("\r", " ") + "\n")
        name = f.name
    out = subprocess.run([tool, "search", pack, "--queries", name, "--terms"],
                         check=True, capture_output=True, text=True).stdout
    Path(name).unlink()
    rows = [json.loads(l) for l in out.splitlines() if l.strip()]
    return {r["query"]: r["terms"] for r in rows}


def train(examples, epochs=12, l2=1e-4, rate=0.2, seed=1):
    """Logistic regression by AdaGrad; examples: (terms, label 1 health / 0 not).
    The classes weigh the same however many examples each has."""
    rnd = random.Random(seed)
    pos = sum(1 for _, y in examples if y == 1)
    neg = len(examples) - pos
    cw = {1: len(examples) / (2 * pos), 0: len(examples) / (2 * neg)}
    w, g2 = {}, {}
    bias, bg2 = 0.0, 1e-8
    order = list(range(len(examples)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            terms, y = examples[i]
            z = bias + sum(w.get(t, 0.0) for t in terms)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            grad = (p - y) * cw[y]
            bg2 += grad * grad
            bias -= rate * grad / math.sqrt(bg2)
            for t in terms:
                gt = grad + l2 * w.get(t, 0.0)
                g2[t] = g2.get(t, 1e-8) + gt * gt
                w[t] = w.get(t, 0.0) - rate * gt / math.sqrt(g2[t])
    return bias, w


def score(model, terms):
    bias, w = model
    return bias + sum(w.get(t, 0.0) for t in terms)


def against(model, terms):
    """How much the query's terms speak against health: their negative weights, summed."""
    return sum(min(0.0, model[1].get(t, 0.0)) for t in terms)


def threshold_for(scores, miss):
    """The score below which at most `miss` of these (health) scores fall."""
    s = sorted(scores)
    k = int(math.floor(miss * len(s)))
    return s[k] - 1e-9 if k < len(s) else s[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--qingnang-pack", default=str(TOP / "build" / "bin" / "qingnang-pack"))
    ap.add_argument("--pack", default=str(TOP / "build" / "share" / "qingnang" / "bundled.qnpack"))
    ap.add_argument("--shared", type=Path, default=TOP.parent / "shared")
    ap.add_argument("--content", type=Path, default=TOP / "resources" / "content")
    ap.add_argument("--negatives", type=Path, default=TOP / "scripts" / "data" / "not-health.txt")
    ap.add_argument("--out", type=Path, default=TOP / "resources" / "content" / "scope.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--miss", type=float, default=0.005,
                    help="share of held-apart health queries the threshold may leave out")
    ap.add_argument("--prose", action="store_true",
                    help="also train on the library's summaries, question bodies and article lines")
    ap.add_argument("--evidence", type=float, default=0.5,
                    help="how much its terms must speak against health before a query is "
                         "turned away (the sum of their negative weights)")
    ap.add_argument("--corpora", action="store_true",
                    help="also train on the questions of ../shared/corpora (not shipped: an "
                         "experiment)")
    ap.add_argument("--check", action="store_true", help="report only; write nothing")
    args = ap.parse_args()

    health = (read_health(args.shared) if args.corpora else []) + \
        read_library(args.content, args.prose)
    negatives = read_lines(args.negatives)
    terms = terms_of(args.qingnang_pack, args.pack, health + negatives)
    examples = [(terms.get(q.replace("\n", " ").replace("\r", " "), []), 1) for q in health]
    examples += [(terms.get(q, []), 0) for q in negatives]
    examples = [(t, y) for t, y in examples if t]
    print(f"examples: {sum(y for _, y in examples)} health, "
          f"{sum(1 - y for _, y in examples)} not health", file=sys.stderr)

    # Cross-validation: the threshold is chosen on each training part's own
    # health scores, and judged on the fold held apart.
    rnd = random.Random(7)
    idx = list(range(len(examples)))
    rnd.shuffle(idx)
    folds = [idx[i::args.folds] for i in range(args.folds)]
    held = {}
    for k, fold in enumerate(folds):
        apart = set(fold)
        model = train([examples[i] for i in idx if i not in apart])
        for i in fold:
            held[i] = (score(model, examples[i][0]), against(model, examples[i][0]))
    # The threshold: at most --miss of the held-apart health queries below it.
    t = threshold_for([held[i][0] for i in idx if examples[i][1] == 1], args.miss)

    def outside(i):
        return held[i][0] < t and held[i][1] <= -args.evidence

    for k, fold in enumerate(folds):
        pos = [outside(i) for i in fold if examples[i][1] == 1]
        neg = [outside(i) for i in fold if examples[i][1] == 0]
        print(f"fold {k + 1}: health judged outside {sum(pos)}/{len(pos)}, "
              f"not-health judged outside {sum(neg)}/{len(neg)}", file=sys.stderr)
    pos = [outside(i) for i in idx if examples[i][1] == 1]
    neg = [outside(i) for i in idx if examples[i][1] == 0]
    print(f"held apart, all folds, threshold {t:.3f}, evidence {args.evidence}: health outside "
          f"{sum(pos) / len(pos):.4f}, not-health outside {sum(neg) / len(neg):.4f}",
          file=sys.stderr)

    model = train(examples)
    bias, w = model
    weights = {k: round(v, 3) for k, v in sorted(w.items()) if abs(v) >= 0.005}
    print(f"final: {len(weights)} terms, bias {bias:.3f}, threshold {t:.3f}", file=sys.stderr)
    if args.check:
        return
    doc = {
        "format": 1,
        "about": "Whether a query is about health at all (docs/search.md). Derived by "
                 "scripts/derive-scope.py; do not edit by hand.",
        "bias": round(bias, 3),
        "threshold": round(t, 3),
        "evidence": args.evidence,
        "weights": weights,
    }
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        json.dump(doc, out, ensure_ascii=False, indent=0, sort_keys=False)
        out.write("\n")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
