// SPDX-License-Identifier: MIT
// Export and import of folders, bookmarks and notes (UserDataExchange).
#include "address/pageurl.h"
#include "testsupport.h"
#include "userdata/userdata.h"
#include "userdata/userdatatext.h"
#include "userdatatestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace qingnang;
using namespace qingnang::test;

class TestUserDataExchange : public UserDataTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImportGivesTheSame();
    void importMerges();
    void importRefusesMalformedFiles_data();
    void importRefusesMalformedFiles();
};

void TestUserDataExchange::initTestCase()
{
    initHome();
}

void TestUserDataExchange::exportThenImportGivesTheSame()
{
    UserData source;
    QVERIFY(source.open(freshPath()));
    const qint64 heart = source.bookmarks().addFolder(QStringLiteral("心血管"));
    const qint64 pressure = source.bookmarks().addFolder(QStringLiteral("高血压"), heart);
    const qint64 coronary = source.bookmarks().addFolder(QStringLiteral("冠心病"), heart);
    const qint64 stent = source.bookmarks().addFolder(QStringLiteral("支架"), coronary);
    const qint64 nerves = source.bookmarks().addFolder(QStringLiteral("神经"));
    QVERIFY(source.bookmarks().moveFolder(coronary, heart, 0)); // order is not creation order
    QVERIFY(source.bookmarks().add(pageurl::topic(QStringLiteral("高血压")),
                                   QStringLiteral("高血压"), pressure));
    QVERIFY(source.bookmarks().add(pageurl::article(QStringLiteral("diet"), {}, 2),
                                   QStringLiteral("饮食 #2"), pressure));
    QVERIFY(source.bookmarks().add(pageurl::question(9, QStringLiteral("p2")),
                                   QStringLiteral("他包的问题"), stent));
    QVERIFY(source.bookmarks().add(pageurl::topic(QStringLiteral("高血压")),
                                   QStringLiteral("同页他处"), nerves));
    QVERIFY(source.bookmarks().add(pageurl::search(QStringLiteral("头痛 失眠")),
                                   QStringLiteral("搜索")));
    const qint64 last = source.bookmarks().add(pageurl::start(), QStringLiteral("首页"));
    QVERIFY(source.bookmarks().move(last, 0, 0));
    QVERIFY(source.notes().set(pageurl::topic(QStringLiteral("高血压")),
                               QStringLiteral("少盐\n多走路 😀"), QStringLiteral("高血压")));
    QVERIFY(source.notes().set(pageurl::question(9, QStringLiteral("p2")), QStringLiteral("问医生"),
                               QStringLiteral("问题")));
    QVERIFY(source.notes().set(pageurl::about(), QStringLiteral("\"引号\" 和 \\ 反斜杠")));
    QVERIFY(source.history().addVisit(pageurl::question(1), QStringLiteral("历史不导出")));
    const QStringList expected = dump(source);
    QCOMPARE(expected.size(), 5 + 6 + 3);

    const QByteArray json = source.exchange().exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("qingnang-userdata"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("folders")).toArray().size(), 5);
    QCOMPARE(root.value(QStringLiteral("bookmarks")).toArray().size(), 6);
    QCOMPARE(root.value(QStringLiteral("notes")).toArray().size(), 3);
    QVERIFY(!json.contains(QStringLiteral("历史不导出").toUtf8()));

    UserData target;
    QVERIFY(target.open(freshPath()));
    QSignalSpy bookmarksChanged(&target, &UserData::bookmarksChanged);
    QSignalSpy notesChanged(&target, &UserData::notesChanged);
    ImportResult result = target.exchange().importJson(json);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.summary.foldersAdded, 5);
    QCOMPARE(result.summary.foldersMerged, 0);
    QCOMPARE(result.summary.bookmarksAdded, 6);
    QCOMPARE(result.summary.bookmarksSkipped, 0);
    QCOMPARE(result.summary.notesAdded, 3);
    QCOMPARE(result.summary.notesReplaced + result.summary.notesKept, 0);
    QCOMPARE(dump(target), expected);
    QCOMPARE(bookmarksChanged.count(), 1);
    QCOMPARE(notesChanged.count(), 1);
    QCOMPARE(target.history().count(), 0);

    // Twice: nothing more.
    result = target.exchange().importJson(json);
    QVERIFY(result.ok);
    QCOMPARE(result.summary.foldersAdded, 0);
    QCOMPARE(result.summary.foldersMerged, 5);
    QCOMPARE(result.summary.bookmarksAdded, 0);
    QCOMPARE(result.summary.bookmarksSkipped, 6);
    QCOMPARE(result.summary.notesAdded + result.summary.notesReplaced, 0);
    QCOMPARE(result.summary.notesKept, 3);
    QCOMPARE(dump(target), expected);
    QCOMPARE(bookmarksChanged.count(), 1);
    QCOMPARE(notesChanged.count(), 1);

    // Through a file, into a private session.
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY2(source.exchange().exportToFile(file), qPrintable(source.errorString()));
    UserData memory;
    QVERIFY(memory.openInMemory());
    result = memory.exchange().importFile(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(dump(memory), expected);
    result = memory.exchange().importFile(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok);
    QVERIFY(result.error.startsWith(m_dir.filePath(QStringLiteral("missing.json")) +
                                    QStringLiteral(": cannot read")));
}

