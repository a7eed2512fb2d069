// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace qingnang {

class Pack;

// An alert raised by a query (docs/alerts.md): the level, what the signs may
// mean and what to do now, and the page to read.
struct Alert
{
    enum class Level { Urgent, Emergency, Crisis };
    Level level = Level::Urgent;
    QString levelName; // "urgent", "emergency", "crisis", as packs and JSON write it
    QString text;
    QUrl url;   // the page the alert links to; empty when there is none
    QString id; // the rule's id in its pack
};

// The alert a query raises, if any: the rules of every pack (docs/alerts.md),
// matched after the same folding as search (Traditional → Simplified, width,
// case) with punctuation and spaces left out. When several rules match, the
// gravest level wins (crisis, then emergency, then urgent), then the first
// pack, then the rule that comes first in it. Cheap: a pack has dozens of rules.
std::optional<Alert> findAlert(const QList<std::shared_ptr<Pack>> &packs, const QString &query);

// The text as alerts compare it: folded, letters, digits and Han only.
QString alertKey(const QString &text);

} // namespace qingnang
