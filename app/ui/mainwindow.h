// SPDX-License-Identifier: MIT
#pragma once

#include "pages/navigationhistory.h"
#include "pages/pagerenderer.h"
#include "userdata/pagemarks.h"

#include <QMainWindow>
#include <QSet>
#include <QUrl>

#include <memory>

class QKeyEvent;
class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace qingnang {

class BookmarkModel;
class BreadcrumbLabel;
class FindBar;
class Library;
class PageService;
class Preferences;
class QaListModel;
class SidebarSearch;
class TopicTreeModel;
class UserData;
class UserDataWriter;

// The reader's window: the sidebar (search field over the topic tree), the
// reader, the disclaimer strip and the status bar. It reads no pack itself:
// pages come from the PageService, the tree's and the Q&A list's rows from
// their models, all read on threads of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // preferences: the settings to apply (and follow); the window makes its own when null.
    explicit MainWindow(Library *library, Preferences *preferences = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a page (or a place in the page shown) and records it in the history.
    void openUrl(const QUrl &link);
    // The address of the current entry of Back/Forward, which may still be on
    // its way; currentPage() is the page shown.
    QUrl currentUrl() const;
    const Page &currentPage() const { return m_page; }
    // A page asked for has not come from the page service yet.
    bool pageLoading() const { return m_pending.serial != 0; }

    void goBack();
    void goForward();

    // Types query into the search field (the sidebar shows its results).
    void search(const QString &query);

    // Tells the user about packs that could not be opened (without blocking).
    void reportPackProblems(const QStringList &problems);

    // File > Open Pack…: opens the file, shows it in the tree and remembers it.
    // Returns false (after telling the user) when it cannot be opened.
    bool openPackFile(const QString &path);
    // Closes a pack (by id), forgets it, and leaves its pages.
    void closePack(const QString &packId);
    // Asks first (naming the pack); true when the user agreed and it closed.
    bool askAndClosePack(const QString &packId);
    // Opens again a pack closed in this run (at the front if it was primary).
    bool reopenPack(const QString &packId);

    // The user's bookmarks, notes and history. Until one is given the window
    // keeps them in memory only; the window does not take ownership.
    void setUserData(UserData *userData);
    UserData *userData() const { return m_userData; }

    // Tells the user that store (which failed to open) cannot be used and,
    // when its file is damaged, offers to start afresh with the old file kept aside.
    void reportUserDataProblem(UserData *store);

    // A private session stores nothing: no settings, no history, no remembered packs.
    void setPrivateSession(bool on);
    bool isPrivateSession() const { return m_private; }

    // The notice with the disclaimer, until the user has acknowledged it once.
    // Returns false when it was acknowledged before (nothing is shown).
    bool showFirstStartNotice();

    // The page shown when the window last closed (empty if none, or in a private
    // session); a search results page is never kept, nor returned.
    static QUrl lastSessionUrl();

    // A command's name as a list shows it: without its mnemonic ("查找(&F)…" → "查找").

Q_SIGNALS:
    void pageShown(const QUrl &url);
    // Emitted once, when the first page has been painted.
    void firstPagePainted();
    // The sidebar shows search results for query.
    void searchResultsShown(const QString &query, int hits);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupPackActions();
    void updatePackActions();
    std::shared_ptr<Pack> packOfCurrentPage() const;
    // Pages (mainwindow_pages.cpp). requestPage() asks the page service for
    // the current entry's page, to be shown at scroll and recorded as a visit
    // if record; pageArrived() shows it when it comes.
    void requestPage(int scroll, bool record);
    void pageArrived(quint64 serial, const Page &page);
    void showPage(const Page &page, int scroll);
    void qaRowsArrived();
    void topicRevealed(const QModelIndex &index, const QString &packId, qint64 topicId);
    enum class PrintTarget { Printer, Pdf };
    void printCurrentPage(PrintTarget target);
    void printPage(const Page &page, PrintTarget target);
    void goInHistory(int steps);
    void rememberScroll();
    void updateBreadcrumb();
    void updateStatus();
    void updateActions();
    void selectTopicInTree();
    void openIndex(const QModelIndex &index);
    void showAbout();
    void chooseAndOpenPack();
    void showTreeMenu(const QPoint &position);
    void fetchBranchesInView();
    void applyPreferences();
    void showPreferences();
    void zoomBy(int steps);
    void cycleFocus(bool backwards);
    void showShortcuts();
    void fillHistoryMenu(QMenu *menu, bool back);
    void retranslate();

    // Bookmarks, notes and history (mainwindow_userdata.cpp).
    void setupUserDataActions();
    void connectUserData();
    void recordVisit(const Page &page);
    void recordSearch();
    void updatePageUserState();
    void updateToolbarIcons();
    void refreshUserPage(PageKind kind);
    void bookmarkPage();
    void editNote();
    void fillBookmarksMenu();
    void exportBookmarks();
    void importBookmarks();
    void clearHistory(bool ask);
    void updateSearchCompletion();
    void showRecentSearches(const QStringList &recent);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Library *m_library;
    PageService *m_pages; // renders pages off the GUI thread
    TopicTreeModel *m_treeModel;
    QaListModel *m_qaModel;
    SidebarSearch *m_search; // the search field over the tree, and its results
    NavigationHistory m_history;
    Page m_page; // the page shown
    bool m_pageShownOnce = false;
    // The page asked for and not come yet (serial 0: none).
    struct PendingPage
    {
        quint64 serial = 0;
        int scroll = 0;
        bool record = false;
    };
    PendingPage m_pending;
    int m_qaScroll = -1; // where the Q&A list is to scroll once it has the rows
    PrintTarget m_printTarget = PrintTarget::Printer;
    bool m_private = false;
    QMenu *m_reopenMenu = nullptr;
    QSet<QString> m_rememberedClosed; // closed packs that packmemory knew
    Preferences *m_preferences;
    UserData *m_userData = nullptr;
    UserData *m_memoryUserData = nullptr; // the window's own, until one is given
    // Records the pages visited and the searches followed off the GUI thread.
    UserDataWriter *m_writer = nullptr;
    // The bookmarked and noted pages of m_userData, for the page shown.
    PageMarks m_marks;
    BookmarkModel *m_bookmarkModel = nullptr; // the folder tree of m_userData
    // What the Bookmarks menu lists of the user's bookmarks: actions and submenus.
    QList<QObject *> m_bookmarkEntries;
    FindBar *m_findBar;
    BreadcrumbLabel *m_breadcrumb;
    QLabel *m_statusLabel;
    bool m_firstPaintSeen = false;
};

} // namespace qingnang
