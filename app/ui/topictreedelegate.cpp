// SPDX-License-Identifier: MIT
#include "topictreedelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>

namespace qingnang {

namespace {

QColor mutedColor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(selected ? 0.8 : 0.55);
    return color;
}

} // namespace

void TopicTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString counts = index.data(CountsRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Draw the item without its text, then the title and the counts ourselves.
    const QString title = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    QFont countsFont = opt.font;
    countsFont.setPointSizeF(countsFont.pointSizeF() * 0.85);
    const QFontMetrics countsMetrics(countsFont);
    const int countsWidth = counts.isEmpty() ? 0 : countsMetrics.horizontalAdvance(counts) + 8;

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect titleRect = textRect.adjusted(0, 0, -countsWidth, 0);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!counts.isEmpty()) {
        painter->setFont(countsFont);
        painter->setPen(mutedColor(opt));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, counts);
    }
    painter->restore();
}

QSize TopicTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace qingnang
