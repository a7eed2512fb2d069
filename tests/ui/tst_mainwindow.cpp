// SPDX-License-Identifier: MIT
// The real MainWindow over the real bundled pack, driven as a user drives it:
// keys in the tree, clicks on links in the reader, Back and Forward.
#include "address/pageurl.h"
#include "dialogsupport.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "packmemory.h"
#include "pages/htmlwriter.h"
#include "readersupport.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace qingnang;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startPage();
    void readingThroughTheSeedTopic();
    void fullQuestionList();
    void otherPagesKeepTheDisclaimer_data();
    void otherPagesKeepTheDisclaimer();
    void breadcrumbLinks();
    void homeAndShortcuts();
    void openAndCloseFurtherPacks();
    void closingAPackAsksAndCanBeUndone();
    void breadcrumbFitsASmallWindow();
    void badPackFileIsReportedAndSkipped();
    void noCaretInTheReader();
    void questionListReadsLikeAPage();
    void backListsAPageOnce();

private:
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    }
    QLabel *disclaimer() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("disclaimerLabel"));
    }
    QLabel *breadcrumb() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("breadcrumb"));
    }
    QListView *qaList() const { return m_window->findChild<QListView *>(QStringLiteral("qaList")); }
    QString readerText() const { return reader()->toPlainText(); }
    QString breadcrumbText() const;
    void clickLink(const QString &text);
    void verifyDisclaimerShown();

    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1100, 760);
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    // A test that stopped half-way leaves the next one the bundled pack alone.
    for (const QString &id : [this] {
             QStringList ids;
             for (const auto &pack : m_library.packs()) {
                 ids.append(pack->id());
             }
             return ids;
         }()) {
        if (QFileInfo(m_library.packById(id)->path()) != QFileInfo(test::bundledPack())) {
            m_library.removePack(id);
        }
    }
    if (m_library.isEmpty()) {
        QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
    }
}

QString TestMainWindow::breadcrumbText() const
{
    QTextDocument document;
    document.setHtml(breadcrumb()->text());
    return document.toPlainText();
}

void TestMainWindow::clickLink(const QString &text)
{
    test::clickLink(reader(), text);
    QTRY_VERIFY(!m_window->pageLoading());
}

// The strip is on screen, below the reader and never overlapping it, with the pack's text.
void TestMainWindow::verifyDisclaimerShown()
{
    QLabel *label = disclaimer();
    QVERIFY(label->isVisible());
    // The disclaimer of the pack the page comes from; the built-in one has the same opening.
    const Page &page = m_window->currentPage();
    QCOMPARE(label->text(), page.pack ? page.pack->disclaimer() : m_library.disclaimer());
    QVERIFY(label->text().startsWith(QStringLiteral("免责声明")));
    const QRect strip(label->mapTo(m_window.get(), QPoint(0, 0)), label->size());
    QWidget *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("readerStack"));
    const QRect readerArea(stack->mapTo(m_window.get(), QPoint(0, 0)), stack->size());
    QVERIFY(strip.height() >= label->fontMetrics().height());
    QVERIFY(m_window->rect().contains(strip));
    QVERIFY(!strip.intersects(readerArea));
    QVERIFY(strip.top() >= readerArea.bottom());
}

