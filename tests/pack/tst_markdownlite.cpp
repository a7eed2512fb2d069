// SPDX-License-Identifier: MIT
#include "pack/markdownlite.h"

#include <QTest>

using namespace qingnang;

class TestMarkdownLite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void toPlainLine_data();
    void toPlainLine();
    void topicLinks();
    void articleLinks();
};

void TestMarkdownLite::toHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one paragraph")
        << QStringLiteral("面肌痉挛") << QStringLiteral("<p>面肌痉挛</p>\n");
    QTest::newRow("two paragraphs")
        << QStringLiteral("甲\n\n乙") << QStringLiteral("<p>甲</p>\n<p>乙</p>\n");
    QTest::newRow("blank line with spaces")
        << QStringLiteral("甲\n \t\n乙") << QStringLiteral("<p>甲</p>\n<p>乙</p>\n");
    QTest::newRow("Chinese lines join without a space")
        << QStringLiteral("面肌\n痉挛") << QStringLiteral("<p>面肌痉挛</p>\n");
    QTest::newRow("Latin lines join with a space")
        << QStringLiteral("hemifacial\nspasm") << QStringLiteral("<p>hemifacial spasm</p>\n");
    QTest::newRow("list") << QStringLiteral("- 一\n- 二")
                          << QStringLiteral("<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n");
    QTest::newRow("paragraph then list")
        << QStringLiteral("说明：\n- 一\n  续")
        << QStringLiteral("<p>说明：</p>\n<ul>\n<li>一续</li>\n</ul>\n");
    QTest::newRow("bold") << QStringLiteral("**注意**：及时就医")
                          << QStringLiteral("<p><b>注意</b>：及时就医</p>\n");
    QTest::newRow("unclosed bold stays text")
        << QStringLiteral("面肌痉挛可以**吗") << QStringLiteral("<p>面肌痉挛可以**吗</p>\n");
    QTest::newRow("markup is text")
        << QStringLiteral("<script>alert(1)</script> & <b>x</b>")
        << QStringLiteral(
               "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</p>\n");
    QTest::newRow("quotes are escaped")
        << QStringLiteral("\"a\" 'b'") << QStringLiteral("<p>&quot;a&quot; 'b'</p>\n");
    QTest::newRow("CR LF") << QStringLiteral("甲\r\n\r\n乙")
                           << QStringLiteral("<p>甲</p>\n<p>乙</p>\n");
}

void TestMarkdownLite::toHtml()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(markdownToHtml(markdown), html);
}

void TestMarkdownLite::toPlainLine_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("line");

    QTest::newRow("paragraphs join")
        << QStringLiteral("甲。\n\n乙。") << QStringLiteral("甲。乙。");
    QTest::newRow("list marks go") << QStringLiteral("- 一\n- 二") << QStringLiteral("一二");
    QTest::newRow("bold marks go") << QStringLiteral("**重要**提示") << QStringLiteral("重要提示");
    QTest::newRow("links keep their text")
        << QStringLiteral("读[胃炎](topic:chronic-gastritis)") << QStringLiteral("读胃炎");
    QTest::newRow("article links keep their text")
        << QStringLiteral("见[面神經炎](article:a3)") << QStringLiteral("见面神經炎");
    QTest::newRow("Latin keeps spaces")
        << QStringLiteral("take rest\n\nsee a doctor") << QStringLiteral("take rest see a doctor");
}

void TestMarkdownLite::toPlainLine()
{
    QFETCH(QString, markdown);
    QFETCH(QString, line);
    QCOMPARE(markdownToPlainLine(markdown), line);
}

// [text](topic:slug) becomes a link only through the caller's resolver, and
// only with a well-formed slug; everything else stays text.
void TestMarkdownLite::topicLinks()
{
    const QString markdown = QStringLiteral(
        "- [胃炎](topic:chronic-gastritis)：饭后胃胀\n- [x](javascript:alert(1)) [y](topic:Bad)");
    const QString plain =
        QStringLiteral("<ul>\n<li>胃炎：饭后胃胀</li>\n"
                       "<li>[x](javascript:alert(1)) [y](topic:Bad)</li>\n</ul>\n");
    QCOMPARE(markdownToHtml(markdown), plain);
    QStringList asked;
    const QString html = markdownToHtml(markdown, [&](const QString &slug) {
        asked.append(slug);
        return QUrl(QStringLiteral("qingnang:/topic/") + slug + QStringLiteral("?pack=a&b"));
    });
    QCOMPARE(asked, QStringList{QStringLiteral("chronic-gastritis")});
    QVERIFY2(
        html.contains(QStringLiteral(
            "<li><a "
            "href=\"qingnang:/topic/chronic-gastritis?pack=a&amp;b\">胃炎</a>：饭后胃胀</li>")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("[x](javascript:alert(1))")));
    // An empty URL leaves the text.
    QCOMPARE(markdownToHtml(markdown, [](const QString &) { return QUrl(); }), plain);
    QCOMPARE(markdownTopicLinks(QStringLiteral("[a](topic:x) [b](topic:y) [c](topic:x)")),
             (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
}

// [text](article:slug), as ZIM imports write: a link only through the
// article resolver; topic links go to the topic resolver, and neither is a
// topic link for lint.
void TestMarkdownLite::articleLinks()
{
    const QString markdown = QStringLiteral("见[面神經炎](article:a3)与[胃炎](topic:gastritis)");
    QCOMPARE(markdownToHtml(markdown), QStringLiteral("<p>见面神經炎与胃炎</p>\n"));
    QStringList topics;
    QStringList articles;
    const QString html = markdownToHtml(
        markdown,
        [&](const QString &slug) {
            topics.append(slug);
            return QUrl(QStringLiteral("qingnang:/topic/") + slug);
        },
        [&](const QString &slug) {
            articles.append(slug);
            return QUrl(QStringLiteral("qingnang:/article/") + slug);
        });
    QCOMPARE(topics, QStringList{QStringLiteral("gastritis")});
    QCOMPARE(articles, QStringList{QStringLiteral("a3")});
    QCOMPARE(html, QStringLiteral("<p>见<a href=\"qingnang:/article/a3\">面神經炎</a>与<a "
                                  "href=\"qingnang:/topic/gastritis\">胃炎</a></p>\n"));
    QCOMPARE(markdownTopicLinks(markdown), QStringList{QStringLiteral("gastritis")});
}

QTEST_GUILESS_MAIN(TestMarkdownLite)
#include "tst_markdownlite.moc"
