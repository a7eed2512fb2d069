// SPDX-License-Identifier: MIT
// The real MainWindow over a pack the size of real collections: 1,500 books
// under one department, a book of 2,500 sections, a topic of 3,000 questions.
// What is read is read on demand: the tree a batch of rows at a time as it
// scrolls, the question list a page at a time, a long list of articles as
// pages of links.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "pack/packschema.h"
#include "pack/packwriter.h"
#include "pages/htmlwriter.h"
#include "readersupport.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace qingnang;

namespace {

constexpr int books = 1500;
constexpr int sections = 2500;
constexpr int questions = 3000;

bool writeLibraryPack(const QString &path)
{
    PackWriter writer(path);
    if (!writer.open()) {
        return false;
    }
    writer.setMeta(QLatin1String(schema::meta::packId), QStringLiteral("library"));
    writer.setMeta(QLatin1String(schema::meta::title), QStringLiteral("大型文库"));
    const qint64 department =
        writer.addTopic({0, QStringLiteral("classics"), QStringLiteral("古籍"), {}, 0, {}});
    qint64 firstBook = 0;
    for (int i = 0; i < books; ++i) {
        const qint64 id = writer.addTopic({department,
                                           QStringLiteral("book-%1").arg(i),
                                           QStringLiteral("医书%1").arg(i, 4, 10, QLatin1Char('0')),
                                           {},
                                           i,
                                           {}});
        firstBook = i == 0 ? id : firstBook;
    }
    for (int i = 0; i < sections; ++i) {
        ArticleInput article;
        article.topicId = firstBook;
        article.slug = QStringLiteral("sec-%1").arg(i);
        article.title = QStringLiteral("卷%1篇").arg(i);
        article.position = i;
        article.sections = {{1, {}, QStringLiteral("第%1篇的正文。").arg(i)}};
        if (writer.addArticle(article) <= 0) {
            return false;
        }
    }
    const qint64 clinic =
        writer.addTopic({0, QStringLiteral("clinic"), QStringLiteral("问诊"), {}, 1, {}});
    for (int i = 0; i < questions; ++i) {
        writer.addQuestion({clinic,
                            QStringLiteral("问题%1").arg(i, 4, 10, QLatin1Char('0')),
                            {},
                            i,
                            {},
                            {QStringLiteral("回答%1").arg(i)}});
    }
    return writer.commit();
}

} // namespace

class TestLargePacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeOfBooksByLetter();
    void treeOfBooks();
    void bookOfThousandsOfSections();
    void topicOfThreeThousandQuestions();

private:
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    }
    QListView *qaList() const { return m_window->findChild<QListView *>(QStringLiteral("qaList")); }
    QString readerText() const { return reader()->toPlainText(); }
    void clickLink(const QString &text);

    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestLargePacks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("library.qnpack"));
    QVERIFY(writeLibraryPack(path));
    QVERIFY(m_library.openPack(path).isEmpty());
}

void TestLargePacks::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1100, 760);
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLargePacks::cleanup()
{
    m_window.reset();
}

void TestLargePacks::clickLink(const QString &text)
{
    test::clickLink(reader(), text);
    QTRY_VERIFY(!m_window->pageLoading());
}

// By default a level of 1,500 books is listed in pinyin order under its
// letters (here all 医书…, so one letter Y); a letter opens no page.
void TestLargePacks::treeOfBooksByLetter()
{
    auto *automatic = m_window->findChild<QAction *>(QStringLiteral("actionTreeOrderAuto"));
    QVERIFY(automatic);
    QVERIFY(automatic->isChecked());
    QAbstractItemModel *model = tree()->model();
    QTRY_VERIFY(model->rowCount() > 0); // read on the model's thread
    const QModelIndex department = model->index(0, 0);
    QCOMPARE(department.data().toString(), QStringLiteral("古籍"));
    tree()->setFocus();
    tree()->setCurrentIndex(department);
    QTest::keyClick(tree(), Qt::Key_Right);
    QTRY_COMPARE(model->rowCount(department), 1);
    const QModelIndex letter = model->index(0, 0, department);
    QCOMPARE(letter.data().toString(), QStringLiteral("Y"));
    QVERIFY(letter.data(IsGroupRole).toBool());
    QCOMPARE(model->rowCount(letter), books);
    QCOMPARE(model->index(0, 0, letter).data().toString(), QStringLiteral("医书0000"));
    QCOMPARE(model->index(books - 1, 0, letter).data().toString(), QStringLiteral("医书1499"));
    const QUrl before = m_window->currentUrl();
    tree()->setCurrentIndex(letter);
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), before); // a letter is no page
    QTest::keyClick(tree(), Qt::Key_Right);   // it opens like a branch
    QVERIFY(tree()->isExpanded(letter));
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), pageurl::topic(QStringLiteral("book-0")));
}

