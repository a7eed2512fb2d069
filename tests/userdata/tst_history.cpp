// SPDX-License-Identifier: MIT
// The reading history (ReadingHistory) and the search history
// (SearchHistory), on stores on real SQLite files and in private sessions.
#include "address/pageurl.h"
#include "testsupport.h"
#include "userdata/userdata.h"
#include "userdatatestsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace qingnang;
using namespace qingnang::test;

class TestHistory : public UserDataTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void history();
    void searchPagesAreNotHistory();
    void historyIsTrimmed();
    void clearedHistoryLeavesNoTrace();
    void searchHistory();
};

void TestHistory::initTestCase()
{
    initHome();
}

void TestHistory::history()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const QUrl p1 = pageurl::article(QStringLiteral("one"));
    const QUrl p2 = pageurl::question(2);
    QVERIFY(store.history().addVisit(p1, QStringLiteral("一"), t0));
    QVERIFY(store.history().addVisit(p2, QStringLiteral("二"), t0.addSecs(60)));
    QVERIFY(store.history().addVisit(pageurl::article(QStringLiteral("one"), {}, 3),
                                     QStringLiteral("一（新）"), t0.addSecs(120)));
    QList<HistoryEntry> entries = store.history().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).url, p1); // one entry per page, the latest visited first
    QCOMPARE(entries.at(0).title, QStringLiteral("一（新）"));
    QCOMPARE(entries.at(0).visitCount, 2);
    QCOMPARE(entries.at(0).firstVisit, t0);
    QCOMPARE(entries.at(0).lastVisit, t0.addSecs(120));
    QCOMPARE(entries.at(1).url, p2);
    QCOMPARE(entries.at(1).visitCount, 1);

    QVERIFY(store.history().addVisit(p2, QString(), t0.addSecs(180)));
    entries = store.history().entries();
    QCOMPARE(entries.at(0).url, p2);
    QCOMPARE(entries.at(0).title, QStringLiteral("二")); // a visit without a title keeps the old
    // A visit older than the last (a clock set back) counts but does not move the page.
    QVERIFY(store.history().addVisit(p1, QStringLiteral("旧"), t0.addDays(-1)));
    entries = store.history().entries();
    QCOMPARE(entries.at(1).url, p1);
    QCOMPARE(entries.at(1).visitCount, 3);
    QCOMPARE(entries.at(1).firstVisit, t0.addDays(-1));
    QCOMPARE(entries.at(1).lastVisit, t0.addSecs(120));
    QCOMPARE(entries.at(1).title, QStringLiteral("一（新）"));

    QCOMPARE(store.history().entries(1).size(), 1);
    QCOMPARE(store.history().entries(10, 1).size(), 1);
    QCOMPARE(store.history().entries(10, 1).first().url, p1);
    QCOMPARE(store.history().count(), 2);
    // A visit without a time is now.
    QVERIFY(store.history().addVisit(pageurl::start(), QStringLiteral("首页")));
    QCOMPARE(store.history().entries().first().url, pageurl::start());
    QVERIFY(qAbs(store.history().entries().first().lastVisit.secsTo(
                QDateTime::currentDateTimeUtc())) < 3600);

    QVERIFY(store.history().remove(pageurl::question(2)));
    QCOMPARE(store.history().count(), 2);
    QVERIFY(store.history().clear());
    QCOMPARE(store.history().count(), 0);
    QVERIFY(store.history().entries().isEmpty());
}

// A results page holds the query: it is never history, and entries that an
// earlier version wrote are gone when the file is opened again.
void TestHistory::searchPagesAreNotHistory()
{
    const QString path = freshPath();
    const QUrl results = pageurl::search(QStringLiteral("胃疼怎么办"));
    {
        UserData store;
        QVERIFY(store.open(path));
        QVERIFY(store.history().addVisit(pageurl::article(QStringLiteral("one")),
                                         QStringLiteral("一")));
        QVERIFY(store.history().addVisit(results, QStringLiteral("搜索：胃疼怎么办")));
        QCOMPARE(store.history().count(), 1);
        QCOMPARE(store.history().entries().at(0).url, pageurl::article(QStringLiteral("one")));
    }
    {
        // As an earlier version left it.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery insert(db);
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO history (page_url, pack_id, title, first_visit,"
                           " last_visit, visit_count, seq) VALUES ('%1', '', '搜索：胃疼怎么办',"
                           " 1, 1, 1, 99)")
                .arg(results.toString(QUrl::FullyEncoded))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("earlier"));
    {
        UserData store;
        QVERIFY(store.open(path));
        QCOMPARE(store.history().count(), 1);
        QCOMPARE(store.history().entries().at(0).url, pageurl::article(QStringLiteral("one")));
    }
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.contains(QStringLiteral("胃疼怎么办").toUtf8()));
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(QStringLiteral("胃疼怎么办"))));
}

