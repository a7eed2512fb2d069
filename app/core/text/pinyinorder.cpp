// SPDX-License-Identifier: MIT
#include "pinyinorder.h"

#include "charmaps.h"

#include <QLocale>

#include <array>

namespace qingnang {

PinyinKey PinyinKey::of(const QString &title)
{
    PinyinKey key;
    std::array<char32_t, 18> folded{};
    for (const char32_t cp : title.toUcs4()) {
        const int count = charmaps::fold(cp, folded.data());
        for (int i = 0; i < count; ++i) {
            const QByteArrayView syllable = charmaps::pinyin(folded[size_t(i)]);
            if (!syllable.isEmpty()) {
                key.pinyin += QString::fromLatin1(syllable);
            } else if (charmaps::classify(folded[size_t(i)]) == charmaps::CharClass::Alnum) {
                key.pinyin += QString::fromUcs4(&folded[size_t(i)], 1);
            }
        }
    }
    const QChar first = key.pinyin.isEmpty() ? QChar() : key.pinyin.front().toUpper();
    key.letter = first >= QLatin1Char('A') && first <= QLatin1Char('Z') ? first : QLatin1Char('#');
    return key;
}

PinyinOrder::PinyinOrder()
    : m_collator(QLocale(QLocale::Chinese, QLocale::China))
{}

bool PinyinOrder::less(const PinyinKey &a, const QString &titleA, const PinyinKey &b,
                       const QString &titleB) const
{
    if (a.letter != b.letter) {
        return a.letter == QLatin1Char('#')   ? false
               : b.letter == QLatin1Char('#') ? true
                                              : a.letter < b.letter;
    }
    if (a.pinyin != b.pinyin) {
        return a.pinyin < b.pinyin;
    }
    return m_collator.compare(titleA, titleB) < 0;
}

} // namespace qingnang
