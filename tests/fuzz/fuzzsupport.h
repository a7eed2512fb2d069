// SPDX-License-Identifier: MIT
#pragma once

// What every fuzz target of Qingnang shares: a Qt application object (the SQL
// plugins need one), quiet logging (a warning per input would slow the fuzzer
// down and say nothing new), and a check that stops the run with a message.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace qingnang::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "fatal: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

// Makes the application object once; call from LLVMFuzzerInitialize.
inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(*argc, *argv);
}

// A property that must hold for every input: abort (a crash for libFuzzer) when it does not.
#define QINGNANG_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace qingnang::fuzz
