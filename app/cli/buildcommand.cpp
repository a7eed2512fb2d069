// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/contentsource.h"
#include "pack/pack.h"

#include <QCommandLineParser>

namespace qingnang::cli {

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds a pack from a content directory."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CONTENT_DIR"),
                                 QStringLiteral("pack.json, topics/*.json and articles/*.md"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The pack to write."),
                                          QStringLiteral("PACK"));
    parser.addOption(outputOption);
    if (!parser.parse(QStringList{QStringLiteral("qingnang-pack build")} + arguments)) {
        printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption)) {
        printError(QStringLiteral("usage: qingnang-pack build CONTENT_DIR -o PACK"));
        return BadInput;
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
    out() << QStringLiteral("wrote %1: %2 topics, %3 articles, %4 questions, %5 answers\n")
                 .arg(output)
                 .arg(counts.topics)
                 .arg(counts.articles)
                 .arg(counts.questions)
                 .arg(counts.answers);
    return Success;
}

} // namespace qingnang::cli
