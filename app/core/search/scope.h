// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"
#include "queryplan.h"

#include <QStringList>

#include <optional>

namespace qingnang::scope {

// What the scope model of a pack (ScopeModel, docs/search.md) reads of a
// query: the distinct Chinese index terms of its content, as typed (bigrams
// and the single characters ICU reads as words), and its Latin words of two
// letters or more (folded: bmi of BMI28, wifi); fillers, their synonyms and
// numbers left out.
QStringList features(const QueryPlan &plan);

// Shorter queries (in characters, spaces and punctuation left out) are not judged.
inline constexpr int minimumJudged = 3;

// The model's score for the query: its bias plus the weight of each feature;
// nothing when the model is empty, the query is shorter than minimumJudged, or
// it has no Chinese content (a pinyin or Latin query is not judged).
std::optional<double> score(const ScopeModel &model, const QueryPlan &plan);

// Whether the query lies outside what the pack covers: its score is below the
// model's threshold, and the weights of its terms that speak against the pack
// add up to -evidence or less.
bool isOutside(const ScopeModel &model, const QueryPlan &plan);

} // namespace qingnang::scope
