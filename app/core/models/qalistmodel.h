// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"

#include <QAbstractListModel>

#include <memory>

namespace qingnang {

class Library;
class Pack;
class PackReader;

// The questions of one topic, read from the pack a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a topic with thousands of questions
// opens at once. The pages are read on a thread of the model's own (a
// PackReader): fetchMore() asks for the next page and returns, and the rows
// are inserted when it comes; one page is asked for at a time.
class QaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // library: the packs' library, whose closing packs the model's thread lets go of.
    explicit QaListModel(Library *library = nullptr, QObject *parent = nullptr);
    ~QaListModel() override;

    // Shows the questions of topicId in pack (which is kept alive while shown).
    void setTopic(std::shared_ptr<Pack> pack, qint64 topicId, bool primaryPack = true);
    void clear();
    qint64 topicId() const { return m_topicId; }
    // A page of rows has been asked for and has not come yet.
    bool isFetching() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Questions read by one fetchMore().
    static constexpr int pageSize = 50;

private:
    void insertPage(quint64 generation, const QList<QuestionSummary> &page);

    PackReader *m_reader;
    quint64 m_generation = 0; // which topic a page that comes was read for
    bool m_fetching = false;
    std::shared_ptr<Pack> m_pack;
    qint64 m_topicId = 0;
    bool m_primaryPack = true;
    QList<QuestionSummary> m_questions;
    bool m_complete = true;
    bool m_notifying = false;
};

} // namespace qingnang
