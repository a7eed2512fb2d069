// SPDX-License-Identifier: MIT
// What a typed query becomes: its folded text, its index terms with their
// weights, groups and synonym variants, its words, and its pinyin readings;
// and the FTS5 expressions written from it, whatever was typed.
#include "search/queryplan.h"
#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QTest>

using namespace qingnang;

namespace {

QStringList termTexts(const QueryPlan &plan)
{
    QStringList texts;
    for (const QueryTerm &term : plan.terms) {
        texts.append(term.text);
    }
    return texts;
}

const QueryTerm *findTerm(const QueryPlan &plan, const QString &text)
{
    for (const QueryTerm &term : plan.terms) {
        if (term.text == text) {
            return &term;
        }
    }
    return nullptr;
}

// A list from space-separated words (the sources are UTF-8).
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Code points, not UTF-16 units.
qsizetype length(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

class TestQueryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleCharacter();
    void twoCharacterWordWithSynonyms();
    void fourCharacterTermIsItsBigrams();
    void stopWords_data();
    void stopWords();
    void onlyStopWordsStillMakeAPlan();
    void foldingMakesTheSamePlan_data();
    void foldingMakesTheSamePlan();
    void latinAndDigitsInsideChinese();
    void pinyin_data();
    void pinyin();
    void pinyinExpression();
    void emptyPlans_data();
    void emptyPlans();
    void expressionsQuoteEverything_data();
    void expressionsQuoteEverything();
    void longQueriesAreBounded();
    void ftsQuoteDoublesQuotes();
};

void TestQueryPlan::singleCharacter()
{
    const QueryPlan plan = QueryPlan::build(QStringLiteral("面"));
    QCOMPARE(plan.folded, QStringLiteral("面"));
    QCOMPARE(plan.compact, QStringLiteral("面"));
    QCOMPARE(plan.words, QStringList{QStringLiteral("面")});
    QCOMPARE(plan.terms.size(), 1);
    QCOMPARE(plan.terms.first().text, QStringLiteral("面"));
    QCOMPARE(plan.terms.first().weight, 1.0);
    QVERIFY(!plan.terms.first().stop);
    QCOMPARE(plan.terms.first().variant, 0);
    QVERIFY(plan.pinyinSyllables.isEmpty());
    QVERIFY(plan.pinyinInitials.isEmpty());
    // The index has single characters only as the first character of bigrams
    // (and as themselves in titles): asked as a prefix where prefixes are wanted.
    QCOMPARE(plan.anyTermExpression(true), QStringLiteral("\"面\"*"));
    QCOMPARE(plan.anyTermExpression(false), QStringLiteral("\"面\""));
    QCOMPARE(plan.phraseExpression(), QStringLiteral("\"面\"*"));
    QVERIFY(plan.pinyinExpression().isEmpty());
}

void TestQueryPlan::twoCharacterWordWithSynonyms()
{
    // 面瘫 is one token; its synonyms 面神经炎 and 面神经麻痹 are further
    // variants of its group, as their own bigrams.
    const QueryPlan plan = QueryPlan::build(QStringLiteral("面瘫"));
    QCOMPARE(plan.words, QStringList{QStringLiteral("面瘫")});
    QVERIFY(!plan.terms.isEmpty());
    QCOMPARE(plan.terms.first().text, QStringLiteral("面瘫"));
    QCOMPARE(plan.terms.first().variant, 0);
    QCOMPARE(plan.terms.first().weight, 1.0);
    const int group = plan.terms.first().group;
    for (const char *synonymBigram : {"面神", "神经", "经炎", "麻痹"}) {
        const QueryTerm *term = findTerm(plan, QString::fromUtf8(synonymBigram));
        QVERIFY2(term, synonymBigram);
        QCOMPARE(term->group, group);
        QVERIFY(term->variant > 0);
        QVERIFY(!term->stop);
    }
    // The word as typed is the only variant-0 term.
    int typed = 0;
    for (const QueryTerm &term : plan.terms) {
        typed += term.variant == 0 ? 1 : 0;
    }
    QCOMPARE(typed, 1);
}

void TestQueryPlan::fourCharacterTermIsItsBigrams()
{
    const QueryPlan plan = QueryPlan::build(QStringLiteral("面肌痉挛"));
    QCOMPARE(plan.compact, QStringLiteral("面肌痉挛"));
    QCOMPARE(plan.words.join(QString()), QStringLiteral("面肌痉挛"));
    // Every bigram is asked, in the query's order.
    const QStringList texts = termTexts(plan);
    for (const char *bigram : {"面肌", "肌痉", "痉挛"}) {
        QVERIFY2(texts.contains(QString::fromUtf8(bigram)), qPrintable(texts.join(u' ')));
    }
    QVERIFY(texts.indexOf(QStringLiteral("面肌")) < texts.indexOf(QStringLiteral("肌痉")));
    QVERIFY(texts.indexOf(QStringLiteral("肌痉")) < texts.indexOf(QStringLiteral("痉挛")));
    for (const QueryTerm &term : plan.terms) {
        QVERIFY(!term.stop);
        QVERIFY(term.weight > 0);
        QCOMPARE(term.variant, 0);
        QVERIFY(length(term.text) <= 2);
    }
    // The whole as a phrase, for titles that hold it.
    QCOMPARE(plan.phraseExpression(), QStringLiteral("\"面肌痉挛\"*"));
}

void TestQueryPlan::stopWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("stops");   // terms that must be marked stop
    QTest::addColumn<QStringList>("content"); // terms that must not be

