// SPDX-License-Identifier: MIT
// The search engine on the real bundled pack, as a reader types: what comes
// first, what a hit shows and where it opens, scope, limit and cancellation,
// and any hostile text at all; the sidebar's model of the hits; the service
// that runs searches off the GUI thread; and a check of the command line.
#include "address/pageurl.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pages/pagerenderer.h"
#include "search/queryplan.h"
#include "search/searchengine.h"
#include "search/searchservice.h"
#include "snippetsupport.h"
#include "testsupport.h"
#include "text/charmaps.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace qingnang;

namespace {

const QChar markOpen(SearchHit::snippetOpen);
const QChar markClose(SearchHit::snippetClose);
const QChar ellipsis(0x2026);

// "kind:title", as the tables name hits.
QString key(const SearchHit &hit)
{
    return hitKindName(hit.kind) + QLatin1Char(':') + hit.title;
}

QStringList keys(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits) {
        list.append(key(hit));
    }
    return list;
}

// The hits, one a line, for failure messages.
QString listed(const QList<SearchHit> &hits, int count = 8)
{
    QStringList lines;
    for (qsizetype i = 0; i < hits.size() && i < count; ++i) {
        QString snippet = hits.at(i).snippet;
        snippet.replace(markOpen, QLatin1Char('[')).replace(markClose, QLatin1Char(']'));
        lines.append(QStringLiteral("  %1. %2 %3 (%4) %5")
                         .arg(i + 1)
                         .arg(key(hits.at(i)), hits.at(i).url.toString())
                         .arg(hits.at(i).score, 0, 'f', 2)
                         .arg(snippet.left(40)));
    }
    return QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
}

// Text compared across Markdown and the snippet's one line: white space,
// list dashes, emphasis marks and ellipses left out.
QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('*') && c != QLatin1Char('-') && c != ellipsis &&
            c != markOpen && c != markClose) {
            out += c;
        }
    }
    return out;
}

// Text folded as the index folds it (case, width, Traditional), separators left out.
QString compactFold(const QString &text)
{
    QString out;
    char32_t folded[18];
    for (const char32_t cp : text.toUcs4()) {
        const int count = charmaps::fold(cp, folded);
        for (int k = 0; k < count; ++k) {
            if (charmaps::classify(folded[k]) != charmaps::CharClass::Separator) {
                out += QString::fromUcs4(&folded[k], 1);
            }
        }
    }
    return out;
}

QString threeYearsOld()
{
    return QStringLiteral("question:3岁孩子发高烧时抽搐了一次，是癫痫吗？");
}

QString plainTopicKey(const char *title)
{
    return QStringLiteral("topic:") + QString::fromUtf8(title);
}

} // namespace

// Qingnang's first twelve topics, frozen: ranking is tested on content that
// does not change as the bundled library grows.
const QString searchFixture = QStringLiteral("content-search");

class TestSearchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranking_data();
    void ranking();
    void snippetsMarkTheQuery_data();
    void snippetsMarkTheQuery();
    void hitsOpenWhereTheyMatched_data();
    void hitsOpenWhereTheyMatched();
    void scopeKeepsToATopic();
    void limitIsHonoured();
    void topicsVote();
    void cancelledSearchStopsAtOnce();
    void hostileQueries_data();
    void hostileQueries();
    void hostileQueriesOnTheResultsPage();
    void modelGroupsHits();
    void serviceDeliversOnlyTheLatest();
    void commandLineSearch();

private:
    SearchResult search(const QString &query, const SearchOptions &options = {}) const
    {
        return SearchEngine::search({m_pack}, query, options);
    }
    void verifyHitIsWhole(const SearchHit &hit);
    // The topic and every topic beneath it.
    QSet<qint64> subtree(qint64 topicId) const;
    // Every way the hostile table's queries are written.
    static QList<QPair<QString, QString>> hostileTable();

    std::shared_ptr<Pack> m_pack;
};

void TestSearchEngine::initTestCase()
{
    const PackOpenResult opened = Pack::open(test::fixturePack(searchFixture));
    QVERIFY2(opened.pack, qPrintable(opened.error));
    m_pack = opened.pack;
}

QSet<qint64> TestSearchEngine::subtree(qint64 topicId) const
{
    QSet<qint64> ids{topicId};
    QList<qint64> open{topicId};
    while (!open.isEmpty()) {
        for (const TopicNode &child : m_pack->childTopics(open.takeFirst())) {
            ids.insert(child.id);
            open.append(child.id);
        }
    }
    return ids;
}

