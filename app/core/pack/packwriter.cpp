// SPDX-License-Identifier: MIT
#include "packwriter.h"

#include "markdownlite.h"
#include "packschema.h"
#include "packtext.h"

#include "util/sqliteheader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cstring>

namespace qingnang {

namespace {

// What is not given is stored as NULL: an empty source reference, or an id of
// 0 (no parent, no topic, the next free id).
void bindOrNull(SqliteStatement &statement, int index, const QString &text)
{
    if (text.isEmpty()) {
        statement.bindNull(index);
    } else {
        statement.bind(index, text);
    }
}

void bindOrNull(SqliteStatement &statement, int index, qint64 id)
{
    if (id > 0) {
        statement.bind(index, id);
    } else {
        statement.bindNull(index);
    }
}

} // namespace

PackWriter::PackWriter(const QString &outputPath)
    : m_outputPath(outputPath)
{}

PackWriter::~PackWriter()
{
    if (!m_committed) {
        discard();
    }
}

bool PackWriter::fail(const QString &what)
{
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_outputPath), what);
    }
    return false;
}

bool PackWriter::failSql(const QString &what)
{
    QString message = m_db.lastError();
    // SQLite says only "disk I/O error" when a write fails; the system's reason
    // (such as "File too large" beyond a file-size limit) is what a user can
    // act on. SQLite keeps the errno of I/O errors and failed opens (a full
    // disk is SQLITE_FULL, whose message says so), but not always for the
    // connection; the database file keeps its own.
    const int code = m_db.isOpen() ? sqlite3_errcode(m_db.handle()) & 0xff : SQLITE_OK;
    if (code == SQLITE_IOERR || code == SQLITE_CANTOPEN) {
        int systemError = sqlite3_system_errno(m_db.handle());
        if (systemError == 0) {
            sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_LAST_ERRNO, &systemError);
        }
        if (systemError != 0) {
            message +=
                QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
        }
    }
    return fail(QStringLiteral("%1: %2").arg(what, message));
}

bool PackWriter::checkCancelled()
{
    if (!m_cancelled || !m_cancelled()) {
        return false;
    }
    fail(QStringLiteral("interrupted"));
    return true;
}

bool PackWriter::open()
{
    const QFileInfo target(m_outputPath);
    if (target.isDir()) {
        return fail(QStringLiteral("is a directory"));
    }
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        return fail(QStringLiteral("directory %1 does not exist")
                        .arg(QDir::toNativeSeparators(dir.path())));
    }
    // A unique name beside the target, so that the final rename stays on one file system.
    QTemporaryFile temp(dir.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        return fail(QStringLiteral("cannot create a file in %1: %2")
                        .arg(QDir::toNativeSeparators(dir.path()), temp.errorString()));
    }
    m_tempPath = temp.fileName();
    temp.close();

    if (!m_db.open(m_tempPath, SQLITE_OPEN_READWRITE)) {
        return failSql(QStringLiteral("cannot open the new pack"));
    }
    QString tokenizerError;
    if (!registerPackFunctions(m_db.handle(), &tokenizerError)) {
        return fail(QStringLiteral("cannot set up the search index: ") + tokenizerError);
    }
    // The file is private until commit() renames it, so a crash can only leave
    // a stray temporary file, never a half-written pack: no journal is needed.
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode = OFF"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA page_size = 4096"),
    };
    for (const QString &statement :
         setup + sqliteheader::stamp(schema::applicationId, schema::version) +
             QStringList{QStringLiteral("BEGIN")} + schema::createStatements()) {
        if (!m_db.exec(statement)) {
            return failSql(QStringLiteral("cannot create the pack's tables"));
        }
    }
    m_insertTopic = m_db.prepare("INSERT INTO topic (id, parent_id, slug, title, position, ref)"
                                 " VALUES (?, ?, ?, ?, ?, ?)");
    m_insertArticle = m_db.prepare(
        "INSERT INTO article (topic_id, slug, title, position, updated, source, author, period,"
        " ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertPassage = m_db.prepare(
        "INSERT INTO passage (kind, owner_id, position, heading, body) VALUES (?, ?, ?, ?, ?)");
    m_insertTitle = m_db.prepare("INSERT INTO title_doc (kind, target_id, text) VALUES (?, ?, ?)");
    m_insertQuestion =
        m_db.prepare("INSERT INTO question (topic_id, title, position, answer_count, excerpt, ref,"
                     " id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_insertAlias = m_db.prepare(
        "INSERT OR IGNORE INTO topic_alias (topic_id, alias, position) VALUES (?, ?, ?)");
    m_insertRelated = m_db.prepare(
        "INSERT OR IGNORE INTO topic_related (topic_id, related_id, position) VALUES (?, ?, ?)");
    for (const SqliteStatement *statement :
         {&m_insertTopic, &m_insertArticle, &m_insertPassage, &m_insertTitle, &m_insertQuestion,
          &m_insertAlias, &m_insertRelated}) {
        if (!statement->isValid()) {
            return failSql(QStringLiteral("cannot prepare the pack's statements"));
        }
    }
    return true;
}

