// SPDX-License-Identifier: MIT
// The reader's bootstrap: only wiring. What the command line asks for and which
// packs and page to start with are decided in startup.h.
#include "mainwindow.h"
#include "pack/library.h"
#include "pageprinter.h"
#include "preferences.h"
#include "startup.h"
#include "translation.h"
#include "userdata/userdata.h"
#include "util/datapaths.h"
#include "util/logging.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

using namespace qingnang;

namespace {

// Whether there is no screen to show a window on: no X or Wayland display,
// and no platform chosen by the environment or the command line.
bool noDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return false;
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    processUptimeMs(); // starts the clock where /proc cannot tell

    // Without a display, --help, --version, --export-pdf and the errors of the
    // command line still work (on Qt's offscreen platform); the window cannot.
    const bool headless = noDisplay(argc, argv);
    if (headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    const startup::CommandLine commandLine = startup::parseCommandLine(QApplication::arguments());
    switch (commandLine.action) {
    case startup::CommandLine::Action::Error:
        err << "qingnang: " << commandLine.message << Qt::endl;
        return 2;
    case startup::CommandLine::Action::ShowHelp:
    case startup::CommandLine::Action::ShowVersion:
        out << commandLine.message << Qt::flush;
        return 0;
    case startup::CommandLine::Action::Run:
        break;
    }
    if (headless && commandLine.exportPdf.isEmpty()) {
        err << "qingnang: no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY "
               "is set); --export-pdf works without one"
            << Qt::endl;
        return 2;
    }

    qCInfo(lcStartup, "application made %lld ms after process start", processUptimeMs());
    Preferences preferences;
    preferences.setPersistent(!commandLine.privateSession);
    useLanguage(preferences.language());
    Library library;

    if (!commandLine.exportPdf.isEmpty()) {
        // Headless: the page to a PDF, with its disclaimer, and nothing else.
        const startup::Start start =
            startup::openPacks(commandLine, &library, &MainWindow::lastSessionUrl);
        for (const QString &problem : start.problems) {
            err << "qingnang: " << problem << Qt::endl;
        }
        const Page page = PageRenderer(&library).renderForPrint(start.firstUrl);
        if (!page.found) {
            err << "qingnang: " << start.firstUrl.toString() << ": no such page in the open packs"
                << Qt::endl;
            return 2;
        }
        QString error;
        const PagePrinter printer(page, page.pack ? page.pack->disclaimer() : library.disclaimer());
        if (!printer.exportPdf(commandLine.exportPdf, &error)) {
            err << "qingnang: " << error << Qt::endl;
            return 2;
        }
        return 0;
    }

    // The pack files are read on a thread of their own while the window is
    // made and shown; the first page follows as soon as they are open.
    startup::OpenedPacks opened;
    const std::unique_ptr<QThread> opener(
        QThread::create([&opened, &commandLine] { opened = startup::openPackFiles(commandLine); }));
    opener->start();

    // Bookmarks, notes and history: in the user's data directory, or in memory
    // only for a private session (docs/user-data.md). Made before the window,
    // which uses it to the end; opened once the window is on screen, and
    // before the first page is shown (which records a visit).
    UserData userData;
    MainWindow window(&library, &preferences);
    qCInfo(lcStartup, "window made %lld ms after process start", processUptimeMs());
    window.setPrivateSession(commandLine.privateSession);
    bool userDataTried = false;
    const auto openUserData = [&] {
        if (std::exchange(userDataTried, true)) {
            return;
        }
        const bool open = commandLine.privateSession ? userData.openInMemory() : userData.open();
        qCInfo(lcStartup, "user data opened %lld ms after process start", processUptimeMs());
        if (open) {
            window.setUserData(&userData);
        } else {
            err << "qingnang: " << userData.errorString()
                << " (bookmarks, notes and history are not saved in this session)" << Qt::endl;
            window.reportUserDataProblem(&userData);
        }
    };
    QObject::connect(&window, &MainWindow::firstPagePainted, &window, [] {
        qCInfo(lcStartup, "first page painted %lld ms after process start", processUptimeMs());
    });
    bool packsAdopted = false;
    const auto adoptPacks = [&] {
        if (std::exchange(packsAdopted, true)) {
            return;
        }
        qCInfo(lcStartup, "packs opened %lld ms after process start", processUptimeMs());
        openUserData();
        const startup::Start start = startup::adoptPacks(commandLine, std::move(opened), &library,
                                                         &MainWindow::lastSessionUrl);
        for (const QString &problem : start.problems) {
            err << "qingnang: " << problem << Qt::endl;
        }
        qCInfo(lcStartup).noquote() << "opening" << start.firstUrl.toString();
        window.openUrl(start.firstUrl);
        if (commandLine.searchGiven) {
            window.search(commandLine.search);
        }
        window.reportPackProblems(start.problems);
        window.showFirstStartNotice();
    };
    // The packs may be open already (a pack that passed its check at an
    // earlier start opens quickly): then the signal has gone before anyone
    // listened, and the queued call takes its place.
    QObject::connect(opener.get(), &QThread::finished, &window, adoptPacks);
    if (opener->isFinished()) {
        QMetaObject::invokeMethod(&window, adoptPacks, Qt::QueuedConnection);
    }
    window.show();
    qCInfo(lcStartup, "window shown %lld ms after process start", processUptimeMs());
    QTimer::singleShot(0, &window, openUserData);
    const int status = app.exec();
    opener->wait(); // the window may be closed before the packs are open
    return status;
}
