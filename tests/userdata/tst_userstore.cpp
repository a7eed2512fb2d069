// SPDX-License-Identifier: MIT
// The user-data store on real SQLite files (UserStore): the file it makes,
// what it refuses and leaves untouched, starting afresh, the private session,
// signals, what every part accepts and refuses, and that what a call saved
// survives the process being killed (SIGKILL) right after the call returned.
#include "address/pageurl.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"
#include "userdata/userdata.h"
#include "userdata/userdataschema.h"
#include "userdata/userdatatext.h"
#include "userdatatestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

using namespace qingnang;
using namespace qingnang::test;

Q_DECLARE_METATYPE(qingnang::UserDataProblem)

namespace {

constexpr char childFlag[] = "--userdata-child";

int runDurabilityChild(const QStringList &arguments)
{
    // --userdata-child PATH N: adds the N-th bookmark and note, says so, waits to be killed.
    UserData store;
    if (!store.open(arguments.value(2))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    const int n = arguments.value(3).toInt();
    const QUrl url = pageurl::question(n + 1);
    if (!store.bookmarks().add(url, QStringLiteral("第%1条").arg(n + 1)) ||
        !store.notes().set(url, QStringLiteral("笔记 %1").arg(n + 1), QStringLiteral("问题"))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 3;
    }
    std::fputs("saved\n", stdout);
    std::fflush(stdout);
    // Nothing more: the parent kills us. Should it go away instead, stdin ends.
    char byte = 0;
    while (::read(STDIN_FILENO, &byte, 1) > 0) {
    }
    return 0;
}

} // namespace

class TestUserStore : public UserDataTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsAFileOfItsOwn();
    void inputIsCleanedOrRefused();
    void invalidAddressesAreRefused_data();
    void invalidAddressesAreRefused();
    void signalsSayWhatChanged();
    void survivesCloseAndReopen();
    void privateSessionWritesNothing();
    void refusesFilesNotItsOwn_data();
    void refusesFilesNotItsOwn();
    void aDamagedFileKeepsItsLog();
    void startAfreshMovesTheOldFileAside();
    void survivesSigkillRightAfterACall();
    void defaultPathIsInTheAppDataDirectory();
};

void TestUserStore::initTestCase()
{
    initHome();
}