void PackWriter::setCancelCheck(std::function<bool()> cancelled)
{
    m_cancelled = std::move(cancelled);
}

void PackWriter::setMeta(const QString &key, const QString &value)
{
    m_meta.insert(key, value);
}

bool PackWriter::checkTopic(qint64 topicId, const QString &what)
{
    if (topicId < 1 || topicId > qint64(m_topics.size())) {
        return fail(
            QStringLiteral("%1 refers to topic %2, which does not exist").arg(what).arg(topicId));
    }
    return true;
}

qint64 PackWriter::addTopic(const TopicInput &topic)
{
    if (hasError() || !m_db.isOpen()) {
        return 0;
    }
    if (topic.parentId != 0 && !checkTopic(topic.parentId, QStringLiteral("topic ") + topic.slug)) {
        return 0;
    }
    const qint64 id = qint64(m_topics.size()) + 1;
    m_insertTopic.bind(1, id);
    bindOrNull(m_insertTopic, 2, topic.parentId);
    m_insertTopic.bind(3, topic.slug);
    m_insertTopic.bind(4, topic.title);
    m_insertTopic.bind(5, qint64(topic.position));
    bindOrNull(m_insertTopic, 6, topic.ref);
    if (!m_insertTopic.exec()) {
        failSql(QStringLiteral("cannot add topic \"%1\"").arg(topic.title));
        return 0;
    }
    if (!addTitle(schema::TitleKind::Topic, id, topic.title) ||
        (!topic.summary.isEmpty() &&
         !addPassage(schema::PassageKind::TopicSummary, id, 0, {}, topic.summary))) {
        return 0;
    }
    m_topics.push_back(TopicTally{topic.parentId});
    if (topic.parentId != 0) {
        ++m_topics[size_t(topic.parentId - 1)].children;
    }
    return id;
}

