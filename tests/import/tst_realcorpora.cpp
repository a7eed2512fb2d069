// SPDX-License-Identifier: MIT
// The importers on the real corpora in ../shared/corpora (never copied into
// the repository; skipped when it is absent): record counts as their
// SOURCES.txt give them, duplicates found, nothing fatal, and every record read
// either imported or counted as skipped.
#include "import/importers.h"
#include "importtestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace qingnang;

namespace {

QString corpus(const QString &path)
{
    return test::sharedDir() + QStringLiteral("/corpora/") + path;
}

// Imports, counting records without keeping them (the books are 136 MB).
struct Counted
{
    bool ok = false;
    ImportStats stats;
    ImportError error;
    qint64 sinkCalls = 0;
    qint64 elapsedMs = 0;
};

Counted importCounting(ImportFormat format, const QStringList &inputs)
{
    Counted result;
    QElapsedTimer timer;
    timer.start();
    result.ok = runImporter(
        format, inputs, {},
        [&](const ImportRecord &record) {
            ++result.sinkCalls;
            return !record.title.isEmpty() && !record.topicPath.isEmpty();
        },
        {}, &result.stats, &result.error);
    result.elapsedMs = timer.elapsed();
    const ImportStats &s = result.stats;
    qInfo("%s: %lld ms; read %lld, imported %lld, skipped empty %lld, duplicate %lld; repaired "
          "title %lld, entities %lld, markup %lld, control %lld, truncated %lld, encoding %lld; "
          "kept without text %lld",
          qPrintable(importFormatName(format)), result.elapsedMs, s.recordsRead, s.recordsImported,
          s.skippedEmpty, s.skippedDuplicate, s.repairedTitle, s.repairedEntities, s.repairedMarkup,
          s.repairedControl, s.repairedTruncated, s.repairedEncoding, s.keptWithoutText);
    return result;
}

} // namespace

class TestRealCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void dialogueCsv();
    void dialogueDump();
    void dialogueCsvAndDump();
    void huatuo();
    void tcmBooks();
};

void TestRealCorpora::init()
{
    if (test::sharedDir().isEmpty()) {
        QSKIP("../shared/corpora is absent: the real-corpus tests need the shared corpora "
              "beside the sources");
    }
}

void TestRealCorpora::dialogueCsv()
{
    const Counted csv = importCounting(ImportFormat::DialogueCsv,
                                       {corpus(QStringLiteral("dialogue/样例_内科5000-6000.csv"))});
    QVERIFY2(csv.ok, qPrintable(csv.error.message));
    QCOMPARE(csv.stats.recordsRead, 7644);
    QVERIFY(csv.stats.skippedDuplicate >= 378); // rows repeated byte for byte
    QCOMPARE(csv.stats.repairedEncoding, 0);
    QCOMPARE(csv.sinkCalls, csv.stats.recordsImported);
    QVERIFY(test::balanced(csv.stats));
}

void TestRealCorpora::dialogueDump()
{
    const Counted dump =
        importCounting(ImportFormat::DialogueCsv, {corpus(QStringLiteral("dialogue/内科.txt"))});
    QVERIFY2(dump.ok, qPrintable(dump.error.message));
    QCOMPARE(dump.stats.recordsRead, 4048);
    QCOMPARE(dump.stats.skippedDuplicate, 201); // SOURCES.txt: 3,847 distinct
    QCOMPARE(dump.stats.recordsImported, 3847);
    QVERIFY(test::balanced(dump.stats));
}

void TestRealCorpora::dialogueCsvAndDump()
{
    const QString csvFile = corpus(QStringLiteral("dialogue/样例_内科5000-6000.csv"));
    const Counted csv = importCounting(ImportFormat::DialogueCsv, {csvFile});
    const Counted both = importCounting(ImportFormat::DialogueCsv,
                                        {csvFile, corpus(QStringLiteral("dialogue/内科.txt"))});
    QVERIFY2(both.ok, qPrintable(both.error.message));
    QCOMPARE(both.stats.recordsRead, 7644 + 4048);
    // SOURCES.txt: 3,842 of the dump's 3,847 distinct records are in the CSV.
    QCOMPARE(both.stats.recordsImported - csv.stats.recordsImported, 3847 - 3842);
    QVERIFY(test::balanced(both.stats));
}

void TestRealCorpora::huatuo()
{
    const Counted huatuo = importCounting(ImportFormat::HuatuoJson,
                                          {corpus(QStringLiteral("huatuo/huatuo26M_test.json"))});
    QVERIFY2(huatuo.ok, qPrintable(huatuo.error.message));
    QCOMPARE(huatuo.stats.recordsRead, 6000);
    QCOMPARE(huatuo.stats.skippedEmpty, 0);
    QVERIFY(huatuo.stats.repairedMarkup > 0); // <br> in some answers
    QVERIFY(test::balanced(huatuo.stats));
}

void TestRealCorpora::tcmBooks()
{
    const QString books = corpus(QStringLiteral("tcm-books"));
    QStringList files;
    qint64 total = 0;
    ImportError error;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("SOURCES\\.txt is skipped")));
    QVERIFY2(listImportFiles(ImportFormat::TcmBooks, {books}, &files, &total, &error),
             qPrintable(error.message));
    QCOMPARE(files.size(), 629);
    QCOMPARE(total, 142431736); // SOURCES.txt: the included files' bytes

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("SOURCES\\.txt is skipped")));
    const Counted imported = importCounting(ImportFormat::TcmBooks, {books});
    QVERIFY2(imported.ok, qPrintable(imported.error.message));
    QCOMPARE(imported.stats.bytesRead, total);
    // 136,074 sections, plus the parts of the books without markers.
    QVERIFY(imported.stats.recordsRead > 136074);
    QVERIFY(imported.stats.recordsRead < 136074 + 1000);
    QCOMPARE(imported.stats.repairedEncoding, 2); // SOURCES.txt: 2 bad sequences in 203
    QCOMPARE(imported.stats.skippedEmpty, 0);
    QVERIFY(imported.stats.skippedDuplicate > 0); // 006 repeats a section hundreds of times
    QVERIFY(imported.stats.repairedMarkup > 0);   // \x \r \p markers
    QCOMPARE(imported.sinkCalls, imported.stats.recordsImported);
    QVERIFY(test::balanced(imported.stats));
}

QTEST_GUILESS_MAIN(TestRealCorpora)
#include "tst_realcorpora.moc"
