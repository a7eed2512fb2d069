// SPDX-License-Identifier: MIT
#include "contentlint.h"

#include "contentsource.h"
#include "markdownlite.h"
#include "pack.h"
#include "scopefile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace qingnang {

QString LintFinding::location() const
{
    if (file.isEmpty()) {
        return slug;
    }
    const QString shown = QDir::toNativeSeparators(file);
    return line > 0 ? shown + QLatin1Char(':') + QString::number(line) : shown;
}

namespace {

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
constexpr int answerMin = 100;
constexpr int answerMax = 400;
constexpr int minQuestions = 3;
constexpr int minQuestionTitle = 5;
// Two answers that share this many characters (letters, digits and Han,
// punctuation and spaces left out) repeat one another.
constexpr int sharedRun = 30;

QRegularExpression pattern(const QString &expression, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive) {
        options |= QRegularExpression::CaseInsensitiveOption;
    }
    return QRegularExpression(expression, options);
}

// Words that make a sentence about a medicine.
const QRegularExpression &medicineWords()
{
    static const QRegularExpression re = pattern(QStringLiteral(
        "药|服用|口服|吞服|含服|胶囊|片剂|颗粒|冲剂|口服液|糖浆|注射|输液|打针|针剂|滴眼|滴鼻|"
        "喷剂|喷雾|栓剂|贴剂|软膏|乳膏|激素|抗生素|剂量|用量"));
    return re;
}

struct Rule
{
    QRegularExpression re;
    bool needsMedicine; // only in a sentence about a medicine
};

const QList<Rule> &doseRules()
{
    static const QList<Rule> rules{
        {pattern(QStringLiteral("\\d+(?:\\.\\d+)?\\s*(?:毫克|微克|国际单位|片|粒|丸)|"
                                "\\d+(?:\\.\\d+)?\\s*(?:mg|μg|ug|mcg|iu)(?![a-z])"),
                 true),
         false},
        {pattern(QStringLiteral("(?:mg|毫克|微克)\\s*/\\s*(?:kg|公斤)|每公斤体重"), true), false},
        {pattern(QStringLiteral("\\b(?:qd|bid|tid|qid|qn|q\\d+h)\\b"), true), false},
        {pattern(QStringLiteral("\\d+(?:\\.\\d+)?\\s*(?:克|毫升|滴|单位|袋|支|包|瓶|勺)|"
                                "\\d+(?:\\.\\d+)?\\s*(?:g|ml)(?![a-z])"),
                 true),
         true},
        {pattern(
             QStringLiteral("[一二两三四五六七八九十半]\\s*(?:片|粒|丸|袋|支|包|毫升|克|勺|滴)")),
         true},
        {pattern(QStringLiteral(
             "(?:每日|每天|一日|一天|每晚|每早|每周|一周)\\s*(?:[一二两三四五六]|[1-6])"
             "\\s*(?:次|回)|(?:[一二两三四]|[1-4])\\s*次\\s*/\\s*(?:日|天)|"
             "每(?:隔)?\\s*\\d+\\s*(?:个)?小时")),
         true},
    };
    return rules;
}

const QRegularExpression &brandNames()
{
    // Registered marks, and brands of medicines and supplements sold in China
    // that people know by name. A generic name is not a brand (see drugNames()).
    static const QRegularExpression re = pattern(QStringLiteral(
        "®|™|（R）|\\(R\\)|芬必得|泰诺|百服宁|美林|感康|白加黑|康泰克|快克|斯达舒|达喜|"
        "吗丁啉|思密达|妈咪爱|整肠生|金嗓子|草珊瑚|云南白药|片仔癀|同仁堂|江中|达克宁|"
        "皮炎平|无极膏|扶他林|拜阿司匹灵|波立维|立普妥|络活喜|倍他乐克|格华止|拜糖苹|"
        "诺和灵|来得时|万艾可|希爱力|伟哥|毓婷|汤臣倍健|脑白金|善存|钙尔奇|迪巧|伊可新|"
        "小葵花|护彤|999|三九"));
    return re;
}

