// SPDX-License-Identifier: MIT
#include "bookmarks.h"

#include "userdatatext.h"
#include "userstore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace qingnang {

using namespace userdata;

namespace {

QString tableOf(bool folders)
{
    return folders ? QStringLiteral("folder") : QStringLiteral("bookmark");
}

QString parentColumnOf(bool folders)
{
    return folders ? QStringLiteral("parent_id") : QStringLiteral("folder_id");
}

BookmarkFolder readFolder(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toInt(), UserStore::timeOf(query.value(4).toLongLong())};
}

// The folders' columns as readFolder() reads them, from the folders that rest picks.
QString selectFolders(const QString &rest)
{
    return QStringLiteral("SELECT id, parent_id, name, position, created FROM folder ") + rest;
}

Bookmark readBookmark(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toLongLong(),
            QUrl(query.value(2).toString(), QUrl::StrictMode),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toInt(),
            UserStore::timeOf(query.value(6).toLongLong())};
}

// The bookmarks' columns as readBookmark() reads them, from the bookmarks that rest picks.
QString selectBookmarks(const QString &rest)
{
    return QStringLiteral(
               "SELECT id, folder_id, url, pack_id, title, position, created FROM bookmark ") +
           rest;
}

qint64 readId(const QSqlQuery &query)
{
    return query.value(0).toLongLong();
}

QString noFolder(qint64 id)
{
    return QStringLiteral("there is no folder %1").arg(id);
}

QString noName()
{
    return QStringLiteral("a folder needs a name");
}

QString nameTaken(const QString &name)
{
    return QStringLiteral("there is already a folder named \"%1\" there").arg(name);
}

} // namespace

// --- Folders

qint64 Bookmarks::addFolder(const QString &name, qint64 parentId)
{
    const QString clean = cleanLine(name, maxTitleLength);
    if (clean.isEmpty()) {
        m_store.refuse(noName());
        return 0;
    }
    qint64 id = 0;
    const bool added = m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        if (parentId != 0 && !folderExists(parentId)) {
            return m_store.fail(noFolder(parentId));
        }
        if (folderNamed(parentId, clean)) {
            return m_store.fail(nameTaken(clean));
        }
        id = insertFolder(parentId, clean, m_store.now());
        return id != 0;
    });
    return added ? id : 0;
}

bool Bookmarks::renameFolder(qint64 id, const QString &name)
{
    const QString clean = cleanLine(name, maxTitleLength);
    if (clean.isEmpty()) {
        return m_store.refuse(noName());
    }
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        const std::optional<BookmarkFolder> current = folder(id);
        if (!current) {
            return m_store.fail(noFolder(id));
        }
        const std::optional<qint64> namesake = folderNamed(current->parentId, clean);
        if (namesake && *namesake != id) {
            return m_store.fail(nameTaken(clean));
        }
        QSqlQuery query =
            m_store.prepare(QStringLiteral("UPDATE folder SET name = ? WHERE id = ?"));
        query.addBindValue(clean);
        query.addBindValue(id);
        return m_store.exec(query, "rename the folder");
    });
}

bool Bookmarks::moveFolder(qint64 id, qint64 parentId, int index)
{
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        const std::optional<BookmarkFolder> current = folder(id);
        if (!current) {
            return m_store.fail(noFolder(id));
        }
        if (parentId != 0 && !folderExists(parentId)) {
            return m_store.fail(noFolder(parentId));
        }
        // The new parent must not be the folder or lie inside it.
        QSet<qint64> seen;
        for (qint64 ancestor = parentId; ancestor != 0 && !seen.contains(ancestor);) {
            if (ancestor == id) {
                return m_store.fail(
                    QStringLiteral("a folder cannot move into itself or a folder inside it"));
            }
            seen.insert(ancestor);
            const std::optional<BookmarkFolder> up = folder(ancestor);
            ancestor = up ? up->parentId : 0;
        }
        if (parentId != current->parentId && folderNamed(parentId, current->name)) {
            return m_store.fail(nameTaken(current->name));
        }
        return placeAt(List::Folders, id, current->parentId, parentId, index);
    });
}

bool Bookmarks::removeFolder(qint64 id)
{
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        const std::optional<BookmarkFolder> current = folder(id);
        if (!current) {
            return m_store.fail(noFolder(id));
        }
        const QString subtree =
            QStringLiteral("WITH RECURSIVE inside(id) AS (SELECT ? UNION"
                           " SELECT f.id FROM folder f JOIN inside ON f.parent_id = inside.id) ");
        for (const QString &table : {QStringLiteral("bookmark"), QStringLiteral("folder")}) {
            QSqlQuery query = m_store.prepare(
                subtree + QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT id FROM inside)")
                              .arg(table, table == QLatin1String("bookmark")
                                              ? QStringLiteral("folder_id")
                                              : QStringLiteral("id")));
            query.addBindValue(id);
            if (!m_store.exec(query, "remove the folder")) {
                return false;
            }
        }
        return writePositions(List::Folders, listIds(List::Folders, current->parentId));
    });
}

