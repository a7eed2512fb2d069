// SPDX-License-Identifier: MIT
// The user's own pages: the history of pages read, and bookmarks with notes.
#include "htmlwriter.h"
#include "pagerenderer.h"
#include "userdata/userdata.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace qingnang {

using namespace html;

Page PageRenderer::renderHistory(const PageAddress &address) const
{
    Page page = pageBelowStart(PageKind::History, tr("历史记录"));
    QString html = heading(1, page.title);
    const int total = m_userData ? m_userData->history().count() : 0;
    if (total == 0) {
        page.html = html + hint(tr("还没有阅读记录。打开的页面会记在这里。"));
        return page;
    }
    const int pages = (total + historyPageSize - 1) / historyPageSize;
    const int current = qMin(address.page, pages);
    html += paragraph(tr("共 %1 个页面。清除历史记录：“前往”菜单或首选项。").arg(number(total)),
                      QStringLiteral("meta"));
    const QLocale locale;
    QDate day;
    bool open = false;
    for (const HistoryEntry &entry :
         m_userData->history().entries(historyPageSize, (current - 1) * historyPageSize)) {
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
    html += pager(current, pages, [](int n) { return pageurl::history(n); });
    page.html = html;
    return page;
}

Page PageRenderer::renderBookmarks() const
{
    Page page = pageBelowStart(PageKind::Bookmarks, tr("收藏与笔记"));
    QString html = heading(1, page.title);
    if (!m_userData) {
        page.html = html;
        return page;
    }
    QHash<QString, QString> notes; // page URL → note text
    const QList<Note> allNotes = m_userData->notes().all();
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
    const QList<Bookmark> top = m_userData->bookmarks().inFolder(0);
    const QList<BookmarkFolder> folders = m_userData->bookmarks().allFolders();
    if (top.isEmpty() && folders.isEmpty() && allNotes.isEmpty()) {
        page.html = html + hint(tr("还没有收藏。在页面上按 Ctrl+D 收藏它，"
                                   "按 Ctrl+Shift+M 给它写一条笔记。"));
        return page;
    }
    if (!top.isEmpty() || !folders.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(link(pageurl::organizeBookmarks(),
                              tr("整理收藏：改名、移动、删除，管理文件夹 ›"),
                              QStringLiteral("shortcut")));
    }
    html += listBookmarks(top);
    QHash<qint64, QString> paths;
    for (const BookmarkFolder &folder : folders) {
        const QString path = folder.parentId == 0 ? folder.name
                                                  : paths.value(folder.parentId) +
                                                        QStringLiteral(" › ") + folder.name;
        paths.insert(folder.id, path);
        const QString rows = listBookmarks(m_userData->bookmarks().inFolder(folder.id));
        html += heading(2, path) + (rows.isEmpty() ? hint(tr("（空）")) : rows);
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

} // namespace qingnang
