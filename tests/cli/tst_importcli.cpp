// SPDX-License-Identifier: MIT
// `qingnang-pack import` as a user runs it: the real executable on bad input,
// into a directory it may not write, onto a full disk, stopped by Ctrl+C, and
// on the real corpora end to end (import, info, verify). A failed import says
// so in one line on stderr that names the file (and line), exits with status 2
// (130 when interrupted) and leaves nothing behind: no pack, no temporary file.
#include "clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace qingnang;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}

// Everything in a directory, hidden files too: what must not change.
QStringList listing(const QString &directory)
{
    return QDir(directory).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What a failed import may print on stderr: its progress line (redrawn after
// carriage returns) ended by a newline, and then the error on a line of its
// own: "qingnang-pack: " + expected. Empty when so; otherwise what is wrong.
QString oneErrorLine(const QByteArray &err, const QString &expected)
{
    const QString text = QString::fromUtf8(err);
    if (!text.endsWith(QLatin1Char('\n'))) {
        return QStringLiteral("stderr does not end with a newline: \"%1\"").arg(text);
    }
    const QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
    if (lines.size() > 2) {
        return QStringLiteral("more than the progress line and the error: \"%1\"").arg(text);
    }
    if (lines.size() == 2) {
        const QStringList drawn = lines.first().split(QLatin1Char('\r'), Qt::SkipEmptyParts);
        for (const QString &part : drawn) {
            if (!part.startsWith(QStringLiteral("import: "))) {
                return QStringLiteral("more than the progress line before the error: \"%1\"")
                    .arg(text);
            }
        }
    }
    const QString line = lines.last();
    const QString wanted = QStringLiteral("qingnang-pack: ") + expected;
    if (line != wanted) {
        return QStringLiteral("the error is\n  \"%1\", not\n  \"%2\" (on a line of its own)")
            .arg(line, wanted);
    }
    return {};
}

// Generated questions in the jsonl format, about `size` bytes: text drawn
// from a fixed set of characters, so that the search index has work to do.
QByteArray generatedJsonl(qint64 size)
{
    static const QString characters =
        QStringLiteral("头痛发热咳嗽胃疼腹泻便秘失眠高血压糖尿病心悸气短乏力关节肿痛皮疹瘙痒"
                       "眩晕耳鸣视物模糊恶心呕吐食欲不振");
    QRandomGenerator random(20260101);
    const auto text = [&](int length) {
        QString result;
        result.reserve(length);
        for (int i = 0; i < length; ++i) {
            result += characters.at(random.bounded(int(characters.size())));
        }
        return result;
    };
    QByteArray lines;
    lines.reserve(size + 4096);
    for (int i = 0; lines.size() < size; ++i) {
        const QString body = text(150);
        const QJsonObject question{
            {QStringLiteral("kind"), QStringLiteral("question")},
            {QStringLiteral("topic"),
             QJsonArray{QStringLiteral("内科"), QStringLiteral("生成科%1").arg(i % 50)}},
            {QStringLiteral("title"), QString(QStringLiteral("问题%1：").arg(i) + body.left(12))},
            {QStringLiteral("body"), body},
            {QStringLiteral("answers"), QJsonArray{text(150)}},
            {QStringLiteral("ref"), QStringLiteral("g%1").arg(i)}};
        lines += QJsonDocument(question).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

// The command that runs a program as this user but without the capabilities
// that let root write anywhere (CAP_DAC_OVERRIDE): setpriv from util-linux.
// Empty when not running as root. Null when root and setpriv is missing.
QStringList withoutPrivileges()
{
    if (::geteuid() != 0) {
        return QStringList{};
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty()) {
        return QStringList{QString()};
    }
    return {setpriv, QStringLiteral("--bounding-set=-all"), QStringLiteral("--inh-caps=-all")};
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badInput_data();
    void badInput();
    void failedImportKeepsAnOlderPack();
    void unwritableOutputDirectory();
    void fileSizeLimit_data();
    void fileSizeLimit();
    void interrupted_data();
    void interrupted();
    void dialogueCorpus();
    void huatuoCorpus();

private:
    QString input(const QString &name) const
    {
        return m_dir->filePath(QStringLiteral("in/") + name);
    }
    QString outputDir() const { return m_dir->filePath(QStringLiteral("out")); }
    QString output() const { return m_dir->filePath(QStringLiteral("out/new.qnpack")); }
    // Imports and checks it all: the summary's counts add up, info counts what
    // was imported, verify passes. Returns the summary (valid if all was well).
    test::ImportSummary importChecked(const QString &format, const QStringList &inputs,
                                      const QString &pack);

    std::unique_ptr<QTemporaryDir> m_dir; // per test function: in/ and out/
    QTemporaryDir m_big;                  // the large generated input, made once
};

void TestImportCli::initTestCase()
{
    QVERIFY(QFile::exists(test::packTool()));
    QVERIFY(m_big.isValid());
}

void TestImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("in"))));
    // Something already in the output directory, which must stay as it is.
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("out/notes.txt")), "kept\n"));
}

