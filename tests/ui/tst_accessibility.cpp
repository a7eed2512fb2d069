// SPDX-License-Identifier: MIT
// What a screen reader gets from the real window: a name for every control
// that takes focus (in the window and its dialogs), and the page's text.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QWidget>

using namespace qingnang;

namespace {

// Focusable, visible widgets without an accessible name, described for the
// failure message; *checked counts the widgets looked at.
QStringList unnamed(QWidget *top, int *checked)
{
    QStringList missing;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || !widget->isEnabled() ||
            widget->focusProxy()) {
            continue;
        }
        // Scroll bars and a view's inner viewport speak through their owners.
        if (widget->inherits("QScrollBar") ||
            widget->objectName().endsWith(QLatin1String("viewport"))) {
            continue;
        }
        ++*checked;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            missing.append(QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName()));
        }
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAName();
    void dialogsToo_data();
    void dialogsToo();
    void thePageReachesAScreenReader();

private:
    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1000, 700);
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
}

void TestAccessibility::everyControlHasAName()
{
    // With the find bar open, and on the full question list, too.
    m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    int checked = 0;
    QStringList missing = unnamed(m_window.get(), &checked);
    QVERIFY(checked >= 5); // search field, tree, reader, find field, its buttons
    m_window->openUrl(pageurl::topicQuestions(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    missing += unnamed(m_window.get(), &checked);
    m_window->search(QStringLiteral("面瘫"));
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("searchResults"))->isVisible());
    missing += unnamed(m_window.get(), &checked);
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::dialogsToo_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialog");
    QTest::newRow("preferences") << QStringLiteral("actionPreferences")
                                 << QStringLiteral("settingsDialog");
    QTest::newRow("keys") << QStringLiteral("actionShortcuts") << QStringLiteral("shortcutsDialog");
}

void TestAccessibility::dialogsToo()
{
    QFETCH(QString, action);
    QFETCH(QString, dialog);
    m_window->findChild<QAction *>(action)->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    auto *shown = m_window->findChild<QDialog *>(dialog);
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    int checked = 0;
    const QStringList missing = unnamed(shown, &checked);
    shown->close();
    QVERIFY(checked >= 2);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestAccessibility::thePageReachesAScreenReader()
{
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(reader);
    QVERIFY(face);
    QCOMPARE(face->text(QAccessible::Name), QStringLiteral("阅读区"));
    QAccessibleTextInterface *text = face->textInterface();
    QVERIFY(text);
    const QString all = text->text(0, text->characterCount());
    QVERIFY2(all.contains(QStringLiteral("产生面肌痉挛的主要原因是什么")),
             qPrintable(all.left(200)));
    QVERIFY(all.contains(QStringLiteral("血管压迫因素")));
    // The disclaimer is text a screen reader reaches as well.
    QAccessibleInterface *strip = QAccessible::queryAccessibleInterface(
        m_window->findChild<QWidget *>(QStringLiteral("disclaimerLabel")));
    QVERIFY(strip);
    QVERIFY(strip->text(QAccessible::Name).contains(QStringLiteral("免责声明")) ||
            strip->text(QAccessible::Value).contains(QStringLiteral("免责声明")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
