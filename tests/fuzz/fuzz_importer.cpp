// SPDX-License-Identifier: MIT
// An importer's record parser on any bytes, then the cleaning every record
// goes through. Built once per input format (QINGNANG_FUZZ_FORMAT, see
// CMakeLists.txt). A parser either reads to the end or stops with one line
// naming the file; what it hands on, once cleaned, fits the pack's limits.
#include "fuzzsupport.h"

#include "import/importparsers.h"
#include "import/recordcleaner.h"

using namespace qingnang;

#define QINGNANG_FORMAT_JSONL 1
#define QINGNANG_FORMAT_DIALOGUE 2
#define QINGNANG_FORMAT_HUATUO 3
#define QINGNANG_FORMAT_TCMBOOK 4

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 18) {
        return -1;
    }
    QByteArray bytes = fuzz::bytesOf(data, size);
    const QString fileName = QStringLiteral("样例_内科.txt");
    ImportStats stats;
    ImportError error;
    RecordCleaner::Options options;
    options.bookMarkers = QINGNANG_FUZZ_FORMAT == QINGNANG_FORMAT_TCMBOOK;
    const RecordCleaner cleaner(options);
    qint64 records = 0;
    const ParsedRecordSink sink = [&](ImportRecord &record) {
        ++records;
        QINGNANG_FUZZ_CHECK(!record.topicPath.isEmpty());
        if (cleaner.clean(&record, &stats) == RecordCleaner::Outcome::Keep) {
            QINGNANG_FUZZ_CHECK(record.title.size() <= RecordCleaner::MaxTitleLength + 1);
            QINGNANG_FUZZ_CHECK(record.body.size() <= RecordCleaner::MaxTextLength);
            for (const QString &answer : record.answers) {
                QINGNANG_FUZZ_CHECK(answer.size() <= RecordCleaner::MaxTextLength);
            }
            QINGNANG_FUZZ_CHECK(!record.title.contains(QChar(0)));
            QINGNANG_FUZZ_CHECK(!record.body.contains(QChar(0)));
        }
        return true;
    };
    bool ok = false;
#if QINGNANG_FUZZ_FORMAT == QINGNANG_FORMAT_JSONL
    ok = parseJsonl(bytes, fileName, sink, &stats, &error);
#elif QINGNANG_FUZZ_FORMAT == QINGNANG_FORMAT_DIALOGUE
    // The first byte chooses the shape: a .csv with a header, or the plain-text dump.
    const bool csv = !bytes.isEmpty() && (bytes.front() & 1);
    if (!bytes.isEmpty()) {
        bytes.remove(0, 1);
    }
    ok = csv ? parseDialogueCsv(bytes, fileName, QStringLiteral("内科"), sink, &stats, &error)
             : parseDialogueDump(bytes, fileName, QStringLiteral("内科"), sink, &stats, &error);
#elif QINGNANG_FUZZ_FORMAT == QINGNANG_FORMAT_HUATUO
    ok = parseHuatuoJson(bytes, fileName, sink, &stats, &error);
#elif QINGNANG_FUZZ_FORMAT == QINGNANG_FORMAT_TCMBOOK
    ok = parseTcmBook(bytes, fileName, sink, &stats, &error);
#else
#error "QINGNANG_FUZZ_FORMAT names no input format"
#endif
    if (!ok) {
        // One line, naming the file.
        QINGNANG_FUZZ_CHECK(error.message.startsWith(fileName));
        QINGNANG_FUZZ_CHECK(!error.message.contains(QLatin1Char('\n')));
    }
    QINGNANG_FUZZ_CHECK(records >= 0);
    (void)departmentFromFileName(QString::fromUtf8(bytes.left(64)));
    (void)bookTitleFromFileName(QString::fromUtf8(bytes.left(64)));
    return 0;
}
