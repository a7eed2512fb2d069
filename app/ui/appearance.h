// SPDX-License-Identifier: MIT
#pragma once

#include "preferences.h"

#include <QPalette>

namespace qingnang {

// The application's palette and font for the preferences: light, dark or the
// system's theme, optionally in high contrast, optionally with larger text.
// Widgets, the reader's pages and its delegates all draw from the palette, so
// changing it changes everything live.
void applyAppearance(const Preferences &preferences);

// The palette a theme uses (System: the style's own).
QPalette themePalette(Preferences::Theme theme, bool highContrast);

// How much larger text is with "large text" on.
inline constexpr qreal largeTextFactor = 1.25;

} // namespace qingnang
