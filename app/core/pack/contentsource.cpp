// SPDX-License-Identifier: MIT
#include "contentsource.h"
#include "contentsource_p.h"
#include "scopefile.h"

#include "packschema.h"
#include "packwriter.h"
#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace qingnang {

using namespace contentdetail;

namespace {

ContentArticle readArticle(const QDir &dir, const Fields &entry, const QString &defaultUpdated,
                           const QString &defaultSource)
{
    entry.allowOnly({"slug", "updated", "source"});
    ContentArticle article;
    article.slug = entry.text("slug", true);
    article.updated = entry.text("updated", false);
    article.source = entry.text("source", false);
    if (article.updated.isEmpty()) {
        article.updated = defaultUpdated;
    }
    if (article.source.isEmpty()) {
        article.source = defaultSource;
    }
    const QString path = dir.filePath(QStringLiteral("articles/%1.md").arg(article.slug));
    if (!QFile::exists(path)) {
        raise(path, QStringLiteral("no such file (named by %1)")
                        .arg(QDir::toNativeSeparators(entry.file())));
    }
    QString error;
    if (!parseArticleMarkdown(readUtf8File(path), &article.title, &article.sections, &error)) {
        raise(path, error);
    }
    return article;
}

ContentTopic readTopic(const QDir &dir, const QString &path, const ContentPack &pack)
{
    const Fields fields(path, readJsonObject(path));
    fields.allowOnly({"slug", "title", "parent", "position", "summary", "aliases", "related",
                      "articles", "questions"});
    ContentTopic topic;
    topic.file = path;
    topic.slug = fields.text("slug", true);
    topic.title = fields.text("title", true);
    topic.parent = fields.text("parent", false);
    topic.position = fields.integer("position", 0);
    topic.summary = fields.text("summary", false);
    topic.aliases = fields.textList("aliases");
    topic.related = fields.textList("related");

    const QJsonArray articles = fields.array("articles");
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Fields entry = fields.object(articles.at(i), QStringLiteral("articles[%1]").arg(i));
        topic.articles.append(readArticle(dir, entry, pack.contentDate, pack.source));
    }

    const QJsonArray questions = fields.array("questions");
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString where = QStringLiteral("questions[%1]").arg(i);
        const Fields entry = fields.object(questions.at(i), where);
        entry.allowOnly({"id", "title", "body", "answers"});
        ContentQuestion question;
        question.id = entry.integer("id", 0);
        if (question.id < 0) {
            entry.fail("id", QStringLiteral("must be a positive whole number"));
        }
        question.title = entry.text("title", true);
        question.body = entry.text("body", false);
        const QJsonArray answers = entry.array("answers");
        for (qsizetype j = 0; j < answers.size(); ++j) {
            const Fields answer =
                entry.object(answers.at(j), where + QStringLiteral(".answers[%1]").arg(j));
            answer.allowOnly({"body"});
            question.answers.append(answer.text("body", true));
        }
        topic.questions.append(question);
    }
    return topic;
}

// Orders topics so that every parent comes before its children, and rejects
// unknown parents and cycles.
QList<ContentTopic> orderTopics(const QList<ContentTopic> &topics)
{
    QHash<QString, qsizetype> bySlug;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const ContentTopic &topic = topics.at(i);
        if (const auto it = bySlug.constFind(topic.slug); it != bySlug.cend()) {
            raise(topic.file, QStringLiteral("slug \"%1\" is already used by %2")
                                  .arg(topic.slug, QDir::toNativeSeparators(topics.at(*it).file)));
        }
        bySlug.insert(topic.slug, i);
    }
    QHash<QString, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const ContentTopic &topic = topics.at(i);
        if (topic.parent.isEmpty()) {
            roots.append(i);
        } else if (!bySlug.contains(topic.parent)) {
            raise(topic.file,
                  QStringLiteral("parent \"%1\" is not a topic of this content").arg(topic.parent));
        } else {
            children[topic.parent].append(i);
        }
        for (const QString &related : topic.related) {
            if (!bySlug.contains(related)) {
                raise(topic.file,
                      QStringLiteral("related topic \"%1\" is not a topic of this content")
                          .arg(related));
            }
            if (related == topic.slug) {
                raise(topic.file, QStringLiteral("a topic cannot be related to itself"));
            }
        }
    }
    auto byPosition = [&topics](qsizetype a, qsizetype b) {
        const ContentTopic &x = topics.at(a);
        const ContentTopic &y = topics.at(b);
        return x.position != y.position ? x.position < y.position : x.slug < y.slug;
    };
    std::sort(roots.begin(), roots.end(), byPosition);
    QList<ContentTopic> ordered;
    QList<qsizetype> queue = roots;
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const ContentTopic &topic = topics.at(queue.at(next));
        ordered.append(topic);
        QList<qsizetype> kids = children.value(topic.slug);
        std::sort(kids.begin(), kids.end(), byPosition);
        queue.append(kids);
    }
    if (ordered.size() != topics.size()) {
        // Whatever was not reached from a root hangs in a cycle of parents.
        QSet<QString> reached;
        for (const ContentTopic &topic : ordered) {
            reached.insert(topic.slug);
        }
        for (const ContentTopic &topic : topics) {
            if (!reached.contains(topic.slug)) {
                raise(topic.file,
                      QStringLiteral("topic \"%1\" is its own ancestor (its parents form a cycle)")
                          .arg(topic.slug));
            }
        }
    }
    return ordered;
}

