// SPDX-License-Identifier: MIT
#include "searchservice.h"

#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packreader.h"

namespace qingnang {

SearchService::SearchService(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    qRegisterMetaType<SearchResult>();
    // A pack about to close stops the search first; then the reader (connected
    // after) lets go of its connection to it on its own thread.
    connect(m_library, &Library::packAboutToBeRemoved, this, [this] { cancel(); });
    m_reader = new PackReader(QStringLiteral("qingnang-search"), library, this);
}

SearchService::~SearchService()
{
    cancel(); // the reader, a child, ends after this: queued searches are skipped
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
    m_reader->post<SearchResult>(
        packs,
        [query, packs, options, cancelled] {
            if (cancelled->load()) {
                return SearchResult{}; // overtaken before it started
            }
            SearchOptions running = options;
            running.cancelled = cancelled.get();
            return SearchEngine::search(packs, query, running);
        },
        [this, token, query](SearchResult result) { deliver(token, query, result); });
    return token;
}

void SearchService::deliver(quint64 token, const QString &query, const SearchResult &result)
{
    if (token == m_token) { // a newer request makes this one stale
        Q_EMIT resultsReady(token, query, result);
    }
}

} // namespace qingnang
