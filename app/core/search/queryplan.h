// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qingnang {

// What a typed query asks for, in the index's own terms (docs/search.md).
// Whatever is typed makes a plan: quotes, operators and symbols are only
// text here; the FTS5 expressions the plan writes quote every term.
struct QueryTerm
{
    QString text;      // an index token: a bigram, a single character, a letter/digit word
    double weight = 1; // how much a match on it is worth, before its rarity (IDF) is known
    bool stop = false; // part of a very common word (的, 吗, 怎么办…)
    // Terms of one word share a group; a synonym of the word is another
    // variant of the group (0: the word as typed), and a document earns the
    // group's weight through whichever variant it matches best.
    int group = 0;
    int variant = 0;
    // Part of a filler (text/fillers.h; the very common words above included):
    // it shapes the ranking but never makes a hit on its own.
    bool filler = false;
};

struct QueryPlan
{
    QString folded;         // the query folded like the index (NFKC, case, simplified), spaces kept
    QString compact;        // the same without spaces and punctuation: for phrase matching
    QList<QueryTerm> terms; // distinct index tokens of the query, in order
    QStringList words;      // the query's words (ICU word breaks), for highlighting
    // Pinyin readings of an all-letters query ("mianji" → mian ji), full
    // syllables and initials; empty when the query is not pinyin-like.
    QStringList pinyinSyllables;
    QString pinyinInitials;

    bool isEmpty() const
    {
        return terms.isEmpty() && pinyinSyllables.isEmpty() && pinyinInitials.isEmpty();
    }

    // Whether anything of the query says what it is about: a term that is not
    // a filler (QueryTerm::filler), or a pinyin reading. Fillers never make a
    // hit on their own, so a plan without content finds nothing.
    bool hasContent() const;

    // Longest query we read, in characters; the rest is ignored.
    static constexpr int maxQueryLength = 120;
    // Most terms an expression ORs together (the rarest are kept).
    static constexpr int maxTerms = 32;
    // What a synonym's full match earns, as a share of the word's own.
    static constexpr double synonymFactor = 0.8;

    static QueryPlan build(const QString &query);

    // FTS5 expressions: any of the terms (single characters as prefixes where
    // the index has them only as the first character of bigrams); the whole
    // query as a phrase; its pinyin readings (title index only).
    QString anyTermExpression(bool prefixSingleCharacters) const;
    QString phraseExpression() const;
    QString pinyinExpression() const;
};

// A term quoted for an FTS5 expression (double quotes doubled).
QString ftsQuote(const QString &text);

} // namespace qingnang