ContentPack readPackFile(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        raise(directory, QStringLiteral("no such directory"));
    }
    const QString packPath = dir.filePath(QStringLiteral("pack.json"));
    const Fields fields(packPath, readJsonObject(packPath));
    fields.allowOnly({"format", "id", "title", "language", "content_date", "source", "license",
                      "description", "disclaimer", "review"});
    if (const int format = fields.integer("format", 1); format != 1) {
        fields.fail("format", QStringLiteral("is %1; this builder reads format 1").arg(format));
    }
    ContentPack pack;
    pack.id = fields.text("id", true);
    pack.title = fields.text("title", true);
    pack.language = fields.text("language", false);
    pack.contentDate = fields.text("content_date", true);
    pack.source = fields.text("source", false);
    pack.license = fields.text("license", false);
    pack.description = fields.text("description", false);
    pack.disclaimer = fields.text("disclaimer", true);
    pack.review = fields.text("review", false);
    return pack;
}

ContentPack readContent(const QString &directory)
{
    const QDir dir(directory);
    ContentPack pack = readPackFile(directory);
    const QDir topicsDir(dir.filePath(QStringLiteral("topics")));
    const QStringList topicFiles =
        topicsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (topicFiles.isEmpty()) {
        raise(topicsDir.path(), QStringLiteral("holds no topic files (*.json)"));
    }
    QList<ContentTopic> topics;
    QHash<QString, QString> articleOwner;
    for (const QString &name : topicFiles) {
        ContentTopic topic = readTopic(dir, topicsDir.filePath(name), pack);
        for (const ContentArticle &article : topic.articles) {
            if (articleOwner.contains(article.slug)) {
                raise(topic.file, QStringLiteral("article \"%1\" is already listed by %2")
                                      .arg(article.slug, articleOwner.value(article.slug)));
            }
            articleOwner.insert(article.slug, QDir::toNativeSeparators(topic.file));
        }
        topics.append(topic);
    }
    pack.topics = orderTopics(topics);
    pack.alerts = readAlerts(dir);
    QString scopeError;
    const std::optional<ScopeModel> scope =
        readScopeFile(dir.filePath(QStringLiteral("scope.json")), &scopeError);
    if (!scope) {
        throw ContentError{scopeError};
    }
    pack.scope = *scope;
    QSet<QString> slugs;
    for (const ContentTopic &topic : pack.topics) {
        slugs.insert(topic.slug);
    }
    for (const ContentAlert &alert : pack.alerts) {
        if (!alert.topic.isEmpty() && !slugs.contains(alert.topic)) {
            raise(dir.filePath(QStringLiteral("alerts.json")),
                  QStringLiteral("alert \"%1\": topic \"%2\" is not a topic of this content")
                      .arg(alert.rule.id, alert.topic));
        }
    }
    // A question's id is its address: one question each.
    QHash<qint64, QString> questionIds;
    for (const ContentTopic &topic : pack.topics) {
        for (const ContentQuestion &question : topic.questions) {
            if (question.id == 0) {
                continue;
            }
            if (const auto it = questionIds.constFind(question.id); it != questionIds.cend()) {
                raise(topic.file, QStringLiteral("question id %1 is already used by %2")
                                      .arg(question.id)
                                      .arg(*it));
            }
            questionIds.insert(question.id, QDir::toNativeSeparators(topic.file));
        }
    }
    // An article file no topic names would silently be missing from the pack.
    const QDir articlesDir(dir.filePath(QStringLiteral("articles")));
    for (const QString &name :
         articlesDir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (!articleOwner.contains(name.chopped(3))) {
            raise(articlesDir.filePath(name), QStringLiteral("is not listed by any topic"));
        }
    }
    return pack;
}

} // namespace

