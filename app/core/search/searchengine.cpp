// SPDX-License-Identifier: MIT
#include "searchengine.h"
#include "scope.h"

#include "address/pageurl.h"
#include "indexterms.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "queryplan.h"
#include "snippet.h"
#include "text/charmaps.h"
#include "util/iowatch.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <optional>

namespace qingnang {

namespace {

using namespace indexterms;

bool isCancelled(const SearchOptions &options)
{
    return options.cancelled && options.cancelled->load(std::memory_order_relaxed);
}

// Text folded like the index folds it, without separators: for phrase tests.
QString compactFold(const QString &text)
{
    QString out;
    std::array<char32_t, 18> folded{};
    for (const char32_t cp : text.toUcs4()) {
        const int count = charmaps::fold(cp, folded.data());
        for (int k = 0; k < count; ++k) {
            if (charmaps::classify(folded[size_t(k)]) != charmaps::CharClass::Separator) {
                out += QString::fromUcs4(&folded[size_t(k)], 1);
            }
        }
    }
    return out;
}

// What one matching row of an index says about a target (topic, article, question).
struct Candidate
{
    HitKind kind;
    qint64 id;
    int section = 0;      // article section that matched
    qint64 passageId = 0; // the passage that matched, for its snippet
    double score = 0;
};

class PackSearch
{
public:
    PackSearch(const std::shared_ptr<Pack> &pack, bool primary, const QueryPlan &plan,
               const SearchOptions &options)
        : m_pack(pack)
        , m_primary(primary)
        , m_plan(plan)
        , m_options(options)
        , m_db(pack->connection())
    {
        for (const QueryTerm &term : plan.terms) {
            m_termTexts.insert(term.text);
        }
    }

    QList<SearchHit> run();

private:
    void searchTitles(const IndexTerms &asked);
    void searchPassages(const IndexTerms &asked);
    double titlePrecision(const QString &title) const;
    double titleBm25(const QString &folded, const IndexTerms &asked) const;
    bool inScope(HitKind kind, qint64 id);
    void add(const Candidate &candidate);
    bool describe(SearchHit &hit, qint64 passageId);
    // One full-text index's ranked lookup: the best rows of index that match
    // (ranked in the index alone, by order; qingnang_coverage reads only which
    // terms a row has, never its text), each as columns of table (as alias)
    // then its coverage. A lookup that fails is logged as failure.
    struct RankedLookup
    {
        const char *index;
        const char *order;
        const char *columns;
        const char *table;
        const char *alias;
        const char *failure;
    };
    // Runs lookup on query (made on m_db) for the rows that match, weighted by
    // weights for asked; false when it failed, or when the terms asked hold no
    // content (fillers never make a hit alone: a row must hold enough of the
    // query's content).
    bool runRanked(QSqlQuery &query, const RankedLookup &lookup, const QList<QVariant> &weights,
                   const IndexTerms &asked, const QString &match);
    // A statement prepared once per search and reused for every hit.
    template<typename Sql> QSqlQuery &statement(int which, Sql sql)
    {
        auto &slot = m_statements[size_t(which)];
        if (!slot) {
            slot.emplace(m_db);
            slot->setForwardOnly(true);
            slot->prepare(sql());
        }
        return *slot;
    }

