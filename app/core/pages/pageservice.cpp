// SPDX-License-Identifier: MIT
#include "pageservice.h"

#include "pack/library.h"
#include "pack/packreader.h"
#include "search/searchservice.h"

namespace qingnang {

namespace {

bool isUserPage(const QUrl &url)
{
    const PageKind kind = pageurl::parse(url).kind;
    return kind == PageKind::History || kind == PageKind::Bookmarks;
}

} // namespace

struct PageService::Worker
{
    Library library;
    PageRenderer renderer{&library};
};

// What the reader's thread made of a request: the page, and for a results
// page what to search for.
struct PageService::Rendered
{
    Page page;
    std::optional<PageRenderer::SearchRequest> search;
};

PageService::PageService(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_reader(new PackReader(QStringLiteral("qingnang-pages"), library, this))
    , m_search(new SearchService(library, this))
    , m_userPages(library)
    , m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<Page>();
    connect(m_search, &SearchService::resultsReady, this,
            [this](quint64 token, const QString &, const SearchResult &result) {
                deliverSearch(token, result);
            });
}

PageService::~PageService() = default;

void PageService::setUserData(const UserData *userData)
{
    m_userPages.setUserData(userData);
}

void PageService::cancel()
{
    ++m_serial;
    m_search->cancel();
    m_searchSerial = 0;
}

quint64 PageService::request(const QUrl &url)
{
    cancel();
    const quint64 serial = m_serial;
    if (isUserPage(url)) {
        QMetaObject::invokeMethod(
            this,
            [this, serial, url] {
                if (serial == m_serial) {
                    Q_EMIT pageReady(serial, m_userPages.render(url));
                }
            },
            Qt::QueuedConnection);
        return serial;
    }
    const Library::State state = m_library->state();
    m_reader->post<Rendered>(
        state.packs,
        [worker = m_worker, state, url] {
            worker->library.setState(state);
            Rendered rendered{worker->renderer.render(url), std::nullopt};
            if (rendered.page.awaitingSearch) {
                rendered.search = worker->renderer.searchRequest(url);
            }
            return rendered;
        },
        [this, serial](const Rendered &rendered) { deliver(serial, rendered); });
    return serial;
}

quint64 PageService::requestForPrint(const QUrl &url)
{
    const quint64 serial = ++m_printSerial;
    if (isUserPage(url)) {
        QMetaObject::invokeMethod(
            this,
            [this, serial, url] {
                if (serial == m_printSerial) {
                    Q_EMIT printPageReady(serial, m_userPages.render(url));
                }
            },
            Qt::QueuedConnection);
        return serial;
    }
    const Library::State state = m_library->state();
    // renderForPrint() runs a results page's search right there: on the
    // reader's thread, where it may.
    m_reader->post<Page>(
        state.packs,
        [worker = m_worker, state, url] {
            worker->library.setState(state);
            return worker->renderer.renderForPrint(url);
        },
        [this, serial](const Page &page) {
            if (serial == m_printSerial) {
                Q_EMIT printPageReady(serial, page);
            }
        });
    return serial;
}

void PageService::deliver(quint64 serial, const Rendered &rendered)
{
    if (serial != m_serial) {
        return; // a newer request makes this one stale
    }
    if (rendered.search) {
        m_searchSerial = serial;
        m_searchUrl = rendered.page.url;
        m_searchToken = m_search->request(rendered.search->query, rendered.search->options);
    }
    Q_EMIT pageReady(serial, rendered.page);
}

void PageService::deliverSearch(quint64 token, const SearchResult &result)
{
    if (token != m_searchToken || m_searchSerial != m_serial) {
        return;
    }
    m_searchSerial = 0;
    const quint64 serial = m_serial;
    const QUrl url = m_searchUrl;
    const Library::State state = m_library->state();
    m_reader->post<Page>(
        state.packs,
        [worker = m_worker, state, url, result] {
            worker->library.setState(state);
            return worker->renderer.renderSearch(url, result);
        },
        [this, serial](const Page &page) {
            if (serial == m_serial) {
                Q_EMIT pageReady(serial, page);
            }
        });
}

} // namespace qingnang
