// SPDX-License-Identifier: MIT
#pragma once

#include "userstore.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>

class QSqlQuery;

namespace qingnang {

// What every part kept in a UserStore (Bookmarks, Notes, ReadingHistory,
// SearchHistory, UserDataExchange) starts from: the store it reads and changes,
// which outlives it, and the reads and removals they all make the same way.
// A part is never copied.
class StorePart
{
public:
    explicit StorePart(UserStore &store)
        : m_store(store)
    {}
    StorePart(const StorePart &) = delete;
    StorePart &operator=(const StorePart &) = delete;

protected:
    // Runs statement with values bound and hands row() each row it finds, for
    // as long as row() returns true. False when the store is not open or the
    // query failed: the store's errorString() says why, naming what was done.
    bool select(const QString &statement, const QVariantList &values, const char *what,
                const std::function<bool(const QSqlQuery &)> &row) const;

    // Each row select() finds, as read(query) makes it; empty when none.
    template<typename Read>
    auto readAll(const QString &statement, const QVariantList &values, const char *what,
                 Read read) const
    {
        QList<std::invoke_result_t<Read &, const QSqlQuery &>> rows;
        select(statement, values, what, [&](const QSqlQuery &query) {
            rows.append(read(query));
            return true;
        });
        return rows;
    }

    // The first row select() finds, as read(query) makes it.
    template<typename Read>
    auto readOne(const QString &statement, const QVariantList &values, const char *what,
                 Read read) const
    {
        std::optional<std::invoke_result_t<Read &, const QSqlQuery &>> first;
        select(statement, values, what, [&](const QSqlQuery &query) {
            first = read(query);
            return false;
        });
        return first;
    }

    // One change (UserStore::mutate()) of the kind change that runs statement
    // with values and leaves no trace of what it removed (Removal::Erase).
    // noneRemoved: whether a statement that removed no row changed something.
    enum class NoneRemoved { Unchanged, Changed };
    bool erase(UserStore::Change change, const QString &statement, const QVariantList &values,
               const char *what, NoneRemoved noneRemoved);

    // A list kept in table at most limit rows long, the rows first in order
    // going first; add and trim say what adding and trimming do in messages.
    struct BoundedList
    {
        QLatin1String table;
        QLatin1String order;
        const char *add;
        const char *trim;
    };
    // One change of the kind change that runs insert, with the values that
    // values() gives for the time (when in UTC milliseconds; invalid: now) and
    // the store's next sequence number, then trims list to limit rows.
    bool addTo(UserStore::Change change, const BoundedList &list, int limit, const QDateTime &when,
               const QString &insert,
               const std::function<QVariantList(qint64 time, qint64 sequence)> &values);

    UserStore &m_store;
};

} // namespace qingnang
