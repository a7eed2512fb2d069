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
    static const BoundedList history{QLatin1String("history"), QLatin1String("last_visit, seq"),
                                     "add to the history", "trim the history"};
    // The title and order are those of the latest visit (a visit without a
    // title keeps the one before).
    return addTo(
        UserStore::Change::History, history, m_limit, when,
        QStringLiteral(
            "INSERT INTO history (page_url, pack_id, title, first_visit, last_visit, visit_count,"
            " seq) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (page_url) DO UPDATE SET"
            " visit_count = visit_count + 1,"
            " title = CASE WHEN excluded.title != '' AND excluded.last_visit >= last_visit"
            " THEN excluded.title ELSE title END,"
            " seq = CASE WHEN excluded.last_visit >= last_visit THEN excluded.seq ELSE seq END,"
            " first_visit = min(first_visit, excluded.first_visit),"
            " last_visit = max(last_visit, excluded.last_visit)"),
        [&](qint64 time, qint64 sequence) {
            return QVariantList{pageKey(url), packOf(url), cleanLine(title, maxTitleLength),
                                time,         time,        sequence};
        });
}

QList<HistoryEntry> ReadingHistory::entries(int limit, int offset) const
{
    return readAll(
        QStringLiteral(
            "SELECT page_url, pack_id, title, first_visit, last_visit, visit_count FROM history"
            " ORDER BY last_visit DESC, seq DESC LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)}, "read the history", [](const QSqlQuery &query) {
            return HistoryEntry{QUrl(query.value(0).toString(), QUrl::StrictMode),
                                query.value(1).toString(),
                                query.value(2).toString(),
                                UserStore::timeOf(query.value(3).toLongLong()),
                                UserStore::timeOf(query.value(4).toLongLong()),
                                query.value(5).toInt()};
        });
}

int ReadingHistory::count() const
{
    return readOne(QStringLiteral("SELECT count(*) FROM history"), {}, "read the history",
                   [](const QSqlQuery &query) { return query.value(0).toInt(); })
        .value_or(0);
}

bool ReadingHistory::remove(const QUrl &url)
{
    return erase(UserStore::Change::History,
                 QStringLiteral("DELETE FROM history WHERE page_url = ?"), {pageKey(url)},
                 "remove from the history", NoneRemoved::Unchanged);
}

bool ReadingHistory::clear()
{
    return erase(UserStore::Change::History, QStringLiteral("DELETE FROM history"), {},
                 "clear the history", NoneRemoved::Changed);
}

} // namespace qingnang
