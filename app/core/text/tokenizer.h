// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace qingnang {

// Qingnang's tokenizer for Chinese health text, shared by the FTS5 index and
// the query builder (docs/search.md). Text is folded first (NFKC, case,
// Traditional → Simplified: charmaps.h). Then:
//   - a run of Han characters c0…cn-1 gives one token per character position:
//     the bigram ci ci+1 at position i (i < n-1) and the unigram cn-1 last, so
//     words of any length match as phrases, and a single character c is found
//     as the prefix query "c*";
//   - a run of letters and digits gives itself ("b12"), and for mixed runs also
//     its letter and digit parts at the same position ("b", "12");
//   - everything else separates tokens.
// Title mode adds, at each Han position, the character itself and its pinyin
// syllable and initial (marked with private-use prefixes), for exact single
// characters and pinyin search of titles. Query mode gives a run of two or
// more Han characters as its bigrams only, so that a query term ("面瘫") is one
// token and matches in any index, whatever its detail.
class Tokenizer
{
public:
    enum class Mode { Body, Title, Query };

    // FTS5's callback shape: flags is FTS5_TOKEN_COLOCATED for a token at the
    // previous token's position; start/end are byte offsets into the input.
    using Sink = int (*)(void *context, int flags, const char *token, int size, int start, int end);

    // Tokenizes UTF-8 text. Stops at the first non-zero return of sink and returns it.
    static int tokenize(Mode mode, const char *utf8, int size, void *context, Sink sink);

    // Private-use prefixes of pinyin tokens (U+E000 syllable, U+E001 initial). In
    // query mode, such a prefix followed by ASCII letters is passed through as one token.
    static constexpr char32_t pinyinSyllableMark = 0xE000;
    static constexpr char32_t pinyinInitialMark = 0xE001;

    // Longest token in bytes; longer letter runs are cut.
    static constexpr int maxTokenBytes = 64;

    struct Token
    {
        QString text;
        int position = 0;
        int start = 0;
        int end = 0;
    };
    // Convenience for tests and tools: the tokens of text, with positions.
    static QList<Token> tokens(Mode mode, const QString &text);
};

} // namespace qingnang
