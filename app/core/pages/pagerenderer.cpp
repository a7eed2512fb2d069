// SPDX-License-Identifier: MIT
#include "pagerenderer.h"

#include "pack/library.h"
#include "pack/markdownlite.h"
#include "pack/pack.h"
#include "search/queryplan.h"
#include "search/searchengine.h"
#include "userdata/userdata.h"
#include "util/logging.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace qingnang {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString href(const QUrl &url)
{
    return esc(url.toString(QUrl::FullyEncoded));
}

QString link(const QUrl &url, const QString &text, const QString &cssClass = {})
{
    const QString classAttribute =
        cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
    return QStringLiteral("<a href=\"%1\"%2>%3</a>").arg(href(url), classAttribute, esc(text));
}

const QString separator = QStringLiteral(" · ");

// The reader's measure is about 38 characters; an excerpt in the smaller muted
// type, beside the answer count, fits one line at this length.
constexpr int excerptChars = 32;

QString oneLine(const QString &text, int maxChars)
{
    if (text.size() <= maxChars) {
        return text;
    }
    int cut = maxChars;
    if (text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    QString result = text.left(cut);
    while (result.endsWith(QChar(0x2026)) || result.endsWith(QLatin1Char(' '))) {
        result.chop(1);
    }
    return result + QChar(0x2026);
}

// Bounds on what one page lists, so that a pack with huge lists still renders quickly.
constexpr int listLimit = 1000;
constexpr int startPageTopics = 12;

} // namespace

PageRenderer::PageRenderer(const Library *library)
    : m_library(library)
{}

QString PageRenderer::packIdForLinks(const Pack &pack) const
{
    // Pages of the primary pack keep the short addresses of product.md.
    const auto primary = m_library->primaryPack();
    return primary && primary.get() == &pack ? QString() : pack.id();
}

// Links in pack text ([text](topic:slug)) lead to topics of the same pack.
TopicLinkResolver PageRenderer::topicLinks(const Pack &pack) const
{
    return [packId = packIdForLinks(pack)](const QString &slug) {
        return pageurl::topic(slug, packId);
    };
}

QList<Crumb> PageRenderer::crumbsFor(const Pack &pack, const QList<TopicNode> &path) const
{
    QList<Crumb> crumbs{{tr("专题"), pageurl::start()}};
    if (m_library->packs().size() > 1) {
        crumbs.append({pack.title(), pageurl::start()});
    }
    const QString packId = packIdForLinks(pack);
    for (const TopicNode &node : path) {
        crumbs.append({node.title, pageurl::topic(node.slug, packId)});
    }
    return crumbs;
}

Page PageRenderer::render(const QUrl &url) const
{
    const PageAddress address = pageurl::parse(url);
    Page page;
    switch (address.kind) {
    case PageKind::Start:
        page = renderStart();
        break;
    case PageKind::About:
        page = renderAbout();
        break;
    case PageKind::History:
        page = renderHistory(address);
        break;
    case PageKind::Bookmarks:
        page = renderBookmarks();
        break;
    case PageKind::Topic:
    case PageKind::TopicQuestions:
    case PageKind::TopicArticles:
    case PageKind::Article:
    case PageKind::Question: {
        const auto pack = m_library->packById(address.packId);
        if (!pack) {
            page = notFound(url);
        } else if (address.kind == PageKind::Topic) {
            page = renderTopic(address, pack);
        } else if (address.kind == PageKind::TopicQuestions) {
            page = renderTopicQuestions(address, pack);
        } else if (address.kind == PageKind::TopicArticles) {
            page = renderTopicArticles(address, pack);
        } else if (address.kind == PageKind::Article) {
            page = renderArticle(address, pack);
        } else {
            page = renderQuestion(address, pack);
        }
        break;
    }
    case PageKind::Search:
        page = renderSearch(address);
        break;
    case PageKind::Invalid:
        page = notFound(url);
        break;
    }
    if (!page.found) {
        page = notFound(url);
    }
    if (page.pack && page.topicId != 0 && page.topicSlug.isEmpty()) {
        if (const auto topic = page.pack->topic(page.topicId)) {
            page.topicSlug = topic->slug;
            page.topicTitle = topic->title;
        }
    }
    page.url = url;
    return page;
}