    std::shared_ptr<Pack> m_pack;
    bool m_primary;
    const QueryPlan &m_plan;
    const SearchOptions &m_options;
    QSqlDatabase m_db;
    QHash<QPair<int, qint64>, Candidate> m_best; // (kind, id) → best candidate
    QHash<QPair<int, qint64>, int> m_evidence;   // how many rows spoke for it
    QSet<qint64> m_scopeTopics;
    QSet<QString> m_termTexts;
    std::array<std::optional<QSqlQuery>, 4> m_statements; // by HitKind, then passage text
};

void PackSearch::add(const Candidate &candidate)
{
    const QPair<int, qint64> key(int(candidate.kind), candidate.id);
    ++m_evidence[key];
    auto it = m_best.find(key);
    if (it == m_best.end()) {
        m_best.insert(key, candidate);
        return;
    }
    // The best row gives the score; the best passage that matched (passage rows
    // come best first) gives the section the hit opens at and its snippet, also
    // when a title scored higher.
    const bool better = candidate.score > it->score;
    Candidate best = better ? candidate : *it;
    const Candidate &other = better ? *it : candidate;
    if (best.passageId == 0 && other.passageId != 0) {
        best.section = other.section;
        best.passageId = other.passageId;
    }
    *it = best;
}

// BM25 of a title for the asked terms, each counted once (titles seldom say a
// word twice), computed here for the candidates rather than in the index for
// every matching row.
double PackSearch::titleBm25(const QString &folded, const IndexTerms &asked) const
{
    const double average = qMax(1.0, m_pack->info().counts.averageTitleLength);
    const double lengthFactor = 2.2 / (1.0 + 1.2 * (0.25 + 0.75 * double(folded.size()) / average));
    double score = 0;
    for (qsizetype i = 0; i < asked.terms.size(); ++i) {
        const QueryTerm &term = m_plan.terms.at(asked.terms.at(i));
        if (folded.contains(term.text)) {
            score += asked.idf.at(i) * lengthFactor;
        }
    }
    return score;
}

// How much of a title is about the query: the share of its bigrams that are
// query terms (synonyms included). Only the part before a site or section
// suffix ("…_百度知道", "… | 专题") counts.
double PackSearch::titlePrecision(const QString &title) const
{
    QString head = title;
    for (const QChar separator : {QLatin1Char('_'), QLatin1Char('|')}) {
        const qsizetype at = head.indexOf(separator, 2);
        if (at > 0) {
            head.truncate(at);
        }
    }
    const QString folded = compactFold(head);
    int bigrams = 0;
    int found = 0;
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        ++bigrams;
        found += m_termTexts.contains(folded.mid(i, 2)) ? 1 : 0;
    }
    return bigrams ? double(found) / bigrams : 0;
}

bool PackSearch::runRanked(QSqlQuery &query, const RankedLookup &lookup,
                           const QList<QVariant> &weights, const IndexTerms &asked,
                           const QString &match)
{
    const QList<QVariant> content = contentWeights(m_plan, asked, weights);
    if (!asksContent(content)) {
        return false;
    }
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, top.coverage FROM (SELECT id, coverage FROM"
                                 " (SELECT rowid AS id, qingnang_coverage(%2, %3) AS coverage,"
                                 " qingnang_content_coverage(%2, %4) AS content FROM %2 WHERE %2"
                                 " MATCH ?) WHERE content > %9 ORDER BY %5 LIMIT %6) AS top"
                                 " JOIN %7 %8 ON %8.id = top.id")
                      .arg(QLatin1String(lookup.columns), QLatin1String(lookup.index),
                           placeholders(weights.size()), placeholders(content.size()),
                           QLatin1String(lookup.order),
                           QString::number(SearchEngine::candidateLimit),
                           QLatin1String(lookup.table), QLatin1String(lookup.alias),
                           QString::number(contentFloor(m_plan, asked))));
    for (const QVariant &weight : weights) {
        query.addBindValue(weight);
    }
    for (const QVariant &weight : content) {
        query.addBindValue(weight);
    }
    query.addBindValue(match);
    if (!query.exec()) {
        qCWarning(lcPages) << lookup.failure;
        qCDebug(lcPages) << query.lastError().text();
        return false;
    }
    return true;
}

void PackSearch::searchTitles(const IndexTerms &asked)
{
    QStringList alternatives;
    if (!asked.terms.isEmpty()) {
        alternatives.append(orExpression(m_plan, asked));
    }
    const QString pinyin = m_plan.pinyinExpression();
    if (!pinyin.isEmpty()) {
        alternatives.append(pinyin);
    }
    if (alternatives.isEmpty()) {
        return;
    }
    const int pinyinPhrases =
        (m_plan.pinyinSyllables.isEmpty() ? 0 : 1) + (m_plan.pinyinInitials.isEmpty() ? 0 : 1);
    static constexpr RankedLookup titles{"search_title",
                                         "coverage * 12.0 DESC, id",
                                         "d.kind, d.target_id, d.text, 0",
                                         "title_doc",
                                         "d",
                                         "title search failed (damaged index?)"};
    const QList<QVariant> weights = weightArguments(m_plan, asked, pinyinPhrases);
    QSqlQuery query(m_db);
    if (!runRanked(query, titles, weights, asked, alternatives.join(QLatin1String(" OR ")))) {
        return;
    }
    const double share = indexShare(weights, asked);
    while (query.next()) {
        const int kind = query.value(0).toInt();
        const QString text = query.value(2).toString();
        const double cover = query.value(4).toDouble();
        const QString folded = compactFold(text);
        // The query as a whole, in the title, is the strongest sign; a short
        // title that is mostly the query is better than a long one mentioning it.
        double phrase = 0;
        if (!m_plan.compact.isEmpty() && folded.contains(m_plan.compact)) {
            phrase = 1.0 + double(m_plan.compact.size()) / qMax<qsizetype>(1, folded.size());
        }
        const double score = 10.0 * cover * cover + 4.0 * phrase + 0.15 * titleBm25(folded, asked) +
                             2.0 * titlePrecision(text);
        HitKind hitKind = HitKind::Topic;
        if (kind == int(schema::TitleKind::Article)) {
            hitKind = HitKind::Article;
        } else if (kind == int(schema::TitleKind::Question)) {
            hitKind = HitKind::Question;
        }
        add({hitKind, query.value(1).toLongLong(), 0, 0, score * 1.25 * share});
    }
}

