// SPDX-License-Identifier: MIT
#include "readerview.h"

#include "util/logging.h"

#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

namespace qingnang {

namespace {

QString cssTemplate()
{
    QFile file(QStringLiteral(":/qingnang/reader.css"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "reader style sheet missing from the resources";
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                            a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
    applyStyle();
}

void ReaderView::applyStyle()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    QString css = cssTemplate();
    css.replace(QLatin1String("@text@"), text.name());
    css.replace(QLatin1String("@muted@"), mix(text, base, 0.42).name());
    css.replace(QLatin1String("@link@"), pal.color(QPalette::Link).name());
    css.replace(QLatin1String("@rule@"), mix(text, base, 0.85).name());
    css.replace(QLatin1String("@tint@"), mix(text, base, 0.95).name());
    css.replace(QLatin1String("@hit@"), mix(pal.color(QPalette::Highlight), base, 0.75).name());
    const auto px = [this](qreal factor) {
        return QString::number(qRound(m_fontPixelSize * factor));
    };
    css.replace(QLatin1String("@small@"), px(0.875));
    css.replace(QLatin1String("@h1@"), px(1.6));
    css.replace(QLatin1String("@h2@"), px(1.25));
    css.replace(QLatin1String("@h3@"), px(1.06));
    css.replace(QLatin1String("@gap@"), px(0.9));
    css.replace(QLatin1String("@halfgap@"), px(0.4));
    css.replace(QLatin1String("@biggap@"), px(1.3));
    document()->setDefaultStyleSheet(css);

    // Chinese reading text: a CJK face where there is one, at a size made for reading.
    QFont font = this->font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    font.setPixelSize(m_fontPixelSize);
    document()->setDefaultFont(font);
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
    qCDebug(lcUi) << "refused resource" << type << name;
    return {};
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
        const int scroll = scrollPosition();
        applyStyle();
        showHtml(m_html, {}, scroll);
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
