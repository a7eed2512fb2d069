// SPDX-License-Identifier: MIT
#include "importparsers.h"

#include "importparsers_p.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

namespace qingnang {

using namespace importdetail;

// How a book in the tcm-books format is read
// -------------------------------------------
// Most books start with a header -- "<篇名>TITLE", then 书名：/作者：/朝代：/年份：
// lines -- and continue with sections: a "<目录>CHAPTER" line, a
// "<篇名>SECTION" line, and the section's text, introduced by 内容： or 属性：,
// up to the next marker line. Each section becomes an article.
//
// The text is hard-wrapped: lines of a paragraph were cut at a fixed width
// (about 40 Chinese characters in most books; it varies by book), while real
// line breaks end numbered clauses, list items, verses and formulas, and are
// rarely marked by blank lines. A line is taken to continue on the next one
// when the book is wrapped at all (its 95th percentile line width -- Chinese
// characters counting two columns, as in the GBK bytes -- is 50 to 160
// columns), the next line does not look like the start of a paragraph (an
// indent, "1．", "一、", "（二）", 【, 〔, ◎, a "\x" note…), and the line is
// nearly full: at least 90% of that width when it ends a sentence (。！？；：」）…),
// at least 60% when it stops mid-sentence -- or whatever its width when the
// next line starts with punctuation such as "，" that cannot begin a
// paragraph. Joined lines lose their line break;
// every other line break becomes a paragraph break (a blank line), the only
// line break that the pack's Markdown subset keeps.
//
// Sections of one book that share a title (金匮翼 has nine called 卒中八法)
// are told apart in the tree and on the book's page: the title adds the last
// part of the chapter ("<目录>卷一\中风统论" gives 中风统论) where the chapters
// differ, and the section's number among those of its chapter where they do
// not: 卒中八法（第2篇）, 方（诸燥·第2篇）.
//
// Text outside any section (books without markers: web transcriptions) is cut
// into articles of at most ~8,000 characters at paragraph ends, titled 第1部分,
// 第2部分….

namespace {

constexpr qsizetype PartLength = 8000;
constexpr int MinWrapWidth = 50;
constexpr int MaxWrapWidth = 160;

const QString TitleMarker = QStringLiteral("<篇名>");
const QString ChapterMarker = QStringLiteral("<目录>");
const QString ContentMarker = QStringLiteral("内容：");
const QString PropertyMarker = QStringLiteral("属性：");

bool isSpaceChar(QChar c)
{
    return c.isSpace(); // includes U+3000 and U+00A0
}

QStringView rightTrimmed(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && isSpaceChar(line.at(end - 1))) {
        --end;
    }
    return line.left(end);
}

bool isBlank(QStringView line)
{
    return rightTrimmed(line).isEmpty();
}

bool isMarker(QStringView line)
{
    return line.startsWith(TitleMarker) || line.startsWith(ChapterMarker);
}

bool hasBodyMarker(QStringView line)
{
    return line.startsWith(ContentMarker) || line.startsWith(PropertyMarker);
}

// Display width as in the GBK bytes: ASCII one column, anything else two.
int displayWidth(QStringView line)
{
    int width = 0;
    for (const QChar c : line) {
        width += c.unicode() < 0x80 ? 1 : 2;
    }
    return width;
}

bool endsSentence(QChar c)
{
    static const QString enders = QStringLiteral("。！？；：∶」』）)】〕…”’!?;:.");
    return enders.contains(c);
}

// Punctuation that never starts a paragraph: a line starting with it goes on
// from the line before, however short that is.
bool continuesSentence(QChar c)
{
    static const QString marks = QStringLiteral("，、。；：∶？！）」』】〕…,;:?!)");
    return marks.contains(c);
}

// Does this line start a paragraph of its own?
bool startsParagraph(QStringView line)
{
    if (line.isEmpty()) {
        return false;
    }
    static const QRegularExpression opener(QStringLiteral(
        "^(?:[\\s\\x{3000}\\x{00A0}]|[0-9０-９]+[．.、]|[一二三四五六七八九十百]+[、．]|[（(]["
        "一二三四五六七八九十0-9０-９]+[）)]"
        "|[【〔◎○●※]|\\\\x)"));
    return opener.match(line).hasMatch();
}

struct Paragraph
{
    QString text;
    qsizetype line = 0; // 1-based, where it starts
};

class BookReader
{
public:
    BookReader(const QString &text, QString fileName, const ParsedRecordSink &sink,
               ProgressTicker *ticker)
        : m_text(text)
        , m_fileName(std::move(fileName))
        , m_sink(sink)
        , m_ticker(ticker)
    {
        qsizetype start = 0;
        while (start <= m_text.size()) {
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), start);
            if (end < 0) {
                end = m_text.size();
            }
            m_lines.append(QStringView(m_text).mid(start, end - start));
            m_widths.push_back(displayWidth(rightTrimmed(m_lines.back())));
            start = end + 1;
        }
    }

    bool read()
    {
        const qsizetype bodyStart = readHeader();
        m_wrapWidth = wrapWidth(bodyStart);
        countTitles(bodyStart);
        std::vector<qsizetype> preamble;
        bool inSection = false;
        for (qsizetype i = bodyStart; i < m_lines.size(); ++i) {
            const QStringView line = m_lines.at(i);
            if (line.startsWith(ChapterMarker) || line.startsWith(TitleMarker)) {
                if (inSection && !flushSection()) {
                    return false;
                }
                inSection = false;
                if (!preamble.empty() && !emitParts(preamble)) {
                    return false;
                }
                preamble.clear();
                if (line.startsWith(TitleMarker)) {
                    inSection = true;
                    m_sectionTitle =
                        m_titleAt.value(i, line.mid(TitleMarker.size()).trimmed().toString());
                    m_sectionLine = i + 1;
                    m_sectionLines.clear();
                }
                m_ticker->at(m_lines.at(i).data() - m_text.constData());
            } else if (inSection) {
                m_sectionLines.push_back(i);
            } else if (!isBlank(line)) {
                preamble.push_back(i);
            } else if (!preamble.empty()) {
                preamble.push_back(i); // blank lines separate paragraphs
            }
        }
        if (inSection && !flushSection()) {
            return false;
        }
        if (!preamble.empty() && !emitParts(preamble)) {
            return false;
        }
        if (m_emitted == 0) {
            // An empty book: one record with nothing in it, which the cleaner
            // counts as skipped for being empty.
            ImportRecord record = makeRecord(QString(), QString(), 1);
            return m_sink(record);
        }
        return true;
    }

