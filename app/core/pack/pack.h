// SPDX-License-Identifier: MIT
#pragma once

#include "packtypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <memory>
#include <mutex>
#include <optional>

class QSqlQuery;

namespace qingnang {

class CheckedPacks;
class Pack;

struct PackOpenResult
{
    std::shared_ptr<Pack> pack; // null on failure
    QString error;              // "FILE: what is wrong", set on failure
};

// A content pack, opened read-only. Every reading method returns value types;
// a failed query is logged (naming the file) and gives an empty result.
//
// Qt's SQL connections belong to the thread that made them: each thread that
// reads gets a connection of its own, made on first use.
class Pack
{
public:
    ~Pack();
    Pack(const Pack &) = delete;
    Pack &operator=(const Pack &) = delete;

    // Checks that the file is a pack of a schema version we read and opens it.
    // A file of at most quickCheckLimit bytes also passes SQLite's quick check
    // (every page read once) first, unless checked holds the same file as
    // having passed it before; a pack that opens is then recorded in checked.
    // A damaged pack's error names the file and points at `qingnang-pack
    // verify` for the full check.
    static PackOpenResult open(const QString &path, CheckedPacks *checked = nullptr);
    static constexpr qint64 quickCheckLimit = qint64(32) << 20;
    // The cheap check open() starts with: the file's SQLite header, application
    // id and schema version. Empty when the file looks like a pack we read.
    static QString checkFile(const QString &path);
    // The SQLite URI that opens the pack at path read-only and immutable: no
    // locks, and no -journal, -wal or -shm file is looked for or created beside
    // it, so a pack opens from a read-only directory (or medium) and nothing is
    // written next to it, whatever its journal mode. Packs are never changed in
    // place (a build renames a new file over the old one), so this is safe.
    // Open it with SQLITE_OPEN_URI (QSQLITE_OPEN_URI).
    static QString readOnlyUri(const QString &path);

    const PackInfo &info() const { return m_info; }
    QString path() const { return m_info.path; }
    QString id() const { return m_info.packId; }
    QString title() const { return m_info.title; }
    // The pack's disclaimer, plain and bounded (at most maxDisclaimerLength
    // characters and an ellipsis), or the built-in one when it says nothing.
    QString disclaimer() const;
    // The pack's red flags, in order (read when the pack is opened; none in
    // packs made before there were any, or without them).
    const QList<AlertRule> &alerts() const { return m_alerts; }
    // The pack's scope model (docs/search.md): empty when the pack has none.
    // Its numbers are checked when the pack opens; its terms (tens of
    // thousands) are read on first use, by the thread that searches.
    const ScopeModel &scope() const;
    static constexpr int maxDisclaimerLength = 500;

    // Lists are read in pages: a page starts after the item with the given
    // position and id (those of the last item already read), or at the start.
    static constexpr int listStart = std::numeric_limits<int>::min();

    // Children of parentId (0: the pack's roots), in display order, at most
    // limit of them (negative: all).
    QList<TopicNode> childTopics(qint64 parentId, int afterPosition = listStart, qint64 afterId = 0,
                                 int limit = -1) const;
    // The same with each child's summary (its aliases left empty), at most limit of them.
    QList<Topic> childSummaries(qint64 parentId, int limit) const;
    // How many topics with articles or questions each node's subtree holds
    // (the node itself counted), in one walk of the tree.
    QHash<qint64, int> contentTopicCounts(const QList<qint64> &nodeIds) const;
    // Topics that have articles or questions, in id order, at most limit of them.
    QList<TopicNode> contentTopics(int limit) const;
    std::optional<Topic> topic(qint64 id) const;
    std::optional<Topic> topicBySlug(const QString &slug) const;
    // The topic and its ancestors, root first. Bounded, so a damaged tree cannot loop.
    QList<TopicNode> topicPath(qint64 id) const;
    QList<TopicNode> relatedTopics(qint64 topicId) const;

    // Articles of a topic in display order: `limit` of them from the `offset`-th.
    QList<ArticleRef> articlesOf(qint64 topicId, int offset, int limit) const;
    // The articles before and after this one in its topic's order (id 0 where there is none).
    std::pair<ArticleRef, ArticleRef> neighbourArticles(qint64 articleId) const;
    std::optional<Article> articleBySlug(const QString &slug) const;

    // Questions of a topic in display order, a page at a time (see listStart).
    QList<QuestionSummary> questionsOf(qint64 topicId, int afterPosition, qint64 afterId,
                                       int limit) const;
    std::optional<Question> question(qint64 id) const;

    // Releases this thread's connection (for worker threads that are done).
    void releaseThreadConnection() const;

    // This thread's read-only connection, for the core's other readers (the
    // search engine). The UI never uses it: it goes through models and pages.
    QSqlDatabase connection() const { return database(); }

    static constexpr int maxTreeDepth = 64;
    // A topic's aliases and related topics, as read: the first ones only, so
    // that a pack cannot make one page endless.
    static constexpr int maxAliases = 50;
    static constexpr int maxRelated = 100;
    static constexpr int maxAlerts = 1000;

private:
    explicit Pack(const QString &path);
    QSqlDatabase database() const;
    bool run(QSqlQuery &query, const char *what) const;
    std::optional<Topic> readTopic(QSqlQuery &query) const;
    QString connectionName() const;
    bool loadInfo(QString *error, bool quickCheck);

    bool loadAlerts(QString *error);
    bool loadScope(QString *error);
    void loadScopeTerms() const;

    PackInfo m_info;
    QList<AlertRule> m_alerts;
    mutable ScopeModel m_scope;
    mutable std::once_flag m_scopeTermsRead;
    qint64 m_scopeTerms = 0; // rows of the scope table, counted on opening
    quint64 m_serial;
};

} // namespace qingnang
