// SPDX-License-Identifier: MIT
#include "rowdelegate.h"

#include <QApplication>
#include <QPainter>

namespace qingnang {

RowDelegate::RowDelegate(const RowLook &look, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_look(look)
{}

void RowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    if (m_look.isItem && !m_look.isItem(index)) {
        opt.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
    }
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    m_look.paintText(painter, opt, index, title);
    painter->restore();
}

QSize RowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_look.sizeHint(option, index, QStyledItemDelegate::sizeHint(option, index));
}

QStyle *RowDelegate::styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QColor RowDelegate::textColor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    return option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
}

QColor RowDelegate::mutedColor(const QStyleOptionViewItem &option, qreal alpha)
{
    QColor color = textColor(option);
    color.setAlphaF(option.state & QStyle::State_Selected ? 0.8 : alpha);
    return color;
}

} // namespace qingnang
