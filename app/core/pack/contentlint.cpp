// SPDX-License-Identifier: MIT
#include "contentlint.h"
#include "contentlint_p.h"

#include "contentsource.h"
#include "pack.h"
#include "scopefile.h"

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

QString LintFinding::location() const
{
    if (file.isEmpty()) {
        return slug;
    }
    const QString shown = QDir::toNativeSeparators(file);
    return line > 0 ? shown + QLatin1Char(':') + QString::number(line) : shown;
}

using namespace lintdetail;

namespace {

// ---- Reading a content directory ----

QString readText(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok) {
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(file.readAll());
    *ok = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

// The line of a JSON file on which a string value stands, as JSON writes it
// (a string value is on one line): its first occurrence, or for a value given
// again, its next one, counted in *seen, so equal values get their own lines.
int lineOfValue(const QString &raw, const QString &value, QHash<QString, int> *seen)
{
    QByteArray encoded = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    encoded = encoded.mid(1, encoded.size() - 2); // ["…"] → "…"
    QString needle = QString::fromUtf8(encoded);
    if (!raw.contains(needle)) {
        needle = value.left(12); // written with other escapes: look for its start
    }
    if (needle.isEmpty()) {
        return 0;
    }
    const int occurrence = (*seen)[value]++;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = raw.indexOf(needle, at + 1);
        if (at < 0) {
            return 0;
        }
    }
    return int(QStringView(raw).left(at).count(QLatin1Char('\n'))) + 1;
}

// Sections of a Markdown article with the file line of each line of their text.
QList<SectionText> sectionsWithLines(const QString &path, const QString &raw)
{
    QList<SectionText> sections;
    const QStringList lines = raw.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("## "))) {
            sections.append({line.mid(3).trimmed(), {QString(), path, int(i) + 1, {}}});
        } else if (!sections.isEmpty() && !line.startsWith(QLatin1String("# "))) {
            Text &body = sections.last().body;
            if (!body.lines.isEmpty() || !line.isEmpty()) {
                body.text += (body.lines.isEmpty() ? QString() : QStringLiteral("\n")) + line;
                body.lines.append(int(i) + 1);
            }
        }
    }
    for (SectionText &section : sections) {
        while (section.body.text.endsWith(QLatin1Char('\n'))) {
            section.body.text.chop(1);
            section.body.lines.removeLast();
        }
    }
    return sections;
}

// "FILE: line N, …: what" or "FILE: line N: what" from the content reader, as a finding.
LintFinding findingFromError(const QString &error, const QStringList &files)
{
    LintFinding finding;
    finding.rule = QStringLiteral("format");
    finding.message = error;
    for (const QString &file : files) {
        const QString prefix = QDir::toNativeSeparators(file) + QStringLiteral(": ");
        if (error.startsWith(prefix)) {
            finding.file = file;
            finding.message = error.mid(prefix.size());
            break;
        }
    }
    static const QRegularExpression line(QStringLiteral("^line (\\d+)(?:, column \\d+)?: "));
    if (const QRegularExpressionMatch m = line.match(finding.message); m.hasMatch()) {
        finding.line = m.captured(1).toInt();
        finding.message = finding.message.mid(m.capturedLength());
    }
    return finding;
}

TopicText topicFromFile(const ContentTopic &topic, const QString &raw, const QString &articleDir)
{
    TopicText result;
    result.slug = topic.slug;
    result.title = topic.title;
    result.parent = topic.parent;
    result.file = topic.file;
    result.line = 1;
    QHash<QString, int> seen;
    const auto located = [&](const QString &value) {
        return Text{value, topic.file, lineOfValue(raw, value, &seen), {}};
    };
    result.summary = located(topic.summary);
    for (const QString &alias : topic.aliases) {
        result.aliases.append(located(alias));
    }
    for (const QString &related : topic.related) {
        result.related.append(located(related));
    }
    for (const ContentArticle &article : topic.articles) {
        const QString path = QDir(articleDir).filePath(article.slug + QStringLiteral(".md"));
        bool ok = false;
        const QString text = readText(path, &ok);
        result.articles.append(
            {article.slug, article.title, path, 1, sectionsWithLines(path, text)});
    }
    for (const ContentQuestion &question : topic.questions) {
        QuestionText entry;
        entry.id = question.id;
        entry.title = located(question.title);
        entry.body = question.body.isEmpty() ? Text{} : located(question.body);
        for (const QString &answer : question.answers) {
            entry.answers.append(located(answer));
        }
        result.questions.append(entry);
    }
    return result;
}

} // namespace

