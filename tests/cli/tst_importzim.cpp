// SPDX-License-Identifier: MIT
// `qingnang-pack import zim` on real ZIM files, made at test time by Debian's
// zimwriterfs (zim-tools) from the HTML of tests/fixtures/zim/site: the
// articles, their sections and links, a redirect, a traditional-Chinese article
// found by a simplified query, the A–Z tree and the ZIM's metadata; and bad
// input (truncated, corrupted, not a ZIM, empty, no articles, broken HTML, a
// redirect loop), each exiting 2 with one line naming the file and leaving
// nothing at the output path. Skipped, saying why, when zimwriterfs is absent.
#include "clitestsupport.h"

#include "pack/pack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

const char *const noZimwriterfs =
    "zimwriterfs is not installed (Debian package zim-tools, installed by scripts/setup.sh): "
    "the ZIM import tests need it to make their ZIM files";

QString siteDir()
{
    return test::fixturesDir() + QStringLiteral("/zim/site");
}

// Makes a ZIM of the HTML in directory (its main page index.html, its
// illustration favicon.png); true when zimwriterfs succeeded.
bool makeZim(const QString &directory, const QString &zim)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("zimwriterfs"));
    QByteArray out;
    QByteArray err;
    const int status = test::runProgram(
        tool,
        {QStringLiteral("--welcome=index.html"), QStringLiteral("--illustration=favicon.png"),
         QStringLiteral("--language=zho"), QStringLiteral("--title=健康小百科"),
         QStringLiteral("--description=测试用的小百科"), QStringLiteral("--creator=青囊测试"),
         QStringLiteral("--publisher=青囊"), QStringLiteral("--source=https://example.org/wiki"),
         QStringLiteral("--withoutFTIndex"), directory, zim},
        &out, &err, 120000);
    if (status != 0) {
        qWarning().noquote() << "zimwriterfs failed:" << status << QString::fromUtf8(err);
    }
    return status == 0 && QFileInfo::exists(zim);
}

// The first result of `search PACK QUERY --json`.
QJsonObject firstHit(const QString &pack, const QString &query)
{
    const test::Run run =
        test::runPackTool({QStringLiteral("search"), pack, query, QStringLiteral("--json")});
    const QJsonArray results =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("results")).toArray();
    return results.isEmpty() ? QJsonObject() : results.first().toObject();
}

// The slug of an article from its address, qingnang:/article/<slug>#sN.
QString slugOf(const QJsonObject &hit)
{
    return hit.value(QStringLiteral("url"))
        .toString()
        .section(QLatin1Char('/'), -1)
        .section(QLatin1Char('#'), 0, 0);
}

} // namespace

class TestImportZim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsArticles();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_zim;
};

void TestImportZim::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("zimwriterfs")).isEmpty()) {
        return; // each test skips, saying why
    }
    m_zim = m_dir.filePath(QStringLiteral("site.zim"));
    QVERIFY(makeZim(siteDir(), m_zim));
}

