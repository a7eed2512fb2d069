// SPDX-License-Identifier: MIT
#include "snippet.h"

#include "queryplan.h"
#include "searchengine.h"
#include "text/charmaps.h"

#include <QList>

#include <array>
#include <string>

namespace qingnang {

namespace {

// Characters of a text looked at for its snippet, and matches counted at most.
constexpr qsizetype maxSnippetSource = 4000;
constexpr qsizetype maxMatches = 200;

// Where the target of a topic link, "](topic:slug)", that starts at at ends
// (after its ")"), or -1 when there is none.
qsizetype topicLinkTargetEnd(QStringView text, qsizetype at)
{
    static constexpr QLatin1StringView topic("](topic:");
    static constexpr QLatin1StringView article("](article:");
    const QStringView rest = text.mid(at);
    const QLatin1StringView opening = rest.startsWith(topic) ? topic : article;
    if (!rest.startsWith(opening)) {
        return -1;
    }
    for (qsizetype i = at + opening.size(); i < text.size() && i < at + 110; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(')')) {
            return i + 1;
        }
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('-'))) {
            return -1;
        }
    }
    return -1;
}

// The text as one line, as a list shows it: the Markdown subset's marks (list
// dashes, **, the brackets and targets of links to topics) dropped, runs of white space one space,
// none between Chinese characters. A single pass: snippets are made for every hit of every
// keystroke.
QString plainLine(QStringView text)
{
    QString line;
    line.reserve(text.size());
    bool space = false;
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(SearchHit::snippetOpen) || c == QChar(SearchHit::snippetClose)) {
            continue; // private use, as the marks are: a text's own would pass for marks
        }
        if (c == QLatin1Char('*') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('*')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i + 1);
            if (close > i && close < i + 82 && topicLinkTargetEnd(text, close) > 0) {
                continue; // the link's text follows
            }
        }
        if (const qsizetype end = c == QLatin1Char(']') ? topicLinkTargetEnd(text, i) : -1;
            end > 0) {
            i = end - 1;
            continue;
        }
        if (lineStart && (c == QLatin1Char('-') || c == QLatin1Char('*')) && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        if (c.isSpace()) {
            space = !line.isEmpty();
            lineStart = lineStart || c == QLatin1Char('\n');
            continue;
        }
        lineStart = false;
        if (space) {
            // Chinese needs no space where lines or paragraphs were joined.
            if (line.back().unicode() < 0x2E80 && c.unicode() < 0x2E80) {
                line += QLatin1Char(' ');
            }
            space = false;
        }
        line += c;
    }
    return line;
}

// A place to cut text at, moved back off the middle of a surrogate pair.
qsizetype cutAt(const QString &text, qsizetype at)
{
    const bool inPair = at > 0 && at < text.size() && text.at(at).isLowSurrogate() &&
                        text.at(at - 1).isHighSurrogate();
    return inPair ? at - 1 : at;
}

struct Match
{
    qsizetype start; // in the plain text, UTF-16 units
    qsizetype end;
    double weight;
    int term;
};

} // namespace

QString makeSnippet(const QString &text, const QueryPlan &plan, int length)
{
    // Bounded work, whatever the text: long texts are searched at their start.
    const QString plain = plainLine(QStringView(text).left(maxSnippetSource));
    // Fold the text as the index does, remembering where each folded code
    // point came from (its UTF-16 index in plain).
    std::u32string folded;
    QList<qsizetype> origin;
    folded.reserve(size_t(plain.size()));
    origin.reserve(plain.size() + 1);
    std::array<char32_t, 18> out{};
    for (qsizetype i = 0; i < plain.size();) {
        char32_t cp = plain.at(i).unicode();
        qsizetype width = 1;
        if (plain.at(i).isHighSurrogate() && i + 1 < plain.size() &&
            plain.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(plain.at(i), plain.at(i + 1));
            width = 2;
        }
        const int count = charmaps::fold(cp, out.data());
        for (int k = 0; k < count; ++k) {
            folded.push_back(out[size_t(k)]);
            origin.append(i);
        }
        i += width;
    }
    origin.append(plain.size());

    QList<Match> matches;
    for (qsizetype t = 0; t < plan.terms.size() && matches.size() < maxMatches; ++t) {
        const QueryTerm &term = plan.terms.at(t);
        std::u32string needle;
        for (const uint cp : term.text.toUcs4()) {
            needle.push_back(char32_t(cp));
        }
        if (needle.empty()) {
            continue;
        }
        const double weight = term.stop ? 0.1 : term.weight;
        for (size_t at = folded.find(needle);
             at != std::u32string::npos && matches.size() < maxMatches;
             at = folded.find(needle, at + 1)) {
            matches.append({origin.at(qsizetype(at)), origin.at(qsizetype(at + needle.size())),
                            weight, int(t)});
        }
    }
    const QChar open(SearchHit::snippetOpen);
    const QChar close(SearchHit::snippetClose);
    if (matches.isEmpty()) {
        return plain.size() > length ? plain.left(cutAt(plain, length)) + QChar(0x2026) : plain;
    }
    // The window with the most weight of distinct terms wins; the earliest among equals.
    qsizetype bestStart = 0;
    double bestWeight = -1;
    for (const Match &anchor : std::as_const(matches)) {
        const qsizetype start = qMax<qsizetype>(0, anchor.start - length / 4);
        QList<int> seen;
        double weight = 0;
        for (const Match &m : std::as_const(matches)) {
            if (m.start >= start && m.end <= start + length && !seen.contains(m.term)) {
                seen.append(m.term);
                weight += m.weight;
            }
        }
        if (weight > bestWeight || (weight == bestWeight && start < bestStart)) {
            bestWeight = weight;
            bestStart = start;
        }
    }
    bestStart = cutAt(plain, bestStart);
    const qsizetype end = cutAt(plain, qMin(plain.size(), bestStart + length));
    // Mark the matches inside the window, merging those that overlap.
    QList<std::pair<qsizetype, qsizetype>> marks;
    for (const Match &m : std::as_const(matches)) {
        if (m.start >= bestStart && m.end <= end) {
            marks.append({m.start, m.end});
        }
    }
    std::sort(marks.begin(), marks.end());
    QString snippet = bestStart > 0 ? QString(QChar(0x2026)) : QString();
    qsizetype at = bestStart;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        qsizetype start = marks[i].first;
        qsizetype stop = marks[i].second;
        while (i + 1 < marks.size() && marks[i + 1].first <= stop) {
            stop = qMax(stop, marks[++i].second);
        }
        start = qMax(start, at);
        snippet += plain.mid(at, start - at) + open + plain.mid(start, stop - start) + close;
        at = stop;
    }
    snippet += plain.mid(at, end - at);
    if (end < plain.size()) {
        snippet += QChar(0x2026);
    }
    return snippet;
}

} // namespace qingnang
