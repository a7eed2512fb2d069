// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace qingnang {
Q_DECLARE_LOGGING_CATEGORY(lcPack)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcPages)
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcUserData)
} // namespace qingnang