void TestSearchEngine::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // any of these (kind:title)
    QTest::addColumn<int>("within");           // 1: first; 3: in the top three

    const QString hemifacial = plainTopicKey("面肌痉挛");
    const QString facial = plainTopicKey("面神经炎");
    const auto row = [](const char *name, const QString &query, const QStringList &expected,
                        int within) { QTest::newRow(name) << query << expected << within; };

    // One, two and four characters.
    row("面: a 面 topic first", QStringLiteral("面"), {hemifacial, facial}, 1);
    row("面: 面肌痉挛 in the top three", QStringLiteral("面"), {hemifacial}, 3);
    row("面瘫 (alias of 面神经炎)", QStringLiteral("面瘫"), {facial}, 1);
    row("面肌痉挛", QStringLiteral("面肌痉挛"), {hemifacial}, 1);
    // Traditional, pinyin, initials.
    row("Traditional 麵肌痙攣", QStringLiteral("麵肌痙攣"), {hemifacial}, 1);
    row("full pinyin", QStringLiteral("mianjijingluan"), {hemifacial}, 1);
    row("spaced pinyin", QStringLiteral("mian ji"), {hemifacial}, 1);
    row("pinyin in capitals", QStringLiteral("Mian Ji"), {hemifacial}, 1);
    row("pinyin with an apostrophe", QStringLiteral("mian'ji'jing'luan"), {hemifacial}, 1);
    row("initials", QStringLiteral("mjjl"), {hemifacial}, 1);
    row("initials in capitals", QStringLiteral("MJJL"), {hemifacial}, 1);
    row("full-width initials", QStringLiteral("ｍｊｊｌ"), {hemifacial}, 1);
    row("full-width pinyin", QStringLiteral("ｍｉａｎ ｊｉ"), {hemifacial}, 1);
    // Aliases of the pack.
    row("alias 面肌抽搐", QStringLiteral("面肌抽搐"), {hemifacial}, 1);
    row("alias 偏侧面肌痉挛", QStringLiteral("偏侧面肌痉挛"), {hemifacial}, 1);
    row("alias 半面痉挛", QStringLiteral("半面痉挛"), {hemifacial}, 1);
    row("alias 羊角风", QStringLiteral("羊角风"), {plainTopicKey("癫痫")}, 1);
    row("alias 口眼歪斜", QStringLiteral("口眼歪斜"), {facial}, 1);
    // Latin letters: the alias HFS, in any width and case.
    row("HFS", QStringLiteral("HFS"), {hemifacial}, 1);
    row("hfs", QStringLiteral("hfs"), {hemifacial}, 1);
    row("Hfs", QStringLiteral("Hfs"), {hemifacial}, 1);
    row("full-width ＨＦＳ", QStringLiteral("ＨＦＳ"), {hemifacial}, 1);
    row("面肌痉挛（HFS）", QStringLiteral("面肌痉挛（HFS）"), {hemifacial}, 3);
    row("MS (in 多发性硬化（MS）)", QStringLiteral("MS"), {plainTopicKey("多发性硬化")}, 1);
    row("多发性硬化MS", QStringLiteral("多发性硬化MS"), {plainTopicKey("多发性硬化")}, 1);
    // B12 inside Chinese text: a question's title and two articles' sections.
    const QString b12Question = QStringLiteral("question:得了面神经炎，吃维生素B12有用吗？");
    row("B12", QStringLiteral("B12"), {b12Question}, 1);
    row("b12", QStringLiteral("b12"), {b12Question}, 1);
    row("full-width Ｂ１２", QStringLiteral("Ｂ１２"), {b12Question}, 1);
    row("维生素B12", QStringLiteral("维生素B12"), {b12Question}, 1);
    row("维生素B12缺乏: the article that says it", QStringLiteral("维生素B12缺乏"),
        {QStringLiteral("article:多发性硬化是什么病")}, 3);
    row("MRI: the question that asks it", QStringLiteral("MRI"),
        {QStringLiteral("question:三叉神经痛需要做MRI吗？")}, 3);
    // Terms that the titles do not hold, only the texts: the texts that hold
    // them come before titles that share one common character with them.
    row("热性惊厥 (in texts only)", QStringLiteral("热性惊厥"),
        {QStringLiteral("article:认识癫痫"), threeYearsOld()}, 1);
    row("热性惊厥: both texts that hold it first", QStringLiteral("热性惊厥"), {threeYearsOld()},
        2);
    row("微血管减压术 (a section of the treatment article)", QStringLiteral("微血管减压术"),
        {QStringLiteral("article:面肌痉挛的治疗方法")}, 1);
    // Numbers inside Chinese.
    const QString threeYears = threeYearsOld();
    row("3岁", QStringLiteral("3岁"), {threeYears}, 1);
    row("full-width ３岁", QStringLiteral("３岁"), {threeYears}, 1);
    row("42岁", QStringLiteral("42岁"),
        {QStringLiteral("question:今年42岁，得面肌痉挛已经2年了，"
                        "经常性发病，近3个月做针灸")},
        1);
    row("３岁孩子发高烧抽搐", QStringLiteral("３岁孩子发高烧抽搐"), {threeYears}, 1);
    // Whole questions, as patients type them.
    const QString howToTreat = QStringLiteral("question:面肌痉挛怎么治？有什么好的治疗方法？");
    row("a patient's question about treatment",
        QStringLiteral("我得了面肌痉挛好几年了请问有什么好的治疗方法吗"), {howToTreat}, 1);
    row("the same question: the treatment article near the top",
        QStringLiteral("我得了面肌痉挛好几年了请问有什么好的治疗方法吗"),
        {QStringLiteral("article:面肌痉挛的治疗方法")}, 3);
    row("面肌痉挛怎么治疗", QStringLiteral("面肌痉挛怎么治疗"), {howToTreat}, 1);
    row("a mother's question", QStringLiteral("我妈妈脸上一直抽，是不是面肌痉挛，怎么治疗比较好？"),
        {howToTreat, QStringLiteral("question:面肌痉挛治疗方法"),
         QStringLiteral("article:面肌痉挛的治疗方法")},
        1);
    row("请问面肌痉挛能治好吗", QStringLiteral("请问面肌痉挛能治好吗"),
        {QStringLiteral("question:一生气抽的就厉害，面肌痉挛能治好吗？")}, 1);
    row("早上起来嘴歪了是不是面瘫", QStringLiteral("早上起来嘴歪了是不是面瘫"),
        {QStringLiteral("question:早上起来嘴歪了，眼睛闭不上，是面瘫吗？")}, 1);
    row("孩子发烧抽搐是不是癫痫", QStringLiteral("孩子发烧抽搐是不是癫痫"), {threeYears}, 1);
    row("三叉神经痛和牙痛怎么区分", QStringLiteral("三叉神经痛和牙痛怎么区分"),
        {QStringLiteral("question:三叉神经痛和牙痛怎么区分？")}, 1);
    row("Traditional question", QStringLiteral("請問面肌痙攣能治好嗎"),
        {QStringLiteral("question:一生气抽的就厉害，面肌痉挛能治好吗？")}, 1);
}

