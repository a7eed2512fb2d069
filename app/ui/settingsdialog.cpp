// SPDX-License-Identifier: MIT
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "preferences.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

namespace qingnang {

template<typename Sender, typename Owner, typename Value, typename Apply>
void SettingsDialog::onEdit(Sender *sender, void (Owner::*signal)(Value), Apply apply)
{
    connect(sender, signal, this, [this, apply](Value value) {
        if (!m_loading) {
            apply(value);
        }
    });
}

SettingsDialog::SettingsDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_preferences(preferences)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    fillLanguages();
    load();

    Preferences *const prefs = m_preferences;
    onEdit(m_ui->themeBox, &QComboBox::currentIndexChanged,
           [prefs](int index) { prefs->setTheme(Preferences::Theme(index)); });
    connect(m_ui->defaultFontBox, &QCheckBox::toggled, this,
            [this](bool on) { m_ui->fontBox->setEnabled(!on); });
    onEdit(m_ui->defaultFontBox, &QCheckBox::toggled, [this](bool on) {
        m_preferences->setReaderFont(on ? QString() : m_ui->fontBox->currentFont().family());
    });
    onEdit(m_ui->fontBox, &QFontComboBox::currentFontChanged, [this](const QFont &font) {
        if (!m_ui->defaultFontBox->isChecked()) {
            m_preferences->setReaderFont(font.family());
        }
    });
    onEdit(m_ui->zoomBox, &QSpinBox::valueChanged, [prefs](int value) { prefs->setZoom(value); });
    onEdit(m_ui->largeTextBox, &QCheckBox::toggled, [prefs](bool on) { prefs->setLargeText(on); });
    onEdit(m_ui->highContrastBox, &QCheckBox::toggled,
           [prefs](bool on) { prefs->setHighContrast(on); });
    onEdit(m_ui->searchHistoryBox, &QCheckBox::toggled,
           [prefs](bool on) { prefs->setSearchHistory(on); });
    onEdit(m_ui->languageBox, &QComboBox::currentIndexChanged, [this](int index) {
        m_preferences->setLanguage(m_ui->languageBox->itemData(index).toString());
    });
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("清除记录"), tr("清除所有浏览记录和搜索记录？收藏和笔记不受影响。"));
        if (answer == QMessageBox::Yes) {
            Q_EMIT clearHistoryRequested();
        }
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another window (or a menu) may change the same preferences.
    connect(m_preferences, &Preferences::changed, this, &SettingsDialog::load);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    m_ui->languageBox->clear();
    // Language names are shown in their own language, whatever the interface is in.
    m_ui->languageBox->addItem(tr("跟随系统"), QString());
    m_ui->languageBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
}

void SettingsDialog::load()
{
    m_loading = true;
    m_ui->themeBox->setCurrentIndex(int(m_preferences->theme()));
    const QString family = m_preferences->readerFont();
    m_ui->defaultFontBox->setChecked(family.isEmpty());
    m_ui->fontBox->setEnabled(!family.isEmpty());
    if (!family.isEmpty()) {
        m_ui->fontBox->setCurrentFont(QFont(family));
    }
    m_ui->zoomBox->setValue(m_preferences->zoom());
    m_ui->largeTextBox->setChecked(m_preferences->largeText());
    m_ui->highContrastBox->setChecked(m_preferences->highContrast());
    m_ui->searchHistoryBox->setChecked(m_preferences->searchHistory());
    m_ui->languageBox->setCurrentIndex(
        qMax(0, m_ui->languageBox->findData(m_preferences->language())));
    m_loading = false;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_loading = true;
        fillLanguages();
        m_loading = false;
        load();
    }
}

} // namespace qingnang
