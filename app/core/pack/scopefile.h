// SPDX-License-Identifier: MIT
#pragma once

#include "packtypes.h"

#include <QString>

#include <optional>

namespace qingnang {

// scope.json of a content directory (docs/search.md, docs/content-format.md):
// {"format": 1, "about": "…", "bias": number, "threshold": number,
//  "evidence": number ≥ 0, "weights": {"term": number, …}}. The terms are the search index's tokens
// (bigrams and single characters of Chinese, folded like the index). No file
// gives an empty model (the pack takes every query). On a problem: nothing,
// and *error names the file and says what is wrong.
std::optional<ScopeModel> readScopeFile(const QString &path, QString *error);

// Most terms a scope may weigh, and the largest weight (either sign) it may
// give one term or its bias; a file over either is refused, a pack's rows
// past them are not read.
inline constexpr int maxScopeTerms = 200000;
inline constexpr double maxScopeWeight = 1000;
inline constexpr int maxScopeTermLength = 16;

} // namespace qingnang
