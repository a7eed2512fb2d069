// SPDX-License-Identifier: MIT
// The interface in English and back, switched live through the preferences on
// the real window over the bundled pack: menus, the pages' own words and the
// lists change language while the content stays Chinese. And the translation
// files themselves: every message translated, placeholders and mnemonics kept.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "pack/library.h"
#include "preferences.h"
#include "readerview.h"
#include "testsupport.h"
#include "translation.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace qingnang;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // the translation's type attribute: "unfinished", "vanished"… or empty
};

// The messages of a Qt Linguist file.
QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    // Plural forms: all of them, one after the other.
                    message.translation =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

// The placeholders of a text (%1, %2, %n, %L1…), in order of number.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

// The tags of a text (<p>, </h3>…), in order.
QStringList tags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    return found;
}

// The mnemonic letter of a command's text ("&File" → 'F'), or a null QChar.
QChar mnemonic(const QString &text)
{
    static const QRegularExpression marked(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch match = marked.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toUpper() : QChar();
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void switchesLive();
    void menusHaveDistinctMnemonics();

private:
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    QString readerText() const { return reader()->toPlainText(); }
    QString menuTitle(const char *name) const
    {
        return m_window->findChild<QMenu *>(QLatin1String(name))->title();
    }
    QString actionText(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name))->text();
    }
    QString breadcrumbText() const;
    QString statusText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("packStatus"))->text();
    }
    void verifyDisclaimerShown();
    void setLanguage(const QString &language);

    Library m_library;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslation::initTestCase()
{
    QVERIFY(m_library.openPack(test::bundledPack()).isEmpty());
}

void TestTranslation::init()
{
    QSettings().clear();
    m_preferences = std::make_unique<Preferences>();
    m_window = std::make_unique<MainWindow>(&m_library, m_preferences.get());
    m_window->resize(1100, 760);
    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTranslation::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    useLanguage(QStringLiteral("zh_CN")); // for the next test, whatever this one left
    QSettings().clear();
}

QString TestTranslation::breadcrumbText() const
{
    QTextDocument document;
    document.setHtml(m_window->findChild<QLabel *>(QStringLiteral("breadcrumb"))->text());
    return document.toPlainText();
}

// The strip under the reader shows the disclaimer of the page's pack, whatever the language.
void TestTranslation::verifyDisclaimerShown()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("disclaimerLabel"));
    QVERIFY(label->isVisible());
    const Page &page = m_window->currentPage();
    QCOMPARE(label->text(), page.pack ? page.pack->disclaimer() : m_library.disclaimer());
    QVERIFY(!label->text().isEmpty());
}

// As the preferences dialog does; the window's widgets hear of it through events.
void TestTranslation::setLanguage(const QString &language)
{
    m_preferences->setLanguage(language);
    QCOMPARE(m_preferences->language(), language);
    QCoreApplication::processEvents();
}

void TestTranslation::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QStringLiteral(QINGNANG_TS_DIR "/qingnang_en.ts");
    QTest::newRow("zh_CN") << QStringLiteral(QINGNANG_TS_DIR "/qingnang_zh_CN.ts");
}

