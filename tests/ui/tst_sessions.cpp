// SPDX-License-Identifier: MIT
// The window between runs and within one: Back/Forward lists, the layout and
// page kept for the next start, a private session that keeps nothing, the
// disclaimer notice acknowledged once, F6 between the panes, the list of keys.
#include "aboutdialogs.h"
#include "address/pageurl.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "preferences.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace qingnang;

class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backAndForwardLists();
    void layoutAndPageKeptForNextStart();
    void privateSessionKeepsNothing();
    void disclaimerNoticeOnce();
    void f6CyclesThePanes();
    void shortcutList();
    void aboutNamesThePacks();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    QToolButton *buttonFor(QAction *action) const
    {
        return qobject_cast<QToolButton *>(
            m_window->findChild<QToolBar *>(QStringLiteral("navigationBar"))
                ->widgetForAction(action));
    }
    void newWindow();

    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestSessions::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestSessions::init()
{
    QSettings().clear();
    newWindow();
}

void TestSessions::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

void TestSessions::newWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSessions::backAndForwardLists()
{
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::question(1));
    QTRY_VERIFY(!m_window->pageLoading());
    QMenu *back = buttonFor(action("actionBack"))->menu();
    QVERIFY(back);
    Q_EMIT back->aboutToShow();
    QStringList titles;
    for (QAction *item : back->actions()) {
        titles.append(item->text());
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("产生面肌痉挛的主要原因是什么"),
                                  QStringLiteral("面肌痉挛"), QStringLiteral("首页")}));
    // Choosing the third goes back three pages at once.
    back->actions().at(2)->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), pageurl::start());

    QMenu *forward = buttonFor(action("actionForward"))->menu();
    Q_EMIT forward->aboutToShow();
    QCOMPARE(forward->actions().size(), 3);
    QCOMPARE(forward->actions().at(0)->text(), QStringLiteral("面肌痉挛"));
    forward->actions().at(1)->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
}

void TestSessions::layoutAndPageKeptForNextStart()
{
    m_window->resize(1020, 690);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("splitter"));
    splitter->setSizes({380, 640});
    const QList<int> sizes = splitter->sizes();
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(m_window->close());
    QCOMPARE(MainWindow::lastSessionUrl(),
             pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));

    newWindow();
    QCOMPARE(m_window->size(), QSize(1020, 690));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);

    // A window closed before it showed any page (its packs still opening)
    // leaves the page to come back to as it was.
    MainWindow early(&m_library);
    early.show();
    QVERIFY(early.close());
    QCOMPARE(MainWindow::lastSessionUrl(),
             pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));
}

void TestSessions::privateSessionKeepsNothing()
{
    QSettings().sync();
    const QString file = QSettings().fileName();
    const QByteArray before = QFile::exists(file) ? test::readFile(file) : QByteArray();

    m_window->setPrivateSession(true);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("隐私会话")));
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("private.qnpack"));
    QVERIFY(test::writeGeneratedPack(pack, QStringLiteral("private"), 3, 3));
    QVERIFY(m_window->openPackFile(pack));
    QTRY_VERIFY(!m_window->pageLoading());
    action("actionThemeDark")->trigger();
    action("actionZoomIn")->trigger();
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(m_window->close());
    m_window->closePack(QStringLiteral("private"));
    QTRY_VERIFY(!m_window->pageLoading());

    QSettings().sync();
    const QByteArray after = QFile::exists(file) ? test::readFile(file) : QByteArray();
    QCOMPARE(after, before);
    // The next (ordinary) start knows nothing of it.
    newWindow();
    QVERIFY(!action("actionThemeDark")->isChecked());
    QVERIFY(MainWindow::lastSessionUrl().isEmpty());
    Preferences().setTheme(Preferences::Theme::System);
}

void TestSessions::disclaimerNoticeOnce()
{
    QVERIFY(m_window->showFirstStartNotice());
    auto *notice = m_window->findChild<QMessageBox *>(QStringLiteral("disclaimerNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("免责声明")));
    QVERIFY(notice->text().contains(QStringLiteral("不能代替医生的诊断")));
    QVERIFY(!QSettings().value(QStringLiteral("ui/disclaimerAcknowledged")).toBool());
    notice->defaultButton()->click();
    QVERIFY(QSettings().value(QStringLiteral("ui/disclaimerAcknowledged")).toBool());

    newWindow();
    QVERIFY(!m_window->showFirstStartNotice());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("disclaimerNotice")));
}

void TestSessions::f6CyclesThePanes()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(reader->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(reader->hasFocus());
    // With the find bar open, it is one more stop.
    action("actionFind")->trigger();
    auto *find = m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(find->hasFocus());
}

void TestSessions::shortcutList()
{
    action("actionShortcuts")->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTable"));
    QHash<QString, QString> keys;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        keys.insert(table->topLevelItem(i)->text(0), table->topLevelItem(i)->text(1));
    }
    QCOMPARE(keys.value(QStringLiteral("在页面中查找")), QStringLiteral("Ctrl+F"));
    QCOMPARE(keys.value(QStringLiteral("切换侧栏与阅读区")), QStringLiteral("F6"));
    QCOMPARE(keys.value(QStringLiteral("打印")), QStringLiteral("Ctrl+P"));
    QVERIFY(keys.value(QStringLiteral("后退")).contains(QStringLiteral("Alt+Left")));
    QVERIFY(keys.value(QStringLiteral("搜索")).contains(QStringLiteral("Ctrl+K")));
    // Every action with a key is listed: none is left out.
    for (QAction *each : m_window->findChildren<QAction *>()) {
        if (!each->shortcut().isEmpty() && !each->text().isEmpty()) {
            const QString name = ShortcutsDialog::plainText(each->text());
            QVERIFY2(keys.contains(name), qPrintable(name));
        }
    }
    dialog->close();
}

void TestSessions::aboutNamesThePacks()
{
    action("actionAbout")->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    const PackInfo &info = m_library.primaryPack()->info();
    QVERIFY(!info.source.isEmpty() && !info.license.isEmpty() && !info.contentDate.isEmpty());
    for (const QString &fact : {info.title, info.source, info.contentDate, info.license}) {
        QVERIFY2(box->text().contains(fact.toHtmlEscaped()), qPrintable(fact));
    }
    QVERIFY(box->text().contains(QStringLiteral(QINGNANG_VERSION)));
    box->close();
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
