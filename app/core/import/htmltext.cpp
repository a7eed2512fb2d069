// SPDX-License-Identifier: MIT
#include "htmltext.h"

#include <QHash>

namespace qingnang::htmltext {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},    {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},     {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},  {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("ensp"), U' '},   {QStringLiteral("emsp"), U' '},
        {QStringLiteral("thinsp"), U' '}, {QStringLiteral("middot"), U'·'},
        {QStringLiteral("mdash"), U'—'},  {QStringLiteral("ndash"), U'–'},
        {QStringLiteral("hellip"), U'…'}, {QStringLiteral("copy"), U'©'},
        {QStringLiteral("reg"), U'®'},    {QStringLiteral("times"), U'×'},
        {QStringLiteral("divide"), U'÷'}, {QStringLiteral("deg"), U'°'},
        {QStringLiteral("plusmn"), U'±'}, {QStringLiteral("micro"), U'µ'},
        {QStringLiteral("lsquo"), U'‘'},  {QStringLiteral("rsquo"), U'’'},
        {QStringLiteral("ldquo"), U'“'},  {QStringLiteral("rdquo"), U'”'},
        {QStringLiteral("le"), U'≤'},     {QStringLiteral("ge"), U'≥'},
        {QStringLiteral("larr"), U'←'},   {QStringLiteral("rarr"), U'→'},
        {QStringLiteral("bull"), U'•'},   {QStringLiteral("sup2"), U'²'},
        {QStringLiteral("sup3"), U'³'},   {QStringLiteral("frac12"), U'½'},
        {QStringLiteral("alpha"), U'α'},  {QStringLiteral("beta"), U'β'},
        {QStringLiteral("gamma"), U'γ'},  {QStringLiteral("mu"), U'μ'},
    };
    return entities;
}

} // namespace

// Where the bytes stop being UTF-8 (-1: they are UTF-8 throughout), and
// whether a NUL byte is what stopped them.
qsizetype invalidUtf8At(QByteArrayView bytes, bool *nul)
{
    *nul = false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c == 0) {
            *nul = true;
            return i;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (size - i < length) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return i;
        }
        i += length;
    }
    return -1;
}

// Decodes the entities of text; unknown ones stay as they are.
QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype semicolon =
            c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        char32_t cp = 0;
        bool ok = false;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 &&
                             (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint value = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            ok = ok && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
            cp = value;
        } else if (const auto it = namedEntities().constFind(name.toString());
                   it != namedEntities().cend()) {
            cp = *it;
            ok = true;
        }
        if (!ok) {
            out += c;
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i = semicolon;
    }
    return out;
}

} // namespace qingnang::htmltext
