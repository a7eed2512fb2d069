// SPDX-License-Identifier: MIT
// Bookmarks in folders (Bookmarks, on a store on a real SQLite file): adding,
// renaming, moving, reordering and removing folders and bookmarks.
#include "address/pageurl.h"
#include "pack/sqlitehandle.h"
#include "userdata/userdata.h"
#include "userdatatestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

using namespace qingnang;
using namespace qingnang::test;

class TestBookmarks : public UserDataTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folders();
    void bookmarksInOrder();
    void moveAndReorder();
    void removingAFolderRemovesWhatIsInIt();
    void lookupIgnoresTheFragment();
};

void TestBookmarks::initTestCase()
{
    initHome();
}

void TestBookmarks::folders()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 heart = store.bookmarks().addFolder(QStringLiteral("心血管"));
    const qint64 nerves = store.bookmarks().addFolder(QStringLiteral("神经"));
    const qint64 inner = store.bookmarks().addFolder(QStringLiteral("高血压"), heart);
    QVERIFY(heart > 0 && nerves > 0 && inner > 0);
    QCOMPARE(names(store.bookmarks().folders()),
             (QStringList{QStringLiteral("心血管"), QStringLiteral("神经")}));
    QCOMPARE(store.bookmarks().folders().at(0).position, 0);
    QCOMPARE(store.bookmarks().folders().at(1).position, 1);
    QCOMPARE(names(store.bookmarks().folders(heart)), QStringList{QStringLiteral("高血压")});
    QCOMPARE(store.bookmarks().folders(heart).first().parentId, heart);
    QVERIFY(store.bookmarks().folders(inner).isEmpty());
    const std::optional<BookmarkFolder> folder = store.bookmarks().folder(inner);
    QVERIFY(folder);
    QCOMPARE(folder->name, QStringLiteral("高血压"));
    QVERIFY(folder->created >= before && folder->created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(
        names(store.bookmarks().allFolders()),
        (QStringList{QStringLiteral("心血管"), QStringLiteral("高血压"), QStringLiteral("神经")}));

    // Sibling names differ; the same name elsewhere is fine.
    QCOMPARE(store.bookmarks().addFolder(QStringLiteral("心血管")), 0);
    QCOMPARE(store.errorString(),
             QStringLiteral("there is already a folder named \"心血管\" there"));
    QVERIFY(store.bookmarks().addFolder(QStringLiteral("心血管"), nerves) > 0);
    QCOMPARE(store.bookmarks().addFolder(QStringLiteral(" \t ")), 0);
    QCOMPARE(store.errorString(), QStringLiteral("a folder needs a name"));
    QCOMPARE(store.bookmarks().addFolder(QStringLiteral("孤儿"), 9999), 0);
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder 9999"));

    QVERIFY(store.bookmarks().renameFolder(nerves, QStringLiteral("  神经内科 ")));
    QCOMPARE(store.bookmarks().folder(nerves)->name, QStringLiteral("神经内科"));
    QVERIFY(!store.bookmarks().renameFolder(nerves, QStringLiteral("心血管")));
    QCOMPARE(store.bookmarks().folder(nerves)->name, QStringLiteral("神经内科"));
    QVERIFY(
        store.bookmarks().renameFolder(nerves, QStringLiteral("神经内科"))); // its own name is fine
    QVERIFY(!store.bookmarks().renameFolder(12345, QStringLiteral("无")));
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder 12345"));
    QVERIFY(!store.bookmarks().folder(12345));
}

