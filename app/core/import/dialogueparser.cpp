// SPDX-License-Identifier: MIT
#include "importparsers.h"

#include "csvreader.h"
#include "importparsers_p.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QHash>

namespace qingnang {

using namespace importdetail;

namespace {

ImportRecord question(const QString &fileName, qsizetype line, QStringList topicPath,
                      const QString &title, const QString &ask, const QString &answer)
{
    ImportRecord record;
    record.kind = ImportRecord::Kind::Question;
    record.topicPath = std::move(topicPath);
    record.title = title;
    record.body = ask;
    if (!answer.trimmed().isEmpty()) {
        record.answers.append(answer);
    }
    record.ref = reference(fileName, line);
    record.location = location(fileName, line);
    return record;
}

} // namespace

QString departmentFromFileName(const QString &fileName)
{
    const QList<uint> codePoints = QFileInfo(fileName).completeBaseName().toUcs4();
    QList<uint> run;
    QList<uint> lastRun;
    for (const uint c : codePoints) {
        if (QChar::script(char32_t(c)) == QChar::Script_Han) {
            run.append(c);
        } else if (!run.isEmpty()) {
            lastRun = run;
            run.clear();
        }
    }
    if (!run.isEmpty()) {
        lastRun = run;
    }
    if (lastRun.isEmpty()) {
        return QStringLiteral("未分科");
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(lastRun.constData()),
                             lastRun.size());
}

bool parseDialogueCsv(const QByteArray &bytes, const QString &fileName,
                      const QString &topDepartment, const ParsedRecordSink &sink,
                      ImportStats *stats, ImportError *error, const FileProgress &progress)
{
    DecodedText decoded;
    if (!decodeInput(bytes, fileName, EncodingPolicy::Detect, stats, &decoded, error)) {
        return false;
    }
    CsvReader reader(std::move(decoded.text), fileName);
    ProgressTicker ticker(progress, bytes.size(), reader.size());

    QStringList fields;
    qsizetype line = 0;
    if (!reader.readRow(&fields, &line, error)) {
        if (!error->message.isEmpty()) {
            return false;
        }
        return fail(error, QDir::toNativeSeparators(fileName),
                    QStringLiteral("the file is empty (expected a header row: "
                                   "department,title,ask,answer)"));
    }
    const qsizetype columns = fields.size();
    QHash<QString, qsizetype> columnOf;
    for (qsizetype i = 0; i < columns; ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        if (!columnOf.contains(name)) {
            columnOf.insert(name, i);
        }
    }
    QStringList missing;
    for (const char *name : {"department", "title", "ask", "answer"}) {
        if (!columnOf.contains(QLatin1String(name))) {
            missing.append(QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"'));
        }
    }
    if (!missing.isEmpty()) {
        return fail(error, location(fileName, line),
                    QStringLiteral("the header row lacks the column%1 %2 (it needs "
                                   "department,title,ask,answer)")
                        .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                             missing.join(QStringLiteral(", "))));
    }
    const qsizetype department = columnOf.value(QStringLiteral("department"));
    const qsizetype title = columnOf.value(QStringLiteral("title"));
    const qsizetype ask = columnOf.value(QStringLiteral("ask"));
    const qsizetype answer = columnOf.value(QStringLiteral("answer"));

    while (reader.readRow(&fields, &line, error)) {
        ticker.at(reader.position());
        if (fields.size() != columns) {
            return fail(
                error, location(fileName, line),
                QStringLiteral("expected %1 fields, found %2").arg(columns).arg(fields.size()));
        }
        QStringList topicPath{topDepartment};
        if (const QString name = fields.at(department).trimmed(); !name.isEmpty()) {
            topicPath.append(name);
        }
        ImportRecord record = question(fileName, line, topicPath, fields.at(title), fields.at(ask),
                                       fields.at(answer));
        if (!sink(record)) {
            return false;
        }
    }
    return error->message.isEmpty();
}

bool parseDialogueDump(const QByteArray &bytes, const QString &fileName,
                       const QString &topDepartment, const ParsedRecordSink &sink,
                       ImportStats *stats, ImportError *error, const FileProgress &progress)
{
    DecodedText decoded;
    if (!decodeInput(bytes, fileName, EncodingPolicy::Detect, stats, &decoded, error)) {
        return false;
    }
    const QString &text = decoded.text;
    ProgressTicker ticker(progress, bytes.size(), text.size());
    // The real dump separates records by two blank lines; then one blank line
    // is part of an answer. A file that never has two in a row uses one.
    const qsizetype separator = text.contains(QLatin1String("\n\n\n")) ? 2 : 1;
    const QStringList lines = text.split(QLatin1Char('\n'));

    qsizetype i = 0;
    while (i < lines.size()) {
        // Skip the blank lines before a record.
        while (i < lines.size() && lines.at(i).trimmed().isEmpty()) {
            ++i;
        }
        if (i >= lines.size()) {
            break;
        }
        const qsizetype first = i++;
        QStringList answerLines;
        qsizetype blanks = 0;
        while (i < lines.size()) {
            if (lines.at(i).trimmed().isEmpty()) {
                ++blanks;
                if (blanks >= separator) {
                    break;
                }
            } else {
                for (; blanks > 0; --blanks) {
                    answerLines.append(QString());
                }
                answerLines.append(lines.at(i));
            }
            ++i;
        }
        const qsizetype lineNumber = first + 1;
        ticker.at(text.size() * i / std::max<qsizetype>(lines.size(), 1));
        if (answerLines.isEmpty()) {
            // A question without an answer in the middle of the file is one;
            // at the very end, the file was most likely cut after it.
            qsizetype rest = i;
            while (rest < lines.size() && lines.at(rest).trimmed().isEmpty()) {
                ++rest;
            }
            if (rest >= lines.size()) {
                return fail(error, location(fileName, lineNumber),
                            QStringLiteral("the last record has no answer line (the file was "
                                           "cut mid-record?)"));
            }
        }
        const QString &head = lines.at(first);
        const qsizetype comma = head.indexOf(QLatin1Char(','));
        const QString title = comma < 0 ? head : head.left(comma);
        const QString ask = comma < 0 ? QString() : head.mid(comma + 1);
        ImportRecord record = question(fileName, lineNumber, QStringList{topDepartment}, title, ask,
                                       answerLines.join(QLatin1Char('\n')));
        if (!sink(record)) {
            return false;
        }
    }
    return true;
}

} // namespace qingnang