    QTest::newRow("怎么办") << QStringLiteral("面肌痉挛怎么办") << words("怎么 么办")
                            << words("痉挛");
    QTest::newRow("什么") << QStringLiteral("面瘫是什么") << words("什么 是什") << words("面瘫");
    QTest::newRow("吗") << QStringLiteral("面瘫吗") << words("瘫吗") << words("面瘫");
    QTest::newRow("请问…有什么…吗") << QStringLiteral("请问面肌痉挛有什么好的治疗方法吗")
                                    << words("请问 什么 法吗") << words("痉挛 治疗 方法");
}

void TestQueryPlan::stopWords()
{
    QFETCH(QString, query);
    QFETCH(QStringList, stops);
    QFETCH(QStringList, content);
    const QueryPlan plan = QueryPlan::build(query);
    double lightestContent = 1e9;
    for (const QString &text : std::as_const(content)) {
        const QueryTerm *term = findTerm(plan, text);
        QVERIFY2(term, qPrintable(text));
        QVERIFY2(!term->stop, qPrintable(text));
        lightestContent = qMin(lightestContent, term->weight);
    }
    for (const QString &text : std::as_const(stops)) {
        const QueryTerm *term = findTerm(plan, text);
        QVERIFY2(term, qPrintable(text));
        QVERIFY2(term->stop, qPrintable(text));
        // Question words say little about what is asked: they weigh less than its words.
        QVERIFY2(term->weight < lightestContent, qPrintable(text));
    }
    // A lone question word that is one character is not a term of its own.
    QVERIFY(!findTerm(plan, QStringLiteral("吗")));
}

void TestQueryPlan::onlyStopWordsStillMakeAPlan()
{
    // Never dropped: a query of only such words still finds something.
    for (const char *query : {"什么", "怎么办", "吗"}) {
        const QueryPlan plan = QueryPlan::build(QString::fromUtf8(query));
        QVERIFY2(!plan.isEmpty(), query);
        QVERIFY2(!plan.anyTermExpression(true).isEmpty(), query);
    }
    const QueryPlan what = QueryPlan::build(QStringLiteral("什么"));
    QCOMPARE(termTexts(what), QStringList{QStringLiteral("什么")});
    QVERIFY(what.terms.first().stop);
}

void TestQueryPlan::foldingMakesTheSamePlan_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("plain");
    QTest::newRow("Traditional") << QStringLiteral("麵肌痙攣") << QStringLiteral("面肌痉挛");
    QTest::newRow("Traditional in a question")
        << QStringLiteral("麵癱怎麼辦") << QStringLiteral("面瘫怎么办");
    QTest::newRow("full-width Latin") << QStringLiteral("ＨＦＳ") << QStringLiteral("hfs");
    QTest::newRow("upper case") << QStringLiteral("HFS") << QStringLiteral("hfs");
    QTest::newRow("mixed case") << QStringLiteral("HfS") << QStringLiteral("hfs");
    QTest::newRow("full-width digits") << QStringLiteral("３岁") << QStringLiteral("3岁");
    QTest::newRow("full-width B12")
        << QStringLiteral("维生素Ｂ１２") << QStringLiteral("维生素b12");
    QTest::newRow("punctuation and spaces")
        << QStringLiteral("  面肌痉挛？！") << QStringLiteral("面肌痉挛");
    QTest::newRow("ideographic space")
        << QStringLiteral("面瘫\u3000针灸") << QStringLiteral("面瘫 针灸");
    QTest::newRow("full-width pinyin")
        << QStringLiteral("ｍｉａｎ ｊｉ") << QStringLiteral("mian ji");
}

