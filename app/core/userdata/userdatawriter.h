// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QThread;

namespace qingnang {

class UserData;

// Records what reading adds to the user's store, the pages visited and the
// searches followed, on a thread of its own with its own connection to the
// store's file, so that the GUI thread never waits for the disk while the
// user goes from page to page (issue 14). The file is the store's own: WAL,
// and a busy timeout on both connections, let the two take turns.
//
// Writes are done in the order they were asked for. None is lost: finish()
// waits for all that is queued, and so does the destructor, and the writer
// finishes (and lets go of the file) when its store closes, opens another
// file or is destroyed. A store without a file (a private session, in memory)
// cannot be opened twice: its writes are made on it at once, where it lives.
//
// What is written is told by the signals, which come on the writer's own
// thread (the GUI's) after the write.
class UserDataWriter : public QObject
{
    Q_OBJECT
public:
    explicit UserDataWriter(UserData *store, QObject *parent = nullptr);
    ~UserDataWriter() override;

    // ReadingHistory::addVisit(), in turn.
    void addVisit(const QUrl &url, const QString &title);
    // SearchHistory::add(), in turn; searchesWritten() then brings the latest
    // recentLimit searches, read on the writer's thread.
    void addSearch(const QString &query, int recentLimit);
    // Waits until everything asked for so far is written: for what reads it
    // back on this thread (the history page, clearing the history).
    void finish();

Q_SIGNALS:
    void historyWritten();
    void searchesWritten(const QStringList &recent);

private:
    class Worker;
    // The file the worker writes to now: the store's, or empty when the store
    // has no file, is closed or is gone. The worker lets go of a file the
    // store no longer has open, after what was queued for it.
    QString followStore();
    // Finishes what is queued and closes the worker's connection.
    void release();

    QPointer<UserData> m_store;
    QThread *m_thread;
    Worker *m_worker;
    QString m_workerPath; // the file the worker was last sent to (GUI thread's view)
};

} // namespace qingnang
