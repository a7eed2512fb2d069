// SPDX-License-Identifier: MIT
// Searching from the sidebar of the real MainWindow over the real bundled
// pack, as a reader does it with the keyboard: type, watch the grouped
// results follow each keystroke, move through the hits, open one at its
// section, leave the search; and the full results page, paged.
#include "address/pageurl.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "readersupport.h"
#include "readerview.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QIdentityProxyModel>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace qingnang;

namespace {

constexpr int timeout = 30000; // generous: searches run on another thread

const QChar markOpen(SearchHit::snippetOpen);
const QChar markClose(SearchHit::snippetClose);

QStringList marked(const QString &snippet)
{
    QStringList parts;
    qsizetype at = 0;
    while ((at = snippet.indexOf(markOpen, at)) >= 0) {
        const qsizetype end = snippet.indexOf(markClose, at);
        if (end < 0) {
            break;
        }
        parts.append(snippet.mid(at + 1, end - at - 1));
        at = end;
    }
    return parts;
}

// White space, list marks and ellipses left out, to compare a snippet with the page.
QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x2026) && c != QChar(0x2022) && c != markOpen &&
            c != markClose) {
            out += c;
        }
    }
    return out;
}

// The model as the delegate would see it with the snippets' marks taken out.
class UnmarkedSnippets : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        QVariant value = QIdentityProxyModel::data(index, role);
        if (role == SnippetRole) {
            value = value.toString().remove(markOpen).remove(markClose);
        }
        return value;
    }
};

} // namespace

class TestSearchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingShowsGroupedResults();
    void delegateDrawsTheMatches();
    void arrowsMoveOverHitsNotHeaders();
    void enterOpensTheHitAtItsSection();
    void enterWithoutSelectionOpensTheFirstHit();
    void escapeLeavesTheSearch();
    void typingFastShowsOnlyTheLastQuery();
    void typingWithPausesNeverGoesBack();
    void enterRightAfterTypingOpensTheNewQuerysHit();
    void inputMethodComposition();
    void pinyinAndHostileTyping();
    void allResultsPageOpensAndPages();
    void searchOnlyInTheTopicShown();

private:
    QLineEdit *field() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    QListView *results() const
    {
        return m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    }
    QStackedWidget *sidebar() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("sidebarStack"));
    }
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("topicTree"));
    }
    ReaderView *reader() const
    {
        return m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    }
    SearchResultModel *model() const
    {
        return qobject_cast<SearchResultModel *>(results()->model());
    }
    QModelIndex current() const { return results()->currentIndex(); }

    // Types text into the search field one key at a time, as a keyboard (or
    // an input method committing one character) does.
    void type(const QString &text, bool wait);
    void typeKey(QChar c);
    // Waits until the sidebar shows the results for query.
    void waitForResults(const QString &query);
    QList<int> selectableRows() const;
    void clickLink(const QString &text);
    void verifyDisclaimerShown();

    Library m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TestSearchUi::initTestCase()
{
    // Qingnang's first twelve topics, frozen: what the sidebar finds does not
    // change as the bundled library grows.
    QVERIFY(m_library.openPack(test::fixturePack(QStringLiteral("content-search"))).isEmpty());
}

void TestSearchUi::init()
{
    m_window = std::make_unique<MainWindow>(&m_library);
    m_window->resize(1100, 760);
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/")));
    QTRY_VERIFY(!m_window->pageLoading());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(model());
    QCOMPARE(sidebar()->currentWidget(), tree());

    // Ctrl+K puts the cursor in the search field.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
}

void TestSearchUi::cleanup()
{
    m_window.reset();
}

