// SPDX-License-Identifier: MIT
#include "address/pageurl.h"
#include "models/roles.h"
#include "models/topictreemodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "testsupport.h"
#include "text/pinyinorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

// The model's reads are made on its thread: waits until none is on its way.
bool settled(TopicTreeModel &model)
{
    return QTest::qWaitFor([&model] { return model.isIdle(); });
}

// Asks for parent's next children and waits for them.
bool fetched(TopicTreeModel &model, const QModelIndex &parent)
{
    model.fetchMore(parent);
    return settled(model);
}

// The index of a topic, once the model has read the way to it (invalid if it
// did not reveal it).
QModelIndex revealed(TopicTreeModel &model, const QString &packId, qint64 topicId)
{
    QSignalSpy spy(&model, &TopicTreeModel::topicRevealed);
    model.revealTopic(packId, topicId);
    if (!settled(model) || spy.isEmpty()) {
        return {};
    }
    return spy.last().first().value<QModelIndex>();
}

// Reads every branch, as a user expanding the whole tree would.
int fetchAll(TopicTreeModel &model, const QModelIndex &parent = {})
{
    while (model.canFetchMore(parent)) {
        if (!fetched(model, parent)) {
            return -1;
        }
    }
    int count = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        count += fetchAll(model, model.index(row, 0, parent));
    }
    return count;
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledPackTree();
    void childrenAreReadOnDemandInBatches();
    void revealTopicLoadsTheWay();
    void revealTopicStopsInHugeLists();
    void severalPacksAreRoots();
    void packsWithTheSameTitleShowTheirFileNames();
    void autoOrderGroupsLargeLevelsByLetter();
    void pinyinOrderSortsEveryLevel();
    void hugeLevelsKeepThePacksOrder();

private:
    QTemporaryDir m_dir;
    QString m_bigPack;
};

void TestTopicTreeModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bigPack = m_dir.filePath(QStringLiteral("big.qnpack"));
    QVERIFY(test::writeGeneratedPack(m_bigPack, QStringLiteral("big"), 1234, 0));
}

void TestTopicTreeModel::bundledPackTree()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));

    // One pack: its departments are the top level, already read.
    QVERIFY(model.rowCount() >= 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("内科"));
    QVERIFY(!model.index(0, 0).data(IsPackRole).toBool());
    const QModelIndex medicine = model.index(0, 0);
    QVERIFY(model.hasChildren(medicine));
    QCOMPARE(model.rowCount(medicine), 0); // not read until asked for
    QVERIFY(model.canFetchMore(medicine));
    model.fetchMore(medicine);
    QVERIFY(!model.isIdle()); // read on the model's thread
    QCOMPARE(model.rowCount(medicine), 0);
    QVERIFY(settled(model));
    QVERIFY(!model.canFetchMore(medicine));
    QVERIFY(model.rowCount(medicine) >= 9);
    QModelIndex neurology;
    for (int row = 0; row < model.rowCount(medicine); ++row) {
        if (model.index(row, 0, medicine).data().toString() == QStringLiteral("神经内科")) {
            neurology = model.index(row, 0, medicine);
        }
    }
    QVERIFY(neurology.isValid());
    QVERIFY(fetched(model, neurology));
    QVERIFY(model.rowCount(neurology) >= 5);

    const QModelIndex hfs = model.index(0, 0, neurology);
    QCOMPARE(hfs.data().toString(), QStringLiteral("面肌痉挛"));
    QCOMPARE(hfs.data(CountsRole).toString(), QStringLiteral("2篇·12问"));
    QCOMPARE(hfs.data(UrlRole).toUrl(), pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QCOMPARE(hfs.data(PackIdRole).toString(), QStringLiteral("qingnang-bundled"));
    QVERIFY(hfs.flags() & Qt::ItemNeverHasChildren);
    QVERIFY(!model.hasChildren(hfs));
    QCOMPARE(model.parent(hfs), neurology);

    // The model tester walks (and fetches) the whole tree, checking every index.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fetchAll(model), int(library.primaryPack()->info().counts.topics));
}

