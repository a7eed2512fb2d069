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

// qingnang_coverage: see ftstokenizer.h.
void coverage(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int count,
              sqlite3_value **arguments)
{
    constexpr int maxPhrases = 64;
    const int phrases = qMin(api->xPhraseCount(fts), maxPhrases);
    if (phrases <= 0) {
        sqlite3_result_double(result, 0);
        return;
    }
    bool matched[maxPhrases] = {};
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(result, "qingnang: cannot read the matches", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 &&
            phrase < phrases) {
            matched[phrase] = true;
        }
    }
    // Each phrase: its weight, its group and its variant (three arguments);
    // phrases without arguments are groups of their own, of weight 1.
    double weight[maxPhrases];
    int group[maxPhrases];
    int variant[maxPhrases];
    for (int p = 0; p < phrases; ++p) {
        const bool given = 3 * p + 2 < count;
        weight[p] = given ? sqlite3_value_double(arguments[3 * p]) : 1.0;
        group[p] = given ? sqlite3_value_int(arguments[3 * p + 1]) : -1 - p;
        variant[p] = given ? sqlite3_value_int(arguments[3 * p + 2]) : 0;
    }
    double total = 0;
    double found = 0;
    for (int p = 0; p < phrases; ++p) {
        bool first = true; // the first phrase of its group speaks for the group
        for (int q = 0; q < p; ++q) {
            first = first && group[q] != group[p];
        }
        if (!first) {
            continue;
        }
        double best = 0;
        for (int q = p; q < phrases; ++q) {
            if (group[q] != group[p]) {
                continue;
            }
            if (variant[q] == 0) {
                total += weight[q];
            }
            bool firstOfVariant = true;
            for (int r = p; r < q; ++r) {
                firstOfVariant =
                    firstOfVariant && !(group[r] == group[q] && variant[r] == variant[q]);
            }
            if (!firstOfVariant) {
                continue;
            }
            double earned = 0;
            for (int r = q; r < phrases; ++r) {
                if (group[r] == group[q] && variant[r] == variant[q]) {
                    earned += matched[r] ? weight[r] : 0;
                }
            }
            best = qMax(best, earned);
        }
        found += best;
    }
    sqlite3_result_double(result, total > 0 ? qMin(1.0, found / total) : 0);
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
        api->xCreateFunction(api, ftsCoverageFunction, nullptr, coverage, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace qingnang