void PackSearch::searchPassages(const IndexTerms &asked)
{
    if (asked.terms.isEmpty()) {
        return;
    }
    static constexpr RankedLookup passages{"search_passage",
                                           "coverage DESC",
                                           "p.id, p.kind, p.owner_id, p.position",
                                           "passage",
                                           "p",
                                           "text search failed (damaged index?)"};
    const QList<QVariant> weights = weightArguments(m_plan, asked, 0);
    QSqlQuery query(m_db);
    if (!runRanked(query, passages, weights, asked, orExpression(m_plan, asked))) {
        return;
    }
    const double share = indexShare(weights, asked);
    while (query.next()) {
        const int kind = query.value(1).toInt();
        const double cover = query.value(4).toDouble();
        const double score = 10.0 * cover * cover * share;
        Candidate candidate{HitKind::Topic, query.value(2).toLongLong(), 0,
                            query.value(0).toLongLong(), score};
        if (kind == int(schema::PassageKind::ArticleSection)) {
            candidate.kind = HitKind::Article;
            candidate.section = query.value(3).toInt();
        } else if (kind == int(schema::PassageKind::QuestionBody) ||
                   kind == int(schema::PassageKind::Answer)) {
            candidate.kind = HitKind::Question;
        }
        add(candidate);
    }
}

