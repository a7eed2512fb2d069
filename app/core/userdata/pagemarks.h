// SPDX-License-Identifier: MIT
#pragma once

#include "userdatatypes.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace qingnang {

class UserData;

// Which pages are bookmarked and which carry a note, held in memory so that
// showing a page (the star, the note over it) reads nothing from the store.
// It is read whole from the store when the store is given, and again when its
// bookmarks or its notes change: those are changed by the user, through the
// store, on the thread that shows them.
class PageMarks
{
public:
    // Both, from store (nothing when it is null or closed).
    void load(const UserData *store);
    void loadBookmarks(const UserData *store);
    void loadNotes(const UserData *store);

    // Whatever url's fragment, as Bookmarks::isBookmarked() and Notes::note() answer.
    bool isBookmarked(const QUrl &url) const;
    std::optional<Note> note(const QUrl &url) const;

private:
    QSet<QString> m_bookmarked; // by page key
    QHash<QString, Note> m_notes;
};

} // namespace qingnang
