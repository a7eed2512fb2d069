// SPDX-License-Identifier: MIT
// The articles and questions of a pack, as the pages show them.
#include "pack.h"

#include <QSqlQuery>

namespace qingnang {

namespace {

ArticleRef readArticleRef(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

} // namespace

QList<ArticleRef> Pack::articlesOf(qint64 topicId, int offset, int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, topic_id, slug, title, updated FROM article"
                                 " WHERE topic_id = ? ORDER BY position, id LIMIT ? OFFSET ?"));
    query.addBindValue(topicId);
    query.addBindValue(qMax(0, limit));
    query.addBindValue(qMax(0, offset));
    QList<ArticleRef> articles;
    if (run(query, "articles")) {
        while (query.next()) {
            articles.append(readArticleRef(query));
        }
    }
    return articles;
}

std::pair<ArticleRef, ArticleRef> Pack::neighbourArticles(qint64 articleId) const
{
    std::pair<ArticleRef, ArticleRef> neighbours;
    for (const bool before : {true, false}) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT n.id, n.topic_id, n.slug, n.title, n.updated FROM article a"
                           " JOIN article n ON n.topic_id = a.topic_id"
                           " AND (n.position, n.id) %1 (a.position, a.id)"
                           " WHERE a.id = ? ORDER BY n.position %2, n.id %2 LIMIT 1")
                .arg(before ? QStringLiteral("<") : QStringLiteral(">"),
                     before ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        query.addBindValue(articleId);
        if (run(query, "neighbouring articles") && query.next()) {
            (before ? neighbours.first : neighbours.second) = readArticleRef(query);
        }
    }
    return neighbours;
}

std::optional<Article> Pack::articleBySlug(const QString &slug) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, topic_id, slug, title, updated, source, author, period"
                                 " FROM article WHERE slug = ?"));
    query.addBindValue(slug);
    if (!run(query, "an article") || !query.next()) {
        return std::nullopt;
    }
    Article article;
    static_cast<ArticleRef &>(article) = readArticleRef(query);
    article.source = query.value(5).toString();
    article.author = query.value(6).toString();
    article.period = query.value(7).toString();

    QSqlQuery sections(database());
    sections.prepare(QStringLiteral("SELECT position, heading, qingnang_text(body) FROM passage"
                                    " WHERE kind = 2 AND owner_id = ? ORDER BY position"));
    sections.addBindValue(article.id);
    if (run(sections, "sections")) {
        while (sections.next()) {
            article.sections.append({sections.value(0).toInt(), sections.value(1).toString(),
                                     sections.value(2).toString()});
        }
    }
    return article;
}

QList<QuestionSummary> Pack::questionsOf(qint64 topicId, int afterPosition, qint64 afterId,
                                         int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, topic_id, position, title, excerpt, answer_count"
                                 " FROM question WHERE topic_id = ? AND (position, id) > (?, ?)"
                                 " ORDER BY position, id LIMIT ?"));
    query.addBindValue(topicId);
    query.addBindValue(afterPosition);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    QList<QuestionSummary> questions;
    if (run(query, "questions")) {
        while (query.next()) {
            questions.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                              query.value(2).toInt(), query.value(3).toString(),
                              query.value(4).toString(), query.value(5).toInt()});
        }
    }
    return questions;
}

std::optional<Question> Pack::question(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT q.id, q.topic_id, q.title, coalesce(qingnang_text(b.body), '')"
                       " FROM question q LEFT JOIN passage b"
                       " ON b.kind = 3 AND b.owner_id = q.id AND b.position = 0"
                       " WHERE q.id = ?"));
    query.addBindValue(id);
    if (!run(query, "a question") || !query.next()) {
        return std::nullopt;
    }
    Question question;
    question.id = query.value(0).toLongLong();
    question.topicId = query.value(1).toLongLong();
    question.title = query.value(2).toString();
    question.body = query.value(3).toString();

    QSqlQuery answers(database());
    answers.prepare(
        QStringLiteral("SELECT id, qingnang_text(body) FROM passage WHERE kind = 4 AND owner_id = ?"
                       " ORDER BY position"));
    answers.addBindValue(question.id);
    if (run(answers, "answers")) {
        while (answers.next()) {
            question.answers.append({answers.value(0).toLongLong(), answers.value(1).toString()});
        }
    }
    return question;
}

} // namespace qingnang
