// SPDX-License-Identifier: MIT
#include "commands.h"
#include "output.h"

#include "import/importers.h"
#include "import/importsink.h"
#include "import/zimimporter.h"
#include "pack/packschema.h"
#include "pack/packwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <csignal>

namespace qingnang::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onSignal(int)
{
    interrupted = true;
}

// The progress line on stderr, redrawn at most five times a second. It is
// ended (a newline) before anything else is printed, an error too: blanking it
// with spaces and a carriage return left the error on the same line wherever
// the terminal's columns or a log file did not agree with our count.
class ProgressLine
{
public:
    void update(qint64 done, qint64 total, qint64 documents)
    {
        if (m_timer.isValid() && m_timer.elapsed() - m_lastDraw < 200) {
            return;
        }
        if (!m_timer.isValid()) {
            m_timer.start();
        }
        m_lastDraw = m_timer.elapsed();
        const double seconds = qMax<qint64>(1, m_timer.elapsed()) / 1000.0;
        const int percent = total > 0 ? int(qMin<qint64>(100, done * 100 / total)) : 0;
        draw(QStringLiteral("import: %1% · %2 · %3 documents/s   ")
                 .arg(percent, 3)
                 .arg(counted(documents, QStringLiteral("document")))
                 .arg(qint64(documents / seconds)));
    }
    // Replaces the line by text, still without ending it.
    void draw(const QString &text)
    {
        err() << '\r' << text;
        if (text.size() < m_drawnLength) {
            err() << QString(m_drawnLength - text.size(), QLatin1Char(' '));
        }
        err().flush();
        // '·' and '…' take two columns in some terminals.
        m_drawnLength = qMax(m_drawnLength, text.size() + 4);
    }
    // Ends the line: it stays on screen.
    void keep()
    {
        if (m_drawnLength > 0) {
            err() << '\n';
            err().flush();
        }
        m_drawnLength = 0;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_lastDraw = 0;
    qsizetype m_drawnLength = 0;
};

QString defaultTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::TcmBooks:
        return QStringLiteral("中医古籍文库");
    case ImportFormat::DialogueCsv:
    case ImportFormat::HuatuoJson:
        return QStringLiteral("患者问答");
    case ImportFormat::Jsonl:
    case ImportFormat::Zim: // the ZIM's own title, when it has one
        break;
    }
    return QStringLiteral("导入的内容");
}

void printSummary(const ImportStats &stats, const ImportSink &sink, const QString &output)
{
    out() << QStringLiteral("wrote %1: %2, %3, %4\n")
                 .arg(QDir::toNativeSeparators(output),
                      counted(sink.topics(), QStringLiteral("topic")),
                      counted(sink.articles(), QStringLiteral("article")),
                      counted(sink.questions(), QStringLiteral("question")));
    out() << QStringLiteral("records read: %1, imported: %2, skipped: %3 (%4 empty, %5)\n")
                 .arg(stats.recordsRead)
                 .arg(sink.articles() + sink.questions())
                 .arg(stats.skippedEmpty + stats.skippedDuplicate)
                 .arg(stats.skippedEmpty)
                 .arg(counted(stats.skippedDuplicate, QStringLiteral("duplicate")));
    out() << QStringLiteral("repaired: %1 made from text, %2 with HTML entities, %3 with "
                            "markup, %4 with control characters, %5 cut, %6\n")
                 .arg(counted(stats.repairedTitle, QStringLiteral("title")))
                 .arg(stats.repairedEntities)
                 .arg(stats.repairedMarkup)
                 .arg(stats.repairedControl)
                 .arg(counted(stats.repairedTruncated, QStringLiteral("over-long field")))
                 .arg(counted(stats.repairedEncoding, QStringLiteral("undecodable byte sequence")));
}

void printZimSummary(const ZimImportStats &stats, const QString &output)
{
    out() << QStringLiteral("wrote %1: %2, %3, 0 questions\n")
                 .arg(QDir::toNativeSeparators(output),
                      counted(stats.topics, QStringLiteral("topic")),
                      counted(stats.articles, QStringLiteral("article")));
    out() << QStringLiteral("zim entries: %1, articles: %2, redirects kept as other names: %3, "
                            "links rewritten: %4, images left out: %5, other entries skipped: "
                            "%6\n")
                 .arg(stats.entries)
                 .arg(stats.articles)
                 .arg(stats.aliases)
                 .arg(stats.links)
                 .arg(stats.images)
                 .arg(stats.otherEntries);
}

