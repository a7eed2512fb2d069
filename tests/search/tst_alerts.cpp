// SPDX-License-Identifier: MIT
// Red flags (docs/alerts.md): queries that describe an emergency or a crisis,
// as people type them, in simplified and traditional characters, raise the
// right alert from the bundled pack's table; everyday queries raise none; the
// command line adds "alert" to a query's JSON only when one is raised.
#include "address/pageurl.h"
#include "clitestsupport.h"
#include "pack/contentsource.h"
#include "pack/pack.h"
#include "search/alerts.h"
#include "search/searchengine.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void raised_data();
    void raised();
    void everydayQueriesRaiseNothing_data();
    void everydayQueriesRaiseNothing();
    void developmentLists_data();
    void developmentLists();
    void vocabulariesAreSpelledOut();
    void vocabularyMistakesAreErrors_data();
    void vocabularyMistakesAreErrors();
    void foldingAsSearch();
    void searchCarriesTheAlert();
    void commandLine();

private:
    QList<std::shared_ptr<Pack>> m_packs;
};

void TestAlerts::initTestCase()
{
    const PackOpenResult opened = Pack::open(test::bundledPack());
    QVERIFY2(opened.pack, qPrintable(opened.error));
    QVERIFY(!opened.pack->alerts().isEmpty());
    m_packs = {opened.pack};
}