void TestSearchEngine::ranking()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(int, within);
    const SearchResult result = search(query);
    QVERIFY(!result.cancelled);
    const QStringList found = keys(result.hits);
    qsizetype rank = -1;
    for (qsizetype i = 0; i < found.size() && rank < 0; ++i) {
        rank = expected.contains(found.at(i)) ? i : -1;
    }
    QVERIFY2(rank >= 0 && rank < within,
             qPrintable(QStringLiteral("expected %1 within the first %2, got:%3")
                            .arg(expected.join(QStringLiteral(" or ")))
                            .arg(within)
                            .arg(listed(result.hits))));
}

void TestSearchEngine::snippetsMarkTheQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("hit");    // kind:title of a hit in the results
    QTest::addColumn<QString>("marked"); // what its snippet marks, among others

    const auto row = [](const QString &query, const char *hit, const char *marked) {
        QTest::addRow("%s → %s", qPrintable(query), hit)
            << query << QString::fromUtf8(hit) << QString::fromUtf8(marked);
    };
    row(QStringLiteral("面肌痉挛"), "topic:面肌痉挛", "面肌痉挛");
    row(QStringLiteral("面肌痉挛"), "question:面肌痉挛治疗方法", "面肌痉挛");
    row(QStringLiteral("麵肌痙攣"), "topic:面肌痉挛", "面肌痉挛");
    row(QStringLiteral("面"), "topic:面神经炎", "面");
    row(QStringLiteral("面瘫"), "question:面瘫能针灸吗？什么时候开始比较好？", "面瘫");
    // A synonym of what was typed is marked too.
    row(QStringLiteral("面瘫"), "topic:面神经炎", "面神经炎");
    row(QStringLiteral("面肌抽搐"), "question:请问治疗面肌痉挛方面有什么特别有效的方法？",
        "面肌抽搐");
    row(QStringLiteral("B12"), "question:得了面神经炎，吃维生素B12有用吗？", "B12");
    row(QStringLiteral("b12"), "article:认识面神经炎", "B12");
    row(QStringLiteral("ＨＦＳ"), "article:面肌痉挛的治疗方法", "HFS");
    row(QStringLiteral("hfs"), "article:产生面肌痉挛的主要原因是什么", "HFS");
    row(QStringLiteral("MRI"), "question:三叉神经痛需要做MRI吗？", "MRI");
    row(QStringLiteral("3岁"), "question:3岁孩子发高烧时抽搐了一次，是癫痫吗？", "3岁");
    row(QStringLiteral("肉毒素注射"), "article:面肌痉挛的治疗方法", "肉毒素注射");
    row(QStringLiteral("我得了面肌痉挛好几年了请问有什么好的治疗方法吗"),
        "question:面肌痉挛怎么治？有什么好的治疗方法？", "有什么好的治疗方法");
}

void TestSearchEngine::snippetsMarkTheQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, hit);
    QFETCH(QString, marked);
    const SearchResult result = search(query);
    const qsizetype at = keys(result.hits).indexOf(hit);
    QVERIFY2(at >= 0, qPrintable(hit + listed(result.hits, 20)));
    const QString snippet = result.hits.at(at).snippet;
    QVERIFY(test::wellFormed(snippet));
    QVERIFY(!snippet.contains(QLatin1Char('\n')));
    QVERIFY2(
        test::marked(snippet).contains(marked),
        qPrintable(test::marked(snippet).join(QLatin1Char('|')) + listed({result.hits.at(at)})));
    // Every mark is (folded) one of the query's terms or holds one.
    const QueryPlan plan = QueryPlan::build(query);
    for (const QString &part : test::marked(snippet)) {
        const QString folded = compactFold(part);
        bool holdsTerm = false;
        for (const QueryTerm &term : plan.terms) {
            holdsTerm = holdsTerm || folded.contains(term.text);
        }
        QVERIFY2(holdsTerm, qPrintable(part));
    }
}

void TestSearchEngine::hitsOpenWhereTheyMatched_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         {"面肌痉挛", "面瘫", "HFS", "B12", "MRI", "3岁", "肉毒素注射", "微血管减压术", "何时就医",
          "针灸", "mjjl", "癫痫", "我得了面肌痉挛好几年了请问有什么好的治疗方法吗"}) {
        QTest::newRow(query) << QString::fromUtf8(query);
    }
}

