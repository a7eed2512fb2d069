// SPDX-License-Identifier: MIT
// Issue 7, in the window: a pack whose every text is an attack (scripts, event
// attributes, frames, images and style sheets from the network or the disk,
// javascript: and file: links, CSS that would hide the disclaimer) is shown as
// text, fetches nothing and hides nothing; the reader refuses every resource a
// page could name; links leave the app only to the browser, after the user
// agrees; damaged packs open with a clear message or show bounded pages.
#include "hostilepacks.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "readerview.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

using namespace qingnang;

// Records what QDesktopServices::openUrl is asked to open (instead of a browser).
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Answers the external-link dialog whenever one is up, and remembers its text.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(bool accept)
        : m_accept(accept)
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::look);
        m_timer.start(20);
    }
    QStringList seen;
    QStringList others; // any other message box: none should appear

private:
    void look()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible()) {
                continue;
            }
            if (box->objectName() != QLatin1String(LinkPolicy::confirmDialogName)) {
                others.append(box->objectName());
                box->done(0);
                continue;
            }
            seen.append(box->text());
            for (QAbstractButton *button : box->buttons()) {
                if ((box->buttonRole(button) == QMessageBox::AcceptRole) == m_accept) {
                    button->click();
                    break;
                }
            }
        }
    }
    bool m_accept;
    QTimer m_timer;
};

class TestHostileContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readerRefusesEveryResource();
    void maliciousPackIsShownAsText_data();
    void maliciousPackIsShownAsText();
    void disclaimerCannotBeHidden_data();
    void disclaimerCannotBeHidden();
    void refusedLinks_data();
    void refusedLinks();
    void externalLinkNeedsConsent();
    void damagedPacksInTheWindow_data();
    void damagedPacksInTheWindow();

private:
    QString attack() const;
    QString buildMaliciousPack(const QString &name, const QString &disclaimer);
    // No image, and no link that leaves the reader, in the page shown.
    void checkReaderDocument(ReaderView *reader);
    void checkDisclaimerShown(MainWindow &window, const QString &expected);
    static QLabel *disclaimerLabel(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("disclaimerLabel"));
    }

    QTemporaryDir m_dir;
    QTcpServer m_server; // the "network": nothing may connect to it
    std::unique_ptr<QSignalSpy> m_connections;
    UrlRecorder m_recorder;
    QString m_malicious;
    QString m_good;
};

QString TestHostileContent::attack() const
{
    const QString host = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    return QStringLiteral(
               "<script>alert(1)</script><img src=\"%1/i.png\" onerror=\"alert(2)\">"
               "<iframe src=\"%1/f\"></iframe><a href=\"javascript:alert(3)\">点我</a>"
               "<a href=\"file:///etc/passwd\">文件</a><a href=\"%1/x\">网页</a>"
               "<link rel=\"stylesheet\" href=\"%1/s.css\">"
               "<style>body{display:none} .disclaimer{visibility:hidden}</style>"
               "<div style=\"position:fixed;bottom:0;height:9999px;color:white\">遮</div>"
               "<img src=\"file:///etc/hosts\"><img src=\"data:image/png;base64,AAAA\">")
        .arg(host);
}

