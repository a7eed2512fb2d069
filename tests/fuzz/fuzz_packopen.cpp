// SPDX-License-Identifier: MIT
// The pack opener on damaged files: the bytes of a pack, mutated, written to a
// file and opened as the app and the command-line tool open one. Whatever the
// bytes, opening either fails with one line naming the file or gives a pack
// whose tree, pages, search and full check all return.
#include "fuzzsupport.h"

#include "pack/library.h"
#include "pack/pack.h"
#include "pack/packverifier.h"
#include "pages/pagerenderer.h"
#include "search/searchengine.h"

#include <QFile>
#include <QTemporaryDir>

using namespace qingnang;

namespace {

QTemporaryDir *directory = nullptr;

void walk(const Pack &pack)
{
    // The tree, breadth first, a bounded number of nodes.
    QList<qint64> queue{0};
    int visited = 0;
    while (!queue.isEmpty() && visited < 200) {
        const qint64 parent = queue.takeFirst();
        for (const TopicNode &node : pack.childTopics(parent, Pack::listStart, 0, 50)) {
            ++visited;
            queue.append(node.id);
            (void)pack.topic(node.id);
            (void)pack.topicPath(node.id);
            (void)pack.relatedTopics(node.id);
            for (const ArticleRef &article : pack.articlesOf(node.id, 0, 5)) {
                (void)pack.articleBySlug(article.slug);
                (void)pack.neighbourArticles(article.id);
            }
            for (const QuestionSummary &question :
                 pack.questionsOf(node.id, Pack::listStart, 0, 5)) {
                (void)pack.question(question.id);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    directory = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20) {
        return -1;
    }
    const QString path = directory->filePath(QStringLiteral("mutated.qnpack"));
    {
        QFile file(path);
        QINGNANG_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QINGNANG_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) ==
                            qint64(size));
    }
    {
        const PackOpenResult opened = Pack::open(path);
        if (!opened.pack) {
            QINGNANG_FUZZ_CHECK(opened.error.startsWith(path));
            QINGNANG_FUZZ_CHECK(!opened.error.contains(QLatin1Char('\n')));
        } else {
            walk(*opened.pack);
            (void)opened.pack->disclaimer();
            SearchOptions options;
            options.limit = 5;
            for (const QString &query : {QStringLiteral("面肌痉挛"), QStringLiteral("面"),
                                         QStringLiteral("mjjl"), QStringLiteral("b12")}) {
                (void)SearchEngine::search({opened.pack}, query, options);
            }
            Library library;
            library.addPack(opened.pack);
            const PageRenderer renderer(&library);
            for (const char *address : {"qingnang:/", "qingnang:/about", "qingnang:/topic/sub",
                                        "qingnang:/question/1", "qingnang:/search?q=%E9%9D%A2"}) {
                (void)renderer.render(QUrl(QString::fromLatin1(address)));
            }
        }
    }
    const VerifyReport report = verifyPack(path);
    QINGNANG_FUZZ_CHECK(report.openError.isEmpty() || report.openError.startsWith(path));
    return 0;
}
