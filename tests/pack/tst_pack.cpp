// SPDX-License-Identifier: MIT
// Reading packs: the bundled pack's content as the reader needs it, and the
// files that are not packs, each refused with one clear message.
#include "pack/checkedpacks.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "pack/packverifier.h"
#include "pack/packwriter.h"
#include "pack/sqlitehandle.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <sqlite3.h>

using namespace qingnang;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A valid SQLite database with the given pragmas and one table.
bool writeSqliteFile(const QString &path, int applicationId, int userVersion)
{
    SqliteDatabase db;
    if (!db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
        return false;
    }
    return db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
           db.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)) &&
           db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")) &&
           db.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')"));
}

} // namespace

class TestPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void info();
    void topicTree();
    void readOnShortLivedThreads();
    void seedTopic();
    void causesArticle();
    void questionsArePaged();
    void questionWithAnswers();
    void missingThingsAreEmpty();
    void readingDoesNotChangeTheFile_data();
    void readingDoesNotChangeTheFile();
    void refusesWhatIsNotAPack_data();
    void refusesWhatIsNotAPack();
    void libraryOpensAndRefuses();
    void checkedPacksRememberWhatOpened();
    void checkedPacksForgetWhatChanged();
    void checkedPacksRecordIsBounded();
    void writerLeavesNothingUntilCommit();
    void writerHonoursCancellationUntilTheRename();

private:
    std::shared_ptr<Pack> m_pack;
    QTemporaryDir m_dir;
};

void TestPack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const PackOpenResult result = Pack::open(test::bundledPack());
    QVERIFY2(result.pack, qPrintable(result.error));
    m_pack = result.pack;
}