bool parseArticleMarkdown(const QString &text, QString *title, QList<Section> *sections,
                          QString *error)
{
    title->clear();
    sections->clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    Section current;
    QStringList body;
    bool inSection = false;
    auto flush = [&] {
        current.body = body.join(QLatin1Char('\n')).trimmed();
        if (inSection || !current.body.isEmpty()) {
            if (current.body.isEmpty()) {
                return false;
            }
            current.position = int(sections->size()) + 1;
            sections->append(current);
        }
        body.clear();
        return true;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const int lineNumber = int(i) + 1;
        if (title->isEmpty()) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            if (!line.startsWith(QLatin1String("# ")) || line.mid(2).trimmed().isEmpty()) {
                *error = QStringLiteral("line %1: an article starts with its title (\"# Title\")")
                             .arg(lineNumber);
                return false;
            }
            *title = line.mid(2).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("## "))) {
            if (!flush()) {
                *error = QStringLiteral("line %1: section \"%2\" has no text")
                             .arg(lineNumber - 1)
                             .arg(current.heading);
                return false;
            }
            current = Section{};
            current.heading = line.mid(3).trimmed();
            inSection = true;
            if (current.heading.isEmpty()) {
                *error = QStringLiteral("line %1: a section heading (\"## …\") is empty")
                             .arg(lineNumber);
                return false;
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            *error = QStringLiteral("line %1: only \"# \" (the title, once) and \"## \" (sections) "
                                    "headings are allowed")
                         .arg(lineNumber);
            return false;
        }
        body.append(line);
    }
    if (title->isEmpty()) {
        *error = QStringLiteral("line 1: the file is empty; an article starts with its title "
                                "(\"# Title\")");
        return false;
    }
    if (!flush()) {
        *error = QStringLiteral("line %1: section \"%2\" has no text")
                     .arg(lines.size())
                     .arg(current.heading);
        return false;
    }
    if (sections->isEmpty()) {
        *error = QStringLiteral("line %1: the article has no text").arg(lines.size());
        return false;
    }
    return true;
}

std::optional<ContentPack> readContentPackFile(const QString &directory, QString *error)
{
    return readOrError([&] { return readPackFile(directory); }, error);
}

std::optional<ContentTopic> readContentTopicFile(const QString &directory, const QString &path,
                                                 const ContentPack &pack, QString *error)
{
    return readOrError([&] { return readTopic(QDir(directory), path, pack); }, error);
}

std::optional<ContentPack> readContentDirectory(const QString &directory, QString *error)
{
    return readOrError([&] { return readContent(directory); }, error);
}

bool buildPackFromContent(const QString &directory, const QString &outputPath, QString *error)
{
    const std::optional<ContentPack> content = readContentDirectory(directory, error);
    if (!content) {
        return false;
    }
    PackWriter writer(outputPath);
    if (!writer.open()) {
        *error = writer.errorString();
        return false;
    }
    writer.setMeta(QLatin1String(schema::meta::packId), content->id);
    writer.setMeta(QLatin1String(schema::meta::title), content->title);
    writer.setMeta(QLatin1String(schema::meta::language), content->language);
    writer.setMeta(QLatin1String(schema::meta::contentDate), content->contentDate);
    writer.setMeta(QLatin1String(schema::meta::source), content->source);
    writer.setMeta(QLatin1String(schema::meta::license), content->license);
    writer.setMeta(QLatin1String(schema::meta::description), content->description);
    writer.setMeta(QLatin1String(schema::meta::disclaimer), content->disclaimer);
    if (!content->review.isEmpty()) {
        writer.setMeta(QLatin1String(schema::meta::review), content->review);
    }
    // Reproducible builds: SOURCE_DATE_EPOCH fixes the creation time when set.
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok) {
        writer.setMeta(QLatin1String(schema::meta::created),
                       QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate));
    }

    // Questions without an id of their own come after every given one, in tree order.
    qint64 nextQuestionId = 0;
    for (const ContentTopic &topic : content->topics) {
        for (const ContentQuestion &question : topic.questions) {
            nextQuestionId = qMax(nextQuestionId, question.id);
        }
    }
    QHash<QString, qint64> ids;
    for (const ContentTopic &topic : content->topics) {
        const qint64 id = writer.addTopic(
            {ids.value(topic.parent), topic.slug, topic.title, topic.summary, topic.position, {}});
        ids.insert(topic.slug, id);
        for (const QString &alias : topic.aliases) {
            writer.addAlias(id, alias);
        }
        int position = 0;
        for (const ContentArticle &article : topic.articles) {
            ArticleInput input;
            input.topicId = id;
            input.slug = article.slug;
            input.title = article.title;
            input.position = ++position;
            input.updated = article.updated;
            input.source = article.source;
            input.sections = article.sections;
            writer.addArticle(input);
        }
        position = 0;
        for (const ContentQuestion &question : topic.questions) {
            writer.addQuestion({id,
                                question.title,
                                question.body,
                                ++position,
                                {},
                                question.answers,
                                question.id > 0 ? question.id : ++nextQuestionId});
        }
    }
    if (!content->scope.isEmpty()) {
        writer.setScope(content->scope);
    }
    int alertPosition = 0;
    for (const ContentAlert &alert : content->alerts) {
        writer.addAlert(alert.rule, ids.value(alert.topic), ++alertPosition);
    }
    for (const ContentTopic &topic : content->topics) {
        int position = 0;
        for (const QString &related : topic.related) {
            writer.addRelated(ids.value(topic.slug), ids.value(related), ++position);
        }
    }
    if (!writer.commit()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace qingnang
