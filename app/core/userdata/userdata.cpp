// SPDX-License-Identifier: MIT
#include "userdata.h"

#include "address/pageurl.h"
#include "userdatajson.h"
#include "userdataschema.h"
#include "userdatatext.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <numeric>
#include <unistd.h>

namespace qingnang {

using namespace userdata;

namespace {

std::atomic<quint64> nextSerial{1};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Flushes a file's (or a directory's) data to the disk.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

QString sqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

// Runs statements in order on a connection; the first failure is reported.
bool runAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = sqlError(query.lastError());
            return false;
        }
    }
    return true;
}

// The first column of the first row of a statement, or an invalid QVariant.
QVariant scalar(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = sqlError(query.lastError());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QString tableOf(bool folders)
{
    return folders ? QStringLiteral("folder") : QStringLiteral("bookmark");
}

QString parentColumnOf(bool folders)
{
    return folders ? QStringLiteral("parent_id") : QStringLiteral("folder_id");
}

BookmarkFolder readFolder(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toInt(), fromMs(query.value(4).toLongLong())};
}

constexpr char folderColumns[] = "id, parent_id, name, position, created";

Bookmark readBookmark(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toLongLong(),
            QUrl(query.value(2).toString(), QUrl::StrictMode),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toInt(),
            fromMs(query.value(6).toLongLong())};
}

constexpr char bookmarkColumns[] = "id, folder_id, url, pack_id, title, position, created";

Note readNote(const QSqlQuery &query)
{
    return {QUrl(query.value(0).toString(), QUrl::StrictMode),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            fromMs(query.value(4).toLongLong()),
            fromMs(query.value(5).toLongLong())};
}

constexpr char noteColumns[] = "page_url, pack_id, page_title, text, created, updated";

} // namespace

// One transaction: BEGIN IMMEDIATE at construction (so that a second process
// waits for the lock here rather than failing halfway), ROLLBACK at
// destruction unless commit() succeeded.
class UserData::Transaction
{
public:
    explicit Transaction(const UserData &store)
        : m_store(store)
    {
        QSqlQuery query(m_store.m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_store.failSql(query, "start a transaction");
        }
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery query(m_store.m_db);
            if (!query.exec(QStringLiteral("ROLLBACK"))) {
                qCWarning(lcUserData).noquote()
                    << "cannot roll back:" << sqlError(query.lastError());
            }
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    explicit operator bool() const { return m_active; }

    bool commit()
    {
        QSqlQuery query(m_store.m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            return m_store.failSql(query, "save the change");
        }
        m_active = false;
        return true;
    }

private:
    const UserData &m_store;
    bool m_active = false;
};

UserData::UserData(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("qingnang-userdata-%1").arg(nextSerial++))
{}

UserData::~UserData()
{
    dropConnection();
}

void UserData::dropConnection()
{
    if (m_db.isValid()) {
        m_db.close(); // the last connection to a file checkpoints and removes the WAL
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString UserData::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           QLatin1String(fileName);
}

bool UserData::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void UserData::emitAll()
{
    Q_EMIT bookmarksChanged();
    Q_EMIT notesChanged();
    Q_EMIT historyChanged();
    Q_EMIT searchHistoryChanged();
}

void UserData::close()
{
    const bool wasOpen = isOpen();
    dropConnection();
    m_path.clear();
    m_private = false;
    if (wasOpen) {
        emitAll();
    }
}

bool UserData::openConnection(const QString &databaseName, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(databaseName);
    // Another Qingnang using the same file holds its write lock for one call only.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open: ") + sqlError(m_db.lastError());
        dropConnection();
        return false;
    }
    return true;
}

bool UserData::createTables(QSqlDatabase &db, QString *error)
{
    QStringList statements{
        QStringLiteral("BEGIN"),
        QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion),
    };
    statements += createStatements();
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
bool UserData::createFile(const QString &path, QString *error)
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
bool UserData::checkOpenedFile(QString *error, UserDataProblem *problem)
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

// Durable, private settings for the connection: WAL with a sync at every
// commit, deleted content overwritten, temporary data kept in memory.
bool UserData::prepareConnection(QString *error)
{
    if (!m_private) {
        QString problem;
        const QString mode =
            scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &problem).toString();
        if (mode != QLatin1String("wal")) {
            *error = QStringLiteral("cannot use a write-ahead log (%1)")
                         .arg(problem.isEmpty() ? mode : problem);
            return false;
        }
    }
    return runAll(m_db,
                  {QStringLiteral("PRAGMA synchronous = FULL"),
                   QStringLiteral("PRAGMA secure_delete = ON"),
                   QStringLiteral("PRAGMA temp_store = MEMORY")},
                  error);
}