Page PageRenderer::renderForPrint(const QUrl &url) const
{
    Page page = render(url);
    if (page.kind != PageKind::TopicQuestions || !page.pack) {
        return page;
    }
    const QString packId = packIdForLinks(*page.pack);
    QString html = QStringLiteral("<table class=\"qa\" width=\"100%\">\n");
    int listed = 0;
    int afterPosition = Pack::listStart;
    qint64 afterId = 0;
    while (listed < printQuestionLimit) {
        const QList<QuestionSummary> batch = page.pack->questionsOf(
            page.topicId, afterPosition, afterId, qMin(500, printQuestionLimit - listed));
        for (const QuestionSummary &question : batch) {
            html += QStringLiteral("<tr><td class=\"question\">%1<br/><span class=\"excerpt\">%2"
                                   "</span></td><td class=\"count\" align=\"right\">%3</td></tr>\n")
                        .arg(link(pageurl::question(question.id, packId), question.title),
                             esc(oneLine(question.excerpt, excerptChars)),
                             esc(tr("%1个回答").arg(question.answerCount)));
        }
        listed += int(batch.size());
        if (batch.isEmpty()) {
            break;
        }
        afterPosition = batch.last().position;
        afterId = batch.last().id;
    }
    html += QStringLiteral("</table>\n");
    if (page.questionTotal > listed) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n")
                    .arg(esc(tr("这里列出前 %1 个问题。").arg(listed)));
    }
    page.html += html;
    return page;
}

Page PageRenderer::renderSearch(const PageAddress &address) const
{
    Page page;
    page.kind = PageKind::Search;
    page.found = true;
    const QString query = address.query.left(QueryPlan::maxQueryLength * 2);
    page.title = tr("搜索：%1").arg(query);
    page.breadcrumb = {{tr("专题"), pageurl::start()}, {tr("搜索"), {}}};

    SearchOptions options;
    options.limit = address.page * searchPageSize + 1; // one more tells whether a next page exists
    std::optional<Topic> scope;
    if (!address.slug.isEmpty()) {
        if (const auto pack = m_library->packById(address.packId)) {
            scope = pack->topicBySlug(address.slug);
            if (scope) {
                options.scopeTopicId = scope->id;
                options.scopePackId = pack->id();
                page.pack = pack;
                page.topicId = scope->id;
            }
        }
    }
    const SearchResult result = SearchEngine::search(m_library->packs(), query, options);

    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("搜索「%1」").arg(query)));
    if (scope) {
        html += QStringLiteral("<p class=\"meta\">%1 %2</p>\n")
                    .arg(esc(tr("只在「%1」中搜索。").arg(scope->title)),
                         link(pageurl::search(query), tr("搜索全部内容包")));
    }
    const qsizetype first = qsizetype(address.page - 1) * searchPageSize;
    if (result.hits.isEmpty()) {
        html +=
            QStringLiteral("<p class=\"hint\">%1</p>\n")
                .arg(esc(tr("没有找到结果。可以换一个说法，或只输入关键的词，例如病名或症状。")));
    } else if (first >= result.hits.size()) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(tr("没有更多结果了。")));
    }
    const QStringList kinds{tr("专题"), tr("文章"), tr("问答")};
    for (qsizetype i = first; i < result.hits.size() && i < first + searchPageSize; ++i) {
        const SearchHit &hit = result.hits.at(i);
        QString snippet = esc(hit.snippet);
        snippet.replace(QChar(SearchHit::snippetOpen), QStringLiteral("<span class=\"hit\">"));
        snippet.replace(QChar(SearchHit::snippetClose), QStringLiteral("</span>"));
        html += QStringLiteral(
                    "<p class=\"result\"><span class=\"count\">%1</span> %2 "
                    "<span class=\"meta\">%3</span><br/><span class=\"excerpt\">%4</span></p>\n")
                    .arg(esc(kinds.value(int(hit.kind))), link(hit.url, hit.title), esc(hit.topic),
                         snippet);
    }
    QStringList pages;
    if (address.page > 1) {
        pages.append(link(pageurl::search(query, address.slug, address.packId, address.page - 1),
                          tr("‹ 上一页")));
    }
    if (result.hits.size() > first + searchPageSize) {
        pages.append(link(pageurl::search(query, address.slug, address.packId, address.page + 1),
                          tr("下一页 ›")));
    }
    if (!pages.isEmpty()) {
        html += QStringLiteral("<p>%1 <span class=\"count\">%2</span></p>\n")
                    .arg(pages.join(QStringLiteral("　")), esc(tr("第 %1 页").arg(address.page)));
    }
    page.html = html;
    return page;
}

