// SPDX-License-Identifier: MIT
// qingnang-pack lint: a clean fixture (tests/fixtures/content-lint) passes;
// each rule catches a violation planted in a copy of it, at the right file
// and line; a pack is checked like its sources; unreadable input exits 2; and
// the bundled library's sources are clean.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace qingnang;

namespace {

// A change to a copy of the fixture, made in the directory given.
using Plant = std::function<void(const QString &dir)>;

void replaceIn(const QString &path, const QString &before, const QString &after)
{
    QString text = QString::fromUtf8(test::readFile(path));
    QVERIFY2(text.contains(before), qPrintable(path + QStringLiteral(": no ") + before));
    text.replace(before, after);
    QVERIFY(test::writeFile(path, text.toUtf8()));
}

Plant replacing(const QString &file, const QString &before, const QString &after)
{
    return [=](const QString &dir) { replaceIn(QDir(dir).filePath(file), before, after); };
}

// Changes a topic file through its JSON (reformatting it).
Plant editing(const QString &slug, const std::function<void(QJsonObject &)> &edit)
{
    return [=](const QString &dir) {
        const QString path = QDir(dir).filePath(QStringLiteral("topics/%1.json").arg(slug));
        QJsonObject topic = QJsonDocument::fromJson(test::readFile(path)).object();
        edit(topic);
        QVERIFY(test::writeFile(path, QJsonDocument(topic).toJson()));
    };
}

QJsonObject question(const QString &title, const QString &answer)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("body"), answer}}}}};
}

// The 1-based line of the first line of file holding marker (0 if none).
int lineOf(const QString &path, const QString &marker)
{
    const QStringList lines = QString::fromUtf8(test::readFile(path)).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(marker)) {
            return int(i) + 1;
        }
    }
    return 0;
}

QList<QJsonObject> findings(const QByteArray &out)
{
    QList<QJsonObject> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            result.append(QJsonDocument::fromJson(line).object());
        }
    }
    return result;
}

QString describe(const QList<QJsonObject> &list)
{
    QStringList lines;
    for (const QJsonObject &object : list) {
        lines.append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    return lines.join(QLatin1Char('\n'));
}

const QString fixture = QStringLiteral("content-lint");

} // namespace

Q_DECLARE_METATYPE(Plant)

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanContentPasses();
    void eachRuleCatchesItsViolation_data();
    void eachRuleCatchesItsViolation();
    void allowedWordingPasses_data();
    void allowedWordingPasses();
    void brokenFileIsOneFindingAndTheRestIsChecked();
    void packIsCheckedLikeItsSources();
    void unreadableInputExitsTwo();
    void textOutput();
    void bundledLibraryIsClean();

private:
    QString copyOfFixture();
    QTemporaryDir m_dir;
    int m_copies = 0;
};

QString TestLint::copyOfFixture()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy%1").arg(++m_copies));
    if (!test::copyTree(QDir(test::fixturesDir()).filePath(fixture), copy)) {
        return {};
    }
    return copy;
}

void TestLint::cleanContentPasses()
{
    const test::Run run =
        test::runPackTool({QStringLiteral("lint"), QDir(test::fixturesDir()).filePath(fixture),
                           QStringLiteral("--json")});
    QVERIFY2(run.status == 0, run.out.constData());
    QVERIFY(run.out.isEmpty());
}