bool UserData::open(const QString &path)
{
    close();
    m_problem = UserDataProblem::None;
    m_error.clear();
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    // A write-ahead log already beside a file that is then refused stays as it
    // is: closing must not copy it into the file (which SQLite does by default).
    const bool hadLog = QFileInfo(absolute + QStringLiteral("-wal")).size() > 0;
    auto refuse = [&](UserDataProblem problem, const QString &what) {
        if (m_db.isValid() && hadLog) {
            keepLogOnClose();
        }
        dropConnection();
        m_problem = problem;
        m_error = shown + QStringLiteral(": ") + what;
        qCWarning(lcUserData).noquote() << m_error;
        return false;
    };
    if (absolute.isEmpty()) {
        return refuse(UserDataProblem::CannotOpen, QStringLiteral("no file name given"));
    }
    if (const FileCheck check = checkFileHeader(absolute); check.problem != UserDataProblem::None) {
        return refuse(check.problem, check.message);
    }
    QString error;
    if (!QFileInfo::exists(absolute)) {
        // SQLite would replay a log left without its file into the new one.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (QFileInfo(absolute + suffix).size() > 0) {
                return refuse(UserDataProblem::Damaged,
                              QStringLiteral("the file is missing, but its log %1 is there")
                                  .arg(QDir::toNativeSeparators(path + suffix)));
            }
        }
        if (!createFile(absolute, &error)) {
            return refuse(UserDataProblem::CannotOpen, error);
        }
    } else if (!QFileInfo(absolute).isWritable()) {
        return refuse(UserDataProblem::CannotOpen, QStringLiteral("the file is read-only"));
    }
    if (!openConnection(absolute, &error)) {
        return refuse(UserDataProblem::CannotOpen, error);
    }
    UserDataProblem problem = UserDataProblem::None;
    if (!checkOpenedFile(&error, &problem)) {
        return refuse(problem, error);
    }
    m_private = false;
    if (!prepareConnection(&error) || !forgetSearchPages(&error)) {
        return refuse(UserDataProblem::CannotOpen, error);
    }
    m_path = absolute;
    qCInfo(lcUserData).noquote() << "opened" << shown;
    emitAll();
    return true;
}

// Earlier versions recorded search results pages, query and all, in the
// history. They go (secure_delete overwrites what they took on disk).
bool UserData::forgetSearchPages(QString *error)
{
    const QString where = QStringLiteral(" FROM history WHERE page_url LIKE 'qingnang:/search%'");
    QString problem;
    const QVariant found = scalar(m_db, QStringLiteral("SELECT count(*)") + where, &problem);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("cannot read the history: ") + problem;
        return false;
    }
    if (found.toLongLong() == 0) {
        return true;
    }
    return runAll(m_db, {QStringLiteral("DELETE") + where}, error);
}

void UserData::keepLogOnClose()
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
}

bool UserData::openInMemory()
{
    close();
    m_problem = UserDataProblem::None;
    m_error.clear();
    QString error;
    m_private = true;
    if (!openConnection(QStringLiteral(":memory:"), &error) || !createTables(m_db, &error) ||
        !prepareConnection(&error)) {
        m_private = false;
        dropConnection();
        m_problem = UserDataProblem::CannotOpen;
        m_error = QStringLiteral("private session: ") + error;
        return false;
    }
    emitAll();
    return true;
}

bool UserData::startAfresh(const QString &path, QString *movedTo)
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

// --- Helpers

bool UserData::requireOpen() const
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_error = QStringLiteral("the user-data store is not open");
        return false;
    }
    return true;
}

bool UserData::fail(const QString &what) const
{
    m_error = what;
    return false;
}

bool UserData::failSql(const QSqlQuery &query, const char *what) const
{
    const QString where =
        m_private ? QStringLiteral("private session") : QDir::toNativeSeparators(m_path);
    m_error = QStringLiteral("%1: cannot %2: %3")
                  .arg(where, QLatin1String(what), sqlError(query.lastError()));
    qCWarning(lcUserData).noquote() << m_error;
    return false;
}

bool UserData::exec(QSqlQuery &query, const char *what) const
{
    return query.exec() || failSql(query, what);
}

qint64 UserData::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The next number of the store's change counter (in the caller's transaction,
// so two processes never get the same); 0 on failure.
qint64 UserData::nextSequence() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES ('sequence', '1') ON CONFLICT (key) DO UPDATE"
        " SET value = CAST(value AS INTEGER) + 1 RETURNING CAST(value AS INTEGER)"));
    if (!exec(query, "number the change") || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

bool UserData::folderExists(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM folder WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, "read the folders") && query.next();
}

