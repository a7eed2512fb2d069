// SPDX-License-Identifier: MIT
#pragma once

#include "importrecord.h"

#include <QHash>
#include <QString>

namespace qingnang {

class PackWriter;

// Puts imported records into a pack: makes the topic tree from the records'
// paths (parents before children, in order of first appearance), gives topics
// and articles unique slugs, splits article bodies into sections at "## "
// lines, and keeps each record's ref.
class ImportSink
{
public:
    explicit ImportSink(PackWriter *writer);

    // False when the writer failed (see PackWriter::errorString()).
    bool add(const ImportRecord &record);

    qint64 topics() const { return m_topicIds.size(); }
    qint64 articles() const { return m_articles; }
    qint64 questions() const { return m_questions; }

    // Deepest topic path accepted; deeper paths are cut (the rest joined into the last name).
    static constexpr int maxDepth = 8;

private:
    qint64 topicFor(const QStringList &path);
    QString uniqueSlug(const QString &wanted);

    PackWriter *m_writer;
    QHash<QString, qint64> m_topicIds;  // path joined by U+001F → id
    QHash<qint64, int> m_childCount;    // topic id → children made so far (position)
    QHash<qint64, int> m_articleCount;  // topic id → articles so far
    QHash<qint64, int> m_questionCount; // topic id → questions so far
    QHash<QString, int> m_slugs;        // slugs used
    qint64 m_articles = 0;
    qint64 m_questions = 0;
};

} // namespace qingnang
