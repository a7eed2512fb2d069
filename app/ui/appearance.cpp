// SPDX-License-Identifier: MIT
#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace qingnang {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x28, 0x2b);
    const QColor base(0x1d, 0x1f, 0x21);
    const QColor text(0xe3, 0xe3, 0xe0);
    const QColor muted(0x8e, 0x90, 0x92);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2e, 0x31, 0x35));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x41));
    palette.setColor(QPalette::Midlight, QColor(0x32, 0x35, 0x39));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, muted);
    }
    return palette;
}

QPalette highContrastPalette(bool dark)
{
    QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    const QColor background = dark ? QColor(0, 0, 0) : QColor(0xff, 0xff, 0xff);
    const QColor foreground = dark ? QColor(0xff, 0xff, 0xff) : QColor(0, 0, 0);
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
          QPalette::ToolTipBase}) {
        palette.setColor(QPalette::Active, role, background);
        palette.setColor(QPalette::Inactive, role, background);
    }
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::PlaceholderText}) {
        palette.setColor(QPalette::Active, role, foreground);
        palette.setColor(QPalette::Inactive, role, foreground);
    }
    palette.setColor(QPalette::Link, dark ? QColor(0xff, 0xeb, 0x3b) : QColor(0x00, 0x00, 0xc8));
    palette.setColor(QPalette::Highlight, dark ? QColor(0xff, 0xeb, 0x3b) : QColor(0, 0, 0x8b));
    palette.setColor(QPalette::HighlightedText, dark ? QColor(0, 0, 0) : QColor(0xff, 0xff, 0xff));
    return palette;
}

} // namespace

QPalette themePalette(Preferences::Theme theme, bool highContrast)
{
    const bool dark = theme == Preferences::Theme::Dark;
    if (highContrast) {
        return highContrastPalette(dark);
    }
    switch (theme) {
    case Preferences::Theme::Dark:
        return darkPalette();
    case Preferences::Theme::Light:
        return QApplication::style()->standardPalette();
    case Preferences::Theme::System:
        break;
    }
    return QPalette(); // no role set: the platform theme's own palette
}

void applyAppearance(const Preferences &preferences)
{
    // The application's font as it started, before any "large text".
    static const QFont baseFont = QApplication::font();
    QFont font = baseFont;
    if (preferences.largeText()) {
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * largeTextFactor);
        } else {
            font.setPixelSize(qRound(font.pixelSize() * largeTextFactor));
        }
    }
    QApplication::setFont(font);
    QApplication::setPalette(themePalette(preferences.theme(), preferences.highContrast()));
}

} // namespace qingnang
