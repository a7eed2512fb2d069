// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace qingnang {

// The fillers of health questions: how something is asked (怎么办, 是什么原因,
// 严重吗) and function words (的, 了, 吗), as opposed to what it is asked about.
// Search lets them shape the ranking but never make a hit on their own
// (docs/search.md). The list is data, derived from document frequencies of
// questions and answers by scripts/derive-fillers.py and reviewed by hand
// (resources/vocab/fillers.tsv), built into the library.
namespace fillers {

// Whether a whole word is a filler.
bool isFiller(const QString &word);

// For each character of a run of Han characters, whether a filler phrase of
// two or more characters covers it (是什么原因 in 胃疼是什么原因). Single
// characters count only as whole words (isFiller): 好 of 好转 is content.
QList<bool> coveredByFillers(const QString &han);

} // namespace fillers
} // namespace qingnang
