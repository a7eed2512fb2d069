// SPDX-License-Identifier: MIT
// The rules of lint for wording and safety: doses, medicines and brands by
// name, promises, invented evidence, hotlines and web-page residue.
#include "contentlint_p.h"

#include "markdownlite.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace qingnang::lintdetail {

namespace {

QRegularExpression pattern(const QString &expression, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive) {
        options |= QRegularExpression::CaseInsensitiveOption;
    }
    return QRegularExpression(expression, options);
}

// Words that make a sentence about a medicine.
const QRegularExpression medicineWords = pattern(QStringLiteral(
    "药|服用|口服|吞服|含服|胶囊|片剂|颗粒|冲剂|口服液|糖浆|注射|输液|打针|针剂|滴眼|滴鼻|"
    "喷剂|喷雾|栓剂|贴剂|软膏|乳膏|激素|抗生素|剂量|用量"));

struct Rule
{
    QRegularExpression re;
    bool needsMedicine; // only in a sentence about a medicine
};

const QList<Rule> doseRules{
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
    {pattern(QStringLiteral("[一二两三四五六七八九十半]\\s*(?:片|粒|丸|袋|支|包|毫升|克|勺|滴)")),
     true},
    {pattern(
         QStringLiteral("(?:每日|每天|一日|一天|每晚|每早|每周|一周)\\s*(?:[一二两三四五六]|[1-6])"
                        "\\s*(?:次|回)|(?:[一二两三四]|[1-4])\\s*次\\s*/\\s*(?:日|天)|"
                        "每(?:隔)?\\s*\\d+\\s*(?:个)?小时")),
     true},
};

// Registered marks, and brands of medicines and supplements sold in China
// that people know by name. A generic name is not a brand (see drugNames).
const QRegularExpression brandNames = pattern(
    QStringLiteral("®|™|（R）|\\(R\\)|芬必得|泰诺|百服宁|美林|感康|白加黑|康泰克|快克|斯达舒|达喜|"
                   "吗丁啉|思密达|妈咪爱|整肠生|金嗓子|草珊瑚|云南白药|片仔癀|同仁堂|江中|达克宁|"
                   "皮炎平|无极膏|扶他林|拜阿司匹灵|波立维|立普妥|络活喜|倍他乐克|格华止|拜糖苹|"
                   "诺和灵|来得时|万艾可|希爱力|伟哥|毓婷|汤臣倍健|脑白金|善存|钙尔奇|迪巧|伊可新|"
                   "小葵花|护彤|999|三九"));

// Single medicines by name: the handbook names classes only (降压药,
// 抗生素 …). Kept short on purpose; it lists the names writers reach for.
const QRegularExpression drugNames = pattern(QStringLiteral(
    "阿司匹林|布洛芬|对乙酰氨基酚|扑热息痛|奥美拉唑|雷贝拉唑|泮托拉唑|艾司奥美拉唑|二甲双胍|"
    "格列[本美齐吡喹]|阿卡波糖|硝酸甘油|速效救心丸|阿莫西林|头孢|青霉素|左氧氟沙星|甲硝唑|"
    "氯雷他定|西替利嗪|蒙脱石|地塞米松|泼尼松|氢化可的松|布地奈德|沙丁胺醇|氨茶碱|硝苯地平|"
    "氨氯地平|缬沙坦|厄贝沙坦|美托洛尔|华法林|氯吡格雷|利伐沙班|奥司他韦|阿昔洛韦|伐昔洛韦|"
    "特比萘芬|酮康唑|克霉唑|咪康唑|红霉素|莫匹罗星|维A酸|过氧苯甲酰|米诺地尔|非那雄胺|舍曲林|"
    "氟西汀|帕罗西汀|艾司西酞普兰|阿普唑仑|艾司唑仑|地西泮|唑吡坦|左甲状腺素|甲巯咪唑|"
    "丙硫氧嘧啶|别嘌醇|非布司他|秋水仙碱|六味地黄丸|藿香正气|板蓝根|连花清瘟|安宫牛黄丸|"
    "牛黄解毒|双黄连|清开灵|复方甘草"));

// 神药 (a miracle drug) but not 精神药品 (psychiatric medicines).
const QRegularExpression promises = pattern(
    QStringLiteral("根治|包治|特效|(?<!精)神药|祖传|秘方|偏方|100\\s*%|百分之百|彻底治愈|"
                   "彻底根除|永不复发|药到病除|立竿见影|一次见效|保证治愈|无副作用|纯天然"));

const QRegularExpression negations =
    pattern(QStringLiteral("不|无|没|未|非|别|勿|莫|谨防|警惕|当心|小心|所谓|号称|宣称|声称|"
                           "打着|假|骗|虚假|夸大|吹嘘|迷信"));

const QRegularExpression inventedEvidence = pattern(QStringLiteral(
    "研究(?:表明|显示|发现|证实|证明)|据(?:不完全)?统计|统计(?:显示|表明|数据)|"
    "数据(?:显示|表明)|调查(?:显示|表明|发现)|临床试验(?:证明|表明|显示)|"
    "专家(?:指出|表示|建议|认为|提醒|共识)|指南(?:指出|推荐|建议|规定)|权威机构|教授|院士|"
    "名医|主任医师"));

const QRegularExpression percentages =
    pattern(QStringLiteral("\\d+(?:\\.\\d+)?\\s*%|百分之[一二三四五六七八九十零几\\d]"));

