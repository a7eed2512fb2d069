// SPDX-License-Identifier: MIT
#include "userdatajson.h"

#include "userdatatext.h"

#include "util/jsontypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace qingnang::userdata {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject folderObject(const BookmarkFolder &folder)
{
    return {{QStringLiteral("id"), folder.id},
            {QStringLiteral("parent"), folder.parentId},
            {QStringLiteral("name"), folder.name},
            {QStringLiteral("position"), folder.position},
            {QStringLiteral("created"), isoTime(folder.created)}};
}

QJsonObject bookmarkObject(const Bookmark &bookmark)
{
    return {{QStringLiteral("url"), storedUrl(bookmark.url)},
            {QStringLiteral("title"), bookmark.title},
            {QStringLiteral("folder"), bookmark.folderId},
            {QStringLiteral("position"), bookmark.position},
            {QStringLiteral("created"), isoTime(bookmark.created)}};
}

QJsonObject noteObject(const Note &note)
{
    return {{QStringLiteral("url"), storedUrl(note.url)},
            {QStringLiteral("title"), note.pageTitle},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("created"), isoTime(note.created)},
            {QStringLiteral("updated"), isoTime(note.updated)}};
}

// Reads the fields of one object of the file; the first problem is kept, with
// where it is ("bookmarks[2].url").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &where, QString *error)
        : m_object(object)
        , m_where(where)
        , m_error(error)
    {}

    bool ok() const { return m_error->isEmpty(); }

    QString string(const char *key, bool required, const QString &fallback = {})
    {
        const QJsonValue value = field(key, required);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isString()) {
            wrongType(key, QStringLiteral("a string"), value);
            return fallback;
        }
        return value.toString();
    }

    qint64 integer(const char *key, bool required, qint64 minimum, qint64 maximum,
                   qint64 fallback = 0)
    {
        const QJsonValue value = field(key, required);
        if (value.isUndefined()) {
            return fallback;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number)) {
            wrongType(key, QStringLiteral("an integer"), value);
            return fallback;
        }
        if (number < double(minimum) || number > double(maximum)) {
            fail(key, QStringLiteral("%1 is out of range (%2 to %3)")
                          .arg(value.toVariant().toString())
                          .arg(minimum)
                          .arg(maximum));
            return fallback;
        }
        return qint64(number);
    }

    QDateTime time(const char *key, bool required, const QDateTime &fallback = {})
    {
        const QString text = string(key, required);
        if (!ok() || (text.isEmpty() && !m_object.contains(QLatin1String(key)))) {
            return fallback;
        }
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid()) {
            fail(key, QStringLiteral("\"%1\" is not a date and time (ISO 8601, such as"
                                     " \"2026-05-01T08:30:00.000Z\")")
                          .arg(text.left(60)));
            return fallback;
        }
        return time.toUTC();
    }

    QUrl url(const char *key)
    {
        const QString text = string(key, true);
        if (!ok()) {
            return {};
        }
        const QUrl url(text, QUrl::StrictMode);
        if (const QString problem = checkPageUrl(url); !problem.isEmpty()) {
            fail(key, problem);
            return {};
        }
        return url;
    }

    void fail(const char *key, const QString &what)
    {
        if (ok()) {
            *m_error = QStringLiteral("%1.%2: %3").arg(m_where, QLatin1String(key), what);
        }
    }

private:
    QJsonValue field(const char *key, bool required)
    {
        if (!ok()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && required) {
            *m_error = QStringLiteral("%1: \"%2\" is missing").arg(m_where, QLatin1String(key));
        }
        return value;
    }

    void wrongType(const char *key, const QString &expected, const QJsonValue &value)
    {
        fail(key, QStringLiteral("expected %1, found %2").arg(expected, jsonTypeName(value)));
    }

    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

// The objects of a top-level array ("bookmarks"), or why they cannot be read.
bool objectsOf(const QJsonObject &root, const char *key, QList<QJsonObject> *objects,
               QString *error)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined()) {
        return true; // an export may leave a list out
    }
    if (!value.isArray()) {
        *error = QStringLiteral("%1: expected an array, found %2")
                     .arg(QLatin1String(key), jsonTypeName(value));
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("%1[%2]: expected an object, found %3")
                         .arg(QLatin1String(key))
                         .arg(i)
                         .arg(jsonTypeName(array.at(i)));
            return false;
        }
        objects->append(array.at(i).toObject());
    }
    return true;
}

constexpr qint64 maxId = qint64(1) << 53; // JSON numbers are exact up to here
constexpr qint64 maxPosition = std::numeric_limits<int>::max();

} // namespace

