// SPDX-License-Identifier: MIT
// Completing a pack: its counts, titles, search index and meta, then the rename
// that puts it in place.
#include "packwriter.h"

#include "packchecksum.h"
#include "util/logging.h"

#include <QDateTime>
#include <QFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace qingnang {

namespace {

bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return ::fsync(file.handle()) == 0;
}

} // namespace

bool PackWriter::writeTitles()
{
    double characters = 0;
    for (const TitleRow &title : m_titles) {
        characters += double(title.text.size());
    }
    m_meta.insert(
        QLatin1String(schema::meta::averageTitleLength),
        QString::number(m_titles.empty() ? 0.0 : characters / double(m_titles.size()), 'f', 2));
    // Shorter titles get smaller ids: among titles that match a query equally
    // well, the index then lists the shorter (more to the point) ones first,
    // which is what a search ranks by before it looks at each title.
    std::stable_sort(m_titles.begin(), m_titles.end(), [](const TitleRow &a, const TitleRow &b) {
        return a.text.size() < b.text.size();
    });
    for (const TitleRow &title : m_titles) {
        m_insertTitle.bind(1, qint64(title.kind));
        m_insertTitle.bind(2, title.targetId);
        m_insertTitle.bind(3, title.text);
        if (!m_insertTitle.exec()) {
            return failSql(QStringLiteral("cannot add a title"));
        }
    }
    m_titles.clear();
    return true;
}

bool PackWriter::buildIndex()
{
    // Asks m_cancelled now and then while SQLite works (building takes a while).
    struct Watch
    {
        PackWriter *writer;
        explicit Watch(PackWriter *w)
            : writer(w)
        {
            if (writer->m_cancelled) {
                sqlite3_progress_handler(
                    writer->m_db.handle(), 100000,
                    [](void *p) { return static_cast<PackWriter *>(p)->m_cancelled() ? 1 : 0; },
                    writer);
            }
        }
        ~Watch() { sqlite3_progress_handler(writer->m_db.handle(), 0, nullptr, nullptr); }
    } watch(this);
    const auto failed = [this](const QString &what) {
        return m_cancelled && m_cancelled() ? fail(QStringLiteral("interrupted")) : failSql(what);
    };
    // Both indexes read their text from the content tables in one pass each,
    // then are merged into a single segment for compact, fast lookups.
    for (const char *index : {schema::titleIndex, schema::passageIndex}) {
        const QString name = QLatin1String(index);
        if (!m_db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(name)) ||
            !m_db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(name))) {
            return failed(QStringLiteral("cannot build the search index"));
        }
    }
    // FTS5 keeps part of what it indexed in memory until the transaction
    // commits, and fts5vocab reads only what is written: commit first.
    if (!m_db.exec(QStringLiteral("COMMIT")) || !m_db.exec(QStringLiteral("BEGIN"))) {
        return failed(QStringLiteral("cannot write the search index"));
    }
    // The document frequencies of the commoner terms, so that a search need
    // not count them in the index at every query.
    int table = 0;
    for (const char *index : {schema::titleIndex, schema::passageIndex}) {
        ++table;
        const QString vocab = QStringLiteral("temp.writer_vocab_%1").arg(QLatin1String(index));
        if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(main, %2, 'row')")
                           .arg(vocab, QLatin1String(index))) ||
            !m_db.exec(QStringLiteral("INSERT INTO search_term (tbl, term, df)"
                                      " SELECT %1, term, doc FROM %2 WHERE doc >= %3")
                           .arg(table)
                           .arg(vocab)
                           .arg(schema::termCountFloor)) ||
            !m_db.exec(QStringLiteral("DROP TABLE %1").arg(vocab))) {
            return failed(QStringLiteral("cannot count the index's terms"));
        }
    }
    return true;
}

