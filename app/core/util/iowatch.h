// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace qingnang::iowatch {

// What the reader does with files and databases that must not happen on the
// GUI thread while the user navigates (issue 14): the paths that do it report
// here, and a test reads how many of them ran on the application's main thread.
enum class Kind {
    UserDataWrite, // a change to the user's store (UserStore::mutate, open)
    UserDataRead,  // a query on the user's store
    Search,        // SearchEngine::search
    PackRead,      // a query on a pack (Pack::run, every reading method's one way in)
};

// Counts one call of kind when it runs on the main thread; elsewhere (and
// before there is an application) it does nothing. One thread comparison and
// one atomic increment: cheap enough to stay in every build.
void report(Kind kind);

// How many calls of kind ran on the main thread since the process started.
quint64 onMainThread(Kind kind);

} // namespace qingnang::iowatch