Page PageRenderer::notFound(const QUrl &url) const
{
    Page page;
    page.kind = PageKind::Invalid;
    page.title = tr("找不到页面");
    page.breadcrumb = {{tr("专题"), pageurl::start()}, {page.title, {}}};
    page.html = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p class=\"meta\">%3</p>\n<p>%4</p>\n")
                    .arg(esc(page.title), esc(tr("打开的内容包里没有这个页面。")),
                         esc(url.toDisplayString()), link(pageurl::start(), tr("回到首页")));
    return page;
}

Page PageRenderer::renderStart() const
{
    Page page;
    page.kind = PageKind::Start;
    page.found = true;
    page.title = tr("首页");
    page.breadcrumb = {{tr("专题"), {}}};
    QString html;
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("欢迎使用青囊")));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(esc(tr(
                "青囊是离线的中文健康知识阅读器：按科室和专题浏览文章与患者问答，不需要联网。")));
    if (m_library->isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("现在没有打开任何内容包。")));
    }
    const QLocale locale(QLocale::Chinese, QLocale::China);
    for (const auto &pack : m_library->packs()) {
        const PackInfo &info = pack->info();
        const QString packId = packIdForLinks(*pack);
        if (m_library->packs().size() > 1) {
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(info.title));
        }
        html +=
            QStringLiteral("<p class=\"lead\">%1</p>\n")
                .arg(esc(tr("「%1」收录 %2 个专题、%3 篇文章、%4 个问答，内容日期 %5。")
                             .arg(info.title, locale.toString(info.counts.topicsWithContent),
                                  locale.toString(info.counts.articles),
                                  locale.toString(info.counts.questions),
                                  info.contentDate.isEmpty() ? tr("未注明") : info.contentDate)));
        if (!info.description.isEmpty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(info.description));
        }
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("科室")));
        for (const TopicNode &department : pack->childTopics(0, Pack::listStart, 0, listLimit)) {
            html += QStringLiteral("<h3>%1 <span class=\"count\">%2</span></h3>\n")
                        .arg(link(pageurl::topic(department.slug, packId), department.title),
                             esc(tr("%1篇文章 · %2个问答")
                                     .arg(department.totalArticles)
                                     .arg(department.totalQuestions)));
            QStringList children;
            for (const TopicNode &child :
                 pack->childTopics(department.id, Pack::listStart, 0, startPageTopics)) {
                children.append(link(pageurl::topic(child.slug, packId), child.title));
            }
            if (department.childCount > startPageTopics) {
                children.append(link(pageurl::topic(department.slug, packId),
                                     tr("全部 %1 个…").arg(department.childCount)));
            }
            if (!children.isEmpty()) {
                html +=
                    QStringLiteral("<p class=\"topics\">%1</p>\n").arg(children.join(separator));
            }
        }
    }
    html += QStringLiteral("<p class=\"hint\">%1</p>\n")
                .arg(esc(tr("在左侧的科室目录中选择专题开始阅读。")));
    page.html = html;
    return page;
}

Page PageRenderer::renderAbout() const
{
    Page page;
    page.kind = PageKind::About;
    page.found = true;
    page.title = tr("关于内容包");
    page.breadcrumb = {{tr("专题"), pageurl::start()}, {page.title, {}}};
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(page.title));
    for (const auto &pack : m_library->packs()) {
        const PackInfo &info = pack->info();
        html += QStringLiteral("<h2>%1</h2>\n<table class=\"facts\">\n").arg(esc(info.title));
        const QList<std::pair<QString, QString>> rows = {
            {tr("来源"), info.source},
            {tr("内容日期"), info.contentDate},
            {tr("许可"), info.license},
            {tr("格式版本"), QString::number(info.schemaVersion)},
            {tr("专题"), QString::number(info.counts.topics)},
            {tr("文章"), QString::number(info.counts.articles)},
            {tr("问答"), QString::number(info.counts.questions)},
            {tr("文件"), info.path},
        };
        for (const auto &[label, value] : rows) {
            if (!value.isEmpty()) {
                html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
                            .arg(esc(label), esc(value));
            }
        }
        html += QStringLiteral("</table>\n");
    }
    page.html = html;
    return page;
}