void TestLint::eachRuleCatchesItsViolation_data()
{
    QTest::addColumn<Plant>("plant");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("file");   // relative; empty for a finding without a file
    QTest::addColumn<QString>("marker"); // its line holds the finding; empty: line 1 or 0

    const QString gastritisJson = QStringLiteral("topics/gastritis.json");
    const QString gastritisMd = QStringLiteral("articles/gastritis-overview.md");
    const QString treatment = QStringLiteral("根据原因治疗，需要时在医生指导下使用抑酸药。");
    QTest::newRow("dose: an amount")
        << replacing(gastritisMd, treatment, QStringLiteral("可以服用抑酸药，每次2片。"))
        << QStringLiteral("dose") << gastritisMd << QStringLiteral("每次2片");
    QTest::newRow("dose: milligrams")
        << replacing(gastritisMd, treatment, QStringLiteral("常用量是20毫克。"))
        << QStringLiteral("dose") << gastritisMd << QStringLiteral("20毫克");
    QTest::newRow("dose: how often")
        << replacing(gastritisMd, treatment, QStringLiteral("抑酸药一天三次，饭前吃。"))
        << QStringLiteral("dose") << gastritisMd << QStringLiteral("一天三次");
    QTest::newRow("brand name") << replacing(gastritisMd, treatment,
                                             QStringLiteral("胃疼时可以吃斯达舒。"))
                                << QStringLiteral("brand") << gastritisMd
                                << QStringLiteral("斯达舒");
    QTest::newRow("brand-like name")
        << replacing(gastritisMd, treatment, QStringLiteral("可以喝红星牌养胃茶。"))
        << QStringLiteral("brand") << gastritisMd << QStringLiteral("红星牌");
    QTest::newRow("brand in a patient's question")
        << replacing(gastritisJson, QStringLiteral("我胃不舒服好几年了，时好时坏。"),
                     QStringLiteral("我一直吃吗丁啉，时好时坏。"))
        << QStringLiteral("brand") << gastritisJson << QStringLiteral("吗丁啉");
    QTest::newRow("a single medicine by name")
        << replacing(gastritisMd, treatment, QStringLiteral("医生常开奥美拉唑。"))
        << QStringLiteral("drug-name") << gastritisMd << QStringLiteral("奥美拉唑");
    QTest::newRow("promise") << replacing(gastritisMd, treatment,
                                          QStringLiteral("坚持调理可以根治。"))
                             << QStringLiteral("promise") << gastritisMd << QStringLiteral("根治");
    QTest::newRow("a miracle drug")
        << replacing(gastritisMd, treatment, QStringLiteral("这种神药一吃就好。"))
        << QStringLiteral("promise") << gastritisMd << QStringLiteral("神药");
    QTest::newRow("promise in a summary")
        << replacing(gastritisJson, QStringLiteral("症状可以明显减轻。"),
                     QStringLiteral("症状可以永不复发。"))
        << QStringLiteral("promise") << gastritisJson << QStringLiteral("永不复发");
    QTest::newRow("invented study")
        << replacing(gastritisMd, treatment, QStringLiteral("研究表明喝粥养胃。"))
        << QStringLiteral("invented") << gastritisMd << QStringLiteral("研究表明");
    QTest::newRow("invented statistic")
        << replacing(gastritisMd, treatment, QStringLiteral("约有30%的人会复发。"))
        << QStringLiteral("invented") << gastritisMd << QStringLiteral("30%");
    QTest::newRow("a hotline that is not ours")
        << replacing(gastritisMd, treatment, QStringLiteral("可以拨打12345咨询。"))
        << QStringLiteral("hotline") << gastritisMd << QStringLiteral("12345");
    QTest::newRow("web residue") << replacing(gastritisMd, treatment,
                                              QStringLiteral("小编提醒大家注意饮食。"))
                                 << QStringLiteral("artefact") << gastritisMd
                                 << QStringLiteral("小编");
    QTest::newRow("no 去医院 section")
        << replacing(gastritisMd, QStringLiteral("## 什么时候要去医院"),
                     QStringLiteral("## 注意事项"))
        << QStringLiteral("hospital-section") << gastritisJson << QString();
    QTest::newRow("去医院 section without signs") << Plant([](const QString &dir) {
        const QString path = QDir(dir).filePath(QStringLiteral("articles/gastritis-overview.md"));
        replaceIn(path, QStringLiteral("**立即拨打120：**"), QStringLiteral("**注意：**"));
        replaceIn(path, QStringLiteral("**尽快就医：**"), QStringLiteral("**另外：**"));
    }) << QStringLiteral("hospital-section") << gastritisMd
                                                  << QStringLiteral("**注意：**");
    QTest::newRow("去医院 section not last")
        << replacing(
               gastritisMd, QStringLiteral("- 疼痛规律改变，或者体重不明原因地下降\n"),
               QStringLiteral("- 疼痛规律改变，或者体重不明原因地下降\n\n## 怎样治疗\n\n补充。\n"))
        << QStringLiteral("section-order") << gastritisMd << QString();
    QTest::newRow("sections out of order")
        << replacing(gastritisMd, treatment,
                     treatment + QStringLiteral("\n\n## 常见原因\n\n还有胆汁反流。"))
        << QStringLiteral("section-order") << gastritisMd << QStringLiteral("还有胆汁反流");
    QTest::newRow("symptom page without danger signs first")
        << replacing(QStringLiteral("articles/stomach-ache-overview.md"),
                     QStringLiteral("## 先看危险信号"), QStringLiteral("## 概述"))
        << QStringLiteral("danger-first") << QStringLiteral("articles/stomach-ache-overview.md")
        << QString();
    QTest::newRow("first-aid steps without 120")
        << replacing(QStringLiteral("articles/burns-overview.md"),
                     QStringLiteral("，范围大或伤在脸上时立即拨打120"), QString())
        << QStringLiteral("danger-first") << QStringLiteral("articles/burns-overview.md")
        << QStringLiteral("第一步");
    QTest::newRow("first-aid page not opening with the steps")
        << replacing(QStringLiteral("articles/burns-overview.md"), QStringLiteral("## 立即这样做"),
                     QStringLiteral("## 是什么"))
        << QStringLiteral("danger-first") << QStringLiteral("articles/burns-overview.md")
        << QString();
    QTest::newRow("summary too short")
        << editing(
               QStringLiteral("gastritis"),
               [](QJsonObject &t) { t[QStringLiteral("summary")] = QStringLiteral("胃的炎症。"); })
        << QStringLiteral("summary") << gastritisJson << QStringLiteral("胃的炎症。");
    QTest::newRow("summary empty")
        << editing(QStringLiteral("gastritis"),
                   [](QJsonObject &t) { t[QStringLiteral("summary")] = QString(); })
        << QStringLiteral("summary") << gastritisJson << QString();
    QTest::newRow("department summary empty")
        << editing(QStringLiteral("medicine"),
                   [](QJsonObject &t) { t[QStringLiteral("summary")] = QString(); })
        << QStringLiteral("summary") << QStringLiteral("topics/medicine.json") << QString();
    QTest::newRow("answer too short (valid JSON)")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) {
                       QJsonArray questions = t[QStringLiteral("questions")].toArray();
                       questions[2] = question(QStringLiteral("烫伤好了以后会留疤吗？"),
                                               QStringLiteral("一般不会，注意防晒。"));
                       t[QStringLiteral("questions")] = questions;
                   })
        << QStringLiteral("answer") << QStringLiteral("topics/burns.json")
        << QStringLiteral("一般不会，注意防晒。");
    QTest::newRow("fewer than three questions")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) {
                       QJsonArray questions = t[QStringLiteral("questions")].toArray();
                       questions.removeLast();
                       t[QStringLiteral("questions")] = questions;
                   })
        << QStringLiteral("questions") << QStringLiteral("topics/burns.json") << QString();
    QTest::newRow("alias that is another topic's title")
        << editing(QStringLiteral("gastritis"),
                   [](QJsonObject &t) {
                       t[QStringLiteral("aliases")] = QJsonArray{QStringLiteral("胃痛")};
                   })
        << QStringLiteral("alias") << gastritisJson << QStringLiteral("\"胃痛\"");
    QTest::newRow("related topic that does not exist")
        << editing(QStringLiteral("gastritis"),
                   [](QJsonObject &t) {
                       t[QStringLiteral("related")] = QJsonArray{QStringLiteral("no-such-topic")};
                   })
        << QStringLiteral("related") << gastritisJson << QStringLiteral("no-such-topic");
    QTest::newRow("no related topics")
        << editing(QStringLiteral("gastritis"),
                   [](QJsonObject &t) { t[QStringLiteral("related")] = QJsonArray(); })
        << QStringLiteral("related") << gastritisJson << QString();
    QTest::newRow("link to a topic that does not exist")
        << replacing(QStringLiteral("articles/stomach-ache-overview.md"),
                     QStringLiteral("(topic:gastritis)"), QStringLiteral("(topic:nope)"))
        << QStringLiteral("link") << QStringLiteral("articles/stomach-ache-overview.md")
        << QStringLiteral("topic:nope");
    QTest::newRow("department with no topics")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) { t[QStringLiteral("parent")] = QStringLiteral("medicine"); })
        << QStringLiteral("department-empty") << QStringLiteral("topics/emergency.json")
        << QString();
    QTest::newRow("the same question twice")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) {
                       QJsonArray questions = t[QStringLiteral("questions")].toArray();
                       questions.append(
                           question(QStringLiteral("胃炎老是反反复复，是不是好不了了"),
                                    QStringLiteral("这个问题和另一个专题里的问题是同一个意思，只是"
                                                   "少了一个问号。它应当只在一处回答，"
                                                   "放在最合适的专题里，别处用相关专题的链接把读者"
                                                   "带过去，这样读者不会读到两份不一样的回答。")));
                       t[QStringLiteral("questions")] = questions;
                   })
        << QStringLiteral("question-duplicate") << QStringLiteral("topics/gastritis.json")
        << QStringLiteral("胃炎老是反反复复");
    QTest::newRow("an answer repeating another")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) {
                       QJsonArray questions = t[QStringLiteral("questions")].toArray();
                       questions.append(question(
                           QStringLiteral("烫伤以后能吃辣吗？"),
                           QStringLiteral("慢性胃炎确实容易反复，但这并不说明它在变坏。饮食不规律、"
                                          "熬夜、饮酒和情绪紧张都会让症状重新出现。"
                                          "伤口愈合期间饮食清淡一些，多吃蛋白质丰富的食物，伤口红肿"
                                          "流脓时尽快就医。")));
                       t[QStringLiteral("questions")] = questions;
                   })
        << QStringLiteral("answer-repeated") << QStringLiteral("topics/gastritis.json")
        << QStringLiteral("慢性胃炎确实容易反复");
    QTest::newRow("a question without its id")
        << editing(QStringLiteral("burns"),
                   [](QJsonObject &t) {
                       QJsonArray questions = t[QStringLiteral("questions")].toArray();
                       QJsonObject first = questions[0].toObject();
                       first.remove(QStringLiteral("id"));
                       questions[0] = first;
                       t[QStringLiteral("questions")] = questions;
                   })
        << QStringLiteral("question-id") << QStringLiteral("topics/burns.json")
        << QStringLiteral("手被开水烫了起了水泡");
    const QString alerts = QStringLiteral("alerts.json");
    QTest::newRow("alert: a topic that does not exist")
        << replacing(alerts, QStringLiteral("\"topic\": \"stomach-ache\""),
                     QStringLiteral("\"topic\": \"nowhere\""))
        << QStringLiteral("alert") << alerts << QStringLiteral("\"id\": \"stomach-bleeding\"");
    QTest::newRow("alert: an emergency that does not say 120")
        << replacing(alerts, QStringLiteral("请立即拨打120，平躺"),
                     QStringLiteral("请尽快就医，平躺"))
        << QStringLiteral("alert") << alerts << QStringLiteral("\"id\": \"stomach-bleeding\"");
    QTest::newRow("alert: a crisis without the help line")
        << replacing(alerts, QStringLiteral("可以拨打心理援助热线12356；"), QString())
        << QStringLiteral("alert") << alerts << QStringLiteral("\"id\": \"despair\"");
    QTest::newRow("alert: one character alone")
        << replacing(alerts, QStringLiteral("[[\"不想活\", \"想自杀\"]]"),
                     QStringLiteral("[[\"不想活\", \"死\"]]"))
        << QStringLiteral("alert") << alerts << QStringLiteral("\"id\": \"despair\"");
    QTest::newRow("alert: a level that does not exist")
        << replacing(alerts, QStringLiteral("\"level\": \"crisis\""),
                     QStringLiteral("\"level\": \"panic\""))
        << QStringLiteral("format") << alerts << QString();
    QTest::newRow("alert: a vocabulary no rule names")
        << replacing(alerts, QStringLiteral("\"format\": 1,"),
                     QStringLiteral("\"format\": 1, \"vocab\": {\"spare\": [\"胃出血\"]},"))
        << QStringLiteral("alert") << alerts << QStringLiteral("\"spare\"");
    QTest::newRow("alert: a name that is no vocabulary")
        << replacing(alerts, QStringLiteral("[\"吐血\", \"呕血\", \"黑便\"]"),
                     QStringLiteral("[\"@signs\"]"))
        << QStringLiteral("format") << alerts << QString();
    QTest::newRow("an article no topic lists") << Plant([](const QString &dir) {
        QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("articles/stray.md")),
                                QByteArrayLiteral("# 无主文章\n\n## 是什么\n\n文字。\n")));
    }) << QStringLiteral("format") << QStringLiteral("articles/stray.md")
                                               << QString();
}