void TestBookmarks::bookmarksInOrder()
{
    const QString path = freshPath();
    UserData store;
    QVERIFY(store.open(path));
    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("文章"));
    const QUrl topic = pageurl::topic(QStringLiteral("面肌痉挛"));
    const QUrl article =
        pageurl::article(QStringLiteral("causes"), QStringLiteral("other-pack"), 3);
    const QUrl question = pageurl::question(42);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 first = store.bookmarks().add(topic, QStringLiteral("面肌痉挛"));
    const qint64 second = store.bookmarks().add(article, QStringLiteral("病因"), folder);
    const qint64 third = store.bookmarks().add(question, QStringLiteral("问题"));
    QVERIFY(first > 0 && second > 0 && third > 0);

    QCOMPARE(titles(store.bookmarks().inFolder()),
             (QStringList{QStringLiteral("面肌痉挛"), QStringLiteral("问题")}));
    QCOMPARE(positions(store.bookmarks().inFolder()), (QList<int>{0, 1}));
    const QList<Bookmark> inFolder = store.bookmarks().inFolder(folder);
    QCOMPARE(inFolder.size(), 1);
    QCOMPARE(inFolder.first().id, second);
    QCOMPARE(inFolder.first().folderId, folder);
    QCOMPARE(inFolder.first().url, article);
    QCOMPARE(inFolder.first().url.fragment(), QStringLiteral("s3"));
    QCOMPARE(inFolder.first().packId, QStringLiteral("other-pack"));
    const std::optional<Bookmark> one = store.bookmarks().bookmark(first);
    QVERIFY(one);
    QCOMPARE(one->url, topic);
    QCOMPARE(one->packId, QString());
    QVERIFY(one->created >= before && one->created <= QDateTime::currentDateTimeUtc());

    // The same page again in the same folder is the same bookmark.
    QSignalSpy changed(&store, &UserData::bookmarksChanged);
    QUrl again = topic;
    again.setFragment(QStringLiteral("s2"));
    QCOMPARE(store.bookmarks().add(again, QStringLiteral("再次")), first);
    QCOMPARE(store.bookmarks().inFolder().size(), 2);
    QCOMPARE(store.bookmarks().bookmark(first)->title, QStringLiteral("面肌痉挛"));
    QCOMPARE(changed.count(), 0);
    // In another folder it is another bookmark.
    const qint64 copy = store.bookmarks().add(topic, QStringLiteral("副本"), folder);
    QVERIFY(copy > 0 && copy != first);
    QCOMPARE(store.bookmarks().ofPage(topic).size(), 2);

    QVERIFY(store.bookmarks().rename(third, QStringLiteral("新标题")));
    QCOMPARE(store.bookmarks().bookmark(third)->title, QStringLiteral("新标题"));
    QVERIFY(!store.bookmarks().rename(999, QStringLiteral("无")));
    QCOMPARE(store.errorString(), QStringLiteral("there is no bookmark 999"));
    QCOMPARE(store.bookmarks().add(question, QStringLiteral("无处"), 777), 0);
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

void TestBookmarks::moveAndReorder()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QList<qint64> ids;
    for (int i = 1; i <= 4; ++i) {
        ids.append(store.bookmarks().add(pageurl::question(i), QStringLiteral("b%1").arg(i)));
    }
    auto order = [&store](qint64 folder) {
        return titles(store.bookmarks().inFolder(folder)).join(QLatin1Char(' '));
    };
    QVERIFY(store.bookmarks().move(ids[3], 0, 0));
    QCOMPARE(order(0), QStringLiteral("b4 b1 b2 b3"));
    QCOMPARE(positions(store.bookmarks().inFolder()), (QList<int>{0, 1, 2, 3}));
    QVERIFY(store.bookmarks().move(ids[0], 0, -1));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b3 b1"));
    QVERIFY(store.bookmarks().move(ids[1], 0, 99));
    QCOMPARE(order(0), QStringLiteral("b4 b3 b1 b2"));
    QVERIFY(store.bookmarks().move(ids[1], 0, 1));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b3 b1"));

    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("收藏夹"));
    QVERIFY(store.bookmarks().move(ids[2], folder));
    QCOMPARE(order(0), QStringLiteral("b4 b2 b1"));
    QCOMPARE(positions(store.bookmarks().inFolder()), (QList<int>{0, 1, 2}));
    QCOMPARE(order(folder), QStringLiteral("b3"));
    QCOMPARE(store.bookmarks().bookmark(ids[2])->folderId, folder);
    // A folder holds a page once.
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("b1'"), folder) > 0);
    QVERIFY(!store.bookmarks().move(ids[0], folder));
    QCOMPARE(store.errorString(),
             QStringLiteral("that folder already has a bookmark of this page"));
    QCOMPARE(store.bookmarks().bookmark(ids[0])->folderId, 0);
    QCOMPARE(order(folder), QStringLiteral("b3 b1'"));
    QVERIFY(store.bookmarks().move(ids[0], 0, 0)); // but it may move within its own folder
    QCOMPARE(order(0), QStringLiteral("b1 b4 b2"));
    QVERIFY(!store.bookmarks().move(ids[0], 777));
    QVERIFY(!store.bookmarks().move(12345, 0));

    // Folders.
    const qint64 a = store.bookmarks().addFolder(QStringLiteral("甲"));
    const qint64 b = store.bookmarks().addFolder(QStringLiteral("乙"));
    auto folderOrder = [&store](qint64 parent) {
        return names(store.bookmarks().folders(parent)).join(QLatin1Char(' '));
    };
    QCOMPARE(folderOrder(0), QStringLiteral("收藏夹 甲 乙"));
    QVERIFY(store.bookmarks().moveFolder(b, 0, 0));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 收藏夹 甲"));
    QVERIFY(store.bookmarks().moveFolder(folder, a));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 甲"));
    QCOMPARE(store.bookmarks().folders().at(1).position, 1);
    QCOMPARE(folderOrder(a), QStringLiteral("收藏夹"));
    QCOMPARE(order(folder), QStringLiteral("b3 b1'")); // its bookmarks went with it
    QVERIFY(!store.bookmarks().moveFolder(a, folder));
    QCOMPARE(store.errorString(),
             QStringLiteral("a folder cannot move into itself or a folder inside it"));
    QVERIFY(!store.bookmarks().moveFolder(a, a));
    QCOMPARE(folderOrder(a), QStringLiteral("收藏夹"));
    QVERIFY(store.bookmarks().moveFolder(folder, 0, 1));
    QCOMPARE(folderOrder(0), QStringLiteral("乙 收藏夹 甲"));
    // Names stay different among siblings.
    const qint64 namesake = store.bookmarks().addFolder(QStringLiteral("甲"), b);
    QVERIFY(!store.bookmarks().moveFolder(namesake, 0));
    QCOMPARE(store.errorString(), QStringLiteral("there is already a folder named \"甲\" there"));
    QCOMPARE(store.bookmarks().folder(namesake)->parentId, b);
    QVERIFY(!store.bookmarks().moveFolder(4242, 0));
}

