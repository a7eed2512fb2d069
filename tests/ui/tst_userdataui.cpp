// SPDX-License-Identifier: MIT
// The user's own data through the real window: bookmarks in folders and notes
// kept through a restart and through a killed process, the history page and
// clearing it, search history only when turned on, export and import, and a
// private session that leaves no file behind.
#include "address/pageurl.h"
#include "bookmarkdialogs.h"
#include "dialogsupport.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "pack/library.h"
#include "preferences.h"
#include "readerview.h"
#include "testsupport.h"
#include "userdata/userdata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <csignal>
#include <functional>
#include <memory>

using namespace qingnang;

namespace {

const QString causes = QStringLiteral("hemifacial-spasm-causes");
const QString causesTitle = QStringLiteral("产生面肌痉挛的主要原因是什么");

// Every file under directory, at any depth, relative to it.
QStringList allFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(QDir(directory).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QAction *actionOf(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

QString readerText(QWidget *window)
{
    return window->findChild<ReaderView *>(QStringLiteral("reader"))->toPlainText();
}

// Bookmarks the page shown, in the folder named folder (empty: the top level).
// Returns the status bar's message after the dialog closed.
QString bookmarkThroughDialog(QMainWindow *window, const QString &title, const QString &folder)
{
    bool seen = false;
    test::whenShown<BookmarkDialog>(
        [&](BookmarkDialog *dialog) {
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("folderBox"));
            const int index = folder.isEmpty() ? 0 : box->findText(folder, Qt::MatchEndsWith);
            QVERIFY(index >= 0);
            box->setCurrentIndex(index);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            edit->setText(title);
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Save)
                ->click();
        },
        &seen);
    actionOf(window, "actionBookmarkPage")->trigger();
    return seen ? window->statusBar()->currentMessage() : QString();
}

bool writeNoteThroughDialog(QMainWindow *window, const QString &text)
{
    bool seen = false;
    test::whenShown<NoteDialog>(
        [&](NoteDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(text);
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Save)
                ->click();
        },
        &seen);
    actionOf(window, "actionEditNote")->trigger();
    return seen;
}

// The items of the tree with the text, at any depth.
QModelIndexList findInTree(QTreeView *tree, const QString &text)
{
    const QAbstractItemModel *model = tree->model();
    return model->match(model->index(0, 0), Qt::DisplayRole, text, -1,
                        Qt::MatchExactly | Qt::MatchRecursive);
}

// The titles the Bookmarks menu lists, folders as "folder/title".
QStringList bookmarksInMenu(QMainWindow *window)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuBookmarks"));
    Q_EMIT menu->aboutToShow();
    QStringList titles;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *m, const QString &prefix) {
        for (QAction *action : m->actions()) {
            if (!action->property("userEntry").toBool() || action->isSeparator()) {
                continue;
            }
            if (action->menu()) {
                Q_EMIT action->menu()->aboutToShow();
                walk(action->menu(), prefix + action->text() + QLatin1Char('/'));
            } else if (action->isEnabled()) {
                titles.append(prefix + action->text());
            }
        }
    };
    walk(menu, QString());
    return titles;
}

// The child process of killedRightAfterSaving(): a real window bookmarks a
// page and notes it, says so on stdout once the window has shown it as saved,
// then waits to be killed.
int runKilledChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Library library;
    if (!library.openPack(test::bundledPack()).isEmpty()) {
        return 3;
    }
    UserData store;
    if (!store.open(qEnvironmentVariable("QINGNANG_TEST_USERDATA"))) {
        return 4;
    }
    MainWindow window(&library);
    window.setUserData(&store);
    window.show();
    window.openUrl(pageurl::article(causes));
    if (!QTest::qWaitFor([&window] { return !window.pageLoading(); })) {
        return 20;
    }
    QTextStream out(stdout);
    const QString message =
        bookmarkThroughDialog(&window, QStringLiteral("病因（刚存）"), QStringLiteral("神经科"));
    if (!message.contains(QStringLiteral("已收藏"))) {
        return 5;
    }
    out << "bookmark shown as saved: " << message << Qt::endl;
    if (!writeNoteThroughDialog(&window, QStringLiteral("下次复诊时问医生：是否需要做磁共振。")) ||
        window.statusBar()->currentMessage() != QStringLiteral("笔记已保存")) {
        return 6;
    }
    out << "note shown as saved" << Qt::endl;
    return app.exec(); // until killed
}

} // namespace

class TestUserDataUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bookmarksAndNotesThroughRestart();
    void killedRightAfterSaving();
    void historyPageAndClearing();
    void searchHistoryOnlyWhenOn();
    void organizeBookmarks();
    void bookmarksMenuStaysBounded();
    void bookmarksPageLeadsToOrganizing();
    void exportAndImport();
    void privateSessionLeavesNoFile();
    void searchesLeaveNoTrace();

private:
    void newWindow();

    Library m_library;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<UserData> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestUserDataUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestUserDataUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                            QStringLiteral(".sqlite"));
    newWindow();
}

void TestUserDataUi::cleanup()
{
    m_window.reset();
    m_store.reset();
    QSettings().clear();
}

// A window over the store at m_path, as a new start of the app makes one.
void TestUserDataUi::newWindow()
{
    m_window.reset();
    m_store = std::make_unique<UserData>();
    QVERIFY2(m_store->open(m_path), qPrintable(m_store->errorString()));
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->setUserData(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
}

void TestUserDataUi::bookmarksAndNotesThroughRestart()
{
    QVERIFY(m_store->bookmarks().addFolder(QStringLiteral("神经科")) != 0);
    m_window->openUrl(pageurl::article(causes));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(actionOf(m_window.get(), "actionBookmarkPage")->text(),
             QStringLiteral("收藏本页(&A)…"));
    // The star in the navigation bar shows whether the page is bookmarked.
    QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("navigationBar"))
                ->actions()
                .contains(actionOf(m_window.get(), "actionBookmarkPage")));
    QVERIFY(!actionOf(m_window.get(), "actionBookmarkPage")->isChecked());
    QCOMPARE(bookmarksInMenu(m_window.get()), QStringList{QStringLiteral("神经科/（空）")}.mid(1));

    const QString saved = bookmarkThroughDialog(m_window.get(), QStringLiteral("面肌痉挛的病因"),
                                                QStringLiteral("神经科"));
    QCOMPARE(saved, QStringLiteral("已收藏到“神经科”：") + causesTitle);
    QCOMPARE(actionOf(m_window.get(), "actionBookmarkPage")->text(),
             QStringLiteral("编辑本页收藏(&A)…"));
    QVERIFY(actionOf(m_window.get(), "actionBookmarkPage")->isChecked());
    auto *noteLabel = m_window->findChild<QLabel *>(QStringLiteral("noteLabel"));
    QVERIFY(noteLabel->isHidden());
    QVERIFY(writeNoteThroughDialog(m_window.get(),
                                   QStringLiteral("问医生：<b>是否</b>需要手术？\n第二行")));
    QVERIFY(noteLabel->isVisible());
    QVERIFY(noteLabel->text().contains(
        QStringLiteral("问医生：&lt;b&gt;是否&lt;/b&gt;需要手术？<br/>第二行")));
    // A second page, bookmarked at the top level.
    m_window->openUrl(pageurl::question(1));
    QTRY_VERIFY(!m_window->pageLoading());
    const QString questionTitle = m_window->currentPage().title;
    QVERIFY(noteLabel->isHidden()); // the note belongs to the other page
    QVERIFY(bookmarkThroughDialog(m_window.get(), questionTitle, QString())
                .startsWith(QStringLiteral("已收藏：")));

    // Restart: a new store on the same file and a new window.
    newWindow();
    QCOMPARE(bookmarksInMenu(m_window.get()),
             (QStringList{QStringLiteral("神经科/面肌痉挛的病因"), questionTitle}));
    m_window->openUrl(pageurl::bookmarks());
    QTRY_VERIFY(!m_window->pageLoading());
    const QString page = readerText(m_window.get());
    QVERIFY2(page.contains(QStringLiteral("神经科")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("面肌痉挛的病因")));
    QVERIFY(page.contains(QStringLiteral("问医生：<b>是否</b>需要手术？")));
    QVERIFY(page.indexOf(questionTitle) < page.indexOf(QStringLiteral("神经科")));

    // The menu entry opens the page; its note is shown over it.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuBookmarks"));
    Q_EMIT menu->aboutToShow();
    Q_EMIT menu->aboutToShow(); // filled afresh each time, nothing left over
    QCOMPARE(menu->findChildren<QMenu *>(QStringLiteral("bookmarkFolder")).size(), 1);
    QMenu *folder = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu() && action->text() == QStringLiteral("神经科")) {
            folder = action->menu();
        }
    }
    QVERIFY(folder);
    folder->actions().first()->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentPage().kind, PageKind::Article);
    QCOMPARE(m_window->currentPage().title, causesTitle);
    noteLabel = m_window->findChild<QLabel *>(QStringLiteral("noteLabel"));
    QVERIFY(noteLabel->isVisible());
    QVERIFY(noteLabel->text().contains(QStringLiteral("第二行")));

    // Removing the bookmark and emptying the note, through the same dialogs.
    bool seen = false;
    test::whenShown<BookmarkDialog>(
        [](BookmarkDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                     QStringLiteral("面肌痉挛的病因"));
            dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        },
        &seen);
    actionOf(m_window.get(), "actionBookmarkPage")->trigger();
    QVERIFY(seen);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("已取消收藏：") + causesTitle);
    QVERIFY(writeNoteThroughDialog(m_window.get(), QStringLiteral("  \n ")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("笔记已删除"));
    QVERIFY(noteLabel->isHidden());
    newWindow();
    QCOMPARE(bookmarksInMenu(m_window.get()), QStringList{questionTitle});
    QVERIFY(m_store->notes().all().isEmpty());
}

