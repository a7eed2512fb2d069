// SPDX-License-Identifier: MIT
#include "packverifier.h"

#include "pack.h"
#include "packchecksum.h"
#include "packschema.h"
#include "packtext.h"
#include "sqlitehandle.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <functional>

namespace qingnang {

namespace {

// Collects problems, keeping the first maxProblems of them.
class Findings
{
public:
    Findings(VerifyReport *report, int maxProblems)
        : m_report(report)
        , m_max(maxProblems)
    {}

    void add(const QString &problem)
    {
        if (++m_report->problemCount <= m_max) {
            m_report->problems.append(problem);
        }
    }
    bool full() const { return m_report->problemCount >= m_max; }

private:
    VerifyReport *m_report;
    int m_max;
};

// Runs a query whose rows each describe one problem (first column: the text).
void problemsFrom(SqliteDatabase &db, const char *sql, Findings &findings)
{
    SqliteStatement statement = db.prepare(sql);
    if (!statement.isValid()) {
        findings.add(QStringLiteral("cannot check (%1)").arg(db.lastError()));
        return;
    }
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW && !findings.full()) {
        findings.add(statement.columnText(0));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        findings.add(QStringLiteral("cannot read (%1)").arg(db.lastError()));
    }
}

qint64 scalar(SqliteDatabase &db, const char *sql, bool *ok)
{
    SqliteStatement statement = db.prepare(sql);
    if (statement.isValid() && statement.step() == SQLITE_ROW) {
        *ok = true;
        return statement.columnInt(0);
    }
    *ok = false;
    return 0;
}

// One token instance as a number; the index and the text must sum to the same.
quint64 instanceHash(QByteArrayView term, qint64 row, int column, int position)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a over the term, then mix in the place
    for (const char c : term) {
        h = (h ^ quint8(c)) * 1099511628211ULL;
    }
    h ^= quint64(row) * 0x9E3779B97F4A7C15ULL;
    h ^= (quint64(column) << 56) ^ (quint64(position) * 0xC2B2AE3D27D4EB4FULL);
    return h * 0xFF51AFD7ED558CCDULL;
}

struct TokenSum
{
    quint64 sum = 0;
    qint64 count = 0;
};

// Every token instance the FTS5 index holds, through an fts5vocab table. An
// index with detail=column (positions: false) holds each token once per row and
// column, without its position.
bool sumIndex(SqliteDatabase &db, const char *index, bool positions, TokenSum *total,
              QString *error)
{
    const QString vocab = QStringLiteral("temp.verify_%1").arg(QLatin1String(index));
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(main, %2, 'instance')")
                     .arg(vocab, QLatin1String(index)))) {
        *error = db.lastError();
        return false;
    }
    const QByteArray sql =
        QStringLiteral("SELECT term, doc, col, offset FROM %1").arg(vocab).toUtf8();
    SqliteStatement statement = db.prepare(sql.constData());
    // fts5vocab names columns; the index's column order decides the number.
    QHash<QString, int> columns;
    if (QLatin1String(index) == QLatin1String(schema::passageIndex)) {
        columns = {{QStringLiteral("heading"), 0}, {QStringLiteral("body"), 1}};
    } else {
        columns = {{QStringLiteral("text"), 0}};
    }
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        const QByteArray term = statement.columnBlob(0);
        const int column = columns.value(statement.columnText(2), -1);
        total->sum += instanceHash(term, statement.columnInt(1), column,
                                   positions ? int(statement.columnInt(3)) : 0);
        ++total->count;
    }
    if (rc != SQLITE_DONE) {
        *error = db.lastError();
        return false;
    }
    return true;
}

