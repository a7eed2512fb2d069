// SPDX-License-Identifier: MIT
// Reading the JSON files of a content directory, field by field, with errors
// that name the file, the entry and the key.
#include "contentsource_p.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>

namespace qingnang::contentdetail {

[[noreturn]] void raise(const QString &file, const QString &what)
{
    throw ContentError{QDir::toNativeSeparators(file) + QStringLiteral(": ") + what};
}

QString readUtf8File(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        raise(path, QStringLiteral("no such file"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        raise(path, QStringLiteral("cannot read: ") + file.errorString());
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        raise(path, QStringLiteral("is not valid UTF-8"));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

QJsonObject readJsonObject(const QString &path)
{
    const QString text = readUtf8File(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column for the person editing the file.
        const QByteArray utf8 = text.toUtf8().left(parseError.offset);
        const int line = int(utf8.count('\n')) + 1;
        const int column = int(QString::fromUtf8(utf8.mid(utf8.lastIndexOf('\n') + 1)).size()) + 1;
        raise(path, QStringLiteral("line %1, column %2: invalid JSON (%3)")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        raise(path, QStringLiteral("expected a JSON object at the top"));
    }
    return doc.object();
}

Fields::Fields(QString file, QJsonObject object, QString where)
    : m_file(std::move(file))
    , m_object(std::move(object))
    , m_where(std::move(where))
{}

QString Fields::text(const char *key, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(key, QStringLiteral("is missing"));
        }
        return {};
    }
    if (!value.isString()) {
        fail(key, QStringLiteral("must be a string"));
    }
    const QString result = value.toString().trimmed();
    if (required && result.isEmpty()) {
        fail(key, QStringLiteral("is empty"));
    }
    return result;
}

int Fields::integer(const char *key, int fallback) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isDouble() || value.toDouble() != double(value.toInt())) {
        fail(key, QStringLiteral("must be a whole number"));
    }
    return value.toInt();
}

QJsonArray Fields::array(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isArray()) {
        fail(key, QStringLiteral("must be an array"));
    }
    return value.toArray();
}

QStringList Fields::textList(const char *key) const
{
    QStringList result;
    for (const QJsonValue &value : array(key)) {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(key, QStringLiteral("must be an array of non-empty strings"));
        }
        result.append(value.toString().trimmed());
    }
    return result;
}

Fields Fields::object(const QJsonValue &value, const QString &where) const
{
    if (!value.isObject()) {
        raise(m_file, where + QStringLiteral(" must be a JSON object"));
    }
    return Fields(m_file, value.toObject(), where);
}

void Fields::allowOnly(std::initializer_list<const char *> keys) const
{
    for (const QString &key : m_object.keys()) {
        bool known = false;
        for (const char *allowed : keys) {
            known = known || key == QLatin1String(allowed);
        }
        if (!known) {
            raise(m_file, prefix() + QStringLiteral("unknown key \"%1\"").arg(key));
        }
    }
}

void Fields::fail(const char *key, const QString &what) const
{
    raise(m_file, prefix() + QStringLiteral("\"%1\" %2").arg(QLatin1String(key), what));
}

QString Fields::prefix() const
{
    return m_where.isEmpty() ? QString() : m_where + QStringLiteral(": ");
}

} // namespace qingnang::contentdetail
