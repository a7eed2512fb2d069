// SPDX-License-Identifier: MIT
#include "bookmarkdialogs.h"
#include "ui_bookmarkdialog.h"
#include "ui_notedialog.h"
#include "ui_organizebookmarks.h"

#include "userdata/userdata.h"
#include "userdata/userdatatext.h"

#include <QHash>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace qingnang {

namespace {

struct FolderChoice
{
    QString label; // indented by depth
    qint64 id = 0;
};

// The places a bookmark or folder can go, as a list offers them: topLevel
// (id 0), then every folder indented by its depth. A folder without (and every
// folder inside it) is left out: a folder cannot move into itself.
QList<FolderChoice> folderChoices(const UserData &userData, const QString &topLevel,
                                  qint64 without = 0)
{
    QList<FolderChoice> choices{{topLevel, 0}};
    QHash<qint64, int> depth;
    QSet<qint64> excluded;
    for (const BookmarkFolder &folder : userData.bookmarks().allFolders()) {
        const int level = folder.parentId == 0 ? 0 : depth.value(folder.parentId) + 1;
        depth.insert(folder.id, level);
        if (without != 0 && (folder.id == without || excluded.contains(folder.parentId))) {
            excluded.insert(folder.id);
            continue;
        }
        choices.append({QString(2 * (level + 1), QLatin1Char(' ')) + folder.name, folder.id});
    }
    return choices;
}

} // namespace

BookmarkDialog::BookmarkDialog(UserData *userData, const QUrl &url, const QString &title,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BookmarkDialog>())
    , m_userData(userData)
    , m_url(url)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bookmarkDialog"));
    m_ui->statusLabel->hide();
    const QList<Bookmark> existing = m_userData->bookmarks().ofPage(url);
    qint64 folder = 0;
    if (existing.isEmpty()) {
        m_ui->titleEdit->setText(title);
        m_ui->removeButton->hide();
    } else {
        setWindowTitle(tr("编辑收藏"));
        m_bookmarkId = existing.first().id;
        m_ui->titleEdit->setText(existing.first().title);
        folder = existing.first().folderId;
    }
    fillFolders(folder);
    m_ui->titleEdit->selectAll();
    connect(m_ui->newFolderButton, &QPushButton::clicked, this, &BookmarkDialog::newFolder);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &BookmarkDialog::remove);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BookmarkDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
}

BookmarkDialog::~BookmarkDialog() = default;

void BookmarkDialog::fillFolders(qint64 select)
{
    m_ui->folderBox->clear();
    for (const FolderChoice &choice : folderChoices(*m_userData, tr("收藏（顶层）"))) {
        m_ui->folderBox->addItem(choice.label, choice.id);
    }
    const int index = m_ui->folderBox->findData(select);
    m_ui->folderBox->setCurrentIndex(index < 0 ? 0 : index);
}

QString BookmarkDialog::folderName() const
{
    return m_ui->folderBox->currentIndex() <= 0 ? QString()
                                                : m_ui->folderBox->currentText().trimmed();
}

void BookmarkDialog::newFolder()
{
    const qint64 parent = m_ui->folderBox->currentData().toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("新建文件夹"), tr("文件夹名称："),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const qint64 id = m_userData->bookmarks().addFolder(name, parent);
    if (id == 0) {
        showError();
        return;
    }
    fillFolders(id);
}

void BookmarkDialog::save()
{
    const QString title = m_ui->titleEdit->text().trimmed();
    const qint64 folder = m_ui->folderBox->currentData().toLongLong();
    bool ok = false;
    if (m_bookmarkId == 0) {
        m_bookmarkId = m_userData->bookmarks().add(m_url, title, folder);
        ok = m_bookmarkId != 0;
    } else {
        const std::optional<Bookmark> current = m_userData->bookmarks().bookmark(m_bookmarkId);
        ok = current.has_value();
        if (ok && current->title != title) {
            ok = m_userData->bookmarks().rename(m_bookmarkId, title);
        }
        if (ok && current->folderId != folder) {
            ok = m_userData->bookmarks().move(m_bookmarkId, folder);
        }
    }
    if (!ok) {
        showError();
        return;
    }
    m_outcome = Outcome::Saved;
    accept();
}

