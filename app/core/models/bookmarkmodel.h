// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>

namespace qingnang {

class UserData;

// The user's bookmarks (收藏) as a tree, read-only: each folder holds its
// subfolders, then its bookmarks, both in the store's order; the top level
// holds the folders and bookmarks of no folder. One column: the folder's name
// or the bookmark's title (DisplayRole), the address (UrlRole and ToolTipRole
// of a bookmark), and the roles of roles.h from BookmarkKindRole on.
//
// The interface's one walk of the folder tree: the Bookmarks menu and the
// bookmark dialogs are built from it (the bookmarks page, in pages beside
// models, reads Bookmarks::allFolders() itself). Every
// UserData::bookmarksChanged() reads the tree again and resets the model.
class BookmarkModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Folder = 1, Bookmark = 2 };

    explicit BookmarkModel(UserData *userData = nullptr, QObject *parent = nullptr);
    ~BookmarkModel() override;

    UserData *userData() const;
    void setUserData(UserData *userData); // resets the model

    // The item of a folder or bookmark; invalid when there is none (and for
    // folder 0, the top level).
    QModelIndex indexOf(Kind kind, qint64 id) const;
    static Kind kindOf(const QModelIndex &index);
    static qint64 idOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    void reload();
    void rebuild();

    QPointer<UserData> m_userData;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_folders;
    QHash<qint64, Node *> m_bookmarks;
};

} // namespace qingnang
