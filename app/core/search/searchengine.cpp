// SPDX-License-Identifier: MIT
#include "searchengine.h"

#include "charmaps.h"
#include "ftstokenizer.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "pages/pageurl.h"
#include "queryplan.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace qingnang {

namespace {

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

struct TermStats
{
    QList<double> weights; // per phrase of the expression, in order
};

// Rarity of the plan's terms in an index, from fts5vocab (one lookup per query).
QList<double> termIdf(QSqlDatabase &db, const char *index, const QueryPlan &plan, qint64 documents)
{
    const QString vocab = QStringLiteral("qn_vocab_%1").arg(QLatin1String(index));
    QSqlQuery create(db);
    create.exec(QStringLiteral(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING fts5vocab(main, %2, 'row')")
                    .arg(vocab, QLatin1String(index)));
    QHash<QString, qint64> df;
    if (!plan.terms.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < plan.terms.size(); ++i) {
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery lookup(db);
        lookup.setForwardOnly(true);
        if (lookup.prepare(QStringLiteral("SELECT term, doc FROM temp.%1 WHERE term IN (%2)")
                               .arg(vocab, marks.join(QLatin1Char(','))))) {
            for (const QueryTerm &term : plan.terms) {
                lookup.addBindValue(term.text);
            }
            if (lookup.exec()) {
                while (lookup.next()) {
                    df.insert(lookup.value(0).toString(), lookup.value(1).toLongLong());
                }
            }
        }
    }
    QList<double> idf;
    const double n = double(qMax<qint64>(1, documents));
    for (const QueryTerm &term : plan.terms) {
        // A single character is looked up as a prefix in passages: give it a middling rarity.
        const double d = df.contains(term.text) ? double(df.value(term.text))
                                                : (term.text.size() == 1 ? n / 20 : 0.5);
        idf.append(std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
    }
    return idf;
}

// The arguments qingnang_coverage takes for the plan's terms, flattened as
// (weight, group, variant): each term's weight times its rarity; a synonym's
// terms scaled so that matching all of them earns synonymFactor of what the
// word as typed earns; then, a group each, the pinyin readings, which stand
// for the whole query.
QList<QVariant> coverageArguments(const QueryPlan &plan, const QList<double> &idf, int extraGroups)
{
    QHash<int, double> typed;                // group → weight of variant 0
    QHash<QPair<int, int>, double> variants; // (group, variant) → raw weight
    QList<double> raw;
    for (qsizetype i = 0; i < plan.terms.size(); ++i) {
        const QueryTerm &term = plan.terms.at(i);
        raw.append(term.weight * idf.at(i));
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
    for (qsizetype i = 0; i < plan.terms.size(); ++i) {
        const QueryTerm &term = plan.terms.at(i);
        double weight = raw.at(i);
        if (term.variant != 0) {
            const double sum = variants.value({term.group, term.variant});
            weight =
                sum > 0 ? weight * QueryPlan::synonymFactor * typed.value(term.group) / sum : 0;
        }
        arguments << weight << term.group << term.variant;
    }
    for (int i = 0; i < extraGroups; ++i) {
        arguments << qMax(total, 1.0) << -1000 - i << 0;
    }
    return arguments;
}

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
    void searchTitles();
    double titlePrecision(const QString &title) const;
    void searchPassages();
    bool inScope(HitKind kind, qint64 id);
    void add(const Candidate &candidate);
    bool describe(SearchHit &hit, qint64 passageId);
    QString snippetOf(qint64 passageId);

    std::shared_ptr<Pack> m_pack;
    bool m_primary;
    const QueryPlan &m_plan;
    const SearchOptions &m_options;
    QSqlDatabase m_db;
    QHash<QPair<int, qint64>, Candidate> m_best; // (kind, id) → best candidate
    QHash<QPair<int, qint64>, int> m_evidence;   // how many rows spoke for it
    QSet<qint64> m_scopeTopics;
    QSet<QString> m_termTexts;
};

void PackSearch::add(const Candidate &candidate)
{
    const QPair<int, qint64> key(int(candidate.kind), candidate.id);
    ++m_evidence[key];
    auto it = m_best.find(key);
    if (it == m_best.end()) {
        m_best.insert(key, candidate);
    } else if (candidate.score > it->score) {
        const int section = it->section;
        *it = candidate;
        if (candidate.section == 0) {
            it->section = section;
        }
    }
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

void PackSearch::searchTitles()
{
    const QString terms = m_plan.anyTermExpression(false);
    const QString pinyin = m_plan.pinyinExpression();
    QStringList alternatives;
    if (!terms.isEmpty()) {
        alternatives.append(terms);
    }
    if (!pinyin.isEmpty()) {
        alternatives.append(pinyin);
    }
    if (alternatives.isEmpty()) {
        return;
    }
    const QList<double> idf =
        termIdf(m_db, schema::titleIndex, m_plan, m_pack->info().counts.titleDocs);
    const int pinyinPhrases =
        (m_plan.pinyinSyllables.isEmpty() ? 0 : 1) + (m_plan.pinyinInitials.isEmpty() ? 0 : 1);
    const QList<QVariant> weights = coverageArguments(m_plan, idf, pinyinPhrases);
    QStringList marks;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString coverage =
        QStringLiteral("qingnang_coverage(search_title, %1)").arg(marks.join(QLatin1Char(',')));
    query.prepare(
        QStringLiteral("SELECT d.kind, d.target_id, d.text, bm25(search_title), %1"
                       " FROM search_title JOIN title_doc d ON d.id = search_title.rowid"
                       " WHERE search_title MATCH ? ORDER BY %1 * 12.0 - bm25(search_title) DESC"
                       " LIMIT %2")
            .arg(coverage)
            .arg(SearchEngine::candidateLimit));
    for (const QVariant &weight : weights) {
        query.addBindValue(weight);
    }
    query.addBindValue(alternatives.join(QLatin1String(" OR ")));
    for (const QVariant &weight : weights) {
        query.addBindValue(weight);
    }
    if (!query.exec()) {
        qCWarning(lcPages) << "title search failed:" << query.lastError().text();
        return;
    }
    while (query.next()) {
        const int kind = query.value(0).toInt();
        const QString text = query.value(2).toString();
        const double bm25 = -query.value(3).toDouble();
        const double cover = query.value(4).toDouble();
        const QString folded = compactFold(text);
        // The query as a whole, in the title, is the strongest sign; a short
        // title that is mostly the query is better than a long one mentioning it.
        double phrase = 0;
        if (!m_plan.compact.isEmpty() && folded.contains(m_plan.compact)) {
            phrase = 1.0 + double(m_plan.compact.size()) / qMax<qsizetype>(1, folded.size());
        }
        const double score =
            10.0 * cover * cover + 4.0 * phrase + 0.15 * bm25 + 2.0 * titlePrecision(text);
        HitKind hitKind = HitKind::Topic;
        if (kind == int(schema::TitleKind::Article)) {
            hitKind = HitKind::Article;
        } else if (kind == int(schema::TitleKind::Question)) {
            hitKind = HitKind::Question;
        }
        add({hitKind, query.value(1).toLongLong(), 0, 0, score * 1.25});
    }
}

void PackSearch::searchPassages()
{
    const QString terms = m_plan.anyTermExpression(true);
    if (terms.isEmpty()) {
        return;
    }
    const QList<double> idf =
        termIdf(m_db, schema::passageIndex, m_plan, m_pack->info().counts.passages);
    const QList<QVariant> weights = coverageArguments(m_plan, idf, 0);
    QStringList marks;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    const QString coverage =
        QStringLiteral("qingnang_coverage(search_passage, %1)").arg(marks.join(QLatin1Char(',')));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT p.id, p.kind, p.owner_id, p.position, bm25(search_passage, 2.0, 1.0), %1"
            " FROM search_passage JOIN passage p ON p.id = search_passage.rowid"
            " WHERE search_passage MATCH ?"
            " ORDER BY %1 * 12.0 - bm25(search_passage, 2.0, 1.0) DESC LIMIT %2")
            .arg(coverage)
            .arg(SearchEngine::candidateLimit));
    for (const QVariant &weight : weights) {
        query.addBindValue(weight);
    }
    query.addBindValue(terms);
    for (const QVariant &weight : weights) {
        query.addBindValue(weight);
    }
    if (!query.exec()) {
        qCWarning(lcPages) << "text search failed:" << query.lastError().text();
        return;
    }
    while (query.next()) {
        const int kind = query.value(1).toInt();
        const double bm25 = -query.value(4).toDouble();
        const double cover = query.value(5).toDouble();
        const double score = 10.0 * cover * cover + 0.15 * bm25;
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

QString PackSearch::snippetOf(qint64 passageId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT snippet(search_passage, -1, ?, ?, '…', 24) FROM search_passage"
                       " WHERE search_passage MATCH ? AND rowid = ?"));
    query.addBindValue(QString(QChar(SearchHit::snippetOpen)));
    query.addBindValue(QString(QChar(SearchHit::snippetClose)));
    query.addBindValue(m_plan.anyTermExpression(true));
    query.addBindValue(passageId);
    if (query.exec() && query.next()) {
        return query.value(0).toString().simplified();
    }
    return {};
}

// Fills in what a hit shows: its title, its topic, its ref, its address and a passage.
bool PackSearch::describe(SearchHit &hit, qint64 passageId)
{
    const QString packId = m_primary ? QString() : m_pack->id();
    QSqlQuery query(m_db);
    switch (hit.kind) {
    case HitKind::Topic:
        query.prepare(QStringLiteral(
            "SELECT t.title, coalesce(t.ref, t.slug), t.slug, coalesce(p.title, ''),"
            " t.id, coalesce(s.body, '') FROM topic t"
            " LEFT JOIN topic p ON p.id = t.parent_id"
            " LEFT JOIN passage s ON s.kind = 1 AND s.owner_id = t.id AND s.position = 0"
            " WHERE t.id = ?"));
        break;
    case HitKind::Article:
        query.prepare(QStringLiteral(
            "SELECT a.title, coalesce(a.ref, a.slug), a.slug, coalesce(t.title, ''),"
            " a.topic_id, coalesce((SELECT body FROM passage WHERE kind = 2"
            " AND owner_id = a.id ORDER BY position LIMIT 1), '')"
            " FROM article a LEFT JOIN topic t ON t.id = a.topic_id WHERE a.id = ?"));
        break;
    case HitKind::Question:
        query.prepare(QStringLiteral(
            "SELECT q.title, coalesce(q.ref, CAST(q.id AS TEXT)), '', coalesce(t.title, ''),"
            " q.topic_id, q.excerpt FROM question q"
            " LEFT JOIN topic t ON t.id = q.topic_id WHERE q.id = ?"));
        break;
    }
    query.addBindValue(hit.id);
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
    if (m_options.snippets) {
        hit.snippet = passageId ? snippetOf(passageId) : QString();
        if (hit.snippet.isEmpty()) {
            hit.snippet = query.value(5).toString().simplified().left(80);
        }
    }
    return true;
}

QList<SearchHit> PackSearch::run()
{
    searchTitles();
    if (isCancelled(m_options)) {
        return {};
    }
    searchPassages();
    QList<SearchHit> hits;
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

SearchResult SearchEngine::search(const QList<std::shared_ptr<Pack>> &packs, const QString &query,
                                  const SearchOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    const QueryPlan plan = QueryPlan::build(query);
    if (!plan.isEmpty()) {
        for (qsizetype i = 0; i < packs.size(); ++i) {
            const auto &pack = packs.at(i);
            if (!options.scopePackId.isEmpty() && pack->id() != options.scopePackId) {
                continue;
            }
            if (isCancelled(options)) {
                break;
            }
            result.hits += PackSearch(pack, i == 0, plan, options).run();
        }
        std::stable_sort(result.hits.begin(), result.hits.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
        spreadRepeats(result.hits);
        if (result.hits.size() > options.limit) {
            result.hits.resize(options.limit);
        }
    }
    result.cancelled = isCancelled(options);
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    return result;
}

} // namespace qingnang
