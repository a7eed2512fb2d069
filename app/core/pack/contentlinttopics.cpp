// SPDX-License-Identifier: MIT
// The rules of lint for the shape of a topic: its summary, aliases, related
// topics and links, and the sections of its articles.
#include "contentlint_p.h"

#include "markdownlite.h"

namespace qingnang::lintdetail {

namespace {

// ---- The handbook's words ----

const QString hospitalSection = QStringLiteral("什么时候要去医院");
const QString dangerFirstSection = QStringLiteral("先看危险信号");
const QString firstAidSection = QStringLiteral("立即这样做");
const QString symptomDepartment = QStringLiteral("症状");
const QString firstAidDepartment = QStringLiteral("急症与急救");

// The order of sections where they appear (content.md), by kind of page.
const QStringList &sectionOrder(bool symptomPage, bool firstAidPage)
{
    static const QStringList general{QStringLiteral("是什么"),
                                     QStringLiteral("为什么重要"),
                                     QStringLiteral("中医怎么看"),
                                     QStringLiteral("常见原因"),
                                     QStringLiteral("主要表现"),
                                     QStringLiteral("怎样检查"),
                                     QStringLiteral("怎样治疗"),
                                     QStringLiteral("怎样做"),
                                     QStringLiteral("日常照护与预防"),
                                     QStringLiteral("常见误区"),
                                     hospitalSection};
    static const QStringList symptoms{dangerFirstSection,
                                      QStringLiteral("可能的原因"),
                                      QStringLiteral("可以先读的专题"),
                                      QStringLiteral("自己可以先做什么"),
                                      QStringLiteral("怎样检查"),
                                      hospitalSection};
    static const QStringList firstAidSections{firstAidSection, QStringLiteral("不要这样做"),
                                              QStringLiteral("是什么"), QStringLiteral("怎样预防"),
                                              hospitalSection};
    return symptomPage ? symptoms : firstAidPage ? firstAidSections : general;
}

constexpr int summaryMin = 80;
constexpr int summaryMax = 200;
constexpr int departmentSummaryMin = 40;

} // namespace

Linter::Linter(QList<TopicText> topics, bool fromDirectory)
    : m_topics(std::move(topics))
    , m_fromDirectory(fromDirectory)
{
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        m_bySlug.insert(m_topics.at(i).slug, i);
    }
    for (const TopicText &topic : m_topics) {
        for (const QuestionText &question : topic.questions) {
            m_nextQuestionId = qMax(m_nextQuestionId, question.id + 1);
        }
        m_byTitle.insert(topic.title.trimmed().toLower(), topic.slug);
        if (!topic.parent.isEmpty() && m_bySlug.contains(topic.parent)) {
            m_topics[m_bySlug.value(topic.parent)].hasChildren = true;
        }
    }
}

QList<LintFinding> Linter::run()
{
    for (const TopicText &topic : m_topics) {
        checkTopic(topic);
    }
    checkDuplicateQuestions();
    checkRepeatedAnswers();
    return m_findings;
}

// An ancestor's title (the department), to tell symptom and first-aid pages.
bool Linter::isUnder(const TopicText &topic, const QString &departmentTitle) const
{
    QString parent = topic.parent;
    for (int depth = 0; !parent.isEmpty() && depth < 16; ++depth) {
        const auto it = m_bySlug.constFind(parent);
        if (it == m_bySlug.cend()) {
            return false;
        }
        const TopicText &node = m_topics.at(*it);
        if (node.title == departmentTitle) {
            return true;
        }
        parent = node.parent;
    }
    return false;
}

void Linter::checkTopic(const TopicText &topic)
{
    if (!topic.hasContent()) {
        if (!topic.hasChildren) {
            report(topic, "department-empty",
                   QStringLiteral("「%1」 has no articles, no questions and no topics under "
                                  "it")
                       .arg(topic.title));
        } else if (visibleLength(topic.summary.text) < departmentSummaryMin) {
            report(topic, topic.summary, 0, "summary",
                   QStringLiteral("the department's summary is %1 (at least %2 characters)")
                       .arg(topic.summary.text.trimmed().isEmpty()
                                ? QStringLiteral("empty")
                                : QStringLiteral("too short: %1")
                                      .arg(visibleLength(topic.summary.text)))
                       .arg(departmentSummaryMin));
        }
        checkAliases(topic);
        return;
    }
    const int summary = visibleLength(topic.summary.text);
    if (summary == 0) {
        report(topic, topic.summary, 0, "summary", QStringLiteral("the summary is empty"));
    } else if (summary < summaryMin || summary > summaryMax) {
        report(topic, topic.summary, 0, "summary",
               QStringLiteral("the summary has %1 characters (%2–%3)")
                   .arg(summary)
                   .arg(summaryMin)
                   .arg(summaryMax));
    }
    checkOurText(topic, topic.summary);
    checkAliases(topic);
    checkRelated(topic);
    checkArticles(topic);
    checkQuestions(topic);
}

