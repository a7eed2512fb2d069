// SPDX-License-Identifier: MIT
#include "contentsource.h"
#include "scopefile.h"

#include "packschema.h"
#include "packwriter.h"
#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace qingnang {

namespace {

// Thrown inside this file only, caught at its entry points and turned into the error string.
struct ContentError
{
    QString message;
};

[[noreturn]] void raise(const QString &file, const QString &what)
{
    throw ContentError{QDir::toNativeSeparators(file) + QStringLiteral(": ") + what};
}

QString readUtf8File(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        raise(path, QStringLiteral("no such file"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        raise(path, QStringLiteral("cannot read: ") + file.errorString());
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        raise(path, QStringLiteral("is not valid UTF-8"));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

QJsonObject readJsonObject(const QString &path)
{
    const QString text = readUtf8File(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column for the person editing the file.
        const QByteArray utf8 = text.toUtf8().left(parseError.offset);
        const int line = int(utf8.count('\n')) + 1;
        const int column = int(QString::fromUtf8(utf8.mid(utf8.lastIndexOf('\n') + 1)).size()) + 1;
        raise(path, QStringLiteral("line %1, column %2: invalid JSON (%3)")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        raise(path, QStringLiteral("expected a JSON object at the top"));
    }
    return doc.object();
}

// Reads fields of one JSON object, naming the file and key in every complaint.
class Fields
{
public:
    Fields(QString file, QJsonObject object, QString where = {})
        : m_file(std::move(file))
        , m_object(std::move(object))
        , m_where(std::move(where))
    {}

    QString text(const char *key, bool required) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(key, QStringLiteral("is missing"));
            }
            return {};
        }
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
        }
        const QString result = value.toString().trimmed();
        if (required && result.isEmpty()) {
            fail(key, QStringLiteral("is empty"));
        }
        return result;
    }

    int integer(const char *key, int fallback) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isDouble() || value.toDouble() != double(value.toInt())) {
            fail(key, QStringLiteral("must be a whole number"));
        }
        return value.toInt();
    }

    QJsonArray array(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isArray()) {
            fail(key, QStringLiteral("must be an array"));
        }
        return value.toArray();
    }

    QStringList textList(const char *key) const
    {
        QStringList result;
        for (const QJsonValue &value : array(key)) {
            if (!value.isString() || value.toString().trimmed().isEmpty()) {
                fail(key, QStringLiteral("must be an array of non-empty strings"));
            }
            result.append(value.toString().trimmed());
        }
        return result;
    }

    Fields object(const QJsonValue &value, const QString &where) const
    {
        if (!value.isObject()) {
            raise(m_file, where + QStringLiteral(" must be a JSON object"));
        }
        return Fields(m_file, value.toObject(), where);
    }

    void allowOnly(std::initializer_list<const char *> keys) const
    {
        for (const QString &key : m_object.keys()) {
            bool known = false;
            for (const char *allowed : keys) {
                known = known || key == QLatin1String(allowed);
            }
            if (!known) {
                raise(m_file, prefix() + QStringLiteral("unknown key \"%1\"").arg(key));
            }
        }
    }

    [[noreturn]] void fail(const char *key, const QString &what) const
    {
        raise(m_file, prefix() + QStringLiteral("\"%1\" %2").arg(QLatin1String(key), what));
    }

    const QString &file() const { return m_file; }

private:
    QString prefix() const
    {
        return m_where.isEmpty() ? QString() : m_where + QStringLiteral(": ");
    }

    QString m_file;
    QJsonObject m_object;
    QString m_where;
};

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

const QStringList &alertLevels()
{
    static const QStringList levels{QStringLiteral("emergency"), QStringLiteral("urgent"),
                                    QStringLiteral("crisis")};
    return levels;
}

// The named vocabularies of alerts.json, "vocab": {"name": ["phrase" or
// "@name", …]}, each spelled out into its phrases (a vocabulary may name
// others; a name that is missing or names itself is an error).
class Vocabularies
{
public:
    Vocabularies(const Fields &fields, const QJsonValue &value)
        : m_fields(fields)
    {
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            fields.fail("vocab", QStringLiteral("must be an object of named phrase lists"));
        }
        m_raw = value.toObject();
    }

    // The phrases a rule's list stands for: "@name" gives the vocabulary's
    // phrases, anything else itself; each phrase once, in order.
    QStringList expand(const QStringList &phrases, const Fields &where, const char *key) const
    {
        QStringList out;
        QSet<QString> seen;
        for (const QString &phrase : phrases) {
            const QStringList spelled = phrase.startsWith(QLatin1Char('@'))
                                            ? resolve(phrase.mid(1), where, key, 0)
                                            : QStringList{phrase};
            for (const QString &one : spelled) {
                if (!seen.contains(one)) {
                    seen.insert(one);
                    out.append(one);
                }
            }
        }
        return out;
    }

