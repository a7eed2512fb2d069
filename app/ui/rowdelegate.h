// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace qingnang {

// A row of the sidebar's lists whose text the delegate draws itself: the style
// draws the row (selection, hover, focus) without its text, then paintText()
// draws the title and what goes with it, the painter saved around it.
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const final;

protected:
    // Draws the row's text; option is the row's, initialised, without its
    // text, which is title.
    virtual void paintText(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index, const QString &title) const = 0;
    // Whether the row is drawn selected, focused or under the mouse when it is:
    // not for rows that are no item to open (a group's header, a notice).
    virtual bool isItem(const QModelIndex &index) const;

    // The style that draws option's widget.
    static QStyle *styleOf(const QStyleOptionViewItem &option);
    // The colour of a row's text, and that muted to alpha (more opaque on a
    // selected row, whose background is strong).
    static QColor textColor(const QStyleOptionViewItem &option);
    static QColor mutedColor(const QStyleOptionViewItem &option, qreal alpha);
};

} // namespace qingnang
