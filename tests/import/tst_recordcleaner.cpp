// SPDX-License-Identifier: MIT
// The cleaner applied to every imported record: a table of dirty inputs, the
// cleaned output and the counter that moved; titles made from text; empty
// records; over-long fields.
#include "import/recordcleaner.h"

#include <QTest>

using namespace qingnang;

namespace {

// The counters a clean can move, by name, so that a table row can name one.
QMap<QString, qint64> counters(const ImportStats &stats)
{
    return {{QStringLiteral("markup"), stats.repairedMarkup},
            {QStringLiteral("entities"), stats.repairedEntities},
            {QStringLiteral("control"), stats.repairedControl},
            {QStringLiteral("truncated"), stats.repairedTruncated},
            {QStringLiteral("title"), stats.repairedTitle}};
}

ImportRecord question(const QString &title, const QString &body, const QStringList &answers = {})
{
    ImportRecord record;
    record.kind = ImportRecord::Kind::Question;
    record.topicPath = QStringList{QStringLiteral("内科")};
    record.title = title;
    record.body = body;
    record.answers = answers;
    return record;
}

} // namespace

class TestRecordCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleans_data();
    void cleans();
    void titleFromText_data();
    void titleFromText();
    void emptyRecords_data();
    void emptyRecords();
    void truncatesTitle();
    void truncatesTextAtParagraphEnd();
    void truncatesTextHard();
    void countsOncePerRecord();
};