std::optional<BookmarkFolder> Bookmarks::folder(qint64 id) const
{
    return readOne(selectFolders(QStringLiteral("WHERE id = ?")), {id}, "read the folders",
                   readFolder);
}

QList<BookmarkFolder> Bookmarks::folders(qint64 parentId) const
{
    return readAll(selectFolders(QStringLiteral("WHERE parent_id = ? ORDER BY position, id")),
                   {parentId}, "read the folders", readFolder);
}

QList<BookmarkFolder> Bookmarks::allFolders() const
{
    QList<BookmarkFolder> result;
    QHash<qint64, QList<BookmarkFolder>> children;
    for (const BookmarkFolder &folder :
         readAll(selectFolders(QStringLiteral("ORDER BY parent_id, position, id")), {},
                 "read the folders", readFolder)) {
        children[folder.parentId].append(folder);
    }
    // Depth first without recursion; a folder is visited once even in a damaged tree.
    QList<BookmarkFolder> stack(children.value(0).crbegin(), children.value(0).crend());
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const BookmarkFolder folder = stack.takeLast();
        if (seen.contains(folder.id)) {
            continue;
        }
        seen.insert(folder.id);
        result.append(folder);
        const QList<BookmarkFolder> inside = children.value(folder.id);
        for (auto it = inside.crbegin(); it != inside.crend(); ++it) {
            stack.append(*it);
        }
    }
    return result;
}

// --- Bookmarks

qint64 Bookmarks::add(const QUrl &url, const QString &title, qint64 folderId)
{
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        m_store.refuse(problem);
        return 0;
    }
    qint64 id = 0;
    const bool added = m_store.mutate(UserStore::Change::Bookmarks, [&](auto &changes) {
        if (folderId != 0 && !folderExists(folderId)) {
            return m_store.fail(noFolder(folderId));
        }
        if (const std::optional<qint64> existing = bookmarkOfPage(folderId, pageKey(url))) {
            id = *existing;
            changes = {}; // nothing changed
            return true;
        }
        id = insertBookmark(folderId, url, cleanLine(title, maxTitleLength), m_store.now());
        return id != 0;
    });
    return added ? id : 0;
}

bool Bookmarks::rename(qint64 id, const QString &title)
{
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        QSqlQuery query =
            m_store.prepare(QStringLiteral("UPDATE bookmark SET title = ? WHERE id = ?"));
        query.addBindValue(cleanLine(title, maxTitleLength));
        query.addBindValue(id);
        if (!m_store.exec(query, "rename the bookmark")) {
            return false;
        }
        return query.numRowsAffected() == 1 ||
               m_store.fail(QStringLiteral("there is no bookmark %1").arg(id));
    });
}

bool Bookmarks::move(qint64 id, qint64 folderId, int index)
{
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        const std::optional<Bookmark> current = bookmark(id);
        if (!current) {
            return m_store.fail(QStringLiteral("there is no bookmark %1").arg(id));
        }
        if (folderId != 0 && !folderExists(folderId)) {
            return m_store.fail(noFolder(folderId));
        }
        if (folderId != current->folderId && bookmarkOfPage(folderId, pageKey(current->url))) {
            return m_store.fail(QStringLiteral("that folder already has a bookmark of this page"));
        }
        return placeAt(List::Bookmarks, id, current->folderId, folderId, index);
    });
}

bool Bookmarks::remove(qint64 id)
{
    return m_store.mutate(UserStore::Change::Bookmarks, [&](auto &) {
        const std::optional<Bookmark> current = bookmark(id);
        if (!current) {
            return m_store.fail(QStringLiteral("there is no bookmark %1").arg(id));
        }
        QSqlQuery query = m_store.prepare(QStringLiteral("DELETE FROM bookmark WHERE id = ?"));
        query.addBindValue(id);
        return m_store.exec(query, "remove the bookmark") &&
               writePositions(List::Bookmarks, listIds(List::Bookmarks, current->folderId));
    });
}

std::optional<Bookmark> Bookmarks::bookmark(qint64 id) const
{
    return readOne(selectBookmarks(QStringLiteral("WHERE id = ?")), {id}, "read the bookmarks",
                   readBookmark);
}

QList<Bookmark> Bookmarks::inFolder(qint64 folderId) const
{
    return readAll(selectBookmarks(QStringLiteral("WHERE folder_id = ? ORDER BY position, id")),
                   {folderId}, "read the bookmarks", readBookmark);
}

QList<Bookmark> Bookmarks::ofPage(const QUrl &url) const
{
    return readAll(selectBookmarks(QStringLiteral("WHERE page_url = ? ORDER BY id")),
                   {pageKey(url)}, "read the bookmarks", readBookmark);
}

