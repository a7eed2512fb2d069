// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

// Renders the Markdown subset that pack text is written in (docs/pack-format.md):
// paragraphs separated by blank lines, "- " list items and **bold**. Everything
// else is text: every character of the input is HTML-escaped, so no markup in
// a pack can reach the reader.
QString markdownToHtml(const QString &markdown);

// The same text as one plain line (markup removed, whitespace collapsed).
QString markdownToPlainLine(const QString &markdown);

} // namespace qingnang