void TestLint::eachRuleCatchesItsViolation()
{
    QFETCH(Plant, plant);
    QFETCH(QString, rule);
    QFETCH(QString, file);
    QFETCH(QString, marker);
    const QString dir = copyOfFixture();
    QVERIFY(!dir.isEmpty());
    plant(dir);
    if (QTest::currentTestFailed()) {
        return;
    }
    const test::Run run =
        test::runPackTool({QStringLiteral("lint"), dir, QStringLiteral("--json")});
    QCOMPARE(run.status, 1);
    const QList<QJsonObject> found = findings(run.out);
    const QString path = QDir(dir).filePath(file);
    const int line = marker.isEmpty() ? -1 : lineOf(path, marker);
    QVERIFY2(marker.isEmpty() || line > 0, qPrintable(QStringLiteral("no line holds ") + marker));
    const bool caught = std::any_of(found.begin(), found.end(), [&](const QJsonObject &f) {
        return f.value(QStringLiteral("rule")).toString() == rule &&
               QDir::cleanPath(f.value(QStringLiteral("file")).toString()) ==
                   QDir::cleanPath(path) &&
               (line < 0 || f.value(QStringLiteral("line")).toInt() == line);
    });
    QVERIFY2(caught, qPrintable(QStringLiteral("expected %1 at %2:%3, found:\n%4")
                                    .arg(rule, file)
                                    .arg(line)
                                    .arg(describe(found))));
}

