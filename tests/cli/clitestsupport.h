// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the tests that run `qingnang-pack import` as a user does: runs
// of the real executable, the import's summary on stdout, `info --json`.

#include "testsupport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace qingnang::test {

struct Run
{
    int status = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
};

// Runs command (a program and its arguments).
inline Run runCommand(const QStringList &command, int timeoutMs = 10 * 60 * 1000)
{
    Run run;
    run.status = runProgram(command.first(), command.mid(1), &run.out, &run.err, timeoutMs);
    return run;
}

inline Run runPackTool(const QStringList &arguments, int timeoutMs = 10 * 60 * 1000)
{
    return runCommand(QStringList{packTool()} + arguments, timeoutMs);
}

// The counts an import prints on stdout when it succeeds:
//   records read: R, imported: I, skipped: S (E empty, D duplicates)
//   repaired: … N undecodable byte sequences
struct ImportSummary
{
    bool valid = false;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 empty = 0;
    qint64 duplicates = 0;
    qint64 undecodable = 0;
};

inline ImportSummary parseImportSummary(const QByteArray &out)
{
    ImportSummary summary;
    const QString text = QString::fromUtf8(out);
    static const QRegularExpression records(
        QStringLiteral("^records read: (\\d+), imported: (\\d+), skipped: (\\d+) \\((\\d+) "
                       "empty, (\\d+) duplicates?\\)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression repaired(
        QStringLiteral("^repaired: .*, (\\d+) undecodable byte sequences?$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = records.match(text);
    const QRegularExpressionMatch repairs = repaired.match(text);
    if (!match.hasMatch() || !repairs.hasMatch()) {
        return summary;
    }
    summary.read = match.captured(1).toLongLong();
    summary.imported = match.captured(2).toLongLong();
    summary.skipped = match.captured(3).toLongLong();
    summary.empty = match.captured(4).toLongLong();
    summary.duplicates = match.captured(5).toLongLong();
    summary.undecodable = repairs.captured(1).toLongLong();
    summary.valid = true;
    return summary;
}

// `qingnang-pack info --json PACK`; empty if it failed or printed no JSON object.
inline QJsonObject packInfo(const QString &pack)
{
    const Run run = runPackTool({QStringLiteral("info"), QStringLiteral("--json"), pack});
    if (run.status != 0) {
        qWarning().noquote() << "info" << pack << "failed:" << QString::fromUtf8(run.err);
        return {};
    }
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace qingnang::test
