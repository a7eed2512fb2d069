// SPDX-License-Identifier: MIT
#include "pagemarks.h"

#include "userdata.h"
#include "userdatatext.h"

namespace qingnang {

using namespace userdata;

void PageMarks::load(const UserData *store)
{
    loadBookmarks(store);
    loadNotes(store);
}

void PageMarks::loadBookmarks(const UserData *store)
{
    m_bookmarked.clear();
    if (!store || !store->isOpen()) {
        return;
    }
    const auto add = [this](const QList<Bookmark> &bookmarks) {
        for (const Bookmark &bookmark : bookmarks) {
            m_bookmarked.insert(pageKey(bookmark.url));
        }
    };
    add(store->bookmarks().inFolder(0));
    for (const BookmarkFolder &folder : store->bookmarks().allFolders()) {
        add(store->bookmarks().inFolder(folder.id));
    }
}

void PageMarks::loadNotes(const UserData *store)
{
    m_notes.clear();
    if (!store || !store->isOpen()) {
        return;
    }
    for (const Note &note : store->notes().all()) {
        m_notes.insert(pageKey(note.url), note);
    }
}

bool PageMarks::isBookmarked(const QUrl &url) const
{
    return m_bookmarked.contains(pageKey(url));
}

std::optional<Note> PageMarks::note(const QUrl &url) const
{
    const auto found = m_notes.constFind(pageKey(url));
    return found == m_notes.constEnd() ? std::nullopt : std::optional<Note>(*found);
}

} // namespace qingnang
