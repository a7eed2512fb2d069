// SPDX-License-Identifier: MIT
#include "htmlsections.h"
#include "htmltext.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace qingnang {

namespace {

using htmltext::decodeEntities;
using htmltext::invalidUtf8At;

bool isWide(QChar c)
{
    return c.unicode() >= 0x2E80;
}

const QSet<QString> &tagSet(const char *const *names, QSet<QString> *set)
{
    for (; *names; ++names) {
        set->insert(QLatin1String(*names));
    }
    return *set;
}

const QSet<QString> &droppedTags()
{
    static const char *const names[] = {
        "script", "style",  "nav",  "noscript", "template", "svg",  "iframe",   "form",
        "button", "select", "head", "object",   "embed",    "math", "textarea", "canvas",
        "audio",  "video",  "map",  "noembed",  "noframes", nullptr};
    static QSet<QString> set;
    return set.isEmpty() ? tagSet(names, &set) : set;
}

const QSet<QString> &voidTags()
{
    static const char *const names[] = {"area",  "base",   "br",    "col",  "embed",
                                        "hr",    "img",    "input", "link", "meta",
                                        "param", "source", "track", "wbr",  nullptr};
    static QSet<QString> set;
    return set.isEmpty() ? tagSet(names, &set) : set;
}

const QSet<QString> &blockTags()
{
    static const char *const names[] = {
        "p",      "div",     "section", "article", "main",  "blockquote", "pre",        "ul",
        "ol",     "dl",      "dt",      "dd",      "table", "figure",     "figcaption", "caption",
        "center", "address", "details", "summary", "body",  "header",     "footer",     "aside",
        "hr",     "br",      "tbody",   "thead",   "tfoot", nullptr};
    static QSet<QString> set;
    return set.isEmpty() ? tagSet(names, &set) : set;
}

// Classes and roles of navigation chrome in wiki-made ZIM files.
bool isChrome(const QString &classes, const QString &role, const QString &id)
{
    static const char *const chrome[] = {
        "navbox",   "mw-editsection",     "noprint",
        "catlinks", "mw-jump-link",       "navigation-not-searchable",
        "toc",      "mw-references-wrap", nullptr};
    if (role == QLatin1String("navigation") || id == QLatin1String("toc")) {
        return true;
    }
    const QStringList names = classes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const char *const *name = chrome; *name; ++name) {
        if (names.contains(QLatin1String(*name))) {
            return true;
        }
    }
    return false;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // lower-case names, decoded values
};

// Parses the tag whose "<" is at text[at]; returns the index after its ">",
// or -1 when the tag is not closed before the end.
qsizetype parseTag(QStringView text, qsizetype at, Tag *tag)
{
    qsizetype i = at + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('/')) {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('>') &&
           text.at(i) != QLatin1Char('/')) {
        ++i;
    }
    tag->name = text.mid(nameStart, i - nameStart).toString().toLower();
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('>')) {
            return i + 1;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/')) {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        tag->selfClosing = false;
        const qsizetype attributeStart = i;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('>') &&
               text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char('/')) {
            ++i;
        }
        const QString name = text.mid(attributeStart, i - attributeStart).toString().toLower();
        if (name.isEmpty()) { // a stray '=' or quote
            ++i;
            continue;
        }
        while (i < text.size() && text.at(i).isSpace()) {
            ++i;
        }
        QString value;
        if (i < text.size() && text.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < text.size() && text.at(i).isSpace()) {
                ++i;
            }
            if (i < text.size() &&
                (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                const qsizetype close = text.indexOf(text.at(i), i + 1);
                if (close < 0) {
                    return -1;
                }
                value = decodeEntities(text.mid(i + 1, close - i - 1));
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('>')) {
                    ++i;
                }
                value = decodeEntities(text.mid(valueStart, i - valueStart));
            }
        }
        tag->attributes.insert(name, value);
    }
    return -1;
}

// One paragraph or list item of the section being built.
struct Unit
{
    QString text;
    bool item = false;
};

class Converter
{
public:
    explicit Converter(const HtmlLinkResolver &resolve)
        : m_resolve(resolve)
    {}

    HtmlArticle run(QStringView text);

private:
    void addText(QStringView raw);
    void breakBlock(bool item = false);
    void startHeading() { m_inHeading = true, m_headingText.clear(); }
    void endHeading(int level);
    void flushSection();
    void startLink(const QString &href);
    void endLink();
    void handleTag(const Tag &tag);

    const HtmlLinkResolver &m_resolve;
    HtmlArticle m_article;
    QString m_heading;    // of the section being built
    QList<Unit> m_units;  // of the section being built
    Unit m_unit;          // being built
    bool m_space = false; // whitespace seen since the last character
    bool m_inHeading = false;
    int m_headingLevel = 0;
    QString m_headingText;
    bool m_inTitle = false;
    QString m_titleText;
    bool m_inRow = false;
    int m_rowCells = 0;
    bool m_inPre = false;
    // The link being read: its target, and where its text starts in m_unit.
    QString m_linkTarget;
    qsizetype m_linkStart = -1;
};