void TestImportZim::importsArticles()
{
    if (m_zim.isEmpty()) {
        QSKIP(noZimwriterfs);
    }
    const QString pack = m_dir.filePath(QStringLiteral("site.qnpack"));
    const test::Run run = test::runPackTool(
        {QStringLiteral("import"), QStringLiteral("zim"), m_zim, QStringLiteral("-o"), pack});
    QVERIFY2(run.status == 0, run.err.constData());
    const QString summary = QString::fromUtf8(run.out);
    QVERIFY2(summary.contains(QStringLiteral("articles: 3, redirects kept as other names: 1, "
                                             "links rewritten: 2, images left out: 1")),
             qPrintable(summary));
    // Progress went to stderr, as the other importers' does.
    QVERIFY(run.err.contains("import: "));
    QCOMPARE(test::runPackTool({QStringLiteral("verify"), pack}).status, 0);

    const PackOpenResult opened = Pack::open(pack);
    QVERIFY2(opened.pack, qPrintable(opened.error));
    const Pack &reader = *opened.pack;
    // Metadata from the ZIM's.
    QCOMPARE(reader.info().title, QStringLiteral("健康小百科"));
    QCOMPARE(reader.info().language, QStringLiteral("zh"));
    QVERIFY(reader.info().source.contains(QStringLiteral("青囊测试")));
    QVERIFY(reader.info().source.contains(QStringLiteral("https://example.org/wiki")));
    QVERIFY(reader.info().description.contains(QStringLiteral("图片")));
    QCOMPARE(reader.info().counts.articles, 3);

    // The tree: the ZIM's title > pinyin initial > pinyin of the first character.
    const QList<TopicNode> roots = reader.childTopics(0);
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.first().title, QStringLiteral("健康小百科"));
    QStringList letters;
    for (const TopicNode &letter : reader.childTopics(roots.first().id)) {
        letters.append(letter.title);
    }
    QCOMPARE(letters, (QStringList{QStringLiteral("G"), QStringLiteral("M")}));
    const QList<TopicNode> m = reader.childTopics(reader.childTopics(roots.first().id).at(1).id);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().title, QStringLiteral("mian"));
    QCOMPARE(m.first().articleCount, 2);

    // A traditional-Chinese article, found by simplified queries (title and text).
    const QJsonObject traditional = firstHit(pack, QStringLiteral("面神经炎"));
    QCOMPARE(traditional.value(QStringLiteral("title")).toString(), QStringLiteral("面神經炎"));
    QCOMPARE(traditional.value(QStringLiteral("ref")).toString(),
             QStringLiteral("mianshenjingyan.html"));
    QCOMPARE(firstHit(pack, QStringLiteral("面瘫")).value(QStringLiteral("title")).toString(),
             QStringLiteral("面神經炎"));
    // The redirect is another name of its article.
    const QJsonObject redirected = firstHit(pack, QStringLiteral("面肌抽搐"));
    QCOMPARE(redirected.value(QStringLiteral("ref")).toString(),
             QStringLiteral("mianjijingluan.html"));

    // Sections from the headings; the text without script, style, navigation
    // or images; lists and tables as items; the link to the other article.
    const std::optional<Article> article = reader.articleBySlug(slugOf(redirected));
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("面肌痉挛"));
    QStringList headings;
    QString text;
    for (const Section &section : article->sections) {
        headings.append(section.heading);
        text += section.body + QLatin1Char('\n');
    }
    QCOMPARE(headings, (QStringList{QString(), QStringLiteral("常见原因"),
                                    QStringLiteral("什么时候看医生")}));
    QVERIFY2(text.startsWith(QStringLiteral("又名：面肌抽搐\n\n")), qPrintable(text));
    QVERIFY2(text.contains(
                 QStringLiteral("它与[面神經炎](article:%1)不是一回事").arg(slugOf(traditional))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("血压<140/90")));
    QVERIFY(text.contains(QStringLiteral("- 血管压迫面神经\n- 面神经炎之后的后遗症")));
    QVERIFY(text.contains(QStringLiteral("- 情况 | 建议\n- 抽动持续两周以上 | 去神经内科就诊")));
    QVERIFY(text.contains(QStringLiteral("更多内容见外部网站。")));
    for (const char *dropped : {"不应出现", "tracking", "font-family", "导航", "示意图"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(dropped)), dropped);
    }
    // The link back, with a fragment and "./", leads to the first article.
    const std::optional<Article> other = reader.articleBySlug(slugOf(traditional));
    QVERIFY(other);
    QVERIFY(other->sections.last().body.contains(
        QStringLiteral("[面肌痙攣](article:%1)").arg(article->slug)));
}