QString TestHostileContent::buildMaliciousPack(const QString &name, const QString &disclaimer)
{
    const QString content = m_dir.filePath(name);
    if (!test::copyTree(test::fixturesDir() + QStringLiteral("/content-minimal"), content)) {
        return {};
    }
    const QString bad = attack();
    auto writeJson = [&](const QString &file, const QJsonObject &object) {
        return test::writeFile(content + file, QJsonDocument(object).toJson());
    };
    QJsonObject pack =
        QJsonDocument::fromJson(test::readFile(content + QStringLiteral("/pack.json"))).object();
    pack[QStringLiteral("title")] = QString(QStringLiteral("恶意内容包") + bad);
    pack[QStringLiteral("source")] = bad;
    pack[QStringLiteral("description")] = bad;
    pack[QStringLiteral("disclaimer")] = disclaimer;
    QJsonObject sub =
        QJsonDocument::fromJson(test::readFile(content + QStringLiteral("/topics/sub.json")))
            .object();
    sub[QStringLiteral("title")] = QString(QStringLiteral("测试专题") + bad);
    sub[QStringLiteral("summary")] =
        QString(bad + QStringLiteral("\n\n[链接](file:///etc/hosts) **粗**") + bad);
    const QString questionTitle = QStringLiteral("第一个问题？") + bad;
    const QString answer = bad + QStringLiteral("\n\n- ") + bad;
    sub[QStringLiteral("aliases")] = QJsonArray{bad};
    sub[QStringLiteral("questions")] = QJsonArray{QJsonObject{
        {QStringLiteral("title"), questionTitle},
        {QStringLiteral("body"), bad},
        {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("body"), answer}}}}}};
    const QByteArray article = (QStringLiteral("# 测试文章") + bad + QStringLiteral("\n\n") + bad +
                                QStringLiteral("\n\n## 第一节") + bad + QStringLiteral("\n\n- ") +
                                bad + QStringLiteral("\n"))
                                   .toUtf8();
    if (!writeJson(QStringLiteral("/pack.json"), pack) ||
        !writeJson(QStringLiteral("/topics/sub.json"), sub) ||
        !test::writeFile(content + QStringLiteral("/articles/sub-intro.md"), article)) {
        return {};
    }
    const QString output = m_dir.filePath(name + QStringLiteral(".qnpack"));
    return test::buildPack(content, output) ? output : QString();
}

void TestHostileContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_connections = std::make_unique<QSignalSpy>(&m_server, &QTcpServer::newConnection);
    for (const char *scheme : {"http", "https", "file", "javascript", "data", "mailto", "ftp"}) {
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_recorder, "open");
    }
    m_malicious = buildMaliciousPack(QStringLiteral("malicious"), attack());
    QVERIFY(!m_malicious.isEmpty());
    m_good = m_dir.filePath(QStringLiteral("good.qnpack"));
    QVERIFY(test::buildPack(test::fixturesDir() + QStringLiteral("/content-minimal"), m_good));
}

void TestHostileContent::cleanupTestCase()
{
    for (const char *scheme : {"http", "https", "file", "javascript", "data", "mailto", "ftp"}) {
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }
    // Nothing of all the above reached the network.
    QCoreApplication::processEvents();
    QCOMPARE(m_connections->count(), 0);
    QVERIFY(!m_server.hasPendingConnections());
}

void TestHostileContent::readerRefusesEveryResource()
{
    // A picture on disk, named by absolute and by relative address (a relative
    // one QTextDocument would look up from the working directory).
    QImage red(4, 4, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString picture = m_dir.filePath(QStringLiteral("red.png"));
    QVERIFY(red.save(picture));
    const QString sheet = m_dir.filePath(QStringLiteral("evil.css"));
    QVERIFY(test::writeFile(sheet, "p { color: red }"));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const QList<QUrl> names = {
        QUrl::fromLocalFile(picture),
        QUrl(QStringLiteral("red.png")),
        QUrl(QStringLiteral("http://127.0.0.1:%1/i.png").arg(m_server.serverPort())),
        QUrl(QStringLiteral("data:image/png;base64,") +
             QString::fromLatin1(test::readFile(picture).toBase64())),
    };
    QString html;
    for (const QUrl &name : names) {
        html += QStringLiteral("<p><img src=\"%1\" width=\"4\" height=\"4\"></p>")
                    .arg(name.toString(QUrl::FullyEncoded).toHtmlEscaped());
    }
    html += QStringLiteral("<link rel=\"stylesheet\" type=\"text/css\" href=\"%1\">")
                .arg(QUrl::fromLocalFile(sheet).toString());

    // The control: a plain QTextBrowser does read the picture from the disk,
    // so the check below can tell a reader that refuses from one that does not.
    {
        QTextBrowser plain;
        plain.resize(400, 300);
        plain.setHtml(html);
        QVERIFY(!plain.document()->resource(QTextDocument::ImageResource, names.at(0)).isNull());
        const QImage shot = plain.grab().toImage();
        bool red = false;
        for (int y = 0; y < shot.height() && !red; ++y) {
            for (int x = 0; x < shot.width() && !red; ++x) {
                red = shot.pixelColor(x, y) == QColor(Qt::red);
            }
        }
        QVERIFY(red);
    }

    ReaderView reader;
    QSignalSpy refused(&reader, &ReaderView::resourceRefused);
    reader.resize(400, 300);
    reader.showHtml(html, {}, 0);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    for (const QUrl &name : names) {
        // What the page holds for the picture: nothing red, at most a blank pixel.
        const QVariant resource = reader.document()->resource(QTextDocument::ImageResource, name);
        const QImage image = resource.value<QImage>();
        QVERIFY2(resource.toByteArray().isEmpty() || resource.userType() == QMetaType::QImage,
                 qPrintable(name.toString().left(80)));
        QVERIFY2(image.isNull() ||
                     (image.size() == QSize(1, 1) && image.pixelColor(0, 0).alpha() == 0),
                 qPrintable(name.toString().left(80)));
    }
    // What is painted: no red anywhere in the reader.
    const QImage shot = reader.grab().toImage();
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            QVERIFY2(shot.pixelColor(x, y) != QColor(Qt::red), "a picture from the disk is shown");
        }
    }
    QList<QUrl> asked;
    for (const QList<QVariant> &arguments : refused) {
        asked.append(arguments.at(0).toUrl());
    }
    for (const QUrl &name : names) {
        QVERIFY2(asked.contains(name), qPrintable(name.toString().left(80)));
    }
    // The style sheet was asked for and refused too: the text keeps its colour.
    QVERIFY(asked.contains(QUrl::fromLocalFile(sheet)));
    QVERIFY(QDir::setCurrent(previous));
}