bool PackSearch::inScope(HitKind kind, qint64 id)
{
    if (m_options.scopeTopicId == 0) {
        return true;
    }
    if (m_scopeTopics.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM topic t"
                           " JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub LIMIT 100000"));
        query.addBindValue(m_options.scopeTopicId);
        if (query.exec()) {
            while (query.next()) {
                m_scopeTopics.insert(query.value(0).toLongLong());
            }
        }
    }
    if (kind == HitKind::Topic) {
        return m_scopeTopics.contains(id);
    }
    QSqlQuery query(m_db);
    query.prepare(kind == HitKind::Article
                      ? QStringLiteral("SELECT topic_id FROM article WHERE id = ?")
                      : QStringLiteral("SELECT topic_id FROM question WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() && m_scopeTopics.contains(query.value(0).toLongLong());
}

// Fills in what a hit shows: its title, its topic, its ref, its address and a
// passage — the one that matched, or else the start of what it says.
bool PackSearch::describe(SearchHit &hit, qint64 passageId)
{
    const QString packId = m_primary ? QString() : m_pack->id();
    QSqlQuery &query = statement(int(hit.kind), [&]() -> QString {
        switch (hit.kind) {
        case HitKind::Topic:
            return QStringLiteral(
                "SELECT t.title, coalesce(t.ref, t.slug), t.slug, coalesce(p.title, ''), t.id,"
                " (SELECT id FROM passage WHERE kind = 1 AND owner_id = t.id) FROM topic t"
                " LEFT JOIN topic p ON p.id = t.parent_id WHERE t.id = ?");
        case HitKind::Article:
            return QStringLiteral(
                "SELECT a.title, coalesce(a.ref, a.slug), a.slug, coalesce(t.title, ''), "
                "a.topic_id,"
                " (SELECT id FROM passage WHERE kind = 2 AND owner_id = a.id ORDER BY position "
                "LIMIT 1)"
                " FROM article a LEFT JOIN topic t ON t.id = a.topic_id WHERE a.id = ?");
        case HitKind::Question:
            break;
        }
        return QStringLiteral(
            "SELECT q.title, coalesce(q.ref, CAST(q.id AS TEXT)), '', coalesce(t.title, ''),"
            " q.topic_id, (SELECT id FROM passage WHERE kind = 4 AND owner_id = q.id"
            " ORDER BY position LIMIT 1) FROM question q"
            " LEFT JOIN topic t ON t.id = q.topic_id WHERE q.id = ?");
    });
    query.bindValue(0, hit.id);
    if (!query.exec() || !query.next()) {
        return false;
    }
    hit.packId = m_pack->id();
    hit.title = query.value(0).toString();
    hit.ref = query.value(1).toString();
    hit.topic = query.value(3).toString();
    hit.topicId = query.value(4).toLongLong();
    const QString slug = query.value(2).toString();
    switch (hit.kind) {
    case HitKind::Topic:
        hit.url = pageurl::topic(slug, packId);
        break;
    case HitKind::Article:
        hit.url = pageurl::article(slug, packId, 0);
        break;
    case HitKind::Question:
        hit.url = pageurl::question(hit.id, packId);
        break;
    }
    const qint64 shown = passageId ? passageId : query.value(5).toLongLong();
    if (m_options.snippets && shown) {
        QSqlQuery &text = statement(3, [] {
            return QStringLiteral("SELECT qingnang_text(body) FROM passage WHERE id = ?");
        });
        text.bindValue(0, shown);
        if (text.exec() && text.next()) {
            hit.snippet = makeSnippet(text.value(0).toString(), m_plan);
        }
    }
    return true;
}

QList<SearchHit> PackSearch::run()
{
    const IndexTerms titles = selectTerms(m_db, schema::titleIndex, m_plan,
                                          m_pack->info().counts.titleDocs, true, titleRowBudget);
    // Single characters are asked of titles only: in texts they match nearly everything.
    const IndexTerms passages =
        selectTerms(m_db, schema::passageIndex, m_plan, m_pack->info().counts.passages, false,
                    passageRowBudget);
    searchTitles(titles);
    if (isCancelled(m_options)) {
        return {};
    }
    searchPassages(passages);
    QList<Candidate> ranked = m_best.values();
    for (Candidate &candidate : ranked) {
        // Several matching passages and a matching title speak louder than one.
        const int evidence =
            m_evidence.value(QPair<int, qint64>(int(candidate.kind), candidate.id));
        candidate.score += 0.3 * std::log(double(evidence));
    }
    std::sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score
                                  : (a.kind != b.kind ? a.kind < b.kind : a.id < b.id);
    });
    QList<SearchHit> hits;
    for (const Candidate &candidate : ranked) {
        if (hits.size() >= m_options.limit || isCancelled(m_options)) {
            break;
        }
        if (!inScope(candidate.kind, candidate.id)) {
            continue;
        }
        SearchHit hit;
        hit.kind = candidate.kind;
        hit.id = candidate.id;
        hit.score = candidate.score;
        if (!describe(hit, candidate.passageId)) {
            continue;
        }
        if (candidate.kind == HitKind::Article && candidate.section > 0) {
            hit.url.setFragment(QStringLiteral("s%1").arg(candidate.section));
        }
        hits.append(hit);
    }
    return hits;
}

// Hits of one kind with the same title (folded, punctuation aside) say the same
// thing twice, as far as the reader can tell from the list: each repeat waits
// until one different hit has been shown, so the first screen shows more.
void spreadRepeats(QList<SearchHit> &hits)
{
    QSet<QString> seen;
    QList<SearchHit> spread;
    QList<SearchHit> waiting;
    for (const SearchHit &hit : std::as_const(hits)) {
        const QString key = hitKindName(hit.kind) + compactFold(hit.title);
        if (seen.contains(key)) {
            waiting.append(hit);
            continue;
        }
        seen.insert(key);
        spread.append(hit);
        spread += waiting; // one different hit has come before them
        waiting.clear();
    }
    spread += waiting;
    hits = spread;
}

} // namespace

QString hitKindName(HitKind kind)
{
    switch (kind) {
    case HitKind::Topic:
        return QStringLiteral("topic");
    case HitKind::Article:
        return QStringLiteral("article");
    case HitKind::Question:
        return QStringLiteral("question");
    }
    return {};
}

