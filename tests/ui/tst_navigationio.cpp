// SPDX-License-Identifier: MIT
// Issue 14: navigating reads and writes nothing on the GUI thread. The real
// window over the bundled pack and a user-data file is driven as a reader
// drives it (the tree, links, Back and Forward, a search typed and its hit
// opened, the results page, a Q&A list); the probe of util/iowatch.h counts
// every user-data write and read, every search and every read of a pack made
// on the GUI thread, and none may be made there: pages are rendered by
// PageService, the tree's and the Q&A list's rows read by their models'
// threads. What the navigation records (the pages visited,
// the search followed) must still reach the file.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "preferences.h"
#include "readersupport.h"
#include "readerview.h"
#include "search/searchengine.h"
#include "search/searchservice.h"
#include "testsupport.h"
#include "userdata/userdata.h"
#include "util/iowatch.h"

#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include <memory>
#include <thread>

using namespace qingnang;

namespace {

using iowatch::Kind;

struct Counts
{
    quint64 writes = iowatch::onMainThread(Kind::UserDataWrite);
    quint64 reads = iowatch::onMainThread(Kind::UserDataRead);
    quint64 searches = iowatch::onMainThread(Kind::Search);
    quint64 packReads = iowatch::onMainThread(Kind::PackRead);
};

// Types text key by key, as an input method hands over each character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestNavigationIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void probeCounts();
    void navigatingDoesNoIoOnTheGuiThread();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    }
    QListView *qaList() const { return m_window->findChild<QListView *>(QStringLiteral("qaList")); }
    QListView *results() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    }
    QLineEdit *field() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    // The row of the tree under parent whose text is text (invalid if none).
    QModelIndex treeRow(const QModelIndex &parent, const QString &text) const;
    void clickInTree(const QModelIndex &index);
    // The text of the first link to a page (not to another search) in the reader.
    QString firstHitLink() const;

    Library m_library;
    QTemporaryDir m_dir;
    std::unique_ptr<UserData> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestNavigationIo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestNavigationIo::init()
{
    QSettings().clear();
    Preferences().setSearchHistory(true); // the searches followed are recorded too
    m_store = std::make_unique<UserData>();
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                        QStringLiteral(".sqlite"));
    QVERIFY2(m_store->open(path), qPrintable(m_store->errorString()));
}

void TestNavigationIo::cleanup()
{
    m_window.reset();
    m_store.reset();
    QSettings().clear();
}

// The probe counts what runs on the GUI thread, and only that: else the test
// below would pass whatever the window did.
void TestNavigationIo::probeCounts()
{
    const Counts before;
    QVERIFY(m_store->history().addVisit(pageurl::topic(QStringLiteral("hemifacial-spasm")),
                                        QStringLiteral("面肌痉挛")));
    QVERIFY(iowatch::onMainThread(Kind::UserDataWrite) > before.writes);
    QCOMPARE(m_store->history().count(), 1);
    QVERIFY(iowatch::onMainThread(Kind::UserDataRead) > before.reads);
    QVERIFY(!SearchEngine::search(m_library.packs(), QStringLiteral("面肌")).hits.isEmpty());
    QVERIFY(iowatch::onMainThread(Kind::Search) > before.searches);
    QVERIFY(m_library.primaryPack()->topicBySlug(QStringLiteral("hemifacial-spasm")));
    QVERIFY(iowatch::onMainThread(Kind::PackRead) > before.packReads);

    // The same off the GUI thread, as the window searches, is not counted.
    const Counts onGui;
    SearchService service(&m_library);
    QSignalSpy ready(&service, &SearchService::resultsReady);
    service.request(QStringLiteral("头痛"));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(iowatch::onMainThread(Kind::Search), onGui.searches);
    // A pack read on another thread is not counted either.
    bool readThere = false;
    std::thread reader([this, &readThere] {
        readThere =
            m_library.primaryPack()->topicBySlug(QStringLiteral("hemifacial-spasm")).has_value();
        m_library.primaryPack()->releaseThreadConnection();
    });
    reader.join();
    QVERIFY(readThere);
    QCOMPARE(iowatch::onMainThread(Kind::PackRead), onGui.packReads);
}

QModelIndex TestNavigationIo::treeRow(const QModelIndex &parent, const QString &text) const
{
    QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, 0, parent).data().toString() == text) {
            return model->index(row, 0, parent);
        }
    }
    return {};
}

void TestNavigationIo::clickInTree(const QModelIndex &index)
{
    tree()->scrollTo(index);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualRect(index).center());
}

QString TestNavigationIo::firstHitLink() const
{
    for (QTextBlock block = reader()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const PageKind kind = pageurl::parse(QUrl(format.anchorHref())).kind;
            if (format.isAnchor() && (kind == PageKind::Article || kind == PageKind::Question ||
                                      kind == PageKind::Topic)) {
                return it.fragment().text();
            }
        }
    }
    return {};
}