void TestUserStore::createsAFileOfItsOwn()
{
    const QString path = freshPath();
    const QString dir = QFileInfo(path).path();
    QVERIFY(!QFileInfo::exists(dir));
    UserData store;
    QVERIFY(!store.isOpen());
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isPrivate());
    QCOMPARE(store.path(), path);
    QCOMPARE(store.problem(), UserDataProblem::None);
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("问")) > 0);
    // Written through a write-ahead log while open.
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    store.close();
    QVERIFY(!store.isOpen());
    // Closed: one file, readable by its owner only, nothing left beside it.
    QCOMPARE(test::filesIn(dir), QStringList{QStringLiteral("userdata.sqlite")});
    QCOMPARE(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray header = fileBytes(path).left(100);
    QVERIFY(header.startsWith(QByteArray("SQLite format 3\0", 16)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    QCOMPARE(qFromBigEndian<quint32>(bytes + 68), quint32(0x514E5544)); // "QNUD"
    QCOMPARE(qFromBigEndian<qint32>(bytes + 60), 1);
    QCOMPARE(int(bytes[18]), 2); // WAL, by the file format's write version

    // A store's own calls fail plainly when it is not open.
    QCOMPARE(store.bookmarks().addFolder(QStringLiteral("甲")), 0);
    QCOMPARE(store.errorString(), QStringLiteral("the user-data store is not open"));
    QVERIFY(store.bookmarks().inFolder().isEmpty());
}

void TestUserStore::inputIsCleanedOrRefused()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    // SQL in what the user types is text like any other.
    const QString sql = QStringLiteral("'); DROP TABLE bookmark; -- \"x\" OR 1=1");
    const qint64 folder = store.bookmarks().addFolder(sql);
    QVERIFY(folder > 0);
    const qint64 id = store.bookmarks().add(pageurl::question(1), sql, folder);
    QVERIFY(id > 0);
    QVERIFY(store.notes().set(pageurl::question(1), sql, sql));
    QVERIFY(store.searchHistory().add(sql));
    QVERIFY(store.history().addVisit(pageurl::topic(sql), sql));
    QCOMPARE(store.bookmarks().folder(folder)->name, sql);
    QCOMPARE(store.bookmarks().bookmark(id)->title, sql);
    QCOMPARE(store.notes().note(pageurl::question(1))->text, sql);
    QCOMPARE(store.searchHistory().recent(), QStringList{sql});
    QCOMPARE(store.history().entries().first().title, sql);
    QCOMPARE(store.history().entries().first().url, pageurl::topic(sql));
    QCOMPARE(store.bookmarks().inFolder(folder).size(), 1);

    // NULs go; titles become one line; notes keep their lines.
    const QString withNul = QStringLiteral("前") + QChar(0) + QStringLiteral("后");
    QVERIFY(store.bookmarks().rename(id, withNul + QStringLiteral("\n第二行\t!")));
    QCOMPARE(store.bookmarks().bookmark(id)->title, QStringLiteral("前后 第二行 !"));
    QVERIFY(store.notes().set(pageurl::question(2), withNul + QStringLiteral("\n第二行")));
    QCOMPARE(store.notes().note(pageurl::question(2))->text, QStringLiteral("前后\n第二行"));
    QVERIFY(store.notes().set(pageurl::question(3), QString(3, QChar(0))));
    QVERIFY(!store.notes().note(pageurl::question(3))); // nothing but NULs is empty
    // An unpaired surrogate becomes U+FFFD.
    QVERIFY(
        store.bookmarks().rename(id, QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")));
    QCOMPARE(store.bookmarks().bookmark(id)->title, QStringLiteral("a\uFFFDb"));

    // Long titles are cut, never inside a surrogate pair; long notes are refused.
    QVERIFY(store.bookmarks().rename(id, QString(5000, QLatin1Char('x'))));
    QCOMPARE(store.bookmarks().bookmark(id)->title.size(), userdata::maxTitleLength);
    const QString emoji = QStringLiteral("\U0001F600");
    QVERIFY(store.bookmarks().rename(id, QString(userdata::maxTitleLength - 1, QLatin1Char('y')) +
                                             emoji + QStringLiteral("zzz")));
    QCOMPARE(store.bookmarks().bookmark(id)->title,
             QString(userdata::maxTitleLength - 1, QLatin1Char('y')));
    const QString longest(userdata::maxNoteLength, QChar(0x7B14));
    QVERIFY(store.notes().set(pageurl::question(4), longest));
    QCOMPARE(store.notes().note(pageurl::question(4))->text, longest);
    QVERIFY(!store.notes().set(pageurl::question(4), longest + QStringLiteral("!")));
    QCOMPARE(store.errorString(),
             QStringLiteral("the note has 100001 characters; a note holds at most 100000"));
    QCOMPARE(store.notes().note(pageurl::question(4))->text, longest);
    QVERIFY(store.searchHistory().add(QString(2000, QLatin1Char('q'))));
    QCOMPARE(store.searchHistory().recent().first().size(), userdata::maxQueryLength);
}

void TestUserStore::invalidAddressesAreRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("complaint");
    const QString notOurs = QStringLiteral("not a Qingnang page address");
    QTest::newRow("empty") << QUrl() << QStringLiteral("no page address given");
    QTest::newRow("web page") << page(QStringLiteral("https://example.com/")) << notOurs;
    QTest::newRow("local file") << page(QStringLiteral("file:///etc/passwd")) << notOurs;
    QTest::newRow("script") << page(QStringLiteral("javascript:alert(1)")) << notOurs;
    QTest::newRow("with a host") << page(QStringLiteral("qingnang://host/topic/x")) << notOurs;
    QTest::newRow("unknown page") << page(QStringLiteral("qingnang:/nonsense/a/b")) << notOurs;
    QTest::newRow("question not a number")
        << page(QStringLiteral("qingnang:/question/abc")) << notOurs;
    QTest::newRow("too long") << pageurl::topic(QString(5000, QLatin1Char('x')))
                              << QStringLiteral("the page address is longer than 4096 characters");
}

void TestUserStore::invalidAddressesAreRefused()
{
    QFETCH(QUrl, url);
    QFETCH(QString, complaint);
    UserData store;
    QVERIFY(store.openInMemory());
    QSignalSpy bookmarks(&store, &UserData::bookmarksChanged);
    QSignalSpy notes(&store, &UserData::notesChanged);
    QSignalSpy history(&store, &UserData::historyChanged);
    QCOMPARE(store.bookmarks().add(url, QStringLiteral("标题")), 0);
    QVERIFY2(store.errorString().startsWith(complaint), qPrintable(store.errorString()));
    QVERIFY(!store.notes().set(url, QStringLiteral("笔记")));
    QVERIFY(store.errorString().startsWith(complaint));
    QVERIFY(!store.history().addVisit(url, QStringLiteral("标题")));
    QVERIFY(store.errorString().startsWith(complaint));
    QVERIFY(store.bookmarks().inFolder().isEmpty());
    QVERIFY(store.notes().all().isEmpty());
    QCOMPARE(store.history().count(), 0);
    QCOMPARE(bookmarks.count() + notes.count() + history.count(), 0);
}

void TestUserStore::signalsSayWhatChanged()
{
    UserData store;
    QSignalSpy bookmarks(&store, &UserData::bookmarksChanged);
    QSignalSpy notes(&store, &UserData::notesChanged);
    QSignalSpy history(&store, &UserData::historyChanged);
    QSignalSpy searches(&store, &UserData::searchHistoryChanged);
    auto counts = [&]() {
        return QList<int>{int(bookmarks.count()), int(notes.count()), int(history.count()),
                          int(searches.count())};
    };
    QVERIFY(store.open(freshPath()));
    QCOMPARE(counts(), (QList<int>{1, 1, 1, 1})); // everything is new to a view
    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("甲"));
    const qint64 id = store.bookmarks().add(pageurl::question(1), QStringLiteral("一"), folder);
    QVERIFY(store.bookmarks().rename(id, QStringLiteral("壹")));
    QVERIFY(store.bookmarks().move(id, 0));
    QVERIFY(store.bookmarks().renameFolder(folder, QStringLiteral("乙")));
    QVERIFY(store.bookmarks().moveFolder(folder, 0, 0));
    QVERIFY(store.bookmarks().remove(id));
    QVERIFY(store.bookmarks().removeFolder(folder));
    QCOMPARE(counts(), (QList<int>{9, 1, 1, 1}));
    QVERIFY(store.notes().set(pageurl::question(1), QStringLiteral("记")));
    QCOMPARE(counts(), (QList<int>{9, 2, 1, 1}));
    QVERIFY(store.history().addVisit(pageurl::question(1), QStringLiteral("一")));
    QVERIFY(store.history().remove(pageurl::question(1)));
    QVERIFY(store.history().remove(pageurl::question(1))); // nothing left to remove
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 1}));
    QVERIFY(store.searchHistory().add(QStringLiteral("查")));
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 2}));
    // Failures change nothing and say nothing.
    QCOMPARE(store.bookmarks().addFolder(QString()), 0);
    QVERIFY(!store.bookmarks().removeFolder(99));
    QVERIFY(!store.bookmarks().remove(99));
    QVERIFY(!store.notes().set(QUrl(), QStringLiteral("x")));
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 2}));
    store.close();
    QCOMPARE(counts(), (QList<int>{10, 3, 4, 3}));
    store.close(); // already closed: nothing more
    QCOMPARE(counts(), (QList<int>{10, 3, 4, 3}));
}

