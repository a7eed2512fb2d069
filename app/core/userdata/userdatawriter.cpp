// SPDX-License-Identifier: MIT
#include "userdatawriter.h"

#include "userdata.h"
#include "util/logging.h"

#include <QThread>

#include <memory>

namespace qingnang {

// Lives on the writer's thread, with its own store on the file it was last
// sent to; everything here runs there.
class UserDataWriter::Worker : public QObject
{
public:
    // The store on path, opened (again) when it is another file; null when it
    // cannot be opened (the reason is logged).
    UserData *storeFor(const QString &path)
    {
        if (m_store && m_path == path) {
            return m_store.get();
        }
        release();
        auto store = std::make_unique<UserData>();
        if (!store->open(path)) {
            qCWarning(lcUserData, "cannot record history: %s",
                      qUtf8Printable(store->errorString()));
            return nullptr;
        }
        m_store = std::move(store);
        m_path = path;
        return m_store.get();
    }
    void release()
    {
        m_store.reset();
        m_path.clear();
    }

private:
    std::unique_ptr<UserData> m_store;
    QString m_path;
};

UserDataWriter::UserDataWriter(UserData *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("userdata-writer"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    if (store) {
        // A store tells of every open and close with historyChanged(), among others.
        connect(store, &UserStore::historyChanged, this, &UserDataWriter::followStore);
        connect(store, &QObject::destroyed, this, &UserDataWriter::release);
    }
}

UserDataWriter::~UserDataWriter()
{
    release();
    m_thread->quit();
    m_thread->wait();
}

QString UserDataWriter::followStore()
{
    const QString path = m_store && m_store->isOpen() ? m_store->path() : QString();
    if (!m_workerPath.isEmpty() && path != m_workerPath) {
        release();
    }
    return path;
}

void UserDataWriter::release()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->release(); }, Qt::BlockingQueuedConnection);
    m_workerPath.clear();
}

void UserDataWriter::finish()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void UserDataWriter::addVisit(const QUrl &url, const QString &title)
{
    const QString path = followStore();
    if (!m_store || !m_store->isOpen()) {
        qCWarning(lcUserData, "history: the user-data store is not open");
        return;
    }
    const int limit = m_store->history().limit();
    if (path.isEmpty()) { // in memory: no second connection can reach it
        if (!m_store->history().addVisit(url, title)) {
            qCWarning(lcUserData, "history: %s", qUtf8Printable(m_store->errorString()));
            return;
        }
        Q_EMIT historyWritten();
        return;
    }
    m_workerPath = path;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, path, url, title, limit] {
            UserData *store = worker->storeFor(path);
            if (!store) {
                return;
            }
            store->history().setLimit(limit);
            if (!store->history().addVisit(url, title)) {
                qCWarning(lcUserData, "history: %s", qUtf8Printable(store->errorString()));
                return;
            }
            Q_EMIT historyWritten();
        },
        Qt::QueuedConnection);
}

void UserDataWriter::addSearch(const QString &query, int recentLimit)
{
    const QString path = followStore();
    if (!m_store || !m_store->isOpen()) {
        qCWarning(lcUserData, "search history: the user-data store is not open");
        return;
    }
    if (path.isEmpty()) {
        if (!m_store->searchHistory().add(query)) {
            qCWarning(lcUserData, "search history: %s", qUtf8Printable(m_store->errorString()));
            return;
        }
        Q_EMIT searchesWritten(m_store->searchHistory().recent(recentLimit));
        return;
    }
    m_workerPath = path;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, path, query, recentLimit] {
            UserData *store = worker->storeFor(path);
            if (!store) {
                return;
            }
            if (!store->searchHistory().add(query)) {
                qCWarning(lcUserData, "search history: %s", qUtf8Printable(store->errorString()));
                return;
            }
            Q_EMIT searchesWritten(store->searchHistory().recent(recentLimit));
        },
        Qt::QueuedConnection);
}

} // namespace qingnang
