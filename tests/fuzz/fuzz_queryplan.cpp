// SPDX-License-Identifier: MIT
// The query builder: whatever is typed makes a plan, every FTS5 expression the
// plan writes is accepted by FTS5 (never a syntax error), and the whole search
// over a real pack returns without error.
#include "fuzzpack.h"
#include "fuzzsupport.h"

#include "pack/pack.h"
#include "pack/packtext.h"
#include "pack/sqlitehandle.h"
#include "search/queryplan.h"
#include "search/searchengine.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace qingnang;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<Pack> pack;
    SqliteDatabase db;
};

Fixture *fixture = nullptr;

// Runs expression against an index; false when FTS5 refuses it.
bool acceptedBy(const char *index, const QString &expression)
{
    SqliteStatement statement =
        fixture->db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?")
                                .arg(QLatin1String(index))
                                .toUtf8()
                                .constData());
    QINGNANG_FUZZ_CHECK(statement.isValid());
    statement.bind(1, expression);
    const int rc = statement.step();
    if (rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s refuses %s: %s\n", index, expression.toUtf8().constData(),
                     fixture->db.lastError().toUtf8().constData());
    }
    return rc == SQLITE_ROW;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    fixture = new Fixture;
    const QString path = fixture->dir.filePath(QStringLiteral("fuzz.qnpack"));
    QINGNANG_FUZZ_CHECK(fuzz::writeSmallPack(path));
    const PackOpenResult opened = Pack::open(path);
    QINGNANG_FUZZ_CHECK(opened.pack != nullptr);
    fixture->pack = opened.pack;
    QINGNANG_FUZZ_CHECK(fixture->db.open(path, SQLITE_OPEN_READONLY));
    QString error;
    QINGNANG_FUZZ_CHECK(registerPackFunctions(fixture->db.handle(), &error));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) {
        return -1;
    }
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QueryPlan plan = QueryPlan::build(query);
    QINGNANG_FUZZ_CHECK(plan.terms.size() <= 4 * QueryPlan::maxTerms);
    for (const bool prefix : {false, true}) {
        const QString any = plan.anyTermExpression(prefix);
        if (!any.isEmpty()) {
            QINGNANG_FUZZ_CHECK(acceptedBy(schema::titleIndex, any));
            QINGNANG_FUZZ_CHECK(acceptedBy(schema::passageIndex, any));
        }
    }
    if (const QString phrase = plan.phraseExpression(); !phrase.isEmpty()) {
        QINGNANG_FUZZ_CHECK(acceptedBy(schema::titleIndex, phrase));
    }
    if (const QString pinyin = plan.pinyinExpression(); !pinyin.isEmpty()) {
        QINGNANG_FUZZ_CHECK(acceptedBy(schema::titleIndex, pinyin));
    }
    SearchOptions options;
    options.limit = 10;
    const SearchResult result = SearchEngine::search({fixture->pack}, query, options);
    QINGNANG_FUZZ_CHECK(result.hits.size() <= options.limit);
    for (const SearchHit &hit : result.hits) {
        QINGNANG_FUZZ_CHECK(hit.url.scheme() == QLatin1String("qingnang"));
    }
    return 0;
}