// Each hit's address is of its kind and opens where its snippet comes from:
// an article at the section whose text the snippet shows (#sN), or at its
// start when the snippet is its first section's; a question or topic whose
// text holds the snippet.
void TestSearchEngine::hitsOpenWhereTheyMatched()
{
    QFETCH(QString, query);
    const SearchResult result = search(query);
    QVERIFY(!result.hits.isEmpty());
    for (const SearchHit &hit : result.hits) {
        verifyHitIsWhole(hit);
        if (QTest::currentTestFailed()) {
            return;
        }
        const PageAddress address = pageurl::parse(hit.url);
        const QString shown = normalized(hit.snippet);
        QString source; // the text the hit opens at
        QString whole;  // all of the hit's text
        switch (hit.kind) {
        case HitKind::Topic: {
            const auto topic = m_pack->topic(hit.id);
            QVERIFY(topic);
            source = topic->summary;
            whole = source;
            QVERIFY(address.fragment.isEmpty());
            break;
        }
        case HitKind::Article: {
            const auto article = m_pack->articleBySlug(address.slug);
            QVERIFY(article);
            QVERIFY(!article->sections.isEmpty());
            int section = 1;
            if (!address.fragment.isEmpty()) {
                QVERIFY2(address.fragment.startsWith(QLatin1Char('s')),
                         qPrintable(hit.url.toString()));
                bool ok = false;
                section = address.fragment.mid(1).toInt(&ok);
                QVERIFY(ok);
            }
            for (const Section &s : article->sections) {
                if (s.position == section) {
                    source = s.body;
                }
                whole += s.body;
            }
            QVERIFY2(!source.isEmpty(), qPrintable(hit.url.toString()));
            break;
        }
        case HitKind::Question: {
            const auto question = m_pack->question(hit.id);
            QVERIFY(question);
            source = question->body;
            for (const Answer &answer : question->answers) {
                source += QLatin1Char('\n') + answer.body;
            }
            whole = source;
            QVERIFY(address.fragment.isEmpty());
            break;
        }
        }
        QVERIFY2(normalized(source).contains(shown),
                 qPrintable(QStringLiteral("the snippet is not from where the hit opens:") +
                            listed({hit})));
        // Where its text holds the whole query, the snippet shows a match.
        if (compactFold(whole).contains(compactFold(query))) {
            QVERIFY2(!test::marked(hit.snippet).isEmpty(),
                     qPrintable(QStringLiteral("no match shown:") + listed({hit})));
        }
    }
}

void TestSearchEngine::verifyHitIsWhole(const SearchHit &hit)
{
    QVERIFY(!hit.title.isEmpty());
    QVERIFY(hit.id > 0);
    QVERIFY(hit.topicId > 0);
    QCOMPARE(hit.packId, m_pack->id());
    QVERIFY(!hit.ref.isEmpty());
    QCOMPARE(hit.url.scheme(), QStringLiteral("qingnang"));
    QVERIFY(test::wellFormed(hit.snippet));
    QVERIFY(!hit.snippet.contains(QLatin1Char('\n')));
    const PageAddress address = pageurl::parse(hit.url);
    QVERIFY(address.packId.isEmpty()); // the primary pack's pages need no pack id
    const auto topic = m_pack->topic(hit.topicId);
    QVERIFY(topic);
    switch (hit.kind) {
    case HitKind::Topic: {
        QCOMPARE(address.kind, PageKind::Topic);
        QCOMPARE(hit.topicId, hit.id);
        QCOMPARE(address.slug, topic->slug);
        QCOMPARE(hit.title, topic->title);
        const auto parent = m_pack->topic(topic->parentId);
        QCOMPARE(hit.topic, parent ? parent->title : QString());
        break;
    }
    case HitKind::Article: {
        QCOMPARE(address.kind, PageKind::Article);
        const auto article = m_pack->articleBySlug(address.slug);
        QVERIFY(article);
        QCOMPARE(article->id, hit.id);
        QCOMPARE(article->title, hit.title);
        QCOMPARE(article->topicId, hit.topicId);
        QCOMPARE(hit.topic, topic->title);
        break;
    }
    case HitKind::Question: {
        QCOMPARE(address.kind, PageKind::Question);
        QCOMPARE(address.id, hit.id);
        const auto question = m_pack->question(hit.id);
        QVERIFY(question);
        QCOMPARE(question->title, hit.title);
        QCOMPARE(question->topicId, hit.topicId);
        QCOMPARE(hit.topic, topic->title);
        break;
    }
    }
}

