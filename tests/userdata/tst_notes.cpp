// SPDX-License-Identifier: MIT
// Notes on pages (Notes, on a store on a real SQLite file).
#include "address/pageurl.h"
#include "userdata/userdata.h"
#include "userdatatestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace qingnang;
using namespace qingnang::test;

class TestNotes : public UserDataTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notes();
};

void TestNotes::initTestCase()
{
    initHome();
}

void TestNotes::notes()
{
    UserData store;
    QVERIFY(store.open(freshPath()));
    QSignalSpy changed(&store, &UserData::notesChanged);
    const QUrl u = pageurl::article(QStringLiteral("a"), {}, 1);
    const QUrl v = pageurl::question(7, QStringLiteral("p2"));
    QVERIFY(store.notes().set(u, QStringLiteral("第一条笔记\n第二行"), QStringLiteral("标题")));
    QCOMPARE(changed.count(), 1);
    std::optional<Note> note = store.notes().note(pageurl::article(QStringLiteral("a")));
    QVERIFY(note);
    QCOMPARE(note->text, QStringLiteral("第一条笔记\n第二行"));
    QCOMPARE(note->pageTitle, QStringLiteral("标题"));
    QCOMPARE(note->url, pageurl::article(QStringLiteral("a"))); // without the fragment
    QCOMPARE(note->created, note->updated);
    const QDateTime created = note->created;
    QCOMPARE(store.notes().note(pageurl::article(QStringLiteral("a"), {}, 9))->text, note->text);

    QVERIFY(store.notes().set(u, QStringLiteral("改过")));
    note = store.notes().note(u);
    QCOMPARE(note->text, QStringLiteral("改过"));
    QCOMPARE(note->pageTitle, QStringLiteral("标题")); // no new title given: the old stays
    QCOMPARE(note->created, created);
    QVERIFY(note->updated >= created);
    QCOMPARE(changed.count(), 2);

    QVERIFY(store.notes().set(v, QStringLiteral("另一个"), QStringLiteral("问题七")));
    QCOMPARE(store.notes().all().size(), 2);
    QCOMPARE(store.notes().all().at(0).url, v); // most recently updated first
    QCOMPARE(store.notes().all().at(0).packId, QStringLiteral("p2"));
    QCOMPARE(store.notes().all().at(1).url, pageurl::article(QStringLiteral("a")));
    QVERIFY(store.notes().set(u, QStringLiteral("再改"), QStringLiteral("新标题")));
    QCOMPARE(store.notes().all().at(0).url, pageurl::article(QStringLiteral("a")));
    QCOMPARE(store.notes().all().at(0).pageTitle, QStringLiteral("新标题"));
    QCOMPARE(changed.count(), 4);

    // The same text again changes nothing.
    const QDateTime updated = store.notes().note(u)->updated;
    QVERIFY(store.notes().set(u, QStringLiteral("再改")));
    QCOMPARE(store.notes().note(u)->updated, updated);
    QCOMPARE(changed.count(), 4);

    // Empty text removes the note.
    QVERIFY(store.notes().set(u, QStringLiteral("  \n\t ")));
    QVERIFY(!store.notes().note(u));
    QCOMPARE(store.notes().all().size(), 1);
    QCOMPARE(changed.count(), 5);
    QVERIFY(store.notes().set(u, QString())); // nothing to remove
    QCOMPARE(changed.count(), 5);
    QVERIFY(!store.notes().note(pageurl::question(8)));
}

QINGNANG_USERDATA_TEST_MAIN(TestNotes)

#include "tst_notes.moc"
