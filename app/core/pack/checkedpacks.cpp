// SPDX-License-Identifier: MIT
#include "checkedpacks.h"

#include "util/sqliteheader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace qingnang {

namespace {
constexpr qint64 maxRecordBytes = 64 * 1024; // a record larger than this is not ours
}

CheckedPacks::CheckedPacks(const QString &file, bool writable)
    : m_file(file)
    , m_writable(writable && !file.isEmpty())
{
    QFile record(m_file);
    if (m_file.isEmpty() || record.size() > maxRecordBytes || !record.open(QIODevice::ReadOnly)) {
        return;
    }
    const QStringList lines = QString::fromUtf8(record.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.isEmpty() && m_entries.size() < maxEntries) {
            m_entries.append(line);
        }
    }
}

QString CheckedPacks::defaultFile()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return cache.isEmpty() ? QString() : cache + QStringLiteral("/checked-packs");
}

// One line: size, last change in milliseconds, SQLite's change counter, path.
// A file rewritten in place changes at least one of the first three.
QString CheckedPacks::fingerprint(const QString &path)
{
    const QFileInfo info(path);
    const sqliteheader::Header header = sqliteheader::read(path);
    if (!info.isFile() || header.state != sqliteheader::Header::State::Read) {
        return {};
    }
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(header.changeCounter)
        .arg(info.absoluteFilePath());
}

bool CheckedPacks::contains(const QString &path) const
{
    const QString print = fingerprint(path);
    return !print.isEmpty() && m_entries.contains(print);
}

void CheckedPacks::remember(const QString &path)
{
    const QString print = fingerprint(path);
    if (print.isEmpty() || print.contains(QLatin1Char('\n'))) {
        return;
    }
    // A file changed since it was last recorded has one line, its newest.
    const QString where = print.section(QLatin1Char('\t'), 3);
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&where](const QString &line) {
                                       return line.section(QLatin1Char('\t'), 3) == where;
                                   }),
                    m_entries.end());
    m_entries.prepend(print);
    while (m_entries.size() > maxEntries) {
        m_entries.removeLast();
    }
    if (!m_writable || !QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        return;
    }
    QSaveFile record(m_file);
    if (record.open(QIODevice::WriteOnly)) {
        record.write((m_entries.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        record.commit();
    }
}

} // namespace qingnang
