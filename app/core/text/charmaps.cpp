// SPDX-License-Identifier: MIT
#include "charmaps.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace qingnang::charmaps {

namespace {

#include "charmaps.inc" // generated at build time by tools/gencharmaps from ICU

constexpr char32_t bmpHanFirst = 0x3400;
constexpr char32_t bmpHanLast = 0xFAFF;

// Traditional → Simplified for the BMP Han blocks as a flat table (0: unchanged).
const std::vector<char16_t> &simplifiedTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> result(bmpHanLast - bmpHanFirst + 1, 0);
        for (const auto &[from, to] : kSimplified) {
            if (from >= bmpHanFirst && from <= bmpHanLast && to <= 0xFFFF) {
                result[from - bmpHanFirst] = char16_t(to);
            }
        }
        return result;
    }();
    return table;
}

bool isHan(char32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3005 ||
           cp == 0x3007 || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

// Punctuation and spaces that fold to nothing searchable: no need to ask ICU.
bool isCommonSeparator(char32_t cp)
{
    return (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x3000 && cp <= 0x303F && cp != 0x3005 && cp != 0x3007) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0xFF0C || cp == 0xFF1A || cp == 0xFF1B ||
           cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF08 || cp == 0xFF09;
}

} // namespace

int fold(char32_t cp, char32_t *out)
{
    if (cp < 0x80) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    if (cp >= bmpHanFirst && cp <= bmpHanLast) {
        if (cp >= 0xF900 && cp <= 0xFAFF) {
            // Compatibility ideographs: NFKC maps them to unified ones first.
        } else {
            const char16_t simplified = simplifiedTable()[cp - bmpHanFirst];
            out[0] = simplified ? char32_t(simplified) : cp;
            return 1;
        }
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) { // full-width ASCII
        return fold(cp - 0xFEE0, out);
    }
    if (isCommonSeparator(cp) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        out[0] = ' ';
        return 1;
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) {
        out[0] = ' '; // private use: never text (the search uses it internally)
        return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (!nfkcCasefold) {
        out[0] = cp;
        return 1;
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString folded =
        nfkcCasefold->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
    if (U_FAILURE(status)) {
        out[0] = cp;
        return 1;
    }
    int count = 0;
    for (int i = 0; i < folded.length() && count < 18;) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        char32_t simplified = char32_t(c);
        if (simplified >= bmpHanFirst && simplified <= bmpHanLast && simplified < 0xF900) {
            if (const char16_t s = simplifiedTable()[simplified - bmpHanFirst]) {
                simplified = s;
            }
        }
        out[count++] = simplified;
    }
    return count;
}

CharClass classify(char32_t cp)
{
    if (cp < 0x80) {
        const bool alnum =
            (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        return alnum ? CharClass::Alnum : CharClass::Separator;
    }
    if (isHan(cp)) {
        return CharClass::Han;
    }
    return u_isalnum(static_cast<UChar32>(cp)) ? CharClass::Alnum : CharClass::Separator;
}

QByteArrayView pinyin(char32_t cp)
{
    for (const PinyinRange &range : kPinyinRanges) {
        if (cp >= range.first && cp <= range.last) {
            return QByteArrayView(kSyllables[range.ids[cp - range.first]]);
        }
    }
    return {};
}

bool isPinyinSyllable(QByteArrayView text)
{
    static const QSet<QByteArray> syllables = [] {
        QSet<QByteArray> result;
        for (const char *syllable : kSyllables) {
            if (*syllable) {
                result.insert(QByteArray(syllable));
            }
        }
        return result;
    }();
    return syllables.contains(text.toByteArray());
}

bool isDictionaryWord(const char32_t *text, int length)
{
    if (length < 2) {
        return false;
    }
    // A break iterator is costly to make and not shareable between threads.
    thread_local std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> iterator(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(iterator) : nullptr;
    }();
    if (!words) {
        return false;
    }
    const icu::UnicodeString string =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32 *>(text), length);
    words->setText(string);
    // One word when the first break after the start is the end.
    return words->first() == 0 && words->next() == string.length();
}

} // namespace qingnang::charmaps