// Wording the rules must let through: negated promises, a patient asking for
// one, class names of medicines, amounts that are not doses, numbers we give.
void TestLint::allowedWordingPasses_data()
{
    QTest::addColumn<Plant>("plant");
    const QString md = QStringLiteral("articles/gastritis-overview.md");
    const QString treatment = QStringLiteral("根据原因治疗，需要时在医生指导下使用抑酸药。");
    QTest::newRow("a negated promise")
        << replacing(md, treatment, QStringLiteral("目前还不能根治，不要相信所谓的祖传秘方。"));
    QTest::newRow("a patient asks for a cure")
        << replacing(QStringLiteral("topics/gastritis.json"),
                     QStringLiteral("胃炎老是反反复复，是不是好不了了？"),
                     QStringLiteral("胃炎能根治吗？有没有特效药？"));
    QTest::newRow("a class of medicines")
        << replacing(md, treatment, QStringLiteral("维A酸类药物和头孢类抗生素都要遵医嘱。"));
    QTest::newRow("psychiatric medicines are no miracle drug")
        << replacing(md, treatment, QStringLiteral("精神药品要由医生开具，遵医嘱使用。"));
    QTest::newRow("amounts that are no dose") << replacing(
        md, treatment, QStringLiteral("每天盐不超过5克，刷牙每天两次，按压深度5厘米。"));
    QTest::newRow("the numbers we give")
        << replacing(md, treatment, QStringLiteral("可以拨打心理援助热线12356，危急时拨打120。"));
    QTest::newRow("alert phrases from a vocabulary") << Plant([](const QString &dir) {
        const QString path = QDir(dir).filePath(QStringLiteral("alerts.json"));
        replaceIn(path, QStringLiteral("\"format\": 1,"),
                  QStringLiteral("\"format\": 1, \"vocab\": {\"signs\": [\"吐血\", \"呕血\"]},"));
        replaceIn(path, QStringLiteral("[\"吐血\", \"呕血\", \"黑便\"]"),
                  QStringLiteral("[\"@signs\", \"黑便\"]"));
    });
    QTest::newRow("a threshold in per cent")
        << replacing(md, treatment, QStringLiteral("糖化血红蛋白达到6.5%，用75%的酒精消毒。"));
}

