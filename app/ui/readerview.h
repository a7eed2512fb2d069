// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace qingnang {

// Shows one page's HTML. It never loads anything by itself: links are handed
// to the window (anchorClicked), and every resource a page might name is
// refused, so a page can reach neither the network nor the disk.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    // Replaces the page; then scrolls to the anchor (if any) or to scroll.
    void showHtml(const QString &html, const QString &anchor, int scroll);
    int scrollPosition() const;

    // Characters (of CJK width) per line at most: a comfortable reading measure.
    static constexpr int measure = 38;

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void updateMargins();

    QString m_html;
    int m_fontPixelSize = 16;
};

} // namespace qingnang
