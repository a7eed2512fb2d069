// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace qingnang {

// One document read from a source, before it goes into a pack. Importers turn
// their input format into these; ImportSink (importsink.h) puts them in a pack.
struct ImportRecord
{
    enum class Kind { Article, Question };

    Kind kind = Kind::Question;
    QStringList topicPath; // department > sub-department > topic; at least one name
    QString title;
    // Articles: the text, in the Markdown subset of docs/pack-format.md; a line
    // "## Heading" starts a section. Questions: the patient's full question.
    QString body;
    QStringList answers; // questions only
    QString ref;         // the source's id for the record (file:line, "id" field…)
    QString author;      // articles: author, e.g. of a classical book
    QString period;      // articles: e.g. the dynasty
    QString source;      // where the record came from, shown in the meta line
    QString location;    // "FILE:LINE" of the record, for messages
};

// What an importer found wrong in its input and did about it. Every record
// read is either imported or counted as skipped; every change is counted.
// recordsRead == recordsImported + skippedEmpty + skippedDuplicate. The repaired*
// counters count records changed, except repairedEncoding (byte sequences).
struct ImportStats
{
    qint64 recordsRead = 0;       // records found in the input
    qint64 recordsImported = 0;   // records passed to the sink
    qint64 skippedEmpty = 0;      // no title and no text: nothing to import
    qint64 skippedDuplicate = 0;  // the same record again
    qint64 repairedTitle = 0;     // empty title made from the start of the text
    qint64 repairedEntities = 0;  // HTML entities (&amp; &nbsp; &#x..;) decoded
    qint64 repairedControl = 0;   // control characters removed
    qint64 repairedTruncated = 0; // over-long fields cut
    qint64 repairedEncoding = 0;  // undecodable byte sequences replaced (U+FFFD)
    qint64 repairedMarkup = 0;    // HTML tags (tcm-books: the \x \r \p… markers) removed
    qint64 keptWithoutText = 0;   // imported with a title but no body and no answers
    qint64 bytesRead = 0;         // input size, for progress
};

// An error that stops the import: one line naming the file (and line).
struct ImportError
{
    QString message; // "FILE:LINE: what is wrong" or "FILE: what is wrong"
};

// Receives records as they are read. Returning false stops the importer
// (e.g. interrupted, or the pack could not be written).
using RecordSink = std::function<bool(const ImportRecord &)>;

// Called with bytes consumed so far and the total, for a progress line.
using ProgressSink = std::function<void(qint64 done, qint64 total)>;

} // namespace qingnang
