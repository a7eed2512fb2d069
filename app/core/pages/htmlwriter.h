// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"

#include <QString>
#include <QUrl>

#include <functional>

// The small pieces every page is written with: escaping, links, numbers in
// one format, the pager and the row of a Q&A list. Everything of a pack that
// goes into a page goes through esc() or link(), so no markup of a pack can
// reach the reader (markdownlite.h escapes the texts of articles and answers).
namespace qingnang::html {

QString esc(const QString &text);
QString link(const QUrl &url, const QString &text, const QString &cssClass = {});

// One number format everywhere (util/numbers.h): digits grouped by thousands ("1,597").
QString number(qint64 value);

// text cut to maxChars with an ellipsis, never inside a surrogate pair.
QString oneLine(const QString &text, int maxChars);

QString heading(int level, const QString &text);
QString paragraph(const QString &text, const QString &cssClass = {});
QString hint(const QString &text); // a muted remark

// The pager: ‹ 上一页 · 第 n / m 页 · 下一页 ›, the links where there is a
// page to go to; nothing when there is one page. pageUrl(n) addresses page n.
QString pager(int current, int pages, const std::function<QUrl(int)> &pageUrl);

// A Q&A list: a table of rows, each the question (a link), a one-line excerpt
// of its first answer, and the answer count at the right.
QString qaTableStart();
QString qaRow(const QuestionSummary &question, const QUrl &url);
QString qaTableEnd();

// A box that stands out from the page (an alert, the signs that need 120):
// the theme's tint and text colour, so that it reads in every theme.
// heading is plain text; body is HTML.
QString box(const QString &cssClass, const QString &heading, const QString &body);

inline const QString separator = QStringLiteral(" · ");

} // namespace qingnang::html
