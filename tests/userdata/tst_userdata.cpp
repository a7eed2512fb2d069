// SPDX-License-Identifier: MIT
// The user-data store on real SQLite files: bookmarks in folders, notes,
// history and search history; what it refuses and leaves untouched; the
// private session; export and import; and that what a call saved survives the
// process being killed (SIGKILL) right after the call returned.
#include "address/pageurl.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"
#include "userdata/userdata.h"
#include "userdata/userdataschema.h"
#include "userdata/userdatatext.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

using namespace qingnang;

Q_DECLARE_METATYPE(qingnang::UserDataProblem)

namespace {

constexpr char childFlag[] = "--userdata-child";

QUrl page(const QString &address)
{
    return QUrl(address, QUrl::StrictMode);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file and directory under root, with the size and a hash of each file.
QStringList treeSnapshot(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        entries.append(QDir(root).relativeFilePath(path) +
                       (info.isDir() ? QStringLiteral("/")
                                     : QStringLiteral(" %1 %2")
                                           .arg(info.size())
                                           .arg(QString::fromLatin1(
                                               QCryptographicHash::hash(fileBytes(path),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex()))));
    }
    entries.sort();
    return entries;
}

// Folders, bookmarks and notes as lines of text, without ids: two stores with
// the same lines hold the same things in the same order. One arg() call each:
// the texts themselves may hold "%1".
QStringList dump(const UserData &store)
{
    QStringList lines;
    QHash<qint64, QString> pathOf{{0, QString()}};
    QList<qint64> folderIds{0};
    for (const BookmarkFolder &folder : store.allFolders()) {
        pathOf.insert(folder.id, pathOf.value(folder.parentId) + QLatin1Char('/') + folder.name);
        folderIds.append(folder.id);
        lines.append(QStringLiteral("folder %1 #%2 %3")
                         .arg(pathOf.value(folder.id), QString::number(folder.position),
                              QString::number(folder.created.toMSecsSinceEpoch())));
    }
    for (const qint64 id : folderIds) {
        for (const Bookmark &bookmark : store.bookmarks(id)) {
            lines.append(QStringLiteral("bookmark %1/ #%2 %3 [%4] pack=%5 %6")
                             .arg(pathOf.value(id), QString::number(bookmark.position),
                                  bookmark.url.toString(QUrl::FullyEncoded), bookmark.title,
                                  bookmark.packId,
                                  QString::number(bookmark.created.toMSecsSinceEpoch())));
        }
    }
    for (const Note &note : store.notes()) {
        lines.append(QStringLiteral("note %1 [%2] [%3] %4 %5")
                         .arg(note.url.toString(QUrl::FullyEncoded), note.pageTitle, note.text,
                              QString::number(note.created.toMSecsSinceEpoch()),
                              QString::number(note.updated.toMSecsSinceEpoch())));
    }
    return lines;
}

QStringList titles(const QList<Bookmark> &bookmarks)
{
    QStringList result;
    for (const Bookmark &bookmark : bookmarks) {
        result.append(bookmark.title);
    }
    return result;
}

QStringList names(const QList<BookmarkFolder> &folders)
{
    QStringList result;
    for (const BookmarkFolder &folder : folders) {
        result.append(folder.name);
    }
    return result;
}

QList<int> positions(const QList<Bookmark> &bookmarks)
{
    QList<int> result;
    for (const Bookmark &bookmark : bookmarks) {
        result.append(bookmark.position);
    }
    return result;
}

// A valid SQLite database with the given pragmas, with or without a table.
bool writeSqliteFile(const QString &path, int applicationId, int userVersion, bool withTable)
{
    SqliteDatabase db;
    if (!db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
        return false;
    }
    return db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
           db.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)) &&
           (!withTable ||
            (db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")) &&
             db.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')"))));
}

// A closed store with enough in it to fill a good number of pages (imported,
// so that it is one transaction).
bool writeFullStore(const QString &path)
{
    QJsonArray bookmarks;
    QJsonArray notes;
    for (int i = 1; i <= 300; ++i) {
        const QString url = pageurl::question(i).toString(QUrl::FullyEncoded);
        bookmarks.append(
            QJsonObject{{QStringLiteral("url"), url},
                        {QStringLiteral("title"), QStringLiteral("问题 %1 ").arg(i).repeated(8)},
                        {QStringLiteral("folder"), i % 2}});
        notes.append(
            QJsonObject{{QStringLiteral("url"), url},
                        {QStringLiteral("text"), QStringLiteral("笔记 %1。").arg(i).repeated(20)},
                        {QStringLiteral("updated"), QStringLiteral("2026-01-01T00:00:00Z")}});
    }
    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("folders"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                {QStringLiteral("name"), QStringLiteral("资料")}}}},
        {QStringLiteral("bookmarks"), bookmarks},
        {QStringLiteral("notes"), notes}};
    UserData store;
    return store.open(path) && store.importJson(QJsonDocument(file).toJson()).ok;
}

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
    if (!store.addBookmark(url, QStringLiteral("第%1条").arg(n + 1)) ||
        !store.setNote(url, QStringLiteral("笔记 %1").arg(n + 1), QStringLiteral("问题"))) {
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

class TestUserData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsAFileOfItsOwn();
    void folders();
    void bookmarksInOrder();
    void moveAndReorder();
    void removingAFolderRemovesWhatIsInIt();
    void lookupIgnoresTheFragment();
    void notes();
    void inputIsCleanedOrRefused();
    void invalidAddressesAreRefused_data();
    void invalidAddressesAreRefused();
    void history();
    void historyIsTrimmed();
    void searchPagesAreNotHistory();
    void clearedHistoryLeavesNoTrace();
    void searchHistory();
    void signalsSayWhatChanged();
    void survivesCloseAndReopen();
    void privateSessionWritesNothing();
    void refusesFilesNotItsOwn_data();
    void refusesFilesNotItsOwn();
    void aDamagedFileKeepsItsLog();
    void startAfreshMovesTheOldFileAside();
    void exportThenImportGivesTheSame();
    void importMerges();
    void importRefusesMalformedFiles_data();
    void importRefusesMalformedFiles();
    void survivesSigkillRightAfterACall();
    void defaultPathIsInTheAppDataDirectory();

private:
    QString freshPath(const QString &name = QStringLiteral("userdata.sqlite"));

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    int m_serial = 0;
};

void TestUserData::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    // A home of this run's own, so that nothing from an earlier run is there.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("qingnang"));
}

// A path in a directory of its own, which does not exist yet.
QString TestUserData::freshPath(const QString &name)
{
    return m_dir.filePath(QStringLiteral("store%1/").arg(++m_serial) + name);
}

void TestUserData::createsAFileOfItsOwn()
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
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("问")) > 0);
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
    QCOMPARE(store.addFolder(QStringLiteral("甲")), 0);
    QCOMPARE(store.errorString(), QStringLiteral("the user-data store is not open"));
    QVERIFY(store.bookmarks().isEmpty());
}

