// SPDX-License-Identifier: MIT
#include "linkpolicy.h"

#include "address/pageurl.h"
#include "util/logging.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace qingnang {

LinkPolicy::Kind LinkPolicy::classify(const QUrl &url)
{
    if (!url.isValid()) {
        return Kind::Refused;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String(pageurl::scheme)) {
        return Kind::Page;
    }
    // Only web addresses with a host and nothing hidden in them (no user name
    // or password that could make the address look like another).
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !url.host().isEmpty() && url.userInfo().isEmpty()) {
        return Kind::External;
    }
    return Kind::Refused;
}

bool LinkPolicy::confirmAndOpen(QWidget *parent, const QUrl &url)
{
    if (classify(url) != Kind::External) {
        return false;
    }
    // The address as it will be opened (encoded, so that look-alike characters show as such).
    const QString address = url.toString(QUrl::FullyEncoded);
    QMessageBox box(
        QMessageBox::Question, tr("打开外部网页"),
        tr("这个链接指向青囊以外的网页，将在系统浏览器中打开：\n\n%1\n\n要打开吗？").arg(address),
        QMessageBox::NoButton, parent);
    box.setObjectName(QLatin1String(confirmDialogName));
    box.setTextFormat(Qt::PlainText);
    QPushButton *open = box.addButton(tr("在浏览器中打开"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != open) {
        qCDebug(lcUi) << "external link not opened" << address;
        return false;
    }
    return QDesktopServices::openUrl(url);
}

} // namespace qingnang
