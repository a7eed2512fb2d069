// SPDX-License-Identifier: MIT
#include "packmemory.h"

#include <QFileInfo>
#include <QSettings>

namespace qingnang::packmemory {

namespace {
const QString key = QStringLiteral("packs/opened");
}

QStringList load()
{
    return QSettings().value(key).toStringList();
}

void remember(const QString &path)
{
    QStringList paths = load();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!paths.contains(absolute)) {
        paths.append(absolute);
        QSettings().setValue(key, paths);
    }
}

void forget(const QString &path)
{
    QStringList paths = load();
    if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        QSettings().setValue(key, paths);
    }
}

} // namespace qingnang::packmemory
