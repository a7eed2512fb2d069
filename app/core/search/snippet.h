// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

struct QueryPlan;

// The part of a text that best shows why it matched: a window of about
// `length` characters holding the most (and weightiest) of the query's terms,
// with each match between SearchHit::snippetOpen and snippetClose and an
// ellipsis where the text was cut. Matching folds the text as the index does,
// so 麵 in a text matches 面 in a query. Text in the Markdown subset is shown
// as plain text.
QString makeSnippet(const QString &text, const QueryPlan &plan, int length = 48);

} // namespace qingnang
