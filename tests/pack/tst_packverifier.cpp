// SPDX-License-Identifier: MIT
// verify on a good pack, and on copies damaged in one way each: every damage
// is named, and verify never changes the file.
#include "pack/packchecksum.h"
#include "pack/packverifier.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace qingnang;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestPackVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodPacks();
    void damage_data();
    void damage();
    void truncatedFile();
    void notAPack();

private:
    QTemporaryDir m_dir;
    QString m_good;
};

void TestPackVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.qnpack"));
    QVERIFY(test::buildPack(test::fixturesDir() + QStringLiteral("/content-minimal"), m_good));
}

void TestPackVerifier::goodPacks()
{
    for (const QString &path : {m_good, test::bundledPack()}) {
        const QByteArray before = hashOf(path);
        const VerifyReport report = verifyPack(path);
        QVERIFY2(report.ok(),
                 qPrintable(report.problems.join(QLatin1Char('\n')) + report.openError));
        QVERIFY(report.checks.contains(QStringLiteral("search index")));
        QCOMPARE(hashOf(path), before);
    }
}

void TestPackVerifier::damage_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>(
        "fixChecksum"); // store the new checksum, so that only the damage itself shows
    QTest::addColumn<QString>("problem");

    QTest::newRow("cycle in the tree")
        << "UPDATE topic SET parent_id = 3 WHERE id = 1" << true
        << "topic 1: its parent 3 is not an earlier topic (the tree may have a cycle)";
    QTest::newRow("parent missing") << "UPDATE topic SET parent_id = 99 WHERE id = 3" << true
                                    << "topic 3: its parent 99 does not exist";
    QTest::newRow("question without topic") << "UPDATE question SET topic_id = 42 WHERE id = 1"
                                            << true << "question 1: its topic 42 does not exist";
    QTest::newRow("article without topic")
        << "UPDATE article SET topic_id = 42" << true << "article 1: its topic 42 does not exist";
    QTest::newRow("orphan text")
        << "UPDATE passage SET owner_id = 77 WHERE kind = 4 AND position = 2" << true
        << "its owner 77 does not exist";
    QTest::newRow("meta count lies")
        << "UPDATE meta SET value = '1000' WHERE key = 'count_questions'" << false
        << "meta: count_questions says 1000, the pack holds 3";
    QTest::newRow("topic count lies") << "UPDATE topic SET question_count = 9 WHERE slug = 'sub'"
                                      << false << "question_count 9, but it has 2";
    QTest::newRow("totals lie")
        << "UPDATE topic SET total_questions = 50 WHERE slug = 'dept'" << false
        << "its totals say 1 articles and 50 questions, its subtree holds 1 and 3";
    QTest::newRow("answer count lies") << "UPDATE question SET answer_count = 7 WHERE id = 1"
                                       << false << "question 1: answer_count 7, but it has 2";
    QTest::newRow("content changed") << "UPDATE passage SET body = body || '。' WHERE id = 2"
                                     << false << "the content checksum does not match";
    QTest::newRow("text changed under the index")
        << "UPDATE passage SET body = '完全不同的一段话' WHERE kind = 2 AND position = 2" << true
        << "search index search_passage does not match the content";
    QTest::newRow("title index out of step")
        << "UPDATE title_doc SET text = '别的标题' WHERE kind = 4" << true
        << "the search titles do not list question";
    QTest::newRow("missing table")
        << "DROP TABLE title_doc" << true << "a table is missing or has other columns";
    QTest::newRow("meta without checksum") << "DELETE FROM meta WHERE key = 'content_checksum'"
                                           << false << "meta: \"content_checksum\" is missing";
}

void TestPackVerifier::damage()
{
    QFETCH(QString, sql);
    QFETCH(bool, fixChecksum);
    QFETCH(QString, problem);

    const QString path = m_dir.filePath(QStringLiteral("damaged.qnpack"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SQLITE_OPEN_READWRITE));
        QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
        if (fixChecksum) {
            QString error;
            const QString checksum = contentChecksum(db.handle(), &error);
            if (!checksum.isEmpty()) {
                QVERIFY(db.exec(
                    QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'content_checksum'")
                        .arg(checksum)));
            }
        }
    }
    const QByteArray before = hashOf(path);
    const VerifyReport report = verifyPack(path);
    QVERIFY(!report.ok());
    QVERIFY(report.openError.isEmpty());
    QVERIFY2(!report.problems.filter(problem).isEmpty(),
             qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(hashOf(path), before);

    // The command line: the problems on stdout, one summary on stderr, exit status 1.
    QByteArray out;
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(), {QStringLiteral("verify"), path}, &out, &err), 1);
    QVERIFY2(QString::fromUtf8(out).contains(problem), out.constData());
    QVERIFY(err.contains("the pack is damaged"));
}

void TestPackVerifier::truncatedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.qnpack"));
    QFile good(m_good);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QVERIFY(test::writeFile(path, good.read(good.size() * 2 / 3)));
    const VerifyReport report = verifyPack(path);
    QVERIFY(!report.ok());
    QVERIFY(report.problemCount > 0 || !report.openError.isEmpty());
}

void TestPackVerifier::notAPack()
{
    const QString path = m_dir.filePath(QStringLiteral("text.qnpack"));
    QVERIFY(test::writeFile(path, "这不是内容包"));
    const VerifyReport report = verifyPack(path);
    QVERIFY(report.openError.contains(QStringLiteral("not a Qingnang pack")));
    QByteArray err;
    QCOMPARE(test::runProgram(test::packTool(), {QStringLiteral("verify"), path}, nullptr, &err),
             2);
    QVERIFY(err.contains("not a Qingnang pack"));
    QByteArray out;
    QCOMPARE(test::runProgram(test::packTool(), {QStringLiteral("verify"), m_good}, &out, nullptr),
             0);
    QVERIFY(out.contains(": ok ("));
}

QTEST_GUILESS_MAIN(TestPackVerifier)
#include "tst_packverifier.moc"
