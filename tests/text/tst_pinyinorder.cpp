// SPDX-License-Identifier: MIT
// The pinyin order the A–Z index and the topic tree list titles in.
#include "text/pinyinorder.h"

#include <QTest>

#include <algorithm>

using namespace qingnang;

class TestPinyinOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data();
    void keys();
    void order();
};

void TestPinyinOrder::keys_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QChar>("letter");
    QTest::newRow("han") << QStringLiteral("头痛") << QStringLiteral("toutong") << QChar(u'T');
    QTest::newRow("traditional") << QStringLiteral("頭痛") << QStringLiteral("toutong")
                                 << QChar(u'T');
    QTest::newRow("latin first") << QStringLiteral("HPV感染") << QStringLiteral("hpvganran")
                                 << QChar(u'H');
    QTest::newRow("full width") << QStringLiteral("ＣＴ检查") << QStringLiteral("ctjiancha")
                                << QChar(u'C');
    QTest::newRow("punctuation skipped")
        << QStringLiteral("《伤寒论》") << QStringLiteral("shanghanlun") << QChar(u'S');
    QTest::newRow("digits") << QStringLiteral("2型糖尿病") << QStringLiteral("2xingtangniaobing")
                            << QChar(u'#');
    QTest::newRow("nothing") << QStringLiteral("……") << QString() << QChar(u'#');
}

void TestPinyinOrder::keys()
{
    QFETCH(QString, title);
    QFETCH(QString, pinyin);
    QFETCH(QChar, letter);
    const PinyinKey key = PinyinKey::of(title);
    QCOMPARE(key.pinyin, pinyin);
    QCOMPARE(key.letter, letter);
}

void TestPinyinOrder::order()
{
    QStringList titles{QStringLiteral("2型糖尿病"), QStringLiteral("中暑"),
                       QStringLiteral("哮喘"),      QStringLiteral("白内障"),
                       QStringLiteral("HPV疫苗"),   QStringLiteral("头痛"),
                       QStringLiteral("头晕"),      QStringLiteral("本草纲目")};
    const PinyinOrder order;
    std::sort(titles.begin(), titles.end(), [&](const QString &a, const QString &b) {
        return order.less(PinyinKey::of(a), a, PinyinKey::of(b), b);
    });
    // By letter, '#' last; within a letter by pinyin (baineizhang < bencao...,
    // touteng < toutong... : toutong 头痛 < touyun 头晕).
    const QStringList expected{QStringLiteral("白内障"),  QStringLiteral("本草纲目"),
                               QStringLiteral("HPV疫苗"), QStringLiteral("头痛"),
                               QStringLiteral("头晕"),    QStringLiteral("哮喘"),
                               QStringLiteral("中暑"),    QStringLiteral("2型糖尿病")};
    QCOMPARE(titles, expected);
    // Equal pinyin falls back to the characters, so the order is total.
    const QString a = QStringLiteral("事"), b = QStringLiteral("是");
    QCOMPARE(PinyinKey::of(a).pinyin, PinyinKey::of(b).pinyin);
    QVERIFY(order.less(PinyinKey::of(a), a, PinyinKey::of(b), b) !=
            order.less(PinyinKey::of(b), b, PinyinKey::of(a), a));
}

QTEST_GUILESS_MAIN(TestPinyinOrder)
#include "tst_pinyinorder.moc"
