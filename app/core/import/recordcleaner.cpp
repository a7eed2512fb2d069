// SPDX-License-Identifier: MIT
#include "recordcleaner.h"

#include "textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace qingnang {

namespace {

const QChar Ellipsis(0x2026);

// Named entities: HTML's common ones, and the few that turn up in scraped
// Chinese text. Case matters, as in HTML (&AMP; and friends exist there too).
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = [] {
        const struct
        {
            const char *name;
            char32_t code;
        } table[] = {
            {"amp", 0x26},     {"AMP", 0x26},      {"lt", 0x3C},       {"LT", 0x3C},
            {"gt", 0x3E},      {"GT", 0x3E},       {"quot", 0x22},     {"QUOT", 0x22},
            {"apos", 0x27},    {"nbsp", 0x20},     {"ensp", 0x20},     {"emsp", 0x20},
            {"thinsp", 0x20},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"lsquo", 0x2018},
            {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"laquo", 0xAB},
            {"raquo", 0xBB},   {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"hellip", 0x2026},
            {"mdash", 0x2014}, {"ndash", 0x2013},  {"middot", 0xB7},   {"bull", 0x2022},
            {"times", 0xD7},   {"divide", 0xF7},   {"plusmn", 0xB1},   {"minus", 0x2212},
            {"le", 0x2264},    {"ge", 0x2265},     {"ne", 0x2260},     {"asymp", 0x2248},
            {"deg", 0xB0},     {"micro", 0xB5},    {"permil", 0x2030}, {"prime", 0x2032},
            {"Prime", 0x2033}, {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
            {"sup1", 0xB9},    {"sup2", 0xB2},     {"sup3", 0xB3},     {"copy", 0xA9},
            {"COPY", 0xA9},    {"reg", 0xAE},      {"REG", 0xAE},      {"trade", 0x2122},
            {"sect", 0xA7},    {"para", 0xB6},     {"dagger", 0x2020}, {"Dagger", 0x2021},
            {"cent", 0xA2},    {"pound", 0xA3},    {"yen", 0xA5},      {"euro", 0x20AC},
            {"iexcl", 0xA1},   {"iquest", 0xBF},   {"larr", 0x2190},   {"rarr", 0x2192},
            {"uarr", 0x2191},  {"darr", 0x2193},   {"harr", 0x2194},   {"infin", 0x221E},
            {"radic", 0x221A}, {"sum", 0x2211},    {"alpha", 0x3B1},   {"beta", 0x3B2},
            {"gamma", 0x3B3},  {"delta", 0x3B4},   {"mu", 0x3BC},      {"pi", 0x3C0},
            {"shy", 0xAD},     {"zwsp", 0x200B},   {"zwnj", 0x200C},   {"zwj", 0x200D},
        };
        QHash<QString, char32_t> result;
        for (const auto &entry : table) {
            result.insert(QLatin1String(entry.name), entry.code);
        }
        return result;
    }();
    return entities;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

void appendCodePoint(QString *out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        code = 0xFFFD; // as HTML does
    }
    *out += QString::fromUcs4(&code, 1);
}

// Parses the entity at text[pos] == '&'; returns its length (0: not one).
qsizetype parseEntity(const QString &text, qsizetype pos, char32_t *code)
{
    const qsizetype size = text.size();
    qsizetype i = pos + 1;
    if (i < size && text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex =
            i < size && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        if (hex) {
            ++i;
        }
        const qsizetype start = i;
        while (i < size && i - start < 8 &&
               (hex ? isAsciiHexDigit(text.at(i)) : isAsciiDigit(text.at(i)))) {
            ++i;
        }
        if (i == start || i >= size || text.at(i) != QLatin1Char(';') ||
            i - start > (hex ? 6 : 7)) {
            return 0;
        }
        *code = char32_t(text.mid(start, i - start).toUInt(nullptr, hex ? 16 : 10));
        return i + 1 - pos;
    }
    if (i < size && isAsciiDigit(text.at(i))) {
        // "&65533;": a decimal reference that lost its '#' on the way.
        const qsizetype start = i;
        while (i < size && i - start < 8 && isAsciiDigit(text.at(i))) {
            ++i;
        }
        if (i - start < 2 || i - start > 7 || i >= size || text.at(i) != QLatin1Char(';')) {
            return 0;
        }
        *code = char32_t(text.mid(start, i - start).toUInt());
        return i + 1 - pos;
    }
    const qsizetype start = i;
    while (i < size && i - start <= 32 && (isAsciiLetter(text.at(i)) || isAsciiDigit(text.at(i)))) {
        ++i;
    }
    if (i == start || i >= size || text.at(i) != QLatin1Char(';')) {
        return 0;
    }
    const auto found = namedEntities().constFind(text.mid(start, i - start));
    if (found == namedEntities().cend()) {
        return 0;
    }
    *code = *found;
    return i + 1 - pos;
}