void TestSearchUi::typeKey(QChar c)
{
    if (c.unicode() < 0x80 && c.isLetterOrNumber()) {
        QTest::keyClick(field(), char(c.unicode()));
    } else {
        // QTest::keyClicks sends only Latin-1; this sends any character as the key's text.
        QTest::sendKeyEvent(QTest::Click, field(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestSearchUi::type(const QString &text, bool wait)
{
    const QString before = field()->text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        typeKey(text.at(i));
        QCOMPARE(field()->text(), before + text.left(i + 1));
        if (wait) {
            waitForResults(field()->text());
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
}

void TestSearchUi::waitForResults(const QString &query)
{
    QTRY_VERIFY_WITH_TIMEOUT(model()->query() == query, timeout);
    QCOMPARE(sidebar()->currentWidget(), results());
    QVERIFY(results()->isVisible());
    QVERIFY(!tree()->isVisible());
    QVERIFY(model()->rowCount() > 0);
}

QList<int> TestSearchUi::selectableRows() const
{
    QList<int> rows;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row).flags() & Qt::ItemIsSelectable) {
            rows.append(row);
        }
    }
    return rows;
}

void TestSearchUi::clickLink(const QString &text)
{
    test::clickLink(reader(), text);
    QTRY_VERIFY(!m_window->pageLoading());
}

void TestSearchUi::verifyDisclaimerShown()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("disclaimerLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().startsWith(QStringLiteral("免责声明")));
    const Page &page = m_window->currentPage();
    QCOMPARE(label->text(), page.pack ? page.pack->disclaimer() : m_library.disclaimer());
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("readerStack"));
    const QRect strip(label->mapTo(m_window.get(), QPoint(0, 0)), label->size());
    const QRect readerArea(stack->mapTo(m_window.get(), QPoint(0, 0)), stack->size());
    QVERIFY(m_window->rect().contains(strip));
    QVERIFY(!strip.intersects(readerArea));
}

void TestSearchUi::typingShowsGroupedResults()
{
    // 面, 面肌, 面肌痉, 面肌痉挛: after each key the results follow.
    type(QStringLiteral("面肌痉挛"), true);
    QCOMPARE(model()->query(), QStringLiteral("面肌痉挛"));
    QCOMPARE(field()->text(), QStringLiteral("面肌痉挛"));
    QVERIFY(field()->hasFocus());

    // Grouped 专题, 文章, 问答, in that order, each hit under the header of its kind.
    const QStringList labels{QStringLiteral("专题"), QStringLiteral("文章"),
                             QStringLiteral("问答")};
    QStringList headers;
    int group = -1;
    int hits = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row);
        switch (SearchResultModel::RowKind(index.data(RowKindRole).toInt())) {
        case SearchResultModel::HeaderRow:
            headers.append(index.data().toString().section(QLatin1Char(' '), 0, 0));
            group = int(labels.indexOf(headers.last()));
            break;
        case SearchResultModel::HitRow: {
            ++hits;
            QCOMPARE(index.data(HitKindRole).toInt(), group);
            QVERIFY(index.data(UrlRole).toUrl().isValid());
            const QString snippet = index.data(SnippetRole).toString();
            QVERIFY2(!marked(snippet).isEmpty(), qPrintable(index.data().toString()));
            for (const QString &part : marked(snippet)) {
                bool typed = false;
                for (const QChar c : QStringLiteral("面肌痉挛")) {
                    typed = typed || part.contains(c);
                }
                QVERIFY2(typed, qPrintable(part));
            }
            break;
        }
        case SearchResultModel::MoreRow:
            QCOMPARE(row, model()->rowCount() - 1);
            QCOMPARE(index.data().toString(), QStringLiteral("查看全部结果 ›"));
            break;
        case SearchResultModel::NoticeRow:
        case SearchResultModel::SuggestionRow:
            QFAIL("a query that finds enough has no notice or suggestion");
        }
    }
    QCOMPARE(headers, labels);
    QVERIFY(hits >= 6);

    // The best hit is the topic, its summary with 面肌痉挛 marked, and it is current.
    const QModelIndex first = model()->firstHit();
    QCOMPARE(first.row(), 1);
    QCOMPARE(current(), first);
    QCOMPARE(first.data().toString(), QStringLiteral("面肌痉挛"));
    QCOMPARE(first.data(UrlRole).toUrl(), QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QVERIFY(marked(first.data(SnippetRole).toString()).contains(QStringLiteral("面肌痉挛")));
    QCOMPARE(first.data(TopicTitleRole).toString(), QStringLiteral("神经内科"));
    // What a screen reader is told: the topic and the passage, without the marks.
    const QString spoken = first.data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY(spoken.startsWith(QStringLiteral("神经内科：")));
    QVERIFY(spoken.contains(QStringLiteral("面肌痉挛")));
    QVERIFY(!spoken.contains(markOpen));

    // Deleting back to nothing shows the tree again.
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(field(), Qt::Key_Backspace);
    }
    QVERIFY(field()->text().isEmpty());
    QCOMPARE(sidebar()->currentWidget(), tree());
    QVERIFY(tree()->isVisible());
    QCOMPARE(model()->rowCount(), 0);
}