void TestUserData::folders()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 heart = store.addFolder(QStringLiteral("心血管"));
    const qint64 nerves = store.addFolder(QStringLiteral("神经"));
    const qint64 inner = store.addFolder(QStringLiteral("高血压"), heart);
    QVERIFY(heart > 0 && nerves > 0 && inner > 0);
    QCOMPARE(names(store.folders()),
             (QStringList{QStringLiteral("心血管"), QStringLiteral("神经")}));
    QCOMPARE(store.folders().at(0).position, 0);
    QCOMPARE(store.folders().at(1).position, 1);
    QCOMPARE(names(store.folders(heart)), QStringList{QStringLiteral("高血压")});
    QCOMPARE(store.folders(heart).first().parentId, heart);
    QVERIFY(store.folders(inner).isEmpty());
    const std::optional<BookmarkFolder> folder = store.folder(inner);
    QVERIFY(folder);
    QCOMPARE(folder->name, QStringLiteral("高血压"));
    QVERIFY(folder->created >= before && folder->created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(
        names(store.allFolders()),
        (QStringList{QStringLiteral("心血管"), QStringLiteral("高血压"), QStringLiteral("神经")}));

    // Sibling names differ; the same name elsewhere is fine.
    QCOMPARE(store.addFolder(QStringLiteral("心血管")), 0);
    QCOMPARE(store.errorString(),
             QStringLiteral("there is already a folder named \"心血管\" there"));
    QVERIFY(store.addFolder(QStringLiteral("心血管"), nerves) > 0);
    QCOMPARE(store.addFolder(QStringLiteral(" \t ")), 0);
    QCOMPARE(store.errorString(), QStringLiteral("a folder needs a name"));
    QCOMPARE(store.addFolder(QStringLiteral("孤儿"), 9999), 0);
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder 9999"));

    QVERIFY(store.renameFolder(nerves, QStringLiteral("  神经内科 ")));
    QCOMPARE(store.folder(nerves)->name, QStringLiteral("神经内科"));
    QVERIFY(!store.renameFolder(nerves, QStringLiteral("心血管")));
    QCOMPARE(store.folder(nerves)->name, QStringLiteral("神经内科"));
    QVERIFY(store.renameFolder(nerves, QStringLiteral("神经内科"))); // its own name is fine
    QVERIFY(!store.renameFolder(12345, QStringLiteral("无")));
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder 12345"));
    QVERIFY(!store.folder(12345));
}

void TestUserData::bookmarksInOrder()
{
    const QString path = freshPath();
    UserData store;
    QVERIFY(store.open(path));
    const qint64 folder = store.addFolder(QStringLiteral("文章"));
    const QUrl topic = pageurl::topic(QStringLiteral("面肌痉挛"));
    const QUrl article =
        pageurl::article(QStringLiteral("causes"), QStringLiteral("other-pack"), 3);
    const QUrl question = pageurl::question(42);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 first = store.addBookmark(topic, QStringLiteral("面肌痉挛"));
    const qint64 second = store.addBookmark(article, QStringLiteral("病因"), folder);
    const qint64 third = store.addBookmark(question, QStringLiteral("问题"));
    QVERIFY(first > 0 && second > 0 && third > 0);

    QCOMPARE(titles(store.bookmarks()),
             (QStringList{QStringLiteral("面肌痉挛"), QStringLiteral("问题")}));
    QCOMPARE(positions(store.bookmarks()), (QList<int>{0, 1}));
    const QList<Bookmark> inFolder = store.bookmarks(folder);
    QCOMPARE(inFolder.size(), 1);
    QCOMPARE(inFolder.first().id, second);
    QCOMPARE(inFolder.first().folderId, folder);
    QCOMPARE(inFolder.first().url, article);
    QCOMPARE(inFolder.first().url.fragment(), QStringLiteral("s3"));
    QCOMPARE(inFolder.first().packId, QStringLiteral("other-pack"));
    const std::optional<Bookmark> one = store.bookmark(first);
    QVERIFY(one);
    QCOMPARE(one->url, topic);
    QCOMPARE(one->packId, QString());
    QVERIFY(one->created >= before && one->created <= QDateTime::currentDateTimeUtc());

    // The same page again in the same folder is the same bookmark.
    QSignalSpy changed(&store, &UserData::bookmarksChanged);
    QUrl again = topic;
    again.setFragment(QStringLiteral("s2"));
    QCOMPARE(store.addBookmark(again, QStringLiteral("再次")), first);
    QCOMPARE(store.bookmarks().size(), 2);
    QCOMPARE(store.bookmark(first)->title, QStringLiteral("面肌痉挛"));
    QCOMPARE(changed.count(), 0);
    // In another folder it is another bookmark.
    const qint64 copy = store.addBookmark(topic, QStringLiteral("副本"), folder);
    QVERIFY(copy > 0 && copy != first);
    QCOMPARE(store.bookmarksOf(topic).size(), 2);

    QVERIFY(store.renameBookmark(third, QStringLiteral("新标题")));
    QCOMPARE(store.bookmark(third)->title, QStringLiteral("新标题"));
    QVERIFY(!store.renameBookmark(999, QStringLiteral("无")));
    QCOMPARE(store.errorString(), QStringLiteral("there is no bookmark 999"));
    QCOMPARE(store.addBookmark(question, QStringLiteral("无处"), 777), 0);
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder 777"));
    store.close();

    // Stored fully encoded, fragment and all; the page without the fragment beside it.
    SqliteDatabase db;
    QVERIFY(db.open(path, SQLITE_OPEN_READONLY));
    SqliteStatement select = db.prepare(
        "SELECT url, page_url, pack_id FROM bookmark WHERE id = ? OR id = ? ORDER BY id");
    select.bind(1, first);
    select.bind(2, second);
    QCOMPARE(select.step(), SQLITE_ROW);
    QCOMPARE(select.columnText(0),
             QStringLiteral("qingnang:/topic/%E9%9D%A2%E8%82%8C%E7%97%89%E6%8C%9B"));
    QCOMPARE(select.columnText(1), select.columnText(0));
    QCOMPARE(select.step(), SQLITE_ROW);
    QCOMPARE(select.columnText(0), QStringLiteral("qingnang:/article/causes?pack=other-pack#s3"));
    QCOMPARE(select.columnText(1), QStringLiteral("qingnang:/article/causes?pack=other-pack"));
    QCOMPARE(select.columnText(2), QStringLiteral("other-pack"));
}

