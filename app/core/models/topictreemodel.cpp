// SPDX-License-Identifier: MIT
#include "topictreemodel.h"

#include "address/pageurl.h"
#include "models/roles.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packreader.h"
#include "text/pinyinorder.h"
#include "util/logging.h"
#include "util/numbers.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QUrl>

#include <algorithm>

namespace qingnang {

struct TopicTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    std::shared_ptr<Pack> pack; // null only for the invisible root over several packs
    bool isPackRoot = false;    // the pack itself: its children are the pack's departments
    bool isGroup = false; // a letter A–Z over the titles it starts (topic.title is the letter)
    TopicNode topic;      // id 0 for a pack root
    std::vector<std::unique_ptr<Node>> children;
    bool complete = true;  // every child has been read
    bool fetching = false; // children are being read

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

// What a read of a branch's next children needs to know of it, as values
// (the branch itself is the GUI thread's).
struct TopicTreeModel::Read
{
    std::shared_ptr<Pack> pack;
    qint64 topicId = 0;
    bool isPackRoot = false;
    int childCount = 0;
    bool first = true; // no child read yet
    int afterPosition = Pack::listStart;
    qint64 afterId = 0;
    Order order = Order::PackOrder;
};

// The children read, and whether they are all the branch has.
struct TopicTreeModel::Children
{
    std::vector<std::unique_ptr<Node>> nodes;
    bool complete = true;
};

TopicTreeModel::TopicTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
    , m_reader(new PackReader(QStringLiteral("qingnang-topic-tree"), library, this))
{
    connect(m_library, &Library::packAdded, this, &TopicTreeModel::reset);
    connect(m_library, &Library::packRemoved, this, &TopicTreeModel::reset);
    rebuild();
    fetchMore({});
}

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::reset()
{
    {
        const QScopedValueRollback guard(m_notifying, true);
        beginResetModel();
        rebuild();
        endResetModel();
    }
    fetchMore({}); // one pack: its departments, the top level
    continueReveal();
}

void TopicTreeModel::rebuild()
{
    ++m_generation;
    m_root = std::make_unique<Node>();
    const auto &packs = m_library->packs();
    auto packRoot = [this](const std::shared_ptr<Pack> &pack) {
        auto node = std::make_unique<Node>();
        node->pack = pack;
        node->isPackRoot = true;
        node->topic.title = m_library->displayTitle(*pack);
        node->topic.childCount = int(qMin<qint64>(pack->info().counts.topics, INT_MAX));
        node->topic.totalArticles = int(qMin<qint64>(pack->info().counts.articles, INT_MAX));
        node->topic.totalQuestions = int(qMin<qint64>(pack->info().counts.questions, INT_MAX));
        node->complete = node->topic.childCount == 0;
        return node;
    };
    if (packs.size() == 1) {
        // One pack: its departments are the top level.
        m_root = packRoot(packs.first());
    } else {
        for (const auto &pack : packs) {
            m_root->addChild(packRoot(pack));
        }
    }
}

void TopicTreeModel::setOrder(Order order)
{
    if (order == m_order) {
        return;
    }
    m_order = order;
    reset();
}

std::unique_ptr<TopicTreeModel::Node> TopicTreeModel::topicNode(const std::shared_ptr<Pack> &pack,
                                                                const TopicNode &topic)
{
    auto node = std::make_unique<Node>();
    node->pack = pack;
    node->topic = topic;
    node->complete = topic.childCount == 0;
    return node;
}

// The next children of a branch that is not complete: a batch in the pack's
// order, or, where the level is listed in pinyin order, all of them at once
// (under their letters when there are many). Marks the branch complete when
// nothing is left to read. Runs on the reader's thread.
TopicTreeModel::Children TopicTreeModel::readChildren(const Read &read)
{
    Children children;
    std::vector<std::unique_ptr<Node>> &result = children.nodes;
    QList<TopicNode> topics;
    // A pack root's childCount is the pack's number of topics, not of its
    // departments: only a topic's own count can rule out sorting unread.
    const bool mayBeSorted = read.order != Order::PackOrder && read.first &&
                             (read.isPackRoot || read.childCount <= maxSortedChildren);
    if (mayBeSorted) {
        topics = read.pack->childTopics(read.topicId, Pack::listStart, 0, maxSortedChildren + 1);
        const qsizetype count = topics.size();
        const bool sorted = count <= maxSortedChildren &&
                            (read.order == Order::Pinyin ? count > 1 : count > groupThreshold);
        if (sorted) {
            struct Entry
            {
                PinyinKey key;
                TopicNode topic;
            };
            std::vector<Entry> entries;
            entries.reserve(size_t(count));
            for (const TopicNode &topic : std::as_const(topics)) {
                entries.push_back({PinyinKey::of(topic.title), topic});
            }
            const PinyinOrder order;
            std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
                return order.less(a.key, a.topic.title, b.key, b.topic.title);
            });
            const bool grouped = count > groupThreshold;
            for (const Entry &entry : entries) {
                if (!grouped) {
                    result.push_back(topicNode(read.pack, entry.topic));
                    continue;
                }
                if (result.empty() || result.back()->topic.title != QString(entry.key.letter)) {
                    auto group = std::make_unique<Node>();
                    group->pack = read.pack;
                    group->isGroup = true;
                    group->topic.title = QString(entry.key.letter);
                    result.push_back(std::move(group));
                }
                Node *group = result.back().get();
                group->topic.totalArticles += entry.topic.totalArticles;
                group->topic.totalQuestions += entry.topic.totalQuestions;
                group->addChild(topicNode(read.pack, entry.topic));
                group->topic.childCount = int(group->children.size());
            }
            children.complete = true;
            return children;
        }
        // A small level keeps the pack's order; a huge one is read in batches
        // from here on, starting with the first of what was just read.
        if (count > batchSize) {
            topics.resize(batchSize);
        }
        children.complete = count < batchSize;
    } else {
        topics = read.pack->childTopics(read.topicId, read.afterPosition, read.afterId, batchSize);
        children.complete = topics.size() < batchSize;
    }
    for (const TopicNode &topic : std::as_const(topics)) {
        result.push_back(topicNode(read.pack, topic));
    }
    return children;
}