void TestMainWindow::startPage()
{
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(readerText().contains(QStringLiteral("欢迎使用青囊")));
    const PackCounts &counts = m_library.primaryPack()->info().counts;
    const QString numbers = QStringLiteral("%1 个专题、%2 篇文章、%3 个问答")
                                .arg(html::number(counts.topicsWithContent),
                                     html::number(counts.articles), html::number(counts.questions));
    QVERIFY2(readerText().contains(QStringLiteral("收录 ") + numbers), qPrintable(numbers));
    QVERIFY(readerText().contains(QStringLiteral("内科")));
    QVERIFY(readerText().contains(QStringLiteral("皮肤科")));
    QVERIFY(readerText().contains(QStringLiteral("专题索引")));
    QCOMPARE(breadcrumbText(), QStringLiteral("当前位置：首页"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("packStatus"));
    QVERIFY2(status->text().contains(
                 QStringLiteral("青囊内置内容包 · ") +
                 QString(numbers).replace(QStringLiteral("、"), QStringLiteral(" · "))),
             qPrintable(status->text()));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionBack"))->isEnabled());
    verifyDisclaimerShown();
}

void TestMainWindow::readingThroughTheSeedTopic()
{
    // The tree, by keyboard: 内科 → expand → down to 神经内科 → expand → 面肌痉挛 → Enter.
    tree()->setFocus();
    QTRY_VERIFY(tree()->model()->rowCount() > 0); // read on the model's thread
    tree()->setCurrentIndex(tree()->model()->index(0, 0));
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("内科"));
    QTest::keyClick(tree(), Qt::Key_Right);
    QVERIFY(tree()->isExpanded(tree()->currentIndex()));
    // The branch's rows are read on the model's thread.
    QTRY_VERIFY(tree()->model()->rowCount(tree()->currentIndex()) > 0);
    for (int step = 0;
         step < 20 && tree()->currentIndex().data().toString() != QStringLiteral("神经内科");
         ++step) {
        QTest::keyClick(tree(), Qt::Key_Down);
    }
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("神经内科"));
    QTest::keyClick(tree(), Qt::Key_Right);
    QVERIFY(tree()->isExpanded(tree()->currentIndex()));
    QTRY_VERIFY(tree()->model()->rowCount(tree()->currentIndex()) > 0);
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("面肌痉挛"));
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());

    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QCOMPARE(breadcrumbText(), QStringLiteral("当前位置：首页 › 内科 › 神经内科 › 面肌痉挛"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("面肌痉挛")));
    QVERIFY(readerText().contains(QStringLiteral("又称：面肌抽搐")));
    QVERIFY(readerText().contains(QStringLiteral("面肌痉挛患者问答")));
    QVERIFY(readerText().contains(QStringLiteral("1个回答")));
    QVERIFY(readerText().contains(QStringLiteral("相关专题")));
    verifyDisclaimerShown();

    // The causes article, by clicking its link.
    clickLink(QStringLiteral("产生面肌痉挛的主要原因是什么"));
    QCOMPARE(m_window->currentUrl(),
             QUrl(QStringLiteral("qingnang:/article/hemifacial-spasm-causes")));
    QCOMPARE(breadcrumbText(),
             QStringLiteral(
                 "当前位置：首页 › 内科 › 神经内科 › 面肌痉挛 › 产生面肌痉挛的主要原因是什么"));
    const QString article = readerText();
    QVERIFY(article.contains(QStringLiteral("本页目录")));
    qsizetype at = article.indexOf(QStringLiteral("本页目录"));
    for (const char *heading : {"手术后遗症", "其他因素", "血管压迫因素", "疾病因素", "何时就医"}) {
        // Each heading stands as a block of its own after the outline.
        bool found = false;
        for (QTextBlock block = reader()->document()->begin(); block.isValid();
             block = block.next()) {
            found = found || block.text() == QString::fromUtf8(heading);
        }
        QVERIFY2(found, heading);
        QVERIFY(article.indexOf(QString::fromUtf8(heading), at) > at);
    }
    verifyDisclaimerShown();
    QCOMPARE(reader()->verticalScrollBar()->value(), 0);

    // The outline jumps within the page.
    clickLink(QStringLiteral("疾病因素"));
    QCOMPARE(m_window->currentUrl().fragment(), QStringLiteral("s5"));
    QVERIFY(reader()->verticalScrollBar()->value() > 0);
    const int sectionScroll = reader()->verticalScrollBar()->value();

    // A question at the article's foot.
    clickLink(QStringLiteral("请问治疗面肌痉挛方面有什么特别有效的方法？"));
    QVERIFY(m_window->currentUrl().path().startsWith(QStringLiteral("/question/")));
    QVERIFY(readerText().startsWith(QStringLiteral("请问治疗面肌痉挛方面有什么特别有效的方法？")));
    QVERIFY(readerText().contains(QStringLiteral("1个回答")));
    QVERIFY(readerText().contains(QStringLiteral("回答 1")));
    QVERIFY(readerText().contains(QStringLiteral("肉毒素")));
    QVERIFY(breadcrumbText().contains(QStringLiteral("面肌痉挛 › 患者问答 ›")));
    verifyDisclaimerShown();

    // Back, with the keyboard: the article again, scrolled where it was.
    QAction *back = m_window->findChild<QAction *>(QStringLiteral("actionBack"));
    QAction *forward = m_window->findChild<QAction *>(QStringLiteral("actionForward"));
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(),
             QUrl(QStringLiteral("qingnang:/article/hemifacial-spasm-causes#s5")));
    QVERIFY(readerText().contains(QStringLiteral("手术后遗症")));
    QCOMPARE(reader()->verticalScrollBar()->value(), sectionScroll);
    QVERIFY(forward->isEnabled());
    verifyDisclaimerShown();

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QVERIFY(readerText().contains(QStringLiteral("面肌痉挛患者问答")));

    // Forward, with the toolbar action.
    forward->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(),
             QUrl(QStringLiteral("qingnang:/article/hemifacial-spasm-causes")));
    QCOMPARE(reader()->verticalScrollBar()->value(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(m_window->currentUrl().path().startsWith(QStringLiteral("/question/")));
    QVERIFY(!forward->isEnabled());
}

void TestMainWindow::fullQuestionList()
{
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    const int questions = test::contentQuestionCount(QStringLiteral("hemifacial-spasm"));
    QVERIFY(questions >= 12); // the seed's twelve stay
    clickLink(QStringLiteral("全部 %1 个 ›").arg(questions));
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm/qa")));
    QVERIFY(qaList()->isVisible());
    QVERIFY(!reader()->isVisible());
    QTRY_COMPARE(qaList()->model()->rowCount(), questions);
    QCOMPARE(qaList()->model()->index(0, 0).data().toString(), QStringLiteral("面肌痉挛治疗方法"));
    QCOMPARE(breadcrumbText(),
             QStringLiteral("当前位置：首页 › 内科 › 神经内科 › 面肌痉挛 › 患者问答"));
    verifyDisclaimerShown();

    // Keyboard: down two rows, Enter opens that question.
    qaList()->setFocus();
    QTest::keyClick(qaList(), Qt::Key_Down);
    QTest::keyClick(qaList(), Qt::Key_Down);
    const QString title = qaList()->currentIndex().data().toString();
    QCOMPARE(title, QStringLiteral("面肌痉挛，中医方法能治疗？"));
    QTest::keyClick(qaList(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(reader()->isVisible());
    QVERIFY(readerText().startsWith(title));
    verifyDisclaimerShown();

    // And back to the list.
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(qaList()->isVisible());
    QTRY_COMPARE(qaList()->model()->rowCount(), questions);
}

void TestMainWindow::otherPagesKeepTheDisclaimer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("department") << "qingnang:/topic/neurosurgery"
                                << "听神经瘤";
    QTest::newRow("sub-department") << "qingnang:/topic/otology"
                                    << "中耳炎";
    QTest::newRow("another article") << "qingnang:/article/vitiligo-overview"
                                     << "什么时候要去医院";
    QTest::newRow("index") << "qingnang:/index"
                           << "专题索引";
    QTest::newRow("about") << "qingnang:/about"
                           << "CC BY-SA 4.0";
    QTest::newRow("not found") << "qingnang:/topic/nowhere"
                               << "找不到页面";
}

void TestMainWindow::otherPagesKeepTheDisclaimer()
{
    QFETCH(QString, url);
    QFETCH(QString, text);
    m_window->openUrl(QUrl(url));
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(readerText().contains(text), qPrintable(readerText().left(200)));
    verifyDisclaimerShown();
}

void TestMainWindow::breadcrumbLinks()
{
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/article/hemifacial-spasm-causes")));
    QTRY_VERIFY(!m_window->pageLoading());
    const QString html = breadcrumb()->text();
    QVERIFY(html.contains(QStringLiteral("href=\"qingnang:/topic/neurology\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"qingnang:/topic/hemifacial-spasm\"")));
    // What the label emits when its link is clicked:
    Q_EMIT breadcrumb()->linkActivated(QStringLiteral("qingnang:/topic/neurology"));
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/topic/neurology")));
    QTRY_VERIFY(readerText().contains(QStringLiteral("面肌痉挛")));
    // The tree follows the reader (once it has read the way there).
    QTRY_COMPARE(tree()->currentIndex().data().toString(), QStringLiteral("神经内科"));
}

void TestMainWindow::homeAndShortcuts()
{
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/topic/epilepsy")));
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_COMPARE(tree()->currentIndex().data().toString(), QStringLiteral("癫痫"));
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/")));
    QVERIFY(readerText().contains(QStringLiteral("欢迎使用青囊")));

    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/about")));

    // An address that is not ours is not followed.
    m_window->openUrl(QUrl(QStringLiteral("https://example.com/")));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/about")));
}

void TestMainWindow::openAndCloseFurtherPacks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extra.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("extra"), 40, 120));
    QVERIFY(m_window->openPackFile(path));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_library.packs().size(), 2);
    QVERIFY(packmemory::load().contains(QFileInfo(path).absoluteFilePath()));

    // Each pack is a root of its own now.
    QAbstractItemModel *model = tree()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("青囊内置内容包"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("生成的内容包 extra"));
    QVERIFY(readerText().contains(QStringLiteral("生成的内容包 extra")));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("packStatus"));
    QVERIFY(status->text().startsWith(QStringLiteral("2 个内容包")));

    // Its pages open from the tree and carry its id.
    tree()->expand(model->index(1, 0));
    QTRY_VERIFY(model->index(0, 0, model->index(1, 0)).isValid()); // the view fetches the branch
    const QModelIndex department = model->index(0, 0, model->index(1, 0));
    tree()->expand(department);
    QTRY_VERIFY(model->index(0, 0, department).isValid());
    const QModelIndex topic = model->index(0, 0, department);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualRect(topic).center());
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(pageurl::parse(m_window->currentUrl()).packId, QStringLiteral("extra"));
    QVERIFY(readerText().contains(QStringLiteral("专题00000")));
    verifyDisclaimerShown();

    // The full list of its 120 questions is read a page at a time.
    clickLink(QStringLiteral("全部 120 个 ›"));
    QVERIFY(qaList()->isVisible());
    QVERIFY(qaList()->model()->rowCount() < 120);
    // Scrolling to the end reads the next page, as a reader scrolling down would.
    QTRY_COMPARE((qaList()->scrollToBottom(), qaList()->model()->rowCount()), 120);

    // Closing it: back to one pack, forgotten for the next start.
    m_window->closePack(QStringLiteral("extra"));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_library.packs().size(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("内科"));
    QVERIFY(!packmemory::load().contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/")));
    verifyDisclaimerShown();
}