void TestSearchEngine::scopeKeepsToATopic()
{
    const auto neurology = m_pack->topicBySlug(QStringLiteral("neurology"));
    const auto hemifacial = m_pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    const auto vitiligo = m_pack->topicBySlug(QStringLiteral("vitiligo"));
    QVERIFY(neurology && hemifacial && vitiligo);

    // Unscoped, 治疗 is found all over the pack.
    const SearchResult all = search(QStringLiteral("治疗"), {});
    QSet<qint64> topics;
    for (const SearchHit &hit : all.hits) {
        topics.insert(hit.topicId);
    }
    QVERIFY2(topics.size() > 2, qPrintable(listed(all.hits)));

    // A topic: only it.
    SearchOptions options;
    options.scopeTopicId = hemifacial->id;
    options.scopePackId = m_pack->id();
    const SearchResult one = search(QStringLiteral("治疗"), options);
    QVERIFY(one.hits.size() >= 5);
    for (const SearchHit &hit : one.hits) {
        QVERIFY2(hit.topicId == hemifacial->id, qPrintable(listed({hit})));
    }

    // A department: it and what lies beneath it.
    options.scopeTopicId = neurology->id;
    const QSet<qint64> beneath = subtree(neurology->id);
    QVERIFY(beneath.contains(hemifacial->id));
    QVERIFY(!beneath.contains(vitiligo->id));
    const SearchResult department = search(QStringLiteral("面"), options);
    QVERIFY(!department.hits.isEmpty());
    bool below = false;
    for (const SearchHit &hit : department.hits) {
        QVERIFY2(beneath.contains(hit.topicId), qPrintable(listed({hit})));
        below = below || hit.topicId != neurology->id;
    }
    QVERIFY(below);

    // A topic the query is not about: what there is there, or nothing.
    options.scopeTopicId = vitiligo->id;
    for (const SearchHit &hit : search(QStringLiteral("面肌痉挛"), options).hits) {
        QVERIFY2(hit.topicId == vitiligo->id, qPrintable(listed({hit})));
    }

    // Another pack's id: nothing from this one.
    options.scopeTopicId = hemifacial->id;
    options.scopePackId = QStringLiteral("no-such-pack");
    QVERIFY(search(QStringLiteral("面肌痉挛"), options).hits.isEmpty());
}

void TestSearchEngine::limitIsHonoured()
{
    SearchOptions options;
    options.limit = 100;
    const SearchResult many = search(QStringLiteral("面"), options);
    QVERIFY2(many.hits.size() > 20, qPrintable(QString::number(many.hits.size())));
    QCOMPARE(search(QStringLiteral("面")).hits.size(), SearchOptions().limit);
    for (const int limit : {0, 1, 3, 7, 20, 40}) {
        options.limit = limit;
        const SearchResult result = search(QStringLiteral("面"), options);
        QCOMPARE(result.hits.size(), qMin<qsizetype>(limit, many.hits.size()));
        if (limit > 0) {
            QCOMPARE(key(result.hits.first()), key(many.hits.first()));
        }
    }
    // Fewer hits than the limit: all of them.
    options.limit = 1000;
    const SearchResult few = search(QStringLiteral("ＨＦＳ"), options);
    QVERIFY(!few.hits.isEmpty());
    QVERIFY(few.hits.size() < 20);
}

namespace {

SearchHit voteHit(qint64 topicId, double score, const QString &packId = QStringLiteral("p"))
{
    static qint64 next = 0;
    SearchHit hit;
    hit.kind = HitKind::Question;
    hit.packId = packId;
    hit.id = ++next;
    hit.topicId = topicId;
    hit.score = score;
    return hit;
}

QList<qint64> topicsOf(const QList<SearchHit> &hits)
{
    QList<qint64> topics;
    for (const SearchHit &hit : hits) {
        topics.append(hit.topicId);
    }
    return topics;
}

} // namespace

// The first hits vote for their topics: a topic several hits speak for comes
// before one a single stronger hit matches; the first three hits come from
// different topics unless one topic clearly leads; beyond voteDepth the order
// of the scores stands.
void TestSearchEngine::topicsVote()
{
    // Topic 1: one hit of 5. Topic 2: hits of 4, 3 and 2 (support 4 + 0.5 × 5 = 6.5).
    // Topic 3: one of 3.5. Topic 4: one of 1.
    QList<SearchHit> hits{voteHit(1, 5), voteHit(2, 4), voteHit(3, 3.5),
                          voteHit(2, 3), voteHit(2, 2), voteHit(4, 1)};
    SearchEngine::voteByTopic(hits);
    QCOMPARE(topicsOf(hits), (QList<qint64>{2, 1, 3, 2, 2, 4}));
    QCOMPARE(hits.first().score, 4.0); // scores are kept; only the order changes

    // One topic leads by leadDominance or more: its hits fill the top.
    hits = {voteHit(1, 10), voteHit(1, 9), voteHit(1, 8), voteHit(2, 3), voteHit(3, 2)};
    SearchEngine::voteByTopic(hits);
    QCOMPARE(topicsOf(hits), (QList<qint64>{1, 1, 1, 2, 3}));

    // The same topic id in two packs is two topics.
    hits = {voteHit(7, 4, QStringLiteral("a")), voteHit(7, 3.9, QStringLiteral("b")),
            voteHit(7, 3.8, QStringLiteral("a"))};
    SearchEngine::voteByTopic(hits);
    QCOMPARE(hits.at(1).packId, QStringLiteral("b"));

    // Only the first voteDepth hits vote and move.
    hits.clear();
    for (int i = 0; i < SearchEngine::voteDepth; ++i) {
        hits.append(voteHit(100 + i, 100 - i));
    }
    hits.append(voteHit(100, 1));
    hits.append(voteHit(100, 0.5));
    const QList<qint64> before = topicsOf(hits);
    SearchEngine::voteByTopic(hits);
    QCOMPARE(topicsOf(hits), before);

    QList<SearchHit> none;
    SearchEngine::voteByTopic(none);
    QVERIFY(none.isEmpty());

    // In the engine: a one-character query (typing has just begun) is not
    // voted on; its best-scored hit comes first.
    const SearchResult single = search(QStringLiteral("面"));
    QVERIFY(!single.hits.isEmpty());
    for (const SearchHit &hit : single.hits) {
        QVERIFY(single.hits.first().score >= hit.score);
    }
}

