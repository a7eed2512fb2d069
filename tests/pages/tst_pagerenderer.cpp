// SPDX-License-Identifier: MIT
#include "pack/library.h"
#include "pack/packschema.h"
#include "pack/packwriter.h"
#include "pages/htmlwriter.h"
#include "pages/pagerenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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
    void indexPage();
    void provenance();
    void searchPage();
    void pageExists();
    void topicPage();
    void articlePage();
    void questionPage();
    void questionListPage();
    void aboutPage();
    void notFound_data();
    void notFound();
    void packTextIsEscaped();
    void secondPackLinksCarryItsId();
    void packsWithTheSameTitleAreNamedByFile();
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

// The start page does not list every topic: departments with their counts,
// and one click to 症状, 急症与急救 and the A–Z index.
void TestPageRenderer::startPage()
{
    const Page page = PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Start);
    QVERIFY(page.html.contains(QStringLiteral("欢迎使用青囊")));
    const PackInfo &info = m_library.primaryPack()->info();
    QVERIFY2(page.html.contains(QStringLiteral("收录 %1 个专题、%2 篇文章、%3 个问答")
                                    .arg(html::number(info.counts.topicsWithContent),
                                         html::number(info.counts.articles),
                                         html::number(info.counts.questions))),
             qPrintable(page.html.left(2000)));
    const QStringList hrefs = links(page.html);
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/topic/symptoms")));
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/topic/emergency")));
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/index")));
    for (const char *department : {"内科", "外科", "妇产科", "儿科", "症状", "急症与急救"}) {
        QVERIFY2(page.html.contains(QStringLiteral(">%1<").arg(QString::fromUtf8(department))),
                 department);
    }
    // Each department with the number of topics under it.
    // 症状 has no sub-departments: count its topics in the content sources.
    int symptomTopics = 0;
    const QDir topicsDir(test::contentDir() + QStringLiteral("/topics"));
    for (const QString &name : topicsDir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject topic =
            QJsonDocument::fromJson(test::readFile(topicsDir.filePath(name))).object();
        if (topic.value(QStringLiteral("parent")).toString() == QStringLiteral("symptoms"))
            ++symptomTopics;
    }
    QVERIFY(symptomTopics > 30);
    QVERIFY2(page.html.contains(QStringLiteral("%1 个专题").arg(symptomTopics)),
             qPrintable(QString::number(symptomTopics)));
    // Sub-departments are named; topics of a department are not all listed.
    QVERIFY(hrefs.contains(QStringLiteral("qingnang:/topic/cardiology")));
    QVERIFY(!hrefs.contains(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    // A few of each department's topics at most: far fewer links than topics.
    QVERIFY2(hrefs.size() < info.counts.topicsWithContent / 2,
             qPrintable(QStringLiteral("%1 links for %2 topics")
                            .arg(hrefs.size())
                            .arg(info.counts.topicsWithContent)));
    QCOMPARE(crumbTitles(page), QStringList{QStringLiteral("首页")});
}

// A department lists its topics with their summaries, a sub-department's
// under its heading.
void TestPageRenderer::departmentPage()
{
    PageRenderer renderer(&m_library);
    Page page = renderer.render(QUrl(QStringLiteral("qingnang:/topic/ent")));
    QVERIFY(page.found);
    QCOMPARE(page.title, QStringLiteral("耳鼻喉科"));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/otology")));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/otitis-media")));
    const auto otitis = m_library.primaryPack()->topicBySlug(QStringLiteral("otitis-media"));
    QVERIFY(page.html.contains(html::esc(otitis->summary.left(20))));
    QCOMPARE(crumbTitles(page), (QStringList{QStringLiteral("首页"), QStringLiteral("耳鼻喉科")}));
    QVERIFY(page.breadcrumb.last().url.isEmpty()); // the current page is not a link

    page = renderer.render(QUrl(QStringLiteral("qingnang:/topic/symptoms")));
    QVERIFY(page.found);
    const auto headache = m_library.primaryPack()->topicBySlug(QStringLiteral("headache"));
    QVERIFY(links(page.html).contains(QStringLiteral("qingnang:/topic/headache")));
    QVERIFY(page.html.contains(html::esc(headache->summary.left(20))));
}

