// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace qingnang {

// Value types returned by Pack. Nothing here refers to a database: the models
// and the page renderer work on these only.

struct TopicNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a root of the pack's tree
    QString slug;
    QString title;
    int position = 0;
    int childCount = 0;
    int articleCount = 0;   // articles of this topic itself
    int questionCount = 0;  // questions of this topic itself
    int totalArticles = 0;  // this topic and every descendant
    int totalQuestions = 0; // this topic and every descendant
};

struct Topic : TopicNode
{
    QString summary;
    QStringList aliases;
};

struct ArticleRef
{
    qint64 id = 0;
    qint64 topicId = 0;
    QString slug;
    QString title;
    QString updated;
};

struct Section
{
    int position = 0; // 1-based; the anchor in a page is "s<position>"
    QString heading;  // empty for an untitled introduction
    QString body;     // the Markdown subset of docs/pack-format.md
};

struct Article : ArticleRef
{
    QString source;
    QString author;
    QString period; // e.g. the dynasty of a classical book
    QList<Section> sections;
};

struct QuestionSummary
{
    qint64 id = 0;
    qint64 topicId = 0;
    int position = 0;
    QString title;
    QString excerpt; // start of the first answer, one line
    int answerCount = 0;
};

struct Answer
{
    qint64 id = 0;
    QString body;
};

struct Question
{
    qint64 id = 0;
    qint64 topicId = 0;
    QString title;
    QString body;
    QList<Answer> answers;
};

// A red flag of a pack (docs/alerts.md): when a query holds one of its
// patterns, the reader says, before any hit, what the signs may mean and what
// to do now. A pattern is groups of phrases: it holds when the query holds a
// phrase of every group. A query that holds any of the unless phrases raises
// nothing by this rule.
struct AlertRule
{
    QString id;
    QString level;     // "emergency", "urgent" or "crisis"
    QString message;   // what the signs may mean, what to do now
    QString topicSlug; // the page to read; empty when there is none
    QList<QList<QStringList>> patterns;
    QStringList unless;
};

// A pack's scope (docs/search.md): a linear model over a query's content
// terms that says whether the query is about what the pack covers at all.
// Its score is bias plus the weight of every distinct content term the query
// holds. A query is outside the pack, and finds nothing in it, when its score
// is below threshold and its terms that speak against the pack (negative
// weights) add up to -evidence or less: a short query the model merely knows
// little about is not turned away. Empty in packs that do not say (all
// queries are theirs).
struct ScopeModel
{
    double bias = 0;
    double threshold = 0;
    double evidence = 0;
    QHash<QString, double> weights;
    bool isEmpty() const { return weights.isEmpty(); }
};

struct PackCounts
{
    qint64 topics = 0;
    qint64 topicsWithContent = 0;
    qint64 articles = 0;
    qint64 sections = 0;
    qint64 questions = 0;
    qint64 answers = 0;
    qint64 titleDocs = 0;          // rows of the title index
    qint64 passages = 0;           // rows of the passage index
    double averageTitleLength = 0; // characters, over the title index
};

// What a pack says about itself: the fields of a content directory's
// pack.json (contentsource.h), kept in the pack's meta table.
struct PackMetadata
{
    QString title;
    QString language;
    QString contentDate;
    QString source;
    QString license;
    QString description;
    QString disclaimer;
    QString review;
};

struct PackInfo : PackMetadata
{
    QString path;
    int schemaVersion = 0;
    QString packId;
    QString created;
    QString checksum;
    PackCounts counts;
};

} // namespace qingnang

Q_DECLARE_METATYPE(qingnang::TopicNode)
