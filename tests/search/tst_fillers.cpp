// SPDX-License-Identifier: MIT
// Fillers never make a hit on their own (docs/search.md): question words and
// function words (怎么办, 是什么原因, 的) shape the ranking, but a query whose
// content matches nothing finds nothing, from the engine and from
// `qingnang-pack search --json`. Real packs built by our own tool: the frozen
// search fixture and the bundled library.
#include "hittitles.h"
#include "pack/pack.h"
#include "search/queryplan.h"
#include "search/searchengine.h"
#include "testsupport.h"
#include "text/fillers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

// How people ask, with nothing of what they ask about.
const char *const fillerOnly[] = {
    "怎么办",
    "是什么原因",
    "怎么回事",
    "吃什么药",
    "能治好吗",
    "严重吗",
    "有什么症状",
    "的",
    "了",
    "吗",
    "什么原因",
    "怎么治",
    "吃什么好",
    "请问医生怎么办？",
    "这是怎么回事呢",
    "怎么办怎么办",
    "我想问一下是什么原因",
    "  严重吗？？ ",
};

// Not about health at all. Each has a word the library never uses (股票) or
// only fillers beside a word found everywhere.
const char *const offTopic[] = {
    "股票怎么开户",
    "股票",
    "是什么原因",
};

// Everyday questions that must still find their topic, fillers and all.
const struct
{
    const char *query;
    const char *topic; // a hit among the first three is this topic or in it
} everyday[] = {
    {"胃疼怎么办", "胃痛"},     {"孩子发烧39度", "发热"},   {"拉肚子吃什么药", "腹泻"},
    {"失眠是什么原因", "失眠"}, {"高血压严重吗", "高血压"}, {"湿疹怎么回事", "湿疹"},
};

} // namespace

class TestFillers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vocabulary();
    void planHasNoContent_data();
    void planHasNoContent();
    void fillersAloneFindNothing_data();
    void fillersAloneFindNothing();
    void offTopicFindsNothing_data();
    void offTopicFindsNothing();
    void everydayQuestionsStillFind_data();
    void everydayQuestionsStillFind();
    void commandLinePrintsEmptyResults();

private:
    std::shared_ptr<Pack> m_fixture;
    std::shared_ptr<Pack> m_bundled;
};

void TestFillers::initTestCase()
{
    const PackOpenResult fixture = Pack::open(test::fixturePack(QStringLiteral("content-search")));
    QVERIFY2(fixture.pack, qPrintable(fixture.error));
    m_fixture = fixture.pack;
    const PackOpenResult bundled = Pack::open(test::bundledPack());
    QVERIFY2(bundled.pack, qPrintable(bundled.error));
    m_bundled = bundled.pack;
}

void TestFillers::vocabulary()
{
    // The shipped list (resources/vocab/fillers.tsv) is built in.
    QVERIFY(fillers::isFiller(QStringLiteral("怎么办")));
    QVERIFY(fillers::isFiller(QStringLiteral("是什么原因")));
    QVERIFY(fillers::isFiller(QStringLiteral("的")));
    QVERIFY(!fillers::isFiller(QStringLiteral("胃痛")));
    QVERIFY(!fillers::isFiller(QStringLiteral("发烧")));
    // Phrases cover their characters whatever the word breaks; single
    // characters only as words of their own (好 of 好转 is content).
    QCOMPARE(fillers::coveredByFillers(QStringLiteral("胃疼是什么原因")),
             QList<bool>({false, false, true, true, true, true, true}));
    QCOMPARE(fillers::coveredByFillers(QStringLiteral("好转")), QList<bool>({false, false}));
}

void TestFillers::planHasNoContent_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("content");
    for (const char *query : fillerOnly) {
        QTest::addRow("%s", query) << QString::fromUtf8(query) << false;
    }
    QTest::addRow("胃疼怎么办") << QStringLiteral("胃疼怎么办") << true;
    QTest::addRow("pinyin") << QStringLiteral("weitong") << true;
    QTest::addRow("B12") << QStringLiteral("B12") << true;
    QTest::addRow("痛") << QStringLiteral("痛") << true;
}

void TestFillers::planHasNoContent()
{
    QFETCH(QString, query);
    QFETCH(bool, content);
    QCOMPARE(QueryPlan::build(query).hasContent(), content);
}

void TestFillers::fillersAloneFindNothing_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : fillerOnly) {
        QTest::addRow("%s", query) << QString::fromUtf8(query);
    }
}

void TestFillers::fillersAloneFindNothing()
{
    QFETCH(QString, query);
    for (const auto &pack : {m_fixture, m_bundled}) {
        const SearchResult result = SearchEngine::search({pack}, query);
        QVERIFY2(result.hits.isEmpty(), qPrintable(test::hitTitles(result.hits)));
    }
}

void TestFillers::offTopicFindsNothing_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : offTopic) {
        QTest::addRow("%s", query) << QString::fromUtf8(query);
    }
}

void TestFillers::offTopicFindsNothing()
{
    QFETCH(QString, query);
    for (const auto &pack : {m_fixture, m_bundled}) {
        const SearchResult result = SearchEngine::search({pack}, query);
        QVERIFY2(result.hits.isEmpty(), qPrintable(test::hitTitles(result.hits)));
    }
}

void TestFillers::everydayQuestionsStillFind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("topic");
    for (const auto &row : everyday) {
        QTest::addRow("%s", row.query)
            << QString::fromUtf8(row.query) << QString::fromUtf8(row.topic);
    }
}

void TestFillers::everydayQuestionsStillFind()
{
    QFETCH(QString, query);
    QFETCH(QString, topic);
    const SearchResult result = SearchEngine::search({m_bundled}, query);
    bool found = false;
    for (qsizetype i = 0; i < result.hits.size() && i < 3; ++i) {
        const SearchHit &hit = result.hits.at(i);
        found = found || (hit.kind == HitKind::Topic ? hit.title : hit.topic).contains(topic);
    }
    QVERIFY2(found, qPrintable(test::hitTitles(result.hits.mid(0, 3))));
}

void TestFillers::commandLinePrintsEmptyResults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList queries;
    for (const char *query : fillerOnly) {
        queries.append(QString::fromUtf8(query));
    }
    for (const char *query : offTopic) {
        queries.append(QString::fromUtf8(query));
    }
    queries.append(QStringLiteral("胃疼怎么办"));
    const QString file = dir.filePath(QStringLiteral("queries.txt"));
    QVERIFY(test::writeFile(file, queries.join(QLatin1Char('\n')).toUtf8()));
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::bundledPack(),
                               QStringLiteral("--queries"), file, QStringLiteral("--json")},
                              &out, &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), queries.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject json = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(json[QStringLiteral("query")].toString(), queries.at(i));
        // "results": [] is there, empty, and not left out.
        QVERIFY2(json.contains(QStringLiteral("results")), lines.at(i).constData());
        QVERIFY(json[QStringLiteral("results")].isArray());
        const qsizetype count = json[QStringLiteral("results")].toArray().size();
        if (i + 1 < lines.size()) {
            QVERIFY2(count == 0, lines.at(i).constData());
            QVERIFY(lines.at(i).contains("\"results\":[]"));
        } else {
            QVERIFY(count > 0); // 胃疼怎么办
        }
    }
}

QTEST_GUILESS_MAIN(TestFillers)
#include "tst_fillers.moc"
