// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialogs.h"
#include "appearance.h"
#include "breadcrumblabel.h"
#include "findbar.h"
#include "linkpolicy.h"
#include "messagetext.h"
#include "models/qalistmodel.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "packmemory.h"
#include "pageprinter.h"
#include "pages/pageservice.h"
#include "preferences.h"
#include "qaitemdelegate.h"
#include "readerview.h"
#include "settingsdialog.h"
#include "sidebarsearch.h"
#include "topictreedelegate.h"
#include "translation.h"
#include "userdata/userdata.h"
#include "userdata/userdatawriter.h"
#include "util/logging.h"
#include "windowsession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>

#include <algorithm>
#include <functional>
#include <utility>

namespace qingnang {

MainWindow::MainWindow(Library *library, Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_pages(new PageService(library, this))
    , m_treeModel(new TopicTreeModel(library, this))
    , m_qaModel(new QaListModel(library, this))
    , m_preferences(preferences ? preferences : new Preferences(this))
    , m_findBar(nullptr)
    , m_breadcrumb(new BreadcrumbLabel(this))
    , m_statusLabel(new QLabel(this))
{
    m_ui->setupUi(this);

    m_ui->topicTree->setModel(m_treeModel);
    m_ui->topicTree->setItemDelegate(new TopicTreeDelegate(m_ui->topicTree));
    m_ui->qaPage->setBackgroundRole(QPalette::Base);
    m_ui->qaList->setModel(m_qaModel);
    m_ui->qaList->setItemDelegate(new QaItemDelegate(m_ui->qaList));

    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 880});

    m_search = new SidebarSearch(library, m_ui->searchField, m_ui->searchResults,
                                 m_ui->sidebarStack, m_ui->topicTree, this);
    connect(m_search, &SidebarSearch::openRequested, this, &MainWindow::openIndex);
    connect(m_search, &SidebarSearch::resultsShown, this, &MainWindow::searchResultsShown);
    connect(m_pages, &PageService::pageReady, this, &MainWindow::pageArrived);
    connect(m_pages, &PageService::printPageReady, this, [this](quint64 serial, const Page &page) {
        if (serial == m_pages->latestPrintSerial()) {
            printPage(page, m_printTarget);
        }
    });
    connect(m_treeModel, &TopicTreeModel::topicRevealed, this, &MainWindow::topicRevealed);
    connect(m_qaModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::qaRowsArrived);

    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    m_breadcrumb->setContentsMargins(12, 0, 12, 0);
    m_ui->navigationBar->addWidget(m_breadcrumb);
    connect(m_breadcrumb, &QLabel::linkActivated, this,
            [this](const QString &link) { openUrl(QUrl(link)); });

    m_ui->disclaimerLabel->setContentsMargins(14, 7, 14, 7);
    m_ui->disclaimerLabel->setAutoFillBackground(true);
    m_ui->disclaimerLabel->setBackgroundRole(QPalette::AlternateBase);
    m_ui->disclaimerLabel->setForegroundRole(QPalette::Text);
    // Pack text in labels is text, never markup (a pack's disclaimer cannot hide itself).
    m_ui->disclaimerLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_ui->disclaimerLabel->setText(m_library->disclaimer());

    m_statusLabel->setObjectName(QStringLiteral("packStatus"));
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    // A web address clicked in a page opens in the browser once the user agrees
    // (LinkPolicy); everything else goes where openUrl() lets it.
    connect(m_ui->reader, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (LinkPolicy::classify(link) == LinkPolicy::Kind::External) {
            LinkPolicy::confirmAndOpen(this, link);
        } else if (const QString packId = pageurl::reopenPackId(link); !packId.isEmpty()) {
            reopenPack(packId);
        } else if (pageurl::isOrganizeBookmarks(link)) {
            m_ui->actionOrganizeBookmarks->trigger();
        } else {
            openUrl(link);
        }
    });
    connect(m_ui->topicTree, &QTreeView::clicked, this, &MainWindow::openIndex);
    // QTreeView reads more rows on its own only at the top level; branches
    // read their next batch when their last row read comes into view.
    connect(m_ui->topicTree->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::fetchBranchesInView);
    connect(m_ui->topicTree->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &MainWindow::fetchBranchesInView);
    connect(m_ui->topicTree, &QTreeView::expanded, this, &MainWindow::fetchBranchesInView,
            Qt::QueuedConnection);
    connect(m_ui->topicTree, &QTreeView::activated, this, &MainWindow::openIndex);
    connect(m_ui->qaList, &QListView::clicked, this, &MainWindow::openIndex);
    connect(m_ui->qaList, &QListView::activated, this, &MainWindow::openIndex);
    connect(m_library, &Library::packAdded, this, &MainWindow::updateStatus);
    connect(m_library, &Library::packRemoved, this, &MainWindow::updateStatus);
    m_ui->topicTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->topicTree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    m_findBar = new FindBar(m_ui->reader, m_ui->readerPane);
    m_ui->readerPaneLayout->addWidget(m_findBar);

    setupActions();
    setupUserDataActions();
    connect(m_preferences, &Preferences::changed, this, &MainWindow::applyPreferences);
    connect(m_preferences, &Preferences::languageChanged, this,
            [](const QString &language) { useLanguage(language); });
    applyPreferences();
    retranslate();
    updateStatus();

    windowsession::restore(this, m_ui->splitter);
    m_ui->reader->viewport()->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    delete m_writer; // what is queued is written while the window is whole
    m_writer = nullptr;
}

