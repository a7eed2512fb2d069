// SPDX-License-Identifier: MIT
// A pack's scope model (docs/search.md): a query about something the pack
// does not cover (股票怎么开户, 电饭煲跳闸) finds nothing in it, while
// everyday health questions, and every query that raises an alert, still
// find their pages. The model travels in the pack (scope.json → the scope
// table); packs without one take every query. Real packs built by our own
// tool: the bundled library, and copies of fixture content with a model
// written for the test.
#include "hittitles.h"
#include "pack/pack.h"
#include "pack/scopefile.h"
#include "search/queryplan.h"
#include "search/scope.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

QByteArray scopeJson(const QJsonObject &weights, double bias = 0, double threshold = -1,
                     double evidence = 0.5)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                     {QStringLiteral("bias"), bias},
                                     {QStringLiteral("threshold"), threshold},
                                     {QStringLiteral("evidence"), evidence},
                                     {QStringLiteral("weights"), weights}})
        .toJson();
}

// Written for this test; none is in the model's training data
// (scripts/data/not-health.txt) or in the lists the model was measured on.
const char *const notHealth[] = {
    "怎么给手机贴膜",   "高速公路收费标准",   "羽毛球拍线磅数多少合适",
    "钢琴考级几级最高", "快递丢件怎么赔偿",   "二手房过户流程",
    "鱼竿怎么选",       "蛋糕烤塌了怎么回事", "电饭煲一插就跳闸",
    "猫砂哪种好",       "吉他调音器怎么用",   "暑假去哪旅游便宜",
    "电费怎么交",       "空气炸锅做鸡翅",     "结婚请柬怎么写",
    "笔记本键盘失灵",
};

// Everyday health questions, short as people type them; the last ones are
// about animals, the words the model weighs against health, and still health.
const char *const health[] = {
    "胃疼怎么办",   "孩子发烧39度", "腰疼腿麻",     "嗓子疼咳嗽",
    "牙龈出血",     "头晕恶心",     "月经推迟一周", "宝宝拉肚子",
    "膝盖疼上楼梯", "晚上睡不着",   "血压高头晕",   "脸上长痘痘",
    "脚后跟疼",     "眼睛干涩",     "便秘三天了",   "老人摔倒了",
    "心慌胸闷",     "皮肤痒起红疹", "尿频尿急",     "打呼噜",
    "被狗咬了",     "狗咬了",       "被猫抓了",     "孩子被狗咬了要打针吗",
};

} // namespace

class TestScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void features();
    void scoreAndDecision();
    void bundledPackTurnsAwayOffTopic_data();
    void bundledPackTurnsAwayOffTopic();
    void bundledPackKeepsHealth_data();
    void bundledPackKeepsHealth();
    void shortWordsAreNotJudged();
    void alertsAreNeverTurnedAway();
    void packWithoutModelTakesAll();
    void modelTravelsInThePack();
    void badScopeFilesAreRefused_data();
    void badScopeFilesAreRefused();
    void damagedScopeTableIsReported();
    void commandLineTerms();

private:
    std::shared_ptr<Pack> m_bundled;
    QTemporaryDir m_dir;
};

void TestScope::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const PackOpenResult opened = Pack::open(test::bundledPack());
    QVERIFY2(opened.pack, qPrintable(opened.error));
    m_bundled = opened.pack;
    QVERIFY2(!m_bundled->scope().isEmpty(),
             "the bundled pack carries resources/content/scope.json");
}

void TestScope::features()
{
    // Fillers (怎么办) and synonyms (胃痛 for 胃疼) are not read, nor numbers.
    QCOMPARE(scope::features(QueryPlan::build(QStringLiteral("胃疼怎么办"))),
             QStringList{QStringLiteral("胃疼")});
    const QStringList stock = scope::features(QueryPlan::build(QStringLiteral("股票怎么开户")));
    QVERIFY2(stock.contains(QStringLiteral("股票")) && stock.contains(QStringLiteral("开户")),
             qPrintable(stock.join(u' ')));
    QVERIFY(!stock.contains(QStringLiteral("怎么")));
    QVERIFY(scope::features(QueryPlan::build(QStringLiteral("怎么办"))).isEmpty());
    QCOMPARE(scope::features(QueryPlan::build(QStringLiteral("WiFi信号"))),
             (QStringList{QStringLiteral("wifi"), QStringLiteral("信号")}));
    QCOMPARE(scope::features(QueryPlan::build(QStringLiteral("BMI28算胖吗"))).first(),
             QStringLiteral("bmi"));
}

