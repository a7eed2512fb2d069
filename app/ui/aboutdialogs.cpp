// SPDX-License-Identifier: MIT
#include "aboutdialogs.h"

#include "pack/library.h"
#include "pack/pack.h"
#include "pages/pagerenderer.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
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

} // namespace qingnang
