#include "addaccountdialog.h"

#include "http/urlpolicy.h"
#include "issuerfield.h"
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
    : QDialog(parent), m_http(http), m_existingNames(existingNames), m_presets(presets)
{
    setWindowTitle(tr("Add Account"));
    setObjectName(QStringLiteral("addAccountDialog"));

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->addItem(tr("Other (enter the server yourself)"), QString());
    for (const ProviderPreset &preset : std::as_const(m_presets))
        m_presetCombo->addItem(preset.name, preset.id);
    m_presetCombo->setToolTip(
            tr("Presets fill in what is known about a provider. More can be added as JSON "
               "files in %1.")
                    .arg(ProviderPreset::userDirectory()));
    m_presetInfo = new QLabel(this);
    m_presetInfo->setObjectName(QStringLiteral("presetInfo"));
    m_presetInfo->setWordWrap(true);
    m_presetInfo->setTextFormat(Qt::PlainText);
    Theme::apply(m_presetInfo, Theme::Style::SecondaryText);
    m_placeholderBox = new QWidget(this);
    m_placeholderBox->setObjectName(QStringLiteral("placeholderBox"));
    m_placeholderForm = new QFormLayout(m_placeholderBox);
    m_placeholderForm->setContentsMargins(0, 0, 0, 0);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Work"));

    m_issuer = new IssuerField(http, this);
    m_issuerEdit = m_issuer->edit();

    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setPlaceholderText(tr("from the provider's app registration"));

    m_grantCombo = new QComboBox(this);
    m_grantCombo->setObjectName(QStringLiteral("grantCombo"));
    m_grantCombo->addItem(tr("Authorization code with PKCE (recommended)"),
                          QStringLiteral("authorization_code"));
    m_grantCombo->addItem(tr("Device code"), QStringLiteral("device"));
    m_grantCombo->addItem(tr("Client credentials"), QStringLiteral("client_credentials"));
    m_grantCombo->addItem(tr("Implicit (legacy)"), QStringLiteral("implicit"));
    m_grantCombo->addItem(tr("Password (legacy)"), QStringLiteral("password"));
    m_grantDescription = new QLabel(this);
    m_grantDescription->setObjectName(QStringLiteral("grantDescription"));
    m_grantDescription->setWordWrap(true);
    m_grantDescription->setTextFormat(Qt::PlainText);
    Theme::apply(m_grantDescription, Theme::Style::SecondaryText);
    m_legacyWarning = new QLabel(this);
    m_legacyWarning->setObjectName(QStringLiteral("legacyWarning"));
    m_legacyWarning->setWordWrap(true);
    m_legacyWarning->setTextFormat(Qt::PlainText);
    Theme::apply(m_legacyWarning, Theme::Style::WarningBanner);
    m_legacyWarning->setAccessibleName(tr("Warning"));
    m_legacyWarning->hide();

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
    presetLabel->setBuddy(m_presetCombo);
    form->addRow(presetLabel, m_presetCombo);
    form->addRow(QString(), m_presetInfo);
    form->addRow(m_placeholderBox);
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *issuerLabel = new QLabel(tr("&Issuer URL:"), this);
    issuerLabel->setBuddy(m_issuerEdit);
    // A screen reader names a field from a buddy label beside it; this one sits in m_issuer.
    m_issuerEdit->setAccessibleName(issuerLabel->text().remove(QLatin1Char('&')));
    form->addRow(issuerLabel, m_issuer);
    // One field for the grant and what is said about it: separate form rows each get their height
    // from a narrower width than they end up with, which leaves gaps around wrapped text.
    auto *grantField = new QVBoxLayout;
    grantField->setSpacing(4);
    grantField->addWidget(m_grantCombo);
    grantField->addWidget(m_grantDescription);
    grantField->addWidget(m_legacyWarning);
    auto *grantLabel = new QLabel(tr("&Grant:"), this);
    grantLabel->setBuddy(m_grantCombo);
    form->addRow(grantLabel, grantField);
    form->addRow(tr("&Client ID:"), m_clientIdEdit);
    form->addRow(tr("Client &authentication:"), m_clientAuthCombo);
    form->addRow(tr("Client s&ecret:"), m_clientSecretEdit);
    form->addRow(tr("&User name:"), m_usernameEdit);
    form->addRow(tr("&Scopes:"), m_scopesEdit);
    form->addRow(QString(), portRow);
    form->setRowVisible(m_presetInfo, false);
    form->setRowVisible(m_placeholderBox, false);

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
    connect(m_grantCombo, &QComboBox::currentIndexChanged, this, &AddAccountDialog::grantChanged);
    connect(m_clientAuthCombo, &QComboBox::currentIndexChanged, this,
            &AddAccountDialog::grantChanged);
    connect(m_fixedPortCheck, &QCheckBox::toggled, this, &AddAccountDialog::validate);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &AddAccountDialog::presetChanged);
    connect(m_scopesEdit, &QLineEdit::textEdited, this, [this] { m_scopesEdited = true; });
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AddAccountDialog::validate);

    grantChanged();
}

