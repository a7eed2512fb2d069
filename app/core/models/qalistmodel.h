// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"

#include <QAbstractListModel>

#include <memory>

namespace qingnang {

class Pack;

// The questions of one topic, read from the pack a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a topic with thousands of questions
// opens at once.
class QaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit QaListModel(QObject *parent = nullptr);
    ~QaListModel() override;

    // Shows the questions of topicId in pack (which is kept alive while shown).
    void setTopic(std::shared_ptr<Pack> pack, qint64 topicId, bool primaryPack = true);
    void clear();
    qint64 topicId() const { return m_topicId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Questions read by one fetchMore().
    static constexpr int pageSize = 50;

private:
    std::shared_ptr<Pack> m_pack;
    qint64 m_topicId = 0;
    bool m_primaryPack = true;
    QList<QuestionSummary> m_questions;
    bool m_complete = true;
    bool m_notifying = false;
};

} // namespace qingnang