bool Bookmarks::isBookmarked(const QUrl &url) const
{
    return readOne(QStringLiteral("SELECT 1 FROM bookmark WHERE page_url = ? LIMIT 1"),
                   {pageKey(url)}, "read the bookmarks", [](const QSqlQuery &) { return true; })
        .has_value();
}

std::optional<QList<Bookmark>> Bookmarks::all(const QList<BookmarkFolder> &folders) const
{
    QHash<qint64, QList<Bookmark>> byFolder;
    if (!select(selectBookmarks(QStringLiteral("ORDER BY folder_id, position, id")), {},
                "read the bookmarks", [&](const QSqlQuery &query) {
                    const Bookmark bookmark = readBookmark(query);
                    byFolder[bookmark.folderId].append(bookmark);
                    return true;
                })) {
        return std::nullopt;
    }
    QList<Bookmark> result = byFolder.value(0);
    for (const BookmarkFolder &folder : folders) {
        result += byFolder.value(folder.id);
    }
    return result;
}

// --- In the caller's transaction

bool Bookmarks::folderExists(qint64 id) const
{
    return readOne(QStringLiteral("SELECT id FROM folder WHERE id = ?"), {id}, "read the folders",
                   readId)
        .has_value();
}

std::optional<qint64> Bookmarks::folderNamed(qint64 parentId, const QString &name) const
{
    return readOne(QStringLiteral("SELECT id FROM folder WHERE parent_id = ? AND name = ?"),
                   {parentId, name}, "read the folders", readId);
}

QList<qint64> Bookmarks::listIds(List list, qint64 parentId, qint64 excludeId) const
{
    const bool folders = list == List::Folders;
    return readAll(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id != ? ORDER BY position, id")
            .arg(tableOf(folders), parentColumnOf(folders)),
        {parentId, excludeId}, "read the bookmarks", readId);
}

// Gives the items their index in ids as position (and parent stays as it is).
bool Bookmarks::writePositions(List list, const QList<qint64> &ids) const
{
    QSqlQuery query =
        m_store.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND position != ?")
                            .arg(tableOf(list == List::Folders)));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.bindValue(0, int(i));
        query.bindValue(1, ids.at(i));
        query.bindValue(2, int(i));
        if (!m_store.exec(query, "reorder the bookmarks")) {
            return false;
        }
    }
    return true;
}

// Puts item id of list under newParent at index among its items there (-1 or
// past the end: last), closing the gap it leaves under oldParent.
bool Bookmarks::placeAt(List list, qint64 id, qint64 oldParent, qint64 newParent, int index) const
{
    const bool folders = list == List::Folders;
    QList<qint64> siblings = listIds(list, newParent, id);
    siblings.insert(index < 0 ? siblings.size() : qMin(qsizetype(index), siblings.size()), id);
    if (newParent != oldParent) {
        QSqlQuery query = m_store.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                              .arg(tableOf(folders), parentColumnOf(folders)));
        query.addBindValue(newParent);
        query.addBindValue(id);
        if (!m_store.exec(query, folders ? "move the folder" : "move the bookmark") ||
            !writePositions(list, listIds(list, oldParent))) {
            return false;
        }
    }
    return writePositions(list, siblings);
}

std::optional<qint64> Bookmarks::bookmarkOfPage(qint64 folderId, const QString &page) const
{
    return readOne(QStringLiteral("SELECT id FROM bookmark WHERE folder_id = ? AND page_url = ?"),
                   {folderId, page}, "read the bookmarks", readId);
}

qint64 Bookmarks::insertFolder(qint64 parentId, const QString &name, qint64 created)
{
    QSqlQuery query = m_store.prepare(QStringLiteral(
        "INSERT INTO folder (parent_id, name, position, created) VALUES (?, ?,"
        " (SELECT coalesce(max(position) + 1, 0) FROM folder WHERE parent_id = ?), ?)"));
    query.addBindValue(parentId);
    query.addBindValue(name);
    query.addBindValue(parentId);
    query.addBindValue(created);
    return m_store.exec(query, "add the folder") ? query.lastInsertId().toLongLong() : 0;
}

qint64 Bookmarks::insertBookmark(qint64 folderId, const QUrl &url, const QString &title,
                                 qint64 created)
{
    QSqlQuery query = m_store.prepare(QStringLiteral(
        "INSERT INTO bookmark (folder_id, url, page_url, pack_id, title, position, created)"
        " VALUES (?, ?, ?, ?, ?,"
        " (SELECT coalesce(max(position) + 1, 0) FROM bookmark WHERE folder_id = ?), ?)"));
    query.addBindValue(folderId);
    query.addBindValue(storedUrl(url));
    query.addBindValue(pageKey(url));
    query.addBindValue(packOf(url));
    query.addBindValue(title);
    query.addBindValue(folderId);
    query.addBindValue(created);
    return m_store.exec(query, "add the bookmark") ? query.lastInsertId().toLongLong() : 0;
}

} // namespace qingnang