// What the window has shown as saved is on disk the moment it says so: a
// process killed right after (SIGKILL: no chance to close anything) loses nothing.
// The child of searchesLeaveNoTrace(): a real window over the user's data
// where a new start keeps it (XDG_* point into a temporary home), with search
// history off as it is by default. It searches, opens the results page from
// the sidebar, reads a hit, comes back to the results and quits normally.
int runSearchingChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qingnang"));
    QCoreApplication::setApplicationName(QStringLiteral("qingnang"));
    Library library;
    if (!library.openPack(test::bundledPack()).isEmpty()) {
        return 3;
    }
    UserData store;
    if (!store.open()) {
        return 4;
    }
    if (Preferences().searchHistory()) {
        return 5;
    }
    const QString query = qEnvironmentVariable("QINGNANG_TEST_QUERY");
    auto window = std::make_unique<MainWindow>(&library);
    window->setUserData(&store);
    window->show();
    window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QSignalSpy shown(window.get(), &MainWindow::searchResultsShown);
    window->search(query);
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000)) {
        return 6;
    }
    // 查看全部结果, chosen with the keyboard as a user would.
    auto *results = window->findChild<QListView *>(QStringLiteral("searchResults"));
    QModelIndex all;
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const QModelIndex index = results->model()->index(row, 0);
        if (pageurl::parse(index.data(UrlRole).toUrl()).kind == PageKind::Search) {
            all = index;
        }
    }
    if (!all.isValid()) {
        return 7;
    }
    results->setFocus();
    results->setCurrentIndex(all);
    QTest::keyClick(results, Qt::Key_Return);
    if (pageurl::parse(window->currentUrl()).kind != PageKind::Search) {
        return 8;
    }
    const QModelIndex hit = results->model()->index(1, 0);
    window->openUrl(hit.data(UrlRole).toUrl());
    window->goBack();
    if (pageurl::parse(window->currentUrl()).kind != PageKind::Search) {
        return 9;
    }
    if (!QTest::qWaitFor([&] { return !window->pageLoading(); })) {
        return 10;
    }
    window->close();
    window.reset();
    store.close();
    QTextStream(stdout) << "quit normally" << Qt::endl;
    return 0;
}

