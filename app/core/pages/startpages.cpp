// SPDX-License-Identifier: MIT
// The pages that lead into the packs: the start page (departments with their
// counts and the way to 症状, 急症与急救 and the index), the A–Z index of
// topics by pinyin, and the page about the open packs.
#include "htmlwriter.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pagerenderer.h"
#include "text/pinyinorder.h"

#include <algorithm>

namespace qingnang {

using namespace html;

namespace {

// Sub-departments a department's row on the start page names before "…".
constexpr int startPageChildren = 12;
// Departments of a pack the start page lists.
constexpr int startPageDepartments = 200;

// The departments a reader reaches in one click from the start page, when a
// pack has them at its top level (content.md).
const QStringList &shortcutDepartments()
{
    static const QStringList titles{QStringLiteral("症状"), QStringLiteral("急症与急救")};
    return titles;
}

} // namespace

Page PageRenderer::renderStart() const
{
    Page page;
    page.kind = PageKind::Start;
    page.found = true;
    page.title = tr("首页");
    page.breadcrumb = {{tr("首页"), {}}};
    QString html = heading(1, tr("欢迎使用青囊"));
    html += paragraph(tr("青囊是离线的中文健康知识阅读器：按科室和专题浏览文章与患者问答，"
                         "不需要联网。在左侧输入症状或病名即可搜索。"));
    if (m_library->isEmpty()) {
        html += paragraph(tr("现在没有打开任何内容包。"));
    }
    for (const auto &pack : m_library->packs()) {
        const PackInfo &info = pack->info();
        const QString packId = packIdForLinks(*pack);
        if (m_library->packs().size() > 1) {
            html += heading(2, m_library->displayTitle(*pack));
        }
        const QString held = countsText(info.counts, tr("、"));
        const QString date = info.contentDate.isEmpty() ? tr("未注明") : info.contentDate;
        html += paragraph(held.isEmpty() ? tr("还没有内容，内容日期 %1。").arg(date)
                                         : tr("收录 %1，内容日期 %2。").arg(held, date),
                          QStringLiteral("lead"));

        const QList<TopicNode> departments =
            pack->childTopics(0, Pack::listStart, 0, startPageDepartments);
        QStringList shortcuts;
        for (const QString &title : shortcutDepartments()) {
            const auto it =
                std::find_if(departments.begin(), departments.end(),
                             [&](const TopicNode &node) { return node.title == title; });
            if (it != departments.end()) {
                shortcuts.append(link(pageurl::topic(it->slug, packId),
                                      title + QStringLiteral(" ›"), QStringLiteral("shortcut")));
            }
        }
        shortcuts.append(
            link(pageurl::index(packId), tr("专题索引（A–Z）›"), QStringLiteral("shortcut")));
        html += QStringLiteral("<p class=\"shortcuts\">%1</p>\n").arg(shortcuts.join(separator));

        QList<qint64> ids;
        for (const TopicNode &department : departments) {
            ids.append(department.id);
        }
        const QHash<qint64, int> counts = pack->contentTopicCounts(ids);
        html += heading(2, tr("科室"));
        html += QStringLiteral("<table class=\"departments\" width=\"100%\">\n");
        for (const TopicNode &department : departments) {
            QStringList children;
            if (department.childCount > 0) {
                for (const TopicNode &child :
                     pack->childTopics(department.id, Pack::listStart, 0, startPageChildren)) {
                    children.append(link(pageurl::topic(child.slug, packId), child.title));
                }
                if (department.childCount > startPageChildren) {
                    children.append(link(pageurl::topic(department.slug, packId),
                                         tr("全部 %1 个…").arg(number(department.childCount))));
                }
            }
            html += QStringLiteral("<tr><td class=\"department\" nowrap>%1</td>"
                                   "<td class=\"count\" align=\"right\" nowrap>%2</td>"
                                   "<td class=\"topics\">%3</td></tr>\n")
                        .arg(link(pageurl::topic(department.slug, packId), department.title),
                             esc(tr("%1 个专题").arg(number(counts.value(department.id)))),
                             children.join(separator));
        }
        html += QStringLiteral("</table>\n");
    }
    page.html = html;
    return page;
}

Page PageRenderer::renderIndex(const PageAddress &address) const
{
    Page page;
    const auto pack = m_library->packById(address.packId);
    if (!pack) {
        return page;
    }
    const QString packId = packIdForLinks(*pack);
    page.kind = PageKind::Index;
    page.found = true;
    page.pack = pack;
    page.title = tr("专题索引");
    page.breadcrumb = {{tr("首页"), pageurl::start()}};
    if (m_library->packs().size() > 1) {
        page.breadcrumb.append({m_library->displayTitle(*pack), pageurl::start()});
    }
    page.breadcrumb.append({page.title, {}});

    struct Entry
    {
        PinyinKey key;
        TopicNode node;
    };
    QList<Entry> entries;
    for (const TopicNode &node : pack->contentTopics(indexTopicLimit)) {
        entries.append({PinyinKey::of(node.title), node});
    }
    const PinyinOrder order;
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        return order.less(a.key, a.node.title, b.key, b.node.title);
    });

    QString html = heading(1, page.title);
    html += paragraph(tr("「%1」的 %2 个专题，按拼音排序。")
                          .arg(m_library->displayTitle(*pack), number(entries.size())),
                      QStringLiteral("meta"));
    // One page when the pack is small; a letter at a time when it is large.
    const bool byLetter = entries.size() > indexPageSize;
    QStringList letters;
    QList<QChar> present;
    for (const Entry &entry : entries) {
        if (present.isEmpty() || present.last() != entry.key.letter) {
            present.append(entry.key.letter);
        }
    }
    const QChar chosen =
        byLetter ? (address.letter.isEmpty() ? (present.isEmpty() ? QChar() : present.first())
                                             : address.letter.front().toUpper())
                 : QChar();
    for (const QChar letter : present) {
        const QUrl target = byLetter ? pageurl::index(packId, QString(letter))
                                     : QUrl(QStringLiteral("#letter-%1").arg(letter));
        letters.append(letter == chosen ? QStringLiteral("<b>%1</b>").arg(esc(QString(letter)))
                                        : link(target, QString(letter)));
    }
    html += QStringLiteral("<p class=\"letters\">%1</p>\n").arg(letters.join(QLatin1Char(' ')));

    QChar current;
    int listed = 0;
    for (const Entry &entry : entries) {
        if (byLetter && entry.key.letter != chosen) {
            continue;
        }
        if (listed >= indexPageSize) {
            html += hint(tr("这里列出前 %1 个。").arg(number(listed)));
            break;
        }
        if (entry.key.letter != current) {
            if (!current.isNull()) {
                html += QStringLiteral("</p>\n");
            }
            current = entry.key.letter;
            html += QStringLiteral("<a name=\"letter-%1\"></a><h2>%1</h2>\n<p class=\"index\">")
                        .arg(esc(QString(current)));
        } else {
            html += esc(separator);
        }
        html += link(pageurl::topic(entry.node.slug, packId), entry.node.title);
        ++listed;
    }
    if (!current.isNull()) {
        html += QStringLiteral("</p>\n");
    }
    if (entries.isEmpty()) {
        html += hint(tr("这个内容包还没有专题。"));
    }
    page.html = html;
    return page;
}

