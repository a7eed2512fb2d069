// SPDX-License-Identifier: MIT
#pragma once

#include "storepart.h"
#include "userdatatypes.h"

#include <QByteArray>
#include <QString>

namespace qingnang {

class Bookmarks;
class Notes;

// Export and import of folders, bookmarks and notes (not history), as JSON
// (docs/user-data.md; the format itself is userdatajson.h). Import merges
// into what is there, in one transaction: on any problem it changes nothing
// and says what and where. A failure also sets the store's errorString();
// an import emits UserStore::bookmarksChanged() and notesChanged(), once each,
// when it added to them.
class UserDataExchange : public StorePart
{
public:
    UserDataExchange(UserStore &store, Bookmarks &bookmarks, Notes &notes)
        : StorePart(store)
        , m_bookmarks(bookmarks)
        , m_notes(notes)
    {}

    QByteArray exportJson() const;          // empty on failure
    bool exportToFile(const QString &path); // written whole or not at all
    ImportResult importJson(const QByteArray &json);
    ImportResult importFile(const QString &path);

private:
    Bookmarks &m_bookmarks;
    Notes &m_notes;
};

} // namespace qingnang