void TestUserData::moveAndReorder()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QList<qint64> ids;
    for (int i = 1; i <= 4; ++i) {
        ids.append(store.addBookmark(pageurl::question(i), QStringLiteral("b%1").arg(i)));
    }
    auto order = [&store](qint64 folder) {
        return titles(store.bookmarks(folder)).join(QLatin1Char(' '));
    };
    QVERIFY(store.moveBookmark(ids[3], 0, 0));
    QCOMPARE(order(0), QStringLiteral("b4 b1 b2 b3"));
    QCOMPARE(positions(store.bookmarks()), (QList<int>{0, 1, 2, 3}));
    QVERIFY(store.moveBookmark(ids[0], 0, -1));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b3 b1"));
    QVERIFY(store.moveBookmark(ids[1], 0, 99));
    QCOMPARE(order(0), QStringLiteral("b4 b3 b1 b2"));
    QVERIFY(store.moveBookmark(ids[1], 0, 1));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b3 b1"));

    const qint64 folder = store.addFolder(QStringLiteral("收藏夹"));
    QVERIFY(store.moveBookmark(ids[2], folder));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b1"));
    QCOMPARE(positions(store.bookmarks()), (QList<int>{0, 1, 2}));
    QCOMPARE(order(folder), QStringLiteral("b3"));
    QCOMPARE(store.bookmark(ids[2])->folderId, folder);
    // A folder holds a page once.
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("b1'"), folder) > 0);
    QVERIFY(!store.moveBookmark(ids[0], folder));
    QCOMPARE(store.errorString(),
             QStringLiteral("that folder already has a bookmark of this page"));
    QCOMPARE(store.bookmark(ids[0])->folderId, 0);
    QCOMPARE(order(folder), QStringLiteral("b3 b1'"));
    QVERIFY(store.moveBookmark(ids[0], 0, 0)); // but it may move within its own folder
    QCOMPARE(order(0), QStringLiteral("b1 b4 b2"));
    QVERIFY(!store.moveBookmark(ids[0], 777));
    QVERIFY(!store.moveBookmark(12345, 0));

    // Folders.
    const qint64 a = store.addFolder(QStringLiteral("甲"));
    const qint64 b = store.addFolder(QStringLiteral("乙"));
    auto folderOrder = [&store](qint64 parent) {
        return names(store.folders(parent)).join(QLatin1Char(' '));
    };
    QCOMPARE(folderOrder(0), QStringLiteral("收藏夹 甲 乙"));
    QVERIFY(store.moveFolder(b, 0, 0));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 收藏夹 甲"));
    QVERIFY(store.moveFolder(folder, a));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 甲"));
    QCOMPARE(store.folders().at(1).position, 1);
    QCOMPARE(folderOrder(a), QStringLiteral("收藏夹"));
    QCOMPARE(order(folder), QStringLiteral("b3 b1'")); // its bookmarks went with it
    QVERIFY(!store.moveFolder(a, folder));
    QCOMPARE(store.errorString(),
             QStringLiteral("a folder cannot move into itself or a folder inside it"));
    QVERIFY(!store.moveFolder(a, a));
    QCOMPARE(folderOrder(a), QStringLiteral("收藏夹"));
    QVERIFY(store.moveFolder(folder, 0, 1));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 收藏夹 甲"));
    // Names stay different among siblings.
    const qint64 namesake = store.addFolder(QStringLiteral("甲"), b);
    QVERIFY(!store.moveFolder(namesake, 0));
    QCOMPARE(store.errorString(), QStringLiteral("there is already a folder named \"甲\" there"));
    QCOMPARE(store.folder(namesake)->parentId, b);
    QVERIFY(!store.moveFolder(4242, 0));
}

void TestUserData::removingAFolderRemovesWhatIsInIt()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 a = store.addFolder(QStringLiteral("甲"));
    const qint64 b = store.addFolder(QStringLiteral("乙"), a);
    const qint64 c = store.addFolder(QStringLiteral("丙"), b);
    const qint64 d = store.addFolder(QStringLiteral("丁"));
    const qint64 inA = store.addBookmark(pageurl::question(1), QStringLiteral("1"), a);
    const qint64 inB = store.addBookmark(pageurl::question(2), QStringLiteral("2"), b);
    const qint64 inC = store.addBookmark(pageurl::question(3), QStringLiteral("3"), c);
    const qint64 inD = store.addBookmark(pageurl::question(3), QStringLiteral("3'"), d);
    const qint64 top = store.addBookmark(pageurl::question(4), QStringLiteral("4"));
    QCOMPARE(store.folder(d)->position, 1);

    QVERIFY(store.removeFolder(a));
    QCOMPARE(names(store.allFolders()), QStringList{QStringLiteral("丁")});
    QCOMPARE(store.folder(d)->position, 0);
    for (const qint64 id : {b, c}) {
        QVERIFY(!store.folder(id));
    }
    for (const qint64 id : {inA, inB, inC}) {
        QVERIFY(!store.bookmark(id));
    }
    QVERIFY(!store.isBookmarked(pageurl::question(1)));
    QVERIFY(!store.isBookmarked(pageurl::question(2)));
    QCOMPARE(store.bookmarksOf(pageurl::question(3)).size(), 1);
    QCOMPARE(store.bookmarksOf(pageurl::question(3)).first().id, inD);
    QVERIFY(store.bookmark(top));
    QVERIFY(!store.removeFolder(a));
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder %1").arg(a));

    QVERIFY(store.removeBookmark(top));
    QVERIFY(store.bookmarks().isEmpty());
    QVERIFY(!store.removeBookmark(top));
    QVERIFY(store.removeBookmark(inD));
    QVERIFY(store.bookmarks(d).isEmpty());
    QCOMPARE(store.folders().size(), 1);
}

void TestUserData::lookupIgnoresTheFragment()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QUrl section2 = pageurl::article(QStringLiteral("causes"), {}, 2);
    const QUrl section5 = pageurl::article(QStringLiteral("causes"), {}, 5);
    const QUrl whole = pageurl::article(QStringLiteral("causes"));
    QVERIFY(store.addBookmark(section2, QStringLiteral("病因")) > 0);
    QVERIFY(store.isBookmarked(whole));
    QVERIFY(store.isBookmarked(section5));
    const QList<Bookmark> found = store.bookmarksOf(section5);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().url, section2); // kept as it was bookmarked
    // Another page, or the same slug in another pack, is not bookmarked.
    QVERIFY(!store.isBookmarked(pageurl::article(QStringLiteral("causes-2"))));
    QVERIFY(!store.isBookmarked(pageurl::article(QStringLiteral("causes"), QStringLiteral("p2"))));
    QVERIFY(store.bookmarksOf(pageurl::topic(QStringLiteral("causes"))).isEmpty());
}

void TestUserData::notes()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QSignalSpy changed(&store, &UserData::notesChanged);
    const QUrl u = pageurl::article(QStringLiteral("a"), {}, 1);
    const QUrl v = pageurl::question(7, QStringLiteral("p2"));
    QVERIFY(store.setNote(u, QStringLiteral("第一条笔记\n第二行"), QStringLiteral("标题")));
    QCOMPARE(changed.count(), 1);
    std::optional<Note> note = store.note(pageurl::article(QStringLiteral("a")));
    QVERIFY(note);
    QCOMPARE(note->text, QStringLiteral("第一条笔记\n第二行"));
    QCOMPARE(note->pageTitle, QStringLiteral("标题"));
    QCOMPARE(note->url, pageurl::article(QStringLiteral("a"))); // without the fragment
    QCOMPARE(note->created, note->updated);
    const QDateTime created = note->created;
    QCOMPARE(store.note(pageurl::article(QStringLiteral("a"), {}, 9))->text, note->text);

    QVERIFY(store.setNote(u, QStringLiteral("改过")));
    note = store.note(u);
    QCOMPARE(note->text, QStringLiteral("改过"));
    QCOMPARE(note->pageTitle, QStringLiteral("标题")); // no new title given: the old stays
    QCOMPARE(note->created, created);
    QVERIFY(note->updated >= created);
    QCOMPARE(changed.count(), 2);

    QVERIFY(store.setNote(v, QStringLiteral("另一个"), QStringLiteral("问题七")));
    QCOMPARE(store.notes().size(), 2);
    QCOMPARE(store.notes().at(0).url, v); // most recently updated first
    QCOMPARE(store.notes().at(0).packId, QStringLiteral("p2"));
    QCOMPARE(store.notes().at(1).url, pageurl::article(QStringLiteral("a")));
    QVERIFY(store.setNote(u, QStringLiteral("再改"), QStringLiteral("新标题")));
    QCOMPARE(store.notes().at(0).url, pageurl::article(QStringLiteral("a")));
    QCOMPARE(store.notes().at(0).pageTitle, QStringLiteral("新标题"));
    QCOMPARE(changed.count(), 4);

    // The same text again changes nothing.
    const QDateTime updated = store.note(u)->updated;
    QVERIFY(store.setNote(u, QStringLiteral("再改")));
    QCOMPARE(store.note(u)->updated, updated);
    QCOMPARE(changed.count(), 4);

    // Empty text removes the note.
    QVERIFY(store.setNote(u, QStringLiteral("  \n\t ")));
    QVERIFY(!store.note(u));
    QCOMPARE(store.notes().size(), 1);
    QCOMPARE(changed.count(), 5);
    QVERIFY(store.setNote(u, QString())); // nothing to remove
    QCOMPARE(changed.count(), 5);
    QVERIFY(!store.note(pageurl::question(8)));
}