// Every topic with content, by the pinyin of its title, under its letter;
// a pack of more than indexPageSize such topics (the bundled one now) shows a
// letter at a time, the first letter first.
void TestPageRenderer::indexPage()
{
    PageRenderer renderer(&m_library);
    const Page page = renderer.render(pageurl::index());
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Index);
    const qsizetype withContent = m_library.primaryPack()->info().counts.topicsWithContent;
    QVERIFY(withContent > PageRenderer::indexPageSize);
    QVERIFY(page.html.contains(QStringLiteral("<h2>A</h2>")));
    QVERIFY(!page.html.contains(QStringLiteral("<h2>B</h2>")));
    // The letters bar links every other letter's page; together they list every topic.
    QStringList letterPages;
    for (const QString &link : links(page.html)) {
        if (link.startsWith(QStringLiteral("qingnang:/index?letter="))) {
            letterPages.append(link);
        }
    }
    QVERIFY2(letterPages.size() >= 15, qPrintable(letterPages.join(QLatin1Char(' '))));
    QStringList topics = links(page.html).filter(QStringLiteral("qingnang:/topic/"));
    QString gPage;
    for (const QString &letterPage : std::as_const(letterPages)) {
        const Page part = renderer.render(QUrl(letterPage));
        QVERIFY(part.found);
        const QString letter = QUrlQuery(QUrl(letterPage)).queryItemValue(QStringLiteral("letter"));
        QVERIFY2(part.html.contains(QStringLiteral("<h2>%1</h2>").arg(letter)), qPrintable(letter));
        topics += links(part.html).filter(QStringLiteral("qingnang:/topic/"));
        if (letter == QLatin1String("G")) {
            gPage = part.html;
        }
    }
    topics.removeDuplicates();
    QCOMPARE(topics.size(), withContent);
    // Titles in pinyin order under their letter: 肝硬化 (gan) before 高血压 (gao) before 骨折 (gu).
    const qsizetype liver = gPage.indexOf(QStringLiteral(">肝硬化<"));
    const qsizetype hypertension = gPage.indexOf(QStringLiteral(">高血压<"));
    const qsizetype fracture = gPage.indexOf(QStringLiteral(">骨折<"));
    QVERIFY(liver > 0 && liver < hypertension && hypertension < fracture);
    QVERIFY(renderer.pageExists(pageurl::index()));
    QVERIFY(!renderer.pageExists(pageurl::index(QStringLiteral("nowhere"))));
}

