// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace qingnang {

class Library;

// The reader's start, in two steps that main() only wires together: what the
// command line asks for (a value, nothing opened yet), then the packs opened
// and the first page chosen.
namespace startup {

struct CommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString message; // the help or version text, or the error

    QStringList packPaths; // --pack, and pack files given as arguments
    QUrl url;              // the first page asked for; empty: none
    bool noBundled = false;
    bool privateSession = false;
    bool searchGiven = false;
    QString search;
    QString exportPdf; // --export-pdf FILE; empty: show the window
    bool anyArgument = false;
};

// Reads the reader's arguments (the first is the program). Prints nothing.
CommandLine parseCommandLine(const QStringList &arguments);

struct Start
{
    QUrl firstUrl;
    QStringList problems; // one line each, naming the file and the problem
};

// Opens the bundled pack (unless told not to), the packs remembered from
// earlier runs and those of the command line, and chooses the first page: the
// one asked for, else where the reader left off (lastUrl(), if that page is still
// there and nothing else was asked), else the start page. A pack remembered
// but no longer readable is forgotten unless the session is private.
// lastUrl is asked only when the page to come back to matters.
Start openPacks(const CommandLine &commandLine, Library *library,
                const std::function<QUrl()> &lastUrl);

} // namespace startup
} // namespace qingnang
