// SPDX-License-Identifier: MIT
#include "numbers.h"

#include <QLocale>

namespace qingnang {

QString groupedNumber(qint64 value)
{
    // zh_CN and en group alike; one fixed locale keeps the format the same
    // whatever the system's locale is.
    static const QLocale grouped(QLocale::Chinese, QLocale::China);
    return grouped.toString(value);
}

} // namespace qingnang