void TestSearchEngine::cancelledSearchStopsAtOnce()
{
    const std::atomic<bool> cancelled(true);
    SearchOptions options;
    options.cancelled = &cancelled;
    for (const QString &query :
         {QStringLiteral("面"), QStringLiteral("面肌痉挛"), QStringLiteral("mjjl"),
          QStringLiteral("我得了面肌痉挛好几年了请问有什么好的治疗方法吗"),
          QStringLiteral("面肌痉挛").repeated(2500)}) {
        const SearchResult result = search(query, options);
        QVERIFY(result.cancelled);
        QVERIFY(result.hits.isEmpty());
    }
    // A flag that stays false changes nothing.
    const std::atomic<bool> running(false);
    options.cancelled = &running;
    const SearchResult result = search(QStringLiteral("面肌痉挛"), options);
    QVERIFY(!result.cancelled);
    QCOMPARE(keys(result.hits), keys(search(QStringLiteral("面肌痉挛")).hits));
}

QList<QPair<QString, QString>> TestSearchEngine::hostileTable()
{
    QString distinct;
    for (int i = 0; i < 2000; ++i) {
        distinct += QChar(0x4E00 + i * 7);
    }
    QString controls;
    for (ushort c = 1; c < 32; ++c) {
        controls += QChar(c);
    }
    return {
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("spaces"), QStringLiteral("   ")},
        {QStringLiteral("white space"), QStringLiteral(" \t\n\r\u3000 ")},
        {QStringLiteral("quote"), QStringLiteral("\"")},
        {QStringLiteral("two quotes"), QStringLiteral("\"\"")},
        {QStringLiteral("apostrophe"), QStringLiteral("'")},
        {QStringLiteral("("), QStringLiteral("(")},
        {QStringLiteral(")"), QStringLiteral(")")},
        {QStringLiteral("()"), QStringLiteral("()")},
        {QStringLiteral("["), QStringLiteral("[")},
        {QStringLiteral("{}"), QStringLiteral("{}")},
        {QStringLiteral("AND"), QStringLiteral("AND")},
        {QStringLiteral("OR"), QStringLiteral("OR")},
        {QStringLiteral("NOT"), QStringLiteral("NOT")},
        {QStringLiteral("NEAR"), QStringLiteral("NEAR")},
        {QStringLiteral("NEAR(a b)"), QStringLiteral("NEAR(a b)")},
        {QStringLiteral("a AND"), QStringLiteral("a AND")},
        {QStringLiteral("*"), QStringLiteral("*")},
        {QStringLiteral("面*"), QStringLiteral("面*")},
        {QStringLiteral("^"), QStringLiteral("^")},
        {QStringLiteral("^面"), QStringLiteral("^面")},
        {QStringLiteral("-"), QStringLiteral("-")},
        {QStringLiteral("-面"), QStringLiteral("-面")},
        {QStringLiteral(":"), QStringLiteral(":")},
        {QStringLiteral("title:面"), QStringLiteral("title:面")},
        {QStringLiteral("search_title:面"), QStringLiteral("search_title:面")},
        {QStringLiteral("面 OR"), QStringLiteral("面 OR")},
        {QStringLiteral("面 AND 肌"), QStringLiteral("面 AND 肌")},
        {QStringLiteral("NEAR(面 肌)"), QStringLiteral("NEAR(面 肌)")},
        {QStringLiteral("\"面肌"), QStringLiteral("\"面肌")},
        {QStringLiteral("\"面\" \"肌\""), QStringLiteral("\"面\" \"肌\"")},
        {QStringLiteral("面%"), QStringLiteral("面%")},
        {QStringLiteral("emoji"), QStringLiteral("😀")},
        {QStringLiteral("emoji sequence"), QStringLiteral("👨\u200d⚕️")},
        {QStringLiteral("emoji around a word"), QStringLiteral("😀面肌😀")},
        {QStringLiteral("lone high surrogate"), QString(QChar(0xD800))},
        {QStringLiteral("lone low surrogate"), QString(QChar(0xDC00))},
        {QStringLiteral("lone surrogate in a word"),
         QStringLiteral("面") + QChar(0xD800) + QStringLiteral("肌")},
        {QStringLiteral("NUL"), QString(QChar(0))},
        {QStringLiteral("NUL in a word"), QStringLiteral("面") + QChar(0) + QStringLiteral("肌")},
        {QStringLiteral("control characters"), controls},
        {QStringLiteral("U+FFFD"), QStringLiteral("\uFFFD")},
        {QStringLiteral("private use"), QStringLiteral("\uE000mian \uE001m \uE010面\uE011")},
        {QStringLiteral("combining marks"), QStringLiteral("e\u0301\u0301\u0301\u0301")},
        {QStringLiteral("combining mark in a word"), QStringLiteral("面\u0301肌")},
        {QStringLiteral("RTL text"), QStringLiteral("שלום עולם")},
        {QStringLiteral("RTL override before a word"), QStringLiteral("\u202e面肌")},
        {QStringLiteral("backslash and LIKE wildcards"), QStringLiteral("\\%_")},
        {QStringLiteral("HTML"), QStringLiteral("<img src=x>面<script>alert(1)</script>")},
        {QStringLiteral("SQL injection"), QStringLiteral("'; DROP TABLE topic; --")},
        {QStringLiteral("SQL injection after a word"),
         QStringLiteral("面肌\"; DROP TABLE topic; --")},
        {QStringLiteral("10,000 Chinese characters"), QStringLiteral("面肌痉挛").repeated(2500)},
        {QStringLiteral("10,000 ASCII letters"), QString(10000, QLatin1Char('a'))},
        {QStringLiteral("10,000 ASCII characters"),
         QStringLiteral("a\"(*) OR b:c ^d -e NEAR ").repeated(400)},
        {QStringLiteral("2,000 distinct CJK characters"), distinct},
    };
}

