// SPDX-License-Identifier: MIT
#include "bookmarkdialogs.h"
#include "ui_bookmarkdialog.h"
#include "ui_notedialog.h"
#include "ui_organizebookmarks.h"

#include "models/bookmarkmodel.h"
#include "models/roles.h"
#include "userdata/userdata.h"
#include "userdata/userdatatext.h"

#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>

namespace qingnang {

namespace {

using Kind = BookmarkModel::Kind;

// An item of the tree with its kind and id, which identify it across resets.
struct Item
{
    QModelIndex index;
    Kind kind;
    qint64 id;
};

Item itemAt(const QModelIndex &index)
{
    return {index, BookmarkModel::kindOf(index), BookmarkModel::idOf(index)};
}

// Asks for a new folder's name under title and label (each dialog's own
// words); empty when the user cancels or gives only white space.
QString askFolderName(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok && !name.trimmed().isEmpty() ? name : QString();
}

struct FolderChoice
{
    QString label; // indented by depth
    qint64 id = 0;
};

// The places a bookmark or folder can go, as a list offers them: topLevel
// (id 0), then every folder of the model, depth first, indented by its depth.
// The folder without (and every folder inside it) is left out: a folder
// cannot move into itself.
QList<FolderChoice> folderChoices(const BookmarkModel &model, const QString &topLevel,
                                  qint64 without = 0)
{
    QList<FolderChoice> choices{{topLevel, 0}};
    const auto add = [&](const auto &self, const QModelIndex &parent, int depth) -> void {
        // Folders come first among a folder's children.
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex folder = model.index(row, 0, parent);
            if (BookmarkModel::kindOf(folder) != Kind::Folder) {
                break;
            }
            const qint64 id = BookmarkModel::idOf(folder);
            if (without != 0 && id == without) {
                continue;
            }
            choices.append(
                {QString(2 * (depth + 1), QLatin1Char(' ')) + folder.data().toString(), id});
            self(self, folder, depth + 1);
        }
    };
    add(add, QModelIndex(), 0);
    return choices;
}

} // namespace

BookmarkDialog::BookmarkDialog(UserData *userData, const QUrl &url, const QString &title,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BookmarkDialog>())
    , m_userData(userData)
    , m_folders(new BookmarkModel(userData, this))
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
    for (const FolderChoice &choice : folderChoices(*m_folders, tr("收藏（顶层）"))) {
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
    const QString name = askFolderName(this, tr("新建文件夹"), tr("文件夹名称："));
    if (name.isEmpty()) {
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
    finish(ok, Outcome::Saved);
}

void BookmarkDialog::remove()
{
    bool ok = true;
    for (const Bookmark &bookmark : m_userData->bookmarks().ofPage(m_url)) {
        ok = m_userData->bookmarks().remove(bookmark.id) && ok;
    }
    finish(ok, Outcome::Removed);
}

void BookmarkDialog::finish(bool ok, Outcome outcome)
{
    if (!ok) {
        showError();
        return;
    }
    m_outcome = outcome;
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

// The folders of the tree with the folder icon of the style (the model, below
// the widgets, has no icons).
class FolderIconDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QStyle *style = option->widget ? option->widget->style() : nullptr;
        if (style && BookmarkModel::kindOf(index) == Kind::Folder) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = style->standardIcon(QStyle::SP_DirIcon, option, option->widget);
            option->decorationSize =
                option->icon.actualSize(option->decorationSize, QIcon::Normal, QIcon::Off);
        }
    }
};

} // namespace

