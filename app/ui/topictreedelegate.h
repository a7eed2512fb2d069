// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace qingnang {

// Draws a topic's title with its counts ("2篇·12问") muted and right-aligned.
class TopicTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qingnang
