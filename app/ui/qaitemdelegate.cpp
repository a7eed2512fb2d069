// SPDX-License-Identifier: MIT
#include "qaitemdelegate.h"

#include "models/roles.h"

#include <QPainter>

namespace qingnang {

namespace {

constexpr int padding = 8;

QFont excerptFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0) {
        smaller.setPointSizeF(font.pointSizeF() * 0.9);
    } else {
        smaller.setPixelSize(qMax(1, qRound(font.pixelSize() * 0.9)));
    }
    return smaller;
}

void paintText(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
               const QString &title)
{
    const QColor text = RowDelegate::textColor(opt);
    const QColor muted = RowDelegate::mutedColor(opt, 0.55);

    const QRect area = opt.rect.adjusted(padding * 2, padding, -padding * 2, -padding);
    const QFont small = excerptFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const QString counts = index.data(CountsRole).toString();
    const int countsWidth = smallMetrics.horizontalAdvance(counts) + padding * 2;

    const QRect titleRect(area.left(), area.top(), area.width() - countsWidth,
                          opt.fontMetrics.height());
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(
        QRect(area.right() - countsWidth, area.top(), countsWidth, titleRect.height()),
        Qt::AlignRight | Qt::AlignVCenter, counts);
    const QRect excerptRect(area.left(), titleRect.bottom() + 4, area.width() - countsWidth,
                            smallMetrics.height());
    painter->drawText(excerptRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(ExcerptRole).toString(), Qt::ElideRight,
                                              excerptRect.width()));
    QColor rule = text;
    rule.setAlphaF(0.12);
    painter->setPen(rule);
    painter->drawLine(opt.rect.bottomLeft() + QPoint(padding * 2, 0),
                      opt.rect.bottomRight() - QPoint(padding * 2, 0));
}

QSize rowSize(const QStyleOptionViewItem &option, const QModelIndex &, QSize)
{
    const QFontMetrics smallMetrics(excerptFont(option.font));
    // No width of its own: a row is as wide as the list.
    return {0, option.fontMetrics.height() + smallMetrics.height() + 4 + padding * 2};
}

} // namespace

QaItemDelegate::QaItemDelegate(QObject *parent)
    : RowDelegate({paintText, rowSize}, parent)
{}

} // namespace qingnang