std::optional<qint64> UserData::folderNamed(qint64 parentId, const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM folder WHERE parent_id = ? AND name = ?"));
    query.addBindValue(parentId);
    query.addBindValue(name);
    if (exec(query, "read the folders") && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QList<qint64> UserData::listIds(List list, qint64 parentId, qint64 excludeId) const
{
    const bool folders = list == List::Folders;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id != ? ORDER BY position, id")
                      .arg(tableOf(folders), parentColumnOf(folders)));
    query.addBindValue(parentId);
    query.addBindValue(excludeId);
    QList<qint64> ids;
    if (exec(query, "read the bookmarks")) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

// Gives the items their index in ids as position (and parent stays as it is).
bool UserData::writePositions(List list, const QList<qint64> &ids) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND position != ?")
                      .arg(tableOf(list == List::Folders)));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        query.bindValue(0, int(i));
        query.bindValue(1, ids.at(i));
        query.bindValue(2, int(i));
        if (!exec(query, "reorder the bookmarks")) {
            return false;
        }
    }
    return true;
}

// Puts item id of list under newParent at index among its items there (-1 or
// past the end: last), closing the gap it leaves under oldParent.
bool UserData::placeAt(List list, qint64 id, qint64 oldParent, qint64 newParent, int index) const
{
    const bool folders = list == List::Folders;
    QList<qint64> siblings = listIds(list, newParent, id);
    siblings.insert(index < 0 ? siblings.size() : qMin(qsizetype(index), siblings.size()), id);
    if (newParent != oldParent) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(tableOf(folders), parentColumnOf(folders)));
        query.addBindValue(newParent);
        query.addBindValue(id);
        if (!exec(query, folders ? "move the folder" : "move the bookmark") ||
            !writePositions(list, listIds(list, oldParent))) {
            return false;
        }
    }
    return writePositions(list, siblings);
}

std::optional<qint64> UserData::bookmarkOfPage(qint64 folderId, const QString &page) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM bookmark WHERE folder_id = ? AND page_url = ?"));
    query.addBindValue(folderId);
    query.addBindValue(page);
    if (exec(query, "read the bookmarks") && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

qint64 UserData::insertFolder(qint64 parentId, const QString &name, qint64 created)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO folder (parent_id, name, position, created) VALUES (?, ?,"
        " (SELECT coalesce(max(position) + 1, 0) FROM folder WHERE parent_id = ?), ?)"));
    query.addBindValue(parentId);
    query.addBindValue(name);
    query.addBindValue(parentId);
    query.addBindValue(created);
    return exec(query, "add the folder") ? query.lastInsertId().toLongLong() : 0;
}

qint64 UserData::insertBookmark(qint64 folderId, const QUrl &url, const QString &title,
                                qint64 created)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO bookmark (folder_id, url, page_url, pack_id, title, position, created)"
        " VALUES (?, ?, ?, ?, ?,"
        " (SELECT coalesce(max(position) + 1, 0) FROM bookmark WHERE folder_id = ?), ?)"));
    query.addBindValue(folderId);
    query.addBindValue(storedUrl(url));
    query.addBindValue(pageKey(url));
    query.addBindValue(packOf(url));
    query.addBindValue(title);
    query.addBindValue(folderId);
    query.addBindValue(created);
    return exec(query, "add the bookmark") ? query.lastInsertId().toLongLong() : 0;
}

// After history or searches were removed: the write-ahead log still holds the
// pages as they were, so it is copied into the file and emptied.
bool UserData::checkpoint()
{
    if (m_private) {
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        qCWarning(lcUserData).noquote()
            << "cannot checkpoint:" << sqlError(query.lastError()); // the data is safe anyway
        return false;
    }
    return true;
}

// --- Folders

qint64 UserData::addFolder(const QString &name, qint64 parentId)
{
    if (!requireOpen()) {
        return 0;
    }
    const QString clean = cleanLine(name, maxTitleLength);
    if (clean.isEmpty()) {
        fail(QStringLiteral("a folder needs a name"));
        return 0;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return 0;
    }
    if (parentId != 0 && !folderExists(parentId)) {
        fail(QStringLiteral("there is no folder %1").arg(parentId));
        return 0;
    }
    if (folderNamed(parentId, clean)) {
        fail(QStringLiteral("there is already a folder named \"%1\" there").arg(clean));
        return 0;
    }
    const qint64 id = insertFolder(parentId, clean, now());
    if (id == 0 || !transaction.commit()) {
        return 0;
    }
    Q_EMIT bookmarksChanged();
    return id;
}

