// SPDX-License-Identifier: MIT
#pragma once

#include "rowdelegate.h"

namespace qingnang {

// A Q&A row: the question in the text colour, below it the answer excerpt
// muted and cut with an ellipsis at one line, the answer count at the right.
class QaItemDelegate : public RowDelegate
{
    Q_OBJECT
public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QString &title) const override;
};

} // namespace qingnang
