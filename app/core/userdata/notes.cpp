// SPDX-License-Identifier: MIT
#include "notes.h"

#include "userdatatext.h"
#include "userstore.h"

#include <QSqlQuery>

namespace qingnang {

using namespace userdata;

namespace {

Note readNote(const QSqlQuery &query)
{
    return {QUrl(query.value(0).toString(), QUrl::StrictMode),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            UserStore::timeOf(query.value(4).toLongLong()),
            UserStore::timeOf(query.value(5).toLongLong())};
}

// The notes' columns as readNote() reads them, from the notes that rest picks.
QString selectNotes(const QString &rest)
{
    return QStringLiteral(
               "SELECT page_url, pack_id, page_title, text, created, updated FROM note ") +
           rest;
}

} // namespace

std::optional<QSqlQuery> Notes::prepareWrite(const QVariantList &values, QLatin1String update)
{
    const qint64 sequence = m_store.nextSequence();
    if (sequence == 0) {
        return std::nullopt;
    }
    QSqlQuery query = m_store.prepare(
        QStringLiteral(
            "INSERT INTO note (page_url, pack_id, page_title, text, created, updated, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (page_url) DO UPDATE SET ") +
        update);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(sequence);
    return query;
}

bool Notes::set(const QUrl &url, const QString &text, const QString &pageTitle)
{
    if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
        return m_store.refuse(problem);
    }
    const QString clean = cleanNote(text);
    if (clean.size() > maxNoteLength) {
        return m_store.refuse(QStringLiteral("the note has %1 characters; a note holds at most %2")
                                  .arg(clean.size())
                                  .arg(maxNoteLength));
    }
    return m_store.mutate(UserStore::Change::Notes, [&](auto &changes) {
        const QString page = pageKey(url);
        // A call that wrote nothing (removed no note) changed nothing.
        auto save = [&](QSqlQuery &query) {
            if (!m_store.exec(query, "save the note")) {
                return false;
            }
            if (query.numRowsAffected() == 0) {
                changes = {};
            }
            return true;
        };
        if (clean.trimmed().isEmpty()) {
            QSqlQuery query =
                m_store.prepare(QStringLiteral("DELETE FROM note WHERE page_url = ?"));
            query.addBindValue(page);
            return save(query);
        }
        const std::optional<Note> existing = note(url);
        if (existing && existing->text == clean) {
            changes = {}; // unchanged: nothing to write
            return true;
        }
        const qint64 time = m_store.now();
        std::optional<QSqlQuery> query = prepareWrite(
            {page, packOf(url), cleanLine(pageTitle, maxTitleLength), clean, time, time},
            QLatin1String("pack_id = excluded.pack_id, text = excluded.text,"
                          " updated = excluded.updated, seq = excluded.seq,"
                          " page_title = CASE WHEN excluded.page_title = ''"
                          " THEN page_title ELSE excluded.page_title END"));
        return query && save(*query);
    });
}

std::optional<Note> Notes::note(const QUrl &url) const
{
    return readOne(selectNotes(QStringLiteral("WHERE page_url = ?")), {pageKey(url)},
                   "read the notes", readNote);
}

QList<Note> Notes::all() const
{
    return readAll(selectNotes(QStringLiteral("ORDER BY updated DESC, seq DESC")), {},
                   "read the notes", readNote);
}

bool Notes::writeImported(const Note &note)
{
    std::optional<QSqlQuery> query = prepareWrite(
        {pageKey(note.url), note.packId, note.pageTitle, note.text,
         note.created.toMSecsSinceEpoch(), note.updated.toMSecsSinceEpoch()},
        QLatin1String("pack_id = excluded.pack_id, page_title = excluded.page_title,"
                      " text = excluded.text, created = min(created, excluded.created),"
                      " updated = excluded.updated, seq = excluded.seq"));
    return query && m_store.exec(*query, "import a note");
}

} // namespace qingnang
