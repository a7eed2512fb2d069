// SPDX-License-Identifier: MIT
#include "userdataschema.h"

#include "util/sqliteheader.h"

#include <QFileInfo>

namespace qingnang::userdata {

QStringList createStatements()
{
    // Times are milliseconds since 1970 (UTC). Addresses are stored fully
    // encoded; page_url is the address without its fragment. seq numbers the
    // changes (meta 'sequence' counts them): it orders what happened within
    // the same millisecond.
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE folder ("
                       " id INTEGER PRIMARY KEY,"
                       " parent_id INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " UNIQUE (parent_id, name))"),
        QStringLiteral("CREATE INDEX folder_by_parent ON folder (parent_id, position)"),
        QStringLiteral("CREATE TABLE bookmark ("
                       " id INTEGER PRIMARY KEY,"
                       " folder_id INTEGER NOT NULL DEFAULT 0,"
                       " url TEXT NOT NULL,"
                       " page_url TEXT NOT NULL,"
                       " pack_id TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " UNIQUE (folder_id, page_url))"),
        QStringLiteral("CREATE INDEX bookmark_by_folder ON bookmark (folder_id, position)"),
        QStringLiteral("CREATE INDEX bookmark_by_page ON bookmark (page_url)"),
        QStringLiteral("CREATE TABLE note ("
                       " id INTEGER PRIMARY KEY,"
                       " page_url TEXT NOT NULL UNIQUE,"
                       " pack_id TEXT NOT NULL DEFAULT '',"
                       " page_title TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " updated INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX note_by_time ON note (updated, seq)"),
        QStringLiteral("CREATE TABLE history ("
                       " id INTEGER PRIMARY KEY,"
                       " page_url TEXT NOT NULL UNIQUE,"
                       " pack_id TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " first_visit INTEGER NOT NULL,"
                       " last_visit INTEGER NOT NULL,"
                       " visit_count INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX history_by_time ON history (last_visit, seq)"),
        QStringLiteral("CREATE TABLE search_query ("
                       " id INTEGER PRIMARY KEY,"
                       " text TEXT NOT NULL UNIQUE,"
                       " last_used INTEGER NOT NULL,"
                       " use_count INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX search_query_by_time ON search_query (last_used, seq)"),
    };
}

QStringList shapeChecks()
{
    return {
        QStringLiteral("SELECT key, value FROM meta LIMIT 0"),
        QStringLiteral("SELECT id, parent_id, name, position, created FROM folder LIMIT 0"),
        QStringLiteral("SELECT id, folder_id, url, page_url, pack_id, title, position, created"
                       " FROM bookmark LIMIT 0"),
        QStringLiteral("SELECT id, page_url, pack_id, page_title, text, created, updated, seq"
                       " FROM note LIMIT 0"),
        QStringLiteral(
            "SELECT id, page_url, pack_id, title, first_visit, last_visit, visit_count, seq"
            " FROM history LIMIT 0"),
        QStringLiteral("SELECT id, text, last_used, use_count, seq FROM search_query LIMIT 0"),
    };
}

FileCheck checkFileHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {};
    }
    if (info.isDir()) {
        return {UserDataProblem::CannotOpen, QStringLiteral("is a directory, not a file")};
    }
    const sqliteheader::Header header = sqliteheader::read(path);
    switch (header.state) {
    case sqliteheader::Header::State::CannotRead:
        return {UserDataProblem::CannotOpen, QStringLiteral("cannot read: ") + header.error};
    case sqliteheader::Header::State::Empty:
        return {UserDataProblem::Damaged, QStringLiteral("the file is empty")};
    case sqliteheader::Header::State::NotSqlite:
        return {UserDataProblem::NotOurs,
                QStringLiteral("not Qingnang user data (not an SQLite database)")};
    case sqliteheader::Header::State::Short:
        return {UserDataProblem::Damaged,
                QStringLiteral("damaged: the file is cut short (%1 bytes)").arg(header.size)};
    case sqliteheader::Header::State::Read:
        break;
    }
    const qint32 version = header.userVersion;
    if (header.applicationId != quint32(applicationId)) {
        return {
            UserDataProblem::NotOurs,
            QStringLiteral("not Qingnang user data (an SQLite database of another application)")};
    }
    if (version > schemaVersion) {
        return {UserDataProblem::NewerVersion,
                QStringLiteral("written by a newer Qingnang (user-data version %1; this Qingnang"
                               " reads version %2 and earlier)")
                    .arg(version)
                    .arg(schemaVersion)};
    }
    if (version < 1) {
        return {UserDataProblem::Damaged,
                QStringLiteral("damaged: its user-data version (%1) is not valid").arg(version)};
    }
    return {};
}

} // namespace qingnang::userdata
