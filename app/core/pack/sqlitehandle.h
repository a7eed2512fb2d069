// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace qingnang {

// Small owners of raw SQLite objects, for the pack writer and checks that need
// SQLite's C API (bulk writes, our FTS5 tokenizer). Reading in the app goes
// through Qt's QSQLITE driver instead.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindBlob(int index, const QByteArray &bytes);
    void bindDouble(int index, double value);
    // A QString as text, a QByteArray as a blob, integers as integers, null as null.
    void bind(int index, const QVariant &value);
    void bindNull(int index);
    // Returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();
    // Steps once, resets, and tells whether it finished without error.
    bool exec();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    int columnType(int column) const;
    int columnCount() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // flags are SQLite's open flags (SQLITE_OPEN_READONLY, ...).
    bool open(const QString &path, int flags);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const QString &sql);
    SqliteStatement prepare(const char *sql);
    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_openError;
};

} // namespace qingnang
