// SPDX-License-Identifier: MIT
// The store's file: making a new one whole, checking one that is there, and
// moving a damaged one aside (UserStore).
#include "userstore.h"

#include "userdataschema.h"
#include "userstore_p.h"
#include "util/logging.h"
#include "util/sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>

namespace qingnang {

using namespace userdata;

bool UserStore::createTables(QSqlDatabase &db, QString *error)
{
    const QStringList statements = QStringList{QStringLiteral("BEGIN")} +
                                   sqliteheader::stamp(applicationId, schemaVersion) +
                                   createStatements();
    if (!runAll(db, statements, error)) {
        return false;
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created', ?),"
                                " ('generator', ?), ('sequence', '0')"));
    meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    meta.addBindValue(QStringLiteral("Qingnang " QINGNANG_VERSION));
    if (!meta.exec()) {
        *error = sqlError(meta.lastError());
        return false;
    }
    return runAll(db, {QStringLiteral("COMMIT")}, error);
}

// A new store is made whole in a private file beside path and renamed into
// place, so that a file at path is always a complete store (and one that was
// there is never overwritten: the rename refuses an existing target).
bool UserStore::createFile(const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (!QDir().mkpath(dir)) {
        *error =
            QStringLiteral("cannot create the directory %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QTemporaryFile temp(dir + QStringLiteral("/.%1.XXXXXX.part").arg(target.fileName()));
    temp.setAutoRemove(false);
    if (!temp.open()) { // owner-only permissions, which the rename keeps
        *error = QStringLiteral("cannot create a file in %1: %2")
                     .arg(QDir::toNativeSeparators(dir), temp.errorString());
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();

    bool made = false;
    {
        const QString name = m_connection + QStringLiteral("-create");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(tempPath);
            if (!db.open()) {
                *error = QStringLiteral("cannot create: ") + sqlError(db.lastError());
            } else if (!createTables(db, error)) {
                *error = QStringLiteral("cannot create the tables: ") + *error;
            } else {
                made = true;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (made && !syncPath(tempPath)) {
        *error = QStringLiteral("cannot write the new file to the disk");
        made = false;
    }
    if (made && !QFile::rename(tempPath, path)) {
        *error = QStringLiteral("cannot create the file (%1)")
                     .arg(QFileInfo::exists(path) ? QStringLiteral("another file appeared there")
                                                  : QStringLiteral("rename failed"));
        made = false;
    }
    if (!made) {
        QFile::remove(tempPath);
        QFile::remove(tempPath + QStringLiteral("-journal"));
        return false;
    }
    syncPath(dir);
    qCInfo(lcUserData).noquote() << "created" << QDir::toNativeSeparators(path);
    return true;
}

// Asks SQLite itself (which also reads the WAL) whether the file is ours, of
// a version we read, and whole. Nothing here writes.
bool UserStore::checkOpenedFile(QString *error, UserDataProblem *problem)
{
    *problem = UserDataProblem::Damaged;
    QString sqlProblem;
    const QVariant id = scalar(m_db, QStringLiteral("PRAGMA application_id"), &sqlProblem);
    const QVariant version = scalar(m_db, QStringLiteral("PRAGMA user_version"), &sqlProblem);
    if (!sqlProblem.isEmpty() || !id.isValid() || !version.isValid()) {
        *error = QStringLiteral("damaged: it cannot be read (%1)").arg(sqlProblem);
        return false;
    }
    if (id.toLongLong() != applicationId) {
        *problem = UserDataProblem::NotOurs;
        *error =
            QStringLiteral("not Qingnang user data (an SQLite database of another application)");
        return false;
    }
    if (version.toInt() > schemaVersion) {
        *problem = UserDataProblem::NewerVersion;
        *error = QStringLiteral("written by a newer Qingnang (user-data version %1; this Qingnang"
                                " reads version %2 and earlier)")
                     .arg(version.toInt())
                     .arg(schemaVersion);
        return false;
    }
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = QStringLiteral("damaged: %1").arg(sqlError(check.lastError()));
        return false;
    }
    if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
        // Its first finding, on one line ("Page 14: btreeInitPage() returns error code 11").
        QString finding = check.isValid() ? check.value(0).toString() : QString();
        finding.remove(QStringLiteral("*** in database main ***"));
        finding = finding.simplified().left(200);
        *error = QStringLiteral("damaged: SQLite's check finds: %1")
                     .arg(finding.isEmpty() ? QStringLiteral("no answer") : finding);
        return false;
    }
    check.finish();
    for (const QString &statement : shapeChecks()) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            *error = QStringLiteral("damaged: its tables are not complete (%1)")
                         .arg(sqlError(query.lastError()));
            return false;
        }
    }
    *problem = UserDataProblem::None;
    return true;
}

bool UserStore::startAfresh(const QString &path, QString *movedTo)
{
    close();
    m_error.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};
    auto taken = [&](const QString &candidate) {
        return std::any_of(suffixes.begin(), suffixes.end(), [&](const QString &suffix) {
            return QFileInfo::exists(candidate + suffix);
        });
    };
    if (taken(absolute)) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = absolute + QStringLiteral(".damaged-") + stamp;
        for (int n = 2; taken(aside); ++n) {
            aside = absolute + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
        }
        for (const QString &suffix : suffixes) {
            if (QFileInfo::exists(absolute + suffix) &&
                !QFile::rename(absolute + suffix, aside + suffix)) {
                m_problem = UserDataProblem::CannotOpen;
                m_error = QStringLiteral("%1: cannot move it aside to %2")
                              .arg(shown, QDir::toNativeSeparators(aside + suffix));
                return false;
            }
        }
        syncPath(QFileInfo(absolute).absolutePath());
        qCWarning(lcUserData).noquote()
            << "moved" << shown << "aside to" << QDir::toNativeSeparators(aside);
        if (movedTo) {
            *movedTo = aside;
        }
    }
    return open(absolute);
}

} // namespace qingnang
