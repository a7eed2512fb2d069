// SPDX-License-Identifier: MIT
#include "importsink.h"

#include "pack/contentsource.h"
#include "pack/packwriter.h"

namespace qingnang {

namespace {

const QChar pathSeparator(0x1F);

// Sections of an imported article body: an untitled introduction, then one
// section per "## Heading" line (headings without text are kept as text).
QList<Section> sectionsOf(const QString &body)
{
    QList<Section> sections;
    Section current;
    QStringList lines;
    auto flush = [&] {
        current.body = lines.join(QLatin1Char('\n')).trimmed();
        if (!current.body.isEmpty()) {
            current.position = int(sections.size()) + 1;
            sections.append(current);
        } else if (!current.heading.isEmpty()) {
            // A heading with nothing under it becomes text of its own.
            current.body = current.heading;
            current.heading.clear();
            current.position = int(sections.size()) + 1;
            sections.append(current);
        }
        lines.clear();
        current = Section{};
    };
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")) && !line.mid(3).trimmed().isEmpty()) {
            flush();
            current.heading = line.mid(3).trimmed();
        } else {
            lines.append(line);
        }
    }
    flush();
    return sections;
}

} // namespace

ImportSink::ImportSink(PackWriter *writer)
    : m_writer(writer)
{}

QString ImportSink::uniqueSlug(const QString &wanted)
{
    QString slug = wanted;
    slug.replace(QLatin1Char('/'), QLatin1Char('-'));
    int &uses = m_slugs[slug];
    if (++uses > 1) {
        slug += QStringLiteral("~%1").arg(uses);
        m_slugs.insert(slug, 1);
    }
    return slug;
}

qint64 ImportSink::topicFor(const QStringList &wanted)
{
    QStringList path = wanted;
    if (path.size() > maxDepth) {
        path = path.mid(0, maxDepth - 1) +
               QStringList{path.mid(maxDepth - 1).join(QStringLiteral(" / "))};
    }
    qint64 parent = 0;
    QString key;
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        key += (depth ? QString(pathSeparator) : QString()) + path.at(depth);
        if (const auto it = m_topicIds.constFind(key); it != m_topicIds.cend()) {
            parent = *it;
            continue;
        }
        TopicInput topic;
        topic.parentId = parent;
        topic.title = path.at(depth);
        topic.slug = uniqueSlug(path.mid(0, depth + 1).join(QLatin1Char('-')));
        topic.position = ++m_childCount[parent];
        const qint64 id = m_writer->addTopic(topic);
        if (id == 0) {
            return 0;
        }
        m_topicIds.insert(key, id);
        parent = id;
    }
    return parent;
}

bool ImportSink::add(const ImportRecord &record)
{
    QStringList path = record.topicPath;
    if (path.isEmpty()) {
        path = QStringList{QStringLiteral("未分类")};
    }
    const qint64 topic = topicFor(path);
    if (topic == 0) {
        return false;
    }
    if (record.kind == ImportRecord::Kind::Article) {
        ArticleInput article;
        article.topicId = topic;
        article.slug = uniqueSlug(QStringLiteral("a%1").arg(m_articles + 1));
        article.title = record.title;
        article.position = ++m_articleCount[topic];
        article.source = record.source;
        article.author = record.author;
        article.period = record.period;
        article.ref = record.ref;
        article.sections = sectionsOf(record.body);
        if (m_writer->addArticle(article) == 0) {
            return false;
        }
        ++m_articles;
        return true;
    }
    QuestionInput question;
    question.topicId = topic;
    question.title = record.title;
    question.body = record.body == record.title ? QString() : record.body;
    question.position = ++m_questionCount[topic];
    question.ref = record.ref;
    question.answers = record.answers;
    if (m_writer->addQuestion(question) == 0) {
        return false;
    }
    ++m_questions;
    return true;
}

} // namespace qingnang