// A string added to the code later must be translated before this passes again
// (scripts/update-translations.sh adds it to the files as unfinished).
void TestTranslation::everyMessageTranslated()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readMessages(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 200);
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (!message.type.isEmpty()) {
            problems.append(message.type + QStringLiteral(" — ") + where);
        } else if (message.translation.isEmpty()) {
            problems.append(QStringLiteral("empty — ") + where);
        } else if (placeholders(message.source) != placeholders(message.translation)) {
            problems.append(QStringLiteral("placeholders differ — ") + where);
        } else if (tags(message.source) != tags(message.translation)) {
            problems.append(QStringLiteral("tags differ — ") + where);
        } else if (mnemonic(message.source).isNull() != mnemonic(message.translation).isNull()) {
            problems.append(QStringLiteral("mnemonic lost or added — ") + where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslation::switchesLive()
{
    QCOMPARE(menuTitle("menuFile"), QStringLiteral("文件(&F)"));
    QVERIFY(readerText().contains(QStringLiteral("欢迎使用青囊")));

    setLanguage(QStringLiteral("en"));
    // The menus, from the form.
    QTRY_COMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
    QCOMPARE(menuTitle("menuEdit"), QStringLiteral("&Edit"));
    QCOMPARE(menuTitle("menuView"), QStringLiteral("&View"));
    QCOMPARE(menuTitle("menuTheme"), QStringLiteral("&Theme"));
    QCOMPARE(menuTitle("menuGo"), QStringLiteral("&Go"));
    QCOMPARE(menuTitle("menuHelp"), QStringLiteral("&Help"));
    QCOMPARE(actionText("actionOpenPack"), QStringLiteral("&Open Pack…"));
    QCOMPARE(actionText("actionPreferences"), QStringLiteral("&Preferences…"));
    // The page shown is rendered again in the new language.
    QTRY_VERIFY(readerText().contains(QStringLiteral("Welcome to Qingnang")));
    QVERIFY(!readerText().contains(QStringLiteral("欢迎使用青囊")));
    QVERIFY(readerText().contains(QStringLiteral("Departments")));
    QVERIFY(readerText().contains(QStringLiteral("神经内科"))); // content stays as it is
    QVERIFY(statusText().contains(QStringLiteral(" articles · ")));
    verifyDisclaimerShown();

    // A topic page: its own words in English, the content in Chinese.
    m_window->openUrl(pageurl::topic(QStringLiteral("hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QString text = readerText();
    QVERIFY(text.startsWith(QStringLiteral("面肌痉挛")));
    QVERIFY(text.contains(QStringLiteral("Also known as: 面肌抽搐")));
    QVERIFY(text.contains(QStringLiteral("Articles")));
    QVERIFY(text.contains(QStringLiteral("Questions about 面肌痉挛")));
    QVERIFY(text.contains(QStringLiteral("All 12 ›")));
    QVERIFY(text.contains(QStringLiteral("Answers: 1")));
    QVERIFY(text.contains(QStringLiteral("Related topics")));
    for (const char *chinese : {"又称：", "患者问答", "个回答", "相关专题", "全部"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(chinese)), chinese);
    }
    QVERIFY(
        breadcrumbText().startsWith(QStringLiteral("Location: Home › 内科 › 神经内科 › 面肌痉挛")));
    verifyDisclaimerShown();

    // The tree's counts and the sidebar's search results.
    QTreeView *tree = m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    QTRY_VERIFY(tree->model()->rowCount() > 0); // read on the model's thread
    const QModelIndex department = tree->model()->index(0, 0);
    QVERIFY(department.data(CountsRole).toString().contains(QStringLiteral(" art.")));
    auto *searchField = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    searchField->setText(QStringLiteral("面肌痉挛"));
    auto *results = m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->model()->rowCount() > 0);
    QVERIFY(results->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Topics (")));
    searchField->clear();

    // The preferences dialog.
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
    auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("languageBox"));
    QCOMPARE(languages->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(languages->itemText(0), QStringLiteral("System default"));
    dialog->close();

    // And back to Chinese.
    setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(menuTitle("menuFile"), QStringLiteral("文件(&F)"));
    QCOMPARE(menuTitle("menuHelp"), QStringLiteral("帮助(&H)"));
    QCOMPARE(actionText("actionOpenPack"), QStringLiteral("打开内容包(&O)…"));
    QTRY_VERIFY(readerText().contains(QStringLiteral("面肌痉挛患者问答")));
    text = readerText();
    QVERIFY(text.contains(QStringLiteral("又称：面肌抽搐")));
    QVERIFY(text.contains(QStringLiteral("1个回答")));
    QVERIFY(!text.contains(QStringLiteral("Questions about")));
    QVERIFY(
        breadcrumbText().startsWith(QStringLiteral("当前位置：首页 › 内科 › 神经内科 › 面肌痉挛")));
    QVERIFY(department.data(CountsRole).toString().contains(QStringLiteral("篇")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("首选项"));
    verifyDisclaimerShown();

    m_window->openUrl(pageurl::start());
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(readerText().contains(QStringLiteral("欢迎使用青囊")));
    QVERIFY(statusText().contains(QStringLiteral(" 篇文章 · ")));
}

// Within each menu, in each language, no two commands share a mnemonic letter.
void TestTranslation::menusHaveDistinctMnemonics()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        setLanguage(language);
        QTRY_COMPARE(menuTitle("menuFile"), language == QLatin1String("en")
                                                ? QStringLiteral("&File")
                                                : QStringLiteral("文件(&F)"));
        QList<QList<QAction *>> groups{m_window->menuBar()->actions()};
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (!menu->objectName().startsWith(QLatin1String("menu"))) {
                continue; // the Back and Forward buttons' lists
            }
            groups.append(menu->actions());
        }
        for (const QList<QAction *> &actions : groups) {
            QSet<QChar> seen;
            for (QAction *action : actions) {
                if (action->isSeparator() || action->property("userEntry").toBool()) {
                    continue; // the user's bookmarks are named as the user named them
                }
                const QChar letter = mnemonic(action->text());
                QVERIFY2(!letter.isNull(),
                         qPrintable(language + QLatin1Char(' ') + action->text()));
                QVERIFY2(!seen.contains(letter),
                         qPrintable(language + QStringLiteral(": mnemonic shared by ") +
                                    action->text()));
                seen.insert(letter);
            }
        }
    }
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
