// SPDX-License-Identifier: MIT
#include "output.h"

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

} // namespace qingnang::cli