void TestUserStore::survivesCloseAndReopen()
{
    const QString path = freshPath();
    QStringList before;
    QList<HistoryEntry> history;
    {
        UserData store;
        QVERIFY(store.open(path));
        const qint64 folder = store.bookmarks().addFolder(QStringLiteral("常用"));
        store.bookmarks().addFolder(QStringLiteral("深处"), folder);
        QVERIFY(store.bookmarks().add(pageurl::topic(QStringLiteral("头痛")),
                                      QStringLiteral("头痛"), folder));
        QVERIFY(store.bookmarks().add(pageurl::question(5, QStringLiteral("p2")),
                                      QStringLiteral("五")));
        QVERIFY(store.notes().set(pageurl::question(5, QStringLiteral("p2")),
                                  QStringLiteral("笔记\n两行"), QStringLiteral("五")));
        QVERIFY(store.history().addVisit(pageurl::question(5), QStringLiteral("五")));
        QVERIFY(store.searchHistory().add(QStringLiteral("头痛")));
        before = dump(store);
        history = store.history().entries();
        // A second store on the same file (a second window or process) sees the same.
        UserData second;
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
        QCOMPARE(dump(second), before);
        QVERIFY(second.searchHistory().add(QStringLiteral("失眠")));
        QCOMPARE(store.searchHistory().recent().first(), QStringLiteral("失眠"));
    }
    QCOMPARE(test::filesIn(QFileInfo(path).path()), QStringList{QStringLiteral("userdata.sqlite")});
    UserData store;
    QVERIFY(store.open(path));
    QCOMPARE(dump(store), before);
    QCOMPARE(before.size(), 5);
    QCOMPARE(store.history().entries().size(), 1);
    QCOMPARE(store.history().entries().first().url, history.first().url);
    QCOMPARE(store.history().entries().first().lastVisit, history.first().lastVisit);
    QCOMPARE(store.searchHistory().recent(),
             (QStringList{QStringLiteral("失眠"), QStringLiteral("头痛")}));
}