void TestImportCli::badInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("files"); // written under in/; a name ending in / is a directory
    QTest::addColumn<QList<QByteArray>>("contents"); // one per file
    QTest::addColumn<QStringList>("inputs");         // under in/, as given to the command
    QTest::addColumn<QString>("message");            // after "qingnang-pack: " and in/'s path

    const QString header = QStringLiteral("department,title,ask,answer\n");
    const QString row = QStringLiteral("心血管科,高血压头晕怎么办,最近总是头晕，量血压偏高。,"
                                       "建议低盐饮食，按时服药，定期复查血压。\n");
    QTest::newRow("dialogue CSV cut inside a quoted field")
        << QStringLiteral("dialogue-csv") << QStringList{QStringLiteral("样例_内科.csv")}
        << QList<QByteArray>{gb18030(
               header + row + QStringLiteral("消化科,饭后胃胀,\"饭后胃胀，打嗝，\n有时反酸"))}
        << QStringList{QStringLiteral("样例_内科.csv")}
        << QStringLiteral("样例_内科.csv:3: the file ends inside a quoted field (cut mid-record?)");

    QTest::newRow("dialogue dump in UTF-16 without a byte-order mark")
        << QStringLiteral("dialogue-csv") << QStringList{QStringLiteral("内科.txt")}
        << QList<QByteArray>{utf16le(
               QStringLiteral("高血压头晕怎么办,最近总是头晕\n建议按时服药，定期复查。\n\n\n")
                   .repeated(20))}
        << QStringList{QStringLiteral("内科.txt")}
        << QStringLiteral("内科.txt: is UTF-16 text, which is not read (only UTF-8 and GB18030 "
                          "are): convert it to UTF-8");

    // Latin-1 text, and bytes (FF) that neither UTF-8 nor GB18030 has.
    QTest::newRow("dialogue CSV neither UTF-8 nor GB18030")
        << QStringLiteral("dialogue-csv") << QStringList{QStringLiteral("样例_外科.csv")}
        << QList<QByteArray>{header.toUtf8() +
                             QByteArray("caf\xE9,na\xEFve,\xFF\xFE\x80,r\xE9sum\xE9\n")
                                 .repeated(50)}
        << QStringList{QStringLiteral("样例_外科.csv")}
        << QStringLiteral("样例_外科.csv: cannot detect the text encoding (neither UTF-8 nor "
                          "GB18030)");

    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : noise) {
        byte = char(random.bounded(256));
    }
    QTest::newRow("a book of random bytes")
        << QStringLiteral("tcm-books") << QStringList{QStringLiteral("000-乱码.txt")}
        << QList<QByteArray>{noise} << QStringList{QStringLiteral("000-乱码.txt")}
        << QStringLiteral("000-乱码.txt: is not a text file (it contains NUL bytes)");

    const QByteArray good = R"({"kind":"question","topic":["内科"],"title":"好"})"
                            "\n";
    QTest::newRow("JSONL with one broken line")
        << QStringLiteral("jsonl")
        << QStringList{QStringLiteral("ok.jsonl"), QStringLiteral("bad.jsonl")}
        << QList<QByteArray>{good, good + good + "{\"kind\": \"question\",\n" + good}
        << QStringList{QStringLiteral("ok.jsonl"), QStringLiteral("bad.jsonl")}
        << QStringLiteral("bad.jsonl:3: invalid JSON (unterminated object at column 21)");

    QTest::newRow("huatuo JSON cut short")
        << QStringLiteral("huatuo-json") << QStringList{QStringLiteral("huatuo.json")}
        << QList<QByteArray>{QStringLiteral(
                                 "[{\"id\":\"\",\"instruction\":[\"头痛怎么办\"],\"input\":\"\","
                                 "\"output\":[\"多休息。\"]},\n{\"id\":\"\",\"instruc")
                                 .toUtf8()}
        << QStringList{QStringLiteral("huatuo.json")}
        << QStringLiteral("huatuo.json:2: invalid JSON (unterminated string at column 18)");

    QTest::newRow("tcm-books directory with nothing in it")
        << QStringLiteral("tcm-books") << QStringList{QStringLiteral("books/")}
        << QList<QByteArray>{QByteArray()} << QStringList{QStringLiteral("books")}
        << QStringLiteral("books: no books (*.txt) found");

    QTest::newRow("tcm-books directory with only notes about books")
        << QStringLiteral("tcm-books")
        << QStringList{QStringLiteral("books/"), QStringLiteral("books/SOURCES.txt"),
                       QStringLiteral("books/notes.md")}
        << QList<QByteArray>{QByteArray(), "Where the books come from.\n", "# Books\n"}
        << QStringList{QStringLiteral("books")}
        << QStringLiteral("books: no books (*.txt) found (SOURCES.txt is skipped: it describes "
                          "the books, it is not one)");
}