void TestUserDataExchange::importMerges()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("资料"));
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("旧标题"), folder));
    QVERIFY(store.notes().set(pageurl::question(1), QStringLiteral("现在写的")));
    QVERIFY(store.notes().set(pageurl::question(2), QStringLiteral("很久以前写的")));

    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("folders"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                {QStringLiteral("name"), QStringLiteral("资料")}},
                    QJsonObject{{QStringLiteral("id"), 8},
                                {QStringLiteral("parent"), 7},
                                {QStringLiteral("name"), QStringLiteral("新")}}}},
        {QStringLiteral("bookmarks"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1#x")},
                                {QStringLiteral("title"), QStringLiteral("新标题")},
                                {QStringLiteral("folder"), 7}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/2")},
                                {QStringLiteral("title"), QStringLiteral("二")},
                                {QStringLiteral("folder"), 7}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1")},
                                {QStringLiteral("title"), QStringLiteral("顶层的一")}},
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/3")},
                                {QStringLiteral("title"), QStringLiteral("三")},
                                {QStringLiteral("folder"), 8}}}},
        {QStringLiteral("notes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/1")},
                         {QStringLiteral("text"), QStringLiteral("更旧的")},
                         {QStringLiteral("updated"), QStringLiteral("2000-01-01T00:00:00Z")}},
             QJsonObject{{QStringLiteral("url"), QStringLiteral("qingnang:/question/2#s1")},
                         {QStringLiteral("text"), QStringLiteral("未来写的")},
                         {QStringLiteral("title"), QStringLiteral("问题二")},
                         {QStringLiteral("updated"), QStringLiteral("2999-01-01T00:00:00.000Z")}},
             QJsonObject{
                 {QStringLiteral("url"), QStringLiteral("qingnang:/question/3")},
                 {QStringLiteral("text"), QStringLiteral("新的")},
                 {QStringLiteral("updated"), QStringLiteral("2026-03-01T12:00:00+08:00")}}}},
    };
    const ImportResult result = store.exchange().importJson(QJsonDocument(file).toJson());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.summary.foldersMerged, 1);
    QCOMPARE(result.summary.foldersAdded, 1);
    QCOMPARE(result.summary.bookmarksSkipped, 1);
    QCOMPARE(result.summary.bookmarksAdded, 3);
    QCOMPARE(result.summary.notesKept, 1);
    QCOMPARE(result.summary.notesReplaced, 1);
    QCOMPARE(result.summary.notesAdded, 1);

    QCOMPARE(titles(store.bookmarks().inFolder(folder)),
             (QStringList{QStringLiteral("旧标题"), QStringLiteral("二")}));
    QCOMPARE(titles(store.bookmarks().inFolder()), QStringList{QStringLiteral("顶层的一")});
    QCOMPARE(names(store.bookmarks().folders(folder)), QStringList{QStringLiteral("新")});
    QCOMPARE(titles(store.bookmarks().inFolder(store.bookmarks().folders(folder).first().id)),
             QStringList{QStringLiteral("三")});
    QCOMPARE(store.notes().note(pageurl::question(1))->text, QStringLiteral("现在写的"));
    QCOMPARE(store.notes().note(pageurl::question(2))->text, QStringLiteral("未来写的"));
    QCOMPARE(store.notes().note(pageurl::question(2))->pageTitle, QStringLiteral("问题二"));
    QCOMPARE(store.notes().note(pageurl::question(3))->updated,
             QDateTime(QDate(2026, 3, 1), QTime(4, 0), Qt::UTC));
}

