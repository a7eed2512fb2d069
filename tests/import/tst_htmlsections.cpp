// SPDX-License-Identifier: MIT
// The ZIM importer's HTML-to-sections step: what is kept, what is dropped, how
// lists, tables, headings and links come out, and what counts as broken HTML.
#include "import/htmlsections.h"

#include <QRandomGenerator>
#include <QTest>

using namespace qingnang;

namespace {

// Sections as "heading|body" lines joined by "\n--\n", for compact expectations.
QString flatten(const HtmlArticle &article)
{
    QStringList parts;
    for (const Section &section : article.sections) {
        parts.append(section.heading + QLatin1Char('|') + section.body);
    }
    return parts.join(QStringLiteral("\n--\n"));
}

} // namespace

class TestHtmlSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data();
    void sections();
    void title();
    void links();
    void broken_data();
    void broken();
    void anyBytes();
};

void TestHtmlSections::sections_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs") << QByteArray("<p>第一段。</p><p>第二段\n  继续。</p>")
                                << QStringLiteral("|第一段。\n\n第二段继续。");
    QTest::newRow("latin words keep their spaces")
        << QByteArray("<p>Vitamin\n B12 and <b>folate</b></p>")
        << QStringLiteral("|Vitamin B12 and folate");
    QTest::newRow("headings start sections")
        << QByteArray("<h1>标题</h1><p>导言</p><h2>病因</h2><p>甲</p><h3>细节</h3><p>乙</p>")
        << QStringLiteral("|导言\n--\n病因|甲\n--\n细节|乙");
    QTest::newRow("a heading without text is dropped")
        << QByteArray("<p>导言</p><h2>空</h2><h2>有</h2><p>丙</p>")
        << QStringLiteral("|导言\n--\n有|丙");
    QTest::newRow("lists") << QByteArray(
                                  "<p>注意：</p><ul><li>少盐</li><li>多动</li></ul><p>完</p>")
                           << QStringLiteral("|注意：\n\n- 少盐\n- 多动\n\n完");
    QTest::newRow("unclosed list items")
        << QByteArray("<ol><li>一<li>二</ol>") << QStringLiteral("|- 一\n- 二");
    QTest::newRow("tables") << QByteArray("<table><tr><th>项目</th><th>正常值</th></tr>"
                                          "<tr><td>血压</td><td>&lt;140/90</td></tr></table>")
                            << QStringLiteral("|- 项目 | 正常值\n- 血压 | <140/90");
    QTest::newRow("dropped chrome")
        << QByteArray(
               "<script>var a = '<p>x</p>';</script><style>p{}</style>"
               "<nav><p>导航</p></nav><div class=\"navbox x\"><div>框</div></div>"
               "<div role=\"navigation\">菜单</div><span class=\"mw-editsection\">编辑</span>"
               "<p>正文</p><noscript>无</noscript>")
        << QStringLiteral("|正文");
    QTest::newRow("images are left out")
        << QByteArray("<p>前<img src=\"a.png\" alt=\"图\">后</p>") << QStringLiteral("|前后");
    QTest::newRow("entities") << QByteArray("<p>&amp;&nbsp;&#20013;&#x6587;&hellip;&bogus;</p>")
                              << QStringLiteral("|& 中文…&bogus;");
    QTest::newRow("a lone < is text")
        << QByteArray("<p>血压<140 且 a < b</p>") << QStringLiteral("|血压<140 且 a < b");
    QTest::newRow("comments and doctype")
        << QByteArray("<!DOCTYPE html><!-- <p>注释</p> --><p>文字</p>") << QStringLiteral("|文字");
    QTest::newRow("br breaks") << QByteArray("<p>一行<br>二行</p>")
                               << QStringLiteral("|一行\n\n二行");
    QTest::newRow("nothing") << QByteArray("") << QString();
}

void TestHtmlSections::sections()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    const HtmlArticle article = htmlToArticle(html);
    QVERIFY2(article.error.isEmpty(), qPrintable(article.error));
    QCOMPARE(flatten(article), expected);
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        QCOMPARE(article.sections.at(i).position, int(i) + 1);
    }
}

