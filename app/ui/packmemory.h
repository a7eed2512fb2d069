// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace qingnang::packmemory {

// The packs the user opened with File > Open Pack…, remembered between runs
// (in the application's settings, not in any pack).
QStringList load();
void remember(const QString &path);
void forget(const QString &path);

} // namespace qingnang::packmemory