void TestUserDataUi::killedRightAfterSaving()
{
    {
        UserData prepare;
        QVERIFY(prepare.open(m_path + QStringLiteral(".killed")));
        QVERIFY(prepare.bookmarks().addFolder(QStringLiteral("神经科")) != 0);
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QINGNANG_TEST_KILLED_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QINGNANG_TEST_USERDATA"),
                       m_path + QStringLiteral(".killed"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += child.readAllStandardOutput()).contains("note shown as saved") ||
            child.state() == QProcess::NotRunning,
        60000);
    QVERIFY2(out.contains("bookmark shown as saved: 已收藏到“神经科”"),
             QByteArray(out + child.readAllStandardError()).constData());
    QVERIFY(out.contains("note shown as saved"));
    QCOMPARE(child.state(), QProcess::Running);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    m_path += QStringLiteral(".killed");
    newWindow();
    QCOMPARE(bookmarksInMenu(m_window.get()), QStringList{QStringLiteral("神经科/病因（刚存）")});
    m_window->openUrl(pageurl::article(causes));
    QTRY_VERIFY(!m_window->pageLoading());
    auto *noteLabel = m_window->findChild<QLabel *>(QStringLiteral("noteLabel"));
    QVERIFY(noteLabel->isVisible());
    QVERIFY(noteLabel->text().contains(QStringLiteral("下次复诊时问医生：是否需要做磁共振。")));
}

void TestUserDataUi::historyPageAndClearing()
{
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::article(causes));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::article(causes, {}, 2)); // the same page, further down
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->goBack();                    // the topic again: a second visit
    QTRY_VERIFY(!m_window->pageLoading()); // a visit is recorded when its page is shown
    actionOf(m_window.get(), "actionShowHistory")->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentPage().kind, PageKind::History);
    QString text = readerText(m_window.get());
    QVERIFY2(text.contains(QStringLiteral("今天")), qPrintable(text));
    const qsizetype topic = text.indexOf(QStringLiteral("面肌痉挛\n"));
    const qsizetype article = text.indexOf(causesTitle);
    const qsizetype start = text.indexOf(QStringLiteral("首页"));
    QVERIFY2(article > 0, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("共 3 个页面")));
    QVERIFY2(topic >= 0 && topic < article, qPrintable(text)); // latest first
    // The topic was visited twice; going back within the article is no new visit.
    QCOMPARE(text.count(QStringLiteral("2 次")), 1);
    QVERIFY(text.indexOf(QStringLiteral("2 次")) < article);
    Q_UNUSED(start);
    QCOMPARE(m_store->history().count(), 3);
    // Opening a page from the history page moves it to the top of the list.
    m_window->openUrl(pageurl::article(causes));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    text = readerText(m_window.get());
    QVERIFY(text.indexOf(causesTitle) < text.indexOf(QStringLiteral("面肌痉挛\n")));

    // Clear, after a question: "Cancel" keeps everything.
    bool seen = false;
    test::whenShown<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); }, &seen);
    actionOf(m_window.get(), "actionClearHistory")->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(seen);
    QCOMPARE(m_store->history().count(), 3);
    seen = false;
    test::whenShown<QMessageBox>(
        [](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("clearHistoryQuestion"));
            box->button(QMessageBox::Yes)->click();
        },
        &seen);
    actionOf(m_window.get(), "actionClearHistory")->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(seen);
    QCOMPARE(m_store->history().count(), 0);
    QVERIFY(!actionOf(m_window.get(), "actionBack")->isEnabled());
    QCOMPARE(m_window->currentPage().kind, PageKind::History); // shown again, empty
    QVERIFY(readerText(m_window.get()).contains(QStringLiteral("还没有阅读记录")));
    newWindow();
    // The start page this new window opened (recorded off the GUI thread: waited for).
    QTRY_COMPARE(m_store->history().count(), 1);
}