const QRegularExpression &drugNames()
{
    // Single medicines by name: the handbook names classes only (降压药,
    // 抗生素 …). Kept short on purpose; it lists the names writers reach for.
    static const QRegularExpression re = pattern(QStringLiteral(
        "阿司匹林|布洛芬|对乙酰氨基酚|扑热息痛|奥美拉唑|雷贝拉唑|泮托拉唑|艾司奥美拉唑|二甲双胍|"
        "格列[本美齐吡喹]|阿卡波糖|硝酸甘油|速效救心丸|阿莫西林|头孢|青霉素|左氧氟沙星|甲硝唑|"
        "氯雷他定|西替利嗪|蒙脱石|地塞米松|泼尼松|氢化可的松|布地奈德|沙丁胺醇|氨茶碱|硝苯地平|"
        "氨氯地平|缬沙坦|厄贝沙坦|美托洛尔|华法林|氯吡格雷|利伐沙班|奥司他韦|阿昔洛韦|伐昔洛韦|"
        "特比萘芬|酮康唑|克霉唑|咪康唑|红霉素|莫匹罗星|维A酸|过氧苯甲酰|米诺地尔|非那雄胺|舍曲林|"
        "氟西汀|帕罗西汀|艾司西酞普兰|阿普唑仑|艾司唑仑|地西泮|唑吡坦|左甲状腺素|甲巯咪唑|"
        "丙硫氧嘧啶|别嘌醇|非布司他|秋水仙碱|六味地黄丸|藿香正气|板蓝根|连花清瘟|安宫牛黄丸|"
        "牛黄解毒|双黄连|清开灵|复方甘草"));
    return re;
}

const QRegularExpression &promises()
{
    // 神药 (a miracle drug) but not 精神药品 (psychiatric medicines).
    static const QRegularExpression re = pattern(
        QStringLiteral("根治|包治|特效|(?<!精)神药|祖传|秘方|偏方|100\\s*%|百分之百|彻底治愈|"
                       "彻底根除|永不复发|药到病除|立竿见影|一次见效|保证治愈|无副作用|纯天然"));
    return re;
}

const QRegularExpression &negations()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("不|无|没|未|非|别|勿|莫|谨防|警惕|当心|小心|所谓|号称|宣称|声称|"
                               "打着|假|骗|虚假|夸大|吹嘘|迷信"));
    return re;
}

const QRegularExpression &inventedEvidence()
{
    static const QRegularExpression re = pattern(QStringLiteral(
        "研究(?:表明|显示|发现|证实|证明)|据(?:不完全)?统计|统计(?:显示|表明|数据)|"
        "数据(?:显示|表明)|调查(?:显示|表明|发现)|临床试验(?:证明|表明|显示)|"
        "专家(?:指出|表示|建议|认为|提醒|共识)|指南(?:指出|推荐|建议|规定)|权威机构|教授|院士|"
        "名医|主任医师"));
    return re;
}

const QRegularExpression &percentages()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("\\d+(?:\\.\\d+)?\\s*%|百分之[一二三四五六七八九十零几\\d]"));
    return re;
}

// Where a percentage is a well-known threshold or concentration, not a statistic.
const QRegularExpression &percentageContexts()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("糖化血红蛋白|血氧|酒精|乙醇|湿度"));
    return re;
}

const QRegularExpression &hotlines()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("(?:拨打|电话|热线|致电|呼叫)[^0-9\\n。]{0,8}(\\d[\\d-]{2,14})"));
    return re;
}

// Numbers the library may give: emergency, police, fire, traffic, the national
// psychological help line and the health hotline.
const QSet<QString> &knownNumbers()
{
    static const QSet<QString> numbers{QStringLiteral("120"),   QStringLiteral("110"),
                                       QStringLiteral("119"),   QStringLiteral("122"),
                                       QStringLiteral("12356"), QStringLiteral("12320")};
    return numbers;
}

const QRegularExpression &artefacts()
{
    static const QRegularExpression re =
        pattern(QStringLiteral("小编|亲子鉴定|点击|扫码|公众号|微信|加V|QQ"), true);
    return re;
}

// Full-width ASCII to ASCII, one character for one, so offsets stay valid.
QString foldWidth(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) {
            c = QChar(c.unicode() - 0xFEE0);
        } else if (c.unicode() == 0x3000) {
            c = QLatin1Char(' ');
        }
    }
    return folded;
}

bool isSentenceEnd(QChar c)
{
    static const QString ends = QStringLiteral("。！？；!?;\n");
    return ends.contains(c);
}

// The sentence around offset: [start, end).
std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype offset)
{
    qsizetype start = offset;
    while (start > 0 && !isSentenceEnd(text.at(start - 1))) {
        --start;
    }
    qsizetype end = offset;
    while (end < text.size() && !isSentenceEnd(text.at(end))) {
        ++end;
    }
    return {start, end};
}

