// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMessageBox>

#include <memory>

class QMainWindow;

namespace qingnang {

class Library;
class Pack;

// 键盘快捷键: every menu command of the window that has a key, in menu order,
// the window's own shortcuts, then the keys of the lists. Built once, from the
// window's menus as they are, and kept (objectName "shortcutsDialog").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    // A command's name without its mnemonic ("查找(&F)…" → "查找").
    static QString plainText(const QString &actionText);
};

// 关于青囊: the program, its licence, and each open pack's source, date and
// licence (objectName "aboutBox"); deletes itself when closed.
class AboutBox : public QMessageBox
{
    Q_OBJECT
public:
    AboutBox(const Library &library, QWidget *parent);
};

// 使用前请阅读: the first start's notice with the disclaimer (objectName
// "disclaimerNotice"); deletes itself when closed.
class DisclaimerNotice : public QMessageBox
{
    Q_OBJECT
public:
    DisclaimerNotice(const QString &disclaimer, QWidget *parent);
};

// Tells, without blocking, of packs that could not be opened (nothing when
// there are none); the box deletes itself when closed.
void showPackProblems(const QStringList &problems, QWidget *parent);

// The status bar's words on the packs: of pagePack (the page's) when it is
// open, or of the one pack open, its title, what it holds and its content
// date; else of all the open packs, with each content date there is.
QString packStatus(const Library &library, const std::shared_ptr<Pack> &pagePack);

} // namespace qingnang
