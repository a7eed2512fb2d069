// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchengine.h"

#include <QStringList>

namespace qingnang::test {

// The hits' titles on one line, for a failing check's message.
inline QString hitTitles(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits) {
        list.append(hit.title);
    }
    return list.join(QStringLiteral(" | "));
}

} // namespace qingnang::test
