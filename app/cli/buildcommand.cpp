// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/contentsource.h"
#include "pack/pack.h"

#include <QCommandLineParser>

namespace qingnang::cli {

int runBuild(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: qingnang-pack build CONTENT_DIR -o PACK");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds a pack from a content directory."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("CONTENT_DIR"),
                                 QStringLiteral("pack.json, topics/*.json and articles/*.md"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The pack to write."),
                                          QStringLiteral("PACK"));
    parser.addOption(outputOption);
    if (const std::optional<int> status =
            parseCommand(parser, QStringLiteral("build"), arguments, usage, [&] {
                return parser.positionalArguments().size() == 1 && parser.isSet(outputOption);
            })) {
        return *status;
    }
    QString error;
    const QString output = parser.value(outputOption);
    if (!buildPackFromContent(parser.positionalArguments().first(), output, &error)) {
        printError(error);
        return BadInput;
    }
    const PackOpenResult result = Pack::open(output);
    if (!result.pack) {
        printError(result.error); // cannot happen unless the disk changed under us
        return BadInput;
    }
    const PackCounts &counts = result.pack->info().counts;
    out() << QStringLiteral("wrote %1: %2, %3, %4, %5\n")
                 .arg(output, counted(counts.topics, QStringLiteral("topic")),
                      counted(counts.articles, QStringLiteral("article")),
                      counted(counts.questions, QStringLiteral("question")),
                      counted(counts.answers, QStringLiteral("answer")));
    return Success;
}

} // namespace qingnang::cli