void TestUserDataExchange::importRefusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("complaint");

    const QJsonObject folder{{QStringLiteral("id"), 1},
                             {QStringLiteral("name"), QStringLiteral("导入的")}};
    const QJsonObject bookmark{{QStringLiteral("url"), QStringLiteral("qingnang:/question/100")},
                               {QStringLiteral("title"), QStringLiteral("好的")},
                               {QStringLiteral("folder"), 1}};
    const QJsonObject note{{QStringLiteral("url"), QStringLiteral("qingnang:/question/100")},
                           {QStringLiteral("text"), QStringLiteral("好的笔记")},
                           {QStringLiteral("updated"), QStringLiteral("2999-01-01T00:00:00Z")}};
    // A valid file with one good item of each kind, and then one bad item.
    auto withBad = [&](const char *list, const QJsonValue &bad) {
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("folders"), QJsonArray{folder}},
                         {QStringLiteral("bookmarks"), QJsonArray{bookmark}},
                         {QStringLiteral("notes"), QJsonArray{note}}};
        QJsonArray array = root.value(QLatin1String(list)).toArray();
        array.append(bad);
        root.insert(QLatin1String(list), array);
        return QJsonDocument(root).toJson();
    };
    auto with = [&](QJsonObject object, const char *key, const QJsonValue &value) {
        if (value.isUndefined()) {
            object.remove(QLatin1String(key));
        } else {
            object.insert(QLatin1String(key), value);
        }
        return object;
    };
    auto root = [&](const char *key, const QJsonValue &value) {
        QJsonObject object{{QStringLiteral("format"), QStringLiteral("qingnang-userdata")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("bookmarks"), QJsonArray{with(bookmark, "folder", 0)}}};
        return QJsonDocument(with(object, key, value)).toJson();
    };
    const QJsonValue missing(QJsonValue::Undefined);

    QTest::newRow("not JSON") << QByteArray(R"({"format": "qingnang-userdata", "version": 1,)")
                              << "not valid JSON: ";
    QTest::newRow("empty") << QByteArray() << "not valid JSON: ";
    QTest::newRow("an array") << QByteArray("[]")
                              << "not a Qingnang user-data export (the file is not a JSON object)";
    QTest::newRow("no format") << root("format", missing)
                               << "not a Qingnang user-data export (\"format\" is missing)";
    QTest::newRow("another format")
        << root("format", QStringLiteral("firefox-bookmarks"))
        << "not a Qingnang user-data export (\"format\" is \"firefox-bookmarks\", expected "
           "\"qingnang-userdata\")";
    QTest::newRow("format of the wrong type")
        << root("format", 1) << "not a Qingnang user-data export (\"format\" is a number";
    QTest::newRow("newer version") << root("version", 2)
                                   << "export version 2 is not supported (this Qingnang reads "
                                      "version 1)";
    QTest::newRow("version as text")
        << root("version", QStringLiteral("1")) << "version: expected an integer, found a string";
    QTest::newRow("no version") << root("version", missing)
                                << "version: expected an integer, found nothing";
    QTest::newRow("bookmarks not a list")
        << root("bookmarks", QJsonObject()) << "bookmarks: expected an array, found an object";
    QTest::newRow("notes not a list")
        << root("notes", QStringLiteral("笔记")) << "notes: expected an array, found a string";
    QTest::newRow("bookmark not an object")
        << withBad("bookmarks", 1) << "bookmarks[1]: expected an object, found a number";
    QTest::newRow("bookmark without url") << withBad("bookmarks", with(bookmark, "url", missing))
                                          << "bookmarks[1]: \"url\" is missing";
    QTest::newRow("url as number") << withBad("bookmarks", with(bookmark, "url", 5))
                                   << "bookmarks[1].url: expected a string, found a number";
    QTest::newRow("url not ours")
        << withBad("bookmarks", with(bookmark, "url", QStringLiteral("https://example.com/")))
        << "bookmarks[1].url: not a Qingnang page address: \"https://example.com/\"";
    QTest::newRow("title as list") << withBad("bookmarks", with(bookmark, "title", QJsonArray()))
                                   << "bookmarks[1].title: expected a string, found an array";
    QTest::newRow("unknown folder") << withBad("bookmarks", with(bookmark, "folder", 5))
                                    << "bookmarks[1].folder: 5 is not the id of a listed folder";
    QTest::newRow("folder not whole") << withBad("bookmarks", with(bookmark, "folder", 1.5))
                                      << "bookmarks[1].folder: expected an integer, found a number";
    QTest::newRow("position as text")
        << withBad("bookmarks", with(bookmark, "position", QStringLiteral("1")))
        << "bookmarks[1].position: expected an integer, found a string";
    QTest::newRow("bad created date")
        << withBad("bookmarks", with(bookmark, "created", QStringLiteral("yesterday")))
        << "bookmarks[1].created: \"yesterday\" is not a date and time";
    QTest::newRow("parent listed later")
        << withBad("folders", QJsonObject{{QStringLiteral("id"), 2},
                                          {QStringLiteral("parent"), 3},
                                          {QStringLiteral("name"), QStringLiteral("子")}})
        << "folders[1].parent: 3 is not the id of a folder listed before this one";
    QTest::newRow("folder its own parent")
        << withBad("folders", QJsonObject{{QStringLiteral("id"), 2},
                                          {QStringLiteral("parent"), 2},
                                          {QStringLiteral("name"), QStringLiteral("子")}})
        << "folders[1].parent: 2 is not the id of a folder listed before this one";
    QTest::newRow("folder id twice")
        << withBad("folders", folder) << "folders[1].id: 1 is the id of an earlier folder too";
    QTest::newRow("negative folder id")
        << withBad("folders", with(folder, "id", -1)) << "folders[1].id: -1 is out of range";
    QTest::newRow("folder without name")
        << withBad("folders", with(with(folder, "id", 2), "name", QStringLiteral(" ")))
        << "folders[1].name: a folder needs a name";
    QTest::newRow("note without date")
        << withBad("notes", with(note, "updated", missing)) << "notes[1]: \"updated\" is missing";
    QTest::newRow("note with a bad date")
        << withBad("notes", with(note, "updated", QStringLiteral("2026-13-45")))
        << "notes[1].updated: \"2026-13-45\" is not a date and time";
    QTest::newRow("note text null") << withBad("notes", with(note, "text", QJsonValue()))
                                    << "notes[1].text: expected a string, found null";
    QTest::newRow("empty note") << withBad("notes", with(note, "text", QStringLiteral("  ")))
                                << "notes[1].text: the note is empty";
    QTest::newRow("note too long")
        << withBad("notes",
                   with(note, "text", QString(userdata::maxNoteLength + 1, QLatin1Char('x'))))
        << "notes[1].text: the note has 100001 characters; a note holds at most 100000";
    QTest::newRow("note url with a host")
        << withBad("notes", with(note, "url", QStringLiteral("qingnang://evil/topic/x")))
        << "notes[1].url: not a Qingnang page address";
}

