// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace qingnang {

// The input formats of `qingnang-pack import` (docs/pack-format.md):
//   jsonl         our interchange format, one JSON object a line
//   dialogue-csv  patient Q&A: .csv (department,title,ask,answer) or the .txt dump
//   huatuo-json   a JSON array of {"id", "instruction", "input", "output"}
//   tcm-books     classical books, one .txt each (directories: their *.txt)
//   zim           a ZIM file (Kiwix), read by importZim() (zimimporter.h), not runImporter()
enum class ImportFormat { Jsonl, DialogueCsv, HuatuoJson, TcmBooks, Zim };

// "jsonl", "dialogue-csv", "huatuo-json", "tcm-books", "zim" (exactly; nothing else).
std::optional<ImportFormat> importFormatFromName(const QString &name);
QString importFormatName(ImportFormat format);
QStringList importFormatNames();

struct ImportOptions
{
    // dialogue-csv: the top department of every record; empty: each file's
    // own, from its name (departmentFromFileName(): 内科.txt → 内科).
    QString department;
};

// The files an import of these inputs reads, in order, and their total size.
// tcm-books takes directories (their *.txt files, sorted by name, not
// recursive, but for README.txt, SOURCES.txt, LICENSE.txt and the like, which
// describe the books and are skipped with a warning; none left is fatal: "DIR:
// no books (*.txt) found", naming the skipped files instead of warning) and
// files; the other formats take files. On a problem returns false with one
// line in *error.
bool listImportFiles(ImportFormat format, const QStringList &inputs, QStringList *files,
                     qint64 *totalBytes, ImportError *error);

// Reads every input in order; cleans each record (RecordCleaner), skips empty
// records and the same record again (RecordDeduplicator; across all inputs),
// and passes the rest to `sink`. Progress (may be empty) is told the bytes
// done and the total at least once a file and every ~1 MB inside one.
// *stats is reset first and always tells what was read, even on failure.
// Returns false and sets *error to one line naming the file (and line) on the
// first fatal problem; returns false with error->message empty if the sink
// returned false. stats and error may be null.
bool runImporter(ImportFormat format, const QStringList &inputs, const ImportOptions &options,
                 const RecordSink &sink, const ProgressSink &progress, ImportStats *stats,
                 ImportError *error);

} // namespace qingnang
