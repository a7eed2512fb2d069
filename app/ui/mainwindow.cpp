// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "models/qalistmodel.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "packmemory.h"
#include "qaitemdelegate.h"
#include "search/searchservice.h"
#include "searchhitdelegate.h"
#include "topictreedelegate.h"
#include "util/logging.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>

#include <utility>

namespace qingnang {

MainWindow::MainWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_renderer(library)
    , m_treeModel(new TopicTreeModel(library, this))
    , m_qaModel(new QaListModel(this))
    , m_searchModel(new SearchResultModel(this))
    , m_searchService(new SearchService(library, this))
    , m_breadcrumb(new QLabel(this))
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
    m_ui->searchField->setToolTip(
        tr("输入汉字、拼音或首字母；↓ 选择结果，Enter 打开，Esc 返回目录"));
    m_ui->searchField->installEventFilter(this);
    m_ui->searchResults->installEventFilter(this);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, &MainWindow::searchFor);
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &MainWindow::openCurrentHit);
    connect(m_searchService, &SearchService::resultsReady, this, &MainWindow::showSearchResults);
    connect(m_ui->searchResults, &QListView::clicked, this, &MainWindow::openIndex);
    connect(m_ui->searchResults, &QListView::activated, this, &MainWindow::openIndex);

    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("当前位置"));
    m_breadcrumb->setTextFormat(Qt::RichText);
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
    m_ui->disclaimerLabel->setText(m_library->disclaimer());

    m_statusLabel->setObjectName(QStringLiteral("packStatus"));
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    connect(m_ui->reader, &QTextBrowser::anchorClicked, this, &MainWindow::openUrl);
    connect(m_ui->topicTree, &QTreeView::clicked, this, &MainWindow::openIndex);
    connect(m_ui->topicTree, &QTreeView::activated, this, &MainWindow::openIndex);
    connect(m_ui->qaList, &QListView::clicked, this, &MainWindow::openIndex);
    connect(m_ui->qaList, &QListView::activated, this, &MainWindow::openIndex);
    connect(m_library, &Library::packAdded, this, &MainWindow::updateStatus);
    connect(m_library, &Library::packRemoved, this, &MainWindow::updateStatus);
    m_ui->topicTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->topicTree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    setupActions();
    updateStatus();
    m_ui->reader->viewport()->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QStyle *style = this->style();
    m_ui->actionBack->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionForward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    m_ui->actionHome->setIcon(style->standardIcon(QStyle::SP_DirHomeIcon));
    m_ui->actionBack->setShortcuts(QKeySequence::Back);
    m_ui->actionForward->setShortcuts(QKeySequence::Forward);
    m_ui->actionHome->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionOpenPack->setShortcuts(QKeySequence::Open);
    m_ui->actionFocusSearch->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_ui->actionFocusTree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_ui->actionAboutPacks->setShortcut(QKeySequence::HelpContents);

    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionForward, &QAction::triggered, this, &MainWindow::goForward);
    connect(m_ui->actionHome, &QAction::triggered, this, [this] { openUrl(pageurl::start()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenPack, &QAction::triggered, this, &MainWindow::chooseAndOpenPack);
    connect(m_ui->actionClosePack, &QAction::triggered, this, [this] {
        const auto pack = m_page.pack ? m_page.pack : m_library->primaryPack();
        if (pack) {
            closePack(pack->id());
        }
    });
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
    const Page page = m_renderer.render(url);
    m_history.visit(url, page.title);
    showPage(page, 0);
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
    const NavigationHistory::Entry entry = m_history.go(steps);
    showPage(m_renderer.render(entry.url), entry.scroll);
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
    }
    const QString disclaimer = page.pack ? page.pack->disclaimer() : m_library->disclaimer();
    m_ui->disclaimerLabel->setText(disclaimer);
    setWindowTitle(page.title); // the platform adds the application's name
    updateBreadcrumb();
    updateActions();
    selectTopicInTree();
    Q_EMIT pageShown(page.url);
}

void MainWindow::updateBreadcrumb()
{
    QStringList parts;
    for (const Crumb &crumb : m_page.breadcrumb) {
        const QString title = crumb.title.toHtmlEscaped();
        parts.append(crumb.url.isEmpty()
                         ? title
                         : QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(crumb.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title));
    }
    m_breadcrumb->setText(tr("当前位置：") + parts.join(QStringLiteral(" › ")));
}

void MainWindow::updateActions()
{
    m_ui->actionBack->setEnabled(m_history.canGoBack());
    m_ui->actionForward->setEnabled(m_history.canGoForward());
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

void MainWindow::updateStatus()
{
    const QLocale locale(QLocale::Chinese, QLocale::China);
    const auto &packs = m_library->packs();
    if (packs.isEmpty()) {
        m_statusLabel->setText(tr("没有打开的内容包"));
        return;
    }
    PackCounts total;
    for (const auto &pack : packs) {
        total.topicsWithContent += pack->info().counts.topicsWithContent;
        total.articles += pack->info().counts.articles;
        total.questions += pack->info().counts.questions;
    }
    const QString name =
        packs.size() == 1 ? packs.first()->title() : tr("%1 个内容包").arg(packs.size());
    QString text = tr("%1 · %2 个专题 · %3 篇文章 · %4 个问答")
                       .arg(name, locale.toString(total.topicsWithContent),
                            locale.toString(total.articles), locale.toString(total.questions));
    const QString date = packs.first()->info().contentDate;
    if (!date.isEmpty()) {
        text += tr(" · 内容日期 %1").arg(date);
    }
    m_statusLabel->setText(text);
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
    box->setInformativeText(problems.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::chooseAndOpenPack()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("打开内容包"), QString(),
        tr("青囊内容包 (*.%1);;所有文件 (*)").arg(QLatin1String(schema::fileSuffix)));
    if (!path.isEmpty()) {
        openPackFile(path);
    }
}

bool MainWindow::openPackFile(const QString &path)
{
    const QString error = m_library->openPack(path);
    if (!error.isEmpty()) {
        qCWarning(lcUi).noquote() << error;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("无法打开内容包"),
                                    tr("这个文件不能作为内容包打开。"), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    packmemory::remember(path);
    openUrl(pageurl::start());
    statusBar()->showMessage(tr("已打开内容包：%1").arg(m_library->packs().last()->title()), 5000);
    return true;
}

void MainWindow::closePack(const QString &packId)
{
    const auto pack = m_library->packById(packId);
    if (!pack) {
        return;
    }
    const QString title = pack->title();
    packmemory::forget(pack->path());
    if (m_page.pack == pack) {
        m_page = Page();
    }
    m_qaModel->clear();
    m_library->removePack(packId);
    openUrl(pageurl::start());
    statusBar()->showMessage(tr("已关闭内容包：%1").arg(title), 5000);
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
    menu.addAction(tr("关闭内容包「%1」").arg(pack ? pack->title() : packId), this,
                   [this, packId] { closePack(packId); });
    menu.exec(m_ui->topicTree->viewport()->mapToGlobal(position));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("关于青囊"),
                       tr("<h3>青囊 %1</h3><p>离线的中文健康知识阅读器。</p>"
                          "<p>内容仅供参考，不能代替专业医师的诊断和处方。</p>")
                           .arg(QStringLiteral(QINGNANG_VERSION)));
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
    m_searchModel->setResults(query, result.hits, scoped ? m_page.topicTitle : QString(),
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
