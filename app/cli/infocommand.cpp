// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/pack.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace qingnang::cli {

namespace {

// Every topic that has articles or questions of its own, in tree order; and
// how many departments hold such topics (nodes without content of their own
// with at least one such topic right under them: sub-departments count).
QJsonArray topicsWithContent(const Pack &pack, int *departments)
{
    QJsonArray topics;
    QSet<QString> holding;
    QList<std::pair<TopicNode, QStringList>> stack;
    const QList<TopicNode> roots = pack.childTopics(0);
    for (auto it = roots.crbegin(); it != roots.crend(); ++it) {
        stack.append({*it, {}});
    }
    while (!stack.isEmpty()) {
        const auto [node, ancestors] = stack.takeLast();
        if (ancestors.size() >= Pack::maxTreeDepth) {
            continue;
        }
        const QStringList path = ancestors + QStringList{node.title};
        if (node.articleCount > 0 || node.questionCount > 0) {
            if (path.size() > 1) {
                holding.insert(path.mid(0, path.size() - 1).join(QLatin1Char('/')));
            }
            topics.append(QJsonObject{{QStringLiteral("slug"), node.slug},
                                      {QStringLiteral("title"), node.title},
                                      {QStringLiteral("path"), QJsonArray::fromStringList(path)},
                                      {QStringLiteral("articles"), node.articleCount},
                                      {QStringLiteral("questions"), node.questionCount}});
        }
        if (node.childCount > 0) {
            const QList<TopicNode> children = pack.childTopics(node.id);
            for (auto it = children.crbegin(); it != children.crend(); ++it) {
                stack.append({*it, path});
            }
        }
    }
    *departments = int(holding.size());
    return topics;
}

int runInfo(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("info PACK [--json]"),
                            QStringLiteral("Shows what a pack holds."),
                            {{QStringLiteral("PACK"), QStringLiteral("The pack file.")}});
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object."));
    parser.addOption(jsonOption);
    if (const std::optional<int> status = commandLine.parse(
            arguments, [&] { return parser.positionalArguments().size() == 1; })) {
        return *status;
    }
    const PackOpenResult result = Pack::open(parser.positionalArguments().first());
    if (!result.pack) {
        printError(result.error);
        return BadInput;
    }
    const Pack &pack = *result.pack;
    const PackInfo &info = pack.info();
    int departments = 0;
    const QJsonArray topics = topicsWithContent(pack, &departments);
    if (parser.isSet(jsonOption)) {
        const QJsonObject counts{
            {QStringLiteral("departments_with_topics"), departments},
            {QStringLiteral("topics"), info.counts.topics},
            {QStringLiteral("topics_with_content"), info.counts.topicsWithContent},
            {QStringLiteral("articles"), info.counts.articles},
            {QStringLiteral("sections"), info.counts.sections},
            {QStringLiteral("questions"), info.counts.questions},
            {QStringLiteral("answers"), info.counts.answers},
        };
        const QJsonObject object{
            {QStringLiteral("file"), info.path},
            {QStringLiteral("schema_version"), info.schemaVersion},
            {QStringLiteral("pack_id"), info.packId},
            {QStringLiteral("title"), info.title},
            {QStringLiteral("language"), info.language},
            {QStringLiteral("content_date"), info.contentDate},
            {QStringLiteral("created"), info.created},
            {QStringLiteral("source"), info.source},
            {QStringLiteral("license"), info.license},
            {QStringLiteral("content_checksum"), info.checksum},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("review"), info.review},
            {QStringLiteral("topics"), topics},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    auto line = [](const char *label, const QString &value) {
        out() << QStringLiteral("%1 %2\n").arg(QLatin1String(label), -16).arg(value);
    };
    line("file:", info.path);
    line("title:", info.title);
    line("pack id:", info.packId);
    line("schema version:", QString::number(info.schemaVersion));
    line("content date:", info.contentDate);
    line("created:", info.created);
    line("source:", info.source);
    line("license:", info.license);
    if (!info.review.isEmpty()) {
        line("review:", info.review);
    }
    line("departments:", QStringLiteral("%1 holding topics").arg(departments));
    line("topics:", QStringLiteral("%1 (%2 with content)")
                        .arg(info.counts.topics)
                        .arg(info.counts.topicsWithContent));
    line("articles:", QStringLiteral("%1 (%2)")
                          .arg(info.counts.articles)
                          .arg(counted(info.counts.sections, QStringLiteral("section"))));
    line("questions:", QString::number(info.counts.questions));
    line("answers:", QString::number(info.counts.answers));
    return Success;
}

const CommandRegistration registration(
    {2, QStringLiteral("info"), QStringLiteral("PACK [--json]"),
     QStringLiteral("show a pack's title, schema version, counts and content date"), runInfo});

} // namespace

} // namespace qingnang::cli