void TestUserDataExchange::importRefusesMalformedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, complaint);
    UserData store;
    QVERIFY(store.open(freshPath()));
    const qint64 folder = store.bookmarks().addFolder(QStringLiteral("已有"));
    QVERIFY(store.bookmarks().add(pageurl::question(1), QStringLiteral("已有的"), folder));
    QVERIFY(store.notes().set(pageurl::question(100), QStringLiteral("已有的笔记")));
    const QStringList before = dump(store);
    QSignalSpy bookmarks(&store, &UserData::bookmarksChanged);
    QSignalSpy notes(&store, &UserData::notesChanged);

    const ImportResult result = store.exchange().importJson(json);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(complaint), qPrintable(result.error));
    QCOMPARE(store.errorString(), result.error);
    QCOMPARE(result.summary.foldersAdded + result.summary.bookmarksAdded +
                 result.summary.notesAdded + result.summary.notesReplaced,
             0);
    QCOMPARE(dump(store), before);
    QCOMPARE(bookmarks.count() + notes.count(), 0);

    // From a file, the message names the file.
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(test::writeFile(file, json));
    const ImportResult fromFile = store.exchange().importFile(file);
    QVERIFY(!fromFile.ok);
    QCOMPARE(fromFile.error, QDir::toNativeSeparators(file) + QStringLiteral(": ") + result.error);
    QCOMPARE(dump(store), before);
}

QINGNANG_USERDATA_TEST_MAIN(TestUserDataExchange)

#include "tst_userdataexchange.moc"
