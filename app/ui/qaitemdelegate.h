// SPDX-License-Identifier: MIT
#pragma once

#include "rowdelegate.h"

namespace qingnang {

// A Q&A row: the question in the text colour, below it the answer excerpt
// muted and cut with an ellipsis at one line, the answer count at the right.
class QaItemDelegate : public RowDelegate
{
public:
    explicit QaItemDelegate(QObject *parent = nullptr);
};

} // namespace qingnang
