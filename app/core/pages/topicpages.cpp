// SPDX-License-Identifier: MIT
// Departments and topics: a department lists its topics with their
// summaries (its sub-departments with theirs); a topic shows its summary,
// articles, first questions and related topics; and the full lists of a
// topic's articles and questions.
#include "htmlwriter.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pagerenderer.h"

namespace qingnang {

using namespace html;

namespace {

// Bounds on what one page lists, so that a pack with huge lists still renders quickly.
constexpr int listLimit = 1000;
// How much of a topic's summary a department's list shows.
constexpr int summaryChars = 60;

} // namespace

// The topics under a department, each with the start of its summary; a
// sub-department is a heading of its own with its topics under it.
QString PageRenderer::childTopicList(const Pack &pack, const Topic &topic) const
{
    const QString packId = packIdForLinks(pack);
    const QList<Topic> children = pack.childSummaries(topic.id, listLimit);
    if (children.isEmpty()) {
        return {};
    }
    QList<qint64> ids;
    for (const Topic &child : children) {
        ids.append(child.id);
    }
    const QHash<qint64, int> counts = pack.contentTopicCounts(ids);
    const auto item = [&](const Topic &child) -> QString {
        QString row =
            QStringLiteral("<li>%1").arg(link(pageurl::topic(child.slug, packId), child.title));
        if (!child.summary.isEmpty()) {
            row += QStringLiteral("<br/><span class=\"excerpt\">%1</span>")
                       .arg(esc(oneLine(child.summary, summaryChars)));
        }
        return row + QStringLiteral("</li>\n");
    };
    QString html;
    QString loose;
    for (const Topic &child : children) {
        if (child.childCount == 0) {
            loose += item(child);
            continue;
        }
        html += QStringLiteral("<h2>%1 <span class=\"count\">%2</span></h2>\n")
                    .arg(link(pageurl::topic(child.slug, packId), child.title),
                         esc(tr("%1 个专题").arg(number(counts.value(child.id)))));
        QString rows;
        for (const Topic &grandchild : pack.childSummaries(child.id, listLimit)) {
            rows += item(grandchild);
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<ul class=\"topic-list\">\n%1</ul>\n").arg(rows);
        }
    }
    if (!loose.isEmpty()) {
        // Topics right under the department come first, under its own heading.
        html = heading(2, html.isEmpty() ? tr("专题") : tr("其他专题")) +
               QStringLiteral("<ul class=\"topic-list\">\n%1</ul>\n").arg(loose) + html;
    }
    if (topic.childCount > children.size()) {
        html +=
            hint(tr("这里列出前 %1 个，其余的请在左侧目录中查看。").arg(number(children.size())));
    }
    return html;
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

    QString html = heading(1, topic->title);
    if (!topic->aliases.isEmpty()) {
        html += paragraph(tr("又称：%1").arg(topic->aliases.join(QStringLiteral("、"))),
                          QStringLiteral("meta"));
    }
    if (!topic->summary.isEmpty()) {
        html += paragraph(topic->summary, QStringLiteral("summary"));
    }
    if (topic->articleCount > 0) {
        const QList<ArticleRef> first = pack->articlesOf(topic->id, 0, 1);
        if (const auto article =
                first.isEmpty() ? std::nullopt : pack->articleBySlug(first.first().slug)) {
            html += emergencyBox(*pack, *article);
        }
    }
    html += childTopicList(*pack, *topic);

    // A book may have thousands of sections: the page lists the first ones.
    const QList<ArticleRef> articles = pack->articlesOf(topic->id, 0, topicArticlePreview);
    if (!articles.isEmpty()) {
        html += heading(2, tr("文章")) + QStringLiteral("<ul class=\"articles\">\n");
        for (const ArticleRef &article : articles) {
            html += QStringLiteral("<li>%1</li>\n")
                        .arg(link(pageurl::article(article.slug, packId), article.title));
        }
        html += QStringLiteral("</ul>\n");
        if (topic->articleCount > articles.size()) {
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(link(pageurl::topicArticles(topic->slug, packId),
                                  tr("全部 %1 篇文章 ›").arg(number(topic->articleCount)),
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
        html += heading(2, tr("相关专题")) +
                QStringLiteral("<p class=\"related\">%1</p>\n").arg(links.join(separator));
    }
    if (topic->childCount == 0 && articles.isEmpty() && topic->questionCount == 0) {
        html += hint(tr("这个专题还没有内容。"));
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
    QString html = QStringLiteral("<table class=\"section-head\" width=\"100%\"><tr>"
                                  "<td><h2>%1</h2></td><td align=\"right\">%2</td></tr></table>\n")
                       .arg(esc(tr("%1患者问答").arg(topic->title)),
                            link(pageurl::topicQuestions(topic->slug, packId),
                                 tr("全部 %1 个 ›").arg(number(topic->questionCount)),
                                 QStringLiteral("more")));
    html += qaTableStart();
    for (const QuestionSummary &question : pack.questionsOf(topic->id, Pack::listStart, 0, count)) {
        html += qaRow(question, pageurl::question(question.id, packId));
    }
    return html + qaTableEnd();
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
    page.title = tr("%1患者问答").arg(topic->title);
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(topic->id));
    page.breadcrumb.append({tr("患者问答"), {}});
    // The list itself is a paged list view; the HTML is a heading for it.
    page.html =
        heading(1, page.title) +
        paragraph(tr("共 %1 个问题").arg(number(topic->questionCount)), QStringLiteral("meta"));
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
    const int current = qMin(address.page, pages);
    page.kind = PageKind::TopicArticles;
    page.found = true;
    page.pack = pack;
    page.topicId = topic->id;
    page.title = tr("%1 · 文章").arg(topic->title);
    page.breadcrumb = crumbsFor(*pack, pack->topicPath(topic->id));
    page.breadcrumb.append({tr("文章"), {}});

    const int first = (current - 1) * articlePageSize;
    QString html =
        heading(1, page.title) +
        paragraph(tr("共 %1 篇").arg(number(topic->articleCount)), QStringLiteral("meta"));
    const QList<ArticleRef> articles = pack->articlesOf(topic->id, first, articlePageSize);
    if (!articles.isEmpty()) {
        // Numbered by place in the topic (the reader ignores <ol start>).
        html += QStringLiteral("<table class=\"articles\">\n");
        int place = first;
        for (const ArticleRef &article : articles) {
            html +=
                QStringLiteral("<tr><td class=\"count\" align=\"right\">%1</td><td>%2</td></tr>\n")
                    .arg(number(++place),
                         link(pageurl::article(article.slug, packId), article.title));
        }
        html += QStringLiteral("</table>\n");
    } else {
        html += hint(tr("这个专题没有文章。"));
    }
    html += pager(current, pages,
                  [&](int n) { return pageurl::topicArticles(topic->slug, packId, n); });
    page.html = html;
    return page;
}

} // namespace qingnang