Page PageRenderer::renderHistory(const PageAddress &address) const
{
    Page page;
    page.kind = PageKind::History;
    page.found = true;
    page.title = tr("历史记录");
    page.breadcrumb = {{tr("专题"), pageurl::start()}, {page.title, {}}};
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(page.title));
    const int total = m_userData ? m_userData->historyCount() : 0;
    if (total == 0) {
        page.html = html + QStringLiteral("<p class=\"hint\">%1</p>\n")
                               .arg(esc(tr("还没有阅读记录。打开的页面会记在这里。")));
        return page;
    }
    const int pages = (total + historyPageSize - 1) / historyPageSize;
    const int current = qMin(address.page, pages);
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(tr("共 %1 个页面。清除历史记录：“前往”菜单或首选项。").arg(total)));
    const QLocale locale;
    QDate day;
    bool open = false;
    for (const HistoryEntry &entry :
         m_userData->history(historyPageSize, (current - 1) * historyPageSize)) {
        const QDateTime local = entry.lastVisit.toLocalTime();
        if (local.date() != day) {
            if (open) {
                html += QStringLiteral("</table>\n");
            }
            day = local.date();
            const QDate today = QDate::currentDate();
            const QString dayName = day == today ? tr("今天")
                                    : day == today.addDays(-1)
                                        ? tr("昨天")
                                        : locale.toString(day, QLocale::LongFormat);
            html += QStringLiteral("<h2>%1</h2>\n<table class=\"qa\" width=\"100%\">\n")
                        .arg(esc(dayName));
            open = true;
        }
        const QString title = entry.title.isEmpty() ? entry.url.toString() : entry.title;
        const QString visits = entry.visitCount > 1 ? tr("%1 次").arg(entry.visitCount) : QString();
        html += QStringLiteral("<tr><td class=\"count\" width=\"56\" nowrap>%1</td><td>%2</td>"
                               "<td class=\"count\" align=\"right\">%3</td></tr>\n")
                    .arg(esc(locale.toString(local.time(), QStringLiteral("HH:mm"))),
                         link(entry.url, title), esc(visits));
    }
    if (open) {
        html += QStringLiteral("</table>\n");
    }
    if (pages > 1) {
        QStringList nav;
        if (current > 1) {
            nav.append(link(pageurl::history(current - 1), tr("‹ 较新")));
        }
        nav.append(esc(tr("第 %1 页，共 %2 页").arg(current).arg(pages)));
        if (current < pages) {
            nav.append(link(pageurl::history(current + 1), tr("较早 ›")));
        }
        html += QStringLiteral("<p class=\"neighbours\">%1</p>\n").arg(nav.join(separator));
    }
    page.html = html;
    return page;
}

Page PageRenderer::renderBookmarks() const
{
    Page page;
    page.kind = PageKind::Bookmarks;
    page.found = true;
    page.title = tr("收藏与笔记");
    page.breadcrumb = {{tr("专题"), pageurl::start()}, {page.title, {}}};
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(page.title));
    if (!m_userData) {
        page.html = html;
        return page;
    }
    QHash<QString, QString> notes; // page URL → note text
    const QList<Note> allNotes = m_userData->notes();
    for (const Note &note : allNotes) {
        notes.insert(note.url.toString(), note.text);
    }
    QSet<QString> shown;
    auto listBookmarks = [&](const QList<Bookmark> &bookmarks) {
        QString rows;
        for (const Bookmark &bookmark : bookmarks) {
            const QString key = pageurl::withoutFragment(bookmark.url).toString();
            shown.insert(key);
            rows += QStringLiteral("<li>%1").arg(link(bookmark.url, bookmark.title));
            const auto note = notes.constFind(key);
            if (note != notes.constEnd()) {
                rows += QStringLiteral("<br/><span class=\"excerpt\">%1</span>")
                            .arg(esc(oneLine(*note, 80)));
            }
            rows += QStringLiteral("</li>\n");
        }
        return rows.isEmpty() ? QString() : QStringLiteral("<ul>\n%1</ul>\n").arg(rows);
    };
    const QList<Bookmark> top = m_userData->bookmarks(0);
    const QList<BookmarkFolder> folders = m_userData->allFolders();
    if (top.isEmpty() && folders.isEmpty() && allNotes.isEmpty()) {
        page.html = html + QStringLiteral("<p class=\"hint\">%1</p>\n")
                               .arg(esc(tr("还没有收藏。在页面上按 Ctrl+D 收藏它，"
                                           "按 Ctrl+Shift+M 给它写一条笔记。")));
        return page;
    }
    html += listBookmarks(top);
    QHash<qint64, QString> paths;
    for (const BookmarkFolder &folder : folders) {
        const QString path = folder.parentId == 0 ? folder.name
                                                  : paths.value(folder.parentId) +
                                                        QStringLiteral(" › ") + folder.name;
        paths.insert(folder.id, path);
        const QString rows = listBookmarks(m_userData->bookmarks(folder.id));
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(path));
        html += rows.isEmpty() ? QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(tr("（空）")))
                               : rows;
    }
    QString loose;
    for (const Note &note : allNotes) {
        if (!shown.contains(note.url.toString())) {
            const QString title = note.pageTitle.isEmpty() ? note.url.toString() : note.pageTitle;
            loose += QStringLiteral("<li>%1<br/><span class=\"excerpt\">%2</span></li>\n")
                         .arg(link(note.url, title), esc(oneLine(note.text, 80)));
        }
    }
    if (!loose.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n").arg(esc(tr("其他笔记")), loose);
    }
    page.html = html;
    return page;
}