void TestUserStore::privateSessionWritesNothing()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // SQLite would put temporary files here; the session must not make any.
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp.path()));
    qputenv("SQLITE_TMPDIR", QFile::encodeName(temp.path()));
    const QStringList home = treeSnapshot(m_home.path());
    const QStringList dir = treeSnapshot(m_dir.path());
    QVERIFY(!QFileInfo::exists(UserData::defaultPath()));
    {
        UserData store;
        QVERIFY(store.openInMemory());
        QVERIFY(store.isOpen());
        QVERIFY(store.isPrivate());
        QCOMPARE(store.path(), QString());
        const qint64 folder = store.bookmarks().addFolder(QStringLiteral("私密"));
        for (int i = 1; i <= 200; ++i) {
            QVERIFY(store.bookmarks().add(pageurl::question(i), QStringLiteral("问题%1").arg(i),
                                          i % 2 ? folder : 0));
            QVERIFY(store.notes().set(pageurl::question(i), QStringLiteral("笔记").repeated(200)));
            QVERIFY(
                store.history().addVisit(pageurl::question(i), QStringLiteral("问题%1").arg(i)));
            QVERIFY(store.searchHistory().add(QStringLiteral("查询%1").arg(i)));
        }
        QVERIFY(store.bookmarks().moveFolder(folder, 0, 0));
        QCOMPARE(store.bookmarks().inFolder(folder).size(), 100);
        const QByteArray json = store.exchange().exportJson();
        QVERIFY(!json.isEmpty());
        UserData other;
        QVERIFY(other.openInMemory());
        QVERIFY(other.exchange().importJson(json).ok);
        QCOMPARE(dump(other), dump(store));
        QVERIFY(store.history().clear());
        QVERIFY(store.bookmarks().removeFolder(folder));
        store.close();
        QVERIFY(store.openInMemory()); // a new session starts empty
        QVERIFY(store.bookmarks().inFolder().isEmpty());
        QVERIFY(store.notes().all().isEmpty());
    }
    QCOMPARE(test::filesIn(temp.path()), QStringList());
    QCOMPARE(treeSnapshot(m_home.path()), home);
    QCOMPARE(treeSnapshot(m_dir.path()), dir);
    QVERIFY(!QFileInfo::exists(UserData::defaultPath()));
    QVERIFY(!QFileInfo::exists(QFileInfo(UserData::defaultPath()).path()));
    qunsetenv("SQLITE_TMPDIR");
    if (oldTmp.isEmpty()) {
        qunsetenv("TMPDIR");
    } else {
        qputenv("TMPDIR", oldTmp);
    }
}

