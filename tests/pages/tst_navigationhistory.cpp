// SPDX-License-Identifier: MIT
#include "pages/navigationhistory.h"

#include <QTest>

using namespace qingnang;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backAndForward();
    void visitingDropsTheForwardPages();
    void scrollIsRemembered();
    void sameUrlIsNotAStep();
    void boundedLength();
};

namespace {
QUrl page(int n)
{
    return QUrl(QStringLiteral("qingnang:/question/%1").arg(n));
}
} // namespace

void TestNavigationHistory::backAndForward()
{
    NavigationHistory history;
    QVERIFY(history.isEmpty());
    QVERIFY(!history.canGoBack());
    history.visit(page(1), QStringLiteral("一"));
    history.visit(page(2), QStringLiteral("二"));
    history.visit(page(3), QStringLiteral("三"));
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.go(-1).url, page(2));
    QCOMPARE(history.go(-1).url, page(1));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.go(-1).url, page(1)); // bounded
    QCOMPARE(history.go(2).url, page(3));
    QCOMPARE(history.backEntries().size(), 2);
    QCOMPARE(history.backEntries().first().title, QStringLiteral("二"));
}

void TestNavigationHistory::visitingDropsTheForwardPages()
{
    NavigationHistory history;
    history.visit(page(1), {});
    history.visit(page(2), {});
    history.visit(page(3), {});
    history.go(-2);
    QCOMPARE(history.forwardEntries().size(), 2);
    history.visit(page(4), {});
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.go(-1).url, page(1));
}

void TestNavigationHistory::scrollIsRemembered()
{
    NavigationHistory history;
    history.visit(page(1), {});
    history.setCurrentScroll(420);
    history.visit(page(2), {});
    QCOMPARE(history.current().scroll, 0);
    QCOMPARE(history.go(-1).scroll, 420);
}

void TestNavigationHistory::sameUrlIsNotAStep()
{
    NavigationHistory history;
    history.visit(page(1), QStringLiteral("旧"));
    history.visit(page(1), QStringLiteral("新"));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.current().title, QStringLiteral("新"));
}

void TestNavigationHistory::boundedLength()
{
    NavigationHistory history;
    for (int i = 0; i < NavigationHistory::maxEntries + 50; ++i) {
        history.visit(page(i + 1), {});
    }
    QCOMPARE(history.backEntries().size(), NavigationHistory::maxEntries - 1);
    QCOMPARE(history.backEntries().last().url, page(51));
}

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
