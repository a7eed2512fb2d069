// SPDX-License-Identifier: MIT
#include "navigationhistory.h"

namespace qingnang {

void NavigationHistory::visit(const QUrl &url, const QString &title)
{
    if (m_current >= 0 && m_entries.at(m_current).url == url) {
        m_entries[m_current].title = title;
        return; // reloading the current page is not a step
    }
    m_entries.resize(m_current + 1);
    m_entries.append({url, title, 0});
    if (m_entries.size() > maxEntries) {
        m_entries.removeFirst();
    }
    m_current = m_entries.size() - 1;
}

void NavigationHistory::setCurrentScroll(int scroll)
{
    if (m_current >= 0) {
        m_entries[m_current].scroll = scroll;
    }
}

void NavigationHistory::setCurrentTitle(const QString &title)
{
    if (m_current >= 0) {
        m_entries[m_current].title = title;
    }
}

const NavigationHistory::Entry &NavigationHistory::go(int steps)
{
    Q_ASSERT(!m_entries.isEmpty());
    m_current = qBound<qsizetype>(0, m_current + steps, m_entries.size() - 1);
    return m_entries.at(m_current);
}

QList<NavigationHistory::Entry> NavigationHistory::backEntries() const
{
    QList<Entry> entries;
    for (qsizetype i = m_current - 1; i >= 0; --i) {
        entries.append(m_entries.at(i));
    }
    return entries;
}

QList<NavigationHistory::Entry> NavigationHistory::forwardEntries() const
{
    QList<Entry> entries;
    for (qsizetype i = m_current + 1; i < m_entries.size(); ++i) {
        entries.append(m_entries.at(i));
    }
    return entries;
}

void NavigationHistory::clearAllButCurrent()
{
    if (m_current < 0) {
        return;
    }
    const Entry current = m_entries.at(m_current);
    m_entries = {current};
    m_current = 0;
}

} // namespace qingnang
