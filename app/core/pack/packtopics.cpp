// SPDX-License-Identifier: MIT
// The topic tree of a pack: children, paths, related topics and topics themselves.
#include "pack.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace qingnang {

namespace {

// Every topic query names the table "t" and selects these first; a query
// "with summaries" adds the topic's summary as column 10.
QString selectTopics(bool withSummaries)
{
    static const QLatin1String columns(
        "t.id, coalesce(t.parent_id, 0), t.slug, t.title, t.position, t.child_count,"
        " t.article_count, t.question_count, t.total_articles, t.total_questions");
    if (!withSummaries) {
        return QStringLiteral("SELECT %1 FROM topic t").arg(columns);
    }
    return QStringLiteral("SELECT %1, coalesce(qingnang_text(s.body), '') FROM topic t"
                          " LEFT JOIN passage s ON s.kind = 1 AND s.owner_id = t.id"
                          " AND s.position = 0")
        .arg(columns);
}

TopicNode readTopicNode(const QSqlQuery &query)
{
    TopicNode node;
    node.id = query.value(0).toLongLong();
    node.parentId = query.value(1).toLongLong();
    node.slug = query.value(2).toString();
    node.title = query.value(3).toString();
    node.position = query.value(4).toInt();
    node.childCount = query.value(5).toInt();
    node.articleCount = query.value(6).toInt();
    node.questionCount = query.value(7).toInt();
    node.totalArticles = query.value(8).toInt();
    node.totalQuestions = query.value(9).toInt();
    return node;
}

// A row of a query with summaries, its aliases left empty.
Topic readTopicWithSummary(const QSqlQuery &query)
{
    Topic topic;
    static_cast<TopicNode &>(topic) = readTopicNode(query);
    topic.summary = query.value(10).toString();
    return topic;
}

// The children of parentId (0: the pack's roots) in display order, at most
// :limit of them, narrowed by `condition` where there is one.
void prepareChildren(QSqlQuery &query, qint64 parentId, bool withSummaries,
                     const QString &condition)
{
    query.setForwardOnly(true);
    const QString parent = parentId == 0 ? QStringLiteral("t.parent_id IS NULL")
                                         : QStringLiteral("t.parent_id = :parent");
    query.prepare(selectTopics(withSummaries) +
                  QStringLiteral(" WHERE %1%2 ORDER BY t.position, t.id LIMIT :limit")
                      .arg(parent, condition));
    if (parentId != 0) {
        query.bindValue(QStringLiteral(":parent"), parentId);
    }
}

// The rows of a children's query, read as Item; a damaged pack may make a
// topic its own child, which is left out.
template<typename Item>
QList<Item> readChildren(QSqlQuery &query, qint64 parentId, Item (*read)(const QSqlQuery &))
{
    QList<Item> items;
    while (query.next()) {
        Item item = read(query);
        if (item.id != parentId) {
            items.append(item);
        }
    }
    return items;
}

} // namespace

QList<TopicNode> Pack::childTopics(qint64 parentId, int afterPosition, qint64 afterId,
                                   int limit) const
{
    QSqlQuery query(database());
    prepareChildren(query, parentId, false,
                    QStringLiteral(" AND (t.position, t.id) > (:position, :id)"));
    query.bindValue(QStringLiteral(":position"), afterPosition);
    query.bindValue(QStringLiteral(":id"), afterId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!run(query, "topics")) {
        return {};
    }
    return readChildren(query, parentId, readTopicNode);
}

QList<Topic> Pack::childSummaries(qint64 parentId, int limit) const
{
    QSqlQuery query(database());
    prepareChildren(query, parentId, true, QString());
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!run(query, "topics with their summaries")) {
        return {};
    }
    return readChildren(query, parentId, readTopicWithSummary);
}

QHash<qint64, int> Pack::contentTopicCounts(const QList<qint64> &nodeIds) const
{
    QHash<qint64, int> counts;
    if (nodeIds.isEmpty()) {
        return counts;
    }
    QStringList ids;
    for (const qint64 id : nodeIds) {
        ids.append(QString::number(id));
        counts.insert(id, 0);
    }
    // Every node's subtree, bounded in depth like every walk of a pack's tree.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "WITH RECURSIVE sub(root, id, depth) AS ("
            " SELECT id, id, 0 FROM topic WHERE id IN (%1)"
            " UNION ALL SELECT sub.root, t.id, sub.depth + 1 FROM topic t"
            " JOIN sub ON t.parent_id = sub.id WHERE sub.depth < %2)"
            " SELECT sub.root, count(DISTINCT t.id) FROM sub JOIN topic t ON t.id = sub.id"
            " WHERE t.article_count > 0 OR t.question_count > 0 GROUP BY sub.root")
            .arg(ids.join(QLatin1Char(',')))
            .arg(maxTreeDepth));
    if (!run(query, "topic counts")) {
        return counts;
    }
    while (query.next()) {
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

QList<TopicNode> Pack::contentTopics(int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(selectTopics(false) +
                  QStringLiteral(" WHERE t.article_count > 0 OR t.question_count > 0"
                                 " ORDER BY t.id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<TopicNode> nodes;
    if (!run(query, "topics")) {
        return nodes;
    }
    while (query.next()) {
        nodes.append(readTopicNode(query));
    }
    return nodes;
}

std::optional<Topic> Pack::readTopic(QSqlQuery &query) const
{
    if (!run(query, "a topic") || !query.next()) {
        return std::nullopt;
    }
    Topic topic = readTopicWithSummary(query);

    QSqlQuery aliases(database());
    aliases.prepare(QStringLiteral(
        "SELECT alias FROM topic_alias WHERE topic_id = ? ORDER BY position, alias LIMIT ?"));
    aliases.addBindValue(topic.id);
    aliases.addBindValue(maxAliases);
    if (run(aliases, "aliases")) {
        while (aliases.next()) {
            topic.aliases.append(aliases.value(0).toString());
        }
    }
    return topic;
}

std::optional<Topic> Pack::topic(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(selectTopics(true) + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(id);
    return readTopic(query);
}

std::optional<Topic> Pack::topicBySlug(const QString &slug) const
{
    QSqlQuery query(database());
    query.prepare(selectTopics(true) + QStringLiteral(" WHERE t.slug = ?"));
    query.addBindValue(slug);
    return readTopic(query);
}

QList<TopicNode> Pack::topicPath(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(selectTopics(false) + QStringLiteral(" WHERE t.id = ?"));
    QList<TopicNode> path;
    QSet<qint64> seen;
    while (id != 0 && !seen.contains(id) && path.size() < maxTreeDepth) {
        seen.insert(id);
        query.bindValue(0, id);
        if (!run(query, "a topic") || !query.next()) {
            break;
        }
        const TopicNode node = readTopicNode(query);
        path.prepend(node);
        id = node.parentId;
    }
    return path;
}

QList<TopicNode> Pack::relatedTopics(qint64 topicId) const
{
    QSqlQuery query(database());
    query.prepare(selectTopics(false) +
                  QStringLiteral(" JOIN topic_related r ON t.id = r.related_id"
                                 " WHERE r.topic_id = ? ORDER BY r.position, t.id LIMIT ?"));
    query.addBindValue(topicId);
    query.addBindValue(maxRelated);
    QList<TopicNode> nodes;
    if (run(query, "related topics")) {
        while (query.next()) {
            nodes.append(readTopicNode(query));
        }
    }
    return nodes;
}

} // namespace qingnang
