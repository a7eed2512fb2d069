// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace qingnang {

// Longer text in a pack (passage.body) is stored compressed: a BLOB holding
// zlib data in qCompress's framing; shorter text stays TEXT (docs/pack-format.md).

// What to store for a text: TEXT when short or when compressing saves little, else the BLOB.
QVariant packedText(const QString &text);
// The text of a stored value, either form; empty for damaged data.
QString unpackText(const QByteArray &blob);

// Texts shorter than this many bytes of UTF-8 are stored as they are.
inline constexpr int packThreshold = 200;

// Registers what every connection to a pack needs: the SQL function
// qingnang_text(body) (a stored value back to text) and Qingnang's FTS5
// tokenizer and ranking functions. False with *error set when SQLite lacks FTS5.
bool registerPackFunctions(sqlite3 *db, QString *error);

} // namespace qingnang
