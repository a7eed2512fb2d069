// SPDX-License-Identifier: MIT
#pragma once

#include "pages/pagerenderer.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace qingnang {

// A page on paper or in a PDF: the breadcrumb and the page's content, black on
// white at a size made for print, with the disclaimer and the sheet number at
// the foot of every sheet. Like the reader, it loads nothing from anywhere.
class PagePrinter
{
public:
    PagePrinter(const Page &page, const QString &disclaimer);

    // Lays the page out for the device and paints every sheet; the device's
    // page size and resolution decide the layout. Returns the number of sheets.
    int print(QPagedPaintDevice *device) const;

    // Sets a device up as PDFs are made (A4, this resolution, no margins of
    // the device's own: print() keeps its own), so that paper and PDF of one
    // page have the same layout and the same number of sheets.
    static void prepare(QPagedPaintDevice *device);
    static constexpr int resolution = 300;

    // Writes a PDF (A4) to `file`, through a temporary file renamed into place:
    // nothing half-written is ever left there. False with *error naming the file.
    bool exportPdf(const QString &file, QString *error) const;

    // File > Print…: the sheets in a preview (objectName "printPreview"), printed from there.
    void printWithPreview(QWidget *parent) const;
    // File > Export PDF…: asks where (a file named after the page, among the
    // user's documents), then writes it. The file written; empty when the
    // user cancelled, or when it failed (after saying why).
    QString exportPdfAsked(QWidget *parent) const;

    // The HTML that is laid out (the breadcrumb line and the page's content).
    QString html() const;

private:
    Page m_page;
    QString m_disclaimer;
};

} // namespace qingnang
