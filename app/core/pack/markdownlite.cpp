// SPDX-License-Identifier: MIT
#include "markdownlite.h"

#include <QRegularExpression>
#include <QStringList>

namespace qingnang {

namespace {

bool isListLine(const QString &line)
{
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
           line == QLatin1String("-") || line == QLatin1String("*");
}

bool isWide(QChar c)
{
    return c.unicode() >= 0x2E80; // CJK and beyond: no space when lines join
}

// Joins hard-wrapped lines: Chinese lines join directly, Latin words with a space.
QString joinLines(const QStringList &lines)
{
    QString result;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (!result.isEmpty() && !isWide(result.back()) && !isWide(line.front())) {
            result += QLatin1Char(' ');
        }
        result += line;
    }
    return result;
}

// [text](topic:slug) and [text](article:slug): the text one line of at most 80 characters without
// brackets, the slug lower-case letters, digits and hyphens. HTML escaping
// leaves all of these as they are, so the pattern reads escaped text too.
const QRegularExpression &topicLink()
{
    static const QRegularExpression link(QStringLiteral(
        "\\[([^\\[\\]\\n]{1,80})\\]\\((topic|article):([a-z0-9][a-z0-9-]{0,99})\\)"));
    return link;
}

QString inlineHtml(const QString &text, const TopicLinkResolver &resolveTopic,
                   const ArticleLinkResolver &resolveArticle)
{
    QString escaped = text.toHtmlEscaped();
    // **bold**: only closed pairs, never across the escaped text's boundaries.
    static const QRegularExpression bold(QStringLiteral("\\*\\*(\\S(?:.*?\\S)?)\\*\\*"));
    escaped.replace(bold, QStringLiteral("<b>\\1</b>"));
    QString html;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : topicLink().globalMatch(escaped)) {
        html += QStringView(escaped).mid(at, match.capturedStart() - at);
        const auto &resolve =
            match.captured(2) == QLatin1String("topic") ? resolveTopic : resolveArticle;
        const QUrl url = resolve ? resolve(match.captured(3)) : QUrl();
        html += url.isValid() && !url.isEmpty()
                    ? QStringLiteral("<a href=\"%1\">%2</a>")
                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), match.captured(1))
                    : match.captured(1);
        at = match.capturedEnd();
    }
    html += QStringView(escaped).mid(at);
    return html;
}

QStringList blocksOf(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\x{3000}]*\\n"));
    return text.split(blank, Qt::SkipEmptyParts);
}

} // namespace

QString markdownToHtml(const QString &markdown, const TopicLinkResolver &resolveTopic,
                       const ArticleLinkResolver &resolveArticle)
{
    QString html;
    for (const QString &block : blocksOf(markdown)) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        QStringList paragraph;
        QList<QStringList> items;
        auto flushParagraph = [&] {
            const QString text = joinLines(paragraph);
            if (!text.isEmpty()) {
                html += QStringLiteral("<p>") + inlineHtml(text, resolveTopic, resolveArticle) +
                        QStringLiteral("</p>\n");
            }
            paragraph.clear();
        };
        auto flushList = [&] {
            if (items.isEmpty()) {
                return;
            }
            html += QStringLiteral("<ul>\n");
            for (const QStringList &item : items) {
                html += QStringLiteral("<li>") +
                        inlineHtml(joinLines(item), resolveTopic, resolveArticle) +
                        QStringLiteral("</li>\n");
            }
            html += QStringLiteral("</ul>\n");
            items.clear();
        };
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (isListLine(line)) {
                flushParagraph();
                items.append(QStringList{line.mid(2)});
            } else if (!items.isEmpty()) {
                items.last().append(line); // continuation of the list item
            } else {
                paragraph.append(line);
            }
        }
        flushParagraph();
        flushList();
    }
    return html;
}

QString markdownToPlainLine(const QString &markdown)
{
    QStringList parts;
    for (const QString &block : blocksOf(markdown)) {
        QStringList lines = block.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            line = line.trimmed();
            if (isListLine(line)) {
                line = line.mid(2);
            }
        }
        parts.append(joinLines(lines));
    }
    QString text = joinLines(parts);
    text.replace(QLatin1String("**"), QString());
    text.replace(topicLink(), QStringLiteral("\\1"));
    return text.simplified();
}

QStringList markdownTopicLinks(const QString &markdown)
{
    QStringList slugs;
    for (const QRegularExpressionMatch &match : topicLink().globalMatch(markdown)) {
        if (match.captured(2) == QLatin1String("topic") && !slugs.contains(match.captured(3))) {
            slugs.append(match.captured(3));
        }
    }
    return slugs;
}

} // namespace qingnang
