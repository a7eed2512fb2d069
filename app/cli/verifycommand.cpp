// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/packverifier.h"

#include <QCommandLineParser>
#include <QDir>

namespace qingnang::cli {

int runVerify(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: qingnang-pack verify PACK");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a pack completely: SQLite's integrity check and Qingnang's own "
                       "invariants (tree, references, counts, checksum, search index)."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("The pack file."));
    if (const std::optional<int> status =
            parseCommand(parser, QStringLiteral("verify"), arguments, usage,
                         [&] { return parser.positionalArguments().size() == 1; })) {
        return *status;
    }
    const QString path = parser.positionalArguments().first();
    const VerifyReport report = verifyPack(path);
    if (!report.openError.isEmpty()) {
        printError(report.openError);
        return BadInput;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (!report.ok()) {
        for (const QString &problem : report.problems) {
            out() << shown << ": damaged: " << problem << '\n';
        }
        if (report.problemCount > report.problems.size()) {
            out() << shown << ": … and "
                  << counted(report.problemCount - report.problems.size(),
                             QStringLiteral("more problem"))
                  << '\n';
        }
        out().flush();
        printError(QStringLiteral("%1: the pack is damaged (%2 found)")
                       .arg(shown, counted(report.problemCount, QStringLiteral("problem"))));
        return CheckFailed;
    }
    out() << shown << ": ok (" << report.checks.join(QStringLiteral(", ")) << ")\n";
    return Success;
}

} // namespace qingnang::cli
