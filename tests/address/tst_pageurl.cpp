// SPDX-License-Identifier: MIT
#include "address/pageurl.h"

#include <QTest>

using namespace qingnang;

Q_DECLARE_METATYPE(qingnang::PageKind)

class TestPageUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTrips();
};

void TestPageUrl::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<PageKind>("kind");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("packId");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("start") << "qingnang:/" << PageKind::Start << "" << 0LL << ""
                           << "";
    QTest::newRow("start without slash") << "qingnang:" << PageKind::Start << "" << 0LL << ""
                                         << "";
    QTest::newRow("about") << "qingnang:/about" << PageKind::About << "" << 0LL << ""
                           << "";
    QTest::newRow("topic") << "qingnang:/topic/hemifacial-spasm" << PageKind::Topic
                           << "hemifacial-spasm" << 0LL << ""
                           << "";
    QTest::newRow("Chinese slug") << "qingnang:/topic/%E9%9D%A2%E8%82%8C" << PageKind::Topic
                                  << "面肌" << 0LL << ""
                                  << "";
    QTest::newRow("topic Q&A") << "qingnang:/topic/x/qa" << PageKind::TopicQuestions << "x" << 0LL
                               << ""
                               << "";
    QTest::newRow("article with section")
        << "qingnang:/article/a-b#s3" << PageKind::Article << "a-b" << 0LL << ""
        << "s3";
    QTest::newRow("question") << "qingnang:/question/12" << PageKind::Question << "" << 12LL << ""
                              << "";
    QTest::newRow("question of another pack")
        << "qingnang:/question/7?pack=books" << PageKind::Question << "" << 7LL << "books"
        << "";
    QTest::newRow("slash inside a slug")
        << "qingnang:/topic/a%2Fb" << PageKind::Topic << "a/b" << 0LL << ""
        << "";
    QTest::newRow("question id not a number")
        << "qingnang:/question/abc" << PageKind::Invalid << "" << 0LL << ""
        << "";
    QTest::newRow("question id zero")
        << "qingnang:/question/0" << PageKind::Invalid << "" << 0LL << ""
        << "";
    QTest::newRow("negative id") << "qingnang:/question/-3" << PageKind::Invalid << "" << 0LL << ""
                                 << "";
    QTest::newRow("unknown page") << "qingnang:/nothing/here" << PageKind::Invalid << "" << 0LL
                                  << ""
                                  << "";
    QTest::newRow("other scheme") << "https://example.com/topic/x" << PageKind::Invalid << "" << 0LL
                                  << ""
                                  << "";
    QTest::newRow("host given") << "qingnang://host/topic/x" << PageKind::Invalid << "" << 0LL << ""
                                << "";
}

void TestPageUrl::parse()
{
    QFETCH(QString, url);
    QFETCH(PageKind, kind);
    QFETCH(QString, slug);
    QFETCH(qint64, id);
    QFETCH(QString, packId);
    QFETCH(QString, fragment);

    const PageAddress address = pageurl::parse(QUrl(url));
    QCOMPARE(address.kind, kind);
    if (kind == PageKind::Invalid) {
        return;
    }
    QCOMPARE(address.slug, slug);
    QCOMPARE(address.id, id);
    QCOMPARE(address.packId, packId);
    QCOMPARE(address.fragment, fragment);
}

void TestPageUrl::roundTrips()
{
    const QString slug = QStringLiteral("面肌痉挛/一 & 二?#");
    const QString pack = QStringLiteral("pack with spaces&=");
    PageAddress address = pageurl::parse(pageurl::topic(slug, pack));
    QCOMPARE(address.kind, PageKind::Topic);
    QCOMPARE(address.slug, slug);
    QCOMPARE(address.packId, pack);

    address = pageurl::parse(pageurl::topicQuestions(slug));
    QCOMPARE(address.kind, PageKind::TopicQuestions);
    QCOMPARE(address.slug, slug);

    address = pageurl::parse(pageurl::article(slug, {}, 4));
    QCOMPARE(address.kind, PageKind::Article);
    QCOMPARE(address.fragment, QStringLiteral("s4"));

    address = pageurl::parse(pageurl::question(99, pack));
    QCOMPARE(address.id, 99);
    QCOMPARE(address.packId, pack);

    const QString query = QStringLiteral("面瘫 + \"AND\" & 100%");
    address = pageurl::parse(pageurl::search(query));
    QCOMPARE(address.kind, PageKind::Search);
    QCOMPARE(address.query, query);

    QCOMPARE(pageurl::start().toString(), QStringLiteral("qingnang:/"));
    QCOMPARE(pageurl::topic(QStringLiteral("hemifacial-spasm")).toString(),
             QStringLiteral("qingnang:/topic/hemifacial-spasm"));
    QCOMPARE(pageurl::withoutFragment(pageurl::article(QStringLiteral("a"), {}, 2)),
             pageurl::article(QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestPageUrl)
#include "tst_pageurl.moc"