// Characters that count: what a reader reads, without spaces and markup.
int visibleLength(const QString &markdown)
{
    const QString plain = markdownToPlainLine(markdown);
    return int(std::count_if(plain.begin(), plain.end(), [](QChar c) { return !c.isSpace(); }));
}

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

// ---- The rules ----

class Linter
{
public:
    // From a content directory, every question gives its own stable id.
    Linter(QList<TopicText> topics, bool fromDirectory)
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

    QList<LintFinding> run()
    {
        for (const TopicText &topic : m_topics) {
            checkTopic(topic);
        }
        checkDuplicateQuestions();
        checkRepeatedAnswers();
        return m_findings;
    }

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
    bool isUnder(const TopicText &topic, const QString &departmentTitle) const
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

    void checkTopic(const TopicText &topic)
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

    void checkAliases(const TopicText &topic)
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

    void checkRelated(const TopicText &topic)
    {
        if (topic.related.isEmpty()) {
            report(topic, "related", QStringLiteral("no related topics"));
        }
        for (const Text &related : topic.related) {
            if (related.text == topic.slug) {
                report(topic, related, 0, "related",
                       QStringLiteral("the topic is related to itself"));
            } else if (!m_bySlug.contains(related.text)) {
                report(topic, related, 0, "related",
                       QStringLiteral("related topic \"%1\" does not exist").arg(related.text));
            }
        }
    }

    void checkLinks(const TopicText &topic, const Text &text)
    {
        for (const QString &slug : markdownTopicLinks(text.text)) {
            if (!m_bySlug.contains(slug)) {
                const qsizetype at = text.text.indexOf(QStringLiteral("(topic:") + slug);
                report(topic, text, at, "link",
                       QStringLiteral("link to topic \"%1\", which does not exist").arg(slug));
            }
        }
    }

    void checkArticles(const TopicText &topic)
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

