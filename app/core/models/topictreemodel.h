// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packtypes.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace qingnang {

class Library;
class Pack;
class PackReader;

// The topic tree of every open pack: department > sub-department > topic.
// With one pack its departments are the top level; with several, each pack is
// a root of its own. Children are read from the pack when a branch is first
// expanded (canFetchMore/fetchMore), a batch at a time, or all at once where
// a level is listed in pinyin order. The children are read on a thread of the
// model's own (a PackReader): fetchMore() asks for them and returns, and they
// are inserted when they come; a branch has one read on its way at a time.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit TopicTreeModel(Library *library, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Finds the item of a topic, reading the branches on its way (off this
    // thread), and tells with topicRevealed when it is there. Nothing is told
    // when it is not found, or when reaching it would mean reading more than
    // maxRowsToReveal children of one parent. A newer call replaces an older one.
    void revealTopic(const QString &packId, qint64 topicId);
    static constexpr std::size_t maxRowsToReveal = 10000;
    // No read is on its way, and none is waited for.
    bool isIdle() const { return m_pendingReads == 0; }

    // How the children of a branch are listed: in the pack's own order; in
    // pinyin order; or (Auto) in the pack's order where a level is small and in
    // pinyin order where it has more than groupThreshold children. A level in
    // pinyin order with more than groupThreshold children is grouped under its
    // letters A–Z (IsGroupRole). Levels of more than maxSortedChildren keep the
    // pack's order and are read a batch at a time.
    enum class Order { PackOrder, Pinyin, Auto };
    Order order() const { return m_order; }
    void setOrder(Order order); // resets the model when the order changes
    static constexpr int groupThreshold = 60;
    static constexpr int maxSortedChildren = 5000;

    // How many children one fetchMore() reads (QTreeView asks for a few
    // batches when it opens a branch, then more as it scrolls).
    static constexpr int batchSize = 200;

Q_SIGNALS:
    // The item of the topic revealTopic() was asked for is in the model.
    void topicRevealed(const QModelIndex &index, const QString &packId, qint64 topicId);

private:
    struct Node;
    struct Read;
    struct Children;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    void rebuild();
    void reset();
    void insertChildren(quint64 generation, Node *node, Children &children);
    static Children readChildren(const Read &read);
    static std::unique_ptr<Node> topicNode(const std::shared_ptr<Pack> &pack,
                                           const TopicNode &topic);
    static Node *findChild(Node *node, qint64 topicId);
    static QString countsText(const TopicNode &node);
    void continueReveal();

    Library *m_library;
    PackReader *m_reader;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0; // a read for the tree before a reset is dropped
    int m_pendingReads = 0;
    bool m_notifying = false;
    Order m_order = Order::PackOrder;
    // The topic being revealed: its pack, and the ids on the way to it, root first.
    struct Reveal
    {
        std::shared_ptr<Pack> pack;
        qint64 topicId = 0;
        QList<qint64> path;
        quint64 serial = 0;
    };
    Reveal m_reveal;
};

} // namespace qingnang
