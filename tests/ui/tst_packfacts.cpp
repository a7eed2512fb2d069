// SPDX-License-Identifier: MIT
// What the real window says about the open packs, and that it says it the same
// way everywhere (issue 16, item 10): one count of topics on the start page,
// the about page and the status bar; one number format; no "0 个问答" for a
// pack without questions; the status bar of the page's own pack; an imported
// pack's source in the interface's language. The packs besides the bundled one
// are imported by qingnang-pack from generated jsonl.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pages/htmlwriter.h"
#include "readerview.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace qingnang;

namespace {

constexpr int generatedQuestions = 1200;

QByteArray questionsJsonl()
{
    QByteArray lines;
    for (int i = 0; i < generatedQuestions; ++i) {
        const QJsonObject question{
            {QStringLiteral("kind"), QStringLiteral("question")},
            {QStringLiteral("topic"), QJsonArray{QStringLiteral("内科"), QStringLiteral("消化内科"),
                                                 QStringLiteral("胃痛%1").arg(i % 3)}},
            {QStringLiteral("title"), QStringLiteral("第%1个问题：胃痛怎么办").arg(i)},
            {QStringLiteral("body"), QStringLiteral("吃饭以后胃痛，第%1次。").arg(i)},
            {QStringLiteral("answers"), QJsonArray{QStringLiteral("建议按时吃饭，及时就医。")}},
            {QStringLiteral("ref"), QStringLiteral("q%1").arg(i)}};
        lines += QJsonDocument(question).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

QByteArray articlesJsonl()
{
    QByteArray lines;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject article{
            {QStringLiteral("kind"), QStringLiteral("article")},
            {QStringLiteral("topic"), QJsonArray{QStringLiteral("养生"), QStringLiteral("睡眠")}},
            {QStringLiteral("title"), QStringLiteral("睡个好觉的第%1个办法").arg(i + 1)},
            {QStringLiteral("body"), QStringLiteral("按时起床，白天多活动，睡前少看手机。")},
            {QStringLiteral("ref"), QStringLiteral("a%1").arg(i)}};
        lines += QJsonDocument(article).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

bool importPack(const QString &jsonl, const QString &pack, const QString &title)
{
    QByteArray out;
    QByteArray err;
    const int status =
        test::runProgram(test::packTool(),
                         {QStringLiteral("import"), QStringLiteral("jsonl"), jsonl,
                          QStringLiteral("-o"), pack, QStringLiteral("--title"), title},
                         &out, &err);
    if (status != 0) {
        qWarning().noquote() << "import failed:" << QString::fromUtf8(err);
    }
    return status == 0;
}

// The first topic with content of a pack, found down its tree.
TopicNode firstTopicWithContent(const Pack &pack, qint64 parent = 0)
{
    for (const TopicNode &node : pack.childTopics(parent)) {
        if (node.articleCount > 0 || node.questionCount > 0) {
            return node;
        }
        if (node.childCount > 0) {
            const TopicNode found = firstTopicWithContent(pack, node.id);
            if (found.id != 0) {
                return found;
            }
        }
    }
    return {};
}

} // namespace

class TestPackFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void oneCountOfTopics();
    void oneNumberFormat();
    void noCountOfNothing();
    void statusOfThePagesPack();
    void importedSourceInTheInterfacesLanguage();

private:
    void openWindow(Library *library);
    QString readerText() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"))->toPlainText();
    }
    QString status() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("packStatus"))->text();
    }
    std::shared_ptr<Pack> packTitled(const Library &library, const QString &title) const;

    QTemporaryDir m_dir;
    QString m_questionsPack;
    QString m_articlesPack;
    std::unique_ptr<MainWindow> m_window;
};

void TestPackFacts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString questions = m_dir.filePath(QStringLiteral("questions.jsonl"));
    const QString articles = m_dir.filePath(QStringLiteral("articles.jsonl"));
    QVERIFY(test::writeFile(questions, questionsJsonl()));
    QVERIFY(test::writeFile(articles, articlesJsonl()));
    m_questionsPack = m_dir.filePath(QStringLiteral("questions.qnpack"));
    m_articlesPack = m_dir.filePath(QStringLiteral("articles.qnpack"));
    QVERIFY(importPack(questions, m_questionsPack, QStringLiteral("胃痛问答")));
    QVERIFY(importPack(articles, m_articlesPack, QStringLiteral("睡眠文章")));
}

void TestPackFacts::cleanup()
{
    m_window.reset();
}

void TestPackFacts::openWindow(Library *library)
{
    m_window = std::make_unique<MainWindow>(library);
    m_window->resize(1100, 760);
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

std::shared_ptr<Pack> TestPackFacts::packTitled(const Library &library, const QString &title) const
{
    for (const auto &pack : library.packs()) {
        if (pack->title() == title) {
            return pack;
        }
    }
    return nullptr;
}

// The start page, the about page and the status bar count topics alike: the
// topics with articles or questions of their own, not the departments above them.
void TestPackFacts::oneCountOfTopics()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    const PackCounts counts = library.packs().first()->info().counts;
    QVERIFY(counts.topics > counts.topicsWithContent); // departments are topics of the tree
    const QString topics = html::number(counts.topicsWithContent);
    openWindow(&library);

    QVERIFY2(readerText().contains(QStringLiteral("收录 %1 个专题、").arg(topics)),
             qPrintable(readerText()));
    QVERIFY2(status().contains(QStringLiteral("%1 个专题").arg(topics)), qPrintable(status()));
    m_window->openUrl(pageurl::about());
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(readerText().contains(QStringLiteral("专题\t%1").arg(topics)) ||
                 readerText().contains(QStringLiteral("专题\n%1").arg(topics)),
             qPrintable(readerText()));
    QVERIFY(!readerText().contains(html::number(counts.topics)));
}

