// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace qingnang::charmaps {

// How text is folded before it is indexed or searched, one code point at a
// time: NFKC with case folding (full-width → half-width, Ａ → a), then
// Traditional → Simplified (麵 → 面). Writes the folded code points to out
// (at most 18) and returns how many; 0 drops the code point.
int fold(char32_t cp, char32_t *out);

enum class CharClass { Separator, Han, Alnum };
// The class of a code point that fold() produced.
CharClass classify(char32_t cp);

// The toneless pinyin of a (simplified) Han character, ü written v ("lv");
// empty when there is none.
QByteArrayView pinyin(char32_t cp);

// Whether text (lower-case ASCII) is a pinyin syllable of some character.
bool isPinyinSyllable(QByteArrayView text);

// Whether two or more Han characters make one word of ICU's Chinese
// dictionary (一般, 抽出 yes; 新脏, 昏米 no): what tells a real word from a
// homophone slip.
bool isDictionaryWord(const char32_t *text, int length);

} // namespace qingnang::charmaps
