// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct sqlite3;

namespace qingnang {

// SHA-256 over the pack's content tables in primary-key order, as hex. The
// builder stores it in meta; verify recomputes it. Returns an empty string and
// sets *error when the tables cannot be read.
QString contentChecksum(sqlite3 *db, QString *error);

} // namespace qingnang
