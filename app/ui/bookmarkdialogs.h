// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class BookmarkDialog;
class NoteDialog;
} // namespace Ui

namespace qingnang {

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
    void showError();

    std::unique_ptr<Ui::BookmarkDialog> m_ui;
    UserData *m_userData;
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

} // namespace qingnang
