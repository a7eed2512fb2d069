// SPDX-License-Identifier: MIT
// What the files of lint share (contentlint.cpp reads the content; the
// others check it, a family of rules each); not for the users of lint.
#pragma once

#include "contentlint.h"
#include "packtypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace qingnang::lintdetail {

// ---- What is checked: the content, whichever form it was read from ----

// A piece of text and where it is: one line of a JSON file (a string value is
// on one line), or lines of a Markdown file (one entry per line of the text).
struct Text
{
    QString text;
    QString file;
    int line = 0;
    QList<int> lines; // for text over several lines: the file's line of each

    int lineAt(qsizetype offset) const
    {
        if (lines.isEmpty()) {
            return line;
        }
        const auto index = qsizetype(QStringView(text).left(offset).count(QLatin1Char('\n')));
        return lines.value(index, lines.last());
    }
};

struct SectionText
{
    QString heading;
    Text body;
};

struct ArticleText
{
    QString slug;
    QString title;
    QString file;
    int line = 0;
    QList<SectionText> sections;
};

struct QuestionText
{
    qint64 id = 0; // in a content directory: the id it gives itself, if any
    Text title;
    Text body;
    QList<Text> answers;
};

struct TopicText
{
    QString slug;
    QString title;
    QString parent; // slug
    QString file;   // empty for a pack
    int line = 0;
    Text summary;
    QList<Text> aliases;
    QList<Text> related; // slugs
    QList<ArticleText> articles;
    QList<QuestionText> questions;
    bool hasChildren = false;

    bool hasContent() const { return !articles.isEmpty() || !questions.isEmpty(); }
};

struct AlertText
{
    AlertRule rule;
    QString topic; // slug
    QString file;  // empty for a pack
    int line = 0;
};

// Characters that count: what a reader reads, without spaces and markup.
int visibleLength(const QString &markdown);

// The rules over topics, articles, questions and answers: each family of
// rules is a file (contentlinttopics.cpp, contentlintquestions.cpp,
// contentlintwording.cpp).
class Linter
{
public:
    // From a content directory, every question gives its own stable id.
    Linter(QList<TopicText> topics, bool fromDirectory);

    QList<LintFinding> run();

private:
    void report(const TopicText &topic, const QString &file, int line, const char *rule,
                const QString &message)
    {
        m_findings.append(
            {file, file.isEmpty() ? 0 : line, topic.slug, QLatin1String(rule), message});
    }
    void report(const TopicText &topic, const char *rule, const QString &message)
    {
        report(topic, topic.file, topic.line, rule, message);
    }
    void report(const TopicText &topic, const Text &text, qsizetype offset, const char *rule,
                const QString &message)
    {
        report(topic, text.file.isEmpty() ? topic.file : text.file,
               text.file.isEmpty() ? topic.line : text.lineAt(offset), rule, message);
    }

    // An ancestor's title (the department), to tell symptom and first-aid pages.
    bool isUnder(const TopicText &topic, const QString &departmentTitle) const;

    // The shape of a topic and its articles (contentlinttopics.cpp).
    void checkTopic(const TopicText &topic);
    void checkAliases(const TopicText &topic);
    void checkRelated(const TopicText &topic);
    void checkLinks(const TopicText &topic, const Text &text);
    void checkArticles(const TopicText &topic);

    // Questions and answers (contentlintquestions.cpp).
    void checkQuestions(const TopicText &topic);
    void checkDuplicateQuestions();
    void checkRepeatedAnswers();

    // Wording and safety (contentlintwording.cpp): rules for every text, the
    // patient's words included, and for what we say (the summary, articles
    // and answers).
    void checkTheirText(const TopicText &topic, const Text &text);
    void checkOurText(const TopicText &topic, const Text &text);

    QList<TopicText> m_topics;
    bool m_fromDirectory = false;
    qint64 m_nextQuestionId = 1;
    QHash<QString, qsizetype> m_bySlug;
    QHash<QString, QString> m_byTitle; // lower-case title → slug
    QList<LintFinding> m_findings;
};

// What a red flag needs (contentlintalerts.cpp).
QList<LintFinding> lintAlerts(const QList<AlertText> &alerts, const QSet<QString> &slugs);

} // namespace qingnang::lintdetail
