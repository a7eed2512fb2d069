// SPDX-License-Identifier: MIT
#include "scope.h"

#include "text/charmaps.h"

#include <algorithm>

namespace qingnang::scope {

namespace {

bool isHan(const QString &term)
{
    const QList<uint> codePoints = term.toUcs4();
    return !codePoints.isEmpty() &&
           std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint cp) {
               return charmaps::classify(char32_t(cp)) == charmaps::CharClass::Han;
           });
}

} // namespace

QStringList features(const QueryPlan &plan)
{
    QStringList out;
    for (const QueryTerm &term : plan.terms) {
        if (!term.filler && !term.stop && term.variant == 0 && isHan(term.text) &&
            !out.contains(term.text)) {
            out.append(term.text);
        }
    }
    return out;
}

std::optional<double> score(const ScopeModel &model, const QueryPlan &plan)
{
    const QStringList terms = features(plan);
    if (model.isEmpty() || terms.isEmpty()) {
        return std::nullopt;
    }
    double sum = model.bias;
    for (const QString &term : terms) {
        sum += model.weights.value(term, 0.0);
    }
    return sum;
}

bool isOutside(const ScopeModel &model, const QueryPlan &plan)
{
    const std::optional<double> value = score(model, plan);
    if (!value || *value >= model.threshold) {
        return false;
    }
    double against = 0;
    for (const QString &term : features(plan)) {
        against += qMin(0.0, model.weights.value(term, 0.0));
    }
    return against <= -model.evidence;
}

} // namespace qingnang::scope
