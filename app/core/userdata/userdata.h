// SPDX-License-Identifier: MIT
#pragma once

#include "bookmarks.h"
#include "notes.h"
#include "readinghistory.h"
#include "searchhistory.h"
#include "userdataexchange.h"
#include "userstore.h"

namespace qingnang {

// The user's own data (docs/user-data.md): the store, whose file it opens,
// closes and recovers (UserStore), with the parts that read and change what
// is kept in it: bookmarks in folders, notes on pages, the reading history,
// the search history, and the export and import of bookmarks and notes.
// The app makes one and passes it to what shows or changes user data:
//
//     userData.open();
//     userData.bookmarks().add(url, title, folderId);
//     connect(&userData, &UserData::bookmarksChanged, ...);
class UserData : public UserStore
{
    Q_OBJECT
public:
    explicit UserData(QObject *parent = nullptr);
    ~UserData() override;

    Bookmarks &bookmarks() { return m_bookmarks; }
    const Bookmarks &bookmarks() const { return m_bookmarks; }
    Notes &notes() { return m_notes; }
    const Notes &notes() const { return m_notes; }
    ReadingHistory &history() { return m_history; }
    const ReadingHistory &history() const { return m_history; }
    SearchHistory &searchHistory() { return m_searchHistory; }
    const SearchHistory &searchHistory() const { return m_searchHistory; }
    UserDataExchange &exchange() { return m_exchange; }
    const UserDataExchange &exchange() const { return m_exchange; }

private:
    Bookmarks m_bookmarks{*this};
    Notes m_notes{*this};
    ReadingHistory m_history{*this};
    SearchHistory m_searchHistory{*this};
    UserDataExchange m_exchange{*this, m_bookmarks, m_notes};
};

} // namespace qingnang