// Threads that end one after another often get the same thread id; each
// must still read the pack through a connection of its own.
void TestPack::readOnShortLivedThreads()
{
    for (int i = 0; i < 8; ++i) {
        bool read = false;
        std::unique_ptr<QThread> thread(QThread::create([this, &read] {
            read = !m_pack->childTopics(0).isEmpty(); // the connection is left open
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(read, qPrintable(QStringLiteral("thread %1 read nothing").arg(i)));
    }
}

void TestPack::info()
{
    const PackInfo &info = m_pack->info();
    QCOMPARE(info.schemaVersion, schema::version);
    QCOMPARE(info.packId, QStringLiteral("qingnang-bundled"));
    QCOMPARE(info.title, QStringLiteral("青囊内置内容包"));
    QVERIFY(!info.contentDate.isEmpty());
    QVERIFY(info.disclaimer.startsWith(QStringLiteral("免责声明")));
    QCOMPARE(m_pack->disclaimer(), info.disclaimer);
    QCOMPARE(info.checksum.size(), 64);
    QVERIFY(info.counts.topicsWithContent >= 10);
    QVERIFY(info.counts.articles >= 10);
    QVERIFY(info.counts.questions >= 40);
    QVERIFY(info.counts.answers >= info.counts.questions);
}

void TestPack::topicTree()
{
    const QList<TopicNode> departments = m_pack->childTopics(0);
    QVERIFY(departments.size() >= 3);
    QCOMPARE(departments.first().title, QStringLiteral("内科"));
    for (const TopicNode &department : departments) {
        QCOMPARE(department.parentId, 0);
        QVERIFY(department.childCount > 0);
        QCOMPARE(m_pack->childTopics(department.id).size(), department.childCount);
    }
    // Paging through children gives the same list as reading it at once.
    const qint64 neurology = departments.first().id;
    const QList<TopicNode> all = m_pack->childTopics(neurology);
    QList<TopicNode> paged;
    int position = Pack::listStart;
    qint64 id = 0;
    for (;;) {
        const QList<TopicNode> page = m_pack->childTopics(neurology, position, id, 2);
        if (page.isEmpty()) {
            break;
        }
        paged.append(page);
        position = page.last().position;
        id = page.last().id;
    }
    QCOMPARE(paged.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(paged.at(i).id, all.at(i).id);
    }
    // Totals add up over the tree.
    int totalQuestions = 0;
    for (const TopicNode &child : all) {
        totalQuestions += child.totalQuestions;
    }
    QCOMPARE(departments.first().totalQuestions, totalQuestions);

    // The same children with their summaries; the topics with content under
    // each node, counted in one walk; every topic with content.
    const QList<Topic> summaries = m_pack->childSummaries(neurology, 1000);
    QCOMPARE(summaries.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(summaries.at(i).id, all.at(i).id);
        QCOMPARE(summaries.at(i).summary, m_pack->topic(all.at(i).id)->summary);
    }
    QList<qint64> ids;
    for (const TopicNode &department : departments) {
        ids.append(department.id);
    }
    const QHash<qint64, int> counts = m_pack->contentTopicCounts(ids);
    int counted = 0;
    for (const qint64 id : ids) {
        counted += counts.value(id);
    }
    QCOMPARE(counted, m_pack->info().counts.topicsWithContent);
    QCOMPARE(m_pack->contentTopics(100000).size(), m_pack->info().counts.topicsWithContent);
    const auto cardiology = m_pack->topicBySlug(QStringLiteral("cardiology"));
    QVERIFY(cardiology);
    QCOMPARE(m_pack->contentTopicCounts({cardiology->id}).value(cardiology->id),
             cardiology->childCount);
}

void TestPack::seedTopic()
{
    const auto topic = m_pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    QVERIFY(topic);
    QCOMPARE(topic->title, QStringLiteral("面肌痉挛"));
    QCOMPARE(topic->questionCount, 12);
    QCOMPARE(topic->articleCount, 2);
    QVERIFY(topic->aliases.contains(QStringLiteral("面肌抽搐")));
    QVERIFY(!topic->summary.isEmpty());

    const QList<TopicNode> path = m_pack->topicPath(topic->id);
    QCOMPARE(path.size(), 3);
    QCOMPARE(path.at(0).title, QStringLiteral("内科"));
    QCOMPARE(path.at(1).title, QStringLiteral("神经内科"));
    QCOMPARE(path.at(2).title, QStringLiteral("面肌痉挛"));

    QStringList related;
    for (const TopicNode &node : m_pack->relatedTopics(topic->id)) {
        related.append(node.title);
    }
    QVERIFY(related.contains(QStringLiteral("面神经炎")));
    QVERIFY(related.contains(QStringLiteral("三叉神经痛")));

    const auto facial = m_pack->topicBySlug(QStringLiteral("facial-neuritis"));
    QVERIFY(facial);
    QVERIFY(facial->aliases.contains(QStringLiteral("面瘫")));
}

void TestPack::causesArticle()
{
    const auto article = m_pack->articleBySlug(QStringLiteral("hemifacial-spasm-causes"));
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("产生面肌痉挛的主要原因是什么"));
    QStringList headings;
    for (const Section &section : article->sections) {
        if (!section.heading.isEmpty()) {
            headings.append(section.heading);
        }
    }
    const QStringList seedHeadings{QStringLiteral("手术后遗症"), QStringLiteral("其他因素"),
                                   QStringLiteral("血管压迫因素"), QStringLiteral("疾病因素")};
    QCOMPARE(headings.mid(0, 4), seedHeadings);
    QVERIFY(headings.contains(QStringLiteral("何时就医")));
}

void TestPack::questionsArePaged()
{
    const auto topic = m_pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    QVERIFY(topic);
    const QList<QuestionSummary> first = m_pack->questionsOf(topic->id, Pack::listStart, 0, 5);
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.first().title, QStringLiteral("面肌痉挛治疗方法"));
    const QList<QuestionSummary> rest =
        m_pack->questionsOf(topic->id, first.last().position, first.last().id, 100);
    QCOMPARE(rest.size(), 7);
    QVERIFY(rest.first().position > first.last().position);
    for (const QuestionSummary &question : first + rest) {
        QCOMPARE(question.answerCount, 1);
        QVERIFY(!question.excerpt.isEmpty());
        QVERIFY(question.excerpt.size() <= PackWriter::excerptLength + 1);
    }
}

void TestPack::questionWithAnswers()
{
    const auto topic = m_pack->topicBySlug(QStringLiteral("hemifacial-spasm"));
    const QuestionSummary summary = m_pack->questionsOf(topic->id, Pack::listStart, 0, 1).first();
    const auto question = m_pack->question(summary.id);
    QVERIFY(question);
    QCOMPARE(question->title, summary.title);
    QCOMPARE(question->topicId, topic->id);
    QCOMPARE(question->answers.size(), 1);
    QVERIFY(question->answers.first().body.contains(QStringLiteral("肉毒素")));
}

void TestPack::missingThingsAreEmpty()
{
    QVERIFY(!m_pack->topicBySlug(QStringLiteral("no-such-topic")));
    QVERIFY(!m_pack->articleBySlug(QStringLiteral("no-such-article")));
    QVERIFY(!m_pack->question(999999));
    QVERIFY(!m_pack->topic(-1));
    QVERIFY(m_pack->topicPath(999999).isEmpty());
    QVERIFY(m_pack->childTopics(999999).isEmpty());
}

void TestPack::readingDoesNotChangeTheFile_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("as built (rollback journal)") << QString();
    // A pack someone switched to WAL: a read-only connection would otherwise
    // create -wal and -shm files beside it (and fail in a read-only directory).
    QTest::newRow("WAL") << QStringLiteral("WAL");
}