void TestRecordCleaner::cleans_data()
{
    QTest::addColumn<QString>("field"); // title, body, answer, author, topic
    QTest::addColumn<QString>("dirty");
    QTest::addColumn<QString>("clean");
    QTest::addColumn<QStringList>("moved"); // counters expected to be 1; all others 0
    QTest::addColumn<bool>("bookMarkers");

    const QString body = QStringLiteral("body");
    const QString title = QStringLiteral("title");
    const QString answer = QStringLiteral("answer");
    const QStringList none;
    const QStringList entities{QStringLiteral("entities")};
    const QStringList markup{QStringLiteral("markup")};
    const QStringList control{QStringLiteral("control")};

    QTest::newRow("clean text is left alone")
        << body << QStringLiteral("每天走路半小时。\n\n多喝水。")
        << QStringLiteral("每天走路半小时。\n\n多喝水。") << none << false;
    QTest::newRow("named entities")
        << body << QStringLiteral("A &amp; B &lt;C&gt; &quot;D&quot; &ldquo;好&rdquo;&hellip;")
        << QStringLiteral("A & B <C> \"D\" “好”…") << entities << false;
    QTest::newRow("nbsp is a plain space")
        << body << QStringLiteral("甲&nbsp;乙") << QStringLiteral("甲 乙") << entities << false;
    QTest::newRow("numeric entities")
        << body << QStringLiteral("&#8220;&#x4E2D;&#X6587;&#8221;&#12290;")
        << QStringLiteral("“中文”。") << entities << false;
    QTest::newRow("a mangled entity without #")
        << title << QStringLiteral("膝盖疼&65533;") << QStringLiteral("膝盖疼\uFFFD") << entities
        << false;
    QTest::newRow("invalid code points become U+FFFD")
        << body << QStringLiteral("a&#0;b&#xD800;c&#x110000;d")
        << QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd") << entities << false;
    QTest::newRow("not entities") << body << QStringLiteral("R&D; &unknown; & ; &#; &#xZZ; a&b")
                                  << QStringLiteral("R&D; &unknown; & ; &#; &#xZZ; a&b") << none
                                  << false;
    QTest::newRow("entities decode once")
        << body << QStringLiteral("&amp;lt;") << QStringLiteral("&lt;") << entities << false;
    QTest::newRow("br is a line break, p a paragraph")
        << answer << QStringLiteral("指导意见：<br>多休息。<BR/>少熬夜。<p>复查。</p>")
        << QStringLiteral("指导意见：\n多休息。\n少熬夜。\n\n复查。") << markup << false;
    QTest::newRow("two br make a paragraph")
        << answer << QStringLiteral("第一段<br><br>第二段") << QStringLiteral("第一段\n\n第二段")
        << markup << false;
    QTest::newRow("inline tags keep their text")
        << body
        << QStringLiteral("<span style=\"color:red\">注意</span><b>饮食</b>，<a href='x'>链接</a>"
                          "<img src=\"a.png\" />")
        << QStringLiteral("注意饮食，链接") << markup << false;
    QTest::newRow("script and style go with their content")
        << body << QStringLiteral("前<script type=\"x\">alert(1)</script>中<style>p{}</style>后")
        << QStringLiteral("前中后") << markup << false;
    QTest::newRow("comments") << body << QStringLiteral("甲<!-- 注释 -->乙")
                              << QStringLiteral("甲乙") << markup << false;
    QTest::newRow("lists and tables")
        << body
        << QStringLiteral("<ul><li>一</li><li>二</li></ul><table><tr><td>三</td></tr></table>")
        << QStringLiteral("一\n二\n\n三") << markup << false;
    QTest::newRow("comparisons are not tags")
        << body << QStringLiteral("血压<140/90 mmHg，血糖>7，a<b且b>c")
        << QStringLiteral("血压<140/90 mmHg，血糖>7，a<b且b>c") << none << false;
    QTest::newRow("book markers are not tags")
        << body << QStringLiteral("<篇名>甘草 <目录>卷一")
        << QStringLiteral("<篇名>甘草 <目录>卷一") << none << false;
    QTest::newRow("unknown tag names are text")
        << body << QStringLiteral("<foo>bar</foo>") << QStringLiteral("<foo>bar</foo>") << none
        << false;
    QTest::newRow("escaped tags stay text")
        << body << QStringLiteral("&lt;br&gt;") << QStringLiteral("<br>") << entities << false;
    QTest::newRow("control characters")
        << body << QStringLiteral("a\u0001b\u0007c\u007Fd\u0085e\tf") << QStringLiteral("abcde\tf")
        << control << false;
    QTest::newRow("zero-width characters and BOM")
        << body << QStringLiteral("头\u200B痛\u200D\uFEFF了\u2060") << QStringLiteral("头痛了")
        << control << false;
    QTest::newRow("non-characters")
        << body << QStringLiteral("x\uFFFEy\uFFFFz") << QStringLiteral("xyz") << control << false;
    QTest::newRow("lone surrogates")
        << body
        << QString(QStringLiteral("a")) + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00) +
               QStringLiteral("c\U0001F600")
        << QStringLiteral("abc\U0001F600") << control << false;
    QTest::newRow("line separators become line breaks")
        << body << QStringLiteral("一\u2028二") << QStringLiteral("一\n二") << control << false;
    QTest::newRow("CR becomes LF, uncounted")
        << body << QStringLiteral("一\r\n二\r三") << QStringLiteral("一\n二\n三") << none << false;
    QTest::newRow("titles: whitespace collapsed, uncounted")
        << title << QStringLiteral("  高血压\n  怎么办？\t ") << QStringLiteral("高血压 怎么办？")
        << none << false;
    QTest::newRow("text: trimmed, line ends stripped, blank runs cut to one")
        << body << QStringLiteral("\n\n  第一行   \n第二行\u3000\n\n\n\n第三行\n\n")
        << QStringLiteral("第一行\n第二行\n\n第三行") << none << false;
    QTest::newRow("an entity and a tag: both counted")
        << answer << QStringLiteral("多喝水<br>少吃盐&nbsp;") << QStringLiteral("多喝水\n少吃盐")
        << QStringList{QStringLiteral("entities"), QStringLiteral("markup")} << false;
    QTest::newRow("author: one line") << QStringLiteral("author") << QStringLiteral(" 张三\n李四 ")
                                      << QStringLiteral("张三 李四") << none << false;
    QTest::newRow("topic: control removed, collapsed")
        << QStringLiteral("topic") << QStringLiteral(" 消化\u200B内科 ")
        << QStringLiteral("消化内科") << control << false;
    QTest::newRow("tcm-books markers, on")
        << body << QStringLiteral("白萝卜\\x俗名莱菔\\x味辛。\\r萝卜\\pfig12.bmp\\r生食")
        << QStringLiteral("白萝卜俗名莱菔味辛。萝卜生食") << markup << true;
    QTest::newRow("tcm-books markers, off")
        << body << QStringLiteral("a\\xb") << QStringLiteral("a\\xb") << none << false;
    QTest::newRow("tcm-books: other backslashes stay")
        << body << QStringLiteral("卷一\\上经 \\p") << QStringLiteral("卷一\\上经 \\p") << none
        << true;
}

