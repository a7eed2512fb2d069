// SPDX-License-Identifier: MIT
#include "breadcrumblabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace qingnang {

namespace {

const QString separator = QStringLiteral(" › ");
const QString gap = QStringLiteral("…");

} // namespace

BreadcrumbLabel::BreadcrumbLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(false);
    // Whatever width the bar leaves, not the width of the whole path.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BreadcrumbLabel::setCrumbs(const QString &prefix, const QList<Crumb> &crumbs)
{
    m_prefix = prefix;
    m_crumbs = crumbs;
    setToolTip(fullText());
    relayout();
}

QString BreadcrumbLabel::fullText() const
{
    QStringList titles;
    for (const Crumb &crumb : m_crumbs) {
        titles.append(crumb.title);
    }
    return m_prefix + titles.join(separator);
}

QSize BreadcrumbLabel::sizeHint() const
{
    // A modest wish: the bar gives an expanding widget all the room left.
    return {fontMetrics().horizontalAdvance(QStringLiteral("当前位置：首页 › 专题")) +
                contentsMargins().left() + contentsMargins().right(),
            QLabel::sizeHint().height()};
}

QSize BreadcrumbLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(gap) * 4, QLabel::minimumSizeHint().height()};
}

void BreadcrumbLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        relayout();
    }
}

void BreadcrumbLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        relayout();
    }
}

void BreadcrumbLabel::relayout()
{
    const QFontMetrics metrics = fontMetrics();
    const int room = contentsRect().width() - metrics.horizontalAdvance(m_prefix);
    QList<Crumb> shown = m_crumbs;
    QList<bool> elided(shown.size(), false);
    const auto width = [&] {
        int total = 0;
        for (int i = 0; i < shown.size(); ++i) {
            total += metrics.horizontalAdvance(elided.at(i) ? gap : shown.at(i).title) +
                     (i > 0 ? metrics.horizontalAdvance(separator) : 0);
        }
        return total;
    };
    // The middle gives way first, from the crumb after 首页 towards the page.
    for (int i = 1; i + 1 < shown.size() && width() > room; ++i) {
        elided[i] = true;
    }
    QString last = shown.isEmpty() ? QString() : shown.last().title;
    if (!shown.isEmpty() && width() > room) {
        const int others = width() - metrics.horizontalAdvance(last);
        last = metrics.elidedText(last, Qt::ElideRight, qMax(0, room - others));
    }
    const QString linkColour = palette().color(QPalette::Link).name();
    QStringList parts;
    bool lastWasGap = false;
    for (int i = 0; i < shown.size(); ++i) {
        if (elided.at(i)) {
            if (!lastWasGap) {
                parts.append(gap);
            }
            lastWasGap = true;
            continue;
        }
        lastWasGap = false;
        const QString title = (i + 1 == shown.size() ? last : shown.at(i).title).toHtmlEscaped();
        const QUrl &url = shown.at(i).url;
        parts.append(url.isEmpty() ? title
                                   : QStringLiteral("<a href=\"%1\" style=\"color: %2\">%3</a>")
                                         .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                              linkColour, title));
    }
    setText(m_prefix.toHtmlEscaped() + parts.join(separator));
}

} // namespace qingnang