void TestQueryPlan::foldingMakesTheSamePlan()
{
    QFETCH(QString, typed);
    QFETCH(QString, plain);
    const QueryPlan a = QueryPlan::build(typed);
    const QueryPlan b = QueryPlan::build(plain);
    QCOMPARE(a.compact, b.compact);
    QCOMPARE(termTexts(a), termTexts(b));
    QCOMPARE(a.words, b.words);
    QCOMPARE(a.pinyinSyllables, b.pinyinSyllables);
    QCOMPARE(a.pinyinInitials, b.pinyinInitials);
    QCOMPARE(a.anyTermExpression(true), b.anyTermExpression(true));
    QVERIFY(!a.isEmpty());
}

void TestQueryPlan::latinAndDigitsInsideChinese()
{
    // A letters-and-digits run stays whole (the index has "b12" itself).
    const QueryPlan vitamin = QueryPlan::build(QStringLiteral("维生素B12有用吗"));
    QVERIFY(vitamin.words.contains(QStringLiteral("b12")));
    QVERIFY(findTerm(vitamin, QStringLiteral("b12")));
    QVERIFY(!findTerm(vitamin, QStringLiteral("b")));
    QVERIFY(!findTerm(vitamin, QStringLiteral("12")));
    QVERIFY(findTerm(vitamin, QStringLiteral("维生")));
    QCOMPARE(findTerm(vitamin, QStringLiteral("b12"))->weight, 1.0);
    QVERIFY(vitamin.pinyinSyllables.isEmpty() && vitamin.pinyinInitials.isEmpty());

    // A number is a term of its own, worth a little less than a word.
    const QueryPlan age = QueryPlan::build(QStringLiteral("3岁孩子发烧"));
    const QueryTerm *three = findTerm(age, QStringLiteral("3"));
    QVERIFY(three);
    QVERIFY(three->weight > 0 && three->weight < 1);
    QVERIFY(!three->stop);
    QVERIFY(findTerm(age, QStringLiteral("孩子")));
    QVERIFY(findTerm(age, QStringLiteral("发烧")));
    QVERIFY(age.pinyinSyllables.isEmpty() && age.pinyinInitials.isEmpty());

    const QueryPlan hfs = QueryPlan::build(QStringLiteral("面肌痉挛（HFS）"));
    QVERIFY(findTerm(hfs, QStringLiteral("hfs")));
    QVERIFY(findTerm(hfs, QStringLiteral("痉挛")));
    QCOMPARE(hfs.compact, QStringLiteral("面肌痉挛hfs"));
}

void TestQueryPlan::pinyin_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("syllables");
    QTest::addColumn<QString>("initials");

    QTest::newRow("full pinyin") << QStringLiteral("mianjijingluan") << words("mian ji jing luan")
                                 << QString(); // 14 letters: too long for initials
    QTest::newRow("spaced") << QStringLiteral("mian ji") << words("mian ji")
                            << QStringLiteral("mianji");
    QTest::newRow("capitals") << QStringLiteral("Mian Ji") << words("mian ji")
                              << QStringLiteral("mianji");
    QTest::newRow("initials") << QStringLiteral("mjjl") << QStringList() << QStringLiteral("mjjl");
    QTest::newRow("initials in capitals")
        << QStringLiteral("MJJL") << QStringList() << QStringLiteral("mjjl");
    QTest::newRow("full-width initials")
        << QStringLiteral("ｍｊｊｌ") << QStringList() << QStringLiteral("mjjl");
    QTest::newRow("apostrophe parts syllables")
        << QStringLiteral("mian'ji") << words("mian ji") << QStringLiteral("mianji");
    QTest::newRow("two syllables, ambiguous split")
        << QStringLiteral("zhongguo") << words("zhong guo") << QStringLiteral("zhongguo");
    QTest::newRow("ü as v") << QStringLiteral("lv") << words("lv") << QStringLiteral("lv");
    QTest::newRow("not syllables")
        << QStringLiteral("hfs") << QStringList() << QStringLiteral("hfs");
    QTest::newRow("Chinese is not pinyin") << QStringLiteral("面肌") << QStringList() << QString();
    QTest::newRow("digits are not pinyin")
        << QStringLiteral("mianji2") << QStringList() << QString();
    QTest::newRow("Latin inside Chinese is not pinyin")
        << QStringLiteral("面mian") << QStringList() << QString();
    QTest::newRow("too long for pinyin")
        << QString(61, QLatin1Char('a')) << QStringList() << QString();
}