void TestImportCli::badInput()
{
    QFETCH(QString, format);
    QFETCH(QStringList, files);
    QFETCH(QList<QByteArray>, contents);
    QFETCH(QStringList, inputs);
    QFETCH(QString, message);

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).endsWith(QLatin1Char('/'))) {
            QVERIFY(QDir().mkpath(input(files.at(i))));
        } else {
            QVERIFY(test::writeFile(input(files.at(i)), contents.at(i)));
        }
    }
    QStringList arguments{QStringLiteral("import"), format};
    for (const QString &name : std::as_const(inputs)) {
        arguments.append(input(name));
    }
    const QStringList before = listing(outputDir());
    const test::Run run =
        test::runPackTool(arguments + QStringList{QStringLiteral("-o"), output()});

    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, QByteArray());
    const QString complaint = oneErrorLine(run.err, input(message));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QVERIFY(!QFileInfo::exists(output()));
    QCOMPARE(listing(outputDir()), before); // no .new.qnpack.*.part either
}

void TestImportCli::failedImportKeepsAnOlderPack()
{
    const QString good = input(QStringLiteral("good.jsonl"));
    QVERIFY(test::writeFile(good, R"({"kind":"question","topic":["内科"],"title":"好"})"
                                  "\n"));
    QCOMPARE(test::runPackTool({QStringLiteral("import"), QStringLiteral("jsonl"), good,
                                QStringLiteral("-o"), output()})
                 .status,
             0);
    QFile older(output());
    QVERIFY(older.open(QIODevice::ReadOnly));
    const QByteArray olderBytes = older.readAll();
    older.close();
    const QStringList before = listing(outputDir());

    const QString bad = input(QStringLiteral("bad.jsonl"));
    QVERIFY(
        test::writeFile(bad, "{\"kind\": \"question\", \"topic\": [\"内科\"], \"title\": 3}\n"));
    const test::Run run = test::runPackTool(
        {QStringLiteral("import"), QStringLiteral("jsonl"), bad, QStringLiteral("-o"), output()});
    QCOMPARE(run.status, 2);
    const QString complaint =
        oneErrorLine(run.err, bad + QStringLiteral(":1: \"title\" must be a string, not a number"));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QCOMPARE(listing(outputDir()), before);
    QVERIFY(older.open(QIODevice::ReadOnly));
    QVERIFY(older.readAll() == olderBytes);
}

