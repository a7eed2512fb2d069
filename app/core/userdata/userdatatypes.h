// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace qingnang {

// Value types of the user-data store (UserStore and its parts, docs/user-data.md). Times are
// UTC, to the millisecond. Nothing here refers to a database.

// A bookmark folder (收藏夹). Folders nest; parentId 0 is the top level.
struct BookmarkFolder
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    int position = 0; // index among the folders of the same parent
    QDateTime created;
};

// A bookmark (收藏) of a page, in a folder (0: the top level).
struct Bookmark
{
    qint64 id = 0;
    qint64 folderId = 0;
    QUrl url;       // as bookmarked, fragment included
    QString packId; // the pack of the page; empty for the primary pack
    QString title;
    int position = 0; // index among the bookmarks of the same folder
    QDateTime created;
};

// The personal note on a page (one per page: the URL without its fragment).
struct Note
{
    QUrl url; // without fragment
    QString packId;
    QString pageTitle; // the page's title when the note was last saved
    QString text;
    QDateTime created;
    QDateTime updated;
};

// A page of the reading history: one entry per page (URL without fragment).
struct HistoryEntry
{
    QUrl url; // without fragment
    QString packId;
    QString title; // the title at the last visit
    QDateTime firstVisit;
    QDateTime lastVisit;
    int visitCount = 0;
};

// Why UserStore::open() failed, for the UI to choose what to offer.
enum class UserDataProblem {
    None,
    NotOurs,      // not an SQLite file, or another application's database: left alone
    NewerVersion, // written by a newer Qingnang: left alone
    Damaged,      // ours but unreadable or incomplete: UserStore::startAfresh() can help
    CannotOpen,   // a directory, no permission, no space...: nothing to recover
};

// What an import did. Every count is of items in the imported file.
struct ImportSummary
{
    int foldersAdded = 0;
    int foldersMerged = 0; // a folder of the same name was already at the same place
    int bookmarksAdded = 0;
    int bookmarksSkipped = 0; // the same page was already bookmarked in the same folder
    int notesAdded = 0;
    int notesReplaced = 0; // the imported note was newer than the page's note
    int notesKept = 0;     // the page's note was as new or newer, and stays
};

struct ImportResult
{
    bool ok = false;
    QString error; // set when !ok: what is wrong and where; nothing was changed
    ImportSummary summary;
};

} // namespace qingnang
