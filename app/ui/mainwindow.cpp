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
#include "preferences.h"
#include "qaitemdelegate.h"
#include "readerview.h"
#include "search/searchservice.h"
#include "searchhitdelegate.h"
#include "settingsdialog.h"
#include "topictreedelegate.h"
#include "translation.h"
#include "userdata/userdata.h"
#include "userdata/userdatawriter.h"
#include "util/logging.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <utility>

namespace qingnang {

MainWindow::MainWindow(Library *library, Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_renderer(library)
    , m_treeModel(new TopicTreeModel(library, this))
    , m_qaModel(new QaListModel(this))
    , m_searchModel(new SearchResultModel(this))
    , m_searchService(new SearchService(library, this))
    , m_pageSearch(new SearchService(library, this))
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

    m_ui->searchResults->setModel(m_searchModel);
    m_ui->searchResults->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->searchResults->setItemDelegate(new SearchHitDelegate(m_ui->searchResults));
    m_ui->searchField->installEventFilter(this);
    m_ui->searchResults->installEventFilter(this);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, &MainWindow::searchFor);
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &MainWindow::openCurrentHit);
    connect(m_searchService, &SearchService::resultsReady, this, &MainWindow::showSearchResults);
    connect(m_pageSearch, &SearchService::resultsReady, this, &MainWindow::showSearchPage);
    connect(m_ui->searchResults, &QListView::clicked, this, &MainWindow::openIndex);
    connect(m_ui->searchResults, &QListView::activated, this, &MainWindow::openIndex);

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

    // The window as it was left.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("session/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("session/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("session/splitter")).toByteArray());
    m_ui->reader->viewport()->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    delete m_writer; // what is queued is written while the window is whole
    m_writer = nullptr;
}

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
    QStyle *style = this->style();
    m_ui->actionBack->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionForward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
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
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printPage);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
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

void MainWindow::openIndex(const QModelIndex &index)
{
    const QUrl url = index.data(UrlRole).toUrl();
    if (url.isValid() && index.model() == m_searchModel) {
        recordSearch();
    }
    if (url.isValid() && url != currentUrl()) {
        openUrl(url);
    }
}

QUrl MainWindow::currentUrl() const
{
    return m_history.isEmpty() ? QUrl() : m_history.current().url;
}

void MainWindow::rememberScroll()
{
    if (m_history.isEmpty()) {
        return;
    }
    m_history.setCurrentScroll(m_ui->readerStack->currentWidget() == m_ui->qaPage
                                   ? m_ui->qaList->verticalScrollBar()->value()
                                   : m_ui->reader->scrollPosition());
}

void MainWindow::openUrl(const QUrl &link)
{
    // In-page links ("#s3") are relative to the page they are on.
    const QUrl url = m_history.isEmpty() ? link : currentUrl().resolved(link);
    if (url.scheme() != QLatin1String(pageurl::scheme)) {
        // Pages hold no external links of ours; whatever else arrives is not followed.
        statusBar()->showMessage(tr("不打开外部链接：%1").arg(url.toDisplayString()), 5000);
        return;
    }
    rememberScroll();
    const bool samePage = !m_history.isEmpty() && m_page.kind != PageKind::TopicQuestions &&
                          pageurl::withoutFragment(url) == pageurl::withoutFragment(currentUrl());
    if (samePage && url.hasFragment()) {
        // Another place on the page that is shown: scroll there, as one step of history.
        m_history.visit(url, m_page.title);
        m_page.url = url;
        m_ui->reader->scrollToAnchor(url.fragment(QUrl::FullyDecoded));
        updateActions();
        Q_EMIT pageShown(url);
        return;
    }
    const Page page = renderPage(url);
    m_history.visit(url, page.title);
    showPage(page, 0);
    recordVisit(page);
}

Page MainWindow::renderPage(const QUrl &url)
{
    if (pageurl::parse(url).kind == PageKind::History) {
        m_writer->finish(); // the visits on their way are listed too
    }
    Page page = m_renderer.render(url);
    if (page.awaitingSearch) {
        const auto request = m_renderer.searchRequest(url);
        m_pageSearchUrl = pageurl::withoutFragment(url);
        m_pageSearch->request(request->query, request->options);
    }
    return page;
}

// The hits of the results page being shown, when they come (a result for a
// page that is no longer shown, or an older request, is dropped).
void MainWindow::showSearchPage(quint64 token, const QString &, const SearchResult &result)
{
    if (token != m_pageSearch->latestToken() || m_history.isEmpty() ||
        pageurl::withoutFragment(currentUrl()) != m_pageSearchUrl || !m_page.awaitingSearch) {
        return;
    }
    const Page page = m_renderer.renderSearch(currentUrl(), result);
    m_history.setCurrentTitle(page.title);
    showPage(page, m_history.current().scroll);
}

