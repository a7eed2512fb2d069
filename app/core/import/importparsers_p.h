// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the parsers (importparsers.h); not part of the API.

#include "importparsers.h"
#include "textdecoder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace qingnang::importdetail {

// "FILE:LINE" with the path as given, for messages and ImportRecord::location.
inline QString location(const QString &fileName, qsizetype line)
{
    return QDir::toNativeSeparators(fileName) + QLatin1Char(':') + QString::number(line);
}

// "NAME:LINE" with the file's name alone, for ImportRecord::ref.
inline QString reference(const QString &fileName, qsizetype line)
{
    return QFileInfo(fileName).fileName() + QLatin1Char(':') + QString::number(line);
}

inline bool fail(ImportError *error, const QString &where, const QString &what)
{
    error->message = where + QStringLiteral(": ") + what;
    return false;
}

// How every parser begins: *error cleared, the file's bytes decoded
// (decodeText()) and the sequences that needed repair counted in *stats.
inline bool decodeInput(const QByteArray &bytes, const QString &fileName, EncodingPolicy policy,
                        ImportStats *stats, DecodedText *decoded, ImportError *error)
{
    error->message.clear();
    if (!decodeText(bytes, fileName, policy, decoded, error)) {
        return false;
    }
    stats->repairedEncoding += decoded->repaired;
    return true;
}

// utf8 read as JSON; nothing on a syntax error, with *problem saying what
// ("invalid JSON (… at column N)") and *line which line of utf8 it is on
// (from 1; line may be null when utf8 is one line).
inline std::optional<QJsonDocument> readJson(const QByteArray &utf8, QString *problem,
                                             qsizetype *line)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        return document;
    }
    const QByteArray before = utf8.left(parseError.offset);
    if (line) {
        *line = before.count('\n') + 1;
    }
    const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    *problem =
        QStringLiteral("invalid JSON (%1 at column %2)").arg(parseError.errorString()).arg(column);
    return std::nullopt;
}

// "expected a JSON <expected>, found <what document is>", for a document not
// of the type expected.
inline QString notExpectedJson(const QString &expected, const QJsonDocument &document)
{
    const QString found = document.isObject()  ? QStringLiteral("an object")
                          : document.isArray() ? QStringLiteral("an array")
                                               : QStringLiteral("a single value");
    return QStringLiteral("expected a JSON %1, found %2").arg(expected, found);
}

// Reports progress through a file's text in bytes, scaled from characters, at
// most every ~1 MB.
class ProgressTicker
{
public:
    ProgressTicker(const FileProgress &progress, qint64 bytes, qint64 characters)
        : m_progress(progress)
        , m_bytes(bytes)
        , m_characters(std::max<qint64>(characters, 1))
    {}

    void at(qint64 character)
    {
        if (!m_progress) {
            return;
        }
        const qint64 done = m_bytes * std::min(character, m_characters) / m_characters;
        if (done - m_reported >= Step) {
            m_reported = done;
            m_progress(done);
        }
    }

private:
    static constexpr qint64 Step = 1 << 20;
    const FileProgress &m_progress;
    qint64 m_bytes;
    qint64 m_characters;
    qint64 m_reported = 0;
};

} // namespace qingnang::importdetail
