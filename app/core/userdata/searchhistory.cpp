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
    return m_store.mutate(UserStore::Change::Searches, [&](auto &) {
        const qint64 time = when.isValid() ? when.toMSecsSinceEpoch() : m_store.now();
        const qint64 sequence = m_store.nextSequence();
        if (sequence == 0) {
            return false;
        }
        QSqlQuery query = m_store.prepare(QStringLiteral(
            "INSERT INTO search_query (text, last_used, use_count, seq) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (text) DO UPDATE SET use_count = use_count + 1,"
            " seq = CASE WHEN excluded.last_used >= last_used THEN excluded.seq ELSE seq END,"
            " last_used = max(last_used, excluded.last_used)"));
        query.addBindValue(clean);
        query.addBindValue(time);
        query.addBindValue(sequence);
        QSqlQuery trim = m_store.prepare(QStringLiteral(
            "DELETE FROM search_query WHERE id IN (SELECT id FROM search_query ORDER BY"
            " last_used, seq LIMIT max(0, (SELECT count(*) FROM search_query) - ?))"));
        trim.addBindValue(maxQueries);
        return m_store.exec(query, "add to the search history") &&
               m_store.exec(trim, "trim the search history");
    });
}

QStringList SearchHistory::recent(int limit) const
{
    QStringList result;
    if (!m_store.requireOpen()) {
        return result;
    }
    QSqlQuery query = m_store.prepare(
        QStringLiteral("SELECT text FROM search_query ORDER BY last_used DESC, seq DESC LIMIT ?"));
    query.addBindValue(qMax(0, limit));
    if (m_store.exec(query, "read the search history")) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    return result;
}

bool SearchHistory::clear()
{
    return m_store.mutate(
        UserStore::Change::Searches,
        [&](auto &) {
            QSqlQuery query = m_store.prepare(QStringLiteral("DELETE FROM search_query"));
            return m_store.exec(query, "clear the search history");
        },
        UserStore::Removal::Erase);
}

} // namespace qingnang