// The delegate draws each hit's matches on a tint: the same row drawn with
// its snippet's marks taken out looks different, in the snippet line only.
void TestSearchUi::delegateDrawsTheMatches()
{
    type(QStringLiteral("面瘫"), false);
    waitForResults(QStringLiteral("面瘫"));
    const QModelIndex hit = model()->firstHit();
    QVERIFY(!marked(hit.data(SnippetRole).toString()).isEmpty());
    UnmarkedSnippets unmarked;
    unmarked.setSourceModel(model());

    QAbstractItemDelegate *delegate = results()->itemDelegate();
    QStyleOptionViewItem option;
    option.initFrom(results()->viewport());
    option.widget = results();
    option.font = results()->font();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.features = QStyleOptionViewItem::HasDisplay;
    const QSize size = delegate->sizeHint(option, hit);
    const QSize headerSize = delegate->sizeHint(option, model()->index(0));
    QVERIFY(size.height() > headerSize.height()); // a title line and a snippet line
    option.rect = QRect(QPoint(0, 0), QSize(results()->viewport()->width(), size.height()));

    const auto draw = [&](const QModelIndex &index) {
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem itemOption = option;
        itemOption.index = index;
        delegate->paint(&painter, itemOption, index);
        painter.end();
        return image;
    };
    const QImage withMarks = draw(hit);
    const QImage withoutMarks = draw(unmarked.mapFromSource(hit));
    QVERIFY(withMarks != withoutMarks);
    // The title line is the same in both.
    const int titleHeight = QFontMetrics(option.font).height();
    QCOMPARE(withMarks.copy(0, 0, withMarks.width(), titleHeight),
             withoutMarks.copy(0, 0, withoutMarks.width(), titleHeight));
}

void TestSearchUi::arrowsMoveOverHitsNotHeaders()
{
    type(QStringLiteral("面肌痉挛"), false);
    waitForResults(QStringLiteral("面肌痉挛"));
    const QList<int> selectable = selectableRows();
    QVERIFY(selectable.size() > 5);
    QCOMPARE(current().row(), selectable.first());

    // Down goes through every hit (and the last row, all results) in order,
    // never onto a header, and the cursor stays in the field.
    QList<int> visited{current().row()};
    for (int i = 0; i < selectable.size() + 2; ++i) {
        QTest::keyClick(field(), Qt::Key_Down);
        if (current().row() != visited.last()) {
            visited.append(current().row());
        }
        QVERIFY(field()->hasFocus());
        QVERIFY(results()->viewport()->rect().intersects(results()->visualRect(current())));
    }
    QCOMPARE(visited, selectable);
    QCOMPARE(SearchResultModel::RowKind(current().data(RowKindRole).toInt()),
             SearchResultModel::MoreRow);

    // Up goes back the same way, and stops at the first hit.
    QList<int> back{current().row()};
    for (int i = 0; i < selectable.size() + 2; ++i) {
        QTest::keyClick(field(), Qt::Key_Up);
        if (current().row() != back.last()) {
            back.append(current().row());
        }
    }
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, selectable);
    QCOMPARE(current(), model()->firstHit());

    // A header is passed over: from the last topic, Down goes to the first article.
    int lastTopic = -1;
    for (const int row : selectable) {
        if (model()->index(row).data(HitKindRole).toInt() == int(HitKind::Topic)) {
            lastTopic = row;
        }
    }
    QVERIFY(lastTopic > 0);
    results()->setCurrentIndex(model()->index(lastTopic));
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(current().row(), lastTopic + 2);
    QCOMPARE(model()->index(lastTopic + 1).data(RowKindRole).toInt(),
             int(SearchResultModel::HeaderRow));
    QCOMPARE(current().data(HitKindRole).toInt(), int(HitKind::Article));

    // The same keys work with the focus in the list itself.
    results()->setFocus();
    QTest::keyClick(results(), Qt::Key_Up);
    QCOMPARE(current().row(), lastTopic);
}

