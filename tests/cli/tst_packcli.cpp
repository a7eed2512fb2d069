// SPDX-License-Identifier: MIT
// qingnang-pack as a user runs it: the real executable, its output and exit status.
#include "pack/pack.h"
#include "pack/packschema.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace qingnang;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run packTool(const QStringList &arguments)
{
    Run run;
    run.status = test::runProgram(test::packTool(), arguments, &run.out, &run.err);
    return run;
}

} // namespace

class TestPackCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void infoJsonOnTheBundledPack();
    void infoText();
    void badPacks_data();
    void badPacks();
    void buildsContent();
    void buildRefusesMalformedContent();
    void buildIntoAnUnwritablePlace();
    void usage_data();
    void usage();
    void commandHelp_data();
    void commandHelp();

private:
    QTemporaryDir m_dir;
};

void TestPackCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(test::packTool()));
}

void TestPackCli::infoJsonOnTheBundledPack()
{
    const Run run =
        packTool({QStringLiteral("info"), test::bundledPack(), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QByteArray());
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), schema::version);
    QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("青囊内置内容包"));
    QVERIFY(!info.value(QStringLiteral("content_date")).toString().isEmpty());
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();
    // The library (issue 11): at least 250 topics with content in at least 20
    // departments that hold topics, 250 articles and 750 questions.
    QVERIFY(counts.value(QStringLiteral("topics_with_content")).toInt() >= 250);
    QVERIFY(counts.value(QStringLiteral("departments_with_topics")).toInt() >= 20);
    QVERIFY(counts.value(QStringLiteral("articles")).toInt() >= 250);
    QVERIFY(counts.value(QStringLiteral("questions")).toInt() >= 750);
    QVERIFY(counts.value(QStringLiteral("articles")).toInt() >= 10);
    QVERIFY(counts.value(QStringLiteral("questions")).toInt() >= 40);
    QVERIFY(counts.value(QStringLiteral("answers")).toInt() >= 40);

    const QJsonArray topics = info.value(QStringLiteral("topics")).toArray();
    QCOMPARE(topics.size(), counts.value(QStringLiteral("topics_with_content")).toInt());
    bool seen = false;
    for (const QJsonValue &value : topics) {
        const QJsonObject topic = value.toObject();
        if (topic.value(QStringLiteral("title")).toString() == QStringLiteral("面肌痉挛")) {
            seen = true;
            QCOMPARE(topic.value(QStringLiteral("questions")).toInt(), 12);
            QCOMPARE(topic.value(QStringLiteral("articles")).toInt(), 2);
            QCOMPARE(topic.value(QStringLiteral("path")).toArray(),
                     (QJsonArray{QStringLiteral("内科"), QStringLiteral("神经内科"),
                                 QStringLiteral("面肌痉挛")}));
        }
    }
    QVERIFY(seen);
}

void TestPackCli::infoText()
{
    const Run run = packTool({QStringLiteral("info"), test::bundledPack()});
    QCOMPARE(run.status, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("title:           青囊内置内容包")));
    QVERIFY(text.contains(QStringLiteral("schema version:  %1").arg(schema::version)));
    const PackOpenResult opened = Pack::open(test::bundledPack());
    QVERIFY(opened.pack);
    QVERIFY(text.contains(
        QStringLiteral("questions:       %1").arg(opened.pack->info().counts.questions)));
    QVERIFY(text.contains(QStringLiteral("review:          未经执业医师审核")));
}

void TestPackCli::badPacks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("complaint");

    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("empty.qnpack")), QByteArray()));
    QByteArray noise(32 * 1024, '\0');
    QRandomGenerator generator(7);
    for (char &byte : noise) {
        byte = char(generator.bounded(256));
    }
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("random.qnpack")), noise));
    {
        SqliteDatabase db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("other.sqlite")),
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE places (name TEXT)")));
        SqliteDatabase future;
        QVERIFY(future.open(m_dir.filePath(QStringLiteral("future.qnpack")),
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        QVERIFY(
            future.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId)));
        QVERIFY(future.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::version + 1)));
        QVERIFY(future.exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")));
    }

    QTest::newRow("empty file") << "empty.qnpack"
                                << "the file is empty, not a Qingnang pack";
    QTest::newRow("random bytes") << "random.qnpack"
                                  << "not a Qingnang pack (not an SQLite database)";
    QTest::newRow("another application's SQLite file")
        << "other.sqlite"
        << "not a Qingnang pack (an SQLite database of another application)";
    QTest::newRow("newer schema")
        << QStringLiteral("future.qnpack")
        << QStringLiteral("pack schema version %1 is not supported").arg(schema::version + 1);
    QTest::newRow("missing") << "missing.qnpack"
                             << "no such file";
}

void TestPackCli::badPacks()
{
    QFETCH(QString, name);
    QFETCH(QString, complaint);
    const QString path = m_dir.filePath(name);
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const Run run = packTool(QStringList{QStringLiteral("info"), path} + extra);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QByteArray());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(err.startsWith(QStringLiteral("qingnang-pack: %1: ").arg(path)), qPrintable(err));
        QVERIFY2(err.contains(complaint), qPrintable(err));
    }
}

