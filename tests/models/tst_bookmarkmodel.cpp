// SPDX-License-Identifier: MIT
#include "address/pageurl.h"
#include "models/bookmarkmodel.h"
#include "models/roles.h"
#include "userdata/userdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace qingnang;

namespace {

using Kind = BookmarkModel::Kind;

QUrl question(qint64 id)
{
    return pageurl::question(id);
}

// The tree as lines, indented by depth: "[folder]" or "title <address>".
QStringList tree(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString indent(2 * depth, QLatin1Char(' '));
        if (BookmarkModel::kindOf(index) == Kind::Folder) {
            lines.append(indent + QLatin1Char('[') + index.data().toString() + QLatin1Char(']'));
            lines += tree(model, index, depth + 1);
        } else {
            lines.append(indent + index.data().toString() + QStringLiteral(" <") +
                         index.data(UrlRole).toUrl().toString() + QLatin1Char('>'));
        }
    }
    return lines;
}

// A bookmark's line in tree(): its title and the address of question n.
QString mark(const QString &title, qint64 n)
{
    return title + QStringLiteral(" <") + question(n).toString() + QLatin1Char('>');
}

} // namespace

class TestBookmarkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStore();
    void nestedFoldersInTheStoresOrder();
    void rolesOfFoldersAndBookmarks();
    void followsEveryChange();
    void storeThatGoesAway();
};

void TestBookmarkModel::emptyStore()
{
    BookmarkModel none;
    QAbstractItemModelTester noneTester(&none,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(none.rowCount(), 0);
    QVERIFY(!none.hasChildren());
    QVERIFY(!none.indexOf(Kind::Folder, 0).isValid());

    UserData closed; // never opened: nothing to read, and no error for it
    BookmarkModel closedModel(&closed);
    QCOMPARE(closedModel.rowCount(), 0);
    QVERIFY(closed.errorString().isEmpty());

    UserData store;
    QVERIFY(store.openInMemory());
    BookmarkModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(tree(model).isEmpty());
}

void TestBookmarkModel::nestedFoldersInTheStoresOrder()
{
    UserData store;
    QVERIFY(store.openInMemory());
    Bookmarks &bookmarks = store.bookmarks();
    // Bookmarks at the top level come after its folders, whatever the order of adding.
    QVERIFY(bookmarks.add(question(1), QStringLiteral("顶层一")));
    const qint64 internal = bookmarks.addFolder(QStringLiteral("内科"));
    const qint64 heart = bookmarks.addFolder(QStringLiteral("心内科"), internal);
    const qint64 lungs = bookmarks.addFolder(QStringLiteral("呼吸科"), internal);
    const qint64 deep = bookmarks.addFolder(QStringLiteral("哮喘"), lungs);
    const qint64 surgery = bookmarks.addFolder(QStringLiteral("外科"));
    QVERIFY(internal && heart && lungs && deep && surgery);
    QVERIFY(bookmarks.add(question(2), QStringLiteral("顶层二")));
    QVERIFY(bookmarks.add(question(3), QStringLiteral("内科一"), internal));
    QVERIFY(bookmarks.add(question(4), QStringLiteral("内科二"), internal));
    QVERIFY(bookmarks.add(question(5), QStringLiteral("哮喘一"), deep));
    // Reordered in the store: the model shows the store's order, not the order of adding.
    QVERIFY(bookmarks.moveFolder(lungs, internal, 0));
    QVERIFY(bookmarks.move(bookmarks.inFolder(internal).last().id, internal, 0));

    BookmarkModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tree(model), (QStringList{
                              QStringLiteral("[内科]"),
                              QStringLiteral("  [呼吸科]"),
                              QStringLiteral("    [哮喘]"),
                              mark(QStringLiteral("      哮喘一"), 5),
                              QStringLiteral("  [心内科]"),
                              mark(QStringLiteral("  内科二"), 4),
                              mark(QStringLiteral("  内科一"), 3),
                              QStringLiteral("[外科]"),
                              mark(QStringLiteral("顶层一"), 1),
                              mark(QStringLiteral("顶层二"), 2),
                          }));
    // Deep enough to need more than the top level: the tester's parent() checks.
    const QModelIndex asthma = model.indexOf(Kind::Folder, deep);
    QVERIFY(asthma.isValid());
    QCOMPARE(asthma.parent(), model.indexOf(Kind::Folder, lungs));
    QCOMPARE(asthma.parent().parent(), model.indexOf(Kind::Folder, internal));
    QVERIFY(!asthma.parent().parent().parent().isValid());
}