void TestSearchUi::enterOpensTheHitAtItsSection()
{
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/topic/epilepsy")));
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    type(QStringLiteral("肉毒素注射"), false);
    waitForResults(QStringLiteral("肉毒素注射"));

    // Down to the first article hit: one that opens at a section.
    while (current().isValid() && current().data(HitKindRole).toInt() != int(HitKind::Article)) {
        const int row = current().row();
        QTest::keyClick(field(), Qt::Key_Down);
        QVERIFY(current().row() > row);
    }
    QVERIFY(current().isValid());
    const QUrl url = current().data(UrlRole).toUrl();
    const QString snippet = current().data(SnippetRole).toString();
    QVERIFY2(url.hasFragment(), qPrintable(url.toString()));
    QVERIFY(marked(snippet).contains(QStringLiteral("肉毒素注射")));
    const PageAddress address = pageurl::parse(url);
    const auto article = m_library.primaryPack()->articleBySlug(address.slug);
    QVERIFY(article);
    QString heading;
    for (const Section &section : article->sections) {
        if (QStringLiteral("s%1").arg(section.position) == address.fragment) {
            heading = section.heading;
        }
    }
    QCOMPARE(heading, QStringLiteral("肉毒素注射"));

    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), url);
    QCOMPARE(m_window->currentUrl().fragment(), address.fragment);
    QCOMPARE(m_window->currentPage().kind, PageKind::Article);
    QVERIFY(reader()->isVisible());

    // The reader has scrolled to that section: its heading is on screen, below the page's top.
    QTextBlock block = reader()->document()->begin();
    while (block.isValid() && block.text() != heading) {
        block = block.next();
    }
    QVERIFY2(block.isValid(), "the section's heading is not in the page");
    QTRY_VERIFY(reader()->verticalScrollBar()->value() > 0);
    const QRect line = reader()->cursorRect(QTextCursor(block));
    QVERIFY2(reader()->viewport()->rect().contains(line),
             qPrintable(QStringLiteral("heading at %1 in a view %2 high")
                            .arg(line.top())
                            .arg(reader()->viewport()->height())));
    // Near the top: the section starts the view, as far as the page's length allows.
    QVERIFY(line.top() < reader()->viewport()->height() / 2 ||
            reader()->verticalScrollBar()->value() == reader()->verticalScrollBar()->maximum());
    // The passage the hit showed is the page's text.
    QVERIFY(normalized(reader()->toPlainText()).contains(normalized(snippet)));
    verifyDisclaimerShown();
}

void TestSearchUi::enterWithoutSelectionOpensTheFirstHit()
{
    type(QStringLiteral("面瘫"), false);
    waitForResults(QStringLiteral("面瘫"));
    results()->selectionModel()->clearCurrentIndex();
    QVERIFY(!current().isValid());
    const QUrl first = model()->firstHit().data(UrlRole).toUrl();
    QCOMPARE(first, QUrl(QStringLiteral("qingnang:/topic/facial-neuritis")));
    QTest::keyClick(field(), Qt::Key_Enter); // the keypad's Enter, too
    QCOMPARE(m_window->currentUrl(), first);
    QTRY_VERIFY(!m_window->pageLoading());
    QVERIFY(reader()->toPlainText().contains(QStringLiteral("面神经炎")));
    verifyDisclaimerShown();
}

