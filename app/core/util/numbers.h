// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

// One number format for every count the reader shows (pages, the tree, the
// Q&A list, the status bar): digits grouped by thousands, "135,525", as both
// Chinese and English readers write them.
QString groupedNumber(qint64 value);

} // namespace qingnang