void TestBookmarkModel::rolesOfFoldersAndBookmarks()
{
    UserData store;
    QVERIFY(store.openInMemory());
    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("神经科"));
    const qint64 inner = store.bookmarks().addFolder(QStringLiteral("面肌痉挛"), folder);
    const QUrl url = pageurl::article(QStringLiteral("hemifacial-spasm-causes"));
    const qint64 first = store.bookmarks().add(url, QStringLiteral("病因"), folder);
    const qint64 second = store.bookmarks().add(question(7), QStringLiteral("问题"), folder);
    const qint64 third = store.bookmarks().add(question(8), QStringLiteral("深处"), inner);
    QVERIFY(folder && inner && first && second && third);
    BookmarkModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QModelIndex folderIndex = model.indexOf(Kind::Folder, folder);
    QCOMPARE(folderIndex, model.index(0, 0));
    QCOMPARE(folderIndex.data().toString(), QStringLiteral("神经科"));
    QCOMPARE(BookmarkModel::kindOf(folderIndex), Kind::Folder);
    QCOMPARE(folderIndex.data(BookmarkKindRole).toInt(), int(Kind::Folder));
    QCOMPARE(BookmarkModel::idOf(folderIndex), folder);
    QCOMPARE(folderIndex.data(FolderIdRole).toLongLong(), 0);
    QCOMPARE(folderIndex.data(PositionRole).toInt(), 0);
    QCOMPARE(folderIndex.data(BookmarkCountRole).toInt(), 3); // at any depth
    QVERIFY(!folderIndex.data(UrlRole).isValid());
    QCOMPARE(model.rowCount(folderIndex), 3);

    // Positions count among the siblings of the same kind: what move() takes.
    const QModelIndex secondIndex = model.indexOf(Kind::Bookmark, second);
    QCOMPARE(secondIndex.row(), 2);
    QCOMPARE(secondIndex.data(PositionRole).toInt(), 1);
    QCOMPARE(secondIndex.data(FolderIdRole).toLongLong(), folder);
    const QModelIndex firstIndex = model.indexOf(Kind::Bookmark, first);
    QCOMPARE(firstIndex.data().toString(), QStringLiteral("病因"));
    QCOMPARE(BookmarkModel::kindOf(firstIndex), Kind::Bookmark);
    QCOMPARE(BookmarkModel::idOf(firstIndex), first);
    QCOMPARE(firstIndex.data(UrlRole).toUrl(), url);
    QCOMPARE(firstIndex.data(Qt::ToolTipRole).toString(), url.toString());
    QCOMPARE(firstIndex.data(PositionRole).toInt(), 0);
    QVERIFY(!firstIndex.data(BookmarkCountRole).isValid());
    QVERIFY(model.flags(firstIndex).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!model.flags(firstIndex).testFlag(Qt::ItemIsEditable)); // read-only
    QCOMPARE(model.indexOf(Kind::Bookmark, third).data(FolderIdRole).toLongLong(), inner);
    QCOMPARE(model.indexOf(Kind::Folder, inner).data(BookmarkCountRole).toInt(), 1);

    // A folder and a bookmark may share an id: the kind tells them apart.
    QVERIFY(!model.indexOf(Kind::Folder, 999).isValid());
    QVERIFY(!model.indexOf(Kind::Bookmark, 999).isValid());
    QCOMPARE(model.roleNames().value(UrlRole), QByteArray("url"));
}

void TestBookmarkModel::followsEveryChange()
{
    UserData store;
    QVERIFY(store.openInMemory());
    BookmarkModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Bookmarks &bookmarks = store.bookmarks();

    const qint64 a = bookmarks.addFolder(QStringLiteral("甲"));
    const qint64 b = bookmarks.addFolder(QStringLiteral("乙"));
    const qint64 one = bookmarks.add(question(1), QStringLiteral("一"), a);
    const qint64 two = bookmarks.add(question(2), QStringLiteral("二"));
    QCOMPARE(resets.size(), 4); // one reset per change
    QCOMPARE(tree(model), (QStringList{QStringLiteral("[甲]"), mark(QStringLiteral("  一"), 1),
                                       QStringLiteral("[乙]"), mark(QStringLiteral("二"), 2)}));

    QVERIFY(bookmarks.rename(one, QStringLiteral("一改")));
    QVERIFY(bookmarks.renameFolder(b, QStringLiteral("乙改")));
    QVERIFY(bookmarks.move(two, b));
    QVERIFY(bookmarks.moveFolder(b, a, 0)); // 乙 into 甲, before its bookmark
    QCOMPARE(tree(model),
             (QStringList{QStringLiteral("[甲]"), QStringLiteral("  [乙改]"),
                          mark(QStringLiteral("    二"), 2), mark(QStringLiteral("  一改"), 1)}));
    QCOMPARE(model.indexOf(Kind::Bookmark, two).parent(), model.indexOf(Kind::Folder, b));

    QVERIFY(bookmarks.moveFolder(b, 0, 0)); // back to the top, first
    QVERIFY(bookmarks.remove(one));
    QCOMPARE(tree(model), (QStringList{QStringLiteral("[乙改]"), mark(QStringLiteral("  二"), 2),
                                       QStringLiteral("[甲]")}));
    QVERIFY(bookmarks.removeFolder(b)); // with its bookmark
    QCOMPARE(tree(model), QStringList{QStringLiteral("[甲]")});
    QVERIFY(!model.indexOf(Kind::Bookmark, two).isValid());

    // A call that fails changes nothing, and the model stays as it was.
    const int before = int(resets.size());
    QVERIFY(!bookmarks.moveFolder(a, a));
    QVERIFY(!bookmarks.rename(12345, QStringLiteral("无")));
    QCOMPARE(tree(model), QStringList{QStringLiteral("[甲]")});
    QCOMPARE(int(resets.size()), before);

    QVERIFY(bookmarks.removeFolder(a));
    QCOMPARE(model.rowCount(), 0);
}

void TestBookmarkModel::storeThatGoesAway()
{
    auto store = std::make_unique<UserData>();
    QVERIFY(store->openInMemory());
    QVERIFY(store->bookmarks().add(question(1), QStringLiteral("一")));
    BookmarkModel model(store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    UserData other;
    QVERIFY(other.openInMemory());
    model.setUserData(&other);
    QCOMPARE(model.userData(), &other);
    QCOMPARE(model.rowCount(), 0);
    model.setUserData(store.get());
    QCOMPARE(model.rowCount(), 1);

    store->close(); // a closed store has nothing to show
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(store->openInMemory());
    QCOMPARE(model.rowCount(), 0); // a new, empty store in memory
    QVERIFY(store->bookmarks().add(question(2), QStringLiteral("二")));
    QCOMPARE(model.rowCount(), 1);
    store.reset();
    QVERIFY(!model.userData());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBookmarkModel)
#include "tst_bookmarkmodel.moc"
