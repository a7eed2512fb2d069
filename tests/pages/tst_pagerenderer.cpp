// SPDX-License-Identifier: MIT
#include "pack/library.h"
#include "pack/packschema.h"
#include "pack/packwriter.h"
#include "pages/pagerenderer.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

QStringList crumbTitles(const Page &page)
{
    QStringList titles;
    for (const Crumb &crumb : page.breadcrumb) {
        titles.append(crumb.title);
    }
    return titles;
}

// Every href in the page's HTML.
QStringList links(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    QStringList result;
    for (const QRegularExpressionMatch &match : href.globalMatch(html)) {
        result.append(match.captured(1));
    }
    return result;
}

} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPage();
    void departmentPage();
    void topicPage();
    void articlePage();
    void questionPage();
    void questionListPage();
    void aboutPage();
    void notFound_data();
    void notFound();
    void packTextIsEscaped();
    void secondPackLinksCarryItsId();
    void bookSizedTopicIsPaged();

private:
    Library m_library;
    QTemporaryDir m_dir;
};

void TestPageRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestPageRenderer::startPage()
{
    const Page page = PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Start);
    QVERIFY(page.html.contains(QStringLiteral("欢迎使用青囊")));
    QVERIFY(page.html.contains(
        QStringLiteral("「青囊内置内容包」收录 12 个专题、13 篇文章、56 个问答")));
    for (const char *department : {"神经内科", "神经外科", "耳鼻喉科", "皮肤科", "精神科"}) {
        QVERIFY2(page.html.contains(QString::fromUtf8(department)), department);
    }
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/neurology")));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QCOMPARE(crumbTitles(page), QStringList{QStringLiteral("专题")});
}

void TestPageRenderer::departmentPage()
{
    const Page page = PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/topic/ent")));
    QVERIFY(page.found);
    QCOMPARE(page.title, QStringLiteral("耳鼻喉科"));
    QVERIFY(page.html.contains(QStringLiteral("下属专题")));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/otology")));
    QCOMPARE(crumbTitles(page), (QStringList{QStringLiteral("专题"), QStringLiteral("耳鼻喉科")}));
    QVERIFY(page.breadcrumb.last().url.isEmpty()); // the current page is not a link
}

void TestPageRenderer::topicPage()
{
    const Page page =
        PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Topic);
    QCOMPARE(page.title, QStringLiteral("面肌痉挛"));
    QCOMPARE(crumbTitles(page), (QStringList{QStringLiteral("专题"), QStringLiteral("神经内科"),
                                             QStringLiteral("面肌痉挛")}));
    QCOMPARE(page.breadcrumb.at(1).url, QUrl(QStringLiteral("qingnang:/topic/neurology")));
    QVERIFY(page.html.contains(QStringLiteral("又称：面肌抽搐")));
    QVERIFY(page.html.contains(QStringLiteral("面肌痉挛在线咨询")));
    QVERIFY(page.html.contains(QStringLiteral("1个回答")));
    QVERIFY(page.html.contains(QStringLiteral("更多 (12)")));
    QVERIFY(page.html.contains(QStringLiteral("相关专题")));

    const QStringList hrefs = links(page.html);
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/article/hemifacial-spasm-causes")));
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/article/hemifacial-spasm-treatment")));
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/topic/hemifacial-spasm/qa")));
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/topic/facial-neuritis")));
    QCOMPARE(hrefs.filter(QStringLiteral("qingnang:/question/")).size(),
             PageRenderer::topicQuestionPreview);
    for (const QString &href : hrefs) {
        QVERIFY2(href.startsWith(QStringLiteral("qingnang:/")), qPrintable(href));
    }
}

