// SPDX-License-Identifier: MIT
// The real window's reading habits, driven from the keyboard and the menus:
// find in page, zoom, themes, the reader's font, the preferences dialog; and
// that each setting is kept for the next start.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "preferences.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace qingnang;

namespace {

// Types text key by key, as an input method hands over each character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestReadingHabits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findInPage();
    void findNothing();
    void zoomIsKept();
    void themes();
    void preferencesApplyLive();

private:
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    QWidget *findBar() const { return m_window->findChild<QWidget *>(QStringLiteral("findBar")); }
    QLineEdit *findField() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    }
    QString matchLabel() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("matchLabel"))->text();
    }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    void restart();
    // Whether the breadcrumb is drawn with pixels of colour (its links).
    bool breadcrumbDrawsIn(const QColor &colour) const
    {
        auto *breadcrumb = m_window->findChild<QLabel *>(QStringLiteral("breadcrumb"));
        const QImage image = breadcrumb->grab().toImage();
        int near = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                near += qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                            qAbs(pixel.blue() - colour.blue()) <
                        24;
            }
        }
        return near >= 10;
    }

    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestReadingHabits::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestReadingHabits::init()
{
    QSettings().clear();
    restart();
}

void TestReadingHabits::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

// A new window, as at the next start (the settings file is all that is kept).
void TestReadingHabits::restart()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1000, 700);
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReadingHabits::findInPage()
{
    const QString text = reader()->toPlainText();
    const int expected = int(text.count(QStringLiteral("面神经")));
    QVERIFY(expected > 3);
    QVERIFY(!findBar()->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(findBar()->isVisible());
    QTRY_VERIFY(findField()->hasFocus());
    typeText(findField(), QStringLiteral("面神经"));
    QCOMPARE(matchLabel(), QStringLiteral("第 1 处，共 %1 处").arg(expected));
    QCOMPARE(reader()->extraSelections().size(), expected);
    QCOMPARE(reader()->textCursor().selectionStart(), int(text.indexOf(QStringLiteral("面神经"))));

    // F3 and Enter go on, Shift+F3 back, wrapping at both ends.
    QTest::keyClick(findField(), Qt::Key_F3);
    QCOMPARE(matchLabel(), QStringLiteral("第 2 处，共 %1 处").arg(expected));
    QTest::keyClick(findField(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(matchLabel(), QStringLiteral("第 3 处，共 %1 处").arg(expected));
    QTest::keyClick(findField(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(findField(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(findField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(matchLabel(), QStringLiteral("第 %1 处，共 %1 处").arg(expected));
    QCOMPARE(reader()->textCursor().selectionStart(),
             int(text.lastIndexOf(QStringLiteral("面神经"))));

    // Another page: the same text is looked for there.
    m_window->openUrl(pageurl::topic(QStringLiteral("facial-neuritis")));
    QTRY_VERIFY(!m_window->pageLoading());
    const int there = int(reader()->toPlainText().count(QStringLiteral("面神经")));
    QVERIFY(there > 0);
    QCOMPARE(matchLabel(), QStringLiteral("第 1 处，共 %1 处").arg(there));

    // Esc closes the bar and takes the tints away.
    QTest::keyClick(findField(), Qt::Key_Escape);
    QVERIFY(!findBar()->isVisible());
    QVERIFY(reader()->extraSelections().isEmpty());
}

void TestReadingHabits::findNothing()
{
    action("actionFind")->trigger();
    typeText(findField(), QStringLiteral("不在页面里的字句"));
    QCOMPARE(matchLabel(), QStringLiteral("没有找到"));
    QVERIFY(reader()->extraSelections().isEmpty());
    // Case does not matter for Latin letters.
    findField()->setText(QStringLiteral("hfs"));
    QVERIFY(matchLabel().startsWith(QStringLiteral("第 1 处")));
}

void TestReadingHabits::zoomIsKept()
{
    QCOMPARE(reader()->textPixelSize(), ReaderView::basePixelSize);
    const int lines = reader()->document()->size().height();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(reader()->textPixelSize(), qRound(ReaderView::basePixelSize * 1.2));
    QVERIFY(reader()->document()->size().height() > lines); // laid out again, larger
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 120);

    restart();
    QCOMPARE(reader()->textPixelSize(), qRound(ReaderView::basePixelSize * 1.2));
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(reader()->textPixelSize(), qRound(ReaderView::basePixelSize * 1.1));
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(reader()->textPixelSize(), ReaderView::basePixelSize);
    // Bounded at both ends.
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    }
    QCOMPARE(reader()->textPixelSize(),
             qRound(ReaderView::basePixelSize * Preferences::minZoom / 100.0));
    QVERIFY(!action("actionZoomOut")->isEnabled());
}

void TestReadingHabits::themes()
{
    const auto lightness = [] { return QApplication::palette().color(QPalette::Base).lightness(); };
    action("actionThemeDark")->trigger();
    QVERIFY(action("actionThemeDark")->isChecked());
    QVERIFY(lightness() < 60);
    // The page itself is drawn dark: its text colour is the palette's light text.
    const QString darkText = QApplication::palette().color(QPalette::Text).name();
    QTRY_VERIFY(reader()->document()->defaultStyleSheet().contains(
        QStringLiteral("body { color: %1; }").arg(darkText)));
    QVERIFY(reader()->palette().color(QPalette::Base).lightness() < 60);
    // The breadcrumb's links take the dark palette's link colour at once, not
    // at the next page (issue 16, item 10): drawn in it, on the screen.
    QTRY_VERIFY(breadcrumbDrawsIn(QApplication::palette().color(QPalette::Link)));
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("Dark"));

    restart();
    QVERIFY(action("actionThemeDark")->isChecked());
    QVERIFY(lightness() < 60);

    action("actionThemeLight")->trigger();
    QVERIFY(lightness() > 200);
    QTRY_VERIFY(breadcrumbDrawsIn(QApplication::palette().color(QPalette::Link)));
    QTRY_VERIFY(reader()->document()->defaultStyleSheet().contains(
        QStringLiteral("body { color: %1; }")
            .arg(QApplication::palette().color(QPalette::Text).name())));
    action("actionThemeSystem")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("System"));
}

void TestReadingHabits::preferencesApplyLive()
{
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Search terms are not kept unless asked for.
    auto *searchHistory = dialog->findChild<QCheckBox *>(QStringLiteral("searchHistoryBox"));
    QVERIFY(!searchHistory->isChecked());

    auto *zoom = dialog->findChild<QSpinBox *>(QStringLiteral("zoomBox"));
    zoom->setValue(150);
    QCOMPARE(reader()->textPixelSize(), 24);

    const qreal appFont = QApplication::font().pointSizeF();
    dialog->findChild<QCheckBox *>(QStringLiteral("largeTextBox"))->setChecked(true);
    QCOMPARE(reader()->textPixelSize(), 30); // 16 × 150% × 1.25
    QVERIFY(QApplication::font().pointSizeF() > appFont);

    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeBox"));
    theme->setCurrentIndex(int(Preferences::Theme::Dark));
    QVERIFY(action("actionThemeDark")->isChecked());
    dialog->findChild<QCheckBox *>(QStringLiteral("highContrastBox"))->setChecked(true);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));

    // A font of one's own for the page, then back to the built-in one.
    auto *defaultFont = dialog->findChild<QCheckBox *>(QStringLiteral("defaultFontBox"));
    QVERIFY(defaultFont->isChecked());
    defaultFont->setChecked(false);
    const QString chosen = QSettings().value(QStringLiteral("view/readerFont")).toString();
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(reader()->document()->defaultFont().families().value(0), chosen);
    defaultFont->setChecked(true);
    QVERIFY(QSettings().value(QStringLiteral("view/readerFont")).toString().isEmpty());

    searchHistory->setChecked(true);
    QVERIFY(QSettings().value(QStringLiteral("privacy/searchHistory")).toBool());
    dialog->close();

    // All of it holds at the next start.
    restart();
    QCOMPARE(reader()->textPixelSize(), 30);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    // Back to normal for the tests that follow in this process.
    Preferences preferences;
    preferences.setHighContrast(false);
    preferences.setLargeText(false);
    preferences.setTheme(Preferences::Theme::System);
}

QTEST_MAIN(TestReadingHabits)
#include "tst_readinghabits.moc"
