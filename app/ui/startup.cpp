// SPDX-License-Identifier: MIT
#include "startup.h"

#include "address/pageurl.h"
#include "pack/checkedpacks.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "packmemory.h"
#include "pages/pagerenderer.h"
#include "util/datapaths.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

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

OpenedPacks openPackFiles(const CommandLine &commandLine)
{
    OpenedPacks opened;
    // Packs that passed SQLite's quick check at an earlier start, unchanged
    // since, are not read through again (a private session records nothing).
    CheckedPacks checked(CheckedPacks::defaultFile(), !commandLine.privateSession);
    const auto open = [&opened, &checked](OpenedPacks::Origin origin, const QString &path) {
        PackOpenResult result = Pack::open(path, &checked);
        if (result.pack) {
            result.pack->releaseThreadConnection(); // this thread may end before the pack
        }
        opened.items.append({origin, path, std::move(result.pack), result.error});
    };
    if (!commandLine.noBundled) {
        const QString bundled = bundledPackPath();
        qCInfo(lcStartup).noquote()
            << "bundled pack:" << (bundled.isEmpty() ? QStringLiteral("(none)") : bundled);
        if (bundled.isEmpty()) {
            opened.items.append({OpenedPacks::Origin::Bundled, bundled, nullptr,
                                 QStringLiteral("the bundled pack (%1) is not installed")
                                     .arg(QLatin1String(bundledPackName))});
        } else {
            open(OpenedPacks::Origin::Bundled, bundled);
        }
    }
    // Packs opened with File > Open Pack… in earlier runs, then those of this command line.
    for (const QString &path : packmemory::load()) {
        open(OpenedPacks::Origin::Remembered, path);
    }
    for (const QString &path : commandLine.packPaths) {
        // Already open (remembered from an earlier run): not opened twice.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool already =
            std::any_of(opened.items.cbegin(), opened.items.cend(), [&absolute](const auto &item) {
                return item.pack && item.pack->path() == absolute;
            });
        if (!already) {
            open(OpenedPacks::Origin::CommandLine, path);
        }
    }
    return opened;
}

Start adoptPacks(const CommandLine &commandLine, OpenedPacks opened, Library *library,
                 const std::function<QUrl()> &lastUrl)
{
    Start start;
    int position = 0; // before any pack the reader opened while these were read
    for (OpenedPacks::Item &item : opened.items) {
        QString error = item.error;
        if (item.pack) {
            const QString id = item.pack->id();
            if (library->addPack(std::move(item.pack), position)) {
                ++position;
            } else {
                error = QStringLiteral("%1: a pack with the id \"%2\" is already open")
                            .arg(item.path, id);
            }
        }
        if (error.isEmpty()) {
            continue;
        }
        start.problems.append(error);
        if (item.origin == OpenedPacks::Origin::Remembered && !commandLine.privateSession) {
            packmemory::forget(item.path); // reported once, not at every start
        }
    }
    QStringList ids;
    for (const auto &pack : library->packs()) {
        ids.append(pack->id());
    }
    qCInfo(lcStartup).noquote() << "packs open:" << ids.join(QStringLiteral(", "));

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

Start openPacks(const CommandLine &commandLine, Library *library,
                const std::function<QUrl()> &lastUrl)
{
    return adoptPacks(commandLine, openPackFiles(commandLine), library, lastUrl);
}

} // namespace qingnang::startup