// File › 关闭内容包 names the pack it would close and asks first; a page of a
// closed pack says so and opens it again (issue 16, item 2).
void TestMainWindow::closingAPackAsksAndCanBeUndone()
{
    const QString bundledId = m_library.primaryPack()->id();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extra.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("extra"), 5, 5));
    QVERIFY(m_window->openPackFile(path));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    auto *close = m_window->findChild<QAction *>(QStringLiteral("actionClosePack"));
    QVERIFY(close);
    QVERIFY2(close->text().contains(QStringLiteral("青囊内置内容包")), qPrintable(close->text()));

    // Cancelled: nothing closes.
    bool seen = false;
    test::whenShown<QMessageBox>(
        [](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("closePackDialog"));
            QVERIFY(box->text().contains(QStringLiteral("青囊内置内容包")));
            box->button(QMessageBox::Cancel)->click();
        },
        &seen);
    close->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(seen);
    QCOMPARE(m_library.packs().size(), 2);

    // Agreed: the pack of the page shown closes, the other stays.
    seen = false;
    test::whenShown<QMessageBox>([](QMessageBox *box) { box->defaultButton()->click(); }, &seen);
    close->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(seen);
    QCOMPARE(m_library.packs().size(), 1);
    QCOMPARE(m_library.primaryPack()->id(), QStringLiteral("extra"));
    auto *reopen = m_window->findChild<QMenu *>(QStringLiteral("reopenPackMenu"));
    QVERIFY(reopen);
    QVERIFY(reopen->menuAction()->isEnabled());

    // Its page (from a bookmark, say) tells where it went and opens it again.
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY2(readerText().contains(QStringLiteral("内容包已关闭")), qPrintable(readerText()));
    QVERIFY(readerText().contains(QStringLiteral("青囊内置内容包")));
    clickLink(QStringLiteral("重新打开「青囊内置内容包」"));
    QCOMPARE(m_library.packs().size(), 2);
    QCOMPARE(m_library.primaryPack()->id(), bundledId); // back in front, as before
    QVERIFY(readerText().startsWith(QStringLiteral("面肌痉挛")));
    QCOMPARE(m_window->currentUrl(), pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QVERIFY(!reopen->menuAction()->isEnabled());
    // The bundled pack opens at every start anyway: it is not remembered.
    QVERIFY(!packmemory::load().contains(m_library.primaryPack()->path()));
}