void TestTopicTreeModel::childrenAreReadOnDemandInBatches()
{
    Library library;
    QVERIFY(library.openPack(m_bigPack).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 1); // the department, read on the model's thread

    const QModelIndex department = model.index(0, 0);
    QCOMPARE(model.rowCount(department), 0);
    QVERIFY(fetched(model, department));
    QCOMPARE(model.rowCount(department), TopicTreeModel::batchSize);
    QVERIFY(model.canFetchMore(department));
    const int batches = (1234 + TopicTreeModel::batchSize - 1) / TopicTreeModel::batchSize;
    for (int batch = 1; batch < batches; ++batch) {
        QVERIFY(model.canFetchMore(department));
        QVERIFY(fetched(model, department));
        QCOMPARE(model.rowCount(department), qMin(1234, (batch + 1) * TopicTreeModel::batchSize));
    }
    QVERIFY(!model.canFetchMore(department));
    QCOMPARE(inserted.size(), batches);

    // The batches together are the pack's children in display order.
    const QList<TopicNode> expected =
        library.primaryPack()->childTopics(department.data(TopicIdRole).toLongLong());
    QCOMPARE(expected.size(), 1234);
    for (int row = 0; row < 1234; ++row) {
        QCOMPARE(model.index(row, 0, department).data(TopicIdRole).toLongLong(),
                 expected.at(row).id);
    }
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTopicTreeModel::revealTopicLoadsTheWay()
{
    Library library;
    QVERIFY(library.openPack(m_bigPack).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));

    const auto pack = library.primaryPack();
    const qint64 department = pack->childTopics(0).first().id;
    const TopicNode last = pack->childTopics(department).last();
    const QModelIndex index = revealed(model, QStringLiteral("big"), last.id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), last.title);
    QCOMPARE(index.data(TopicIdRole).toLongLong(), last.id);
    QVERIFY(!revealed(model, QStringLiteral("big"), 987654).isValid());
    QVERIFY(!revealed(model, QStringLiteral("no-such-pack"), last.id).isValid());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// A parent with more children than are worth reading to reveal one (a
// hostile pack may give one a million): the topic is not revealed, and the
// model has read no more than the limit (and the batch that reached it).
void TestTopicTreeModel::revealTopicStopsInHugeLists()
{
    const int topics = int(TopicTreeModel::maxRowsToReveal) + 2 * TopicTreeModel::batchSize;
    const QString path = m_dir.filePath(QStringLiteral("huge.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("huge"), topics, 0));
    Library library;
    QVERIFY(library.openPack(path).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    const auto pack = library.primaryPack();
    const qint64 department = pack->childTopics(0).first().id;
    const QList<TopicNode> children = pack->childTopics(department);
    QCOMPARE(children.size(), topics);

    QVERIFY(!revealed(model, QStringLiteral("huge"), children.last().id).isValid());
    const QModelIndex departmentIndex = model.index(0, 0);
    QCOMPARE(departmentIndex.data(TopicIdRole).toLongLong(), department);
    QVERIFY(model.rowCount(departmentIndex) >= int(TopicTreeModel::maxRowsToReveal));
    QVERIFY(model.rowCount(departmentIndex) <
            int(TopicTreeModel::maxRowsToReveal) + TopicTreeModel::batchSize);
    // One within the limit is found.
    const TopicNode near = children.at(int(TopicTreeModel::maxRowsToReveal) / 2);
    QCOMPARE(revealed(model, QStringLiteral("huge"), near.id).data(TopicIdRole).toLongLong(),
             near.id);
}

void TestTopicTreeModel::severalPacksAreRoots()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(library.openPack(m_bigPack).isEmpty());
    QVERIFY(settled(model));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex bundled = model.index(0, 0);
    const QModelIndex big = model.index(1, 0);
    QVERIFY(bundled.data(IsPackRole).toBool());
    QCOMPARE(bundled.data().toString(), QStringLiteral("青囊内置内容包"));
    QCOMPARE(big.data(PackIdRole).toString(), QStringLiteral("big"));
    QVERIFY(model.hasChildren(bundled));
    fetchAll(model, bundled);
    QCOMPARE(model.index(0, 0, bundled).data().toString(), QStringLiteral("内科"));

    // Topics of the second pack link with its id; the primary pack's do not need one.
    fetchAll(model, big);
    const QModelIndex bigDepartment = model.index(0, 0, big);
    const QUrl url = model.index(0, 0, bigDepartment).data(UrlRole).toUrl();
    QCOMPARE(pageurl::parse(url).packId, QStringLiteral("big"));
    QVERIFY(revealed(model, QStringLiteral("big"),
                     model.index(3, 0, bigDepartment).data(TopicIdRole).toLongLong())
                .isValid());

    QVERIFY(library.removePack(QStringLiteral("big")));
    QVERIFY(settled(model));
    QCOMPARE(reset.size(), 2);
    QVERIFY(model.rowCount() >= 3); // back to one pack: its departments at the top
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("内科"));
}

// Two imported packs both called 患者问答 (issue 16, item 8): each root adds its
// file name; when one closes, the other is called by its title alone again.
void TestTopicTreeModel::packsWithTheSameTitleShowTheirFileNames()
{
    const QString first = m_dir.filePath(QStringLiteral("qa-one.qnpack"));
    const QString second = m_dir.filePath(QStringLiteral("qa-two.qnpack"));
    QVERIFY(test::writeGeneratedPack(first, QStringLiteral("qa-one"), 3, 2,
                                     QStringLiteral("患者问答")));
    QVERIFY(test::writeGeneratedPack(second, QStringLiteral("qa-two"), 3, 2,
                                     QStringLiteral("患者问答")));
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    QVERIFY(library.openPack(first).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("患者问答"));

    QVERIFY(library.openPack(second).isEmpty());
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("青囊内置内容包"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("患者问答（qa-one.qnpack）"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("患者问答（qa-two.qnpack）"));
    QCOMPARE(library.displayTitle(*library.packById(QStringLiteral("qa-two"))),
             QStringLiteral("患者问答（qa-two.qnpack）"));

    QVERIFY(library.removePack(QStringLiteral("qa-one")));
    QVERIFY(settled(model));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("患者问答"));
}

namespace {

// The row under parent whose title is title.
QModelIndex childTitled(const QAbstractItemModel &model, const QModelIndex &parent,
                        const QString &title)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (model.index(row, 0, parent).data().toString() == title) {
            return model.index(row, 0, parent);
        }
    }
    return {};
}

