// SPDX-License-Identifier: MIT
// What the tests of the user-data store share: a home and a directory of
// their own, stores to compare and files to refuse.
#pragma once

#include "userdata/userdata.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace qingnang::test {

QUrl page(const QString &address);
QByteArray fileBytes(const QString &path);
// Every file and directory under root, with the size and a hash of each file.
QStringList treeSnapshot(const QString &root);
// Folders, bookmarks and notes as lines of text, without ids: two stores with
// the same lines hold the same things in the same order.
QStringList dump(const UserData &store);
QStringList titles(const QList<Bookmark> &bookmarks);
QStringList names(const QList<BookmarkFolder> &folders);
QList<int> positions(const QList<Bookmark> &bookmarks);
// A valid SQLite database with the given pragmas, with or without a table.
bool writeSqliteFile(const QString &path, int applicationId, int userVersion, bool withTable);
// A closed store with enough in it to fill a good number of pages (imported,
// so that it is one transaction).
bool writeFullStore(const QString &path);

// A test of the store: its initTestCase() calls initHome() first.
class UserDataTest : public QObject
{
protected:
    // A home of this run's own (XDG_DATA_HOME and the others), so that nothing
    // from an earlier run is there; and a directory for the stores.
    void initHome();
    // A path in a directory of its own, which does not exist yet.
    QString freshPath(const QString &name = QStringLiteral("userdata.sqlite"));

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

private:
    int m_serial = 0;
};

} // namespace qingnang::test

// A test's main(): named as the app is, so that UserStore::defaultPath() is
// where the app's would be (in the test's own home).
#define QINGNANG_USERDATA_TEST_MAIN(TestClass)                                                     \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        QCoreApplication::setOrganizationName(QStringLiteral("qingnang"));                         \
        QCoreApplication::setApplicationName(QStringLiteral("qingnang"));                          \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
