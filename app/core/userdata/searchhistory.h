// SPDX-License-Identifier: MIT
#pragma once

#include "storepart.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qingnang {

// The search history, kept in a UserStore: distinct queries (trimmed, cut to
// userdata::maxQueryLength), at most maxQueries of them. The store keeps whatever
// it is given: whether to record searches is the caller's choice. A change is
// one transaction and emits UserStore::searchHistoryChanged() once; a failed
// call returns false and the store's errorString() says why.
class SearchHistory : public StorePart
{
public:
    using StorePart::StorePart;

    bool add(const QString &query, const QDateTime &when = {});
    QStringList recent(int limit = 20) const; // the latest first
    bool clear();
    static constexpr int maxQueries = 1000;
};

} // namespace qingnang
