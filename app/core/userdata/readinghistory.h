// SPDX-License-Identifier: MIT
#pragma once

#include "storepart.h"
#include "userdatatypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace qingnang {

// The reading history, kept in a UserStore: one entry per page (the fragment
// is ignored), with its last visit and number of visits. At most limit()
// entries: the pages visited longest ago go first. A change is one
// transaction and emits UserStore::historyChanged() once; a failed call
// returns false and the store's errorString() says why.
class ReadingHistory : public StorePart
{
public:
    using StorePart::StorePart;

    // when defaults to now.
    // A search results page is never recorded (its address holds the query,
    // which is kept only as search history, when the user turned that on):
    // the call succeeds and writes nothing. Opening a file store removes such
    // entries left by earlier versions.
    bool addVisit(const QUrl &url, const QString &title, const QDateTime &when = {});
    // The latest visited pages first (visits of the same millisecond: the one
    // recorded last first), limit of them from the offset-th.
    QList<HistoryEntry> entries(int limit = 100, int offset = 0) const;
    int count() const;
    bool remove(const QUrl &url);
    bool clear();
    static constexpr int defaultLimit = 10000;
    // Takes effect at the next visit added.
    void setLimit(int entries) { m_limit = qMax(1, entries); }
    int limit() const { return m_limit; }

private:
    int m_limit = defaultLimit;
};

} // namespace qingnang
