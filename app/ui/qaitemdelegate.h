// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace qingnang {

// A Q&A row: the question in the text colour, below it the answer excerpt
// muted and cut with an ellipsis at one line, the answer count at the right.
class QaItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qingnang