bool UserData::renameFolder(qint64 id, const QString &name)
{
    if (!requireOpen()) {
        return false;
    }
    const QString clean = cleanLine(name, maxTitleLength);
    if (clean.isEmpty()) {
        return fail(QStringLiteral("a folder needs a name"));
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const std::optional<BookmarkFolder> current = folder(id);
    if (!current) {
        return fail(QStringLiteral("there is no folder %1").arg(id));
    }
    const std::optional<qint64> namesake = folderNamed(current->parentId, clean);
    if (namesake && *namesake != id) {
        return fail(QStringLiteral("there is already a folder named \"%1\" there").arg(clean));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE folder SET name = ? WHERE id = ?"));
    query.addBindValue(clean);
    query.addBindValue(id);
    if (!exec(query, "rename the folder") || !transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::moveFolder(qint64 id, qint64 parentId, int index)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const std::optional<BookmarkFolder> current = folder(id);
    if (!current) {
        return fail(QStringLiteral("there is no folder %1").arg(id));
    }
    if (parentId != 0 && !folderExists(parentId)) {
        return fail(QStringLiteral("there is no folder %1").arg(parentId));
    }
    // The new parent must not be the folder or lie inside it.
    QSet<qint64> seen;
    for (qint64 ancestor = parentId; ancestor != 0 && !seen.contains(ancestor);) {
        if (ancestor == id) {
            return fail(QStringLiteral("a folder cannot move into itself or a folder inside it"));
        }
        seen.insert(ancestor);
        const std::optional<BookmarkFolder> up = folder(ancestor);
        ancestor = up ? up->parentId : 0;
    }
    if (parentId != current->parentId && folderNamed(parentId, current->name)) {
        return fail(
            QStringLiteral("there is already a folder named \"%1\" there").arg(current->name));
    }
    if (!placeAt(List::Folders, id, current->parentId, parentId, index) || !transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::removeFolder(qint64 id)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const std::optional<BookmarkFolder> current = folder(id);
    if (!current) {
        return fail(QStringLiteral("there is no folder %1").arg(id));
    }
    const QString subtree =
        QStringLiteral("WITH RECURSIVE inside(id) AS (SELECT ? UNION"
                       " SELECT f.id FROM folder f JOIN inside ON f.parent_id = inside.id) ");
    for (const QString &table : {QStringLiteral("bookmark"), QStringLiteral("folder")}) {
        QSqlQuery query(m_db);
        query.prepare(subtree + QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT id FROM inside)")
                                    .arg(table, table == QLatin1String("bookmark")
                                                    ? QStringLiteral("folder_id")
                                                    : QStringLiteral("id")));
        query.addBindValue(id);
        if (!exec(query, "remove the folder")) {
            return false;
        }
    }
    if (!writePositions(List::Folders, listIds(List::Folders, current->parentId)) ||
        !transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

std::optional<BookmarkFolder> UserData::folder(qint64 id) const
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM folder WHERE id = ?").arg(QLatin1String(folderColumns)));
    query.addBindValue(id);
    if (exec(query, "read the folders") && query.next()) {
        return readFolder(query);
    }
    return std::nullopt;
}

QList<BookmarkFolder> UserData::folders(qint64 parentId) const
{
    QList<BookmarkFolder> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM folder WHERE parent_id = ? ORDER BY position, id")
                      .arg(QLatin1String(folderColumns)));
    query.addBindValue(parentId);
    if (exec(query, "read the folders")) {
        while (query.next()) {
            result.append(readFolder(query));
        }
    }
    return result;
}

QList<BookmarkFolder> UserData::allFolders() const
{
    QList<BookmarkFolder> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM folder ORDER BY parent_id, position, id")
                      .arg(QLatin1String(folderColumns)));
    if (!exec(query, "read the folders")) {
        return result;
    }
    QHash<qint64, QList<BookmarkFolder>> children;
    while (query.next()) {
        const BookmarkFolder folder = readFolder(query);
        children[folder.parentId].append(folder);
    }
    // Depth first without recursion; a folder is visited once even in a damaged tree.
    QList<BookmarkFolder> stack(children.value(0).crbegin(), children.value(0).crend());
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const BookmarkFolder folder = stack.takeLast();
        if (seen.contains(folder.id)) {
            continue;
        }
        seen.insert(folder.id);
        result.append(folder);
        const QList<BookmarkFolder> inside = children.value(folder.id);
        for (auto it = inside.crbegin(); it != inside.crend(); ++it) {
            stack.append(*it);
        }
    }
    return result;
}

// --- Bookmarks

qint64 UserData::addBookmark(const QUrl &url, const QString &title, qint64 folderId)
{
    if (!requireOpen()) {
        return 0;
    }
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        fail(problem);
        return 0;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return 0;
    }
    if (folderId != 0 && !folderExists(folderId)) {
        fail(QStringLiteral("there is no folder %1").arg(folderId));
        return 0;
    }
    if (const std::optional<qint64> existing = bookmarkOfPage(folderId, pageKey(url))) {
        return *existing; // nothing changed: the transaction rolls back
    }
    const qint64 id = insertBookmark(folderId, url, cleanLine(title, maxTitleLength), now());
    if (id == 0 || !transaction.commit()) {
        return 0;
    }
    Q_EMIT bookmarksChanged();
    return id;
}

