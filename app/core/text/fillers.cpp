// SPDX-License-Identifier: MIT
#include "fillers.h"

#include <QSet>

namespace qingnang::fillers {

namespace {

// The words of resources/vocab/fillers.tsv, written out at configure time.
const char *const fillerWords[] = {
#include "fillers.inc"
};

struct Vocabulary
{
    QSet<QString> words;
    qsizetype longest = 0;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary table = [] {
        Vocabulary v;
        for (const char *word : fillerWords) {
            const QString text = QString::fromUtf8(word);
            v.words.insert(text);
            v.longest = qMax(v.longest, text.size());
        }
        return v;
    }();
    return table;
}

} // namespace

bool isFiller(const QString &word)
{
    return vocabulary().words.contains(word);
}

QList<bool> coveredByFillers(const QString &han)
{
    const Vocabulary &v = vocabulary();
    QList<bool> covered(han.size(), false);
    for (qsizetype i = 0; i + 1 < han.size(); ++i) {
        for (qsizetype length = qMin(v.longest, han.size() - i); length >= 2; --length) {
            if (v.words.contains(han.mid(i, length))) {
                for (qsizetype k = i; k < i + length; ++k) {
                    covered[k] = true;
                }
                break;
            }
        }
    }
    return covered;
}

} // namespace qingnang::fillers
