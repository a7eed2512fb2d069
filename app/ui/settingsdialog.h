// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace qingnang {

class Preferences;

// The preferences, applied as they are changed: there is nothing to confirm.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Preferences *preferences, QWidget *parent = nullptr);
    ~SettingsDialog() override;

Q_SIGNALS:
    // The user asked to clear the history (and confirmed).
    void clearHistoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fillLanguages();
    // When sender's signal says the user changed a value, unless load() is
    // setting the widgets: apply(value).
    template<typename Sender, typename Owner, typename Value, typename Apply>
    void onEdit(Sender *sender, void (Owner::*signal)(Value), Apply apply);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Preferences *m_preferences;
    bool m_loading = false;
};

} // namespace qingnang
