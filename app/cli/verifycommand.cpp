// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/packverifier.h"

#include <QCommandLineParser>
#include <QDir>

namespace qingnang::cli {

namespace {

int runVerify(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("verify PACK"),
        QStringLiteral("Checks a pack completely: SQLite's integrity check and Qingnang's own "
                       "invariants (tree, references, counts, checksum, search index)."),
        {{QStringLiteral("PACK"), QStringLiteral("The pack file.")}});
    if (const std::optional<int> status = commandLine.parse(
            arguments, [&] { return commandLine.parser.positionalArguments().size() == 1; })) {
        return *status;
    }
    const QString path = commandLine.parser.positionalArguments().first();
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

const CommandRegistration
    registration({3, QStringLiteral("verify"), QStringLiteral("PACK"),
                  QStringLiteral("check a pack completely; exit 1 when it is damaged"), runVerify});

} // namespace

} // namespace qingnang::cli
