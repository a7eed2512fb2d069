// SPDX-License-Identifier: MIT
#include "importparsers.h"

#include "importparsers_p.h"
#include "recordcleaner.h"
#include "textdecoder.h"

#include "util/jsontypes.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace qingnang {

using namespace importdetail;

namespace {

// A field that is a string or an array of strings (absent or null: none).
bool texts(const QJsonObject &object, const char *key, QStringList *result)
{
    const QJsonValue value = object.value(QLatin1String(key));
    result->clear();
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (value.isString()) {
        result->append(value.toString());
        return true;
    }
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            return false;
        }
        result->append(item.toString());
    }
    return true;
}

} // namespace

bool parseHuatuoJson(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                     ImportStats *stats, ImportError *error, const FileProgress &progress)
{
    const QString file = QDir::toNativeSeparators(fileName);
    DecodedText decoded;
    if (!decodeInput(bytes, fileName, EncodingPolicy::RequireUtf8, stats, &decoded, error)) {
        return false;
    }
    QJsonArray elements;
    {
        const QByteArray utf8 = decoded.text.toUtf8();
        decoded.text.clear();
        QString problem;
        qsizetype line = 0;
        const std::optional<QJsonDocument> document = readJson(utf8, &problem, &line);
        if (!document) {
            return fail(error, location(fileName, line), problem);
        }
        if (!document->isArray()) {
            return fail(error, file,
                        notExpectedJson(QStringLiteral("array of questions"), *document));
        }
        elements = document->array();
    }
    ProgressTicker ticker(progress, bytes.size(), elements.size());
    const QString name = QFileInfo(fileName).fileName();

    for (qsizetype i = 0; i < elements.size(); ++i) {
        ticker.at(i);
        const qsizetype index = i + 1;
        const QJsonValue element = elements.at(i);
        const QString where = file + QLatin1Char('#') + QString::number(index);
        if (!element.isObject()) {
            return fail(error, file,
                        QStringLiteral("element %1 of the array is %2, not an object")
                            .arg(index)
                            .arg(jsonTypeName(element)));
        }
        const QJsonObject object = element.toObject();
        auto fieldError = [&](const char *key, const QString &what) {
            return fail(error, file,
                        QStringLiteral("element %1: \"%2\" must be %3, not %4")
                            .arg(QString::number(index), QLatin1String(key), what,
                                 jsonTypeName(object.value(QLatin1String(key)))));
        };
        QStringList instruction;
        QStringList input;
        QStringList output;
        const QString stringOrStrings = QStringLiteral("a string or an array of strings");
        if (!texts(object, "instruction", &instruction)) {
            return fieldError("instruction", stringOrStrings);
        }
        if (!texts(object, "output", &output)) {
            return fieldError("output", stringOrStrings);
        }
        if (!texts(object, "input", &input)) {
            return fieldError("input", stringOrStrings);
        }
        const QJsonValue id = object.value(QLatin1String("id"));
        QString ref;
        if (id.isString()) {
            ref = id.toString().trimmed();
        } else if (id.isDouble()) {
            ref = QString::number(id.toDouble(), 'g', QLocale::FloatingPointShortest);
        } else if (!id.isUndefined() && !id.isNull()) {
            return fieldError("id", QStringLiteral("a string or a number"));
        }

        ImportRecord record;
        record.kind = ImportRecord::Kind::Question;
        record.topicPath = QStringList{QStringLiteral("患者问答")};
        const QString question = instruction.join(QLatin1String("\n\n")).trimmed();
        const QString extra = input.join(QLatin1String("\n\n")).trimmed();
        record.body = extra.isEmpty()      ? question
                      : question.isEmpty() ? extra
                                           : question + QLatin1String("\n\n") + extra;
        record.title = RecordCleaner::titleFromText(question);
        for (const QString &answer : std::as_const(output)) {
            if (!answer.trimmed().isEmpty()) {
                record.answers.append(answer);
            }
        }
        record.ref = ref.isEmpty() ? name + QLatin1Char('#') + QString::number(index) : ref;
        record.location = where;
        if (!sink(record)) {
            return false;
        }
    }
    return true;
}

} // namespace qingnang