void TestPageRenderer::articlePage()
{
    const Page page =
        PageRenderer(&m_library)
            .render(QUrl(QStringLiteral("qingnang:/article/hemifacial-spasm-causes#s3")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Article);
    QCOMPARE(page.title, QStringLiteral("产生面肌痉挛的主要原因是什么"));
    QCOMPARE(crumbTitles(page).mid(0, 3),
             (QStringList{QStringLiteral("专题"), QStringLiteral("神经内科"),
                          QStringLiteral("面肌痉挛")}));
    QVERIFY(page.html.contains(QStringLiteral("更新于 ")));
    QVERIFY(page.html.contains(QStringLiteral("本页目录")));
    // The seed's four sub-headings, in order, each with an anchor the outline links to.
    qsizetype at = 0;
    for (const char *heading : {"手术后遗症", "其他因素", "血管压迫因素", "疾病因素"}) {
        const qsizetype found =
            page.html.indexOf(QStringLiteral("<h2>%1</h2>").arg(QString::fromUtf8(heading)), at);
        QVERIFY2(found > at, heading);
        at = found;
    }
    const QStringList hrefs = links(page.html);
    for (const QString &href : hrefs.filter(QRegularExpression(QStringLiteral("^#s\\d+$")))) {
        QVERIFY(page.html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(href.mid(1))));
    }
    QVERIFY(hrefs.filter(QStringLiteral("#s")).size() >= 4);
    // The topic's questions follow the article.
    QCOMPARE(hrefs.filter(QStringLiteral("qingnang:/question/")).size(),
             PageRenderer::articleQuestionPreview);
}

void TestPageRenderer::questionPage()
{
    const auto pack = m_library.primaryPack();
    const auto topic = pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    const QuestionSummary summary = pack->questionsOf(topic->id, Pack::listStart, 0, 1).first();
    const Page page = PageRenderer(&m_library)
                          .render(QUrl(QStringLiteral("qingnang:/question/%1").arg(summary.id)));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Question);
    QCOMPARE(page.title, summary.title);
    QCOMPARE(crumbTitles(page),
             (QStringList{QStringLiteral("专题"), QStringLiteral("神经内科"),
                          QStringLiteral("面肌痉挛"), QStringLiteral("在线咨询"), summary.title}));
    QVERIFY(page.html.contains(QStringLiteral("1个回答")));
    QVERIFY(page.html.contains(QStringLiteral("回答 1")));
    QVERIFY(page.html.contains(QStringLiteral("肉毒素")));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/hemifacial-spasm/qa")));
}

void TestPageRenderer::questionListPage()
{
    const Page page = PageRenderer(&m_library)
                          .render(QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm/qa")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::TopicQuestions);
    QCOMPARE(page.questionTotal, 12);
    QCOMPARE(page.title, QStringLiteral("面肌痉挛在线咨询"));
    QVERIFY(page.topicId > 0);
    QVERIFY(page.html.contains(QStringLiteral("共 12 个问题")));
}

void TestPageRenderer::aboutPage()
{
    const Page page = PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/about")));
    QVERIFY(page.found);
    QVERIFY(page.html.contains(QStringLiteral("青囊编写组")));
    QVERIFY(page.html.contains(QStringLiteral("CC BY-SA 4.0")));
}

void TestPageRenderer::notFound_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("unknown topic") << "qingnang:/topic/no-such-topic";
    QTest::newRow("unknown article") << "qingnang:/article/no-such-article";
    QTest::newRow("unknown question") << "qingnang:/question/987654";
    QTest::newRow("unknown pack") << "qingnang:/topic/hemifacial-spasm?pack=nowhere";
    QTest::newRow("unknown page kind") << "qingnang:/elsewhere";
    QTest::newRow("another scheme") << "file:///etc/passwd";
}

void TestPageRenderer::notFound()
{
    QFETCH(QString, url);
    const Page page = PageRenderer(&m_library).render(QUrl(url));
    QVERIFY(!page.found);
    QCOMPARE(page.title, QStringLiteral("找不到页面"));
    QVERIFY(page.html.contains(QStringLiteral("回到首页")));
    QVERIFY(!page.html.contains(QStringLiteral("<script")));
}

