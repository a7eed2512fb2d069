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

// qingnang_coverage(index, w1, g1, v1, w2, g2, v2, …): for the current row, the
// share of the query's weight it matches, from 0 to 1. Phrase i of the
// expression (in the order written) weighs w_i and belongs to group g_i as
// variant v_i: a group's weight is that of its variant 0, and a row earns for
// each group the best of what its matching variants' phrases weigh. Phrases
// beyond the arguments given are groups of their own weighing 1.
inline constexpr char ftsCoverageFunction[] = "qingnang_coverage";
// The same function under another name, for a second set of weights in one
// statement (FTS5 keeps one cache of the arguments per function name): the
// coverage of a query's content, its fillers left out (search/indexterms.h).
inline constexpr char ftsContentCoverageFunction[] = "qingnang_content_coverage";

} // namespace qingnang
