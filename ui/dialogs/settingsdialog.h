#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace OAuthDesk {

class Settings;

/**
 * Preferences: the browser command, the background refresh lead time, how long a copied token
 * stays on the clipboard, the language, the log level and extra trusted CA certificates. Shows
 * `settings` when opened and writes them back only when accepted (OK); Settings::changed() then
 * tells whoever applies them.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    /// Writes the fields to the settings (what OK does).
    void apply();

    /// The languages offered: the locale name and its own name for it (empty name: the system's).
    static QList<QPair<QString, QString>> languages();

private:
    void load();
    void updateCaNote();

    Settings *m_settings;
    QLineEdit *m_browser = nullptr;
    QLabel *m_browserNote = nullptr;
    QSpinBox *m_lead = nullptr;
    QSpinBox *m_clipboard = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_logLevel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caNote = nullptr;
};

} // namespace OAuthDesk
