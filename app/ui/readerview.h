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

    // The reading size: pixel size of the body text (16 at 100%); and the
    // font family (empty: the built-in CJK choice). The page is laid out again.
    void setTextPixelSize(int pixels);
    int textPixelSize() const { return m_fontPixelSize; }
    void setFontFamily(const QString &family);
    static constexpr int basePixelSize = 16;

    // Characters (of CJK width) per line at most: a comfortable reading measure.
    static constexpr int measure = 38;

    // Refuses every resource (image, style sheet, …) a page names, wherever it
    // points: pages are complete as rendered. Returns an empty value rather
    // than nothing, since for nothing QTextDocument would try the local file itself.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // A resource a page asked for and did not get.
    void resourceRefused(const QUrl &name);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void updateMargins();

    void relayout();

    QString m_html;
    int m_fontPixelSize = basePixelSize;
    QString m_fontFamily;
};

} // namespace qingnang
