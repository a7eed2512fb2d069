// SPDX-License-Identifier: MIT
#include "preferences.h"

#include <QMetaEnum>
#include <QSettings>

namespace qingnang {

namespace {

template<typename Enum> QVariant enumKey(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template<typename Enum> Enum enumValue(const QVariant &stored, Enum fallback)
{
    bool ok = false;
    const int value =
        QMetaEnum::fromType<Enum>().keyToValue(stored.toString().toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

QVariant toStored(Preferences::Theme theme)
{
    return enumKey(theme);
}

QVariant toStored(Preferences::TreeOrder order)
{
    return enumKey(order);
}

QVariant toStored(const QString &text)
{
    return text;
}

QVariant toStored(int number)
{
    return number;
}

QVariant toStored(bool on)
{
    return on;
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_theme = enumValue(settings.value(QStringLiteral("view/theme")), Theme::System);
    m_treeOrder = enumValue(settings.value(QStringLiteral("view/treeOrder")), TreeOrder::Auto);
    m_zoom = qBound(minZoom, settings.value(QStringLiteral("view/zoom"), 100).toInt(), maxZoom);
    m_readerFont = settings.value(QStringLiteral("view/readerFont")).toString();
    m_largeText = settings.value(QStringLiteral("view/largeText"), false).toBool();
    m_highContrast = settings.value(QStringLiteral("view/highContrast"), false).toBool();
    m_searchHistory = settings.value(QStringLiteral("privacy/searchHistory"), false).toBool();
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    m_language = language == QLatin1String("zh_CN") || language == QLatin1String("en") ? language
                                                                                       : QString();
    m_disclaimerAcknowledged =
        settings.value(QStringLiteral("ui/disclaimerAcknowledged"), false).toBool();
}

template<typename T> void Preferences::store(T &member, const T &value, const char *key)
{
    if (member == value) {
        return;
    }
    member = value;
    if (m_persistent) {
        QSettings().setValue(QLatin1String(key), toStored(value));
    }
    Q_EMIT changed();
}

void Preferences::setTheme(Theme theme)
{
    store(m_theme, theme, "view/theme");
}

void Preferences::setTreeOrder(TreeOrder order)
{
    store(m_treeOrder, order, "view/treeOrder");
}

void Preferences::setZoom(int percent)
{
    store(m_zoom, qBound(minZoom, percent, maxZoom), "view/zoom");
}

void Preferences::setReaderFont(const QString &family)
{
    store(m_readerFont, family.trimmed(), "view/readerFont");
}

void Preferences::setLargeText(bool on)
{
    store(m_largeText, on, "view/largeText");
}

void Preferences::setHighContrast(bool on)
{
    store(m_highContrast, on, "view/highContrast");
}

void Preferences::setSearchHistory(bool on)
{
    store(m_searchHistory, on, "privacy/searchHistory");
}

void Preferences::setLanguage(const QString &language)
{
    const QString valid = language == QLatin1String("zh_CN") || language == QLatin1String("en")
                              ? language
                              : QString();
    if (valid == m_language) {
        return;
    }
    store(m_language, valid, "ui/language");
    Q_EMIT languageChanged(m_language);
}

void Preferences::setDisclaimerAcknowledged(bool on)
{
    store(m_disclaimerAcknowledged, on, "ui/disclaimerAcknowledged");
}

} // namespace qingnang
