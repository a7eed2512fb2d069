// SPDX-License-Identifier: MIT
#include "storepart.h"

#include <QSqlQuery>

namespace qingnang {

namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
}

} // namespace

bool StorePart::select(const QString &statement, const QVariantList &values, const char *what,
                       const std::function<bool(const QSqlQuery &)> &row) const
{
    if (!m_store.requireOpen()) {
        return false;
    }
    QSqlQuery query = m_store.prepare(statement);
    bindAll(query, values);
    if (!m_store.exec(query, what)) {
        return false;
    }
    while (query.next() && row(query)) {
    }
    return true;
}

bool StorePart::erase(UserStore::Change change, const QString &statement,
                      const QVariantList &values, const char *what, NoneRemoved noneRemoved)
{
    return m_store.mutate(
        change,
        [&](auto &changes) {
            QSqlQuery query = m_store.prepare(statement);
            bindAll(query, values);
            if (!m_store.exec(query, what)) {
                return false;
            }
            if (query.numRowsAffected() == 0 && noneRemoved == NoneRemoved::Unchanged) {
                changes = {};
            }
            return true;
        },
        UserStore::Removal::Erase);
}

bool StorePart::addTo(UserStore::Change change, const BoundedList &list, int limit,
                      const QDateTime &when, const QString &insert,
                      const std::function<QVariantList(qint64, qint64)> &values)
{
    return m_store.mutate(change, [&](auto &) {
        const qint64 time = when.isValid() ? when.toMSecsSinceEpoch() : m_store.now();
        const qint64 sequence = m_store.nextSequence();
        if (sequence == 0) {
            return false;
        }
        QSqlQuery query = m_store.prepare(insert);
        bindAll(query, values(time, sequence));
        if (!m_store.exec(query, list.add)) {
            return false;
        }
        // The first beyond the limit go (counting is cheap; the index finds them).
        QSqlQuery trim = m_store.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1 ORDER BY %2"
                           " LIMIT max(0, (SELECT count(*) FROM %1) - ?))")
                .arg(list.table, list.order));
        trim.addBindValue(limit);
        return m_store.exec(trim, list.trim);
    });
}

} // namespace qingnang
