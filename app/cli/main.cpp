// SPDX-License-Identifier: MIT
// qingnang-pack: builds, inspects and checks Qingnang content packs.
#include "commands.h"
#include "output.h"

#include <QCoreApplication>

#include <algorithm>

using namespace qingnang::cli;

namespace {

QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

// The synopses start in the second column of the help, after "  NAME ARGS";
// a longer synopsis has its summary on the next line there.
constexpr qsizetype summaryColumn = 30;

QString usage()
{
    QString text = QStringLiteral("usage: qingnang-pack COMMAND [ARGS...]\n\ncommands:\n");
    for (const Command &command : commands()) {
        const QString synopsis = QStringLiteral("  %1 %2").arg(command.name, command.synopsis);
        text += synopsis;
        if (synopsis.size() + 1 >= summaryColumn) {
            text += QLatin1Char('\n') + QString(summaryColumn, QLatin1Char(' '));
        } else {
            text += QString(summaryColumn - synopsis.size(), QLatin1Char(' '));
        }
        text += command.summary + QLatin1Char('\n');
    }
    return text + QStringLiteral("\nqingnang-pack COMMAND --help shows a command's options.\n"
                                 "Exit status: 0 success, 1 a check failed, 2 bad usage or bad "
                                 "input.\n");
}

} // namespace

namespace qingnang::cli {

CommandRegistration::CommandRegistration(const Command &command)
{
    registry().append(command);
}

QList<Command> commands()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return a.rank < b.rank; });
    return sorted;
}

} // namespace qingnang::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qingnang-pack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QINGNANG_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        err() << usage();
        return BadInput;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "qingnang-pack " << QINGNANG_VERSION << Qt::endl;
        return Success;
    }
    for (const Command &known : commands()) {
        if (command == known.name) {
            return known.run(arguments);
        }
    }
    printError(QStringLiteral("unknown command \"%1\" (see qingnang-pack --help)").arg(command));
    return BadInput;
}
