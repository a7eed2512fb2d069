// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace qingnang {

// Words that patients and doctors use for the same thing (疼/痛, 拉肚子/腹泻,
// 宝宝/小孩): a query for one also finds the others, counting a little less.
// A small built-in list of everyday health Chinese (docs/search.md); a pack's
// own aliases are searched besides.
QStringList synonymsOf(const QString &word);

} // namespace qingnang
