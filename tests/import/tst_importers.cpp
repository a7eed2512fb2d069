// SPDX-License-Identifier: MIT
// runImporter() on files: every format end to end through cleaning and
// de-duplication, the counters and their balance, progress, a sink that stops,
// and the bad inputs that stop an import with one message naming the file.
#include "import/importers.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
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

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void formatNames_data();
    void formatNames();
    void jsonl();
    void dialogueCsvAndDump();
    void dialogueDepartmentOption();
    void huatuo();
    void tcmBooks();
    void tcmBooksFilesInOrder();
    void duplicatesAcrossInputs();
    void progress();
    void progressInsideBigFiles();
    void sinkStops();
    void badInputs_data();
    void badInputs();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(name);
        if (!test::writeFile(file, bytes)) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }
    // The book fixtures as the real corpus has them: GB18030, trailing
    // spaces, one with CRLF; plus an empty book and the corpus's SOURCES.txt.
    QString writeBooks() const
    {
        expectSourcesSkipped();
        const QString books = QStringLiteral("books/");
        write(books + QStringLiteral("001-示例本草.txt"),
              test::withCrlf(test::gb18030(test::withTrailingSpaces(
                  fixtureText(QStringLiteral("books/001-示例本草.txt"))))));
        write(books + QStringLiteral("002-无标记医话.txt"),
              test::gb18030(fixtureText(QStringLiteral("books/002-无标记医话.txt"))));
        write(books + QStringLiteral("003-空.txt"), QByteArray());
        write(books + QStringLiteral("SOURCES.txt"), "Where the books come from.\n");
        write(books + QStringLiteral("notes.md"), "not a book\n");
        return path(books);
    }

    // The warning that a directory's SOURCES.txt is no book.
    static void expectSourcesSkipped()
    {
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("SOURCES\\.txt is skipped: it describes the books")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImporters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImporters::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none

    QTest::newRow("jsonl") << QStringLiteral("jsonl") << int(ImportFormat::Jsonl);
    QTest::newRow("dialogue-csv") << QStringLiteral("dialogue-csv")
                                  << int(ImportFormat::DialogueCsv);
    QTest::newRow("huatuo-json") << QStringLiteral("huatuo-json") << int(ImportFormat::HuatuoJson);
    QTest::newRow("tcm-books") << QStringLiteral("tcm-books") << int(ImportFormat::TcmBooks);
    QTest::newRow("zim") << QStringLiteral("zim") << int(ImportFormat::Zim);
    QTest::newRow("case matters") << QStringLiteral("JSONL") << -1;
    QTest::newRow("unknown") << QStringLiteral("csv") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestImporters::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ImportFormat> found = importFormatFromName(name);
    QCOMPARE(found.has_value(), format >= 0);
    if (found) {
        QCOMPARE(int(*found), format);
        QCOMPARE(importFormatName(*found), name);
        QVERIFY(importFormatNames().contains(name));
    }
    QCOMPARE(importFormatNames().size(), 5);
}

void TestImporters::jsonl()
{
    const QString file =
        write(QStringLiteral("in.jsonl"), fixture(QStringLiteral("jsonl/sample.jsonl")));
    const test::Imported imported = test::import(ImportFormat::Jsonl, {file});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    const ImportStats &stats = imported.stats;
    QCOMPARE(stats.recordsRead, 4);
    QCOMPARE(stats.recordsImported, 4);
    QCOMPARE(stats.repairedTitle, 1);   // the question without a title
    QCOMPARE(stats.keptWithoutText, 1); // the bare title
    QCOMPARE(stats.bytesRead, QFileInfo(file).size());
    QVERIFY(test::balanced(stats));
    QCOMPARE(imported.records.at(3).title,
             QStringLiteral("这个问题没有标题，标题会从这里生成。后面还有一句。"));
    QCOMPARE(imported.records.at(2).ref, QStringLiteral("bare-1"));
}

