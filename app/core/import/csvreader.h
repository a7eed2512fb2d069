// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QString>
#include <QStringList>

namespace qingnang {

// Reads RFC 4180 CSV from decoded text (line ends already LF): fields separated
// by commas, optionally in double quotes, where "" is a quote and commas and
// line breaks are text. Lines that are entirely empty are skipped. Keeps line
// numbers for messages.
class CsvReader
{
public:
    CsvReader(QString text, QString fileName);

    // Reads the next row into *fields and its first line into *line. Returns
    // false at the end (error->message empty) or on an error: a quoted field
    // still open at the end of the file ("FILE:LINE: the file ends inside a
    // quoted field (cut mid-record?)", LINE being where the row starts).
    bool readRow(QStringList *fields, qsizetype *line, ImportError *error);

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; } // in characters, for progress
    qsizetype size() const { return m_text.size(); }

private:
    QString m_text;
    QString m_fileName;
    qsizetype m_pos = 0;
    qsizetype m_line = 1; // the line at m_pos
};

} // namespace qingnang
