#include "addaccountdialog.h"

#include "grantfield.h"
#include "http/urlpolicy.h"
#include "issuerfield.h"
#include "presetchoice.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OAuthDesk {

static constexpr int DefaultFixedPort = 8400;

AddAccountDialog::AddAccountDialog(const HttpClient *http, const QStringList &existingNames,
                                   QWidget *parent)
    : AddAccountDialog(http, existingNames, ProviderPreset::available(), parent)
{
}

AddAccountDialog::AddAccountDialog(const HttpClient *http, const QStringList &existingNames,
                                   const QList<ProviderPreset> &presets, QWidget *parent)
    : QDialog(parent), m_http(http), m_existingNames(existingNames)
{
    setWindowTitle(tr("Add Account"));
    setObjectName(QStringLiteral("addAccountDialog"));

    m_preset = new PresetChoice(presets, this);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Work"));

    m_issuer = new IssuerField(http, this);
    m_issuerEdit = m_issuer->edit();

    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setPlaceholderText(tr("from the provider's app registration"));

    m_grant = new GrantField(this);

    m_clientAuthCombo = new QComboBox(this);
    m_clientAuthCombo->setObjectName(QStringLiteral("clientAuthCombo"));
    m_clientAuthCombo->addItem(tr("None \u2014 public client"), QStringLiteral("none"));
    m_clientAuthCombo->addItem(tr("Client secret (HTTP Basic)"),
                               QStringLiteral("client_secret_basic"));
    m_clientAuthCombo->addItem(tr("Client secret (in the request body)"),
                               QStringLiteral("client_secret_post"));
    m_clientAuthCombo->setToolTip(
            tr("How the application proves who it is to the token endpoint. Apps on a "
               "desktop are usually public clients, without a secret."));
    m_clientSecretEdit = new QLineEdit(this);
    m_clientSecretEdit->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_clientSecretEdit->setToolTip(tr("Kept in the system keychain, never in the accounts file."));
    m_clientSecretEdit->setEnabled(false);

    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameEdit->setPlaceholderText(tr("the user name at this server"));
    m_usernameEdit->setToolTip(tr("The password is asked for at each sign-in and never stored."));

    m_scopesEdit = new QLineEdit(DefaultScopes, this);
    m_scopesEdit->setObjectName(QStringLiteral("scopesEdit"));

    m_fixedPortCheck = new QCheckBox(tr("Use a fixed redirect port"), this);
    m_fixedPortCheck->setObjectName(QStringLiteral("fixedPortCheck"));
    m_fixedPortCheck->setToolTip(
            tr("For servers that only accept a registered redirect URI with a port. "
               "Otherwise a free port is chosen for each sign-in."));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(DefaultFixedPort);
    m_portSpin->setEnabled(false);
    m_portSpin->setAccessibleName(tr("Redirect port"));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_fixedPortCheck);
    portRow->addWidget(m_portSpin);
    portRow->addStretch(1);

    m_portRow = portRow;

    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    auto *presetLabel = new QLabel(tr("&Provider:"), this);
    presetLabel->setBuddy(m_preset->combo());
    form->addRow(presetLabel, m_preset->combo());
    form->addRow(QString(), m_preset->info());
    form->addRow(m_preset->placeholderBox());
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *issuerLabel = new QLabel(tr("&Issuer URL:"), this);
    issuerLabel->setBuddy(m_issuerEdit);
    // A screen reader names a field from a buddy label beside it; this one sits in m_issuer.
    m_issuerEdit->setAccessibleName(issuerLabel->text().remove(QLatin1Char('&')));
    form->addRow(issuerLabel, m_issuer);
    auto *grantLabel = new QLabel(tr("&Grant:"), this);
    grantLabel->setBuddy(m_grant->combo());
    form->addRow(grantLabel, m_grant);
    form->addRow(tr("&Client ID:"), m_clientIdEdit);
    form->addRow(tr("Client &authentication:"), m_clientAuthCombo);
    form->addRow(tr("Client s&ecret:"), m_clientSecretEdit);
    form->addRow(tr("&User name:"), m_usernameEdit);
    form->addRow(tr("&Scopes:"), m_scopesEdit);
    form->addRow(QString(), portRow);
    form->setRowVisible(m_preset->info(), false);
    form->setRowVisible(m_preset->placeholderBox(), false);

    m_advancedGroup = new QGroupBox(tr("Advanced: endpoints for servers without discovery"), this);
    m_advancedGroup->setObjectName(QStringLiteral("advancedGroup"));
    m_authorizationEdit = new QLineEdit(m_advancedGroup);
    m_authorizationEdit->setObjectName(QStringLiteral("authorizationEndpointEdit"));
    m_authorizationEdit->setPlaceholderText(QStringLiteral("https://login.example.com/authorize"));
    m_tokenEdit = new QLineEdit(m_advancedGroup);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEndpointEdit"));
    m_tokenEdit->setPlaceholderText(QStringLiteral("https://login.example.com/token"));
    m_advancedForm = new QFormLayout(m_advancedGroup);
    QFormLayout *advancedForm = m_advancedForm;
    advancedForm->addRow(tr("A&uthorization endpoint:"), m_authorizationEdit);
    advancedForm->addRow(tr("&Token endpoint:"), m_tokenEdit);

    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextFormat(Qt::PlainText);
    Theme::apply(m_reasonLabel, Theme::Style::SecondaryText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Account"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedGroup);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::acceptInput);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fixedPortCheck, &QCheckBox::toggled, m_portSpin, &QWidget::setEnabled);
    connect(m_issuer, &IssuerField::issuerEdited, this, &AddAccountDialog::issuerEdited);
    connect(m_issuer, &IssuerField::discoveryFinished, this, &AddAccountDialog::discoveryFinished);
    connect(m_issuer, &IssuerField::discoveringChanged, this,
            &AddAccountDialog::discoveringChanged);
    connect(m_issuer, &IssuerField::statusChanged, this, &AddAccountDialog::discoveryTextChanged);
    for (QLineEdit *edit : { m_nameEdit, m_clientIdEdit, m_scopesEdit, m_authorizationEdit,
                             m_tokenEdit, m_clientSecretEdit, m_usernameEdit })
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_grant, &GrantField::grantTypeChanged, this, &AddAccountDialog::grantChanged);
    connect(m_clientAuthCombo, &QComboBox::currentIndexChanged, this,
            &AddAccountDialog::grantChanged);
    connect(m_fixedPortCheck, &QCheckBox::toggled, this, &AddAccountDialog::validate);
    connect(m_preset, &PresetChoice::presetChanged, this, &AddAccountDialog::presetChanged);
    connect(m_preset, &PresetChoice::serverChanged, this,
            [this](const std::optional<ServerMetadata> &previous) {
                followPresetServer(previous, false);
            });
    connect(m_scopesEdit, &QLineEdit::textEdited, this, [this] { m_scopesEdited = true; });
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AddAccountDialog::validate);

    grantChanged();
}