void TestAlerts::raised_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("topic");
    const auto row = [](const char *query, const char *level, const char *topic) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(level)
                             << QString::fromUtf8(topic);
    };
    // Chest pain with sweating or breathlessness, in several phrasings.
    row("胸口疼出冷汗", "emergency", "myocardial-infarction");
    row("心口痛冒冷汗", "emergency", "myocardial-infarction");
    row("胸痛喘不上气", "emergency", "myocardial-infarction");
    row("我爸胸口闷痛一直出汗怎么办", "emergency", "myocardial-infarction");
    row("胸口像压了块石头还疼到左臂", "emergency", "myocardial-infarction");
    row("胸口疼得厉害，疼到后背，像撕裂一样", "emergency", "aortic-dissection");
    // A nosebleed that will not stop: urgent, not a call for an ambulance.
    row("鼻子出血止不住", "urgent", "epistaxis");
    // Stroke.
    row("突然嘴歪说话不清", "emergency", "stroke");
    row("我妈突然说不出话", "emergency", "stroke");
    row("一侧手脚没力气", "emergency", "stroke");
    row("老人半边身子突然动不了", "emergency", "stroke");
    row("早上起来嘴歪，口齿不清", "emergency", "stroke");
    // Choking, unconsciousness, bleeding.
    row("孩子吃东西噎住了说不出话", "emergency", "choking");
    row("老人吃饭卡住喘不上气脸发紫", "emergency", "choking");
    row("有人晕倒叫不醒", "emergency", "cpr");
    row("爸爸突然倒下没呼吸了", "emergency", "cpr");
    row("手被刀割了血流不止", "emergency", "bleeding");
    row("吐了很多血", "emergency", "gi-bleeding");
    // Poisoning and overdose.
    row("我爸喝了农药", "emergency", "poisoning");
    row("孩子误喝了消毒液", "emergency", "poisoning");
    row("一次吃了一整瓶药", "emergency", "poisoning");
    row("家里烧炭取暖头晕恶心", "emergency", "carbon-monoxide");
    // Seizure in a child that does not stop; anaphylaxis; others.
    row("孩子抽搐超过5分钟还不停", "emergency", "seizure-first-aid");
    row("宝宝抽风一直抽叫不醒", "emergency", "seizure-first-aid");
    row("吃了海鲜过敏喉咙发紧喘不上气", "emergency", "anaphylaxis");
    row("被蜂蜇了呼吸困难", "emergency", "anaphylaxis");
    row("被蛇咬了", "emergency", "snake-bite");
    row("有人触电了", "emergency", "electric-shock");
    row("小孩溺水了", "emergency", "drowning");
    row("中暑昏迷叫不醒", "emergency", "heatstroke");
    row("摔倒撞到头一直吐", "emergency", "concussion");
    row("突然头痛像要炸开一样", "emergency", "headache");
    row("怀孕七周肚子剧痛晕倒", "emergency", "ectopic-pregnancy");
    row("低血糖昏迷", "emergency", "hypoglycemia");
    row("喘不上气嘴唇发紫", "emergency", "shortness-of-breath");
    // Crisis: calm help first, whatever else is said.
    row("我不想活了", "crisis", "suicidal-crisis");
    row("活着没意思想自杀", "crisis", "suicidal-crisis");
    row("吃多少安眠药会死", "crisis", "suicidal-crisis");
    row("割腕", "crisis", "suicidal-crisis");
    row("压力太大想跳楼", "crisis", "suicidal-crisis");
    // Urgent: today, not an ambulance (a seizure happening is an emergency).
    row("宝宝2个月发烧38度", "urgent", "fever-in-children");
    row("突然一只耳朵听不见了", "urgent", "sudden-hearing-loss");
    row("怀孕见红了", "urgent", "threatened-miscarriage");
    row("孩子抽搐了怎么办", "emergency", "seizure-first-aid");
    // Traditional characters, full width and punctuation change nothing.
    row("胸口疼出冷汗（繁體：胸口疼出冷汗）", "emergency", "myocardial-infarction");
    row("胸悶出冷汗", "emergency", "myocardial-infarction");
    row("突然說話不清", "emergency", "stroke");
    row("我不想活了！！", "crisis", "suicidal-crisis");
    row("不想活了，喝了農藥", "crisis", "suicidal-crisis");
    // A homophone typed for one character (汉 for 汗, 青 for 清, 米 for 迷,
    // 读 for 毒) is still the phrase.
    row("胸口疼出冷汉", "emergency", "myocardial-infarction");
    row("突然嘴歪说话不青", "emergency", "stroke");
    row("老人昏米叫不醒", "emergency", "cpr");
    row("煤气中读", "emergency", "carbon-monoxide");
    // A newborn who does not respond, a child choking on jelly, swallowed
    // household chemicals, a gas in a closed space, a bad fall, pregnancy.
    row("新生儿不吃奶软绵绵的没反应", "emergency", "fever-in-children");
    row("孩子被果冻噎住了", "emergency", "choking");
    row("孩子喝了洁厕灵", "emergency", "poisoning");
    row("化粪池里有人晕倒了", "emergency", "poisoning");
    row("从三楼摔下来动不了", "emergency", "fractures");
    row("孕妇肚子剧痛流血", "emergency", "ectopic-pregnancy");
    // Families added after the first blind measurement.
    row("爬山迷路在雪地里冻了一夜 浑身冰凉说话不清", "emergency", "hypothermia");
    row("做完手术第三天突然胸痛喘不上气", "emergency", "pulmonary-embolism");
    row("血压200头痛得厉害看不清东西", "emergency", "hypertension");
    row("左眼突然看不见了", "emergency", "retinal-detachment");
    row("眼睛胀痛得厉害 头疼呕吐 看灯有彩虹圈", "emergency", "glaucoma");
    row("吃了药舌头肿起来越来越厉害", "emergency", "anaphylaxis");
    row("被狗咬了脸 血止不住", "emergency", "dog-bite");
    row("买好绳子了", "crisis", "suicidal-crisis");
    // Phrasings reached through the shared vocabularies (docs/alerts.md): a
    // body part, a pain word and a grave sign from three lists; who, what was
    // swallowed and how much.
    row("心窝压着疼了半个小时满头大汗", "emergency", "myocardial-infarction");
    row("外婆突然左边手脚不能动", "emergency", "stroke");
    row("老人吃饭时筷子掉了，嘴角往一边歪", "emergency", "stroke");
    row("人晕过去一直不醒", "emergency", "cpr");
    row("突然晕倒摸不到脉搏", "emergency", "cpr");
    row("手指被切了血喷出来止不住", "emergency", "bleeding");
    row("喝了一瓶敌百虫", "emergency", "poisoning");
    row("我妈一下子吃了二十多片降压药", "emergency", "poisoning");
    row("癫痫发作了好久都没停", "emergency", "seizure-first-aid");
    row("吃虾后嗓子发紧呼吸困难", "emergency", "anaphylaxis");
    row("被马蜂蜇了全身起疙瘩头晕", "emergency", "anaphylaxis");
    row("孩子从床上摔下来头着地一直哭还吐了", "emergency", "concussion");
    row("怀孕8个月突然流很多血", "emergency", "gestational-hypertension");
    row("小孩被车撞了", "emergency", "fractures");
    row("闻了油漆后晕倒", "emergency", "poisoning");
    row("我是家里的负担，不如走了", "crisis", "suicidal-crisis");
    row("我划了自己的手臂好多刀", "crisis", "suicidal-crisis");
    row("欠了很多钱想一死了之", "crisis", "suicidal-crisis");
    row("如果我死了大家会不会好过一点", "crisis", "suicidal-crisis");
    row("好想消失", "crisis", "suicidal-crisis");
    row("我怕我会做傻事", "crisis", "suicidal-crisis");
    // Families added after the first list written once the rules were tuned
    // (tests/data/alerts/fresh-*.txt): worth × leaving, life × hopelessness,
    // a plan, a week's medicines at once, a scald poured over the body.
    row("我是个废物，死了比较好", "crisis", "suicidal-crisis");
    row("离婚了觉得活着没什么意义", "crisis", "suicidal-crisis");
    row("我计划好了下周就走", "crisis", "suicidal-crisis");
    row("死是不是就解脱了", "crisis", "suicidal-crisis");
    row("想烧炭", "crisis", "suicidal-crisis");
    row("老人糊涂了把一个星期的降压药一起吃了", "emergency", "poisoning");
    row("被开水从头浇到身上，大片皮肤起泡", "emergency", "burns");
    row("突然头痛到爆，脖子也硬了，吐", "emergency", "headache");
    row("吐了一大盆血", "emergency", "gi-bleeding");
    // A wish to die said loosely (the rule "death-wish": a word of death and a
    // word of wishing, with its own list of everyday 累死, 笑死, 梗死 …), and
    // families added after the third list (tests/data/alerts/third-*.txt).
    row("我觉得死亡是唯一的出路", "crisis", "suicidal-crisis");
    row("今晚我就打算结束这一切", "crisis", "suicidal-crisis");
    row("最近脑子里全是死的念头", "crisis", "suicidal-crisis");
    row("我每次难受就用针扎自己", "crisis", "suicidal-crisis");
    row("被蝎子蜇了后嘴唇舌头都麻，喘不上来", "emergency", "anaphylaxis");
    row("孩子抽个没完，嘴巴都紫了", "emergency", "seizure-first-aid");
    row("我妈突然瘫倒在地，叫了半天都不理人", "emergency", "cpr");
    // Self-harm described (the rule "self-harm": cutting or burning an arm
    // with a sign that it was meant), and families added after the fourth
    // list (tests/data/alerts/fourth-*.txt).
    row("我用刀片划手臂，停不下来", "crisis", "suicidal-crisis");
    row("我配不上活着", "crisis", "suicidal-crisis");
    row("好几天没吃饭了，想就这样饿死自己", "crisis", "suicidal-crisis");
    row("我突然看东西一半是黑的，右腿也迈不开", "emergency", "stroke");
    row("我老婆吞了三十多片抗抑郁药", "emergency", "poisoning");
    // The same in traditional characters.
    row("外婆突然左邊手腳不能動", "emergency", "stroke");
    row("我媽一下子吃了二十多片降壓藥", "emergency", "poisoning");
    row("吃蝦後嗓子發緊呼吸困難", "emergency", "anaphylaxis");
    row("我是家裡的負擔，不如走了", "crisis", "suicidal-crisis");
    row("欠了很多錢想一死了之", "crisis", "suicidal-crisis");
    row("離婚了覺得活著沒什麼意義", "crisis", "suicidal-crisis");
    row("被開水從頭澆到身上，大片皮膚起泡", "emergency", "burns");
    row("我覺得死亡是唯一的出路", "crisis", "suicidal-crisis");
}

