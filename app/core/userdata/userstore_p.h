// SPDX-License-Identifier: MIT
// What userstore.cpp and userstorefile.cpp share; not for the parts.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlError;

namespace qingnang::userdata {

// Flushes a file's (or a directory's) data to the disk.
bool syncPath(const QString &path);
QString sqlError(const QSqlError &error);
// Runs statements in order on a connection; the first failure is reported.
bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error);
// The first column of the first row of a statement, or an invalid QVariant.
QVariant scalar(QSqlDatabase &db, const QString &statement, QString *error);

} // namespace qingnang::userdata