GrantType AddAccountDialog::grantType() const
{
    return m_grant->grantType();
}

void AddAccountDialog::setGrantType(GrantType grantType)
{
    m_grant->setGrantType(grantType);
}

ClientAuthentication::Method AddAccountDialog::clientAuthMethod() const
{
    // The combo's item data are the methods' names, and every one of them is known.
    return ClientAuthentication::methodFromString(m_clientAuthCombo->currentData().toString());
}

void AddAccountDialog::grantChanged()
{
    const GrantType grant = grantType();
    const bool browser = grantUsesBrowser(grant);
    const bool secret = clientAuthMethod() != ClientAuthentication::Method::None;
    m_clientSecretEdit->setEnabled(secret);
    m_clientSecretEdit->setPlaceholderText(secret ? tr("stored in the system keychain")
                                                  : tr("not needed for a public client"));
    // Rows that mean nothing for this grant are hidden rather than left to confuse.
    m_form->setRowVisible(m_usernameEdit, grant == GrantType::Password);
    m_form->setRowVisible(m_portRow, browser);
    m_advancedForm->setRowVisible(m_authorizationEdit, browser);
    m_advancedForm->setRowVisible(m_tokenEdit, grant != GrantType::Implicit);
    validate();
}

bool AddAccountDialog::isDiscovering() const
{
    return m_issuer->isDiscovering();
}

