// SPDX-License-Identifier: MIT
// The builder on content sources: the valid fixture builds, and each kind of
// malformed source gives one error that names the file, leaving nothing behind.
#include "pack/contentsource.h"
#include "pack/pack.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

class TestContentSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void buildsTheMinimalFixture();
    void malformedSources_data();
    void malformedSources();
    void failedBuildKeepsTheOldPack();
    void questionIdsAreAddresses();
    void articleMarkdown_data();
    void articleMarkdown();

private:
    QString content() const { return m_dir->filePath(QStringLiteral("content")); }
    QString outputDir() const { return m_dir->filePath(QStringLiteral("out")); }
    QString output() const { return m_dir->filePath(QStringLiteral("out/test.qnpack")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestContentSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(test::copyTree(test::fixturesDir() + QStringLiteral("/content-minimal"), content()));
    QVERIFY(QDir().mkpath(outputDir()));
}

void TestContentSource::buildsTheMinimalFixture()
{
    QString error;
    QVERIFY2(buildPackFromContent(content(), output(), &error), qPrintable(error));
    QCOMPARE(test::filesIn(outputDir()), QStringList{QStringLiteral("test.qnpack")});

    const PackOpenResult opened = Pack::open(output());
    QVERIFY2(opened.pack, qPrintable(opened.error));
    const PackInfo &info = opened.pack->info();
    QCOMPARE(info.packId, QStringLiteral("test-minimal"));
    QCOMPARE(info.title, QStringLiteral("测试内容包"));
    QCOMPARE(info.contentDate, QStringLiteral("2026-01-01"));
    QCOMPARE(info.disclaimer, QStringLiteral("测试免责声明：仅供测试。"));
    QCOMPARE(info.counts.topics, 3);
    QCOMPARE(info.counts.topicsWithContent, 2);
    QCOMPARE(info.counts.articles, 1);
    QCOMPARE(info.counts.sections, 3);
    QCOMPARE(info.counts.questions, 3);
    QCOMPARE(info.counts.answers, 4);

    const auto topic = opened.pack->topicBySlug(QStringLiteral("sub"));
    QVERIFY(topic);
    QCOMPARE(topic->aliases, QStringList{QStringLiteral("别名一")});
    const auto article = opened.pack->articleBySlug(QStringLiteral("sub-intro"));
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("测试文章"));
    QCOMPARE(article->updated, QStringLiteral("2026-01-02"));
    QCOMPARE(article->source, QStringLiteral("测试")); // the pack's source by default
    QCOMPARE(article->sections.size(), 3);
    QCOMPARE(article->sections.at(0).heading, QString());
    QCOMPARE(article->sections.at(1).heading, QStringLiteral("第一节"));
    QCOMPARE(article->sections.at(2).heading, QStringLiteral("何时就医"));
}