void TestUserStore::refusesFilesNotItsOwn_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<UserDataProblem>("problem");
    QTest::addColumn<QString>("complaint");

    auto make = [this](const char *name) {
        const QString path = freshPath(QLatin1String(name));
        QDir().mkpath(QFileInfo(path).path());
        return path;
    };

    const QString text = make("text.sqlite");
    QVERIFY(test::writeFile(text, QStringLiteral("这不是数据库。\nNot a database.\n").toUtf8()));
    QTest::newRow("text file") << text << UserDataProblem::NotOurs
                               << "not Qingnang user data (not an SQLite database)";

    const QString foreign = make("foreign.sqlite");
    QVERIFY(writeSqliteFile(foreign, 0, 0, true));
    QTest::newRow("another application's database")
        << foreign << UserDataProblem::NotOurs
        << "not Qingnang user data (an SQLite database of another application)";

    const QString pack = make("pack.sqlite");
    QVERIFY(writeSqliteFile(pack, 0x514E504B, 2, true)); // a Qingnang pack's id
    QTest::newRow("a content pack") << pack << UserDataProblem::NotOurs
                                    << "not Qingnang user data (an SQLite database of another "
                                       "application)";

    const QString newer = make("newer.sqlite");
    QVERIFY(writeSqliteFile(newer, userdata::applicationId, 2, true));
    QTest::newRow("newer version")
        << newer << UserDataProblem::NewerVersion
        << "written by a newer Qingnang (user-data version 2; this Qingnang reads version 1 and "
           "earlier)";

    const QString hollow = make("hollow.sqlite");
    QVERIFY(writeSqliteFile(hollow, userdata::applicationId, 1, true));
    QTest::newRow("ours by its header, without our tables")
        << hollow << UserDataProblem::Damaged << "damaged: its tables are not complete";

    const QString truncated = make("truncated.sqlite");
    QVERIFY(writeFullStore(truncated));
    const QByteArray whole = fileBytes(truncated);
    QVERIFY(whole.size() > 40 * 4096);
    QVERIFY(test::writeFile(truncated, whole.left(whole.size() / 2)));
    QTest::newRow("cut in half") << truncated << UserDataProblem::Damaged << "damaged: ";

    const QString overwritten = make("overwritten.sqlite");
    QVERIFY(writeFullStore(overwritten));
    QByteArray scribbled = fileBytes(overwritten);
    scribbled.replace(4096, 3 * 4096, QByteArray(3 * 4096, '\xFF'));
    QVERIFY(test::writeFile(overwritten, scribbled));
    QTest::newRow("pages overwritten") << overwritten << UserDataProblem::Damaged << "damaged: ";

    const QString header = make("header.sqlite");
    QVERIFY(writeFullStore(header));
    QVERIFY(test::writeFile(header, fileBytes(header).left(60)));
    QTest::newRow("cut in the header")
        << header << UserDataProblem::Damaged << "damaged: the file is cut short (60 bytes)";

    const QString empty = make("empty.sqlite");
    QVERIFY(test::writeFile(empty, QByteArray()));
    QTest::newRow("empty file") << empty << UserDataProblem::Damaged << "the file is empty";

    const QString orphan = make("orphan.sqlite");
    QVERIFY(test::writeFile(orphan + QStringLiteral("-wal"), QByteArray(4096, 'w')));
    QTest::newRow("a log without its file")
        << orphan << UserDataProblem::Damaged
        << QStringLiteral("the file is missing, but its log %1-wal is there")
               .arg(QDir::toNativeSeparators(orphan));

    const QString directory = make("directory.sqlite");
    QVERIFY(QDir().mkpath(directory));
    QTest::newRow("a directory") << directory << UserDataProblem::CannotOpen
                                 << "is a directory, not a file";
}

