// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace qingnang {

// The reader's Back/Forward list. Each entry remembers where the page was
// scrolled, so that going back returns to the same place.
class NavigationHistory
{
public:
    struct Entry
    {
        QUrl url;
        QString title;
        int scroll = 0;
    };

    // Records a newly opened page; the pages ahead of the current one are dropped.
    void visit(const QUrl &url, const QString &title);
    void setCurrentScroll(int scroll);
    void setCurrentTitle(const QString &title);

    bool isEmpty() const { return m_entries.isEmpty(); }
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    // Moves by steps (negative: back) and returns the entry now current.
    const Entry &go(int steps);
    const Entry &current() const { return m_entries.at(m_current); }

    // Forgets every page but the current one.
    void clearAllButCurrent();

    QList<Entry> backEntries() const;    // nearest first
    QList<Entry> forwardEntries() const; // nearest first

    static constexpr int maxEntries = 200;

private:
    QList<Entry> m_entries;
    qsizetype m_current = -1;
};

} // namespace qingnang
