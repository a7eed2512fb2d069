// SPDX-License-Identifier: MIT
#include "output.h"
#include "commands.h"

#include <QCommandLineParser>

#include <cstdio>

namespace qingnang::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const QString &message)
{
    out().flush();
    err() << "qingnang-pack: " << message << Qt::endl;
}

QString counted(qint64 count, const QString &singular, const QString &plural)
{
    const QString noun =
        count == 1 ? singular : (plural.isEmpty() ? singular + QLatin1Char('s') : plural);
    return QString::number(count) + QLatin1Char(' ') + noun;
}

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help.")});
}

QString commandHelp(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    // Drop the parser's own first line ("Usage: /path/to/qingnang-pack [options] ...").
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.remove(0, firstLineEnd < 0 ? text.size() : firstLineEnd + 1);
    return usage + QLatin1Char('\n') + text;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments, const QString &usage,
                                const std::function<bool()> &complete)
{
    if (!parser.parse(QStringList{QStringLiteral("qingnang-pack ") + command} + arguments)) {
        printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << commandHelp(parser, usage);
        return Success;
    }
    if (!complete()) {
        printError(usage);
        return BadInput;
    }
    return std::nullopt;
}

} // namespace qingnang::cli
