// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the importer tests: encodings made at test time, and records
// collected from a parser or a whole import.

#include "import/importers.h"
#include "import/importparsers.h"
#include "import/recordcleaner.h"
#include "testsupport.h"

#include <QList>
#include <QStringEncoder>
#include <QTest>

namespace qingnang::test {

// Text in GB18030, as the real dialogue and book files are.
inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid()) {
        qFatal("this Qt has no GB18030 encoder (it is built without ICU)");
    }
    return encoder(text);
}

inline QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// LF line ends as CRLF, as some of the real books have.
inline QByteArray withCrlf(QByteArray bytes)
{
    return bytes.replace("\n", "\r\n");
}

// Each line with spaces at its end, as the real books have.
inline QString withTrailingSpaces(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.isEmpty()) {
            line += QStringLiteral(" ");
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// What a parser gave: its raw records, counters and error.
struct Parsed
{
    bool ok = false;
    QList<ImportRecord> records;
    ImportStats stats;
    ImportError error;
};

using Parser = std::function<bool(const QByteArray &, const QString &, const ParsedRecordSink &,
                                  ImportStats *, ImportError *)>;

inline Parsed parse(const Parser &parser, const QByteArray &bytes, const QString &fileName)
{
    Parsed result;
    result.ok = parser(
        bytes, fileName,
        [&](ImportRecord &record) {
            result.records.append(record);
            return true;
        },
        &result.stats, &result.error);
    return result;
}

// What a whole import passed to its sink.
struct Imported
{
    bool ok = false;
    QList<ImportRecord> records;
    ImportStats stats;
    ImportError error;
};

inline Imported import(ImportFormat format, const QStringList &inputs,
                       const ImportOptions &options = {}, const ProgressSink &progress = {})
{
    Imported result;
    result.ok = runImporter(
        format, inputs, options,
        [&](const ImportRecord &record) {
            result.records.append(record);
            return true;
        },
        progress, &result.stats, &result.error);
    return result;
}

// Every record read is imported or counted as skipped.
inline bool balanced(const ImportStats &stats)
{
    return stats.recordsRead == stats.recordsImported + stats.skippedEmpty + stats.skippedDuplicate;
}

} // namespace qingnang::test
