// SPDX-License-Identifier: MIT
#include "suggestions.h"

#include "address/pageurl.h"
#include "pack/pack.h"
#include "text/charmaps.h"
#include "text/fillers.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace qingnang::suggestions {

namespace {

// One title or alias of a topic, folded, with each character's toneless pinyin.
struct Name
{
    QList<char32_t> chars;
    QList<QByteArray> syllables; // one per character (empty when it has none)
    QByteArray letters;          // the syllables joined: weitong
    QString text;
    QString title;
    QString slug;
    bool alias = false;
};

// Titles read per pack are few (a topic tree and its aliases) and kept.
constexpr int maxNames = 50000;

QList<char32_t> folded(const QString &text)
{
    QList<char32_t> out;
    std::array<char32_t, 18> buffer{};
    for (const char32_t cp : text.toUcs4()) {
        const int count = charmaps::fold(cp, buffer.data());
        for (int k = 0; k < count; ++k) {
            if (charmaps::classify(buffer[size_t(k)]) != charmaps::CharClass::Separator) {
                out.append(buffer[size_t(k)]);
            }
        }
    }
    return out;
}

std::shared_ptr<const QList<Name>> namesOf(const std::shared_ptr<Pack> &pack)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QList<Name>>> cache;
    const QString key = pack->info().path + QLatin1Char('\n') + pack->id();
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = cache.value(key)) {
            return found;
        }
    }
    auto names = std::make_shared<QList<Name>>();
    QSqlQuery query(pack->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.title, t.slug, t.title, 0 FROM topic t"
                                 " UNION ALL SELECT a.alias, t.slug, t.title, 1 FROM topic_alias a"
                                 " JOIN topic t ON t.id = a.topic_id LIMIT %1")
                      .arg(maxNames));
    if (query.exec()) {
        while (query.next()) {
            Name name;
            name.text = query.value(0).toString();
            name.chars = folded(name.text);
            if (name.chars.size() < 2) {
                continue;
            }
            for (const char32_t c : std::as_const(name.chars)) {
                const QByteArrayView syllable = charmaps::pinyin(c);
                name.syllables.append(syllable.toByteArray());
                name.letters += syllable.isEmpty() && c < 0x80 ? QByteArray(1, char(c))
                                                               : syllable.toByteArray();
            }
            name.slug = query.value(1).toString();
            name.title = query.value(2).toString();
            name.alias = query.value(3).toInt() != 0;
            names->append(name);
        }
    }
    const QMutexLocker lock(&mutex);
    cache.insert(key, names);
    return names;
}

