// SPDX-License-Identifier: MIT
#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <ctime>
#include <unistd.h>

namespace qingnang {

QString bundledPackPath()
{
    const QString relative = QStringLiteral("qingnang/") + QLatin1String(bundledPackName);
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QString besideProgram =
        programDir.absoluteFilePath(QStringLiteral("../share/") + relative);
    if (QFileInfo::exists(besideProgram)) {
        return QDir::cleanPath(besideProgram);
    }
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
}

namespace {

// When the process started, read from /proc on Linux; -1 where that is unknown.
qint64 processStartBootMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from after the ")" of the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) {
        return -1;
    }
    bool ok = false;
    const qint64 ticks = fields.at(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ok && ticksPerSecond > 0 ? ticks * 1000 / ticksPerSecond : -1;
}

} // namespace

qint64 processUptimeMs()
{
    static const qint64 startBootMs = processStartBootMs();
    timespec now{};
    if (startBootMs >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startBootMs;
    }
    // Elsewhere: from the first call, which main() makes at once.
    static QElapsedTimer sinceFirstCall;
    if (!sinceFirstCall.isValid()) {
        sinceFirstCall.start();
    }
    return sinceFirstCall.elapsed();
}

} // namespace qingnang