void TestUserDataUi::searchHistoryOnlyWhenOn()
{
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *results = m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    const auto searchAndOpen = [&](const QString &query) {
        QSignalSpy shown(m_window.get(), &MainWindow::searchResultsShown);
        m_window->search(query);
        QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toString() == query);
        QVERIFY(results->model()->rowCount() > 0);
        const QUrl before = m_window->currentUrl();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->pageLoading());
        QTRY_VERIFY(m_window->currentUrl() != before);
    };
    QVERIFY(!Preferences().searchHistory()); // off unless turned on
    searchAndOpen(QStringLiteral("面肌痉挛"));
    QVERIFY(m_store->searchHistory().recent().isEmpty());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(QStringLiteral("面肌痉挛").toUtf8()) ||
            m_store->history().count() > 0); // the page title is in the history, not the query
    file.close();

    // Turned on: the searches followed are kept and offered while typing.
    auto *preferences = m_window->findChild<Preferences *>();
    QVERIFY(preferences);
    preferences->setSearchHistory(true);
    searchAndOpen(QStringLiteral("三叉神经痛"));
    // Recorded off the GUI thread, and offered once it is written: waited for.
    QTRY_COMPARE(m_store->searchHistory().recent(), QStringList{QStringLiteral("三叉神经痛")});
    auto *completer = field->completer();
    QVERIFY(completer);
    QTRY_COMPARE(qobject_cast<QStringListModel *>(completer->model())->stringList(),
                 QStringList{QStringLiteral("三叉神经痛")});

    // Turned off again: what was kept goes.
    preferences->setSearchHistory(false);
    QVERIFY(m_store->searchHistory().recent().isEmpty());
    QVERIFY(qobject_cast<QStringListModel *>(completer->model())->stringList().isEmpty());
}

// 整理收藏: reorder, rename, move between folders, remove a folder (after a
// question), open — each change in the store at once, and in the menu.
void TestUserDataUi::organizeBookmarks()
{
    const qint64 folder = m_store->bookmarks().addFolder(QStringLiteral("神经科"));
    const qint64 empty = m_store->bookmarks().addFolder(QStringLiteral("空文件夹"));
    QVERIFY(folder != 0 && empty != 0);
    QVERIFY(m_store->bookmarks().add(pageurl::article(causes), QStringLiteral("病因"), folder));
    QVERIFY(m_store->bookmarks().add(pageurl::topic(QStringLiteral("hemifacial-spasm")),
                                     QStringLiteral("专题页"), folder));
    QVERIFY(m_store->bookmarks().add(pageurl::question(1), QStringLiteral("问题"), 0));

    const auto press = [](QDialog *dialog, const char *button) {
        auto *b = dialog->findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(b && b->isEnabled(), button);
        b->click();
    };
    const auto select = [](QTreeView *tree, const QString &text) {
        const QModelIndexList found = findInTree(tree, text);
        QCOMPARE(found.size(), 1);
        tree->setCurrentIndex(found.first());
    };
    bool seen = false;
    test::whenShown<OrganizeBookmarksDialog>(
        [&](OrganizeBookmarksDialog *dialog) {
            auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("bookmarkTree"));
            const QAbstractItemModel *model = tree->model();
            QCOMPARE(model->rowCount(), 3);
            QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("神经科"));
            QCOMPARE(model->rowCount(model->index(0, 0)), 2);
            QVERIFY(tree->isExpanded(model->index(0, 0)));
            QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("问题"));
            QCOMPARE(tree->currentIndex(), model->index(0, 0)); // the first item to begin with

            // Reorder: 专题页 before 病因. A folder never goes below a bookmark.
            select(tree, QStringLiteral("专题页"));
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("downButton"))->isEnabled());
            press(dialog, "upButton");
            QCOMPARE(m_store->bookmarks().inFolder(folder).first().title, QStringLiteral("专题页"));
            select(tree, QStringLiteral("空文件夹"));
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("downButton"))->isEnabled());

            // Rename (F2 opens the same question).
            select(tree, QStringLiteral("病因"));
            bool asked = false;
            test::whenShown<QInputDialog>(
                [](QInputDialog *input) {
                    QCOMPARE(input->textValue(), QStringLiteral("病因"));
                    input->setTextValue(QStringLiteral("面肌痉挛的病因"));
                    input->accept();
                },
                &asked);
            QTest::keyClick(tree, Qt::Key_F2);
            QVERIFY(asked);
            QCOMPARE(m_store->bookmarks().inFolder(folder).last().title,
                     QStringLiteral("面肌痉挛的病因"));

            // Move the top-level bookmark into the folder.
            select(tree, QStringLiteral("问题"));
            asked = false;
            test::whenShown<QInputDialog>(
                [](QInputDialog *input) {
                    QVERIFY(input->comboBoxItems().contains(QStringLiteral("  神经科")));
                    input->setTextValue(QStringLiteral("  神经科"));
                    input->accept();
                },
                &asked);
            press(dialog, "moveButton");
            QVERIFY(asked);
            QCOMPARE(m_store->bookmarks().inFolder(folder).size(), 3);
            QVERIFY(m_store->bookmarks().inFolder(0).isEmpty());

            // Removing a folder with bookmarks asks first; Cancel keeps it.
            select(tree, QStringLiteral("神经科"));
            asked = false;
            test::whenShown<QMessageBox>(
                [](QMessageBox *box) {
                    QVERIFY(box->text().contains(QStringLiteral("3 条收藏")));
                    box->button(QMessageBox::Cancel)->click();
                },
                &asked);
            QTest::keyClick(tree, Qt::Key_Delete);
            QVERIFY(asked);
            QCOMPARE(m_store->bookmarks().inFolder(folder).size(), 3);
            // An empty folder goes without a question.
            select(tree, QStringLiteral("空文件夹"));
            press(dialog, "removeButton");
            QCOMPARE(m_store->bookmarks().folders().size(), 1);

            // Open: the dialog closes on the page.
            select(tree, QStringLiteral("面肌痉挛的病因"));
            press(dialog, "openButton");
        },
        &seen);
    actionOf(m_window.get(), "actionOrganizeBookmarks")->trigger();
    QVERIFY(seen);
    QTRY_COMPARE(m_window->currentPage().title, causesTitle);
    QCOMPARE(bookmarksInMenu(m_window.get()),
             (QStringList{QStringLiteral("神经科/专题页"), QStringLiteral("神经科/面肌痉挛的病因"),
                          QStringLiteral("神经科/问题")}));
}

