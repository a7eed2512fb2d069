// SPDX-License-Identifier: MIT
#include "bookmarkmodel.h"

#include "models/roles.h"
#include "userdata/userdata.h"

#include <QUrl>

#include <vector>

namespace qingnang {

struct BookmarkModel::Node
{
    Kind kind = Kind::Folder;
    qint64 id = 0;       // 0: the invisible root, the top level
    qint64 folderId = 0; // the folder it is in
    QString title;       // a folder's name, a bookmark's title
    QUrl url;            // a bookmark's
    Node *parent = nullptr;
    int row = 0;
    int folderCount = 0;   // children that are folders: they come first
    int bookmarkCount = 0; // bookmarks inside, at any depth
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->folderId = id;
        child->row = int(children.size());
        folderCount += child->kind == Kind::Folder ? 1 : 0;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

BookmarkModel::BookmarkModel(UserData *userData, QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    setUserData(userData);
}

BookmarkModel::~BookmarkModel() = default;

UserData *BookmarkModel::userData() const
{
    return m_userData;
}

void BookmarkModel::setUserData(UserData *userData)
{
    if (m_userData) {
        disconnect(m_userData, nullptr, this, nullptr);
    }
    m_userData = userData;
    if (m_userData) {
        connect(m_userData, &UserStore::bookmarksChanged, this, &BookmarkModel::reload);
        // A store that goes away leaves an empty model, not a dangling one.
        connect(m_userData, &QObject::destroyed, this, &BookmarkModel::reload);
    }
    reload();
}

void BookmarkModel::reload()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

// Reads the tree: the store's folders, depth first (each after its parent),
// then each folder's bookmarks after its subfolders.
void BookmarkModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_folders.clear();
    m_bookmarks.clear();
    if (!m_userData || !m_userData->isOpen()) {
        return;
    }
    const Bookmarks &store = m_userData->bookmarks();
    std::vector<Node *> folders{m_root.get()};
    for (const BookmarkFolder &folder : store.allFolders()) {
        Node *parent =
            m_folders.value(folder.parentId, folder.parentId == 0 ? m_root.get() : nullptr);
        if (!parent) {
            continue; // allFolders() lists a parent first; never in a sound store
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Folder;
        node->id = folder.id;
        node->title = folder.name;
        Node *added = parent->addChild(std::move(node));
        m_folders.insert(folder.id, added);
        folders.push_back(added);
    }
    for (Node *folder : folders) {
        for (const Bookmark &bookmark : store.inFolder(folder->id)) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Bookmark;
            node->id = bookmark.id;
            node->title = bookmark.title;
            node->url = bookmark.url;
            m_bookmarks.insert(bookmark.id, folder->addChild(std::move(node)));
            for (Node *up = folder; up; up = up->parent) {
                ++up->bookmarkCount;
            }
        }
    }
}

BookmarkModel::Node *BookmarkModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BookmarkModel::indexOfNode(const Node *node) const
{
    return node && node != m_root.get() ? createIndex(node->row, 0, node) : QModelIndex();
}

QModelIndex BookmarkModel::indexOf(Kind kind, qint64 id) const
{
    return indexOfNode((kind == Kind::Folder ? m_folders : m_bookmarks).value(id));
}

BookmarkModel::Kind BookmarkModel::kindOf(const QModelIndex &index)
{
    return Kind(index.data(BookmarkKindRole).toInt());
}

qint64 BookmarkModel::idOf(const QModelIndex &index)
{
    return index.data(BookmarkIdRole).toLongLong();
}

QModelIndex BookmarkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, nodeOf(parent)->children.at(std::size_t(row)).get());
}

QModelIndex BookmarkModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(nodeOf(child)->parent) : QModelIndex();
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int BookmarkModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool BookmarkModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeOf(index);
    const bool folder = node->kind == Kind::Folder;
    switch (role) {
    case Qt::DisplayRole:
        return node->title;
    case Qt::ToolTipRole:
        return folder ? QVariant() : QVariant(node->url.toString());
    case UrlRole:
        return folder ? QVariant() : QVariant(node->url);
    case BookmarkKindRole:
        return int(node->kind);
    case BookmarkIdRole:
        return node->id;
    case FolderIdRole:
        return node->folderId;
    case PositionRole:
        return folder ? node->row : node->row - node->parent->folderCount;
    case BookmarkCountRole:
        return folder ? QVariant(node->bookmarkCount) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Kind::Bookmark) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(UrlRole, "url");
    names.insert(BookmarkKindRole, "kind");
    names.insert(BookmarkIdRole, "id");
    names.insert(FolderIdRole, "folderId");
    names.insert(PositionRole, "position");
    names.insert(BookmarkCountRole, "bookmarkCount");
    return names;
}

} // namespace qingnang
