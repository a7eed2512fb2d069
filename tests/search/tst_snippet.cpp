// SPDX-License-Identifier: MIT
// The snippet builder: which part of a text it shows, how it marks the
// query's matches, and that it stays bounded and whole on any text.
#include "search/queryplan.h"
#include "search/searchengine.h"
#include "search/snippet.h"
#include "snippetsupport.h"

#include <QTest>

using namespace qingnang;

namespace {

const QChar open(SearchHit::snippetOpen);
const QChar close(SearchHit::snippetClose);
const QChar ellipsis(0x2026);

// The snippet with its marks shown as [ and ], for readable comparisons.
QString shown(const QString &snippet)
{
    QString text = snippet;
    text.replace(open, QLatin1Char('[')).replace(close, QLatin1Char(']'));
    return text;
}

QString snippet(const QString &text, const QString &query, int length = 48)
{
    return makeSnippet(text, QueryPlan::build(query), length);
}

// No half of a surrogate pair is left alone.
bool surrogatesPaired(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
                return false;
            }
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

QString withoutMarks(QString text)
{
    return text.remove(open).remove(close);
}

} // namespace

class TestSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksMatches_data();
    void marksMatches();
    void windowGoesToTheMatch();
    void windowPrefersMoreOfTheQuery();
    void noMatchShowsTheStart();
    void markdownIsShownAsPlainText();
    void boundedOnLongText();
    void hostileText_data();
    void hostileText();
};

void TestSnippet::marksMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // with [ ] for the marks

    QTest::newRow("a word") << QStringLiteral("我得了面瘫。") << QStringLiteral("面瘫")
                            << QStringLiteral("我得了[面瘫]。");
    QTest::newRow("overlapping bigrams make one mark")
        << QStringLiteral("患者得了面肌痉挛，很着急。") << QStringLiteral("面肌痉挛")
        << QStringLiteral("患者得了[面肌痉挛]，很着急。");
    QTest::newRow("every occurrence") << QStringLiteral("面瘫和面瘫") << QStringLiteral("面瘫")
                                      << QStringLiteral("[面瘫]和[面瘫]");
    QTest::newRow("a single character")
        << QStringLiteral("一侧面部") << QStringLiteral("面") << QStringLiteral("一侧[面]部");
    QTest::newRow("Traditional text, simplified query, the text kept as written")
        << QStringLiteral("得了麵肌痙攣") << QStringLiteral("面肌痉挛")
        << QStringLiteral("得了[麵肌痙攣]");
    QTest::newRow("simplified text, Traditional query")
        << QStringLiteral("得了面肌痉挛") << QStringLiteral("麵肌痙攣")
        << QStringLiteral("得了[面肌痉挛]");
    QTest::newRow("case") << QStringLiteral("半面痉挛（HFS）") << QStringLiteral("hfs")
                          << QStringLiteral("半面痉挛（[HFS]）");
    QTest::newRow("full-width text")
        << QStringLiteral("半面痉挛（ＨＦＳ）") << QStringLiteral("HFS")
        << QStringLiteral("半面痉挛（[ＨＦＳ]）");
    QTest::newRow("Latin and digits inside Chinese")
        << QStringLiteral("维生素B12缺乏") << QStringLiteral("B12")
        << QStringLiteral("维生素[B12]缺乏");
    QTest::newRow("full-width digits in the query")
        << QStringLiteral("孩子3岁了") << QStringLiteral("３岁") << QStringLiteral("孩子[3岁]了");
    QTest::newRow("a synonym") << QStringLiteral("俗称面神经炎") << QStringLiteral("面瘫")
                               << QStringLiteral("俗称[面神经炎]");
    QTest::newRow("question words are marked too, where they are")
        << QStringLiteral("面瘫怎么办") << QStringLiteral("面瘫怎么办")
        << QStringLiteral("[面瘫怎么办]");
    QTest::newRow("a link to a topic shows its text")
        << QStringLiteral(
               "可以先读：[慢性胃炎](topic:chronic-gastritis)、[胃痛](topic:stomach-ache)")
        << QStringLiteral("胃炎") << QStringLiteral("可以先读：慢性[胃炎]、胃痛");
    QTest::newRow("characters outside the BMP")
        << QStringLiteral("😀面瘫😀") << QStringLiteral("面瘫") << QStringLiteral("😀[面瘫]😀");
}

void TestSnippet::marksMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QString result = snippet(text, query);
    QVERIFY(test::wellFormed(result));
    QCOMPARE(shown(result), expected);
}

void TestSnippet::windowGoesToTheMatch()
{
    // The match lies far into the text: the window starts a little before it,
    // behind an ellipsis, and is cut with one after.
    const QString before = QStringLiteral("这是前面的一段说明文字。").repeated(20);
    const QString after = QStringLiteral("后面还有很多其他的内容。").repeated(20);
    const QString result = snippet(before + QStringLiteral("医生建议做头部MRI检查。") + after,
                                   QStringLiteral("MRI"), 48);
    QVERIFY(test::wellFormed(result));
    QVERIFY2(result.startsWith(ellipsis), qPrintable(shown(result)));
    QVERIFY2(result.endsWith(ellipsis), qPrintable(shown(result)));
    QCOMPARE(test::marked(result), QStringList{QStringLiteral("MRI")});
    QVERIFY(withoutMarks(result).contains(QStringLiteral("头部MRI检查")));
    // About `length` characters of the text, and the ellipses.
    QCOMPARE(withoutMarks(result).size(), 48 + 2);
    // The match is not at the very start: some of what leads to it is shown.
    QVERIFY(withoutMarks(result).indexOf(QStringLiteral("MRI")) > 1);
}

