// SPDX-License-Identifier: MIT
// MainWindow's part that deals with the user's own data: bookmarks (收藏) in
// folders, notes on pages, the reading history and the search history.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "bookmarkdialogs.h"
#include "models/bookmarkmodel.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "pages/pageservice.h"
#include "preferences.h"
#include "userdata/userdata.h"
#include "userdata/userdatawriter.h"
#include "util/logging.h"

#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QToolBar>

#include <cmath>
#include <functional>

namespace qingnang {

namespace {

// Bookmarks one menu (or submenu) lists before pointing at the bookmarks page.
constexpr int menuBookmarkLimit = 40;
constexpr int menuDepthLimit = 8;
// Searches the field offers while typing.
constexpr int recentSearches = 50;

// The toolbar's own icons, drawn here in the palette's text colour so that they
// look the same on every desktop and icon theme and follow a dark theme: the
// star (outlined, or filled when the page is bookmarked) and the home button.
QIcon drawnIcon(const QColor &color, const std::function<void(QPainter &, int, bool)> &draw)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        for (const bool on : {false, true}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(
                QPen(color, qMax(1.0, size / 14.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            draw(painter, size, on);
            painter.end();
            icon.addPixmap(pixmap, QIcon::Normal, on ? QIcon::On : QIcon::Off);
        }
    }
    return icon;
}

QIcon starIcon(const QColor &color)
{
    return drawnIcon(color, [](QPainter &painter, int size, bool on) {
        constexpr qreal pi = 3.14159265358979323846;
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = (i % 2 == 0 ? 0.46 : 0.19) * size;
            const qreal angle = -pi / 2 + i * pi / 5;
            star << QPointF(size / 2.0 + radius * std::cos(angle),
                            size / 2.0 + 0.04 * size + radius * std::sin(angle));
        }
        if (on) {
            painter.setPen(QPen(QColor(0xc8, 0x8a, 0x00), qMax(1.0, size / 16.0)));
            painter.setBrush(QColor(0xf2, 0xb7, 0x05));
        }
        painter.drawPolygon(star);
    });
}

QIcon homeIcon(const QColor &color)
{
    return drawnIcon(color, [](QPainter &painter, int size, bool) {
        const qreal s = size;
        painter.drawPolyline(
            QPolygonF{{0.12 * s, 0.5 * s}, {0.5 * s, 0.14 * s}, {0.88 * s, 0.5 * s}});
        painter.drawPolyline(QPolygonF{{0.24 * s, 0.42 * s},
                                       {0.24 * s, 0.86 * s},
                                       {0.76 * s, 0.86 * s},
                                       {0.76 * s, 0.42 * s}});
        painter.drawRect(QRectF(0.43 * s, 0.6 * s, 0.14 * s, 0.26 * s));
    });
}

bool isUserPage(PageKind kind)
{
    return kind == PageKind::History || kind == PageKind::Bookmarks;
}

} // namespace

void MainWindow::setupUserDataActions()
{
    m_ui->actionBookmarkPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // A star at the end of the navigation bar: filled when the page is bookmarked.
    m_ui->actionBookmarkPage->setCheckable(true);
    updateToolbarIcons();
    m_ui->navigationBar->addAction(m_ui->actionBookmarkPage);
    m_ui->actionEditNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_ui->actionShowBookmarks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionShowHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->actionClearHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_ui->actionBookmarkPage, &QAction::triggered, this, &MainWindow::bookmarkPage);
    connect(m_ui->actionEditNote, &QAction::triggered, this, &MainWindow::editNote);
    connect(m_ui->actionShowBookmarks, &QAction::triggered, this,
            [this] { openUrl(pageurl::bookmarks()); });
    connect(m_ui->actionShowHistory, &QAction::triggered, this,
            [this] { openUrl(pageurl::history()); });
    connect(m_ui->actionClearHistory, &QAction::triggered, this, [this] { clearHistory(true); });
    m_ui->actionOrganizeBookmarks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_ui->actionOrganizeBookmarks, &QAction::triggered, this, [this] {
        OrganizeBookmarksDialog dialog(m_userData, this);
        connect(&dialog, &OrganizeBookmarksDialog::openRequested, this,
                [this, &dialog](const QUrl &url) {
                    openUrl(url);
                    dialog.accept();
                });
        dialog.exec();
    });
    connect(m_ui->actionExportBookmarks, &QAction::triggered, this, &MainWindow::exportBookmarks);
    connect(m_ui->actionImportBookmarks, &QAction::triggered, this, &MainWindow::importBookmarks);
    connect(m_ui->menuBookmarks, &QMenu::aboutToShow, this, &MainWindow::fillBookmarksMenu);

    m_ui->noteLabel->setContentsMargins(14, 6, 14, 6);
    m_ui->noteLabel->setAutoFillBackground(true);
    m_ui->noteLabel->setBackgroundRole(QPalette::AlternateBase);
    m_ui->noteLabel->hide();
    connect(m_ui->noteLabel, &QLabel::linkActivated, this, &MainWindow::editNote);

    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setObjectName(QStringLiteral("searchCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->searchField->setCompleter(completer);

    m_bookmarkModel = new BookmarkModel(nullptr, this);
    // Until the application gives the window its store: one in memory.
    m_memoryUserData = new UserData(this);
    m_memoryUserData->openInMemory();
    setUserData(m_memoryUserData);
}

void MainWindow::setUserData(UserData *userData)
{
    if (m_userData == userData) {
        return;
    }
    if (m_userData) {
        disconnect(m_userData, nullptr, this, nullptr);
    }
    m_userData = userData ? userData : m_memoryUserData;
    delete m_writer; // after what it was given to write
    m_writer = new UserDataWriter(m_userData, this);
    connect(m_writer, &UserDataWriter::historyWritten, this,
            [this] { refreshUserPage(PageKind::History); });
    connect(m_writer, &UserDataWriter::searchesWritten, this, &MainWindow::showRecentSearches);
    m_marks.load(m_userData);
    m_bookmarkModel->setUserData(m_userData);
    m_pages->setUserData(m_userData);
    connectUserData();
    updatePageUserState();
    updateSearchCompletion();
    refreshUserPage(m_page.kind);
}

void MainWindow::connectUserData()
{
    connect(m_userData, &UserData::bookmarksChanged, this, [this] {
        m_marks.loadBookmarks(m_userData);
        updatePageUserState();
        refreshUserPage(PageKind::Bookmarks);
    });
    connect(m_userData, &UserData::notesChanged, this, [this] {
        m_marks.loadNotes(m_userData);
        updatePageUserState();
        refreshUserPage(PageKind::Bookmarks);
    });
    connect(m_userData, &UserData::historyChanged, this,
            [this] { refreshUserPage(PageKind::History); });
    connect(m_userData, &UserData::searchHistoryChanged, this, &MainWindow::updateSearchCompletion);
}

// Shows the history or bookmarks page again when what it lists has changed.
void MainWindow::refreshUserPage(PageKind kind)
{
    if (m_history.isEmpty() || m_page.kind != kind || !isUserPage(kind)) {
        return;
    }
    rememberScroll();
    requestPage(m_history.current().scroll, false);
}

void MainWindow::recordVisit(const Page &page)
{
    if (!page.found || isUserPage(page.kind) || !m_userData) {
        return;
    }
    m_writer->addVisit(pageurl::withoutFragment(page.url), page.title);
}

// A search the user followed to a page: kept only when search history is on.
void MainWindow::recordSearch()
{
    const QString query = m_ui->searchField->text().trimmed();
    if (query.isEmpty() || !m_preferences->searchHistory() || !m_userData) {
        return;
    }
    m_writer->addSearch(query, recentSearches);
}

void MainWindow::updateSearchCompletion()
{
    auto *model = qobject_cast<QStringListModel *>(m_ui->searchField->completer()->model());
    model->setStringList(m_preferences->searchHistory() && m_userData
                             ? m_userData->searchHistory().recent(recentSearches)
                             : QStringList());
}

// The searches offered while typing, as the writer read them after recording one.
void MainWindow::showRecentSearches(const QStringList &recent)
{
    auto *model = qobject_cast<QStringListModel *>(m_ui->searchField->completer()->model());
    model->setStringList(m_preferences->searchHistory() ? recent : QStringList());
}

// The page's bookmark and note, as the menu and the note strip show them.
void MainWindow::updatePageUserState()
{
    const bool page = m_page.found && !isUserPage(m_page.kind) && !m_history.isEmpty();
    m_ui->actionBookmarkPage->setEnabled(page);
    m_ui->actionEditNote->setEnabled(page);
    const QUrl url = page ? currentUrl() : QUrl();
    // From memory: showing a page reads nothing from the store.
    const bool bookmarked = page && m_marks.isBookmarked(url);
    m_ui->actionBookmarkPage->setText(bookmarked ? tr("编辑本页收藏(&A)…") : tr("收藏本页(&A)…"));
    m_ui->actionBookmarkPage->setChecked(bookmarked);
    m_ui->actionBookmarkPage->setToolTip(bookmarked ? tr("本页已收藏（Ctrl+D 编辑）")
                                                    : tr("收藏本页（Ctrl+D）"));
    const std::optional<Note> note = page ? m_marks.note(url) : std::optional<Note>();
    if (!note) {
        m_ui->noteLabel->hide();
        m_ui->noteLabel->clear();
        return;
    }
    QString text = note->text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    m_ui->noteLabel->setText(
        QStringLiteral("<b>%1</b>%2 <a href=\"#note\">%3</a>")
            .arg(tr("我的笔记：").toHtmlEscaped(), text, tr("编辑").toHtmlEscaped()));
    m_ui->noteLabel->show();
}

// Drawn again when the palette changes (a dark theme): they use its text colour.
void MainWindow::updateToolbarIcons()
{
    const QColor color = palette().color(QPalette::WindowText);
    m_ui->actionBookmarkPage->setIcon(starIcon(color));
    m_ui->actionHome->setIcon(homeIcon(color));
}

void MainWindow::bookmarkPage()
{
    if (!m_ui->actionBookmarkPage->isEnabled()) {
        return;
    }
    BookmarkDialog dialog(m_userData, currentUrl(), m_page.title, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Said only after the store has committed the change to disk.
    if (dialog.outcome() == BookmarkDialog::Outcome::Saved) {
        const QString folder = dialog.folderName();
        statusBar()->showMessage(folder.isEmpty()
                                     ? tr("已收藏：%1").arg(m_page.title)
                                     : tr("已收藏到“%1”：%2").arg(folder, m_page.title),
                                 8000);
    } else if (dialog.outcome() == BookmarkDialog::Outcome::Removed) {
        statusBar()->showMessage(tr("已取消收藏：%1").arg(m_page.title), 8000);
    }
    updatePageUserState();
}

void MainWindow::editNote()
{
    if (!m_ui->actionEditNote->isEnabled()) {
        return;
    }
    const bool had = m_userData->notes().note(currentUrl()).has_value();
    NoteDialog dialog(m_userData, currentUrl(), m_page.title, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const bool has = m_userData->notes().note(currentUrl()).has_value();
    if (has) {
        statusBar()->showMessage(tr("笔记已保存"), 8000);
    } else if (had) {
        statusBar()->showMessage(tr("笔记已删除"), 8000);
    }
    updatePageUserState();
}

void MainWindow::fillBookmarksMenu()
{
    qDeleteAll(m_bookmarkEntries);
    m_bookmarkEntries.clear();
    if (!m_userData) {
        return;
    }
    QMenu *menu = m_ui->menuBookmarks;
    const auto entry = [this](QAction *action) {
        action->setProperty("userEntry", true);
        return action;
    };
    // Folders as submenus, then the folder's bookmarks, each menu a bounded
    // list: the model's tree, to menuDepthLimit.
    const BookmarkModel &model = *m_bookmarkModel;
    std::function<void(QMenu *, const QModelIndex &, int)> fill = [&](QMenu *into,
                                                                      const QModelIndex &parent,
                                                                      int depth) {
        int bookmarks = 0;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (BookmarkModel::kindOf(index) == BookmarkModel::Kind::Folder) {
                if (depth < menuDepthLimit) {
                    QMenu *sub = into->addMenu(index.data().toString());
                    sub->setObjectName(QStringLiteral("bookmarkFolder"));
                    entry(sub->menuAction());
                    if (into == menu) {
                        m_bookmarkEntries.append(sub); // deleting it takes its action along
                    }
                    fill(sub, index, depth + 1);
                }
                continue;
            }
            if (++bookmarks > menuBookmarkLimit) {
                QAction *more = entry(into->addAction(tr("更多…")));
                connect(more, &QAction::triggered, this, [this] { openUrl(pageurl::bookmarks()); });
                if (into == menu) {
                    m_bookmarkEntries.append(more);
                }
                break;
            }
            QString title = index.data().toString();
            title.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *action = entry(into->addAction(title));
            const QUrl url = index.data(UrlRole).toUrl();
            connect(action, &QAction::triggered, this, [this, url] { openUrl(url); });
            if (into == menu) {
                m_bookmarkEntries.append(action);
            }
        }
        if (into->actions().isEmpty()) {
            into->addAction(tr("（空）"))->setEnabled(false);
        }
    };
    QAction *separator = entry(menu->addSeparator());
    m_bookmarkEntries.append(separator);
    if (model.rowCount() == 0) {
        QAction *none = entry(menu->addAction(tr("还没有收藏")));
        none->setEnabled(false);
        m_bookmarkEntries.append(none);
        return;
    }
    fill(menu, QModelIndex(), 0);
}

void MainWindow::exportBookmarks()
{
    const QString name =
        tr("青囊收藏与笔记-%1.json").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    QFileDialog dialog(this, tr("导出收藏与笔记"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                           QLatin1Char('/') + name,
                       tr("JSON 文件 (*.json)"));
    dialog.setObjectName(QStringLiteral("exportBookmarksDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString file = dialog.selectedFiles().first();
    if (!m_userData->exchange().exportToFile(file)) {
        QMessageBox::warning(this, tr("无法导出"), m_userData->errorString());
        return;
    }
    statusBar()->showMessage(tr("已导出收藏与笔记：%1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::importBookmarks()
{
    QFileDialog dialog(this, tr("导入收藏与笔记"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                       tr("JSON 文件 (*.json);;所有文件 (*)"));
    dialog.setObjectName(QStringLiteral("importBookmarksDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString file = dialog.selectedFiles().first();
    const ImportResult result = m_userData->exchange().importFile(file);
    if (!result.ok) {
        QMessageBox::warning(this, tr("无法导入"),
                             tr("%1\n\n没有导入任何内容。").arg(result.error));
        return;
    }
    const ImportSummary &s = result.summary;
    const QString message = tr("新增收藏 %1 条（已有 %2 条未重复添加），新增文件夹 %3 个，"
                               "新增笔记 %4 条，更新笔记 %5 条（%6 条本机的更新，保留未动）。")
                                .arg(s.bookmarksAdded)
                                .arg(s.bookmarksSkipped)
                                .arg(s.foldersAdded)
                                .arg(s.notesAdded)
                                .arg(s.notesReplaced)
                                .arg(s.notesKept);
    statusBar()->showMessage(tr("已导入：%1").arg(message), 15000);
    QMessageBox box(QMessageBox::Information, tr("导入完成"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importSummary"));
    box.exec();
}

void MainWindow::reportUserDataProblem(UserData *store)
{
    const QString path = UserData::defaultPath();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("收藏和笔记无法打开"),
                        tr("%1\n\n本次使用中的收藏、笔记和历史记录只保存在内存里，关闭后不会保留。")
                            .arg(store->errorString()),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("userDataProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *afresh = nullptr;
    if (store->problem() == UserDataProblem::Damaged) {
        box->setInformativeText(tr("可以把损坏的文件改名留在原处，再新建一个空的文件。"));
        afresh = box->addButton(tr("新建（保留旧文件）"), QMessageBox::AcceptRole);
    }
    box->addButton(afresh ? tr("本次不保存") : tr("确定"), QMessageBox::RejectRole);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, store, afresh, path](QAbstractButton *b) {
            if (!afresh || b != afresh) {
                return;
            }
            QString movedTo;
            if (store->startAfresh(path, &movedTo)) {
                setUserData(store);
                statusBar()->showMessage(
                    tr("已新建收藏文件；旧文件保留为 %1").arg(QDir::toNativeSeparators(movedTo)),
                    15000);
            } else {
                QMessageBox::warning(this, tr("收藏和笔记无法打开"), store->errorString());
            }
        });
    box->open();
}

// Forgets the pages read and the searches made (the bookmarks and notes stay).
void MainWindow::clearHistory(bool ask)
{
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("清除历史记录"),
                        tr("清除所有浏览记录和搜索记录？收藏和笔记不受影响。"),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("clearHistoryQuestion"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) {
            return;
        }
    }
    m_writer->finish(); // visits on their way are cleared too
    const bool ok = m_userData->history().clear() && m_userData->searchHistory().clear();
    m_history.clearAllButCurrent();
    updateActions();
    if (!ok) {
        QMessageBox::warning(this, tr("无法清除历史记录"), m_userData->errorString());
        return;
    }
    statusBar()->showMessage(tr("历史记录已清除"), 5000);
}

} // namespace qingnang
