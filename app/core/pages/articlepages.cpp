// SPDX-License-Identifier: MIT
// What a reader reads: an article (its outline, sections, neighbours and the
// topic's first questions) and a question with every answer, each with where
// it comes from.
#include "htmlwriter.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pagerenderer.h"

namespace qingnang {

using namespace html;

Page PageRenderer::renderArticle(const PageAddress &address,
                                 const std::shared_ptr<Pack> &pack) const
{
    Page page;
    const std::optional<Article> article = pack->articleBySlug(address.slug);
    if (!article) {
        return page;
    }
    const QString packId = packIdForLinks(*pack);
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
    QString html =
        heading(1, article->title) + paragraph(meta.join(separator), QStringLiteral("meta"));
    html += provenance(*pack, article->source, article->updated);
    html += emergencyBox(*pack, *article);

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
            html += heading(2, section.heading);
        }
        html += markdownToHtml(section.body, links, articleLinks(*pack));
    }
    // The neighbours in the topic's order: the way through a book, section by section.
    const auto [previous, next] = pack->neighbourArticles(article->id);
    QStringList neighbours;
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
        page.breadcrumb.append({tr("患者问答"), listUrl});
    }
    page.breadcrumb.append({question->title, {}});

    QString html = heading(1, question->title);
    if (!question->body.isEmpty() && question->body != question->title) {
        html += QStringLiteral("<div class=\"question-body\">%1</div>\n")
                    .arg(markdownToHtml(question->body));
    }
    html += heading(2, tr("%1个回答").arg(number(question->answers.size())));
    const TopicLinkResolver links = topicLinks(*pack);
    int answer = 0;
    for (const Answer &text : question->answers) {
        html += QStringLiteral("<p class=\"answer-label\">%1</p>\n<div class=\"answer\">%2</div>\n")
                    .arg(esc(tr("回答 %1").arg(++answer)), markdownToHtml(text.body, links));
    }
    if (question->answers.isEmpty()) {
        html += hint(tr("这个问题还没有回答。"));
    }
    // A question is written with its topic: it carries the date of the topic's
    // article, and the pack's content date only when the topic has none.
    QString written;
    if (hasTopic) {
        const QList<ArticleRef> articles = pack->articlesOf(question->topicId, 0, 1);
        if (!articles.isEmpty()) {
            written = articles.first().updated;
        }
    }
    html += provenance(*pack, QString(), written);
    if (hasTopic) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(link(listUrl, tr("‹ 返回%1患者问答").arg(path.last().title)));
    }
    page.html = html;
    return page;
}

} // namespace qingnang