void TestUserStore::refusesFilesNotItsOwn()
{
    QFETCH(QString, path);
    QFETCH(UserDataProblem, problem);
    QFETCH(QString, complaint);
    const QString dir = QFileInfo(path).path();
    const QStringList before = treeSnapshot(dir);
    const QByteArray bytes = fileBytes(path);

    UserData store;
    QSignalSpy changed(&store, &UserData::bookmarksChanged);
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QCOMPARE(store.problem(), problem);
    const QString expected = QDir::toNativeSeparators(path) + QStringLiteral(": ") + complaint;
    QVERIFY2(store.errorString().startsWith(expected), qPrintable(store.errorString()));
    QCOMPARE(changed.count(), 0);
    // Left exactly as it was, with nothing new beside it.
    QCOMPARE(fileBytes(path), bytes);
    QCOMPARE(treeSnapshot(dir), before);
    // And a second attempt says the same.
    QVERIFY(!store.open(path));
    QVERIFY(store.errorString().startsWith(expected));
    QCOMPARE(treeSnapshot(dir), before);
}

// A store whose last changes are still in its write-ahead log (the program was
// killed), and whose file was then damaged: refusing it leaves both the file
// and the log as they were, so that nothing more is lost.
void TestUserStore::aDamagedFileKeepsItsLog()
{
    const QString original = freshPath();
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    qint64 untouchedPage = 0;
    {
        UserData store;
        QVERIFY(store.open(original));
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(store.bookmarks().add(pageurl::question(i), QStringLiteral("问题%1").arg(i)));
        }
        // The table of searches has not changed since the file was made: its
        // page is in the file, not in the log.
        SqliteDatabase reader;
        QVERIFY(reader.open(original, SQLITE_OPEN_READONLY));
        SqliteStatement root =
            reader.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'search_query'");
        QCOMPARE(root.step(), SQLITE_ROW);
        untouchedPage = root.columnInt(0);
        // The file and its log as a killed program would leave them.
        QVERIFY(QFile::copy(original, path));
        QVERIFY(QFile::copy(original + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    QVERIFY(untouchedPage > 1);
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() >= untouchedPage * 4096);
    bytes.replace((untouchedPage - 1) * 4096, 4096, QByteArray(4096, '\xFF'));
    QVERIFY(test::writeFile(path, bytes));
    const QByteArray log = fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(log.size() > 0);

    UserData store;
    QVERIFY(!store.open(path));
    QCOMPARE(store.problem(), UserDataProblem::Damaged);
    QVERIFY2(store.errorString().startsWith(path + QStringLiteral(": damaged: ")),
             qPrintable(store.errorString()));
    QCOMPARE(fileBytes(path), bytes);
    QCOMPARE(fileBytes(path + QStringLiteral("-wal")), log);
}

void TestUserStore::startAfreshMovesTheOldFileAside()
{
    const QString path = freshPath();
    const QString dir = QFileInfo(path).path();
    QVERIFY(writeFullStore(path));
    QVERIFY(test::writeFile(path, fileBytes(path).left(50 * 1024)));
    const QByteArray damaged = fileBytes(path);

    UserData store;
    QVERIFY(!store.open(path));
    QCOMPARE(store.problem(), UserDataProblem::Damaged);
    QString movedTo;
    QVERIFY2(store.startAfresh(path, &movedTo), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), path);
    QVERIFY2(movedTo.startsWith(path + QStringLiteral(".damaged-")), qPrintable(movedTo));
    QCOMPARE(fileBytes(movedTo), damaged);
    QVERIFY(store.bookmarks().inFolder().isEmpty());
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("新的开始")) > 0);
    store.close();
    QCOMPARE(test::filesIn(dir),
             (QStringList{QStringLiteral("userdata.sqlite"), QFileInfo(movedTo).fileName()}));
    QVERIFY(store.open(path));
    QCOMPARE(titles(store.bookmarks().inFolder()), QStringList{QStringLiteral("新的开始")});
    store.close();

    // A log beside the file goes with it; names never clash; nothing is deleted.
    QVERIFY(test::writeFile(path, QByteArrayLiteral("garbage, not a database")));
    QVERIFY(test::writeFile(path + QStringLiteral("-wal"), QByteArrayLiteral("a log")));
    QVERIFY(!store.open(path));
    QCOMPARE(store.problem(), UserDataProblem::NotOurs);
    QString second;
    QVERIFY(store.startAfresh(path, &second));
    QVERIFY(second != movedTo);
    QCOMPARE(fileBytes(second), QByteArrayLiteral("garbage, not a database"));
    QCOMPARE(fileBytes(second + QStringLiteral("-wal")), QByteArrayLiteral("a log"));
    QCOMPARE(fileBytes(movedTo), damaged);
    QVERIFY(store.bookmarks().inFolder().isEmpty());
    store.close();
    QCOMPARE(test::filesIn(dir).size(), 4);

    // A log left without its file goes aside too, before a new file is made.
    QVERIFY(QFile::remove(path));
    QVERIFY(test::writeFile(path + QStringLiteral("-wal"), QByteArrayLiteral("an orphaned log")));
    QVERIFY(!store.open(path));
    QString third;
    QVERIFY2(store.startAfresh(path, &third), qPrintable(store.errorString()));
    QVERIFY(!QFileInfo::exists(third));
    QCOMPARE(fileBytes(third + QStringLiteral("-wal")), QByteArrayLiteral("an orphaned log"));
    QVERIFY(store.isOpen());
    store.close();
    QCOMPARE(test::filesIn(dir).size(), 5);
}

