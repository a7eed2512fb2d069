// SPDX-License-Identifier: MIT
#include "windowsession.h"

#include "address/pageurl.h"
#include "pages/navigationhistory.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace qingnang::windowsession {

namespace {

const QString lastUrlKey = QStringLiteral("session/lastUrl");
const QString geometryKey = QStringLiteral("session/geometry");
const QString stateKey = QStringLiteral("session/state");
const QString splitterKey = QStringLiteral("session/splitter");

bool isSearchPage(const QUrl &url)
{
    return pageurl::parse(url).kind == PageKind::Search;
}

// The page to come back to at the next start: never a results page, whose
// address holds the query, but the page the reader was on before it.
QUrl urlToKeep(const NavigationHistory &history)
{
    if (history.isEmpty() || !isSearchPage(history.current().url)) {
        return history.isEmpty() ? QUrl() : history.current().url;
    }
    const QList<NavigationHistory::Entry> back = history.backEntries();
    const auto page = std::find_if(back.begin(), back.end(),
                                   [](const auto &entry) { return !isSearchPage(entry.url); });
    return page == back.end() ? QUrl() : page->url;
}

} // namespace

void restore(QMainWindow *window, QSplitter *splitter)
{
    const QSettings settings;
    window->restoreGeometry(settings.value(geometryKey).toByteArray());
    window->restoreState(settings.value(stateKey).toByteArray());
    splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void save(const QMainWindow *window, const QSplitter *splitter, const NavigationHistory &history)
{
    QSettings settings;
    settings.setValue(geometryKey, window->saveGeometry());
    settings.setValue(stateKey, window->saveState());
    settings.setValue(splitterKey, splitter->saveState());
    if (history.isEmpty()) {
        // Closed before its first page was shown: where the reader left off stays.
    } else if (const QUrl url = urlToKeep(history); url.isEmpty()) {
        settings.remove(lastUrlKey);
    } else {
        settings.setValue(lastUrlKey, url);
    }
}

QUrl lastUrl()
{
    QSettings settings;
    const QUrl url = settings.value(lastUrlKey).toUrl();
    if (isSearchPage(url)) {
        settings.remove(lastUrlKey); // kept by an earlier version: the query goes
        return {};
    }
    return url;
}

} // namespace qingnang::windowsession
