// SPDX-License-Identifier: MIT
// The results page: what a search found, a page at a time. The page never
// searches itself: searchRequest() says what to search for, and the caller
// runs it (SearchService, off the GUI thread) and hands the result back.
#include "htmlwriter.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pagerenderer.h"
#include "search/queryplan.h"

namespace qingnang {

using namespace html;

std::optional<PageRenderer::SearchRequest> PageRenderer::searchRequest(const QUrl &url) const
{
    const PageAddress address = pageurl::parse(url);
    if (address.kind != PageKind::Search) {
        return std::nullopt;
    }
    SearchRequest request;
    request.query = address.query.left(QueryPlan::maxQueryLength * 2);
    // One more than counted tells that there are more.
    request.options.limit = searchResultLimit + 1;
    if (!address.slug.isEmpty()) {
        if (const auto pack = m_library->packById(address.packId)) {
            if (const auto scope = pack->topicBySlug(address.slug)) {
                request.options.scopeTopicId = scope->id;
                request.options.scopePackId = pack->id();
            }
        }
    }
    return request;
}

Page PageRenderer::renderSearch(const QUrl &url, const SearchResult &result) const
{
    const PageAddress address = pageurl::parse(url);
    Page page = address.kind == PageKind::Search ? searchPage(address, &result) : notFound(url);
    page.url = url;
    return page;
}

Page PageRenderer::searchPage(const PageAddress &address, const SearchResult *result) const
{
    Page page;
    page.kind = PageKind::Search;
    page.found = true;
    const QString query = address.query.left(QueryPlan::maxQueryLength * 2);
    page.title = tr("搜索：%1").arg(query);
    page.breadcrumb = {{tr("首页"), pageurl::start()}, {tr("搜索"), {}}};
    std::optional<Topic> scope;
    if (!address.slug.isEmpty()) {
        if (const auto pack = m_library->packById(address.packId)) {
            scope = pack->topicBySlug(address.slug);
            if (scope) {
                page.pack = pack;
                page.topicId = scope->id;
            }
        }
    }
    QString html = heading(1, tr("搜索「%1」").arg(query));
    if (scope) {
        html += QStringLiteral("<p class=\"meta\">%1 %2</p>\n")
                    .arg(esc(tr("只在「%1」中搜索。").arg(scope->title)),
                         link(pageurl::search(query), tr("搜索全部内容包")));
    }
    if (!result) {
        page.awaitingSearch = true;
        page.html = html + hint(tr("正在搜索…"));
        return page;
    }
    if (result->alert) {
        html += alertBox(*result->alert);
    }
    const qsizetype total = qMin<qsizetype>(result->hits.size(), searchResultLimit);
    const bool more = result->hits.size() > searchResultLimit;
    const int pages = int((total + searchPageSize - 1) / searchPageSize);
    const int current = qBound(1, address.page, qMax(1, pages));
    // Did you mean: one click searches the suggestion.
    const QString suggestion =
        result->suggestion.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"suggestion\">%1%2</p>\n")
                  .arg(esc(tr("你是不是要找：")),
                       link(pageurl::search(result->suggestion), result->suggestion));
    if (total == 0) {
        // Plain words, then what helps (docs/search.md).
        html += paragraph(tr("没有找到与「%1」有关的内容。").arg(query));
        if (result->outsideScope) {
            html += paragraph(tr("青囊收录的是健康知识：疾病、症状、检查、用药、急救和保健。"
                                 "这个问题看起来与健康无关。如果你想问的是身体上的不适，"
                                 "请直接写出哪里不舒服，例如「胃疼」「孩子发烧」。"));
        }
        html += suggestion;
        if (!result->nearTopics.isEmpty()) {
            QStringList near;
            for (const TopicLink &topic : result->nearTopics) {
                near.append(link(topic.url, topic.text));
            }
            html += QStringLiteral("<p>%1%2</p>\n")
                        .arg(esc(tr("相近的专题：")), near.join(QStringLiteral("、")));
        }
        QStringList browse;
        if (result->symptomsPage.isValid()) {
            browse.append(link(result->symptomsPage, tr("按症状查找")));
        }
        browse.append(link(pageurl::start(), tr("浏览全部科室")));
        html += QStringLiteral("<p>%1</p>\n").arg(browse.join(QStringLiteral(" · ")));
        html += hint(tr("可以换一个说法，或只输入关键的词，例如病名或症状。"));
        page.html = html;
        return page;
    }
    html += suggestion;
    html += paragraph(more ? tr("找到 %1 条以上的结果。").arg(number(total))
                           : tr("找到 %1 条结果。").arg(number(total)),
                      QStringLiteral("meta"));
    const QStringList kinds{tr("专题"), tr("文章"), tr("问答")};
    const qsizetype first = qsizetype(current - 1) * searchPageSize;
    for (qsizetype i = first; i < total && i < first + searchPageSize; ++i) {
        const SearchHit &hit = result->hits.at(i);
        QString snippet = esc(hit.snippet);
        snippet.replace(QChar(SearchHit::snippetOpen), QStringLiteral("<span class=\"hit\">"));
        snippet.replace(QChar(SearchHit::snippetClose), QStringLiteral("</span>"));
        html += QStringLiteral(
                    "<p class=\"result\"><span class=\"count\">%1</span> %2 "
                    "<span class=\"meta\">%3</span><br/><span class=\"excerpt\">%4</span></p>\n")
                    .arg(esc(kinds.value(int(hit.kind))), link(hit.url, hit.title), esc(hit.topic),
                         snippet);
    }
    html += pager(current, pages,
                  [&](int n) { return pageurl::search(query, address.slug, address.packId, n); });
    page.html = html;
    return page;
}

} // namespace qingnang
