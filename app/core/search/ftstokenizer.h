// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct sqlite3;

namespace qingnang {

// Registers Qingnang's tokenizer with FTS5 on a connection, as "qingnang"
// (arguments: "body", "title"), and the ranking function qingnang_coverage.
// Every connection that builds or searches a pack's index needs them. Returns
// false and sets *error when FTS5 is missing.
bool registerFtsTokenizer(sqlite3 *db, QString *error);

inline constexpr char ftsTokenizerName[] = "qingnang";

// qingnang_coverage(index, w1, w2, …): for the current row, the share of the
// weights w_i of the expression's phrases that match it (phrase i in the
// order written), from 0 to 1; phrases beyond the weights given count 1.
inline constexpr char ftsCoverageFunction[] = "qingnang_coverage";

} // namespace qingnang