void TestUserData::inputIsCleanedOrRefused()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    // SQL in what the user types is text like any other.
    const QString sql = QStringLiteral("'); DROP TABLE bookmark; -- \"x\" OR 1=1");
    const qint64 folder = store.addFolder(sql);
    QVERIFY(folder > 0);
    const qint64 id = store.addBookmark(pageurl::question(1), sql, folder);
    QVERIFY(id > 0);
    QVERIFY(store.setNote(pageurl::question(1), sql, sql));
    QVERIFY(store.addSearchQuery(sql));
    QVERIFY(store.addVisit(pageurl::topic(sql), sql));
    QCOMPARE(store.folder(folder)->name, sql);
    QCOMPARE(store.bookmark(id)->title, sql);
    QCOMPARE(store.note(pageurl::question(1))->text, sql);
    QCOMPARE(store.recentSearchQueries(), QStringList{sql});
    QCOMPARE(store.history().first().title, sql);
    QCOMPARE(store.history().first().url, pageurl::topic(sql));
    QCOMPARE(store.bookmarks(folder).size(), 1);

    // NULs go; titles become one line; notes keep their lines.
    const QString withNul = QStringLiteral("前") + QChar(0) + QStringLiteral("后");
    QVERIFY(store.renameBookmark(id, withNul + QStringLiteral("\n第二行\t!")));
    QCOMPARE(store.bookmark(id)->title, QStringLiteral("前后 第二行 !"));
    QVERIFY(store.setNote(pageurl::question(2), withNul + QStringLiteral("\n第二行")));
    QCOMPARE(store.note(pageurl::question(2))->text, QStringLiteral("前后\n第二行"));
    QVERIFY(store.setNote(pageurl::question(3), QString(3, QChar(0))));
    QVERIFY(!store.note(pageurl::question(3))); // nothing but NULs is empty
    // An unpaired surrogate becomes U+FFFD.
    QVERIFY(store.renameBookmark(id, QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")));
    QCOMPARE(store.bookmark(id)->title, QStringLiteral("a\uFFFDb"));

    // Long titles are cut, never inside a surrogate pair; long notes are refused.
    QVERIFY(store.renameBookmark(id, QString(5000, QLatin1Char('x'))));
    QCOMPARE(store.bookmark(id)->title.size(), userdata::maxTitleLength);
    const QString emoji = QStringLiteral("\U0001F600");
    QVERIFY(store.renameBookmark(id, QString(userdata::maxTitleLength - 1, QLatin1Char('y')) +
                                         emoji + QStringLiteral("zzz")));
    QCOMPARE(store.bookmark(id)->title, QString(userdata::maxTitleLength - 1, QLatin1Char('y')));
    const QString longest(userdata::maxNoteLength, QChar(0x7B14));
    QVERIFY(store.setNote(pageurl::question(4), longest));
    QCOMPARE(store.note(pageurl::question(4))->text, longest);
    QVERIFY(!store.setNote(pageurl::question(4), longest + QStringLiteral("!")));
    QCOMPARE(store.errorString(),
             QStringLiteral("the note has 100001 characters; a note holds at most 100000"));
    QCOMPARE(store.note(pageurl::question(4))->text, longest);
    QVERIFY(store.addSearchQuery(QString(2000, QLatin1Char('q'))));
    QCOMPARE(store.recentSearchQueries().first().size(), userdata::maxQueryLength);
}

void TestUserData::invalidAddressesAreRefused_data()
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

void TestUserData::invalidAddressesAreRefused()
{
    QFETCH(QUrl, url);
    QFETCH(QString, complaint);
    UserData store;
    QVERIFY(store.openInMemory());
    QSignalSpy bookmarks(&store, &UserData::bookmarksChanged);
    QSignalSpy notes(&store, &UserData::notesChanged);
    QSignalSpy history(&store, &UserData::historyChanged);
    QCOMPARE(store.addBookmark(url, QStringLiteral("标题")), 0);
    QVERIFY2(store.errorString().startsWith(complaint), qPrintable(store.errorString()));
    QVERIFY(!store.setNote(url, QStringLiteral("笔记")));
    QVERIFY(store.errorString().startsWith(complaint));
    QVERIFY(!store.addVisit(url, QStringLiteral("标题")));
    QVERIFY(store.errorString().startsWith(complaint));
    QVERIFY(store.bookmarks().isEmpty());
    QVERIFY(store.notes().isEmpty());
    QCOMPARE(store.historyCount(), 0);
    QCOMPARE(bookmarks.count() + notes.count() + history.count(), 0);
}

void TestUserData::history()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    const QUrl p1 = pageurl::article(QStringLiteral("one"));
    const QUrl p2 = pageurl::question(2);
    QVERIFY(store.addVisit(p1, QStringLiteral("一"), t0));
    QVERIFY(store.addVisit(p2, QStringLiteral("二"), t0.addSecs(60)));
    QVERIFY(store.addVisit(pageurl::article(QStringLiteral("one"), {}, 3),
                           QStringLiteral("一（新）"), t0.addSecs(120)));
    QList<HistoryEntry> entries = store.history();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).url, p1); // one entry per page, the latest visited first
    QCOMPARE(entries.at(0).title, QStringLiteral("一（新）"));
    QCOMPARE(entries.at(0).visitCount, 2);
    QCOMPARE(entries.at(0).firstVisit, t0);
    QCOMPARE(entries.at(0).lastVisit, t0.addSecs(120));
    QCOMPARE(entries.at(1).url, p2);
    QCOMPARE(entries.at(1).visitCount, 1);

    QVERIFY(store.addVisit(p2, QString(), t0.addSecs(180)));
    entries = store.history();
    QCOMPARE(entries.at(0).url, p2);
    QCOMPARE(entries.at(0).title, QStringLiteral("二")); // a visit without a title keeps the old
    // A visit older than the last (a clock set back) counts but does not move the page.
    QVERIFY(store.addVisit(p1, QStringLiteral("旧"), t0.addDays(-1)));
    entries = store.history();
    QCOMPARE(entries.at(1).url, p1);
    QCOMPARE(entries.at(1).visitCount, 3);
    QCOMPARE(entries.at(1).firstVisit, t0.addDays(-1));
    QCOMPARE(entries.at(1).lastVisit, t0.addSecs(120));
    QCOMPARE(entries.at(1).title, QStringLiteral("一（新）"));

    QCOMPARE(store.history(1).size(), 1);
    QCOMPARE(store.history(10, 1).size(), 1);
    QCOMPARE(store.history(10, 1).first().url, p1);
    QCOMPARE(store.historyCount(), 2);
    // A visit without a time is now.
    QVERIFY(store.addVisit(pageurl::start(), QStringLiteral("首页")));
    QCOMPARE(store.history().first().url, pageurl::start());
    QVERIFY(qAbs(store.history().first().lastVisit.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    QVERIFY(store.removeFromHistory(pageurl::question(2)));
    QCOMPARE(store.historyCount(), 2);
    QVERIFY(store.clearHistory());
    QCOMPARE(store.historyCount(), 0);
    QVERIFY(store.history().isEmpty());
}

// A results page holds the query: it is never history, and entries that an
// earlier version wrote are gone when the file is opened again.
void TestUserData::searchPagesAreNotHistory()
{
    const QString path = freshPath();
    const QUrl results = pageurl::search(QStringLiteral("胃疼怎么办"));
    {
        UserData store;
        QVERIFY(store.open(path));
        QVERIFY(store.addVisit(pageurl::article(QStringLiteral("one")), QStringLiteral("一")));
        QVERIFY(store.addVisit(results, QStringLiteral("搜索：胃疼怎么办")));
        QCOMPARE(store.historyCount(), 1);
        QCOMPARE(store.history().at(0).url, pageurl::article(QStringLiteral("one")));
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
        QCOMPARE(store.historyCount(), 1);
        QCOMPARE(store.history().at(0).url, pageurl::article(QStringLiteral("one")));
    }
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.contains(QStringLiteral("胃疼怎么办").toUtf8()));
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(QStringLiteral("胃疼怎么办"))));
}