void TestImportZim::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // after "FILE: "

    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("a damaged ZIM file");
    QTest::newRow("corrupted") << QStringLiteral("corrupted")
                               << QStringLiteral("a damaged ZIM file (its checksum does not match");
    QTest::newRow("not a ZIM") << QStringLiteral("text") << QStringLiteral("not a ZIM file");
    QTest::newRow("empty") << QStringLiteral("empty")
                           << QStringLiteral("the file is empty, not a ZIM file");
    QTest::newRow("no articles") << QStringLiteral("no-articles")
                                 << QStringLiteral("holds no articles");
    QTest::newRow("broken HTML") << QStringLiteral("broken-html")
                                 << QStringLiteral("entry broken.html: broken HTML (invalid "
                                                   "UTF-8 at byte");
    QTest::newRow("redirect loop") << QStringLiteral("loop") << QStringLiteral("a redirect loop (");
}

void TestImportZim::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (m_zim.isEmpty() && kind != QLatin1String("text") && kind != QLatin1String("empty")) {
        QSKIP(noZimwriterfs);
    }
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString input = work.filePath(kind + QStringLiteral(".zim"));
    const QByteArray good = m_zim.isEmpty() ? QByteArray() : test::readFile(m_zim);
    if (kind == QLatin1String("truncated")) {
        QVERIFY(test::writeFile(input, good.left(good.size() / 2)));
    } else if (kind == QLatin1String("corrupted")) {
        QByteArray bad = good;
        for (qsizetype i = bad.size() / 2; i < bad.size() / 2 + 16; ++i) {
            bad[i] = char(bad.at(i) ^ 0x5A);
        }
        QVERIFY(test::writeFile(input, bad));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(test::writeFile(input, "<html><body>这不是 ZIM 文件</body></html>\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(test::writeFile(input, QByteArray()));
    } else {
        const QString site = work.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(site));
        QVERIFY(QFile::copy(siteDir() + QStringLiteral("/favicon.png"),
                            site + QStringLiteral("/favicon.png")));
        QVERIFY(test::writeFile(site + QStringLiteral("/index.html"),
                                "<html><head><title>首页</title></head><body>首页</body></html>"));
        if (kind == QLatin1String("broken-html")) {
            QVERIFY(test::writeFile(site + QStringLiteral("/broken.html"),
                                    "<html><head><title>坏</title></head><body>\xB2\xE2\xCA\xD4"
                                    "</body></html>"));
        } else if (kind == QLatin1String("loop")) {
            QVERIFY(test::writeFile(site + QStringLiteral("/ok.html"),
                                    "<html><head><title>好</title></head><body>好</body></html>"));
            QVERIFY(test::writeFile(site + QStringLiteral("/a.html"),
                                    "<html><head><meta http-equiv=\"refresh\" content=\"0; "
                                    "url=b.html\"><title>甲</title></head></html>"));
            QVERIFY(test::writeFile(site + QStringLiteral("/b.html"),
                                    "<html><head><meta http-equiv=\"refresh\" content=\"0; "
                                    "url=a.html\"><title>乙</title></head></html>"));
        }
        QVERIFY(makeZim(site, input));
    }
    const QString output = work.filePath(QStringLiteral("out/pack.qnpack"));
    QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("out"))));
    const test::Run run = test::runPackTool(
        {QStringLiteral("import"), QStringLiteral("zim"), input, QStringLiteral("-o"), output});
    QCOMPARE(run.status, 2);
    // The error on a line of its own: the progress line, if drawn, is ended before it.
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(QLatin1Char('\n')), qPrintable(err));
    const QStringList lines = err.chopped(1).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1 ||
                 (lines.size() == 2 && lines.first().contains(QStringLiteral("import: "))),
             qPrintable(err));
    const QString last = lines.last();
    QVERIFY2(last.startsWith(QStringLiteral("qingnang-pack: ") + QDir::toNativeSeparators(input) +
                             QStringLiteral(": ") + message),
             qPrintable(last));
    // Nothing left at the output path, nor beside it.
    QCOMPARE(QDir(work.filePath(QStringLiteral("out")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

QTEST_GUILESS_MAIN(TestImportZim)
#include "tst_importzim.moc"
