// SPDX-License-Identifier: MIT
#include "indexterms.h"

#include "pack/packschema.h"
#include "text/charmaps.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace qingnang::indexterms {

IndexTerms selectTerms(QSqlDatabase &db, const char *index, const QueryPlan &plan, qint64 documents,
                       bool singleCharacters, qint64 rowBudget)
{
    // Common terms' counts are stored (search_term); a term not there is in
    // fewer rows, which the index itself counts quickly.
    const int table = QLatin1String(index) == QLatin1String(schema::titleIndex) ? 1 : 2;
    QHash<QString, qint64> df;
    QSqlQuery stored(db);
    stored.setForwardOnly(true);
    stored.prepare(QStringLiteral("SELECT df FROM search_term WHERE tbl = ? AND term = ?"));
    QStringList rare;
    for (const QueryTerm &term : plan.terms) {
        stored.bindValue(0, table);
        stored.bindValue(1, term.text);
        if (stored.exec() && stored.next()) {
            df.insert(term.text, stored.value(0).toLongLong());
        } else {
            rare.append(term.text);
        }
    }
    if (!rare.isEmpty()) {
        const QString vocab = QStringLiteral("qn_vocab_%1").arg(QLatin1String(index));
        // Each connection makes its vocabulary table once (it lives in its temp schema).
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = ?"));
        exists.addBindValue(vocab);
        if (!exists.exec() || !exists.next()) {
            QSqlQuery(db).exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING"
                                              " fts5vocab(main, %2, 'row')")
                                   .arg(vocab, QLatin1String(index)));
        }
        QSqlQuery lookup(db);
        lookup.setForwardOnly(true);
        if (lookup.prepare(QStringLiteral("SELECT doc FROM temp.%1 WHERE term = ?").arg(vocab))) {
            for (const QString &term : std::as_const(rare)) {
                lookup.bindValue(0, term);
                if (lookup.exec() && lookup.next()) {
                    df.insert(term, lookup.value(0).toLongLong());
                }
            }
        }
    }
    const double n = double(qMax<qint64>(1, documents));
    // The letters of a query read as pinyin are its readings, not words of their own.
    const bool pinyin = !plan.pinyinSyllables.isEmpty() || !plan.pinyinInitials.isEmpty();
    double missing = 0;
    struct Choice
    {
        int term;
        qint64 df;
        double idf;
    };
    QList<Choice> choices;
    for (qsizetype i = 0; i < plan.terms.size(); ++i) {
        const QueryTerm &term = plan.terms.at(i);
        const bool single =
            term.text.size() == 1 &&
            charmaps::classify(term.text.at(0).unicode()) == charmaps::CharClass::Han;
        if (single && !singleCharacters) {
            continue;
        }
        const qint64 d = df.value(term.text, 0);
        if (d == 0) {
            // Not in this index at all: asking for it finds nothing.
            if (term.variant == 0 && !pinyin) {
                missing += term.weight * std::log(1.0 + (n + 0.5) / 0.5);
            }
            continue;
        }
        choices.append({int(i), d, std::log(1.0 + (n - double(d) + 0.5) / (double(d) + 0.5))});
    }
    // The words as typed before their synonyms, each kind rarest first.
    std::stable_sort(choices.begin(), choices.end(), [&plan](const Choice &a, const Choice &b) {
        const bool typedA = plan.terms.at(a.term).variant == 0;
        const bool typedB = plan.terms.at(b.term).variant == 0;
        return typedA != typedB ? typedA : a.df < b.df;
    });
    QList<Choice> taken;
    qint64 rows = 0;
    for (const Choice &choice : std::as_const(choices)) {
        if (taken.size() >= maxAsked || (!taken.isEmpty() && rows + choice.df > rowBudget)) {
            continue;
        }
        taken.append(choice);
        rows += choice.df;
    }
    // Asked in the plan's order, so that phrase numbers follow the expression.
    std::sort(taken.begin(), taken.end(),
              [](const Choice &a, const Choice &b) { return a.term < b.term; });
    IndexTerms selected;
    selected.missing = missing;
    for (const Choice &choice : std::as_const(taken)) {
        selected.terms.append(choice.term);
        selected.idf.append(choice.idf);
    }
    return selected;
}

QString orExpression(const QueryPlan &plan, const IndexTerms &asked)
{
    QStringList parts;
    for (const int term : asked.terms) {
        parts.append(ftsQuote(plan.terms.at(term).text));
    }
    return parts.join(QLatin1String(" OR "));
}

