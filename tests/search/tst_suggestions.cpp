// SPDX-License-Identifier: MIT
// Did you mean (docs/search.md): a query that finds nothing or little is
// offered the topics close to it in spelling or toneless pinyin, and what to
// search for instead, by the engine and by `qingnang-pack search --json`.
// The bundled pack, built by our own tool.
#include "pack/pack.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qingnang;

class TestSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void didYouMean_data();
    void didYouMean();
    void nearestTopicsOpenTheTopic();
    void nothingFoundOffersTheSymptoms();
    void commandLine();

private:
    std::shared_ptr<Pack> m_pack;
};

void TestSuggestions::initTestCase()
{
    const PackOpenResult opened = Pack::open(test::bundledPack());
    QVERIFY2(opened.pack, qPrintable(opened.error));
    m_pack = opened.pack;
}

void TestSuggestions::didYouMean_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("suggestion"); // empty: none
    QTest::newRow("homophone") << QStringLiteral("卫痛") << QStringLiteral("胃痛");
    QTest::newRow("homophone, question")
        << QStringLiteral("卫痛怎么办") << QStringLiteral("胃痛怎么办");
    QTest::newRow("homophone in three") << QStringLiteral("高学压") << QStringLiteral("高血压");
    QTest::newRow("pinyin, letters swapped") << QStringLiteral("weitogn") << QStringLiteral("胃痛");
    QTest::newRow("found as typed") << QStringLiteral("胃痛") << QString();
    QTest::newRow("off topic") << QStringLiteral("股票怎么开户") << QString();
    QTest::newRow("fillers only") << QStringLiteral("怎么办") << QString();
}

void TestSuggestions::didYouMean()
{
    QFETCH(QString, query);
    QFETCH(QString, suggestion);
    const SearchResult result = SearchEngine::search({m_pack}, query);
    QCOMPARE(result.suggestion, suggestion);
    if (!suggestion.isEmpty()) {
        QVERIFY(result.hits.size() < SearchEngine::fewHits);
        // The suggestion itself finds something.
        QVERIFY(!SearchEngine::search({m_pack}, suggestion).hits.isEmpty());
    }
}

void TestSuggestions::nearestTopicsOpenTheTopic()
{
    const SearchResult result = SearchEngine::search({m_pack}, QStringLiteral("高学压"));
    QVERIFY(!result.nearTopics.isEmpty());
    QCOMPARE(result.nearTopics.first().text, QStringLiteral("高血压"));
    const QUrl url = result.nearTopics.first().url;
    QVERIFY2(url.toString().startsWith(QStringLiteral("qingnang:/topic/")),
             qPrintable(url.toString()));
    const auto topic = m_pack->topicBySlug(url.path().section(QLatin1Char('/'), -1));
    QVERIFY(topic);
    QCOMPARE(topic->title, QStringLiteral("高血压"));
}

void TestSuggestions::nothingFoundOffersTheSymptoms()
{
    const SearchResult result = SearchEngine::search({m_pack}, QStringLiteral("股票怎么开户"));
    QVERIFY(result.hits.isEmpty());
    QVERIFY(result.nearTopics.isEmpty());
    QVERIFY(result.symptomsPage.isValid());
    const auto topic =
        m_pack->topicBySlug(result.symptomsPage.path().section(QLatin1Char('/'), -1));
    QVERIFY(topic);
    QCOMPARE(topic->title, QStringLiteral("症状"));
    // A query that finds enough offers nothing.
    const SearchResult found = SearchEngine::search({m_pack}, QStringLiteral("胃痛"));
    QVERIFY(found.hits.size() >= SearchEngine::fewHits);
    QVERIFY(found.nearTopics.isEmpty());
    QVERIFY(!found.symptomsPage.isValid());
}

void TestSuggestions::commandLine()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::bundledPack(),
                               QStringLiteral("卫痛"), QStringLiteral("--json")},
                              &out, &err),
             0);
    QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json[QStringLiteral("suggestion")].toString(), QStringLiteral("胃痛"));
    QVERIFY(json[QStringLiteral("results")].isArray());
    QVERIFY(out.contains("\"results\":[]"));
    // No suggestion, no key.
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::bundledPack(),
                               QStringLiteral("胃痛"), QStringLiteral("--json")},
                              &out, &err),
             0);
    json = QJsonDocument::fromJson(out).object();
    QVERIFY(!json.contains(QStringLiteral("suggestion")));
    QVERIFY(!json[QStringLiteral("results")].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