// At 800×600 the breadcrumb stays in the bar, shortened, instead of moving
// into the bar's overflow menu (issue 16, item 4).
void TestMainWindow::breadcrumbFitsASmallWindow()
{
    const QString fullPath = QStringLiteral(
        "当前位置：首页 › 内科 › 神经内科 › 面肌痉挛 › 产生面肌痉挛的主要原因是什么");
    for (const int width : {800, 640}) {
        m_window->resize(width, 600);
        m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
        QTRY_VERIFY(!m_window->pageLoading());
        QLabel *label = breadcrumb();
        auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("navigationBar"));
        QVERIFY(bar);
        QTRY_VERIFY(label->isVisible());
        QTRY_COMPARE(bar->width(), m_window->width()); // laid out at the new size
        auto *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!overflow || !overflow->isVisible());
        QVERIFY(label->geometry().right() <= bar->contentsRect().right());
        QCOMPARE(label->toolTip(), fullPath);
        // What is drawn fits the label: the path is shortened, not cut off.
        QTextDocument drawn;
        drawn.setDefaultFont(label->font());
        drawn.setDocumentMargin(0);
        drawn.setHtml(label->text());
        QVERIFY2(drawn.idealWidth() <= label->contentsRect().width() + 1,
                 qPrintable(drawn.toPlainText()));
        const QString text = drawn.toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("当前位置：首页")), qPrintable(text));
        QVERIFY(text == fullPath || text.contains(QStringLiteral("…")));
    }
    m_window->resize(1100, 760);
}

