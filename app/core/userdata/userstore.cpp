// SPDX-License-Identifier: MIT
#include "userstore.h"

#include "userdataschema.h"
#include "userstore_p.h"
#include "util/iowatch.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>
#include <fcntl.h>
#include <unistd.h>

namespace qingnang {

using namespace userdata;

namespace {

std::atomic<quint64> nextSerial{1};

} // namespace

namespace userdata {

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

QVariant scalar(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = sqlError(query.lastError());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace userdata

// One transaction: BEGIN IMMEDIATE at construction (so that a second process
// waits for the lock here rather than failing halfway), ROLLBACK at
// destruction unless commit() succeeded.
class UserStore::Transaction
{
public:
    explicit Transaction(const UserStore &store)
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
    const UserStore &m_store;
    bool m_active = false;
};

UserStore::UserStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("qingnang-userdata-%1").arg(nextSerial++))
{}

UserStore::~UserStore()
{
    dropConnection();
}

void UserStore::dropConnection()
{
    if (m_db.isValid()) {
        m_db.close(); // the last connection to a file checkpoints and removes the WAL
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString UserStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           QLatin1String(fileName);
}

bool UserStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void UserStore::emitAll()
{
    Q_EMIT bookmarksChanged();
    Q_EMIT notesChanged();
    Q_EMIT historyChanged();
    Q_EMIT searchHistoryChanged();
}

void UserStore::close()
{
    const bool wasOpen = isOpen();
    dropConnection();
    m_path.clear();
    m_private = false;
    if (wasOpen) {
        emitAll();
    }
}

bool UserStore::openConnection(const QString &databaseName, QString *error)
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

// Durable, private settings for the connection: WAL with a sync at every
// commit, deleted content overwritten, temporary data kept in memory.
bool UserStore::prepareConnection(QString *error)
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

bool UserStore::open(const QString &path)
{
    iowatch::report(iowatch::Kind::UserDataWrite); // it may create the file, and tidies it
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
bool UserStore::forgetSearchPages(QString *error)
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

void UserStore::keepLogOnClose()
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
}

bool UserStore::openInMemory()
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

// --- Changes

bool UserStore::mutate(Changes changes, const Work &work, Removal removal)
{
    iowatch::report(iowatch::Kind::UserDataWrite);
    if (!requireOpen()) {
        return false;
    }
    {
        // What work reads is part of the write, not a read of its own.
        const QScopedValueRollback writing(m_writing, true);
        Transaction transaction(*this);
        if (!transaction || !work(changes) || !transaction.commit()) {
            return false;
        }
    }
    if (changes && removal == Removal::Erase) {
        checkpoint();
    }
    if (changes.testFlag(Change::Bookmarks)) {
        Q_EMIT bookmarksChanged();
    }
    if (changes.testFlag(Change::Notes)) {
        Q_EMIT notesChanged();
    }
    if (changes.testFlag(Change::History)) {
        Q_EMIT historyChanged();
    }
    if (changes.testFlag(Change::Searches)) {
        Q_EMIT searchHistoryChanged();
    }
    return true;
}

// --- Helpers

bool UserStore::requireOpen() const
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_error = QStringLiteral("the user-data store is not open");
        return false;
    }
    return true;
}

bool UserStore::fail(const QString &what) const
{
    m_error = what;
    return false;
}

bool UserStore::refuse(const QString &why) const
{
    return requireOpen() && fail(why);
}

bool UserStore::failSql(const QSqlQuery &query, const char *what) const
{
    const QString where =
        m_private ? QStringLiteral("private session") : QDir::toNativeSeparators(m_path);
    m_error = QStringLiteral("%1: cannot %2: %3")
                  .arg(where, QLatin1String(what), sqlError(query.lastError()));
    qCWarning(lcUserData).noquote() << m_error;
    return false;
}

bool UserStore::exec(QSqlQuery &query, const char *what) const
{
    if (!m_writing) {
        iowatch::report(iowatch::Kind::UserDataRead);
    }
    return query.exec() || failSql(query, what);
}

QSqlQuery UserStore::prepare(const QString &statement) const
{
    QSqlQuery query(m_db);
    query.prepare(statement);
    return query;
}

QDateTime UserStore::timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 UserStore::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The next number of the store's change counter (in the caller's transaction,
// so two processes never get the same); 0 on failure.
qint64 UserStore::nextSequence() const
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

// After history or searches were removed: the write-ahead log still holds the
// pages as they were, so it is copied into the file and emptied.
bool UserStore::checkpoint()
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

} // namespace qingnang