void TestPack::readingDoesNotChangeTheFile()
{
    QFETCH(QString, journalMode);
    const QString copy = m_dir.filePath(QStringLiteral("copy.qnpack"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(test::bundledPack(), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    if (!journalMode.isEmpty()) {
        SqliteDatabase db;
        QVERIFY(db.open(copy, SQLITE_OPEN_READWRITE));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = ") + journalMode));
    } // closing the last connection removes the -wal and -shm files
    QCOMPARE(test::filesIn(m_dir.path()).filter(QStringLiteral("copy")),
             QStringList{QStringLiteral("copy.qnpack")});
    const QByteArray before = fileHash(copy);
    {
        const PackOpenResult result = Pack::open(copy);
        QVERIFY(result.pack);
        for (const TopicNode &department : result.pack->childTopics(0)) {
            result.pack->childTopics(department.id);
        }
        QVERIFY(result.pack->articleBySlug(QStringLiteral("hemifacial-spasm-causes")));
        QCOMPARE(test::filesIn(m_dir.path()).filter(QStringLiteral("copy")),
                 QStringList{QStringLiteral("copy.qnpack")});
    }
    const VerifyReport report = verifyPack(copy, 10);
    QVERIFY2(report.ok(), qPrintable(report.openError + report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(fileHash(copy), before);
    QCOMPARE(test::filesIn(m_dir.path()).filter(QStringLiteral("copy")),
             QStringList{QStringLiteral("copy.qnpack")}); // no journal or WAL files
}

void TestPack::refusesWhatIsNotAPack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("complaint");

    const QString dir = m_dir.path();
    QVERIFY(test::writeFile(dir + QStringLiteral("/empty.qnpack"), QByteArray()));
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator generator(20261127);
    for (char &byte : noise) {
        byte = char(generator.bounded(256));
    }
    QVERIFY(test::writeFile(dir + QStringLiteral("/random.qnpack"), noise));
    QVERIFY(test::writeFile(dir + QStringLiteral("/short.qnpack"), QByteArray("SQLite format 3")));
    QVERIFY(writeSqliteFile(dir + QStringLiteral("/other-app.qnpack"), 0, 0));
    QVERIFY(writeSqliteFile(dir + QStringLiteral("/future.qnpack"), schema::applicationId, 99));
    // Ours by its header, but without our tables.
    QVERIFY(writeSqliteFile(dir + QStringLiteral("/hollow.qnpack"), schema::applicationId,
                            schema::version));
    QVERIFY(QDir(dir).mkpath(QStringLiteral("folder.qnpack")));

    QTest::newRow("empty file") << "empty.qnpack"
                                << "the file is empty, not a Qingnang pack";
    QTest::newRow("random bytes") << "random.qnpack"
                                  << "not a Qingnang pack (not an SQLite database)";
    QTest::newRow("too short") << "short.qnpack"
                               << "not a Qingnang pack (not an SQLite database)";
    QTest::newRow("another application's database")
        << "other-app.qnpack"
        << "not a Qingnang pack (an SQLite database of another application)";
    QTest::newRow("another schema version")
        << QStringLiteral("future.qnpack")
        << QStringLiteral(
               "pack schema version 99 is not supported (this Qingnang reads version %1)")
               .arg(schema::version);
    // Damage, unlike the rest, points at the full check.
    QTest::newRow("no tables") << "hollow.qnpack"
                               << QStringLiteral("damaged pack (its metadata cannot be read); "
                                                 "`qingnang-pack verify %1` checks it in full")
                                      .arg(QDir::toNativeSeparators(
                                          m_dir.filePath(QStringLiteral("hollow.qnpack"))));
    QTest::newRow("directory") << "folder.qnpack"
                               << "is a directory, not a pack file";
    QTest::newRow("missing") << "missing.qnpack"
                             << "no such file";
}

void TestPack::refusesWhatIsNotAPack()
{
    QFETCH(QString, name);
    QFETCH(QString, complaint);
    const QString path = m_dir.filePath(name);
    const PackOpenResult result = Pack::open(path);
    QVERIFY(!result.pack);
    QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + complaint);
}

void TestPack::libraryOpensAndRefuses()
{
    Library library;
    QCOMPARE(library.disclaimer(), schema::fallbackDisclaimer());
    QVERIFY(library.openPack(test::bundledPack()).isEmpty());
    QCOMPARE(library.packs().size(), 1);
    QVERIFY(library.openPack(test::bundledPack()).contains(QStringLiteral("is already open")));
    QVERIFY(library.openPack(m_dir.filePath(QStringLiteral("empty.qnpack")))
                .contains(QStringLiteral("the file is empty")));
    QCOMPARE(library.packs().size(), 1);
    QCOMPARE(library.disclaimer(), m_pack->disclaimer());
    QCOMPARE(library.packById(QString()), library.primaryPack());
    QVERIFY(library.removePack(QStringLiteral("qingnang-bundled")));
    QVERIFY(library.isEmpty());
}

void TestPack::writerLeavesNothingUntilCommit()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("new.qnpack"));
    {
        PackWriter writer(output);
        QVERIFY(writer.open());
        QVERIFY(writer.addTopic({0, QStringLiteral("a"), QStringLiteral("甲"), {}, 0, {}}) == 1);
        QCOMPARE(test::filesIn(dir.path()).size(), 1);
        QVERIFY(!QFile::exists(output)); // only the temporary file exists so far
        // A reference to a topic that does not exist fails and sticks.
        QCOMPARE(writer.addQuestion({42, QStringLiteral("问"), {}, 0, {}, {}}), 0);
        QVERIFY(writer.hasError());
        QVERIFY(writer.errorString().startsWith(output + QStringLiteral(": ")));
        QVERIFY(!writer.commit());
    }
    QCOMPARE(test::filesIn(dir.path()), QStringList());

    {
        PackWriter abandoned(output);
        QVERIFY(abandoned.open());
        abandoned.addTopic({0, QStringLiteral("a"), QStringLiteral("甲"), {}, 0, {}});
    } // destroyed without commit
    QCOMPARE(test::filesIn(dir.path()), QStringList());

    PackWriter readOnlyTarget(QStringLiteral("/proc/qingnang-cannot-write-here.qnpack"));
    QVERIFY(!readOnlyTarget.open());
    QVERIFY(readOnlyTarget.errorString().startsWith(
        QStringLiteral("/proc/qingnang-cannot-write-here.qnpack: cannot create a file in /proc")));
}

void TestPack::writerHonoursCancellationUntilTheRename()
{
    // Ctrl+C during an import may come at any moment of commit(), also after
    // the index is built, while the checksum is computed or the file synced:
    // the writer asks once more when the new pack is complete, just before it
    // renames it into place.
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("new.qnpack"));
    PackWriter writer(output);
    QVERIFY(writer.open());
    const qint64 topic = writer.addTopic({0, QStringLiteral("a"), QStringLiteral("甲"), {}, 0, {}});
    for (int i = 0; i < 50; ++i) {
        QVERIFY(writer.addQuestion({topic,
                                    QStringLiteral("问题%1").arg(i),
                                    {},
                                    i,
                                    {},
                                    {QStringLiteral("回答%1").arg(i)}}) > 0);
    }
    int asked = 0;
    bool askedWhenComplete = false;
    writer.setCancelCheck([&] {
        ++asked;
        // Complete: the temporary file is closed, its metadata written.
        const QStringList parts =
            QDir(dir.path())
                .entryList({QStringLiteral(".new.qnpack.*.part")}, QDir::Files | QDir::Hidden);
        if (parts.size() != 1) {
            return false;
        }
        SqliteDatabase db;
        if (!db.open(dir.filePath(parts.first()), SQLITE_OPEN_READONLY)) {
            return false;
        }
        SqliteStatement select = db.prepare("SELECT value FROM meta WHERE key = ?");
        select.bind(1, QString::fromLatin1(schema::meta::checksum));
        askedWhenComplete =
            select.isValid() && select.step() == SQLITE_ROW && !select.columnText(0).isEmpty();
        return askedWhenComplete;
    });
    QVERIFY(!writer.commit());
    QVERIFY(asked > 1);
    QVERIFY(askedWhenComplete);
    QCOMPARE(writer.errorString(), output + QStringLiteral(": interrupted"));
    QCOMPARE(test::filesIn(dir.path()), QStringList());
}

