// SPDX-License-Identifier: MIT
#include "tokenizer.h"

#include "charmaps.h"

#include <array>
#include <cstring>
#include <vector>

namespace qingnang {

namespace {

constexpr int colocated = 0x0001; // FTS5_TOKEN_COLOCATED

// One folded code point and the bytes of the input it came from.
struct Unit
{
    char32_t cp;
    int start;
    int end;
    charmaps::CharClass cls;
};

// Decodes one UTF-8 sequence at text[i]; invalid bytes give U+FFFD of length 1.
char32_t decode(const unsigned char *text, int size, int i, int *length)
{
    const unsigned char b0 = text[i];
    if (b0 < 0x80) {
        *length = 1;
        return b0;
    }
    int need = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        need = 1;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        need = 2;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        need = 3;
        cp = b0 & 0x07;
    } else {
        *length = 1;
        return 0xFFFD;
    }
    if (i + need >= size) {
        *length = 1; // cut short at the end of the text
        return 0xFFFD;
    }
    for (int k = 1; k <= need; ++k) {
        if ((text[i + k] & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (text[i + k] & 0x3F);
    }
    static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
    if (cp < minimum[need] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *length = 1;
        return 0xFFFD;
    }
    *length = need + 1;
    return cp;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class Emitter
{
public:
    Emitter(void *context, Tokenizer::Sink sink)
        : m_context(context)
        , m_sink(sink)
    {}

    int emit(const std::string &token, int start, int end, bool samePosition)
    {
        return m_sink(m_context, samePosition ? colocated : 0, token.data(), int(token.size()),
                      start, end);
    }

private:
    void *m_context;
    Tokenizer::Sink m_sink;
};

int emitHanRun(const std::vector<Unit> &run, Tokenizer::Mode mode, Emitter &emitter)
{
    std::string token;
    const bool title = mode == Tokenizer::Mode::Title;
    auto extras = [&](const Unit &unit, bool withUnigram) -> int {
        if (!title) {
            return 0;
        }
        if (withUnigram) {
            token.clear();
            appendUtf8(token, unit.cp);
            if (const int rc = emitter.emit(token, unit.start, unit.end, true)) {
                return rc;
            }
        }
        const QByteArrayView syllable = charmaps::pinyin(unit.cp);
        if (syllable.isEmpty()) {
            return 0;
        }
        token.clear();
        appendUtf8(token, Tokenizer::pinyinSyllableMark);
        token.append(syllable.data(), size_t(syllable.size()));
        if (const int rc = emitter.emit(token, unit.start, unit.end, true)) {
            return rc;
        }
        token.clear();
        appendUtf8(token, Tokenizer::pinyinInitialMark);
        token += syllable.at(0);
        return emitter.emit(token, unit.start, unit.end, true);
    };
    for (size_t i = 0; i + 1 < run.size(); ++i) {
        token.clear();
        appendUtf8(token, run[i].cp);
        appendUtf8(token, run[i + 1].cp);
        if (const int rc = emitter.emit(token, run[i].start, run[i + 1].end, false)) {
            return rc;
        }
        if (const int rc = extras(run[i], true)) {
            return rc;
        }
    }
    const Unit &last = run.back();
    if (mode == Tokenizer::Mode::Query && run.size() > 1) {
        return 0; // a query's words are their bigrams: each one token, never a phrase
    }
    token.clear();
    appendUtf8(token, last.cp);
    if (const int rc = emitter.emit(token, last.start, last.end, false)) {
        return rc;
    }
    return extras(last, false);
}

int emitAlnumRun(const std::vector<Unit> &run, Tokenizer::Mode mode, Emitter &emitter)
{
    std::string token;
    bool letters = false;
    bool digits = false;
    for (const Unit &unit : run) {
        if (int(token.size()) < Tokenizer::maxTokenBytes - 4) {
            appendUtf8(token, unit.cp);
        }
        const bool digit = unit.cp >= '0' && unit.cp <= '9';
        digits = digits || digit;
        letters = letters || !digit;
    }
    const int start = run.front().start;
    const int end = run.back().end;
    if (const int rc = emitter.emit(token, start, end, false)) {
        return rc;
    }
    if (!(letters && digits) || mode == Tokenizer::Mode::Query) {
        return 0;
    }
    // Mixed runs ("b12", "covid19"): their parts too, at the same position.
    std::string part;
    int partStart = start;
    bool partDigit = run.front().cp >= '0' && run.front().cp <= '9';
    for (size_t i = 0; i <= run.size(); ++i) {
        const bool digit = i < run.size() && run[i].cp >= '0' && run[i].cp <= '9';
        if (i == run.size() || digit != partDigit) {
            if (!part.empty()) {
                if (const int rc = emitter.emit(part, partStart, run[i - 1].end, true)) {
                    return rc;
                }
            }
            if (i == run.size()) {
                break;
            }
            part.clear();
            partStart = run[i].start;
            partDigit = digit;
        }
        if (int(part.size()) < Tokenizer::maxTokenBytes - 4) {
            appendUtf8(part, run[i].cp);
        }
    }
    return 0;
}

} // namespace

namespace {

// Where a link target "](topic:slug)" or "](article:slug)" starting at byte
// at ends (after its ")"), or -1 when there is none (markdownlite.h writes
// such links).
int topicLinkTargetEnd(const unsigned char *text, int size, int at)
{
    static constexpr char topic[] = "](topic:";
    static constexpr char article[] = "](article:";
    int openingSize = int(sizeof topic) - 1;
    if (size - at < openingSize || std::memcmp(text + at, topic, openingSize) != 0) {
        openingSize = int(sizeof article) - 1;
        if (size - at < openingSize || std::memcmp(text + at, article, openingSize) != 0) {
            return -1;
        }
    }
    for (int i = at + openingSize; i < size && i < at + 110; ++i) {
        const unsigned char c = text[i];
        if (c == ')') {
            return i + 1;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            return -1;
        }
    }
    return -1;
}

} // namespace

int Tokenizer::tokenize(Mode mode, const char *utf8, int size, void *context, Sink sink)
{
    const auto *text = reinterpret_cast<const unsigned char *>(utf8);
    Emitter emitter(context, sink);
    std::vector<Unit> run;
    charmaps::CharClass runClass = charmaps::CharClass::Separator;
    auto flush = [&]() -> int {
        int rc = 0;
        if (!run.empty()) {
            rc = runClass == charmaps::CharClass::Han ? emitHanRun(run, mode, emitter)
                                                      : emitAlnumRun(run, mode, emitter);
        }
        run.clear();
        return rc;
    };
    std::array<char32_t, 18> folded{};
    for (int i = 0; i < size;) {
        int length = 1;
        const char32_t cp = decode(text, size, i, &length);
        const int start = i;
        i += length;
        if (mode == Mode::Query && (cp == pinyinSyllableMark || cp == pinyinInitialMark)) {
            // A pinyin token written by the query builder: the mark and its letters.
            if (const int rc = flush()) {
                return rc;
            }
            std::string token;
            appendUtf8(token, cp);
            while (i < size && text[i] >= 'a' && text[i] <= 'z' &&
                   int(token.size()) < maxTokenBytes) {
                token += char(text[i++]);
            }
            if (const int rc = emitter.emit(token, start, i, false)) {
                return rc;
            }
            continue;
        }
        if (mode == Mode::Body && cp == U']') {
            // The target of a link, "](topic:slug)" or "](article:slug)", is not text.
            if (const int end = topicLinkTargetEnd(text, size, start); end > 0) {
                if (const int rc = flush()) {
                    return rc;
                }
                i = end;
                continue;
            }
        }
        const int count = charmaps::fold(cp, folded.data());
        for (int k = 0; k < count; ++k) {
            const charmaps::CharClass cls = charmaps::classify(folded[size_t(k)]);
            if (cls != runClass || cls == charmaps::CharClass::Separator) {
                if (const int rc = flush()) {
                    return rc;
                }
                runClass = cls;
            }
            if (cls != charmaps::CharClass::Separator) {
                run.push_back({folded[size_t(k)], start, i, cls});
            }
        }
    }
    return flush();
}

QList<Tokenizer::Token> Tokenizer::tokens(Mode mode, const QString &text)
{
    struct Collector
    {
        QList<Token> tokens;
        int position = -1;
    } collector;
    const QByteArray utf8 = text.toUtf8();
    tokenize(mode, utf8.constData(), int(utf8.size()), &collector,
             [](void *context, int flags, const char *token, int size, int start, int end) {
                 auto *c = static_cast<Collector *>(context);
                 if (!(flags & colocated)) {
                     ++c->position;
                 }
                 c->tokens.append({QString::fromUtf8(token, size), c->position, start, end});
                 return 0;
             });
    return collector.tokens;
}

} // namespace qingnang
