// SPDX-License-Identifier: MIT
#include "searchresultmodel.h"

#include "address/pageurl.h"
#include "models/roles.h"

#include <QCoreApplication>

namespace qingnang {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultModel::setResults(const QString &query, const QList<SearchHit> &hits,
                                   const QString &scopeTitle, const QUrl &scopeUrl)
{
    SearchResult result;
    result.hits = hits;
    setResults(query, result, scopeTitle, scopeUrl);
}

void SearchResultModel::setResults(const QString &query, const SearchResult &result,
                                   const QString &scopeTitle, const QUrl &scopeUrl)
{
    const QList<SearchHit> &hits = result.hits;
    auto text = [](const char *source) {
        return QCoreApplication::translate("qingnang::SearchResultModel", source);
    };
    beginResetModel();
    m_rows.clear();
    m_query = query;
    m_hitCount = hits.size();
    if (!result.suggestion.isEmpty()) {
        m_rows.append({SuggestionRow,
                       text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "你是不是要找：%1"))
                           .arg(result.suggestion),
                       {},
                       pageurl::search(result.suggestion)});
    }
    const struct
    {
        HitKind kind;
        const char *label;
    } groups[] = {{HitKind::Topic, QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "专题")},
                  {HitKind::Article, QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "文章")},
                  {HitKind::Question, QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "问答")}};
    for (const auto &group : groups) {
        QList<SearchHit> members;
        for (const SearchHit &hit : hits) {
            if (hit.kind == group.kind) {
                members.append(hit);
            }
        }
        if (members.isEmpty()) {
            continue;
        }
        const QString label =
            QCoreApplication::translate("qingnang::SearchResultModel", group.label);
        m_rows.append({HeaderRow, label + QStringLiteral(" (%1)").arg(members.size()), {}, {}});
        for (qsizetype i = 0; i < members.size() && i < perGroup; ++i) {
            m_rows.append({HitRow, {}, members.at(i), members.at(i).url});
        }
    }
    if (query.trimmed().isEmpty()) {
        endResetModel();
        return;
    }
    if (hits.isEmpty()) {
        // Plain words, then what helps; nothing here searches for nothing again.
        m_rows.insert(0, {NoticeRow,
                          text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "没有找到结果")),
                          {},
                          {}});
        if (result.outsideScope) {
            // Said plainly, once: the library holds health knowledge only.
            m_rows.insert(1,
                          {NoticeRow,
                           text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel",
                                                  "这里只有健康知识，这个问题看起来不是健康问题")),
                           {},
                           {}});
        }
        if (!result.nearTopics.isEmpty()) {
            m_rows.append({HeaderRow,
                           text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "相近的专题")),
                           {},
                           {}});
            for (const TopicLink &topic : result.nearTopics) {
                m_rows.append({MoreRow, topic.text, {}, topic.url});
            }
        }
        if (result.symptomsPage.isValid()) {
            m_rows.append({MoreRow,
                           text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "按症状查找 ›")),
                           {},
                           result.symptomsPage});
        }
        m_rows.append({MoreRow,
                       text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel", "浏览全部科室 ›")),
                       {},
                       pageurl::start()});
        m_rows.append({NoticeRow,
                       text(QT_TRANSLATE_NOOP("qingnang::SearchResultModel",
                                              "换个说法，或只输入病名、症状试试")),
                       {},
                       {}});
        endResetModel();
        return;
    }
    m_rows.append({MoreRow,
                   QCoreApplication::translate("qingnang::SearchResultModel", "查看全部结果 ›"),
                   {},
                   pageurl::search(query)});
    if (!scopeTitle.isEmpty() && scopeUrl.isValid()) {
        m_rows.append(
            {MoreRow,
             QCoreApplication::translate("qingnang::SearchResultModel", "只在「%1」中搜索 ›")
                 .arg(scopeTitle),
             {},
             scopeUrl});
    }
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_query.clear();
    m_hitCount = 0;
    endResetModel();
}

QModelIndex SearchResultModel::firstHit() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool wanted =
            m_hitCount > 0 ? m_rows.at(row).kind == HitRow : m_rows.at(row).kind == SuggestionRow;
        if (wanted) {
            return index(row);
        }
    }
    // Hits of a model filled otherwise (none here): the first row that opens something.
    for (int row = 0; m_hitCount > 0 && row < m_rows.size(); ++row) {
        if (flags(index(row)) & Qt::ItemIsSelectable) {
            return index(row);
        }
    }
    return {};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return Qt::NoItemFlags;
    }
    const Row &row = m_rows.at(index.row());
    if (row.kind == HeaderRow || (row.kind == MoreRow && !row.url.isValid())) {
        return Qt::ItemNeverHasChildren; // not selectable: arrow keys pass over it
    }
    if (row.kind == NoticeRow) {
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren; // read as text, never selected
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.kind == HitRow ? row.hit.title : row.text;
    case Qt::ToolTipRole:
        return row.kind == HitRow ? QString(row.hit.title + QLatin1Char('\n') + row.hit.topic)
                                  : row.text;
    case Qt::AccessibleDescriptionRole: {
        if (row.kind != HitRow) {
            return {};
        }
        QString snippet = row.hit.snippet;
        snippet.remove(QChar(SearchHit::snippetOpen)).remove(QChar(SearchHit::snippetClose));
        return QString(row.hit.topic + QStringLiteral("：") + snippet);
    }
    case RowKindRole:
        return int(row.kind);
    case HitKindRole:
        return row.kind == HitRow ? int(row.hit.kind) : -1;
    case TopicTitleRole:
        return row.hit.topic;
    case SnippetRole:
        return row.hit.snippet;
    case UrlRole:
        return row.url;
    case PackIdRole:
        return row.hit.packId;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(HitKindRole, "hitKind");
    names.insert(TopicTitleRole, "topicTitle");
    names.insert(SnippetRole, "snippet");
    names.insert(UrlRole, "url");
    return names;
}

} // namespace qingnang