void TestUserData::historyIsTrimmed()
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    {
        UserData store;
        QVERIFY(store.open(freshPath()));
        store.setHistoryLimit(5);
        for (int i = 1; i <= 8; ++i) {
            QVERIFY(store.addVisit(pageurl::question(i), QString::number(i), t0.addSecs(i)));
        }
        QCOMPARE(store.historyCount(), 5);
        QStringList kept;
        for (const HistoryEntry &entry : store.history()) {
            kept.append(entry.title);
        }
        QCOMPARE(kept.join(QLatin1Char(' ')), QStringLiteral("8 7 6 5 4"));
        // Visiting the oldest again keeps it; the next oldest goes.
        QVERIFY(store.addVisit(pageurl::question(4), QStringLiteral("4"), t0.addSecs(9)));
        QVERIFY(store.addVisit(pageurl::question(9), QStringLiteral("9"), t0.addSecs(10)));
        kept.clear();
        for (const HistoryEntry &entry : store.history()) {
            kept.append(entry.title);
        }
        QCOMPARE(kept.join(QLatin1Char(' ')), QStringLiteral("9 4 8 7 6"));
    }
    // The default bound, in a private session (the same code, no disk).
    UserData store;
    QVERIFY(store.openInMemory());
    QCOMPARE(store.historyLimit(), 10000);
    const int visits = UserData::defaultHistoryLimit + 10;
    for (int i = 1; i <= visits; ++i) {
        QVERIFY(store.addVisit(pageurl::question(i), {}, t0.addSecs(i)));
    }
    QCOMPARE(store.historyCount(), UserData::defaultHistoryLimit);
    QCOMPARE(store.history(1).first().url, pageurl::question(visits));
    const QList<HistoryEntry> oldest = store.history(1, UserData::defaultHistoryLimit - 1);
    QCOMPARE(oldest.first().url, pageurl::question(11));
}

void TestUserData::clearedHistoryLeavesNoTrace()
{
    const QString path = freshPath();
    UserData store;
    QVERIFY(store.open(path));
    const QByteArray secret("secret-page-7f3a");
    QVERIFY(
        store.addVisit(pageurl::topic(QString::fromLatin1(secret)), QStringLiteral("私密标题")));
    QVERIFY(store.addSearchQuery(QString::fromLatin1(secret) + QStringLiteral("-query")));
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("留下")) > 0);
    auto onDisk = [&path]() -> QByteArray {
        return fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    };
    QVERIFY(onDisk().contains(secret));
    QVERIFY(store.clearHistory());
    QVERIFY(store.clearSearchHistory());
    // Neither the file nor its log holds the cleared pages any more.
    QVERIFY(!onDisk().contains(secret));
    QVERIFY(!onDisk().contains(QStringLiteral("私密标题").toUtf8()));
    QVERIFY(store.isBookmarked(pageurl::question(1)));
}

void TestUserData::searchHistory()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QSignalSpy changed(&store, &UserData::searchHistoryChanged);
    QVERIFY(store.addSearchQuery(QStringLiteral("头痛")));
    QVERIFY(store.addSearchQuery(QStringLiteral("失眠")));
    QVERIFY(store.addSearchQuery(QStringLiteral("  头痛 ")));
    QVERIFY(store.addSearchQuery(QStringLiteral("   "))); // nothing to keep
    QVERIFY(store.addSearchQuery(QStringLiteral("高血压\n饮食")));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(store.recentSearchQueries(),
             (QStringList{QStringLiteral("高血压 饮食"), QStringLiteral("头痛"),
                          QStringLiteral("失眠")}));
    QCOMPARE(store.recentSearchQueries(1), QStringList{QStringLiteral("高血压 饮食")});
    // An explicit older time puts a query after the newer ones.
    QVERIFY(store.addSearchQuery(QStringLiteral("旧的"),
                                 QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
    QCOMPARE(store.recentSearchQueries().last(), QStringLiteral("旧的"));
    QVERIFY(store.clearSearchHistory());
    QVERIFY(store.recentSearchQueries().isEmpty());
    QCOMPARE(changed.count(), 6);

    // Bounded.
    UserData memory;
    QVERIFY(memory.openInMemory());
    for (int i = 0; i < UserData::searchHistoryLimit + 5; ++i) {
        QVERIFY(memory.addSearchQuery(QStringLiteral("查询%1").arg(i)));
    }
    const QStringList all = memory.recentSearchQueries(100000);
    QCOMPARE(all.size(), UserData::searchHistoryLimit);
    QCOMPARE(all.first(), QStringLiteral("查询%1").arg(UserData::searchHistoryLimit + 4));
    QCOMPARE(all.last(), QStringLiteral("查询5"));
}

void TestUserData::signalsSayWhatChanged()
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
    const qint64 folder = store.addFolder(QStringLiteral("甲"));
    const qint64 id = store.addBookmark(pageurl::question(1), QStringLiteral("一"), folder);
    QVERIFY(store.renameBookmark(id, QStringLiteral("壹")));
    QVERIFY(store.moveBookmark(id, 0));
    QVERIFY(store.renameFolder(folder, QStringLiteral("乙")));
    QVERIFY(store.moveFolder(folder, 0, 0));
    QVERIFY(store.removeBookmark(id));
    QVERIFY(store.removeFolder(folder));
    QCOMPARE(counts(), (QList<int>{9, 1, 1, 1}));
    QVERIFY(store.setNote(pageurl::question(1), QStringLiteral("记")));
    QCOMPARE(counts(), (QList<int>{9, 2, 1, 1}));
    QVERIFY(store.addVisit(pageurl::question(1), QStringLiteral("一")));
    QVERIFY(store.removeFromHistory(pageurl::question(1)));
    QVERIFY(store.removeFromHistory(pageurl::question(1))); // nothing left to remove
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 1}));
    QVERIFY(store.addSearchQuery(QStringLiteral("查")));
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 2}));
    // Failures change nothing and say nothing.
    QCOMPARE(store.addFolder(QString()), 0);
    QVERIFY(!store.removeFolder(99));
    QVERIFY(!store.removeBookmark(99));
    QVERIFY(!store.setNote(QUrl(), QStringLiteral("x")));
    QCOMPARE(counts(), (QList<int>{9, 2, 3, 2}));
    store.close();
    QCOMPARE(counts(), (QList<int>{10, 3, 4, 3}));
    store.close(); // already closed: nothing more
    QCOMPARE(counts(), (QList<int>{10, 3, 4, 3}));
}

