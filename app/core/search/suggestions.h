// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace qingnang {

class Pack;

// A topic offered when a query finds nothing or little.
struct TopicLink
{
    QString text;  // the title or alias that is close to the query
    QString title; // the topic's own title
    QUrl url;
};

// Topics whose title or one of whose aliases is close to what was typed, in
// spelling or in toneless pinyin (docs/search.md): 卫痛 → 胃痛 (a homophone),
// 高学压 → 高血压, weitogn → 胃痛. The fillers around the words do not count
// (卫痛怎么办 is compared as 卫痛).
namespace suggestions {

// Closest first, at most limit of them, from every pack (titles read once per pack).
QList<TopicLink> nearestTopics(const QList<std::shared_ptr<Pack>> &packs, const QString &query,
                               int limit);

// What to search for instead (卫痛怎么办 → 胃痛怎么办), when a topic is close
// to the query without being what it says; empty when there is none.
QString didYouMean(const QString &query, const QList<TopicLink> &nearest);

// The 症状 department of the packs (the first that has one at its top level).
QUrl symptomsPage(const QList<std::shared_ptr<Pack>> &packs);

} // namespace suggestions
} // namespace qingnang