    void checkQuestions(const TopicText &topic)
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
                report(
                    topic, question.title, 0, "answer",
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

    // Rules for every text, the patient's words included.
    void checkTheirText(const TopicText &topic, const Text &text)
    {
        if (text.text.isEmpty()) {
            return;
        }
        const QString folded = foldWidth(text.text);
        forEachMatch(brandNames(), folded, [&](const QRegularExpressionMatch &m) {
            report(
                topic, text, m.capturedStart(), "brand",
                QStringLiteral("a brand name: 「%1」 (name the kind of medicine, not the product)")
                    .arg(m.captured()));
        });
        static const QRegularExpression branded = pattern(QStringLiteral("\\p{Han}{2,4}牌"));
        static const QString notBrands = QStringLiteral("品招名冒门车王");
        forEachMatch(branded, folded, [&](const QRegularExpressionMatch &m) {
            const qsizetype end = m.capturedEnd();
            if (!notBrands.contains(folded.at(end - 2)) &&
                !(end < folded.size() && QStringLiteral("子匾照坊").contains(folded.at(end)))) {
                report(topic, text, m.capturedStart(), "brand",
                       QStringLiteral("a brand-like name: 「%1」").arg(m.captured()));
            }
        });
        forEachMatch(artefacts(), folded, [&](const QRegularExpressionMatch &m) {
            report(topic, text, m.capturedStart(), "artefact",
                   QStringLiteral("「%1」: web-page residue or advertising, not content")
                       .arg(m.captured()));
        });
        forEachMatch(hotlines(), folded, [&](const QRegularExpressionMatch &m) {
            QString number = m.captured(1);
            number.remove(QLatin1Char('-'));
            if (!knownNumbers().contains(number)) {
                report(topic, text, m.capturedStart(), "hotline",
                       QStringLiteral("the number %1 is not one the library gives (120, 110, "
                                      "119, 122, 12356, 12320)")
                           .arg(m.captured(1)));
            }
        });
    }

    // Rules for what we say: the summary, articles and answers.
    void checkOurText(const TopicText &topic, const Text &text)
    {
        checkTheirText(topic, text);
        const QString folded = foldWidth(text.text);
        for (const Rule &rule : doseRules()) {
            forEachMatch(rule.re, folded, [&](const QRegularExpressionMatch &m) {
                const auto [start, end] = sentenceAround(folded, m.capturedStart());
                if (rule.needsMedicine &&
                    !medicineWords().match(folded.mid(start, end - start)).hasMatch()) {
                    return;
                }
                report(topic, text, m.capturedStart(), "dose",
                       QStringLiteral("a dose or how often to take a medicine: 「%1」 (never; "
                                      "say 遵医嘱)")
                           .arg(folded.mid(start, end - start).trimmed().left(40)));
            });
        }
        forEachMatch(drugNames(), folded, [&](const QRegularExpressionMatch &m) {
            if (m.capturedEnd() < folded.size() && folded.at(m.capturedEnd()) == QChar(0x7C7B)) {
                return; // "头孢类", "维A酸类": a class after all
            }
            report(topic, text, m.capturedStart(), "drug-name",
                   QStringLiteral("a single medicine by name: 「%1」 (name its class)")
                       .arg(m.captured()));
        });
        forEachMatch(promises(), folded, [&](const QRegularExpressionMatch &m) {
            const auto [start, end] = sentenceAround(folded, m.capturedStart());
            const qsizetype from = qMax(start, m.capturedStart() - 24);
            const QString before = folded.mid(from, m.capturedStart() - from);
            const QString after = folded.mid(m.capturedEnd(), qMin(end - m.capturedEnd(), 8));
            static const QRegularExpression disowned =
                pattern(QStringLiteral("^.{0,3}[吗么]|的(?:说法|广告|宣传)|是骗|不可信|都是假"));
            if (negations().match(before).hasMatch() || disowned.match(after).hasMatch()) {
                return;
            }
            report(topic, text, m.capturedStart(), "promise",
                   QStringLiteral("a promise: 「%1」 in 「%2」")
                       .arg(m.captured(), folded.mid(start, end - start).trimmed().left(40)));
        });
        forEachMatch(inventedEvidence(), folded, [&](const QRegularExpressionMatch &m) {
            report(topic, text, m.capturedStart(), "invented",
                   QStringLiteral("「%1」: no studies, statistics, experts or guidelines that "
                                  "cannot be named exactly")
                       .arg(m.captured()));
        });
        forEachMatch(percentages(), folded, [&](const QRegularExpressionMatch &m) {
            const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 12);
            if (percentageContexts()
                    .match(folded.mid(from, m.capturedEnd() - from + 6))
                    .hasMatch()) {
                return;
            }
            report(topic, text, m.capturedStart(), "invented",
                   QStringLiteral("a percentage, 「%1」: say 多数 / 少数 instead of figures")
                       .arg(m.captured()));
        });
    }

    static void forEachMatch(const QRegularExpression &re, const QString &text,
                             const std::function<void(const QRegularExpressionMatch &)> &visit)
    {
        for (const QRegularExpressionMatch &match : re.globalMatch(text)) {
            visit(match);
        }
    }

