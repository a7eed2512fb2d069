// SPDX-License-Identifier: MIT
// The page renderer's escaping layer and the renderer itself. Pack text of any
// kind goes through markdownToHtml: the HTML that comes out holds only the
// few tags the Markdown subset makes, so no markup of a pack reaches the
// reader. A qingnang: address of any kind renders a page whose links all stay
// inside the reader. Compressed bodies of any bytes unpack without harm.
#include "fuzzpack.h"
#include "fuzzsupport.h"

#include "pack/library.h"
#include "pack/markdownlite.h"
#include "pack/pack.h"
#include "pack/packtext.h"
#include "pages/pagerenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace qingnang;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Library library;
    std::unique_ptr<PageRenderer> renderer;
};

Fixture *fixture = nullptr;

// Every '<' starts one of the tags the Markdown subset writes.
bool onlyOurTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("</?(p|ul|li|b)>"));
    for (qsizetype at = html.indexOf(QLatin1Char('<')); at >= 0;
         at = html.indexOf(QLatin1Char('<'), at + 1)) {
        if (!tag.match(html, at, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption)
                 .hasMatch()) {
            std::fprintf(stderr, "markup at %lld: %s\n", qlonglong(at),
                         html.mid(at, 40).toUtf8().constData());
            return false;
        }
    }
    return true;
}

// Every link of a rendered page goes to a qingnang: page or an anchor of the page.
bool linksStayInside(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral("\\b(href|src)\\s*=\\s*\"([^\"]*)\""));
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html)) {
        const QString target = match.captured(2);
        if (match.captured(1) != QLatin1String("href") ||
            !(target.startsWith(QLatin1String("qingnang:")) ||
              target.startsWith(QLatin1Char('#')))) {
            std::fprintf(stderr, "link out: %s\n", match.captured(0).toUtf8().constData());
            return false;
        }
    }
    return !html.contains(QLatin1String("<script"), Qt::CaseInsensitive) &&
           !html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive) &&
           !html.contains(QLatin1String("<img"), Qt::CaseInsensitive);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    fixture = new Fixture;
    const QString path = fixture->dir.filePath(QStringLiteral("fuzz.qnpack"));
    QINGNANG_FUZZ_CHECK(fuzz::writeSmallPack(path));
    QINGNANG_FUZZ_CHECK(fixture->library.openPack(path).isEmpty());
    fixture->renderer = std::make_unique<PageRenderer>(&fixture->library);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16) {
        return -1;
    }
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString text = QString::fromUtf8(bytes);

    const QString html = markdownToHtml(text);
    QINGNANG_FUZZ_CHECK(onlyOurTags(html));
    const QString line = markdownToPlainLine(text);
    QINGNANG_FUZZ_CHECK(!line.contains(QLatin1Char('\n')));

    (void)unpackText(bytes);

    // The same text as an address: a whole URL, and as the parts of our pages.
    for (const QUrl &url : {QUrl(text), QUrl(QStringLiteral("qingnang:/topic/") + text),
                            QUrl(QStringLiteral("qingnang:/article/causes#") + text),
                            QUrl(QStringLiteral("qingnang:/search?q=") + text)}) {
        const Page page = fixture->renderer->render(url);
        QINGNANG_FUZZ_CHECK(linksStayInside(page.html));
    }
    return 0;
}
