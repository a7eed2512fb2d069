// SPDX-License-Identifier: MIT
#pragma once

#include "searchengine.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace qingnang {

class Library;
class PackReader;

// Runs searches off the GUI thread, one at a time: a newer request cancels the
// one still running, and the results of a request that is no longer the
// latest are dropped (each request carries a token). Results arrive with
// resultsReady on the thread that owns the service.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(Library *library, QObject *parent = nullptr);
    ~SearchService() override;

    // Starts a search; returns its token. An empty query only cancels.
    quint64 request(const QString &query, const SearchOptions &options = {});
    void cancel();
    quint64 latestToken() const { return m_token; }

Q_SIGNALS:
    void resultsReady(quint64 token, const QString &query, const qingnang::SearchResult &result);

private:
    void deliver(quint64 token, const QString &query, const SearchResult &result);

    Library *m_library;
    PackReader *m_reader = nullptr; // its thread runs the searches
    quint64 m_token = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelRunning;
};

} // namespace qingnang

Q_DECLARE_METATYPE(qingnang::SearchResult)
