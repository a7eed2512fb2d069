// SPDX-License-Identifier: MIT
#include "iowatch.h"

#include <QCoreApplication>
#include <QThread>

#include <array>
#include <atomic>

namespace qingnang::iowatch {

namespace {

constexpr int kinds = int(Kind::PackRead) + 1;
std::array<std::atomic<quint64>, kinds> counts{};

} // namespace

void report(Kind kind)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        counts[int(kind)].fetch_add(1, std::memory_order_relaxed);
    }
}

quint64 onMainThread(Kind kind)
{
    return counts[int(kind)].load(std::memory_order_relaxed);
}

} // namespace qingnang::iowatch