// The same, computed by tokenizing the content the index is built from.
bool sumText(SqliteDatabase &db, const char *sql, Tokenizer::Mode mode, int columnCount,
             bool positions, TokenSum *total, QString *error)
{
    SqliteStatement statement = db.prepare(sql);
    if (!statement.isValid()) {
        *error = db.lastError();
        return false;
    }
    struct Context
    {
        TokenSum *total;
        qint64 row;
        int column;
        int position;
        bool positions;
        QSet<QByteArray> seen; // without positions: each token once per row and column
    } context{total, 0, 0, -1, positions, {}};
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        context.row = statement.columnInt(0);
        for (int column = 0; column < columnCount; ++column) {
            const QByteArray text = statement.columnBlob(column + 1);
            context.column = column;
            context.position = -1;
            context.seen.clear();
            Tokenizer::tokenize(mode, text.constData(), int(text.size()), &context,
                                [](void *p, int flags, const char *token, int size, int, int) {
                                    auto *c = static_cast<Context *>(p);
                                    if (!(flags & 0x0001)) {
                                        ++c->position;
                                    }
                                    const QByteArray term(token, size);
                                    if (!c->positions) {
                                        if (c->seen.contains(term)) {
                                            return 0; // once per row and column
                                        }
                                        c->seen.insert(term);
                                    }
                                    c->total->sum += instanceHash(term, c->row, c->column,
                                                                  c->positions ? c->position : 0);
                                    ++c->total->count;
                                    return 0;
                                });
        }
    }
    if (rc != SQLITE_DONE) {
        *error = db.lastError();
        return false;
    }
    return true;
}

void checkIndex(SqliteDatabase &db, Findings &findings)
{
    struct Index
    {
        const char *name;
        const char *content;
        Tokenizer::Mode mode;
        int columns;
        bool positions; // detail=full; detail=column has none
    };
    const Index indexes[] = {
        {schema::titleIndex, "SELECT id, text FROM title_doc", Tokenizer::Mode::Title, 1, true},
        {schema::passageIndex, "SELECT id, heading, qingnang_text(body) FROM passage",
         Tokenizer::Mode::Body, 2, false},
    };
    for (const Index &index : indexes) {
        TokenSum indexed;
        TokenSum text;
        QString error;
        if (!sumIndex(db, index.name, index.positions, &indexed, &error)) {
            findings.add(QStringLiteral("search index %1 cannot be read (%2)")
                             .arg(QLatin1String(index.name), error));
            continue;
        }
        if (!sumText(db, index.content, index.mode, index.columns, index.positions, &text,
                     &error)) {
            findings.add(QStringLiteral("the text behind search index %1 cannot be read (%2)")
                             .arg(QLatin1String(index.name), error));
            continue;
        }
        if (indexed.count != text.count || indexed.sum != text.sum) {
            findings.add(QStringLiteral("search index %1 does not match the content "
                                        "(%2 tokens indexed, %3 in the text)")
                             .arg(QLatin1String(index.name))
                             .arg(indexed.count)
                             .arg(text.count));
        }
    }
}

// search_term must list exactly the index's terms held by termCountFloor rows or more.
void checkTermCounts(SqliteDatabase &db, Findings &findings)
{
    int table = 0;
    for (const char *index : {schema::titleIndex, schema::passageIndex}) {
        ++table;
        const QString vocab = QStringLiteral("temp.verify_rows_%1").arg(QLatin1String(index));
        if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5vocab(main, %2, 'row')")
                         .arg(vocab, QLatin1String(index)))) {
            findings.add(QStringLiteral("search index %1 cannot be read (%2)")
                             .arg(QLatin1String(index), db.lastError()));
            continue;
        }
        const QByteArray sql =
            QStringLiteral("SELECT count(*) FROM (SELECT term, doc FROM %1 WHERE doc >= %2 EXCEPT"
                           " SELECT term, df FROM search_term WHERE tbl = %3) UNION ALL"
                           " SELECT count(*) FROM (SELECT term, df FROM search_term WHERE tbl = %3"
                           " EXCEPT SELECT term, doc FROM %1 WHERE doc >= %2)")
                .arg(vocab)
                .arg(schema::termCountFloor)
                .arg(table)
                .toUtf8();
        SqliteStatement statement = db.prepare(sql.constData());
        qint64 differences = 0;
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            differences += statement.columnInt(0);
        }
        if (rc != SQLITE_DONE) {
            findings.add(QStringLiteral("the term counts of %1 cannot be read (%2)")
                             .arg(QLatin1String(index), db.lastError()));
        } else if (differences > 0) {
            findings.add(
                QStringLiteral("search_term does not match search index %1 (%2 terms differ)")
                    .arg(QLatin1String(index))
                    .arg(differences));
        }
    }
}

