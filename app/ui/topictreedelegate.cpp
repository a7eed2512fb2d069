// SPDX-License-Identifier: MIT
#include "topictreedelegate.h"

#include "models/roles.h"

#include <QPainter>

namespace qingnang {

namespace {

void paintText(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
               const QString &title)
{
    const QString counts = index.data(CountsRole).toString();
    const QRect textRect = RowDelegate::styleOf(opt)
                               ->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(2, 0, -4, 0);
    QFont countsFont = opt.font;
    countsFont.setPointSizeF(countsFont.pointSizeF() * 0.85);
    const QFontMetrics countsMetrics(countsFont);
    const int countsWidth = counts.isEmpty() ? 0 : countsMetrics.horizontalAdvance(counts) + 8;

    painter->setPen(RowDelegate::textColor(opt));
    painter->setFont(opt.font);
    const QRect titleRect = textRect.adjusted(0, 0, -countsWidth, 0);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!counts.isEmpty()) {
        painter->setFont(countsFont);
        painter->setPen(RowDelegate::mutedColor(opt, 0.55));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, counts);
    }
}

QSize rowSize(const QStyleOptionViewItem &option, const QModelIndex &, QSize styled)
{
    styled.setHeight(qMax(styled.height(), option.fontMetrics.height() + 10));
    return styled;
}

} // namespace

TopicTreeDelegate::TopicTreeDelegate(QObject *parent)
    : RowDelegate({paintText, rowSize}, parent)
{}

} // namespace qingnang