TopicTreeModel::Node *TopicTreeModel::findChild(Node *node, qint64 topicId)
{
    for (const auto &child : node->children) {
        if (child->isGroup) {
            if (Node *found = findChild(child.get(), topicId)) {
                return found;
            }
        } else if (child->topic.id == topicId) {
            return child.get();
        }
    }
    return nullptr;
}

TopicTreeModel::Node *TopicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TopicTreeModel::indexOf(Node *node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size())) {
        return {};
    }
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(nodeOf(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node *node = nodeOf(parent);
    return !node->children.empty() || !node->complete;
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.column() <= 0 && !nodeOf(parent)->complete;
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    // Nothing is read while a change is being announced: whoever reacts to
    // modelReset or rowsInserted by fetching more (Qt 6.4's model tester does)
    // would otherwise insert rows inside another insertion.
    if (node->complete || node->fetching || !node->pack || m_notifying) {
        return;
    }
    Read read;
    read.pack = node->pack;
    read.topicId = node->topic.id;
    read.isPackRoot = node->isPackRoot;
    read.childCount = node->topic.childCount;
    read.first = node->children.empty();
    if (!node->children.empty()) {
        read.afterPosition = node->children.back()->topic.position;
        read.afterId = node->children.back()->topic.id;
    }
    read.order = m_order;
    node->fetching = true;
    ++m_pendingReads;
    m_reader->post<Children>(
        {node->pack}, [read] { return readChildren(read); },
        [this, generation = m_generation, node](Children children) {
            insertChildren(generation, node, children);
        });
}

// Children read for node come: inserted, unless the tree was built anew
// since (and node is gone).
void TopicTreeModel::insertChildren(quint64 generation, Node *node, Children &children)
{
    --m_pendingReads;
    if (generation != m_generation) {
        return;
    }
    node->fetching = false;
    node->complete = children.complete;
    if (!children.nodes.empty()) {
        const int first = int(node->children.size());
        const QScopedValueRollback guard(m_notifying, true);
        beginInsertRows(indexOf(node), first, first + int(children.nodes.size()) - 1);
        for (auto &child : children.nodes) {
            node->addChild(std::move(child));
        }
        endInsertRows();
        qCDebug(lcModels) << "read" << children.nodes.size() << "children of" << node->topic.title;
    } else if (node->complete && node != m_root.get()) {
        // A branch that turned out empty no longer offers to expand.
        const QModelIndex index = indexOf(node);
        Q_EMIT dataChanged(index, index);
    }
    continueReveal();
}

QString TopicTreeModel::countsText(const TopicNode &node)
{
    QStringList parts;
    if (node.totalArticles > 0) {
        parts.append(QCoreApplication::translate("qingnang::TopicTreeModel", "%1篇")
                         .arg(groupedNumber(node.totalArticles)));
    }
    if (node.totalQuestions > 0) {
        parts.append(QCoreApplication::translate("qingnang::TopicTreeModel", "%1问")
                         .arg(groupedNumber(node.totalQuestions)));
    }
    return parts.join(QStringLiteral("·"));
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->topic.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case CountsRole:
        if (node->isGroup) {
            const QString items = QCoreApplication::translate("qingnang::TopicTreeModel", "%1项")
                                      .arg(groupedNumber(node->topic.childCount));
            return role == Qt::ToolTipRole
                       ? QCoreApplication::translate("qingnang::TopicTreeModel", "以 %1 开头的 %2")
                             .arg(node->topic.title, items)
                       : items;
        }
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::ToolTipRole: {
        const QString counts = countsText(node->topic);
        return counts.isEmpty()
                   ? node->topic.title
                   : node->topic.title + QStringLiteral(" (") + counts + QLatin1Char(')');
    }
    case Qt::AccessibleDescriptionRole:
    case CountsRole:
        return countsText(node->topic);
    case UrlRole: {
        if (node->isGroup) {
            return QUrl();
        }
        if (node->isPackRoot) {
            return pageurl::start();
        }
        const bool primary = m_library->primaryPack() == node->pack;
        return pageurl::topic(node->topic.slug, primary ? QString() : node->pack->id());
    }
    case TopicIdRole:
        return node->topic.id;
    case PackIdRole:
        return node->pack ? node->pack->id() : QString();
    case IsPackRole:
        return node->isPackRoot;
    case IsGroupRole:
        return node->isGroup;
    default:
        return {};
    }
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->complete && nodeOf(index)->children.empty()) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