void TestRecordCleaner::cleans()
{
    QFETCH(QString, field);
    QFETCH(QString, dirty);
    QFETCH(QString, clean);
    QFETCH(QStringList, moved);
    QFETCH(bool, bookMarkers);

    ImportRecord record = question(QStringLiteral("标题"), QStringLiteral("正文"));
    record.answers = QStringList{QStringLiteral("回答")};
    QString ImportRecord::*member = nullptr;
    if (field == QLatin1String("title")) {
        member = &ImportRecord::title;
    } else if (field == QLatin1String("body")) {
        member = &ImportRecord::body;
    } else if (field == QLatin1String("author")) {
        member = &ImportRecord::author;
    }
    if (member) {
        record.*member = dirty;
    } else if (field == QLatin1String("answer")) {
        record.answers = QStringList{dirty};
    } else {
        record.topicPath = QStringList{QStringLiteral("内科"), dirty};
    }

    RecordCleaner::Options options;
    options.bookMarkers = bookMarkers;
    ImportStats stats;
    QCOMPARE(RecordCleaner(options).clean(&record, &stats), RecordCleaner::Outcome::Keep);
    if (member) {
        QCOMPARE(record.*member, clean);
    } else if (field == QLatin1String("answer")) {
        QCOMPARE(record.answers, QStringList{clean});
    } else {
        QCOMPARE(record.topicPath, (QStringList{QStringLiteral("内科"), clean}));
    }
    const QMap<QString, qint64> counts = counters(stats);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(it.value() == (moved.contains(it.key()) ? 1 : 0),
                 qPrintable(it.key() + QStringLiteral(" = ") + QString::number(it.value())));
    }
}

void TestRecordCleaner::titleFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("short: whitespace collapsed")
        << QStringLiteral("孩子发烧\n  怎么办？") << QStringLiteral("孩子发烧 怎么办？");
    const QString sixty = QString(60, QChar(0x75C5));
    QTest::newRow("exactly 60") << sixty << sixty;
    QTest::newRow("long: the first sentence")
        << QStringLiteral("最近总是头晕。") + QString(80, QChar(0x75C5))
        << QStringLiteral("最近总是头晕。");
    QTest::newRow("long: the first sentence ends with ?")
        << QStringLiteral("能喝咖啡吗?") + QString(80, QChar(0x75C5))
        << QStringLiteral("能喝咖啡吗?");
    QTest::newRow("long, no sentence end in 60: cut")
        << QString(61, QChar(0x75C5)) + QStringLiteral("。")
        << QString(60, QChar(0x75C5)) + QChar(0x2026);
    QTest::newRow("a sentence of 61 is too long")
        << QString(60, QChar(0x75C5)) + QStringLiteral("。") + QString(10, QChar(0x75C5))
        << QString(60, QChar(0x75C5)) + QChar(0x2026);
    QTest::newRow("no surrogate pair is cut")
        << QString(59, QChar(0x75C5)) + QStringLiteral("\U0001F600\U0001F600")
        << QString(59, QChar(0x75C5)) + QChar(0x2026);
}

void TestRecordCleaner::titleFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(RecordCleaner::titleFromText(text), title);
}

void TestRecordCleaner::emptyRecords_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("cleanTitle"); // empty: skipped
    QTest::addColumn<int>("repairedTitle");

    QTest::newRow("title from the body")
        << QString() << QStringLiteral("孩子咳嗽一周了。要不要拍片？") << QStringList()
        << QStringLiteral("孩子咳嗽一周了。要不要拍片？") << 1;
    QTest::newRow("title from the first answer")
        << QStringLiteral("  ") << QString() << QStringList{QString(), QStringLiteral("多喝温水。")}
        << QStringLiteral("多喝温水。") << 1;
    QTest::newRow("a title made only of markup is empty")
        << QStringLiteral("<br>&nbsp;\u200B") << QStringLiteral("正文就是标题") << QStringList()
        << QStringLiteral("正文就是标题") << 1;
    QTest::newRow("no Markdown in a title made from an article's text")
        << QString() << QStringLiteral("## 小节\n\n**要点**：少盐。") << QStringList()
        << QStringLiteral("小节 要点：少盐。") << 1;
    QTest::newRow("a title alone is kept") << QStringLiteral("只有标题") << QString()
                                           << QStringList() << QStringLiteral("只有标题") << 0;
    QTest::newRow("nothing at all") << QString() << QString() << QStringList() << QString() << 0;
    QTest::newRow("only whitespace and markup")
        << QStringLiteral(" ") << QStringLiteral("<p>&nbsp;</p>\n\u3000")
        << QStringList{QStringLiteral("<br>")} << QString() << 0;
}