// Every count is grouped by thousands: the tree, the pages and the status bar.
void TestPackFacts::oneNumberFormat()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    QVERIFY(library.openPack(m_questionsPack).isEmpty());
    openWindow(&library);
    const QString grouped = QStringLiteral("1,200");

    QVERIFY2(readerText().contains(QStringLiteral("%1 个问答").arg(grouped)),
             qPrintable(readerText()));
    // The tree's roots are the packs, each with its counts.
    const auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    QStringList counts;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        counts.append(tree->model()->index(row, 0).data(CountsRole).toString());
    }
    QVERIFY2(counts.contains(QStringLiteral("%1问").arg(grouped)),
             qPrintable(counts.join(QLatin1Char('|'))));
    const qint64 bundledQuestions = library.packs().first()->info().counts.questions;
    QVERIFY(bundledQuestions >= 1000);
    QVERIFY2(counts.first().contains(html::number(bundledQuestions) + QStringLiteral("问")),
             qPrintable(counts.first()));
    const TopicNode topic = firstTopicWithContent(*packTitled(library, QStringLiteral("胃痛问答")));
    m_window->openUrl(
        pageurl::topic(topic.slug, packTitled(library, QStringLiteral("胃痛问答"))->id()));
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(status().contains(QStringLiteral("%1 个问答").arg(grouped)), qPrintable(status()));
}

// A pack without questions says nothing of questions (and one without
// articles nothing of articles): no "0 个问答" anywhere.
void TestPackFacts::noCountOfNothing()
{
    Library library;
    QVERIFY(library.openPack(m_articlesPack).isEmpty());
    QVERIFY(library.openPack(m_questionsPack).isEmpty());
    openWindow(&library);
    QVERIFY2(readerText().contains(QStringLiteral("收录 1 个专题、3 篇文章，")),
             qPrintable(readerText()));
    QVERIFY2(readerText().contains(QStringLiteral("收录 3 个专题、1,200 个问答，")),
             qPrintable(readerText()));
    QVERIFY(!readerText().contains(QStringLiteral(" 0 ")));
    m_window->openUrl(pageurl::about());
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(!readerText().contains(QStringLiteral("\t0\n")), qPrintable(readerText()));
    const auto articles = packTitled(library, QStringLiteral("睡眠文章"));
    m_window->openUrl(pageurl::topic(firstTopicWithContent(*articles).slug, QString()));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentPage().pack, articles);
    QVERIFY2(status().startsWith(QStringLiteral("睡眠文章 · 1 个专题 · 3 篇文章")),
             qPrintable(status()));
    QVERIFY2(!status().contains(QStringLiteral("问答")), qPrintable(status()));
}

// Several packs open: a page of one pack shows that pack's title, counts and
// content date in the status bar; the start page tells of all of them.
void TestPackFacts::statusOfThePagesPack()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    QVERIFY(library.openPack(m_questionsPack).isEmpty());
    openWindow(&library);
    const auto bundled = library.packs().first();
    const auto imported = packTitled(library, QStringLiteral("胃痛问答"));
    QVERIFY(imported);
    QVERIFY2(status().startsWith(QStringLiteral("2 个内容包 · ")), qPrintable(status()));
    QVERIFY(status().contains(bundled->info().contentDate));
    QVERIFY(status().contains(imported->info().contentDate));

    m_window->openUrl(pageurl::topic(firstTopicWithContent(*imported).slug, imported->id()));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentPage().pack, imported);
    QVERIFY2(status().startsWith(QStringLiteral("胃痛问答 · 3 个专题 · 1,200 个问答 · 内容日期 ") +
                                 imported->info().contentDate),
             qPrintable(status()));

    m_window->openUrl(pageurl::topic(firstTopicWithContent(*bundled).slug));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentPage().pack, bundled);
    QVERIFY2(status().startsWith(bundled->title() + QStringLiteral(" · ")), qPrintable(status()));
    QVERIFY2(status().endsWith(QStringLiteral("内容日期 ") + bundled->info().contentDate),
             qPrintable(status()));
}

// qingnang-pack import records where a pack came from in English; the reader
// says it in its own language.
void TestPackFacts::importedSourceInTheInterfacesLanguage()
{
    Library library;
    QVERIFY(library.openPack(m_questionsPack).isEmpty());
    QCOMPARE(library.packs().first()->info().source,
             QStringLiteral("imported (jsonl) from questions.jsonl"));
    openWindow(&library);
    m_window->openUrl(pageurl::about());
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(readerText().contains(QStringLiteral("从 questions.jsonl 导入（jsonl 格式）")),
             qPrintable(readerText()));
    QVERIFY(!readerText().contains(QStringLiteral("imported (")));
}

QTEST_MAIN(TestPackFacts)
#include "tst_packfacts.moc"
