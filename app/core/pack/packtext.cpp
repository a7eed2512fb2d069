// SPDX-License-Identifier: MIT
#include "packtext.h"

#include "text/ftstokenizer.h"

#include <sqlite3.h>

namespace qingnang {

namespace {

// The most a stored text may unpack to: a damaged or hostile BLOB cannot make
// a reader allocate more than this.
constexpr qsizetype maxUnpacked = 64 * 1024 * 1024;

void textFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    sqlite3_value *value = arguments[0];
    if (sqlite3_value_type(value) != SQLITE_BLOB) {
        sqlite3_result_value(context, value); // TEXT (or NULL) as it is
        return;
    }
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    const QByteArray blob(data, sqlite3_value_bytes(value));
    const QByteArray utf8 = unpackText(blob).toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

QVariant packedText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() < packThreshold) {
        return text;
    }
    const QByteArray packed = qCompress(utf8, 6);
    if (packed.size() > utf8.size() * 9 / 10) {
        return text;
    }
    return packed;
}

QString unpackText(const QByteArray &blob)
{
    if (blob.size() < 4) {
        return {};
    }
    // qCompress puts the unpacked size first, big-endian: refuse absurd ones before allocating.
    const quint32 size = (quint32(quint8(blob[0])) << 24) | (quint32(quint8(blob[1])) << 16) |
                         (quint32(quint8(blob[2])) << 8) | quint32(quint8(blob[3]));
    if (size > quint32(maxUnpacked)) {
        return {};
    }
    return QString::fromUtf8(qUncompress(blob));
}

bool registerPackFunctions(sqlite3 *db, QString *error)
{
    if (sqlite3_create_function_v2(db, "qingnang_text", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   textFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return registerFtsTokenizer(db, error);
}

} // namespace qingnang
