// SPDX-License-Identifier: MIT
#include "translation.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace qingnang {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

QString systemLanguage()
{
    for (const QString &name : QLocale().uiLanguages()) {
        if (name.startsWith(QLatin1String("zh"))) {
            return QStringLiteral("zh_CN");
        }
    }
    return QStringLiteral("en");
}

QString useLanguage(const QString &language)
{
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    Installed &current = installed();
    if (chosen == current.language) {
        return chosen;
    }
    for (auto *translator : {current.ours.get(), current.qt.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    current.ours = std::make_unique<QTranslator>();
    current.qt = std::make_unique<QTranslator>();
    if (!current.ours->load(QStringLiteral(":/i18n/qingnang_%1.qm").arg(chosen))) {
        qCWarning(lcUi) << "no translation for" << chosen;
    }
    // Qt's own (Debian's qt6-translations-l10n); without it, standard buttons stay in English.
    if (!current.qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qCInfo(lcUi) << "no Qt translation for" << chosen;
    }
    for (auto *translator : {current.qt.get(), current.ours.get()}) {
        if (!translator->isEmpty()) {
            QCoreApplication::installTranslator(translator);
        }
    }
    current.language = chosen;
    return chosen;
}

} // namespace qingnang