void TestHistory::historyIsTrimmed()
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    {
        UserData store;
        QVERIFY(store.open(freshPath()));
        store.history().setLimit(5);
        for (int i = 1; i <= 8; ++i) {
            QVERIFY(
                store.history().addVisit(pageurl::question(i), QString::number(i), t0.addSecs(i)));
        }
        QCOMPARE(store.history().count(), 5);
        QStringList kept;
        for (const HistoryEntry &entry : store.history().entries()) {
            kept.append(entry.title);
        }
        QCOMPARE(kept.join(QLatin1Char(' ')), QStringLiteral("8 7 6 5 4"));
        // Visiting the oldest again keeps it; the next oldest goes.
        QVERIFY(store.history().addVisit(pageurl::question(4), QStringLiteral("4"), t0.addSecs(9)));
        QVERIFY(
            store.history().addVisit(pageurl::question(9), QStringLiteral("9"), t0.addSecs(10)));
        kept.clear();
        for (const HistoryEntry &entry : store.history().entries()) {
            kept.append(entry.title);
        }
        QCOMPARE(kept.join(QLatin1Char(' ')), QStringLiteral("9 4 8 7 6"));
    }
    // The default bound, in a private session (the same code, no disk).
    UserData store;
    QVERIFY(store.openInMemory());
    QCOMPARE(store.history().limit(), 10000);
    const int visits = ReadingHistory::defaultLimit + 10;
    for (int i = 1; i <= visits; ++i) {
        QVERIFY(store.history().addVisit(pageurl::question(i), {}, t0.addSecs(i)));
    }
    QCOMPARE(store.history().count(), ReadingHistory::defaultLimit);
    QCOMPARE(store.history().entries(1).first().url, pageurl::question(visits));
    const QList<HistoryEntry> oldest = store.history().entries(1, ReadingHistory::defaultLimit - 1);
    QCOMPARE(oldest.first().url, pageurl::question(11));
}

void TestHistory::clearedHistoryLeavesNoTrace()
{
    const QString path = freshPath();
    UserData store;
    QVERIFY(store.open(path));
    const QByteArray secret("secret-page-7f3a");
    QVERIFY(store.history().addVisit(pageurl::topic(QString::fromLatin1(secret)),
                                     QStringLiteral("私密标题")));
    QVERIFY(store.searchHistory().add(QString::fromLatin1(secret) + QStringLiteral("-query")));
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("留下")) > 0);
    auto onDisk = [&path]() -> QByteArray {
        return fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    };
    QVERIFY(onDisk().contains(secret));
    QVERIFY(store.history().clear());
    QVERIFY(store.searchHistory().clear());
    // Neither the file nor its log holds the cleared pages any more.
    QVERIFY(!onDisk().contains(secret));
    QVERIFY(!onDisk().contains(QStringLiteral("私密标题").toUtf8()));
    QVERIFY(store.bookmarks().isBookmarked(pageurl::question(1)));
}

void TestHistory::searchHistory()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QSignalSpy changed(&store, &UserData::searchHistoryChanged);
    QVERIFY(store.searchHistory().add(QStringLiteral("头痛")));
    QVERIFY(store.searchHistory().add(QStringLiteral("失眠")));
    QVERIFY(store.searchHistory().add(QStringLiteral("  头痛 ")));
    QVERIFY(store.searchHistory().add(QStringLiteral("   "))); // nothing to keep
    QVERIFY(store.searchHistory().add(QStringLiteral("高血压\n饮食")));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(store.searchHistory().recent(),
             (QStringList{QStringLiteral("高血压 饮食"), QStringLiteral("头痛"),
                          QStringLiteral("失眠")}));
    QCOMPARE(store.searchHistory().recent(1), QStringList{QStringLiteral("高血压 饮食")});
    // An explicit older time puts a query after the newer ones.
    QVERIFY(store.searchHistory().add(QStringLiteral("旧的"),
                                      QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
    QCOMPARE(store.searchHistory().recent().last(), QStringLiteral("旧的"));
    QVERIFY(store.searchHistory().clear());
    QVERIFY(store.searchHistory().recent().isEmpty());
    QCOMPARE(changed.count(), 6);

    // Bounded.
    UserData memory;
    QVERIFY(memory.openInMemory());
    for (int i = 0; i < SearchHistory::maxQueries + 5; ++i) {
        QVERIFY(memory.searchHistory().add(QStringLiteral("查询%1").arg(i)));
    }
    const QStringList all = memory.searchHistory().recent(100000);
    QCOMPARE(all.size(), SearchHistory::maxQueries);
    QCOMPARE(all.first(), QStringLiteral("查询%1").arg(SearchHistory::maxQueries + 4));
    QCOMPARE(all.last(), QStringLiteral("查询5"));
}

QINGNANG_USERDATA_TEST_MAIN(TestHistory)

#include "tst_history.moc"
