// SPDX-License-Identifier: MIT
#include "userdataexchange.h"

#include "bookmarks.h"
#include "notes.h"
#include "userdatajson.h"
#include "userdatatext.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace qingnang {

using namespace userdata;

namespace {

// 0, 1, 2 ... count - 1; or the other way round.
QList<qsizetype> indexes(qsizetype count, bool reversed = false)
{
    QList<qsizetype> result(count);
    if (reversed) {
        std::iota(result.rbegin(), result.rend(), 0);
    } else {
        std::iota(result.begin(), result.end(), 0);
    }
    return result;
}

// Indexes into items, stably sorted by key(item): items of the same key keep
// the order they have in indexes.
template<typename T, typename Key>
QList<qsizetype> sortedBy(const QList<T> &items, QList<qsizetype> indexes, Key key)
{
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&](qsizetype a, qsizetype b) { return key(items.at(a)) < key(items.at(b)); });
    return indexes;
}

} // namespace

QByteArray UserDataExchange::exportJson() const
{
    if (!m_store.requireOpen()) {
        return {};
    }
    ExportData data;
    data.folders = m_bookmarks.allFolders();
    // Bookmarks folder by folder: the top level, then the folders in their order.
    const std::optional<QList<Bookmark>> bookmarks = m_bookmarks.all(data.folders);
    if (!bookmarks) {
        return {};
    }
    data.bookmarks = *bookmarks;
    data.notes = m_notes.all();
    return writeExport(data, QDateTime::currentDateTimeUtc());
}

bool UserDataExchange::exportToFile(const QString &path)
{
    const QByteArray json = exportJson();
    if (json.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return m_store.fail(QStringLiteral("%1: cannot write: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

ImportResult UserDataExchange::importJson(const QByteArray &json)
{
    ImportResult result;
    QString error;
    const std::optional<ExportData> data = readExport(json, &error);
    if (!data) {
        m_store.refuse(error);
        result.error = m_store.errorString();
        return result;
    }
    ImportSummary &summary = result.summary;
    result.ok = m_store.mutate({}, [&](UserStore::Changes &changes) {
        // Folders, parents before children and siblings by position: each goes to
        // the folder of the same name at the same place, or is made there.
        QHash<qint64, QList<qsizetype>> childrenOf;
        for (qsizetype i = 0; i < data->folders.size(); ++i) {
            childrenOf[data->folders.at(i).parentId].append(i);
        }
        QHash<qint64, qint64> folderFor{{0, 0}}; // the file's folder id -> the store's
        QList<qint64> pending{0};
        while (!pending.isEmpty()) {
            const qint64 parent = pending.takeFirst();
            const QList<qsizetype> children =
                sortedBy(data->folders, childrenOf.value(parent),
                         [](const BookmarkFolder &folder) { return folder.position; });
            for (const qsizetype index : children) {
                const BookmarkFolder &folder = data->folders.at(index);
                const qint64 target = folderFor.value(parent);
                qint64 id = m_bookmarks.folderNamed(target, folder.name).value_or(0);
                if (id != 0) {
                    ++summary.foldersMerged;
                } else {
                    id = m_bookmarks.insertFolder(target, folder.name,
                                                  folder.created.toMSecsSinceEpoch());
                    if (id == 0) {
                        return false;
                    }
                    ++summary.foldersAdded;
                }
                folderFor.insert(folder.id, id);
                pending.append(folder.id);
            }
        }

        // Bookmarks, in each folder by position; a page already in the folder is skipped.
        for (const qsizetype index :
             sortedBy(data->bookmarks, indexes(data->bookmarks.size()),
                      [](const Bookmark &bookmark) { return bookmark.position; })) {
            const Bookmark &bookmark = data->bookmarks.at(index);
            const qint64 target = folderFor.value(bookmark.folderId);
            if (m_bookmarks.bookmarkOfPage(target, pageKey(bookmark.url))) {
                ++summary.bookmarksSkipped;
            } else if (m_bookmarks.insertBookmark(target, bookmark.url, bookmark.title,
                                                  bookmark.created.toMSecsSinceEpoch()) == 0) {
                return false;
            } else {
                ++summary.bookmarksAdded;
            }
        }

        // Notes: the newer of the page's note and the imported one stays. They are
        // saved oldest first (the file lists the latest first, as Notes::all() does),
        // so that notes of the same time keep their order.
        for (const qsizetype index : sortedBy(data->notes, indexes(data->notes.size(), true),
                                              [](const Note &note) { return note.updated; })) {
            const Note &imported = data->notes.at(index);
            const std::optional<Note> existing = m_notes.note(imported.url);
            if (existing && existing->updated >= imported.updated) {
                ++summary.notesKept;
                continue;
            }
            if (!m_notes.writeImported(imported)) {
                return false;
            }
            ++(existing ? summary.notesReplaced : summary.notesAdded);
        }

        changes.setFlag(UserStore::Change::Bookmarks,
                        summary.foldersAdded > 0 || summary.bookmarksAdded > 0);
        changes.setFlag(UserStore::Change::Notes,
                        summary.notesAdded > 0 || summary.notesReplaced > 0);
        return true;
    });
    if (!result.ok) {
        result.error = m_store.errorString();
    }
    return result;
}

ImportResult UserDataExchange::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    ImportResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: cannot read: %2").arg(shown, file.errorString());
    } else if (file.size() > maxImportBytes) {
        result.error = QStringLiteral("%1: the file is larger than %2 MiB, too large to be an"
                                      " export of bookmarks and notes")
                           .arg(shown, QString::number(maxImportBytes / (1024 * 1024)));
    } else {
        result = importJson(file.readAll());
        if (!result.ok) {
            result.error = shown + QStringLiteral(": ") + result.error;
        }
    }
    if (!result.ok) {
        m_store.fail(result.error);
    }
    return result;
}

} // namespace qingnang
