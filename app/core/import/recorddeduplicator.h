// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QSet>

namespace qingnang {

// Remembers the records of one import run by a 64-bit key (the start of a
// SHA-1 digest), never by their text, to find the same record again.
//
// The key covers the kind, title, body and answers, and for articles the topic
// path too. A question with its answers is the same question wherever it is
// filed (the dialogue dump repeats the CSV's questions under the department
// alone); a section of a book belongs to its book, so two books that share a
// section both keep it.
class RecordDeduplicator
{
public:
    // True if an equal record was seen before; otherwise remembers this one.
    bool isDuplicate(const ImportRecord &record);

    qsizetype size() const { return m_seen.size(); }

    static quint64 key(const ImportRecord &record);

private:
    QSet<quint64> m_seen;
};

} // namespace qingnang
