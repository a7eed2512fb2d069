// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPalette;

namespace qingnang {

// The colours a page is drawn in.
struct ReaderColors
{
    QColor text;
    QColor muted;
    QColor link;
    QColor rule;
    QColor tint;
    QColor hit;

    // From a palette: the window's theme.
    static ReaderColors fromPalette(const QPalette &palette);
    // For paper: black on white.
    static ReaderColors forPrint();
};

// The reader's style sheet (resources/style/reader.css) with its colours and
// sizes filled in; sizes are in the device's pixels, scaled from the reading
// font's size.
QString readerStyleSheet(const ReaderColors &colors, int fontPixelSize);

// The reading font: a CJK face where there is one, at this pixel size.
QFont readerFont(const QFont &base, int pixelSize);
// The same for PDF and paper. Qt's PDF writer maps each glyph back to the lowest
// code point that uses it, and Noto Sans CJK draws a Kangxi radical and its
// ideograph with one glyph, so text copied out of the PDF would read ⾯ for 面:
// WenQuanYi Zen Hei, whose radicals have glyphs of their own, comes first.
QFont printFont(const QFont &base, int pixelSize);

} // namespace qingnang