void TestScope::scoreAndDecision()
{
    ScopeModel model;
    model.bias = -1;
    model.threshold = 0;
    model.evidence = 0.5;
    model.weights = {{QStringLiteral("胃疼"), 3.0},
                     {QStringLiteral("股票"), -2.0},
                     {QStringLiteral("开户"), -0.25}};
    const QueryPlan stomach = QueryPlan::build(QStringLiteral("胃疼怎么办"));
    const QueryPlan stock = QueryPlan::build(QStringLiteral("股票怎么开户"));
    QCOMPARE(scope::score(model, stomach).value_or(-99), 2.0);
    QCOMPARE(scope::score(model, stock).value_or(-99), -3.25);
    QVERIFY(!scope::isOutside(model, stomach));
    QVERIFY(scope::isOutside(model, stock));
    // Below the threshold but nothing speaks against: known too little, not turned away.
    const QueryPlan unknown = QueryPlan::build(QStringLiteral("开户了"));
    QCOMPARE(scope::score(model, unknown).value_or(-99), -1.25);
    QVERIFY(!scope::isOutside(model, unknown));
    // Nothing to judge: two characters or fewer, fillers only, pinyin, an empty model.
    QVERIFY(!scope::score(model, QueryPlan::build(QStringLiteral("股票"))));
    QVERIFY(!scope::score(model, QueryPlan::build(QStringLiteral("怎么办"))));
    QVERIFY(!scope::score(model, QueryPlan::build(QStringLiteral("gupiao"))));
    model.weights.insert(QStringLiteral("gupiao"), -5.0);
    QVERIFY(!scope::isOutside(model, QueryPlan::build(QStringLiteral("gupiao"))));
    QVERIFY(!scope::isOutside(ScopeModel{}, stock));
}

void TestScope::bundledPackTurnsAwayOffTopic_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : notHealth) {
        QTest::addRow("%s", query) << QString::fromUtf8(query);
    }
}

void TestScope::bundledPackTurnsAwayOffTopic()
{
    QFETCH(QString, query);
    const SearchResult result = SearchEngine::search({m_bundled}, query);
    QVERIFY2(result.hits.isEmpty(), qPrintable(test::hitTitles(result.hits)));
    QVERIFY(result.outsideScope);
    QVERIFY(!result.alert);
    // No disease merely close in spelling is offered; the symptoms page is.
    QVERIFY(result.nearTopics.isEmpty());
    QVERIFY(result.symptomsPage.isValid());
}

void TestScope::bundledPackKeepsHealth_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : health) {
        QTest::addRow("%s", query) << QString::fromUtf8(query);
    }
}

void TestScope::bundledPackKeepsHealth()
{
    QFETCH(QString, query);
    const SearchResult result = SearchEngine::search({m_bundled}, query);
    QVERIFY(!result.outsideScope);
    QVERIFY2(!result.hits.isEmpty(), qPrintable(query));
}

void TestScope::shortWordsAreNotJudged()
{
    // While a word is typed, or looked up alone, the index decides: 空调 finds 空调病,
    // 猫 the pages about cats, though the model weighs both against health.
    for (const QString &word :
         {QStringLiteral("空调"), QStringLiteral("猫"), QStringLiteral("车")}) {
        QVERIFY(!scope::score(m_bundled->scope(), QueryPlan::build(word)));
        QVERIFY(!SearchEngine::search({m_bundled}, word).outsideScope);
    }
    QVERIFY(!SearchEngine::search({m_bundled}, QStringLiteral("空调")).hits.isEmpty());
}

