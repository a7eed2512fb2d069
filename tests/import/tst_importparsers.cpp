// SPDX-License-Identifier: MIT
// Each input format's reader on small fixtures written for these tests
// (tests/fixtures/import; GB18030, CRLF and trailing-space variants are made
// here), and on broken inputs: each gives one message naming the file (and
// line where there is one).
#include "import/importparsers.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace qingnang;

namespace {

QByteArray fixture(const QString &path)
{
    QFile file(test::fixturesDir() + QStringLiteral("/import/") + path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(path));
    }
    return file.readAll();
}

QString fixtureText(const QString &path)
{
    return QString::fromUtf8(fixture(path));
}

const test::Parser jsonl = [](const QByteArray &bytes, const QString &file,
                              const ParsedRecordSink &sink, ImportStats *stats,
                              ImportError *error) {
    return parseJsonl(bytes, file, sink, stats, error);
};
const test::Parser huatuo = [](const QByteArray &bytes, const QString &file,
                               const ParsedRecordSink &sink, ImportStats *stats,
                               ImportError *error) {
    return parseHuatuoJson(bytes, file, sink, stats, error);
};
const test::Parser book = [](const QByteArray &bytes, const QString &file,
                             const ParsedRecordSink &sink, ImportStats *stats, ImportError *error) {
    return parseTcmBook(bytes, file, sink, stats, error);
};
test::Parser csv(const QString &department)
{
    return [department](const QByteArray &bytes, const QString &file, const ParsedRecordSink &sink,
                        ImportStats *stats, ImportError *error) {
        return parseDialogueCsv(bytes, file, department, sink, stats, error);
    };
}
test::Parser dump(const QString &department)
{
    return [department](const QByteArray &bytes, const QString &file, const ParsedRecordSink &sink,
                        ImportStats *stats, ImportError *error) {
        return parseDialogueDump(bytes, file, department, sink, stats, error);
    };
}

const QString Digestive = QStringLiteral("消化科");

} // namespace

class TestImportParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonlFixture();
    void jsonlErrors_data();
    void jsonlErrors();
    void jsonlNumericRefs_data();
    void jsonlNumericRefs();
    void dialogueCsvFixture_data();
    void dialogueCsvFixture();
    void dialogueCsvColumnsByName();
    void dialogueCsvErrors_data();
    void dialogueCsvErrors();
    void dialogueDumpFixture();
    void dialogueDumpWithSingleBlankLines();
    void dialogueDumpErrors_data();
    void dialogueDumpErrors();
    void departmentFromFileName_data();
    void departmentFromFileName();
    void huatuoFixture();
    void huatuoErrors_data();
    void huatuoErrors();
    void bookFixture_data();
    void bookFixture();
    void bookWithoutMarkers();
    void bookWithoutMarkersIsCutIntoParts();
    void bookHardWraps_data();
    void bookHardWraps();
    void bookTitles_data();
    void bookTitles();
    void bookSectionsWithOneTitleAreToldApart();
    void emptyBook_data();
    void emptyBook();
    void undetectableEncoding_data();
    void undetectableEncoding();
    void sinkStops();
};