void TestAlerts::raised()
{
    QFETCH(QString, query);
    QFETCH(QString, level);
    QFETCH(QString, topic);
    const std::optional<Alert> alert = findAlert(m_packs, query);
    QVERIFY2(alert, qPrintable(query));
    QCOMPARE(alert->levelName, level);
    QCOMPARE(alert->url, pageurl::topic(topic));
    QVERIFY(!alert->text.isEmpty());
    if (level != QLatin1String("urgent")) {
        QVERIFY(alert->text.contains(QStringLiteral("120")));
    }
    if (level == QLatin1String("crisis")) {
        QVERIFY(alert->text.contains(QStringLiteral("12356")));
    }
}

void TestAlerts::everydayQueriesRaiseNothing_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         {"胃疼怎么办", "孩子发烧39度", "腰疼腿麻", "血压高头晕", "牙疼", "月经推迟", "宝宝腹泻",
          "胸口像压了石头", "胸闷气短怎么回事", "被猫抓了要打针吗", "手被开水烫了", "老人摔倒了",
          "腿抽筋怎么办", "中风后遗症怎么康复", "面肌痉挛怎么治", "眼皮跳", "胃里烧得慌",
          "空腹血糖7.2", "嗓子有痰咳不出来", "心情烦躁坐立不安", "失眠多梦", "青春痘怎么消",
          "身上起红疙瘩很痒", "小便有泡沫", "抽烟咳嗽", "一直放屁", "鱼刺卡喉咙", "月经量多有血块",
          "过敏脸上起疹子", "中暑了怎么办", "食物中毒吃什么", "头疼", "偏头痛怎么办",
          "孕妇能吃螃蟹吗", "怀孕了能喝咖啡吗", "宝宝吐奶", "心梗的早期症状", "脑梗能治好吗",
          "昏迷指数是什么", "累得想睡觉", "手麻", "左腿麻", "胸口疼", "哮喘能根治吗", "孩子咳嗽",
          "血糖高吃什么",
          // A slip that spells a real word is that word (一般, not 一半).
          "吃饭吃一般下腹部疼痛",
          // Not a crisis: no slips at that level (怎么使 is not 怎么死).
          "这个药怎么使", "被静电打了一下手有点麻", "四个多月孩子为什么不吃奶", "睡觉打呼噜憋气",
          "吃饭噎着咽不下去",
          // Figurative and knowledge uses.
          "跳楼价清仓", "触电式恋爱", "心梗和心绞痛的区别",
          // Everyday words that sound grave, and questions about the words
          // the vocabularies hold.
          "工作累死了", "今天热死了", "笑死我了", "想死你们了", "自杀式减肥有多伤身",
          "安眠药吃多了会上瘾吗", "一瓶药吃几天", "有机磷农药中毒的机制", "过敏性休克是什么",
          "喉咙肿痛吃什么药", "脖子肿一个很大的包", "吃了打虫药之后会怎么样",
          "切菜切到手了出了点血", "被蜜蜂蛰了一下有点肿", "孩子发烧抽搐过一次以后要注意什么",
          "胸闷叹气", "运动后出汗多正常吗", "农药残留怎么洗掉", "熱死了",
          "我这段时间忙得脑袋都要炸了头痛怎么办", "血压高最近睡不好一直涨食", "新生儿大便是黑色的",
          "热水袋把脸烫红了", "感冒吃了一盒药还没好", "想自己在家烫头发",
          "我走了一万步感觉轻松多了", "累得要死想睡觉", "心肌梗死想知道能活多久", "脑梗死后想锻炼",
          "吃了两个月的药一次吃两片", "癫痫反复发作怎么办", "胸口烧心疼痛想吐酸水",
          "怀孕五个月大腿痛得厉害", "热死了想吃冰", "我想问吃什么补钙", "死皮怎么去除",
          "生不如死的牙疼怎么办", "不小心被刀片划了手臂", "拿针扎手指放血", "猝死的原因有哪些",
          "眉毛边上起疮像用针扎一样疼"}) {
        QTest::newRow(query) << QString::fromUtf8(query);
    }
}

