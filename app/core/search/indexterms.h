// SPDX-License-Identifier: MIT
#pragma once

#include "queryplan.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

// What one index of a pack is asked for a query plan, and the arguments of
// the ranking functions (qingnang_coverage) that score its rows. Internal to
// the search library.
namespace qingnang::indexterms {

// The terms one index is asked for, with their rarity there. Terms found in
// a large share of the index (之, 不, 疼 in a big pack) are left out of what
// is asked: they would make every query visit most rows for little ranking
// value. What is left is asked as one OR, ranked by how much of it a row holds.
struct IndexTerms
{
    QList<int> terms;  // indexes into plan.terms
    QList<double> idf; // for each of them
    // The weight of the words as typed that the index holds nowhere: never
    // asked for, but every row lacks them (see indexShare).
    double missing = 0;
};

// What one index is asked for is bounded by how many rows its terms are in:
// the rarest terms are taken until their rows add up to the index's budget
// (the rarest one always), at most maxAsked of them. Every matching row is
// scored, so this bounds the work of a search whatever is typed. Title rows
// cost more to score (BM25 reads their positions) than passage rows.
constexpr qint64 titleRowBudget = 3000;
constexpr qint64 passageRowBudget = 5000;
constexpr int maxAsked = 20;

IndexTerms selectTerms(QSqlDatabase &db, const char *index, const QueryPlan &plan, qint64 documents,
                       bool singleCharacters, qint64 rowBudget);

// The asked terms ORed, for MATCH.
QString orExpression(const QueryPlan &plan, const IndexTerms &asked);

// The arguments qingnang_coverage takes for the asked terms, flattened as
// (weight, group, variant), then extraGroups groups for the pinyin readings.
QList<QVariant> weightArguments(const QueryPlan &plan, const IndexTerms &asked, int extraGroups);

// How much of the query an index could match at all (see the definition).
double indexShare(const QList<QVariant> &weights, const IndexTerms &asked);

// Fillers never make a hit on their own (docs/search.md): the same arguments
// with the weight of every filler term taken out, so that qingnang_coverage
// over them says how much of the query's content a row holds. Nor does a
// lone character when the index holds one of the query's content bigrams: 户
// of 窗户 is no hit for 开户怎么办 (a query of single characters, 痛 or 面, keeps
// them, and so does one whose bigrams the index lacks: see contentFloor).
QList<QVariant> contentWeights(const QueryPlan &plan, const IndexTerms &asked,
                               const QList<QVariant> &weights);

// The content coverage a row must exceed to be a hit: 0 as a rule. When the
// index holds none of the query's content bigrams (脚崴了: no text says 脚崴),
// its lone characters are its content, and a row must hold every one of them
// (a title with the alias 崴脚 is found; 开颅 is no hit for 股票怎么开户).
double contentFloor(const QueryPlan &plan, const IndexTerms &asked);

// Whether the asked terms hold any content at all (pinyin readings included):
// if not, the index can give no hit.
bool asksContent(const QList<QVariant> &contentWeights);

// "?,?,…" for count bound arguments.
QString placeholders(qsizetype count);

} // namespace qingnang::indexterms
