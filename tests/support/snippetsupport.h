// SPDX-License-Identifier: MIT
// For search tests: reading the marks SearchHit::snippetOpen/Close in a snippet.
#pragma once

#include "search/searchengine.h"

#include <QString>
#include <QStringList>

namespace qingnang::test {

// The marked parts of a snippet, in order ("<unclosed>" for a mark left open).
inline QStringList marked(const QString &snippet)
{
    const QChar open(SearchHit::snippetOpen);
    const QChar close(SearchHit::snippetClose);
    QStringList parts;
    qsizetype at = 0;
    while ((at = snippet.indexOf(open, at)) >= 0) {
        const qsizetype end = snippet.indexOf(close, at);
        if (end < 0) {
            parts.append(QStringLiteral("<unclosed>"));
            break;
        }
        parts.append(snippet.mid(at + 1, end - at - 1));
        at = end;
    }
    return parts;
}

// Marks come in pairs, never nested, never empty.
inline bool wellFormed(const QString &snippet)
{
    const QChar open(SearchHit::snippetOpen);
    const QChar close(SearchHit::snippetClose);
    bool inside = false;
    qsizetype openedAt = -1;
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        if (snippet.at(i) == open) {
            if (inside) {
                return false;
            }
            inside = true;
            openedAt = i;
        } else if (snippet.at(i) == close) {
            if (!inside || i == openedAt + 1) {
                return false;
            }
            inside = false;
        }
    }
    return !inside;
}

} // namespace qingnang::test