// The Bookmarks menu lists 40 bookmarks a folder, then 更多… (the bookmarks
// page), and folders 8 deep; what is deeper is on the bookmarks page.
void TestUserDataUi::bookmarksMenuStaysBounded()
{
    const qint64 many = m_store->bookmarks().addFolder(QStringLiteral("多"));
    QVERIFY(many != 0);
    QStringList expected;
    for (int i = 1; i <= 45; ++i) {
        const QString title = QStringLiteral("第%1条").arg(i);
        QVERIFY(m_store->bookmarks().add(pageurl::question(i), title, many));
        if (i <= 40) {
            expected.append(QStringLiteral("多/") + title);
        }
    }
    expected.append(QStringLiteral("多/更多…"));
    qint64 parent = 0;
    QStringList paths; // 层1/, 层1/层2/, ...
    for (int depth = 1; depth <= 10; ++depth) {
        const QString name = QStringLiteral("层%1").arg(depth);
        parent = m_store->bookmarks().addFolder(name, parent);
        QVERIFY(parent != 0);
        QVERIFY(m_store->bookmarks().add(pageurl::question(100 + depth), QStringLiteral("书签"),
                                         parent));
        paths.append((paths.isEmpty() ? QString() : paths.last()) + name + QLatin1Char('/'));
    }
    // In each menu its folders come before its bookmarks: the deepest shown first.
    for (int depth = 8; depth >= 1; --depth) {
        expected.append(paths.at(depth - 1) + QStringLiteral("书签"));
    }
    QCOMPARE(bookmarksInMenu(m_window.get()), expected);
}

