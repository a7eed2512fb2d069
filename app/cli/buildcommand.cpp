// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/contentsource.h"
#include "pack/pack.h"

#include <QCommandLineParser>

namespace qingnang::cli {

namespace {

int runBuild(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("build CONTENT_DIR -o PACK"),
                            QStringLiteral("Builds a pack from a content directory."),
                            {{QStringLiteral("CONTENT_DIR"),
                              QStringLiteral("pack.json, topics/*.json and articles/*.md")}});
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The pack to write."),
                                          QStringLiteral("PACK"));
    parser.addOption(outputOption);
    if (const std::optional<int> status = commandLine.parse(arguments, [&] {
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

const CommandRegistration
    registration({0, QStringLiteral("build"), QStringLiteral("CONTENT_DIR -o PACK"),
                  QStringLiteral("build a pack from a content directory"), runBuild});

} // namespace

} // namespace qingnang::cli