    void checkDuplicateQuestions()
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
    void checkRepeatedAnswers()
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
                            report(
                                topic, answer, 0, "answer-repeated",
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

    QList<TopicText> m_topics;
    bool m_fromDirectory = false;
    qint64 m_nextQuestionId = 1;
    QHash<QString, qsizetype> m_bySlug;
    QHash<QString, QString> m_byTitle; // lower-case title → slug
    QList<LintFinding> m_findings;
};

// ---- The red flags (docs/alerts.md) ----

struct AlertText
{
    AlertRule rule;
    QString topic; // slug
    QString file;  // empty for a pack
    int line = 0;
};

// What a red flag needs: the topic it points at, a message that says what to
// do now (120 for an emergency; 12356 and 120 for a crisis), and phrases
// specific enough not to fire on everyday queries (a pattern of one group
// matches whenever one of its phrases is in the query: not one character).
QList<LintFinding> lintAlerts(const QList<AlertText> &alerts, const QSet<QString> &slugs)
{
    QList<LintFinding> findings;
    const auto report = [&](const AlertText &alert, const QString &message) {
        findings.append(
            {alert.file, alert.file.isEmpty() ? 0 : alert.line,
             alert.file.isEmpty() ? QStringLiteral("alert:") + alert.rule.id : QString(),
             QStringLiteral("alert"), message});
    };
    for (const AlertText &alert : alerts) {
        const AlertRule &rule = alert.rule;
        if (!alert.topic.isEmpty() && !slugs.contains(alert.topic)) {
            report(alert,
                   QStringLiteral("alert \"%1\" points at topic \"%2\", which does not exist")
                       .arg(rule.id, alert.topic));
        }
        if (alert.topic.isEmpty()) {
            report(alert, QStringLiteral("alert \"%1\" has no topic to read").arg(rule.id));
        }
        const bool emergency = rule.level == QLatin1String("emergency");
        const bool crisis = rule.level == QLatin1String("crisis");
        if ((emergency || crisis) && !rule.message.contains(QStringLiteral("120"))) {
            report(alert, QStringLiteral("alert \"%1\" (%2) does not say to call 120")
                              .arg(rule.id, rule.level));
        }
        if (crisis && !rule.message.contains(QStringLiteral("12356"))) {
            report(alert, QStringLiteral("alert \"%1\" (crisis) does not give the help line 12356")
                              .arg(rule.id));
        }
        const int length = visibleLength(rule.message);
        if (length < 20 || length > 300) {
            report(alert, QStringLiteral("alert \"%1\": the message has %2 characters (20–300)")
                              .arg(rule.id)
                              .arg(length));
        }
        for (const QList<QStringList> &pattern : rule.patterns) {
            if (pattern.size() != 1) {
                continue;
            }
            for (const QString &phrase : pattern.first()) {
                if (phrase.size() < 2) {
                    report(alert, QStringLiteral("alert \"%1\": the phrase \"%2\" alone would "
                                                 "raise it on too many queries")
                                      .arg(rule.id, phrase));
                }
            }
        }
    }
    return findings;
}

// ---- Reading a content directory ----

QString readText(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok) {
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(file.readAll());
    *ok = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

// The line of a JSON file on which a string value stands, as JSON writes it
// (a string value is on one line): its first occurrence, or for a value given
// again, its next one, counted in *seen, so equal values get their own lines.
int lineOfValue(const QString &raw, const QString &value, QHash<QString, int> *seen)
{
    QByteArray encoded = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    encoded = encoded.mid(1, encoded.size() - 2); // ["…"] → "…"
    QString needle = QString::fromUtf8(encoded);
    if (!raw.contains(needle)) {
        needle = value.left(12); // written with other escapes: look for its start
    }
    if (needle.isEmpty()) {
        return 0;
    }
    const int occurrence = (*seen)[value]++;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = raw.indexOf(needle, at + 1);
        if (at < 0) {
            return 0;
        }
    }
    return int(QStringView(raw).left(at).count(QLatin1Char('\n'))) + 1;
}

// Sections of a Markdown article with the file line of each line of their text.
QList<SectionText> sectionsWithLines(const QString &path, const QString &raw)
{
    QList<SectionText> sections;
    const QStringList lines = raw.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("## "))) {
            sections.append({line.mid(3).trimmed(), {QString(), path, int(i) + 1, {}}});
        } else if (!sections.isEmpty() && !line.startsWith(QLatin1String("# "))) {
            Text &body = sections.last().body;
            if (!body.lines.isEmpty() || !line.isEmpty()) {
                body.text += (body.lines.isEmpty() ? QString() : QStringLiteral("\n")) + line;
                body.lines.append(int(i) + 1);
            }
        }
    }
    for (SectionText &section : sections) {
        while (section.body.text.endsWith(QLatin1Char('\n'))) {
            section.body.text.chop(1);
            section.body.lines.removeLast();
        }
    }
    return sections;
}

// "FILE: line N, …: what" or "FILE: line N: what" from the content reader, as a finding.
LintFinding findingFromError(const QString &error, const QStringList &files)
{
    LintFinding finding;
    finding.rule = QStringLiteral("format");
    finding.message = error;
    for (const QString &file : files) {
        const QString prefix = QDir::toNativeSeparators(file) + QStringLiteral(": ");
        if (error.startsWith(prefix)) {
            finding.file = file;
            finding.message = error.mid(prefix.size());
            break;
        }
    }
    static const QRegularExpression line(QStringLiteral("^line (\\d+)(?:, column \\d+)?: "));
    if (const QRegularExpressionMatch m = line.match(finding.message); m.hasMatch()) {
        finding.line = m.captured(1).toInt();
        finding.message = finding.message.mid(m.capturedLength());
    }
    return finding;
}

