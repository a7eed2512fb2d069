// SPDX-License-Identifier: MIT
// qingnang-pack: builds, inspects and checks Qingnang content packs.
#include "commands.h"
#include "output.h"

#include <QCoreApplication>

#include <functional>

using namespace qingnang::cli;

namespace {

const char usage[] =
    "usage: qingnang-pack COMMAND [ARGS...]\n"
    "\n"
    "commands:\n"
    "  build CONTENT_DIR -o PACK   build a pack from a content directory\n"
    "  import FORMAT INPUT... -o PACK [--title TEXT]\n"
    "                              import real data (jsonl, dialogue-csv, huatuo-json, tcm-books)\n"
    "  info PACK [--json]          show a pack's title, schema version, counts and content date\n"
    "  verify PACK                 check a pack completely; exit 1 when it is damaged\n"
    "  lint PACK|DIR [--json]      check content against the content rules; exit 1 on findings\n"
    "  search PACK [QUERY] [--queries FILE] [--limit N] [--json] [--terms]\n"
    "                              ranked hits, as the app finds them\n"
    "  bench PACK --queries FILE   search latency p50/p95/p99/max beside a LIKE scan\n"
    "\n"
    "qingnang-pack COMMAND --help shows a command's options.\n"
    "Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingnang-pack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGNANG_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        err() << usage;
        return BadInput;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << usage;
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "qingnang-pack " << QINGNANG_VERSION << Qt::endl;
        return Success;
    }
    const QList<std::pair<QString, std::function<int(const QStringList &)>>> commands = {
        {QStringLiteral("build"), runBuild},   {QStringLiteral("info"), runInfo},
        {QStringLiteral("import"), runImport}, {QStringLiteral("verify"), runVerify},
        {QStringLiteral("search"), runSearch}, {QStringLiteral("bench"), runBench},
        {QStringLiteral("lint"), runLint},
    };
    for (const auto &[name, run] : commands) {
        if (command == name) {
            return run(arguments);
        }
    }
    printError(QStringLiteral("unknown command \"%1\" (see qingnang-pack --help)").arg(command));
    return BadInput;
}