void TestPackCli::buildsContent()
{
    const QString output = m_dir.filePath(QStringLiteral("built.qnpack"));
    const Run run =
        packTool({QStringLiteral("build"), test::fixturesDir() + QStringLiteral("/content-minimal"),
                  QStringLiteral("-o"), output});
    QCOMPARE(run.status, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(
        QStringLiteral("3 topics, 1 article, 3 questions, 4 answers")));
    // One article, and English that says so (issue 16, item 12): "1 article", not "1 articles".
    const Run info = packTool({QStringLiteral("info"), output});
    QCOMPARE(info.status, 0);
    const QString text = QString::fromUtf8(info.out);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^articles: +1 \\(\\d+ sections?\\)$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b1 [a-z]+s\\b"))),
             qPrintable(text));
}

void TestPackCli::buildRefusesMalformedContent()
{
    const QString content = m_dir.filePath(QStringLiteral("broken-content"));
    QVERIFY(test::copyTree(test::fixturesDir() + QStringLiteral("/content-minimal"), content));
    const QString broken = QDir(content).filePath(QStringLiteral("topics/other.json"));
    QVERIFY(
        test::writeFile(broken, "{\"slug\": \"other\", \"title\": \"o\", \"parent\": \"ghost\"}"));
    const QString outDir = m_dir.filePath(QStringLiteral("broken-out"));
    QVERIFY(QDir().mkpath(outDir));
    const Run run = packTool({QStringLiteral("build"), content, QStringLiteral("-o"),
                              QDir(outDir).filePath(QStringLiteral("x.qnpack"))});
    QCOMPARE(run.status, 2);
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err,
             QStringLiteral("qingnang-pack: %1: parent \"ghost\" is not a topic of this content\n")
                 .arg(broken));
    QCOMPARE(test::filesIn(outDir), QStringList());
}

void TestPackCli::buildIntoAnUnwritablePlace()
{
    const Run run =
        packTool({QStringLiteral("build"), test::fixturesDir() + QStringLiteral("/content-minimal"),
                  QStringLiteral("-o"), QStringLiteral("/proc/qingnang.qnpack")});
    QCOMPARE(run.status, 2);
    QVERIFY2(
        run.err.startsWith("qingnang-pack: /proc/qingnang.qnpack: cannot create a file in /proc"),
        run.err.constData());
}

void TestPackCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    QTest::newRow("nothing") << QStringList() << 2 << QString() << QStringLiteral("usage:");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("build CONTENT_DIR") << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("qingnang-pack " QINGNANG_VERSION) << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("info without a pack") << QStringList{QStringLiteral("info")} << 2 << QString()
                                         << QStringLiteral("usage: qingnang-pack info PACK");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), QStringLiteral("--colour")} << 2 << QString()
        << QStringLiteral("Unknown option 'colour'");
    QTest::newRow("build without output")
        << QStringList{QStringLiteral("build"), QStringLiteral("dir")} << 2 << QString()
        << QStringLiteral("usage: qingnang-pack build CONTENT_DIR -o PACK");
    QTest::newRow("build of a missing directory")
        << QStringList{QStringLiteral("build"), QStringLiteral("/nonexistent/content"),
                       QStringLiteral("-o"), QStringLiteral("/tmp/x.qnpack")}
        << 2 << QString() << QStringLiteral("/nonexistent/content: no such directory");
    QTest::newRow("command help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                                  << 0 << QStringLiteral("--json") << QString();
}

void TestPackCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Run run = packTool(arguments);
    QCOMPARE(run.status, status);
    QVERIFY2(QString::fromUtf8(run.out).contains(stdoutHas), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrHas), run.err.constData());
}

void TestPackCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");

    QTest::newRow("build") << QStringLiteral("build")
                           << QStringLiteral("usage: qingnang-pack build CONTENT_DIR -o PACK");
    QTest::newRow("import") << QStringLiteral("import")
                            << QStringLiteral("usage: qingnang-pack import FORMAT INPUT...");
    QTest::newRow("info") << QStringLiteral("info")
                          << QStringLiteral("usage: qingnang-pack info PACK [--json]");
    QTest::newRow("verify") << QStringLiteral("verify")
                            << QStringLiteral("usage: qingnang-pack verify PACK");
    QTest::newRow("lint") << QStringLiteral("lint")
                          << QStringLiteral("usage: qingnang-pack lint PACK|DIR");
    QTest::newRow("search") << QStringLiteral("search")
                            << QStringLiteral("usage: qingnang-pack search PACK ");
    QTest::newRow("bench") << QStringLiteral("bench")
                           << QStringLiteral("usage: qingnang-pack bench PACK --queries FILE");
}

// A command's --help (issue 16, item 12) starts with its own usage line, the
// command named and no path of the executable, and offers no Qt --help-all.
void TestPackCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Run run = packTool({command, QStringLiteral("--help")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QByteArray());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(usage), qPrintable(text));
    QVERIFY2(!text.contains(test::packTool()), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("help-all")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("-h, --help")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPackCli)
#include "tst_packcli.moc"
