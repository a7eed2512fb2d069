// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QString>

namespace qingnang {

// Cleans every imported record like a librarian: fixes what can be fixed and
// counts it, and says when a record is worthless. Each counter counts records
// changed, once per record whatever the number of fixes in it.
//
// - HTML tags of a fixed list of names are removed (<br> becomes a line
//   break, block tags a paragraph break; script, style and iframe go with
//   their content): repairedMarkup. Other text in angle brackets (血压<140/90,
//   <篇名>) is left alone.
// - HTML entities, named and numeric (and the mangled "&65533;" form), are
//   decoded; &nbsp; becomes a plain space: repairedEntities.
// - Control characters (C0 but \n and \t, DEL, C1), non-characters, lone
//   surrogates, zero-width and bidi-embedding characters and stray BOMs are
//   removed; U+2028/U+2029 become line breaks: repairedControl.
// - Titles longer than 200 characters are cut to 200 and "…"; bodies and
//   answers longer than 200,000, at a paragraph or line end near the limit:
//   repairedTruncated.
// - Whitespace is trimmed, and collapsed in one-line fields (titles, topic
//   names, author, period, source); multi-line text keeps at most one blank
//   line in a row and no spaces at line ends. Empty answers are dropped.
// - An empty title is made from the body's first sentence, else the first
//   answer's (titleFromText()): repairedTitle. With no title, body or answer
//   left, the record is worthless: SkipEmpty (the caller counts skippedEmpty).
class RecordCleaner
{
public:
    struct Options
    {
        // tcm-books: remove the conversion markers of that corpus: "\x" and "\r"
        // around notes and captions, and "\pNAME.bmp" references to pictures
        // that are not part of the text (counted as repairedMarkup).
        bool bookMarkers = false;
    };

    enum class Outcome { Keep, SkipEmpty };

    static constexpr qsizetype MaxTitleLength = 200;
    static constexpr qsizetype MaxTextLength = 200000;
    static constexpr qsizetype DerivedTitleLength = 60;

    RecordCleaner() = default;
    explicit RecordCleaner(Options options)
        : m_options(options)
    {}

    Outcome clean(ImportRecord *record, ImportStats *stats) const;

    // The steps, for tests. Each returns the text and sets *changed when it
    // changed anything.
    static QString removeMarkup(const QString &text, bool *changed);
    static QString decodeEntities(const QString &text, bool *changed);
    static QString removeControl(const QString &text, bool *changed);
    static QString removeBookMarkers(const QString &text, bool *changed);
    static QString truncateTitle(const QString &title, bool *changed);
    static QString truncateText(const QString &text, qsizetype limit, bool *changed);
    // Multi-line text: no spaces at line ends, at most one blank line in a
    // row, trimmed.
    static QString tidyText(const QString &text);

    // A title for a text: the text with whitespace collapsed if it is at most
    // 60 characters; else its first sentence (up to the first 。？！?!) if that
    // is; else its first 60 characters and "…".
    static QString titleFromText(const QString &text);

private:
    Options m_options;
};

} // namespace qingnang