TopicText topicFromFile(const ContentTopic &topic, const QString &raw, const QString &articleDir)
{
    TopicText result;
    result.slug = topic.slug;
    result.title = topic.title;
    result.parent = topic.parent;
    result.file = topic.file;
    result.line = 1;
    QHash<QString, int> seen;
    const auto located = [&](const QString &value) {
        return Text{value, topic.file, lineOfValue(raw, value, &seen), {}};
    };
    result.summary = located(topic.summary);
    for (const QString &alias : topic.aliases) {
        result.aliases.append(located(alias));
    }
    for (const QString &related : topic.related) {
        result.related.append(located(related));
    }
    for (const ContentArticle &article : topic.articles) {
        const QString path = QDir(articleDir).filePath(article.slug + QStringLiteral(".md"));
        bool ok = false;
        const QString text = readText(path, &ok);
        result.articles.append(
            {article.slug, article.title, path, 1, sectionsWithLines(path, text)});
    }
    for (const ContentQuestion &question : topic.questions) {
        QuestionText entry;
        entry.id = question.id;
        entry.title = located(question.title);
        entry.body = question.body.isEmpty() ? Text{} : located(question.body);
        for (const QString &answer : question.answers) {
            entry.answers.append(located(answer));
        }
        result.questions.append(entry);
    }
    return result;
}

} // namespace

LintReport lintContentDirectory(const QString &directory)
{
    LintReport report;
    const QDir dir(directory);
    if (!dir.exists()) {
        report.error = QDir::toNativeSeparators(directory) + QStringLiteral(": no such directory");
        return report;
    }
    QString error;
    const std::optional<ContentPack> pack = readContentPackFile(directory, &error);
    if (!pack) {
        report.error = error;
        return report;
    }
    const QDir topicsDir(dir.filePath(QStringLiteral("topics")));
    const QString articleDir = dir.filePath(QStringLiteral("articles"));
    const QStringList names =
        topicsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        report.error = QDir::toNativeSeparators(topicsDir.path()) +
                       QStringLiteral(": holds no topic files (*.json)");
        return report;
    }
    QList<TopicText> topics;
    QHash<QString, QString> slugFile;
    QHash<QString, QString> articleOwner;
    for (const QString &name : names) {
        const QString path = topicsDir.filePath(name);
        QString problem;
        const std::optional<ContentTopic> topic =
            readContentTopicFile(directory, path, *pack, &problem);
        if (!topic) {
            QStringList files{path};
            static const QRegularExpression mdFile(QStringLiteral("^(.*?\\.md): "));
            if (const auto m = mdFile.match(problem); m.hasMatch()) {
                files.prepend(QDir::fromNativeSeparators(m.captured(1)));
            }
            report.findings.append(findingFromError(problem, files));
            continue;
        }
        if (slugFile.contains(topic->slug)) {
            report.findings.append({path, 1, topic->slug, QStringLiteral("slug"),
                                    QStringLiteral("slug \"%1\" is already used by %2")
                                        .arg(topic->slug, slugFile.value(topic->slug))});
            continue;
        }
        slugFile.insert(topic->slug, path);
        for (const ContentArticle &article : topic->articles) {
            if (articleOwner.contains(article.slug)) {
                report.findings.append({path, 1, topic->slug, QStringLiteral("format"),
                                        QStringLiteral("article \"%1\" is already listed by %2")
                                            .arg(article.slug, articleOwner.value(article.slug))});
            }
            articleOwner.insert(article.slug, path);
        }
        bool ok = false;
        topics.append(topicFromFile(*topic, readText(path, &ok), articleDir));
    }
    for (const TopicText &topic : topics) {
        if (!topic.parent.isEmpty() && !slugFile.contains(topic.parent)) {
            report.findings.append(
                {topic.file, 1, topic.slug, QStringLiteral("format"),
                 QStringLiteral("parent \"%1\" is not a topic of this content").arg(topic.parent)});
        }
    }
    for (const QString &name :
         QDir(articleDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (!articleOwner.contains(name.chopped(3))) {
            report.findings.append({QDir(articleDir).filePath(name), 0, QString(),
                                    QStringLiteral("format"),
                                    QStringLiteral("is not listed by any topic")});
        }
    }
    report.findings += Linter(topics, true).run();
    QString alertProblem;
    const std::optional<QList<ContentAlert>> alerts =
        readContentAlertsFile(directory, &alertProblem);
    const QString alertsPath = dir.filePath(QStringLiteral("alerts.json"));
    if (!alerts) {
        report.findings.append(findingFromError(alertProblem, {alertsPath}));
    } else {
        bool ok = false;
        const QString raw = readText(alertsPath, &ok);
        QList<AlertText> located;
        for (const ContentAlert &alert : *alerts) {
            const qsizetype at = raw.indexOf(QStringLiteral("\"id\": \"%1\"").arg(alert.rule.id));
            located.append(
                {alert.rule, alert.topic, alertsPath,
                 at < 0 ? 1 : int(QStringView(raw).left(at).count(QLatin1Char('\n'))) + 1});
        }
        QSet<QString> slugs;
        for (const TopicText &topic : topics) {
            slugs.insert(topic.slug);
        }
        report.findings += lintAlerts(located, slugs);
        // A vocabulary no rule or vocabulary names is a list that does nothing.
        const QJsonObject vocab = QJsonDocument::fromJson(raw.toUtf8())
                                      .object()
                                      .value(QStringLiteral("vocab"))
                                      .toObject();
        for (const QString &name : vocab.keys()) {
            const QString reference = QStringLiteral("\"@%1\"").arg(name);
            if (!raw.contains(reference)) {
                const qsizetype at = raw.indexOf(QStringLiteral("\"%1\":").arg(name));
                report.findings.append(
                    {alertsPath, at < 0 ? 1 : int(QStringView(raw).left(at).count(u'\n')) + 1,
                     QString(), QStringLiteral("alert"),
                     QStringLiteral("the vocabulary \"%1\" is named by no rule").arg(name)});
            }
        }
    }
    const QString scopePath = dir.filePath(QStringLiteral("scope.json"));
    QString scopeProblem;
    if (!readScopeFile(scopePath, &scopeProblem)) {
        report.findings.append(findingFromError(scopeProblem, {scopePath}));
    }
    return report;
}

