// SPDX-License-Identifier: MIT
#include "address/pageurl.h"
#include "models/qalistmodel.h"
#include "models/roles.h"
#include "pack/pack.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

class TestQaListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledTopic();
    void pagesThroughThousands();
    void emptyAndCleared();
};

void TestQaListModel::bundledTopic()
{
    const auto pack = Pack::open(test::bundledPack()).pack;
    QVERIFY(pack);
    const auto topic = pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    QaListModel model;
    model.setTopic(pack, topic->id);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.isFetching()); // the page is read on the model's thread
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore({}));

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("面肌痉挛治疗方法"));
    QCOMPARE(first.data(AnswerCountRole).toInt(), 1);
    QCOMPARE(first.data(CountsRole).toString(), QStringLiteral("1个回答"));
    QVERIFY(!first.data(ExcerptRole).toString().isEmpty());
    const QUrl url = first.data(UrlRole).toUrl();
    const PageAddress address = pageurl::parse(url);
    QCOMPARE(address.kind, PageKind::Question);
    QCOMPARE(address.id, first.data(QuestionIdRole).toLongLong());
    QVERIFY(address.packId.isEmpty());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopic(pack, topic->id); // a reset under the tester's eyes
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 12);
}

void TestQaListModel::pagesThroughThousands()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qa.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("qa"), 2, 3000));
    const auto pack = Pack::open(path).pack;
    QVERIFY(pack);
    const qint64 topicId = pack->childTopics(pack->childTopics(0).first().id).first().id;

    QaListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setTopic(pack, topicId, false);
    model.fetchMore({});
    model.fetchMore({}); // one page at a time: this one waits for the first
    QTRY_COMPARE(model.rowCount(), QaListModel::pageSize);
    QVERIFY(!model.isFetching());
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
    }
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(inserted.size(), 3000 / QaListModel::pageSize);
    // Order is the pack's (position, then id), across page boundaries too.
    for (int row = 0; row < 3000; ++row) {
        QCOMPARE(model.index(row).data().toString(),
                 QStringLiteral("问题%1").arg(row, 5, 10, QLatin1Char('0')));
    }
    QCOMPARE(pageurl::parse(model.index(7).data(UrlRole).toUrl()).packId, QStringLiteral("qa"));

    // Under the model tester: every page insertion is checked as it happens.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopic(pack, topicId, false);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isFetching());
    }
    QCOMPARE(model.rowCount(), 3000);

    // A page read for a topic no longer shown is dropped when it comes: the
    // other topic's page, read after it, is all the model shows.
    model.setTopic(pack, topicId, false);
    model.fetchMore({});
    const qint64 other = pack->childTopics(pack->childTopics(0).first().id).last().id;
    model.setTopic(pack, other, false);
    model.fetchMore({});
    QTRY_VERIFY(!model.isFetching());
    QCOMPARE(model.rowCount(), 0); // the second topic has no questions
    QVERIFY(!model.canFetchMore({}));
}

void TestQaListModel::emptyAndCleared()
{
    const auto pack = Pack::open(test::bundledPack()).pack;
    QaListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.canFetchMore({}));
    const auto department = pack->topicBySlug(QStringLiteral("neurology"));
    model.setTopic(pack, department->id); // a department has no questions of its own
    model.fetchMore({});
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 0);
    model.setTopic(pack, pack->topicBySlug(QStringLiteral("epilepsy"))->id);
    model.fetchMore({});
    QTRY_VERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestQaListModel)
#include "tst_qalistmodel.moc"