void TestNavigationIo::navigatingDoesNoIoOnTheGuiThread()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->setUserData(m_store.get());
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy shownPages(m_window.get(), &MainWindow::pageShown);
    const Counts before;

    // The start page, then the tree: 内科 › 神经内科 › 面肌痉挛, clicked.
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY(treeRow({}, QStringLiteral("内科")).isValid());
    const QModelIndex internal = treeRow({}, QStringLiteral("内科"));
    tree()->expand(internal);
    QTRY_VERIFY(treeRow(internal, QStringLiteral("神经内科")).isValid());
    const QModelIndex neurology = treeRow(internal, QStringLiteral("神经内科"));
    tree()->expand(neurology);
    QTRY_VERIFY(treeRow(neurology, QStringLiteral("面肌痉挛")).isValid());
    clickInTree(treeRow(neurology, QStringLiteral("面肌痉挛")));
    QCOMPARE(m_window->currentUrl(), pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());

    // Links: the full Q&A list, one of its questions.
    test::clickLink(reader(),
                    QStringLiteral("全部 %1 个 ›")
                        .arg(test::contentQuestionCount(QStringLiteral("hemifacial-spasm"))));
    QTRY_COMPARE(m_window->currentPage().kind, PageKind::TopicQuestions);
    QTRY_VERIFY(qaList()->model()->rowCount() > 2);
    const QModelIndex question = qaList()->model()->index(2, 0);
    QTest::mouseClick(qaList()->viewport(), Qt::LeftButton, {},
                      qaList()->visualRect(question).center());
    QTRY_COMPARE(m_window->currentPage().kind, PageKind::Question);
    const QUrl questionUrl = m_window->currentUrl();

    // Back twice, Forward once, with the keys.
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentUrl(), pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(m_window->currentPage().kind, PageKind::TopicQuestions);

    // A search typed in the sidebar, its first hit opened with Enter.
    QSignalSpy resultsShown(m_window.get(), &MainWindow::searchResultsShown);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    typeText(field(), QStringLiteral("三叉神经痛"));
    QTRY_VERIFY(!resultsShown.isEmpty() &&
                resultsShown.last().first().toString() == QStringLiteral("三叉神经痛"));
    const QUrl beforeHit = m_window->currentUrl();
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(m_window->currentUrl() != beforeHit);
    const QUrl hitUrl = m_window->currentUrl();
    QTRY_VERIFY(!m_window->pageLoading());

    // The results page of another query, chosen in the sidebar, and one of its hits.
    field()->clear();
    typeText(field(), QStringLiteral("面肌"));
    QTRY_VERIFY(resultsShown.last().first().toString() == QStringLiteral("面肌"));
    QModelIndex all;
    for (int row = 0; row < results()->model()->rowCount(); ++row) {
        const QModelIndex index = results()->model()->index(row, 0);
        if (pageurl::parse(index.data(UrlRole).toUrl()).kind == PageKind::Search) {
            all = index;
        }
    }
    QVERIFY(all.isValid());
    results()->setFocus();
    results()->setCurrentIndex(all);
    QTest::keyClick(results(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage().kind, PageKind::Search);
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    const QString hitTitle = firstHitLink();
    QVERIFY(!hitTitle.isEmpty());
    test::clickLink(reader(), hitTitle);
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(m_window->currentPage().kind != PageKind::Search);
    m_window->goBack();
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    // The tree shows where the last page was (its branches were read off this thread).
    QTRY_VERIFY(static_cast<TopicTreeModel *>(tree()->model())->isIdle());

    // Nothing of the above read or wrote the user's data, or searched, here.
    const Counts after;
    qInfo("on the GUI thread while navigating: %llu writes, %llu reads, %llu searches, "
          "%llu pack reads",
          after.writes - before.writes, after.reads - before.reads,
          after.searches - before.searches, after.packReads - before.packReads);
    QCOMPARE(after.writes, before.writes);
    QCOMPARE(after.reads, before.reads);
    QCOMPARE(after.searches, before.searches);
    QCOMPARE(after.packReads, before.packReads);

    // And yet it was all recorded: every page visited, the search followed.
    QList<QUrl> visited;
    for (const QList<QVariant> &shown : shownPages) {
        const QUrl url = pageurl::withoutFragment(shown.first().toUrl());
        if (pageurl::parse(url).kind != PageKind::Search && !visited.contains(url)) {
            visited.append(url);
        }
    }
    QVERIFY(visited.contains(questionUrl));
    QVERIFY(visited.contains(hitUrl));
    const auto recorded = [this] {
        QList<QUrl> urls;
        for (const HistoryEntry &entry : m_store->history().entries(1000)) {
            urls.append(entry.url);
        }
        return urls;
    };
    QTRY_COMPARE(recorded().size(), visited.size());
    for (const QUrl &url : visited) {
        QVERIFY2(recorded().contains(url), qPrintable(url.toString()));
    }
    // Both were followed from the sidebar: the hit, then the results page.
    QTRY_COMPARE(m_store->searchHistory().recent(),
                 (QStringList{QStringLiteral("面肌"), QStringLiteral("三叉神经痛")}));
}

QTEST_MAIN(TestNavigationIo)
#include "tst_navigationio.moc"
