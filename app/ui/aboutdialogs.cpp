// SPDX-License-Identifier: MIT
#include "aboutdialogs.h"

#include "messagetext.h"
#include "pack/library.h"
#include "pack/pack.h"
#include "pages/pagerenderer.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace qingnang {

QString ShortcutsDialog::plainText(const QString &actionText)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&|…"));
    return QString(actionText).remove(mnemonic).trimmed();
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("键盘快捷键"));
    auto *table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("键盘快捷键"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("操作"), tr("按键")});
    const auto add = [table](const QString &what, const QString &keys) {
        table->addTopLevelItem(new QTreeWidgetItem(table, {what, keys}));
    };
    // Every menu command with a key, in menu order; then the keys of the lists.
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                walk(action->menu());
            } else if (!action->shortcuts().isEmpty()) {
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts()) {
                    keys.append(key.toString(QKeySequence::NativeText));
                }
                add(plainText(action->text()), keys.join(QStringLiteral("  ")));
            }
        }
    };
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu()) {
            walk(action->menu());
        }
    }
    for (QAction *action : window->actions()) {
        if (!action->shortcuts().isEmpty()) {
            add(action->text(), action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    add(tr("在搜索结果中移动"), tr("↑  ↓"));
    add(tr("打开选中的结果"), tr("Enter"));
    add(tr("清除搜索，回到目录"), tr("Esc"));
    add(tr("展开 / 收起目录"), tr("→  ←"));
    add(tr("在页面中查找上一处"), tr("Shift+Enter（在查找栏中）"));
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

AboutBox::AboutBox(const Library &library, QWidget *parent)
    : QMessageBox(parent)
{
    QString packs;
    for (const auto &pack : library.packs()) {
        const PackInfo &info = pack->info();
        QStringList facts;
        if (!info.source.isEmpty()) {
            facts.append(tr("来源：%1").arg(PageRenderer::sourceText(info.source).toHtmlEscaped()));
        }
        if (!info.contentDate.isEmpty()) {
            facts.append(tr("内容日期：%1").arg(info.contentDate.toHtmlEscaped()));
        }
        if (!info.license.isEmpty()) {
            facts.append(tr("许可：%1").arg(info.license.toHtmlEscaped()));
        }
        packs += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                     .arg(library.displayTitle(*pack).toHtmlEscaped(),
                          facts.join(QStringLiteral("<br/>")));
    }
    setObjectName(QStringLiteral("aboutBox"));
    setWindowTitle(tr("关于青囊"));
    setTextFormat(Qt::RichText);
    setText(tr("<h3>青囊 %1</h3><p>离线的中文健康知识阅读器。程序以 MIT 许可发布。</p>"
               "<p>内容仅供参考，不能代替专业医师的诊断和处方。</p>")
                .arg(QStringLiteral(QINGNANG_VERSION)) +
            packs);
    setStandardButtons(QMessageBox::Ok);
    setAttribute(Qt::WA_DeleteOnClose);
}

// The window's words, with the window's translations.
DisclaimerNotice::DisclaimerNotice(const QString &disclaimer, QWidget *parent)
    : QMessageBox(QMessageBox::Information,
                  QCoreApplication::translate("qingnang::MainWindow", "使用前请阅读"),
                  QCoreApplication::translate(
                      "qingnang::MainWindow",
                      "<p>青囊收录的健康知识仅供学习参考，不能代替医生的诊断和治疗。</p>"
                      "<p>%1</p><p>如有身体不适，请及时就医；遇到急症，请立即拨打 120。</p>")
                      .arg(disclaimer.toHtmlEscaped()),
                  QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("disclaimerNotice"));
    setTextFormat(Qt::RichText);
    QPushButton *understood = addButton(
        QCoreApplication::translate("qingnang::MainWindow", "我已了解"), QMessageBox::AcceptRole);
    setDefaultButton(understood);
    setEscapeButton(understood);
    setAttribute(Qt::WA_DeleteOnClose);
}

void showPackProblems(const QStringList &problems, QWidget *parent)
{
    if (problems.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("qingnang::MainWindow", "无法打开内容包"),
        problems.size() == 1
            ? QCoreApplication::translate("qingnang::MainWindow", "有一个内容包无法打开，已跳过。")
            : QCoreApplication::translate("qingnang::MainWindow",
                                          "有 %1 个内容包无法打开，已跳过。")
                  .arg(problems.size()),
        QMessageBox::Ok, parent);
    // File names come from anywhere: shown as text, never read as markup.
    box->setInformativeText(asPlainText(problems.join(QLatin1Char('\n'))));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

QString packStatus(const Library &library, const std::shared_ptr<Pack> &shownPack)
{
    const auto &packs = library.packs();
    if (packs.isEmpty()) {
        return QCoreApplication::translate("qingnang::MainWindow", "没有打开的内容包");
    }
    std::shared_ptr<Pack> pagePack = shownPack && packs.contains(shownPack) ? shownPack : nullptr;
    if (!pagePack && packs.size() == 1) {
        pagePack = packs.first();
    }
    QString name;
    PackCounts counts;
    QStringList dates;
    if (pagePack) {
        name = library.displayTitle(*pagePack);
        counts = pagePack->info().counts;
        dates.append(pagePack->info().contentDate);
    } else {
        name = QCoreApplication::translate("qingnang::MainWindow", "%1 个内容包").arg(packs.size());
        for (const auto &pack : packs) {
            counts.topicsWithContent += pack->info().counts.topicsWithContent;
            counts.articles += pack->info().counts.articles;
            counts.questions += pack->info().counts.questions;
            if (!dates.contains(pack->info().contentDate)) {
                dates.append(pack->info().contentDate);
            }
        }
    }
    dates.removeAll(QString());
    QStringList parts{name};
    const QString held = PageRenderer::countsText(counts, QStringLiteral(" · "));
    if (!held.isEmpty()) {
        parts.append(held);
    }
    if (!dates.isEmpty()) {
        parts.append(
            QCoreApplication::translate("qingnang::MainWindow", "内容日期 %1")
                .arg(dates.join(QCoreApplication::translate("qingnang::MainWindow", "、"))));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace qingnang
