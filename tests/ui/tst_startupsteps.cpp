// SPDX-License-Identifier: MIT
// The two steps of the reader's start (app/ui/startup.h): what the command line
// asks for, and which packs and first page that gives.
#include "address/pageurl.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "packmemory.h"
#include "startup.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace qingnang;

class TestStartupSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); }
    void argumentsAreSorted();
    void helpVersionAndErrors();
    void packsAndProblems();
    void firstPage();
    void packsOpenBesideTheWindow();
};

namespace {

startup::CommandLine parse(const QStringList &arguments)
{
    return startup::parseCommandLine(QStringList{QStringLiteral("qingnang")} + arguments);
}

} // namespace

void TestStartupSteps::argumentsAreSorted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("a.qnpack"));
    QVERIFY(test::writeFile(existing, "x"));

    const startup::CommandLine line =
        parse({QStringLiteral("qingnang:/topic/migraine"), existing,
               QStringLiteral("file:///tmp/b.qnpack"), QStringLiteral("qingnang:/about"),
               QStringLiteral("--pack"), QStringLiteral("c.qnpack"), QStringLiteral("--private"),
               QStringLiteral("--search"), QStringLiteral("胃疼")});
    QCOMPARE(line.action, startup::CommandLine::Action::Run);
    QCOMPARE(line.url, QUrl(QStringLiteral("qingnang:/topic/migraine"))); // the first counts
    QCOMPARE(line.packPaths,
             (QStringList{QStringLiteral("c.qnpack"), existing, QStringLiteral("/tmp/b.qnpack")}));
    QVERIFY(line.privateSession);
    QVERIFY(line.searchGiven);
    QCOMPARE(line.search, QStringLiteral("胃疼"));
    QVERIFY(line.anyArgument);
    QVERIFY(!line.noBundled);
    QVERIFY(line.exportPdf.isEmpty());

    const startup::CommandLine none = parse({});
    QCOMPARE(none.action, startup::CommandLine::Action::Run);
    QVERIFY(none.url.isEmpty());
    QVERIFY(none.packPaths.isEmpty());
    QVERIFY(!none.anyArgument);
    QVERIFY(!none.searchGiven);
}

void TestStartupSteps::helpVersionAndErrors()
{
    const startup::CommandLine help = parse({QStringLiteral("--help")});
    QCOMPARE(help.action, startup::CommandLine::Action::ShowHelp);
    QVERIFY(help.message.contains(QStringLiteral("--export-pdf")));

    QCOMPARE(parse({QStringLiteral("--version")}).action,
             startup::CommandLine::Action::ShowVersion);

    const startup::CommandLine wrong = parse({QStringLiteral("--no-such-option")});
    QCOMPARE(wrong.action, startup::CommandLine::Action::Error);
    QVERIFY2(wrong.message.contains(QStringLiteral("no-such-option")), qPrintable(wrong.message));
    QCOMPARE(parse({QStringLiteral("--pack")}).action, startup::CommandLine::Action::Error);
}

void TestStartupSteps::packsAndProblems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString second = dir.filePath(QStringLiteral("second.qnpack"));
    QVERIFY(test::writeGeneratedPack(second, QStringLiteral("second"), 2, 1));
    const QString broken = dir.filePath(QStringLiteral("broken.qnpack"));
    QVERIFY(test::writeFile(broken, "not a pack"));
    const QString gone = dir.filePath(QStringLiteral("gone.qnpack"));
    packmemory::remember(gone); // opened in an earlier run, since deleted

    Library library;
    startup::CommandLine line = parse({QStringLiteral("--no-bundled"), second, broken});
    const startup::Start start = startup::openPacks(line, &library, [] { return QUrl(); });
    QCOMPARE(library.packs().size(), 1);
    QCOMPARE(library.packs().first()->id(), QStringLiteral("second"));
    QCOMPARE(start.problems.size(), 2);
    QVERIFY2(start.problems.at(0).contains(gone), qPrintable(start.problems.at(0)));
    QVERIFY2(start.problems.at(1).contains(broken), qPrintable(start.problems.at(1)));
    // Reported once: the pack that is gone is forgotten.
    QVERIFY(!packmemory::load().contains(gone));
    QCOMPARE(start.firstUrl, pageurl::start());

    // The bundled pack opens first unless told not to.
    Library withBundled;
    const startup::Start bundled =
        startup::openPacks(parse({}), &withBundled, [] { return QUrl(); });
    QVERIFY2(bundled.problems.isEmpty(), qPrintable(bundled.problems.join(QLatin1Char('\n'))));
    QVERIFY(!withBundled.isEmpty());
    QCOMPARE(withBundled.primaryPack()->title(), QStringLiteral("青囊内置内容包"));
}