void MainWindow::openIndex(const QModelIndex &index)
{
    const QUrl url = index.data(UrlRole).toUrl();
    if (url.isValid() && index.model() == m_search->model()) {
        recordSearch();
    }
    if (url.isValid() && url != currentUrl()) {
        openUrl(url);
    }
}

void MainWindow::updateBreadcrumb()
{
    m_breadcrumb->setCrumbs(tr("当前位置："), m_page.breadcrumb);
}

void MainWindow::updateActions()
{
    m_ui->actionBack->setEnabled(m_history.canGoBack());
    m_ui->actionForward->setEnabled(m_history.canGoForward());
    updatePackActions();
}

// The status bar tells of the pack the page comes from (packStatus()).
void MainWindow::updateStatus()
{
    m_statusLabel->setText(packStatus(*m_library, m_page.pack));
}

void MainWindow::reportPackProblems(const QStringList &problems)
{
    showPackProblems(problems, this);
}

void MainWindow::fillHistoryMenu(QMenu *menu, bool back)
{
    menu->clear();
    const QList<NavigationHistory::Entry> entries =
        back ? m_history.backEntries() : m_history.forwardEntries();
    constexpr int shown = 20;
    // Places on one page (the outline's jumps) are one page in the list: an
    // entry on the same page as the one before it (the current page first) is
    // left out, and the nearest of a run stands for it.
    QUrl previousPage = pageurl::withoutFragment(currentUrl());
    int listed = 0;
    for (int i = 0; i < entries.size() && listed < shown; ++i) {
        const NavigationHistory::Entry &entry = entries.at(i);
        const QUrl page = pageurl::withoutFragment(entry.url);
        if (page == previousPage) {
            continue;
        }
        previousPage = page;
        ++listed;
        const QString title = entry.title.isEmpty() ? entry.url.toDisplayString() : entry.title;
        QAction *item = menu->addAction(title);
        item->setToolTip(entry.url.toDisplayString());
        const int steps = back ? -(i + 1) : i + 1;
        connect(item, &QAction::triggered, this, [this, steps] { goInHistory(steps); });
    }
}

void MainWindow::setPrivateSession(bool on)
{
    m_private = on;
    m_preferences->setPersistent(!on);
    retranslate();
}

bool MainWindow::showFirstStartNotice()
{
    if (m_preferences->disclaimerAcknowledged()) {
        return false;
    }
    auto *notice = new DisclaimerNotice(m_library->disclaimer(), this);
    connect(notice, &QMessageBox::buttonClicked, this,
            [this] { m_preferences->setDisclaimerAcknowledged(true); });
    notice->open();
    return true;
}

// Texts set in code (the form's own are the form's business).
void MainWindow::retranslate()
{
    m_ui->searchField->setToolTip(
        tr("输入汉字、拼音或首字母；↓ 选择结果，Enter 打开，Esc 返回目录"));
    m_breadcrumb->setAccessibleName(tr("当前位置"));
    if (auto *cycleBack = findChild<QAction *>(QStringLiteral("actionCycleFocusBack"))) {
        cycleBack->setText(tr("反向切换侧栏与阅读区"));
    }
    setWindowTitle(m_private ? tr("青囊（隐私会话）") : tr("青囊"));
    updatePageUserState();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateToolbarIcons();
    }
    if (event->type() != QEvent::LanguageChange) {
        return;
    }
    m_ui->retranslateUi(this);
    retranslate();
    // The list of keys is built from the menus: build it again when next asked for.
    delete findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    // The page, the status and the lists say their words again in the new language.
    if (!m_history.isEmpty()) {
        rememberScroll();
        requestPage(m_history.current().scroll, false);
    }
    updateStatus();
    m_ui->topicTree->viewport()->update();
    m_ui->qaList->viewport()->update();
    m_search->searchAgain();
}

void MainWindow::search(const QString &query)
{
    m_search->search(query);
}

