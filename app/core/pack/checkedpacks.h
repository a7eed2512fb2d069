// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace qingnang {

// Pack files that passed SQLite's quick check before, as they were then (where,
// how big, when last changed, SQLite's change counter): the same file need not
// be read through again at every start of the reader. Kept in one small text
// file (docs/user-data.md); a file that cannot be read is an empty record, and
// one that cannot be written is left as it is — the check then simply runs again.
class CheckedPacks
{
public:
    // file: where the record is kept (empty: nothing is kept). writable: false
    // in a private session, where the record is read but never written.
    CheckedPacks(const QString &file, bool writable);

    // Whether the pack file at path is, as far as its fingerprint tells, the
    // same file that passed the check before.
    bool contains(const QString &path) const;
    // Records that the pack file at path, as it is now, passed the check.
    void remember(const QString &path);

    // The record's usual place: the user's cache directory.
    static QString defaultFile();
    // The record keeps the latest files only.
    static constexpr int maxEntries = 32;

private:
    static QString fingerprint(const QString &path);

    QString m_file;
    bool m_writable;
    QStringList m_entries; // latest first
};

} // namespace qingnang