void TestBookmarks::removingAFolderRemovesWhatIsInIt()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 a = store.bookmarks().addFolder(QStringLiteral("甲"));
    const qint64 b = store.bookmarks().addFolder(QStringLiteral("乙"), a);
    const qint64 c = store.bookmarks().addFolder(QStringLiteral("丙"), b);
    const qint64 d = store.bookmarks().addFolder(QStringLiteral("丁"));
    const qint64 inA = store.bookmarks().add(pageurl::question(1), QStringLiteral("1"), a);
    const qint64 inB = store.bookmarks().add(pageurl::question(2), QStringLiteral("2"), b);
    const qint64 inC = store.bookmarks().add(pageurl::question(3), QStringLiteral("3"), c);
    const qint64 inD = store.bookmarks().add(pageurl::question(3), QStringLiteral("3'"), d);
    const qint64 top = store.bookmarks().add(pageurl::question(4), QStringLiteral("4"));
    QCOMPARE(store.bookmarks().folder(d)->position, 1);

    QVERIFY(store.bookmarks().removeFolder(a));
    QCOMPARE(names(store.bookmarks().allFolders()), QStringList{QStringLiteral("丁")});
    QCOMPARE(store.bookmarks().folder(d)->position, 0);
    for (const qint64 id : {b, c}) {
        QVERIFY(!store.bookmarks().folder(id));
    }
    for (const qint64 id : {inA, inB, inC}) {
        QVERIFY(!store.bookmarks().bookmark(id));
    }
    QVERIFY(!store.bookmarks().isBookmarked(pageurl::question(1)));
    QVERIFY(!store.bookmarks().isBookmarked(pageurl::question(2)));
    QCOMPARE(store.bookmarks().ofPage(pageurl::question(3)).size(), 1);
    QCOMPARE(store.bookmarks().ofPage(pageurl::question(3)).first().id, inD);
    QVERIFY(store.bookmarks().bookmark(top));
    QVERIFY(!store.bookmarks().removeFolder(a));
    QCOMPARE(store.errorString(), QStringLiteral("there is no folder %1").arg(a));

    QVERIFY(store.bookmarks().remove(top));
    QVERIFY(store.bookmarks().inFolder().isEmpty());
    QVERIFY(!store.bookmarks().remove(top));
    QVERIFY(store.bookmarks().remove(inD));
    QVERIFY(store.bookmarks().inFolder(d).isEmpty());
    QCOMPARE(store.bookmarks().folders().size(), 1);
}

void TestBookmarks::lookupIgnoresTheFragment()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const QUrl section2 = pageurl::article(QStringLiteral("causes"), {}, 2);
    const QUrl section5 = pageurl::article(QStringLiteral("causes"), {}, 5);
    const QUrl whole = pageurl::article(QStringLiteral("causes"));
    QVERIFY(store.bookmarks().add(section2, QStringLiteral("病因")) > 0);
    QVERIFY(store.bookmarks().isBookmarked(whole));
    QVERIFY(store.bookmarks().isBookmarked(section5));
    const QList<Bookmark> found = store.bookmarks().ofPage(section5);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().url, section2); // kept as it was bookmarked
    // Another page, or the same slug in another pack, is not bookmarked.
    QVERIFY(!store.bookmarks().isBookmarked(pageurl::article(QStringLiteral("causes-2"))));
    QVERIFY(!store.bookmarks().isBookmarked(
        pageurl::article(QStringLiteral("causes"), QStringLiteral("p2"))));
    QVERIFY(store.bookmarks().ofPage(pageurl::topic(QStringLiteral("causes"))).isEmpty());
}

QINGNANG_USERDATA_TEST_MAIN(TestBookmarks)

#include "tst_bookmarks.moc"
