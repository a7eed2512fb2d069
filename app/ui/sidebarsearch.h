// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QKeyEvent;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace qingnang {

class Library;
class SearchResultModel;
class SearchService;
struct SearchResult;

// The sidebar's search: what is typed in the field is searched for off the
// GUI thread (SearchService, a newer keystroke cancelling an older search)
// and its hits listed in place of the topic tree. ↓/↑ move through the hits
// without leaving the field, Enter opens one, Esc goes back to the tree.
// Opening is the window's: the search asks for it with openRequested().
class SidebarSearch : public QObject
{
    Q_OBJECT
public:
    // The sidebar's widgets, from the window's form: sidebar shows either tree or results.
    SidebarSearch(Library *library, QLineEdit *field, QListView *results, QStackedWidget *sidebar,
                  QTreeView *tree, QObject *parent = nullptr);

    SearchResultModel *model() const { return m_model; }

    // Types query into the field (the sidebar shows its results).
    void search(const QString &query);
    // The field's text searched for again (the words of the list have changed).
    void searchAgain();
    // The topic of the page shown, offered as a narrower search (empty: none).
    // packId is empty for the primary pack.
    void setTopic(const QString &title, const QString &slug, const QString &packId);

Q_SIGNALS:
    // The sidebar shows the results of query.
    void resultsShown(const QString &query, int hits);
    // A row of the results was chosen (clicked, or Enter).
    void openRequested(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchFor(const QString &text);
    void showResults(quint64 token, const QString &query, const SearchResult &result);
    void openCurrentHit();
    void leave();
    void moveInResults(int step);
    bool handleKey(QKeyEvent *key);

    QLineEdit *m_field;
    QListView *m_results;
    QStackedWidget *m_sidebar;
    QTreeView *m_tree;
    SearchResultModel *m_model;
    SearchService *m_service;
    QString m_topicTitle;
    QString m_topicSlug;
    QString m_topicPackId;
    // Enter was pressed before the results of what is typed came: open the first then.
    bool m_openFirstHitWhenShown = false;
};

} // namespace qingnang