void TestHostileContent::maliciousPackIsShownAsText_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("showsAttack");
    QTest::newRow("start") << "qingnang:/" << false;
    QTest::newRow("topic") << "qingnang:/topic/sub" << true;
    QTest::newRow("department") << "qingnang:/topic/dept" << false;
    QTest::newRow("article") << "qingnang:/article/sub-intro" << true;
    QTest::newRow("question") << "qingnang:/question/1" << true;
    QTest::newRow("Q&A list") << "qingnang:/topic/sub/qa" << false;
    QTest::newRow("search") << "qingnang:/search?q=%E6%B5%8B%E8%AF%95" << false;
    QTest::newRow("about") << "qingnang:/about" << true;
}

void TestHostileContent::maliciousPackIsShownAsText()
{
    QFETCH(QString, url);
    QFETCH(bool, showsAttack);
    Library library;
    QVERIFY(library.openPack(m_malicious).isEmpty());
    MainWindow window(&library);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reader = window.findChild<ReaderView *>(QStringLiteral("reader"));
    QSignalSpy refused(reader, &ReaderView::resourceRefused);
    window.openUrl(QUrl(url));
    QTRY_VERIFY(!window.pageLoading());
    QCOMPARE(window.currentUrl(), QUrl(url));
    QCoreApplication::processEvents();
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("readerStack"));
    if (stack->currentWidget() == reader) {
        reader->viewport()->repaint();
        checkReaderDocument(reader);
        if (showsAttack) {
            // The markup is there, as characters to read.
            QVERIFY2(reader->toPlainText().contains(QLatin1String("<script>alert(1)</script>")),
                     qPrintable(reader->toPlainText().left(300)));
            QVERIFY(reader->toPlainText().contains(QLatin1String("onerror=")));
        }
        // The page named nothing to load: it has no markup of the pack's.
        QCOMPARE(refused.count(), 0);
    }
    checkDisclaimerShown(window, library.disclaimer());
    QVERIFY(disclaimerLabel(window)->text().contains(QLatin1String("<script>")));
}

void TestHostileContent::checkReaderDocument(ReaderView *reader)
{
    const QTextDocument *document = reader->document();
    int anchors = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isImageFormat(), "an image in the page");
            if (format.isAnchor()) {
                const QString href = format.anchorHref();
                if (!href.isEmpty()) {
                    ++anchors;
                    QVERIFY2(href.startsWith(QLatin1String("qingnang:")) ||
                                 href.startsWith(QLatin1Char('#')),
                             qPrintable(href));
                }
            }
        }
    }
    Q_UNUSED(anchors);
}

