// SPDX-License-Identifier: MIT
// The rules of lint for questions and answers: how many, how long, asked
// twice, or answering with another question's words.
#include "contentlint_p.h"

#include "markdownlite.h"

namespace qingnang::lintdetail {

namespace {

constexpr int answerMin = 100;
constexpr int answerMax = 400;
constexpr int minQuestions = 3;
constexpr int minQuestionTitle = 5;
// Two answers that share this many characters (letters, digits and Han,
// punctuation and spaces left out) repeat one another.
constexpr int sharedRun = 30;

// Letters, digits and Han only, lower case: for comparing questions and answers.
QString comparable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : markdownToPlainLine(text)) {
        if (c.isLetterOrNumber()) {
            result += c.toLower();
        }
    }
    return result;
}

} // namespace

void Linter::checkQuestions(const TopicText &topic)
{
    if (topic.questions.size() < minQuestions) {
        report(topic, "questions",
               QStringLiteral("%1 question(s); a topic has at least %2")
                   .arg(topic.questions.size())
                   .arg(minQuestions));
    }
    for (const QuestionText &question : topic.questions) {
        if (visibleLength(question.title.text) < minQuestionTitle) {
            report(topic, question.title, 0, "question",
                   QStringLiteral("the question 「%1」 is too short").arg(question.title.text));
        }
        if (m_fromDirectory && question.id == 0) {
            report(topic, question.title, 0, "question-id",
                   QStringLiteral("the question 「%1」 has no \"id\": give it the next free "
                                  "one, %2 (its address stays the same whatever changes)")
                       .arg(question.title.text)
                       .arg(m_nextQuestionId++));
        }
        checkTheirText(topic, question.title);
        checkTheirText(topic, question.body);
        if (question.answers.isEmpty()) {
            report(topic, question.title, 0, "answer",
                   QStringLiteral("the question 「%1」 has no answer").arg(question.title.text));
        }
        for (const Text &answer : question.answers) {
            const int length = visibleLength(answer.text);
            if (length < answerMin || length > answerMax) {
                report(topic, answer, 0, "answer",
                       QStringLiteral("%1 answer (%2 characters; %3–%4): 「%5」")
                           .arg(length < answerMin ? QStringLiteral("a short")
                                                   : QStringLiteral("a long"))
                           .arg(length)
                           .arg(answerMin)
                           .arg(answerMax)
                           .arg(question.title.text));
            }
            checkOurText(topic, answer);
            checkLinks(topic, answer);
        }
    }
}

void Linter::checkDuplicateQuestions()
{
    QHash<QString, QString> seen; // comparable title → topic slug
    for (const TopicText &topic : m_topics) {
        for (const QuestionText &question : topic.questions) {
            const QString key = comparable(question.title.text);
            if (key.isEmpty()) {
                continue;
            }
            if (const auto it = seen.constFind(key); it != seen.cend()) {
                report(topic, question.title, 0, "question-duplicate",
                       QStringLiteral("the question 「%1」 is asked twice (also in %2)")
                           .arg(question.title.text, *it));
            } else {
                seen.insert(key, topic.slug);
            }
        }
    }
}

// Answers that share a run of sharedRun characters repeat each other:
// each answer answers its own question. Runs are indexed at every eighth
// position and looked up at every position, which finds every shared run
// of sharedRun + 7 characters and most shorter ones, in a bounded table.
void Linter::checkRepeatedAnswers()
{
    struct Owner
    {
        qsizetype topic;
        qsizetype question;
    };
    QHash<QString, Owner> index;
    QSet<QString> reported;
    for (qsizetype t = 0; t < m_topics.size(); ++t) {
        const TopicText &topic = m_topics.at(t);
        for (qsizetype q = 0; q < topic.questions.size(); ++q) {
            for (const Text &answer : topic.questions.at(q).answers) {
                const QString text = comparable(answer.text);
                bool found = false;
                for (qsizetype i = 0; !found && i + sharedRun <= text.size(); ++i) {
                    const auto it = index.constFind(text.mid(i, sharedRun));
                    if (it == index.cend() || (it->topic == t && it->question == q)) {
                        continue;
                    }
                    const TopicText &other = m_topics.at(it->topic);
                    const QString otherTitle = other.questions.at(it->question).title.text;
                    const QString pair = topic.slug + QString::number(q) + QLatin1Char('|') +
                                         other.slug + QString::number(it->question);
                    if (!reported.contains(pair)) {
                        reported.insert(pair);
                        report(topic, answer, 0, "answer-repeated",
                               QStringLiteral("the answer to 「%1」 repeats the answer to 「%2」 "
                                              "(%3): 「%4」")
                                   .arg(topic.questions.at(q).title.text, otherTitle, other.slug,
                                        text.mid(i, sharedRun)));
                    }
                    found = true;
                }
                for (qsizetype i = 0; i + sharedRun <= text.size(); i += 8) {
                    index.insert(text.mid(i, sharedRun), {t, q});
                }
            }
        }
    }
}

} // namespace qingnang::lintdetail
