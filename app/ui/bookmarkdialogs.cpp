// SPDX-License-Identifier: MIT
#include "bookmarkdialogs.h"
#include "ui_bookmarkdialog.h"
#include "ui_notedialog.h"

#include "userdata/userdata.h"
#include "userdata/userdatatext.h"

#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace qingnang {

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
    const QList<Bookmark> existing = m_userData->bookmarksOf(url);
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
    m_ui->folderBox->addItem(tr("收藏（顶层）"), qint64(0));
    QHash<qint64, int> depth;
    for (const BookmarkFolder &folder : m_userData->allFolders()) {
        const int level = folder.parentId == 0 ? 0 : depth.value(folder.parentId) + 1;
        depth.insert(folder.id, level);
        m_ui->folderBox->addItem(QString(2 * (level + 1), QLatin1Char(' ')) + folder.name,
                                 folder.id);
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
    const qint64 id = m_userData->addFolder(name, parent);
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
        m_bookmarkId = m_userData->addBookmark(m_url, title, folder);
        ok = m_bookmarkId != 0;
    } else {
        const std::optional<Bookmark> current = m_userData->bookmark(m_bookmarkId);
        ok = current.has_value();
        if (ok && current->title != title) {
            ok = m_userData->renameBookmark(m_bookmarkId, title);
        }
        if (ok && current->folderId != folder) {
            ok = m_userData->moveBookmark(m_bookmarkId, folder);
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
    for (const Bookmark &bookmark : m_userData->bookmarksOf(m_url)) {
        ok = m_userData->removeBookmark(bookmark.id) && ok;
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
    if (const std::optional<Note> note = m_userData->note(url)) {
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
    if (!m_userData->setNote(m_url, m_ui->noteEdit->toPlainText(), m_title)) {
        m_ui->countLabel->setText(tr("没能保存：%1").arg(m_userData->errorString()));
        return;
    }
    accept();
}

} // namespace qingnang