bool UserData::renameBookmark(qint64 id, const QString &title)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE bookmark SET title = ? WHERE id = ?"));
    query.addBindValue(cleanLine(title, maxTitleLength));
    query.addBindValue(id);
    if (!exec(query, "rename the bookmark")) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        return fail(QStringLiteral("there is no bookmark %1").arg(id));
    }
    if (!transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::moveBookmark(qint64 id, qint64 folderId, int index)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const std::optional<Bookmark> current = bookmark(id);
    if (!current) {
        return fail(QStringLiteral("there is no bookmark %1").arg(id));
    }
    if (folderId != 0 && !folderExists(folderId)) {
        return fail(QStringLiteral("there is no folder %1").arg(folderId));
    }
    if (folderId != current->folderId && bookmarkOfPage(folderId, pageKey(current->url))) {
        return fail(QStringLiteral("that folder already has a bookmark of this page"));
    }
    if (!placeAt(List::Bookmarks, id, current->folderId, folderId, index) ||
        !transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

bool UserData::removeBookmark(qint64 id)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const std::optional<Bookmark> current = bookmark(id);
    if (!current) {
        return fail(QStringLiteral("there is no bookmark %1").arg(id));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM bookmark WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query, "remove the bookmark") ||
        !writePositions(List::Bookmarks, listIds(List::Bookmarks, current->folderId)) ||
        !transaction.commit()) {
        return false;
    }
    Q_EMIT bookmarksChanged();
    return true;
}

std::optional<Bookmark> UserData::bookmark(qint64 id) const
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM bookmark WHERE id = ?").arg(QLatin1String(bookmarkColumns)));
    query.addBindValue(id);
    if (exec(query, "read the bookmarks") && query.next()) {
        return readBookmark(query);
    }
    return std::nullopt;
}

QList<Bookmark> UserData::bookmarks(qint64 folderId) const
{
    QList<Bookmark> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM bookmark WHERE folder_id = ? ORDER BY position, id")
            .arg(QLatin1String(bookmarkColumns)));
    query.addBindValue(folderId);
    if (exec(query, "read the bookmarks")) {
        while (query.next()) {
            result.append(readBookmark(query));
        }
    }
    return result;
}

QList<Bookmark> UserData::bookmarksOf(const QUrl &url) const
{
    QList<Bookmark> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM bookmark WHERE page_url = ? ORDER BY id")
                      .arg(QLatin1String(bookmarkColumns)));
    query.addBindValue(pageKey(url));
    if (exec(query, "read the bookmarks")) {
        while (query.next()) {
            result.append(readBookmark(query));
        }
    }
    return result;
}

bool UserData::isBookmarked(const QUrl &url) const
{
    if (!requireOpen()) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM bookmark WHERE page_url = ? LIMIT 1"));
    query.addBindValue(pageKey(url));
    return exec(query, "read the bookmarks") && query.next();
}

// --- Notes