void TestScope::alertsAreNeverTurnedAway()
{
    // A model that weighs every term of these emergencies against the pack:
    // the alert still comes, and so do the pages.
    const QString content = m_dir.filePath(QStringLiteral("against"));
    QVERIFY(test::copyTree(test::contentDir(), content));
    const QStringList queries{QStringLiteral("胸口疼出冷汗"), QStringLiteral("突然嘴歪说话不清")};
    QJsonObject weights;
    for (const QString &query : queries) {
        for (const QString &term : scope::features(QueryPlan::build(query))) {
            weights.insert(term, -50);
        }
    }
    QVERIFY(test::writeFile(content + QStringLiteral("/scope.json"), scopeJson(weights)));
    const QString packPath = m_dir.filePath(QStringLiteral("against.qnpack"));
    QVERIFY(test::buildPack(content, packPath));
    const PackOpenResult opened = Pack::open(packPath);
    QVERIFY2(opened.pack, qPrintable(opened.error));
    for (const QString &query : queries) {
        QVERIFY(scope::isOutside(opened.pack->scope(), QueryPlan::build(query)));
        const SearchResult result = SearchEngine::search({opened.pack}, query);
        QVERIFY2(result.alert, qPrintable(query));
        QVERIFY2(!result.hits.isEmpty(), qPrintable(query));
        QVERIFY(!result.outsideScope);
    }
    // And an everyday query of the same words without an alert is turned away.
    const SearchResult plain = SearchEngine::search({opened.pack}, QStringLiteral("胸口疼"));
    QVERIFY(!plain.alert);
    QVERIFY2(plain.hits.isEmpty(), qPrintable(test::hitTitles(plain.hits)));
    QVERIFY(plain.outsideScope);
}

void TestScope::packWithoutModelTakesAll()
{
    const PackOpenResult opened = Pack::open(test::fixturePack(QStringLiteral("content-search")));
    QVERIFY2(opened.pack, qPrintable(opened.error));
    QVERIFY(opened.pack->scope().isEmpty());
    const SearchResult result = SearchEngine::search({opened.pack}, QStringLiteral("面肌"));
    QVERIFY(!result.hits.isEmpty());
    QVERIFY(!result.outsideScope);
}

void TestScope::modelTravelsInThePack()
{
    // The same content with a model that weighs 面肌 against it: the pack
    // carries the model exactly, and the query that found pages finds none.
    const QString content = m_dir.filePath(QStringLiteral("search"));
    QVERIFY(test::copyTree(test::fixturesDir() + QStringLiteral("/content-search"), content));
    const QJsonObject weights{{QStringLiteral("面肌"), -2.5}, {QStringLiteral("痉挛"), 2.25}};
    QVERIFY(test::writeFile(content + QStringLiteral("/scope.json"),
                            scopeJson(weights, -0.5, -1, 0.75)));
    const QString packPath = m_dir.filePath(QStringLiteral("search.qnpack"));
    QVERIFY(test::buildPack(content, packPath));
    const PackOpenResult opened = Pack::open(packPath);
    QVERIFY2(opened.pack, qPrintable(opened.error));
    const ScopeModel &model = opened.pack->scope();
    QCOMPARE(model.bias, -0.5);
    QCOMPARE(model.threshold, -1.0);
    QCOMPARE(model.evidence, 0.75);
    QCOMPARE(model.weights.size(), 2);
    QCOMPARE(model.weights.value(QStringLiteral("面肌")), -2.5);
    QCOMPARE(model.weights.value(QStringLiteral("痉挛")), 2.25);
    const SearchResult away = SearchEngine::search({opened.pack}, QStringLiteral("面肌怎么办"));
    QVERIFY2(away.hits.isEmpty(), qPrintable(test::hitTitles(away.hits)));
    QVERIFY(away.outsideScope);
    const SearchResult kept = SearchEngine::search({opened.pack}, QStringLiteral("面肌痉挛"));
    QVERIFY(!kept.hits.isEmpty());
    QVERIFY(!kept.outsideScope);
    // With a second pack that has no model, the query is not outside everything.
    const PackOpenResult plain = Pack::open(test::fixturePack(QStringLiteral("content-search")));
    QVERIFY2(plain.pack, qPrintable(plain.error));
    const SearchResult both =
        SearchEngine::search({opened.pack, plain.pack}, QStringLiteral("面肌怎么办"));
    QVERIFY(!both.outsideScope);
    QVERIFY(!both.hits.isEmpty());
    for (const SearchHit &hit : both.hits) {
        QCOMPARE(hit.packId, plain.pack->id());
    }
}