void TestImporters::dialogueCsvAndDump()
{
    const QString csv =
        write(QStringLiteral("样例_消化科1-6.csv"),
              test::gb18030(fixtureText(QStringLiteral("dialogue/样例_消化科1-6.csv"))));
    const QString dump = write(QStringLiteral("消化科.txt"),
                               test::gb18030(fixtureText(QStringLiteral("dialogue/消化科.txt"))));
    const test::Imported imported = test::import(ImportFormat::DialogueCsv, {csv, dump});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    const ImportStats &stats = imported.stats;
    QCOMPARE(stats.recordsRead, 5 + 4);
    // The CSV repeats a row; the dump's first record is that row again.
    QCOMPARE(stats.skippedDuplicate, 2);
    QCOMPARE(stats.skippedEmpty, 0);
    QCOMPARE(stats.recordsImported, 7);
    QCOMPARE(stats.keptWithoutText, 0);
    QVERIFY(test::balanced(stats));
    QCOMPARE(stats.bytesRead, QFileInfo(csv).size() + QFileInfo(dump).size());
    const QString digestive = QStringLiteral("消化科"); // from the file names
    QCOMPARE(imported.records.at(0).topicPath, (QStringList{digestive, QStringLiteral("胃肠组")}));
    QCOMPARE(imported.records.at(4).topicPath, QStringList{digestive});
    QCOMPARE(imported.records.at(4).title, QStringLiteral("口腔溃疡反复发作"));
}

void TestImporters::dialogueDepartmentOption()
{
    const QString csv =
        write(QStringLiteral("export.csv"), fixture(QStringLiteral("dialogue/样例_消化科1-6.csv")));
    ImportOptions options;
    options.department = QStringLiteral(" 内科 ");
    const test::Imported imported = test::import(ImportFormat::DialogueCsv, {csv}, options);
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    QCOMPARE(imported.records.at(0).topicPath,
             (QStringList{QStringLiteral("内科"), QStringLiteral("胃肠组")}));

    const test::Imported derived = test::import(ImportFormat::DialogueCsv, {csv});
    QCOMPARE(derived.records.at(0).topicPath.at(0), QStringLiteral("未分科")); // no Chinese name
}

void TestImporters::huatuo()
{
    const QString file =
        write(QStringLiteral("h.json"), fixture(QStringLiteral("huatuo/sample.json")));
    const test::Imported imported = test::import(ImportFormat::HuatuoJson, {file});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    const ImportStats &stats = imported.stats;
    QCOMPARE(stats.recordsRead, 4);
    QCOMPARE(stats.recordsImported, 4);
    QCOMPARE(stats.repairedMarkup, 1);   // <br>
    QCOMPARE(stats.repairedEntities, 1); // &65533;
    QVERIFY(test::balanced(stats));
    QVERIFY(
        imported.records.at(0).answers.at(0).contains(QStringLiteral("剂量使用退烧药。\n同时")));
    QCOMPARE(imported.records.at(3).title, QStringLiteral("膝盖上下楼梯时疼\uFFFD"));
}

void TestImporters::tcmBooks()
{
    const QString books = writeBooks();
    const test::Imported imported = test::import(ImportFormat::TcmBooks, {books});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    const ImportStats &stats = imported.stats;
    QCOMPARE(stats.recordsRead, 5 + 1 + 1);
    QCOMPARE(stats.skippedEmpty, 1);    // the empty book
    QCOMPARE(stats.keptWithoutText, 1); // 生姜: a title, no text
    QCOMPARE(stats.repairedMarkup, 1);  // 白萝卜's \x \r \p markers
    QCOMPARE(stats.recordsImported, 6);
    QVERIFY(test::balanced(stats));
    QCOMPARE(imported.records.at(4).body,
             QStringLiteral("白萝卜俗名莱菔味辛甘，性凉。萝卜生食可以清热生津，熟食可以消食下气，"
                            "秋冬时节最为当令，家家都可以常备一些，煮汤、做菜都很方便。"));
    QCOMPARE(imported.records.at(5).topicPath.at(1), QStringLiteral("无标记医话"));
    // SOURCES.txt is no book, and notes.md no .txt.
    for (const ImportRecord &record : imported.records) {
        QVERIFY(!record.ref.startsWith(QStringLiteral("SOURCES")));
    }
    qint64 bookBytes = 0;
    for (const QString &name :
         {QStringLiteral("001-示例本草.txt"), QStringLiteral("002-无标记医话.txt")}) {
        bookBytes += QFileInfo(QDir(books).filePath(name)).size();
    }
    QCOMPARE(stats.bytesRead, bookBytes);
}

