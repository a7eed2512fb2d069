// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

// Puts the interface in a language: "zh_CN", "en", or empty for the
// system's (Chinese locales get Chinese, every other one English). Loads
// Qingnang's translation and Qt's own (standard dialogs and buttons) and
// replaces the ones loaded before; widgets get a LanguageChange event.
// Returns the language now in use.
QString useLanguage(const QString &language);

// The language an empty choice means on this system.
QString systemLanguage();

} // namespace qingnang