void TestImportCli::unwritableOutputDirectory()
{
    const QString jsonl = input(QStringLiteral("good.jsonl"));
    QVERIFY(test::writeFile(jsonl, R"({"kind":"question","topic":["内科"],"title":"好"})"
                                   "\n"));
    const QString readOnly = m_dir->filePath(QStringLiteral("read-only"));
    QVERIFY(test::writeFile(readOnly + QStringLiteral("/notes.txt"), "kept\n"));
    const QFile::Permissions readAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(readOnly, readAndEnter)); // 0555
    const auto restore =
        qScopeGuard([&] { QFile::setPermissions(readOnly, readAndEnter | QFile::WriteOwner); });

    // Root writes in any directory whatever its mode (CAP_DAC_OVERRIDE): as
    // root, run the tool without capabilities, and first prove that this runs
    // programs and that they cannot write there.
    const QStringList wrapper = withoutPrivileges();
    if (wrapper == QStringList{QString()}) {
        QSKIP("running as root, which writes in read-only directories, and setpriv (util-linux) "
              "is not installed to run the tool without that capability");
    }
    const QString writable = m_dir->filePath(QStringLiteral("writable"));
    QVERIFY(QDir().mkpath(writable));
    const test::Run control = test::runCommand(
        wrapper + QStringList{QStringLiteral("touch"), writable + QStringLiteral("/probe")});
    if (control.status != 0) {
        QSKIP(qPrintable(QStringLiteral("cannot run a program without root's capabilities here "
                                        "(%1 touch exited with %2: %3)")
                             .arg(wrapper.join(QLatin1Char(' ')))
                             .arg(control.status)
                             .arg(QString::fromUtf8(control.err).trimmed())));
    }
    const test::Run probe = test::runCommand(
        wrapper + QStringList{QStringLiteral("touch"), readOnly + QStringLiteral("/probe")});
    if (probe.status == 0 || QFileInfo::exists(readOnly + QStringLiteral("/probe"))) {
        QFile::remove(readOnly + QStringLiteral("/probe"));
        QSKIP(qPrintable(QStringLiteral("a directory of mode 0555 is writable here even for %1")
                             .arg(wrapper.isEmpty() ? QStringLiteral("this user")
                                                    : wrapper.join(QLatin1Char(' ')))));
    }

    const QStringList before = listing(readOnly);
    const QString pack = readOnly + QStringLiteral("/new.qnpack");
    const test::Run run = test::runCommand(
        wrapper + QStringList{test::packTool(), QStringLiteral("import"), QStringLiteral("jsonl"),
                              jsonl, QStringLiteral("-o"), pack});
    QCOMPARE(run.status, 2);
    const QString complaint = oneErrorLine(
        run.err,
        QStringLiteral("%1: cannot create a file in %2: Permission denied").arg(pack, readOnly));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QCOMPARE(listing(readOnly), before);
}

void TestImportCli::fileSizeLimit_data()
{
    QTest::addColumn<bool>("late"); // while the index is built rather than while records are added

    QTest::newRow("full while adding records") << false;
    QTest::newRow("full while building the index") << true;
}

