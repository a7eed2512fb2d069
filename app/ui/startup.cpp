// SPDX-License-Identifier: MIT
#include "startup.h"

#include "address/pageurl.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "packmemory.h"
#include "pages/pagerenderer.h"
#include "util/datapaths.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace qingnang::startup {

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("青囊 — offline reader for Chinese health knowledge"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption packOption(QStringLiteral("pack"),
                                        QStringLiteral("Also open this pack (may be repeated)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption noBundledOption(QStringLiteral("no-bundled"),
                                             QStringLiteral("Do not open the bundled pack."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Start with this query in the search field."),
        QStringLiteral("QUERY"));
    const QCommandLineOption privateOption(
        QStringLiteral("private"),
        QStringLiteral("A private session: nothing is stored (settings, history, packs)."));
    const QCommandLineOption exportOption(
        QStringLiteral("export-pdf"),
        QStringLiteral("Write the page (URL, or the start page) to this PDF file and exit."),
        QStringLiteral("FILE"));
    parser.addOption(packOption);
    parser.addOption(noBundledOption);
    parser.addOption(searchOption);
    parser.addOption(exportOption);
    parser.addOption(privateOption);
    parser.addPositionalArgument(
        QStringLiteral("URL|PACK"),
        QStringLiteral("The page to open (qingnang:/…), the start page if none; or a pack file "
                       "(a path or a file: URL) to open for this run, like --pack."),
        QStringLiteral("[URL|PACK]..."));
    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CommandLine::Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLine::Action::ShowVersion;
        result.message = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                       QCoreApplication::applicationVersion());
        return result;
    }
    result.noBundled = parser.isSet(noBundledOption);
    result.privateSession = parser.isSet(privateOption);
    result.searchGiven = parser.isSet(searchOption);
    result.search = parser.value(searchOption);
    result.exportPdf = parser.value(exportOption);
    result.packPaths = parser.values(packOption);
    // Positional arguments: packs as a file manager passes them through the
    // desktop entry's %u (a path or a file: URL), or the page to show (an
    // address with a scheme, qingnang: or not; the first one counts).
    const QStringList positional = parser.positionalArguments();
    result.anyArgument = !positional.isEmpty();
    for (const QString &argument : positional) {
        const QUrl asUrl(argument);
        if (asUrl.isLocalFile()) {
            result.packPaths.append(asUrl.toLocalFile());
        } else if (asUrl.scheme().isEmpty() || QFileInfo::exists(argument)) {
            result.packPaths.append(argument);
        } else if (result.url.isEmpty()) {
            result.url = asUrl;
        }
    }
    return result;
}

Start openPacks(const CommandLine &commandLine, Library *library,
                const std::function<QUrl()> &lastUrl)
{
    Start start;
    if (!commandLine.noBundled) {
        const QString bundled = bundledPackPath();
        qCInfo(lcStartup).noquote()
            << "bundled pack:" << (bundled.isEmpty() ? QStringLiteral("(none)") : bundled);
        const QString error = bundled.isEmpty()
                                  ? QStringLiteral("the bundled pack (%1) is not installed")
                                        .arg(QLatin1String(bundledPackName))
                                  : library->openPack(bundled);
        if (!error.isEmpty()) {
            start.problems.append(error);
        }
    }
    // Packs opened with File > Open Pack… in earlier runs, then those of this command line.
    for (const QString &path : packmemory::load()) {
        if (const QString error = library->openPack(path); !error.isEmpty()) {
            start.problems.append(error);
            if (!commandLine.privateSession) {
                packmemory::forget(path); // reported once, not at every start
            }
        }
    }
    for (const QString &path : commandLine.packPaths) {
        if (library->packByPath(path)) {
            continue; // already open (remembered from an earlier run)
        }
        if (const QString error = library->openPack(path); !error.isEmpty()) {
            start.problems.append(error);
        }
    }
    QStringList opened;
    for (const auto &pack : library->packs()) {
        opened.append(pack->id());
    }
    qCInfo(lcStartup).noquote() << "packs open:" << opened.join(QStringLiteral(", "));

    start.firstUrl = commandLine.url.isEmpty() ? pageurl::start() : commandLine.url;
    if (!commandLine.anyArgument && !commandLine.privateSession &&
        commandLine.exportPdf.isEmpty() && lastUrl) {
        // Where the reader left off, if that page is still there.
        const QUrl last = lastUrl();
        if (last.isValid() && PageRenderer(library).pageExists(last)) {
            start.firstUrl = last;
        }
    }
    return start;
}

} // namespace qingnang::startup