QByteArray writeExport(const ExportData &data, const QDateTime &exported)
{
    QJsonArray folders;
    for (const BookmarkFolder &folder : data.folders) {
        folders.append(folderObject(folder));
    }
    QJsonArray bookmarks;
    for (const Bookmark &bookmark : data.bookmarks) {
        bookmarks.append(bookmarkObject(bookmark));
    }
    QJsonArray notes;
    for (const Note &note : data.notes) {
        notes.append(noteObject(note));
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(exportFormat)},
                           {QStringLiteral("version"), exportVersion},
                           {QStringLiteral("exported"), isoTime(exported)},
                           {QStringLiteral("folders"), folders},
                           {QStringLiteral("bookmarks"), bookmarks},
                           {QStringLiteral("notes"), notes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ExportData> readExport(const QByteArray &json, QString *error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a Qingnang user-data export (the file is not a JSON object)");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        *error = QStringLiteral("not a Qingnang user-data export (\"format\" is missing)");
        return std::nullopt;
    }
    if (format.toString() != QLatin1String(exportFormat)) {
        *error = QStringLiteral("not a Qingnang user-data export (\"format\" is %1, expected"
                                " \"%2\")")
                     .arg(format.isString()
                              ? QLatin1Char('"') + format.toString().left(60) + QLatin1Char('"')
                              : jsonTypeName(format),
                          QLatin1String(exportFormat));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        *error =
            QStringLiteral("version: expected an integer, found %1").arg(jsonTypeName(version));
        return std::nullopt;
    }
    if (version.toDouble() != exportVersion) {
        *error = QStringLiteral("export version %1 is not supported (this Qingnang reads version"
                                " %2)")
                     .arg(version.toVariant().toString())
                     .arg(exportVersion);
        return std::nullopt;
    }

    QList<QJsonObject> folderObjects;
    QList<QJsonObject> bookmarkObjects;
    QList<QJsonObject> noteObjects;
    if (!objectsOf(root, "folders", &folderObjects, error) ||
        !objectsOf(root, "bookmarks", &bookmarkObjects, error) ||
        !objectsOf(root, "notes", &noteObjects, error)) {
        return std::nullopt;
    }

    ExportData data;
    QSet<qint64> folderIds;
    for (qsizetype i = 0; i < folderObjects.size(); ++i) {
        FieldReader reader(folderObjects.at(i), QStringLiteral("folders[%1]").arg(i), error);
        BookmarkFolder folder;
        folder.id = reader.integer("id", true, 1, maxId);
        folder.parentId = reader.integer("parent", false, 0, maxId);
        folder.name = cleanLine(reader.string("name", true), maxTitleLength);
        folder.position = int(reader.integer("position", false, 0, maxPosition, i));
        folder.created = reader.time("created", false, QDateTime::currentDateTimeUtc());
        if (reader.ok() && folder.name.isEmpty()) {
            reader.fail("name", QStringLiteral("a folder needs a name"));
        }
        if (reader.ok() && folderIds.contains(folder.id)) {
            reader.fail("id",
                        QStringLiteral("%1 is the id of an earlier folder too").arg(folder.id));
        }
        if (reader.ok() && folder.parentId != 0 && !folderIds.contains(folder.parentId)) {
            reader.fail("parent",
                        QStringLiteral("%1 is not the id of a folder listed before this one")
                            .arg(folder.parentId));
        }
        if (!reader.ok()) {
            return std::nullopt;
        }
        folderIds.insert(folder.id);
        data.folders.append(folder);
    }
    for (qsizetype i = 0; i < bookmarkObjects.size(); ++i) {
        FieldReader reader(bookmarkObjects.at(i), QStringLiteral("bookmarks[%1]").arg(i), error);
        Bookmark bookmark;
        bookmark.url = reader.url("url");
        bookmark.packId = packOf(bookmark.url);
        bookmark.title = cleanLine(reader.string("title", false), maxTitleLength);
        bookmark.folderId = reader.integer("folder", false, 0, maxId);
        bookmark.position = int(reader.integer("position", false, 0, maxPosition, i));
        bookmark.created = reader.time("created", false, QDateTime::currentDateTimeUtc());
        if (reader.ok() && bookmark.folderId != 0 && !folderIds.contains(bookmark.folderId)) {
            reader.fail(
                "folder",
                QStringLiteral("%1 is not the id of a listed folder").arg(bookmark.folderId));
        }
        if (!reader.ok()) {
            return std::nullopt;
        }
        data.bookmarks.append(bookmark);
    }
    for (qsizetype i = 0; i < noteObjects.size(); ++i) {
        FieldReader reader(noteObjects.at(i), QStringLiteral("notes[%1]").arg(i), error);
        Note note;
        note.url = reader.url("url");
        note.packId = packOf(note.url);
        note.pageTitle = cleanLine(reader.string("title", false), maxTitleLength);
        note.text = cleanNote(reader.string("text", true));
        note.updated = reader.time("updated", true);
        note.created = reader.time("created", false, note.updated);
        if (reader.ok() && note.text.trimmed().isEmpty()) {
            reader.fail("text", QStringLiteral("the note is empty"));
        }
        if (reader.ok() && note.text.size() > maxNoteLength) {
            reader.fail("text",
                        QStringLiteral("the note has %1 characters; a note holds at most %2")
                            .arg(note.text.size())
                            .arg(maxNoteLength));
        }
        if (!reader.ok()) {
            return std::nullopt;
        }
        note.url = QUrl(pageKey(note.url), QUrl::StrictMode);
        data.notes.append(note);
    }
    return data;
}

} // namespace qingnang::userdata