bool UserData::setNote(const QUrl &url, const QString &text, const QString &pageTitle)
{
    if (!requireOpen()) {
        return false;
    }
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        return fail(problem);
    }
    const QString clean = cleanNote(text);
    if (clean.size() > maxNoteLength) {
        return fail(QStringLiteral("the note has %1 characters; a note holds at most %2")
                        .arg(clean.size())
                        .arg(maxNoteLength));
    }
    const QString page = pageKey(url);
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    QSqlQuery query(m_db);
    if (clean.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM note WHERE page_url = ?"));
        query.addBindValue(page);
    } else {
        const std::optional<Note> existing = note(url);
        if (existing && existing->text == clean) {
            return true; // unchanged: nothing to write
        }
        const qint64 time = now();
        const qint64 sequence = nextSequence();
        if (sequence == 0) {
            return false;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO note (page_url, pack_id, page_title, text, created, updated, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (page_url) DO UPDATE SET"
            " pack_id = excluded.pack_id, text = excluded.text, updated = excluded.updated,"
            " seq = excluded.seq, page_title = CASE WHEN excluded.page_title = ''"
            " THEN page_title ELSE excluded.page_title END"));
        query.addBindValue(page);
        query.addBindValue(packOf(url));
        query.addBindValue(cleanLine(pageTitle, maxTitleLength));
        query.addBindValue(clean);
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(sequence);
    }
    if (!exec(query, "save the note")) {
        return false;
    }
    const bool changed = query.numRowsAffected() > 0;
    if (!transaction.commit()) {
        return false;
    }
    if (changed) {
        Q_EMIT notesChanged();
    }
    return true;
}

std::optional<Note> UserData::note(const QUrl &url) const
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM note WHERE page_url = ?").arg(QLatin1String(noteColumns)));
    query.addBindValue(pageKey(url));
    if (exec(query, "read the notes") && query.next()) {
        return readNote(query);
    }
    return std::nullopt;
}

QList<Note> UserData::notes() const
{
    QList<Note> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM note ORDER BY updated DESC, seq DESC")
                      .arg(QLatin1String(noteColumns)));
    if (exec(query, "read the notes")) {
        while (query.next()) {
            result.append(readNote(query));
        }
    }
    return result;
}

// --- History

bool UserData::addVisit(const QUrl &url, const QString &title, const QDateTime &when)
{
    if (!requireOpen()) {
        return false;
    }
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        return fail(problem);
    }
    if (pageurl::parse(url).kind == PageKind::Search) {
        return true; // the query is not history (see the header)
    }
    const qint64 time = when.isValid() ? when.toMSecsSinceEpoch() : now();
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const qint64 sequence = nextSequence();
    if (sequence == 0) {
        return false;
    }
    QSqlQuery query(m_db);
    // The title and order are those of the latest visit (a visit without a
    // title keeps the one before).
    query.prepare(QStringLiteral(
        "INSERT INTO history (page_url, pack_id, title, first_visit, last_visit, visit_count,"
        " seq) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (page_url) DO UPDATE SET"
        " visit_count = visit_count + 1,"
        " title = CASE WHEN excluded.title != '' AND excluded.last_visit >= last_visit"
        " THEN excluded.title ELSE title END,"
        " seq = CASE WHEN excluded.last_visit >= last_visit THEN excluded.seq ELSE seq END,"
        " first_visit = min(first_visit, excluded.first_visit),"
        " last_visit = max(last_visit, excluded.last_visit)"));
    query.addBindValue(pageKey(url));
    query.addBindValue(packOf(url));
    query.addBindValue(cleanLine(title, maxTitleLength));
    query.addBindValue(time);
    query.addBindValue(time);
    query.addBindValue(sequence);
    if (!exec(query, "add to the history")) {
        return false;
    }
    QSqlQuery trim(m_db);
    // The oldest beyond the limit go (counting is cheap; the index finds the oldest).
    trim.prepare(QStringLiteral(
        "DELETE FROM history WHERE id IN (SELECT id FROM history ORDER BY last_visit, seq"
        " LIMIT max(0, (SELECT count(*) FROM history) - ?))"));
    trim.addBindValue(m_historyLimit);
    if (!exec(trim, "trim the history") || !transaction.commit()) {
        return false;
    }
    Q_EMIT historyChanged();
    return true;
}

QList<HistoryEntry> UserData::history(int limit, int offset) const
{
    QList<HistoryEntry> result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT page_url, pack_id, title, first_visit, last_visit, visit_count FROM history"
        " ORDER BY last_visit DESC, seq DESC LIMIT ? OFFSET ?"));
    query.addBindValue(qMax(0, limit));
    query.addBindValue(qMax(0, offset));
    if (exec(query, "read the history")) {
        while (query.next()) {
            result.append({QUrl(query.value(0).toString(), QUrl::StrictMode),
                           query.value(1).toString(), query.value(2).toString(),
                           fromMs(query.value(3).toLongLong()), fromMs(query.value(4).toLongLong()),
                           query.value(5).toInt()});
        }
    }
    return result;
}

