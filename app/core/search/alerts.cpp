// SPDX-License-Identifier: MIT
#include "alerts.h"

#include "address/pageurl.h"
#include "pack/pack.h"
#include "text/charmaps.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string>

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

// A sound people confuse when they type pinyin in a hurry or in a southern
// accent: zh/z, ch/c, sh/s and -ng/-n are one sound here.
QByteArray looseSound(char32_t cp)
{
    QByteArray sound(charmaps::pinyin(cp).data(), charmaps::pinyin(cp).size());
    if (sound.size() > 1 && sound.at(1) == 'h' &&
        (sound.at(0) == 'z' || sound.at(0) == 'c' || sound.at(0) == 's')) {
        sound.remove(1, 1);
    }
    if (sound.endsWith("ng")) {
        sound.chop(1);
    }
    return sound;
}

// Whether a typed character could be a homophone slip for the phrase's one
// (新脏 for 心脏, 昏米 for 昏迷, 过明 for 过敏).
bool soundsAlike(char32_t typed, char32_t meant)
{
    if (charmaps::classify(typed) != charmaps::CharClass::Han ||
        charmaps::classify(meant) != charmaps::CharClass::Han) {
        return false;
    }
    const QByteArray a = looseSound(typed);
    return !a.isEmpty() && a == looseSound(meant);
}

// Whether the phrase occurs in the key or, when `slips`, occurs with one
// character typed as a homophone: in phrases of three characters or more, and
// in two-character ones only when `shortSlips` too.
bool occursIn(const std::u32string &key, const std::u32string &phrase, bool slips, bool shortSlips)
{
    const size_t n = phrase.size();
    if (n == 0 || n > key.size()) {
        return false;
    }
    slips = slips && (n >= 3 || (n == 2 && shortSlips));
    for (size_t at = 0; at + n <= key.size(); ++at) {
        int misses = 0;
        size_t i = 0;
        for (; i < n; ++i) {
            if (key[at + i] == phrase[i]) {
                continue;
            }
            if (!slips || ++misses > 1 || !soundsAlike(key[at + i], phrase[i])) {
                break;
            }
        }
        // A slip that spells a real word (一般 for 一半) is that word.
        if (i == n && (misses == 0 || !charmaps::isDictionaryWord(key.data() + at, int(n)))) {
            return true;
        }
    }
    return false;
}

std::u32string keyOf(const QString &text)
{
    const QList<uint> ucs4 = alertKey(text).toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

// A rule's phrase as matched; rules' phrases are few (thousands) and asked for
// on every query, so each thread keeps the ones it has folded.
const std::u32string &phraseKey(const QString &phrase)
{
    thread_local QHash<QString, std::u32string> cache;
    auto it = cache.constFind(phrase);
    if (it == cache.constEnd()) {
        it = cache.insert(phrase, keyOf(phrase));
    }
    return *it;
}

// Two-character slips count only in the first group of a pattern of several:
// the group that names the condition, typed through pinyin (昏米 for 昏迷),
// not the common words around it (吃精 is not 吃进).
bool matches(const std::u32string &key, const QList<QStringList> &pattern, bool slips)
{
    for (qsizetype g = 0; g < pattern.size(); ++g) {
        const bool shortSlips = slips && g == 0 && pattern.size() > 1;
        if (std::none_of(pattern[g].begin(), pattern[g].end(), [&](const QString &phrase) {
                return occursIn(key, phraseKey(phrase), slips, shortSlips);
            })) {
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
    const std::u32string key = keyOf(query);
    if (key.empty()) {
        return std::nullopt;
    }
    std::optional<Alert> best;
    for (qsizetype i = 0; i < packs.size(); ++i) {
        const auto &pack = packs.at(i);
        for (const AlertRule &rule : pack->alerts()) {
            const std::optional<Alert::Level> level = levelOf(rule.level);
            if (!level || (best && *level <= best->level) ||
                std::any_of(rule.unless.begin(), rule.unless.end(), [&](const QString &phrase) {
                    const std::u32string &unlessKey = phraseKey(phrase);
                    return !unlessKey.empty() && key.find(unlessKey) != std::u32string::npos;
                })) {
                continue;
            }
            for (const QList<QStringList> &pattern : rule.patterns) {
                // No slips for a crisis (怎么死, 怎么使).
                const bool slips = *level != Alert::Level::Crisis;
                if (matches(key, pattern, slips)) {
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