void TestContentSource::malformedSources_data()
{
    QTest::addColumn<QString>("file");      // written relative to the content directory
    QTest::addColumn<QByteArray>("bytes");  // its new content; empty: the file is removed
    QTest::addColumn<QString>("blamed");    // the file the error must name
    QTest::addColumn<QString>("complaint"); // and what it must say

    const QString sub = QStringLiteral("topics/sub.json");
    QTest::newRow("invalid JSON") << sub << QByteArray("{\n  \"slug\": \"sub\",\n  \"title\": }\n")
                                  << sub << QStringLiteral("line 3, column");
    QTest::newRow("not an object")
        << sub << QByteArray("[1, 2]") << sub << QStringLiteral("expected a JSON object");
    QTest::newRow("invalid UTF-8") << sub << QByteArray("{\"slug\": \"s\xff\xfe\"}") << sub
                                   << QStringLiteral("is not valid UTF-8");
    QTest::newRow("missing title")
        << sub << QByteArray(R"({"slug": "sub"})") << sub << QStringLiteral("\"title\" is missing");
    QTest::newRow("empty title") << sub << QByteArray(R"({"slug": "sub", "title": "  "})") << sub
                                 << QStringLiteral("\"title\" is empty");
    QTest::newRow("title not a string") << sub << QByteArray(R"({"slug": "sub", "title": 3})")
                                        << sub << QStringLiteral("\"title\" must be a string");
    QTest::newRow("unknown key") << sub
                                 << QByteArray(R"({"slug": "sub", "title": "t", "summery": "x"})")
                                 << sub << QStringLiteral("unknown key \"summery\"");
    QTest::newRow("position not whole")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "position": 1.5})") << sub
        << QStringLiteral("\"position\" must be a whole number");
    QTest::newRow("aliases not strings")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "aliases": ["a", 2]})") << sub
        << QStringLiteral("\"aliases\" must be an array of non-empty strings");
    QTest::newRow("questions not an array")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "questions": {}})") << sub
        << QStringLiteral("\"questions\" must be an array");
    QTest::newRow("question without title")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "questions": [{"body": "b"}]})")
        << sub << QStringLiteral("questions[0]: \"title\" is missing");
    QTest::newRow("empty answer")
        << sub
        << QByteArray(
               R"({"slug": "sub", "title": "t", "questions": [{"title": "q", "answers": [{"body": ""}]}]})")
        << sub << QStringLiteral("questions[0].answers[0]: \"body\" is empty");
    QTest::newRow("unknown parent")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "parent": "nowhere"})") << sub
        << QStringLiteral("parent \"nowhere\" is not a topic of this content");
    QTest::newRow("unknown related")
        << sub
        << QByteArray(R"({"slug": "sub", "title": "t", "parent": "dept", "related": ["ghost"]})")
        << sub << QStringLiteral("related topic \"ghost\" is not a topic of this content");
    QTest::newRow("related to itself")
        << sub
        << QByteArray(R"({"slug": "sub", "title": "t", "parent": "dept", "related": ["sub"]})")
        << sub << QStringLiteral("a topic cannot be related to itself");
    QTest::newRow("duplicate slug")
        << QStringLiteral("topics/zzz.json") << QByteArray(R"({"slug": "sub", "title": "again"})")
        << QStringLiteral("topics/zzz.json") << QStringLiteral("slug \"sub\" is already used by");
    QTest::newRow("cycle of parents")
        << QStringLiteral("topics/dept.json")
        << QByteArray(R"({"slug": "dept", "title": "d", "parent": "other"})")
        << QStringLiteral("topics/dept.json") << QStringLiteral("is its own ancestor");
    QTest::newRow("missing article file")
        << sub << QByteArray(R"({"slug": "sub", "title": "t", "articles": [{"slug": "gone"}]})")
        << QStringLiteral("articles/gone.md") << QStringLiteral("no such file");
    QTest::newRow("article listed twice")
        << QStringLiteral("topics/other.json")
        << QByteArray(R"({"slug": "other", "title": "o", "articles": [{"slug": "sub-intro"}]})")
        << QStringLiteral("topics/sub.json")
        << QStringLiteral("article \"sub-intro\" is already listed");
    QTest::newRow("article without title")
        << QStringLiteral("articles/sub-intro.md") << QByteArray("正文没有标题。\n")
        << QStringLiteral("articles/sub-intro.md")
        << QStringLiteral("line 1: an article starts with its title");
    QTest::newRow("article with a third-level heading")
        << QStringLiteral("articles/sub-intro.md") << QByteArray("# 标题\n\n正文\n\n### 小节\n")
        << QStringLiteral("articles/sub-intro.md") << QStringLiteral("line 5: only");
    QTest::newRow("article with an empty section")
        << QStringLiteral("articles/sub-intro.md")
        << QByteArray("# 标题\n\n## 空的\n\n## 有字\n\n字\n")
        << QStringLiteral("articles/sub-intro.md")
        << QStringLiteral("section \"空的\" has no text");
    QTest::newRow("empty article file")
        << QStringLiteral("articles/sub-intro.md") << QByteArray("\n\n")
        << QStringLiteral("articles/sub-intro.md") << QStringLiteral("the file is empty");
    QTest::newRow("article no topic lists")
        << QStringLiteral("articles/orphan.md") << QByteArray("# 孤儿\n\n正文\n")
        << QStringLiteral("articles/orphan.md") << QStringLiteral("is not listed by any topic");
    QTest::newRow("pack.json missing")
        << QStringLiteral("pack.json") << QByteArray() << QStringLiteral("pack.json")
        << QStringLiteral("no such file");
    QTest::newRow("pack.json of a newer format")
        << QStringLiteral("pack.json")
        << QByteArray(
               R"({"format": 2, "id": "x", "title": "t", "content_date": "d", "disclaimer": "d"})")
        << QStringLiteral("pack.json") << QStringLiteral("\"format\" is 2");
    QTest::newRow("pack.json without disclaimer")
        << QStringLiteral("pack.json")
        << QByteArray(R"({"id": "x", "title": "t", "content_date": "2026"})")
        << QStringLiteral("pack.json") << QStringLiteral("\"disclaimer\" is missing");
}