// Issue 16, item 13: the 收藏与笔记 page shows the folders and leads to where
// bookmarks are renamed, moved and removed; the page shows the change at once.
void TestUserDataUi::bookmarksPageLeadsToOrganizing()
{
    m_window->openUrl(pageurl::bookmarks());
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(
        !readerText(m_window.get()).contains(QStringLiteral("整理收藏"))); // nothing to organize

    const qint64 folder = m_store->bookmarks().addFolder(QStringLiteral("待复诊"));
    QVERIFY(m_store->bookmarks().add(pageurl::article(causes), QStringLiteral("病因"), folder));
    m_window->openUrl(pageurl::bookmarks());
    QTRY_VERIFY(!m_window->pageLoading());
    QString page = readerText(m_window.get());
    QVERIFY2(page.contains(QStringLiteral("整理收藏")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("待复诊")));
    QVERIFY(page.contains(QStringLiteral("病因")));

    bool seen = false;
    test::whenShown<OrganizeBookmarksDialog>(
        [&](OrganizeBookmarksDialog *dialog) {
            auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("bookmarkTree"));
            const QModelIndexList found = findInTree(tree, QStringLiteral("病因"));
            QCOMPARE(found.size(), 1);
            tree->setCurrentIndex(found.first());
            dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
            dialog->reject();
        },
        &seen);
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    Q_EMIT reader->anchorClicked(pageurl::organizeBookmarks()); // as a click on the link
    QVERIFY(seen);
    QVERIFY(m_store->bookmarks().inFolder(folder).isEmpty());
    QCOMPARE(m_window->currentPage().kind, PageKind::Bookmarks); // no page of its own
    // The page is shown again without the bookmark.
    QTRY_VERIFY2(!readerText(m_window.get()).contains(QStringLiteral("病因")), qPrintable(page));
    page = readerText(m_window.get());
    QVERIFY(page.contains(QStringLiteral("待复诊")));
}

void TestUserDataUi::exportAndImport()
{
    const qint64 folder = m_store->bookmarks().addFolder(QStringLiteral("待复诊"));
    QVERIFY(m_store->bookmarks().add(pageurl::article(causes), QStringLiteral("病因"), folder));
    QVERIFY(m_store->notes().set(pageurl::article(causes), QStringLiteral("带上检查报告"),
                                 causesTitle));
    const QString json = m_dir.filePath(QStringLiteral("export.json"));

    bool seen = false;
    test::whenShown<QFileDialog>(
        [&](QFileDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("exportBookmarksDialog"));
            dialog->selectFile(json);
            static_cast<QDialog *>(dialog)->accept();
        },
        &seen);
    actionOf(m_window.get(), "actionExportBookmarks")->trigger();
    QVERIFY(seen);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("已导出收藏与笔记")));
    const QJsonObject exported = QJsonDocument::fromJson(test::readFile(json)).object();
    QVERIFY(!exported.isEmpty());
    QVERIFY(QString::fromUtf8(test::readFile(json)).contains(QStringLiteral("带上检查报告")));

    // Into an empty store (another computer, say).
    m_path = m_dir.filePath(QStringLiteral("other.sqlite"));
    newWindow();
    QVERIFY(bookmarksInMenu(m_window.get()).isEmpty());
    seen = false;
    bool summarySeen = false;
    test::whenShown<QFileDialog>(
        [&](QFileDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("importBookmarksDialog"));
            test::whenShown<QMessageBox>(
                [](QMessageBox *box) {
                    QCOMPARE(box->objectName(), QStringLiteral("importSummary"));
                    QVERIFY(box->text().contains(QStringLiteral("新增收藏 1 条")));
                    QVERIFY(box->text().contains(QStringLiteral("新增笔记 1 条")));
                    box->accept();
                },
                &summarySeen);
            dialog->selectFile(json);
            static_cast<QDialog *>(dialog)->accept();
        },
        &seen);
    actionOf(m_window.get(), "actionImportBookmarks")->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(seen);
    QVERIFY(summarySeen);
    QCOMPARE(bookmarksInMenu(m_window.get()), QStringList{QStringLiteral("待复诊/病因")});
    QCOMPARE(m_store->notes().note(pageurl::article(causes))->text, QStringLiteral("带上检查报告"));

    // A damaged file: one message naming the problem, nothing changed.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, test::readFile(json).left(40)));
    seen = false;
    bool warned = false;
    test::whenShown<QFileDialog>(
        [&](QFileDialog *dialog) {
            test::whenShown<QMessageBox>(
                [&](QMessageBox *box) {
                    QVERIFY2(box->text().contains(QStringLiteral("broken.json")),
                             qPrintable(box->text()));
                    QVERIFY(box->text().contains(QStringLiteral("没有导入任何内容")));
                    box->accept();
                },
                &warned);
            dialog->selectFile(broken);
            static_cast<QDialog *>(dialog)->accept();
        },
        &seen);
    actionOf(m_window.get(), "actionImportBookmarks")->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(warned);
    QCOMPARE(bookmarksInMenu(m_window.get()), QStringList{QStringLiteral("待复诊/病因")});
}