void TestSearchUi::escapeLeavesTheSearch()
{
    type(QStringLiteral("面"), false);
    waitForResults(QStringLiteral("面"));
    QTest::keyClick(field(), Qt::Key_Escape);
    QVERIFY(field()->text().isEmpty());
    QCOMPARE(sidebar()->currentWidget(), tree());
    QVERIFY(tree()->isVisible());
    QVERIFY(tree()->hasFocus());
    QCOMPARE(model()->rowCount(), 0);

    // From the list too.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    type(QStringLiteral("癫痫"), false);
    waitForResults(QStringLiteral("癫痫"));
    results()->setFocus();
    QTest::keyClick(results(), Qt::Key_Escape);
    QVERIFY(field()->text().isEmpty());
    QCOMPARE(sidebar()->currentWidget(), tree());

    // A late answer to a query already left is not shown.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    type(QStringLiteral("面肌"), false);
    QTest::keyClick(field(), Qt::Key_Escape);
    QSignalSpy shown(m_window.get(), &MainWindow::searchResultsShown);
    type(QStringLiteral("癫"), false); // a search after it, to wait for
    waitForResults(QStringLiteral("癫"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("癫"));
}

void TestSearchUi::typingFastShowsOnlyTheLastQuery()
{
    QSignalSpy shown(m_window.get(), &MainWindow::searchResultsShown);
    // Four keys with no pause between them: each starts a search that cancels
    // the one before; only the last one's results are ever shown.
    type(QStringLiteral("面肌痉挛"), false);
    waitForResults(QStringLiteral("面肌痉挛"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toString(), QStringLiteral("面肌痉挛"));
    QCOMPARE(model()->firstHit().data().toString(), QStringLiteral("面肌痉挛"));

    // A correction typed just as fast: three backspaces, then 神经炎.
    shown.clear();
    QTest::keyClick(field(), Qt::Key_Backspace);
    QTest::keyClick(field(), Qt::Key_Backspace);
    QTest::keyClick(field(), Qt::Key_Backspace);
    type(QStringLiteral("神经炎"), false);
    QCOMPARE(field()->text(), QStringLiteral("面神经炎"));
    waitForResults(QStringLiteral("面神经炎"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(model()->firstHit().data().toString(), QStringLiteral("面神经炎"));
}

void TestSearchUi::typingWithPausesNeverGoesBack()
{
    // Keys with the event loop running between them: some earlier results may
    // arrive, but only for what the field held then, in the order typed, and
    // never once a newer query's results have been shown.
    QSignalSpy shown(m_window.get(), &MainWindow::searchResultsShown);
    const QString text = QStringLiteral("我得了面肌痉挛怎么办");
    for (const QChar c : text) {
        typeKey(c);
        QCoreApplication::processEvents();
    }
    waitForResults(text);
    QVERIFY(!shown.isEmpty());
    qsizetype length = 0;
    for (const QList<QVariant> &arguments : std::as_const(shown)) {
        const QString query = arguments.first().toString();
        QVERIFY2(text.startsWith(query), qPrintable(query));
        QVERIFY2(query.size() > length, qPrintable(query));
        length = query.size();
    }
    QCOMPARE(shown.last().first().toString(), text);
}

// Enter pressed before the results for what was just typed have come: it
// opens the first hit of what the field holds, not of an older query.
void TestSearchUi::enterRightAfterTypingOpensTheNewQuerysHit()
{
    type(QStringLiteral("面"), false);
    waitForResults(QStringLiteral("面"));
    QCOMPARE(model()->firstHit().data().toString(), QStringLiteral("面神经炎"));
    typeKey(QChar(0x808C)); // 肌, and at once:
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentUrl(),
                              QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")), timeout);
    QCOMPARE(model()->query(), QStringLiteral("面肌"));
    // Once: the next results do not open anything by themselves.
    type(QStringLiteral("痉"), false);
    waitForResults(QStringLiteral("面肌痉"));
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));

    // Typing on after Enter, before the results come, opens nothing.
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/")));
    QTRY_VERIFY(!m_window->pageLoading());
    field()->clear();
    type(QStringLiteral("癫"), false);
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    type(QStringLiteral("痫"), false);
    waitForResults(QStringLiteral("癫痫"));
    QCOMPARE(m_window->currentUrl(), QUrl(QStringLiteral("qingnang:/")));
}

// Chinese is typed through an input method: the pinyin being composed is
// not searched for; the characters it commits are.
void TestSearchUi::inputMethodComposition()
{
    QSignalSpy shown(m_window.get(), &MainWindow::searchResultsShown);
    QInputMethodEvent composing(QStringLiteral("mianji"), {});
    QCoreApplication::sendEvent(field(), &composing);
    QVERIFY(field()->text().isEmpty());
    QCOMPARE(sidebar()->currentWidget(), tree());

    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("面肌"));
    QCoreApplication::sendEvent(field(), &commit);
    QCOMPARE(field()->text(), QStringLiteral("面肌"));
    waitForResults(QStringLiteral("面肌"));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(model()->firstHit().data().toString(), QStringLiteral("面肌痉挛"));

    // Composing more leaves the results of what is committed.
    QInputMethodEvent more(QStringLiteral("jing"), {});
    QCoreApplication::sendEvent(field(), &more);
    QCOMPARE(field()->text(), QStringLiteral("面肌"));
    QCOMPARE(model()->query(), QStringLiteral("面肌"));
    QInputMethodEvent done;
    done.setCommitString(QStringLiteral("痉挛"));
    QCoreApplication::sendEvent(field(), &done);
    waitForResults(QStringLiteral("面肌痉挛"));
}

void TestSearchUi::pinyinAndHostileTyping()
{
    // Initials, typed as letters.
    type(QStringLiteral("mjjl"), true);
    QCOMPARE(model()->firstHit().data().toString(), QStringLiteral("面肌痉挛"));
    field()->clear();
    QCOMPARE(sidebar()->currentWidget(), tree());

    // Operators and quotes around a word: the word is found.
    type(QStringLiteral("\"面*"), true);
    QCOMPARE(model()->firstHit().data(HitKindRole).toInt(), int(HitKind::Topic));
    QVERIFY(model()->firstHit().data().toString().startsWith(QChar(0x9762)));
    field()->clear();

    // Nothing to search for: a plain row saying nothing was found, and Enter
    // opens nothing; ↓ reaches only what helps (all departments), no search.
    const QUrl before = m_window->currentUrl();
    type(QStringLiteral("()"), false);
    waitForResults(QStringLiteral("()"));
    QCOMPARE(model()->hitCount(), 0);
    QCOMPARE(model()->index(0).data().toString(), QStringLiteral("没有找到结果"));
    QVERIFY(!(model()->index(0).flags() & Qt::ItemIsSelectable));
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), before);
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(current().data(UrlRole).toUrl(), pageurl::start());
    field()->clear();

    // Only spaces: the tree stays.
    type(QStringLiteral("   "), false);
    QCOMPARE(sidebar()->currentWidget(), tree());
}

