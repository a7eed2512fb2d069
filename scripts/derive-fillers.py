#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Derives the filler vocabulary of search (resources/vocab/fillers.tsv) from data.

    python3 scripts/derive-fillers.py [--shared DIR] [--out FILE] [--candidates]

Fillers are the words of questions that say how something is asked, not what is asked
about: 怎么办, 是什么原因, 严重吗, 吃什么药. Search lets them shape the ranking but never
make a hit on their own (docs/search.md). They are found by document frequency:

  questions  the cMedIR dev queries (../shared/eval/cmedir-dev.jsonl), the huatuo
             questions and the dialogue titles (../shared/corpora);
  answers    the huatuo and dialogue answers.

A Chinese n-gram (1 to 5 characters) of the questions is a candidate filler when
  - it is in at least MIN_QUESTION_SHARE of the questions,
  - it is at least QUESTION_RATIO times as common in questions as in answers
    (answers say what a thing is; questions say how they ask), and
  - it contains no specific medical word: a word of the THUOCL medical list
    (../shared/vocab/thuocl) that is less common than GENERIC_THUOCL (症状, 治疗, 原因 are
    generic and allowed; 胃痛, 高血压 are not);
and it is kept only when it is not nearly always part of a longer candidate.
A candidate nearly always seen inside a longer one is left out (么办 of 怎么办), and so is
one that is a much more common filler with one character of content stuck to it (炎怎么
of 胃炎怎么办) or that begins or ends with a character of MEDICAL_CHAR_WORDS or more
specific medical words (压能 of 血压能吃). A second kind, function words, are the single characters found in more
than FUNCTION_SHARE of both questions and answers that are in fewer than
FUNCTION_MAX_WORDS words of the medical list (的, 了, 是; not 病, 血).

