// SPDX-License-Identifier: MIT
#pragma once

#include "rowdelegate.h"

namespace qingnang {

// Draws a topic's title with its counts ("2篇·12问") muted and right-aligned.
class TopicTreeDelegate : public RowDelegate
{
public:
    explicit TopicTreeDelegate(QObject *parent = nullptr);
};

} // namespace qingnang