// The arguments qingnang_coverage and qingnang_rank take for the asked terms,
// flattened as (weight, group, variant): each term's weight times its rarity;
// a synonym's terms scaled so that matching all of them earns synonymFactor of
// what the word as typed earns; then, a group each, the pinyin readings, which
// stand for the whole query.
QList<QVariant> weightArguments(const QueryPlan &plan, const IndexTerms &asked, int extraGroups)
{
    QHash<int, double> typed;                // group → weight of variant 0
    QHash<QPair<int, int>, double> variants; // (group, variant) → raw weight
    QList<double> raw;
    for (qsizetype i = 0; i < asked.terms.size(); ++i) {
        const QueryTerm &term = plan.terms.at(asked.terms.at(i));
        raw.append(term.weight * asked.idf.at(i));
        if (term.variant == 0) {
            typed[term.group] += raw.last();
        } else {
            variants[{term.group, term.variant}] += raw.last();
        }
    }
    double total = 0;
    for (const double weight : std::as_const(typed)) {
        total += weight;
    }
    QList<QVariant> arguments;
    for (qsizetype i = 0; i < asked.terms.size(); ++i) {
        const QueryTerm &term = plan.terms.at(asked.terms.at(i));
        double weight = raw.at(i);
        if (term.variant != 0) {
            const double sum = variants.value({term.group, term.variant});
            // A synonym whose word was not asked for (too common) earns as the word would.
            const double word = typed.contains(term.group) ? typed.value(term.group) : sum;
            weight = sum > 0 ? weight * QueryPlan::synonymFactor * word / sum : 0;
        }
        arguments << weight << term.group << term.variant;
    }
    for (int i = 0; i < extraGroups; ++i) {
        arguments << qMax(total, 1.0) << -1000 - i << 0;
    }
    return arguments;
}

// How much of the query an index could match at all: the weight of what was
// asked over that and the weight of the typed terms it holds nowhere. Every
// row of the index is scored in proportion, so that titles holding only the
// 性 of 热性惊厥 (no title holds the rest of it) do not outrank the passages
// that hold the whole term. The order of one index's rows does not change.
double indexShare(const QList<QVariant> &weights, const IndexTerms &asked)
{
    double total = 0;
    for (qsizetype i = 0; i + 2 < weights.size(); i += 3) {
        if (weights.at(i + 2).toInt() == 0) {
            total += weights.at(i).toDouble();
        }
    }
    return total > 0 ? total / (total + asked.missing) : 1.0;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks.append(QStringLiteral("?"));
    }
    return marks.join(QLatin1Char(','));
}

namespace {

bool singleHan(const QString &text)
{
    return text.size() == 1 && charmaps::classify(text.at(0).unicode()) == charmaps::CharClass::Han;
}

// A bigram of two Han characters as typed (not a synonym's), outside the fillers.
bool isContentBigram(const QueryTerm &t)
{
    return !t.filler && t.variant == 0 && t.text.size() == 2 && singleHan(t.text.left(1)) &&
           singleHan(t.text.right(1));
}

// A content coverage this close to 1 means every content term is held; no row
// has more than 1.
constexpr double allContent = 0.999;
constexpr double noRow = 2.0;

} // namespace

QList<QVariant> contentWeights(const QueryPlan &plan, const IndexTerms &asked,
                               const QList<QVariant> &weights)
{
    // Lone characters are content only when the index holds none of the
    // query's content bigrams (and then a row must hold all of them: contentFloor).
    const bool longer = std::any_of(asked.terms.cbegin(), asked.terms.cend(),
                                    [&plan](int i) { return isContentBigram(plan.terms.at(i)); });
    QList<QVariant> content = weights;
    for (qsizetype i = 0; i < asked.terms.size() && 3 * i < content.size(); ++i) {
        const QueryTerm &term = plan.terms.at(asked.terms.at(i));
        if (term.filler || (longer && singleHan(term.text))) {
            content[3 * i] = 0.0;
        }
    }
    return content;
}

double contentFloor(const QueryPlan &plan, const IndexTerms &asked)
{
    const bool typed = std::any_of(plan.terms.cbegin(), plan.terms.cend(), isContentBigram);
    const bool held = std::any_of(asked.terms.cbegin(), asked.terms.cend(),
                                  [&plan](int i) { return isContentBigram(plan.terms.at(i)); });
    if (!typed || held) {
        return 0.0;
    }
    // Every lone character of the content must be asked (held by the index) for a
    // row to hold them all; if one is not, no row can.
    for (qsizetype i = 0; i < plan.terms.size(); ++i) {
        const QueryTerm &t = plan.terms.at(i);
        if (!t.filler && t.variant == 0 && singleHan(t.text) && !asked.terms.contains(int(i))) {
            return noRow;
        }
    }
    return allContent;
}

bool asksContent(const QList<QVariant> &contentWeights)
{
    for (qsizetype i = 0; i + 2 < contentWeights.size(); i += 3) {
        if (contentWeights.at(i + 2).toInt() == 0 && contentWeights.at(i).toDouble() > 0) {
            return true;
        }
    }
    return false;
}

} // namespace qingnang::indexterms
