// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QModelIndex>
#include <QUrl>

#include <memory>

namespace Ui {
class BookmarkDialog;
class NoteDialog;
class OrganizeBookmarksDialog;
} // namespace Ui

namespace qingnang {

class BookmarkModel;
class UserData;

// 收藏本页: the bookmark's name and folder, a new folder on the way, or no
// bookmark any more. Everything is written when the user saves (or removes);
// a write that fails is reported in the dialog, which then stays open.
class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    BookmarkDialog(UserData *userData, const QUrl &url, const QString &title,
                   QWidget *parent = nullptr);
    ~BookmarkDialog() override;

    enum class Outcome { None, Saved, Removed };
    Outcome outcome() const { return m_outcome; }
    // The folder's name as the user sees it (empty: the top level).
    QString folderName() const;

private:
    void fillFolders(qint64 select);
    void newFolder();
    void save();
    void remove();
    // Closes the dialog with outcome when every write went through; otherwise
    // says why and stays open.
    void finish(bool ok, Outcome outcome);
    void showError();

    std::unique_ptr<Ui::BookmarkDialog> m_ui;
    UserData *m_userData;
    BookmarkModel *m_folders; // where the combo box's choices come from
    QUrl m_url;
    qint64 m_bookmarkId = 0; // the page's bookmark when it has one
    Outcome m_outcome = Outcome::None;
};

// 本页笔记: the user's own note on a page; empty text removes it.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(UserData *userData, const QUrl &url, const QString &title,
               QWidget *parent = nullptr);
    ~NoteDialog() override;

private:
    void save();
    void updateCount();

    std::unique_ptr<Ui::NoteDialog> m_ui;
    UserData *m_userData;
    QUrl m_url;
    QString m_title;
};

// 整理收藏: every folder and bookmark in a tree (a view of BookmarkModel), to
// open, rename, remove, reorder, move between folders, and new folders. Each
// change is written at once; the tree follows the store, keeping the item the
// user is on.
class OrganizeBookmarksDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrganizeBookmarksDialog(UserData *userData, QWidget *parent = nullptr);
    ~OrganizeBookmarksDialog() override;

Q_SIGNALS:
    void openRequested(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex current() const;
    // Makes the item current: the first item when index is invalid.
    void select(const QModelIndex &index);
    void updateButtons();
    void openSelected();
    void newFolder();
    void renameSelected();
    void removeSelected();
    void moveSelected();
    void shiftSelected(int step);
    bool check(bool ok);

    std::unique_ptr<Ui::OrganizeBookmarksDialog> m_ui;
    UserData *m_userData;
    BookmarkModel *m_model;
    int m_kindBeforeReset = 0; // the current item while the model is reset
    qint64 m_idBeforeReset = 0;
};

} // namespace qingnang
