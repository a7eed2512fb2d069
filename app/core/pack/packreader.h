// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace qingnang {

class Library;
class Pack;
class PackReaderWorker;

// A thread of its own that reads packs for an object of the GUI thread (the
// page service, the topic tree, a Q&A list), so that the GUI thread never
// waits for the disk. Jobs run there one after another, in the order they
// were posted; each one's result comes back, queued, to the thread that owns
// the reader. A job names the packs it reads: the reader closes its thread's
// connection to a pack when the library is about to close that pack, and to
// every pack when the reader ends (Qt's connections belong to their thread).
// Without a library, the connections last until the reader ends.
class PackReader : public QObject
{
    Q_OBJECT
public:
    PackReader(const QString &name, Library *library, QObject *parent = nullptr);
    ~PackReader() override;

    // Runs read() on the reader's thread, then deliver(result) on this
    // object's thread (never, if the reader has gone by then).
    template<typename Result>
    void post(const QList<std::shared_ptr<Pack>> &packs, std::function<Result()> read,
              std::function<void(Result)> deliver)
    {
        run(packs, [this, read = std::move(read), deliver = std::move(deliver)] {
            auto result = std::make_shared<Result>(read());
            QMetaObject::invokeMethod(
                this, [deliver, result] { deliver(std::move(*result)); }, Qt::QueuedConnection);
        });
    }

private:
    void run(const QList<std::shared_ptr<Pack>> &packs, std::function<void()> job);

    Library *m_library;
    QThread m_thread;
    PackReaderWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_stopping;
};

} // namespace qingnang
