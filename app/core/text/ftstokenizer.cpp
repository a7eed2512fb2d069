// SPDX-License-Identifier: MIT
#include "ftstokenizer.h"

#include "tokenizer.h"

#include <sqlite3.h> // declares the FTS5 extension API (fts5_api, fts5_tokenizer)

#include <QtGlobal>

#include <cstring>

namespace qingnang {

namespace {

constexpr int fts5TokenizeQuery = 0x0001;

// The tokenizer instance only remembers its mode.
struct Instance
{
    Tokenizer::Mode mode;
};

int createTokenizer(void *, const char **arguments, int count, Fts5Tokenizer **out)
{
    Tokenizer::Mode mode = Tokenizer::Mode::Body;
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(arguments[i], "title") == 0) {
            mode = Tokenizer::Mode::Title;
        } else if (std::strcmp(arguments[i], "body") == 0) {
            mode = Tokenizer::Mode::Body;
        } else {
            return SQLITE_ERROR;
        }
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(new Instance{mode});
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*sink)(void *, int, const char *, int, int, int))
{
    const auto *instance = reinterpret_cast<Instance *>(tokenizer);
    // Queries are tokenized alike in both indexes: the query builder writes the
    // tokens it wants (pinyin marks included) and only needs them split.
    const Tokenizer::Mode mode =
        (flags & fts5TokenizeQuery) ? Tokenizer::Mode::Query : instance->mode;
    return Tokenizer::tokenize(mode, text, size, context, sink);
}

// The query's weights, groups and variants, read from the arguments once per
// query (FTS5 keeps it as the function's auxiliary data) in a form that
// scores a row in one pass over its phrases.
struct WeightPlan
{
    static constexpr int maxPhrases = 64;
    int phrases = 0;
    double weight[maxPhrases] = {};
    int slot[maxPhrases] = {};      // the phrase's (group, variant) slot
    int slotGroup[maxPhrases] = {}; // the group of each slot
    int slots = 0;
    int groups = 0;
    double total = 0; // the weight of all groups' variant 0
};

WeightPlan *weightPlan(const Fts5ExtensionApi *api, Fts5Context *fts, int count,
                       sqlite3_value **arguments)
{
    if (auto *cached = static_cast<WeightPlan *>(api->xGetAuxdata(fts, 0))) {
        return cached;
    }
    auto *plan = new WeightPlan;
    plan->phrases = qMin(api->xPhraseCount(fts), WeightPlan::maxPhrases);
    int group[WeightPlan::maxPhrases];
    int variant[WeightPlan::maxPhrases];
    for (int p = 0; p < plan->phrases; ++p) {
        // Phrases without arguments are groups of their own, of weight 1.
        const bool given = 3 * p + 2 < count;
        plan->weight[p] = given ? sqlite3_value_double(arguments[3 * p]) : 1.0;
        group[p] = given ? sqlite3_value_int(arguments[3 * p + 1]) : -1 - p;
        variant[p] = given ? sqlite3_value_int(arguments[3 * p + 2]) : 0;
    }
    int groupIndex[WeightPlan::maxPhrases];
    for (int p = 0; p < plan->phrases; ++p) {
        int g = -1;
        int s = -1;
        for (int q = 0; q < p; ++q) {
            if (group[q] == group[p]) {
                g = groupIndex[q];
                if (variant[q] == variant[p]) {
                    s = plan->slot[q];
                }
            }
        }
        if (g < 0) {
            g = plan->groups++;
        }
        if (s < 0) {
            s = plan->slots++;
            plan->slotGroup[s] = g;
        }
        groupIndex[p] = g;
        plan->slot[p] = s;
        if (variant[p] == 0) {
            plan->total += plan->weight[p];
        }
    }
    if (api->xSetAuxdata(fts, plan, [](void *p) { delete static_cast<WeightPlan *>(p); }) !=
        SQLITE_OK) {
        return nullptr; // SQLite freed it
    }
    return plan;
}

// qingnang_coverage reads which phrases match the row from the index alone
// (xPhraseFirstColumn), never the row's text: cheap enough to order every
// match by, with detail=column as well as detail=full.
void coverage(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int count,
              sqlite3_value **arguments)
{
    const WeightPlan *plan = weightPlan(api, fts, count, arguments);
    if (!plan || plan->phrases <= 0) {
        sqlite3_result_double(result, 0);
        return;
    }
    double earned[WeightPlan::maxPhrases] = {};
    for (int p = 0; p < plan->phrases; ++p) {
        Fts5PhraseIter iterator;
        int column = -1;
        if (api->xPhraseFirstColumn(fts, p, &iterator, &column) == SQLITE_OK && column >= 0) {
            earned[plan->slot[p]] += plan->weight[p];
        }
    }
    // Each group earns what its best variant earns.
    double best[WeightPlan::maxPhrases] = {};
    for (int s = 0; s < plan->slots; ++s) {
        best[plan->slotGroup[s]] = qMax(best[plan->slotGroup[s]], earned[s]);
    }
    double found = 0;
    for (int g = 0; g < plan->groups; ++g) {
        found += best[g];
    }
    sqlite3_result_double(result, plan->total > 0 ? qMin(1.0, found / plan->total) : 0);
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerFtsTokenizer(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? ftsApi(db) : nullptr;
    if (!api || api->iVersion < 2) {
        *error = QStringLiteral("this SQLite has no FTS5");
        return false;
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, ftsTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, ftsCoverageFunction, nullptr, coverage, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, ftsContentCoverageFunction, nullptr, coverage, nullptr) !=
            SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace qingnang
