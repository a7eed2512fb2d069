// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "pack/pack.h"
#include "search/queryplan.h"
#include "search/scope.h"
#include "search/searchengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace qingnang::cli {

namespace {

// The queries of a file, one a line (blank lines skipped). False with *error set when unreadable.
bool readQueries(const QString &path, QStringList *queries, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("%1: is not UTF-8 text").arg(path);
        return false;
    }
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (!line.trimmed().isEmpty()) {
            queries->append(line);
        }
    }
    return true;
}

QString plainSnippet(QString snippet)
{
    snippet.remove(QChar(SearchHit::snippetOpen));
    snippet.remove(QChar(SearchHit::snippetClose));
    return snippet;
}

QJsonObject toJson(const QString &query, const SearchResult &result)
{
    QJsonArray hits;
    for (const SearchHit &hit : result.hits) {
        hits.append(QJsonObject{
            {QStringLiteral("kind"), hitKindName(hit.kind)},
            {QStringLiteral("ref"), hit.ref},
            {QStringLiteral("url"), hit.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("topic"), hit.topic},
            {QStringLiteral("score"), qRound64(hit.score * 10000) / 10000.0},
            {QStringLiteral("snippet"), plainSnippet(hit.snippet)},
        });
    }
    QJsonObject object{{QStringLiteral("query"), query},
                       {QStringLiteral("elapsed_us"), result.elapsedUs},
                       {QStringLiteral("results"), hits}};
    // Only when there is one (docs/search.md): what to search for instead.
    if (!result.suggestion.isEmpty()) {
        object.insert(QStringLiteral("suggestion"), result.suggestion);
    }
    // Only when one is raised (docs/alerts.md).
    if (result.alert) {
        QJsonObject alert{{QStringLiteral("level"), result.alert->levelName},
                          {QStringLiteral("text"), result.alert->text}};
        if (!result.alert->url.isEmpty()) {
            alert.insert(QStringLiteral("url"), result.alert->url.toString(QUrl::FullyEncoded));
        }
        object.insert(QStringLiteral("alert"), alert);
    }
    return object;
}

void printText(const QString &query, const SearchResult &result)
{
    if (result.alert) {
        out() << QStringLiteral("alert (%1): %2%3\n")
                     .arg(result.alert->levelName, result.alert->text,
                          result.alert->url.isEmpty()
                              ? QString()
                              : QStringLiteral("  ") + result.alert->url.toString());
    }
    out() << QStringLiteral("query: %1  (%2, %3 ms)\n")
                 .arg(query, counted(result.hits.size(), QStringLiteral("hit")))
                 .arg(result.elapsedUs / 1000.0, 0, 'f', 1);
    if (!result.suggestion.isEmpty()) {
        out() << QStringLiteral("did you mean: %1\n").arg(result.suggestion);
    }
    int rank = 0;
    for (const SearchHit &hit : result.hits) {
        QString snippet = hit.snippet;
        snippet.replace(QChar(SearchHit::snippetOpen), QChar(0x3010));
        snippet.replace(QChar(SearchHit::snippetClose), QChar(0x3011));
        out() << QStringLiteral("%1. [%2] %3 — %4  (%5)\n    %6\n    %7\n")
                     .arg(++rank)
                     .arg(hitKindName(hit.kind), hit.title, hit.topic)
                     .arg(hit.score, 0, 'f', 2)
                     .arg(snippet, hit.url.toString());
    }
}

struct CommonArguments
{
    std::shared_ptr<Pack> pack;
    QStringList queries;
    int limit = 10;
};