void checkMeta(SqliteDatabase &db, Findings &findings)
{
    QHash<QString, QString> meta;
    SqliteStatement statement = db.prepare("SELECT key, value FROM meta");
    while (statement.step() == SQLITE_ROW) {
        meta.insert(statement.columnText(0), statement.columnText(1));
    }
    for (const char *key : {schema::meta::packId, schema::meta::title, schema::meta::schemaVersion,
                            schema::meta::checksum}) {
        if (meta.value(QLatin1String(key)).isEmpty()) {
            findings.add(QStringLiteral("meta: \"%1\" is missing").arg(QLatin1String(key)));
        }
    }
    if (meta.contains(QLatin1String(schema::meta::schemaVersion)) &&
        meta.value(QLatin1String(schema::meta::schemaVersion)) !=
            QString::number(schema::version)) {
        findings.add(QStringLiteral("meta: schema_version says %1, the file header %2")
                         .arg(meta.value(QLatin1String(schema::meta::schemaVersion)))
                         .arg(schema::version));
    }
    const struct
    {
        const char *key;
        const char *sql;
    } counts[] = {
        {schema::meta::countTopics, "SELECT count(*) FROM topic"},
        {schema::meta::countArticles, "SELECT count(*) FROM article"},
        {schema::meta::countSections, "SELECT count(*) FROM passage WHERE kind = 2"},
        {schema::meta::countQuestions, "SELECT count(*) FROM question"},
        {schema::meta::countAnswers, "SELECT count(*) FROM passage WHERE kind = 4"},
    };
    for (const auto &count : counts) {
        bool ok = false;
        const qint64 actual = scalar(db, count.sql, &ok);
        const QString stored = meta.value(QLatin1String(count.key));
        if (ok && stored != QString::number(actual)) {
            findings.add(QStringLiteral("meta: %1 says %2, the pack holds %3")
                             .arg(QLatin1String(count.key),
                                  stored.isEmpty() ? QStringLiteral("nothing") : stored)
                             .arg(actual));
        }
    }
    QString error;
    const QString checksum = contentChecksum(db.handle(), &error);
    if (checksum.isEmpty()) {
        findings.add(
            QStringLiteral("the content cannot be read to check its checksum (%1)").arg(error));
    } else if (checksum != meta.value(QLatin1String(schema::meta::checksum))) {
        findings.add(
            QStringLiteral("the content checksum does not match meta (the content was changed)"));
    }
}

} // namespace

