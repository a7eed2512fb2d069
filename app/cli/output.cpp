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

CommandLine::CommandLine(const QString &usage, const QString &description,
                         const QList<Argument> &arguments)
    : m_usage(QStringLiteral("usage: qingnang-pack ") + usage)
{
    parser.setApplicationDescription(description);
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help.")});
    for (const Argument &argument : arguments) {
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    }
}

QString CommandLine::help() const
{
    QString text = parser.helpText();
    // Drop the parser's own first line ("Usage: /path/to/qingnang-pack [options] ...").
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.remove(0, firstLineEnd < 0 ? text.size() : firstLineEnd + 1);
    return m_usage + QLatin1Char('\n') + text;
}

std::optional<int> CommandLine::parse(const QStringList &arguments,
                                      const std::function<bool()> &complete)
{
    // The program's name as the parser's first argument, with the command word.
    const QString command = m_usage.section(QLatin1Char(' '), 1, 2);
    if (!parser.parse(QStringList{command} + arguments)) {
        printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << help();
        return Success;
    }
    if (!complete()) {
        printError(m_usage);
        return BadInput;
    }
    return std::nullopt;
}

} // namespace qingnang::cli
