// SPDX-License-Identifier: MIT
#include "topictreemodel.h"

#include "address/pageurl.h"
#include "models/roles.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "util/logging.h"
#include "util/numbers.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QUrl>

namespace qingnang {

struct TopicTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    std::shared_ptr<Pack> pack; // null only for the invisible root over several packs
    bool isPackRoot = false;    // the pack itself: its children are the pack's departments
    TopicNode topic;            // id 0 for a pack root
    std::vector<std::unique_ptr<Node>> children;
    bool complete = true; // every child has been read

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

TopicTreeModel::TopicTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
    auto reset = [this] {
        const QScopedValueRollback guard(m_notifying, true);
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(m_library, &Library::packAdded, this, reset);
    connect(m_library, &Library::packRemoved, this, reset);
    rebuild();
}

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::rebuild()
{
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
        if (!m_root->complete) {
            const auto first = m_root->pack->childTopics(0, Pack::listStart, 0, batchSize);
            for (const TopicNode &topic : first) {
                auto child = std::make_unique<Node>();
                child->pack = m_root->pack;
                child->topic = topic;
                child->complete = topic.childCount == 0;
                m_root->addChild(std::move(child));
            }
            m_root->complete = first.size() < batchSize;
        }
    } else {
        for (const auto &pack : packs) {
            m_root->addChild(packRoot(pack));
        }
    }
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
    if (node->complete || !node->pack || m_notifying) {
        return;
    }
    int afterPosition = Pack::listStart;
    qint64 afterId = 0;
    if (!node->children.empty()) {
        afterPosition = node->children.back()->topic.position;
        afterId = node->children.back()->topic.id;
    }
    const QList<TopicNode> batch =
        node->pack->childTopics(node->topic.id, afterPosition, afterId, batchSize);
    node->complete = batch.size() < batchSize;
    if (batch.isEmpty()) {
        return;
    }
    const int first = int(node->children.size());
    const QScopedValueRollback guard(m_notifying, true);
    beginInsertRows(parent, first, first + int(batch.size()) - 1);
    for (const TopicNode &topic : batch) {
        auto child = std::make_unique<Node>();
        child->pack = node->pack;
        child->topic = topic;
        child->complete = topic.childCount == 0;
        node->addChild(std::move(child));
    }
    endInsertRows();
    qCDebug(lcModels) << "read" << batch.size() << "children of" << node->topic.title;
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
    return names;
}

QModelIndex TopicTreeModel::indexForTopic(const QString &packId, qint64 topicId)
{
    const auto pack = m_library->packById(packId);
    if (!pack) {
        return {};
    }
    Node *node = m_root.get();
    if (m_root->pack != pack) {
        node = nullptr;
        for (const auto &child : m_root->children) {
            if (child->pack == pack) {
                node = child.get();
            }
        }
        if (!node) {
            return {};
        }
    }
    for (const TopicNode &step : pack->topicPath(topicId)) {
        Node *found = nullptr;
        std::size_t scanned = 0;
        for (;;) {
            for (; scanned < node->children.size() && !found; ++scanned) {
                if (node->children[scanned]->topic.id == step.id) {
                    found = node->children[scanned].get();
                }
            }
            // A topic far down a huge list (a damaged or hostile pack may give
            // one parent a million children) is not worth reading them all:
            // the page opens, the tree just does not show where it is.
            if (found || node->complete || node->children.size() >= maxRowsToReveal) {
                break;
            }
            fetchMore(indexOf(node));
            if (node->children.size() == scanned) {
                break; // nothing more could be read
            }
        }
        if (!found) {
            return {};
        }
        node = found;
    }
    return node == m_root.get() || node->isPackRoot ? QModelIndex() : indexOf(node);
}

} // namespace qingnang