void TestMainWindow::badPackFileIsReportedAndSkipped()
{
    QTemporaryDir dir;
    // A file name that looks like markup is shown as it is.
    const QString path = dir.filePath(QStringLiteral("<b>broken</b><img src=x>.qnpack"));
    QVERIFY(test::writeFile(path, QByteArray(5000, 'x')));
    QVERIFY(!m_window->openPackFile(path));
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_library.packs().size(), 1);
    QVERIFY(!packmemory::load().contains(QFileInfo(path).absoluteFilePath()));
    auto *box = m_window->findChild<QMessageBox *>();
    QVERIFY(box);
    QTextDocument shown;
    shown.setHtml(box->informativeText());
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("<b>broken</b><img src=x>.qnpack")),
             qPrintable(shown.toPlainText()));
    QVERIFY(shown.toPlainText().contains(QStringLiteral("not a Qingnang pack")));
    box->close();
    verifyDisclaimerShown();
}

// The reader is read-only: with the focus in it, no caret is drawn before the
// title (issue 16, item 11). Two frames half a blink apart are alike.
void TestMainWindow::noCaretInTheReader()
{
    m_window->openUrl(pageurl::article(QStringLiteral("hemifacial-spasm-causes")));
    QTRY_VERIFY(!m_window->pageLoading());
    reader()->setFocus();
    QTRY_VERIFY(reader()->hasFocus());
    QVERIFY(reader()->isReadOnly());
    QVERIFY(!(reader()->textInteractionFlags() & Qt::TextSelectableByKeyboard));
    const QRect caret = reader()->cursorRect().adjusted(-2, -2, 2, 2);
    const QImage first = reader()->viewport()->grab(caret).toImage();
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(QApplication::cursorFlashTime() / 4);
        QCOMPARE(reader()->viewport()->grab(caret).toImage(), first);
    }
}

