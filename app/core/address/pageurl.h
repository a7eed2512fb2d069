// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace qingnang {

// The pages of the reader and their qingnang: addresses (product.md):
//   qingnang:/                      start page
//   qingnang:/topic/<slug>          a topic (department, sub-department or topic)
//   qingnang:/topic/<slug>/qa       the topic's full Q&A list
//   qingnang:/topic/<slug>/articles every article of the topic, a page at a time (?page=N)
//   qingnang:/article/<slug>        an article; #s<N> is its N-th section
//   qingnang:/question/<id>         a question with every answer
//   qingnang:/search?q=…            search results (&page=N; &topic=<slug> keeps to a topic)
//   qingnang:/index                 the A–Z index of a pack's topics (?letter=X for one letter)
//   qingnang:/about                 about the open packs
//   qingnang:/history               the pages read, the latest first (?page=N)
//   qingnang:/bookmarks             the user's bookmarks (收藏), in their folders, and notes
// A page of a pack other than the primary one carries ?pack=<pack id>.
enum class PageKind {
    Start,
    Topic,
    TopicQuestions,
    TopicArticles,
    Article,
    Question,
    Search,
    Index,
    About,
    History,
    Bookmarks,
    Invalid
};

struct PageAddress
{
    PageKind kind = PageKind::Invalid;
    QString slug;   // topic or article
    qint64 id = 0;  // question
    QString packId; // empty: the primary pack
    QString query;  // search
    int page = 1;   // search, topic articles: which page
    QString letter; // index: one letter of it
    QString fragment;
};

namespace pageurl {

inline constexpr char scheme[] = "qingnang";

PageAddress parse(const QUrl &url);

QUrl start();
QUrl about();
QUrl index(const QString &packId = {}, const QString &letter = {});
QUrl history(int page = 1);
QUrl bookmarks();
QUrl topic(const QString &slug, const QString &packId = {});
QUrl topicQuestions(const QString &slug, const QString &packId = {});
QUrl topicArticles(const QString &slug, const QString &packId = {}, int page = 1);
QUrl article(const QString &slug, const QString &packId = {}, int section = 0);
QUrl question(qint64 id, const QString &packId = {});
// A search results page; with a topic slug, only that topic and what lies beneath it.
QUrl search(const QString &query, const QString &topicSlug = {}, const QString &packId = {},
            int page = 1);

// Not a page: a link asking the window to open again a pack closed in this
// run (qingnang:/reopen?pack=<id>) and to show again the page it was on.
QUrl reopenPack(const QString &packId);
// The pack id such a link names; empty for every other address.
QString reopenPackId(const QUrl &url);

// Not a page either: a link on 收藏与笔记 asking the window to open 整理收藏,
// where bookmarks and folders are renamed, moved and removed.
QUrl organizeBookmarks();
bool isOrganizeBookmarks(const QUrl &url);

// The same page without its fragment: two addresses that differ only in the
// fragment show one page, scrolled differently.
QUrl withoutFragment(const QUrl &url);

} // namespace pageurl

} // namespace qingnang