LintReport lintContentDirectory(const QString &directory)
{
    LintReport report;
    const QDir dir(directory);
    if (!dir.exists()) {
        report.error = QDir::toNativeSeparators(directory) + QStringLiteral(": no such directory");
        return report;
    }
    QString error;
    const std::optional<ContentPack> pack = readContentPackFile(directory, &error);
    if (!pack) {
        report.error = error;
        return report;
    }
    const QDir topicsDir(dir.filePath(QStringLiteral("topics")));
    const QString articleDir = dir.filePath(QStringLiteral("articles"));
    const QStringList names =
        topicsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        report.error = QDir::toNativeSeparators(topicsDir.path()) +
                       QStringLiteral(": holds no topic files (*.json)");
        return report;
    }
    QList<TopicText> topics;
    QHash<QString, QString> slugFile;
    QHash<QString, QString> articleOwner;
    for (const QString &name : names) {
        const QString path = topicsDir.filePath(name);
        QString problem;
        const std::optional<ContentTopic> topic =
            readContentTopicFile(directory, path, *pack, &problem);
        if (!topic) {
            QStringList files{path};
            static const QRegularExpression mdFile(QStringLiteral("^(.*?\\.md): "));
            if (const auto m = mdFile.match(problem); m.hasMatch()) {
                files.prepend(QDir::fromNativeSeparators(m.captured(1)));
            }
            report.findings.append(findingFromError(problem, files));
            continue;
        }
        if (slugFile.contains(topic->slug)) {
            report.findings.append({path, 1, topic->slug, QStringLiteral("slug"),
                                    QStringLiteral("slug \"%1\" is already used by %2")
                                        .arg(topic->slug, slugFile.value(topic->slug))});
            continue;
        }
        slugFile.insert(topic->slug, path);
        for (const ContentArticle &article : topic->articles) {
            if (articleOwner.contains(article.slug)) {
                report.findings.append({path, 1, topic->slug, QStringLiteral("format"),
                                        QStringLiteral("article \"%1\" is already listed by %2")
                                            .arg(article.slug, articleOwner.value(article.slug))});
            }
            articleOwner.insert(article.slug, path);
        }
        bool ok = false;
        topics.append(topicFromFile(*topic, readText(path, &ok), articleDir));
    }
    for (const TopicText &topic : topics) {
        if (!topic.parent.isEmpty() && !slugFile.contains(topic.parent)) {
            report.findings.append(
                {topic.file, 1, topic.slug, QStringLiteral("format"),
                 QStringLiteral("parent \"%1\" is not a topic of this content").arg(topic.parent)});
        }
    }
    for (const QString &name :
         QDir(articleDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (!articleOwner.contains(name.chopped(3))) {
            report.findings.append({QDir(articleDir).filePath(name), 0, QString(),
                                    QStringLiteral("format"),
                                    QStringLiteral("is not listed by any topic")});
        }
    }
    report.findings += Linter(topics, true).run();
    QString alertProblem;
    const std::optional<QList<ContentAlert>> alerts =
        readContentAlertsFile(directory, &alertProblem);
    const QString alertsPath = dir.filePath(QStringLiteral("alerts.json"));
    if (!alerts) {
        report.findings.append(findingFromError(alertProblem, {alertsPath}));
    } else {
        bool ok = false;
        const QString raw = readText(alertsPath, &ok);
        QList<AlertText> located;
        for (const ContentAlert &alert : *alerts) {
            const qsizetype at = raw.indexOf(QStringLiteral("\"id\": \"%1\"").arg(alert.rule.id));
            located.append(
                {alert.rule, alert.topic, alertsPath,
                 at < 0 ? 1 : int(QStringView(raw).left(at).count(QLatin1Char('\n'))) + 1});
        }
        QSet<QString> slugs;
        for (const TopicText &topic : topics) {
            slugs.insert(topic.slug);
        }
        report.findings += lintAlerts(located, slugs);
        // A vocabulary no rule or vocabulary names is a list that does nothing.
        const QJsonObject vocab = QJsonDocument::fromJson(raw.toUtf8())
                                      .object()
                                      .value(QStringLiteral("vocab"))
                                      .toObject();
        for (const QString &name : vocab.keys()) {
            const QString reference = QStringLiteral("\"@%1\"").arg(name);
            if (!raw.contains(reference)) {
                const qsizetype at = raw.indexOf(QStringLiteral("\"%1\":").arg(name));
                report.findings.append(
                    {alertsPath, at < 0 ? 1 : int(QStringView(raw).left(at).count(u'\n')) + 1,
                     QString(), QStringLiteral("alert"),
                     QStringLiteral("the vocabulary \"%1\" is named by no rule").arg(name)});
            }
        }
    }
    const QString scopePath = dir.filePath(QStringLiteral("scope.json"));
    QString scopeProblem;
    if (!readScopeFile(scopePath, &scopeProblem)) {
        report.findings.append(findingFromError(scopeProblem, {scopePath}));
    }
    return report;
}