The candidates were reviewed by hand: REVIEWED_OUT lists those that carry meaning after
all and are not written; REVIEWED_IN the few question phrases the rules miss. --candidates prints every candidate with its numbers instead.
The corpora are read, never copied: only the short list of words is written.
Standard library only.
"""

import argparse
import csv
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MIN_QUESTION_SHARE = 0.002
QUESTION_RATIO = 3.0
GENERIC_THUOCL = 150000
FUNCTION_SHARE = 0.12
FUNCTION_MAX_WORDS = 20
EDGE_SHARE = 0.15
MEDICAL_CHAR_WORDS = 40
MAX_N = 5

# Question phrases the review added: the derivation drops them as a common filler (吗)
# with one word stuck to it, but these are how people ask, whatever the subject.
REVIEWED_IN = ["怎么办", "是什么原因", "怎么回事", "吃什么药", "能治好吗", "严重吗", "有什么症状",
               "什么原因", "吃什么好", "正常吗", "要紧吗", "怎么治", "有哪些症状", "多少算正常",
               "算正常吗", "算不算"]

# Candidates that the review found to carry meaning (a body part, a person, a kind of
# care), or to be a fragment that reads as a word of its own. Each was checked against
# the topic titles of the bundled pack: a query for these words alone must still find.
REVIEWED_OUT = {
    "宝宝", "孩子", "小孩", "女性", "男性", "老人", "怀孕", "月经", "身体", "一天", "晚上",
    "早上", "两天", "几天", "左右", "岁", "月", "天", "年", "手术", "发烧", "疼", "痛", "痒",
    "肚子", "头", "眼睛", "脸", "嗓子", "喝", "药", "打针", "检查", "医院", "喝酒", "吃药",
    "同房", "男人", "女人", "睡觉", "上火", "感觉", "难受", "不舒服", "疼痛", "吃了",
    "疙瘩", "鼻子", "喉咙", "脸上", "膝盖", "耳朵", "头上", "厕所", "腰疼", "肚子疼", "很痒",
    "不疼", "不痒", "不痛", "很痛", "点疼", "胳", "屁", "睡不", "姨妈", "没来", "女生", "儿子",
    "起床", "上起", "上长", "上长了", "长了一", "来月", "我怀", "个月宝宝", "感冒咳", "全部症",
    "问癫", "孩子吗", "早上起", "早上起来", "天早上", "能喝", "吃吗", "多久能", "能活多",
    "活多久", "不知道是",
}

HAN = re.compile(r"[\u3400-\u9fff]+")


def read_questions_answers(shared: Path):
    questions, answers = [], []
    for line in open(shared / "eval" / "cmedir-dev.jsonl", encoding="utf-8"):
        if line.strip():
            questions.append(json.loads(line)["query"])
    for record in json.load(open(shared / "corpora" / "huatuo" / "huatuo26M_test.json",
                                 encoding="utf-8")):
        questions.extend(record.get("instruction") or [])
        answers.extend(record.get("output") or [])
    raw = (shared / "corpora" / "dialogue" / "样例_内科5000-6000.csv").read_bytes()
    for row in csv.DictReader(io.StringIO(raw.decode("gb18030", errors="replace"))):
        questions.append(row.get("title") or "")
        answers.append(row.get("answer") or "")
    return [q for q in questions if q], [a for a in answers if a]


def ngram_df(texts, max_n):
    df = Counter()
    for text in texts:
        seen = set()
        for run in HAN.findall(text):
            for n in range(1, max_n + 1):
                for i in range(len(run) - n + 1):
                    seen.add(run[i:i + n])
        df.update(seen)
    return df


def contains_any(text, words, max_len=6):
    for i in range(len(text)):
        for n in range(2, min(max_len, len(text) - i) + 1):
            if text[i:i + n] in words:
                return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "vocab" / "fillers.tsv")
    parser.add_argument("--candidates", action="store_true")
    args = parser.parse_args()

    questions, answers = read_questions_answers(args.shared)
    thuocl = {}
    for line in open(args.shared / "vocab" / "thuocl" / "THUOCL_medical.txt", encoding="utf-8"):
        parts = line.split()
        if len(parts) == 2:
            thuocl[parts[0]] = int(parts[1])
    specific = {w for w, f in thuocl.items() if f < GENERIC_THUOCL}
    nq, na = len(questions), len(answers)
    dfq = ngram_df(questions, MAX_N)
    dfa = ngram_df(answers, MAX_N)

    def share_q(w):
        return dfq[w] / nq

    def share_a(w):
        return dfa[w] / na

    question_words = []
    for w, count in dfq.items():
        if count / nq < MIN_QUESTION_SHARE:
            continue
        if share_q(w) < QUESTION_RATIO * share_a(w):
            continue
        if w in specific or contains_any(w, specific):
            continue
        question_words.append(w)
    char_words = Counter()
    char_specific = Counter()
    for w in thuocl:
        char_words.update(set(w))
        if w in specific:
            char_specific.update(set(w))
    generic = [w for w in thuocl if w not in specific and len(w) >= 2]
    function_words = [w for w in dfq if len(w) == 1 and share_q(w) >= FUNCTION_SHARE
                      and share_a(w) >= FUNCTION_SHARE and char_words[w] < FUNCTION_MAX_WORDS]
    fillers = set(question_words) | set(function_words)
    # Drop a candidate nearly always seen inside a longer one (么办 inside 怎么办), and a
    # filler with one character of content stuck to it (炎怎么 of 胃炎怎么办, 压能 of
    # 血压能): a rare extension of a much more common filler.
    kept = []
    for w in question_words:
        longer = [v for v in question_words if len(v) > len(w) and w in v]
        if any(dfq[v] >= 0.8 * dfq[w] for v in longer):
            continue
        stuck = False
        for rest, edge in ((w[1:], w[0]), (w[:-1], w[-1])):
            if rest in fillers and edge not in fillers and dfq[w] < EDGE_SHARE * dfq[rest]:
                stuck = True
        # An end that is a character of many specific medical words (压 of 血压能, 肝 of
        # 肝会) is content, unless a generic medical word ends there (如何治疗).
        for edge, generic_end in ((w[0], any(w.startswith(g) for g in generic)),
                                  (w[-1], any(w.endswith(g) for g in generic))):
            if char_specific[edge] >= MEDICAL_CHAR_WORDS and not generic_end:
                stuck = True
        if not stuck or w in REVIEWED_IN:
            kept.append(w)
    kept += [w for w in REVIEWED_IN if w not in kept]
    function_words = [w for w in function_words if w not in kept]

    rows = [(w, "question") for w in kept] + [(w, "function") for w in function_words]
    rows.sort(key=lambda r: (-dfq[r[0]], r[0]))
    if args.candidates:
        for w, kind in rows:
            mark = "OUT " if w in REVIEWED_OUT else ""
            print(f"{mark}{w}\t{kind}\t{1000 * share_q(w):.1f}\t{1000 * share_a(w):.1f}")
        print(f"{len(rows)} candidates from {nq} questions and {na} answers", file=sys.stderr)
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Fillers of health questions: they shape ranking but never make a hit alone.\n"
                  "# Generated by scripts/derive-fillers.py from document frequencies, reviewed\n"
                  f"# by hand. {nq} questions, {na} answers. Columns: word, kind, per mille of\n"
                  "# questions holding it, per mille of answers holding it.\n")
        for w, kind in rows:
            if w in REVIEWED_OUT:
                continue
            out.write(f"{w}\t{kind}\t{1000 * share_q(w):.1f}\t{1000 * share_a(w):.1f}\n")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