void TestLint::allowedWordingPasses()
{
    QFETCH(Plant, plant);
    const QString dir = copyOfFixture();
    plant(dir);
    const test::Run run =
        test::runPackTool({QStringLiteral("lint"), dir, QStringLiteral("--json")});
    QVERIFY2(run.status == 0, run.out.constData());
}

void TestLint::brokenFileIsOneFindingAndTheRestIsChecked()
{
    const QString dir = copyOfFixture();
    replaceIn(QDir(dir).filePath(QStringLiteral("topics/burns.json")),
              QStringLiteral("\"slug\": \"burns\","), QStringLiteral("\"slug\": \"burns\""));
    replaceIn(QDir(dir).filePath(QStringLiteral("articles/gastritis-overview.md")),
              QStringLiteral("需要时在医生指导下使用抑酸药"), QStringLiteral("可以根治"));
    const test::Run run =
        test::runPackTool({QStringLiteral("lint"), dir, QStringLiteral("--json")});
    QCOMPARE(run.status, 1);
    const QList<QJsonObject> found = findings(run.out);
    QStringList rules;
    for (const QJsonObject &f : found) {
        rules.append(f.value(QStringLiteral("rule")).toString());
    }
    QVERIFY2(rules.contains(QStringLiteral("format")), qPrintable(describe(found)));
    QVERIFY2(rules.contains(QStringLiteral("promise")), qPrintable(describe(found)));
    const auto format = std::find_if(found.begin(), found.end(), [](const QJsonObject &f) {
        return f.value(QStringLiteral("rule")).toString() == QLatin1String("format");
    });
    QVERIFY(format->value(QStringLiteral("file")).toString().endsWith(QLatin1String("burns.json")));
    QCOMPARE(format->value(QStringLiteral("line")).toInt(), 3);
}