LintReport lintPack(const QString &path)
{
    LintReport report;
    const PackOpenResult opened = Pack::open(path);
    if (!opened.pack) {
        report.error = opened.error;
        return report;
    }
    const Pack &pack = *opened.pack;
    QList<TopicText> topics;
    // The tree, breadth first, bounded in depth like every reader of a pack.
    QList<std::pair<qint64, QString>> level{{0, QString()}};
    for (int depth = 0; !level.isEmpty() && depth < Pack::maxTreeDepth; ++depth) {
        QList<std::pair<qint64, QString>> next;
        for (const auto &[parentId, parentSlug] : level) {
            for (const TopicNode &node : pack.childTopics(parentId)) {
                const std::optional<Topic> topic = pack.topic(node.id);
                if (!topic) {
                    continue;
                }
                TopicText text;
                text.slug = topic->slug;
                text.title = topic->title;
                text.parent = parentSlug;
                text.summary.text = topic->summary;
                for (const QString &alias : topic->aliases) {
                    text.aliases.append({alias, {}, 0, {}});
                }
                for (const TopicNode &related : pack.relatedTopics(node.id)) {
                    text.related.append({related.slug, {}, 0, {}});
                }
                for (const ArticleRef &ref : pack.articlesOf(node.id, 0, node.articleCount)) {
                    if (const std::optional<Article> article = pack.articleBySlug(ref.slug)) {
                        ArticleText entry{article->slug, article->title, {}, 0, {}};
                        for (const Section &section : article->sections) {
                            entry.sections.append({section.heading, {section.body, {}, 0, {}}});
                        }
                        text.articles.append(entry);
                    }
                }
                for (const QuestionSummary &summary :
                     pack.questionsOf(node.id, Pack::listStart, 0, node.questionCount)) {
                    if (const std::optional<Question> question = pack.question(summary.id)) {
                        QuestionText entry{question->id,
                                           {question->title, {}, 0, {}},
                                           {question->body, {}, 0, {}},
                                           {}};
                        for (const Answer &answer : question->answers) {
                            entry.answers.append({answer.body, {}, 0, {}});
                        }
                        text.questions.append(entry);
                    }
                }
                topics.append(text);
                next.append({node.id, topic->slug});
            }
        }
        level = next;
    }
    report.findings = Linter(topics, false).run();
    QList<AlertText> alerts;
    QSet<QString> slugs;
    for (const TopicText &topic : topics) {
        slugs.insert(topic.slug);
    }
    for (const AlertRule &rule : pack.alerts()) {
        alerts.append({rule, rule.topicSlug, {}, 0});
    }
    report.findings += lintAlerts(alerts, slugs);
    return report;
}

} // namespace qingnang