OrganizeBookmarksDialog::OrganizeBookmarksDialog(UserData *userData, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganizeBookmarksDialog>())
    , m_userData(userData)
    , m_model(new BookmarkModel(userData, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("organizeBookmarksDialog"));
    m_ui->statusLabel->hide();
    QTreeView *tree = m_ui->bookmarkTree;
    tree->setModel(m_model);
    tree->setItemDelegate(new FolderIconDelegate(tree));
    tree->installEventFilter(this);
    // Whatever changed the store, the tree is read again, everything
    // expanded, and the user stays on the same item (or the first).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex index = current();
        m_kindBeforeReset = index.isValid() ? int(BookmarkModel::kindOf(index)) : 0;
        m_idBeforeReset = BookmarkModel::idOf(index);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->bookmarkTree->expandAll();
        select(m_model->indexOf(Kind(m_kindBeforeReset), m_idBeforeReset));
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganizeBookmarksDialog::updateButtons);
    connect(tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (BookmarkModel::kindOf(index) == Kind::Bookmark) {
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
    tree->expandAll();
    select({});
}

OrganizeBookmarksDialog::~OrganizeBookmarksDialog() = default;

QModelIndex OrganizeBookmarksDialog::current() const
{
    return m_ui->bookmarkTree->currentIndex();
}

void OrganizeBookmarksDialog::select(const QModelIndex &index)
{
    m_ui->bookmarkTree->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    updateButtons();
}

void OrganizeBookmarksDialog::updateButtons()
{
    const QModelIndex index = current();
    const Kind kind = BookmarkModel::kindOf(index); // 0 for no item
    m_ui->openButton->setEnabled(kind == Kind::Bookmark);
    m_ui->renameButton->setEnabled(index.isValid());
    m_ui->removeButton->setEnabled(index.isValid());
    m_ui->moveButton->setEnabled(index.isValid());
    // Up and down within the item's own kind: folders come before bookmarks.
    const bool up =
        index.isValid() && BookmarkModel::kindOf(index.siblingAtRow(index.row() - 1)) == kind;
    const bool down =
        index.isValid() && BookmarkModel::kindOf(index.siblingAtRow(index.row() + 1)) == kind;
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
    const QModelIndex index = current();
    if (BookmarkModel::kindOf(index) == Kind::Bookmark) {
        Q_EMIT openRequested(index.data(UrlRole).toUrl());
    }
}

void OrganizeBookmarksDialog::newFolder()
{
    const QModelIndex index = current();
    // In the folder chosen, or beside the item chosen.
    const qint64 parent = BookmarkModel::kindOf(index) == Kind::Folder
                              ? BookmarkModel::idOf(index)
                              : index.data(FolderIdRole).toLongLong();
    const QString name = askFolderName(this, tr("新建文件夹"), tr("文件夹名称："));
    if (name.isEmpty()) {
        return;
    }
    const qint64 id = m_userData->bookmarks().addFolder(name, parent);
    if (check(id != 0)) {
        select(m_model->indexOf(Kind::Folder, id));
    }
}

void OrganizeBookmarksDialog::renameSelected()
{
    const auto [index, kind, id] = itemAt(current());
    if (!index.isValid()) {
        return;
    }
    const QString text = index.data().toString();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("重命名"), tr("新的名称："), QLineEdit::Normal, text, &ok);
    if (!ok || name.trimmed().isEmpty() || name == text) {
        return;
    }
    if (check(kind == Kind::Folder ? m_userData->bookmarks().renameFolder(id, name)
                                   : m_userData->bookmarks().rename(id, name))) {
        select(m_model->indexOf(kind, id));
    }
}

void OrganizeBookmarksDialog::removeSelected()
{
    auto [index, kind, id] = itemAt(current());
    if (!index.isValid()) {
        return;
    }
    if (kind == Kind::Folder && m_model->hasChildren(index)) {
        const int bookmarks = index.data(BookmarkCountRole).toInt();
        QMessageBox box(QMessageBox::Question, tr("删除文件夹"),
                        tr("删除文件夹“%1”和其中的全部内容（%2 条收藏）？")
                            .arg(index.data().toString())
                            .arg(bookmarks),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removeFolderQuestion"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) {
            return;
        }
        index = m_model->indexOf(kind, id); // the tree may have been read again meanwhile
        if (!index.isValid()) {
            return;
        }
    }
    // What to select afterwards: the next item, or the one before, or the parent.
    QModelIndex next = m_ui->bookmarkTree->indexBelow(index);
    if (next.isValid() && next.parent() != index.parent()) {
        next = QModelIndex();
    }
    if (!next.isValid()) {
        next = m_ui->bookmarkTree->indexAbove(index);
    }
    const Kind nextKind = BookmarkModel::kindOf(next);
    const qint64 nextId = BookmarkModel::idOf(next);
    if (check(kind == Kind::Folder ? m_userData->bookmarks().removeFolder(id)
                                   : m_userData->bookmarks().remove(id))) {
        select(m_model->indexOf(nextKind, nextId));
    }
}

void OrganizeBookmarksDialog::moveSelected()
{
    const auto [index, kind, id] = itemAt(current());
    if (!index.isValid()) {
        return;
    }
    const QList<FolderChoice> choices =
        folderChoices(*m_model, tr("收藏（顶层）"), kind == Kind::Folder ? id : 0);
    QStringList names;
    for (const FolderChoice &choice : choices) {
        names.append(choice.label);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("移到文件夹"), tr("移到："), names, 0, false, &ok);
    const qsizetype chosenIndex = names.indexOf(chosen);
    if (!ok || chosenIndex < 0) {
        return;
    }
    const qint64 target = choices.at(chosenIndex).id;
    if (check(kind == Kind::Folder ? m_userData->bookmarks().moveFolder(id, target)
                                   : m_userData->bookmarks().move(id, target))) {
        select(m_model->indexOf(kind, id));
    }
}

void OrganizeBookmarksDialog::shiftSelected(int step)
{
    const auto [index, kind, id] = itemAt(current());
    if (!index.isValid() || !(step < 0 ? m_ui->upButton : m_ui->downButton)->isEnabled()) {
        return;
    }
    const qint64 parentId = index.data(FolderIdRole).toLongLong();
    const int position = index.data(PositionRole).toInt() + step;
    if (check(kind == Kind::Folder ? m_userData->bookmarks().moveFolder(id, parentId, position)
                                   : m_userData->bookmarks().move(id, parentId, position))) {
        select(m_model->indexOf(kind, id));
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