Page PageRenderer::renderTopic(const PageAddress &address, const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Topic> topic = pack->topicBySlug(address.slug);
    if (!topic) {
        return page;
    }
    const QString packId = packIdForLinks(*pack);
    page.kind = PageKind::Topic;
    page.found = true;
    page.pack = pack;
    page.topicId = topic->id;
    page.title = topic->title;
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(topic->id));
    page.breadcrumb.last().url = QUrl();

    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(topic->title));
    if (!topic->aliases.isEmpty()) {
        html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(esc(tr("又称：%1").arg(topic->aliases.join(QStringLiteral("、")))));
    }
    if (!topic->summary.isEmpty()) {
        html += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(esc(topic->summary));
    }

    const QList<TopicNode> children = pack->childTopics(topic->id, Pack::listStart, 0, listLimit);
    if (!children.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul class=\"topics\">\n").arg(esc(tr("下属专题")));
        for (const TopicNode &child : children) {
            html += QStringLiteral("<li>%1 <span class=\"count\">%2</span></li>\n")
                        .arg(link(pageurl::topic(child.slug, packId), child.title),
                             esc(tr("%1篇文章 · %2个问答")
                                     .arg(child.totalArticles)
                                     .arg(child.totalQuestions)));
        }
        html += QStringLiteral("</ul>\n");
        if (topic->childCount > children.size()) {
            html +=
                QStringLiteral("<p class=\"hint\">%1</p>\n")
                    .arg(esc(
                        tr("这里列出前 %1 个，其余的请在左侧目录中查看。").arg(children.size())));
        }
    }

    // A book may have thousands of sections: the page lists the first ones.
    const QList<ArticleRef> articles = pack->articlesOf(topic->id, 0, topicArticlePreview);
    if (!articles.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul class=\"articles\">\n").arg(esc(tr("文章")));
        for (const ArticleRef &article : articles) {
            html += QStringLiteral("<li>%1</li>\n")
                        .arg(link(pageurl::article(article.slug, packId), article.title));
        }
        html += QStringLiteral("</ul>\n");
        if (topic->articleCount > articles.size()) {
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(link(pageurl::topicArticles(topic->slug, packId),
                                  tr("全部 %1 篇文章 ›").arg(topic->articleCount),
                                  QStringLiteral("more")));
        }
    }

    html += questionPreview(*pack, topic, topicQuestionPreview);

    const QList<TopicNode> related = pack->relatedTopics(topic->id);
    if (!related.isEmpty()) {
        QStringList links;
        for (const TopicNode &node : related) {
            links.append(link(pageurl::topic(node.slug, packId), node.title));
        }
        html += QStringLiteral("<h2>%1</h2>\n<p class=\"related\">%2</p>\n")
                    .arg(esc(tr("相关专题")), links.join(separator));
    }
    if (children.isEmpty() && articles.isEmpty() && topic->questionCount == 0) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(tr("这个专题还没有内容。")));
    }
    page.html = html;
    return page;
}

