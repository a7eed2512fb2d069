// SPDX-License-Identifier: MIT
// The qingnang executable itself: bad packs on the command line are reported
// and skipped, and the window comes up on the bundled pack regardless.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

using namespace qingnang;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badPacksAreReportedAndSkipped();
    void rememberedPacksOpenAtStart();
    void startsWhereTheReaderLeftOff_data();
    void startsWhereTheReaderLeftOff();
    void opensPacksGivenAsArguments_data();
    void opensPacksGivenAsArguments();
    void versionAndUsage_data();
    void versionAndUsage();
    void withoutADisplay();

private:
    QTemporaryDir m_dir;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("empty.qnpack")), QByteArray()));
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(99);
    for (char &byte : noise) {
        byte = char(generator.bounded(256));
    }
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("random.qnpack")), noise));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_dir.filePath(QStringLiteral("other.db"))).constData(),
                          &db),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

void TestStartup::badPacksAreReportedAndSkipped()
{
    const QStringList bad{m_dir.filePath(QStringLiteral("empty.qnpack")),
                          m_dir.filePath(QStringLiteral("random.qnpack")),
                          m_dir.filePath(QStringLiteral("other.db"))};
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qingnang.startup.info=true"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments;
    for (const QString &path : bad) {
        arguments << QStringLiteral("--pack") << path;
    }
    app.start(test::appExecutable(), arguments);
    QVERIFY(app.waitForStarted());

    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    QCOMPARE(app.state(), QProcess::Running);
    QTest::qWait(300);
    QCOMPARE(app.state(), QProcess::Running); // still reading, not exited or crashed

    const QString log = QString::fromUtf8(err);
    QVERIFY2(
        log.contains(
            QStringLiteral("qingnang: %1: the file is empty, not a Qingnang pack").arg(bad[0])),
        qPrintable(log));
    QVERIFY(log.contains(
        QStringLiteral("qingnang: %1: not a Qingnang pack (not an SQLite database)").arg(bad[1])));
    QVERIFY(log.contains(
        QStringLiteral(
            "qingnang: %1: not a Qingnang pack (an SQLite database of another application)")
            .arg(bad[2])));
    QVERIFY(log.contains(QStringLiteral("packs open: qingnang-bundled")));
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
}

