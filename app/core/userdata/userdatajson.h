// SPDX-License-Identifier: MIT
#pragma once

#include "userdatatypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qingnang::userdata {

// The export file of bookmarks, folders and notes (docs/user-data.md).
inline constexpr char exportFormat[] = "qingnang-userdata";
inline constexpr int exportVersion = 1;
// Import reads files up to this size.
inline constexpr qint64 maxImportBytes = 64 * 1024 * 1024;

// What an export file holds. Folder ids are the file's own: a folder's parent
// is 0 or a folder listed before it, a bookmark's folder 0 or a listed folder.
struct ExportData
{
    QList<BookmarkFolder> folders;
    QList<Bookmark> bookmarks;
    QList<Note> notes;
};

QByteArray writeExport(const ExportData &data, const QDateTime &exported);

// Reads and checks an export file. On failure returns nothing and sets error
// to one line saying what is wrong and where ("bookmarks[3].url: ...").
// Addresses are checked, texts cleaned as the store cleans them, notes longer
// than maxNoteLength refused.
std::optional<ExportData> readExport(const QByteArray &json, QString *error);

} // namespace qingnang::userdata
