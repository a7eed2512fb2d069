// SPDX-License-Identifier: MIT
#include "logging.h"

namespace qingnang {
// Warnings and worse show by default; enable more with QT_LOGGING_RULES,
// e.g. QT_LOGGING_RULES="qingnang.*.info=true".
Q_LOGGING_CATEGORY(lcPack, "qingnang.pack", QtWarningMsg)
Q_LOGGING_CATEGORY(lcContent, "qingnang.content", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "qingnang.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPages, "qingnang.pages", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStartup, "qingnang.startup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "qingnang.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUserData, "qingnang.userdata", QtWarningMsg)
} // namespace qingnang