QUrl MainWindow::lastSessionUrl()
{
    return windowsession::lastUrl();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_private) {
        windowsession::save(this, m_ui->splitter, m_history);
    }
    m_writer->finish();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyPreferences()
{
    applyAppearance(*m_preferences);
    const qreal factor = m_preferences->largeText() ? largeTextFactor : 1.0;
    m_ui->reader->setTextPixelSize(
        qRound(ReaderView::basePixelSize * m_preferences->zoom() / 100.0 * factor));
    m_ui->reader->setFontFamily(m_preferences->readerFont());
    // The Q&A list page reads like every other page (issue 16, item 11): the
    // reader's measure, centred, in the reader's type size and family.
    QFont qaFont = font();
    if (!m_preferences->readerFont().isEmpty()) {
        qaFont.setFamily(m_preferences->readerFont());
    }
    qaFont.setPixelSize(m_ui->reader->textPixelSize());
    m_ui->qaList->setFont(qaFont);
    m_ui->qaColumn->setMaximumWidth(ReaderView::measure * m_ui->reader->textPixelSize());
    m_ui->actionThemeSystem->setChecked(m_preferences->theme() == Preferences::Theme::System);
    m_ui->actionThemeLight->setChecked(m_preferences->theme() == Preferences::Theme::Light);
    m_ui->actionThemeDark->setChecked(m_preferences->theme() == Preferences::Theme::Dark);
    const Preferences::TreeOrder treeOrder = m_preferences->treeOrder();
    m_ui->actionTreeOrderAuto->setChecked(treeOrder == Preferences::TreeOrder::Auto);
    m_ui->actionTreeOrderPack->setChecked(treeOrder == Preferences::TreeOrder::PackOrder);
    m_ui->actionTreeOrderPinyin->setChecked(treeOrder == Preferences::TreeOrder::Pinyin);
    const TopicTreeModel::Order modelOrder =
        treeOrder == Preferences::TreeOrder::PackOrder ? TopicTreeModel::Order::PackOrder
        : treeOrder == Preferences::TreeOrder::Pinyin  ? TopicTreeModel::Order::Pinyin
                                                       : TopicTreeModel::Order::Auto;
    if (m_treeModel->order() != modelOrder) {
        m_treeModel->setOrder(modelOrder);
        selectTopicInTree();
    }
    m_ui->actionZoomIn->setEnabled(m_preferences->zoom() < Preferences::maxZoom);
    m_ui->actionZoomOut->setEnabled(m_preferences->zoom() > Preferences::minZoom);
    // Search history off: what was kept goes too.
    if (!m_preferences->searchHistory()) {
        m_writer->finish(); // a search on its way goes too
    }
    if (!m_preferences->searchHistory() && !m_userData->searchHistory().recent(1).isEmpty()) {
        m_userData->searchHistory().clear();
    }
    updateSearchCompletion();
}

void MainWindow::showPreferences()
{
    auto *dialog = findChild<SettingsDialog *>();
    if (!dialog) {
        dialog = new SettingsDialog(m_preferences, this);
        connect(dialog, &SettingsDialog::clearHistoryRequested, this,
                [this] { clearHistory(false); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::fetchBranchesInView()
{
    QTreeView *tree = m_ui->topicTree;
    QAbstractItemModel *model = tree->model();
    const int bottom = tree->viewport()->height();
    // Every row in view may be the last row read of a branch that has more.
    for (QModelIndex index = tree->indexAt(QPoint(1, 1)); index.isValid();
         index = tree->indexBelow(index)) {
        const QModelIndex parent = index.parent();
        if (index.row() == model->rowCount(parent) - 1 && model->canFetchMore(parent)) {
            model->fetchMore(parent);
        }
        if (tree->visualRect(index).bottom() >= bottom) {
            break;
        }
    }
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->topicTree->indexAt(position);
    const QString packId = index.data(PackIdRole).toString();
    if (!index.isValid() || packId.isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("打开"), this, [this, index] { openIndex(index); });
    menu.addSeparator();
    const auto pack = m_library->packById(packId);
    menu.addAction(tr("关闭内容包「%1」…").arg(pack ? m_library->displayTitle(*pack) : packId),
                   this, [this, packId] { askAndClosePack(packId); });
    menu.exec(m_ui->topicTree->viewport()->mapToGlobal(position));
}

void MainWindow::showAbout()
{
    (new AboutBox(*m_library, this))->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_firstPaintSeen && m_pageShownOnce && watched == m_ui->reader->viewport() &&
        event->type() == QEvent::Paint) {
        m_firstPaintSeen = true;
        // Let this paint finish first, then tell.
        QMetaObject::invokeMethod(this, &MainWindow::firstPagePainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace qingnang
