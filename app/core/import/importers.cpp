// SPDX-License-Identifier: MIT
#include "importers.h"

#include "importparsers.h"
#include "recordcleaner.h"
#include "recorddeduplicator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace qingnang {

Q_LOGGING_CATEGORY(lcImport, "qingnang.import", QtWarningMsg)

namespace {

constexpr qint64 MaxFileSize = qint64(1) << 30; // 1 GiB: beyond any real input

const struct
{
    ImportFormat format;
    const char *name;
} formatNames[] = {
    {ImportFormat::Jsonl, "jsonl"},
    {ImportFormat::DialogueCsv, "dialogue-csv"},
    {ImportFormat::HuatuoJson, "huatuo-json"},
    {ImportFormat::TcmBooks, "tcm-books"},
    {ImportFormat::Zim, "zim"},
};

bool fail(ImportError *error, const QString &path, const QString &what)
{
    error->message = QDir::toNativeSeparators(path) + QStringLiteral(": ") + what;
    return false;
}

bool readFile(const QString &path, QByteArray *bytes, ImportError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(error, path, QStringLiteral("cannot read: ") + file.errorString());
    }
    if (file.size() > MaxFileSize) {
        return fail(error, path,
                    QStringLiteral("is too large (%1 MiB; at most %2 MiB a file)")
                        .arg(file.size() >> 20)
                        .arg(MaxFileSize >> 20));
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(error, path, QStringLiteral("cannot read: ") + file.errorString());
    }
    return true;
}

// A directory of books may hold files about them (the corpus's SOURCES.txt):
// README, SOURCES, LICENSE and the like are not books.
bool isDocumentationFile(const QFileInfo &info)
{
    static const QStringList names = {
        QStringLiteral("readme"),  QStringLiteral("sources"),   QStringLiteral("source"),
        QStringLiteral("license"), QStringLiteral("licence"),   QStringLiteral("copying"),
        QStringLiteral("notice"),  QStringLiteral("changelog"), QStringLiteral("authors")};
    return names.contains(info.completeBaseName().toLower());
}

} // namespace

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (const auto &entry : formatNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.format;
        }
    }
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    for (const auto &entry : formatNames) {
        if (entry.format == format) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QStringList importFormatNames()
{
    QStringList names;
    for (const auto &entry : formatNames) {
        names.append(QLatin1String(entry.name));
    }
    return names;
}

bool listImportFiles(ImportFormat format, const QStringList &inputs, QStringList *files,
                     qint64 *totalBytes, ImportError *error)
{
    files->clear();
    *totalBytes = 0;
    if (inputs.isEmpty()) {
        error->message = QStringLiteral("no input files given");
        return false;
    }
    auto add = [&](const QFileInfo &info) {
        files->append(info.filePath());
        *totalBytes += info.size();
    };
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            return fail(error, input, QStringLiteral("no such file or directory"));
        }
        if (info.isDir()) {
            if (format != ImportFormat::TcmBooks) {
                return fail(error, input,
                            QStringLiteral("is a directory (%1 reads files)")
                                .arg(importFormatName(format)));
            }
            QFileInfoList books;
            QStringList notBooks;
            const QFileInfoList entries = QDir(input).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &entry : entries) {
                if (entry.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0) {
                    continue;
                }
                if (isDocumentationFile(entry)) {
                    notBooks.append(entry.fileName());
                    continue;
                }
                books.append(entry);
            }
            if (books.isEmpty()) {
                // One line that says it all: the skipped files are in it, not warned about.
                QString what = QStringLiteral("no books (*.txt) found");
                if (notBooks.size() == 1) {
                    what += QStringLiteral(" (%1 is skipped: it describes the books, it is not "
                                           "one)")
                                .arg(notBooks.first());
                } else if (notBooks.size() > 1) {
                    what += QStringLiteral(" (%1 are skipped: they describe the books, they are "
                                           "not books)")
                                .arg(notBooks.join(QStringLiteral(", ")));
                }
                return fail(error, input, what);
            }
            for (const QString &name : std::as_const(notBooks)) {
                qCWarning(lcImport).noquote()
                    << QDir::toNativeSeparators(QDir(input).filePath(name))
                    << QStringLiteral("is skipped: it describes the books, it is not one");
            }
            std::sort(books.begin(), books.end(), [](const QFileInfo &a, const QFileInfo &b) {
                return a.fileName() < b.fileName();
            });
            for (const QFileInfo &book : std::as_const(books)) {
                add(book);
            }
        } else if (format == ImportFormat::DialogueCsv &&
                   info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0 &&
                   info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0) {
            return fail(error, input,
                        QStringLiteral("dialogue-csv reads .csv files and .txt dumps; this is "
                                       "neither"));
        } else {
            add(info);
        }
    }
    return true;
}