void TestHtmlSections::title()
{
    QCOMPARE(htmlToArticle("<html><head><title> 面肌\n痉挛 </title><meta charset=\"utf-8\">"
                           "</head><body><h1>面肌痉挛</h1><p>正文</p></body></html>")
                 .title,
             QStringLiteral("面肌痉挛"));
    // Without <title>, the first <h1>; an <h1> that is not the title starts a section.
    const HtmlArticle article = htmlToArticle("<h1>甲</h1><p>一</p><h1>乙</h1><p>二</p>");
    QCOMPARE(article.title, QStringLiteral("甲"));
    QCOMPARE(flatten(article), QStringLiteral("|一\n--\n乙|二"));
    // Images counted.
    QCOMPARE(htmlToArticle("<img src=a><p><img src=b></p>").images, 2);
}

void TestHtmlSections::links()
{
    QStringList asked;
    const HtmlArticle article = htmlToArticle(
        "<p>见<a href=\"b.html\">面神經炎</a>和<a href=\"http://x\">外部</a>，"
        "<a href=\"c.html\"><img src=i></a>与 <a href=\"b.html\">[括号]</a>。</p>",
        [&](const QString &href) {
            asked.append(href);
            return href == QLatin1String("b.html") ? QStringLiteral("article:a7") : QString();
        });
    QCOMPARE(asked, (QStringList{QStringLiteral("b.html"), QStringLiteral("http://x"),
                                 QStringLiteral("c.html"), QStringLiteral("b.html")}));
    QCOMPARE(flatten(article), QStringLiteral("|见[面神經炎](article:a7)和外部，与 [括号]。"));
    QCOMPARE(article.links, 1);
}

void TestHtmlSections::broken_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("error");

    QTest::newRow("GB18030 bytes")
        << QByteArray("<p>\xB2\xE2\xCA\xD4</p>") << QStringLiteral("invalid UTF-8 at byte 3");
    QTest::newRow("NUL") << QByteArray("<p>a\0b</p>", 10)
                         << QStringLiteral("a NUL byte at byte 4 (not HTML text)");
    QTest::newRow("surrogate") << QByteArray("<p>\xED\xA0\x80</p>")
                               << QStringLiteral("invalid UTF-8 at byte 3");
    QTest::newRow("cut in a tag") << QByteArray("<p>文字</p><div class=\"x")
                                  << QStringLiteral("a tag left open at the end (<div)");
    QTest::newRow("cut in a comment")
        << QByteArray("<p>文字</p><!-- 注") << QStringLiteral("a comment left open at the end");
}

void TestHtmlSections::broken()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, error);
    const HtmlArticle article = htmlToArticle(html);
    QCOMPARE(article.error, error);
    QVERIFY(article.sections.isEmpty());
}

void TestHtmlSections::anyBytes()
{
    // Random cuts and splices of a real page never crash and always give
    // either an error or well-formed sections (the fuzz target does more).
    const QByteArray page =
        "<html><head><title>题</title><style>x</style></head><body><h2>甲</h2><ul><li>一"
        "<li><a href=\"b\">二</a></ul><table><tr><td>1<td>2</table><script>s</script>"
        "<p>&amp;&#x4E2D;文</p></body></html>";
    QRandomGenerator random(15);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = page;
        const int edits = random.bounded(1, 6);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(int(bytes.size()) + 1);
            switch (random.bounded(3)) {
            case 0:
                bytes.remove(at, random.bounded(1, 12));
                break;
            case 1:
                bytes.insert(at, page.mid(random.bounded(int(page.size())), random.bounded(1, 20)));
                break;
            default:
                if (at < bytes.size()) {
                    bytes[at] = char(random.bounded(256));
                }
            }
        }
        const HtmlArticle article =
            htmlToArticle(bytes, [](const QString &) { return QStringLiteral("article:a1"); });
        if (!article.error.isEmpty()) {
            QVERIFY(article.sections.isEmpty());
            continue;
        }
        for (qsizetype i = 0; i < article.sections.size(); ++i) {
            QCOMPARE(article.sections.at(i).position, int(i) + 1);
            QVERIFY(!article.sections.at(i).body.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestHtmlSections)
#include "tst_htmlsections.moc"
