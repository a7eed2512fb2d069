// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

class QMainWindow;
class QSplitter;

namespace qingnang {

class NavigationHistory;

// What the window keeps for the next start (QSettings, "session/…"): its
// geometry, the state of its bars, the sidebar's width and the page it showed.
// A results page is never kept: its address holds the query.
namespace windowsession {

// The window as it was left.
void restore(QMainWindow *window, QSplitter *splitter);
// Keeps the window as it is, and the page to come back to (the one shown, or
// the page the reader was on before a results page).
void save(const QMainWindow *window, const QSplitter *splitter, const NavigationHistory &history);
// The page shown when the window last closed (empty if none); a results page
// kept by an earlier version is forgotten here.
QUrl lastUrl();

} // namespace windowsession

} // namespace qingnang
