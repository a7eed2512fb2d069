// SPDX-License-Identifier: MIT
#include "htmlwriter.h"

#include "util/numbers.h"
#include <QCoreApplication>

#include <QLocale>

namespace qingnang::html {

namespace {

// The reader's measure is about 38 characters; an excerpt in the smaller muted
// type, beside the answer count, fits one line at this length.
constexpr int excerptChars = 32;

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QUrl &url, const QString &text, const QString &cssClass)
{
    const QString classAttribute =
        cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
    return QStringLiteral("<a href=\"%1\"%2>%3</a>")
        .arg(esc(url.toString(QUrl::FullyEncoded)), classAttribute, esc(text));
}

QString number(qint64 value)
{
    return groupedNumber(value);
}

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

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text));
}

QString paragraph(const QString &text, const QString &cssClass)
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, esc(text));
}

QString hint(const QString &text)
{
    return paragraph(text, QStringLiteral("hint"));
}

QString box(const QString &cssClass, const QString &heading, const QString &body)
{
    return QStringLiteral("<table class=\"box %1\" width=\"100%\" cellpadding=\"10\"><tr><td>"
                          "<p class=\"box-heading\">%2</p>%3</td></tr></table>\n")
        .arg(cssClass, esc(heading), body);
}

QString pager(int current, int pages, const std::function<QUrl(int)> &pageUrl)
{
    if (pages <= 1) {
        return {};
    }
    QStringList parts;
    parts.append(
        current > 1
            ? link(pageUrl(current - 1),
                   QCoreApplication::translate("qingnang::PageRenderer", "‹ 上一页"))
            : QStringLiteral("<span class=\"count\">%1</span>")
                  .arg(esc(QCoreApplication::translate("qingnang::PageRenderer", "‹ 上一页"))));
    parts.append(esc(QCoreApplication::translate("qingnang::PageRenderer", "第 %1 / %2 页")
                         .arg(number(current), number(pages))));
    parts.append(
        current < pages
            ? link(pageUrl(current + 1),
                   QCoreApplication::translate("qingnang::PageRenderer", "下一页 ›"))
            : QStringLiteral("<span class=\"count\">%1</span>")
                  .arg(esc(QCoreApplication::translate("qingnang::PageRenderer", "下一页 ›"))));
    return QStringLiteral("<p class=\"pager\">%1</p>\n").arg(parts.join(separator));
}

QString qaTableStart()
{
    return QStringLiteral("<table class=\"qa\" width=\"100%\">\n");
}

QString qaRow(const QuestionSummary &question, const QUrl &url)
{
    return QStringLiteral("<tr><td class=\"question\">%1<br/><span class=\"excerpt\">%2"
                          "</span></td><td class=\"count\" align=\"right\">%3</td></tr>\n")
        .arg(link(url, question.title), esc(oneLine(question.excerpt, excerptChars)),
             esc(QCoreApplication::translate("qingnang::PageRenderer", "%1个回答")
                     .arg(number(question.answerCount))));
}

QString qaTableEnd()
{
    return QStringLiteral("</table>\n");
}

} // namespace qingnang::html
