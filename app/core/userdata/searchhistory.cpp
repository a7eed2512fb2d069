// SPDX-License-Identifier: MIT
#include "searchhistory.h"

#include "userdatatext.h"
#include "userstore.h"

#include <QSqlQuery>

namespace qingnang {

using namespace userdata;

bool SearchHistory::add(const QString &text, const QDateTime &when)
{
    const QString clean = cleanLine(text, maxQueryLength);
    if (clean.isEmpty()) {
        return m_store.requireOpen(); // nothing to remember
    }
    static const BoundedList queries{QLatin1String("search_query"), QLatin1String("last_used, seq"),
                                     "add to the search history", "trim the search history"};
    return addTo(
        UserStore::Change::Searches, queries, maxQueries, when,
        QStringLiteral(
            "INSERT INTO search_query (text, last_used, use_count, seq) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (text) DO UPDATE SET use_count = use_count + 1,"
            " seq = CASE WHEN excluded.last_used >= last_used THEN excluded.seq ELSE seq END,"
            " last_used = max(last_used, excluded.last_used)"),
        [&](qint64 time, qint64 sequence) {
            return QVariantList{clean, time, sequence};
        });
}

QStringList SearchHistory::recent(int limit) const
{
    return readAll(
        QStringLiteral("SELECT text FROM search_query ORDER BY last_used DESC, seq DESC LIMIT ?"),
        {qMax(0, limit)}, "read the search history",
        [](const QSqlQuery &query) { return query.value(0).toString(); });
}

bool SearchHistory::clear()
{
    return erase(UserStore::Change::Searches, QStringLiteral("DELETE FROM search_query"), {},
                 "clear the search history", NoneRemoved::Changed);
}

} // namespace qingnang