GrantType AddAccountDialog::grantType() const
{
    // The combo's item data are the grant types' names, and every one of them is known.
    return grantTypeFromName(m_grantCombo->currentData().toString())
            .value_or(GrantType::AuthorizationCode);
}

void AddAccountDialog::setGrantType(GrantType grantType)
{
    const int index = m_grantCombo->findData(grantTypeName(grantType));
    if (index >= 0)
        m_grantCombo->setCurrentIndex(index);
}

ClientAuthentication::Method AddAccountDialog::clientAuthMethod() const
{
    // The combo's item data are the methods' names, and every one of them is known.
    return ClientAuthentication::methodFromString(m_clientAuthCombo->currentData().toString());
}

QString AddAccountDialog::legacyWarningText(GrantType grantType)
{
    if (grantType == GrantType::Implicit)
        return tr(
                "Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the "
                "implicit "
                "grant. Use authorization code with PKCE unless this server offers nothing else.");
    if (grantType == GrantType::Password)
        return tr(
                "Legacy grant: RFC 9700 (OAuth 2.0 Security Best Current Practice) deprecates the "
                "password "
                "grant. Use authorization code with PKCE unless this server offers nothing else.");
    return {};
}

void AddAccountDialog::grantChanged()
{
    const GrantType grant = grantType();
    const bool browser = grantUsesBrowser(grant);
    QString description;
    if (grant == GrantType::AuthorizationCode)
        description = tr("You sign in with your web browser; OAuthDesk never sees your password.");
    else if (grant == GrantType::Device)
        description = tr("OAuthDesk shows a short code; you enter it on a page in any browser, on "
                         "this or another "
                         "device, and approve the sign-in there.");
    else if (grant == GrantType::ClientCredentials)
        description = tr("The application signs in as itself with its client secret; no person is "
                         "involved.");
    else if (grant == GrantType::Implicit)
        description = tr("The browser hands the access token straight back, with no refresh token; "
                         "you sign in "
                         "again when it expires.");
    else if (grant == GrantType::Password)
        description = tr("You type your password into OAuthDesk at each sign-in and it sends it to "
                         "the server. "
                         "The password is never stored.");
    m_grantDescription->setText(description);
    const QString warning = legacyWarningText(grant);
    m_legacyWarning->setText(warning);
    m_legacyWarning->setVisible(!warning.isEmpty());

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
    else if (m_presetServer && m_presetServer->issuer.toString() == issuerText)
        a.server =
                *m_presetServer; // the preset's other endpoints (device, revocation, …) come along
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
    else if (!m_presetError.isEmpty())
        reason = m_presetError;
    else if (!issuer.isEmpty())
        reason = checkUrl(issuer, tr("The issuer URL"), nullptr);
    if (reason.isEmpty() && !authorization.isEmpty())
        reason = checkUrl(authorization, tr("The authorization endpoint"), nullptr);
    if (reason.isEmpty() && !token.isEmpty())
        reason = checkUrl(token, tr("The token endpoint"), nullptr);
    const bool missingAuthorization = needAuthorization && authorization.isEmpty();
    const bool missingToken = needToken && token.isEmpty();
    if (reason.isEmpty() && (missingAuthorization || missingToken)) {
        if (m_issuer->isDiscovering())
            reason = tr("Looking up the issuer's endpoints…");
        else if (needAuthorization && needToken) {
            if (!authorization.isEmpty())
                reason = tr("Enter the token endpoint under Advanced too.");
            else if (!token.isEmpty())
                reason = tr("Enter the authorization endpoint under Advanced too.");
            else if (!issuer.isEmpty())
                reason = tr("Press Discover to find the server's endpoints, or enter both "
                            "endpoints under Advanced.");
            else
                reason = tr("Enter the issuer URL and press Discover, or enter both endpoints "
                            "under Advanced.");
        } else {
            const QString what =
                    missingToken ? tr("the token endpoint") : tr("the authorization endpoint");
            if (!issuer.isEmpty())
                reason = tr("Press Discover to find the server's endpoints, or enter %1 under "
                            "Advanced.")
                                 .arg(what);
            else
                reason = tr("Enter the issuer URL and press Discover, or enter %1 under Advanced.")
                                 .arg(what);
        }
    }
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

const ProviderPreset *AddAccountDialog::currentPreset() const
{
    const QString id = m_presetCombo->currentData().toString();
    for (const ProviderPreset &preset : m_presets) {
        if (!id.isEmpty() && preset.id == id)
            return &preset;
    }
    return nullptr;
}

QString AddAccountDialog::presetId() const
{
    const ProviderPreset *preset = currentPreset();
    return preset ? preset->id : QString();
}

bool AddAccountDialog::selectPreset(const QString &id)
{
    const int index = m_presetCombo->findData(id);
    if (index < 0)
        return false;
    m_presetCombo->setCurrentIndex(index);
    return true;
}

void AddAccountDialog::presetChanged()
{
    const ProviderPreset *preset = currentPreset();

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

    qDeleteAll(m_placeholderEdits);
    m_placeholderEdits.clear();
    while (m_placeholderForm->rowCount() > 0)
        m_placeholderForm->removeRow(0);
    if (preset) {
        for (const ProviderPreset::Placeholder &placeholder : preset->placeholders) {
            auto *edit = new QLineEdit(m_placeholderBox);
            edit->setObjectName(QLatin1String("placeholder_") + placeholder.name);
            edit->setPlaceholderText(placeholder.example);
            edit->setAccessibleName(placeholder.label);
            m_placeholderForm->addRow(tr("%1:").arg(placeholder.label), edit);
            m_placeholderEdits.append(edit);
            connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::placeholdersEdited);
        }
        setGrantType(preset->grantType);
        if (const int auth = m_clientAuthCombo->findData(
                    ClientAuthentication::methodName(preset->clientAuthMethod));
            auth >= 0)
            m_clientAuthCombo->setCurrentIndex(auth);
        QStringList info;
        if (!preset->description.isEmpty())
            info.append(preset->description);
        for (const QString &quirk : preset->quirks)
            info.append(QStringLiteral("\u2022 ") + quirk);
        if (!preset->pkce)
            info.append(QStringLiteral("\u2022 ") + tr("No PKCE support."));
        if (!preset->refreshTokens)
            info.append(QStringLiteral("\u2022 ")
                        + tr("No refresh tokens: sign in again when the token expires."));
        m_presetInfo->setText(info.join(QLatin1Char('\n')));
    } else {
        m_presetInfo->clear();
    }
    m_form->setRowVisible(m_presetInfo, !m_presetInfo->text().isEmpty());
    m_form->setRowVisible(m_placeholderBox, !m_placeholderEdits.isEmpty());
    m_issuer->setDiscoverable(
            !preset || preset->discovery,
            preset ? tr("%1 publishes no discovery document: the preset has its endpoints.")
                             .arg(preset->name)
                   : QString());
    fillFromPreset(true);
}

