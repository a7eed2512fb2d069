// SPDX-License-Identifier: MIT
#include "pack/pack.h"
#include "testsupport.h"
#include "text/charmaps.h"
#include "text/ftstokenizer.h"
#include "text/tokenizer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace qingnang;

Q_DECLARE_METATYPE(qingnang::Tokenizer::Mode)

namespace {

// "token@position" for each token, colocated ones sharing a position.
QStringList describe(Tokenizer::Mode mode, const QString &text)
{
    QStringList result;
    for (const Tokenizer::Token &token : Tokenizer::tokens(mode, text)) {
        QString shown = token.text;
        shown.replace(QChar(0xE000), QStringLiteral("py:"));
        shown.replace(QChar(0xE001), QStringLiteral("pi:"));
        result.append(QStringLiteral("%1@%2").arg(shown).arg(token.position));
    }
    return result;
}

// A list from space-separated words (the sources are UTF-8).
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void folding_data();
    void folding();
    void offsetsPointIntoTheInput();
    void hostileInput();
    void ftsMatchesOnTheBundledPack_data();
    void ftsMatchesOnTheBundledPack();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<Tokenizer::Mode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    using M = Tokenizer::Mode;

    QTest::newRow("empty") << M::Body << QString() << QStringList();
    QTest::newRow("one Han character") << M::Body << QStringLiteral("面") << words("面@0");
    QTest::newRow("two") << M::Body << QStringLiteral("面瘫") << words("面瘫@0 瘫@1");
    QTest::newRow("four") << M::Body << QStringLiteral("面肌痉挛")
                          << words("面肌@0 肌痉@1 痉挛@2 挛@3");
    QTest::newRow("punctuation separates runs")
        << M::Body << QStringLiteral("面瘫，耳鸣。") << words("面瘫@0 瘫@1 耳鸣@2 鸣@3");
    QTest::newRow("Latin and digits inside Chinese")
        << M::Body << QStringLiteral("维生素B12缺乏")
        << words("维生@0 生素@1 素@2 b12@3 b@3 12@3 缺乏@4 乏@5");
    QTest::newRow("age") << M::Body << QStringLiteral("3岁宝宝") << words("3@0 岁宝@1 宝宝@2 宝@3");
    QTest::newRow("query mode: bigrams only")
        << M::Query << QStringLiteral("面肌痉挛") << words("面肌@0 肌痉@1 痉挛@2");
    QTest::newRow("query mode: one character") << M::Query << QStringLiteral("面") << words("面@0");
    QTest::newRow("query mode keeps mixed runs whole")
        << M::Query << QStringLiteral("B12") << words("b12@0");
    QTest::newRow("upper case and full width")
        << M::Body << QStringLiteral("ＨＦＳ和HFS") << words("hfs@0 和@1 hfs@2");
    QTest::newRow("traditional") << M::Body << QStringLiteral("麵肌痙攣")
                                 << words("面肌@0 肌痉@1 痉挛@2 挛@3");
    QTest::newRow("title adds characters and pinyin")
        << M::Title << QStringLiteral("面瘫")
        << words("面瘫@0 面@0 py:mian@0 pi:m@0 瘫@1 py:tan@1 pi:t@1");
    QTest::newRow("query passes pinyin tokens through")
        << M::Query << QStringLiteral("\uE000mian \uE000ji \uE001j")
        << words("py:mian@0 py:ji@1 pi:j@2");
    QTest::newRow("private use in text is not a token")
        << M::Body << QStringLiteral("\uE000mian") << words("mian@0");
    QTest::newRow("emoji separate")
        << M::Body << QStringLiteral("头痛😀怎么办") << words("头痛@0 痛@1 怎么@2 么办@3 办@4");
    QTest::newRow("circled number folds") << M::Body << QStringLiteral("①") << words("1@0");
    QTest::newRow("FTS syntax is only text")
        << M::Body << QStringLiteral("\"a\" AND (b* OR -c:d) NEAR^")
        << words("a@0 and@1 b@2 or@3 c@4 d@5 near@6");
    QTest::newRow("a link to a topic: its text only")
        << M::Body << QStringLiteral("见[胃炎](topic:chronic-gastritis)。")
        << words("见@0 胃炎@1 炎@2");
    QTest::newRow("a link to an article: its text only")
        << M::Body << QStringLiteral("见[胃炎](article:a12)。") << words("见@0 胃炎@1 炎@2");
    QTest::newRow("what only looks like a link stays text")
        << M::Body << QStringLiteral("[a](topic:B)") << words("a@0 topic@1 b@2");
}

void TestTokenizer::tokens()
{
    QFETCH(Tokenizer::Mode, mode);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(mode, text), expected);
}

