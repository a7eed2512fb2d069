// SPDX-License-Identifier: MIT
// The text normaliser (charmaps) and the tokenizer, on any bytes: UTF-8 or not,
// NULs, lone surrogates, every code point. Each token must lie inside the text
// it came from and be no longer than the tokenizer promises.
#include "fuzzsupport.h"

#include "text/charmaps.h"
#include "text/tokenizer.h"

using namespace qingnang;

namespace {

struct Seen
{
    int size = 0;
    int tokens = 0;
};

int checkToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *seen = static_cast<Seen *>(context);
    Q_UNUSED(flags);
    QINGNANG_FUZZ_CHECK(token != nullptr);
    QINGNANG_FUZZ_CHECK(size > 0 && size <= 4 * Tokenizer::maxTokenBytes);
    QINGNANG_FUZZ_CHECK(0 <= start && start <= end && end <= seen->size);
    // Touch every byte, so that ASan sees a token that points outside its buffer.
    unsigned sum = 0;
    for (int i = 0; i < size; ++i) {
        sum += static_cast<unsigned char>(token[i]);
    }
    seen->tokens += int(sum & 1U) + 1;
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16) {
        return -1;
    }
    const auto *text = reinterpret_cast<const char *>(data);
    for (const auto mode :
         {Tokenizer::Mode::Body, Tokenizer::Mode::Title, Tokenizer::Mode::Query}) {
        Seen seen;
        seen.size = int(size);
        QINGNANG_FUZZ_CHECK(Tokenizer::tokenize(mode, text, int(size), &seen, checkToken) == 0);
        const QList<Tokenizer::Token> tokens =
            Tokenizer::tokens(mode, QString::fromUtf8(text, qsizetype(size)));
        for (const Tokenizer::Token &token : tokens) {
            QINGNANG_FUZZ_CHECK(!token.text.isEmpty());
            QINGNANG_FUZZ_CHECK(token.position >= 0 && token.start <= token.end);
        }
    }
    // The folding tables over raw code points, four bytes at a time (any value,
    // also beyond U+10FFFF and surrogates).
    for (size_t i = 0; i + 4 <= size; i += 4) {
        const char32_t cp = char32_t(data[i]) | char32_t(data[i + 1]) << 8 |
                            char32_t(data[i + 2]) << 16 | char32_t(data[i + 3]) << 24;
        char32_t out[18];
        const int count = charmaps::fold(cp, out);
        QINGNANG_FUZZ_CHECK(count >= 0 && count <= 18);
        for (int j = 0; j < count; ++j) {
            (void)charmaps::classify(out[j]);
            (void)charmaps::pinyin(out[j]);
        }
    }
    (void)charmaps::isPinyinSyllable(QByteArrayView(text, qsizetype(size)));
    return 0;
}