void TestPageRenderer::topicPage()
{
    const Page page =
        PageRenderer(&m_library).render(QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QVERIFY(page.found);
    QCOMPARE(page.kind, PageKind::Topic);
    QCOMPARE(page.title, QStringLiteral("面肌痉挛"));
    QCOMPARE(crumbTitles(page),
             (QStringList{QStringLiteral("首页"), QStringLiteral("内科"),
                          QStringLiteral("神经内科"), QStringLiteral("面肌痉挛")}));
    QCOMPARE(page.breadcrumb.at(2).url, QUrl(QStringLiteral("qingnang:/topic/neurology")));
    QVERIFY(page.html.contains(QStringLiteral("又称：面肌抽搐")));
    QVERIFY(page.html.contains(QStringLiteral("面肌痉挛患者问答")));
    QVERIFY(page.html.contains(QStringLiteral("1个回答")));
    const int questions = test::contentQuestionCount(QStringLiteral("hemifacial-spasm"));
    QVERIFY(questions >= 12); // the seed's twelve stay
    QVERIFY(page.html.contains(QStringLiteral("全部 %1 个").arg(questions)));
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
    QCOMPARE(crumbTitles(page).mid(0, 4),
             (QStringList{QStringLiteral("首页"), QStringLiteral("内科"),
                          QStringLiteral("神经内科"), QStringLiteral("面肌痉挛")}));
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
    QCOMPARE(crumbTitles(page), (QStringList{QStringLiteral("首页"), QStringLiteral("内科"),
                                             QStringLiteral("神经内科"), QStringLiteral("面肌痉挛"),
                                             QStringLiteral("患者问答"), summary.title}));
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
    const int questions = test::contentQuestionCount(QStringLiteral("hemifacial-spasm"));
    QVERIFY(questions >= 12); // the seed's twelve stay
    QCOMPARE(page.questionTotal, questions);
    QCOMPARE(page.title, QStringLiteral("面肌痉挛患者问答"));
    QVERIFY(page.topicId > 0);
    QVERIFY(page.html.contains(QStringLiteral("共 %1 个问题").arg(questions)));
}

// Who wrote it, when, that no physician reviewed it, and the licence: on
// every article and question page (and so on paper).
// A question carries its topic's article date (question 57's topic was
// written on 2026-12-02; the pack's content date is later).
void TestPageRenderer::provenance()
{
    PageRenderer renderer(&m_library);
    const QString expected = QStringLiteral(
        "来源：青囊编写组 · 编写日期 2026-12-02 · 未经执业医师审核 · 许可：CC BY-SA 4.0");
    for (const QUrl &url :
         {pageurl::article(QStringLiteral("hypertension-overview")), pageurl::question(57)}) {
        const Page page = renderer.render(url);
        QVERIFY(page.found);
        QVERIFY2(page.html.contains(QStringLiteral("<p class=\"provenance\">%1</p>").arg(expected)),
                 qPrintable(url.toString()));
        QVERIFY(renderer.renderForPrint(url).html.contains(expected));
    }
}

// A results page is rendered from the result it is given; render() never searches.
void TestPageRenderer::searchPage()
{
    PageRenderer renderer(&m_library);
    const QUrl url = pageurl::search(QStringLiteral("高血压"));
    const Page pending = renderer.render(url);
    QVERIFY(pending.found);
    QVERIFY(pending.awaitingSearch);
    QVERIFY(!pending.html.contains(QStringLiteral("class=\"result\"")));
    const auto request = renderer.searchRequest(url);
    QVERIFY(request);
    QCOMPARE(request->query, QStringLiteral("高血压"));
    QVERIFY(!renderer.searchRequest(pageurl::topic(QStringLiteral("hypertension"))));

    const SearchResult result =
        SearchEngine::search(m_library.packs(), request->query, request->options);
    QVERIFY(result.hits.size() > PageRenderer::searchPageSize);
    const Page page = renderer.renderSearch(url, result);
    QVERIFY(!page.awaitingSearch);
    QCOMPARE(page.url, url);
    QCOMPARE(links(page.html).filter(QStringLiteral("qingnang:/")).size() >=
                 PageRenderer::searchPageSize,
             true);
    // A total, and a pager: 上一页 · 第 1 / n 页 · 下一页.
    const qsizetype shown = qMin<qsizetype>(result.hits.size(), PageRenderer::searchResultLimit);
    QVERIFY(page.html.contains(QStringLiteral("找到 %1 条").arg(html::number(shown))));
    const int pages =
        int((shown + PageRenderer::searchPageSize - 1) / PageRenderer::searchPageSize);
    QVERIFY2(page.html.contains(QStringLiteral("第 1 / %1 页").arg(pages)),
             qPrintable(page.html.right(400)));
    QVERIFY(links(page.html).contains(html::esc(
        pageurl::search(QStringLiteral("高血压"), {}, {}, 2).toString(QUrl::FullyEncoded))));
    QCOMPARE(renderer.renderComplete(url).html, page.html);

    // Nothing found: said in plain words (a paragraph, not a link), then what
    // helps: all departments and a tip (docs/search.md).
    const Page none = renderer.renderSearch(url, SearchResult{});
    QVERIFY(none.html.contains(QStringLiteral("<p>没有找到与「高血压」有关的内容。</p>")));
    QVERIFY(links(none.html).contains(html::esc(pageurl::start().toString(QUrl::FullyEncoded))));
    QVERIFY(none.html.contains(QStringLiteral("可以换一个说法")));
}

void TestPageRenderer::pageExists()
{
    PageRenderer renderer(&m_library);
    QVERIFY(renderer.pageExists(pageurl::topic(QStringLiteral("hemifacial-spasm"))));
    QVERIFY(
        renderer.pageExists(pageurl::article(QStringLiteral("hemifacial-spasm-causes"), {}, 3)));
    QVERIFY(renderer.pageExists(pageurl::question(1)));
    QVERIFY(renderer.pageExists(pageurl::topicQuestions(QStringLiteral("hemifacial-spasm"))));
    QVERIFY(renderer.pageExists(pageurl::start()));
    QVERIFY(!renderer.pageExists(pageurl::topic(QStringLiteral("no-such-topic"))));
    QVERIFY(!renderer.pageExists(pageurl::article(QStringLiteral("no-such-article"))));
    QVERIFY(!renderer.pageExists(pageurl::question(987654)));
    QVERIFY(!renderer.pageExists(
        pageurl::topic(QStringLiteral("hemifacial-spasm"), QStringLiteral("nowhere"))));
    QVERIFY(!renderer.pageExists(QUrl(QStringLiteral("qingnang:/elsewhere"))));
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
             (QStringList{QStringLiteral("首页"), QStringLiteral("生成的内容包 second"),
                          QStringLiteral("生成科"), QStringLiteral("专题00000")}));
    const QStringList questionLinks = links(topic.html).filter(QStringLiteral("/question/"));
    QCOMPARE(questionLinks.size(), 4);
    for (const QString &href : questionLinks) {
        QVERIFY2(href.endsWith(QStringLiteral("?pack=second")), qPrintable(href));
    }
    // Without the pack id, the same slug is looked up in the primary pack, where it is not.
    QVERIFY(!renderer.render(pageurl::topic(QStringLiteral("second-t0"))).found);
}

