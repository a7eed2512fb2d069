// SPDX-License-Identifier: MIT
#pragma once

#include "userdatatypes.h"

#include <QString>
#include <QStringList>

namespace qingnang::userdata {

// "QNUD" in ASCII: how a user-data file says what it is (PRAGMA application_id).
inline constexpr int applicationId = 0x514E5544;
// PRAGMA user_version: the schema of docs/user-data.md. A file of a newer
// version is refused, never changed.
inline constexpr int schemaVersion = 1;
// The file's name in the application's data directory.
inline constexpr char fileName[] = "userdata.sqlite";

// The statements that create the tables of an empty store, in order.
QStringList createStatements();
// One query per table naming every column it must have; a file whose tables
// fail these is damaged (or not ours).
QStringList shapeChecks();

struct FileCheck
{
    UserDataProblem problem = UserDataProblem::None;
    QString message; // what is wrong, without the file name
};

// What the file's first 100 bytes (SQLite's header) say, read without SQLite
// so that nothing is written to a file that is not ours. A missing file is fine.
FileCheck checkFileHeader(const QString &path);

} // namespace qingnang::userdata