void TestImportCli::fileSizeLimit()
{
    QFETCH(bool, late);
    // A disk that fills up, simulated by a limit on the size of the files the
    // tool writes (RLIMIT_FSIZE); SIGXFSZ ignored, so a write fails with EFBIG.
    const QString jsonl = input(QStringLiteral("generated.jsonl"));
    QVERIFY(test::writeFile(jsonl, generatedJsonl(3 * 1024 * 1024)));
    const QStringList import{test::packTool(),        QStringLiteral("import"),
                             QStringLiteral("jsonl"), jsonl,
                             QStringLiteral("-o"),    output()};
    qint64 limitKiB = 256;
    if (late) {
        // Three quarters of the pack: the records fit, the index does not.
        const test::Run full = test::runCommand(import);
        QCOMPARE(full.status, 0);
        limitKiB = QFileInfo(output()).size() * 3 / 4 / 1024;
        QVERIFY(QFile::remove(output()));
    }
    const QStringList before = listing(outputDir());
    const test::Run run = test::runCommand(
        QStringList{
            QStringLiteral("bash"), QStringLiteral("-c"),
            QStringLiteral("ulimit -f %1 && trap '' XFSZ && exec \"$0\" \"$@\"").arg(limitKiB)} +
        import);

    QCOMPARE(run.status, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.contains("building the search index"), late);
    // Which step fails depends on where SQLite's writes fall; the file and
    // the system's reason are always there.
    const QString line = QString::fromUtf8(run.err).trimmed().section(QLatin1Char('\n'), -1);
    const QRegularExpression error(
        QStringLiteral("^qingnang-pack: %1: cannot [a-z ]+: disk I/O error \\(%2\\)$")
            .arg(QRegularExpression::escape(output()),
                 QRegularExpression::escape(QString::fromLocal8Bit(std::strerror(EFBIG)))));
    QVERIFY2(error.match(line).hasMatch(), qPrintable(line));
    const QString complaint =
        oneErrorLine(run.err, line.mid(QStringLiteral("qingnang-pack: ").size()));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QVERIFY(!QFileInfo::exists(output()));
    QCOMPARE(listing(outputDir()), before);
}

void TestImportCli::interrupted_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("when"); // what stderr shows before the signal is sent

    // The progress line once records are being added (more than none).
    const QString adding = QStringLiteral("import: +\\d+% · [1-9]\\d* documents? ·");
    QTest::newRow("Ctrl+C while adding records") << int(SIGINT) << adding;
    QTest::newRow("SIGTERM while adding records") << int(SIGTERM) << adding;
    QTest::newRow("Ctrl+C while building the index")
        << int(SIGINT) << QStringLiteral("building the search index");
}

void TestImportCli::interrupted()
{
    QFETCH(int, signal);
    QFETCH(QString, when);
    // Big enough to take seconds after the signal is sent: about 20,000
    // questions, two seconds of adding and more of indexing in a release build.
    const QString jsonl = m_big.filePath(QStringLiteral("generated.jsonl"));
    if (!QFileInfo::exists(jsonl)) {
        QVERIFY(test::writeFile(jsonl, generatedJsonl(20 * 1024 * 1024)));
    }
    const QStringList before = listing(outputDir());

    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(test::packTool(), {QStringLiteral("import"), QStringLiteral("jsonl"), jsonl,
                                     QStringLiteral("-o"), output()});
    QVERIFY(process.waitForStarted());
    const auto stop = qScopeGuard([&] {
        process.kill();
        process.waitForFinished();
    });
    const QRegularExpression ready(when);
    QByteArray err;
    while (!ready.match(QString::fromUtf8(err)).hasMatch() &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
    }
    QVERIFY2(process.state() == QProcess::Running,
             qPrintable(QStringLiteral("the import ended before the signal was sent: ") +
                        QString::fromUtf8(err + process.readAllStandardError())));
    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(10 * 60 * 1000));
    err += process.readAllStandardError();

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString complaint =
        oneErrorLine(err, output() + QStringLiteral(": interrupted; nothing was written"));
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
    QVERIFY(!QFileInfo::exists(output()));
    QCOMPARE(listing(outputDir()), before);
}

