// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include <QDir>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

namespace qingnang {

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct Counter
{
    qint64 count = 0;
    qint64 limit = 0; // stop converting beyond this many
};

// Replaces each undecodable sequence by U+FFFD and counts it; gives up once
// there are more than the limit (the text is not in this encoding).
void countingToUnicode(const void *context, UConverterToUnicodeArgs *args, const char *, int32_t,
                       UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) {
        return; // reset, close, clone: nothing to do
    }
    auto *counter = static_cast<Counter *>(const_cast<void *>(context));
    if (++counter->count > counter->limit) {
        return; // *status still holds the error: the conversion stops
    }
    *status = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

enum class Conversion { Done, TooManyErrors, Unavailable };

// Converts with ICU, counting undecodable sequences into *repaired.
Conversion convert(const char *encoding, const char *data, qsizetype size, qint64 limit,
                   QString *text, qint64 *repaired)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status)) {
        return Conversion::Unavailable;
    }
    Counter counter{0, limit};
    ucnv_setToUCallBack(converter.get(), countingToUnicode, &counter, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        return Conversion::Unavailable;
    }
    // Every encoding here needs at least one byte per UTF-16 unit, and every
    // replaced sequence is at least one byte: the input size is enough room.
    QString result(size + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(result.data()),
                                         int32_t(result.size()), data, int32_t(size), &status);
    *repaired = counter.count;
    if (counter.count > limit) {
        return Conversion::TooManyErrors;
    }
    if (U_FAILURE(status) || length > result.size()) {
        return Conversion::Unavailable;
    }
    result.truncate(length);
    *text = std::move(result);
    return Conversion::Done;
}

// NUL bytes decode "fine" but mean binary data: count each as undecodable.
qint64 replaceNuls(QString *text)
{
    const qint64 count = text->count(QChar(0));
    if (count > 0) {
        text->replace(QChar(0), QChar(0xFFFD));
    }
    return count;
}

// A UTF-8 file with a rare bad byte is still UTF-8: its valid multi-byte
// characters far outnumber the errors. GB18030 text read as UTF-8 fails on
// nearly every Chinese character and has few valid multi-byte sequences.
bool looksLikeDamagedUtf8(const QString &text, qint64 errors)
{
    qint64 nonAscii = 0;
    for (const QChar c : text) {
        nonAscii += (c.unicode() >= 0x80 && c.unicode() != 0xFFFD) ? 1 : 0;
    }
    return nonAscii >= 100 * errors;
}

// UTF-16 text with ASCII in it (line ends at least): NUL bytes, the high
// bytes of ASCII characters, mostly at odd offsets (UTF-16LE) or mostly at
// even ones (BE); a few fall on the other side (U+xx00 characters). Binary
// data has about as many at either. (A UTF-16 byte-order mark alone proves
// little: the bytes FF FE start many a damaged file too.)
bool looksLikeUtf16(const char *data, qsizetype size, qint64 nulBytes, qint64 tolerable)
{
    if (nulBytes <= tolerable) {
        return false;
    }
    qint64 even = 0;
    for (qsizetype i = 0; i < size; i += 2) {
        even += data[i] == '\0' ? 1 : 0;
    }
    const qint64 odd = nulBytes - even;
    const qint64 more = std::max(even, odd);
    return more >= 32 && more >= 3 * std::min(even, odd);
}

} // namespace

qint64 tolerableRepairs(qint64 size)
{
    return std::clamp<qint64>(size / 10000, 1, 1000);
}

QString normalizeLineEnds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool decodeText(const QByteArray &bytes, const QString &fileName, EncodingPolicy policy,
                DecodedText *decoded, ImportError *error)
{
    const QString file = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &what) {
        error->message = file + QStringLiteral(": ") + what;
        return false;
    };
    if (bytes.size() >= std::numeric_limits<int32_t>::max()) {
        return fail(QStringLiteral("is too large to read as text"));
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const char *data = bytes.constData() + (bom ? 3 : 0);
    const qsizetype size = bytes.size() - (bom ? 3 : 0);
    const qint64 tolerable = tolerableRepairs(bytes.size());
    const qint64 nulBytes = memchr(data, 0, size_t(size)) ? std::count(data, data + size, '\0') : 0;
    const QString unavailable = QStringLiteral("the %1 decoder is not available");
    if (!bom && looksLikeUtf16(data, size, nulBytes, tolerable)) {
        return fail(QStringLiteral("is UTF-16 text, which is not read (%1): convert it to UTF-8")
                        .arg(policy == EncodingPolicy::RequireUtf8
                                 ? QStringLiteral("JSON input must be UTF-8")
                                 : QStringLiteral("only UTF-8 and GB18030 are")));
    }

    // UTF-8 first. A GB18030 file fails on its first Chinese characters; give
    // up on UTF-8 as soon as there are more errors than a damaged file has.
    QString text;
    qint64 repaired = 0;
    const Conversion utf8 = convert("UTF-8", data, size, tolerable, &text, &repaired);
    if (utf8 == Conversion::Unavailable) {
        return fail(unavailable.arg(QStringLiteral("UTF-8")));
    }
    TextEncoding encoding = TextEncoding::Utf8;
    const bool readAsUtf8 = bom || policy == EncodingPolicy::RequireUtf8;
    if (utf8 == Conversion::TooManyErrors && readAsUtf8) {
        if (nulBytes > tolerable) {
            return fail(QStringLiteral("is not a text file (it contains NUL bytes)"));
        }
        if (policy == EncodingPolicy::RequireUtf8) {
            return fail(QStringLiteral("is not valid UTF-8 (more than %1 undecodable byte "
                                       "sequences; JSON input must be UTF-8)")
                            .arg(tolerable));
        }
        return fail(QStringLiteral("is not valid UTF-8 (more than %1 undecodable byte "
                                   "sequences) although it starts with a UTF-8 byte-order mark")
                        .arg(tolerable));
    }
    if (repaired > 0 && !readAsUtf8 &&
        (utf8 == Conversion::TooManyErrors || !looksLikeDamagedUtf8(text, repaired))) {
        qint64 gbRepaired = 0;
        const Conversion gb = convert(
            "GB18030", data, size, tolerable - std::min(nulBytes, tolerable), &text, &gbRepaired);
        if (gb == Conversion::Unavailable) {
            return fail(unavailable.arg(QStringLiteral("GB18030")));
        }
        if (gb == Conversion::TooManyErrors || gbRepaired + nulBytes > tolerable) {
            if (nulBytes > tolerable) {
                return fail(QStringLiteral("is not a text file (it contains NUL bytes)"));
            }
            return fail(QStringLiteral("cannot detect the text encoding (neither UTF-8 nor "
                                       "GB18030)"));
        }
        repaired = gbRepaired;
        encoding = TextEncoding::Gb18030;
    }
    repaired += replaceNuls(&text);
    if (repaired > tolerable) {
        return fail(QStringLiteral("is not a text file (it contains NUL bytes)"));
    }
    decoded->text = normalizeLineEnds(std::move(text));
    decoded->encoding = encoding;
    decoded->repaired = repaired;
    return true;
}

} // namespace qingnang
