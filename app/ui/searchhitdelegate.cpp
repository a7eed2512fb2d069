// SPDX-License-Identifier: MIT
#include "searchhitdelegate.h"

#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "search/searchengine.h"

#include <QPainter>

namespace qingnang {

namespace {

constexpr int padding = 6;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

// Draws text whose matches are marked (SearchHit::snippetOpen/Close) on one
// line: matches on a tint, the rest plain, an ellipsis where it runs out.
void drawMarked(QPainter *painter, const QRect &rect, const QString &marked, const QColor &text,
                const QColor &tint)
{
    const QFontMetrics metrics(painter->font());
    const QString ellipsis(QChar(0x2026));
    int x = rect.left();
    bool inMatch = false;
    QString run;
    auto flush = [&](bool last) {
        if (run.isEmpty()) {
            return true;
        }
        const int room = rect.right() - x;
        QString shown = run;
        bool cut = false;
        if (metrics.horizontalAdvance(shown) > room) {
            shown = metrics.elidedText(run, Qt::ElideRight, room);
            cut = true;
        } else if (!last && metrics.horizontalAdvance(shown) == room) {
            cut = true;
        }
        const int width = metrics.horizontalAdvance(shown);
        const QRect area(x, rect.top(), width, rect.height());
        if (inMatch && width > 0) {
            painter->fillRect(area.adjusted(-1, 1, 1, -1), tint);
        }
        painter->setPen(text);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, shown);
        x += width;
        run.clear();
        return !cut && shown != ellipsis;
    };
    for (const QChar c : marked) {
        if (c == QChar(SearchHit::snippetOpen) || c == QChar(SearchHit::snippetClose)) {
            if (!flush(false)) {
                return;
            }
            inMatch = c == QChar(SearchHit::snippetOpen);
            continue;
        }
        run += c;
    }
    flush(true);
}

bool isItem(const QModelIndex &index)
{
    const auto rowKind = SearchResultModel::RowKind(index.data(RowKindRole).toInt());
    return rowKind != SearchResultModel::HeaderRow && rowKind != SearchResultModel::NoticeRow;
}

void paintText(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
               const QString &title)
{
    const auto rowKind = SearchResultModel::RowKind(index.data(RowKindRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = RowDelegate::textColor(opt);
    const QColor muted = RowDelegate::mutedColor(opt, 0.6);
    QColor tint = opt.palette.color(QPalette::Highlight);
    tint.setAlphaF(selected ? 0.45 : 0.22);
    const QRect area = opt.rect.adjusted(padding + 2, padding / 2, -padding, -padding / 2);

    if (rowKind == SearchResultModel::HeaderRow) {
        QFont bold = smallFont(opt.font);
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(muted);
        painter->drawText(area, Qt::AlignBottom | Qt::AlignLeft, title);
    } else if (rowKind == SearchResultModel::NoticeRow) {
        // Plain words, not a link: they open nothing.
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, title);
    } else if (rowKind == SearchResultModel::MoreRow ||
               rowKind == SearchResultModel::SuggestionRow) {
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Link));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, title);
    } else {
        const QFontMetrics titleMetrics(opt.font);
        const QFont small = smallFont(opt.font);
        const QFontMetrics smallMetrics(small);
        const QString topic = index.data(TopicTitleRole).toString();
        const int topicWidth =
            topic.isEmpty() ? 0 : qMin(smallMetrics.horizontalAdvance(topic), area.width() / 3);
        const QRect titleRect(area.left(), area.top(),
                              area.width() - topicWidth - (topicWidth ? 8 : 0),
                              titleMetrics.height());
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                          titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
        painter->setFont(small);
        if (topicWidth) {
            painter->setPen(muted);
            painter->drawText(
                QRect(area.right() - topicWidth, area.top(), topicWidth, titleMetrics.height()),
                Qt::AlignVCenter | Qt::AlignRight,
                smallMetrics.elidedText(topic, Qt::ElideRight, topicWidth));
        }
        const QRect snippetRect(area.left(), titleRect.bottom() + 2, area.width(),
                                smallMetrics.height());
        drawMarked(painter, snippetRect, index.data(SnippetRole).toString(), muted, tint);
    }
}

QSize rowSize(const QStyleOptionViewItem &option, const QModelIndex &index, QSize)
{
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    switch (SearchResultModel::RowKind(index.data(RowKindRole).toInt())) {
    case SearchResultModel::HeaderRow:
        return {0, small.height() + padding * 2};
    case SearchResultModel::NoticeRow:
        if (option.widget) {
            // Wrapped to the list's width, so that a tip is read whole.
            const int width = qMax(60, option.widget->width() - 2 * padding - 24);
            const QRect needed = metrics.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap,
                                                      index.data().toString());
            return {0, needed.height() + padding * 2};
        }
        return {0, metrics.height() + padding * 2};
    case SearchResultModel::MoreRow:
    case SearchResultModel::SuggestionRow:
        return {0, metrics.height() + padding * 2};
    case SearchResultModel::HitRow:
        break;
    }
    return {0, metrics.height() + small.height() + 2 + padding * 2};
}

} // namespace

SearchHitDelegate::SearchHitDelegate(QObject *parent)
    : RowDelegate({paintText, rowSize, isItem}, parent)
{}

} // namespace qingnang
