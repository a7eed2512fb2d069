// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace qingnang {

struct VerifyReport
{
    QString openError;    // set when the file is not a pack we read at all
    QStringList problems; // damage found, first ones only (each one line)
    QStringList checks;   // what was checked, for the summary
    qint64 problemCount = 0;
    bool ok() const { return openError.isEmpty() && problemCount == 0; }
};

// The full check of a pack (`qingnang-pack verify`): SQLite's integrity check,
// then our own invariants — the tree has no cycles, every reference points at
// something that exists, the stored counts and checksum match the content, and
// the search index holds exactly the tokens of the text it indexes. Opens the
// file read-only and changes nothing.
VerifyReport verifyPack(const QString &path, int maxProblems = 20);

} // namespace qingnang