QHash<int, QByteArray> TopicTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(UrlRole, "url");
    names.insert(CountsRole, "counts");
    names.insert(TopicIdRole, "topicId");
    names.insert(PackIdRole, "packId");
    names.insert(IsPackRole, "isPack");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

void TopicTreeModel::revealTopic(const QString &packId, qint64 topicId)
{
    const auto pack = m_library->packById(packId);
    m_reveal = {pack, topicId, {}, m_reveal.serial + 1};
    if (!pack) {
        m_reveal.pack.reset();
        return;
    }
    ++m_pendingReads;
    m_reader->post<QList<qint64>>(
        {pack},
        [pack, topicId] {
            QList<qint64> path;
            for (const TopicNode &step : pack->topicPath(topicId)) {
                path.append(step.id);
            }
            return path;
        },
        [this, serial = m_reveal.serial](const QList<qint64> &path) {
            --m_pendingReads;
            if (serial != m_reveal.serial || !m_reveal.pack) {
                return; // a newer reveal replaced this one
            }
            if (path.isEmpty()) {
                m_reveal.pack.reset();
                return;
            }
            m_reveal.path = path;
            continueReveal();
        });
}

// Walks the way to the topic being revealed as far as the tree has read it,
// and asks for the next children where it stops; tells when it is there.
void TopicTreeModel::continueReveal()
{
    if (!m_reveal.pack || m_reveal.path.isEmpty() || m_notifying) {
        return;
    }
    Node *node = m_root.get();
    if (m_root->pack != m_reveal.pack) {
        node = nullptr;
        for (const auto &child : m_root->children) {
            if (child->pack == m_reveal.pack) {
                node = child.get();
            }
        }
        if (!node) {
            m_reveal.pack.reset();
            return;
        }
    }
    for (const qint64 step : std::as_const(m_reveal.path)) {
        Node *found = findChild(node, step);
        if (found) {
            node = found;
            continue;
        }
        // A topic far down a huge list (a damaged or hostile pack may give
        // one parent a million children) is not worth reading them all:
        // the page opens, the tree just does not show where it is.
        if (node->complete || node->children.size() >= maxRowsToReveal) {
            m_reveal.pack.reset();
        } else {
            fetchMore(indexOf(node)); // and on from here when they come
        }
        return;
    }
    const Reveal reveal = m_reveal;
    m_reveal.pack.reset();
    if (node != m_root.get() && !node->isPackRoot) {
        Q_EMIT topicRevealed(indexOf(node), reveal.pack->id(), reveal.topicId);
    }
}

} // namespace qingnang