// Parses PACK [QUERY] [--queries FILE] [--limit N]; returns an exit status, or -1 to go on.
int parseCommon(CommandLine &commandLine, const QStringList &arguments, bool queryAllowed,
                CommonArguments *common)
{
    const QCommandLineParser &parser = commandLine.parser;
    const auto complete = [&] {
        const qsizetype given = parser.positionalArguments().size();
        const bool hasQueries = parser.isSet(QStringLiteral("queries"));
        return given >= 1 && given <= (queryAllowed ? 2 : 1) && (given == 2) != hasQueries &&
               (queryAllowed || hasQueries);
    };
    if (const std::optional<int> status = commandLine.parse(arguments, complete)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    const bool hasQueries = parser.isSet(QStringLiteral("queries"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("limit"))) {
        common->limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || common->limit < 1 || common->limit > 1000) {
            printError(QStringLiteral("--limit must be a number from 1 to 1000"));
            return BadInput;
        }
    }
    const PackOpenResult opened = Pack::open(positional.first());
    if (!opened.pack) {
        printError(opened.error);
        return BadInput;
    }
    common->pack = opened.pack;
    if (hasQueries) {
        QString error;
        if (!readQueries(parser.value(QStringLiteral("queries")), &common->queries, &error)) {
            printError(error);
            return BadInput;
        }
    } else {
        common->queries.append(positional.at(1));
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index =
        qMin(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    return values.at(qMax<qsizetype>(0, index));
}

QString latencyLine(const QString &label, const QList<double> &ms)
{
    return QStringLiteral("%1 p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms  (%6)\n")
        .arg(label, -18)
        .arg(percentile(ms, 0.50), 0, 'f', 2)
        .arg(percentile(ms, 0.95), 0, 'f', 2)
        .arg(percentile(ms, 0.99), 0, 'f', 2)
        .arg(percentile(ms, 1.0), 0, 'f', 2)
        .arg(counted(ms.size(), QStringLiteral("run")));
}

int runSearch(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("search PACK (QUERY | --queries FILE) [--limit N] [--json]"),
        QStringLiteral("Searches a pack as the app does."),
        {{QStringLiteral("PACK"), QStringLiteral("The pack file.")},
         {QStringLiteral("QUERY"), QStringLiteral("What to search for."),
          QStringLiteral("[QUERY]")}});
    QCommandLineParser &parser = commandLine.parser;
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries, one a line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Hits per query (default 10)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object a line per query.")});
    parser.addOption({QStringLiteral("terms"),
                      QStringLiteral("Do not search: print, as one JSON object a line, the terms "
                                     "the pack's scope model reads of each query and its score.")});
    CommonArguments common;
    if (const int status = parseCommon(commandLine, arguments, true, &common); status >= 0) {
        return status;
    }
    if (parser.isSet(QStringLiteral("terms"))) {
        for (const QString &query : common.queries) {
            const QueryPlan plan = QueryPlan::build(query);
            QJsonObject object{
                {QStringLiteral("query"), query},
                {QStringLiteral("terms"), QJsonArray::fromStringList(scope::features(plan))}};
            if (const std::optional<double> score = scope::score(common.pack->scope(), plan)) {
                object.insert(QStringLiteral("scope"), qRound64(*score * 10000) / 10000.0);
                object.insert(QStringLiteral("outside"),
                              scope::isOutside(common.pack->scope(), plan));
            }
            out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                  << '\n';
        }
        return Success;
    }
    SearchOptions options;
    options.limit = common.limit;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const QString &query : common.queries) {
        const SearchResult result = SearchEngine::search({common.pack}, query, options);
        if (json) {
            out() << QString::fromUtf8(
                         QJsonDocument(toJson(query, result)).toJson(QJsonDocument::Compact))
                  << '\n';
        } else {
            printText(query, result);
        }
    }
    return Success;
}

