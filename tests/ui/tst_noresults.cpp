// SPDX-License-Identifier: MIT
// A search that finds nothing (issue 16 item 5, issue 12 items 1 and 4), in
// the real MainWindow over the bundled pack: the sidebar and the results page
// say so in plain words, offer what helps (did you mean, the nearest topics,
// the 症状 department, all departments, a tip), Enter does nothing harmful,
// and one click or Enter searches the suggestion.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "readersupport.h"
#include "readerview.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace qingnang;

namespace {
constexpr int timeout = 30000; // searches run on another thread
} // namespace

class TestNoResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sidebarSaysSoPlainly();
    void sidebarSuggestionIsSearchedByEnter();
    void resultsPageSaysSoAndHelps();
    void resultsPageSuggestionIsOneClick();

private:
    QLineEdit *field() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    QListView *results() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    }
    SearchResultModel *model() const
    {
        return qobject_cast<SearchResultModel *>(results()->model());
    }
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    void search(const QString &query);
    void openResultsPage(const QString &query);
    // The row whose text is this, or -1.
    int rowOf(const QString &text) const;
    void clickLink(const QString &text);

    Library m_library;
    std::unique_ptr<MainWindow> m_window;
    QUrl m_topicUrl; // a topic page, where the sidebar would offer "只在「…」中搜索"
};

void TestNoResults::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
    const SearchResult found =
        SearchEngine::search(m_library.packs(), QStringLiteral("胃痛"), SearchOptions{});
    QVERIFY(!found.hits.isEmpty());
    QCOMPARE(found.hits.first().kind, HitKind::Topic);
    m_topicUrl = found.hits.first().url;
}

void TestNoResults::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1100, 760);
    m_window->openUrl(m_topicUrl);
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentUrl(), m_topicUrl);
}

void TestNoResults::cleanup()
{
    m_window.reset();
}

void TestNoResults::search(const QString &query)
{
    field()->setFocus();
    field()->setText(query);
    QTRY_VERIFY_WITH_TIMEOUT(model()->query() == query, timeout);
}

void TestNoResults::openResultsPage(const QString &query)
{
    m_window->openUrl(pageurl::search(query));
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage().kind == PageKind::Search &&
                                 !m_window->currentPage().awaitingSearch,
                             timeout);
}

int TestNoResults::rowOf(const QString &text) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

void TestNoResults::clickLink(const QString &text)
{
    test::clickLink(reader(), text);
    QTRY_VERIFY(!m_window->pageLoading());
}

void TestNoResults::sidebarSaysSoPlainly()
{
    search(QStringLiteral("股票怎么开户"));
    QCOMPARE(model()->hitCount(), 0);
    // First, plain words that open nothing.
    const QModelIndex notice = model()->index(0);
    QCOMPARE(notice.data().toString(), QStringLiteral("没有找到结果"));
    QCOMPARE(notice.data(RowKindRole).toInt(), int(SearchResultModel::NoticeRow));
    QVERIFY(!(notice.flags() & Qt::ItemIsSelectable));
    // No dead end: nothing offers to search again for what found nothing.
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString text = model()->index(row).data().toString();
        QVERIFY2(!text.contains(QStringLiteral("只在")), qPrintable(text));
        QVERIFY(pageurl::parse(model()->index(row).data(UrlRole).toUrl()).kind != PageKind::Search);
    }
    // What helps: the 症状 department, all departments, a tip.
    const int symptoms = rowOf(QStringLiteral("按症状查找 ›"));
    QVERIFY(symptoms > 0);
    const QUrl symptomsUrl = model()->index(symptoms).data(UrlRole).toUrl();
    QVERIFY(symptomsUrl.toString().startsWith(QStringLiteral("qingnang:/topic/")));
    const int departments = rowOf(QStringLiteral("浏览全部科室 ›"));
    QVERIFY(departments > 0);
    QCOMPARE(model()->index(departments).data(UrlRole).toUrl(), pageurl::start());
    QVERIFY(rowOf(QStringLiteral("换个说法，或只输入病名、症状试试")) > 0);

    // Enter does nothing harmful: no row is current, the page stays.
    QVERIFY(!results()->currentIndex().isValid());
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::qWait(50);
    QCOMPARE(m_window->currentUrl(), m_topicUrl);

    // A click on the 症状 row opens that department.
    results()->scrollTo(model()->index(symptoms));
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
                      results()->visualRect(model()->index(symptoms)).center());
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_COMPARE(m_window->currentUrl(), symptomsUrl);
    QCOMPARE(m_window->currentPage().title, QStringLiteral("症状"));
}

void TestNoResults::sidebarSuggestionIsSearchedByEnter()
{
    search(QStringLiteral("卫痛"));
    QCOMPARE(model()->hitCount(), 0);
    const int suggestion = rowOf(QStringLiteral("你是不是要找：胃痛"));
    QVERIFY(suggestion > 0);
    QCOMPARE(model()->index(suggestion).data(RowKindRole).toInt(),
             int(SearchResultModel::SuggestionRow));
    // The nearest topic by pinyin is offered as well, and opens the topic.
    const int nearest = rowOf(QStringLiteral("胃痛"));
    QVERIFY(nearest > suggestion);
    QCOMPARE(model()->index(nearest).data(UrlRole).toUrl(), m_topicUrl);
    // Nothing else selected: Enter searches the suggestion.
    QCOMPARE(results()->currentIndex().row(), suggestion);
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentUrl(), pageurl::search(QStringLiteral("胃痛")),
                              timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().awaitingSearch, timeout);
    QVERIFY(reader()->toPlainText().contains(QStringLiteral("找到")));
}

void TestNoResults::resultsPageSaysSoAndHelps()
{
    openResultsPage(QStringLiteral("股票怎么开户"));
    const QString text = reader()->toPlainText();
    const QString said = QStringLiteral("没有找到与「股票怎么开户」有关的内容。");
    QVERIFY2(text.contains(said), qPrintable(text));
    // Plain words, not a link.
    QTextCursor at = reader()->document()->find(said);
    QVERIFY(!at.isNull());
    QTextCursor middle(reader()->document());
    middle.setPosition((at.selectionStart() + at.selectionEnd()) / 2);
    QVERIFY(!middle.charFormat().isAnchor());
    QVERIFY(text.contains(QStringLiteral("可以换一个说法")));
    QVERIFY(!text.contains(QStringLiteral("你是不是要找")));
    clickLink(QStringLiteral("浏览全部科室"));
    QTRY_COMPARE(m_window->currentUrl(), pageurl::start());
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().awaitingSearch, timeout);
    clickLink(QStringLiteral("按症状查找"));
    QTRY_COMPARE(m_window->currentPage().title, QStringLiteral("症状"));
}

void TestNoResults::resultsPageSuggestionIsOneClick()
{
    openResultsPage(QStringLiteral("高学压"));
    const QString text = reader()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("你是不是要找：高血压")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("相近的专题：")));
    clickLink(QStringLiteral("你是不是要找：高血压").mid(7));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentUrl(), pageurl::search(QStringLiteral("高血压")),
                              timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentPage().awaitingSearch, timeout);
    QVERIFY(reader()->toPlainText().contains(QStringLiteral("找到")));
}

QTEST_MAIN(TestNoResults)
#include "tst_noresults.moc"
