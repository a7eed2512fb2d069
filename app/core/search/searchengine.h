// SPDX-License-Identifier: MIT
#pragma once

#include "alerts.h"
#include "suggestions.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace qingnang {

class Pack;

enum class HitKind { Topic, Article, Question };

struct SearchHit
{
    HitKind kind = HitKind::Topic;
    QString packId;
    qint64 id = 0;      // the topic's, article's or question's id in its pack
    qint64 topicId = 0; // where it sits (for a topic: the topic itself)
    QString ref;        // the id given at import, else the pack's own (slug or number)
    QString title;
    QString topic; // the title of the topic it belongs to (for a topic: its parent)
    QUrl url;      // opens the hit, at the section where it matched
    double score = 0;
    // The passage that matched, one line, matches marked with snippetOpen/snippetClose.
    QString snippet;

    static constexpr char16_t snippetOpen = 0xE010;
    static constexpr char16_t snippetClose = 0xE011;
};

QString hitKindName(HitKind kind); // "topic", "article", "question"

struct SearchOptions
{
    int limit = 20;
    // Only this topic and what lies beneath it (0: everything), in the pack with this id.
    qint64 scopeTopicId = 0;
    QString scopePackId;
    bool snippets = true;
    // Checked between steps; when it becomes true the search stops early.
    const std::atomic<bool> *cancelled = nullptr;
};

struct SearchResult
{
    QList<SearchHit> hits;
    // Raised by the query whatever the hits: signs of an emergency or a crisis
    // (alerts.h, docs/alerts.md).
    std::optional<Alert> alert;
    // When the query finds nothing or little (fewer than SearchEngine::fewHits,
    // the whole library searched): topics close to it in spelling or pinyin,
    // what to search for instead (suggestions.h), and, when it finds nothing,
    // the 症状 department to browse.
    QList<TopicLink> nearTopics;
    QString suggestion;
    QUrl symptomsPage;
    // The query was judged to be about something no pack searched covers
    // (each pack's scope model, docs/search.md): it finds nothing there, and
    // no topic close in spelling is offered. Not set when a spelling is
    // suggested (高学压: taken for a slip, not for another subject).
    bool outsideScope = false;
    qint64 elapsedUs = 0;
    bool cancelled = false;
};

// Qingnang's search (docs/search.md): the query is folded and cut like the
// index, its terms weighted by word breaks and rarity; a pack whose scope
// model judges the query outside what it covers gives nothing (unless the
// query raises an alert); both indexes of every other pack give candidates, which are ranked by how
// much of the query they cover, whether they hold it as a phrase, and BM25. Safe to call from any
// thread (each thread reads through its own connections).
class SearchEngine
{
public:
    // packs: the open packs, the first being the primary one (whose pages need no pack id).
    static SearchResult search(const QList<std::shared_ptr<Pack>> &packs, const QString &query,
                               const SearchOptions &options = {});

    // Candidates each index gives before ranking.
    static constexpr int candidateLimit = 200;
    // Fewer hits than this is little: topics close in spelling are offered.
    static constexpr int fewHits = 3;
    // Topics offered when a query finds nothing or little.
    static constexpr int nearTopicLimit = 5;

    // Topic voting (docs/search.md): the first voteDepth hits vote for their
    // topics, each topic's best hit with its score and every further one with
    // voteShare of it; those hits are ordered by their topic's support. The
    // first leadHits then come from different topics, unless the first topic's
    // support is leadDominance times the next one's or more. Queries of one
    // character (typing has just begun) keep the order of their scores.
    static constexpr int voteDepth = 20;
    static constexpr double voteShare = 0.5;
    static constexpr int leadHits = 3;
    static constexpr double leadDominance = 3.0;
    // The vote itself, on hits in the order of their scores.
    static void voteByTopic(QList<SearchHit> &hits);
};

} // namespace qingnang
