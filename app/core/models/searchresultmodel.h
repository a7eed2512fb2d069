// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>

namespace qingnang {

// Search hits grouped 专题 / 文章 / 问答, each group under a header row that
// cannot be selected, best hits first within each group, and at the end a row
// that opens the full results page. When the query finds nothing, plain rows
// say so and what helps: the suggestion (did you mean), the topics nearest in
// spelling, the 症状 department, all departments, and a tip.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // NoticeRow: plain text, opens nothing. SuggestionRow: did you mean (a
    // link that searches the suggestion).
    enum RowKind { HeaderRow, HitRow, MoreRow, NoticeRow, SuggestionRow };

    explicit SearchResultModel(QObject *parent = nullptr);

    // scopeTitle/scopeUrl: a topic the reader is in, offered as "search only there".
    void setResults(const QString &query, const QList<SearchHit> &hits,
                    const QString &scopeTitle = {}, const QUrl &scopeUrl = {});
    // The same with the help a result carries when it found little (suggestions.h).
    void setResults(const QString &query, const SearchResult &result,
                    const QString &scopeTitle = {}, const QUrl &scopeUrl = {});
    void clear();
    QString query() const { return m_query; }
    int hitCount() const { return int(m_hitCount); }
    // What Enter opens: the first hit; with no hits, the suggestion (if any),
    // never a page that would find nothing again.
    QModelIndex firstHit() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Hits shown per group in the sidebar; the rest are on the results page.
    static constexpr int perGroup = 8;

private:
    struct Row
    {
        RowKind kind;
        QString text; // header or "more" label
        SearchHit hit;
        QUrl url; // what a "more" row opens
    };
    QList<Row> m_rows;
    QString m_query;
    qsizetype m_hitCount = 0;
};

} // namespace qingnang
