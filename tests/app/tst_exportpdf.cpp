// SPDX-License-Identifier: MIT
// qingnang --export-pdf, headless on the offscreen platform: the PDF's text, as
// poppler's pdftotext reads it, holds the page's breadcrumb, title, body and
// the disclaimer at the foot of every sheet. Bad requests fail cleanly.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qingnang;

namespace {

struct Run
{
    int status = -1;
    QByteArray err;
};

Run exportPdf(const QStringList &arguments)
{
    Run run;
    run.status = test::runProgram(
        test::appExecutable(),
        QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} + arguments, nullptr,
        &run.err);
    return run;
}

// The PDF's text, a sheet at a time, with line breaks and spaces dropped so
// that text wrapped across lines still reads as one string.
QStringList sheetsOf(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    QStringList sheets = QString::fromUtf8(process.readAllStandardOutput()).split(QChar(u'\f'));
    if (!sheets.isEmpty() && sheets.last().trimmed().isEmpty()) {
        sheets.removeLast();
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString &sheet : sheets) {
        sheet.remove(space);
    }
    return sheets;
}

QString compact(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

const QString disclaimerStart = QStringLiteral("免责声明：本内容包所有内容仅供参考");

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();
    void badRequests_data();
    void badRequests();

private:
    QTemporaryDir m_dir;
};

void TestExportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (Debian's poppler-utils) is missing: scripts/setup.sh installs it");
}

void TestExportPdf::pages_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected"); // in this order in the text
    QTest::newRow("article") << QStringLiteral("qingnang:/article/hemifacial-spasm-causes")
                             << QStringList{QStringLiteral("当前位置：首页›内科›神经内科›面肌痉挛"),
                                            QStringLiteral("产生面肌痉挛的主要原因是什么"),
                                            QStringLiteral("未经执业医师审核"),
                                            QStringLiteral("手术后遗症"),
                                            QStringLiteral("面神经在损伤后恢复的过程中"),
                                            QStringLiteral("疾病因素")};
    QTest::newRow("question") << QStringLiteral("qingnang:/question/1")
                              << QStringList{QStringLiteral("面肌痉挛治疗方法"),
                                             QStringLiteral("面肌痉挛治疗方法有哪些？"),
                                             QStringLiteral("回答1"),
                                             QStringLiteral("许可：CCBY-SA4.0")};
    QTest::newRow("start page") << QStringLiteral("qingnang:/")
                                << QStringList{QStringLiteral("欢迎使用青囊"),
                                               QStringLiteral("内科"),
                                               QStringLiteral("精神心理科")};
    QTest::newRow("full Q&A list")
        << QStringLiteral("qingnang:/topic/hemifacial-spasm/qa")
        << QStringList{QStringLiteral("面肌痉挛患者问答"),
                       QStringLiteral("共%1个问题")
                           .arg(test::contentQuestionCount(QStringLiteral("hemifacial-spasm"))),
                       QStringLiteral("面肌痉挛治疗方法")};
    QTest::newRow("search") << QStringLiteral("qingnang:/search?q=面瘫")
                            << QStringList{QStringLiteral("搜索「面瘫」"),
                                           QStringLiteral("面神经炎")};
}

void TestExportPdf::pages()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    const QString pdf =
        m_dir.filePath(QStringLiteral("%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
    const Run run = exportPdf({QStringLiteral("--export-pdf"), pdf, url});
    QVERIFY2(run.status == 0, run.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QStringList sheets = sheetsOf(pdf);
    QVERIFY(!sheets.isEmpty());
    const QString text = sheets.join(QString());
    qsizetype at = 0;
    for (const QString &part : expected) {
        const qsizetype found = text.indexOf(compact(part), at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" missing after position %2 in: %3")
                                            .arg(part)
                                            .arg(at)
                                            .arg(text.left(400))));
        at = found + 1;
    }
    // The disclaimer at the foot of every sheet, after the page's text, and the sheet number.
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QString &sheet = sheets.at(i);
        const qsizetype disclaimer = sheet.lastIndexOf(disclaimerStart);
        QVERIFY2(disclaimer >= 0, qPrintable(QStringLiteral("sheet %1: %2").arg(i + 1).arg(sheet)));
        QVERIFY(sheet.mid(disclaimer)
                    .contains(QStringLiteral("第%1页，共%2页").arg(i + 1).arg(sheets.size())));
    }
    // No radical look-alikes: the text reads back as the characters that were drawn.
    for (const QChar c : text) {
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the text").arg(c.unicode(), 4, 16)));
    }
}

void TestExportPdf::badRequests_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("output"); // relative to the temporary directory, or absolute
    QTest::addColumn<QString>("message");
    QTest::newRow("no such page") << QStringLiteral("qingnang:/article/nothing-here")
                                  << QStringLiteral("missing.pdf")
                                  << QStringLiteral("qingnang: qingnang:/article/nothing-here: no "
                                                    "such page in the open packs");
    QTest::newRow("another scheme")
        << QStringLiteral("https://example.com/") << QStringLiteral("web.pdf")
        << QStringLiteral("qingnang: https://example.com/: no such "
                          "page in the open packs");
    QTest::newRow("no such directory")
        << QStringLiteral("qingnang:/") << QStringLiteral("no/such/dir/out.pdf")
        << QStringLiteral("qingnang: %1: cannot write here");
    QTest::newRow("unwritable place")
        << QStringLiteral("qingnang:/") << QStringLiteral("/proc/qingnang.pdf")
        << QStringLiteral("qingnang: /proc/qingnang.pdf: cannot write here");
}

void TestExportPdf::badRequests()
{
    QFETCH(QString, url);
    QFETCH(QString, output);
    QFETCH(QString, message);
    const QString path = QDir::isAbsolutePath(output) ? output : m_dir.filePath(output);
    const QStringList before = test::filesIn(m_dir.path());
    const Run run = exportPdf({QStringLiteral("--export-pdf"), path, url});
    QCOMPARE(run.status, 2);
    const QString err = QString::fromUtf8(run.err);
    const QString expected = message.contains(QStringLiteral("%1"))
                                 ? message.arg(QDir::toNativeSeparators(path))
                                 : message;
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(test::filesIn(m_dir.path()), before);
}

QTEST_GUILESS_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
