// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/contentlint.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace qingnang::cli {

namespace {

int runLint(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("lint PACK|DIR [--json]"),
        QStringLiteral("Checks content against the rules of the content handbook "
                       "(docs/content-rules.md): doses, brand names, promises, invented "
                       "evidence, the shape of every topic, aliases, links and duplicates.\n"
                       "Prints one finding a line, FILE:LINE: MESSAGE (for a pack, SLUG: "
                       "MESSAGE); exit status 0 when there is none, 1 when there are "
                       "findings, 2 when the input cannot be read."),
        {{QStringLiteral("PACK|DIR"), QStringLiteral("A built pack, or a content directory "
                                                     "(pack.json, topics/, articles/).")}});
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print each finding as one JSON object a line."));
    parser.addOption(jsonOption);
    if (const std::optional<int> status = commandLine.parse(
            arguments, [&] { return parser.positionalArguments().size() == 1; })) {
        return *status;
    }
    const QString input = parser.positionalArguments().first();
    const QFileInfo info(input);
    if (!info.exists()) {
        printError(input + QStringLiteral(": no such file or directory"));
        return BadInput;
    }
    const LintReport report = info.isDir() ? lintContentDirectory(input) : lintPack(input);
    if (!report.error.isEmpty()) {
        printError(report.error);
        return BadInput;
    }
    for (const LintFinding &finding : report.findings) {
        if (parser.isSet(jsonOption)) {
            QJsonObject object{{QStringLiteral("rule"), finding.rule},
                               {QStringLiteral("message"), finding.message}};
            if (!finding.file.isEmpty()) {
                object.insert(QStringLiteral("file"), finding.file);
                object.insert(QStringLiteral("line"), finding.line);
            }
            if (!finding.slug.isEmpty()) {
                object.insert(QStringLiteral("slug"), finding.slug);
            }
            out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                  << '\n';
        } else {
            out() << finding.toString() << " [" << finding.rule << "]\n";
        }
    }
    out().flush();
    return report.findings.isEmpty() ? Success : CheckFailed;
}

const CommandRegistration registration(
    {4, QStringLiteral("lint"), QStringLiteral("PACK|DIR [--json]"),
     QStringLiteral("check content against the content rules; exit 1 on findings"), runLint});

} // namespace

} // namespace qingnang::cli
