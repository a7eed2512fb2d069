// SPDX-License-Identifier: MIT
#pragma once

// Byte- and character-level helpers of htmlsections.cpp; not part of the API.

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace qingnang::htmltext {

// Where the bytes stop being UTF-8 (-1: they are UTF-8 throughout; overlong
// forms and surrogates are not), and whether a NUL byte is what stopped them.
qsizetype invalidUtf8At(QByteArrayView bytes, bool *nul);

// Decodes the HTML entities of text (numeric ones, and the named ones pages
// commonly use); unknown ones stay as they are.
QString decodeEntities(QStringView text);

} // namespace qingnang::htmltext
