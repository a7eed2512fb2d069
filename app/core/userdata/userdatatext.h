// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace qingnang::userdata {

// What the store accepts, shared by its calls and by import (docs/user-data.md).
// The texts these return are never null QStrings (which Qt would store as NULL).

// Titles, folder names: longer ones are cut to this many characters.
inline constexpr int maxTitleLength = 1000;
// Search queries: longer ones are cut to this many characters.
inline constexpr int maxQueryLength = 500;
// Notes: a longer one is refused, never cut.
inline constexpr int maxNoteLength = 100000;
// Page addresses, in their fully encoded form: a longer one is refused.
inline constexpr int maxUrlLength = 4096;

// A title, name or query made one line: NULs removed, other control and line
// separator characters made spaces, runs of white space made one, unpaired
// surrogates replaced by U+FFFD, then cut to maxLength (never inside a pair).
QString cleanLine(const QString &text, int maxLength);
// A note's text: NULs removed, unpaired surrogates replaced; lines are kept.
QString cleanNote(const QString &text);

// Empty when url is a Qingnang page address the store can keep; else why not.
QString checkPageUrl(const QUrl &url);
// The page an address shows, as stored: without fragment, fully encoded.
QString pageKey(const QUrl &url);
// The address as stored: fully encoded, fragment kept.
QString storedUrl(const QUrl &url);
// The pack an address belongs to (empty: the primary pack).
QString packOf(const QUrl &url);

} // namespace qingnang::userdata
