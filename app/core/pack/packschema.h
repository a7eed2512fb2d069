// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace qingnang::schema {

// "QNPK" in ASCII: how a Qingnang pack says what it is (PRAGMA application_id).
inline constexpr int applicationId = 0x514E504B;
// PRAGMA user_version; bumped whenever a reader of the old version could not read the new one.
// Version 2 keeps all long text in `passage` and adds the full-text index.
inline constexpr int version = 2;
inline constexpr char fileSuffix[] = "qnpack";

// The statements that create an empty pack, in order.
QStringList createStatements();

// What a row of `passage` is (its owner is a topic, article or question).
enum class PassageKind { TopicSummary = 1, ArticleSection = 2, QuestionBody = 3, Answer = 4 };
// What a row of `title_doc` names (its target is a topic, article or question).
enum class TitleKind { Topic = 1, Alias = 2, Article = 3, Question = 4 };

// The full-text index tables (FTS5, external content, Qingnang's tokenizer).
inline constexpr char titleIndex[] = "search_title";
inline constexpr char passageIndex[] = "search_passage";

// The pack's red flags (docs/alerts.md): made only in packs that have some,
// so that packs without them are as before. rule is JSON: {"when": an array
// of patterns, each an array of groups, each an array of phrases; "unless":
// an array of phrases}.
inline constexpr char alertTable[] =
    "CREATE TABLE alert (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " level TEXT NOT NULL, message TEXT NOT NULL, topic_id INTEGER REFERENCES topic(id),"
    " rule TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)";
// The pack's scope model (docs/search.md, ScopeModel): made only in packs that
// have one; its bias and threshold are meta values.
inline constexpr char scopeTable[] =
    "CREATE TABLE scope (term TEXT PRIMARY KEY, weight REAL NOT NULL) WITHOUT ROWID";
// search_term lists, per index (tbl: 1 titles, 2 passages), every term held
// by at least this many rows, with that number (its document frequency).
inline constexpr int termCountFloor = 8;

// Meta keys (docs/pack-format.md).
namespace meta {
inline constexpr char packId[] = "pack_id";
inline constexpr char title[] = "title";
inline constexpr char language[] = "language";
inline constexpr char created[] = "created";
inline constexpr char contentDate[] = "content_date";
inline constexpr char source[] = "source";
inline constexpr char license[] = "license";
inline constexpr char description[] = "description";
inline constexpr char disclaimer[] = "disclaimer";
// Whether a physician reviewed the content, as the pack says (shown with every
// article and answer; empty: the pack does not say).
inline constexpr char review[] = "review";
inline constexpr char scopeBias[] = "scope_bias";
inline constexpr char scopeThreshold[] = "scope_threshold";
inline constexpr char scopeEvidence[] = "scope_evidence";
inline constexpr char checksum[] = "content_checksum";
inline constexpr char generator[] = "generator";
inline constexpr char schemaVersion[] = "schema_version";
inline constexpr char countTopics[] = "count_topics";
inline constexpr char countArticles[] = "count_articles";
inline constexpr char countSections[] = "count_sections";
inline constexpr char countQuestions[] = "count_questions";
inline constexpr char countAnswers[] = "count_answers";
inline constexpr char averageTitleLength[] = "average_title_length";
} // namespace meta

// Shown when a pack carries no disclaimer of its own, so that the strip is never empty.
QString fallbackDisclaimer();

} // namespace qingnang::schema
