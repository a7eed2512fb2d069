// SPDX-License-Identifier: MIT
#include "readerview.h"

#include "readerstyle.h"
#include "util/logging.h"

#include <QEvent>
#include <QImage>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

namespace qingnang {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Read, not edited: the mouse selects, Tab moves from link to link and the
    // arrow keys scroll; keyboard selection would put a blinking caret before
    // the title of every page (issue 16, item 11).
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(24);
    applyStyle();
}

void ReaderView::applyStyle()
{
    document()->setDefaultStyleSheet(
        readerStyleSheet(ReaderColors::fromPalette(palette()), m_fontPixelSize));
    QFont font = readerFont(this->font(), m_fontPixelSize);
    if (!m_fontFamily.isEmpty()) {
        font.setFamilies(QStringList{m_fontFamily} + font.families());
    }
    document()->setDefaultFont(font);
}

void ReaderView::setTextPixelSize(int pixels)
{
    pixels = qBound(6, pixels, 96);
    if (pixels != m_fontPixelSize) {
        m_fontPixelSize = pixels;
        relayout();
    }
}

void ReaderView::setFontFamily(const QString &family)
{
    if (family != m_fontFamily) {
        m_fontFamily = family;
        relayout();
    }
}

// The page again with the current style, at the same place (as a share of its length).
void ReaderView::relayout()
{
    const QScrollBar *bar = verticalScrollBar();
    const qreal share = bar->maximum() > 0 ? qreal(bar->value()) / bar->maximum() : 0;
    applyStyle();
    setHtml(m_html);
    updateMargins();
    verticalScrollBar()->setValue(qRound(share * verticalScrollBar()->maximum()));
}

void ReaderView::showHtml(const QString &html, const QString &anchor, int scroll)
{
    m_html = html;
    setHtml(html);
    updateMargins();
    if (!anchor.isEmpty()) {
        scrollToAnchor(anchor);
    } else {
        verticalScrollBar()->setValue(scroll);
    }
}

int ReaderView::scrollPosition() const
{
    return verticalScrollBar()->value();
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    // Pages carry no images or style sheets of their own; nothing is fetched.
    // Qt has fallbacks of its own for what a loader does not give: for a null
    // QVariant QTextDocument reads file: (and relative) addresses itself, and
    // for an image it cannot decode the text layout loads the image's name as
    // a local file path. So an image is answered with a blank pixel, anything
    // else with empty data: both end the request.
    qCDebug(lcUi) << "refused resource" << type << name;
    Q_EMIT resourceRefused(name);
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QVariant(QByteArray());
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The style sheet holds palette colours: rebuild the page with the new ones.
        relayout();
    }
}

// Keeps lines to a comfortable measure: on a wide window the text column stays
// about `measure` characters wide and is centred.
void ReaderView::updateMargins()
{
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    // Chinese characters are square: a line of `measure` of them is that many font sizes wide.
    const qreal column = qreal(measure) * m_fontPixelSize;
    const qreal width = viewport()->width();
    const qreal side = qMax<qreal>(24, (width - column) / 2);
    if (!qFuzzyCompare(format.leftMargin(), side)) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        root->setFrameFormat(format);
    }
}

} // namespace qingnang
