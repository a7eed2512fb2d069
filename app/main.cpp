// SPDX-License-Identifier: MIT
// The reader's bootstrap: parse the command line, open the packs, show the window.
#include "mainwindow.h"
#include "pack/library.h"
#include "packmemory.h"
#include "pageprinter.h"
#include "preferences.h"
#include "translation.h"
#include "userdata/userdata.h"
#include "util/datapaths.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QUrl>

using namespace qingnang;

int main(int argc, char *argv[])
{
    processUptimeMs(); // starts the clock where /proc cannot tell

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qingnang"));
    QApplication::setApplicationDisplayName(QStringLiteral("青囊"));
    QApplication::setApplicationVersion(QStringLiteral(QINGNANG_VERSION));
    QApplication::setOrganizationName(QStringLiteral("qingnang"));
    QApplication::setDesktopFileName(QStringLiteral(QINGNANG_APP_ID));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1/" QINGNANG_APP_ID ".png").arg(size),
                     QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("青囊 — offline reader for Chinese health knowledge"));
    parser.addHelpOption();
    parser.addVersionOption();
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
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "qingnang: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }

    const bool privateSession = parser.isSet(privateOption);
    Preferences preferences;
    preferences.setPersistent(!privateSession);
    useLanguage(preferences.language());
    QTextStream err(stderr);
    Library library;
    QStringList problems;
    if (!parser.isSet(noBundledOption)) {
        const QString bundled = bundledPackPath();
        qCInfo(lcStartup).noquote()
            << "bundled pack:" << (bundled.isEmpty() ? QStringLiteral("(none)") : bundled);
        const QString error = bundled.isEmpty()
                                  ? QStringLiteral("the bundled pack (%1) is not installed")
                                        .arg(QLatin1String(bundledPackName))
                                  : library.openPack(bundled);
        if (!error.isEmpty()) {
            problems.append(error);
        }
    }
    // Packs opened with File > Open Pack… in earlier runs, then those of this command line.
    for (const QString &path : packmemory::load()) {
        if (const QString error = library.openPack(path); !error.isEmpty()) {
            problems.append(error);
            if (!privateSession) {
                packmemory::forget(path); // reported once, not at every start
            }
        }
    }
    // Positional arguments: packs as a file manager passes them through the
    // desktop entry's %u (a path or a file: URL), or the page to show (an
    // address with a scheme, qingnang: or not; the first one counts).
    QStringList packPaths = parser.values(packOption);
    QUrl url = pageurl::start();
    bool urlGiven = false;
    for (const QString &argument : parser.positionalArguments()) {
        const QUrl asUrl(argument);
        if (asUrl.isLocalFile()) {
            packPaths.append(asUrl.toLocalFile());
        } else if (asUrl.scheme().isEmpty() || QFileInfo::exists(argument)) {
            packPaths.append(argument);
        } else if (!urlGiven) {
            url = asUrl;
            urlGiven = true;
        }
    }
    for (const QString &path : packPaths) {
        if (library.packByPath(path)) {
            continue; // already open (remembered from an earlier run)
        }
        if (const QString error = library.openPack(path); !error.isEmpty()) {
            problems.append(error);
        }
    }
    for (const QString &problem : problems) {
        err << "qingnang: " << problem << Qt::endl;
    }
    QStringList opened;
    for (const auto &pack : library.packs()) {
        opened.append(pack->id());
    }
    qCInfo(lcStartup).noquote() << "packs open:" << opened.join(QStringLiteral(", "));

    if (parser.positionalArguments().isEmpty() && !privateSession && !parser.isSet(exportOption)) {
        // Where the reader left off, if that page is still there.
        const QUrl last = MainWindow::lastSessionUrl();
        if (last.isValid() && PageRenderer(&library).pageExists(last)) {
            url = last;
        }
    }
    if (parser.isSet(exportOption)) {
        // Headless: the page to a PDF, with its disclaimer, and nothing else.
        const Page page = PageRenderer(&library).renderForPrint(url);
        if (!page.found) {
            err << "qingnang: " << url.toString() << ": no such page in the open packs" << Qt::endl;
            return 2;
        }
        QString error;
        const PagePrinter printer(page, page.pack ? page.pack->disclaimer() : library.disclaimer());
        if (!printer.exportPdf(parser.value(exportOption), &error)) {
            err << "qingnang: " << error << Qt::endl;
            return 2;
        }
        return 0;
    }

    // Bookmarks, notes and history: in the user's data directory, or in memory
    // only for a private session (docs/user-data.md).
    UserData userData;
    const bool userDataOpen = privateSession ? userData.openInMemory() : userData.open();
    if (!userDataOpen) {
        err << "qingnang: " << userData.errorString()
            << " (bookmarks, notes and history are not saved in this session)" << Qt::endl;
    }

    MainWindow window(&library, &preferences);
    window.setPrivateSession(privateSession);
    if (userDataOpen) {
        window.setUserData(&userData);
    }
    QObject::connect(&window, &MainWindow::firstPagePainted, &window, [] {
        qCInfo(lcStartup, "first page painted %lld ms after process start", processUptimeMs());
    });
    qCInfo(lcStartup).noquote() << "opening" << url.toString();
    window.openUrl(url);
    window.show();
    if (parser.isSet(searchOption)) {
        window.search(parser.value(searchOption));
    }
    window.reportPackProblems(problems);
    if (!userDataOpen) {
        window.reportUserDataProblem(&userData);
    }
    window.showFirstStartNotice();
    return app.exec();
}