// The real program with --private: it reads, and no user-data file appears.
void TestUserDataUi::privateSessionLeavesNoFile()
{
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qingnang.startup.info=true"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    app.setProcessEnvironment(environment);
    app.start(test::appExecutable(),
              {QStringLiteral("--private"), pageurl::article(causes).toString()});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    app.kill();
    app.waitForFinished();
    QCOMPARE(allFiles(home.path()), QStringList());

    // An ordinary start keeps its data in the data directory.
    app.start(test::appExecutable(), {pageurl::article(causes).toString()});
    err.clear();
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("first page painted"),
                             30000);
    app.kill();
    app.waitForFinished();
    const QStringList files = allFiles(home.path());
    QVERIFY2(files.contains(QStringLiteral("data/qingnang/qingnang/userdata.sqlite")),
             qPrintable(files.join(QLatin1Char(' '))));
}

// Issue 16: with search history off, no query reaches the disk in any form:
// not in the reading history, not as the page the next start returns to,
// not in any file the program writes under the user's home.
void TestUserDataUi::searchesLeaveNoTrace()
{
    QTemporaryDir home;
    const QString query = QStringLiteral("面部抽动的原因");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QINGNANG_TEST_SEARCHING_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QINGNANG_TEST_QUERY"), query);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1: %2")
                            .arg(child.exitCode())
                            .arg(QString::fromUtf8(child.readAllStandardError()))));
    QVERIFY(child.readAllStandardOutput().contains("quit normally"));

    // The query in every form a file could hold it.
    const QString queryWord = query.left(4); // "面部抽动": not a title or heading of the pack
    QList<QByteArray> forms;
    for (const QString &text : {query, queryWord}) {
        forms << text.toUtf8() << QUrl::toPercentEncoding(text)
              << QUrl::toPercentEncoding(text).toLower()
              << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray bigEndian;
        for (const QChar c : text) {
            bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        }
        forms << bigEndian;
    }
    forms << QByteArray("search?q=") << QByteArray("/search");
    const QStringList files = allFiles(home.path());
    QVERIFY2(files.contains(QStringLiteral("data/qingnang/qingnang/userdata.sqlite")),
             qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &file : files) {
        const QByteArray content = test::readFile(home.filePath(file));
        for (const QByteArray &form : forms) {
            QVERIFY2(!content.contains(form),
                     qPrintable(QStringLiteral("%1 holds the query (%2)")
                                    .arg(file, QString::fromLatin1(form.toHex()))));
        }
    }
    // The reader comes back to the page before the results, not to them.
    const QSettings settings(home.filePath(QStringLiteral("config/qingnang/qingnang.conf")),
                             QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("session/lastUrl")).toUrl(),
             pageurl::topic(QStringLiteral("hemifacial-spasm")));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QINGNANG_TEST_KILLED_CHILD")) {
        return runKilledChild(argc, argv);
    }
    if (qEnvironmentVariableIsSet("QINGNANG_TEST_SEARCHING_CHILD")) {
        return runSearchingChild(argc, argv);
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUserDataUi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userdataui.moc"
