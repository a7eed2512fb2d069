// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct sqlite3;

namespace qingnang {

// Registers Qingnang's tokenizer with FTS5 on a connection, as "qingnang"
// (arguments: "body", "title"). Every connection that builds or searches a
// pack's index needs it. Returns false and sets *error when FTS5 is missing.
bool registerFtsTokenizer(sqlite3 *db, QString *error);

inline constexpr char ftsTokenizerName[] = "qingnang";

} // namespace qingnang
