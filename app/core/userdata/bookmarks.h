// SPDX-License-Identifier: MIT
#pragma once

#include "storepart.h"
#include "userdatatypes.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace qingnang {

// Bookmarks (收藏) in folders, kept in a UserStore: each call that changes
// something is one transaction, and emits UserStore::bookmarksChanged() once;
// a failed call returns false (or 0, or an empty list) and the store's
// errorString() says why.
class Bookmarks : public StorePart
{
public:
    using StorePart::StorePart;

    // --- Bookmark folders. Positions are indexes among siblings, 0, 1, 2...
    // Names are cleaned and cut like titles (docs/user-data.md); the folders
    // of one parent have different names.
    qint64 addFolder(const QString &name, qint64 parentId = 0); // appended; 0 on failure
    bool renameFolder(qint64 id, const QString &name);
    // Moves a folder under parentId (0: the top level), to index among its new
    // siblings (-1 or past the end: last). Moving within the same parent
    // reorders. A folder cannot move into itself or a folder inside it.
    bool moveFolder(qint64 id, qint64 parentId, int index = -1);
    // Removes the folder with everything in it: its subfolders, at any depth,
    // and every bookmark in any of them.
    bool removeFolder(qint64 id);
    std::optional<BookmarkFolder> folder(qint64 id) const;
    QList<BookmarkFolder> folders(qint64 parentId = 0) const; // in order
    // Every folder, depth first: a parent before its children, siblings in order.
    QList<BookmarkFolder> allFolders() const;

    // --- Bookmarks. url must be a qingnang: page address (pageurl.h); it is
    // kept with its fragment, but a page is bookmarked at most once per folder:
    // adding a page a folder already has returns the existing bookmark's id.
    qint64 add(const QUrl &url, const QString &title, qint64 folderId = 0);
    bool rename(qint64 id, const QString &title);
    // Moves a bookmark to folderId at index (-1: last); the same folder reorders.
    // Refused when the folder already has a bookmark of the same page.
    bool move(qint64 id, qint64 folderId, int index = -1);
    bool remove(qint64 id);
    std::optional<Bookmark> bookmark(qint64 id) const;
    QList<Bookmark> inFolder(qint64 folderId = 0) const; // in order
    // The bookmarks of the page url shows, whatever their fragment or folder.
    QList<Bookmark> ofPage(const QUrl &url) const;
    bool isBookmarked(const QUrl &url) const;

private:
    friend class UserDataExchange; // import merges folders and bookmarks in its own transaction

    enum class List { Folders, Bookmarks };

    // Every bookmark: the top level's, then each folder's in the order of
    // folders, each in order (as export lists them).
    // Nothing when they cannot be read.
    std::optional<QList<Bookmark>> all(const QList<BookmarkFolder> &folders) const;

    bool folderExists(qint64 id) const;
    std::optional<qint64> folderNamed(qint64 parentId, const QString &name) const;
    QList<qint64> listIds(List list, qint64 parentId, qint64 excludeId = 0) const;
    bool writePositions(List list, const QList<qint64> &ids) const;
    bool placeAt(List list, qint64 id, qint64 oldParent, qint64 newParent, int index) const;
    std::optional<qint64> bookmarkOfPage(qint64 folderId, const QString &page) const;
    qint64 insertFolder(qint64 parentId, const QString &name, qint64 created);
    qint64 insertBookmark(qint64 folderId, const QUrl &url, const QString &title, qint64 created);
};

} // namespace qingnang
