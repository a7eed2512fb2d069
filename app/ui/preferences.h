// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace qingnang {

// The reader's settings, kept in the settings file (QSettings) and applied
// live: every setter saves at once and emits changed() when the value changed.
class Preferences : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    // How the topic tree lists a level (TopicTreeModel::Order): Auto keeps the
    // pack's order for small levels and sorts large ones by pinyin under A–Z.
    enum class TreeOrder { Auto, PackOrder, Pinyin };
    Q_ENUM(TreeOrder)

    explicit Preferences(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    TreeOrder treeOrder() const { return m_treeOrder; }
    void setTreeOrder(TreeOrder order);

    // The reader's zoom, in percent of the reading size (16 px).
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    static constexpr int minZoom = 50;
    static constexpr int maxZoom = 300;
    static constexpr int zoomStep = 10;

    // The reader's font family; empty for the built-in choice (a CJK sans face).
    QString readerFont() const { return m_readerFont; }
    void setReaderFont(const QString &family);

    // Accessibility: larger text everywhere, and a high-contrast palette.
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    // Privacy: search terms are kept only when the user turns this on.
    bool searchHistory() const { return m_searchHistory; }
    void setSearchHistory(bool on);

    // The interface language: empty to follow the system, else "zh_CN" or "en".
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // When off (a private session), changes apply but are not saved.
    void setPersistent(bool on) { m_persistent = on; }
    bool isPersistent() const { return m_persistent; }

    // The disclaimer notice shown once at first start.
    bool disclaimerAcknowledged() const { return m_disclaimerAcknowledged; }
    void setDisclaimerAcknowledged(bool on);

Q_SIGNALS:
    void changed();
    void languageChanged(const QString &language);

private:
    template<typename T> void store(T &member, const T &value, const char *key);

    bool m_persistent = true;
    Theme m_theme = Theme::System;
    TreeOrder m_treeOrder = TreeOrder::Auto;
    int m_zoom = 100;
    QString m_readerFont;
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_searchHistory = false;
    QString m_language;
    bool m_disclaimerAcknowledged = false;
};

} // namespace qingnang
