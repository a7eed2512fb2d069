// SPDX-License-Identifier: MIT
// For UI tests: following a link in the reader as a user would, by clicking it.
#pragma once

#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace qingnang::test {

// Clicks the link whose text is `text`, where the reader draws it (scrolled
// into view first). Fails the test if the text is not there, is not a link, or
// cannot be brought into view.
inline void clickLink(QTextBrowser *reader, const QString &text)
{
    QTextDocument *document = reader->document();
    const QTextCursor found = document->find(text);
    QVERIFY2(!found.isNull(), qPrintable(QStringLiteral("no text \"%1\" in the page").arg(text)));
    QTextCursor middle(document);
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    QVERIFY2(middle.charFormat().isAnchor(),
             qPrintable(QStringLiteral("\"%1\" is not a link").arg(text)));
    reader->setTextCursor(middle);
    reader->ensureCursorVisible();
    const QPoint point = reader->cursorRect(middle).center();
    QVERIFY(reader->viewport()->rect().contains(point));
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, point);
}

} // namespace qingnang::test