void TestSearchUi::allResultsPageOpensAndPages()
{
    type(QStringLiteral("面"), false);
    waitForResults(QStringLiteral("面"));
    // The last row opens every result; Down gets there.
    const int more = model()->rowCount() - 1;
    QCOMPARE(model()->index(more).data().toString(), QStringLiteral("查看全部结果 ›"));
    while (current().row() != more) {
        const int row = current().row();
        QTest::keyClick(field(), Qt::Key_Down);
        QVERIFY(current().row() > row);
    }
    QTest::keyClick(field(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->pageLoading());
    const QUrl firstPage = pageurl::search(QStringLiteral("面"));
    QCOMPARE(m_window->currentUrl(), firstPage);
    QCOMPARE(m_window->currentPage().kind, PageKind::Search);
    // The page's search runs off the GUI thread; the page shows its hits when they come.
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    const QString page1 = reader()->toPlainText();
    QVERIFY(page1.startsWith(QStringLiteral("搜索「面」")));
    QVERIFY(page1.contains(QStringLiteral("面肌痉挛")));
    QVERIFY(page1.contains(QStringLiteral("第 1 / ")));
    QVERIFY(page1.contains(QStringLiteral("下一页 ›")));
    QVERIFY(!reader()->document()->toHtml().contains(QStringLiteral("上一页</a>")));
    verifyDisclaimerShown();

    // The page lists the engine's hits, twenty a page: on the first, the first twenty.
    const auto hitsUpTo = [this](int limit) {
        SearchOptions options;
        options.limit = limit;
        return SearchEngine::search(m_library.packs(), QStringLiteral("面"), options).hits;
    };
    const auto links = [this](const QList<SearchHit> &hits, qsizetype from, qsizetype to) {
        int found = 0;
        for (qsizetype i = from; i < to && i < hits.size(); ++i) {
            const QString href =
                QStringLiteral("href=\"%1\"")
                    .arg(hits.at(i).url.toString(QUrl::FullyEncoded).toHtmlEscaped());
            found += m_window->currentPage().html.contains(href) ? 1 : 0;
        }
        return found;
    };
    const QList<SearchHit> first = hitsUpTo(21);
    QCOMPARE(first.size(), 21);
    QCOMPARE(links(first, 0, 20), 20);
    QCOMPARE(links(first, 20, 21), 0);

    clickLink(QStringLiteral("下一页 ›"));
    QCOMPARE(m_window->currentUrl(), pageurl::search(QStringLiteral("面"), {}, {}, 2));
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    const QString page2 = reader()->toPlainText();
    QVERIFY(page2.contains(QStringLiteral("第 2 / ")));
    QVERIFY(page2.contains(QStringLiteral("‹ 上一页")));
    // The second page goes on where the first stopped.
    const QList<SearchHit> second = hitsUpTo(41);
    QVERIFY(second.size() > 20);
    QCOMPARE(links(second, 20, 40), qMin<qsizetype>(20, second.size() - 20));
    QCOMPARE(links(second, 0, 1), 0);
    verifyDisclaimerShown();

    clickLink(QStringLiteral("‹ 上一页"));
    QCOMPARE(m_window->currentUrl(), firstPage);
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), pageurl::search(QStringLiteral("面"), {}, {}, 2));
}

