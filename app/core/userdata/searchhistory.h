// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qingnang {

class UserStore;

// The search history, kept in a UserStore: distinct queries (trimmed, cut to
// userdata::maxQueryLength), at most maxQueries of them. The store keeps whatever
// it is given: whether to record searches is the caller's choice. A change is
// one transaction and emits UserStore::searchHistoryChanged() once; a failed
// call returns false and the store's errorString() says why.
class SearchHistory
{
public:
    explicit SearchHistory(UserStore &store)
        : m_store(store)
    {}
    SearchHistory(const SearchHistory &) = delete;
    SearchHistory &operator=(const SearchHistory &) = delete;

    bool add(const QString &query, const QDateTime &when = {});
    QStringList recent(int limit = 20) const; // the latest first
    bool clear();
    static constexpr int maxQueries = 1000;

private:
    UserStore &m_store;
};

} // namespace qingnang