void TestRecordCleaner::emptyRecords()
{
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QStringList, answers);
    QFETCH(QString, cleanTitle);
    QFETCH(int, repairedTitle);

    ImportRecord record = question(title, body, answers);
    ImportStats stats;
    const RecordCleaner::Outcome outcome = RecordCleaner().clean(&record, &stats);
    if (cleanTitle.isEmpty()) {
        QCOMPARE(outcome, RecordCleaner::Outcome::SkipEmpty);
    } else {
        QCOMPARE(outcome, RecordCleaner::Outcome::Keep);
        QCOMPARE(record.title, cleanTitle);
    }
    QCOMPARE(stats.repairedTitle, repairedTitle);
    QVERIFY(!record.answers.contains(QString())); // empty answers are dropped
}

void TestRecordCleaner::truncatesTitle()
{
    ImportRecord record = question(QString(250, QChar(0x75C5)), QStringLiteral("正文"));
    ImportStats stats;
    QCOMPARE(RecordCleaner().clean(&record, &stats), RecordCleaner::Outcome::Keep);
    QCOMPARE(record.title, QString(200, QChar(0x75C5)) + QChar(0x2026));
    QCOMPARE(stats.repairedTruncated, 1);
}

void TestRecordCleaner::truncatesTextAtParagraphEnd()
{
    // Paragraphs of 1,000 characters: the cut falls at the last paragraph end
    // before 200,000.
    const QString paragraph = QString(999, QChar(0x75C5)) + QStringLiteral("。");
    QStringList paragraphs;
    for (int i = 0; i < 250; ++i) {
        paragraphs.append(paragraph);
    }
    ImportRecord record = question(QStringLiteral("长文"), paragraphs.join(QLatin1String("\n\n")),
                                   QStringList{paragraphs.join(QLatin1Char('\n'))});
    ImportStats stats;
    QCOMPARE(RecordCleaner().clean(&record, &stats), RecordCleaner::Outcome::Keep);
    QCOMPARE(stats.repairedTruncated, 1);
    QVERIFY(record.body.size() <= RecordCleaner::MaxTextLength + 1);
    QVERIFY(record.body.size() > RecordCleaner::MaxTextLength * 9 / 10);
    QVERIFY(record.body.endsWith(QStringLiteral("。…")));
    QCOMPARE((record.body.size() - 1 + 2) % 1002, 0); // whole paragraphs and their breaks
    QVERIFY(record.answers.at(0).endsWith(QStringLiteral("。…")));
    QCOMPARE((record.answers.at(0).size() - 1 + 1) % 1001, 0); // whole lines
}

void TestRecordCleaner::truncatesTextHard()
{
    ImportRecord record = question(QStringLiteral("长文"), QString(300000, QChar(0x75C5)));
    ImportStats stats;
    QCOMPARE(RecordCleaner().clean(&record, &stats), RecordCleaner::Outcome::Keep);
    QCOMPARE(record.body, QString(RecordCleaner::MaxTextLength, QChar(0x75C5)) + QChar(0x2026));
    QCOMPARE(stats.repairedTruncated, 1);
}

void TestRecordCleaner::countsOncePerRecord()
{
    ImportRecord record =
        question(QStringLiteral("a&amp;b<br>"), QStringLiteral("&lt;&gt;<b>x</b>"),
                 QStringList{QStringLiteral("&quot;"), QStringLiteral("<i>y</i>")});
    ImportStats stats;
    QCOMPARE(RecordCleaner().clean(&record, &stats), RecordCleaner::Outcome::Keep);
    QCOMPARE(stats.repairedEntities, 1);
    QCOMPARE(stats.repairedMarkup, 1);
    QCOMPARE(record.title, QStringLiteral("a&b"));
    QCOMPARE(record.body, QStringLiteral("<>x"));
    QCOMPARE(record.answers, (QStringList{QStringLiteral("\""), QStringLiteral("y")}));
}

QTEST_GUILESS_MAIN(TestRecordCleaner)
#include "tst_recordcleaner.moc"
