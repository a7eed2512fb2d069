// SPDX-License-Identifier: MIT
#pragma once

#include "userdatatypes.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;

namespace qingnang {

// The user-data file (docs/user-data.md): one SQLite file, never inside a
// pack, or a private session in memory that writes nothing to disk. The store
// owns the connection, its settings, the file's creation, checks and recovery,
// and the one way a change is made (mutate()). What is kept in it is read and
// changed through the classes on it (Bookmarks, Notes, ReadingHistory,
// SearchHistory, UserDataExchange), which UserData puts together.
//
// Every call that changes something is one transaction, committed (and, for a
// file, synced) before the call returns; when it fails, nothing has changed.
// A failed call returns false (or 0, or an empty list) and errorString() says
// why. After a change the matching signal is emitted, once per call.
//
// The UI never runs SQL: it calls the parts and gets value types back. Like
// every QSqlDatabase connection, a store belongs to the thread that opened it.
class UserStore : public QObject
{
    Q_OBJECT
public:
    explicit UserStore(QObject *parent = nullptr);
    ~UserStore() override;

    // <AppDataLocation>/userdata.sqlite.
    static QString defaultPath();

    // Opens the store at path, creating it (and its directory) when there is no
    // file there yet. A file that is not ours, or of a newer version, or
    // damaged (also: a log left without its file), is refused and left exactly
    // as it is: errorString() names the file and says what is wrong, problem()
    // says which kind of problem it is. Opening closes what was open before.
    bool open(const QString &path = defaultPath());
    // A private session: everything works, nothing is ever written to disk
    // (not even temporary files), everything is gone after close().
    bool openInMemory();
    void close();

    bool isOpen() const;
    bool isPrivate() const { return m_private; }
    QString path() const { return m_path; } // empty for a private session
    QString errorString() const { return m_error; }
    UserDataProblem problem() const { return m_problem; }

    // After open() failed on a damaged (or foreign) file: moves the file, and
    // any -wal, -shm and -journal file beside it, to <path>.damaged-<yyyyMMdd-
    // HHmmss> (plus the same suffix; "-2", "-3"... after the time should the
    // name be taken) and opens a new, empty store at path. Nothing is deleted.
    // movedTo receives the name the file was moved to.
    bool startAfresh(const QString &path = defaultPath(), QString *movedTo = nullptr);

    // For the parts, which change the store through mutate(): what a change
    // touched, one signal each, emitted after the commit.
    enum class Change {
        Bookmarks = 0x1, // folders and bookmarks
        Notes = 0x2,
        History = 0x4,
        Searches = 0x8,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    // Work for mutate(). It starts with what mutate() was told the call
    // changes, and may say it changed less (a page already bookmarked) or more.
    // It returns false after fail() or exec() said why.
    using Work = std::function<bool(Changes &changes)>;
    // Removals that must leave no trace (history, searches): after the commit
    // the write-ahead log, which still holds the pages as they were, is copied
    // into the file and emptied.
    enum class Removal { Keep, Erase };
    // A stored time (UTC milliseconds) as a QDateTime.
    static QDateTime timeOf(qint64 ms);

Q_SIGNALS:
    // Also emitted, all four, when a store is opened or closed.
    void bookmarksChanged();
    void notesChanged();
    void historyChanged();
    void searchHistoryChanged();

private:
    // The parts read and change the store through what follows, and only they.
    friend class StorePart;
    friend class Bookmarks;
    friend class Notes;
    friend class ReadingHistory;
    friend class SearchHistory;
    friend class UserDataExchange;

    // One call that changes the store: fails when the store is not open, else
    // runs work in one transaction (BEGIN IMMEDIATE, so that a second process
    // waits for the lock here rather than failing halfway), commits it and
    // emits the signal of each kind of data it changed, once. When work or the
    // commit fails, everything is rolled back, errorString() says why and no
    // signal is emitted.
    bool mutate(Changes changes, const Work &work, Removal removal = Removal::Keep);

    bool requireOpen() const;
    bool fail(const QString &what) const;
    // A call refused before it starts, for why: false, and errorString() says
    // why, or that the store is not open (which a caller hears first).
    bool refuse(const QString &why) const;
    bool failSql(const QSqlQuery &query, const char *what) const;
    bool exec(QSqlQuery &query, const char *what) const;
    // A query on the store's connection with statement prepared.
    QSqlQuery prepare(const QString &statement) const;
    qint64 now() const;
    qint64 nextSequence() const;

    class Transaction;

    bool openConnection(const QString &databaseName, QString *error);
    void dropConnection();
    bool createFile(const QString &path, QString *error);
    bool checkOpenedFile(QString *error, UserDataProblem *problem);
    bool prepareConnection(QString *error);
    bool forgetSearchPages(QString *error);
    void keepLogOnClose();
    bool createTables(QSqlDatabase &db, QString *error);
    void emitAll();
    bool checkpoint();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_private = false;
    bool m_writing = false; // in mutate(): its queries are the write's
    mutable QString m_error;
    UserDataProblem m_problem = UserDataProblem::None;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(UserStore::Changes)

} // namespace qingnang
