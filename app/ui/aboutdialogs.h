// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMessageBox>

class QMainWindow;

namespace qingnang {

class Library;

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

} // namespace qingnang
