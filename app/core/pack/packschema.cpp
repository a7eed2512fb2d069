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
                       " summary TEXT NOT NULL DEFAULT '',"
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
        QStringLiteral("CREATE TABLE section ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES article(id),"
                       " position INTEGER NOT NULL,"
                       " heading TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX section_by_article ON section (article_id, position)"),
        QStringLiteral("CREATE TABLE question ("
                       " id INTEGER PRIMARY KEY,"
                       " topic_id INTEGER NOT NULL REFERENCES topic(id),"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " answer_count INTEGER NOT NULL DEFAULT 0,"
                       " excerpt TEXT NOT NULL DEFAULT '',"
                       " ref TEXT)"),
        QStringLiteral("CREATE INDEX question_by_topic ON question (topic_id, position, id)"),
        QStringLiteral("CREATE TABLE answer ("
                       " id INTEGER PRIMARY KEY,"
                       " question_id INTEGER NOT NULL REFERENCES question(id),"
                       " position INTEGER NOT NULL,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX answer_by_question ON answer (question_id, position)"),
    };
}

QString fallbackDisclaimer()
{
    return QCoreApplication::translate(
        "qingnang::schema",
        "免责声明：本内容仅供参考，不能代替专业医师的诊断和处方。如有身体不适，请及时就医。");
}

} // namespace qingnang::schema