QString AddAccountDialog::discoveryText() const
{
    return m_issuer->statusText();
}

void AddAccountDialog::discover()
{
    m_issuer->discover();
}

QString AddAccountDialog::checkUrl(const QString &text, const QString &what, QUrl *url) const
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return tr("%1 is not a valid URL.").arg(what);
    if (!UrlPolicy::isSecureOrLoopback(parsed))
        return tr("%1 must use https (plain http only for this computer: localhost, 127.0.0.1 or "
                  "::1).")
                .arg(what);
    if (url)
        *url = parsed;
    return {};
}

void AddAccountDialog::issuerEdited(const std::optional<ServerMetadata> &forgotten)
{
    // A new issuer takes the endpoints found for the old one away.
    if (forgotten) {
        if (m_authorizationEdit->text() == forgotten->authorizationEndpoint.toString())
            m_authorizationEdit->clear();
        if (m_tokenEdit->text() == forgotten->tokenEndpoint.toString())
            m_tokenEdit->clear();
    }
    validate();
}

void AddAccountDialog::discoveryFinished()
{
    const std::optional<ServerMetadata> &discovered = m_issuer->discovered();
    if (!discovered) {
        validate();
        return;
    }
    m_authorizationEdit->setText(discovered->authorizationEndpoint.toString());
    m_tokenEdit->setText(discovered->tokenEndpoint.toString());
    const QStringList offered = discovered->scopesSupported;
    if (!offered.isEmpty()) {
        m_scopesEdit->setToolTip(tr("The server offers: %1").arg(offered.join(QLatin1Char(' '))));
        // Scopes the user chose stay as typed; defaults lose what this server does not offer.
        if (!m_scopesEdited) {
            QStringList kept;
            for (const QString &scope :
                 m_scopesEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (offered.contains(scope))
                    kept.append(scope);
            }
            if (!kept.isEmpty())
                m_scopesEdit->setText(kept.join(QLatin1Char(' ')));
        }
    }
    m_clientIdEdit->setPlaceholderText(
            discovered->registrationEndpoint.isEmpty()
                    ? tr("from the provider's app registration")
                    : tr("leave empty to register OAuthDesk automatically"));
    validate();
}

Account AddAccountDialog::account() const
{
    Account a;
    a.name = m_nameEdit->text().trimmed();
    a.clientId = m_clientIdEdit->text().trimmed();
    a.scope = m_scopesEdit->text().simplified();
    a.grantType = grantType();
    a.clientAuthMethod = clientAuthMethod();
    if (m_registered && m_registered->clientId == a.clientId)
        ClientRegistrationStep::adopt(a, *m_registered);
    if (a.grantType == GrantType::Password)
        a.username = m_usernameEdit->text().trimmed();
    if (a.usesBrowser())
        a.redirectPort = m_fixedPortCheck->isChecked() ? m_portSpin->value() : 0;
    a.presetId = presetId();
    const QString issuerText = m_issuerEdit->text().trimmed();
    if (m_issuer->discovered())
        a.server = *m_issuer->discovered();
    else if (m_preset->server() && m_preset->server()->issuer.toString() == issuerText)
        a.server = *m_preset->server(); // the preset's other endpoints (device, revocation, …) too
    else if (!issuerText.isEmpty())
        a.server.issuer = QUrl(issuerText, QUrl::StrictMode);
    // A hidden field keeps what discovery found; only a shown one is the user's word.
    if (a.usesBrowser())
        a.server.authorizationEndpoint =
                QUrl(m_authorizationEdit->text().trimmed(), QUrl::StrictMode);
    if (a.grantType != GrantType::Implicit)
        a.server.tokenEndpoint = QUrl(m_tokenEdit->text().trimmed(), QUrl::StrictMode);
    return a;
}

QString AddAccountDialog::clientSecret() const
{
    if (m_registered && m_registered->clientId == m_clientIdEdit->text().trimmed())
        return m_registered->clientSecret;
    return m_clientSecretEdit->isEnabled() ? m_clientSecretEdit->text() : QString();
}

bool AddAccountDialog::canRegisterClient() const
{
    // Only at a discovered server: its metadata names the registration endpoint.
    return m_http && m_issuer->discovered() && ClientRegistrationStep::canRegister(account());
}