bool isRemovedControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F) ||
           (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF ||
           (c >= 0xFDD0 && c <= 0xFDEF);
}

// One-line fields: whitespace collapsed (line breaks too).
QString oneLine(const QString &text)
{
    return text.simplified();
}

enum class TagEffect { Remove, LineBreak, ParagraphBreak };

// Block tags, opening or closing, break paragraphs; <br> and <hr> break
// lines, as do list items and table rows where they open.
TagEffect tagEffect(const QString &name, bool closing)
{
    static const QStringList paragraphTags = {
        QStringLiteral("p"),       QStringLiteral("div"),    QStringLiteral("h1"),
        QStringLiteral("h2"),      QStringLiteral("h3"),     QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("blockquote"),
        QStringLiteral("table"),   QStringLiteral("ul"),     QStringLiteral("ol"),
        QStringLiteral("dl"),      QStringLiteral("pre"),    QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("center")};
    static const QStringList lineTags = {QStringLiteral("li"), QStringLiteral("tr"),
                                         QStringLiteral("dt"), QStringLiteral("dd")};
    if (paragraphTags.contains(name)) {
        return TagEffect::ParagraphBreak;
    }
    if (name == QLatin1String("br") || name == QLatin1String("hr")) {
        return TagEffect::LineBreak;
    }
    return lineTags.contains(name) && !closing ? TagEffect::LineBreak : TagEffect::Remove;
}

} // namespace

