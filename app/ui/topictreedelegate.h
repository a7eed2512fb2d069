// SPDX-License-Identifier: MIT
#pragma once

#include "rowdelegate.h"

namespace qingnang {

// Draws a topic's title with its counts ("2篇·12问") muted and right-aligned.
class TopicTreeDelegate : public RowDelegate
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
