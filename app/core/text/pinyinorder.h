// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QCollator>
#include <QString>

namespace qingnang {

// Where a title sorts in pinyin order, as the A–Z index and the topic tree
// list titles: by its first letter (A–Z, '#' after Z for titles that start
// with neither a Latin letter nor a Han character), then by its toneless
// pinyin, then by the characters themselves.
struct PinyinKey
{
    QString pinyin; // the title's toneless syllables run together ("tou" "tong" → "toutong")
    QChar letter;   // 'A'–'Z' or '#'

    static PinyinKey of(const QString &title);
};

// Compares titles with their keys in that order. Not thread-safe (it holds a
// QCollator for the last step).
class PinyinOrder
{
public:
    PinyinOrder();
    bool less(const PinyinKey &a, const QString &titleA, const PinyinKey &b,
              const QString &titleB) const;

private:
    QCollator m_collator;
};

} // namespace qingnang