void MainWindow::goBack()
{
    goInHistory(-1);
}

void MainWindow::goForward()
{
    goInHistory(1);
}

void MainWindow::goInHistory(int steps)
{
    if ((steps < 0 && !m_history.canGoBack()) || (steps > 0 && !m_history.canGoForward())) {
        return;
    }
    rememberScroll();
    const QUrl from = pageurl::withoutFragment(currentUrl());
    const NavigationHistory::Entry entry = m_history.go(steps);
    const Page page = renderPage(entry.url);
    showPage(page, entry.scroll);
    if (pageurl::withoutFragment(entry.url) != from) {
        recordVisit(page); // another place on the same page is no new visit
    }
}

void MainWindow::showPage(const Page &page, int scroll)
{
    m_page = page;
    if (page.kind == PageKind::TopicQuestions) {
        const bool primary = page.pack == m_library->primaryPack();
        m_qaModel->setTopic(page.pack, page.topicId, primary);
        while (m_qaModel->canFetchMore({}) && m_qaModel->rowCount() < QaListModel::pageSize) {
            m_qaModel->fetchMore({});
        }
        m_ui->qaHeading->setText(page.html);
        m_ui->readerStack->setCurrentWidget(m_ui->qaPage);
        // Rows beyond the first page are read as the list scrolls towards them.
        while (scroll > m_ui->qaList->verticalScrollBar()->maximum() &&
               m_qaModel->canFetchMore({})) {
            m_qaModel->fetchMore({});
            m_ui->qaList->doItemsLayout();
        }
        m_ui->qaList->verticalScrollBar()->setValue(scroll);
        if (m_qaModel->rowCount() > 0 && !m_ui->qaList->currentIndex().isValid()) {
            m_ui->qaList->setCurrentIndex(m_qaModel->index(0));
        }
    } else {
        m_qaModel->clear();
        m_ui->readerStack->setCurrentWidget(m_ui->reader);
        m_ui->reader->showHtml(page.html, page.url.fragment(QUrl::FullyDecoded), scroll);
        m_findBar->refresh();
    }
    const QString disclaimer = page.pack ? page.pack->disclaimer() : m_library->disclaimer();
    m_ui->disclaimerLabel->setText(disclaimer);
    setWindowTitle(page.title); // the platform adds the application's name
    updateBreadcrumb();
    updateStatus();
    updateActions();
    selectTopicInTree();
    updatePageUserState();
    Q_EMIT pageShown(page.url);
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

void MainWindow::selectTopicInTree()
{
    if (!m_page.pack || m_page.topicId == 0) {
        m_ui->topicTree->clearSelection();
        return;
    }
    const QModelIndex index = m_treeModel->indexForTopic(m_page.pack->id(), m_page.topicId);
    if (index.isValid()) {
        m_ui->topicTree->scrollTo(index);
        m_ui->topicTree->selectionModel()->setCurrentIndex(index,
                                                           QItemSelectionModel::ClearAndSelect);
    }
}

// The status bar tells of the pack the page comes from: its title, what it
// holds and its content date. Pages of no one pack (start, about, search) tell
// of all the open packs, with each content date there is.
void MainWindow::updateStatus()
{
    const auto &packs = m_library->packs();
    if (packs.isEmpty()) {
        m_statusLabel->setText(tr("没有打开的内容包"));
        return;
    }
    std::shared_ptr<Pack> pagePack =
        m_page.pack && packs.contains(m_page.pack) ? m_page.pack : nullptr;
    if (!pagePack && packs.size() == 1) {
        pagePack = packs.first();
    }
    QString name;
    PackCounts counts;
    QStringList dates;
    if (pagePack) {
        name = m_library->displayTitle(*pagePack);
        counts = pagePack->info().counts;
        dates.append(pagePack->info().contentDate);
    } else {
        name = tr("%1 个内容包").arg(packs.size());
        for (const auto &pack : packs) {
            counts.topicsWithContent += pack->info().counts.topicsWithContent;
            counts.articles += pack->info().counts.articles;
            counts.questions += pack->info().counts.questions;
            if (!dates.contains(pack->info().contentDate)) {
                dates.append(pack->info().contentDate);
            }
        }
    }
    dates.removeAll(QString());
    QStringList parts{name};
    const QString held = PageRenderer::countsText(counts, QStringLiteral(" · "));
    if (!held.isEmpty()) {
        parts.append(held);
    }
    if (!dates.isEmpty()) {
        parts.append(tr("内容日期 %1").arg(dates.join(tr("、"))));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::reportPackProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("无法打开内容包"),
                                problems.size() == 1
                                    ? tr("有一个内容包无法打开，已跳过。")
                                    : tr("有 %1 个内容包无法打开，已跳过。").arg(problems.size()),
                                QMessageBox::Ok, this);
    // File names come from anywhere: shown as text, never read as markup.
    box->setInformativeText(asPlainText(problems.join(QLatin1Char('\n'))));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
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
    auto *notice =
        new QMessageBox(QMessageBox::Information, tr("使用前请阅读"),
                        tr("<p>青囊收录的健康知识仅供学习参考，不能代替医生的诊断和治疗。</p>"
                           "<p>%1</p><p>如有身体不适，请及时就医；遇到急症，请立即拨打 120。</p>")
                            .arg(m_library->disclaimer().toHtmlEscaped()),
                        QMessageBox::NoButton, this);
    notice->setObjectName(QStringLiteral("disclaimerNotice"));
    notice->setTextFormat(Qt::RichText);
    QPushButton *understood = notice->addButton(tr("我已了解"), QMessageBox::AcceptRole);
    notice->setDefaultButton(understood);
    notice->setEscapeButton(understood);
    notice->setAttribute(Qt::WA_DeleteOnClose);
    connect(notice, &QMessageBox::buttonClicked, this,
            [this] { m_preferences->setDisclaimerAcknowledged(true); });
    notice->open();
    return true;
}

namespace {

const QString lastUrlKey = QStringLiteral("session/lastUrl");

bool isSearchPage(const QUrl &url)
{
    return pageurl::parse(url).kind == PageKind::Search;
}

} // namespace

QUrl MainWindow::lastSessionUrl()
{
    QSettings settings;
    const QUrl url = settings.value(lastUrlKey).toUrl();
    if (isSearchPage(url)) {
        settings.remove(lastUrlKey); // kept by an earlier version: the query goes
        return {};
    }
    return url;
}

// The page to come back to at the next start: never a results page, whose
// address holds the query, but the page the reader was on before it.
QUrl MainWindow::sessionUrl() const
{
    if (m_history.isEmpty() || !isSearchPage(currentUrl())) {
        return currentUrl();
    }
    const QList<NavigationHistory::Entry> back = m_history.backEntries();
    const auto page = std::find_if(back.begin(), back.end(),
                                   [](const auto &entry) { return !isSearchPage(entry.url); });
    return page == back.end() ? QUrl() : page->url;
}

void MainWindow::saveSession()
{
    if (m_private) {
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("session/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("session/state"), saveState());
    settings.setValue(QStringLiteral("session/splitter"), m_ui->splitter->saveState());
    if (const QUrl url = sessionUrl(); url.isEmpty()) {
        settings.remove(lastUrlKey);
    } else {
        settings.setValue(lastUrlKey, url);
    }
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
        const Page page = renderPage(currentUrl());
        m_history.setCurrentTitle(page.title);
        showPage(page, m_history.current().scroll);
    }
    updateStatus();
    m_ui->topicTree->viewport()->update();
    m_ui->qaList->viewport()->update();
    if (!m_ui->searchField->text().trimmed().isEmpty()) {
        searchFor(m_ui->searchField->text());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
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

void MainWindow::zoomBy(int steps)
{
    m_preferences->setZoom(m_preferences->zoom() + steps * Preferences::zoomStep);
    statusBar()->showMessage(tr("文字大小 %1%").arg(m_preferences->zoom()), 3000);
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

Page MainWindow::printablePage() const
{
    // A results page prints what it shows (its search has run).
    if (m_page.kind == PageKind::Search && !m_page.awaitingSearch) {
        return m_page;
    }
    return m_renderer.renderForPrint(currentUrl());
}

void MainWindow::printPage()
{
    const Page page = printablePage();
    const PagePrinter printer(page, page.pack ? page.pack->disclaimer() : m_library->disclaimer());
    // Paper as the PDF is made: one layout, the same sheets (PagePrinter::prepare).
    QPrinter device(QPrinter::HighResolution);
    device.setFullPage(true);
    device.setResolution(PagePrinter::resolution);
    PagePrinter::prepare(&device);
    device.setDocName(page.title);
    QPrintPreviewDialog preview(&device, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("打印预览 — %1").arg(page.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&printer](QPrinter *target) { printer.print(target); });
    preview.exec();
}

void MainWindow::exportPdf()
{
    const Page page = printablePage();
    QString name = page.title.isEmpty() ? tr("青囊页面") : page.title;
    // A title is a file name here: no separators or characters file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    QFileDialog dialog(this, tr("导出为 PDF"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                           QLatin1Char('/') + name.left(80) + QStringLiteral(".pdf"),
                       tr("PDF 文件 (*.pdf)"));
    dialog.setObjectName(QStringLiteral("exportPdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString file = dialog.selectedFiles().first();
    QString error;
    const PagePrinter printer(page, page.pack ? page.pack->disclaimer() : m_library->disclaimer());
    if (!printer.exportPdf(file, &error)) {
        QMessageBox::warning(this, tr("无法导出 PDF"), error);
        return;
    }
    statusBar()->showMessage(tr("已导出：%1").arg(QDir::toNativeSeparators(file)), 8000);
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

void MainWindow::search(const QString &query)
{
    m_ui->searchField->setText(query);
    m_ui->searchField->setFocus(Qt::OtherFocusReason);
}

void MainWindow::searchFor(const QString &text)
{
    m_openFirstHitWhenShown = false; // typing on changes what Enter asked for
    if (text.trimmed().isEmpty()) {
        m_searchService->cancel();
        m_searchModel->clear();
        m_ui->sidebarStack->setCurrentWidget(m_ui->topicTree);
        return;
    }
    // Results come back on the GUI thread; a newer keystroke makes older ones stale.
    SearchOptions options;
    options.limit = 40;
    m_searchService->request(text, options);
}

void MainWindow::showSearchResults(quint64, const QString &query, const SearchResult &result)
{
    if (query != m_ui->searchField->text()) {
        return;
    }
    // Inside a topic, offer to search only there.
    const bool scoped = m_page.pack && !m_page.topicSlug.isEmpty();
    const QString packId =
        scoped && m_page.pack != m_library->primaryPack() ? m_page.pack->id() : QString();
    m_searchModel->setResults(query, result, scoped ? m_page.topicTitle : QString(),
                              scoped ? pageurl::search(query, m_page.topicSlug, packId) : QUrl());
    m_ui->sidebarStack->setCurrentWidget(m_ui->searchResults);
    m_ui->searchResults->setCurrentIndex(m_searchModel->firstHit());
    m_ui->searchResults->scrollToTop();
    Q_EMIT searchResultsShown(query, int(result.hits.size()));
    if (std::exchange(m_openFirstHitWhenShown, false)) {
        openCurrentHit();
    }
}

void MainWindow::openCurrentHit()
{
    const QString text = m_ui->searchField->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    if (m_ui->sidebarStack->currentWidget() != m_ui->searchResults ||
        m_searchModel->query() != text) {
        // The results shown (if any) are of an older query: the first hit of
        // this one is opened when its results come.
        m_openFirstHitWhenShown = true;
        return;
    }
    QModelIndex index = m_ui->searchResults->currentIndex();
    if (!index.isValid()) {
        index = m_searchModel->firstHit();
    }
    if (index.isValid()) {
        openIndex(index);
    }
}

// Moves the current hit up or down, over the group headers.
void MainWindow::moveInResults(int step)
{
    const int rows = m_searchModel->rowCount();
    int row = m_ui->searchResults->currentIndex().isValid()
                  ? m_ui->searchResults->currentIndex().row()
                  : (step > 0 ? -1 : rows);
    for (row += step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = m_searchModel->index(row);
        if (index.flags() & Qt::ItemIsSelectable) {
            m_ui->searchResults->setCurrentIndex(index);
            m_ui->searchResults->scrollTo(index);
            return;
        }
    }
}

void MainWindow::leaveSearch()
{
    m_ui->searchField->clear(); // clears the results and shows the tree again
    m_ui->topicTree->setFocus(Qt::OtherFocusReason);
}

// Keys of the search field and its results: ↓/↑ move through the hits without
// leaving the field, Enter opens, Esc goes back to the tree.
bool MainWindow::handleSearchKey(QKeyEvent *key)
{
    const bool resultsShown = m_ui->sidebarStack->currentWidget() == m_ui->searchResults;
    switch (key->key()) {
    case Qt::Key_Escape:
        leaveSearch();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!resultsShown) {
            return false;
        }
        moveInResults(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrentHit();
        return true;
    default:
        return false;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->searchField && handleSearchKey(key)) {
            return true;
        }
        if (watched == m_ui->searchResults) {
            if (key->key() == Qt::Key_Escape) {
                leaveSearch();
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                moveInResults(key->key() == Qt::Key_Down ? 1 : -1);
                return true;
            }
        }
    }
    if (!m_firstPaintSeen && watched == m_ui->reader->viewport() &&
        event->type() == QEvent::Paint) {
        m_firstPaintSeen = true;
        // Let this paint finish first, then tell.
        QMetaObject::invokeMethod(this, &MainWindow::firstPagePainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace qingnang
