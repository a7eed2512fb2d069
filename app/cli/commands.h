// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qingnang::cli {

// Exit statuses of qingnang-pack (product.md).
enum ExitStatus { Success = 0, CheckFailed = 1, BadInput = 2 };

// A command of qingnang-pack: the word that names it, its arguments and what it
// does as qingnang-pack --help lists them (at its rank: the lowest first), and
// what runs it: it takes the arguments after the word and returns an exit status.
struct Command
{
    int rank;
    QString name;
    QString synopsis;
    QString summary;
    int (*run)(const QStringList &arguments);
};

// Each command's file adds its command to commands() with one static
// CommandRegistration, beside the command's run function.
class CommandRegistration
{
public:
    explicit CommandRegistration(const Command &command);
};

// Every command, by rank.
QList<Command> commands();

} // namespace qingnang::cli