// A topic that several hits speak for is likelier the answer than one that a
// single strong hit happens to match: the first hits are ordered by their
// topic's support, and unless one topic clearly leads, the first few come from
// different topics, so that the top of the list offers a choice.
void SearchEngine::voteByTopic(QList<SearchHit> &hits)
{
    const qsizetype depth = qMin<qsizetype>(hits.size(), voteDepth);
    using TopicKey = QPair<QString, qint64>;
    QHash<TopicKey, double> support;
    for (qsizetype i = 0; i < depth; ++i) {
        const SearchHit &hit = hits.at(i);
        const TopicKey key(hit.packId, hit.topicId);
        const auto found = support.find(key);
        if (found == support.end()) {
            support.insert(key, hit.score);
        } else {
            *found += voteShare * hit.score;
        }
    }
    auto supportOf = [&](const SearchHit &hit) {
        return support.value(TopicKey(hit.packId, hit.topicId));
    };
    std::stable_sort(
        hits.begin(), hits.begin() + depth,
        [&](const SearchHit &a, const SearchHit &b) { return supportOf(a) > supportOf(b); });
    QList<double> strongest = support.values();
    std::sort(strongest.begin(), strongest.end(), std::greater<>());
    if (strongest.size() < 2 || strongest.at(0) >= leadDominance * strongest.at(1)) {
        return; // one topic clearly leads: its hits may fill the top
    }
    QList<SearchHit> lead;
    QList<SearchHit> deferred;
    QSet<TopicKey> leading;
    qsizetype next = 0;
    for (; next < depth && lead.size() < leadHits; ++next) {
        const TopicKey key(hits.at(next).packId, hits.at(next).topicId);
        if (leading.contains(key)) {
            deferred.append(hits.at(next));
        } else {
            leading.insert(key);
            lead.append(hits.at(next));
        }
    }
    lead += deferred;
    lead += hits.mid(next);
    hits = lead;
}

SearchResult SearchEngine::search(const QList<std::shared_ptr<Pack>> &packs, const QString &query,
                                  const SearchOptions &options)
{
    iowatch::report(iowatch::Kind::Search);
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    const QueryPlan plan = QueryPlan::build(query);
    // The alert comes first: a query that raises one is never judged outside a pack.
    result.alert = findAlert(packs, query);
    if (plan.hasContent()) {
        int outside = 0;
        int searched = 0;
        for (qsizetype i = 0; i < packs.size(); ++i) {
            const auto &pack = packs.at(i);
            if (!options.scopePackId.isEmpty() && pack->id() != options.scopePackId) {
                continue;
            }
            if (isCancelled(options)) {
                break;
            }
            ++searched;
            if (!result.alert && scope::isOutside(pack->scope(), plan)) {
                ++outside;
                continue;
            }
            // Enough hits are read for the topics' vote, whatever the limit.
            SearchOptions packOptions = options;
            packOptions.limit = qMax(options.limit, voteDepth);
            result.hits += PackSearch(pack, i == 0, plan, packOptions).run();
        }
        result.outsideScope = searched > 0 && outside == searched;
        std::stable_sort(result.hits.begin(), result.hits.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
        if (plan.compact.size() > 1) {
            voteByTopic(result.hits);
        }
        spreadRepeats(result.hits);
        if (result.hits.size() > options.limit) {
            result.hits.resize(options.limit);
        }
    }
    if (!isCancelled(options) && options.scopeTopicId == 0 && result.hits.size() < fewHits) {
        result.nearTopics = suggestions::nearestTopics(packs, query, nearTopicLimit);
        result.suggestion = suggestions::didYouMean(query, result.nearTopics);
        // A typo may read as off-topic (高学压 has 学 of school): when a topic's
        // spelling is offered, the query is taken for a slip, not turned away
        // in words; otherwise no topic merely close to an off-topic query is offered.
        if (!result.suggestion.isEmpty()) {
            result.outsideScope = false;
        } else if (result.outsideScope) {
            result.nearTopics.clear();
        }
        if (result.hits.isEmpty()) {
            result.symptomsPage = suggestions::symptomsPage(packs);
        }
    }
    result.cancelled = isCancelled(options);
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    return result;
}

} // namespace qingnang
