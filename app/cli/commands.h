// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace qingnang::cli {

// Exit statuses of qingnang-pack (product.md).
enum ExitStatus { Success = 0, CheckFailed = 1, BadInput = 2 };

// Each command takes its own arguments (after the command word) and returns an exit status.
int runBuild(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runBench(const QStringList &arguments);

} // namespace qingnang::cli
