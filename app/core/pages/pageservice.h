// SPDX-License-Identifier: MIT
#pragma once

#include "pagerenderer.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace qingnang {

class Library;
class PackReader;
class SearchService;
class UserData;

// Renders pages off the GUI thread. A request renders its address on a
// PackReader's thread, over a copy of the library's state taken when it was
// asked, and the page comes back by pageReady with the request's serial; a
// newer request makes the older ones stale, and their pages are dropped,
// never delivered. A results page comes twice under one serial: first
// awaitingSearch, then, once SearchService has searched, with its hits.
// The user's own pages (history, bookmarks) are rendered on this thread, to
// which the user's store belongs; they read no pack, and come queued too.
class PageService : public QObject
{
    Q_OBJECT
public:
    explicit PageService(Library *library, QObject *parent = nullptr);
    ~PageService() override;

    // The user's data, for the history and bookmarks pages (none: they are empty).
    void setUserData(const UserData *userData);

    // Renders the page at url; returns the request's serial.
    quint64 request(const QUrl &url);
    // Renders the page at url for paper (PageRenderer::renderForPrint);
    // printPageReady brings it. Print requests are stale only to newer print requests.
    quint64 requestForPrint(const QUrl &url);
    quint64 latestSerial() const { return m_serial; }
    quint64 latestPrintSerial() const { return m_printSerial; }
    // Makes every request made so far stale.
    void cancel();

Q_SIGNALS:
    void pageReady(quint64 serial, const qingnang::Page &page);
    void printPageReady(quint64 serial, const qingnang::Page &page);

private:
    struct Rendered;
    void deliver(quint64 serial, const Rendered &rendered);
    void deliverSearch(quint64 token, const SearchResult &result);

    Library *m_library;
    PackReader *m_reader;
    SearchService *m_search;
    // Renders the user's pages on this thread, over the library itself.
    PageRenderer m_userPages;
    // The reader thread's own library and renderer (touched only there).
    struct Worker;
    std::shared_ptr<Worker> m_worker;
    quint64 m_serial = 0;
    quint64 m_printSerial = 0;
    // The results page waiting for its search: its serial, address and search token.
    quint64 m_searchSerial = 0;
    QUrl m_searchUrl;
    quint64 m_searchToken = 0;
};

} // namespace qingnang

Q_DECLARE_METATYPE(qingnang::Page)