int UserData::historyCount() const
{
    if (!requireOpen()) {
        return 0;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM history"));
    return exec(query, "read the history") && query.next() ? query.value(0).toInt() : 0;
}

bool UserData::removeFromHistory(const QUrl &url)
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM history WHERE page_url = ?"));
    query.addBindValue(pageKey(url));
    if (!exec(query, "remove from the history")) {
        return false;
    }
    const bool changed = query.numRowsAffected() > 0;
    if (!transaction.commit()) {
        return false;
    }
    if (changed) {
        checkpoint();
        Q_EMIT historyChanged();
    }
    return true;
}

bool UserData::clearHistory()
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM history"));
    if (!exec(query, "clear the history") || !transaction.commit()) {
        return false;
    }
    checkpoint();
    Q_EMIT historyChanged();
    return true;
}

// --- Search history

bool UserData::addSearchQuery(const QString &text, const QDateTime &when)
{
    if (!requireOpen()) {
        return false;
    }
    const QString clean = cleanLine(text, maxQueryLength);
    if (clean.isEmpty()) {
        return true; // nothing to remember
    }
    const qint64 time = when.isValid() ? when.toMSecsSinceEpoch() : now();
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    const qint64 sequence = nextSequence();
    if (sequence == 0) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO search_query (text, last_used, use_count, seq) VALUES (?, ?, 1, ?)"
        " ON CONFLICT (text) DO UPDATE SET use_count = use_count + 1,"
        " seq = CASE WHEN excluded.last_used >= last_used THEN excluded.seq ELSE seq END,"
        " last_used = max(last_used, excluded.last_used)"));
    query.addBindValue(clean);
    query.addBindValue(time);
    query.addBindValue(sequence);
    QSqlQuery trim(m_db);
    trim.prepare(QStringLiteral(
        "DELETE FROM search_query WHERE id IN (SELECT id FROM search_query ORDER BY last_used, seq"
        " LIMIT max(0, (SELECT count(*) FROM search_query) - ?))"));
    trim.addBindValue(searchHistoryLimit);
    if (!exec(query, "add to the search history") || !exec(trim, "trim the search history") ||
        !transaction.commit()) {
        return false;
    }
    Q_EMIT searchHistoryChanged();
    return true;
}