void Linter::checkAliases(const TopicText &topic)
{
    QSet<QString> seen;
    for (const Text &alias : topic.aliases) {
        const QString key = alias.text.trimmed().toLower();
        if (key == topic.title.trimmed().toLower()) {
            report(topic, alias, 0, "alias",
                   QStringLiteral("the alias 「%1」 is the topic's own title").arg(alias.text));
        } else if (const auto other = m_byTitle.constFind(key); other != m_byTitle.cend()) {
            report(topic, alias, 0, "alias",
                   QStringLiteral("the alias 「%1」 is the title of another topic (%2)")
                       .arg(alias.text, *other));
        }
        if (seen.contains(key)) {
            report(topic, alias, 0, "alias",
                   QStringLiteral("the alias 「%1」 is given twice").arg(alias.text));
        }
        seen.insert(key);
        checkTheirText(topic, alias);
    }
}

void Linter::checkRelated(const TopicText &topic)
{
    if (topic.related.isEmpty()) {
        report(topic, "related", QStringLiteral("no related topics"));
    }
    for (const Text &related : topic.related) {
        if (related.text == topic.slug) {
            report(topic, related, 0, "related", QStringLiteral("the topic is related to itself"));
        } else if (!m_bySlug.contains(related.text)) {
            report(topic, related, 0, "related",
                   QStringLiteral("related topic \"%1\" does not exist").arg(related.text));
        }
    }
}

void Linter::checkLinks(const TopicText &topic, const Text &text)
{
    for (const QString &slug : markdownTopicLinks(text.text)) {
        if (!m_bySlug.contains(slug)) {
            const qsizetype at = text.text.indexOf(QStringLiteral("(topic:") + slug);
            report(topic, text, at, "link",
                   QStringLiteral("link to topic \"%1\", which does not exist").arg(slug));
        }
    }
}

void Linter::checkArticles(const TopicText &topic)
{
    if (topic.articles.isEmpty()) {
        report(topic, "article", QStringLiteral("the topic has no article"));
        return;
    }
    const bool symptom = isUnder(topic, symptomDepartment);
    const bool firstAid = isUnder(topic, firstAidDepartment);
    bool endsWithHospital = false;
    for (const ArticleText &article : topic.articles) {
        const auto where = [&](int line) { return article.file.isEmpty() ? 0 : line; };
        const QString file = article.file.isEmpty() ? topic.file : article.file;
        const int line = article.file.isEmpty() ? topic.line : article.line;
        if (article.sections.isEmpty()) {
            continue;
        }
        const SectionText &last = article.sections.last();
        if (last.heading == hospitalSection) {
            endsWithHospital = true;
            if (!last.body.text.contains(QStringLiteral("尽快就医")) &&
                !last.body.text.contains(QStringLiteral("立即拨打120"))) {
                report(topic, last.body, 0, "hospital-section",
                       QStringLiteral("「%1」 names no concrete signs: say when to see a "
                                      "doctor soon (尽快就医) or call 120 (立即拨打120)")
                           .arg(hospitalSection));
            }
        }
        for (qsizetype i = 0; i + 1 < article.sections.size(); ++i) {
            if (article.sections.at(i).heading == hospitalSection) {
                report(topic, file, where(line), "section-order",
                       QStringLiteral("「%1」 must be the article's last section (%2)")
                           .arg(hospitalSection, article.slug));
            }
        }
        const QString first = article.sections.first().heading;
        if (symptom && first != dangerFirstSection) {
            report(topic, file, where(line), "danger-first",
                   QStringLiteral("a symptom page starts with 「%1」 (%2 starts with 「%3」)")
                       .arg(dangerFirstSection, article.slug, first));
        }
        if (firstAid) {
            if (first != firstAidSection) {
                report(topic, file, where(line), "danger-first",
                       QStringLiteral("a first-aid page starts with 「%1」, the steps (%2 "
                                      "starts with 「%3」)")
                           .arg(firstAidSection, article.slug, first));
            } else if (!article.sections.first().body.text.contains(QStringLiteral("120"))) {
                report(topic, article.sections.first().body, 0, "danger-first",
                       QStringLiteral("a first-aid page's steps say when to call 120"));
            }
        }
        // Known headings in the handbook's order.
        const QStringList &order = sectionOrder(symptom, firstAid);
        int previous = -1;
        for (const SectionText &section : article.sections) {
            const int rank = int(order.indexOf(section.heading));
            if (rank >= 0 && rank < previous) {
                report(topic, section.body, 0, "section-order",
                       QStringLiteral("section 「%1」 comes before 「%2」 (%3)")
                           .arg(section.heading, order.at(previous), article.slug));
            }
            previous = qMax(previous, rank);
            checkOurText(topic, section.body);
            checkLinks(topic, section.body);
        }
    }
    if (!endsWithHospital) {
        report(topic, "hospital-section",
               QStringLiteral("no article of the topic ends with 「%1」").arg(hospitalSection));
    }
}

} // namespace qingnang::lintdetail
