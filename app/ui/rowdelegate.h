// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace qingnang {

// How one kind of row of the sidebar's lists looks (RowDelegate draws it).
struct RowLook
{
    // Draws the row's text; option is the row's, initialised, without its
    // text, which is title. The painter is saved around the call.
    void (*paintText)(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index, const QString &title);
    // The row's size, given the size the style gives it (styled).
    QSize (*sizeHint)(const QStyleOptionViewItem &option, const QModelIndex &index, QSize styled);
    // Whether the row is drawn selected, focused or under the mouse when it is:
    // not for rows that are no item to open (a group's header, a notice).
    // None: every row is an item.
    bool (*isItem)(const QModelIndex &index) = nullptr;
};

// A row of the sidebar's lists whose text the delegate draws itself, as its
// look says: the style draws the row (selection, hover, focus) without its
// text, then the look draws the title and what goes with it.
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RowDelegate(const RowLook &look, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const final;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const final;

    // For the looks: the style that draws option's widget; the colour of a
    // row's text, and that muted to alpha (more opaque on a selected row,
    // whose background is strong).
    static QStyle *styleOf(const QStyleOptionViewItem &option);
    static QColor textColor(const QStyleOptionViewItem &option);
    static QColor mutedColor(const QStyleOptionViewItem &option, qreal alpha);

private:
    RowLook m_look;
};

} // namespace qingnang