namespace {

QString nonZero(qint64 count)
{
    return count > 0 ? number(count) : QString();
}

} // namespace

Page PageRenderer::renderAbout() const
{
    Page page = pageBelowStart(PageKind::About, tr("关于内容包"));
    QString html = heading(1, page.title);
    for (const auto &pack : m_library->packs()) {
        const PackInfo &info = pack->info();
        html += heading(2, info.title) + QStringLiteral("<table class=\"facts\">\n");
        const QList<std::pair<QString, QString>> rows = {
            {tr("来源"), sourceText(info.source)},
            {tr("内容日期"), info.contentDate},
            {tr("审核"), info.review},
            {tr("许可"), info.license},
            {tr("格式版本"), QString::number(info.schemaVersion)},
            // The counts of countsText(): none of a kind is left out.
            {tr("专题"), nonZero(info.counts.topicsWithContent)},
            {tr("文章"), nonZero(info.counts.articles)},
            {tr("问答"), nonZero(info.counts.questions)},
            {tr("文件"), info.path},
        };
        for (const auto &[label, value] : rows) {
            if (!value.isEmpty()) {
                html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
                            .arg(esc(label), esc(value));
            }
        }
        html += QStringLiteral("</table>\n");
        if (!info.description.isEmpty()) {
            html += paragraph(info.description);
        }
    }
    page.html = html;
    return page;
}

} // namespace qingnang