void TestStartup::rememberedPacksOpenAtStart()
{
    // A pack opened with File > Open Pack… in an earlier run, and one that has since gone.
    const QString kept = m_dir.filePath(QStringLiteral("kept.qnpack"));
    QVERIFY(test::writeGeneratedPack(kept, QStringLiteral("kept"), 3, 3));
    const QString gone = m_dir.filePath(QStringLiteral("gone.qnpack"));
    const QString config = m_dir.filePath(QStringLiteral("config"));
    {
        QSettings settings(config + QStringLiteral("/qingnang/qingnang.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("packs/opened"), QStringList{kept, gone});
    }
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qingnang.startup.info=true"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    app.setProcessEnvironment(environment);
    app.start(test::appExecutable(), {QStringLiteral("--pack"), kept});
    QVERIFY(app.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    const QString log = QString::fromUtf8(err);
    QVERIFY2(log.contains(QStringLiteral("packs open: qingnang-bundled, kept")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("qingnang: %1: no such file").arg(gone)));
    // The one that is gone was reported once and forgotten.
    QSettings settings(config + QStringLiteral("/qingnang/qingnang.conf"), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("packs/opened")).toStringList(), QStringList{kept});
}

void TestStartup::startsWhereTheReaderLeftOff_data()
{
    QTest::addColumn<QString>("lastUrl");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("opened");
    const QString article = QStringLiteral("qingnang:/article/hemifacial-spasm-causes");
    QTest::newRow("the page left") << article << QStringList{} << article;
    QTest::newRow("a page no longer there") << QStringLiteral("qingnang:/article/gone")
                                            << QStringList{} << QStringLiteral("qingnang:/");
    QTest::newRow("a page asked for")
        << article << QStringList{QStringLiteral("qingnang:/question/2")}
        << QStringLiteral("qingnang:/question/2");
    QTest::newRow("private session")
        << article << QStringList{QStringLiteral("--private")} << QStringLiteral("qingnang:/");
}

void TestStartup::startsWhereTheReaderLeftOff()
{
    QFETCH(QString, lastUrl);
    QFETCH(QStringList, arguments);
    QFETCH(QString, opened);
    const QString config = m_dir.filePath(QStringLiteral("session-config"));
    const QString file = config + QStringLiteral("/qingnang/qingnang.conf");
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.clear();
        settings.setValue(QStringLiteral("session/lastUrl"), QUrl(lastUrl));
        settings.setValue(QStringLiteral("ui/disclaimerAcknowledged"), true);
    }
    const QByteArray before = test::readFile(file);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qingnang.startup.info=true"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    app.setProcessEnvironment(environment);
    app.start(test::appExecutable(), arguments);
    QVERIFY(app.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    const QString log = QString::fromUtf8(err);
    QVERIFY2(log.contains(QStringLiteral("opening %1\n").arg(opened)), qPrintable(log));
    if (arguments.contains(QStringLiteral("--private"))) {
        QCOMPARE(test::readFile(file), before);
    }
}

// What a file manager passes through the desktop entry's "Exec=qingnang %u":
// a pack as a path or a file: URL; a browser passes a qingnang: link.
void TestStartup::opensPacksGivenAsArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("opened");
    const QString path = m_dir.filePath(QStringLiteral("given pack 青囊.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("given"), 3, 3));
    const QString start = QStringLiteral("qingnang:/");
    QTest::newRow("a path") << QStringList{path} << start;
    QTest::newRow("a file: URL") << QStringList{QUrl::fromLocalFile(path).toString()} << start;
    QTest::newRow("a page and a pack") << QStringList{QStringLiteral("qingnang:/question/2"), path}
                                       << QStringLiteral("qingnang:/question/2");
}

void TestStartup::opensPacksGivenAsArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, opened);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qingnang.startup.info=true"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("args")));
    app.setProcessEnvironment(environment);
    app.start(test::appExecutable(), arguments);
    QVERIFY(app.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    const QString log = QString::fromUtf8(err);
    QVERIFY2(log.contains(QStringLiteral("packs open: qingnang-bundled, given\n")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("opening %1\n").arg(opened)), qPrintable(log));
}

void TestStartup::versionAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("output");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral(QINGNANG_VERSION);
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("qingnang: Unknown option 'frobnicate'.");
    QTest::newRow("pack without file") << QStringList{QStringLiteral("--pack")} << 2
                                       << QStringLiteral("Missing value after '--pack'");
}

void TestStartup::versionAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, output);
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(
                 test::appExecutable(),
                 QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} + arguments,
                 &out, &err),
             status);
    const QByteArray both = out + err;
    QVERIFY2(QString::fromUtf8(both).contains(output), both.constData());
}

// Over ssh or in a script there is no display: the options that need no
// window still work, and asking for the window is one clear error, not a
// crash in Qt's platform plugin.
void TestStartup::withoutADisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QLatin1String(name));
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir.filePath(QStringLiteral("nodisplay")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_dir.filePath(QStringLiteral("nodisplay")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                       m_dir.filePath(QStringLiteral("nodisplay")));
    const auto run = [&environment](const QStringList &arguments, QByteArray *out) {
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(test::appExecutable(), arguments);
        if (!app.waitForFinished(60000) || app.exitStatus() != QProcess::NormalExit) {
            app.kill();
            app.waitForFinished();
            return -1;
        }
        *out = app.readAllStandardOutput() + app.readAllStandardError();
        return app.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    QVERIFY2(out.contains(QINGNANG_VERSION), out.constData());
    QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
    QVERIFY2(out.contains("--export-pdf"), out.constData());
    QCOMPARE(run({QStringLiteral("--frobnicate")}, &out), 2);
    QVERIFY2(out.contains("qingnang: Unknown option 'frobnicate'."), out.constData());
    QCOMPARE(run({}, &out), 2);
    QVERIFY2(out.contains("qingnang: no display to show the window on"), out.constData());
    const QString pdf = m_dir.filePath(QStringLiteral("nodisplay.pdf"));
    QCOMPARE(run({QStringLiteral("--export-pdf"), pdf}, &out), 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