void TestScope::badScopeFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("format 2") << QByteArray(R"({"format": 2, "bias": 0, "threshold": 0,
        "evidence": 0, "weights": {"胃": 1}})")
                              << QStringLiteral("format: must be 1");
    QTest::newRow("unknown field") << QByteArray(R"({"format": 1, "bias": 0, "threshold": 0,
        "evidence": 0, "weights": {"胃": 1}, "extra": true})")
                                   << QStringLiteral("unknown field \"extra\"");
    QTest::newRow("bias a string") << QByteArray(R"({"format": 1, "bias": "0", "threshold": 0,
        "evidence": 0, "weights": {"胃": 1}})")
                                   << QStringLiteral("bias: must be a number");
    QTest::newRow("no threshold") << QByteArray(R"({"format": 1, "bias": 0, "evidence": 0,
        "weights": {"胃": 1}})") << QStringLiteral("threshold: must be a number");
    QTest::newRow("negative evidence") << QByteArray(R"({"format": 1, "bias": 0, "threshold": 0,
        "evidence": -1, "weights": {"胃": 1}})")
                                       << QStringLiteral("evidence: must not be below 0");
    QTest::newRow("no weights") << QByteArray(R"({"format": 1, "bias": 0, "threshold": 0,
        "evidence": 0, "weights": {}})")
                                << QStringLiteral("weights: must be a non-empty");
    QTest::newRow("weight too large") << QByteArray(R"({"format": 1, "bias": 0, "threshold": 0,
        "evidence": 0, "weights": {"胃": 1e300}})")
                                      << QStringLiteral("weights: \"胃\" must be a number");
    QTest::newRow("empty term") << QByteArray(R"({"format": 1, "bias": 0, "threshold": 0,
        "evidence": 0, "weights": {" ": 1}})")
                                << QStringLiteral("is empty or longer");
}

void TestScope::badScopeFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString content = dir.filePath(QStringLiteral("content"));
    QVERIFY(test::copyTree(test::fixturesDir() + QStringLiteral("/content-minimal"), content));
    const QString scopePath = content + QStringLiteral("/scope.json");
    QVERIFY(test::writeFile(scopePath, json));
    // The reader names the file and the problem.
    QString error;
    QVERIFY(!readScopeFile(scopePath, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(scopePath) + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    // The build fails with that one message and writes no pack; lint reports it.
    const QString packPath = dir.filePath(QStringLiteral("out.qnpack"));
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("build"), content, QStringLiteral("-o"), packPath},
                              &out, &err),
             2);
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
    QVERIFY(!QFile::exists(packPath));
    QCOMPARE(test::runProgram(test::packTool(), {QStringLiteral("lint"), content}, &out, &err), 1);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("scope.json")), out.constData());
    QVERIFY2(QString::fromUtf8(out).contains(message), out.constData());
}

void TestScope::damagedScopeTableIsReported()
{
    const QString content = m_dir.filePath(QStringLiteral("damaged"));
    QVERIFY(test::copyTree(test::fixturesDir() + QStringLiteral("/content-minimal"), content));
    QVERIFY(test::writeFile(content + QStringLiteral("/scope.json"),
                            scopeJson({{QStringLiteral("胃"), 1}, {QStringLiteral("股"), -1}})));
    const QString packPath = m_dir.filePath(QStringLiteral("damaged.qnpack"));
    QVERIFY(test::buildPack(content, packPath));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(packPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // Rows out of range are skipped; a threshold that is not a number is damage.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO scope VALUES ('坏', 1e308)")));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = 'x' WHERE key = "
                                          "'scope_threshold'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const PackOpenResult opened = Pack::open(packPath);
    QVERIFY(!opened.pack);
    QVERIFY2(opened.error.contains(QStringLiteral("scope model")), qPrintable(opened.error));
    QVERIFY2(opened.error.startsWith(QDir::toNativeSeparators(packPath)), qPrintable(opened.error));
}

void TestScope::commandLineTerms()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::bundledPack(),
                               QStringLiteral("股票怎么开户"), QStringLiteral("--terms")},
                              &out, &err),
             0);
    const QJsonObject terms = QJsonDocument::fromJson(out.trimmed()).object();
    QVERIFY2(terms[QStringLiteral("outside")].toBool(), out.constData());
    QVERIFY(terms[QStringLiteral("scope")].isDouble());
    QVERIFY(terms[QStringLiteral("terms")].toArray().contains(QStringLiteral("股票")));
    // The search itself: "results": [] and no suggestion of a disease.
    QCOMPARE(test::runProgram(test::packTool(),
                              {QStringLiteral("search"), test::bundledPack(),
                               QStringLiteral("电饭煲一插就跳闸"), QStringLiteral("--json")},
                              &out, &err),
             0);
    QVERIFY2(out.contains("\"results\":[]"), out.constData());
    QVERIFY2(!out.contains("\"alert\""), out.constData());
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