void Converter::addText(QStringView raw)
{
    const QString text = decodeEntities(raw);
    QString &out = m_inTitle ? m_titleText : (m_inHeading ? m_headingText : m_unit.text);
    for (const QChar c : text) {
        if (m_inPre && c == QLatin1Char('\n') && !m_inTitle && !m_inHeading) {
            breakBlock();
            continue;
        }
        if (c.isSpace()) {
            m_space = !out.isEmpty();
            continue;
        }
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7F || u == 0xFEFF || (u >= 0x200B && u <= 0x200F)) {
            continue;
        }
        if (m_space && !out.isEmpty() && !(isWide(out.back()) && isWide(c))) {
            out += QLatin1Char(' ');
        }
        m_space = false;
        out += c;
    }
}

void Converter::breakBlock(bool item)
{
    m_linkStart = -1;
    m_space = false;
    const QString text = m_unit.text.trimmed();
    if (!text.isEmpty()) {
        m_units.append(Unit{text, m_unit.item});
    }
    m_unit = Unit{};
    m_unit.item = item;
}

void Converter::endHeading(int level)
{
    m_inHeading = false;
    m_space = false;
    const QString text = m_headingText.trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (level == 1 && (m_article.title.isEmpty() || text == m_article.title)) {
        if (m_article.title.isEmpty()) {
            m_article.title = text;
        }
        return;
    }
    flushSection();
    m_heading = text;
}

void Converter::flushSection()
{
    breakBlock();
    QString body;
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        const Unit &unit = m_units.at(i);
        QString piece = (unit.item ? QStringLiteral("- ") : QString()) + unit.text;
        if (body.size() + piece.size() > maxHtmlSectionLength) {
            break; // cut at a paragraph's end
        }
        if (!body.isEmpty()) {
            body +=
                unit.item && m_units.at(i - 1).item ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        body += piece;
    }
    if (!body.isEmpty()) {
        Section section;
        section.heading = m_heading;
        section.body = body;
        section.position = int(m_article.sections.size()) + 1;
        m_article.sections.append(section);
    }
    m_units.clear();
    m_heading.clear();
}

void Converter::startLink(const QString &href)
{
    m_linkStart = -1;
    if (!m_resolve || m_inHeading || m_inTitle || href.isEmpty()) {
        return;
    }
    m_linkTarget = m_resolve(href);
    if (!m_linkTarget.isEmpty()) {
        m_linkStart = m_unit.text.size();
    }
}

void Converter::endLink()
{
    if (m_linkStart < 0 || m_linkStart > m_unit.text.size()) {
        m_linkStart = -1;
        return;
    }
    QString text = m_unit.text.mid(m_linkStart);
    const bool leadingSpace = text.startsWith(QLatin1Char(' '));
    text = text.trimmed();
    if (!text.isEmpty() && text.size() <= 80 && !text.contains(QLatin1Char('[')) &&
        !text.contains(QLatin1Char(']'))) {
        m_unit.text.truncate(m_linkStart);
        m_unit.text += (leadingSpace ? QStringLiteral(" ") : QString()) + QLatin1Char('[') + text +
                       QStringLiteral("](") + m_linkTarget + QLatin1Char(')');
        ++m_article.links;
    }
    m_linkStart = -1;
}

void Converter::handleTag(const Tag &tag)
{
    const QString &name = tag.name;
    const bool heading = name.size() == 2 && name.at(0) == QLatin1Char('h') &&
                         name.at(1) >= QLatin1Char('1') && name.at(1) <= QLatin1Char('6');
    if (heading) {
        const int level = name.at(1).digitValue();
        if (!tag.closing) {
            if (m_inHeading) {
                endHeading(m_headingLevel);
            }
            m_headingLevel = level;
            startHeading();
        } else if (m_inHeading) {
            endHeading(m_headingLevel);
        }
        return;
    }
    if (name == QLatin1String("a")) {
        if (tag.closing) {
            endLink();
        } else {
            endLink();
            startLink(tag.attributes.value(QStringLiteral("href")));
        }
    } else if (name == QLatin1String("img")) {
        ++m_article.images;
    } else if (name == QLatin1String("li")) {
        breakBlock(!tag.closing);
    } else if (name == QLatin1String("tr")) {
        breakBlock(!tag.closing);
        m_inRow = !tag.closing;
        m_rowCells = 0;
    } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
        if (!tag.closing) {
            if (!m_inRow) {
                breakBlock(true);
                m_inRow = true;
                m_rowCells = 0;
            }
            if (m_rowCells++ > 0 && !m_unit.text.trimmed().isEmpty()) {
                m_unit.text = m_unit.text.trimmed() + QStringLiteral(" | ");
                m_space = false;
            }
        }
    } else if (name == QLatin1String("table")) {
        breakBlock();
        m_inRow = false;
    } else if (name == QLatin1String("pre")) {
        breakBlock();
        m_inPre = !tag.closing;
    } else if (blockTags().contains(name)) {
        breakBlock();
    }
}