void TestHostileContent::checkDisclaimerShown(MainWindow &window, const QString &expected)
{
    QLabel *label = disclaimerLabel(window);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), expected);
    QVERIFY(!label->text().trimmed().isEmpty());
    QVERIFY(label->isVisible());
    QVERIFY(label->height() >= label->fontMetrics().height());
    // Below the reader, inside the window, not covering most of it.
    const QRect inWindow(label->mapTo(&window, QPoint(0, 0)), label->size());
    QVERIFY(window.rect().contains(inWindow));
    QVERIFY2(label->height() < window.height() / 3, qPrintable(QString::number(label->height())));
}

void TestHostileContent::disclaimerCannotBeHidden_data()
{
    QTest::addColumn<QString>("disclaimer");
    QTest::addColumn<QString>("expected"); // empty: the built-in text
    QTest::newRow("markup that would hide it")
        << QStringLiteral("<span style=\"color:transparent;font-size:1px\">请及时就医。</span>")
        << QStringLiteral("<span style=\"color:transparent;font-size:1px\">请及时就医。</span>");
    QTest::newRow("only invisible characters")
        << QStringLiteral("\u200B\u200D\u2060\u202E\uFEFF \t\n") << QString();
    QTest::newRow("lines to push the page away")
        << QStringLiteral("免责声明") + QString(5000, QLatin1Char('\n')) + QStringLiteral("到此")
        << QStringLiteral("免责声明 到此");
    QTest::newRow("a megabyte of it")
        << QString(1 << 20, QChar(0x8BF7))
        << QString(Pack::maxDisclaimerLength, QChar(0x8BF7)) + QChar(0x2026);
}

void TestHostileContent::disclaimerCannotBeHidden()
{
    QFETCH(QString, disclaimer);
    QFETCH(QString, expected);
    const QString name = QStringLiteral("disclaimer-%1")
                             .arg(QString::fromUtf8(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = buildMaliciousPack(name, disclaimer);
    QVERIFY(!path.isEmpty());
    Library library;
    QVERIFY(library.openPack(path).isEmpty());
    if (expected.isEmpty()) {
        expected = schema::fallbackDisclaimer();
    }
    QCOMPARE(library.disclaimer(), expected);
    MainWindow window(&library);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *url : {"qingnang:/", "qingnang:/topic/sub", "qingnang:/article/sub-intro",
                            "qingnang:/topic/sub/qa", "qingnang:/about"}) {
        window.openUrl(QUrl(QString::fromLatin1(url)));
        QTRY_VERIFY(!window.pageLoading());
        checkDisclaimerShown(window, expected);
    }
}

void TestHostileContent::refusedLinks_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("javascript, mixed case") << QUrl(QStringLiteral("JavaScript:alert(1)"));
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<script>alert(1)</script>"));
    QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:someone@example.org"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.org/x"));
    QTest::newRow("web address with a user name")
        << QUrl(QStringLiteral("https://www.example.org@evil.example/"));
    QTest::newRow("web address without a host") << QUrl(QStringLiteral("http:///etc/passwd"));
}

