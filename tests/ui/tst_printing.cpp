// SPDX-License-Identifier: MIT
// Printing and PDF export from the real window: File › Export PDF… writes the
// page shown, with its disclaimer; File › Print… previews the same sheets.
#include "address/pageurl.h"
#include "dialogsupport.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace qingnang;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
}

// The number of sheets of a PDF, as poppler's pdfinfo reads it (0: unreadable).
int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return 0;
    }
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportFromTheMenu();
    void exportCancelled();
    void printPreview();
    void printAndPdfHaveTheSameSheets();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (Debian's poppler-utils) is missing: scripts/setup.sh installs it");
}

void TestPrinting::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1000, 700);
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPrinting::cleanup()
{
    m_window.reset();
}

void TestPrinting::exportFromTheMenu()
{
    QVERIFY(action("actionExportPdf"));
    QCOMPARE(action("actionExportPdf")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    const QString pdf = m_dir.filePath(QStringLiteral("treatment"));
    bool seen = false;
    test::whenShown<QFileDialog>(
        [&](QFileDialog *dialog) {
            // It proposes the page's title as the file's name.
            QVERIFY(dialog->selectedFiles().value(0).endsWith(
                QStringLiteral("面肌痉挛的治疗方法.pdf")));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(pdf); // no suffix typed: .pdf is added
            QTest::keyClick(name, Qt::Key_Return);
        },
        &seen);
    action("actionExportPdf")->trigger();
    QVERIFY(seen);
    const QString written = pdf + QStringLiteral(".pdf");
    QVERIFY2(QFileInfo::exists(written), qPrintable(test::filesIn(m_dir.path()).join(u' ')));
    const QString text = pdfText(written);
    QVERIFY2(text.contains(QStringLiteral("面肌痉挛的治疗方法")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("免责声明")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("已导出")));
}

void TestPrinting::exportCancelled()
{
    const QStringList before = test::filesIn(m_dir.path());
    bool seen = false;
    test::whenShown<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); }, &seen);
    action("actionExportPdf")->trigger();
    QVERIFY(seen);
    QCOMPARE(test::filesIn(m_dir.path()), before);
}

void TestPrinting::printPreview()
{
    QCOMPARE(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
    bool seen = false;
    int pages = 0;
    test::whenShown<QPrintPreviewDialog>(
        [&](QPrintPreviewDialog *dialog) {
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            pages = preview->pageCount();
            dialog->reject();
        },
        &seen);
    action("actionPrint")->trigger();
    QVERIFY(seen);
    QVERIFY(pages >= 1);
}

// Print used to spread a topic page over twice the sheets of its PDF; both
// now lay it out alike (issue 16, item 3).
void TestPrinting::printAndPdfHaveTheSameSheets()
{
    for (const QUrl &url : {pageurl::topic(QStringLiteral("hemifacial-spasm")),
                            pageurl::article(QStringLiteral("hemifacial-spasm-treatment"))}) {
        m_window->openUrl(url);
        QTRY_VERIFY(!m_window->pageLoading());
        int printed = 0;
        bool seen = false;
        test::whenShown<QPrintPreviewDialog>(
            [&](QPrintPreviewDialog *dialog) {
                auto *preview = dialog->findChild<QPrintPreviewWidget *>();
                QVERIFY(preview);
                QTRY_VERIFY(preview->pageCount() > 0);
                printed = preview->pageCount();
                dialog->reject();
            },
            &seen);
        action("actionPrint")->trigger();
        QVERIFY(seen);

        const QString pdf = m_dir.filePath(url.path().section(u'/', -1) + QStringLiteral(".pdf"));
        seen = false;
        test::whenShown<QFileDialog>(
            [&](QFileDialog *dialog) {
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(pdf);
                QTest::keyClick(name, Qt::Key_Return);
            },
            &seen);
        action("actionExportPdf")->trigger();
        QVERIFY(seen);
        const int exported = pdfPages(pdf);
        QVERIFY2(exported > 0, qPrintable(pdf));
        QCOMPARE(printed, exported);
    }
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
