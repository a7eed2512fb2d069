// SPDX-License-Identifier: MIT
#include "packreader.h"

#include "library.h"
#include "pack.h"

#include <QHash>

namespace qingnang {

// Lives in the reader's thread: runs the jobs, and keeps the packs they read
// so that it can give back this thread's connections to them.
class PackReaderWorker : public QObject
{
    Q_OBJECT
public:
    void run(const QList<std::shared_ptr<Pack>> &packs, const std::function<void()> &job)
    {
        for (const auto &pack : packs) {
            m_used.insert(pack.get(), pack);
        }
        job();
    }

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

private:
    QHash<Pack *, std::shared_ptr<Pack>> m_used;
};

PackReader::PackReader(const QString &name, Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_worker(new PackReaderWorker)
    , m_stopping(std::make_shared<std::atomic<bool>>(false))
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    if (!m_library) {
        m_thread.start();
        return;
    }
    connect(m_library, &Library::packAboutToBeRemoved, this, [this](int index) {
        Pack *pack = m_library->packs().at(index).get();
        // The jobs posted before run first; then the connection goes, on its thread.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, pack] { worker->release(pack); },
            Qt::BlockingQueuedConnection);
    });
    m_thread.start();
}

PackReader::~PackReader()
{
    // Jobs still queued are skipped; the connections close on their own thread.
    m_stopping->store(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->releaseAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PackReader::run(const QList<std::shared_ptr<Pack>> &packs, std::function<void()> job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, packs, job = std::move(job), stopping = m_stopping] {
            if (!stopping->load()) {
                worker->run(packs, job);
            }
        },
        Qt::QueuedConnection);
}

} // namespace qingnang

#include "packreader.moc"
