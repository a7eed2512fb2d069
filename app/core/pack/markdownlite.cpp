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

QString inlineHtml(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // **bold**: only closed pairs, never across the escaped text's boundaries.
    static const QRegularExpression bold(QStringLiteral("\\*\\*(\\S(?:.*?\\S)?)\\*\\*"));
    escaped.replace(bold, QStringLiteral("<b>\\1</b>"));
    return escaped;
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

QString markdownToHtml(const QString &markdown)
{
    QString html;
    for (const QString &block : blocksOf(markdown)) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        QStringList paragraph;
        QList<QStringList> items;
        auto flushParagraph = [&] {
            const QString text = joinLines(paragraph);
            if (!text.isEmpty()) {
                html += QStringLiteral("<p>") + inlineHtml(text) + QStringLiteral("</p>\n");
            }
            paragraph.clear();
        };
        auto flushList = [&] {
            if (items.isEmpty()) {
                return;
            }
            html += QStringLiteral("<ul>\n");
            for (const QStringList &item : items) {
                html += QStringLiteral("<li>") + inlineHtml(joinLines(item)) +
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
    return text.simplified();
}

} // namespace qingnang