bool runImporter(ImportFormat format, const QStringList &inputs, const ImportOptions &options,
                 const RecordSink &sink, const ProgressSink &progress, ImportStats *stats,
                 ImportError *error)
{
    ImportStats localStats;
    ImportError localError;
    stats = stats ? stats : &localStats;
    error = error ? error : &localError;
    *stats = ImportStats();
    error->message.clear();

    if (format == ImportFormat::Zim) {
        error->message = QStringLiteral("zim files are read by importZim(), not runImporter()");
        return false;
    }
    QStringList files;
    qint64 total = 0;
    if (!listImportFiles(format, inputs, &files, &total, error)) {
        return false;
    }
    RecordCleaner::Options cleanerOptions;
    cleanerOptions.bookMarkers = format == ImportFormat::TcmBooks;
    const RecordCleaner cleaner(cleanerOptions);
    RecordDeduplicator deduplicator;
    qint64 done = 0;
    if (progress) {
        progress(0, total);
    }

    for (const QString &file : std::as_const(files)) {
        QByteArray bytes;
        if (!readFile(file, &bytes, error)) {
            return false;
        }
        stats->bytesRead += bytes.size();
        // The file may have changed since it was listed: keep the total honest.
        total = std::max(total, done + qint64(bytes.size()));
        bool stoppedBySink = false;
        const qint64 recordsBefore = stats->recordsRead;
        const ParsedRecordSink recordSink = [&](ImportRecord &record) {
            ++stats->recordsRead;
            if (cleaner.clean(&record, stats) == RecordCleaner::Outcome::SkipEmpty) {
                ++stats->skippedEmpty;
                return true;
            }
            if (deduplicator.isDuplicate(record)) {
                ++stats->skippedDuplicate;
                return true;
            }
            ++stats->recordsImported;
            if (record.body.isEmpty() && record.answers.isEmpty()) {
                ++stats->keptWithoutText;
            }
            if (!sink(record)) {
                stoppedBySink = true;
                return false;
            }
            return true;
        };
        FileProgress fileProgress;
        if (progress) {
            fileProgress = [&](qint64 bytesDone) { progress(done + bytesDone, total); };
        }

        bool ok = false;
        switch (format) {
        case ImportFormat::Jsonl:
            ok = parseJsonl(bytes, file, recordSink, stats, error, fileProgress);
            break;
        case ImportFormat::DialogueCsv: {
            const QString department = options.department.trimmed().isEmpty()
                                           ? departmentFromFileName(file)
                                           : options.department.trimmed();
            const bool csv =
                QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
            ok = csv ? parseDialogueCsv(bytes, file, department, recordSink, stats, error,
                                        fileProgress)
                     : parseDialogueDump(bytes, file, department, recordSink, stats, error,
                                         fileProgress);
            break;
        }
        case ImportFormat::HuatuoJson:
            ok = parseHuatuoJson(bytes, file, recordSink, stats, error, fileProgress);
            break;
        case ImportFormat::TcmBooks:
            ok = parseTcmBook(bytes, file, recordSink, stats, error, fileProgress);
            break;
        case ImportFormat::Zim:
            break;
        }
        if (!ok) {
            if (stoppedBySink) {
                error->message.clear();
            } else if (error->message.isEmpty()) {
                error->message =
                    QDir::toNativeSeparators(file) + QStringLiteral(": cannot be read");
            }
            return false;
        }
        done += bytes.size();
        if (progress) {
            progress(done, total);
        }
        qCInfo(lcImport) << "read" << file << "records:" << stats->recordsRead - recordsBefore;
    }
    return true;
}

} // namespace qingnang
