// SPDX-License-Identifier: MIT
#include "packchecksum.h"

#include "sqlitehandle.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

namespace qingnang {

namespace {

// Each value is written as a type byte, then its length and bytes (text, blob)
// or its value (integer), so that no two different tables hash alike.
void hashRow(QCryptographicHash &hash, const SqliteStatement &row)
{
    for (int column = 0; column < row.columnCount(); ++column) {
        const int type = row.columnType(column);
        const char tag = char('0' + type);
        hash.addData(QByteArrayView(&tag, 1));
        if (type == SQLITE_INTEGER) {
            const quint64 value = qToBigEndian(quint64(row.columnInt(column)));
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
        } else if (type != SQLITE_NULL) {
            const QByteArray bytes = row.columnBlob(column);
            const quint32 size = qToBigEndian(quint32(bytes.size()));
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
            hash.addData(bytes);
        }
    }
}

} // namespace

QString contentChecksum(sqlite3 *db, QString *error)
{
    static const char *const queries[] = {
        "SELECT id, parent_id, slug, title, position FROM topic ORDER BY id",
        "SELECT topic_id, alias, position FROM topic_alias ORDER BY topic_id, alias",
        "SELECT topic_id, related_id, position FROM topic_related ORDER BY topic_id, related_id",
        "SELECT id, topic_id, slug, title, position, updated, source, author, period"
        " FROM article ORDER BY id",
        "SELECT id, topic_id, title, position FROM question ORDER BY id",
        "SELECT id, kind, owner_id, position, heading, qingnang_text(body) FROM passage ORDER BY "
        "id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        SqliteStatement statement(db, sql);
        if (!statement.isValid()) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return {};
        }
        hash.addData(QByteArrayView(sql));
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            hashRow(hash, statement);
        }
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return {};
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace qingnang
