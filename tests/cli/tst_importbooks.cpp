// SPDX-License-Identifier: MIT
// The books corpus of ../shared (629 classical books, 136 MB; skipped when it
// is absent) through the real `qingnang-pack import tcm-books`, then info and
// verify on the pack it wrote. Minutes of work: ctest labels it heavy.
#include "clitestsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

class TestImportBooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void import();
    void info();
    void verify();

private:
    QTemporaryDir m_dir;
    QString m_pack;
    test::ImportSummary m_summary;
};

void TestImportBooks::initTestCase()
{
    if (test::sharedDir().isEmpty()) {
        QSKIP("../shared/corpora is absent: the books import needs the shared corpora beside "
              "the sources");
    }
    QVERIFY(m_dir.isValid());
    m_pack = m_dir.filePath(QStringLiteral("books.qnpack"));
}

void TestImportBooks::import()
{
    const QString books = test::sharedDir() + QStringLiteral("/corpora/tcm-books");
    const test::Run run = test::runPackTool({QStringLiteral("import"), QStringLiteral("tcm-books"),
                                             books, QStringLiteral("-o"), m_pack},
                                            25 * 60 * 1000);
    QVERIFY2(run.status == 0, run.err.constData());
    // The corpus's own SOURCES.txt is no book, and the tool says so.
    QVERIFY2(run.err.contains("SOURCES.txt is skipped: it describes the books"),
             run.err.constData());

    m_summary = test::parseImportSummary(run.out);
    QVERIFY2(m_summary.valid, run.out.constData());
    QCOMPARE(m_summary.read - m_summary.skipped, m_summary.imported);
    QCOMPARE(m_summary.skipped, m_summary.empty + m_summary.duplicates);
    // SOURCES.txt: 136,074 sections, plus the parts of the books without
    // markers; 2 undecodable byte sequences, both in 203-婴童类萃.txt.
    QVERIFY2(m_summary.read > 136074 && m_summary.read < 136074 + 1000,
             qPrintable(QString::number(m_summary.read)));
    QCOMPARE(m_summary.undecodable, 2);
    qInfo("read %lld, imported %lld, skipped %lld (%lld empty, %lld duplicates)", m_summary.read,
          m_summary.imported, m_summary.skipped, m_summary.empty, m_summary.duplicates);
}

void TestImportBooks::info()
{
    if (!m_summary.valid) {
        QSKIP("the import failed");
    }
    const QJsonObject info = test::packInfo(m_pack);
    QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("中医古籍文库"));
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("articles")).toInteger(), m_summary.imported);
    QCOMPARE(counts.value(QStringLiteral("questions")).toInteger(), 0);

    // SOURCES.txt: 629 books, each a topic under 中医古籍 that holds its sections.
    qint64 books = 0;
    qint64 articles = 0;
    const QJsonArray topics = info.value(QStringLiteral("topics")).toArray();
    for (const QJsonValue &value : topics) {
        const QJsonObject topic = value.toObject();
        const QJsonArray path = topic.value(QStringLiteral("path")).toArray();
        QCOMPARE(path.first().toString(), QStringLiteral("中医古籍"));
        QCOMPARE(path.size(), 2);
        ++books;
        articles += topic.value(QStringLiteral("articles")).toInteger();
    }
    QCOMPARE(books, 629);
    QCOMPARE(articles, m_summary.imported);
}

void TestImportBooks::verify()
{
    if (!m_summary.valid) {
        QSKIP("the import failed");
    }
    const test::Run run = test::runPackTool({QStringLiteral("verify"), m_pack}, 25 * 60 * 1000);
    QVERIFY2(run.status == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(run.out.startsWith(QByteArray(m_pack.toUtf8() + ": ok")));
}

QTEST_GUILESS_MAIN(TestImportBooks)
#include "tst_importbooks.moc"