void BookmarkDialog::remove()
{
    bool ok = true;
    for (const Bookmark &bookmark : m_userData->bookmarks().ofPage(m_url)) {
        ok = m_userData->bookmarks().remove(bookmark.id) && ok;
    }
    if (!ok) {
        showError();
        return;
    }
    m_outcome = Outcome::Removed;
    accept();
}

void BookmarkDialog::showError()
{
    m_ui->statusLabel->setText(tr("没能保存：%1").arg(m_userData->errorString()));
    m_ui->statusLabel->show();
}

NoteDialog::NoteDialog(UserData *userData, const QUrl &url, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteDialog>())
    , m_userData(userData)
    , m_url(url)
    , m_title(title)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("noteDialog"));
    m_ui->pageLabel->setText(tr("页面：%1").arg(title));
    if (const std::optional<Note> note = m_userData->notes().note(url)) {
        m_ui->noteEdit->setPlainText(note->text);
        m_ui->noteEdit->moveCursor(QTextCursor::End);
    }
    updateCount();
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &NoteDialog::updateCount);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NoteDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NoteDialog::~NoteDialog() = default;

void NoteDialog::updateCount()
{
    const qsizetype length = m_ui->noteEdit->toPlainText().size();
    const bool tooLong = length > userdata::maxNoteLength;
    m_ui->countLabel->setText(
        tooLong ? tr("%1 字，超过了 %2 字的上限")
                      .arg(QLocale().toString(length), QLocale().toString(userdata::maxNoteLength))
                : tr("%1 字").arg(QLocale().toString(length)));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!tooLong);
}

void NoteDialog::save()
{
    if (!m_userData->notes().set(m_url, m_ui->noteEdit->toPlainText(), m_title)) {
        m_ui->countLabel->setText(tr("没能保存：%1").arg(m_userData->errorString()));
        return;
    }
    accept();
}

} // namespace qingnang

namespace qingnang {

namespace {
constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
constexpr int urlRole = Qt::UserRole + 2;
constexpr int folderDepthLimit = 32;
} // namespace

OrganizeBookmarksDialog::OrganizeBookmarksDialog(UserData *userData, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganizeBookmarksDialog>())
    , m_userData(userData)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("organizeBookmarksDialog"));
    m_ui->statusLabel->hide();
    m_ui->bookmarkTree->installEventFilter(this);
    connect(m_ui->bookmarkTree, &QTreeWidget::itemSelectionChanged, this,
            &OrganizeBookmarksDialog::updateButtons);
    connect(m_ui->bookmarkTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kindRole).toInt() == BookmarkItem) {
            openSelected();
        }
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &OrganizeBookmarksDialog::openSelected);
    connect(m_ui->newFolderButton, &QPushButton::clicked, this,
            &OrganizeBookmarksDialog::newFolder);
    connect(m_ui->renameButton, &QPushButton::clicked, this,
            &OrganizeBookmarksDialog::renameSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &OrganizeBookmarksDialog::removeSelected);
    connect(m_ui->moveButton, &QPushButton::clicked, this, &OrganizeBookmarksDialog::moveSelected);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { shiftSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { shiftSelected(1); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

OrganizeBookmarksDialog::~OrganizeBookmarksDialog() = default;

void OrganizeBookmarksDialog::addChildren(QTreeWidgetItem *parent, qint64 folderId, int depth)
{
    const auto add = [this, parent](const QString &text, int kind, qint64 id) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->bookmarkTree);
        item->setText(0, text);
        item->setData(0, kindRole, kind);
        item->setData(0, idRole, id);
        return item;
    };
    if (depth < folderDepthLimit) {
        for (const BookmarkFolder &folder : m_userData->bookmarks().folders(folderId)) {
            QTreeWidgetItem *item = add(folder.name, FolderItem, folder.id);
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            addChildren(item, folder.id, depth + 1);
        }
    }
    for (const Bookmark &bookmark : m_userData->bookmarks().inFolder(folderId)) {
        QTreeWidgetItem *item = add(bookmark.title, BookmarkItem, bookmark.id);
        item->setData(0, urlRole, bookmark.url);
        item->setToolTip(0, bookmark.url.toString());
    }
}