void TestUserData::survivesCloseAndReopen()
{
    const QString path = freshPath();
    QStringList before;
    QList<HistoryEntry> history;
    {
        UserData store;
        QVERIFY(store.open(path));
        const qint64 folder = store.addFolder(QStringLiteral("常用"));
        store.addFolder(QStringLiteral("深处"), folder);
        QVERIFY(store.addBookmark(pageurl::topic(QStringLiteral("头痛")), QStringLiteral("头痛"),
                                  folder));
        QVERIFY(
            store.addBookmark(pageurl::question(5, QStringLiteral("p2")), QStringLiteral("五")));
        QVERIFY(store.setNote(pageurl::question(5, QStringLiteral("p2")),
                              QStringLiteral("笔记\n两行"), QStringLiteral("五")));
        QVERIFY(store.addVisit(pageurl::question(5), QStringLiteral("五")));
        QVERIFY(store.addSearchQuery(QStringLiteral("头痛")));
        before = dump(store);
        history = store.history();
        // A second store on the same file (a second window or process) sees the same.
        UserData second;
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
        QCOMPARE(dump(second), before);
        QVERIFY(second.addSearchQuery(QStringLiteral("失眠")));
        QCOMPARE(store.recentSearchQueries().first(), QStringLiteral("失眠"));
    }
    QCOMPARE(test::filesIn(QFileInfo(path).path()), QStringList{QStringLiteral("userdata.sqlite")});
    UserData store;
    QVERIFY(store.open(path));
    QCOMPARE(dump(store), before);
    QCOMPARE(before.size(), 5);
    QCOMPARE(store.history().size(), 1);
    QCOMPARE(store.history().first().url, history.first().url);
    QCOMPARE(store.history().first().lastVisit, history.first().lastVisit);
    QCOMPARE(store.recentSearchQueries(),
             (QStringList{QStringLiteral("失眠"), QStringLiteral("头痛")}));
}

void TestUserData::privateSessionWritesNothing()
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
        const qint64 folder = store.addFolder(QStringLiteral("私密"));
        for (int i = 1; i <= 200; ++i) {
            QVERIFY(store.addBookmark(pageurl::question(i), QStringLiteral("问题%1").arg(i),
                                      i % 2 ? folder : 0));
            QVERIFY(store.setNote(pageurl::question(i), QStringLiteral("笔记").repeated(200)));
            QVERIFY(store.addVisit(pageurl::question(i), QStringLiteral("问题%1").arg(i)));
            QVERIFY(store.addSearchQuery(QStringLiteral("查询%1").arg(i)));
        }
        QVERIFY(store.moveFolder(folder, 0, 0));
        QCOMPARE(store.bookmarks(folder).size(), 100);
        const QByteArray json = store.exportJson();
        QVERIFY(!json.isEmpty());
        UserData other;
        QVERIFY(other.openInMemory());
        QVERIFY(other.importJson(json).ok);
        QCOMPARE(dump(other), dump(store));
        QVERIFY(store.clearHistory());
        QVERIFY(store.removeFolder(folder));
        store.close();
        QVERIFY(store.openInMemory()); // a new session starts empty
        QVERIFY(store.bookmarks().isEmpty());
        QVERIFY(store.notes().isEmpty());
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

void TestUserData::refusesFilesNotItsOwn_data()
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

void TestUserData::refusesFilesNotItsOwn()
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
void TestUserData::aDamagedFileKeepsItsLog()
{
    const QString original = freshPath();
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    qint64 untouchedPage = 0;
    {
        UserData store;
        QVERIFY(store.open(original));
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(store.addBookmark(pageurl::question(i), QStringLiteral("问题%1").arg(i)));
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

void TestUserData::startAfreshMovesTheOldFileAside()
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
    QVERIFY(store.bookmarks().isEmpty());
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("新的开始")) > 0);
    store.close();
    QCOMPARE(test::filesIn(dir),
             (QStringList{QStringLiteral("userdata.sqlite"), QFileInfo(movedTo).fileName()}));
    QVERIFY(store.open(path));
    QCOMPARE(titles(store.bookmarks()), QStringList{QStringLiteral("新的开始")});
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
    QVERIFY(store.bookmarks().isEmpty());
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

