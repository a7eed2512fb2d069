// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include <QDir>

namespace qingnang {

CsvReader::CsvReader(QString text, QString fileName)
    : m_text(std::move(text))
    , m_fileName(std::move(fileName))
{}

bool CsvReader::readRow(QStringList *fields, qsizetype *line, ImportError *error)
{
    error->message.clear();
    fields->clear();
    // Skip empty lines between rows.
    while (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n')) {
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= m_text.size()) {
        return false;
    }
    *line = m_line;
    const QChar quote = QLatin1Char('"');
    QString field;
    bool quoted = false;       // inside a quoted part of the field
    bool fieldStarted = false; // anything of this field read yet
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == quote) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == quote) {
                    field += quote; // "" inside quotes
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++m_line;
                }
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            fields->append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            fields->append(field);
            return true;
        } else if (c == quote && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else {
            // A quote inside an unquoted field, or text after a closing quote,
            // is kept as text (as most CSV readers do).
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        error->message =
            QDir::toNativeSeparators(m_fileName) +
            QStringLiteral(":%1: the file ends inside a quoted field (cut mid-record?)").arg(*line);
        fields->clear();
        return false;
    }
    fields->append(field); // the last row without a final line break
    return true;
}

} // namespace qingnang
