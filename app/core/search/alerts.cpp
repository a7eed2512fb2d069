// SPDX-License-Identifier: MIT
#include "alerts.h"

#include "address/pageurl.h"
#include "pack/pack.h"
#include "text/charmaps.h"

#include <algorithm>
#include <array>

namespace qingnang {

namespace {

// Queries are cut like search's (QueryPlan::maxQueryLength is longer; an
// alert needs only the start of what someone types).
constexpr qsizetype maxQueryChars = 400;

std::optional<Alert::Level> levelOf(const QString &name)
{
    if (name == QLatin1String("crisis")) {
        return Alert::Level::Crisis;
    }
    if (name == QLatin1String("emergency")) {
        return Alert::Level::Emergency;
    }
    if (name == QLatin1String("urgent")) {
        return Alert::Level::Urgent;
    }
    return std::nullopt;
}

bool matches(const QString &key, const QList<QStringList> &pattern)
{
    for (const QStringList &group : pattern) {
        bool any = false;
        for (const QString &phrase : group) {
            const QString phraseKey = alertKey(phrase);
            if (!phraseKey.isEmpty() && key.contains(phraseKey)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return false;
        }
    }
    return !pattern.isEmpty();
}

} // namespace

QString alertKey(const QString &text)
{
    QString key;
    std::array<char32_t, 18> folded{};
    for (const char32_t cp : text.left(maxQueryChars).toUcs4()) {
        const int count = charmaps::fold(cp, folded.data());
        for (int i = 0; i < count; ++i) {
            if (charmaps::classify(folded[size_t(i)]) != charmaps::CharClass::Separator) {
                key += QString::fromUcs4(&folded[size_t(i)], 1);
            }
        }
    }
    return key;
}

std::optional<Alert> findAlert(const QList<std::shared_ptr<Pack>> &packs, const QString &query)
{
    const QString key = alertKey(query);
    if (key.isEmpty()) {
        return std::nullopt;
    }
    std::optional<Alert> best;
    for (qsizetype i = 0; i < packs.size(); ++i) {
        const auto &pack = packs.at(i);
        for (const AlertRule &rule : pack->alerts()) {
            const std::optional<Alert::Level> level = levelOf(rule.level);
            if (!level || (best && *level <= best->level) ||
                std::any_of(rule.unless.begin(), rule.unless.end(), [&](const QString &phrase) {
                    const QString phraseKey = alertKey(phrase);
                    return !phraseKey.isEmpty() && key.contains(phraseKey);
                })) {
                continue;
            }
            for (const QList<QStringList> &pattern : rule.patterns) {
                if (matches(key, pattern)) {
                    Alert alert;
                    alert.level = *level;
                    alert.levelName = rule.level;
                    alert.text = rule.message;
                    alert.id = rule.id;
                    if (!rule.topicSlug.isEmpty()) {
                        alert.url = pageurl::topic(rule.topicSlug, i == 0 ? QString() : pack->id());
                    }
                    best = alert;
                    break;
                }
            }
        }
    }
    return best;
}

} // namespace qingnang