qint64 PackWriter::addArticle(const ArticleInput &article)
{
    if (hasError() || !m_db.isOpen() ||
        !checkTopic(article.topicId, QStringLiteral("article ") + article.slug)) {
        return 0;
    }
    m_insertArticle.bind(1, article.topicId);
    m_insertArticle.bind(2, article.slug);
    m_insertArticle.bind(3, article.title);
    m_insertArticle.bind(4, qint64(article.position));
    m_insertArticle.bind(5, article.updated);
    m_insertArticle.bind(6, article.source);
    m_insertArticle.bind(7, article.author);
    m_insertArticle.bind(8, article.period);
    bindOrNull(m_insertArticle, 9, article.ref);
    if (!m_insertArticle.exec()) {
        failSql(QStringLiteral("cannot add article \"%1\"").arg(article.title));
        return 0;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    if (!addTitle(schema::TitleKind::Article, id, article.title)) {
        return 0;
    }
    int position = 0;
    for (const Section &section : article.sections) {
        if (!addPassage(schema::PassageKind::ArticleSection, id, ++position, section.heading,
                        section.body)) {
            return 0;
        }
    }
    ++m_articles;
    ++m_topics[size_t(article.topicId - 1)].articles;
    return id;
}

QString PackWriter::makeExcerpt(const QString &answerBody)
{
    QString text = markdownToPlainLine(answerBody);
    if (text.size() > excerptLength) {
        int cut = excerptLength;
        if (text.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        text = text.left(cut) + QChar(0x2026);
    }
    return text;
}

qint64 PackWriter::addQuestion(const QuestionInput &question)
{
    if (hasError() || !m_db.isOpen() ||
        !checkTopic(question.topicId, QStringLiteral("question \"%1\"").arg(question.title))) {
        return 0;
    }
    m_insertQuestion.bind(1, question.topicId);
    m_insertQuestion.bind(2, question.title);
    m_insertQuestion.bind(3, qint64(question.position));
    m_insertQuestion.bind(4, qint64(question.answers.size()));
    m_insertQuestion.bind(5, question.answers.isEmpty() ? QString()
                                                        : makeExcerpt(question.answers.first()));
    bindOrNull(m_insertQuestion, 6, question.ref);
    bindOrNull(m_insertQuestion, 7, question.id);
    if (!m_insertQuestion.exec()) {
        failSql(QStringLiteral("cannot add question \"%1\"").arg(question.title));
        return 0;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    if (!addTitle(schema::TitleKind::Question, id, question.title) ||
        (!question.body.isEmpty() &&
         !addPassage(schema::PassageKind::QuestionBody, id, 0, {}, question.body))) {
        return 0;
    }
    int position = 0;
    for (const QString &answer : question.answers) {
        if (!addPassage(schema::PassageKind::Answer, id, ++position, {}, answer)) {
            return 0;
        }
    }
    ++m_questions;
    ++m_topics[size_t(question.topicId - 1)].questions;
    return id;
}

bool PackWriter::addAlias(qint64 topicId, const QString &alias)
{
    if (hasError() || !m_db.isOpen() || !checkTopic(topicId, QStringLiteral("alias ") + alias)) {
        return false;
    }
    m_insertAlias.bind(1, topicId);
    m_insertAlias.bind(2, alias);
    m_insertAlias.bind(3, ++m_aliasCount);
    if (!m_insertAlias.exec()) {
        return failSql(QStringLiteral("cannot add alias \"%1\"").arg(alias));
    }
    // A repeated alias is ignored by the table; index it only once.
    return sqlite3_changes(m_db.handle()) == 0 ||
           addTitle(schema::TitleKind::Alias, topicId, alias);
}

bool PackWriter::addRelated(qint64 topicId, qint64 relatedId, int position)
{
    if (hasError() || !m_db.isOpen() || !checkTopic(topicId, QStringLiteral("a related link")) ||
        !checkTopic(relatedId, QStringLiteral("a related link"))) {
        return false;
    }
    m_insertRelated.bind(1, topicId);
    m_insertRelated.bind(2, relatedId);
    m_insertRelated.bind(3, qint64(position));
    return m_insertRelated.exec() || failSql(QStringLiteral("cannot add a related link"));
}

bool PackWriter::addAlert(const AlertRule &rule, qint64 topicId, int position)
{
    if (hasError() || !m_db.isOpen() ||
        (topicId != 0 && !checkTopic(topicId, QStringLiteral("alert \"%1\"").arg(rule.id)))) {
        return false;
    }
    // The table is made by the first alert: packs without alerts stay as they were.
    if (!m_alertTable) {
        if (!m_db.exec(QString::fromLatin1(schema::alertTable))) {
            return failSql(QStringLiteral("cannot make the table of alerts"));
        }
        m_alertTable = true;
    }
    QJsonArray patterns;
    for (const QList<QStringList> &pattern : rule.patterns) {
        QJsonArray groups;
        for (const QStringList &group : pattern) {
            groups.append(QJsonArray::fromStringList(group));
        }
        patterns.append(groups);
    }
    const QJsonObject ruleJson{{QStringLiteral("when"), patterns},
                               {QStringLiteral("unless"), QJsonArray::fromStringList(rule.unless)}};
    SqliteStatement insert =
        m_db.prepare("INSERT INTO alert (name, level, message, topic_id, rule, position)"
                     " VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, rule.id);
    insert.bind(2, rule.level);
    insert.bind(3, rule.message);
    bindOrNull(insert, 4, topicId);
    insert.bind(5, QString::fromUtf8(QJsonDocument(ruleJson).toJson(QJsonDocument::Compact)));
    insert.bind(6, qint64(position));
    return insert.exec() || failSql(QStringLiteral("cannot add alert \"%1\"").arg(rule.id));
}

bool PackWriter::setScope(const ScopeModel &scope)
{
    if (hasError() || !m_db.isOpen()) {
        return false;
    }
    if (!m_db.exec(QString::fromLatin1(schema::scopeTable))) {
        return failSql(QStringLiteral("cannot make the table of the scope model"));
    }
    SqliteStatement insert = m_db.prepare("INSERT INTO scope (term, weight) VALUES (?, ?)");
    for (auto it = scope.weights.cbegin(); it != scope.weights.cend(); ++it) {
        insert.bind(1, it.key());
        insert.bindDouble(2, it.value());
        if (!insert.exec()) {
            return failSql(QStringLiteral("cannot add a term of the scope model"));
        }
    }
    m_meta.insert(QLatin1String(schema::meta::scopeBias), QString::number(scope.bias, 'g', 17));
    m_meta.insert(QLatin1String(schema::meta::scopeThreshold),
                  QString::number(scope.threshold, 'g', 17));
    m_meta.insert(QLatin1String(schema::meta::scopeEvidence),
                  QString::number(scope.evidence, 'g', 17));
    return true;
}

bool PackWriter::addPassage(schema::PassageKind kind, qint64 ownerId, int position,
                            const QString &heading, const QString &body)
{
    m_insertPassage.bind(1, qint64(kind));
    m_insertPassage.bind(2, ownerId);
    m_insertPassage.bind(3, qint64(position));
    m_insertPassage.bind(4, heading);
    m_insertPassage.bind(5, packedText(body));
    if (!m_insertPassage.exec()) {
        return failSql(QStringLiteral("cannot add text"));
    }
    ++m_passages[int(kind)];
    return true;
}

bool PackWriter::addTitle(schema::TitleKind kind, qint64 targetId, const QString &text)
{
    m_titles.push_back({kind, targetId, text}); // written at commit, shortest first
    return true;
}

} // namespace qingnang
