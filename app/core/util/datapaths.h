// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

// File name of the pack that ships with the application.
inline constexpr char bundledPackName[] = "bundled.qnpack";

// Where the bundled pack is: beside the program as installed
// (<prefix>/bin/../share/qingnang/), which the build tree mirrors, or in the
// system's data directories. Empty when it is nowhere to be found.
QString bundledPackPath();

// Milliseconds since this process started (for the startup timing log).
qint64 processUptimeMs();

} // namespace qingnang
