// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>

namespace qingnang {

// Search hits grouped 专题 / 文章 / 问答, each group under a header row that
// cannot be selected, best hits first within each group, and at the end a row
// that opens the full results page.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum RowKind { HeaderRow, HitRow, MoreRow };

    explicit SearchResultModel(QObject *parent = nullptr);

    // scopeTitle/scopeUrl: a topic the reader is in, offered as "search only there".
    void setResults(const QString &query, const QList<SearchHit> &hits,
                    const QString &scopeTitle = {}, const QUrl &scopeUrl = {});
    void clear();
    QString query() const { return m_query; }
    int hitCount() const { return int(m_hitCount); }
    // The first row that opens something (a hit, or the full results).
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
