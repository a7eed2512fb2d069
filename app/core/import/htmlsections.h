// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace qingnang {

// Where a link of an HTML page leads in the pack: given the href as written,
// returns the Markdown target ("article:a12") or an empty string, and the
// link's text stays plain text.
using HtmlLinkResolver = std::function<QString(const QString &href)>;

// An HTML page (a ZIM entry) as the text of an article.
struct HtmlArticle
{
    QString title; // <title>, else the first <h1>
    QList<Section>
        sections; // an untitled introduction, then one per heading (h1 other than the title, h2–h6)
    int links = 0;  // links rewritten to pack addresses
    int images = 0; // images left out
    QString error;  // non-empty: the HTML is broken (and nothing else is set)
};

// Turns an HTML page into sections in the Markdown subset of
// docs/pack-format.md: paragraphs from block elements, "- " items from list
// items and table rows (cells joined by " | "), headings starting sections.
// script, style, nav, noscript, template, svg, iframe, form, button, head
// (but its <title>), and elements marked role="navigation" or with a class
// naming navigation chrome (navbox, mw-editsection, noprint) are dropped with
// their content; images are left out and counted. Entities are decoded.
//
// Broken HTML — bytes that are not UTF-8, a NUL byte, or a tag, comment or
// declaration left open at the end — gives an empty article with `error` one
// line saying what is wrong ("invalid UTF-8 at byte 12"). Anything else,
// however badly nested, is read as a browser would show its text.
HtmlArticle htmlToArticle(QByteArrayView html, const HtmlLinkResolver &resolveLink = {});

// Longest section body kept (characters): longer ones are cut at a paragraph end.
inline constexpr qsizetype maxHtmlSectionLength = 200000;

} // namespace qingnang