void TestStartupSteps::firstPage()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    const QUrl migraine = pageurl::topic(QStringLiteral("migraine"));
    int asked = 0;
    const auto last = [&](const QUrl &url) {
        return [&asked, url] {
            ++asked;
            return url;
        };
    };
    const startup::CommandLine noBundled = parse({QStringLiteral("--no-bundled")});
    // Nothing asked: where the reader left off.
    QCOMPARE(startup::openPacks(noBundled, &library, last(migraine)).firstUrl, migraine);
    QCOMPARE(asked, 1);
    // A page that is no longer there: the start page.
    QCOMPARE(startup::openPacks(noBundled, &library,
                                last(pageurl::topic(QStringLiteral("no-such-topic"))))
                 .firstUrl,
             pageurl::start());
    // A page asked for wins, and the last page is not even read; so in a
    // private session and for a PDF export.
    asked = 0;
    const QUrl about(QStringLiteral("qingnang:/about"));
    QCOMPARE(startup::openPacks(parse({QStringLiteral("--no-bundled"), about.toString()}), &library,
                                last(migraine))
                 .firstUrl,
             about);
    QCOMPARE(
        startup::openPacks(parse({QStringLiteral("--no-bundled"), QStringLiteral("--private")}),
                           &library, last(migraine))
            .firstUrl,
        pageurl::start());
    QCOMPARE(startup::openPacks(parse({QStringLiteral("--no-bundled"),
                                       QStringLiteral("--export-pdf"), QStringLiteral("x.pdf")}),
                                &library, last(migraine))
                 .firstUrl,
             pageurl::start());
    QCOMPARE(asked, 0);
}

// The reader opens its pack files on a thread of their own while the window
// appears (main.cpp); the packs are then added and read on the GUI thread.
void TestStartupSteps::packsOpenBesideTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString second = dir.filePath(QStringLiteral("second.qnpack"));
    QVERIFY(test::writeGeneratedPack(second, QStringLiteral("second"), 3, 1));
    const QString third = dir.filePath(QStringLiteral("third.qnpack"));
    QVERIFY(test::writeGeneratedPack(third, QStringLiteral("third"), 2, 1));
    packmemory::remember(second);
    // Given again on the command line: opened once.
    const startup::CommandLine line = parse({second, QStringLiteral("--pack"), second});

    startup::OpenedPacks opened;
    std::unique_ptr<QThread> opener(
        QThread::create([&opened, &line] { opened = startup::openPackFiles(line); }));
    opener->start();
    QVERIFY(opener->wait(60000));
    QCOMPARE(opened.items.size(), 2); // the bundled pack and the remembered one
    QVERIFY(opened.items.at(0).pack);
    QCOMPARE(opened.items.at(0).origin, startup::OpenedPacks::Origin::Bundled);
    QCOMPARE(opened.items.at(1).origin, startup::OpenedPacks::Origin::Remembered);

    // A pack the reader opened while these were read stays after them.
    Library library;
    QVERIFY(library.openPack(third).isEmpty());
    const startup::Start start =
        startup::adoptPacks(line, std::move(opened), &library, [] { return QUrl(); });
    QVERIFY2(start.problems.isEmpty(), qPrintable(start.problems.join(QLatin1Char('\n'))));
    QCOMPARE(library.packs().size(), 3);
    QCOMPARE(library.primaryPack()->title(), QStringLiteral("青囊内置内容包"));
    QCOMPARE(library.packs().at(1)->id(), QStringLiteral("second"));
    QCOMPARE(library.packs().at(2)->id(), QStringLiteral("third"));
    // Read on this thread, though opened on another that has ended.
    for (const auto &pack : library.packs()) {
        QVERIFY2(!pack->childTopics(0).isEmpty(), qPrintable(pack->id()));
    }
    QCOMPARE(start.firstUrl, pageurl::start());
}

QTEST_GUILESS_MAIN(TestStartupSteps)
#include "tst_startupsteps.moc"
