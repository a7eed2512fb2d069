// SPDX-License-Identifier: MIT
// MainWindow: opening, closing and reopening packs (File menu, the tree's
// context menu, and the link on the page of a pack that was closed).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "messagetext.h"

#include "models/qalistmodel.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packschema.h"
#include "packmemory.h"
#include "util/logging.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

namespace qingnang {

void MainWindow::setupPackActions()
{
    connect(m_ui->actionClosePack, &QAction::triggered, this, [this] {
        if (const auto pack = packOfCurrentPage()) {
            askAndClosePack(pack->id());
        }
    });
    m_reopenMenu = new QMenu(this);
    m_reopenMenu->setObjectName(QStringLiteral("reopenPackMenu"));
    // Under 关闭内容包, before the separator that follows it.
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    const qsizetype close = fileActions.indexOf(m_ui->actionClosePack);
    m_ui->menuFile->insertMenu(fileActions.value(close + 1), m_reopenMenu);
    connect(m_reopenMenu, &QMenu::aboutToShow, this, [this] {
        m_reopenMenu->clear();
        for (const Library::ClosedPack &closed : m_library->closedPacks()) {
            const QString id = closed.id;
            m_reopenMenu->addAction(closed.title, this, [this, id] { reopenPack(id); });
        }
    });
    updatePackActions();
}

std::shared_ptr<Pack> MainWindow::packOfCurrentPage() const
{
    return m_page.pack ? m_page.pack : m_library->primaryPack();
}

// The File menu names the pack it would close, and offers what was closed.
void MainWindow::updatePackActions()
{
    const auto pack = packOfCurrentPage();
    m_ui->actionClosePack->setEnabled(bool(pack));
    m_ui->actionClosePack->setText(
        pack ? tr("关闭内容包「%1」(&C)…").arg(m_library->displayTitle(*pack))
             : tr("关闭内容包(&C)"));
    if (m_reopenMenu) {
        m_reopenMenu->setTitle(tr("重新打开内容包(&R)"));
        m_reopenMenu->menuAction()->setEnabled(!m_library->closedPacks().isEmpty());
    }
}

void MainWindow::chooseAndOpenPack()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("打开内容包"), QString(),
        tr("青囊内容包 (*.%1);;所有文件 (*)").arg(QLatin1String(schema::fileSuffix)));
    if (!path.isEmpty()) {
        openPackFile(path);
    }
}

bool MainWindow::openPackFile(const QString &path)
{
    const QString error = m_library->openPack(path);
    if (!error.isEmpty()) {
        qCWarning(lcUi).noquote() << error;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("无法打开内容包"),
                                    tr("这个文件不能作为内容包打开。"), QMessageBox::Ok, this);
        box->setInformativeText(asPlainText(error));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (!m_private) {
        packmemory::remember(path);
    }
    openUrl(pageurl::start());
    statusBar()->showMessage(
        tr("已打开内容包：%1").arg(m_library->displayTitle(*m_library->packs().last())), 5000);
    return true;
}

bool MainWindow::askAndClosePack(const QString &packId)
{
    const auto pack = m_library->packById(packId);
    if (!pack) {
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("关闭内容包"),
                    tr("关闭内容包「%1」？").arg(m_library->displayTitle(*pack)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closePackDialog"));
    box.setInformativeText(
        asPlainText(tr("关闭后，它的页面、书签和笔记暂时打不开，文件不会被删除。\n"
                       "可以用「文件 › 重新打开内容包」再次打开。")));
    QPushButton *close = box.addButton(tr("关闭内容包"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(close);
    box.exec();
    if (box.clickedButton() != close) {
        return false;
    }
    closePack(packId);
    return true;
}

void MainWindow::closePack(const QString &packId)
{
    const auto pack = m_library->packById(packId);
    if (!pack) {
        return;
    }
    const QString title = m_library->displayTitle(*pack);
    if (!m_private) {
        // Reopened, a pack that was remembered for the next start is again.
        if (packmemory::load().contains(pack->path())) {
            m_rememberedClosed.insert(pack->id());
        }
        packmemory::forget(pack->path());
    }
    if (m_page.pack == pack) {
        m_page = Page();
    }
    m_qaModel->clear();
    m_library->removePack(packId);
    openUrl(pageurl::start());
    statusBar()->showMessage(tr("已关闭内容包：%1").arg(title), 5000);
}

bool MainWindow::reopenPack(const QString &packId)
{
    const auto &closed = m_library->closedPacks();
    const auto found = std::find_if(closed.cbegin(), closed.cend(),
                                    [&packId](const auto &pack) { return pack.id == packId; });
    if (found == closed.cend()) {
        return false;
    }
    const Library::ClosedPack pack = *found;
    if (const QString error = m_library->openPack(pack.path, pack.wasPrimary ? 0 : -1);
        !error.isEmpty()) {
        qCWarning(lcUi).noquote() << error;
        QMessageBox::warning(this, tr("无法打开内容包"), error);
        return false;
    }
    if (!m_private && m_rememberedClosed.remove(pack.id)) {
        packmemory::remember(pack.path);
    }
    // The page that said its pack was closed shows what it is now.
    if (!m_history.isEmpty() && m_page.kind == PageKind::Invalid) {
        requestPage(0, false);
    } else {
        updatePackActions();
    }
    statusBar()->showMessage(tr("已重新打开内容包：%1").arg(pack.title), 5000);
    return true;
}

} // namespace qingnang
