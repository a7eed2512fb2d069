// SPDX-License-Identifier: MIT
#pragma once

// Damaged packs for the tests of issue 7 ("hostile input never hurts"), made
// from a good pack: the file cut short, bytes flipped, pages swapped, or a
// valid SQLite file whose tables break the pack's own rules (docs/security.md).
// Shared by the command-line test (tst_hostilepacks) and the window's
// (tst_hostilecontent).

#include "pack/packtext.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <sqlite3.h>

namespace qingnang::test::hostile {

// A damage done with SQL on a copy of a good pack. The content checksum is
// left as it was: the pack is as a careless or hostile editor would leave it.
struct SqlDamage
{
    const char *name;
    const char *sql;
};

// Texts: the minimal fixture pack (tests/fixtures/content-minimal) has the
// topics dept > sub, other; the article sub-intro; three questions.
inline QList<SqlDamage> sqlDamages()
{
    return {
        {"cycle in the topic tree",
         "UPDATE topic SET parent_id = (SELECT id FROM topic WHERE slug = 'sub')"
         " WHERE slug = 'dept'"},
        {"topic its own parent", "UPDATE topic SET parent_id = id WHERE slug = 'sub'"},
        {"dangling topic references",
         "UPDATE article SET topic_id = 4242; UPDATE question SET topic_id = 4343;"
         " UPDATE topic SET parent_id = 4444 WHERE slug = 'other';"
         " UPDATE topic_related SET related_id = 4545"},
        {"dangling question references",
         "UPDATE passage SET owner_id = owner_id + 1000 WHERE kind IN (3, 4)"},
        {"counts in meta lie",
         "UPDATE meta SET value = '9223372036854775807' WHERE key LIKE 'count_%';"
         " UPDATE meta SET value = '-1e308' WHERE key = 'average_title_length';"
         " UPDATE topic SET child_count = 2147483647, article_count = -5,"
         " question_count = 99999999999, total_articles = -1;"
         " UPDATE question SET answer_count = -2147483648"},
        {"values of the wrong type",
         "UPDATE topic SET position = 'first', parent_id = x'00ff' WHERE slug = 'other';"
         " UPDATE meta SET value = x'ffd8ff' WHERE key = 'title';"
         " UPDATE question SET topic_id = 'sub'"},
        {"a 10 MB article",
         "UPDATE passage SET body = replace(hex(zeroblob(440000)), '00', '面肌痉挛很常见。')"
         " WHERE kind = 2 AND position = 1"},
        {"a topic with a million children",
         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
         " INSERT INTO topic (id, parent_id, slug, title, position)"
         " SELECT 100 + i, (SELECT id FROM topic WHERE slug = 'sub'), 'child-' || i,"
         " '子专题' || i, i % 3 FROM n;"
         " UPDATE topic SET child_count = 1000000 WHERE slug = 'sub'"},
        {"a million aliases and related topics",
         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
         " INSERT INTO topic_alias (topic_id, alias, position)"
         " SELECT (SELECT id FROM topic WHERE slug = 'sub'), '别名' || i, i FROM n;"
         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
         " INSERT INTO topic (id, parent_id, slug, title, position)"
         " SELECT 100 + i, (SELECT id FROM topic WHERE slug = 'other'), 'related-' || i,"
         " '相关专题' || i, 0 FROM n;"
         "INSERT INTO topic_related (topic_id, related_id, position)"
         " SELECT (SELECT id FROM topic WHERE slug = 'sub'), id, id FROM topic WHERE id > 100"},
        {"invalid UTF-8",
         "UPDATE topic SET title = CAST(x'e99da2ff80c0e8828c' AS TEXT) WHERE slug = 'sub';"
         " UPDATE passage SET body = CAST(x'c0afe2ffffed9fbf0a0aed' AS TEXT) WHERE kind = 2;"
         " UPDATE question SET title = CAST(x'f4908080' AS TEXT);"
         " UPDATE meta SET value = CAST(x'fe' AS TEXT) WHERE key = 'disclaimer'"},
        {"NUL bytes in text",
         "UPDATE topic SET title = '测试' || char(0) || '专题' WHERE slug = 'sub';"
         " UPDATE passage SET body = char(0) || '正文' || char(0) || char(0) WHERE kind = 4;"
         " UPDATE article SET title = char(0), slug = 'sub' || char(0) || 'intro'"},
        {"compressed bodies that lie",
         // qCompress framing claiming 4 GB, and one that is no zlib at all.
         "UPDATE passage SET body = x'ffffffff789c4b4c4a0600024d0127' WHERE kind = 2;"
         " UPDATE passage SET body = x'000000100102030405060708' WHERE kind = 4"},
        {"search index damaged",
         "DELETE FROM search_passage_data WHERE id > 1;"
         " UPDATE search_title_data SET block = x'00ff00ff00ff00ff00ff' WHERE id > 1"},
        {"search index missing", "DROP TABLE search_title; DROP TABLE search_term"},
        {"metadata missing", "DROP TABLE meta"},
        {"content tables missing", "DROP TABLE passage; DROP TABLE question"},
    };
}

// Copies good to path (writable) and applies sql; the reason on failure.
inline QString applySql(const QString &good, const QString &path, const char *sql)
{
    QFile::remove(path);
    if (!QFile::copy(good, path)) {
        return QStringLiteral("cannot copy ") + good;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    SqliteDatabase db;
    if (!db.open(path, SQLITE_OPEN_READWRITE)) {
        return db.lastError();
    }
    // Our tokenizer, for the statements that touch the search index.
    QString error;
    if (!registerPackFunctions(db.handle(), &error)) {
        return error;
    }
    if (!db.exec(QString::fromUtf8(sql))) {
        return db.lastError();
    }
    return {};
}

// A damage done to the bytes of the file.
struct ByteDamage
{
    QString name;
    QByteArray bytes;
};

inline int pageSizeOf(const QByteArray &pack)
{
    const int size = qFromBigEndian<quint16>(pack.constData() + 16);
    return size == 1 ? 65536 : size;
}

// The file cut at many points, bytes flipped at seeded places, pages swapped.
inline QList<ByteDamage> byteDamages(const QByteArray &good)
{
    QList<ByteDamage> damages;
    const qsizetype size = good.size();
    const int page = pageSizeOf(good);
    for (const qsizetype at :
         {qsizetype(1), qsizetype(16), qsizetype(99), qsizetype(100), qsizetype(page - 1),
          qsizetype(page), qsizetype(page + 100), size / 3, size / 2, size - page, size - 1}) {
        if (at > 0 && at < size) {
            damages.append({QStringLiteral("cut at byte %1").arg(at), good.left(at)});
        }
    }
    // Flips: a simple generator, so that every run damages the same places.
    quint32 state = 2463534242U;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    for (int round = 0; round < 12; ++round) {
        QByteArray bytes = good;
        const int flips = round < 4 ? 1 : (round < 8 ? 16 : 256);
        for (int i = 0; i < flips; ++i) {
            // Past the part of the header that says what the file is: that is refused early.
            const qsizetype at = 100 + qsizetype(next() % quint32(size - 100));
            bytes[at] = char(bytes.at(at) ^ char(1 + next() % 255));
        }
        damages.append(
            {QStringLiteral("%1 bytes flipped (round %2)").arg(flips).arg(round), bytes});
    }
    // The header's own fields: page size, reserved space, database size, free list.
    for (const int at : {16, 17, 20, 21, 28, 31, 32, 36, 44, 56, 92, 96}) {
        QByteArray bytes = good;
        bytes[at] = char(bytes.at(at) ^ 0x5a);
        damages.append({QStringLiteral("header byte %1 changed").arg(at), bytes});
    }
    const int pages = int(size / page);
    auto swapped = [&](int a, int b) {
        QByteArray bytes = good;
        const QByteArray first = good.mid(qsizetype(a) * page, page);
        bytes.replace(qsizetype(a) * page, page, good.mid(qsizetype(b) * page, page));
        bytes.replace(qsizetype(b) * page, page, first);
        return bytes;
    };
    for (const auto &[a, b] : {std::pair{1, 2}, std::pair{2, pages - 1}, std::pair{3, pages / 2},
                               std::pair{pages - 2, pages - 1}}) {
        if (a > 0 && b > a && b < pages) {
            damages.append(
                {QStringLiteral("pages %1 and %2 swapped").arg(a + 1).arg(b + 1), swapped(a, b)});
        }
    }
    return damages;
}

} // namespace qingnang::test::hostile
