// SPDX-License-Identifier: MIT
#include "rowdelegate.h"

#include <QApplication>
#include <QPainter>

namespace qingnang {

void RowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    if (!isItem(index)) {
        opt.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
    }
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    paintText(painter, opt, index, title);
    painter->restore();
}

bool RowDelegate::isItem(const QModelIndex &) const
{
    return true;
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
