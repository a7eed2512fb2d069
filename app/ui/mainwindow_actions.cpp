// SPDX-License-Identifier: MIT
// MainWindow's commands: their keys, the choices in the View menu, the Back
// and Forward buttons' lists, zoom and moving the focus round the window.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialogs.h"
#include "findbar.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "preferences.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <initializer_list>
#include <utility>

namespace qingnang {

namespace {

// Makes the actions one exclusive choice (a QActionGroup owned by owner):
// triggering one calls choose with its value.
template<typename Value>
void makeChoice(QObject *owner, std::initializer_list<std::pair<QAction *, Value>> choices,
                const std::function<void(Value)> &choose)
{
    auto *group = new QActionGroup(owner);
    group->setExclusive(true);
    for (const auto &[action, value] : choices) {
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, owner,
                         [choose, value = value] { choose(value); });
    }
}

} // namespace

void MainWindow::setupActions()
{
    // The style's icons come from the desktop's icon theme, whose first lookup
    // is slow: they are set as soon as the window is on screen, not before.
    QTimer::singleShot(0, this, [this] {
        QStyle *style = this->style();
        m_ui->actionBack->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
        m_ui->actionForward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
        m_ui->searchField->setClearButtonEnabled(true); // its icon too
    });
    m_ui->actionBack->setShortcuts(QKeySequence::Back);
    m_ui->actionForward->setShortcuts(QKeySequence::Forward);
    m_ui->actionHome->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionOpenPack->setShortcuts(QKeySequence::Open);
    m_ui->actionPrint->setShortcuts(QKeySequence::Print);
    m_ui->actionExportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->actionFocusSearch->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_ui->actionFocusTree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_ui->actionAboutPacks->setShortcut(QKeySequence::HelpContents);
    m_ui->actionCopy->setShortcuts(QKeySequence::Copy);
    m_ui->actionSelectAll->setShortcuts(QKeySequence::SelectAll);
    m_ui->actionFind->setShortcuts(QKeySequence::Find);
    m_ui->actionFindNext->setShortcuts(QKeySequence::FindNext);
    m_ui->actionFindPrevious->setShortcuts(QKeySequence::FindPrevious);
    m_ui->actionZoomIn->setShortcuts(QList<QKeySequence>{QKeySequence(QKeySequence::ZoomIn),
                                                         QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->actionZoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_ui->actionZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_ui->actionPreferences->setShortcuts(
        QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)});

    connect(m_ui->actionCopy, &QAction::triggered, m_ui->reader, &QTextBrowser::copy);
    connect(m_ui->reader, &QTextBrowser::copyAvailable, m_ui->actionCopy, &QAction::setEnabled);
    m_ui->actionCopy->setEnabled(false);
    connect(m_ui->actionSelectAll, &QAction::triggered, m_ui->reader, &QTextBrowser::selectAll);
    connect(m_ui->actionFind, &QAction::triggered, m_findBar, &FindBar::open);
    connect(m_ui->actionFindNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_ui->actionFindPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] {
        m_preferences->setZoom(100);
        statusBar()->showMessage(tr("文字大小 100%"), 3000);
    });
    makeChoice<Preferences::Theme>(
        this,
        {{m_ui->actionThemeSystem, Preferences::Theme::System},
         {m_ui->actionThemeLight, Preferences::Theme::Light},
         {m_ui->actionThemeDark, Preferences::Theme::Dark}},
        [this](Preferences::Theme theme) { m_preferences->setTheme(theme); });
    makeChoice<Preferences::TreeOrder>(
        this,
        {{m_ui->actionTreeOrderAuto, Preferences::TreeOrder::Auto},
         {m_ui->actionTreeOrderPack, Preferences::TreeOrder::PackOrder},
         {m_ui->actionTreeOrderPinyin, Preferences::TreeOrder::Pinyin}},
        [this](Preferences::TreeOrder order) { m_preferences->setTreeOrder(order); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_ui->actionCycleFocus->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_ui->actionCycleFocus, &QAction::triggered, this, [this] { cycleFocus(false); });
    auto *cycleBack = new QAction(this);
    cycleBack->setObjectName(QStringLiteral("actionCycleFocusBack"));
    cycleBack->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    addAction(cycleBack);
    connect(cycleBack, &QAction::triggered, this, [this] { cycleFocus(true); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_ui->actionPrivateSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_ui->actionPrivateSession, &QAction::triggered, this, [this] {
        QStringList arguments{QStringLiteral("--private")};
        for (const auto &pack : m_library->packs()) {
            if (pack != m_library->primaryPack()) {
                arguments << QStringLiteral("--pack") << pack->path();
            }
        }
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
            QMessageBox::warning(this, tr("无法打开隐私会话"), tr("新窗口没能启动。"));
        }
    });

    // Back and Forward hold the pages behind and ahead of the current one.
    for (const auto &[action, back] :
         {std::pair{m_ui->actionBack, true}, std::pair{m_ui->actionForward, false}}) {
        auto *button = qobject_cast<QToolButton *>(m_ui->navigationBar->widgetForAction(action));
        if (!button) {
            continue;
        }
        auto *menu = new QMenu(button);
        menu->setObjectName(back ? QStringLiteral("backMenu") : QStringLiteral("forwardMenu"));
        connect(menu, &QMenu::aboutToShow, this,
                [this, menu, back = back] { fillHistoryMenu(menu, back); });
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }

    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionForward, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_ui->actionHome, &QAction::triggered, this, [this] { openUrl(pageurl::start()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenPack, &QAction::triggered, this, &MainWindow::chooseAndOpenPack);
    connect(m_ui->actionPrint, &QAction::triggered, this,
            [this] { printCurrentPage(PrintTarget::Printer); });
    connect(m_ui->actionExportPdf, &QAction::triggered, this,
            [this] { printCurrentPage(PrintTarget::Pdf); });
    setupPackActions();
    connect(m_ui->actionFocusSearch, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    connect(m_ui->actionFocusTree, &QAction::triggered, this,
            [this] { m_ui->topicTree->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionAboutPacks, &QAction::triggered, this,
            [this] { openUrl(pageurl::about()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    updateActions();
}

// F6: the search field, the list beside it, the page, the find bar (when
// open), round again; Shift+F6 the other way.
void MainWindow::cycleFocus(bool backwards)
{
    QList<QWidget *> stops{m_ui->searchField, m_ui->sidebarStack->currentWidget(),
                           m_ui->readerStack->currentWidget() == m_ui->qaPage
                               ? static_cast<QWidget *>(m_ui->qaList)
                               : static_cast<QWidget *>(m_ui->reader)};
    if (m_findBar->isVisible()) {
        stops.append(m_findBar->findChild<QLineEdit *>(QStringLiteral("findField")));
    }
    const QWidget *focus = QApplication::focusWidget();
    int at = -1;
    for (int i = 0; i < stops.size(); ++i) {
        if (focus && (focus == stops.at(i) || stops.at(i)->isAncestorOf(focus))) {
            at = i;
        }
    }
    const int count = int(stops.size());
    const int next = at < 0 ? 0 : (at + (backwards ? count - 1 : 1)) % count;
    stops.at(next)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showShortcuts()
{
    auto *dialog = findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    if (!dialog) {
        dialog = new ShortcutsDialog(this);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::zoomBy(int steps)
{
    m_preferences->setZoom(m_preferences->zoom() + steps * Preferences::zoomStep);
    statusBar()->showMessage(tr("文字大小 %1%").arg(m_preferences->zoom()), 3000);
}

} // namespace qingnang