void TestPageRenderer::packTextIsEscaped()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.qnpack"));
    {
        PackWriter writer(path);
        QVERIFY(writer.open());
        writer.setMeta(QLatin1String(schema::meta::packId), QStringLiteral("hostile"));
        writer.setMeta(QLatin1String(schema::meta::title), QStringLiteral("<b>pack</b>"));
        const qint64 topic =
            writer.addTopic({0,
                             QStringLiteral("t\"><script>"),
                             QStringLiteral("<script>alert(1)</script>"),
                             QStringLiteral("<img src=\"http://example.com/x.png\">"),
                             0,
                             {}});
        ArticleInput article;
        article.topicId = topic;
        article.slug = QStringLiteral("a");
        article.title = QStringLiteral("<iframe src=\"file:///etc/passwd\">");
        article.sections = {{1, QStringLiteral("<h1>big</h1>"),
                             QStringLiteral("<a href=\"javascript:alert(1)\">x</a>")}};
        writer.addArticle(article);
        writer.addQuestion({topic,
                            QStringLiteral("<style>*{display:none}</style>"),
                            {},
                            0,
                            {},
                            {QStringLiteral("<div onclick=\"x()\">hi</div>")}});
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }
    Library library;
    QVERIFY(library.openPack(path).isEmpty());
    const PageRenderer renderer(&library);
    const QString topicSlug = QStringLiteral("t\"><script>");
    for (const QUrl &url :
         {QUrl(QStringLiteral("qingnang:/")), pageurl::topic(topicSlug),
          pageurl::article(QStringLiteral("a")), pageurl::question(1),
          pageurl::topicQuestions(topicSlug), QUrl(QStringLiteral("qingnang:/about"))}) {
        const Page page = renderer.render(url);
        QVERIFY2(page.found, qPrintable(url.toString()));
        for (const char *tag : {"<script", "<img", "<iframe", "<style", "onclick=\"",
                                "<div onclick", "<h1>big", "href=\"javascript"}) {
            QVERIFY2(!page.html.contains(QLatin1String(tag)),
                     qPrintable(url.toString() + QStringLiteral(": ") + QLatin1String(tag)));
        }
        for (const QString &href : links(page.html)) {
            QVERIFY2(href.startsWith(QStringLiteral("qingnang:/")) ||
                         href.startsWith(QLatin1Char('#')),
                     qPrintable(href));
        }
    }
    QVERIFY(renderer.render(pageurl::topic(topicSlug))
                .html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

void TestPageRenderer::secondPackLinksCarryItsId()
{
    const QString path = m_dir.filePath(QStringLiteral("second.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("second"), 3, 4));
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    QVERIFY(library.openPack(path).isEmpty());
    const PageRenderer renderer(&library);

    const Page start = renderer.render(QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(start.html.contains(QStringLiteral("生成的内容包 second")));
    QVERIFY(links(start.html).contains(QStringLiteral("qingnang:/topic/second-dept?pack=second")));
    QVERIFY(links(start.html).contains(QStringLiteral("qingnang:/topic/neurology")));

    const Page topic =
        renderer.render(pageurl::topic(QStringLiteral("second-t0"), QStringLiteral("second")));
    QVERIFY(topic.found);
    QCOMPARE(crumbTitles(topic),
             (QStringList{QStringLiteral("专题"), QStringLiteral("生成的内容包 second"),
                          QStringLiteral("生成科"), QStringLiteral("专题00000")}));
    const QStringList questionLinks = links(topic.html).filter(QStringLiteral("/question/"));
    QCOMPARE(questionLinks.size(), 4);
    for (const QString &href : questionLinks) {
        QVERIFY2(href.endsWith(QStringLiteral("?pack=second")), qPrintable(href));
    }
    // Without the pack id, the same slug is looked up in the primary pack, where it is not.
    QVERIFY(!renderer.render(pageurl::topic(QStringLiteral("second-t0"))).found);
}

// A topic with thousands of articles (a classical book's sections): its page
// lists the first ones and links to a paged list; each article links to its
// neighbours in the topic's order.
void TestPageRenderer::bookSizedTopicIsPaged()
{
    const QString path = m_dir.filePath(QStringLiteral("book.qnpack"));
    constexpr int sections = 1234;
    {
        PackWriter writer(path);
        QVERIFY(writer.open());
        writer.setMeta(QLatin1String(schema::meta::packId), QStringLiteral("book"));
        writer.setMeta(QLatin1String(schema::meta::title), QStringLiteral("古籍"));
        const qint64 book =
            writer.addTopic({0, QStringLiteral("book"), QStringLiteral("示例医书"), {}, 0, {}});
        for (int i = 0; i < sections; ++i) {
            ArticleInput article;
            article.topicId = book;
            article.slug = QStringLiteral("s%1").arg(i);
            article.title = QStringLiteral("第%1篇").arg(i);
            // Positions repeat, so the order falls back to ids as everywhere else.
            article.position = i / 2;
            article.sections = {{1, {}, QStringLiteral("正文%1").arg(i)}};
            QVERIFY(writer.addArticle(article) > 0);
        }
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }
    Library library;
    QVERIFY(library.openPack(path).isEmpty());
    const PageRenderer renderer(&library);
    const auto articleLinks = [](const Page &page) {
        return links(page.html).filter(QStringLiteral("qingnang:/article/"));
    };

    const Page topic = renderer.render(pageurl::topic(QStringLiteral("book")));
    QVERIFY(topic.found);
    QCOMPARE(articleLinks(topic).size(), PageRenderer::topicArticlePreview);
    QCOMPARE(articleLinks(topic).first(), QStringLiteral("qingnang:/article/s0"));
    QVERIFY(topic.html.contains(QStringLiteral("全部 %1 篇文章").arg(sections)));
    QVERIFY(links(topic.html).contains(QStringLiteral("qingnang:/topic/book/articles")));

    // Every article exactly once over the pages, in order; the last page is short.
    const int pages =
        (sections + PageRenderer::articlePageSize - 1) / PageRenderer::articlePageSize;
    QStringList seen;
    for (int number = 1; number <= pages; ++number) {
        const Page list =
            renderer.render(pageurl::topicArticles(QStringLiteral("book"), {}, number));
        QVERIFY(list.found);
        QCOMPARE(list.kind, PageKind::TopicArticles);
        QVERIFY(list.html.contains(QStringLiteral("第 %1 / %2 页").arg(number).arg(pages)));
        const QStringList hrefs = links(list.html);
        QCOMPARE(hrefs.contains(pageurl::topicArticles(QStringLiteral("book"), {}, number + 1)
                                    .toString(QUrl::FullyEncoded)),
                 number < pages);
        QCOMPARE(hrefs.contains(pageurl::topicArticles(QStringLiteral("book"), {}, number - 1)
                                    .toString(QUrl::FullyEncoded)),
                 number > 1);
        seen += articleLinks(list);
    }
    QCOMPARE(seen.size(), sections);
    for (int i = 0; i < sections; ++i) {
        QCOMPARE(seen.at(i), QStringLiteral("qingnang:/article/s%1").arg(i));
    }
    // A page past the end shows the last one; a page number that is not one shows the first.
    QVERIFY(renderer.render(pageurl::topicArticles(QStringLiteral("book"), {}, 999))
                .html.contains(QStringLiteral("第 %1 / %1 页").arg(pages)));
    QVERIFY(renderer.render(QUrl(QStringLiteral("qingnang:/topic/book/articles?page=x")))
                .html.contains(QStringLiteral("第 1 / %1 页").arg(pages)));

    // Neighbours: none before the first, none after the last.
    const QStringList first = articleLinks(renderer.render(pageurl::article(QStringLiteral("s0"))));
    QCOMPARE(first, QStringList{QStringLiteral("qingnang:/article/s1")});
    const QStringList middle =
        articleLinks(renderer.render(pageurl::article(QStringLiteral("s7"))));
    QCOMPARE(middle, (QStringList{QStringLiteral("qingnang:/article/s6"),
                                  QStringLiteral("qingnang:/article/s8")}));
    const QStringList last =
        articleLinks(renderer.render(pageurl::article(QStringLiteral("s%1").arg(sections - 1))));
    QCOMPARE(last, QStringList{QStringLiteral("qingnang:/article/s%1").arg(sections - 2)});
}

QTEST_GUILESS_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