void AddAccountDialog::acceptInput()
{
    if (!isInputValid() || m_registering)
        return;
    if (!m_clientIdEdit->text().trimmed().isEmpty() || !canRegisterClient())
        return accept();
    // RFC 7591: register OAuthDesk as a native public client, then accept with its client ID.
    m_registering = true;
    m_buttons->setEnabled(false);
    m_issuer->setStatus(tr("Registering OAuthDesk at the server…"), false);
    ClientRegistrationStep(m_http).registerClient(
            account(), this,
            [this](const Result<ClientRegistrationStep::Registration> &registration) {
                registered(registration);
            });
}

void AddAccountDialog::registered(const Result<ClientRegistrationStep::Registration> &registration)
{
    m_registering = false;
    m_buttons->setEnabled(true);
    if (!registration.ok()) {
        m_issuer->setStatus(
                tr("The server did not register OAuthDesk: %1").arg(registration.error().message()),
                true);
        return;
    }
    m_registered = registration.value().client;
    m_clientIdEdit->setText(registration.value().account.clientId);
    m_issuer->setStatus(tr("Registered as client %1.").arg(m_registered->clientId), false);
    accept();
}

QString AddAccountDialog::missingEndpointReason(const QString &issuer, const QString &authorization,
                                                const QString &token) const
{
    const GrantType grant = grantType();
    const bool needAuthorization = grantUsesBrowser(grant);
    const bool needToken = grant != GrantType::Implicit;
    const bool missingAuthorization = needAuthorization && authorization.isEmpty();
    const bool missingToken = needToken && token.isEmpty();
    if (!missingAuthorization && !missingToken)
        return {};
    if (m_issuer->isDiscovering())
        return tr("Looking up the issuer's endpoints…");
    if (needAuthorization && needToken) {
        if (!authorization.isEmpty())
            return tr("Enter the token endpoint under Advanced too.");
        if (!token.isEmpty())
            return tr("Enter the authorization endpoint under Advanced too.");
        if (!issuer.isEmpty())
            return tr("Press Discover to find the server's endpoints, or enter both "
                      "endpoints under Advanced.");
        return tr("Enter the issuer URL and press Discover, or enter both endpoints "
                  "under Advanced.");
    }
    const QString what = missingToken ? tr("the token endpoint") : tr("the authorization endpoint");
    if (!issuer.isEmpty())
        return tr("Press Discover to find the server's endpoints, or enter %1 under "
                  "Advanced.")
                .arg(what);
    return tr("Enter the issuer URL and press Discover, or enter %1 under Advanced.").arg(what);
}

void AddAccountDialog::validate()
{
    const QString name = m_nameEdit->text().trimmed();
    const QString issuer = m_issuerEdit->text().trimmed();
    const GrantType grant = grantType();
    const bool needAuthorization = grantUsesBrowser(grant);
    const bool needToken = grant != GrantType::Implicit;
    const QString authorization =
            needAuthorization ? m_authorizationEdit->text().trimmed() : QString();
    const QString token = needToken ? m_tokenEdit->text().trimmed() : QString();
    QString reason;
    if (name.isEmpty())
        reason = tr("Enter a name for the account.");
    else if (m_existingNames.contains(name))
        reason = tr("An account named \u201c%1\u201d already exists: choose another name.")
                         .arg(name);
    else if (!m_preset->error().isEmpty())
        reason = m_preset->error();
    else if (!issuer.isEmpty())
        reason = checkUrl(issuer, tr("The issuer URL"), nullptr);
    if (reason.isEmpty() && !authorization.isEmpty())
        reason = checkUrl(authorization, tr("The authorization endpoint"), nullptr);
    if (reason.isEmpty() && !token.isEmpty())
        reason = checkUrl(token, tr("The token endpoint"), nullptr);
    if (reason.isEmpty())
        reason = missingEndpointReason(issuer, authorization, token);
    const bool registers = m_clientIdEdit->text().trimmed().isEmpty() && canRegisterClient();
    if (reason.isEmpty() && m_clientIdEdit->text().trimmed().isEmpty() && !registers)
        reason = m_issuer->discovered()
                        && ClientRegistrationStep::unmet(account())
                                == ClientRegistrationStep::Unmet::RegistrationEndpoint
                ? tr("Enter the client ID from the provider's app registration (this server offers "
                     "no "
                     "automatic registration).")
                : tr("Enter the client ID from the provider's app registration.");
    const bool secretMethod = clientAuthMethod() != ClientAuthentication::Method::None;
    if (reason.isEmpty() && grant == GrantType::ClientCredentials && !secretMethod)
        reason = tr("The client credentials grant is for confidential clients: choose a client "
                    "secret under "
                    "Client authentication and enter the secret.");
    if (reason.isEmpty() && secretMethod && m_clientSecretEdit->text().isEmpty())
        reason = tr("Enter the client secret, or choose None for a public client.");
    if (reason.isEmpty() && grant == GrantType::Password
        && m_usernameEdit->text().trimmed().isEmpty())
        reason = tr("Enter your user name at this server for the password grant.");
    if (reason.isEmpty()) {
        // Core's own rules have the last word, so the dialog never lets through what the store
        // refuses.
        Account probe = account();
        if (registers)
            probe.clientId = QStringLiteral("registered-on-ok"); // OK registers one (RFC 7591)
        if (const Error invalid = probe.validate())
            reason = invalid.message();
    }

    m_reasonLabel->setText(reason);
    m_reasonLabel->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
    if (reason != m_invalidReason) {
        m_invalidReason = reason;
        Q_EMIT validityChanged();
    }
}