// A pack that opens (its quick check passed) is recorded, in a file that
// outlives the record; one that does not open is not; a private session's
// record is kept in memory only.
void TestPack::checkedPacksRememberWhatOpened()
{
    const QString copy = m_dir.filePath(QStringLiteral("checked.qnpack"));
    QVERIFY(QFile::copy(test::bundledPack(), copy));
    const QString record = m_dir.filePath(QStringLiteral("cache/checked-packs"));
    {
        CheckedPacks checked(record, true);
        QVERIFY(!checked.contains(copy));
        const PackOpenResult opened = Pack::open(copy, &checked);
        QVERIFY2(opened.pack, qPrintable(opened.error));
        QVERIFY(checked.contains(copy));
        QVERIFY(QFile::exists(record));
        // One that does not open (ours by its header, without our tables) is not recorded.
        const QString hollow = m_dir.filePath(QStringLiteral("hollow-checked.qnpack"));
        QVERIFY(writeSqliteFile(hollow, schema::applicationId, schema::version));
        QVERIFY(!Pack::open(hollow, &checked).pack);
        QVERIFY(!checked.contains(hollow));
    }
    const CheckedPacks again(record, true);
    QVERIFY(again.contains(copy));
    QVERIFY(!again.contains(m_dir.filePath(QStringLiteral("hollow-checked.qnpack"))));
    // A second open with the record reads the same pack, as a whole.
    CheckedPacks reread(record, true);
    const PackOpenResult second = Pack::open(copy, &reread);
    QVERIFY2(second.pack, qPrintable(second.error));
    QCOMPARE(second.pack->info().counts.topics, m_pack->info().counts.topics);
    QCOMPARE(second.pack->scope().weights.size(), m_pack->scope().weights.size());

    const QString privateRecord = m_dir.filePath(QStringLiteral("private/checked-packs"));
    CheckedPacks inMemory(privateRecord, false);
    QVERIFY(Pack::open(copy, &inMemory).pack);
    QVERIFY(inMemory.contains(copy));
    QVERIFY(!QFile::exists(privateRecord));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("private"))).exists());

    // A record that is not ours (noise, or too big to be one) is no record.
    const QString noise = m_dir.filePath(QStringLiteral("noise-record"));
    QVERIFY(test::writeFile(noise, QByteArray(200 * 1024, '\t')));
    QVERIFY(!CheckedPacks(noise, true).contains(copy));
    QVERIFY(!CheckedPacks(QString(), true).contains(copy));
}