// Whether the titles of the rows under parent are in pinyin order.
bool inPinyinOrder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    const PinyinOrder order;
    for (int row = 1; row < model.rowCount(parent); ++row) {
        const QString a = model.index(row - 1, 0, parent).data().toString();
        const QString b = model.index(row, 0, parent).data().toString();
        if (order.less(PinyinKey::of(b), b, PinyinKey::of(a), a)) {
            qWarning() << "out of pinyin order:" << a << b;
            return false;
        }
    }
    return true;
}

} // namespace

// Auto: small levels keep the pack's order, a level of more than
// groupThreshold topics (the bundled pack's 症状) is listed under its letters,
// each letter's topics in pinyin order; letters open no page.
void TestTopicTreeModel::autoOrderGroupsLargeLevelsByLetter()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrder(TopicTreeModel::Order::Auto);
    QVERIFY(settled(model));
    QCOMPARE(reset.size(), 1);
    model.setOrder(TopicTreeModel::Order::Auto);
    QVERIFY(settled(model));
    QCOMPARE(reset.size(), 1); // no change, no reset

    // The departments (fewer than the threshold) keep the pack's order.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("内科"));
    const QModelIndex medicine = model.index(0, 0);
    QVERIFY(fetched(model, medicine));
    const QModelIndex neurology = childTitled(model, medicine, QStringLiteral("神经内科"));
    QVERIFY(fetched(model, neurology));
    QCOMPARE(model.index(0, 0, neurology).data().toString(), QStringLiteral("面肌痉挛"));

    const QModelIndex symptoms = childTitled(model, {}, QStringLiteral("症状"));
    QVERIFY(symptoms.isValid());
    const auto pack = library.primaryPack();
    const QList<TopicNode> topics = pack->childTopics(symptoms.data(TopicIdRole).toLongLong());
    QVERIFY(topics.size() > TopicTreeModel::groupThreshold);
    QVERIFY(fetched(model, symptoms));
    QVERIFY(!model.canFetchMore(symptoms)); // read at once
    const int letters = model.rowCount(symptoms);
    QVERIFY2(letters > 5 && letters <= 27, qPrintable(QString::number(letters)));
    QVERIFY(inPinyinOrder(model, symptoms));
    int listed = 0;
    for (int row = 0; row < letters; ++row) {
        const QModelIndex letter = model.index(row, 0, symptoms);
        QVERIFY(letter.data(IsGroupRole).toBool());
        QVERIFY(!letter.data(UrlRole).toUrl().isValid());
        QCOMPARE(letter.data().toString().size(), 1);
        QCOMPARE(letter.data(CountsRole).toString(),
                 QStringLiteral("%1项").arg(model.rowCount(letter)));
        QVERIFY(model.rowCount(letter) > 0);
        QVERIFY(inPinyinOrder(model, letter));
        for (int child = 0; child < model.rowCount(letter); ++child) {
            const QModelIndex topic = model.index(child, 0, letter);
            QVERIFY(!topic.data(IsGroupRole).toBool());
            QCOMPARE(QString(PinyinKey::of(topic.data().toString()).letter),
                     letter.data().toString());
            QVERIFY(topic.data(UrlRole).toUrl().isValid());
            QCOMPARE(model.parent(topic), letter);
        }
        listed += model.rowCount(letter);
    }
    QCOMPARE(listed, topics.size());

    // A topic is found inside its letter.
    const QModelIndex headache = revealed(model, pack->id(), topics.first().id);
    QVERIFY(headache.isValid());
    QCOMPARE(headache.data(TopicIdRole).toLongLong(), topics.first().id);
    QVERIFY(model.parent(headache).data(IsGroupRole).toBool());
    QCOMPARE(model.parent(model.parent(headache)), symptoms);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = fetchAll(model);
    QVERIFY(rows > int(pack->info().counts.topics)); // the topics and their letters
}