void TestLint::packIsCheckedLikeItsSources()
{
    const QString pack = m_dir.filePath(QStringLiteral("clean.qnpack"));
    QVERIFY(test::buildPack(QDir(test::fixturesDir()).filePath(fixture), pack));
    test::Run run = test::runPackTool({QStringLiteral("lint"), pack});
    QVERIFY2(run.status == 0, run.out.constData());

    const QString dir = copyOfFixture();
    replaceIn(QDir(dir).filePath(QStringLiteral("articles/gastritis-overview.md")),
              QStringLiteral("需要时在医生指导下使用抑酸药"), QStringLiteral("每次2片抑酸药"));
    const QString planted = m_dir.filePath(QStringLiteral("planted.qnpack"));
    QVERIFY(test::buildPack(dir, planted));
    run = test::runPackTool({QStringLiteral("lint"), planted});
    QCOMPARE(run.status, 1);
    // Without files, findings name the topic.
    QVERIFY2(run.out.startsWith("gastritis: a dose"), run.out.constData());
    QVERIFY(run.out.trimmed().endsWith("[dose]"));
    QCOMPARE(run.out.trimmed().count('\n'), 0);
}

void TestLint::unreadableInputExitsTwo()
{
    const QString notPack = m_dir.filePath(QStringLiteral("not-a-pack.qnpack"));
    QVERIFY(test::writeFile(notPack, QByteArrayLiteral("hello")));
    const QString noPackJson = m_dir.filePath(QStringLiteral("empty-dir"));
    QVERIFY(QDir().mkpath(noPackJson));
    for (const QString &input : {notPack, noPackJson, m_dir.filePath(QStringLiteral("missing"))}) {
        const test::Run run = test::runPackTool({QStringLiteral("lint"), input});
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count('\n'), 0); // one line
        QVERIFY2(run.err.contains(QFileInfo(input).fileName().toUtf8()), run.err.constData());
    }
    QCOMPARE(test::runPackTool({QStringLiteral("lint")}).status, 2);
}

void TestLint::textOutput()
{
    const QString dir = copyOfFixture();
    const QString md = QDir(dir).filePath(QStringLiteral("articles/gastritis-overview.md"));
    replaceIn(md, QStringLiteral("需要时在医生指导下使用抑酸药"), QStringLiteral("可以根治"));
    const test::Run run = test::runPackTool({QStringLiteral("lint"), dir});
    QCOMPARE(run.status, 1);
    const QString expected =
        QStringLiteral("%1:%2: ").arg(md).arg(lineOf(md, QStringLiteral("可以根治")));
    QVERIFY2(QString::fromUtf8(run.out).startsWith(expected), run.out.constData());
}

// The bundled library's own sources break no rule: the build refuses them
// otherwise, and so does this test, which names what is wrong.
void TestLint::bundledLibraryIsClean()
{
    const test::Run run = test::runPackTool({QStringLiteral("lint"), test::contentDir()});
    QVERIFY2(run.status == 0, run.out.left(4000).constData());
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
