// SPDX-License-Identifier: MIT
#pragma once

#include "userdatatypes.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSqlQuery;

namespace qingnang {

// The user's own data: bookmarks in folders, notes on pages, reading history
// and search history (docs/user-data.md). One SQLite file, never inside a pack,
// or a private session in memory that writes nothing to disk.
//
// Every call that changes something is one transaction, committed (and, for a
// file, synced) before the call returns; when it fails, nothing has changed.
// A failed call returns false (or 0, or an empty list) and errorString() says
// why. After a change the matching signal is emitted, once per call.
//
// The UI never runs SQL: it calls this class and gets value types back. Like
// every QSqlDatabase connection, a store belongs to the thread that opened it.
class UserData : public QObject
{
    Q_OBJECT
public:
    explicit UserData(QObject *parent = nullptr);
    ~UserData() override;

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

    // --- Bookmark folders. Positions are indexes among siblings, 0, 1, 2...
    // Names are cleaned and cut like titles (docs/user-data.md); the folders
    // of one parent have different names.
    qint64 addFolder(const QString &name, qint64 parentId = 0); // appended; 0 on failure
    bool renameFolder(qint64 id, const QString &name);
    // Moves a folder under parentId (0: the top level), to index among its new
    // siblings (-1 or past the end: last). Moving within the same parent
    // reorders. A folder cannot move into itself or a folder inside it.
    bool moveFolder(qint64 id, qint64 parentId, int index = -1);
    // Removes the folder with everything in it: its subfolders, at any depth,
    // and every bookmark in any of them.
    bool removeFolder(qint64 id);
    std::optional<BookmarkFolder> folder(qint64 id) const;
    QList<BookmarkFolder> folders(qint64 parentId = 0) const; // in order
    // Every folder, depth first: a parent before its children, siblings in order.
    QList<BookmarkFolder> allFolders() const;

    // --- Bookmarks. url must be a qingnang: page address (pageurl.h); it is
    // kept with its fragment, but a page is bookmarked at most once per folder:
    // adding a page a folder already has returns the existing bookmark's id.
    qint64 addBookmark(const QUrl &url, const QString &title, qint64 folderId = 0);
    bool renameBookmark(qint64 id, const QString &title);
    // Moves a bookmark to folderId at index (-1: last); the same folder reorders.
    // Refused when the folder already has a bookmark of the same page.
    bool moveBookmark(qint64 id, qint64 folderId, int index = -1);
    bool removeBookmark(qint64 id);
    std::optional<Bookmark> bookmark(qint64 id) const;
    QList<Bookmark> bookmarks(qint64 folderId = 0) const; // in order
    // The bookmarks of the page url shows, whatever their fragment or folder.
    QList<Bookmark> bookmarksOf(const QUrl &url) const;
    bool isBookmarked(const QUrl &url) const;

    // --- Notes: one per page (the fragment is ignored).
    // Sets the page's note; text that is empty or only white space removes it.
    // Unchanged text changes nothing. Longer than userdata::maxNoteLength: refused.
    bool setNote(const QUrl &url, const QString &text, const QString &pageTitle = {});
    std::optional<Note> note(const QUrl &url) const;
    QList<Note> notes() const; // the most recently updated first

    // --- History: one entry per page (the fragment is ignored), with its last
    // visit and number of visits. At most historyLimit() entries: the pages
    // visited longest ago go first. when defaults to now.
    // A search results page is never recorded (its address holds the query,
    // which is kept only as search history, when the user turned that on):
    // the call succeeds and writes nothing. Opening a file store removes such
    // entries left by earlier versions.
    bool addVisit(const QUrl &url, const QString &title, const QDateTime &when = {});
    // The latest visited pages first (visits of the same millisecond: the one
    // recorded last first), limit of them from the offset-th.
    QList<HistoryEntry> history(int limit = 100, int offset = 0) const;
    int historyCount() const;
    bool removeFromHistory(const QUrl &url);
    bool clearHistory();
    static constexpr int defaultHistoryLimit = 10000;
    // Takes effect at the next visit added.
    void setHistoryLimit(int entries) { m_historyLimit = qMax(1, entries); }
    int historyLimit() const { return m_historyLimit; }

    // --- Search history: distinct queries (trimmed, cut to
    // userdata::maxQueryLength), at most searchHistoryLimit of them. The store
    // keeps whatever it is given: whether to record searches is the caller's choice.
    bool addSearchQuery(const QString &query, const QDateTime &when = {});
    QStringList recentSearchQueries(int limit = 20) const; // the latest first
    bool clearSearchHistory();
    static constexpr int searchHistoryLimit = 1000;

    // --- Export and import of folders, bookmarks and notes (not history), as
    // JSON (docs/user-data.md). Import merges into what is there, in one
    // transaction: on any problem it changes nothing and says what and where.
    QByteArray exportJson() const;
    bool exportToFile(const QString &path); // written whole or not at all
    ImportResult importJson(const QByteArray &json);
    ImportResult importFile(const QString &path);

Q_SIGNALS:
    // Also emitted, all four, when a store is opened or closed.
    void bookmarksChanged();
    void notesChanged();
    void historyChanged();
    void searchHistoryChanged();

private:
    class Transaction;
    enum class List { Folders, Bookmarks };

    bool openConnection(const QString &databaseName, QString *error);
    void dropConnection();
    bool createFile(const QString &path, QString *error);
    bool checkOpenedFile(QString *error, UserDataProblem *problem);
    bool prepareConnection(QString *error);
    bool forgetSearchPages(QString *error);
    void keepLogOnClose();
    bool createTables(QSqlDatabase &db, QString *error);
    void emitAll();

    bool requireOpen() const;
    bool fail(const QString &what) const;
    bool failSql(const QSqlQuery &query, const char *what) const;
    bool exec(QSqlQuery &query, const char *what) const;
    qint64 now() const;
    qint64 nextSequence() const;

    bool folderExists(qint64 id) const;
    std::optional<qint64> folderNamed(qint64 parentId, const QString &name) const;
    QList<qint64> listIds(List list, qint64 parentId, qint64 excludeId = 0) const;
    bool writePositions(List list, const QList<qint64> &ids) const;
    bool placeAt(List list, qint64 id, qint64 oldParent, qint64 newParent, int index) const;
    std::optional<qint64> bookmarkOfPage(qint64 folderId, const QString &page) const;
    qint64 insertFolder(qint64 parentId, const QString &name, qint64 created);
    qint64 insertBookmark(qint64 folderId, const QUrl &url, const QString &title, qint64 created);
    bool checkpoint();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_private = false;
    mutable QString m_error;
    UserDataProblem m_problem = UserDataProblem::None;
    int m_historyLimit = defaultHistoryLimit;
};

} // namespace qingnang