QString RecordCleaner::removeMarkup(const QString &text, bool *changed)
{
    *changed = false;
    if (!text.contains(QLatin1Char('<'))) {
        return text;
    }
    // Elements whose content is not text, and comments.
    static const QRegularExpression hidden(
        QStringLiteral("<!--.*?-->|<(script|style|iframe)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // A tag of a known name: "<name", then a space, "/" or ">", then anything
    // but angle brackets. "<140/90" and "<篇名>" are not tags.
    static const QRegularExpression tag(
        QStringLiteral("</?(a|abbr|article|b|big|blockquote|br|center|cite|code|dd|del|div|dl|"
                       "dt|em|font|footer|h[1-6]|header|hr|i|iframe|img|ins|kbd|label|li|mark|"
                       "nobr|ol|p|pre|q|s|script|section|small|span|strike|strong|style|sub|sup|"
                       "table|tbody|td|tfoot|th|thead|tr|tt|u|ul|wbr)(?=[\\s/>])[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);

    QString source = text;
    if (source.contains(QLatin1String("<!--")) || source.contains(QLatin1String("</"))) {
        const QString before = source;
        source.replace(hidden, QString());
        *changed = source != before;
    }
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).mid(last, match.capturedStart() - last);
        const bool closing = source.at(match.capturedStart() + 1) == QLatin1Char('/');
        switch (tagEffect(match.captured(1).toLower(), closing)) {
        case TagEffect::ParagraphBreak:
            result += QLatin1String("\n\n");
            break;
        case TagEffect::LineBreak:
            result += QLatin1Char('\n');
            break;
        case TagEffect::Remove:
            break;
        }
        last = match.capturedEnd();
        *changed = true;
    }
    if (last == 0) {
        return source;
    }
    result += QStringView(source).mid(last);
    return result;
}

QString RecordCleaner::decodeEntities(const QString &text, bool *changed)
{
    *changed = false;
    qsizetype pos = text.indexOf(QLatin1Char('&'));
    if (pos < 0) {
        return text;
    }
    QString result;
    qsizetype last = 0;
    while (pos >= 0) {
        char32_t code = 0;
        const qsizetype length = parseEntity(text, pos, &code);
        if (length > 0) {
            result += QStringView(text).mid(last, pos - last);
            appendCodePoint(&result, code);
            last = pos + length;
            *changed = true;
        }
        pos = text.indexOf(QLatin1Char('&'), pos + std::max<qsizetype>(length, 1));
    }
    if (!*changed) {
        return text;
    }
    result += QStringView(text).mid(last);
    return result;
}

QString RecordCleaner::removeControl(const QString &text, bool *changed)
{
    *changed = false;
    const qsizetype size = text.size();
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    // Is data[i] to go (or, for U+2028/U+2029, to become a line break)?
    auto removed = [data, size](qsizetype i) {
        const char16_t c = data[i];
        if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x200B) || (c >= 0x2065 && c < 0xD800)) {
            return false; // the common case, first
        }
        if (c >= 0xD800 && c <= 0xDBFF) {
            return i + 1 >= size || data[i + 1] < 0xDC00 || data[i + 1] > 0xDFFF;
        }
        if (c >= 0xDC00 && c <= 0xDFFF) {
            return i == 0 || data[i - 1] < 0xD800 || data[i - 1] > 0xDBFF;
        }
        return isRemovedControl(c) || c == 0x2028 || c == 0x2029;
    };
    qsizetype first = 0;
    while (first < size && !removed(first)) {
        ++first;
    }
    if (first == size) {
        return text;
    }
    *changed = true;
    QString result = text.left(first);
    result.reserve(size);
    for (qsizetype i = first; i < size; ++i) {
        if (!removed(i)) {
            result += QChar(data[i]);
        } else if (data[i] == 0x2028 || data[i] == 0x2029) {
            result += QLatin1Char('\n');
        }
    }
    return result;
}

