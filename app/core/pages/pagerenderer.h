// SPDX-License-Identifier: MIT
#pragma once

#include "address/pageurl.h"
#include "pack/markdownlite.h"
#include "pack/packtypes.h"
#include "search/searchengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace qingnang {

class Library;
class Pack;
class UserData;

struct Crumb
{
    QString title;
    QUrl url; // empty for the current page itself
};

// One page of the reader, ready to show: its HTML body, or for a full Q&A
// list the topic whose questions a list view shows.
struct Page
{
    PageKind kind = PageKind::Invalid;
    QUrl url;
    QString title;
    QList<Crumb> breadcrumb;
    QString html;
    bool found = false;
    // A results page before its search has run: render() never searches;
    // the caller asks SearchService for searchRequest() and renders the
    // result with renderSearch().
    bool awaitingSearch = false;
    std::shared_ptr<Pack> pack; // the pack the page comes from, if any
    qint64 topicId = 0;         // the topic the page is of or in
    QString topicSlug;          // and its slug and title, for "search in this topic"
    QString topicTitle;
    int questionTotal = 0; // Q&A lists
};

// Turns qingnang: addresses into pages. Pure text work over a Library's packs:
// no widgets, so it is tested and fuzzed without a GUI. All pack text is
// HTML-escaped; links point only at qingnang: pages or anchors in the page.
// The page families live in files of their own: startpages.cpp (start,
// about, the A–Z index), topicpages.cpp (departments, topics and their
// lists), articlepages.cpp (articles and questions), searchpages.cpp and
// userpages.cpp (history, bookmarks); htmlwriter.h holds the small pieces.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(qingnang::PageRenderer)
public:
    explicit PageRenderer(const Library *library);

    // The user's data, for the history and bookmarks pages (none: they are empty).
    void setUserData(const UserData *userData) { m_userData = userData; }

    // The page at url. Reads the packs (and the user's data for its pages) but
    // never searches: a results page comes back awaitingSearch.
    Page render(const QUrl &url) const;
    // The same page for paper: a full Q&A list is written out as HTML (its
    // first printQuestionLimit questions) instead of being left to a list view.
    Page renderForPrint(const QUrl &url) const;

    // What a results page searches for (nothing for any other address).
    struct SearchRequest
    {
        QString query;
        SearchOptions options;
    };
    std::optional<SearchRequest> searchRequest(const QUrl &url) const;
    // The results page at url from the result of its searchRequest().
    Page renderSearch(const QUrl &url, const SearchResult &result) const;
    // render(), running a results page's search right here: for tools and the
    // headless PDF export, never for the window.
    Page renderComplete(const QUrl &url) const;

    // A pack's source (meta "source") as the reader says it: what qingnang-pack
    // import writes, "imported (FORMAT) from FILES", in the interface's language;
    // any other source as the pack has it.
    static QString sourceText(const QString &source);
    // What a pack holds, as "N 个专题、N 篇文章、N 个问答" joined by separator:
    // topics are those with articles or questions of their own (departments
    // are not counted), and a kind the pack has none of is left out.
    static QString countsText(const PackCounts &counts, const QString &separator);

    // Whether url is a page of the open packs, looked up, not rendered.
    bool pageExists(const QUrl &url) const;

    // How many questions a topic page, and an article's foot, list before "更多".
    static constexpr int topicQuestionPreview = 10;
    static constexpr int articleQuestionPreview = 5;
    // How many articles a topic page lists before "全部文章"; articles on one page of that list.
    static constexpr int topicArticlePreview = 100;
    static constexpr int articlePageSize = 200;
    static constexpr int printQuestionLimit = 2000;
    // Hits on one page of search results, and the most a results page counts.
    static constexpr int searchPageSize = 20;
    static constexpr int searchResultLimit = 200;
    // Pages read, on one page of the history.
    static constexpr int historyPageSize = 200;
    // Topics the A–Z index lists on one page, and the most of one pack it reads.
    static constexpr int indexPageSize = 1000;
    static constexpr int indexTopicLimit = 200000;

private:
    Page renderStart() const;
    Page renderAbout() const;
    Page renderIndex(const PageAddress &address) const;
    Page renderHistory(const PageAddress &address) const;
    Page renderBookmarks() const;
    Page renderTopic(const PageAddress &address, const std::shared_ptr<Pack> &pack) const;
    Page renderTopicQuestions(const PageAddress &address, const std::shared_ptr<Pack> &pack) const;
    Page renderTopicArticles(const PageAddress &address, const std::shared_ptr<Pack> &pack) const;
    Page renderArticle(const PageAddress &address, const std::shared_ptr<Pack> &pack) const;
    Page renderQuestion(const PageAddress &address, const std::shared_ptr<Pack> &pack) const;
    Page searchPage(const PageAddress &address, const SearchResult *result) const;
    Page notFound(const QUrl &url) const;

    QString childTopicList(const Pack &pack, const Topic &topic) const;
    // The box of signs that need 120 now, from an article's
    // 「什么时候要去医院」 section (its **立即拨打120：** list); empty when it has none,
    // and for pages that put their danger signs or steps first already.
    QString emergencyBox(const Pack &pack, const Article &article) const;
    QString alertBox(const Alert &alert) const;
    QString questionPreview(const Pack &pack, const std::optional<Topic> &topic, int count) const;
    // Who wrote a text, when, whether a physician reviewed it, under which licence.
    QString provenance(const Pack &pack, const QString &author, const QString &date) const;

    // A page of the reader's own one step below the start page (关于内容包,
    // 历史记录, 收藏与笔记): found, its breadcrumb 首页 > title.
    Page pageBelowStart(PageKind kind, const QString &title) const;
    QList<Crumb> crumbsFor(const Pack &pack, const QList<TopicNode> &path) const;
    QString packIdForLinks(const Pack &pack) const;
    TopicLinkResolver topicLinks(const Pack &pack) const;
    ArticleLinkResolver articleLinks(const Pack &pack) const;

    const Library *m_library;
    const UserData *m_userData = nullptr;
};

} // namespace qingnang
