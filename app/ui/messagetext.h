// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace qingnang {

// A message box's informative text is read as markup when it looks like some;
// this shows text as it is (file names come from anywhere), line breaks kept.
inline QString asPlainText(const QString &text)
{
    return QStringLiteral("<p>%1</p>")
        .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

} // namespace qingnang
