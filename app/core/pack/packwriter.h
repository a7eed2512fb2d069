// SPDX-License-Identifier: MIT
#pragma once

#include "packschema.h"
#include "packtypes.h"
#include "sqlitehandle.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace qingnang {

struct TopicInput
{
    qint64 parentId = 0; // 0 for a root
    QString slug;
    QString title;
    QString summary;
    int position = 0;
    QString ref;
};

struct ArticleInput
{
    qint64 topicId = 0;
    QString slug;
    QString title;
    int position = 0;
    QString updated;
    QString source;
    QString author;
    QString period;
    QString ref;
    QList<Section> sections; // positions are assigned in order
};

struct QuestionInput
{
    qint64 topicId = 0;
    QString title;
    QString body;
    int position = 0;
    QString ref;
    QStringList answers;
    qint64 id = 0; // its address, qingnang:/question/<id>; 0: the next free one
};

// Writes a pack. Everything goes into a temporary file beside the output path;
// commit() completes the pack (counts, checksum, meta) and renames it into
// place. Until then, and if anything fails, nothing exists at the output path.
//
// Errors are sticky: after the first failure every call is a no-op returning
// false/0, and errorString() names the output file and the problem.
class PackWriter
{
public:
    explicit PackWriter(const QString &outputPath);
    ~PackWriter();
    PackWriter(const PackWriter &) = delete;
    PackWriter &operator=(const PackWriter &) = delete;

    bool open();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString outputPath() const { return m_outputPath; }

    void setMeta(const QString &key, const QString &value);
    qint64 addTopic(const TopicInput &topic);
    qint64 addArticle(const ArticleInput &article);
    qint64 addQuestion(const QuestionInput &question);
    bool addAlias(qint64 topicId, const QString &alias);
    bool addRelated(qint64 topicId, qint64 relatedId, int position);
    // A red flag (docs/alerts.md), pointing at the topic with that id (0: none).
    bool addAlert(const AlertRule &rule, qint64 topicId, int position);
    // The pack's scope model (docs/search.md), written once.
    bool setScope(const ScopeModel &scope);

    bool commit();
    void discard();

    // Asked now and then during commit() (while the index is built, and last
    // just before the rename); returning true stops the pack being written,
    // as an error ("interrupted").
    void setCancelCheck(std::function<bool()> cancelled);

    // Longest excerpt stored for a question (characters).
    static constexpr int excerptLength = 80;
    static QString makeExcerpt(const QString &answerBody);

private:
    struct TopicTally
    {
        qint64 parentId = 0;
        int children = 0;
        int articles = 0;
        int questions = 0;
        qint64 totalArticles = 0;
        qint64 totalQuestions = 0;
    };

    bool addPassage(schema::PassageKind kind, qint64 ownerId, int position, const QString &heading,
                    const QString &body);
    bool addTitle(schema::TitleKind kind, qint64 targetId, const QString &text);
    bool writeTitles();
    bool buildIndex();
    void finalizeStatements();
    bool fail(const QString &what);
    bool failSql(const QString &what);
    // True (and the writer failed with "interrupted") when the cancel check says so.
    bool checkCancelled();
    bool checkTopic(qint64 topicId, const QString &what);
    bool writeTallies();
    bool writeMeta();

    QString m_outputPath;
    QString m_tempPath;
    QString m_error;
    SqliteDatabase m_db;
    SqliteStatement m_insertTopic;
    SqliteStatement m_insertArticle;
    SqliteStatement m_insertPassage;
    SqliteStatement m_insertTitle;
    SqliteStatement m_insertQuestion;
    SqliteStatement m_insertAlias;
    SqliteStatement m_insertRelated;
    QHash<QString, QString> m_meta;
    std::vector<TopicTally> m_topics; // index = topic id - 1
    struct TitleRow
    {
        schema::TitleKind kind;
        qint64 targetId;
        QString text;
    };
    std::vector<TitleRow> m_titles; // title_doc rows, written at commit
    qint64 m_articles = 0;
    qint64 m_questions = 0;
    std::array<qint64, 5> m_passages{}; // by PassageKind
    qint64 m_aliasCount = 0;
    bool m_committed = false;
    bool m_alertTable = false;
    std::function<bool()> m_cancelled;
};

} // namespace qingnang