test::ImportSummary TestImportCli::importChecked(const QString &format, const QStringList &inputs,
                                                 const QString &pack)
{
    const test::Run run = test::runPackTool(QStringList{QStringLiteral("import"), format} + inputs +
                                            QStringList{QStringLiteral("-o"), pack});
    if (run.status != 0) {
        qWarning().noquote() << "import failed:" << QString::fromUtf8(run.err);
        return {};
    }
    const test::ImportSummary summary = test::parseImportSummary(run.out);
    if (!summary.valid || summary.read - summary.skipped != summary.imported ||
        summary.skipped != summary.empty + summary.duplicates) {
        qWarning().noquote() << "the summary does not add up:" << QString::fromUtf8(run.out);
        return {};
    }
    const QJsonObject counts = test::packInfo(pack).value(QStringLiteral("counts")).toObject();
    const qint64 articles = counts.value(QStringLiteral("articles")).toInteger(-1);
    const qint64 questions = counts.value(QStringLiteral("questions")).toInteger(-1);
    if (articles != 0 || questions != summary.imported) {
        qWarning() << "info counts" << articles << "articles and" << questions
                   << "questions; imported:" << summary.imported;
        return {};
    }
    const test::Run verify = test::runPackTool({QStringLiteral("verify"), pack});
    if (verify.status != 0) {
        qWarning().noquote() << "verify failed:" << QString::fromUtf8(verify.out + verify.err);
        return {};
    }
    qInfo("%s: read %lld, imported %lld, skipped %lld (%lld empty, %lld duplicates)",
          qPrintable(QFileInfo(pack).fileName()), summary.read, summary.imported, summary.skipped,
          summary.empty, summary.duplicates);
    return summary;
}

void TestImportCli::dialogueCorpus()
{
    if (test::sharedDir().isEmpty()) {
        QSKIP("../shared/corpora is absent: the real-corpus imports need the shared corpora "
              "beside the sources");
    }
    const QString dialogue = test::sharedDir() + QStringLiteral("/corpora/dialogue/");
    const QString csv = dialogue + QStringLiteral("样例_内科5000-6000.csv");
    const QString dump = dialogue + QStringLiteral("内科.txt");

    // SOURCES.txt: 7,644 rows.
    const test::ImportSummary fromCsv = importChecked(
        QStringLiteral("dialogue-csv"), {csv}, m_dir->filePath(QStringLiteral("csv.qnpack")));
    QVERIFY(fromCsv.valid);
    QCOMPARE(fromCsv.read, 7644);
    QCOMPARE(fromCsv.undecodable, 0);

    // SOURCES.txt: 4,048 records, 3,847 distinct, 201 exact duplicates.
    const test::ImportSummary fromDump = importChecked(
        QStringLiteral("dialogue-csv"), {dump}, m_dir->filePath(QStringLiteral("dump.qnpack")));
    QVERIFY(fromDump.valid);
    QCOMPARE(fromDump.read, 4048);
    QCOMPARE(fromDump.imported, 3847);
    QCOMPARE(fromDump.duplicates, 201);

    // SOURCES.txt: 3,842 of the dump's 3,847 distinct records are in the CSV.
    const test::ImportSummary both = importChecked(QStringLiteral("dialogue-csv"), {csv, dump},
                                                   m_dir->filePath(QStringLiteral("both.qnpack")));
    QVERIFY(both.valid);
    QCOMPARE(both.read, 7644 + 4048);
    QCOMPARE(both.imported - fromCsv.imported, 3847 - 3842);
}

void TestImportCli::huatuoCorpus()
{
    if (test::sharedDir().isEmpty()) {
        QSKIP("../shared/corpora is absent: the real-corpus imports need the shared corpora "
              "beside the sources");
    }
    // SOURCES.txt: 6,000 questions with answers.
    const test::ImportSummary huatuo =
        importChecked(QStringLiteral("huatuo-json"),
                      {test::sharedDir() + QStringLiteral("/corpora/huatuo/huatuo26M_test.json")},
                      m_dir->filePath(QStringLiteral("huatuo.qnpack")));
    QVERIFY(huatuo.valid);
    QCOMPARE(huatuo.read, 6000);
    QCOMPARE(huatuo.empty, 0);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