void TestTopicTreeModel::pinyinOrderSortsEveryLevel()
{
    Library library;
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    TopicTreeModel model(&library);
    QVERIFY(settled(model));
    model.setOrder(TopicTreeModel::Order::Pinyin);
    QVERIFY(settled(model));
    QCOMPARE(model.order(), TopicTreeModel::Order::Pinyin);
    QVERIFY(inPinyinOrder(model, {}));
    QVERIFY(!model.index(0, 0).data(IsGroupRole).toBool()); // too few to group
    const QModelIndex medicine = childTitled(model, {}, QStringLiteral("内科"));
    QVERIFY(fetched(model, medicine));
    QVERIFY(inPinyinOrder(model, medicine));
    const QModelIndex neurology = childTitled(model, medicine, QStringLiteral("神经内科"));
    QVERIFY(fetched(model, neurology));
    QVERIFY(model.rowCount(neurology) >= 5);
    QVERIFY(inPinyinOrder(model, neurology));
    QVERIFY(childTitled(model, neurology, QStringLiteral("面肌痉挛")).isValid());

    // Back to the pack's order.
    model.setOrder(TopicTreeModel::Order::PackOrder);
    QVERIFY(settled(model));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("内科"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// A level of more than maxSortedChildren topics is not read whole to be
// sorted: it keeps the pack's order and is read a batch at a time, in every
// order.
void TestTopicTreeModel::hugeLevelsKeepThePacksOrder()
{
    const int topics = TopicTreeModel::maxSortedChildren + 10;
    const QString path = m_dir.filePath(QStringLiteral("unsorted.qnpack"));
    QVERIFY(test::writeGeneratedPack(path, QStringLiteral("unsorted"), topics, 0));
    Library library;
    QVERIFY(library.openPack(path).isEmpty());
    const QList<TopicNode> children =
        library.primaryPack()->childTopics(library.primaryPack()->childTopics(0).first().id);
    for (const auto order : {TopicTreeModel::Order::Auto, TopicTreeModel::Order::Pinyin}) {
        TopicTreeModel model(&library);
        QVERIFY(settled(model));
        model.setOrder(order);
        QVERIFY(settled(model));
        const QModelIndex department = model.index(0, 0);
        QVERIFY(fetched(model, department));
        QCOMPARE(model.rowCount(department), TopicTreeModel::batchSize);
        QVERIFY(model.canFetchMore(department));
        QVERIFY(fetched(model, department));
        QCOMPARE(model.rowCount(department), 2 * TopicTreeModel::batchSize);
        for (int row = 0; row < model.rowCount(department); ++row) {
            QCOMPARE(model.index(row, 0, department).data(TopicIdRole).toLongLong(),
                     children.at(row).id);
        }
    }

    // A big level within the limit is grouped, and the tester is content.
    const QString bigPath = m_dir.filePath(QStringLiteral("big-sorted.qnpack"));
    QVERIFY(test::writeGeneratedPack(bigPath, QStringLiteral("bigsorted"), 1234, 0));
    Library big;
    QVERIFY(big.openPack(bigPath).isEmpty());
    TopicTreeModel model(&big);
    QVERIFY(settled(model));
    model.setOrder(TopicTreeModel::Order::Auto);
    QVERIFY(settled(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int groups = 0;
    const QModelIndex department = model.index(0, 0);
    QVERIFY(fetched(model, department));
    for (int row = 0; row < model.rowCount(department); ++row) {
        QVERIFY(model.index(row, 0, department).data(IsGroupRole).toBool());
        groups += model.rowCount(model.index(row, 0, department));
    }
    QCOMPARE(groups, 1234);
}

QTEST_GUILESS_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
