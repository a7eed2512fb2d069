// SPDX-License-Identifier: MIT
#include "pagerenderer.h"

#include "htmlwriter.h"
#include "pack/library.h"
#include "pack/pack.h"

#include <QRegularExpression>

namespace qingnang {

using namespace html;

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

// Links in pack text ([text](article:slug), as ZIM imports write) lead to
// articles of the same pack.
ArticleLinkResolver PageRenderer::articleLinks(const Pack &pack) const
{
    return [packId = packIdForLinks(pack)](const QString &slug) {
        return pageurl::article(slug, packId);
    };
}

Page PageRenderer::pageBelowStart(PageKind kind, const QString &title) const
{
    Page page;
    page.kind = kind;
    page.found = true;
    page.title = title;
    page.breadcrumb = {{tr("首页"), pageurl::start()}, {title, {}}};
    return page;
}

QList<Crumb> PageRenderer::crumbsFor(const Pack &pack, const QList<TopicNode> &path) const
{
    QList<Crumb> crumbs{{tr("首页"), pageurl::start()}};
    if (m_library->packs().size() > 1) {
        crumbs.append({m_library->displayTitle(pack), pageurl::start()});
    }
    const QString packId = packIdForLinks(pack);
    for (const TopicNode &node : path) {
        crumbs.append({node.title, pageurl::topic(node.slug, packId)});
    }
    return crumbs;
}

QString PageRenderer::sourceText(const QString &source)
{
    static const QRegularExpression imported(
        QStringLiteral("^imported \\(([A-Za-z0-9-]+)\\) from (.+)$"));
    const QRegularExpressionMatch match = imported.match(source);
    if (!match.hasMatch()) {
        return source;
    }
    return tr("从 %1 导入（%2 格式）").arg(match.captured(2), match.captured(1));
}

QString PageRenderer::countsText(const PackCounts &counts, const QString &separator)
{
    QStringList parts;
    if (counts.topicsWithContent > 0) {
        parts.append(tr("%1 个专题").arg(number(counts.topicsWithContent)));
    }
    if (counts.articles > 0) {
        parts.append(tr("%1 篇文章").arg(number(counts.articles)));
    }
    if (counts.questions > 0) {
        parts.append(tr("%1 个问答").arg(number(counts.questions)));
    }
    return parts.join(separator);
}

QString PageRenderer::provenance(const Pack &pack, const QString &author, const QString &date) const
{
    const PackInfo &info = pack.info();
    QStringList parts;
    const QString writer = author.isEmpty() ? sourceText(info.source) : author;
    if (!writer.isEmpty()) {
        parts.append(tr("来源：%1").arg(writer));
    }
    const QString written = date.isEmpty() ? info.contentDate : date;
    if (!written.isEmpty()) {
        parts.append(tr("编写日期 %1").arg(written));
    }
    if (!info.review.isEmpty()) {
        parts.append(info.review);
    }
    if (!info.license.isEmpty()) {
        parts.append(tr("许可：%1").arg(info.license));
    }
    return parts.isEmpty() ? QString()
                           : paragraph(parts.join(separator), QStringLiteral("provenance"));
}

QString PageRenderer::emergencyBox(const Pack &pack, const Article &article) const
{
    if (article.sections.isEmpty() ||
        article.sections.first().heading == QLatin1String("先看危险信号") ||
        article.sections.first().heading == QLatin1String("立即这样做")) {
        return {};
    }
    const Section &last = article.sections.last();
    if (last.heading != QLatin1String("什么时候要去医院")) {
        return {};
    }
    // The list under the bold **立即拨打120：** line, up to the next bold line.
    QStringList items;
    bool inList = false;
    for (const QString &raw : last.body.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("**"))) {
            if (inList) {
                break;
            }
            inList = line.contains(QLatin1String("立即拨打120"));
        } else if (inList && line.startsWith(QLatin1String("- "))) {
            items.append(line.mid(2));
        } else if (inList && !items.isEmpty() && !line.isEmpty()) {
            items.last() += line; // a list item's next line
        }
    }
    if (items.isEmpty()) {
        return {};
    }
    QString list = QStringLiteral("<ul>\n");
    for (const QString &item : items) {
        list += QStringLiteral("<li>%1</li>\n")
                    .arg(markdownToHtml(item, topicLinks(pack))
                             .remove(QStringLiteral("<p>"))
                             .remove(QStringLiteral("</p>\n")));
    }
    list += QStringLiteral("</ul>\n");
    return box(QStringLiteral("danger"), tr("⚠ 出现以下情况，立即拨打120："), list);
}