void TestSearchEngine::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("word"); // holds 面: the 面 topics must be found
    for (const auto &[name, query] : hostileTable()) {
        QTest::newRow(qPrintable(name)) << query << query.contains(QChar(0x9762));
    }
}

void TestSearchEngine::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, word);
    // No SQL error, nor any other complaint.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    for (const int limit : {1, 20}) {
        SearchOptions options;
        options.limit = limit;
        const SearchResult result = search(query, options);
        QVERIFY(!result.cancelled);
        QVERIFY(result.hits.size() <= limit);
        for (const SearchHit &hit : result.hits) {
            verifyHitIsWhole(hit);
            QVERIFY(hit.snippet.size() <= 200);
        }
        if (QueryPlan::build(query).isEmpty()) {
            QVERIFY(result.hits.isEmpty());
        }
        if (word && limit > 1) {
            // Whatever surrounds it, the word is still found.
            bool found = false;
            for (qsizetype i = 0; i < result.hits.size() && i < 3; ++i) {
                found = found || key(result.hits.at(i)) == plainTopicKey("面肌痉挛") ||
                        key(result.hits.at(i)) == plainTopicKey("面神经炎");
            }
            QVERIFY2(found, qPrintable(listed(result.hits)));
        }
    }
    // The pack is as it was.
    QVERIFY(m_pack->topicBySlug(QStringLiteral("hemifacial-spasm")));
    QCOMPARE(keys(search(QStringLiteral("面肌痉挛")).hits).value(0), plainTopicKey("面肌痉挛"));
}

// The results page renders whatever the query, under a bounded title.
void TestSearchEngine::hostileQueriesOnTheResultsPage()
{
    Library library;
    QVERIFY(library.addPack(m_pack));
    const PageRenderer renderer(&library);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    for (const auto &[name, query] : hostileTable()) {
        const QUrl url = pageurl::search(query);
        QVERIFY2(url.isValid(), qPrintable(name));
        const Page page = renderer.render(url);
        QCOMPARE(page.kind, PageKind::Search);
        QVERIFY2(page.found, qPrintable(name));
        QVERIFY2(page.title.size() < 300, qPrintable(name));
        // What was typed is shown as text, never as markup.
        QVERIFY(!page.html.contains(QStringLiteral("<script")));
        QVERIFY(!page.html.contains(QStringLiteral("<img")));
        // Two pages on: still a page, maybe without hits.
        QCOMPARE(renderer.render(pageurl::search(query, {}, {}, 3)).kind, PageKind::Search);
    }
    library.removePack(m_pack->id());
}