// Two packs called the same (issue 16, item 8): the start page's headings and
// the breadcrumb add the file name, so 患者问答 › 患者问答 cannot happen unnamed.
void TestPageRenderer::packsWithTheSameTitleAreNamedByFile()
{
    const QString one = m_dir.filePath(QStringLiteral("same-one.qnpack"));
    const QString two = m_dir.filePath(QStringLiteral("same-two.qnpack"));
    QVERIFY(test::writeGeneratedPack(one, QStringLiteral("same-one"), 2, 1,
                                     QStringLiteral("患者问答")));
    QVERIFY(test::writeGeneratedPack(two, QStringLiteral("same-two"), 2, 1,
                                     QStringLiteral("患者问答")));
    Library library;
    QVERIFY(library.openPack(one).isEmpty());
    QVERIFY(library.openPack(two).isEmpty());
    const PageRenderer renderer(&library);

    const Page start = renderer.render(QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(start.html.contains(QStringLiteral("患者问答（same-one.qnpack）")));
    QVERIFY(start.html.contains(QStringLiteral("患者问答（same-two.qnpack）")));
    const Page topic =
        renderer.render(pageurl::topic(QStringLiteral("same-two-t0"), QStringLiteral("same-two")));
    QVERIFY(topic.found);
    QCOMPARE(crumbTitles(topic).at(1), QStringLiteral("患者问答（same-two.qnpack）"));
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
    QVERIFY(topic.html.contains(QStringLiteral("全部 %1 篇文章").arg(html::number(sections))));
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
