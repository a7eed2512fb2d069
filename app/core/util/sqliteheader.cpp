// SPDX-License-Identifier: MIT
#include "sqliteheader.h"

#include <QFile>
#include <QtEndian>

namespace qingnang::sqliteheader {

Header read(const QString &path)
{
    Header result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    result.size = header.size();
    if (header.isEmpty()) {
        result.state = Header::State::Empty;
    } else if (!header.startsWith(magic.left(header.size()))) {
        result.state = Header::State::NotSqlite;
    } else if (header.size() < 100) {
        result.state = Header::State::Short;
    } else {
        const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
        result.applicationId = qFromBigEndian<quint32>(bytes + 68);
        result.userVersion = qFromBigEndian<qint32>(bytes + 60);
        result.changeCounter = qFromBigEndian<quint32>(bytes + 24);
        result.state = Header::State::Read;
    }
    return result;
}

QStringList stamp(quint32 applicationId, int version)
{
    return {QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

} // namespace qingnang::sqliteheader