void TestImporters::tcmBooksFilesInOrder()
{
    const QString books = writeBooks();
    const QString single = write(QStringLiteral("000-单本.txt"), QByteArray("一段话。\n"));
    QStringList files;
    qint64 total = 0;
    ImportError error;
    QVERIFY2(listImportFiles(ImportFormat::TcmBooks, {books, single}, &files, &total, &error),
             qPrintable(error.message));
    QStringList names;
    for (const QString &file : std::as_const(files)) {
        names.append(QFileInfo(file).fileName());
    }
    // A directory's books sorted by name; then the file named after it.
    QCOMPARE(names,
             (QStringList{QStringLiteral("001-示例本草.txt"), QStringLiteral("002-无标记医话.txt"),
                          QStringLiteral("003-空.txt"), QStringLiteral("000-单本.txt")}));
}

void TestImporters::duplicatesAcrossInputs()
{
    const QString file =
        write(QStringLiteral("a.jsonl"), fixture(QStringLiteral("jsonl/sample.jsonl")));
    const QString again =
        write(QStringLiteral("b.jsonl"), fixture(QStringLiteral("jsonl/sample.jsonl")));
    const test::Imported imported = test::import(ImportFormat::Jsonl, {file, again});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    QCOMPARE(imported.stats.recordsRead, 8);
    QCOMPARE(imported.stats.skippedDuplicate, 4);
    QCOMPARE(imported.stats.recordsImported, 4);
    QVERIFY(test::balanced(imported.stats));

    // An article's topic is part of it; the same text elsewhere is kept.
    const QString moved =
        write(QStringLiteral("c.jsonl"),
              R"({"kind":"article","topic":["甲"],"title":"同名","body":"同文"})"
              "\n"
              R"({"kind":"article","topic":["乙"],"title":"同名","body":"同文"})"
              "\n"
              R"({"kind":"question","topic":["甲"],"title":"同问","answers":["同答"]})"
              "\n"
              R"({"kind":"question","topic":["乙"],"title":"同问","answers":["同答"]})"
              "\n"
              R"({"kind":"question","topic":["乙"],"title":"同问","answers":["另一个回答"]})"
              "\n");
    const test::Imported placed = test::import(ImportFormat::Jsonl, {moved});
    QVERIFY2(placed.ok, qPrintable(placed.error.message));
    QCOMPARE(placed.stats.recordsImported, 4);
    QCOMPARE(placed.stats.skippedDuplicate, 1); // the same question filed elsewhere
}

void TestImporters::progress()
{
    const QString books = writeBooks();
    const QString json =
        write(QStringLiteral("h.json"), fixture(QStringLiteral("huatuo/sample.json")));
    struct Call
    {
        qint64 done;
        qint64 total;
    };
    QList<Call> calls;
    const ProgressSink progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };

    test::Imported imported = test::import(ImportFormat::TcmBooks, {books}, {}, progress);
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    QVERIFY(calls.size() >= 1 + 3); // the start, and once a file at least
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).done >= calls.at(i - 1).done);
        QVERIFY(calls.at(i).done <= calls.at(i).total);
    }
    QCOMPARE(calls.last().done, imported.stats.bytesRead);
    QCOMPARE(calls.last().total, imported.stats.bytesRead);

    calls.clear();
    imported = test::import(ImportFormat::HuatuoJson, {json}, {}, progress);
    QVERIFY(imported.ok);
    QCOMPARE(calls.first().done, 0);
    QCOMPARE(calls.last().done, QFileInfo(json).size());
}

void TestImporters::progressInsideBigFiles()
{
    QByteArray lines;
    for (int i = 0; lines.size() < 3 * 1024 * 1024; ++i) {
        lines +=
            QStringLiteral(R"({"kind":"question","topic":["内科"],"title":"问题%1","body":"%2"})")
                .arg(i)
                .arg(QString(100, QChar(0x75C5)))
                .toUtf8() +
            '\n';
    }
    const QString file = write(QStringLiteral("big.jsonl"), lines);
    int calls = 0;
    const test::Imported imported =
        test::import(ImportFormat::Jsonl, {file}, {}, [&](qint64, qint64) { ++calls; });
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    QVERIFY2(calls >= 1 + 3, qPrintable(QString::number(calls))); // every MB, and the end
}

