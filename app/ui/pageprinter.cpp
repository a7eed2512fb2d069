// SPDX-License-Identifier: MIT
#include "pageprinter.h"

#include "readerstyle.h"
#include "util/logging.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextFrame>

namespace qingnang {

namespace {

// A document that loads nothing: no images, no style sheets, from nowhere.
class SealedDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        // Not a null QVariant, and for an image a blank pixel: Qt would
        // otherwise read the address from the disk itself (ReaderView::loadResource).
        qCDebug(lcUi) << "printing: refused resource" << type << name;
        if (type == QTextDocument::ImageResource) {
            QImage blank(1, 1, QImage::Format_ARGB32);
            blank.fill(Qt::transparent);
            return blank;
        }
        return QVariant(QByteArray());
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Reading text on paper: 10.5 pt.
constexpr qreal bodyPoints = 10.5;
constexpr qreal footerPoints = 8;
constexpr qreal marginMillimetres = 18;

} // namespace

PagePrinter::PagePrinter(const Page &page, const QString &disclaimer)
    : m_page(page)
    , m_disclaimer(disclaimer)
{}

QString PagePrinter::html() const
{
    QStringList crumbs;
    for (const Crumb &crumb : m_page.breadcrumb) {
        crumbs.append(escaped(crumb.title));
    }
    QString html;
    if (!crumbs.isEmpty()) {
        html +=
            QStringLiteral("<p class=\"meta\">%1%2</p>\n")
                .arg(escaped(QCoreApplication::translate("qingnang::PagePrinter", "当前位置：")),
                     crumbs.join(QStringLiteral(" › ")));
    }
    return html + m_page.html;
}

int PagePrinter::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    const qreal dpi = device->logicalDpiY();
    const auto points = [dpi](qreal pt) { return pt * dpi / 72.0; };
    const qreal margin = marginMillimetres / 25.4 * dpi;
    const QRectF sheet(0, 0, device->width(), device->height());

    QFont footerFont = printFont(QGuiApplication::font(), qRound(points(footerPoints)));
    const QFontMetricsF footerMetrics(footerFont, device);
    const QString pageLabel =
        QCoreApplication::translate("qingnang::PagePrinter", "第 %1 页，共 %2 页");
    // The foot of each sheet: a rule, the disclaimer (wrapped), the sheet number.
    const qreal footerWidth = sheet.width() - 2 * margin;
    const QRectF disclaimerBox = footerMetrics.boundingRect(
        QRectF(0, 0, footerWidth, sheet.height()), Qt::TextWordWrap | Qt::AlignLeft, m_disclaimer);
    const qreal footerHeight =
        disclaimerBox.height() + footerMetrics.lineSpacing() + points(footerPoints);

    SealedDocument document;
    document.documentLayout()->setPaintDevice(device);
    const int fontPixels = qRound(points(bodyPoints));
    document.setDefaultStyleSheet(readerStyleSheet(ReaderColors::forPrint(), fontPixels));
    document.setDefaultFont(printFont(QGuiApplication::font(), fontPixels));
    document.setDocumentMargin(0);
    document.setHtml(html());
    const QSizeF body(footerWidth, sheet.height() - 2 * margin - footerHeight);
    document.setPageSize(body);
    const int sheets = qMax(1, document.pageCount());

    for (int index = 0; index < sheets; ++index) {
        if (index > 0 && !device->newPage()) {
            return index;
        }
        painter.save();
        painter.translate(margin, margin - index * body.height());
        const QRectF visible(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal footTop = sheet.height() - margin - footerHeight + points(footerPoints) / 2;
        painter.setPen(QPen(ReaderColors::forPrint().rule, points(0.5)));
        painter.drawLine(QPointF(margin, footTop), QPointF(sheet.width() - margin, footTop));
        painter.setFont(footerFont);
        painter.setPen(ReaderColors::forPrint().text);
        const QRectF disclaimerRect(margin, footTop + points(footerPoints) / 2, footerWidth,
                                    disclaimerBox.height());
        painter.drawText(disclaimerRect, Qt::TextWordWrap | Qt::AlignLeft, m_disclaimer);
        painter.setPen(ReaderColors::forPrint().muted);
        painter.drawText(
            QRectF(margin, disclaimerRect.bottom(), footerWidth, footerMetrics.lineSpacing()),
            Qt::AlignRight, pageLabel.arg(index + 1).arg(sheets));
    }
    painter.end();
    return sheets;
}

void PagePrinter::prepare(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                      QPageLayout::Millimeter));
    if (auto *pdf = dynamic_cast<QPdfWriter *>(device)) {
        pdf->setResolution(resolution);
    }
}

bool PagePrinter::exportPdf(const QString &file, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(file);
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write here (%2)").arg(shown, output.errorString());
        return false;
    }
    int sheets = 0;
    {
        QPdfWriter writer(&output);
        prepare(&writer);
        writer.setTitle(m_page.title);
        writer.setCreator(QStringLiteral("Qingnang"));
        sheets = print(&writer);
    }
    if (sheets == 0) {
        output.cancelWriting();
        *error = QStringLiteral("%1: the PDF could not be drawn").arg(shown);
        return false;
    }
    if (!output.commit()) {
        *error = QStringLiteral("%1: cannot write here (%2)").arg(shown, output.errorString());
        return false;
    }
    return true;
}

// The dialogs' words are the window's, with the window's translations.
void PagePrinter::printWithPreview(QWidget *parent) const
{
    // Paper as the PDF is made: one layout, the same sheets (prepare()).
    QPrinter device(QPrinter::HighResolution);
    device.setFullPage(true);
    device.setResolution(resolution);
    prepare(&device);
    device.setDocName(m_page.title);
    QPrintPreviewDialog preview(&device, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(
        QCoreApplication::translate("qingnang::MainWindow", "打印预览 — %1").arg(m_page.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [this](QPrinter *target) { print(target); });
    preview.exec();
}

QString PagePrinter::exportPdfAsked(QWidget *parent) const
{
    QString name = m_page.title.isEmpty()
                       ? QCoreApplication::translate("qingnang::MainWindow", "青囊页面")
                       : m_page.title;
    // A title is a file name here: no separators or characters file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    QFileDialog dialog(parent, QCoreApplication::translate("qingnang::MainWindow", "导出为 PDF"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                           QLatin1Char('/') + name.left(80) + QStringLiteral(".pdf"),
                       QCoreApplication::translate("qingnang::MainWindow", "PDF 文件 (*.pdf)"));
    dialog.setObjectName(QStringLiteral("exportPdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    const QString file = dialog.selectedFiles().first();
    QString error;
    if (!exportPdf(file, &error)) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("qingnang::MainWindow", "无法导出 PDF"), error);
        return {};
    }
    return file;
}

} // namespace qingnang
