// SPDX-License-Identifier: MIT
// Red flags (docs/alerts.md): queries that describe an emergency or a crisis,
// as people type them, in simplified and traditional characters, raise the
// right alert from the bundled pack's table; everyday queries raise none; the
// command line adds "alert" to a query's JSON only when one is raised.
#include "address/pageurl.h"
#include "clitestsupport.h"
#include "pack/pack.h"
#include "search/alerts.h"
#include "search/searchengine.h"

#include <QJsonArray>
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
    row("我不想活了", "crisis", "depression");
    row("活着没意思想自杀", "crisis", "depression");
    row("吃多少安眠药会死", "crisis", "depression");
    row("割腕", "crisis", "depression");
    row("压力太大想跳楼", "crisis", "depression");
    // Urgent: today, not an ambulance (a seizure happening is an emergency).
    row("宝宝2个月发烧38度", "urgent", "fever-in-children");
    row("突然一只耳朵听不见了", "urgent", "sudden-hearing-loss");
    row("怀孕见红了", "urgent", "threatened-miscarriage");
    row("孩子抽搐了怎么办", "emergency", "seizure-first-aid");
    // Traditional characters, full width and punctuation change nothing.
    row("胸口疼出冷汗（繁體：胸口疼出冷汗）", "emergency", "myocardial-infarction");
    row("胸悶出冷汗", "emergency", "myocardial-infarction");
    row("突然說話不清", "emergency", "stroke");
    row("我不想活了！！", "crisis", "depression");
    row("不想活了，喝了農藥", "crisis", "depression");
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
    row("爬山迷路在雪地里冻了一夜 浑身冰凉说话不清", "emergency", "frostbite");
    row("做完手术第三天突然胸痛喘不上气", "emergency", "pulmonary-embolism");
    row("血压200头痛得厉害看不清东西", "emergency", "hypertension");
    row("左眼突然看不见了", "emergency", "retinal-detachment");
    row("眼睛胀痛得厉害 头疼呕吐 看灯有彩虹圈", "emergency", "glaucoma");
    row("吃了药舌头肿起来越来越厉害", "emergency", "anaphylaxis");
    row("被狗咬了脸 血止不住", "emergency", "dog-bite");
    row("买好绳子了", "crisis", "depression");
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
          "跳楼价清仓", "触电式恋爱", "心梗和心绞痛的区别"}) {
        QTest::newRow(query) << QString::fromUtf8(query);
    }
}

void TestAlerts::everydayQueriesRaiseNothing()
{
    QFETCH(QString, query);
    const std::optional<Alert> alert = findAlert(m_packs, query);
    QVERIFY2(!alert, qPrintable(alert ? alert->id : QString()));
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
