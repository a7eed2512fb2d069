// SPDX-License-Identifier: MIT
#include "userdatatext.h"

#include "address/pageurl.h"

namespace qingnang::userdata {

namespace {

// Empty, but not null: Qt binds a null QString as SQL NULL, and the store's
// text columns are NOT NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// NULs out and unpaired surrogates replaced; with oneLine, control characters
// and line or paragraph separators become spaces.
QString scrub(const QString &text, bool oneLine)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else if (c.unicode() == 0) {
            continue;
        } else if (oneLine && (c.unicode() < 0x20 || c.unicode() == 0x7F ||
                               c == QChar::LineSeparator || c == QChar::ParagraphSeparator)) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString cleanLine(const QString &text, int maxLength)
{
    QString line = scrub(text, true).simplified();
    if (line.size() > maxLength) {
        qsizetype cut = maxLength;
        if (line.at(cut - 1).isHighSurrogate()) {
            --cut; // keep the pair whole
        }
        line.truncate(cut);
        line = line.trimmed();
    }
    return nonNull(line);
}

QString cleanNote(const QString &text)
{
    return nonNull(scrub(text, false));
}

QString checkPageUrl(const QUrl &url)
{
    if (url.isEmpty()) {
        return QStringLiteral("no page address given");
    }
    const QString shown = url.toString(QUrl::FullyEncoded).left(200);
    if (!url.isValid() || pageurl::parse(url).kind == PageKind::Invalid) {
        return QStringLiteral("not a Qingnang page address: \"%1\"").arg(shown);
    }
    if (storedUrl(url).size() > maxUrlLength) {
        return QStringLiteral("the page address is longer than %1 characters").arg(maxUrlLength);
    }
    return {};
}

QString pageKey(const QUrl &url)
{
    return pageurl::withoutFragment(url).toString(QUrl::FullyEncoded);
}

QString storedUrl(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString packOf(const QUrl &url)
{
    return nonNull(pageurl::parse(url).packId);
}

} // namespace qingnang::userdata