// A file changed since it was recorded (rewritten, or only touched) is checked again.
void TestPack::checkedPacksForgetWhatChanged()
{
    const QString copy = m_dir.filePath(QStringLiteral("changing.qnpack"));
    QVERIFY(QFile::copy(test::bundledPack(), copy));
    const QString record = m_dir.filePath(QStringLiteral("changing-record"));
    CheckedPacks checked(record, true);
    QVERIFY(Pack::open(copy, &checked).pack);
    QVERIFY(checked.contains(copy));
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
        QVERIFY(file.setFileTime(modified.addSecs(-3600), QFileDevice::FileModificationTime));
    }
    QVERIFY(!checked.contains(copy));
    QVERIFY(!CheckedPacks(record, true).contains(copy));
    // Opened again, it is recorded again, once.
    QVERIFY(Pack::open(copy, &checked).pack);
    QVERIFY(CheckedPacks(record, true).contains(copy));
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count(QFile::encodeName(QFileInfo(copy).absoluteFilePath())), 1);
}

void TestPack::checkedPacksRecordIsBounded()
{
    const QString record = m_dir.filePath(QStringLiteral("bounded-record"));
    CheckedPacks checked(record, true);
    QStringList files;
    for (int i = 0; i < CheckedPacks::maxEntries + 5; ++i) {
        files.append(m_dir.filePath(QStringLiteral("small-%1.qnpack").arg(i)));
        QVERIFY(writeSqliteFile(files.last(), schema::applicationId, schema::version));
        checked.remember(files.last());
    }
    const CheckedPacks read(record, true);
    QVERIFY(read.contains(files.last()));
    QVERIFY(!read.contains(files.first())); // the oldest went
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), CheckedPacks::maxEntries);
}

QTEST_GUILESS_MAIN(TestPack)
#include "tst_pack.moc"