HtmlArticle Converter::run(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype lt = text.indexOf(QLatin1Char('<'), i);
        const qsizetype textEnd = lt < 0 ? text.size() : lt;
        if (textEnd > i) {
            addText(text.mid(i, textEnd - i));
        }
        if (lt < 0) {
            break;
        }
        i = lt;
        const QStringView rest = text.mid(i);
        if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0) {
                return HtmlArticle{{}, {}, 0, 0, QStringLiteral("a comment left open at the end")};
            }
            i = end + 3;
            continue;
        }
        if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?"))) {
            const qsizetype end = text.indexOf(QLatin1Char('>'), i);
            if (end < 0) {
                return HtmlArticle{
                    {}, {}, 0, 0, QStringLiteral("a declaration left open at the end")};
            }
            i = end + 1;
            continue;
        }
        if (rest.size() < 2 || !(rest.at(1).isLetter() || rest.at(1) == QLatin1Char('/'))) {
            addText(QStringView(u"<")); // "血压<140" is text
            ++i;
            continue;
        }
        Tag tag;
        const qsizetype end = parseTag(text, i, &tag);
        if (end < 0) {
            return HtmlArticle{
                {}, {}, 0, 0, QStringLiteral("a tag left open at the end (<%1)").arg(tag.name)};
        }
        i = end;
        if (tag.name == QLatin1String("title") && !tag.closing) {
            const qsizetype close = text.indexOf(QLatin1String("</title"), i, Qt::CaseInsensitive);
            m_inTitle = true;
            addText(text.mid(i, (close < 0 ? text.size() : close) - i));
            m_inTitle = false;
            m_space = false;
            if (m_article.title.isEmpty()) {
                m_article.title = m_titleText.trimmed();
            }
            i = close < 0 ? text.size() : close;
            continue;
        }
        if (tag.closing || voidTags().contains(tag.name) || tag.selfClosing) {
            handleTag(tag);
            continue;
        }
        const bool dropped = droppedTags().contains(tag.name) ||
                             isChrome(tag.attributes.value(QStringLiteral("class")),
                                      tag.attributes.value(QStringLiteral("role")),
                                      tag.attributes.value(QStringLiteral("id")));
        if (!dropped) {
            handleTag(tag);
            continue;
        }
        // Skip to the matching end tag (raw text elements: to the first one).
        const bool raw = tag.name == QLatin1String("script") ||
                         tag.name == QLatin1String("style") ||
                         tag.name == QLatin1String("textarea");
        const QString open = QLatin1Char('<') + tag.name;
        const QString close = QStringLiteral("</") + tag.name;
        int depth = 1;
        qsizetype at = i;
        while (depth > 0) {
            const qsizetype nextClose = text.indexOf(close, at, Qt::CaseInsensitive);
            const qsizetype nextOpen = raw ? -1 : text.indexOf(open, at, Qt::CaseInsensitive);
            if (nextClose < 0) {
                at = text.size();
                break;
            }
            if (nextOpen >= 0 && nextOpen < nextClose) {
                const qsizetype after = nextOpen + open.size();
                if (after < text.size() && !text.at(after).isLetterOrNumber()) {
                    ++depth;
                }
                at = after;
                continue;
            }
            const qsizetype closeEnd = text.indexOf(QLatin1Char('>'), nextClose);
            at = closeEnd < 0 ? text.size() : closeEnd + 1;
            --depth;
        }
        if (tag.name == QLatin1String("head")) {
            // The head's title is the page's; the rest of it is not text.
            const QStringView head = text.mid(i, at - i);
            const qsizetype title = head.indexOf(QLatin1String("<title"), 0, Qt::CaseInsensitive);
            if (title >= 0) {
                const qsizetype start = head.indexOf(QLatin1Char('>'), title);
                const qsizetype stop =
                    head.indexOf(QLatin1String("</title"), 0, Qt::CaseInsensitive);
                if (start >= 0 && stop > start && m_article.title.isEmpty()) {
                    m_inTitle = true;
                    addText(head.mid(start + 1, stop - start - 1));
                    m_inTitle = false;
                    m_space = false;
                    m_article.title = m_titleText.trimmed();
                }
            }
        }
        i = at;
    }
    if (m_inHeading) {
        endHeading(m_headingLevel);
    }
    endLink();
    flushSection();
    return m_article;
}

} // namespace

HtmlArticle htmlToArticle(QByteArrayView html, const HtmlLinkResolver &resolveLink)
{
    if (html.startsWith("\xEF\xBB\xBF")) {
        html = html.sliced(3);
    }
    bool nul = false;
    if (const qsizetype bad = invalidUtf8At(html, &nul); bad >= 0) {
        HtmlArticle broken;
        broken.error = nul ? QStringLiteral("a NUL byte at byte %1 (not HTML text)").arg(bad)
                           : QStringLiteral("invalid UTF-8 at byte %1").arg(bad);
        return broken;
    }
    const QString text = QString::fromUtf8(html);
    return Converter(resolveLink).run(text);
}

} // namespace qingnang
