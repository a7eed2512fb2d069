// SPDX-License-Identifier: MIT
// The ZIM importer's HTML-to-sections step (import/htmlsections.h) on any
// bytes, with a link resolver that accepts every other link. Either the page
// is broken (one line saying why, nothing else) or its sections are numbered
// from 1, fit the pack's limits, hold no NUL, and every heading is one line.
#include "fuzzsupport.h"

#include "import/htmlsections.h"

using namespace qingnang;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 18) {
        return -1;
    }
    const QByteArray bytes = fuzz::bytesOf(data, size);
    int asked = 0;
    const HtmlArticle article = htmlToArticle(bytes, [&](const QString &href) {
        return (++asked % 2) && !href.isEmpty() ? QStringLiteral("article:a%1").arg(asked)
                                                : QString();
    });
    if (!article.error.isEmpty()) {
        QINGNANG_FUZZ_CHECK(article.sections.isEmpty());
        QINGNANG_FUZZ_CHECK(!article.error.contains(QLatin1Char('\n')));
        return 0;
    }
    QINGNANG_FUZZ_CHECK(article.links <= asked);
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        const Section &section = article.sections.at(i);
        QINGNANG_FUZZ_CHECK(section.position == int(i) + 1);
        QINGNANG_FUZZ_CHECK(!section.body.isEmpty());
        QINGNANG_FUZZ_CHECK(section.body.size() <= maxHtmlSectionLength);
        QINGNANG_FUZZ_CHECK(!section.body.contains(QChar(0)));
        QINGNANG_FUZZ_CHECK(!section.heading.contains(QLatin1Char('\n')));
    }
    QINGNANG_FUZZ_CHECK(!article.title.contains(QLatin1Char('\n')));
    return 0;
}