void TestQueryPlan::pinyin()
{
    QFETCH(QString, query);
    QFETCH(QStringList, syllables);
    QFETCH(QString, initials);
    const QueryPlan plan = QueryPlan::build(query);
    QCOMPARE(plan.pinyinSyllables, syllables);
    QCOMPARE(plan.pinyinInitials, initials);
    QCOMPARE(plan.pinyinExpression().isEmpty(), syllables.isEmpty() && initials.isEmpty());
}

void TestQueryPlan::pinyinExpression()
{
    // Title-index pinyin tokens: a syllable or an initial behind its private-use mark.
    const QString syllable(QChar(ushort(Tokenizer::pinyinSyllableMark)));
    const QString initial(QChar(ushort(Tokenizer::pinyinInitialMark)));
    QCOMPARE(
        QueryPlan::build(QStringLiteral("mian ji")).pinyinExpression(),
        QStringLiteral("\"%1mian %1ji\" OR \"%2m %2i %2a %2n %2j %2i\"").arg(syllable, initial));
    QCOMPARE(QueryPlan::build(QStringLiteral("mjjl")).pinyinExpression(),
             QStringLiteral("\"%1m %1j %1j %1l\"").arg(initial));
    QCOMPARE(QueryPlan::build(QStringLiteral("mianjijingluan")).pinyinExpression(),
             QStringLiteral("\"%1mian %1ji %1jing %1luan\"").arg(syllable));
}

void TestQueryPlan::emptyPlans_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \t\n ");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000\u3000");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("quotes") << QStringLiteral("\"\"");
    QTest::newRow("apostrophe") << QStringLiteral("'");
    QTest::newRow("brackets") << QStringLiteral("()[]{}");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("caret") << QStringLiteral("^");
    QTest::newRow("minus") << QStringLiteral("-");
    QTest::newRow("colon") << QStringLiteral(":");
    QTest::newRow("Chinese punctuation") << QStringLiteral("？！，。、「」");
    QTest::newRow("emoji") << QStringLiteral("😀");
    QTest::newRow("emoji sequence") << QStringLiteral("👨\u200d⚕️");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800));
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00));
    QTest::newRow("NUL") << QString(QChar(0));
    QTest::newRow("control characters") << QStringLiteral("\x01\x07\x1b\x7f");
    QTest::newRow("replacement character") << QStringLiteral("\uFFFD");
}

void TestQueryPlan::emptyPlans()
{
    QFETCH(QString, query);
    const QueryPlan plan = QueryPlan::build(query);
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.terms.isEmpty());
    QVERIFY(plan.compact.isEmpty());
    QVERIFY(plan.anyTermExpression(true).isEmpty());
    QVERIFY(plan.phraseExpression().isEmpty());
    QVERIFY(plan.pinyinExpression().isEmpty());
}

void TestQueryPlan::expressionsQuoteEverything_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustHave"); // terms the plan keeps
    const auto row = [](const char *name, const QString &query, const char *terms) {
        QTest::newRow(name) << query << words(terms);
    };
    row("AND", QStringLiteral("AND"), "and");
    row("OR", QStringLiteral("面 OR"), "面 or");
    row("NOT", QStringLiteral("NOT"), "not");
    row("NEAR", QStringLiteral("NEAR(a b)"), "near a b");
    row("a AND", QStringLiteral("a AND"), "a and");
    row("prefix star", QStringLiteral("面*"), "面");
    row("caret", QStringLiteral("^面"), "面");
    row("minus", QStringLiteral("-面"), "面");
    row("column filter", QStringLiteral("title:面"), "title 面");
    row("open quote", QStringLiteral("\"面肌"), "面肌");
    row("quoted words", QStringLiteral("\"面\" \"肌\""), "面 肌");
    row("SQL", QStringLiteral("'; DROP TABLE topic; --"), "drop table topic");
    row("SQL after a word", QStringLiteral("面肌痉挛\"; DROP TABLE topic; --"), "痉挛 drop");
    row("private-use pinyin marks", QStringLiteral("\uE000mian \uE001m"), "mian m");
    row("combining marks", QStringLiteral("面\u0301肌"), "面 肌");
    row("RTL text", QStringLiteral("\u202e面肌痉挛 שלום"), "痉挛 שלום");
    row("lone surrogate between words", QStringLiteral("面") + QChar(0xD800) + QStringLiteral("肌"),
        "面 肌");
    row("NUL between words", QStringLiteral("面") + QChar(0) + QStringLiteral("肌"), "面 肌");
}

