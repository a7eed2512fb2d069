// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace qingnang {

class Library;
class Pack;

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

// The pack files of a start, opened but not yet added to a library.
struct OpenedPacks
{
    enum class Origin { Bundled, Remembered, CommandLine };
    struct Item
    {
        Origin origin;
        QString path;
        std::shared_ptr<Pack> pack; // null when it could not be opened
        QString error;              // then: one line naming the file and the problem
    };
    QList<Item> items; // bundled, then remembered, then those of the command line
};

// Opens the bundled pack (unless told not to), the packs remembered from
// earlier runs and those of the command line. Needs no library and keeps no
// connection open on the thread it ran on, so that it can run beside the
// window: it does all of a start's reading of pack files.
OpenedPacks openPackFiles(const CommandLine &commandLine);

// Adds the opened packs to the library, in their order, and chooses the first
// page: the one asked for, else where the reader left off (lastUrl(), if that
// page is still there and nothing else was asked), else the start page. A pack
// remembered but no longer readable is forgotten unless the session is
// private. lastUrl is asked only when the page to come back to matters.
Start adoptPacks(const CommandLine &commandLine, OpenedPacks opened, Library *library,
                 const std::function<QUrl()> &lastUrl);

// Both steps at once, on the calling thread.
Start openPacks(const CommandLine &commandLine, Library *library,
                const std::function<QUrl()> &lastUrl);

} // namespace startup
} // namespace qingnang
