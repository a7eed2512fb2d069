// SPDX-License-Identifier: MIT
#include "readinghistory.h"

#include "address/pageurl.h"
#include "userdatatext.h"
#include "userstore.h"

#include <QSqlQuery>

namespace qingnang {

using namespace userdata;

bool ReadingHistory::addVisit(const QUrl &url, const QString &title, const QDateTime &when)
{
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        return m_store.refuse(problem);
    }
    if (pageurl::parse(url).kind == PageKind::Search) {
        return m_store.requireOpen(); // the query is not history (see the header)
    }
    return m_store.mutate(UserStore::Change::History, [&](auto &) {
        const qint64 time = when.isValid() ? when.toMSecsSinceEpoch() : m_store.now();
        const qint64 sequence = m_store.nextSequence();
        if (sequence == 0) {
            return false;
        }
        // The title and order are those of the latest visit (a visit without a
        // title keeps the one before).
        QSqlQuery query = m_store.prepare(QStringLiteral(
            "INSERT INTO history (page_url, pack_id, title, first_visit, last_visit, visit_count,"
            " seq) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (page_url) DO UPDATE SET"
            " visit_count = visit_count + 1,"
            " title = CASE WHEN excluded.title != '' AND excluded.last_visit >= last_visit"
            " THEN excluded.title ELSE title END,"
            " seq = CASE WHEN excluded.last_visit >= last_visit THEN excluded.seq ELSE seq END,"
            " first_visit = min(first_visit, excluded.first_visit),"
            " last_visit = max(last_visit, excluded.last_visit)"));
        query.addBindValue(pageKey(url));
        query.addBindValue(packOf(url));
        query.addBindValue(cleanLine(title, maxTitleLength));
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(sequence);
        if (!m_store.exec(query, "add to the history")) {
            return false;
        }
        // The oldest beyond the limit go (counting is cheap; the index finds the oldest).
        QSqlQuery trim = m_store.prepare(QStringLiteral(
            "DELETE FROM history WHERE id IN (SELECT id FROM history ORDER BY last_visit, seq"
            " LIMIT max(0, (SELECT count(*) FROM history) - ?))"));
        trim.addBindValue(m_limit);
        return m_store.exec(trim, "trim the history");
    });
}

QList<HistoryEntry> ReadingHistory::entries(int limit, int offset) const
{
    QList<HistoryEntry> result;
    if (!m_store.requireOpen()) {
        return result;
    }
    QSqlQuery query = m_store.prepare(QStringLiteral(
        "SELECT page_url, pack_id, title, first_visit, last_visit, visit_count FROM history"
        " ORDER BY last_visit DESC, seq DESC LIMIT ? OFFSET ?"));
    query.addBindValue(qMax(0, limit));
    query.addBindValue(qMax(0, offset));
    if (m_store.exec(query, "read the history")) {
        while (query.next()) {
            result.append({QUrl(query.value(0).toString(), QUrl::StrictMode),
                           query.value(1).toString(), query.value(2).toString(),
                           UserStore::timeOf(query.value(3).toLongLong()),
                           UserStore::timeOf(query.value(4).toLongLong()), query.value(5).toInt()});
        }
    }
    return result;
}

int ReadingHistory::count() const
{
    if (!m_store.requireOpen()) {
        return 0;
    }
    QSqlQuery query = m_store.prepare(QStringLiteral("SELECT count(*) FROM history"));
    return m_store.exec(query, "read the history") && query.next() ? query.value(0).toInt() : 0;
}

bool ReadingHistory::remove(const QUrl &url)
{
    return m_store.mutate(
        UserStore::Change::History,
        [&](auto &changes) {
            QSqlQuery query =
                m_store.prepare(QStringLiteral("DELETE FROM history WHERE page_url = ?"));
            query.addBindValue(pageKey(url));
            if (!m_store.exec(query, "remove from the history")) {
                return false;
            }
            if (query.numRowsAffected() == 0) {
                changes = {};
            }
            return true;
        },
        UserStore::Removal::Erase);
}

bool ReadingHistory::clear()
{
    return m_store.mutate(
        UserStore::Change::History,
        [&](auto &) {
            QSqlQuery query = m_store.prepare(QStringLiteral("DELETE FROM history"));
            return m_store.exec(query, "clear the history");
        },
        UserStore::Removal::Erase);
}

} // namespace qingnang