QString PageRenderer::questionPreview(const Pack &pack, const std::optional<Topic> &topic,
                                      int count) const
{
    if (!topic || topic->questionCount == 0) {
        return {};
    }
    const QString packId = packIdForLinks(pack);
    QString html =
        QStringLiteral("<table class=\"section-head\" width=\"100%\"><tr>"
                       "<td><h2>%1</h2></td><td align=\"right\">%2</td></tr></table>\n")
            .arg(esc(tr("%1在线咨询").arg(topic->title)),
                 link(pageurl::topicQuestions(topic->slug, packId),
                      tr("更多 (%1) ›").arg(topic->questionCount), QStringLiteral("more")));
    html += QStringLiteral("<table class=\"qa\" width=\"100%\">\n");
    for (const QuestionSummary &question : pack.questionsOf(topic->id, Pack::listStart, 0, count)) {
        html += QStringLiteral("<tr><td class=\"question\">%1<br/><span class=\"excerpt\">%2"
                               "</span></td><td class=\"count\" align=\"right\">%3</td></tr>\n")
                    .arg(link(pageurl::question(question.id, packId), question.title),
                         esc(oneLine(question.excerpt, excerptChars)),
                         esc(tr("%1个回答").arg(question.answerCount)));
    }
    return html + QStringLiteral("</table>\n");
}

Page PageRenderer::renderTopicQuestions(const PageAddress &address,
                                        const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Topic> topic = pack->topicBySlug(address.slug);
    if (!topic) {
        return page;
    }
    page.kind = PageKind::TopicQuestions;
    page.found = true;
    page.pack = pack;
    page.topicId = topic->id;
    page.questionTotal = topic->questionCount;
    page.title = tr("%1在线咨询").arg(topic->title);
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(topic->id));
    page.breadcrumb.append({tr("在线咨询"), {}});
    // The list itself is a paged list view; the HTML is a heading for it.
    page.html = QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                    .arg(esc(page.title), esc(tr("共 %1 个问题").arg(topic->questionCount)));
    return page;
}

Page PageRenderer::renderTopicArticles(const PageAddress &address,
                                       const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Topic> topic = pack->topicBySlug(address.slug);
    if (!topic) {
        return page;
    }
    const QString packId = packIdForLinks(*pack);
    const int pages = qMax(1, (topic->articleCount + articlePageSize - 1) / articlePageSize);
    const int number = qMin(address.page, pages);
    page.kind = PageKind::TopicArticles;
    page.found = true;
    page.pack = pack;
    page.topicId = topic->id;
    page.title = tr("%1 · 文章").arg(topic->title);
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(topic->id));
    page.breadcrumb.append({tr("文章"), {}});

    const int first = (number - 1) * articlePageSize;
    QString html =
        QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
            .arg(
                esc(page.title),
                esc(tr("共 %1 篇，第 %2 / %3 页").arg(topic->articleCount).arg(number).arg(pages)));
    const QList<ArticleRef> articles = pack->articlesOf(topic->id, first, articlePageSize);
    if (!articles.isEmpty()) {
        // Numbered by place in the topic (the reader ignores <ol start>).
        html += QStringLiteral("<table class=\"articles\">\n");
        int number = first;
        for (const ArticleRef &article : articles) {
            html +=
                QStringLiteral("<tr><td class=\"count\" align=\"right\">%1</td><td>%2</td></tr>\n")
                    .arg(++number)
                    .arg(link(pageurl::article(article.slug, packId), article.title));
        }
        html += QStringLiteral("</table>\n");
    } else {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(tr("这个专题没有文章。")));
    }
    QStringList pager;
    if (number > 1) {
        pager.append(link(pageurl::topicArticles(topic->slug, packId, number - 1), tr("‹ 上一页")));
    }
    if (number < pages) {
        pager.append(link(pageurl::topicArticles(topic->slug, packId, number + 1), tr("下一页 ›")));
    }
    if (!pager.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(pager.join(QStringLiteral("　")));
    }
    page.html = html;
    return page;
}

