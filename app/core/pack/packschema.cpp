// SPDX-License-Identifier: MIT
#include "packschema.h"

#include <QCoreApplication>

namespace qingnang::schema {

QStringList createStatements()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE topic ("
                       " id INTEGER PRIMARY KEY,"
                       " parent_id INTEGER REFERENCES topic(id),"
                       " slug TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " child_count INTEGER NOT NULL DEFAULT 0,"
                       " article_count INTEGER NOT NULL DEFAULT 0,"
                       " question_count INTEGER NOT NULL DEFAULT 0,"
                       " total_articles INTEGER NOT NULL DEFAULT 0,"
                       " total_questions INTEGER NOT NULL DEFAULT 0,"
                       " ref TEXT)"),
        QStringLiteral("CREATE INDEX topic_by_parent ON topic (parent_id, position, id)"),
        QStringLiteral("CREATE TABLE topic_alias ("
                       " topic_id INTEGER NOT NULL REFERENCES topic(id),"
                       " alias TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (topic_id, alias)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE topic_related ("
                       " topic_id INTEGER NOT NULL REFERENCES topic(id),"
                       " related_id INTEGER NOT NULL REFERENCES topic(id),"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (topic_id, related_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE article ("
                       " id INTEGER PRIMARY KEY,"
                       " topic_id INTEGER NOT NULL REFERENCES topic(id),"
                       " slug TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " updated TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " period TEXT NOT NULL DEFAULT '',"
                       " ref TEXT)"),
        QStringLiteral("CREATE INDEX article_by_topic ON article (topic_id, position, id)"),
        QStringLiteral("CREATE TABLE question ("
                       " id INTEGER PRIMARY KEY,"
                       " topic_id INTEGER NOT NULL REFERENCES topic(id),"
                       " title TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " answer_count INTEGER NOT NULL DEFAULT 0,"
                       " excerpt TEXT NOT NULL DEFAULT '',"
                       " ref TEXT)"),
        QStringLiteral("CREATE INDEX question_by_topic ON question (topic_id, position, id)"),
        // All longer text: topic summaries, article sections, question bodies, answers.
        QStringLiteral("CREATE TABLE passage ("
                       " id INTEGER PRIMARY KEY,"
                       " kind INTEGER NOT NULL,"
                       " owner_id INTEGER NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " heading TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX passage_by_owner ON passage (kind, owner_id, position)"),
        // The passages as text (bodies of some length are stored compressed).
        QStringLiteral("CREATE VIEW passage_text AS SELECT id, kind, owner_id, position, heading,"
                       " qingnang_text(body) AS body FROM passage"),
        // What the title index indexes: titles of topics, articles and questions, and aliases.
        QStringLiteral("CREATE TABLE title_doc ("
                       " id INTEGER PRIMARY KEY,"
                       " kind INTEGER NOT NULL,"
                       " target_id INTEGER NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX title_doc_by_target ON title_doc (kind, target_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_title USING fts5 ("
                       " text, content='title_doc', content_rowid='id',"
                       " tokenize='qingnang title')"),
        // How many rows of each index hold each of its commoner terms (see docs/search.md).
        QStringLiteral("CREATE TABLE search_term ("
                       " tbl INTEGER NOT NULL,"
                       " term TEXT NOT NULL,"
                       " df INTEGER NOT NULL,"
                       " PRIMARY KEY (tbl, term)) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE search_passage USING fts5 ("
                       " heading, body, content='passage_text', content_rowid='id',"
                       " tokenize='qingnang body', detail=column)"),
    };
}

QString fallbackDisclaimer()
{
    return QCoreApplication::translate(
        "qingnang::schema",
        "免责声明：本内容仅供参考，不能代替专业医师的诊断和处方。如有身体不适，请及时就医。");
}

} // namespace qingnang::schema