void AddAccountDialog::placeholdersEdited()
{
    fillFromPreset(false);
}

void AddAccountDialog::fillFromPreset(bool presetChanged)
{
    const ProviderPreset *preset = currentPreset();
    const QString previousIssuer = m_presetServer ? m_presetServer->issuer.toString() : QString();
    const QString previousAuthorization =
            m_presetServer ? m_presetServer->authorizationEndpoint.toString() : QString();
    const QString previousToken =
            m_presetServer ? m_presetServer->tokenEndpoint.toString() : QString();
    m_presetServer.reset();
    m_presetError.clear();
    if (preset) {
        QMap<QString, QString> values;
        for (int i = 0; i < m_placeholderEdits.size() && i < preset->placeholders.size(); ++i)
            values.insert(preset->placeholders.at(i).name, m_placeholderEdits.at(i)->text());
        const Result<ServerMetadata> filled = preset->fill(values);
        if (filled.ok())
            m_presetServer = filled.value();
        else
            m_presetError = filled.error().message();
    }
    // A newly chosen preset sets the server; afterwards, fields the preset filled follow the
    // placeholders and fields the user typed are left alone.
    const bool force = presetChanged && preset;
    auto follow = [force](QLineEdit *edit, const QString &previous, const QString &value) {
        if (force || edit->text().trimmed().isEmpty() || edit->text() == previous)
            edit->setText(value);
    };
    const QString issuer = m_presetServer ? m_presetServer->issuer.toString() : QString();
    follow(m_issuerEdit, previousIssuer, issuer);
    follow(m_authorizationEdit, previousAuthorization,
           m_presetServer ? m_presetServer->authorizationEndpoint.toString() : QString());
    follow(m_tokenEdit, previousToken,
           m_presetServer ? m_presetServer->tokenEndpoint.toString() : QString());
    validate();
}

} // namespace OAuthDesk