void TestQueryPlan::expressionsQuoteEverything()
{
    QFETCH(QString, query);
    QFETCH(QStringList, mustHave);
    const QueryPlan plan = QueryPlan::build(query);
    const QStringList texts = termTexts(plan);
    for (const QString &term : std::as_const(mustHave)) {
        QVERIFY2(texts.contains(term), qPrintable(texts.join(u' ')));
    }
    // Each term a quoted string (with a prefix star at most), joined by OR: the
    // typed operators, quotes and column names are never FTS5 syntax.
    static const QRegularExpression quotedTerms(
        QStringLiteral("^\"(?:[^\"]|\"\")+\"\\*?(?: OR \"(?:[^\"]|\"\")+\"\\*?)*$"));
    for (const bool prefix : {true, false}) {
        const QString any = plan.anyTermExpression(prefix);
        QVERIFY2(quotedTerms.match(any).hasMatch(), qPrintable(any));
        QCOMPARE(any.count(QStringLiteral(" OR ")), plan.terms.size() - 1);
    }
    static const QRegularExpression quotedPhrase(QStringLiteral("^\"(?:[^\"]|\"\")+\"\\*$"));
    QVERIFY2(quotedPhrase.match(plan.phraseExpression()).hasMatch(),
             qPrintable(plan.phraseExpression()));
    // No term holds a private-use pinyin mark: only the plan's own readings do.
    for (const QString &term : texts) {
        QVERIFY(!term.contains(QChar(ushort(Tokenizer::pinyinSyllableMark))));
        QVERIFY(!term.contains(QChar(ushort(Tokenizer::pinyinInitialMark))));
        QVERIFY(!term.contains(QChar(0)));
        QVERIFY(!term.contains(QLatin1Char('"')));
    }
}

void TestQueryPlan::longQueriesAreBounded()
{
    QString distinct;
    for (int i = 0; i < 2000; ++i) {
        distinct += QChar(0x4E00 + i * 7);
    }
    const QList<QString> queries = {
        QString(10000, QChar(0x9762)),             // 面 × 10,000
        QStringLiteral("面肌痉挛").repeated(2500), // 10,000 Chinese characters
        QString(10000, QLatin1Char('a')),          // one 10,000-letter word
        QStringLiteral("ab ").repeated(3333),      // 3,333 short words
        distinct,                                  // 2,000 distinct Han characters
    };
    for (const QString &query : queries) {
        const QueryPlan plan = QueryPlan::build(query);
        QVERIFY(!plan.isEmpty());
        QVERIFY(plan.terms.size() <= QueryPlan::maxTerms);
        QVERIFY(length(plan.compact) <= QueryPlan::maxQueryLength);
        QVERIFY(length(plan.folded) <= QueryPlan::maxQueryLength);
        for (const QueryTerm &term : plan.terms) {
            QVERIFY(term.text.toUtf8().size() <= Tokenizer::maxTokenBytes);
        }
        QVERIFY(plan.pinyinSyllables.size() <= 60);
    }
    // With too many terms, the weightiest are kept.
    const QueryPlan many = QueryPlan::build(distinct);
    QCOMPARE(many.terms.size(), QueryPlan::maxTerms);
    // The query is read up to its limit: what comes after is ignored.
    const QueryPlan cut = QueryPlan::build(QString(QueryPlan::maxQueryLength, QLatin1Char(' ')) +
                                           QStringLiteral("面肌痉挛"));
    QVERIFY(cut.isEmpty());
}

void TestQueryPlan::ftsQuoteDoublesQuotes()
{
    QCOMPARE(ftsQuote(QStringLiteral("面瘫")), QStringLiteral("\"面瘫\""));
    QCOMPARE(ftsQuote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(ftsQuote(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
    QCOMPARE(ftsQuote(QString()), QStringLiteral("\"\""));
}

QTEST_APPLESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