LintReport lintPack(const QString &path)
{
    LintReport report;
    const PackOpenResult opened = Pack::open(path);
    if (!opened.pack) {
        report.error = opened.error;
        return report;
    }
    const Pack &pack = *opened.pack;
    QList<TopicText> topics;
    // The tree, breadth first, bounded in depth like every reader of a pack.
    QList<std::pair<qint64, QString>> level{{0, QString()}};
    for (int depth = 0; !level.isEmpty() && depth < Pack::maxTreeDepth; ++depth) {
        QList<std::pair<qint64, QString>> next;
        for (const auto &[parentId, parentSlug] : level) {
            for (const TopicNode &node : pack.childTopics(parentId)) {
                const std::optional<Topic> topic = pack.topic(node.id);
                if (!topic) {
                    continue;
                }
                TopicText text;
                text.slug = topic->slug;
                text.title = topic->title;
                text.parent = parentSlug;
                text.summary.text = topic->summary;
                for (const QString &alias : topic->aliases) {
                    text.aliases.append({alias, {}, 0, {}});
                }
                for (const TopicNode &related : pack.relatedTopics(node.id)) {
                    text.related.append({related.slug, {}, 0, {}});
                }
                for (const ArticleRef &ref : pack.articlesOf(node.id, 0, node.articleCount)) {
                    if (const std::optional<Article> article = pack.articleBySlug(ref.slug)) {
                        ArticleText entry{article->slug, article->title, {}, 0, {}};
                        for (const Section &section : article->sections) {
                            entry.sections.append({section.heading, {section.body, {}, 0, {}}});
                        }
                        text.articles.append(entry);
                    }
                }
                for (const QuestionSummary &summary :
                     pack.questionsOf(node.id, Pack::listStart, 0, node.questionCount)) {
                    if (const std::optional<Question> question = pack.question(summary.id)) {
                        QuestionText entry{question->id,
                                           {question->title, {}, 0, {}},
                                           {question->body, {}, 0, {}},
                                           {}};
                        for (const Answer &answer : question->answers) {
                            entry.answers.append({answer.body, {}, 0, {}});
                        }
                        text.questions.append(entry);
                    }
                }
                topics.append(text);
                next.append({node.id, topic->slug});
            }
        }
        level = next;
    }
    report.findings = Linter(topics, false).run();
    QList<AlertText> alerts;
    QSet<QString> slugs;
    for (const TopicText &topic : topics) {
        slugs.insert(topic.slug);
    }
    for (const AlertRule &rule : pack.alerts()) {
        alerts.append({rule, rule.topicSlug, {}, 0});
    }
    report.findings += lintAlerts(alerts, slugs);
    return report;
}

} // namespace qingnang