private:
    // The last part of a "<目录>卷一\中风统论" line: 中风统论.
    static QString chapterName(QStringView line)
    {
        const QStringView path = line.mid(ChapterMarker.size()).trimmed();
        const qsizetype slash =
            std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
        return path.mid(slash + 1).trimmed().toString();
    }

    // Gives each section a title that no other section of the book has (see
    // the note at the top). A section repeated word for word keeps the title of
    // its first copy, so that the importer still skips it as a duplicate.
    void countTitles(qsizetype bodyStart)
    {
        struct Entry
        {
            qsizetype line;
            QString title;
            QString chapter;
            QByteArray text; // digest of the section's lines
        };
        std::vector<Entry> entries;
        QString chapter;
        for (qsizetype i = bodyStart; i < m_lines.size(); ++i) {
            const QStringView line = m_lines.at(i);
            if (line.startsWith(ChapterMarker)) {
                chapter = chapterName(line);
            } else if (line.startsWith(TitleMarker)) {
                QCryptographicHash digest(QCryptographicHash::Md5);
                for (qsizetype j = i + 1; j < m_lines.size() && !isMarker(m_lines.at(j)); ++j) {
                    const QStringView text = m_lines.at(j).trimmed();
                    if (text.isEmpty()) {
                        continue; // blank lines and spaces do not make a section different
                    }
                    digest.addData(QByteArrayView(reinterpret_cast<const char *>(text.data()),
                                                  text.size() * qsizetype(sizeof(QChar))));
                    digest.addData(QByteArrayView("\n"));
                }
                entries.push_back({i, line.mid(TitleMarker.size()).trimmed().toString(), chapter,
                                   digest.result()});
            }
        }
        // For each title, its different sections in order, by chapter.
        QHash<QString, QHash<QString, QList<QByteArray>>> versions;
        for (const Entry &entry : entries) {
            QList<QByteArray> &texts = versions[entry.title][entry.chapter];
            if (!texts.contains(entry.text)) {
                texts.append(entry.text);
            }
        }
        for (const Entry &entry : entries) {
            const QHash<QString, QList<QByteArray>> &byChapter = versions.value(entry.title);
            const QList<QByteArray> &texts = byChapter.value(entry.chapter);
            QStringList parts;
            if (byChapter.size() > 1 && !entry.chapter.isEmpty()) {
                parts.append(entry.chapter);
            }
            if (texts.size() > 1) {
                parts.append(QStringLiteral("第%1篇").arg(texts.indexOf(entry.text) + 1));
            }
            if (!entry.title.isEmpty() && !parts.isEmpty()) {
                m_titleAt.insert(
                    entry.line,
                    QStringLiteral("%1（%2）").arg(entry.title, parts.join(QChar(0x00B7))));
            }
        }
    }

    // Reads the header block if the book has one; returns the first line after it.
    qsizetype readHeader()
    {
        qsizetype first = 0;
        while (first < m_lines.size() && isBlank(m_lines.at(first))) {
            ++first;
        }
        m_bookTitle = bookTitleFromFileName(m_fileName);
        if (first >= m_lines.size() || !m_lines.at(first).startsWith(TitleMarker)) {
            return 0;
        }
        // A leading <篇名> names the book. Followed by header fields, or by
        // nothing before the next marker, it is the header's title line;
        // followed by text, it is the first section as well.
        const QString title = m_lines.at(first).mid(TitleMarker.size()).trimmed().toString();
        qsizetype i = first + 1;
        bool header = false;
        bool text = false;
        QString bookName;
        for (; i < m_lines.size() && !isMarker(m_lines.at(i)); ++i) {
            const QStringView line = m_lines.at(i).trimmed();
            auto field = [&](const char *key) -> std::optional<QString> {
                const QString prefix = QString::fromUtf8(key) + QStringLiteral("：");
                if (!line.startsWith(prefix)) {
                    return std::nullopt;
                }
                return line.mid(prefix.size()).trimmed().toString();
            };
            if (const auto value = field("书名")) {
                bookName = *value;
                header = true;
            } else if (const auto value = field("作者")) {
                m_author = *value;
                header = true;
            } else if (const auto value = field("朝代")) {
                m_period = *value;
                header = true;
            } else if (field("年份")) {
                header = true;
            } else if (!line.isEmpty()) {
                text = true;
                break;
            }
        }
        if (!header && text) {
            if (!title.isEmpty()) {
                m_bookTitle = title;
            }
            return first;
        }
        m_bookTitle = !bookName.isEmpty() ? bookName : !title.isEmpty() ? title : m_bookTitle;
        return i;
    }

    // The width the book is wrapped at (its 95th percentile line width), or 0
    // when it does not look hard-wrapped.
    int wrapWidth(qsizetype from) const
    {
        std::vector<int> widths;
        for (qsizetype i = from; i < m_lines.size(); ++i) {
            if (m_widths.at(size_t(i)) > 0 && !isMarker(m_lines.at(i))) {
                widths.push_back(m_widths.at(size_t(i)));
            }
        }
        if (widths.size() < 10) {
            return 0;
        }
        const size_t rank = (widths.size() * 95 + 99) / 100 - 1;
        std::nth_element(widths.begin(), widths.begin() + qsizetype(rank), widths.end());
        const int width = widths.at(rank);
        return width >= MinWrapWidth && width <= MaxWrapWidth ? width : 0;
    }

    bool continuesOnNextLine(qsizetype index, const std::vector<qsizetype> &lines,
                             size_t position) const
    {
        const qsizetype next = index + 1;
        const QStringView line = rightTrimmed(m_lines.at(index));
        if (position + 1 >= lines.size() || lines.at(position + 1) != next) {
            return false;
        }
        const QStringView following = m_lines.at(next);
        if (isBlank(following) || hasBodyMarker(following) || startsParagraph(following)) {
            return false;
        }
        if (continuesSentence(following.front())) {
            return true; // no paragraph starts with a comma
        }
        if (m_wrapWidth == 0) {
            return false;
        }
        const int width = m_widths.at(size_t(index));
        return endsSentence(line.back()) ? width * 10 >= m_wrapWidth * 9
                                         : width * 10 >= m_wrapWidth * 6;
    }

    // Lines (indexes into m_lines, in order) into paragraphs.
    std::vector<Paragraph> paragraphs(const std::vector<qsizetype> &lines) const
    {
        std::vector<Paragraph> result;
        Paragraph current;
        auto finish = [&] {
            current.text = current.text.trimmed();
            if (!current.text.isEmpty()) {
                result.push_back(std::move(current));
            }
            current = Paragraph();
        };
        for (size_t k = 0; k < lines.size(); ++k) {
            const qsizetype index = lines.at(k);
            QStringView line = rightTrimmed(m_lines.at(index));
            const QStringView measured = line;
            if (hasBodyMarker(line)) {
                finish();
                line = line.mid(ContentMarker.size());
            }
            if (line.trimmed().isEmpty()) {
                if (!hasBodyMarker(measured)) {
                    finish();
                }
                continue;
            }
            if (current.text.isEmpty()) {
                current.line = index + 1;
            } else if (current.text.back().unicode() < 0x80 && line.front().unicode() < 0x80 &&
                       !current.text.back().isSpace()) {
                current.text += QLatin1Char(' '); // Latin words joined across a wrap
            }
            current.text += line;
            if (!continuesOnNextLine(index, lines, k)) {
                finish();
            }
        }
        finish();
        return result;
    }

    ImportRecord makeRecord(const QString &title, const QString &body, qsizetype line) const
    {
        ImportRecord record;
        record.kind = ImportRecord::Kind::Article;
        record.topicPath = QStringList{QStringLiteral("中医古籍"), m_bookTitle};
        record.title = title;
        record.body = body;
        record.author = m_author;
        record.period = m_period;
        record.source = m_bookTitle;
        record.ref = reference(m_fileName, line);
        record.location = location(m_fileName, line);
        return record;
    }

    bool emit(const QString &title, const QString &body, qsizetype line)
    {
        ++m_emitted;
        ImportRecord record = makeRecord(title, body, line);
        return m_sink(record);
    }

    bool flushSection()
    {
        ++m_sections;
        QStringList texts;
        for (Paragraph &paragraph : paragraphs(m_sectionLines)) {
            texts.append(std::move(paragraph.text));
        }
        const QString title =
            m_sectionTitle.isEmpty() ? QStringLiteral("第%1篇").arg(m_sections) : m_sectionTitle;
        return emit(title, texts.join(QLatin1String("\n\n")), m_sectionLine);
    }

    // Unsectioned text: articles of at most ~PartLength characters.
    bool emitParts(const std::vector<qsizetype> &lines)
    {
        QString part;
        qsizetype partLine = 0;
        auto add = [&](const QString &text, qsizetype line) {
            if (part.isEmpty()) {
                partLine = line;
            } else {
                part += QLatin1String("\n\n");
            }
            part += text;
        };
        auto flush = [&] {
            if (part.isEmpty()) {
                return true;
            }
            ++m_parts;
            const bool ok = emit(QStringLiteral("第%1部分").arg(m_parts), part, partLine);
            part.clear();
            return ok;
        };
        for (Paragraph &paragraph : paragraphs(lines)) {
            QString text = std::move(paragraph.text);
            while (!text.isEmpty()) {
                const qsizetype room = PartLength - part.size() - (part.isEmpty() ? 0 : 2);
                if (text.size() <= room) {
                    add(text, paragraph.line);
                    break;
                }
                if (text.size() > PartLength && room >= PartLength / 4) {
                    // A paragraph longer than a part fills this one up to a
                    // sentence end, and goes on in the next.
                    const qsizetype cut = sentenceCut(text, room);
                    add(text.left(cut).trimmed(), paragraph.line);
                    text = text.mid(cut).trimmed();
                }
                if (!flush()) {
                    return false;
                }
            }
        }
        return flush();
    }

    static qsizetype sentenceCut(const QString &text, qsizetype limit)
    {
        for (qsizetype i = limit - 1; i >= limit / 2; --i) {
            const char16_t c = text.at(i).unicode();
            if (c == u'。' || c == u'！' || c == u'？' || c == u'\n') {
                return i + 1;
            }
        }
        return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
    }

    const QString &m_text;
    QString m_fileName;
    const ParsedRecordSink &m_sink;
    ProgressTicker *m_ticker;
    QList<QStringView> m_lines;
    std::vector<int> m_widths; // display widths of m_lines, right-trimmed
    QString m_bookTitle;
    QString m_author;
    QString m_period;
    int m_wrapWidth = 0;
    QHash<qsizetype, QString> m_titleAt; // section titles that say more than the book's
    QString m_sectionTitle;
    qsizetype m_sectionLine = 0;
    std::vector<qsizetype> m_sectionLines;
    int m_sections = 0;
    int m_parts = 0;
    qsizetype m_emitted = 0;
};

} // namespace

QString bookTitleFromFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName().trimmed();
    static const QRegularExpression prefix(QStringLiteral("^[0-9]+[-._ ]+"));
    const QString title = QString(base).remove(prefix).trimmed();
    return title.isEmpty() ? base : title;
}

bool parseTcmBook(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                  ImportStats *stats, ImportError *error, const FileProgress &progress)
{
    DecodedText decoded;
    if (!decodeInput(bytes, fileName, EncodingPolicy::Detect, stats, &decoded, error)) {
        return false;
    }
    ProgressTicker ticker(progress, bytes.size(), decoded.text.size());
    BookReader reader(decoded.text, fileName, sink, &ticker);
    return reader.read();
}

} // namespace qingnang
