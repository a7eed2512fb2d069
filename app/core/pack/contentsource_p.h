// SPDX-License-Identifier: MIT
// What contentsource.cpp, contentfields.cpp and contentalerts.cpp share; not
// for the readers of content.
#pragma once

#include "contentsource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QDir;

namespace qingnang::contentdetail {

// Thrown inside the content reader only, caught at its entry points and turned
// into the error string.
struct ContentError
{
    QString message;
};

[[noreturn]] void raise(const QString &file, const QString &what);

QString readUtf8File(const QString &path);
QJsonObject readJsonObject(const QString &path);

// Runs one step of reading content: its result, or nothing and *error set to
// what went wrong.
template<typename Read>
auto readOrError(Read read, QString *error) -> std::optional<decltype(read())>
{
    try {
        return read();
    } catch (const ContentError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

// Reads fields of one JSON object, naming the file and key in every complaint.
class Fields
{
public:
    Fields(QString file, QJsonObject object, QString where = {});

    QString text(const char *key, bool required) const;
    int integer(const char *key, int fallback) const;
    QJsonArray array(const char *key) const;
    QStringList textList(const char *key) const;
    Fields object(const QJsonValue &value, const QString &where) const;
    void allowOnly(std::initializer_list<const char *> keys) const;
    [[noreturn]] void fail(const char *key, const QString &what) const;

    const QString &file() const { return m_file; }

private:
    QString prefix() const;

    QString m_file;
    QJsonObject m_object;
    QString m_where;
};

// alerts.json of the content directory, when there is one (contentalerts.cpp).
QList<ContentAlert> readAlerts(const QDir &dir);

} // namespace qingnang::contentdetail
