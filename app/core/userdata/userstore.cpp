// SPDX-License-Identifier: MIT
#include "userstore.h"

#include "userdataschema.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <unistd.h>

namespace qingnang {

using namespace userdata;

namespace {

std::atomic<quint64> nextSerial{1};

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

} // namespace

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

bool UserStore::createTables(QSqlDatabase &db, QString *error)
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

// --- Changes

bool UserStore::mutate(Changes changes, const Work &work, Removal removal)
{
    if (!requireOpen()) {
        return false;
    }
    {
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
