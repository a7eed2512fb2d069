// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace qingnang::sqliteheader {

// What the first 100 bytes of a file (SQLite's database header) say: how a
// Qingnang file kept as an SQLite database (a pack, the user data) says what
// it is, read without SQLite, so that nothing is written to a file that is
// not ours.
struct Header
{
    enum class State {
        CannotRead, // error says why
        Empty,
        NotSqlite, // its first bytes are not those of an SQLite database
        Short,     // they are, but there are fewer than 100 (size)
        Read,
    };
    State state = State::CannotRead;
    QString error;
    qsizetype size = 0;        // bytes read
    quint32 applicationId = 0; // PRAGMA application_id
    qint32 userVersion = 0;    // PRAGMA user_version
    quint32 changeCounter = 0; // bumped by SQLite at every change of the file
};

Header read(const QString &path);

// The statements that say in a new database's header what it is: its
// application_id and its schema's version (user_version).
QStringList stamp(quint32 applicationId, int version);

} // namespace qingnang::sqliteheader