// In the pack's order (View › 目录排序) the books are read a batch at a time
// as they come into view.
void TestLargePacks::treeOfBooks()
{
    auto *packOrder = m_window->findChild<QAction *>(QStringLiteral("actionTreeOrderPack"));
    QVERIFY(packOrder);
    packOrder->trigger();
    QVERIFY(packOrder->isChecked());
    QAbstractItemModel *model = tree()->model();
    QTRY_COMPARE(model->rowCount(), 2); // the two departments of the only pack
    const QModelIndex department = model->index(0, 0);
    QCOMPARE(department.data().toString(), QStringLiteral("古籍"));
    tree()->setFocus();
    tree()->setCurrentIndex(department);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QTest::keyClick(tree(), Qt::Key_Right); // opens the branch, as a reader would
    QTRY_VERIFY(model->rowCount(department) > 0);
    // The branch is read a batch at a time (off the GUI thread), not whole.
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), department);
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1,
             TopicTreeModel::batchSize);
    QVERIFY(TopicTreeModel::batchSize < books);
    QCOMPARE(model->index(0, 0, department).data().toString(), QStringLiteral("医书0000"));
    // Paging down through the branch reads the rest as it comes into view, in order.
    const QModelIndex lastBook = [&] {
        for (int page = 0; page < 1000; ++page) {
            QTest::keyClick(tree(), Qt::Key_PageDown);
            // The rows coming into view are read on the model's thread.
            if (!QTest::qWaitFor(
                    [model] { return static_cast<TopicTreeModel *>(model)->isIdle(); })) {
                break;
            }
            const QModelIndex current = tree()->currentIndex();
            if (current.parent() == department && current.row() == books - 1) {
                return current;
            }
        }
        return QModelIndex();
    }();
    QVERIFY(lastBook.isValid());
    QCOMPARE(model->rowCount(department), books);
    QCOMPARE(model->index(books - 1, 0, department).data().toString(), QStringLiteral("医书1499"));
    // The last book opens from the keyboard.
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), pageurl::topic(QStringLiteral("book-1499")));
    QVERIFY(readerText().startsWith(QStringLiteral("医书1499")));
    // The choice is kept for the next window; the other tests want the default.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(&m_library);
    auto *again = m_window->findChild<QAction *>(QStringLiteral("actionTreeOrderPack"));
    QVERIFY(again->isChecked());
    m_window->findChild<QAction *>(QStringLiteral("actionTreeOrderAuto"))->trigger();
}

void TestLargePacks::bookOfThousandsOfSections()
{
    m_window->openUrl(pageurl::topic(QStringLiteral("book-0")));
    QTRY_VERIFY(!m_window->pageLoading());
    // The page lists the first sections and links to the full list.
    QVERIFY(readerText().contains(QStringLiteral("卷99篇")));
    QVERIFY(!readerText().contains(QStringLiteral("卷100篇")));
    clickLink(QStringLiteral("全部 %1 篇文章 ›").arg(html::number(sections)));
    QCOMPARE(m_window->currentUrl(), pageurl::topicArticles(QStringLiteral("book-0")));
    const int pages = (sections + 199) / 200;
    QVERIFY(readerText().contains(QStringLiteral("第 1 / %1 页").arg(pages)));
    QVERIFY(readerText().contains(QStringLiteral("卷199篇")));
    QVERIFY(!readerText().contains(QStringLiteral("卷200篇")));
    clickLink(QStringLiteral("下一页 ›"));
    QVERIFY(readerText().contains(QStringLiteral("第 2 / %1 页").arg(pages)));
    QVERIFY(readerText().contains(QStringLiteral("卷200篇")));
    QVERIFY(readerText().contains(QStringLiteral("卷399篇")));

    // A section, then the next one, as a book is read.
    clickLink(QStringLiteral("卷250篇"));
    QCOMPARE(m_window->currentUrl(), pageurl::article(QStringLiteral("sec-250")));
    QVERIFY(readerText().contains(QStringLiteral("第250篇的正文。")));
    clickLink(QStringLiteral("下一篇：卷251篇 ›"));
    QCOMPARE(m_window->currentUrl(), pageurl::article(QStringLiteral("sec-251")));
    QVERIFY(readerText().contains(QStringLiteral("第251篇的正文。")));
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(readerText().contains(QStringLiteral("第 2 / %1 页").arg(pages)));
}

void TestLargePacks::topicOfThreeThousandQuestions()
{
    m_window->openUrl(pageurl::topic(QStringLiteral("clinic")));
    QTRY_VERIFY(!m_window->pageLoading());
    clickLink(QStringLiteral("全部 %1 个 ›").arg(html::number(questions)));
    QVERIFY(qaList()->isVisible());
    QVERIFY(readerText().isEmpty() || !reader()->isVisible());
    QAbstractItemModel *model = qaList()->model();
    QTRY_VERIFY(model->rowCount() > 0); // read on the model's thread
    const int firstPage = model->rowCount();
    QVERIFY2(firstPage < questions, qPrintable(QString::number(firstPage)));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("问题0000"));
    // Scrolling down reads further pages, never the whole list at once.
    QTRY_VERIFY((qaList()->scrollToBottom(), model->rowCount() > firstPage));
    QVERIFY(model->rowCount() < questions);
    // The list reaches the last question when the reader goes that far.
    QTRY_COMPARE_WITH_TIMEOUT((qaList()->scrollToBottom(), model->rowCount()), questions, 30000);
    QCOMPARE(model->index(questions - 1, 0).data().toString(), QStringLiteral("问题2999"));
    qaList()->setFocus();
    qaList()->setCurrentIndex(model->index(questions - 1, 0));
    QTest::keyClick(qaList(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(reader()->isVisible());
    QVERIFY(readerText().startsWith(QStringLiteral("问题2999")));
    QVERIFY(readerText().contains(QStringLiteral("回答2999")));
}

QTEST_MAIN(TestLargePacks)
#include "tst_largepacks.moc"