void TestSearchUi::searchOnlyInTheTopicShown()
{
    m_window->openUrl(QUrl(QStringLiteral("qingnang:/topic/hemifacial-spasm")));
    QTRY_VERIFY(!m_window->pageLoading());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    type(QStringLiteral("治疗"), false);
    waitForResults(QStringLiteral("治疗"));
    const int last = model()->rowCount() - 1;
    const QModelIndex scoped = model()->index(last);
    QCOMPARE(scoped.data().toString(), QStringLiteral("只在「面肌痉挛」中搜索 ›"));
    const QUrl url = scoped.data(UrlRole).toUrl();
    QCOMPARE(url, pageurl::search(QStringLiteral("治疗"), QStringLiteral("hemifacial-spasm")));

    // A click on it.
    results()->scrollTo(scoped);
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
                      results()->visualRect(scoped).center());
    QTRY_VERIFY(!m_window->pageLoading());
    QCOMPARE(m_window->currentUrl(), url);
    QTRY_VERIFY(!m_window->currentPage().awaitingSearch);
    const QString text = reader()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("只在「面肌痉挛」中搜索。")));
    // Every hit listed is of the topic; hits elsewhere are not.
    const auto topic = m_library.primaryPack()->topicBySlug(QStringLiteral("hemifacial-spasm"));
    QVERIFY(topic);
    SearchOptions options;
    options.limit = 100;
    const SearchResult everywhere =
        SearchEngine::search(m_library.packs(), QStringLiteral("治疗"), options);
    int inside = 0;
    int outside = 0;
    for (const SearchHit &hit : everywhere.hits) {
        if (hit.topicId == topic->id) {
            ++inside;
        } else if (hit.kind != HitKind::Topic && !hit.title.contains(QStringLiteral("面肌痉挛"))) {
            QVERIFY2(!text.contains(hit.title), qPrintable(hit.title));
            ++outside;
        }
    }
    QVERIFY(inside > 0);
    QVERIFY(outside > 0);
    verifyDisclaimerShown();
}

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