void TestContentSource::malformedSources()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, blamed);
    QFETCH(QString, complaint);

    const QString path = QDir(content()).filePath(file);
    if (bytes.isEmpty()) {
        QVERIFY(QFile::remove(path));
    } else {
        QVERIFY(test::writeFile(path, bytes));
    }
    QString error;
    QVERIFY(!buildPackFromContent(content(), output(), &error));
    const QString expectedFile = QDir::toNativeSeparators(QDir(content()).filePath(blamed));
    QVERIFY2(error.startsWith(expectedFile + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(complaint), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), "one line");
    QCOMPARE(test::filesIn(outputDir()), QStringList()); // nothing written, nothing left over
}

// A question that gives its id keeps it as its address (qingnang:/question/<id>)
// whatever comes before it; one that gives none comes after every given id;
// two questions with one id are refused.
void TestContentSource::questionIdsAreAddresses()
{
    const QString sub = QDir(content()).filePath(QStringLiteral("topics/sub.json"));
    QString json = QString::fromUtf8(test::readFile(sub));
    json.replace(QStringLiteral("{\"title\": \"第二个问题？\""),
                 QStringLiteral("{\"id\": 40, \"title\": \"第二个问题？\""));
    QVERIFY(test::writeFile(sub, json.toUtf8()));
    QString error;
    QVERIFY2(buildPackFromContent(content(), output(), &error), qPrintable(error));
    {
        const PackOpenResult opened = Pack::open(output());
        QVERIFY(opened.pack);
        const auto given = opened.pack->question(40);
        QVERIFY(given);
        QCOMPARE(given->title, QStringLiteral("第二个问题？"));
        QVERIFY(!opened.pack->question(1)); // the others come after 40
        const auto first = opened.pack->question(41);
        QVERIFY(first);
        QCOMPARE(first->title, QStringLiteral("第一个问题？"));
    }
    json.replace(QStringLiteral("{\"title\": \"第一个问题？\""),
                 QStringLiteral("{\"id\": 40, \"title\": \"第一个问题？\""));
    QVERIFY(test::writeFile(sub, json.toUtf8()));
    QVERIFY(!buildPackFromContent(content(), output() + QStringLiteral(".2"), &error));
    QVERIFY2(error.contains(QStringLiteral("question id 40 is already used")), qPrintable(error));
}

void TestContentSource::failedBuildKeepsTheOldPack()
{
    QVERIFY(test::buildPack(content(), output()));
    QFile built(output());
    QVERIFY(built.open(QIODevice::ReadOnly));
    const QByteArray before = built.readAll();
    built.close();

    QVERIFY(test::writeFile(QDir(content()).filePath(QStringLiteral("topics/sub.json")), "{"));
    QString error;
    QVERIFY(!buildPackFromContent(content(), output(), &error));
    QVERIFY(built.open(QIODevice::ReadOnly));
    QCOMPARE(built.readAll(), before);
    QCOMPARE(test::filesIn(outputDir()), QStringList{QStringLiteral("test.qnpack")});
}

void TestContentSource::articleMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("headings");

    QTest::newRow("intro and sections")
        << QStringLiteral("# 标题\n\n引言\n\n## 甲\n\n一\n\n## 乙\n\n二\n")
        << QStringLiteral("标题")
        << QStringList{QString(), QStringLiteral("甲"), QStringLiteral("乙")};
    QTest::newRow("no intro") << QStringLiteral("\n# 标题\n## 甲\n一\n") << QStringLiteral("标题")
                              << QStringList{QStringLiteral("甲")};
    QTest::newRow("windows line ends")
        << QStringLiteral("# 标题\r\n\r\n## 甲\r\n一\r\n") << QStringLiteral("标题")
        << QStringList{QStringLiteral("甲")};
    QTest::newRow("only an intro")
        << QStringLiteral("# 标题\n\n正文\n") << QStringLiteral("标题") << QStringList{QString()};
}

void TestContentSource::articleMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QStringList, headings);

    QString parsedTitle;
    QList<Section> sections;
    QString error;
    QVERIFY2(parseArticleMarkdown(text, &parsedTitle, &sections, &error), qPrintable(error));
    QCOMPARE(parsedTitle, title);
    QStringList parsedHeadings;
    for (const Section &section : sections) {
        parsedHeadings.append(section.heading);
        QVERIFY(!section.body.isEmpty());
        QCOMPARE(section.position, parsedHeadings.size());
    }
    QCOMPARE(parsedHeadings, headings);
}

QTEST_GUILESS_MAIN(TestContentSource)
#include "tst_contentsource.moc"
