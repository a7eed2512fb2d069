// SPDX-License-Identifier: MIT
#include "searchservice.h"

#include "pack/library.h"
#include "pack/pack.h"

#include <QHash>

namespace qingnang {

// Lives in the service's thread: searches, and closes that thread's
// connections of packs that are closed.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    void run(quint64 token, const QString &query, QList<std::shared_ptr<Pack>> packs,
             SearchOptions options, std::shared_ptr<std::atomic<bool>> cancelled)
    {
        if (cancelled->load()) {
            return; // overtaken before it started
        }
        options.cancelled = cancelled.get();
        const SearchResult result = SearchEngine::search(packs, query, options);
        for (const auto &pack : packs) {
            m_used.insert(pack.get(), pack);
        }
        if (!cancelled->load()) {
            Q_EMIT finished(token, query, result);
        }
    }

    // Gives back this thread's connection to a pack (before the pack is closed).
    void release(Pack *pack)
    {
        if (const auto it = m_used.find(pack); it != m_used.end()) {
            it.value()->releaseThreadConnection();
            m_used.erase(it);
        }
    }

    void releaseAll()
    {
        for (const auto &pack : std::as_const(m_used)) {
            pack->releaseThreadConnection();
        }
        m_used.clear();
    }

Q_SIGNALS:
    void finished(quint64 token, const QString &query, const qingnang::SearchResult &result);

private:
    QHash<Pack *, std::shared_ptr<Pack>> m_used;
};

SearchService::SearchService(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_worker(new SearchWorker)
{
    qRegisterMetaType<SearchResult>();
    m_thread.setObjectName(QStringLiteral("qingnang-search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchService::deliver, Qt::QueuedConnection);
    connect(m_library, &Library::packAboutToBeRemoved, this, [this](int index) {
        cancel();
        Pack *pack = m_library->packs().at(index).get();
        // Wait for the worker to let go of the pack's connection in its own thread.
        QMetaObject::invokeMethod(
            m_worker, [this, pack] { m_worker->release(pack); }, Qt::BlockingQueuedConnection);
    });
    m_thread.start();
}

SearchService::~SearchService()
{
    cancel();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->releaseAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchService::cancel()
{
    ++m_token;
    if (m_cancelRunning) {
        m_cancelRunning->store(true);
    }
}

quint64 SearchService::request(const QString &query, const SearchOptions &options)
{
    cancel();
    if (query.trimmed().isEmpty()) {
        return m_token;
    }
    m_cancelRunning = std::make_shared<std::atomic<bool>>(false);
    const quint64 token = m_token;
    const QList<std::shared_ptr<Pack>> packs = m_library->packs();
    const auto cancelled = m_cancelRunning;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, token, query, packs, options, cancelled] {
            worker->run(token, query, packs, options, cancelled);
        },
        Qt::QueuedConnection);
    return token;
}

void SearchService::deliver(quint64 token, const QString &query, const SearchResult &result)
{
    if (token == m_token) { // a newer request makes this one stale
        Q_EMIT resultsReady(token, query, result);
    }
}

} // namespace qingnang

#include "searchservice.moc"