void TestHostileContent::refusedLinks()
{
    QFETCH(QUrl, url);
    QCOMPARE(LinkPolicy::classify(url), LinkPolicy::Kind::Refused);
    Library library;
    QVERIFY(library.openPack(m_good).isEmpty());
    MainWindow window(&library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openUrl(QUrl(QStringLiteral("qingnang:/topic/sub")));
    QTRY_VERIFY(!window.pageLoading());
    const QUrl before = window.currentUrl();
    DialogAnswerer answerer(true);
    m_recorder.opened.clear();
    auto *reader = window.findChild<ReaderView *>(QStringLiteral("reader"));
    Q_EMIT reader->anchorClicked(url); // as a click on such a link would
    window.openUrl(url);
    QTRY_VERIFY(!window.pageLoading());
    QTest::qWait(100);
    QVERIFY(answerer.seen.isEmpty());
    QVERIFY(answerer.others.isEmpty());
    QVERIFY(m_recorder.opened.isEmpty());
    QCOMPARE(window.currentUrl(), before);
}

void TestHostileContent::externalLinkNeedsConsent()
{
    const QUrl url(QStringLiteral("https://example.org/%E9%9D%A2?q=1"));
    QCOMPARE(LinkPolicy::classify(url), LinkPolicy::Kind::External);
    Library library;
    QVERIFY(library.openPack(m_good).isEmpty());
    MainWindow window(&library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openUrl(QUrl(QStringLiteral("qingnang:/topic/sub")));
    QTRY_VERIFY(!window.pageLoading());
    const QUrl before = window.currentUrl();
    auto *reader = window.findChild<ReaderView *>(QStringLiteral("reader"));
    m_recorder.opened.clear();
    {
        DialogAnswerer answerer(false);
        Q_EMIT reader->anchorClicked(url);
        QCOMPARE(answerer.seen.size(), 1);
        QVERIFY2(answerer.seen.first().contains(url.toString(QUrl::FullyEncoded)),
                 qPrintable(answerer.seen.first()));
        QVERIFY(m_recorder.opened.isEmpty()); // declined: nothing opened
    }
    {
        DialogAnswerer answerer(true);
        Q_EMIT reader->anchorClicked(url);
        QCOMPARE(answerer.seen.size(), 1);
        QCOMPARE(m_recorder.opened, QList<QUrl>{url});
    }
    QCOMPARE(window.currentUrl(), before); // the reader stays where it was
    {
        // Asked for by the program rather than clicked: not followed, no dialog.
        DialogAnswerer answerer(true);
        window.openUrl(url);
        QTRY_VERIFY(!window.pageLoading());
        QTest::qWait(100);
        QVERIFY(answerer.seen.isEmpty());
        QCOMPARE(m_recorder.opened, QList<QUrl>{url}); // still only the one agreed to above
        QCOMPARE(window.currentUrl(), before);
    }
}

void TestHostileContent::damagedPacksInTheWindow_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("bytes");
    for (const test::hostile::SqlDamage &damage : test::hostile::sqlDamages()) {
        QTest::newRow(damage.name) << QByteArray(damage.sql) << QByteArray();
    }
    const QByteArray good = test::readFile(m_good);
    for (const test::hostile::ByteDamage &damage : test::hostile::byteDamages(good)) {
        QTest::newRow(qPrintable(damage.name)) << QByteArray() << damage.bytes;
    }
}

void TestHostileContent::damagedPacksInTheWindow()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("damaged.qnpack"));
    if (!sql.isEmpty()) {
        const QString problem = test::hostile::applySql(m_good, path, sql.constData());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY(test::writeFile(path, bytes));
    }
    Library library;
    const QString error = library.openPack(path);
    if (!error.isEmpty()) {
        // Refused on opening: one line naming the file, in our words.
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY2(error.contains(QLatin1String("not a Qingnang pack")) ||
                     error.contains(QLatin1String("qingnang-pack verify")),
                 qPrintable(error));
        // SQLite's words never (our documented "not an SQLite database" aside).
        QVERIFY(!QString(error)
                     .remove(QLatin1String("(not an SQLite database)"))
                     .contains(QLatin1String("sql"), Qt::CaseInsensitive));
        return;
    }
    MainWindow window(&library);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *reader = window.findChild<ReaderView *>(QStringLiteral("reader"));
    for (const char *url :
         {"qingnang:/", "qingnang:/topic/dept", "qingnang:/topic/sub", "qingnang:/topic/other",
          "qingnang:/topic/child-1", "qingnang:/topic/sub/qa", "qingnang:/topic/sub/articles",
          "qingnang:/article/sub-intro", "qingnang:/question/1", "qingnang:/question/3",
          "qingnang:/search?q=%E6%B5%8B%E8%AF%95", "qingnang:/about"}) {
        QElapsedTimer timer;
        timer.start();
        window.openUrl(QUrl(QString::fromLatin1(url)));
        QTRY_VERIFY(!window.pageLoading());
        QCoreApplication::processEvents();
        qDebug() << url << timer.elapsed() << "ms";
        QCOMPARE(window.currentUrl(), QUrl(QString::fromLatin1(url)));
        // Every page says something (if only that it is not there) and keeps the disclaimer.
        if (window.findChild<QStackedWidget *>(QStringLiteral("readerStack"))->currentWidget() ==
            reader) {
            QVERIFY(!reader->toPlainText().trimmed().isEmpty());
            checkReaderDocument(reader);
        }
        checkDisclaimerShown(window, library.disclaimer());
    }
    window.search(QStringLiteral("测试"));
    QTest::qWait(50);
}

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
