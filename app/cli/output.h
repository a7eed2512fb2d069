// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace qingnang::cli {

QTextStream &out();
QTextStream &err();

// One line on stderr, prefixed with the program's name.
void printError(const QString &message);

// A count with its English noun, singular or plural: "1 article", "3 articles".
// The plural is the singular with an "s" unless given.
QString counted(qint64 count, const QString &singular, const QString &plural = {});

// One command's arguments (those after the command word), parsed the same way
// for every command. The parser knows the command's description, its
// positional arguments and -h/--help (not QCommandLineParser::addHelpOption(),
// whose --help-all lists options of a GUI application this tool is not); the
// command adds its options to it.
class CommandLine
{
public:
    // A positional argument: its name, what it is, and how the help writes it
    // when not as its name ("INPUT...", "[QUERY]").
    struct Argument
    {
        QString name;
        QString description;
        QString syntax = {};
    };

    // usage: the command word and its arguments, as the usage line shows them
    // after the program's name ("verify PACK").
    CommandLine(const QString &usage, const QString &description, const QList<Argument> &arguments);

    // Parses arguments: a parse error is printed, -h prints help(), and a call
    // that complete() turns down (arguments or options missing or too many)
    // prints the usage line. Returns the exit status the command ends with
    // then, or std::nullopt when it goes on.
    std::optional<int> parse(const QStringList &arguments, const std::function<bool()> &complete);
    // The usage line ("usage: qingnang-pack search PACK ..."), then the
    // description, options and arguments the parser knows, without the
    // program's path that QCommandLineParser puts at the top.
    QString help() const;

    QCommandLineParser parser;

private:
    QString m_usage;
};

} // namespace qingnang::cli
