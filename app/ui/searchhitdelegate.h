// SPDX-License-Identifier: MIT
#pragma once

#include "rowdelegate.h"

namespace qingnang {

// A row of the sidebar's search results: a group header (专题 / 文章 / 问答);
// a hit — its title, its topic muted at the right, and below it the matching
// passage with the query's matches on a tint that reads in light and dark
// palettes; or the row that opens all results.
class SearchHitDelegate : public RowDelegate
{
public:
    explicit SearchHitDelegate(QObject *parent = nullptr);
};

} // namespace qingnang