void TestUserStore::survivesSigkillRightAfterACall()
{
    const QString path = freshPath();
    constexpr int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QLatin1String(childFlag), path, QString::number(round)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray out;
        while (!out.contains("saved\n")) {
            // A generous bound so that a broken child cannot hang the test; not a timing check.
            if (!child.waitForReadyRead(120000)) {
                QFAIL(qPrintable(QStringLiteral("round %1: the child stopped before saving: %2")
                                     .arg(round)
                                     .arg(QString::fromUtf8(child.readAllStandardError()))));
            }
            out += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // What the child saved is in the log, not yet in the file itself.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        UserData store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const QList<Bookmark> bookmarks = store.bookmarks().inFolder();
        QCOMPARE(bookmarks.size(), round + 1);
        for (int n = 1; n <= round + 1; ++n) {
            const QUrl url = pageurl::question(n);
            QCOMPARE(bookmarks.at(n - 1).url, url);
            QCOMPARE(bookmarks.at(n - 1).title, QStringLiteral("第%1条").arg(n));
            const std::optional<Note> note = store.notes().note(url);
            QVERIFY2(note, qPrintable(QStringLiteral("round %1: no note %2").arg(round).arg(n)));
            QCOMPARE(note->text, QStringLiteral("笔记 %1").arg(n));
        }
        store.close();
    }
}

void TestUserStore::defaultPathIsInTheAppDataDirectory()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/userdata.sqlite");
    QCOMPARE(UserData::defaultPath(), expected);
    QVERIFY(expected.startsWith(m_home.path()));
    UserData store;
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.path(), expected);
    QVERIFY(QFileInfo::exists(expected));
    store.close();
    // Gone again, so that the other tests find no file there in any order.
    QVERIFY(QDir(m_home.filePath(QStringLiteral("data"))).removeRecursively());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qingnang"));
    QCoreApplication::setApplicationName(QStringLiteral("qingnang"));
    if (QCoreApplication::arguments().value(1) == QLatin1String(childFlag)) {
        return runDurabilityChild(QCoreApplication::arguments());
    }
    TestUserStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userstore.moc"