void TestAlerts::everydayQueriesRaiseNothing()
{
    QFETCH(QString, query);
    const std::optional<Alert> alert = findAlert(m_packs, query);
    QVERIFY2(!alert, qPrintable(alert ? alert->id : QString()));
}

// The lists the rules were developed against (tests/data/alerts,
// docs/alerts.md): dev-* written first, then fresh-*, third-*, fourth-*,
// fifth-*, sixth-*, seventh-*, eighth-*, ninth-*, tenth-*, eleventh-* and
// twelfth-*, each measured once with
// scripts/eval-alerts.py before any change was made for it and then used like
// the others. Every query raises what it should, so a change to the table that
// loses one is seen; the two exceptions are known. A list's *-urgent.txt (when
// it has one) holds the queries for which the emergency room today, not 120,
// is the right advice: they must raise at least an urgent alert.
void TestAlerts::developmentLists_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    for (const char *list : {"dev", "fresh", "third", "fourth", "fifth", "sixth", "seventh",
                             "eighth", "ninth", "tenth", "eleventh", "twelfth"}) {
        for (const char *kind : {"emergency", "crisis", "everyday", "urgent"}) {
            QFile file(QStringLiteral(QINGNANG_ALERT_LISTS_DIR "/%1-%2.txt")
                           .arg(QLatin1String(list), QLatin1String(kind)));
            if (qstrcmp(kind, "urgent") == 0 && !file.exists()) {
                continue; // only some lists have queries of this level
            }
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QString query = line.section(QLatin1Char('\t'), 0, 0).trimmed();
                if (!query.isEmpty()) {
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1 %2: %3")
                                       .arg(QLatin1String(list), QLatin1String(kind), query)))
                        << query << QString::fromLatin1(kind);
                }
            }
        }
    }
}

