#include "settingsdialog.h"

#include "common/settings.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OAuthDesk {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_browser = new QLineEdit;
    m_browser->setObjectName(QStringLiteral("browserCommandEdit"));
    m_browser->setPlaceholderText(tr("The desktop's default browser"));
    m_browser->setAccessibleName(tr("Browser command"));
    m_browser->setToolTip(
            tr("A command that opens a web address, given as its last argument, e.g. "
               "\u201c"
               "firefox --private-window\u201d")); // split: lupdate 6.4 reads \u201cf as one escape
    m_browserNote = new QLabel;
    m_browserNote->setObjectName(QStringLiteral("browserCommandNote"));
    m_browserNote->setWordWrap(true);
    m_browserNote->setTextFormat(Qt::PlainText);
    Theme::apply(m_browserNote, Theme::Style::SecondaryText);
    const QString fromEnvironment = qEnvironmentVariable("BROWSER").trimmed();
    m_browserNote->setText(fromEnvironment.isEmpty() ? tr("Empty: the desktop's default browser.")
                                                     : tr("The BROWSER environment variable is set "
                                                          "(%1); it is used instead of this.")
                                                               .arg(fromEnvironment));

    m_lead = new QSpinBox;
    m_lead->setObjectName(QStringLiteral("refreshLeadSpin"));
    m_lead->setRange(Settings::MinLeadSeconds, Settings::MaxLeadSeconds);
    m_lead->setSuffix(tr(" s"));
    m_lead->setAccessibleName(tr("Refresh lead time in seconds"));
    m_lead->setToolTip(
            tr("Signed-in accounts get a new access token this long before the old one expires."));

    m_clipboard = new QSpinBox;
    m_clipboard->setObjectName(QStringLiteral("clipboardClearSpin"));
    m_clipboard->setRange(Settings::MinClipboardSeconds, Settings::MaxClipboardSeconds);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clipboard clear time in seconds"));
    m_clipboard->setToolTip(
            tr("A copied token is removed from the clipboard after this long, unless something "
               "else was copied meanwhile."));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : languages())
        m_language->addItem(code.isEmpty() ? tr("System default") : name, code);
    m_language->setToolTip(tr("Takes effect the next time OAuthDesk starts."));

    m_logLevel = new QComboBox;
    m_logLevel->setObjectName(QStringLiteral("logLevelCombo"));
    m_logLevel->setAccessibleName(tr("Log level"));
    m_logLevel->addItem(tr("Warnings"), Settings::logLevelName(Settings::LogLevel::Warning));
    m_logLevel->addItem(tr("Information"), Settings::logLevelName(Settings::LogLevel::Info));
    m_logLevel->addItem(tr("Debug"), Settings::logLevelName(Settings::LogLevel::Debug));
    m_logLevel->setToolTip(
            tr("How much OAuthDesk writes to its log (standard error). Never any token."));

    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caCertificatesEdit"));
    m_caFile->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_caFile->setAccessibleName(tr("Trusted CA certificates file"));
    m_caFile->setToolTip(
            tr("A PEM file with your organisation's own CA certificates, for servers whose "
               "certificates the system does not trust. Never a way to skip the check."));
    auto *chooseCa = new QPushButton(tr("Choose\u2026"));
    chooseCa->setObjectName(QStringLiteral("chooseCaButton"));
    connect(chooseCa, &QPushButton::clicked, this, [this] {
        const QString path =
                QFileDialog::getOpenFileName(this, tr("Trusted CA Certificates"), m_caFile->text(),
                                             tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(chooseCa);
    m_caNote = new QLabel;
    m_caNote->setObjectName(QStringLiteral("caCertificatesNote"));
    m_caNote->setWordWrap(true);
    m_caNote->setTextFormat(Qt::PlainText);
    connect(m_caFile, &QLineEdit::textChanged, this, &SettingsDialog::updateCaNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Browser command:"), m_browser);
    form->addRow(QString(), m_browserNote);
    form->addRow(tr("&Refresh before expiry:"), m_lead);
    form->addRow(tr("&Clear clipboard after:"), m_clipboard);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Log &level:"), m_logLevel);
    form->addRow(tr("&Trusted CA certificates:"), caRow);
    form->addRow(QString(), m_caNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {
        { QString(), QString() },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587") },
    };
}

void SettingsDialog::load()
{
    m_browser->setText(m_settings->browserCommand());
    m_lead->setValue(int(m_settings->refreshLead().count()));
    m_clipboard->setValue(int(m_settings->clipboardClear().count()));
    int language = m_language->findData(m_settings->language());
    if (language < 0) {
        // A language set elsewhere (by hand, or a newer version): keep it selectable.
        m_language->addItem(m_settings->language(), m_settings->language());
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_logLevel->setCurrentIndex(
            std::max(0, m_logLevel->findData(Settings::logLevelName(m_settings->logLevel()))));
    m_caFile->setText(m_settings->caCertificatesFile());
    updateCaNote();
}

void SettingsDialog::updateCaNote()
{
    const QString path = m_caFile->text().trimmed();
    QString error;
    const int count = path.isEmpty() ? 0 : int(Settings::readCaCertificates(path, &error).size());
    if (!error.isEmpty()) {
        Theme::apply(m_caNote, Theme::Style::ErrorText);
        m_caNote->setText(error);
    } else {
        Theme::apply(m_caNote, Theme::Style::SecondaryText);
        m_caNote->setText(
                path.isEmpty()
                        ? tr("Only the certificate authorities the system trusts.")
                        : tr("%n certificate(s), trusted besides the system's. Takes effect the "
                             "next time OAuthDesk starts.",
                             nullptr, count));
    }
}

void SettingsDialog::apply()
{
    m_settings->setBrowserCommand(m_browser->text());
    m_settings->setRefreshLead(std::chrono::seconds(m_lead->value()));
    m_settings->setClipboardClear(std::chrono::seconds(m_clipboard->value()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setLogLevel(Settings::logLevelFromName(m_logLevel->currentData().toString()));
    m_settings->setCaCertificatesFile(m_caFile->text());
}

} // namespace OAuthDesk
