// SPDX-License-Identifier: MIT
// PageService renders pages off the GUI thread: a page comes by pageReady
// with its request's serial, a newer request makes older ones stale, a
// results page comes twice (waiting, then with its hits), and the GUI thread
// reads no pack for any of it.
#include "address/pageurl.h"
#include "pack/library.h"
#include "pages/pagerenderer.h"
#include "pages/pageservice.h"
#include "testsupport.h"
#include "util/iowatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace qingnang;

class TestPageService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersOffTheGuiThread();
    void newerRequestsMakeOlderStale();
    void resultsPageComesWithItsHits();
    void printPagesListTheQuestions();
    void closedPackIsLetGo();

private:
    Library m_library;
};

void TestPageService::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestPageService::rendersOffTheGuiThread()
{
    PageService service(&m_library);
    QSignalSpy ready(&service, &PageService::pageReady);
    const quint64 reads = iowatch::onMainThread(iowatch::Kind::PackRead);
    const QUrl url = pageurl::topic(QStringLiteral("hemifacial-spasm"));
    const quint64 serial = service.request(url);
    QCOMPARE(serial, service.latestSerial());
    QVERIFY(ready.isEmpty()); // never delivered from inside request()
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).toULongLong(), serial);
    const Page page = ready.first().at(1).value<Page>();
    QCOMPARE(page.url, url);
    QCOMPARE(page.kind, PageKind::Topic);
    QCOMPARE(page.title, QStringLiteral("面肌痉挛"));
    // The same page as the renderer makes here.
    QCOMPARE(page.html, PageRenderer(&m_library).render(url).html);
    QVERIFY(iowatch::onMainThread(iowatch::Kind::PackRead) > reads); // the line above
    const quint64 afterCompare = iowatch::onMainThread(iowatch::Kind::PackRead);
    service.request(pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(iowatch::onMainThread(iowatch::Kind::PackRead), afterCompare);
}

void TestPageService::newerRequestsMakeOlderStale()
{
    PageService service(&m_library);
    QSignalSpy ready(&service, &PageService::pageReady);
    service.request(pageurl::start());
    service.request(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    const quint64 last =
        service.request(pageurl::article(QStringLiteral("hemifacial-spasm-treatment")));
    QTRY_COMPARE(ready.size(), 1);
    // The last page read is the only one given; the other two never come.
    QVERIFY(!QTest::qWaitFor([&] { return ready.size() > 1; }, 300));
    QCOMPARE(ready.first().at(0).toULongLong(), last);
    QCOMPARE(ready.first().at(1).value<Page>().kind, PageKind::Article);

    // Cancelled: nothing comes.
    service.request(pageurl::start());
    service.cancel();
    QVERIFY(!QTest::qWaitFor([&] { return ready.size() > 1; }, 300));
}

void TestPageService::resultsPageComesWithItsHits()
{
    PageService service(&m_library);
    QSignalSpy ready(&service, &PageService::pageReady);
    const quint64 searches = iowatch::onMainThread(iowatch::Kind::Search);
    const quint64 serial = service.request(pageurl::search(QStringLiteral("面肌痉挛")));
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.at(0).at(0).toULongLong(), serial);
    QCOMPARE(ready.at(1).at(0).toULongLong(), serial);
    QVERIFY(ready.at(0).at(1).value<Page>().awaitingSearch);
    const Page done = ready.at(1).at(1).value<Page>();
    QVERIFY(!done.awaitingSearch);
    QCOMPARE(done.kind, PageKind::Search);
    QVERIFY(done.html.contains(QStringLiteral("面肌痉挛")));
    QCOMPARE(iowatch::onMainThread(iowatch::Kind::Search), searches);
}

void TestPageService::printPagesListTheQuestions()
{
    PageService service(&m_library);
    QSignalSpy screen(&service, &PageService::pageReady);
    QSignalSpy print(&service, &PageService::printPageReady);
    const QUrl url = pageurl::topicQuestions(QStringLiteral("hemifacial-spasm"));
    service.request(url);
    const quint64 serial = service.requestForPrint(url);
    QTRY_COMPARE(print.size(), 1);
    QTRY_COMPARE(screen.size(), 1); // the two do not make each other stale
    QCOMPARE(print.first().at(0).toULongLong(), serial);
    const Page paper = print.first().at(1).value<Page>();
    QVERIFY(paper.html.size() > screen.first().at(1).value<Page>().html.size());
    QVERIFY(paper.html.contains(QStringLiteral("面肌痉挛治疗方法")));
}

// A pack closed while the service has read it: its thread lets go of the
// connection, and a page of it says that the pack is closed.
void TestPageService::closedPackIsLetGo()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    PageService service(&library);
    QSignalSpy ready(&service, &PageService::pageReady);
    const QUrl url = pageurl::topic(QStringLiteral("hemifacial-spasm"));
    service.request(url);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(library.removePack(library.primaryPack()->id()));
    service.request(url);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.last().at(1).value<Page>().title, QStringLiteral("内容包已关闭"));
}

QTEST_GUILESS_MAIN(TestPageService)
#include "tst_pageservice.moc"