Page PageRenderer::renderArticle(const PageAddress &address,
                                 const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Article> article = pack->articleBySlug(address.slug);
    if (!article) {
        return page;
    }
    page.kind = PageKind::Article;
    page.found = true;
    page.pack = pack;
    page.topicId = article->topicId;
    page.title = article->title;
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(article->topicId));
    page.breadcrumb.append({article->title, {}});

    QStringList meta;
    for (qsizetype i = 1; i < page.breadcrumb.size() - 1; ++i) {
        meta.append(page.breadcrumb.at(i).title);
    }
    if (!article->period.isEmpty() || !article->author.isEmpty()) {
        const QString period =
            article->period.isEmpty() ? QString() : QStringLiteral("〔%1〕").arg(article->period);
        meta.append(period + article->author);
    }
    if (!article->updated.isEmpty()) {
        meta.append(tr("更新于 %1").arg(article->updated));
    }
    if (!article->source.isEmpty()) {
        meta.append(tr("来源：%1").arg(article->source));
    }
    QString html = QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                       .arg(esc(article->title), esc(meta.join(separator)));

    const TopicLinkResolver links = topicLinks(*pack);
    QStringList outline;
    for (const Section &section : article->sections) {
        if (!section.heading.isEmpty()) {
            outline.append(QStringLiteral("<span class=\"nowrap\"><a href=\"#s%1\">%2</a></span>")
                               .arg(section.position)
                               .arg(esc(section.heading)));
        }
    }
    if (outline.size() > 1) {
        html += QStringLiteral("<p class=\"outline\">%1%2</p>\n")
                    .arg(esc(tr("本页目录：")), outline.join(separator));
    }
    for (const Section &section : article->sections) {
        html += QStringLiteral("<a name=\"s%1\"></a>").arg(section.position);
        if (!section.heading.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(section.heading));
        }
        html += markdownToHtml(section.body, links);
    }
    // The neighbours in the topic's order: the way through a book, section by section.
    const auto [previous, next] = pack->neighbourArticles(article->id);
    QStringList neighbours;
    const QString packId = packIdForLinks(*pack);
    if (previous.id != 0) {
        neighbours.append(
            link(pageurl::article(previous.slug, packId), tr("‹ 上一篇：%1").arg(previous.title)));
    }
    if (next.id != 0) {
        neighbours.append(
            link(pageurl::article(next.slug, packId), tr("下一篇：%1 ›").arg(next.title)));
    }
    if (!neighbours.isEmpty()) {
        html += QStringLiteral("<p class=\"neighbours\">%1</p>\n")
                    .arg(neighbours.join(QStringLiteral("　")));
    }
    html += questionPreview(*pack, pack->topic(article->topicId), articleQuestionPreview);
    page.html = html;
    return page;
}

Page PageRenderer::renderQuestion(const PageAddress &address,
                                  const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Question> question = pack->question(address.id);
    if (!question) {
        return page;
    }
    const QString packId = packIdForLinks(*pack);
    page.kind = PageKind::Question;
    page.found = true;
    page.pack = pack;
    page.topicId = question->topicId;
    page.title = question->title;
    const QList<TopicNode> path = pack->topicPath(question->topicId);
    page.breadcrumb = crumbsFor(*pack, path);
    // The topic's Q&A list, unless the question's topic is missing from a damaged pack.
    const bool hasTopic = !path.isEmpty() && path.last().id == question->topicId;
    const QUrl listUrl = hasTopic ? pageurl::topicQuestions(path.last().slug, packId) : QUrl();
    if (hasTopic) {
        page.breadcrumb.append({tr("在线咨询"), listUrl});
    }
    page.breadcrumb.append({question->title, {}});

    QString html = QStringLiteral("<h1>%1</h1>\n").arg(esc(question->title));
    if (!question->body.isEmpty() && question->body != question->title) {
        html += QStringLiteral("<div class=\"question-body\">%1</div>\n")
                    .arg(markdownToHtml(question->body));
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("%1个回答").arg(question->answers.size())));
    int number = 0;
    for (const Answer &answer : question->answers) {
        html += QStringLiteral("<p class=\"answer-label\">%1</p>\n<div class=\"answer\">%2</div>\n")
                    .arg(esc(tr("回答 %1").arg(++number)),
                         markdownToHtml(answer.body, topicLinks(*pack)));
    }
    if (question->answers.isEmpty()) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n").arg(esc(tr("这个问题还没有回答。")));
    }
    if (hasTopic) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(link(listUrl, tr("‹ 返回%1在线咨询").arg(path.last().title)));
    }
    page.html = html;
    return page;
}

} // namespace qingnang