QStringList UserData::recentSearchQueries(int limit) const
{
    QStringList result;
    if (!requireOpen()) {
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT text FROM search_query ORDER BY last_used DESC, seq DESC LIMIT ?"));
    query.addBindValue(qMax(0, limit));
    if (exec(query, "read the search history")) {
        while (query.next()) {
            result.append(query.value(0).toString());
        }
    }
    return result;
}

bool UserData::clearSearchHistory()
{
    if (!requireOpen()) {
        return false;
    }
    Transaction transaction(*this);
    if (!transaction) {
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM search_query"));
    if (!exec(query, "clear the search history") || !transaction.commit()) {
        return false;
    }
    checkpoint();
    Q_EMIT searchHistoryChanged();
    return true;
}

// --- Export and import

QByteArray UserData::exportJson() const
{
    if (!requireOpen()) {
        return {};
    }
    ExportData data;
    data.folders = allFolders();
    // Bookmarks folder by folder: the top level, then the folders in their order.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM bookmark ORDER BY folder_id, position, id")
                      .arg(QLatin1String(bookmarkColumns)));
    if (!exec(query, "read the bookmarks")) {
        return {};
    }
    QHash<qint64, QList<Bookmark>> byFolder;
    while (query.next()) {
        const Bookmark bookmark = readBookmark(query);
        byFolder[bookmark.folderId].append(bookmark);
    }
    data.bookmarks = byFolder.value(0);
    for (const BookmarkFolder &folder : std::as_const(data.folders)) {
        data.bookmarks += byFolder.value(folder.id);
    }
    data.notes = notes();
    return writeExport(data, QDateTime::currentDateTimeUtc());
}

bool UserData::exportToFile(const QString &path)
{
    const QByteArray json = exportJson();
    if (json.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return fail(QStringLiteral("%1: cannot write: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

ImportResult UserData::importJson(const QByteArray &json)
{
    ImportResult result;
    if (!requireOpen()) {
        result.error = m_error;
        return result;
    }
    QString error;
    const std::optional<ExportData> data = readExport(json, &error);
    if (!data) {
        result.error = error;
        m_error = error;
        return result;
    }
    Transaction transaction(*this);
    if (!transaction) {
        result.error = m_error;
        return result;
    }
    auto failed = [&]() {
        result.error = m_error;
        return result;
    };
    ImportSummary &summary = result.summary;

    // Folders, parents before children and siblings by position: each goes to
    // the folder of the same name at the same place, or is made there.
    QHash<qint64, QList<qsizetype>> childrenOf;
    for (qsizetype i = 0; i < data->folders.size(); ++i) {
        childrenOf[data->folders.at(i).parentId].append(i);
    }
    QHash<qint64, qint64> folderFor{{0, 0}}; // the file's folder id -> the store's
    QList<qint64> pending{0};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeFirst();
        QList<qsizetype> children = childrenOf.value(parent);
        std::stable_sort(children.begin(), children.end(), [&](qsizetype a, qsizetype b) {
            return data->folders.at(a).position < data->folders.at(b).position;
        });
        for (const qsizetype index : std::as_const(children)) {
            const BookmarkFolder &folder = data->folders.at(index);
            const qint64 target = folderFor.value(parent);
            qint64 id = folderNamed(target, folder.name).value_or(0);
            if (id != 0) {
                ++summary.foldersMerged;
            } else {
                id = insertFolder(target, folder.name, folder.created.toMSecsSinceEpoch());
                if (id == 0) {
                    return failed();
                }
                ++summary.foldersAdded;
            }
            folderFor.insert(folder.id, id);
            pending.append(folder.id);
        }
    }

    // Bookmarks, in each folder by position; a page already in the folder is skipped.
    QList<qsizetype> order(data->bookmarks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return data->bookmarks.at(a).position < data->bookmarks.at(b).position;
    });
    for (const qsizetype index : std::as_const(order)) {
        const Bookmark &bookmark = data->bookmarks.at(index);
        const qint64 target = folderFor.value(bookmark.folderId);
        if (bookmarkOfPage(target, pageKey(bookmark.url))) {
            ++summary.bookmarksSkipped;
        } else if (insertBookmark(target, bookmark.url, bookmark.title,
                                  bookmark.created.toMSecsSinceEpoch()) == 0) {
            return failed();
        } else {
            ++summary.bookmarksAdded;
        }
    }

    // Notes: the newer of the page's note and the imported one stays. They are
    // saved oldest first (the file lists the latest first, as notes() does),
    // so that notes of the same time keep their order.
    QList<qsizetype> noteOrder(data->notes.size());
    std::iota(noteOrder.rbegin(), noteOrder.rend(), 0);
    std::stable_sort(noteOrder.begin(), noteOrder.end(), [&](qsizetype a, qsizetype b) {
        return data->notes.at(a).updated < data->notes.at(b).updated;
    });
    for (const qsizetype index : std::as_const(noteOrder)) {
        const Note &imported = data->notes.at(index);
        const std::optional<Note> existing = note(imported.url);
        if (existing && existing->updated >= imported.updated) {
            ++summary.notesKept;
            continue;
        }
        const qint64 sequence = nextSequence();
        if (sequence == 0) {
            return failed();
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT INTO note (page_url, pack_id, page_title, text, created, updated, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (page_url) DO UPDATE SET"
            " pack_id = excluded.pack_id, page_title = excluded.page_title,"
            " text = excluded.text, created = min(created, excluded.created),"
            " updated = excluded.updated, seq = excluded.seq"));
        query.addBindValue(pageKey(imported.url));
        query.addBindValue(imported.packId);
        query.addBindValue(imported.pageTitle);
        query.addBindValue(imported.text);
        query.addBindValue(imported.created.toMSecsSinceEpoch());
        query.addBindValue(imported.updated.toMSecsSinceEpoch());
        query.addBindValue(sequence);
        if (!exec(query, "import a note")) {
            return failed();
        }
        ++(existing ? summary.notesReplaced : summary.notesAdded);
    }

    if (!transaction.commit()) {
        return failed();
    }
    result.ok = true;
    if (summary.foldersAdded > 0 || summary.bookmarksAdded > 0) {
        Q_EMIT bookmarksChanged();
    }
    if (summary.notesAdded > 0 || summary.notesReplaced > 0) {
        Q_EMIT notesChanged();
    }
    return result;
}

ImportResult UserData::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    ImportResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1: cannot read: %2").arg(shown, file.errorString());
    } else if (file.size() > maxImportBytes) {
        result.error = QStringLiteral("%1: the file is larger than %2 MiB, too large to be an"
                                      " export of bookmarks and notes")
                           .arg(shown, QString::number(maxImportBytes / (1024 * 1024)));
    } else {
        result = importJson(file.readAll());
        if (!result.ok) {
            result.error = shown + QStringLiteral(": ") + result.error;
        }
    }
    if (!result.ok) {
        m_error = result.error;
    }
    return result;
}

} // namespace qingnang
