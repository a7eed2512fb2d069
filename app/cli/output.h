// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextStream>

namespace qingnang::cli {

QTextStream &out();
QTextStream &err();

// One line on stderr, prefixed with the program's name.
void printError(const QString &message);

} // namespace qingnang::cli