// Where a percentage is a well-known threshold or concentration, not a statistic.
const QRegularExpression percentageContexts =
    pattern(QStringLiteral("糖化血红蛋白|血氧|酒精|乙醇|湿度"));

const QRegularExpression hotlines =
    pattern(QStringLiteral("(?:拨打|电话|热线|致电|呼叫)[^0-9\\n。]{0,8}(\\d[\\d-]{2,14})"));

// Numbers the library may give: emergency, police, fire, traffic, the national
// psychological help line and the health hotline.
const QSet<QString> knownNumbers{QStringLiteral("120"),   QStringLiteral("110"),
                                 QStringLiteral("119"),   QStringLiteral("122"),
                                 QStringLiteral("12356"), QStringLiteral("12320")};

const QRegularExpression artefacts =
    pattern(QStringLiteral("小编|亲子鉴定|点击|扫码|公众号|微信|加V|QQ"), true);

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

void forEachMatch(const QRegularExpression &re, const QString &text,
                  const std::function<void(const QRegularExpressionMatch &)> &visit)
{
    for (const QRegularExpressionMatch &match : re.globalMatch(text)) {
        visit(match);
    }
}

} // namespace

// Characters that count: what a reader reads, without spaces and markup.
int visibleLength(const QString &markdown)
{
    const QString plain = markdownToPlainLine(markdown);
    return int(std::count_if(plain.begin(), plain.end(), [](QChar c) { return !c.isSpace(); }));
}

// Rules for every text, the patient's words included.
void Linter::checkTheirText(const TopicText &topic, const Text &text)
{
    if (text.text.isEmpty()) {
        return;
    }
    const QString folded = foldWidth(text.text);
    forEachMatch(brandNames, folded, [&](const QRegularExpressionMatch &m) {
        report(topic, text, m.capturedStart(), "brand",
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
    forEachMatch(artefacts, folded, [&](const QRegularExpressionMatch &m) {
        report(topic, text, m.capturedStart(), "artefact",
               QStringLiteral("「%1」: web-page residue or advertising, not content")
                   .arg(m.captured()));
    });
    forEachMatch(hotlines, folded, [&](const QRegularExpressionMatch &m) {
        QString number = m.captured(1);
        number.remove(QLatin1Char('-'));
        if (!knownNumbers.contains(number)) {
            report(topic, text, m.capturedStart(), "hotline",
                   QStringLiteral("the number %1 is not one the library gives (120, 110, "
                                  "119, 122, 12356, 12320)")
                       .arg(m.captured(1)));
        }
    });
}

// Rules for what we say: the summary, articles and answers.
void Linter::checkOurText(const TopicText &topic, const Text &text)
{
    checkTheirText(topic, text);
    const QString folded = foldWidth(text.text);
    for (const Rule &rule : doseRules) {
        forEachMatch(rule.re, folded, [&](const QRegularExpressionMatch &m) {
            const auto [start, end] = sentenceAround(folded, m.capturedStart());
            if (rule.needsMedicine &&
                !medicineWords.match(folded.mid(start, end - start)).hasMatch()) {
                return;
            }
            report(topic, text, m.capturedStart(), "dose",
                   QStringLiteral("a dose or how often to take a medicine: 「%1」 (never; "
                                  "say 遵医嘱)")
                       .arg(folded.mid(start, end - start).trimmed().left(40)));
        });
    }
    forEachMatch(drugNames, folded, [&](const QRegularExpressionMatch &m) {
        if (m.capturedEnd() < folded.size() && folded.at(m.capturedEnd()) == QChar(0x7C7B)) {
            return; // "头孢类", "维A酸类": a class after all
        }
        report(
            topic, text, m.capturedStart(), "drug-name",
            QStringLiteral("a single medicine by name: 「%1」 (name its class)").arg(m.captured()));
    });
    forEachMatch(promises, folded, [&](const QRegularExpressionMatch &m) {
        const auto [start, end] = sentenceAround(folded, m.capturedStart());
        const qsizetype from = qMax(start, m.capturedStart() - 24);
        const QString before = folded.mid(from, m.capturedStart() - from);
        const QString after = folded.mid(m.capturedEnd(), qMin(end - m.capturedEnd(), 8));
        static const QRegularExpression disowned =
            pattern(QStringLiteral("^.{0,3}[吗么]|的(?:说法|广告|宣传)|是骗|不可信|都是假"));
        if (negations.match(before).hasMatch() || disowned.match(after).hasMatch()) {
            return;
        }
        report(topic, text, m.capturedStart(), "promise",
               QStringLiteral("a promise: 「%1」 in 「%2」")
                   .arg(m.captured(), folded.mid(start, end - start).trimmed().left(40)));
    });
    forEachMatch(inventedEvidence, folded, [&](const QRegularExpressionMatch &m) {
        report(topic, text, m.capturedStart(), "invented",
               QStringLiteral("「%1」: no studies, statistics, experts or guidelines that "
                              "cannot be named exactly")
                   .arg(m.captured()));
    });
    forEachMatch(percentages, folded, [&](const QRegularExpressionMatch &m) {
        const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 12);
        if (percentageContexts.match(folded.mid(from, m.capturedEnd() - from + 6)).hasMatch()) {
            return;
        }
        report(topic, text, m.capturedStart(), "invented",
               QStringLiteral("a percentage, 「%1」: say 多数 / 少数 instead of figures")
                   .arg(m.captured()));
    });
}

} // namespace qingnang::lintdetail