QString RecordCleaner::removeBookMarkers(const QString &text, bool *changed)
{
    *changed = false;
    if (!text.contains(QLatin1Char('\\'))) {
        return text;
    }
    static const QRegularExpression markers(
        QStringLiteral("\\\\p[A-Za-z0-9_./-]*?\\.(?:bmp|jpe?g|gif|png)|\\\\[xr]"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(markers, QString());
    *changed = result.size() != text.size();
    return result;
}

QString RecordCleaner::truncateTitle(const QString &title, bool *changed)
{
    *changed = title.size() > MaxTitleLength;
    if (!*changed) {
        return title;
    }
    qsizetype cut = MaxTitleLength;
    if (title.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return title.left(cut).trimmed() + Ellipsis;
}

QString RecordCleaner::truncateText(const QString &text, qsizetype limit, bool *changed)
{
    *changed = text.size() > limit;
    if (!*changed) {
        return text;
    }
    // The last paragraph end, else line end, else sentence end in the last
    // tenth before the limit; else the limit itself.
    const qsizetype from = limit - limit / 10;
    const QStringView window = QStringView(text).mid(from, limit - from);
    qsizetype cut = -1;
    if (const qsizetype at = window.lastIndexOf(QLatin1String("\n\n")); at >= 0) {
        cut = from + at;
    } else if (const qsizetype at = window.lastIndexOf(QLatin1Char('\n')); at >= 0) {
        cut = from + at;
    } else {
        for (qsizetype i = window.size() - 1; i >= 0 && cut < 0; --i) {
            const char16_t c = window.at(i).unicode();
            if (c == u'。' || c == u'！' || c == u'？' || c == u'.' || c == u'!' || c == u'?') {
                cut = from + i + 1;
            }
        }
    }
    if (cut < 0) {
        cut = limit;
        if (text.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
    }
    QString result = text.left(cut);
    while (!result.isEmpty() && result.back().isSpace()) {
        result.chop(1);
    }
    return result + Ellipsis;
}

QString RecordCleaner::tidyText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    QString result;
    result.reserve(text.size());
    int blanks = 0;
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace()) {
            --end;
        }
        if (end == 0) {
            ++blanks;
            continue;
        }
        if (!result.isEmpty()) {
            result += blanks > 0 ? QLatin1String("\n\n") : QLatin1String("\n");
        }
        blanks = 0;
        result += QStringView(line).left(end);
    }
    // The first line's leading spaces: the text is trimmed as a whole.
    qsizetype start = 0;
    while (start < result.size() && result.at(start).isSpace()) {
        ++start;
    }
    return start == 0 ? result : result.mid(start);
}

QString RecordCleaner::titleFromText(const QString &text)
{
    const QString line = oneLine(text);
    if (line.size() <= DerivedTitleLength) {
        return line;
    }
    for (qsizetype i = 0; i < line.size() && i < DerivedTitleLength; ++i) {
        const char16_t c = line.at(i).unicode();
        if (c == u'。' || c == u'？' || c == u'！' || c == u'?' || c == u'!') {
            return line.left(i + 1);
        }
    }
    qsizetype cut = DerivedTitleLength;
    if (line.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return line.left(cut) + Ellipsis;
}

RecordCleaner::Outcome RecordCleaner::clean(ImportRecord *record, ImportStats *stats) const
{
    bool markup = false;
    bool entities = false;
    bool control = false;
    bool truncated = false;
    auto cleanText = [&](const QString &raw, bool multiLine) {
        bool changed = false;
        QString text = normalizeLineEnds(raw);
        if (m_options.bookMarkers) {
            text = removeBookMarkers(text, &changed);
            markup = markup || changed;
        }
        text = removeMarkup(text, &changed);
        markup = markup || changed;
        text = decodeEntities(text, &changed);
        entities = entities || changed;
        text = removeControl(text, &changed);
        control = control || changed;
        return multiLine ? tidyText(text) : oneLine(text);
    };

    QStringList topicPath;
    for (const QString &name : std::as_const(record->topicPath)) {
        bool changed = false;
        QString cleaned = removeControl(normalizeLineEnds(name), &changed);
        control = control || changed;
        if (m_options.bookMarkers) {
            cleaned = removeBookMarkers(cleaned, &changed);
            markup = markup || changed;
        }
        cleaned = oneLine(cleaned);
        if (!cleaned.isEmpty()) {
            topicPath.append(cleaned);
        }
    }
    if (topicPath.isEmpty()) {
        topicPath.append(QStringLiteral("未分类"));
    }
    record->topicPath = topicPath;

    bool changed = false;
    record->title = truncateTitle(cleanText(record->title, false), &changed);
    truncated = truncated || changed;
    record->body = truncateText(cleanText(record->body, true), MaxTextLength, &changed);
    truncated = truncated || changed;
    QStringList answers;
    for (const QString &answer : std::as_const(record->answers)) {
        QString cleaned = truncateText(cleanText(answer, true), MaxTextLength, &changed);
        truncated = truncated || changed;
        if (!cleaned.isEmpty()) {
            answers.append(cleaned);
        }
    }
    record->answers = answers;
    record->author = cleanText(record->author, false);
    record->period = cleanText(record->period, false);
    record->source = cleanText(record->source, false);

    stats->repairedMarkup += markup ? 1 : 0;
    stats->repairedEntities += entities ? 1 : 0;
    stats->repairedControl += control ? 1 : 0;
    stats->repairedTruncated += truncated ? 1 : 0;

    if (record->title.isEmpty()) {
        const QString &from = !record->body.isEmpty()      ? record->body
                              : !record->answers.isEmpty() ? record->answers.constFirst()
                                                           : QString();
        if (from.isEmpty()) {
            return Outcome::SkipEmpty;
        }
        // Markdown of an article's text is not wanted in its title.
        QString plain = from;
        plain.remove(QLatin1String("**"));
        static const QRegularExpression heading(QStringLiteral("^#+\\s*"),
                                                QRegularExpression::MultilineOption);
        plain.remove(heading);
        record->title = titleFromText(plain);
        if (record->title.isEmpty()) {
            return Outcome::SkipEmpty;
        }
        ++stats->repairedTitle;
    }
    return Outcome::Keep;
}

} // namespace qingnang
