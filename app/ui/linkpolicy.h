// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

namespace qingnang {

// Where a link clicked in the reader (or the breadcrumb) may lead. Pages of
// ours are followed in the reader; an http(s) address opens in the system
// browser, but only after the user has seen the address and agreed; anything
// else (file:, javascript:, data:, mailto:, …) is refused.
class LinkPolicy
{
    Q_DECLARE_TR_FUNCTIONS(qingnang::LinkPolicy)
public:
    enum class Kind { Page, External, Refused };
    static Kind classify(const QUrl &url);

    // For an External link: asks (a modal QMessageBox named confirmDialogName
    // showing the address) and, if the user agrees, hands the address to
    // QDesktopServices::openUrl. Returns whether it was opened.
    static bool confirmAndOpen(QWidget *parent, const QUrl &url);

    static constexpr char confirmDialogName[] = "externalLinkDialog";
};

} // namespace qingnang