// The edit distance between a of n items and b of m (optimal string
// alignment): deleting or inserting an item costs 1, and so does swapping two
// neighbours; putting b's item j where a's item i was costs substitute(i, j)
// (0 when they are the same). same(i, j): a's item i is b's item j.
template<typename Same, typename Substitute>
double editDistance(qsizetype n, qsizetype m, Same same, Substitute substitute)
{
    QList<QList<double>> d(n + 1, QList<double>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i) {
        d[i][0] = double(i);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        d[0][j] = double(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            d[i][j] = std::min(
                {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitute(i - 1, j - 1)});
            if (i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1)) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

// The edit distance over characters, where a homophone (same toneless pinyin)
// costs less than another character.
double hanDistance(const QList<char32_t> &a, const QList<QByteArray> &pa, const Name &b)
{
    const auto same = [&](qsizetype i, qsizetype j) { return a[i] == b.chars[j]; };
    return editDistance(a.size(), b.chars.size(), same, [&](qsizetype i, qsizetype j) {
        if (same(i, j)) {
            return 0.0;
        }
        return !pa[i].isEmpty() && pa[i] == b.syllables[j] ? 0.3 : 1.0;
    });
}

// The same over letters (typed pinyin against a name's syllables joined).
int letterDistance(const QByteArray &a, const QByteArray &b)
{
    const auto same = [&](qsizetype i, qsizetype j) { return a[i] == b[j]; };
    return int(editDistance(a.size(), b.size(), same,
                            [&](qsizetype i, qsizetype j) { return same(i, j) ? 0.0 : 1.0; }));
}

// The query without the fillers before and after its words: 卫痛怎么办 →
// {"", 卫痛, 怎么办}.
struct Core
{
    QString before;
    QString core;
    QString after;
};

Core coreOf(const QString &query)
{
    QString compact;
    for (const char32_t c : folded(query)) {
        compact += QString::fromUcs4(&c, 1);
    }
    const QList<bool> covered = fillers::coveredByFillers(compact);
    qsizetype from = 0;
    qsizetype to = compact.size();
    auto filler = [&](qsizetype i) {
        return covered.value(i) || fillers::isFiller(compact.mid(i, 1));
    };
    while (from < to && filler(to - 1)) {
        --to;
    }
    while (from < to && filler(from)) {
        ++from;
    }
    return {compact.left(from), compact.mid(from, to - from), compact.mid(to)};
}

} // namespace

QList<TopicLink> nearestTopics(const QList<std::shared_ptr<Pack>> &packs, const QString &query,
                               int limit)
{
    const Core core = coreOf(query.left(64));
    const QList<char32_t> chars = folded(core.core);
    if (chars.size() < 2) {
        return {};
    }
    bool han = true;
    bool letters = true;
    QList<QByteArray> syllables;
    QByteArray typed;
    for (const char32_t c : chars) {
        han = han && charmaps::classify(c) == charmaps::CharClass::Han;
        letters = letters && c >= U'a' && c <= U'z';
        syllables.append(charmaps::pinyin(c).toByteArray());
        typed += char(c & 0x7F);
    }
    if (!han && !letters) {
        return {};
    }
    if (letters && typed.size() < 4) {
        return {}; // too short to tell a slip from another word
    }
    struct Scored
    {
        double distance;
        const Name *name;
        QString packId; // empty for the primary pack, whose pages need none
    };
    QList<Scored> scored;
    QList<std::shared_ptr<const QList<Name>>> held;
    for (qsizetype p = 0; p < packs.size(); ++p) {
        held.append(namesOf(packs.at(p)));
        for (const Name &name : *held.last()) {
            double distance = 99;
            if (han) {
                if (qAbs(name.chars.size() - chars.size()) > 1) {
                    continue;
                }
                distance = hanDistance(chars, syllables, name);
                // Two characters allow one homophone only; longer words one slip
                // per three characters.
                const double allowed = chars.size() == 2 ? 0.3 : double(chars.size()) / 3.0;
                if (distance > allowed + 1e-9) {
                    continue;
                }
            } else {
                if (name.letters.isEmpty() || qAbs(name.letters.size() - typed.size()) > 2) {
                    continue;
                }
                distance = letterDistance(typed, name.letters);
                if (distance > (typed.size() >= 8 ? 2 : 1)) {
                    continue;
                }
            }
            scored.append({distance + (name.alias ? 0.01 : 0), &name,
                           p == 0 ? QString() : packs.at(p)->id()});
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.distance < b.distance; });
    QList<TopicLink> links;
    for (const Scored &s : std::as_const(scored)) {
        if (links.size() >= limit) {
            break;
        }
        const QUrl url = pageurl::topic(s.name->slug, s.packId);
        const bool seen = std::any_of(links.cbegin(), links.cend(),
                                      [&](const TopicLink &l) { return l.url == url; });
        if (!seen) {
            links.append({s.name->text, s.name->title, url});
        }
    }
    return links;
}

QString didYouMean(const QString &query, const QList<TopicLink> &nearest)
{
    if (nearest.isEmpty()) {
        return {};
    }
    const Core core = coreOf(query.left(64));
    const QString text = nearest.first().text;
    if (folded(text) == folded(core.core)) {
        return {}; // already what was typed
    }
    // Typed pinyin is answered with the name alone; Chinese keeps its fillers.
    const bool letters = !core.core.isEmpty() && core.core.front().unicode() < 0x80;
    return letters ? text : core.before + text + core.after;
}

QUrl symptomsPage(const QList<std::shared_ptr<Pack>> &packs)
{
    for (qsizetype p = 0; p < packs.size(); ++p) {
        QSqlQuery query(packs.at(p)->connection());
        query.prepare(QStringLiteral("SELECT slug FROM topic WHERE parent_id IS NULL AND title = ? "
                                     "ORDER BY position LIMIT 1"));
        query.addBindValue(QStringLiteral("症状"));
        if (query.exec() && query.next()) {
            return pageurl::topic(query.value(0).toString(),
                                  p == 0 ? QString() : packs.at(p)->id());
        }
    }
    return {};
}

} // namespace qingnang::suggestions
