// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace qingnang::cli {

QTextStream &out();
QTextStream &err();

// One line on stderr, prefixed with the program's name.
void printError(const QString &message);

// A count with its English noun, singular or plural: "1 article", "3 articles".
// The plural is the singular with an "s" unless given.
QString counted(qint64 count, const QString &singular, const QString &plural = {});

// -h/--help of one command. QCommandLineParser::addHelpOption() would add Qt's
// --help-all too, which lists options of a GUI application this tool is not.
void addHelpOption(QCommandLineParser &parser);

// A command's help: its usage line ("usage: qingnang-pack search PACK ..."), then
// the description, options and arguments the parser knows, without the program's
// path that QCommandLineParser puts at the top.
QString commandHelp(const QCommandLineParser &parser, const QString &usage);

// Parses a command's arguments (those after the command word) the same way for
// every command: a parse error is printed, -h prints commandHelp(), and a call
// that complete() turns down (arguments or options missing or too many) prints
// the usage line. Returns the exit status the command ends with then, or
// std::nullopt when it goes on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command,
                                const QStringList &arguments, const QString &usage,
                                const std::function<bool()> &complete);

} // namespace qingnang::cli