void TestSnippet::windowPrefersMoreOfTheQuery()
{
    // 面瘫 alone early; 面瘫 with 针灸 later: the window with both wins.
    const QString filler = QStringLiteral("与此无关的一些文字。").repeated(12);
    const QString text = QStringLiteral("面瘫是常见病。") + filler +
                         QStringLiteral("面瘫恢复期可以配合针灸。") + filler;
    const QString result = snippet(text, QStringLiteral("面瘫 针灸"), 40);
    QVERIFY(test::wellFormed(result));
    QVERIFY2(test::marked(result).contains(QStringLiteral("针灸")), qPrintable(shown(result)));
    QVERIFY2(test::marked(result).contains(QStringLiteral("面瘫")), qPrintable(shown(result)));
    QVERIFY(!withoutMarks(result).contains(QStringLiteral("常见病")));

    // Among equal windows, the earliest.
    const QString twice = QStringLiteral("面瘫") + filler + QStringLiteral("面瘫") + filler;
    const QString first = snippet(twice, QStringLiteral("面瘫"), 40);
    QVERIFY2(first.startsWith(open), qPrintable(shown(first)));
}

void TestSnippet::noMatchShowsTheStart()
{
    const QString text =
        QStringLiteral("面神经炎通常指特发性面神经麻痹，也叫贝尔麻痹，表现为突然出现"
                       "的一侧面部表情肌无力，如口角歪斜、眼睛闭不紧。");
    const QString result = snippet(text, QStringLiteral("癫痫"), 20);
    QVERIFY(test::marked(result).isEmpty());
    QCOMPARE(result, text.left(20) + ellipsis);
    // A short text is shown whole, without an ellipsis.
    QCOMPARE(snippet(QStringLiteral("很短的文字"), QStringLiteral("癫痫")),
             QStringLiteral("很短的文字"));
    // A query that makes no terms marks nothing.
    QCOMPARE(snippet(QStringLiteral("很短的文字"), QStringLiteral("\"()*")),
             QStringLiteral("很短的文字"));
    QCOMPARE(snippet(QString(), QStringLiteral("面瘫")), QString());
}

void TestSnippet::markdownIsShownAsPlainText()
{
    // List dashes and ** go; lines join with no space between Chinese
    // characters, one space between Latin words.
    const QString text = QStringLiteral("**注意**：\n\n- 面部抽动持续几周\n- 伴有听力下降\n\n"
                                        "see a\ndoctor");
    const QString result = snippet(text, QStringLiteral("听力"), 200);
    QCOMPARE(shown(result), QStringLiteral("注意：面部抽动持续几周伴有[听力]下降see a doctor"));
}

void TestSnippet::boundedOnLongText()
{
    // A megabyte of text with matches everywhere: the result stays about
    // `length` characters plus marks and ellipses.
    const QString text = QStringLiteral("面瘫怎么办？").repeated(200000);
    const QString result = snippet(text, QStringLiteral("面瘫怎么办"), 48);
    QVERIFY(test::wellFormed(result));
    QVERIFY(!test::marked(result).isEmpty());
    QVERIFY(withoutMarks(result).size() <= 48 + 2);

    // A match beyond what is looked at (the text's first few thousand
    // characters) is not searched for: the start is shown.
    const QString late = QString(20000, QChar(0x6587)) + QStringLiteral("面瘫");
    const QString start = snippet(late, QStringLiteral("面瘫"), 30);
    QVERIFY(test::marked(start).isEmpty());
    QCOMPARE(start, late.left(30) + ellipsis);
}

void TestSnippet::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    QTest::newRow("lone high surrogate")
        << QStringLiteral("面") + QChar(0xD800) + QStringLiteral("瘫面瘫") << QStringLiteral("面瘫")
        << true;
    QTest::newRow("lone low surrogate")
        << QString(QChar(0xDC00)) + QStringLiteral("面瘫") << QStringLiteral("面瘫") << true;
    QTest::newRow("surrogate at the window's edge")
        << QStringLiteral("a") + QStringLiteral("😀").repeated(40) + QStringLiteral("b面瘫") +
               QStringLiteral("😀").repeated(40)
        << QStringLiteral("面瘫") << true;
    QTest::newRow("surrogate where a text without a match is cut")
        << QStringLiteral("a") + QStringLiteral("😀").repeated(30) << QStringLiteral("面瘫")
        << false;
    QTest::newRow("NUL and controls")
        << QStringLiteral("面瘫") + QChar(0) + QStringLiteral("\x01\x1b面瘫")
        << QStringLiteral("面瘫") << true;
    QTest::newRow("combining marks")
        << QStringLiteral("e\u0301\u0301\u0301 面瘫") << QStringLiteral("面瘫") << true;
    QTest::newRow("right-to-left")
        << QStringLiteral("\u202eשלום 面瘫 עולם") << QStringLiteral("面瘫") << true;
    QTest::newRow("ligature that folds to several characters")
        << QStringLiteral("\uFB03面瘫\uFB03") << QStringLiteral("面瘫") << true;
    QTest::newRow("the marks' own characters in the text")
        << QStringLiteral("\uE011面\uE010瘫\uE010面瘫\uE011") << QStringLiteral("面瘫") << true;
    QTest::newRow("only spaces") << QStringLiteral(" \n\t ") << QStringLiteral("面瘫") << false;
}

void TestSnippet::hostileText()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    const QString result = snippet(text, query, 24);
    QVERIFY(test::wellFormed(result));
    QVERIFY2(surrogatesPaired(result) || !surrogatesPaired(text), qPrintable(shown(result)));
    QCOMPARE(!test::marked(result).isEmpty(), matches);
    QVERIFY(withoutMarks(result).size() <= 24 + 2);
}

QTEST_APPLESS_MAIN(TestSnippet)
#include "tst_snippet.moc"
