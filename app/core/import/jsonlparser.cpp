// SPDX-License-Identifier: MIT
#include "importparsers.h"

#include "importparsers_p.h"
#include "recordcleaner.h"
#include "textdecoder.h"

#include "util/jsontypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>

namespace qingnang {

using namespace importdetail;

namespace {

// Text with something to show once control characters are gone.
bool isVisibleText(const QString &text)
{
    bool changed = false;
    return !RecordCleaner::removeControl(text, &changed).trimmed().isEmpty();
}

// Reads the fields of one line's object; the first problem is kept in m_problem.
class LineFields
{
public:
    explicit LineFields(QJsonObject object)
        : m_object(std::move(object))
    {}

    QString text(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isString()) {
            problem(QStringLiteral("\"%1\" must be a string, not %2")
                        .arg(QLatin1String(key), jsonTypeName(value)));
            return {};
        }
        return value.toString();
    }

    QString reference()
    {
        const QJsonValue value = m_object.value(QLatin1String("ref"));
        if (value.isDouble()) {
            const double number = value.toDouble();
            // Within the range first: converting a double beyond qint64's to
            // qint64 is undefined behaviour (found by fuzz_import_jsonl).
            if (std::abs(number) < 9.0e15 && number == std::trunc(number)) {
                return QString::number(qint64(number));
            }
            return QString::number(number, 'g', QLocale::FloatingPointShortest);
        }
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            problem(QStringLiteral("\"ref\" must be a string or a number, not %1")
                        .arg(jsonTypeName(value)));
            return {};
        }
        return value.toString();
    }

    std::optional<ImportRecord::Kind> kind()
    {
        const QJsonValue value = m_object.value(QLatin1String("kind"));
        if (value.isUndefined()) {
            problem(QStringLiteral("\"kind\" is missing (\"article\" or \"question\")"));
        } else if (value == QJsonValue(QLatin1String("article"))) {
            return ImportRecord::Kind::Article;
        } else if (value == QJsonValue(QLatin1String("question"))) {
            return ImportRecord::Kind::Question;
        } else {
            problem(QStringLiteral("\"kind\" must be \"article\" or \"question\""));
        }
        return std::nullopt;
    }

    QStringList topic()
    {
        const QJsonValue value = m_object.value(QLatin1String("topic"));
        const QString complaint =
            QStringLiteral("\"topic\" must be an array of 1 to 8 non-empty strings");
        if (value.isUndefined()) {
            problem(QStringLiteral("\"topic\" is missing (an array of 1 to 8 non-empty strings)"));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty() || array.size() > 8) {
            problem(complaint);
            return {};
        }
        QStringList names;
        for (const QJsonValue &name : array) {
            if (!name.isString() || !isVisibleText(name.toString())) {
                problem(complaint);
                return {};
            }
            names.append(name.toString());
        }
        return names;
    }

    QStringList answers()
    {
        const QJsonValue value = m_object.value(QLatin1String("answers"));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        QStringList answers;
        const QJsonArray array = value.toArray();
        bool valid = value.isArray();
        for (const QJsonValue &answer : array) {
            valid = valid && answer.isString();
            answers.append(answer.toString());
        }
        if (!valid) {
            problem(QStringLiteral("\"answers\" must be an array of strings"));
            return {};
        }
        return answers;
    }

    const QString &firstProblem() const { return m_problem; }

private:
    void problem(const QString &what)
    {
        if (m_problem.isEmpty()) {
            m_problem = what;
        }
    }

    QJsonObject m_object;
    QString m_problem;
};

} // namespace

bool parseJsonl(const QByteArray &bytes, const QString &fileName, const ParsedRecordSink &sink,
                ImportStats *stats, ImportError *error, const FileProgress &progress)
{
    DecodedText decoded;
    if (!decodeInput(bytes, fileName, EncodingPolicy::RequireUtf8, stats, &decoded, error)) {
        return false;
    }
    const QString &text = decoded.text;
    ProgressTicker ticker(progress, bytes.size(), text.size());

    qsizetype start = 0;
    qsizetype lineNumber = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        ++lineNumber;
        const QStringView line = QStringView(text).mid(start, end - start);
        start = end + 1;
        ticker.at(start);
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const QString where = location(fileName, lineNumber);
        QString problem;
        const std::optional<QJsonDocument> document = readJson(line.toUtf8(), &problem, nullptr);
        if (!document) {
            return fail(error, where, problem);
        }
        if (!document->isObject()) {
            return fail(error, where, notExpectedJson(QStringLiteral("object"), *document));
        }
        LineFields fields(document->object());
        ImportRecord record;
        const std::optional<ImportRecord::Kind> kind = fields.kind();
        record.kind = kind.value_or(ImportRecord::Kind::Question);
        record.topicPath = fields.topic();
        record.title = fields.text("title");
        record.body = fields.text("body");
        record.answers = fields.answers();
        record.ref = fields.reference();
        record.author = fields.text("author");
        record.period = fields.text("period");
        record.source = fields.text("source");
        if (!fields.firstProblem().isEmpty()) {
            return fail(error, where, fields.firstProblem());
        }
        if (record.kind == ImportRecord::Kind::Article && !record.answers.isEmpty()) {
            return fail(error, where,
                        QStringLiteral("\"answers\" is only for questions (this is an article)"));
        }
        if (record.ref.isEmpty()) {
            record.ref = reference(fileName, lineNumber);
        }
        record.location = where;
        if (!sink(record)) {
            return false;
        }
    }
    return true;
}

} // namespace qingnang