QString PageRenderer::alertBox(const Alert &alert) const
{
    const QString heading = alert.level == Alert::Level::Crisis      ? tr("请先看这里")
                            : alert.level == Alert::Level::Emergency ? tr("⚠ 可能是急症")
                                                                     : tr("⚠ 需要尽快就医");
    QString body = paragraph(alert.text);
    if (!alert.url.isEmpty()) {
        body += QStringLiteral("<p>%1</p>\n").arg(link(alert.url, tr("阅读相关页面 ›")));
    }
    return box(QStringLiteral("alert-") + alert.levelName, heading, body);
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
    case PageKind::Index:
        page = renderIndex(address);
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
        page = searchPage(address, nullptr);
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

Page PageRenderer::renderComplete(const QUrl &url) const
{
    const std::optional<SearchRequest> request = searchRequest(url);
    if (!request) {
        return render(url);
    }
    return renderSearch(url,
                        SearchEngine::search(m_library->packs(), request->query, request->options));
}

bool PageRenderer::pageExists(const QUrl &url) const
{
    const PageAddress address = pageurl::parse(url);
    switch (address.kind) {
    case PageKind::Start:
    case PageKind::About:
    case PageKind::History:
    case PageKind::Bookmarks:
    case PageKind::Search:
        return true;
    case PageKind::Index:
        return bool(m_library->packById(address.packId));
    case PageKind::Topic:
    case PageKind::TopicQuestions:
    case PageKind::TopicArticles:
    case PageKind::Article:
    case PageKind::Question:
        break;
    case PageKind::Invalid:
        return false;
    }
    const auto pack = m_library->packById(address.packId);
    if (!pack) {
        return false;
    }
    if (address.kind == PageKind::Article) {
        return pack->articleBySlug(address.slug).has_value();
    }
    if (address.kind == PageKind::Question) {
        return pack->question(address.id).has_value();
    }
    return pack->topicBySlug(address.slug).has_value();
}

Page PageRenderer::renderForPrint(const QUrl &url) const
{
    Page page = renderComplete(url);
    if (page.kind != PageKind::TopicQuestions || !page.pack) {
        return page;
    }
    const QString packId = packIdForLinks(*page.pack);
    QString html = qaTableStart();
    int listed = 0;
    int afterPosition = Pack::listStart;
    qint64 afterId = 0;
    while (listed < printQuestionLimit) {
        const QList<QuestionSummary> batch = page.pack->questionsOf(
            page.topicId, afterPosition, afterId, qMin(500, printQuestionLimit - listed));
        for (const QuestionSummary &question : batch) {
            html += qaRow(question, pageurl::question(question.id, packId));
        }
        listed += int(batch.size());
        if (batch.isEmpty()) {
            break;
        }
        afterPosition = batch.last().position;
        afterId = batch.last().id;
    }
    html += qaTableEnd();
    if (page.questionTotal > listed) {
        html += hint(tr("这里列出前 %1 个问题。").arg(number(listed)));
    }
    page.html += html;
    return page;
}

Page PageRenderer::notFound(const QUrl &url) const
{
    Page page;
    page.kind = PageKind::Invalid;
    const PageAddress address = pageurl::parse(url);
    // A page of a pack closed in this run (a bookmark, a note, Back) says so
    // and offers to open the pack again, rather than a bare "not found".
    const auto closed =
        address.kind == PageKind::Invalid ? std::nullopt : m_library->closedPackFor(address.packId);
    if (closed) {
        page.title = tr("内容包已关闭");
        page.breadcrumb = {{tr("首页"), pageurl::start()}, {page.title, {}}};
        page.html =
            heading(1, page.title) +
            paragraph(tr("这个页面在内容包「%1」中，它已经关闭。").arg(closed->title)) +
            QStringLiteral("<p>%1</p>\n")
                .arg(link(pageurl::reopenPack(closed->id),
                          tr("重新打开「%1」").arg(closed->title))) +
            paragraph(tr("也可以用菜单「文件 › 重新打开内容包」。"), QStringLiteral("meta")) +
            paragraph(url.toDisplayString(), QStringLiteral("meta")) +
            QStringLiteral("<p>%1</p>\n").arg(link(pageurl::start(), tr("回到首页")));
        return page;
    }
    page.title = tr("找不到页面");
    page.breadcrumb = {{tr("首页"), pageurl::start()}, {page.title, {}}};
    page.html = heading(1, page.title) + paragraph(tr("打开的内容包里没有这个页面。")) +
                paragraph(url.toDisplayString(), QStringLiteral("meta")) +
                QStringLiteral("<p>%1</p>\n").arg(link(pageurl::start(), tr("回到首页")));
    return page;
}

} // namespace qingnang
