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
    const auto add = [&out](const QString &feature) {
        if (!out.contains(feature)) {
            out.append(feature);
        }
    };
    for (const QueryTerm &term : plan.terms) {
        if (term.filler || term.stop || term.variant != 0) {
            continue;
        }
        if (isHan(term.text)) {
            add(term.text);
            continue;
        }
        // Latin words of two letters or more (bmi of bmi28, hpv, wifi); digits say nothing.
        qsizetype start = -1;
        for (qsizetype i = 0; i <= term.text.size(); ++i) {
            const bool letter = i < term.text.size() && term.text.at(i) >= QLatin1Char('a') &&
                                term.text.at(i) <= QLatin1Char('z');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 2) {
                    add(term.text.mid(start, i - start));
                }
                start = -1;
            }
        }
    }
    return out;
}

namespace {

// The score of these features, nothing when there is nothing to judge (score()).
std::optional<double> scoreOf(const ScopeModel &model, const QueryPlan &plan,
                              const QStringList &terms)
{
    // Two characters or fewer are a word being typed or looked up (猫, 空调 of 空调病):
    // too little to judge, and the index itself says whether the pack has it.
    if (plan.compact.size() < minimumJudged || model.isEmpty() ||
        std::none_of(terms.cbegin(), terms.cend(), isHan)) {
        return std::nullopt;
    }
    double sum = model.bias;
    for (const QString &term : terms) {
        sum += model.weights.value(term, 0.0);
    }
    return sum;
}

} // namespace

std::optional<double> score(const ScopeModel &model, const QueryPlan &plan)
{
    return scoreOf(model, plan, features(plan));
}

bool isOutside(const ScopeModel &model, const QueryPlan &plan)
{
    const QStringList terms = features(plan);
    const std::optional<double> value = scoreOf(model, plan, terms);
    if (!value || *value >= model.threshold) {
        return false;
    }
    double against = 0;
    for (const QString &term : terms) {
        against += qMin(0.0, model.weights.value(term, 0.0));
    }
    return against <= -model.evidence;
}

} // namespace qingnang::scope
