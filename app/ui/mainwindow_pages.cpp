// SPDX-License-Identifier: MIT
// The window's pages: opening an address, Back and Forward, showing a page
// when the page service delivers it, and printing it.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "breadcrumblabel.h"
#include "findbar.h"
#include "models/qalistmodel.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pageprinter.h"
#include "pages/pageservice.h"
#include "readerview.h"
#include "sidebarsearch.h"
#include "userdata/userdatawriter.h"

#include <QDir>
#include <QScrollBar>
#include <QStatusBar>

namespace qingnang {

QUrl MainWindow::currentUrl() const
{
    return m_history.isEmpty() ? QUrl() : m_history.current().url;
}

void MainWindow::rememberScroll()
{
    if (m_history.isEmpty() || pageLoading()) {
        return; // a page still on its way keeps the place it is to be shown at
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
    const bool samePage = !m_history.isEmpty() && !pageLoading() &&
                          m_page.kind != PageKind::TopicQuestions &&
                          pageurl::withoutFragment(url) == pageurl::withoutFragment(m_page.url);
    if (samePage && url.hasFragment()) {
        // Another place on the page that is shown: scroll there, as one step of history.
        m_history.visit(url, m_page.title);
        m_page.url = url;
        m_ui->reader->scrollToAnchor(url.fragment(QUrl::FullyDecoded));
        updateActions();
        Q_EMIT pageShown(url);
        return;
    }
    m_history.visit(url, QString());
    updateActions();
    requestPage(0, true);
}

void MainWindow::requestPage(int scroll, bool record)
{
    if (pageurl::parse(currentUrl()).kind == PageKind::History) {
        m_writer->finish(); // the visits on their way are listed too
    }
    m_pending = {m_pages->request(currentUrl()), scroll, record};
}

// A page from the page service: shown if it is the latest one asked for
// (the service drops older ones); a results page comes again with its hits.
void MainWindow::pageArrived(quint64 serial, const Page &page)
{
    if (serial != m_pages->latestSerial() || m_history.isEmpty()) {
        return;
    }
    int scroll = m_history.current().scroll;
    bool record = false;
    if (m_pending.serial == serial) {
        scroll = m_pending.scroll;
        record = m_pending.record;
        m_pending = {};
    } else if (!m_page.awaitingSearch || page.url != m_page.url) {
        return;
    }
    m_history.setCurrentTitle(page.title);
    showPage(page, scroll);
    if (record) {
        recordVisit(page);
    }
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
    updateActions();
    // Another place on the same page is no new visit.
    requestPage(entry.scroll, pageurl::withoutFragment(entry.url) != from);
}

void MainWindow::showPage(const Page &page, int scroll)
{
    m_page = page;
    m_pageShownOnce = true;
    if (page.kind == PageKind::TopicQuestions) {
        const bool primary = page.pack == m_library->primaryPack();
        m_qaModel->setTopic(page.pack, page.topicId, primary);
        m_qaModel->fetchMore({});
        m_ui->qaHeading->setText(page.html);
        m_ui->readerStack->setCurrentWidget(m_ui->qaPage);
        // The rows come from the model's thread; the list scrolls to where it
        // was once it holds enough of them (restoreQaScroll).
        m_qaScroll = scroll;
        m_ui->qaList->verticalScrollBar()->setValue(0);
    } else {
        m_qaScroll = -1;
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
    // Inside a topic, the sidebar's search offers to search only there.
    const bool inTopic = page.pack && !page.topicSlug.isEmpty();
    m_search->setTopic(inTopic ? page.topicTitle : QString(), inTopic ? page.topicSlug : QString(),
                       inTopic && page.pack != m_library->primaryPack() ? page.pack->id()
                                                                        : QString());
    Q_EMIT pageShown(page.url);
}

// Rows of the Q&A list arrived: the first is made current, and the list asks
// for more until it can scroll to where the page was left.
void MainWindow::qaRowsArrived()
{
    if (m_qaModel->rowCount() > 0 && !m_ui->qaList->currentIndex().isValid()) {
        m_ui->qaList->setCurrentIndex(m_qaModel->index(0));
    }
    if (m_qaScroll < 0) {
        return;
    }
    m_ui->qaList->doItemsLayout();
    QScrollBar *bar = m_ui->qaList->verticalScrollBar();
    if (m_qaScroll > bar->maximum() && m_qaModel->canFetchMore({})) {
        m_qaModel->fetchMore({});
        return;
    }
    bar->setValue(m_qaScroll);
    m_qaScroll = -1;
}

void MainWindow::selectTopicInTree()
{
    if (!m_page.pack || m_page.topicId == 0) {
        m_ui->topicTree->clearSelection();
        return;
    }
    // The branches on the way are read off this thread; topicRevealed selects it.
    m_treeModel->revealTopic(m_page.pack->id(), m_page.topicId);
}

void MainWindow::topicRevealed(const QModelIndex &index, const QString &packId, qint64 topicId)
{
    if (!m_page.pack || m_page.pack->id() != packId || m_page.topicId != topicId) {
        return; // another page is shown by now
    }
    m_ui->topicTree->scrollTo(index);
    m_ui->topicTree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

// What a printout shows: the page as shown, but a Q&A list (shown in a list
// view) is written out in full, and a page not yet shown, or a results page
// still searching, is rendered for it off this thread first.
void MainWindow::printCurrentPage(PrintTarget target)
{
    const bool asShown = !pageLoading() && !m_page.awaitingSearch &&
                         m_page.kind != PageKind::TopicQuestions && !m_history.isEmpty();
    if (asShown) {
        printPage(m_page, target);
        return;
    }
    m_printTarget = target;
    m_pages->requestForPrint(currentUrl());
}

void MainWindow::printPage(const Page &page, PrintTarget target)
{
    const PagePrinter printer(page, page.pack ? page.pack->disclaimer() : m_library->disclaimer());
    if (target == PrintTarget::Printer) {
        printer.printWithPreview(this);
        return;
    }
    const QString file = printer.exportPdfAsked(this);
    if (!file.isEmpty()) {
        statusBar()->showMessage(tr("已导出：%1").arg(QDir::toNativeSeparators(file)), 8000);
    }
}

} // namespace qingnang