VerifyReport verifyPack(const QString &path, int maxProblems)
{
    VerifyReport report;
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = Pack::checkFile(path); !problem.isEmpty()) {
        report.openError = shown + QStringLiteral(": ") + problem;
        return report;
    }
    SqliteDatabase db;
    if (!db.open(Pack::readOnlyUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)) {
        report.openError = shown + QStringLiteral(": cannot open: ") + db.lastError();
        return report;
    }
    QString error;
    if (!registerPackFunctions(db.handle(), &error)) {
        report.openError = shown + QStringLiteral(": ") + error;
        return report;
    }
    Findings findings(&report, maxProblems);
    auto stage = [&](const QString &name, const std::function<void()> &check) {
        if (!findings.full()) {
            check();
            report.checks.append(name);
        }
    };

    stage(QStringLiteral("SQLite integrity"), [&] {
        SqliteStatement statement = db.prepare("PRAGMA integrity_check(100)");
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            const QString line = statement.columnText(0);
            if (line != QLatin1String("ok")) {
                findings.add(QStringLiteral("SQLite: ") + line);
            }
        }
        if (rc != SQLITE_DONE) {
            findings.add(QStringLiteral("SQLite: ") + db.lastError());
        }
    });
    // Without our tables, nothing else can be checked.
    stage(QStringLiteral("tables"), [&] {
        for (const char *sql :
             {"SELECT key, value FROM meta LIMIT 0",
              "SELECT id, parent_id, slug, title, position, child_count, article_count,"
              " question_count, total_articles, total_questions, ref FROM topic LIMIT 0",
              "SELECT topic_id, alias, position FROM topic_alias LIMIT 0",
              "SELECT topic_id, related_id, position FROM topic_related LIMIT 0",
              "SELECT id, topic_id, slug, title, position, updated, source, author, period, ref"
              " FROM article LIMIT 0",
              "SELECT id, topic_id, title, position, answer_count, excerpt, ref FROM question "
              "LIMIT 0",
              "SELECT id, kind, owner_id, position, heading, body FROM passage LIMIT 0",
              "SELECT id, kind, target_id, text FROM title_doc LIMIT 0",
              "SELECT tbl, term, df FROM search_term LIMIT 0"}) {
            if (!db.prepare(sql).isValid()) {
                findings.add(QStringLiteral("a table is missing or has other columns (%1)")
                                 .arg(db.lastError()));
            }
        }
    });
    if (report.problemCount > 0) {
        return report;
    }
    stage(QStringLiteral("topic tree"), [&] {
        problemsFrom(db,
                     "SELECT printf('topic %d: its parent %d does not exist', t.id, t.parent_id)"
                     " FROM topic t LEFT JOIN topic p ON p.id = t.parent_id"
                     " WHERE t.parent_id IS NOT NULL AND p.id IS NULL",
                     findings);
        // Parents come before their children (docs/pack-format.md): no cycle is possible.
        problemsFrom(db,
                     "SELECT printf('topic %d: its parent %d is not an earlier topic"
                     " (the tree may have a cycle)', id, parent_id)"
                     " FROM topic WHERE parent_id IS NOT NULL AND parent_id >= id",
                     findings);
        problemsFrom(db,
                     "SELECT printf('topic %d: child_count %d, but it has %d children', t.id,"
                     " t.child_count, (SELECT count(*) FROM topic c WHERE c.parent_id = t.id))"
                     " FROM topic t WHERE t.child_count <>"
                     " (SELECT count(*) FROM topic c WHERE c.parent_id = t.id)",
                     findings);
    });
    stage(QStringLiteral("references"), [&] {
        problemsFrom(db,
                     "SELECT printf('article %d: its topic %d does not exist', a.id, a.topic_id)"
                     " FROM article a LEFT JOIN topic t ON t.id = a.topic_id WHERE t.id IS NULL",
                     findings);
        problemsFrom(db,
                     "SELECT printf('question %d: its topic %d does not exist', q.id, q.topic_id)"
                     " FROM question q LEFT JOIN topic t ON t.id = q.topic_id WHERE t.id IS NULL",
                     findings);
        problemsFrom(db,
                     "SELECT printf('text %d: its owner %d does not exist', p.id, p.owner_id)"
                     " FROM passage p WHERE NOT CASE p.kind"
                     " WHEN 1 THEN EXISTS (SELECT 1 FROM topic WHERE id = p.owner_id)"
                     " WHEN 2 THEN EXISTS (SELECT 1 FROM article WHERE id = p.owner_id)"
                     " WHEN 3 THEN EXISTS (SELECT 1 FROM question WHERE id = p.owner_id)"
                     " WHEN 4 THEN EXISTS (SELECT 1 FROM question WHERE id = p.owner_id)"
                     " ELSE 0 END",
                     findings);
        problemsFrom(
            db,
            "SELECT printf('alias \"%s\": its topic %d does not exist', a.alias, a.topic_id)"
            " FROM topic_alias a LEFT JOIN topic t ON t.id = a.topic_id WHERE t.id IS NULL",
            findings);
        problemsFrom(db,
                     "SELECT printf('related link %d -> %d: a topic does not exist', r.topic_id,"
                     " r.related_id) FROM topic_related r WHERE NOT EXISTS"
                     " (SELECT 1 FROM topic WHERE id = r.topic_id) OR NOT EXISTS"
                     " (SELECT 1 FROM topic WHERE id = r.related_id)",
                     findings);
    });
    stage(QStringLiteral("counts"), [&] {
        problemsFrom(
            db,
            "SELECT printf('topic %d: article_count %d, but it has %d', t.id, t.article_count,"
            " (SELECT count(*) FROM article a WHERE a.topic_id = t.id)) FROM topic t"
            " WHERE t.article_count <> (SELECT count(*) FROM article a WHERE a.topic_id = t.id)",
            findings);
        problemsFrom(db,
                     "SELECT printf('topic %d: question_count %d, but it has %d', t.id,"
                     " t.question_count, (SELECT count(*) FROM question q WHERE q.topic_id = t.id))"
                     " FROM topic t WHERE t.question_count <>"
                     " (SELECT count(*) FROM question q WHERE q.topic_id = t.id)",
                     findings);
        problemsFrom(
            db,
            "SELECT printf('question %d: answer_count %d, but it has %d', q.id, q.answer_count,"
            " (SELECT count(*) FROM passage p WHERE p.kind = 4 AND p.owner_id = q.id))"
            " FROM question q WHERE q.answer_count <>"
            " (SELECT count(*) FROM passage p WHERE p.kind = 4 AND p.owner_id = q.id)",
            findings);
        // Subtree totals: children are summed into parents, last topic first.
        struct Tally
        {
            qint64 parent;
            qint64 ownArticles, ownQuestions, totalArticles, totalQuestions;
            qint64 sumArticles = 0, sumQuestions = 0;
        };
        QHash<qint64, Tally> tallies;
        QList<qint64> order;
        SqliteStatement topics = db.prepare(
            "SELECT id, coalesce(parent_id, 0), article_count, question_count, total_articles,"
            " total_questions FROM topic ORDER BY id DESC");
        while (topics.step() == SQLITE_ROW) {
            const qint64 id = topics.columnInt(0);
            tallies.insert(id, {topics.columnInt(1), topics.columnInt(2), topics.columnInt(3),
                                topics.columnInt(4), topics.columnInt(5)});
            order.append(id);
        }
        for (const qint64 id : order) {
            Tally &tally = tallies[id];
            tally.sumArticles += tally.ownArticles;
            tally.sumQuestions += tally.ownQuestions;
            if (tally.totalArticles != tally.sumArticles ||
                tally.totalQuestions != tally.sumQuestions) {
                findings.add(
                    QStringLiteral("topic %1: its totals say %2 articles and %3 questions, "
                                   "its subtree holds %4 and %5")
                        .arg(id)
                        .arg(tally.totalArticles)
                        .arg(tally.totalQuestions)
                        .arg(tally.sumArticles)
                        .arg(tally.sumQuestions));
            }
            if (tally.parent != 0 && tally.parent < id && tallies.contains(tally.parent)) {
                tallies[tally.parent].sumArticles += tally.sumArticles;
                tallies[tally.parent].sumQuestions += tally.sumQuestions;
            }
        }
    });
    stage(QStringLiteral("metadata and checksum"), [&] { checkMeta(db, findings); });
    stage(QStringLiteral("titles of the search index"), [&] {
        problemsFrom(db,
                     "SELECT printf('the search titles do not list topic %d', t.id) FROM topic t"
                     " WHERE NOT EXISTS (SELECT 1 FROM title_doc d WHERE d.kind = 1"
                     " AND d.target_id = t.id AND d.text = t.title)",
                     findings);
        problemsFrom(
            db,
            "SELECT printf('the search titles do not list article %d', a.id) FROM article a"
            " WHERE NOT EXISTS (SELECT 1 FROM title_doc d WHERE d.kind = 3"
            " AND d.target_id = a.id AND d.text = a.title)",
            findings);
        problemsFrom(
            db,
            "SELECT printf('the search titles do not list question %d', q.id) FROM question q"
            " WHERE NOT EXISTS (SELECT 1 FROM title_doc d WHERE d.kind = 4"
            " AND d.target_id = q.id AND d.text = q.title)",
            findings);
        bool ok = false;
        const qint64 titles = scalar(db, "SELECT count(*) FROM title_doc", &ok);
        const qint64 expected = scalar(db,
                                       "SELECT (SELECT count(*) FROM topic) + (SELECT count(*) FROM"
                                       " topic_alias) + (SELECT count(*) FROM article) +"
                                       " (SELECT count(*) FROM question)",
                                       &ok);
        if (ok && titles != expected) {
            findings.add(QStringLiteral("the search titles hold %1 rows, the content %2 titles")
                             .arg(titles)
                             .arg(expected));
        }
    });
    stage(QStringLiteral("search index"), [&] { checkIndex(db, findings); });
    stage(QStringLiteral("term counts"), [&] { checkTermCounts(db, findings); });
    return report;
}

} // namespace qingnang