private:
    // Names nest at most this deep, which also stops a name that names itself.
    static constexpr int maxDepth = 8;

    QStringList resolve(const QString &name, const Fields &where, const char *key, int depth) const
    {
        if (const auto done = m_done.constFind(name); done != m_done.constEnd()) {
            return *done;
        }
        const QJsonValue value = m_raw.value(name);
        if (!value.isArray() || value.toArray().isEmpty()) {
            where.fail(key, QStringLiteral("names \"@%1\", which is not a non-empty list "
                                           "under \"vocab\"")
                                .arg(name));
        }
        if (depth >= maxDepth) {
            m_fields.fail("vocab", QStringLiteral("\"%1\" names vocabularies more than %2 deep "
                                                  "(or names itself)")
                                       .arg(name)
                                       .arg(maxDepth));
        }
        QStringList out;
        for (const QJsonValue &phrase : value.toArray()) {
            const QString text = phrase.toString().trimmed();
            if (!phrase.isString() || text.isEmpty() || text == QLatin1String("@")) {
                m_fields.fail("vocab", QStringLiteral("\"%1\" holds a phrase that is not a "
                                                      "non-empty string")
                                           .arg(name));
            }
            if (text.startsWith(QLatin1Char('@'))) {
                out += resolve(text.mid(1), m_fields, "vocab", depth + 1);
            } else {
                out.append(text);
            }
        }
        out.removeDuplicates();
        m_done.insert(name, out);
        return out;
    }

    const Fields &m_fields;
    QJsonObject m_raw;
    mutable QHash<QString, QStringList> m_done;
};

// alerts.json, when there is one: {"format": 1, "vocab": {"name": ["phrase",
// …]}, "alerts": [{"id", "level", "message", "topic", "when": [[["phrase" or
// "@name", …], …], …], "unless": ["phrase" or "@name", …]}]} (docs/alerts.md).
// Vocabularies are spelled out here, so a built pack holds plain phrases and
// its readers need not know of them.
QList<ContentAlert> readAlerts(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("alerts.json"));
    QList<ContentAlert> alerts;
    if (!QFile::exists(path)) {
        return alerts;
    }
    const QJsonObject top = readJsonObject(path);
    const Fields fields(path, top);
    fields.allowOnly({"format", "vocab", "alerts"});
    if (const int format = fields.integer("format", 1); format != 1) {
        fields.fail("format", QStringLiteral("is %1; this builder reads format 1").arg(format));
    }
    const Vocabularies vocab(fields, top.value(QStringLiteral("vocab")));
    QSet<QString> ids;
    const QJsonArray entries = fields.array("alerts");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("alerts[%1]").arg(i);
        const Fields entry = fields.object(entries.at(i), where);
        entry.allowOnly({"id", "level", "message", "topic", "when", "unless"});
        ContentAlert alert;
        alert.rule.id = entry.text("id", true);
        if (ids.contains(alert.rule.id)) {
            entry.fail("id", QStringLiteral("\"%1\" is given twice").arg(alert.rule.id));
        }
        ids.insert(alert.rule.id);
        alert.rule.level = entry.text("level", true);
        if (!alertLevels().contains(alert.rule.level)) {
            entry.fail("level",
                       QStringLiteral("is \"%1\"; it is one of %2")
                           .arg(alert.rule.level, alertLevels().join(QStringLiteral(", "))));
        }
        alert.rule.message = entry.text("message", true);
        alert.topic = entry.text("topic", false);
        alert.rule.unless = vocab.expand(entry.textList("unless"), entry, "unless");
        const QJsonArray patterns = entry.array("when");
        if (patterns.isEmpty()) {
            entry.fail("when", QStringLiteral("is empty: an alert needs at least one pattern"));
        }
        for (const QJsonValue &pattern : patterns) {
            QList<QStringList> groups;
            const QJsonArray groupValues = pattern.toArray();
            for (const QJsonValue &group : groupValues) {
                QStringList phrases;
                for (const QJsonValue &phrase : group.toArray()) {
                    if (!phrase.isString() || phrase.toString().trimmed().isEmpty()) {
                        entry.fail("when", QStringLiteral("holds a phrase that is not a non-empty "
                                                          "string"));
                    }
                    phrases.append(phrase.toString().trimmed());
                }
                if (!group.isArray() || phrases.isEmpty()) {
                    entry.fail("when", QStringLiteral("holds a group that is not a non-empty "
                                                      "array of phrases"));
                }
                groups.append(vocab.expand(phrases, entry, "when"));
            }
            if (!pattern.isArray() || groups.isEmpty()) {
                entry.fail("when", QStringLiteral("holds a pattern that is not a non-empty array "
                                                  "of groups"));
            }
            alert.rule.patterns.append(groups);
        }
        alerts.append(alert);
    }
    return alerts;
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
    try {
        return readPackFile(directory);
    } catch (const ContentError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

std::optional<QList<ContentAlert>> readContentAlertsFile(const QString &directory, QString *error)
{
    try {
        return readAlerts(QDir(directory));
    } catch (const ContentError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

std::optional<ContentTopic> readContentTopicFile(const QString &directory, const QString &path,
                                                 const ContentPack &pack, QString *error)
{
    try {
        return readTopic(QDir(directory), path, pack);
    } catch (const ContentError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

std::optional<ContentPack> readContentDirectory(const QString &directory, QString *error)
{
    try {
        return readContent(directory);
    } catch (const ContentError &e) {
        *error = e.message;
        return std::nullopt;
    }
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