QString AddAccountDialog::presetId() const
{
    return m_preset->presetId();
}

bool AddAccountDialog::selectPreset(const QString &id)
{
    return m_preset->select(id);
}

void AddAccountDialog::presetChanged(const std::optional<ServerMetadata> &previous)
{
    const ProviderPreset *preset = m_preset->current();

    // What the previous preset filled in and the user left alone goes; what the user typed stays.
    auto replace = [](QLineEdit *edit, QString *automatic, const QString &value) {
        if (edit->text().trimmed().isEmpty() || edit->text() == *automatic)
            edit->setText(value);
        *automatic = value;
    };
    replace(m_nameEdit, &m_autoName, preset ? preset->name : QString());
    replace(m_clientIdEdit, &m_autoClientId, preset ? preset->clientId : QString());
    if (!m_scopesEdited) {
        m_scopesEdit->setText(preset ? preset->scope : DefaultScopes);
        m_scopesEdit->setToolTip(QString());
    }
    if (preset) {
        setGrantType(preset->grantType);
        if (const int auth = m_clientAuthCombo->findData(
                    ClientAuthentication::methodName(preset->clientAuthMethod));
            auth >= 0)
            m_clientAuthCombo->setCurrentIndex(auth);
    }
    m_form->setRowVisible(m_preset->info(), !m_preset->info()->text().isEmpty());
    m_form->setRowVisible(m_preset->placeholderBox(), m_preset->hasPlaceholders());
    m_issuer->setDiscoverable(
            !preset || preset->discovery,
            preset ? tr("%1 publishes no discovery document: the preset has its endpoints.")
                             .arg(preset->name)
                   : QString());
    followPresetServer(previous, preset != nullptr);
}

void AddAccountDialog::followPresetServer(const std::optional<ServerMetadata> &previous, bool force)
{
    const std::optional<ServerMetadata> &server = m_preset->server();
    auto follow = [force](QLineEdit *edit, const QString &before, const QString &value) {
        if (force || edit->text().trimmed().isEmpty() || edit->text() == before)
            edit->setText(value);
    };
    auto issuer = [](const std::optional<ServerMetadata> &s) {
        return s ? s->issuer.toString() : QString();
    };
    auto authorization = [](const std::optional<ServerMetadata> &s) {
        return s ? s->authorizationEndpoint.toString() : QString();
    };
    auto token = [](const std::optional<ServerMetadata> &s) {
        return s ? s->tokenEndpoint.toString() : QString();
    };
    follow(m_issuerEdit, issuer(previous), issuer(server));
    follow(m_authorizationEdit, authorization(previous), authorization(server));
    follow(m_tokenEdit, token(previous), token(server));
    validate();
}

} // namespace OAuthDesk