// Fills the tree again, everything expanded, with the item (kind, id) selected.
void OrganizeBookmarksDialog::reload(int kind, qint64 id)
{
    m_ui->bookmarkTree->clear();
    addChildren(nullptr, 0, 0);
    m_ui->bookmarkTree->expandAll();
    for (QTreeWidgetItemIterator it(m_ui->bookmarkTree); *it; ++it) {
        if ((*it)->data(0, kindRole).toInt() == kind && (*it)->data(0, idRole).toLongLong() == id) {
            m_ui->bookmarkTree->setCurrentItem(*it);
            break;
        }
    }
    if (!m_ui->bookmarkTree->currentItem() && m_ui->bookmarkTree->topLevelItemCount() > 0) {
        m_ui->bookmarkTree->setCurrentItem(m_ui->bookmarkTree->topLevelItem(0));
    }
    updateButtons();
}

void OrganizeBookmarksDialog::updateButtons()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    const int kind = item ? item->data(0, kindRole).toInt() : 0;
    m_ui->openButton->setEnabled(kind == BookmarkItem);
    m_ui->renameButton->setEnabled(item != nullptr);
    m_ui->removeButton->setEnabled(item != nullptr);
    m_ui->moveButton->setEnabled(item != nullptr);
    // Up and down within the item's own kind: folders come before bookmarks.
    bool up = false;
    bool down = false;
    if (item) {
        QTreeWidgetItem *parent = item->parent();
        const int count = parent ? parent->childCount() : m_ui->bookmarkTree->topLevelItemCount();
        const int index =
            parent ? parent->indexOfChild(item) : m_ui->bookmarkTree->indexOfTopLevelItem(item);
        const auto at = [&](int i) {
            return parent ? parent->child(i) : m_ui->bookmarkTree->topLevelItem(i);
        };
        up = index > 0 && at(index - 1)->data(0, kindRole).toInt() == kind;
        down = index + 1 < count && at(index + 1)->data(0, kindRole).toInt() == kind;
    }
    m_ui->upButton->setEnabled(up);
    m_ui->downButton->setEnabled(down);
}

bool OrganizeBookmarksDialog::check(bool ok)
{
    if (ok) {
        m_ui->statusLabel->hide();
    } else {
        m_ui->statusLabel->setText(tr("没能保存：%1").arg(m_userData->errorString()));
        m_ui->statusLabel->show();
    }
    return ok;
}

void OrganizeBookmarksDialog::openSelected()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    if (item && item->data(0, kindRole).toInt() == BookmarkItem) {
        Q_EMIT openRequested(item->data(0, urlRole).toUrl());
    }
}

void OrganizeBookmarksDialog::newFolder()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    qint64 parent = 0;
    if (item && item->data(0, kindRole).toInt() == FolderItem) {
        parent = item->data(0, idRole).toLongLong();
    } else if (item && item->parent()) {
        parent = item->parent()->data(0, idRole).toLongLong();
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("新建文件夹"), tr("文件夹名称："),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const qint64 id = m_userData->bookmarks().addFolder(name, parent);
    if (check(id != 0)) {
        reload(FolderItem, id);
    }
}

void OrganizeBookmarksDialog::renameSelected()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    if (!item) {
        return;
    }
    const int kind = item->data(0, kindRole).toInt();
    const qint64 id = item->data(0, idRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("重命名"), tr("新的名称："),
                                               QLineEdit::Normal, item->text(0), &ok);
    if (!ok || name.trimmed().isEmpty() || name == item->text(0)) {
        return;
    }
    if (check(kind == FolderItem ? m_userData->bookmarks().renameFolder(id, name)
                                 : m_userData->bookmarks().rename(id, name))) {
        reload(kind, id);
    }
}