void TestAlerts::developmentLists()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    const std::optional<Alert> alert = findAlert(m_packs, query);
    if (kind == QLatin1String("everyday")) {
        // Bleeding in early pregnancy is urgent by design (see the
        // pregnancy-bleeding rule); 想死了 said of food is the crisis words.
        if (query == QStringLiteral("孕早期出血正常吗") ||
            query == QStringLiteral("我想死了这家火锅")) {
            QEXPECT_FAIL("", "a known alert on an everyday query (docs/alerts.md)", Continue);
        }
        QVERIFY2(!alert, qPrintable(alert ? alert->id : QString()));
    } else if (kind == QLatin1String("crisis")) {
        QVERIFY(alert);
        QCOMPARE(alert->levelName, QStringLiteral("crisis"));
    } else if (kind == QLatin1String("urgent")) {
        QVERIFY(alert);
        QVERIFY2(alert->level >= Alert::Level::Urgent, qPrintable(alert->id));
    } else {
        QVERIFY(alert);
        QVERIFY2(alert->level >= Alert::Level::Emergency, qPrintable(alert->id));
    }
}

namespace {

// alerts.json with the given body (the "vocab" and "alerts" members) in a
// fresh directory, read as a content directory's alerts.
std::optional<QList<ContentAlert>> readAlertsOf(const QByteArray &members, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !test::writeFile(dir.filePath(QStringLiteral("alerts.json")),
                                           "{\"format\": 1, " + members + "}")) {
        *error = QStringLiteral("cannot write alerts.json");
        return std::nullopt;
    }
    return readContentAlertsFile(dir.path(), error);
}

QStringList phrases(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out.append(QString::fromUtf8(item));
    }
    return out;
}

} // namespace

// "@name" in a group or in unless stands for the vocabulary's phrases, which
// may name other vocabularies; the rule holds the phrases themselves.
void TestAlerts::vocabulariesAreSpelledOut()
{
    QString error;
    const auto alerts = readAlertsOf(
        R"("vocab": {"chest": ["胸口", "心口"], "pain": ["疼", "痛"],
                     "grave": ["出冷汗", "@breath"], "breath": ["喘不上气", "出冷汗"],
                     "routine": ["预防"]},
           "alerts": [{"id": "a", "level": "emergency", "message": "m",
                       "when": [[["@chest", "心窝"], ["@pain"], ["@grave"]]],
                       "unless": ["@routine", "区别"]}])",
        &error);
    QVERIFY2(alerts, qPrintable(error));
    QCOMPARE(alerts->size(), 1);
    const AlertRule &rule = alerts->first().rule;
    QCOMPARE(rule.patterns.size(), 1);
    QCOMPARE(rule.patterns.first().size(), 3);
    QCOMPARE(rule.patterns.first().at(0), phrases({"胸口", "心口", "心窝"}));
    QCOMPARE(rule.patterns.first().at(1), phrases({"疼", "痛"}));
    // Each phrase once.
    QCOMPARE(rule.patterns.first().at(2), phrases({"出冷汗", "喘不上气"}));
    QCOMPARE(rule.unless, phrases({"预防", "区别"}));
    // A table without vocabularies reads as before.
    const auto plain = readAlertsOf(R"("alerts": [{"id": "b", "level": "crisis", "message": "m",
                                                   "when": [[["不想活"]]]}])",
                                    &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->first().rule.patterns.first().first(), phrases({"不想活"}));
}

