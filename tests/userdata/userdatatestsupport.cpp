// SPDX-License-Identifier: MIT
#include "userdatatestsupport.h"

#include "address/pageurl.h"
#include "pack/sqlitehandle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

namespace qingnang::test {
QUrl page(const QString &address)
{
    return QUrl(address, QUrl::StrictMode);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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

// One arg() call each: the texts themselves may hold "%1".
QStringList dump(const UserData &store)
{
    QStringList lines;
    QHash<qint64, QString> pathOf{{0, QString()}};
    QList<qint64> folderIds{0};
    for (const BookmarkFolder &folder : store.bookmarks().allFolders()) {
        pathOf.insert(folder.id, pathOf.value(folder.parentId) + QLatin1Char('/') + folder.name);
        folderIds.append(folder.id);
        lines.append(QStringLiteral("folder %1 #%2 %3")
                         .arg(pathOf.value(folder.id), QString::number(folder.position),
                              QString::number(folder.created.toMSecsSinceEpoch())));
    }
    for (const qint64 id : folderIds) {
        for (const Bookmark &bookmark : store.bookmarks().inFolder(id)) {
            lines.append(QStringLiteral("bookmark %1/ #%2 %3 [%4] pack=%5 %6")
                             .arg(pathOf.value(id), QString::number(bookmark.position),
                                  bookmark.url.toString(QUrl::FullyEncoded), bookmark.title,
                                  bookmark.packId,
                                  QString::number(bookmark.created.toMSecsSinceEpoch())));
        }
    }
    for (const Note &note : store.notes().all()) {
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
    return store.open(path) && store.exchange().importJson(QJsonDocument(file).toJson()).ok;
}

void UserDataTest::initHome()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("qingnang"));
}

QString UserDataTest::freshPath(const QString &name)
{
    return m_dir.filePath(QStringLiteral("store%1/").arg(++m_serial) + name);
}

} // namespace qingnang::test