void TestUserData::exportThenImportGivesTheSame()
{
    UserData source;
    QVERIFY(source.open(freshPath()));
    const qint64 heart = source.addFolder(QStringLiteral("心血管"));
    const qint64 pressure = source.addFolder(QStringLiteral("高血压"), heart);
    const qint64 coronary = source.addFolder(QStringLiteral("冠心病"), heart);
    const qint64 stent = source.addFolder(QStringLiteral("支架"), coronary);
    const qint64 nerves = source.addFolder(QStringLiteral("神经"));
    QVERIFY(source.moveFolder(coronary, heart, 0)); // order is not creation order
    QVERIFY(source.addBookmark(pageurl::topic(QStringLiteral("高血压")), QStringLiteral("高血压"),
                               pressure));
    QVERIFY(source.addBookmark(pageurl::article(QStringLiteral("diet"), {}, 2),
                               QStringLiteral("饮食 #2"), pressure));
    QVERIFY(source.addBookmark(pageurl::question(9, QStringLiteral("p2")),
                               QStringLiteral("他包的问题"), stent));
    QVERIFY(source.addBookmark(pageurl::topic(QStringLiteral("高血压")), QStringLiteral("同页他处"),
                               nerves));
    QVERIFY(
        source.addBookmark(pageurl::search(QStringLiteral("头痛 失眠")), QStringLiteral("搜索")));
    const qint64 last = source.addBookmark(pageurl::start(), QStringLiteral("首页"));
    QVERIFY(source.moveBookmark(last, 0, 0));
    QVERIFY(source.setNote(pageurl::topic(QStringLiteral("高血压")),
                           QStringLiteral("少盐\n多走路 😀"), QStringLiteral("高血压")));
    QVERIFY(source.setNote(pageurl::question(9, QStringLiteral("p2")), QStringLiteral("问医生"),
                           QStringLiteral("问题")));
    QVERIFY(source.setNote(pageurl::about(), QStringLiteral("\"引号\" 和 \\ 反斜杠")));
    QVERIFY(source.addVisit(pageurl::question(1), QStringLiteral("历史不导出")));
    const QStringList expected = dump(source);
    QCOMPARE(expected.size(), 5 + 6 + 3);

    const QByteArray json = source.exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("qingnang-userdata"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("folders")).toArray().size(), 5);
    QCOMPARE(root.value(QStringLiteral("bookmarks")).toArray().size(), 6);
    QCOMPARE(root.value(QStringLiteral("notes")).toArray().size(), 3);
    QVERIFY(!json.contains(QStringLiteral("历史不导出").toUtf8()));

    UserData target;
    QVERIFY(target.open(freshPath()));
    QSignalSpy bookmarksChanged(&target, &UserData::bookmarksChanged);
    QSignalSpy notesChanged(&target, &UserData::notesChanged);
    ImportResult result = target.importJson(json);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.summary.foldersAdded, 5);
    QCOMPARE(result.summary.foldersMerged, 0);
    QCOMPARE(result.summary.bookmarksAdded, 6);
    QCOMPARE(result.summary.bookmarksSkipped, 0);
    QCOMPARE(result.summary.notesAdded, 3);
    QCOMPARE(result.summary.notesReplaced + result.summary.notesKept, 0);
    QCOMPARE(dump(target), expected);
    QCOMPARE(bookmarksChanged.count(), 1);
    QCOMPARE(notesChanged.count(), 1);
    QCOMPARE(target.historyCount(), 0);

    // Twice: nothing more.
    result = target.importJson(json);
    QVERIFY(result.ok);
    QCOMPARE(result.summary.foldersAdded, 0);
    QCOMPARE(result.summary.foldersMerged, 5);
    QCOMPARE(result.summary.bookmarksAdded, 0);
    QCOMPARE(result.summary.bookmarksSkipped, 6);
    QCOMPARE(result.summary.notesAdded + result.summary.notesReplaced, 0);
    QCOMPARE(result.summary.notesKept, 3);
    QCOMPARE(dump(target), expected);
    QCOMPARE(bookmarksChanged.count(), 1);
    QCOMPARE(notesChanged.count(), 1);

    // Through a file, into a private session.
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY2(source.exportToFile(file), qPrintable(source.errorString()));
    UserData memory;
    QVERIFY(memory.openInMemory());
    result = memory.importFile(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(dump(memory), expected);
    result = memory.importFile(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok);
    QVERIFY(result.error.startsWith(m_dir.filePath(QStringLiteral("missing.json")) +
                                    QStringLiteral(": cannot read")));
}

void TestUserData::importMerges()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 folder = store.addFolder(QStringLiteral("资料"));
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("旧标题"), folder));
    QVERIFY(store.setNote(pageurl::question(1), QStringLiteral("现在写的")));
    QVERIFY(store.setNote(pageurl::question(2), QStringLiteral("很久以前写的")));

    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("folders"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                {QStringLiteral("name"), QStringLiteral("资料")}},
                    QJsonObject{{QStringLiteral("id"), 8},
                                {QStringLiteral("parent"), 7},
                                {QStringLiteral("name"), QStringLiteral("新")}}}},
        {QStringLiteral("bookmarks"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1#x")},
                                {QStringLiteral("title"), QStringLiteral("新标题")},
                                {QStringLiteral("folder"), 7}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/2")},
                                {QStringLiteral("title"), QStringLiteral("二")},
                                {QStringLiteral("folder"), 7}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1")},
                                {QStringLiteral("title"), QStringLiteral("顶层的一")}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/3")},
                                {QStringLiteral("title"), QStringLiteral("三")},
                                {QStringLiteral("folder"), 8}}}},
        {QStringLiteral("notes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1")},
                         {QStringLiteral("text"), QStringLiteral("更旧的")},
                         {QStringLiteral("updated"), QStringLiteral("2000-01-01T00:00:00Z")}},
             QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/2#s1")},
                         {QStringLiteral("text"), QStringLiteral("未来写的")},
                         {QStringLiteral("title"), QStringLiteral("问题二")},
                         {QStringLiteral("updated"), QStringLiteral("2999-01-01T00:00:00.000Z")}},
             QJsonObject{
                 {QStringLiteral("url"), QStringLiteral("qingnang:/question/3")},
                 {QStringLiteral("text"), QStringLiteral("新的")},
                 {QStringLiteral("updated"), QStringLiteral("2026-03-01T12:00:00+08:00")}}}},
    };
    const ImportResult result = store.importJson(QJsonDocument(file).toJson());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.summary.foldersMerged, 1);
    QCOMPARE(result.summary.foldersAdded, 1);
    QCOMPARE(result.summary.bookmarksSkipped, 1);
    QCOMPARE(result.summary.bookmarksAdded, 3);
    QCOMPARE(result.summary.notesKept, 1);
    QCOMPARE(result.summary.notesReplaced, 1);
    QCOMPARE(result.summary.notesAdded, 1);

    QCOMPARE(titles(store.bookmarks(folder)),
             (QStringList{QStringLiteral("旧标题"), QStringLiteral("二")}));
    QCOMPARE(titles(store.bookmarks()), QStringList{QStringLiteral("顶层的一")});
    QCOMPARE(names(store.folders(folder)), QStringList{QStringLiteral("新")});
    QCOMPARE(titles(store.bookmarks(store.folders(folder).first().id)),
             QStringList{QStringLiteral("三")});
    QCOMPARE(store.note(pageurl::question(1))->text, QStringLiteral("现在写的"));
    QCOMPARE(store.note(pageurl::question(2))->text, QStringLiteral("未来写的"));
    QCOMPARE(store.note(pageurl::question(2))->pageTitle, QStringLiteral("问题二"));
    QCOMPARE(store.note(pageurl::question(3))->updated,
             QDateTime(QDate(2026, 3, 1), QTime(4, 0), Qt::UTC));
}