void OrganizeBookmarksDialog::removeSelected()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    if (!item) {
        return;
    }
    const int kind = item->data(0, kindRole).toInt();
    const qint64 id = item->data(0, idRole).toLongLong();
    if (kind == FolderItem && item->childCount() > 0) {
        std::function<int(const QTreeWidgetItem *)> count = [&](const QTreeWidgetItem *folder) {
            int bookmarks = 0;
            for (int i = 0; i < folder->childCount(); ++i) {
                const QTreeWidgetItem *child = folder->child(i);
                bookmarks += child->data(0, kindRole).toInt() == BookmarkItem ? 1 : count(child);
            }
            return bookmarks;
        };
        const int bookmarks = count(item);
        QMessageBox box(
            QMessageBox::Question, tr("删除文件夹"),
            tr("删除文件夹“%1”和其中的全部内容（%2 条收藏）？").arg(item->text(0)).arg(bookmarks),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removeFolderQuestion"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) {
            return;
        }
    }
    // What to select afterwards: the next item, or the one before, or the parent.
    QTreeWidgetItem *next = m_ui->bookmarkTree->itemBelow(item);
    while (next && next->parent() != item->parent()) {
        next = nullptr;
    }
    if (!next) {
        next = m_ui->bookmarkTree->itemAbove(item);
    }
    const int nextKind = next ? next->data(0, kindRole).toInt() : 0;
    const qint64 nextId = next ? next->data(0, idRole).toLongLong() : 0;
    if (check(kind == FolderItem ? m_userData->bookmarks().removeFolder(id)
                                 : m_userData->bookmarks().remove(id))) {
        reload(nextKind, nextId);
    }
}

void OrganizeBookmarksDialog::moveSelected()
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    if (!item) {
        return;
    }
    const int kind = item->data(0, kindRole).toInt();
    const qint64 id = item->data(0, idRole).toLongLong();
    const QList<FolderChoice> choices =
        folderChoices(*m_userData, tr("收藏（顶层）"), kind == FolderItem ? id : 0);
    QStringList names;
    for (const FolderChoice &choice : choices) {
        names.append(choice.label);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("移到文件夹"), tr("移到："), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0) {
        return;
    }
    const qint64 target = choices.at(index).id;
    if (check(kind == FolderItem ? m_userData->bookmarks().moveFolder(id, target)
                                 : m_userData->bookmarks().move(id, target))) {
        reload(kind, id);
    }
}

void OrganizeBookmarksDialog::shiftSelected(int step)
{
    QTreeWidgetItem *item = m_ui->bookmarkTree->currentItem();
    if (!item || !(step < 0 ? m_ui->upButton : m_ui->downButton)->isEnabled()) {
        return;
    }
    const int kind = item->data(0, kindRole).toInt();
    const qint64 id = item->data(0, idRole).toLongLong();
    QTreeWidgetItem *parent = item->parent();
    const qint64 parentId = parent ? parent->data(0, idRole).toLongLong() : 0;
    const auto indexOf = [id](const auto &items) {
        for (int i = 0; i < int(items.size()); ++i) {
            if (items.at(i).id == id) {
                return i;
            }
        }
        return -1;
    };
    const int index = kind == FolderItem ? indexOf(m_userData->bookmarks().folders(parentId))
                                         : indexOf(m_userData->bookmarks().inFolder(parentId));
    if (index < 0) {
        return;
    }
    if (check(kind == FolderItem ? m_userData->bookmarks().moveFolder(id, parentId, index + step)
                                 : m_userData->bookmarks().move(id, parentId, index + step))) {
        reload(kind, id);
    }
}

bool OrganizeBookmarksDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->bookmarkTree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_F2) {
            renameSelected();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            shiftSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace qingnang
