// SPDX-License-Identifier: MIT
#pragma once

#include "packtypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace qingnang {

// The human-editable sources of a pack (resources/content/, docs/pack-format.md):
// pack.json, topics/*.json (one a tree node) and articles/*.md.
struct ContentArticle
{
    QString slug;
    QString title;
    QString updated;
    QString source;
    QList<Section> sections;
};

struct ContentQuestion
{
    qint64 id = 0; // stable across builds (qingnang:/question/<id>); 0 when not given
    QString title;
    QString body;
    QStringList answers;
};

struct ContentTopic
{
    QString file; // where it came from, for messages
    QString slug;
    QString title;
    QString parent; // slug; empty for a department at the root
    int position = 0;
    QString summary;
    QStringList aliases;
    QStringList related;
    QList<ContentArticle> articles;
    QList<ContentQuestion> questions;
};

// alerts.json: the pack's red flags (docs/alerts.md).
struct ContentAlert
{
    AlertRule rule;
    QString topic; // a topic's slug, checked against the content's topics
};

// pack.json (its title, licence, disclaimer … in PackMetadata) and everything
// the directory holds besides.
struct ContentPack : PackMetadata
{
    QString id;
    QList<ContentTopic> topics; // parents always before their children
    QList<ContentAlert> alerts;
    ScopeModel scope; // scope.json (scopefile.h); empty when there is none
};

// Reads and checks a content directory. On a problem, returns nothing and sets
// *error to one line naming the file (and line, where there is one).
std::optional<ContentPack> readContentDirectory(const QString &directory, QString *error);

// The same, a piece at a time, for tools that report every problem rather than
// the first (qingnang-pack lint): pack.json alone (topics left empty), and one
// topic file with its articles, read and checked as the build does, with the
// pack's defaults. On a problem: nothing, and *error as above.
std::optional<ContentPack> readContentPackFile(const QString &directory, QString *error);
std::optional<QList<ContentAlert>> readContentAlertsFile(const QString &directory, QString *error);
std::optional<ContentTopic> readContentTopicFile(const QString &directory, const QString &path,
                                                 const ContentPack &pack, QString *error);

// Splits an article in the Markdown subset into its title and sections.
// Returns false and sets *error ("line N: …") when it is not of that form.
bool parseArticleMarkdown(const QString &text, QString *title, QList<Section> *sections,
                          QString *error);

// Reads a content directory and writes it as a pack at outputPath (through a
// temporary file: on any error nothing is left at outputPath).
bool buildPackFromContent(const QString &directory, const QString &outputPath, QString *error);

} // namespace qingnang
