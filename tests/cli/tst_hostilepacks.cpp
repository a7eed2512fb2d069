// SPDX-License-Identifier: MIT
// Issue 7, on the command line: damaged packs — cut short, bytes flipped, pages
// swapped, or valid SQLite files that break the pack's rules (a cycle in the
// tree, dangling references, lying counts, a 10 MB article, a million
// children, invalid UTF-8, NUL bytes…) — through `info`, `verify` and `search`
// as a user runs them. Each must finish (no crash, no hang), exit with a
// status of the contract, name the file when it fails, and never show an SQL
// error.
#include "clitestsupport.h"
#include "hostilepacks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;
using namespace qingnang::test;

class TestHostilePacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqlDamage_data();
    void sqlDamage();
    void byteDamage_data();
    void byteDamage();

private:
    // Runs the three commands on path; checks what every outcome must hold.
    // Fills the exit statuses of info and verify.
    void runCommands(const QString &path, int *infoStatus, int *verifyStatus);
    void checkRun(const QString &path, const QStringList &arguments, const QList<int> &allowed,
                  int *status);

    QTemporaryDir m_dir;
    QString m_good;
    QByteArray m_goodBytes;
};

// Generous: the sanitizer build on a busy machine is many times slower than a
// user's. A command that hangs is what this catches.
constexpr int commandTimeoutMs = 120 * 1000;

void TestHostilePacks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.qnpack"));
    QVERIFY(buildPack(fixturesDir() + QStringLiteral("/content-minimal"), m_good));
    m_goodBytes = readFile(m_good);
    QVERIFY(m_goodBytes.size() > 4 * hostile::pageSizeOf(m_goodBytes));
    // The good pack passes everything: the checks below are about damage.
    int info = -1;
    int verify = -1;
    runCommands(m_good, &info, &verify);
    QCOMPARE(info, 0);
    QCOMPARE(verify, 0);
}

void TestHostilePacks::checkRun(const QString &path, const QStringList &arguments,
                                const QList<int> &allowed, int *status)
{
    QElapsedTimer timer;
    timer.start();
    const Run run = runPackTool(arguments, commandTimeoutMs);
    const QString what = arguments.join(QLatin1Char(' '));
    qDebug().noquote() << what << "→" << run.status << "in" << timer.elapsed() << "ms";
    *status = run.status;
    QVERIFY2(run.status != -1, qPrintable(what + QStringLiteral(": crashed or did not finish")));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(
        allowed.contains(run.status),
        qPrintable(QStringLiteral("%1: exit status %2\n%3").arg(what).arg(run.status).arg(err)));
    // Never the database's own words at the user (our one documented message
    // that names SQLite, for a file that is no database at all, aside).
    static const QRegularExpression sqlWords(
        QStringLiteral("sql|fts5|unable to fetch|no such (table|column)|malformed|disk image"),
        QRegularExpression::CaseInsensitiveOption);
    QString words = err;
    words.remove(QLatin1String("(not an SQLite database)"));
    QVERIFY2(!sqlWords.match(words).hasMatch(), qPrintable(what + QStringLiteral(":\n") + err));
    if (run.status != 0) {
        QVERIFY2(err.contains(QDir::toNativeSeparators(path)),
                 qPrintable(what + QStringLiteral(": does not name the file:\n") + err));
    }
    if (run.status == 2) {
        // Either not a pack at all, or damaged: then the full check is named.
        QVERIFY2(err.contains(QLatin1String("not a Qingnang pack")) ||
                     err.contains(QLatin1String("schema version")) ||
                     err.contains(QLatin1String("qingnang-pack verify")),
                 qPrintable(what + QStringLiteral(":\n") + err));
    }
}

void TestHostilePacks::runCommands(const QString &path, int *infoStatus, int *verifyStatus)
{
    checkRun(path, {QStringLiteral("info"), path}, {0, 2}, infoStatus);
    int status = -1;
    checkRun(path, {QStringLiteral("info"), QStringLiteral("--json"), path}, {0, 2}, &status);
    QCOMPARE(status, *infoStatus);
    checkRun(path, {QStringLiteral("verify"), path}, {0, 1, 2}, verifyStatus);
    // What opens for info opens for search, and search answers whatever it meets.
    for (const QString &query :
         {QStringLiteral("测试"), QStringLiteral("问题 \"* AND -:("), QStringLiteral("子专题")}) {
        checkRun(path, {QStringLiteral("search"), path, query, QStringLiteral("--json")}, {0, 2},
                 &status);
        QCOMPARE(status, *infoStatus);
    }
}

void TestHostilePacks::sqlDamage_data()
{
    QTest::addColumn<QByteArray>("sql");
    for (const hostile::SqlDamage &damage : hostile::sqlDamages()) {
        QTest::newRow(damage.name) << QByteArray(damage.sql);
    }
}

void TestHostilePacks::sqlDamage()
{
    QFETCH(QByteArray, sql);
    const QString path = m_dir.filePath(QStringLiteral("damaged.qnpack"));
    const QString problem = hostile::applySql(m_good, path, sql.constData());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    int info = -1;
    int verify = -1;
    runCommands(path, &info, &verify);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Every one of these breaks a rule that verify checks.
    QVERIFY2(verify == 1 || verify == 2, "verify passed a damaged pack");
    QFile::remove(path);
}

void TestHostilePacks::byteDamage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mustFail");
    for (const hostile::ByteDamage &damage : hostile::byteDamages(m_goodBytes)) {
        // A flipped byte may land where nothing is kept (free space in a page);
        // a cut or a swap always breaks the file.
        const bool flip = damage.name.contains(QLatin1String("flipped")) ||
                          damage.name.contains(QLatin1String("header"));
        QTest::newRow(qPrintable(damage.name)) << damage.bytes << !flip;
    }
}

void TestHostilePacks::byteDamage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mustFail);
    const QString path = m_dir.filePath(QStringLiteral("bytes.qnpack"));
    QVERIFY(writeFile(path, bytes));
    int info = -1;
    int verify = -1;
    runCommands(path, &info, &verify);
    if (mustFail) {
        QVERIFY2(verify != 0, "verify passed a damaged file");
    }
}

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"