void TestImporters::sinkStops()
{
    const QString file =
        write(QStringLiteral("in.jsonl"), fixture(QStringLiteral("jsonl/sample.jsonl")));
    ImportStats stats;
    ImportError error;
    int calls = 0;
    const bool ok = runImporter(
        ImportFormat::Jsonl, {file}, {}, [&](const ImportRecord &) { return ++calls < 2; }, {},
        &stats, &error);
    QVERIFY(!ok);
    QCOMPARE(error.message, QString()); // the caller knows why
    QCOMPARE(calls, 2);
    QCOMPARE(stats.recordsImported, 2);
    QVERIFY(test::balanced(stats));

    // Null stats and error are allowed.
    QVERIFY(runImporter(
        ImportFormat::Jsonl, {file}, {}, [](const ImportRecord &) { return true; }, {}, nullptr,
        nullptr));
}

void TestImporters::badInputs_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("files");       // written relative to the temporary directory
    QTest::addColumn<QList<QByteArray>>("bytes"); // one per file; a name ending in / is a directory
    QTest::addColumn<QString>("message");         // after the temporary directory's path

    const int jsonl = int(ImportFormat::Jsonl);
    const int dialogue = int(ImportFormat::DialogueCsv);
    const int books = int(ImportFormat::TcmBooks);
    const int huatuo = int(ImportFormat::HuatuoJson);
    const QString csv = fixtureText(QStringLiteral("dialogue/样例_消化科1-6.csv"));
    const QByteArray good = R"({"kind":"question","topic":["内科"],"title":"好"})"
                            "\n";

    QTest::newRow("a CSV cut mid-record")
        << dialogue << QStringList{QStringLiteral("样例_内科.csv")}
        << QList<QByteArray>{test::gb18030(csv.left(csv.indexOf(QStringLiteral("如果便秘"))))}
        << QStringLiteral("样例_内科.csv:3: the file ends inside a quoted field (cut mid-record?)");
    QTest::newRow("a file in an undetectable encoding")
        << dialogue << QStringList{QStringLiteral("内科.txt")}
        << QList<QByteArray>{QByteArray("\xFF\xFE\x80\x81\x20 caf\xE9 ").repeated(100)}
        << QStringLiteral("内科.txt: cannot detect the text encoding (neither UTF-8 nor GB18030)");
    QTest::newRow("a JSONL with one broken line")
        << jsonl << QStringList{QStringLiteral("ok.jsonl"), QStringLiteral("bad.jsonl")}
        << QList<QByteArray>{good, good + good + "{\"kind\": \"question\",\n" + good}
        << QStringLiteral("bad.jsonl:3: invalid JSON (unterminated object at column 21)");
    QTest::newRow("a directory with no books")
        << books << QStringList{QStringLiteral("empty/"), QStringLiteral("empty/SOURCES.txt")}
        << QList<QByteArray>{QByteArray(), QByteArray("about\n")}
        << QStringLiteral("empty: no books (*.txt) found (SOURCES.txt is skipped: it describes "
                          "the books, it is not one)");
    QTest::newRow("a directory where files are read")
        << huatuo << QStringList{QStringLiteral("dir/")} << QList<QByteArray>{QByteArray()}
        << QStringLiteral("dir: is a directory (huatuo-json reads files)");
    QTest::newRow("dialogue: neither .csv nor .txt")
        << dialogue << QStringList{QStringLiteral("内科.json")} << QList<QByteArray>{good}
        << QStringLiteral(
               "内科.json: dialogue-csv reads .csv files and .txt dumps; this is neither");
    QTest::newRow("a NUL-filled book")
        << books << QStringList{QStringLiteral("290-书.txt")}
        << QList<QByteArray>{QByteArray(3000, '\0')}
        << QStringLiteral("290-书.txt: is not a text file (it contains NUL bytes)");
}

void TestImporters::badInputs()
{
    QFETCH(int, format);
    QFETCH(QStringList, files);
    QFETCH(QList<QByteArray>, bytes);
    QFETCH(QString, message);

    QStringList inputs;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &name = files.at(i);
        if (name.endsWith(QLatin1Char('/'))) {
            QVERIFY(QDir().mkpath(path(name)));
            inputs.append(path(name.chopped(1)));
        } else {
            write(name, bytes.at(i));
            if (!name.contains(QLatin1Char('/'))) {
                inputs.append(path(name));
            }
        }
    }
    const test::Imported imported = test::import(ImportFormat(format), inputs);
    QVERIFY(!imported.ok);
    QCOMPARE(imported.error.message, QDir::toNativeSeparators(path(message)));
    QVERIFY(test::balanced(imported.stats));
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
