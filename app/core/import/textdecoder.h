// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QByteArray>
#include <QString>

namespace qingnang {

enum class TextEncoding { Utf8, Gb18030 };

enum class EncodingPolicy {
    Detect,      // UTF-8 (with or without BOM), else GB18030
    RequireUtf8, // JSON: UTF-8 only
};

struct DecodedText
{
    QString text;                               // line ends normalised to LF, no BOM
    TextEncoding encoding = TextEncoding::Utf8; // what the bytes were read as
    qint64 repaired = 0;                        // undecodable sequences replaced by U+FFFD
};

// Decodes a file's bytes. A UTF-8 byte-order mark means UTF-8 (the mark is
// dropped). Otherwise valid UTF-8 is UTF-8 -- so is UTF-8 with a rare bad
// sequence among a hundred times as many good non-ASCII characters -- and
// anything else is read as GB18030 (with RequireUtf8: is repaired as UTF-8).
// Undecodable sequences and NUL bytes become U+FFFD and are counted; a few are
// accepted (tolerableRepairs()), more are fatal, with *error naming the file.
// CRLF and lone CR become LF.
bool decodeText(const QByteArray &bytes, const QString &fileName, EncodingPolicy policy,
                DecodedText *decoded, ImportError *error);

// How many undecodable sequences a file of this size may have and still be
// read: one per 10,000 bytes, at least one, at most 1,000.
qint64 tolerableRepairs(qint64 size);

// CRLF and lone CR become LF.
QString normalizeLineEnds(QString text);

} // namespace qingnang