int runBench(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("bench PACK --queries FILE [--runs N]"),
        QStringLiteral("Times the search on a file of queries, beside a LIKE scan "
                       "of the same pack."),
        {{QStringLiteral("PACK"), QStringLiteral("The pack file.")}});
    QCommandLineParser &parser = commandLine.parser;
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries, one a line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Timed runs of each query (default 5)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("like-runs"),
         QStringLiteral("Timed LIKE scans of each query (default 1; 0 skips the baseline)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Hits per query (default 10)."),
                      QStringLiteral("N")});
    CommonArguments common;
    if (const int status = parseCommon(commandLine, arguments, false, &common); status >= 0) {
        return status;
    }
    bool ok = true;
    const int runs =
        parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt(&ok) : 5;
    const int likeRuns = parser.isSet(QStringLiteral("like-runs"))
                             ? parser.value(QStringLiteral("like-runs")).toInt(&ok)
                             : 1;
    if (!ok || runs < 1 || runs > 1000 || likeRuns < 0 || likeRuns > 100) {
        printError(QStringLiteral("--runs must be 1 to 1000 and --like-runs 0 to 100"));
        return BadInput;
    }
    SearchOptions options;
    options.limit = common.limit;
    // One untimed pass warms the caches, as a user's first keystrokes do.
    for (const QString &query : common.queries) {
        SearchEngine::search({common.pack}, query, options);
    }
    QList<double> ours;
    for (int run = 0; run < runs; ++run) {
        for (const QString &query : common.queries) {
            QElapsedTimer timer;
            timer.start();
            SearchEngine::search({common.pack}, query, options);
            ours.append(timer.nsecsElapsed() / 1e6);
        }
    }
    const PackInfo &info = common.pack->info();
    out() << QStringLiteral("pack: %1 (%2, %3, %4, %5)\n")
                 .arg(info.path, counted(info.counts.topics, QStringLiteral("topic")),
                      counted(info.counts.articles, QStringLiteral("article")),
                      counted(info.counts.questions, QStringLiteral("question")),
                      counted(info.counts.passages, QStringLiteral("text")));
    out() << QStringLiteral("queries: %1, runs each: %2\n").arg(common.queries.size()).arg(runs);
    out() << latencyLine(QStringLiteral("qingnang search"), ours);
    if (likeRuns > 0) {
        // The baseline: what a reader without an index does (Zeal): scan every
        // title and text for the query as typed.
        QSqlQuery like(common.pack->connection());
        like.setForwardOnly(true);
        like.prepare(QStringLiteral(
            "SELECT kind, target_id FROM title_doc WHERE text LIKE ? ESCAPE '\\' UNION ALL"
            " SELECT kind, owner_id FROM passage WHERE qingnang_text(body) LIKE ? ESCAPE '\\'"
            " LIMIT ?"));
        QList<double> scans;
        for (int run = 0; run < likeRuns; ++run) {
            for (const QString &query : common.queries) {
                QString pattern = query;
                pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('%'), QLatin1String("\\%"))
                    .replace(QLatin1Char('_'), QLatin1String("\\_"));
                QElapsedTimer timer;
                timer.start();
                const QString contains = QLatin1Char('%') + pattern + QLatin1Char('%');
                like.bindValue(0, contains);
                like.bindValue(1, contains);
                like.bindValue(2, common.limit);
                if (!like.exec()) {
                    printError(QStringLiteral("the LIKE scan failed: ") + like.lastError().text());
                    return BadInput;
                }
                while (like.next()) {
                }
                scans.append(timer.nsecsElapsed() / 1e6);
            }
        }
        out() << latencyLine(QStringLiteral("LIKE scan"), scans);
        out() << QStringLiteral("p95 ratio LIKE / qingnang: %1x\n")
                     .arg(percentile(scans, 0.95) / qMax(1e-6, percentile(ours, 0.95)), 0, 'f', 1);
    }
    return Success;
}

const CommandRegistration searchRegistration(
    {5, QStringLiteral("search"),
     QStringLiteral("PACK [QUERY] [--queries FILE] [--limit N] [--json] [--terms]"),
     QStringLiteral("ranked hits, as the app finds them"), runSearch});
const CommandRegistration benchRegistration(
    {6, QStringLiteral("bench"), QStringLiteral("PACK --queries FILE"),
     QStringLiteral("search latency p50/p95/p99/max beside a LIKE scan"), runBench});

} // namespace

} // namespace qingnang::cli
