// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

#include <memory>

class QTextEdit;

namespace Ui {
class FindBar;
}

namespace qingnang {

// Find in page: a bar under the reader. Every match of the typed text is
// tinted, the current one selected and scrolled to; the bar says which match
// of how many it is. Case does not matter; Traditional and Simplified forms
// are matched as they are written.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *target, QWidget *parent = nullptr);
    ~FindBar() override;

    // Shows the bar with the field focused and its text selected.
    void open();
    // Hides the bar and removes the tints.
    void close();

    void findNext();
    void findPrevious();

    // After the page changed: matches again, from the top.
    void refresh();

    QString text() const;
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based; -1 when none

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void select(int index);
    void updateLabel();

    std::unique_ptr<Ui::FindBar> m_ui;
    QTextEdit *m_target;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace qingnang