// Jumps through an article's outline are places on one page: Back's list
// names the article once, and the page before it (issue 16, item 11).
void TestMainWindow::backListsAPageOnce()
{
    const QUrl topic = pageurl::topic(QStringLiteral("hemifacial-spasm"));
    const QUrl article = pageurl::article(QStringLiteral("hemifacial-spasm-causes"));
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(topic);
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(article);
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(QUrl(QStringLiteral("#s1")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(QUrl(QStringLiteral("#s2")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->openUrl(pageurl::topic(QStringLiteral("facial-neuritis")));
    QTRY_VERIFY(!m_window->pageLoading());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("backMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QStringList titles;
    for (QAction *action : menu->actions()) {
        titles.append(action->text());
    }
    QCOMPARE(titles.size(), 3); // the article, the topic, the start page
    QCOMPARE(titles.count(titles.first()), 1);
    QVERIFY2(titles.first().contains(QStringLiteral("原因")), qPrintable(titles.join(u'|')));
    // The article's entry returns to where the reader last was on it.
    menu->actions().first()->trigger();
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl().fragment(), QStringLiteral("s2"));
    QCOMPARE(pageurl::withoutFragment(m_window->currentUrl()), article);
}

// The full Q&A list is not a smaller, left-aligned page (issue 16, item 11):
// its column starts where the reader's text does and has the reader's type.
void TestMainWindow::questionListReadsLikeAPage()
{
    m_window->resize(1400, 800);
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY(reader()->isVisible());
    const int textLeft = reader()->mapTo(m_window.get(), QPoint(0, 0)).x() +
                         qRound(reader()->document()->rootFrame()->frameFormat().leftMargin());
    const int textWidth = ReaderView::measure * reader()->textPixelSize();
    QVERIFY(reader()->viewport()->width() > textWidth + 200); // room on both sides
    m_window->openUrl(pageurl::topicQuestions(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY(qaList()->isVisible());
    auto *column = m_window->findChild<QWidget *>(QStringLiteral("qaColumn"));
    const int columnLeft = column->mapTo(m_window.get(), QPoint(0, 0)).x();
    // Within half the reader's scroll bar, which the reader centres beside.
    const int slack = reader()->verticalScrollBar()->width() / 2 + 2;
    QVERIFY2(qAbs(columnLeft - textLeft) <= slack,
             qPrintable(QStringLiteral("%1 vs %2").arg(columnLeft).arg(textLeft)));
    QVERIFY2(qAbs(column->width() - textWidth) <= slack,
             qPrintable(QStringLiteral("%1 vs %2").arg(column->width()).arg(textWidth)));
    QCOMPARE(qaList()->font().pixelSize(), reader()->textPixelSize());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
