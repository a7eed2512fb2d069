// SPDX-License-Identifier: MIT
#pragma once

#include "pages/pagerenderer.h"

#include <QLabel>

namespace qingnang {

// The breadcrumb in the navigation bar: 当前位置：首页 › 内科 › … › the page.
// It takes the width the bar has left and never pushes the bar into its
// overflow menu: when the whole path does not fit, crumbs in the middle give
// way to "…", then the page's own title is elided. The full path is its tooltip.
// Links are written in the palette's link colour, and written again when the
// palette changes (rich text keeps the colour it was parsed with).
class BreadcrumbLabel : public QLabel
{
    Q_OBJECT
public:
    explicit BreadcrumbLabel(QWidget *parent = nullptr);

    void setCrumbs(const QString &prefix, const QList<Crumb> &crumbs);
    // The path as text, whole (what the tooltip and screen readers get).
    QString fullText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // A new palette (the dark theme) colours the links again at once.
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    QString m_prefix;
    QList<Crumb> m_crumbs;
};

} // namespace qingnang