void TestTokenizer::folding_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("traditional 麵") << QStringLiteral("麵") << QStringLiteral("面");
    QTest::newRow("traditional 醫") << QStringLiteral("醫") << QStringLiteral("医");
    QTest::newRow("full-width A") << QStringLiteral("Ａ") << QStringLiteral("a");
    QTest::newRow("full-width 5") << QStringLiteral("５") << QStringLiteral("5");
    QTest::newRow("compatibility ideograph") << QStringLiteral("\uF900") << QStringLiteral("岂");
    QTest::newRow("simplified stays") << QStringLiteral("面") << QStringLiteral("面");
}

void TestTokenizer::folding()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    char32_t out[18];
    const int count = charmaps::fold(from.toUcs4().first(), out);
    QCOMPARE(count, 1);
    QCOMPARE(QString::fromUcs4(out, count), to);
}

void TestTokenizer::offsetsPointIntoTheInput()
{
    const QString text = QStringLiteral("请问：面肌痉挛（HFS）怎么办？");
    const QByteArray utf8 = text.toUtf8();
    for (const Tokenizer::Token &token : Tokenizer::tokens(Tokenizer::Mode::Title, text)) {
        QVERIFY(token.start >= 0 && token.start < token.end && token.end <= utf8.size());
        const QString covered = QString::fromUtf8(utf8.mid(token.start, token.end - token.start));
        if (!token.text.startsWith(QChar(0xE000)) && !token.text.startsWith(QChar(0xE001))) {
            QCOMPARE(covered.toLower(), token.text);
        }
    }
}

void TestTokenizer::hostileInput()
{
    // Invalid UTF-8, lone surrogates' bytes, NULs, a truncated sequence, huge runs: no crash,
    // offsets always inside the input.
    QList<QByteArray> inputs = {
        QByteArray("\xff\xfe\x80\xc0\xaf", 5),
        QByteArray("\xed\xa0\x80", 3),
        QByteArray("a\0b", 3),
        QByteArray("\xe9\x9d", 2),
        QByteArray(100000, 'x'),
        QString(20000, QChar(0x9762)).toUtf8(),
    };
    for (const QByteArray &input : inputs) {
        struct Bounds
        {
            int size;
            bool ok = true;
        } bounds{int(input.size())};
        Tokenizer::tokenize(Tokenizer::Mode::Title, input.constData(), int(input.size()), &bounds,
                            [](void *context, int, const char *, int size, int start, int end) {
                                auto *b = static_cast<Bounds *>(context);
                                b->ok = b->ok && size > 0 && size <= Tokenizer::maxTokenBytes &&
                                        start >= 0 && start < end && end <= b->size;
                                return 0;
                            });
        QVERIFY(bounds.ok);
    }
}

void TestTokenizer::ftsMatchesOnTheBundledPack_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("expected"); // text that some matching row contains

    const auto row = [](const char *name, const char *table, const QString &match,
                        const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(table) << match << QString::fromUtf8(expected);
    };
    row("two-character word in prose", "search_passage", QStringLiteral("\"面瘫\""), "面瘫");
    row("words of a four-character term", "search_passage", QStringLiteral("\"面肌\" AND \"痉挛\""),
        "面肌痉挛");
    row("traditional query", "search_passage", QStringLiteral("\"麵肌\" AND \"痙攣\""), "面肌痉挛");
    row("four-character phrase in titles", "search_title", QStringLiteral("\"面肌痉挛\""),
        "面肌痉挛");
    row("single character prefix", "search_passage", QStringLiteral("\"癫\"*"), "癫");
    row("latin in Chinese", "search_passage", QStringLiteral("\"b12\""), "B12");
    row("title pinyin", "search_title",
        QStringLiteral("\"\uE000mian \uE000ji \uE000jing \uE000luan\""), "面肌痉挛");
    row("title initials", "search_title", QStringLiteral("\"\uE001m \uE001j \uE001j \uE001l\""),
        "面肌痉挛");
    row("title single character", "search_title", QStringLiteral("\"癫\""), "癫");
}

void TestTokenizer::ftsMatchesOnTheBundledPack()
{
    QFETCH(QString, table);
    QFETCH(QString, match);
    QFETCH(QString, expected);
    const auto pack = Pack::open(test::bundledPack()).pack;
    QVERIFY(pack);
    // The pack's own connection carries the tokenizer; query the index through it.
    QSqlDatabase db = QSqlDatabase::database(
        QSqlDatabase::connectionNames().filter(QStringLiteral("qingnang-pack")).first());
    QSqlQuery query(db);
    const QString column =
        table == QLatin1String("search_title") ? QStringLiteral("text") : QStringLiteral("body");
    QVERIFY2(query.prepare(
                 QStringLiteral("SELECT %1 FROM %2 WHERE %2 MATCH ? LIMIT 50").arg(column, table)),
             qPrintable(query.lastError().text()));
    query.addBindValue(match);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    bool found = false;
    int rows = 0;
    while (query.next()) {
        ++rows;
        found = found || query.value(0).toString().contains(expected, Qt::CaseInsensitive);
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 rows, none with %2").arg(rows).arg(expected)));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