void TestImportParsers::jsonlFixture()
{
    const test::Parsed parsed = test::parse(jsonl, fixture(QStringLiteral("jsonl/sample.jsonl")),
                                            QStringLiteral("in/s.jsonl"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 4);

    const ImportRecord &article = parsed.records.at(0);
    QCOMPARE(article.kind, ImportRecord::Kind::Article);
    QCOMPARE(article.topicPath, (QStringList{QStringLiteral("内科"), QStringLiteral("消化内科"),
                                             QStringLiteral("胃炎")}));
    QCOMPARE(article.title, QStringLiteral("认识慢性胃炎"));
    QVERIFY(article.body.contains(QStringLiteral("\n\n## 常见表现\n\n")));
    QCOMPARE(article.ref, QStringLiteral("a-1"));
    QCOMPARE(article.author, QStringLiteral("编写组"));
    QCOMPARE(article.period, QStringLiteral("2026"));
    QCOMPARE(article.source, QStringLiteral("测试资料"));
    QCOMPARE(article.location, QStringLiteral("in/s.jsonl:1"));

    const ImportRecord &question = parsed.records.at(1);
    QCOMPARE(question.kind, ImportRecord::Kind::Question);
    QCOMPARE(question.answers.size(), 2);
    QCOMPARE(question.ref, QStringLiteral("17")); // a number, kept as text

    const ImportRecord &bare = parsed.records.at(2); // line 4: line 3 is blank
    QCOMPARE(bare.title, QStringLiteral("只有标题的文章"));
    QCOMPARE(bare.body, QString());
    QCOMPARE(bare.location, QStringLiteral("in/s.jsonl:4"));

    const ImportRecord &untitled = parsed.records.at(3);
    QCOMPARE(untitled.title, QString());                 // the cleaner makes one
    QCOMPARE(untitled.ref, QStringLiteral("s.jsonl:5")); // no ref: the line
}

void TestImportParsers::jsonlNumericRefs_data()
{
    QTest::addColumn<QByteArray>("ref");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << QByteArray("17") << QStringLiteral("17");
    QTest::newRow("negative") << QByteArray("-42") << QStringLiteral("-42");
    QTest::newRow("fraction") << QByteArray("12345.5") << QStringLiteral("12345.5");
    QTest::newRow("beyond exact integers")
        << QByteArray("9007199254740993") << QStringLiteral("9007199254740992");
    // Beyond qint64: once converted to qint64 before the range was checked,
    // which is undefined behaviour (fuzz_import_jsonl found it).
    QTest::newRow("beyond qint64") << QByteArray("9.3e18") << QStringLiteral("9.3e+18");
    QTest::newRow("far beyond qint64, negative")
        << QByteArray("-1e300") << QStringLiteral("-1e+300");
    QTest::newRow("the fuzzer's") << QByteArray("34") + QByteArray(108, '5')
                                  << QStringLiteral("3.4555555555555554e+109");
}

void TestImportParsers::jsonlNumericRefs()
{
    QFETCH(QByteArray, ref);
    QFETCH(QString, expected);
    const test::Parsed parsed =
        test::parse(jsonl,
                    QByteArray(R"({"kind":"question","topic":["内科"],"title":"问","ref":)") + ref +
                        QByteArray("}"),
                    QStringLiteral("n.jsonl"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records.first().ref, expected);

    // And the very input the fuzzer wrote (tests/fuzz/regressions), whole.
    const QByteArray regression = test::readFile(
        test::fixturesDir() +
        QStringLiteral("/../fuzz/regressions/fuzz_import_jsonl/ref-beyond-qint64.jsonl"));
    QVERIFY(!regression.isEmpty());
    const test::Parsed replay = test::parse(jsonl, regression, QStringLiteral("r.jsonl"));
    QVERIFY2(replay.ok, qPrintable(replay.error.message));
    QCOMPARE(replay.records.size(), 2);
    QCOMPARE(replay.records.at(1).ref, QStringLiteral("3.4555555555555554e+109"));
}

void TestImportParsers::jsonlErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QByteArray good = R"({"kind":"question","topic":["内科"],"title":"好的一行"})"
                            "\n";
    QTest::newRow("a broken line")
        << good + good + QByteArray(R"({"kind":"question","topic":["内科"],"title":"断了)") + "\n" +
               good
        << QStringLiteral("in/b.jsonl:3: invalid JSON (unterminated string at column 46)");
    QTest::newRow("not an object")
        << good + "[1,2]\n"
        << QStringLiteral("in/b.jsonl:2: expected a JSON object, found an array");
    QTest::newRow("a bare value") << QByteArray("\n\n42\n")
                                  << QStringLiteral(
                                         "in/b.jsonl:3: invalid JSON (illegal value at column 2)");
    QTest::newRow("no kind")
        << QByteArray(R"({"topic":["内科"]})")
        << QStringLiteral("in/b.jsonl:1: \"kind\" is missing (\"article\" or \"question\")");
    QTest::newRow("unknown kind")
        << QByteArray(R"({"kind":"faq","topic":["内科"]})")
        << QStringLiteral("in/b.jsonl:1: \"kind\" must be \"article\" or \"question\"");
    const QString topic =
        QStringLiteral("in/b.jsonl:1: \"topic\" must be an array of 1 to 8 non-empty strings");
    QTest::newRow("no topic")
        << QByteArray(R"({"kind":"article"})")
        << QStringLiteral(
               "in/b.jsonl:1: \"topic\" is missing (an array of 1 to 8 non-empty strings)");
    QTest::newRow("topic a string") << QByteArray(R"({"kind":"article","topic":"内科"})") << topic;
    QTest::newRow("topic empty") << QByteArray(R"({"kind":"article","topic":[]})") << topic;
    QTest::newRow("topic of 9")
        << QByteArray(R"({"kind":"article","topic":["1","2","3","4","5","6","7","8","9"]})")
        << topic;
    QTest::newRow("topic with an empty name")
        << QByteArray(R"({"kind":"article","topic":["内科"," "]})") << topic;
    QTest::newRow("topic with an invisible name")
        << QByteArray("{\"kind\":\"article\",\"topic\":[\"\xE2\x80\x8B\"]}") << topic;
    QTest::newRow("topic with a number")
        << QByteArray(R"({"kind":"article","topic":["内科",3]})") << topic;
    QTest::newRow("title a number")
        << QByteArray(R"({"kind":"article","topic":["内科"],"title":5})")
        << QStringLiteral("in/b.jsonl:1: \"title\" must be a string, not a number");
    QTest::newRow("body an array")
        << QByteArray(R"({"kind":"article","topic":["内科"],"body":["x"]})")
        << QStringLiteral("in/b.jsonl:1: \"body\" must be a string, not an array");
    QTest::newRow("answers a string")
        << QByteArray(R"({"kind":"question","topic":["内科"],"answers":"是"})")
        << QStringLiteral("in/b.jsonl:1: \"answers\" must be an array of strings");
    QTest::newRow("answers with a number")
        << QByteArray(R"({"kind":"question","topic":["内科"],"answers":["是",1]})")
        << QStringLiteral("in/b.jsonl:1: \"answers\" must be an array of strings");
    QTest::newRow("answers to an article")
        << QByteArray(R"({"kind":"article","topic":["内科"],"answers":["是"]})")
        << QStringLiteral("in/b.jsonl:1: \"answers\" is only for questions (this is an article)");
    QTest::newRow("ref an object")
        << QByteArray(R"({"kind":"article","topic":["内科"],"ref":{}})")
        << QStringLiteral("in/b.jsonl:1: \"ref\" must be a string or a number, not an object");
    QTest::newRow("author a boolean")
        << QByteArray(R"({"kind":"article","topic":["内科"],"author":true})")
        << QStringLiteral("in/b.jsonl:1: \"author\" must be a string, not true or false");
    QTest::newRow("GB18030 is not JSON")
        << test::gb18030(QString::fromUtf8(good).repeated(50))
        << QStringLiteral("in/b.jsonl: is not valid UTF-8 (more than 1 undecodable byte "
                          "sequences; JSON input must be UTF-8)");
}

void TestImportParsers::jsonlErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const test::Parsed parsed = test::parse(jsonl, bytes, QStringLiteral("in/b.jsonl"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.message, message);
}

void TestImportParsers::dialogueCsvFixture_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = fixtureText(QStringLiteral("dialogue/样例_消化科1-6.csv"));
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("GB18030") << test::gb18030(text);
    QTest::newRow("GB18030, CRLF") << test::withCrlf(test::gb18030(text));
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

void TestImportParsers::dialogueCsvFixture()
{
    QFETCH(QByteArray, bytes);
    const test::Parsed parsed = test::parse(csv(Digestive), bytes, QStringLiteral("d/样例.csv"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 5);
    QCOMPARE(parsed.stats.repairedEncoding, 0);

    const ImportRecord &first = parsed.records.at(0);
    QCOMPARE(first.kind, ImportRecord::Kind::Question);
    QCOMPARE(first.topicPath, (QStringList{Digestive, QStringLiteral("胃肠组")}));
    QCOMPARE(first.title, QStringLiteral("饭后胃胀怎么办？"));
    QCOMPARE(first.body, QStringLiteral("最近一个月吃完饭总觉得胃胀，偶尔反酸，需要做检查吗？"));
    QCOMPARE(first.answers.size(), 1);
    QCOMPARE(first.ref, QStringLiteral("样例.csv:2"));
    QCOMPARE(first.location, QStringLiteral("d/样例.csv:2"));

    const ImportRecord &quoted = parsed.records.at(1);
    QCOMPARE(quoted.title, QStringLiteral("便秘,能多吃香蕉吗"));
    QVERIFY(quoted.answers.at(0).contains(QStringLiteral("运动。\n如果便秘")));
    QCOMPARE(quoted.ref, QStringLiteral("样例.csv:3"));

    const ImportRecord &escaped = parsed.records.at(2); // after a two-line field
    QCOMPARE(escaped.ref, QStringLiteral("样例.csv:5"));
    QVERIFY(escaped.body.endsWith(QStringLiteral("我平时偶尔喝酒，\"严重吗\"？")));

    const ImportRecord &noDepartment = parsed.records.at(4);
    QCOMPARE(noDepartment.topicPath, QStringList{Digestive});
    QCOMPARE(noDepartment.answers, QStringList());
}

void TestImportParsers::dialogueCsvColumnsByName()
{
    const QByteArray bytes = "Answer,extra,TITLE, ask ,Department\n"
                             "多休息。,忽略,头痛,头痛两天了,神经组\n";
    const test::Parsed parsed = test::parse(csv(Digestive), bytes, QStringLiteral("x.csv"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 1);
    const ImportRecord &record = parsed.records.at(0);
    QCOMPARE(record.topicPath, (QStringList{Digestive, QStringLiteral("神经组")}));
    QCOMPARE(record.title, QStringLiteral("头痛"));
    QCOMPARE(record.body, QStringLiteral("头痛两天了"));
    QCOMPARE(record.answers, QStringList{QStringLiteral("多休息。")});
}

void TestImportParsers::dialogueCsvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString text = fixtureText(QStringLiteral("dialogue/样例_消化科1-6.csv"));
    // Cut in the middle of the quoted two-line answer of line 3.
    const QString cut = text.left(text.indexOf(QStringLiteral("如果便秘")));
    QTest::newRow("cut mid-record")
        << test::gb18030(cut)
        << QStringLiteral("d/cut.csv:3: the file ends inside a quoted field (cut mid-record?)");
    QTest::newRow("a row with too few fields")
        << QByteArray("department,title,ask,answer\na,b,c,d\n\na,b,c\n")
        << QStringLiteral("d/cut.csv:4: expected 4 fields, found 3");
    QTest::newRow("a row with too many fields")
        << QByteArray("department,title,ask,answer,note\na,b,c,d,e,f\n")
        << QStringLiteral("d/cut.csv:2: expected 5 fields, found 6");
    QTest::newRow("missing columns")
        << QByteArray("department,title,question,reply\na,b,c,d\n")
        << QStringLiteral("d/cut.csv:1: the header row lacks the columns \"ask\", \"answer\" (it "
                          "needs department,title,ask,answer)");
    QTest::newRow("no header at all")
        << QByteArray("\n\n")
        << QStringLiteral(
               "d/cut.csv: the file is empty (expected a header row: department,title,ask,answer)");
}

void TestImportParsers::dialogueCsvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const test::Parsed parsed = test::parse(csv(Digestive), bytes, QStringLiteral("d/cut.csv"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.message, message);
}

void TestImportParsers::dialogueDumpFixture()
{
    const QString text = fixtureText(QStringLiteral("dialogue/消化科.txt"));
    const test::Parsed parsed =
        test::parse(dump(Digestive), test::gb18030(text), QStringLiteral("d/消化科.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 4);

    const ImportRecord &first = parsed.records.at(0);
    QCOMPARE(first.topicPath, QStringList{Digestive});
    QCOMPARE(first.title, QStringLiteral("饭后胃胀怎么办？"));
    QCOMPARE(first.body, QStringLiteral("最近一个月吃完饭总觉得胃胀，偶尔反酸，需要做检查吗？"));
    QCOMPARE(first.answers.size(), 1);
    QCOMPARE(first.ref, QStringLiteral("消化科.txt:1"));

    // An answer of two paragraphs: records are separated by two blank lines.
    const ImportRecord &second = parsed.records.at(1);
    QCOMPARE(second.ref, QStringLiteral("消化科.txt:5"));
    QCOMPARE(second.answers,
             QStringList{QStringLiteral("反复口腔溃疡可能与睡眠不足、精神紧张或缺少某些维生素有关。"
                                        "\n\n如果溃疡超过三周还不愈合，应到口腔科检查。")});

    const ImportRecord &unanswered = parsed.records.at(2);
    QCOMPARE(unanswered.title, QStringLiteral("只有标题和问题"));
    QCOMPARE(unanswered.answers, QStringList());
    QCOMPARE(parsed.records.at(3).title, QStringLiteral("打嗝停不下来"));
}

void TestImportParsers::dialogueDumpWithSingleBlankLines()
{
    // No two blank lines anywhere: one separates records. The first comma
    // splits the title from the question; none: all of it is the title.
    const QByteArray bytes = "头晕,蹲下站起来就头晕,还眼前发黑\n可能是体位性低血压。\n\n"
                             "没有逗号的一行\n回答\n";
    const test::Parsed parsed = test::parse(dump(Digestive), bytes, QStringLiteral("x.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 2);
    QCOMPARE(parsed.records.at(0).title, QStringLiteral("头晕"));
    QCOMPARE(parsed.records.at(0).body, QStringLiteral("蹲下站起来就头晕,还眼前发黑"));
    QCOMPARE(parsed.records.at(1).title, QStringLiteral("没有逗号的一行"));
    QCOMPARE(parsed.records.at(1).body, QString());
    QCOMPARE(parsed.records.at(1).ref, QStringLiteral("x.txt:4"));
}

void TestImportParsers::dialogueDumpErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString text = fixtureText(QStringLiteral("dialogue/消化科.txt"));
    // Cut after the last record's first line: its answer is missing.
    const QString cut = text.left(text.indexOf(QStringLiteral("可以试着屏住呼吸")));
    QTest::newRow("cut before the last answer")
        << test::gb18030(cut)
        << QStringLiteral(
               "d/cut.txt:14: the last record has no answer line (the file was cut mid-record?)");
    QTest::newRow("a single line")
        << QByteArray("标题,问题")
        << QStringLiteral(
               "d/cut.txt:1: the last record has no answer line (the file was cut mid-record?)");
}

void TestImportParsers::dialogueDumpErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const test::Parsed parsed = test::parse(dump(Digestive), bytes, QStringLiteral("d/cut.txt"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.message, message);
}

void TestImportParsers::departmentFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("department");

    QTest::newRow("sample csv") << QStringLiteral("/data/样例_内科5000-6000.csv")
                                << QStringLiteral("内科");
    QTest::newRow("dump") << QStringLiteral("内科.txt") << QStringLiteral("内科");
    QTest::newRow("the last run") << QStringLiteral("儿科_2024_呼吸科.csv")
                                  << QStringLiteral("呼吸科");
    QTest::newRow("a dot in the name") << QStringLiteral("a.外科.v2.csv") << QStringLiteral("外科");
    QTest::newRow("no Chinese") << QStringLiteral("dialogue-01.csv") << QStringLiteral("未分科");
    QTest::newRow("Chinese in the directory only")
        << QStringLiteral("/内科/data.csv") << QStringLiteral("未分科");
}

void TestImportParsers::departmentFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, department);
    QCOMPARE(qingnang::departmentFromFileName(fileName), department);
}

void TestImportParsers::huatuoFixture()
{
    const test::Parsed parsed = test::parse(huatuo, fixture(QStringLiteral("huatuo/sample.json")),
                                            QStringLiteral("h/sample.json"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 4);
    for (const ImportRecord &record : parsed.records) {
        QCOMPARE(record.kind, ImportRecord::Kind::Question);
        QCOMPARE(record.topicPath, QStringList{QStringLiteral("患者问答")});
    }

    const ImportRecord &fever = parsed.records.at(0);
    QCOMPARE(fever.title, QStringLiteral("孩子发烧到38.5度，需要马上吃退烧药吗？")); // short
    QCOMPARE(fever.body, fever.title);
    QCOMPARE(fever.ref, QStringLiteral("sample.json#1")); // empty id
    QCOMPARE(fever.location, QStringLiteral("h/sample.json#1"));
    QVERIFY(fever.answers.at(0).contains(QStringLiteral("<br>"))); // raw: the cleaner removes it

    const ImportRecord &sleep = parsed.records.at(1);
    QCOMPARE(sleep.title,
             QStringLiteral("长期失眠，晚上总是两三点才能睡着，白天没有精神，工作也受到影响，"
                            "已经持续半年了。")); // the first sentence
    QVERIFY(sleep.body.endsWith(QStringLiteral("改善睡眠的办法？\n\n女，35岁"))); // + input
    QCOMPARE(sleep.answers.size(), 1);                                            // "" dropped
    QCOMPARE(sleep.ref, QStringLiteral("q-2"));

    const ImportRecord &dry = parsed.records.at(2); // no sentence end in 60: cut
    QCOMPARE(dry.title.size(), 61);
    QVERIFY(dry.title.endsWith(QChar(0x2026)));
    QCOMPARE(dry.ref, QStringLiteral("3")); // a numeric id
    QCOMPARE(dry.answers.size(), 1);        // "output" as a string
}

void TestImportParsers::huatuoErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid JSON, with its line")
        << QByteArray("[\n  {\"id\": \"1\",\n   \"instruction\": [\"问\"]\n   \"output\": []}\n]")
        << QStringLiteral("h/bad.json:4: invalid JSON (unterminated object at column 5)");
    QTest::newRow("cut off")
        << QByteArray("[\n  {\"id\": \"1\", \"instruction\": [\"问")
        << QStringLiteral("h/bad.json:2: invalid JSON (unterminated string at column 33)");
    QTest::newRow("an object, not an array")
        << QByteArray("{\"id\": \"1\"}")
        << QStringLiteral("h/bad.json: expected a JSON array of questions, found an object");
    QTest::newRow("an element not an object")
        << QByteArray(R"([{"instruction": "问", "output": ["答"]}, 7])")
        << QStringLiteral("h/bad.json: element 2 of the array is a number, not an object");
    QTest::newRow("instruction a number")
        << QByteArray(R"([{"instruction": 1}])")
        << QStringLiteral("h/bad.json: element 1: \"instruction\" must be a string or an array "
                          "of strings, not a number");
    QTest::newRow("output with an object")
        << QByteArray(R"([{"instruction": "问", "output": [{}]}])")
        << QStringLiteral("h/bad.json: element 1: \"output\" must be a string or an array of "
                          "strings, not an array");
    QTest::newRow("id a list")
        << QByteArray(R"([{"id": [], "instruction": "问"}])")
        << QStringLiteral(
               "h/bad.json: element 1: \"id\" must be a string or a number, not an array");
}

void TestImportParsers::huatuoErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const test::Parsed parsed = test::parse(huatuo, bytes, QStringLiteral("h/bad.json"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.message, message);
}

void TestImportParsers::bookFixture_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = fixtureText(QStringLiteral("books/001-示例本草.txt"));
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("GB18030, trailing spaces") << test::gb18030(test::withTrailingSpaces(text));
    QTest::newRow("GB18030, CRLF, trailing spaces")
        << test::withCrlf(test::gb18030(test::withTrailingSpaces(text)));
}

void TestImportParsers::bookFixture()
{
    QFETCH(QByteArray, bytes);
    const test::Parsed parsed = test::parse(book, bytes, QStringLiteral("b/001-示例本草.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 5);
    for (const ImportRecord &record : parsed.records) {
        QCOMPARE(record.kind, ImportRecord::Kind::Article);
        QCOMPARE(record.topicPath,
                 (QStringList{QStringLiteral("中医古籍"), QStringLiteral("示例本草")}));
        QCOMPARE(record.author, QStringLiteral("无名氏"));
        QCOMPARE(record.period, QStringLiteral("清"));
        QCOMPARE(record.source, QStringLiteral("示例本草"));
    }
    const ImportRecord &mungBean = parsed.records.at(0);
    QCOMPARE(mungBean.title, QStringLiteral("绿豆"));
    QCOMPARE(mungBean.body,
             QStringLiteral("绿豆味甘，性凉，无毒。夏天暑热烦渴的时候，煮汤放凉以后慢慢饮用，"
                            "可以解暑，不宜一次喝得太多，脾胃虚寒的人少用为好。\n\n"
                            "又方：绿豆与百合同煮，加少许冰糖。"));
    QCOMPARE(mungBean.ref, QStringLiteral("001-示例本草.txt:11"));
    QCOMPARE(mungBean.location, QStringLiteral("b/001-示例本草.txt:11"));

    const ImportRecord &coix = parsed.records.at(1);
    QCOMPARE(coix.title, QStringLiteral("薏苡仁"));
    QCOMPARE(coix.body,
             QStringLiteral("薏苡仁味甘淡，性微寒。能健脾，能利湿，可以煮粥常常食用，也可以和山药、"
                            "莲子一起煮，味道更好，久服身体轻健。\n\n"
                            "1．与山药同煮，适合脾虚的人。\n\n"
                            "2．与赤小豆同煮，适合湿重的人。\n\n"
                            "凡是用薏苡仁，先要拣去杂质，用清水淘洗干净，再用温水浸泡一个时辰，"
                            "然后下锅，这样容易煮烂。"));

    QCOMPARE(parsed.records.at(2).title, QStringLiteral("第3篇")); // no name
    QVERIFY(parsed.records.at(2).body.startsWith(QStringLiteral("这一篇没有篇名")));

    const ImportRecord &ginger = parsed.records.at(3); // a title and no text
    QCOMPARE(ginger.title, QStringLiteral("生姜"));
    QCOMPARE(ginger.body, QString());

    // The book markers stay for the cleaner; the comma line joins the one before.
    const ImportRecord &radish = parsed.records.at(4);
    QCOMPARE(
        radish.body,
        QStringLiteral("白萝卜\\x俗名莱菔\\x味辛甘，性凉。\\r萝卜\\pfig12.bmp\\r生食可以清热生津，"
                       "熟食可以消食下气，秋冬时节最为当令，家家都可以常备一些，"
                       "煮汤、做菜都很方便。"));
}

void TestImportParsers::bookWithoutMarkers()
{
    const QString text = fixtureText(QStringLiteral("books/002-无标记医话.txt"));
    const test::Parsed parsed =
        test::parse(book, test::gb18030(text), QStringLiteral("b/002-无标记医话.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 1);
    const ImportRecord &part = parsed.records.at(0);
    QCOMPARE(part.topicPath,
             (QStringList{QStringLiteral("中医古籍"), QStringLiteral("无标记医话")}));
    QCOMPARE(part.title, QStringLiteral("第1部分"));
    QCOMPARE(part.author, QString());
    QCOMPARE(part.ref, QStringLiteral("002-无标记医话.txt:1"));
    QVERIFY(part.body.startsWith(QStringLiteral("中医小站\n\n无标记医话\n\n清·佚名\n\n这本小书")));
    QVERIFY(part.body.endsWith(QStringLiteral("\n\n第三段只是一句话。")));
}

void TestImportParsers::bookWithoutMarkersIsCutIntoParts()
{
    // 30 paragraphs of 1,000 characters, and one of 20,000 without a break.
    QString text;
    for (int i = 0; i < 30; ++i) {
        text += QString(999, QChar(0x6587)) + QStringLiteral("。\n\n");
    }
    for (int i = 0; i < 2000; ++i) {
        text += QStringLiteral("一句话九个字而已。");
        text += QStringLiteral("补");
    }
    const test::Parsed parsed = test::parse(book, text.toUtf8(), QStringLiteral("long.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QString joined;
    for (qsizetype i = 0; i < parsed.records.size(); ++i) {
        const ImportRecord &part = parsed.records.at(i);
        QCOMPARE(part.title, QStringLiteral("第%1部分").arg(i + 1));
        QVERIFY2(part.body.size() <= 8000, qPrintable(QString::number(part.body.size())));
        QVERIFY(part.body.size() >= 4000 || i == parsed.records.size() - 1);
        joined += part.body;
    }
    QCOMPARE(parsed.records.at(0).body.count(QStringLiteral("\n\n")), 6); // 7 whole paragraphs
    QCOMPARE(parsed.records.at(1).ref, QStringLiteral("long.txt:15"));
    QString expected = text;
    expected.remove(QLatin1Char('\n'));
    joined.remove(QLatin1Char('\n'));
    QCOMPARE(joined, expected); // nothing lost
}

void TestImportParsers::bookHardWraps_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("body");

    // The test adds a section of 12 lines of 28 characters (56 columns), so
    // that the book counts as hard-wrapped at 56 columns.
    const QString full = QString(28, QChar(0x7532)); // a full line
    const QString fullEnd = QString(27, QChar(0x7532)) + QStringLiteral("。");
    const QString half = QString(18, QChar(0x4E59)); // 36 columns: 64%
    const QString halfEnd = QString(17, QChar(0x4E59)) + QStringLiteral("。");
    const QString shortLine = QString(5, QChar(0x4E19));

    QTest::newRow("a full line goes on") << QStringList{full, shortLine} << full + shortLine;
    QTest::newRow("a full line ending a sentence goes on")
        << QStringList{fullEnd, shortLine} << fullEnd + shortLine;
    QTest::newRow("a 64% line stopping mid-sentence goes on")
        << QStringList{half, shortLine} << half + shortLine;
    QTest::newRow("a 64% line ending a sentence ends")
        << QStringList{halfEnd, shortLine} << halfEnd + QStringLiteral("\n\n") + shortLine;
    QTest::newRow("a short line ends")
        << QStringList{shortLine, shortLine} << shortLine + QStringLiteral("\n\n") + shortLine;
    QTest::newRow("a comma at the start goes on from a short line")
        << QStringList{shortLine, QStringLiteral("，") + shortLine}
        << shortLine + QStringLiteral("，") + shortLine;
    QTest::newRow("a numbered line starts a paragraph")
        << QStringList{full, QStringLiteral("2．") + shortLine}
        << full + QStringLiteral("\n\n2．") + shortLine;
    QTest::newRow("一、 starts a paragraph")
        << QStringList{full, QStringLiteral("一、") + shortLine}
        << full + QStringLiteral("\n\n一、") + shortLine;
    QTest::newRow("（三） starts a paragraph")
        << QStringList{full, QStringLiteral("（三）") + shortLine}
        << full + QStringLiteral("\n\n（三）") + shortLine;
    QTest::newRow("an indent starts a paragraph")
        << QStringList{full, QStringLiteral("\u3000\u3000") + shortLine}
        << full + QStringLiteral("\n\n") + shortLine;
    QTest::newRow("a blank line is a paragraph break")
        << QStringList{full, QString(), shortLine} << full + QStringLiteral("\n\n") + shortLine;
    QTest::newRow("trailing spaces do not count")
        << QStringList{half + QStringLiteral("   \u3000"), shortLine} << half + shortLine;
    QTest::newRow("a second 属性： starts a paragraph")
        << QStringList{full, QStringLiteral("属性：") + shortLine}
        << full + QStringLiteral("\n\n") + shortLine;
}

void TestImportParsers::bookHardWraps()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, body);

    QStringList text{QStringLiteral("<目录>卷一"),
                     QStringLiteral("<篇名>甲"),
                     QStringLiteral("内容：") + lines.join(QLatin1Char('\n')),
                     QString(),
                     QStringLiteral("<目录>卷一"),
                     QStringLiteral("<篇名>填充"),
                     QStringLiteral("内容：")};
    for (int i = 0; i < 12; ++i) {
        text.append(QString(27, QChar(0x5B57)) + QStringLiteral("，"));
    }
    const test::Parsed parsed =
        test::parse(book, text.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("w.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 2);
    QCOMPARE(parsed.records.at(0).body, body);
}

void TestImportParsers::bookTitles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bookTitle");
    QTest::addColumn<QString>("firstTitle");

    QTest::newRow("书名 wins over the first <篇名>")
        << QStringLiteral("010-甲.txt")
        << QStringLiteral(
               "<篇名>篇名里的书\n书名：书名里的书\n作者： 某甲 \n\n<目录>\n<篇名>一\n内容：文")
        << QStringLiteral("书名里的书") << QStringLiteral("一");
    QTest::newRow("no 书名: the header's <篇名>")
        << QStringLiteral("010-甲.txt")
        << QStringLiteral("<篇名>篇名里的书\n作者：某甲\n朝代：清\n<目录>\n<篇名>一\n内容：文")
        << QStringLiteral("篇名里的书") << QStringLiteral("一");
    QTest::newRow("a leading <篇名> alone names the book")
        << QStringLiteral("010-甲.txt")
        << QStringLiteral("<篇名>只有书名\n\n<目录>\n<篇名>一\n内容：文")
        << QStringLiteral("只有书名") << QStringLiteral("一");
    QTest::newRow("a leading <篇名> with text is a section, and the title")
        << QStringLiteral("010-甲.txt")
        << QStringLiteral("<篇名>开篇\n内容：文\n<篇名>二\n内容：文") << QStringLiteral("开篇")
        << QStringLiteral("开篇");
    QTest::newRow("a <篇名> after a <目录> is a section; the file names the book")
        << QStringLiteral("190-毓麟验方.txt")
        << QStringLiteral("\n<目录>毓麟验方\n\n<篇名>正文\n文字") << QStringLiteral("毓麟验方")
        << QStringLiteral("正文");
    QTest::newRow("no markers: the file name without NNN-")
        << QStringLiteral("dir/123-某某医话.txt") << QStringLiteral("一段话。")
        << QStringLiteral("某某医话") << QStringLiteral("第1部分");
    QTest::newRow("a file name that is all number")
        << QStringLiteral("123.txt") << QStringLiteral("一段话。") << QStringLiteral("123")
        << QStringLiteral("第1部分");
}

void TestImportParsers::bookTitles()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, bookTitle);
    QFETCH(QString, firstTitle);

    const test::Parsed parsed = test::parse(book, text.toUtf8(), fileName);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QVERIFY(!parsed.records.isEmpty());
    QCOMPARE(parsed.records.at(0).topicPath.value(1), bookTitle);
    QCOMPARE(parsed.records.at(0).source, bookTitle);
    QCOMPARE(parsed.records.at(0).title, firstTitle);
}

// Nine sections of 金匮翼 are all called 卒中八法 (issue 16, item 7): a title that
// repeats adds the chapter where the chapters differ and the number where not;
// a section repeated word for word keeps its first copy's title (and so stays a
// duplicate that the importer skips).
void TestImportParsers::bookSectionsWithOneTitleAreToldApart()
{
    const QString text = QStringLiteral("<目录>卷一\\中风统论\n<篇名>卒中八法\n属性：开\n"
                                        "<目录>卷一\\中风统论\n<篇名>卒中八法\n属性：固\n"
                                        "<目录>卷一\\中风统论\n<篇名>总论\n属性：论\n"
                                        "<目录>卷一\\诸湿\n<篇名>方\n属性：甲\n"
                                        "<目录>卷二\\诸燥\n<篇名>方\n属性：乙\n"
                                        "<目录>卷二\\诸燥\n<篇名>方\n属性：丙\n"
                                        "<目录>卷一\\中风统论\n<篇名>卒中八法\n属性：开\n");
    const test::Parsed parsed = test::parse(book, text.toUtf8(), QStringLiteral("205-某书.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QStringList titles;
    for (const ImportRecord &record : parsed.records) {
        titles.append(record.title);
    }
    QCOMPARE(titles,
             (QStringList{QStringLiteral("卒中八法（第1篇）"), QStringLiteral("卒中八法（第2篇）"),
                          QStringLiteral("总论"), QStringLiteral("方（诸湿）"),
                          QStringLiteral("方（诸燥·第1篇）"), QStringLiteral("方（诸燥·第2篇）"),
                          QStringLiteral("卒中八法（第1篇）")}));
}

void TestImportParsers::emptyBook_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\r\n \r\n\t\n");
    QTest::newRow("a header only") << QByteArray("<篇名>空书\n书名：空书\n作者：某\n");
}

void TestImportParsers::emptyBook()
{
    // One record with nothing in it: the cleaner counts it as skipped, empty.
    QFETCH(QByteArray, bytes);
    const test::Parsed parsed = test::parse(book, bytes, QStringLiteral("b/空.txt"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.message));
    QCOMPARE(parsed.records.size(), 1);
    ImportRecord record = parsed.records.at(0);
    ImportStats stats;
    QCOMPARE(RecordCleaner().clean(&record, &stats), RecordCleaner::Outcome::SkipEmpty);
}

void TestImportParsers::undetectableEncoding_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("dialogue csv") << 0 << QStringLiteral("d/乱码.csv");
    QTest::newRow("dialogue dump") << 1 << QStringLiteral("d/乱码.txt");
    QTest::newRow("book") << 2 << QStringLiteral("b/乱码.txt");
}

void TestImportParsers::undetectableEncoding()
{
    QFETCH(int, format);
    QFETCH(QString, fileName);
    // Latin-1 text with accents and bytes that neither encoding reads.
    QByteArray bytes;
    for (int i = 0; i < 200; ++i) {
        bytes += "caf\xE9 na\xEFve \xFF\xFE\x80 ";
    }
    const test::Parser parsers[] = {csv(Digestive), dump(Digestive), book};
    const test::Parsed parsed = test::parse(parsers[format], bytes, fileName);
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.message,
             fileName + QStringLiteral(": cannot detect the text encoding (neither UTF-8 nor "
                                       "GB18030)"));
    QVERIFY(parsed.records.isEmpty());
}

void TestImportParsers::sinkStops()
{
    const QByteArray bytes = fixture(QStringLiteral("jsonl/sample.jsonl"));
    int calls = 0;
    ImportStats stats;
    ImportError error;
    const bool ok = parseJsonl(
        bytes, QStringLiteral("s.jsonl"), [&](ImportRecord &) { return ++calls < 2; }, &stats,
        &error);
    QVERIFY(!ok);
    QCOMPARE(calls, 2);
    QCOMPARE(error.message, QString());
}

QTEST_GUILESS_MAIN(TestImportParsers)
#include "tst_importparsers.moc"
