// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace qingnang {

// The record readers of each input format. Each works on one file's bytes in
// memory: it decodes them (counting stats->repairedEncoding), and hands every
// record it finds, raw (before RecordCleaner), to `sink`. fileName is the path
// as the user gave it: messages name it, and records' `location` is
// "fileName:LINE"; `ref` uses the file's name without its directory, so that
// it does not depend on where the import ran.
//
// Each returns true at the end of the file. On a fatal problem it returns
// false with error->message one line "FILE:LINE: what" (or "FILE: what"); if
// the sink returns false it stops and returns false with error->message empty.
// `progress`, if set, is told how many of the file's bytes are done, at least
// every ~1 MB.

// Receives each record as it is found; may change it. False stops the parser.
using ParsedRecordSink = std::function<bool(ImportRecord &record)>;
using FileProgress = std::function<void(qint64 bytesDone)>;

// jsonl: one JSON object a line, blank lines ignored (docs/pack-format.md).
bool parseJsonl(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                ImportStats *stats, ImportError *error, const FileProgress &progress = {});

// dialogue-csv, a .csv file: a header row naming department, title, ask and
// answer (any order and case; more columns are ignored), then one question a
// row, under [topDepartment, department] (just [topDepartment] when the row's
// department is empty).
bool parseDialogueCsv(const QByteArray &bytes, const QString &fileName,
                      const QString &topDepartment, const ParsedRecordSink &sink,
                      ImportStats *stats, ImportError *error, const FileProgress &progress = {});

// dialogue-csv, a .txt dump: records "TITLE,ASK\nANSWER…" separated by blank
// lines (two or more when the file uses them, as the real dump does, so that an
// answer may hold a single blank line), under [topDepartment].
bool parseDialogueDump(const QByteArray &bytes, const QString &fileName,
                       const QString &topDepartment, const ParsedRecordSink &sink,
                       ImportStats *stats, ImportError *error, const FileProgress &progress = {});

// huatuo-json: a JSON array of {"id", "instruction", "input", "output"}.
bool parseHuatuoJson(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                     ImportStats *stats, ImportError *error, const FileProgress &progress = {});

// tcm-books: one book, <篇名>/<目录> markers and 内容：/属性： bodies.
bool parseTcmBook(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                  ImportStats *stats, ImportError *error, const FileProgress &progress = {});

// The top department of a dialogue file: the last run of Chinese characters
// in its base name (样例_内科5000-6000.csv → 内科), else 未分科.
QString departmentFromFileName(const QString &fileName);

// A tcm-books book's title when it has neither 书名 nor a leading <篇名>: the
// file name without its "NNN-" prefix and extension.
QString bookTitleFromFileName(const QString &fileName);

} // namespace qingnang
