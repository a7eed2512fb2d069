// SPDX-License-Identifier: MIT
#include "topictreedelegate.h"

#include "models/roles.h"

#include <QPainter>

namespace qingnang {

void TopicTreeDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &opt,
                                  const QModelIndex &index, const QString &title) const
{
    const QString counts = index.data(CountsRole).toString();
    const QRect textRect = styleOf(opt)
                               ->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(2, 0, -4, 0);
    QFont countsFont = opt.font;
    countsFont.setPointSizeF(countsFont.pointSizeF() * 0.85);
    const QFontMetrics countsMetrics(countsFont);
    const int countsWidth = counts.isEmpty() ? 0 : countsMetrics.horizontalAdvance(counts) + 8;

    painter->setPen(textColor(opt));
    painter->setFont(opt.font);
    const QRect titleRect = textRect.adjusted(0, 0, -countsWidth, 0);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!counts.isEmpty()) {
        painter->setFont(countsFont);
        painter->setPen(mutedColor(opt, 0.55));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, counts);
    }
}

QSize TopicTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace qingnang