int runImport(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("import FORMAT INPUT... -o PACK [--title TEXT]"),
        QStringLiteral("Imports real data into a new pack, with its search index.\nFORMAT: ") +
            importFormatNames().join(QStringLiteral(", ")),
        {{QStringLiteral("FORMAT"), QStringLiteral("The input format.")},
         {QStringLiteral("INPUT"), QStringLiteral("Files or directories."),
          QStringLiteral("INPUT...")}});
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The pack to write."),
                                          QStringLiteral("PACK"));
    const QCommandLineOption titleOption(
        QStringLiteral("title"), QStringLiteral("The pack's title."), QStringLiteral("TEXT"));
    const QCommandLineOption idOption(QStringLiteral("id"),
                                      QStringLiteral("The pack's id (default: the output's name)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QStringLiteral("dialogue-csv: the top department (default: from the file name)."),
        QStringLiteral("NAME"));
    parser.addOptions({outputOption, titleOption, idOption, departmentOption});
    const auto complete = [&] {
        return parser.positionalArguments().size() >= 2 && parser.isSet(outputOption);
    };
    if (const std::optional<int> status = commandLine.parse(arguments, complete)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<ImportFormat> format = importFormatFromName(positional.first());
    if (!format) {
        printError(QStringLiteral("unknown format \"%1\" (one of: %2)")
                       .arg(positional.first(), importFormatNames().join(QStringLiteral(", "))));
        return BadInput;
    }
    const QStringList inputs = positional.mid(1);
    const bool zim = *format == ImportFormat::Zim;
    if (zim && inputs.size() != 1) {
        printError(QStringLiteral("zim: give one ZIM file a pack (%1 given)").arg(inputs.size()));
        return BadInput;
    }
    for (const QString &input : inputs) {
        if (!QFileInfo::exists(input)) {
            printError(QStringLiteral("%1: no such file or directory")
                           .arg(QDir::toNativeSeparators(input)));
            return BadInput;
        }
    }
    const QString output = parser.value(outputOption);

    // From before the temporary file exists until it is gone or renamed into
    // place, Ctrl+C and SIGTERM only ask the import to stop, so that nothing
    // is left behind.
    interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const auto restoreSignals = [] {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    };

    PackWriter writer(output);
    if (!writer.open()) {
        writer.discard();
        restoreSignals();
        printError(writer.errorString());
        return BadInput;
    }
    const QString title =
        parser.isSet(titleOption) ? parser.value(titleOption) : defaultTitle(*format);
    writer.setMeta(QLatin1String(schema::meta::packId), parser.isSet(idOption)
                                                            ? parser.value(idOption)
                                                            : QFileInfo(output).completeBaseName());
    writer.setMeta(QLatin1String(schema::meta::title), title);
    writer.setMeta(QLatin1String(schema::meta::language), QStringLiteral("zh-Hans"));
    writer.setMeta(QLatin1String(schema::meta::contentDate),
                   QDate::currentDate().toString(Qt::ISODate));
    QStringList names;
    for (const QString &input : inputs) {
        names.append(QFileInfo(input).fileName());
    }
    writer.setMeta(QLatin1String(schema::meta::source),
                   QStringLiteral("imported (%1) from %2")
                       .arg(positional.first(), names.join(QStringLiteral(", "))));
    writer.setMeta(QLatin1String(schema::meta::disclaimer), schema::fallbackDisclaimer());

    writer.setCancelCheck([] { return interrupted.load(); });
    ImportSink sink(&writer);
    ProgressLine progress;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    ImportOptions options;
    options.department = parser.value(departmentOption);
    ImportStats stats;
    ZimImportStats zimStats;
    ImportError error;
    bool imported = false;
    if (zim) {
        imported = importZim(
            inputs.first(), &writer,
            [&](qint64 done, qint64 total) { progress.update(done, total, done); },
            [] { return interrupted.load(); }, &zimStats, &error);
        if (imported && parser.isSet(titleOption)) {
            writer.setMeta(QLatin1String(schema::meta::title), title);
        }
    } else {
        imported = runImporter(
            *format, inputs, options,
            [&](const ImportRecord &record) {
                if (interrupted || !sink.add(record)) {
                    return false;
                }
                progress.update(bytesDone, bytesTotal, sink.articles() + sink.questions());
                return true;
            },
            [&](qint64 done, qint64 total) {
                bytesDone = done;
                bytesTotal = total;
                progress.update(done, total, sink.articles() + sink.questions());
            },
            &stats, &error);
    }

    const QString interruptedMessage = QStringLiteral("%1: interrupted; nothing was written")
                                           .arg(QDir::toNativeSeparators(output));
    QString failure;
    int status = Success;
    if (interrupted) {
        failure = interruptedMessage;
        status = 130;
    } else if (writer.hasError()) {
        failure = writer.errorString();
        status = BadInput;
    } else if (!imported) {
        failure = error.message;
        status = BadInput;
    } else {
        progress.draw(QStringLiteral("import: 100% · %1 read · building the search index…")
                          .arg(counted(zim ? zimStats.articles : sink.articles() + sink.questions(),
                                       QStringLiteral("document"))));
        if (!writer.commit()) {
            failure = interrupted ? interruptedMessage : writer.errorString();
            status = interrupted ? 130 : BadInput;
        }
    }
    if (status != Success) {
        writer.discard();
        restoreSignals();
        progress.keep();
        printError(failure);
        return status;
    }
    restoreSignals();
    progress.keep();
    if (zim) {
        printZimSummary(zimStats, output);
    } else {
        printSummary(stats, sink, output);
    }
    return Success;
}

const CommandRegistration registration(
    {1, QStringLiteral("import"), QStringLiteral("FORMAT INPUT... -o PACK [--title TEXT]"),
     QStringLiteral("import real data (jsonl, dialogue-csv, huatuo-json, tcm-books)"), runImport});

} // namespace

} // namespace qingnang::cli
