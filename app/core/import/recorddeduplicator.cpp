// SPDX-License-Identifier: MIT
#include "recorddeduplicator.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace qingnang {

namespace {

// Each part is length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
void addPart(QCryptographicHash *hash, const QString &text)
{
    const quint64 length = qToBigEndian<quint64>(quint64(text.size()));
    hash->addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash->addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                 text.size() * qsizetype(sizeof(QChar))));
}

} // namespace

quint64 RecordDeduplicator::key(const ImportRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const bool article = record.kind == ImportRecord::Kind::Article;
    addPart(&hash, article ? QStringLiteral("article") : QStringLiteral("question"));
    if (article) {
        addPart(&hash, QString::number(record.topicPath.size()));
        for (const QString &name : record.topicPath) {
            addPart(&hash, name);
        }
    }
    addPart(&hash, record.title);
    addPart(&hash, record.body);
    addPart(&hash, QString::number(record.answers.size()));
    for (const QString &answer : record.answers) {
        addPart(&hash, answer);
    }
    const QByteArray digest = hash.result();
    return qFromBigEndian<quint64>(digest.constData());
}

bool RecordDeduplicator::isDuplicate(const ImportRecord &record)
{
    const quint64 k = key(record);
    if (m_seen.contains(k)) {
        return true;
    }
    m_seen.insert(k);
    return false;
}

} // namespace qingnang
