// SPDX-License-Identifier: MIT
#pragma once

#include "storepart.h"
#include "userdatatypes.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace qingnang {

// Notes on pages, kept in a UserStore: one per page (the fragment is
// ignored). A change is one transaction and emits UserStore::notesChanged()
// once; a failed call returns false and the store's errorString() says why.
class Notes : public StorePart
{
public:
    using StorePart::StorePart;

    // Sets the page's note; text that is empty or only white space removes it.
    // Unchanged text changes nothing. Longer than userdata::maxNoteLength: refused.
    bool set(const QUrl &url, const QString &text, const QString &pageTitle = {});
    std::optional<Note> note(const QUrl &url) const;
    QList<Note> all() const; // the most recently updated first

private:
    friend class UserDataExchange; // import merges notes in its own transaction

    // Saves an imported note as it is, replacing the page's, in the caller's
    // transaction; false after the store said why.
    bool writeImported(const Note &note);
    // The write of one note: values are the row's page_url, pack_id,
    // page_title, text, created and updated; it takes the store's next
    // sequence number (none: nullopt, the store has said why). A note the page
    // has already is updated as update says.
    std::optional<QSqlQuery> prepareWrite(const QVariantList &values, QLatin1String update);
};

} // namespace qingnang