bool PackWriter::writeTallies()
{
    // A parent's id is always smaller than its children's, so one backward pass
    // adds every subtree into its parent.
    for (auto &tally : m_topics) {
        tally.totalArticles = tally.articles;
        tally.totalQuestions = tally.questions;
    }
    for (size_t i = m_topics.size(); i-- > 0;) {
        const TopicTally &tally = m_topics[i];
        if (tally.parentId != 0) {
            TopicTally &parent = m_topics[size_t(tally.parentId - 1)];
            parent.totalArticles += tally.totalArticles;
            parent.totalQuestions += tally.totalQuestions;
        }
    }
    SqliteStatement update =
        m_db.prepare("UPDATE topic SET child_count = ?, article_count = ?, question_count = ?,"
                     " total_articles = ?, total_questions = ? WHERE id = ?");
    for (size_t i = 0; i < m_topics.size(); ++i) {
        const TopicTally &tally = m_topics[i];
        update.bind(1, qint64(tally.children));
        update.bind(2, qint64(tally.articles));
        update.bind(3, qint64(tally.questions));
        update.bind(4, tally.totalArticles);
        update.bind(5, tally.totalQuestions);
        update.bind(6, qint64(i + 1));
        if (!update.exec()) {
            return failSql(QStringLiteral("cannot write topic counts"));
        }
    }
    return true;
}

bool PackWriter::writeMeta()
{
    QString error;
    const QString checksum = contentChecksum(m_db.handle(), &error);
    if (checksum.isEmpty()) {
        return fail(QStringLiteral("cannot compute the content checksum: ") + error);
    }
    QHash<QString, QString> meta = m_meta;
    meta.insert(QLatin1String(schema::meta::checksum), checksum);
    meta.insert(QLatin1String(schema::meta::schemaVersion), QString::number(schema::version));
    meta.insert(QLatin1String(schema::meta::countTopics), QString::number(m_topics.size()));
    meta.insert(QLatin1String(schema::meta::countArticles), QString::number(m_articles));
    meta.insert(QLatin1String(schema::meta::countSections),
                QString::number(m_passages[int(schema::PassageKind::ArticleSection)]));
    meta.insert(QLatin1String(schema::meta::countQuestions), QString::number(m_questions));
    meta.insert(QLatin1String(schema::meta::countAnswers),
                QString::number(m_passages[int(schema::PassageKind::Answer)]));
    if (!meta.contains(QLatin1String(schema::meta::created))) {
        meta.insert(QLatin1String(schema::meta::created),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    meta.insert(QLatin1String(schema::meta::generator),
                QStringLiteral("qingnang-pack " QINGNANG_VERSION));

    SqliteStatement insert = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
        insert.bind(1, it.key());
        insert.bind(2, it.value());
        if (!insert.exec()) {
            return failSql(QStringLiteral("cannot write the pack's metadata"));
        }
    }
    return true;
}

bool PackWriter::commit()
{
    if (hasError() || !m_db.isOpen()) {
        if (!hasError()) {
            fail(QStringLiteral("the pack was never opened"));
        }
        discard();
        return false;
    }
    if (checkCancelled() || !writeTallies() || !writeTitles() || !buildIndex() ||
        checkCancelled() || !writeMeta()) {
        discard();
        return false;
    }
    finalizeStatements();
    if (!m_db.exec(QStringLiteral("COMMIT")) || !m_db.exec(QStringLiteral("PRAGMA optimize"))) {
        failSql(QStringLiteral("cannot finish the pack"));
        discard();
        return false;
    }
    m_db.close();
    if (!syncFile(m_tempPath)) {
        fail(QStringLiteral("cannot flush the new pack to disk"));
        discard();
        return false;
    }
    // The last moment a cancellation can be honoured: after the rename the pack is there.
    if (checkCancelled()) {
        discard();
        return false;
    }
    // rename(2) replaces an existing pack atomically; QFile::rename would not.
    if (::rename(QFile::encodeName(m_tempPath).constData(),
                 QFile::encodeName(m_outputPath).constData()) != 0) {
        fail(QStringLiteral("cannot move the new pack into place: %1")
                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
        discard();
        return false;
    }
    QFile::setPermissions(m_outputPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther);
    m_committed = true;
    qCDebug(lcPack) << "wrote" << m_outputPath;
    return true;
}

void PackWriter::finalizeStatements()
{
    m_insertTopic = {};
    m_insertArticle = {};
    m_insertPassage = {};
    m_insertTitle = {};
    m_insertQuestion = {};
    m_insertAlias = {};
    m_insertRelated = {};
}

void PackWriter::discard()
{
    finalizeStatements();
    m_db.close();
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        QFile::remove(m_tempPath + QStringLiteral("-journal"));
        m_tempPath.clear();
    }
}

} // namespace qingnang
