// SPDX-License-Identifier: MIT
#include "sidebarsearch.h"

#include "address/pageurl.h"
#include "models/searchresultmodel.h"
#include "search/searchservice.h"
#include "searchhitdelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTreeView>

#include <utility>

namespace qingnang {

SidebarSearch::SidebarSearch(Library *library, QLineEdit *field, QListView *results,
                             QStackedWidget *sidebar, QTreeView *tree, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_results(results)
    , m_sidebar(sidebar)
    , m_tree(tree)
    , m_model(new SearchResultModel(this))
    , m_service(new SearchService(library, this))
{
    m_results->setModel(m_model);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &SidebarSearch::searchFor);
    connect(m_field, &QLineEdit::returnPressed, this, &SidebarSearch::openCurrentHit);
    connect(m_service, &SearchService::resultsReady, this, &SidebarSearch::showResults);
    connect(m_results, &QListView::clicked, this, &SidebarSearch::openRequested);
    connect(m_results, &QListView::activated, this, &SidebarSearch::openRequested);
}

void SidebarSearch::search(const QString &query)
{
    m_field->setText(query);
    m_field->setFocus(Qt::OtherFocusReason);
}

void SidebarSearch::searchAgain()
{
    if (!m_field->text().trimmed().isEmpty()) {
        searchFor(m_field->text());
    }
}

void SidebarSearch::setTopic(const QString &title, const QString &slug, const QString &packId)
{
    m_topicTitle = title;
    m_topicSlug = slug;
    m_topicPackId = packId;
}

void SidebarSearch::searchFor(const QString &text)
{
    m_openFirstHitWhenShown = false; // typing on changes what Enter asked for
    if (text.trimmed().isEmpty()) {
        m_service->cancel();
        m_model->clear();
        m_sidebar->setCurrentWidget(m_tree);
        return;
    }
    // Results come back on the GUI thread; a newer keystroke makes older ones stale.
    SearchOptions options;
    options.limit = 40;
    m_service->request(text, options);
}

void SidebarSearch::showResults(quint64, const QString &query, const SearchResult &result)
{
    if (query != m_field->text()) {
        return;
    }
    // Inside a topic, offer to search only there.
    const bool scoped = !m_topicSlug.isEmpty();
    m_model->setResults(query, result, scoped ? m_topicTitle : QString(),
                        scoped ? pageurl::search(query, m_topicSlug, m_topicPackId) : QUrl());
    m_sidebar->setCurrentWidget(m_results);
    m_results->setCurrentIndex(m_model->firstHit());
    m_results->scrollToTop();
    Q_EMIT resultsShown(query, int(result.hits.size()));
    if (std::exchange(m_openFirstHitWhenShown, false)) {
        openCurrentHit();
    }
}

void SidebarSearch::openCurrentHit()
{
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    if (m_sidebar->currentWidget() != m_results || m_model->query() != text) {
        // The results shown (if any) are of an older query: the first hit of
        // this one is opened when its results come.
        m_openFirstHitWhenShown = true;
        return;
    }
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid()) {
        index = m_model->firstHit();
    }
    if (index.isValid()) {
        Q_EMIT openRequested(index);
    }
}

// Moves the current hit up or down, over the group headers.
void SidebarSearch::moveInResults(int step)
{
    const int rows = m_model->rowCount();
    int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row()
                                                  : (step > 0 ? -1 : rows);
    for (row += step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = m_model->index(row);
        if (index.flags() & Qt::ItemIsSelectable) {
            m_results->setCurrentIndex(index);
            m_results->scrollTo(index);
            return;
        }
    }
}

void SidebarSearch::leave()
{
    m_field->clear(); // clears the results and shows the tree again
    m_tree->setFocus(Qt::OtherFocusReason);
}

// Keys of the search field: ↓/↑ move through the hits without leaving the
// field, Enter opens, Esc goes back to the tree.
bool SidebarSearch::handleKey(QKeyEvent *key)
{
    const bool resultsShown = m_sidebar->currentWidget() == m_results;
    switch (key->key()) {
    case Qt::Key_Escape:
        leave();
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

bool SidebarSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field && handleKey(key)) {
        return true;
    }
    if (watched == m_results) {
        if (key->key() == Qt::Key_Escape) {
            leave();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveInResults(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qingnang