void TestSearchEngine::modelGroupsHits()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchOptions options;
    options.limit = 40;
    const QString query = QStringLiteral("面");
    const SearchResult result = search(query, options);
    model.setResults(query, result.hits);
    QCOMPARE(model.hitCount(), result.hits.size());

    // Headers in the order 专题, 文章, 问答, each over hits of its kind only,
    // at most perGroup of them, best first; then the row for all results.
    const QStringList labels{QStringLiteral("专题"), QStringLiteral("文章"),
                             QStringLiteral("问答")};
    int group = -1;
    int inGroup = 0;
    int hitRows = 0;
    QList<SearchHit> expectedInGroup;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const auto kind = SearchResultModel::RowKind(index.data(RowKindRole).toInt());
        if (kind == SearchResultModel::HeaderRow) {
            QCOMPARE(inGroup, qMin<qsizetype>(expectedInGroup.size(), SearchResultModel::perGroup));
            const QString text = index.data().toString();
            const qsizetype next = labels.indexOf(text.section(QLatin1Char(' '), 0, 0));
            QVERIFY2(next > group, qPrintable(text));
            group = int(next);
            expectedInGroup.clear();
            for (const SearchHit &hit : result.hits) {
                if (int(hit.kind) == group) {
                    expectedInGroup.append(hit);
                }
            }
            QCOMPARE(text, labels.at(group) + QStringLiteral(" (%1)").arg(expectedInGroup.size()));
            QVERIFY(!(index.flags() & Qt::ItemIsSelectable));
            QCOMPARE(index.data(HitKindRole).toInt(), -1);
            inGroup = 0;
        } else if (kind == SearchResultModel::HitRow) {
            QVERIFY(group >= 0);
            QVERIFY(index.flags() & Qt::ItemIsSelectable);
            QCOMPARE(index.data(HitKindRole).toInt(), group);
            const SearchHit &hit = expectedInGroup.at(inGroup);
            QCOMPARE(index.data().toString(), hit.title);
            QCOMPARE(index.data(UrlRole).toUrl(), hit.url);
            QCOMPARE(index.data(SnippetRole).toString(), hit.snippet);
            QCOMPARE(index.data(TopicTitleRole).toString(), hit.topic);
            QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().contains(markOpen));
            ++inGroup;
            ++hitRows;
        } else {
            QCOMPARE(row, model.rowCount() - 1);
            QCOMPARE(index.data(UrlRole).toUrl(), pageurl::search(query));
            QVERIFY(index.flags() & Qt::ItemIsSelectable);
        }
    }
    QCOMPARE(group, 2); // all three kinds
    QVERIFY(hitRows > 3);
    QCOMPARE(model.firstHit().row(), 1);

    // Nothing found: a plain row saying so, which opens nothing; Enter opens
    // nothing either; no row searches for nothing again.
    model.setResults(QStringLiteral("没有这个词"), QList<SearchHit>{});
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.index(0).data(RowKindRole).toInt(), int(SearchResultModel::NoticeRow));
    QVERIFY(!(model.index(0).flags() & Qt::ItemIsSelectable));
    QVERIFY(!model.firstHit().isValid());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(pageurl::parse(model.index(row).data(UrlRole).toUrl()).kind != PageKind::Search);
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// Off the GUI thread: a newer request makes every older one stale, and only
// the newest is delivered.
void TestSearchEngine::serviceDeliversOnlyTheLatest()
{
    Library library;
    QVERIFY(library.addPack(m_pack));
    {
        SearchService service(&library);
        QSignalSpy spy(&service, &SearchService::resultsReady);

        // One request: its results.
        const quint64 single = service.request(QStringLiteral("面肌痉挛"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), single);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("面肌痉挛"));
        const auto first = spy.at(0).at(2).value<SearchResult>();
        QCOMPARE(keys(first.hits).value(0), plainTopicKey("面肌痉挛"));
        spy.clear();

        // Typed quickly: 面, 面肌, 面肌痉, 面肌痉挛 — only the last arrives.
        // Requests run in order, so when it has arrived every older one is done.
        QString typed;
        quint64 last = 0;
        for (const QChar c : QStringLiteral("面肌痉挛")) {
            typed += c;
            last = service.request(typed);
        }
        QCOMPARE(service.latestToken(), last);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(0).value<quint64>() == last,
                                 30000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("面肌痉挛"));
        spy.clear();

        // An empty request cancels what was asked before it, and delivers nothing.
        service.request(QStringLiteral("面瘫"));
        const quint64 empty = service.request(QStringLiteral("   "));
        QCOMPARE(service.latestToken(), empty);
        const quint64 after = service.request(QStringLiteral("癫痫"));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 30000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), after);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("癫痫"));
        QVERIFY(!spy.at(0).at(2).value<SearchResult>().cancelled);
        spy.clear();

        // cancel(): the running request is dropped too.
        service.request(QStringLiteral("面肌痉挛"));
        service.cancel();
        const quint64 final = service.request(QStringLiteral("HFS"));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 30000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), final);
    }
    library.removePack(m_pack->id());
}

// qingnang-pack search gives each hostile query one JSON line, and finds the word in 面*.
void TestSearchEngine::commandLineSearch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList queries;
    for (const auto &[name, query] : hostileTable()) {
        // One query a line: those with line breaks, or nothing but white space, cannot be.
        if (!query.contains(QLatin1Char('\n')) && !query.contains(QLatin1Char('\r')) &&
            !query.trimmed().isEmpty()) {
            queries.append(query);
        }
    }
    const QString file = dir.filePath(QStringLiteral("queries.txt"));
    QVERIFY(test::writeFile(file, queries.join(QLatin1Char('\n')).toUtf8()));
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::fixturePack(searchFixture),
                               QStringLiteral("--queries"), file, QStringLiteral("--limit"),
                               QStringLiteral("5"), QStringLiteral("--json")},
                              &out, &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), queries.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(json.isObject(), qPrintable(error.errorString()));
        // Lone surrogates cannot be written in UTF-8; everything else comes back as sent.
        QCOMPARE(json[QStringLiteral("query")].toString(),
                 QString::fromUtf8(queries.at(i).toUtf8()));
        const QJsonArray results = json[QStringLiteral("results")].toArray();
        QVERIFY(results.size() <= 5);
        for (const QJsonValue &hit : results) {
            QVERIFY(QStringList({QStringLiteral("topic"), QStringLiteral("article"),
                                 QStringLiteral("question")})
                        .contains(hit[QStringLiteral("kind")].toString()));
            QVERIFY(hit[QStringLiteral("url")].toString().startsWith(QStringLiteral("qingnang:/")));
            QVERIFY(!hit[QStringLiteral("snippet")].toString().contains(markOpen));
        }
    }

    // One query as an argument.
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::fixturePack(searchFixture),
                               QStringLiteral("面*"), QStringLiteral("--json")},
                              &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json[QStringLiteral("query")].toString(), QStringLiteral("面*"));
    const QJsonArray results = json[QStringLiteral("results")].toArray();
    QVERIFY(!results.isEmpty());
    QCOMPARE(results.first()[QStringLiteral("kind")].toString(), QStringLiteral("topic"));
    QVERIFY(results.first()[QStringLiteral("title")].toString().startsWith(QChar(0x9762)));
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