void TestAlerts::vocabularyMistakesAreErrors_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("says");
    const QByteArray rule = R"("alerts": [{"id": "a", "level": "emergency", "message": "m",
                                           "when": [[["@x"], ["疼"]]]}])";
    QTest::newRow("a name no vocabulary has")
        << QByteArray(R"("vocab": {"y": ["胸口"]}, )") + rule << QStringLiteral("@x");
    QTest::newRow("no vocabularies at all") << rule << QStringLiteral("@x");
    QTest::newRow("an empty vocabulary")
        << QByteArray(R"("vocab": {"x": []}, )") + rule << QStringLiteral("@x");
    QTest::newRow("a vocabulary naming itself")
        << QByteArray(R"("vocab": {"x": ["胸口", "@y"], "y": ["@x"]}, )") + rule
        << QStringLiteral("deep");
    QTest::newRow("a phrase that is not text")
        << QByteArray(R"("vocab": {"x": ["胸口", 3]}, )") + rule << QStringLiteral("\"x\"");
    QTest::newRow("vocab that is not an object")
        << QByteArray(R"("vocab": ["胸口"], )") + rule << QStringLiteral("vocab");
}

void TestAlerts::vocabularyMistakesAreErrors()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!readAlertsOf(members, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestAlerts::foldingAsSearch()
{
    QCOMPARE(alertKey(QStringLiteral("胸悶，出冷汗！ ＡＢＣ")), QStringLiteral("胸闷出冷汗abc"));
    QCOMPARE(alertKey(QStringLiteral("  ，。")), QString());
    QVERIFY(!findAlert(m_packs, QString()));
    QVERIFY(!findAlert(m_packs, QStringLiteral("！？")));
    // A very long query is read from its start, without harm.
    QVERIFY(
        findAlert(m_packs, QStringLiteral("胸口疼出冷汗") + QStringLiteral("啊").repeated(100000)));
    // Odd input raises nothing and breaks nothing: lone surrogates, controls,
    // symbols, a phrase's characters one at a time, every vocabulary marker.
    const QStringList odds{QString(QChar(0xD800)) + QStringLiteral("想死") + QString(QChar(0xDC00)),
                           QStringLiteral("\u0000\u0001\u200b\ufeff"),
                           QStringLiteral("@chest-pain @sweat"),
                           QStringLiteral("🫀💔🩸"),
                           QStringLiteral("胸").repeated(5000),
                           QStringLiteral("@")};
    for (const QString &odd : odds) {
        const std::optional<Alert> alert = findAlert(m_packs, odd);
        QVERIFY(!alert || alert->levelName == QLatin1String("crisis"));
    }
}

// The engine's result carries the alert, with hits or without.
void TestAlerts::searchCarriesTheAlert()
{
    SearchResult result = SearchEngine::search(m_packs, QStringLiteral("突然嘴歪说话不清"));
    QVERIFY(result.alert);
    QCOMPARE(result.alert->levelName, QStringLiteral("emergency"));
    result = SearchEngine::search(m_packs, QStringLiteral("胃疼怎么办"));
    QVERIFY(!result.alert);
    QVERIFY(!result.hits.isEmpty());
}

// qingnang-pack search --json: "alert" only when one is raised.
void TestAlerts::commandLine()
{
    const QString queries = QDir::temp().filePath(QStringLiteral("tst_alerts_queries.txt"));
    QVERIFY(test::writeFile(queries,
                            QStringLiteral("胸口疼出冷汗\n胃疼怎么办\n我不想活了\n").toUtf8()));
    const test::Run run = test::runPackTool(
        {QStringLiteral("search"), test::bundledPack(), QStringLiteral("--queries"), queries,
         QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
    QFile::remove(queries);
    QCOMPARE(run.status, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject heart = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject alert = heart.value(QStringLiteral("alert")).toObject();
    QCOMPARE(alert.value(QStringLiteral("level")).toString(), QStringLiteral("emergency"));
    QCOMPARE(alert.value(QStringLiteral("url")).toString(),
             QStringLiteral("qingnang:/topic/myocardial-infarction"));
    QVERIFY(alert.value(QStringLiteral("text")).toString().contains(QStringLiteral("120")));
    const QJsonObject everyday = QJsonDocument::fromJson(lines.at(1)).object();
    QVERIFY(!everyday.contains(QStringLiteral("alert")));
    QVERIFY(!everyday.value(QStringLiteral("results")).toArray().isEmpty());
    const QJsonObject crisis = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(
        crisis.value(QStringLiteral("alert")).toObject().value(QStringLiteral("level")).toString(),
        QStringLiteral("crisis"));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
