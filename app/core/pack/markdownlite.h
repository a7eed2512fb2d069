// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace qingnang {

// Where a link to a topic of the pack, [text](topic:slug), points: the
// caller's page address for the slug (an empty URL leaves the text unlinked).
using TopicLinkResolver = std::function<QUrl(const QString &slug)>;
// The same for a link to an article of the pack, [text](article:slug).
using ArticleLinkResolver = std::function<QUrl(const QString &slug)>;

// Renders the Markdown subset that pack text is written in (docs/pack-format.md):
// paragraphs separated by blank lines, "- " list items, **bold** and links to
// topics and articles of the same pack, [text](topic:slug) and
// [text](article:slug), which become links only through resolveTopic and
// resolveArticle (without them, their text). Everything else is text: every
// character of the input is HTML-escaped, so no markup in a pack can reach the reader.
QString markdownToHtml(const QString &markdown, const TopicLinkResolver &resolveTopic = {},
                       const ArticleLinkResolver &resolveArticle = {});

// The links to topics in markdown, as written: each slug once, in order.
QStringList markdownTopicLinks(const QString &markdown);

// The same text as one plain line (markup removed, whitespace collapsed).
QString markdownToPlainLine(const QString &markdown);

} // namespace qingnang