void TestUserData::importRefusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("complaint");

    const QJsonObject folder{{QStringLiteral("id"), 1},
                             {QStringLiteral("name"), QStringLiteral("导入的")}};
    const QJsonObject bookmark{{QStringLiteral("url"), QStringLiteral("qingnang:/question/100")},
                               {QStringLiteral("title"), QStringLiteral("好的")},
                               {QStringLiteral("folder"), 1}};
    const QJsonObject note{{QStringLiteral("url"), QStringLiteral("qingnang:/question/100")},
                           {QStringLiteral("text"), QStringLiteral("好的笔记")},
                           {QStringLiteral("updated"), QStringLiteral("2999-01-01T00:00:00Z")}};
    // A valid file with one good item of each kind, and then one bad item.
    auto withBad = [&](const char *list, const QJsonValue &bad) {
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("folders"), QJsonArray{folder}},
                         {QStringLiteral("bookmarks"), QJsonArray{bookmark}},
                         {QStringLiteral("notes"), QJsonArray{note}}};
        QJsonArray array = root.value(QLatin1String(list)).toArray();
        array.append(bad);
        root.insert(QLatin1String(list), array);
        return QJsonDocument(root).toJson();
    };
    auto with = [&](QJsonObject object, const char *key, const QJsonValue &value) {
        if (value.isUndefined()) {
            object.remove(QLatin1String(key));
        } else {
            object.insert(QLatin1String(key), value);
        }
        return object;
    };
    auto root = [&](const char *key, const QJsonValue &value) {
        QJsonObject object{{QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("bookmarks"), QJsonArray{with(bookmark, "folder", 0)}}};
        return QJsonDocument(with(object, key, value)).toJson();
    };
    const QJsonValue missing(QJsonValue::Undefined);

    QTest::newRow("not JSON") << QByteArray(R"({"format": "qingnang-userdata", "version": 1,)")
                              << "not valid JSON: ";
    QTest::newRow("empty") << QByteArray() << "not valid JSON: ";
    QTest::newRow("an array") << QByteArray("[]")
                              << "not a Qingnang user-data export (the file is not a JSON object)";
    QTest::newRow("no format") << root("format", missing)
                               << "not a Qingnang user-data export (\"format\" is missing)";
    QTest::newRow("another format")
        << root("format", QStringLiteral("firefox-bookmarks"))
        << "not a Qingnang user-data export (\"format\" is \"firefox-bookmarks\", expected "
           "\"qingnang-userdata\")";
    QTest::newRow("format of the wrong type")
        << root("format", 1) << "not a Qingnang user-data export (\"format\" is a number";
    QTest::newRow("newer version") << root("version", 2)
                                   << "export version 2 is not supported (this Qingnang reads "
                                      "version 1)";
    QTest::newRow("version as text")
        << root("version", QStringLiteral("1")) << "version: expected an integer, found a string";
    QTest::newRow("no version") << root("version", missing)
                                << "version: expected an integer, found nothing";
    QTest::newRow("bookmarks not a list")
        << root("bookmarks", QJsonObject()) << "bookmarks: expected an array, found an object";
    QTest::newRow("notes not a list")
        << root("notes", QStringLiteral("笔记")) << "notes: expected an array, found a string";
    QTest::newRow("bookmark not an object")
        << withBad("bookmarks", 1) << "bookmarks[1]: expected an object, found a number";
    QTest::newRow("bookmark without url") << withBad("bookmarks", with(bookmark, "url", missing))
                                          << "bookmarks[1]: \"url\" is missing";
    QTest::newRow("url as number") << withBad("bookmarks", with(bookmark, "url", 5))
                                   << "bookmarks[1].url: expected a string, found a number";
    QTest::newRow("url not ours")
        << withBad("bookmarks", with(bookmark, "url", QStringLiteral("https://example.com/")))
        << "bookmarks[1].url: not a Qingnang page address: \"https://example.com/\"";
    QTest::newRow("title as list") << withBad("bookmarks", with(bookmark, "title", QJsonArray()))
                                   << "bookmarks[1].title: expected a string, found an array";
    QTest::newRow("unknown folder") << withBad("bookmarks", with(bookmark, "folder", 5))
                                    << "bookmarks[1].folder: 5 is not the id of a listed folder";
    QTest::newRow("folder not whole") << withBad("bookmarks", with(bookmark, "folder", 1.5))
                                      << "bookmarks[1].folder: expected an integer, found a number";
    QTest::newRow("position as text")
        << withBad("bookmarks", with(bookmark, "position", QStringLiteral("1")))
        << "bookmarks[1].position: expected an integer, found a string";
    QTest::newRow("bad created date")
        << withBad("bookmarks", with(bookmark, "created", QStringLiteral("yesterday")))
        << "bookmarks[1].created: \"yesterday\" is not a date and time";
    QTest::newRow("parent listed later")
        << withBad("folders", QJsonObject{{QStringLiteral("id"), 2},
                                          {QStringLiteral("parent"), 3},
                                          {QStringLiteral("name"), QStringLiteral("子")}})
        << "folders[1].parent: 3 is not the id of a folder listed before this one";
    QTest::newRow("folder its own parent")
        << withBad("folders", QJsonObject{{QStringLiteral("id"), 2},
                                          {QStringLiteral("parent"), 2},
                                          {QStringLiteral("name"), QStringLiteral("子")}})
        << "folders[1].parent: 2 is not the id of a folder listed before this one";
    QTest::newRow("folder id twice")
        << withBad("folders", folder) << "folders[1].id: 1 is the id of an earlier folder too";
    QTest::newRow("negative folder id")
        << withBad("folders", with(folder, "id", -1)) << "folders[1].id: -1 is out of range";
    QTest::newRow("folder without name")
        << withBad("folders", with(with(folder, "id", 2), "name", QStringLiteral(" ")))
        << "folders[1].name: a folder needs a name";
    QTest::newRow("note without date")
        << withBad("notes", with(note, "updated", missing)) << "notes[1]: \"updated\" is missing";
    QTest::newRow("note with a bad date")
        << withBad("notes", with(note, "updated", QStringLiteral("2026-13-45")))
        << "notes[1].updated: \"2026-13-45\" is not a date and time";
    QTest::newRow("note text null") << withBad("notes", with(note, "text", QJsonValue()))
                                    << "notes[1].text: expected a string, found null";
    QTest::newRow("empty note") << withBad("notes", with(note, "text", QStringLiteral("  ")))
                                << "notes[1].text: the note is empty";
    QTest::newRow("note too long")
        << withBad("notes",
                   with(note, "text", QString(userdata::maxNoteLength + 1, QLatin1Char('x'))))
        << "notes[1].text: the note has 100001 characters; a note holds at most 100000";
    QTest::newRow("note url with a host")
        << withBad("notes", with(note, "url", QStringLiteral("qingnang://evil/topic/x")))
        << "notes[1].url: not a Qingnang page address";
}

void TestUserData::importRefusesMalformedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, complaint);
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 folder = store.addFolder(QStringLiteral("已有"));
    QVERIFY(store.addBookmark(pageurl::question(1), QStringLiteral("已有的"), folder));
    QVERIFY(store.setNote(pageurl::question(100), QStringLiteral("已有的笔记")));
    const QStringList before = dump(store);
    QSignalSpy bookmarks(&store, &UserData::bookmarksChanged);
    QSignalSpy notes(&store, &UserData::notesChanged);

    const ImportResult result = store.importJson(json);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(complaint), qPrintable(result.error));
    QCOMPARE(store.errorString(), result.error);
    QCOMPARE(result.summary.foldersAdded + result.summary.bookmarksAdded +
                 result.summary.notesAdded + result.summary.notesReplaced,
             0);
    QCOMPARE(dump(store), before);
    QCOMPARE(bookmarks.count() + notes.count(), 0);

    // From a file, the message names the file.
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(test::writeFile(file, json));
    const ImportResult fromFile = store.importFile(file);
    QVERIFY(!fromFile.ok);
    QCOMPARE(fromFile.error, QDir::toNativeSeparators(file) + QStringLiteral(": ") + result.error);
    QCOMPARE(dump(store), before);
}

void TestUserData::survivesSigkillRightAfterACall()
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
        const QList<Bookmark> bookmarks = store.bookmarks();
        QCOMPARE(bookmarks.size(), round + 1);
        for (int n = 1; n <= round + 1; ++n) {
            const QUrl url = pageurl::question(n);
            QCOMPARE(bookmarks.at(n - 1).url, url);
            QCOMPARE(bookmarks.at(n - 1).title, QStringLiteral("第%1条").arg(n));
            const std::optional<Note> note = store.note(url);
            QVERIFY2(note, qPrintable(QStringLiteral("round %1: no note %2").arg(round).arg(n)));
            QCOMPARE(note->text, QStringLiteral("笔记 %1").arg(n));
        }
        store.close();
    }
}

void TestUserData::defaultPathIsInTheAppDataDirectory()
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
    TestUserData test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userdata.moc"
