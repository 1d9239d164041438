#include "addaccountdialog.h"

#include "http/urlpolicy.h"

#include <QCheckBox>
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

AddAccountDialog::AddAccountDialog(const HttpClient *http, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent), m_http(http), m_existingNames(existingNames)
{
    setWindowTitle(tr("Add Account"));
    setObjectName(QStringLiteral("addAccountDialog"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Work"));

    m_issuerEdit = new QLineEdit(this);
    m_issuerEdit->setObjectName(QStringLiteral("issuerEdit"));
    m_issuerEdit->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_discoverButton = new QPushButton(tr("&Discover"), this);
    m_discoverButton->setObjectName(QStringLiteral("discoverButton"));
    m_discoverButton->setToolTip(tr("Look up the server's endpoints from its issuer URL"));
    m_discoverButton->setAutoDefault(false);
    auto *issuerRow = new QHBoxLayout;
    issuerRow->addWidget(m_issuerEdit, 1);
    issuerRow->addWidget(m_discoverButton);
    m_discoveryLabel = new QLabel(this);
    m_discoveryLabel->setObjectName(QStringLiteral("discoveryLabel"));
    m_discoveryLabel->setWordWrap(true);
    m_discoveryLabel->setTextFormat(Qt::PlainText);
    m_discoveryLabel->hide();

    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setPlaceholderText(tr("from the provider's app registration"));

    m_scopesEdit = new QLineEdit(DefaultScopes, this);
    m_scopesEdit->setObjectName(QStringLiteral("scopesEdit"));

    m_fixedPortCheck = new QCheckBox(tr("Use a fixed redirect port"), this);
    m_fixedPortCheck->setObjectName(QStringLiteral("fixedPortCheck"));
    m_fixedPortCheck->setToolTip(tr("For servers that only accept a registered redirect URI with a port. "
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *issuerLabel = new QLabel(tr("&Issuer URL:"), this);
    issuerLabel->setBuddy(m_issuerEdit);
    form->addRow(issuerLabel, issuerRow);
    form->addRow(QString(), m_discoveryLabel);
    form->addRow(tr("&Client ID:"), m_clientIdEdit);
    form->addRow(tr("&Scopes:"), m_scopesEdit);
    form->addRow(QString(), portRow);

    m_advancedGroup = new QGroupBox(tr("Advanced: endpoints for servers without discovery"), this);
    m_advancedGroup->setObjectName(QStringLiteral("advancedGroup"));
    m_authorizationEdit = new QLineEdit(m_advancedGroup);
    m_authorizationEdit->setObjectName(QStringLiteral("authorizationEndpointEdit"));
    m_authorizationEdit->setPlaceholderText(QStringLiteral("https://login.example.com/authorize"));
    m_tokenEdit = new QLineEdit(m_advancedGroup);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEndpointEdit"));
    m_tokenEdit->setPlaceholderText(QStringLiteral("https://login.example.com/token"));
    auto *advancedForm = new QFormLayout(m_advancedGroup);
    advancedForm->addRow(tr("A&uthorization endpoint:"), m_authorizationEdit);
    advancedForm->addRow(tr("&Token endpoint:"), m_tokenEdit);

    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Account"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedGroup);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discoverButton, &QPushButton::clicked, this, &AddAccountDialog::discover);
    connect(m_fixedPortCheck, &QCheckBox::toggled, m_portSpin, &QWidget::setEnabled);
    connect(m_issuerEdit, &QLineEdit::textChanged, this, &AddAccountDialog::issuerEdited);
    connect(m_issuerEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_discoverButton->isEnabled())
            discover();
    });
    for (QLineEdit *edit : {m_nameEdit, m_clientIdEdit, m_scopesEdit, m_authorizationEdit, m_tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_fixedPortCheck, &QCheckBox::toggled, this, &AddAccountDialog::validate);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AddAccountDialog::validate);

    validate();
}

QString AddAccountDialog::discoveryText() const
{
    return m_discoveryLabel->isHidden() ? QString() : m_discoveryLabel->text();
}

QString AddAccountDialog::checkUrl(const QString &text, const QString &what, QUrl *url) const
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return tr("%1 is not a valid URL.").arg(what);
    if (!UrlPolicy::isSecureOrLoopback(parsed))
        return tr("%1 must use https (plain http only for this computer: localhost, 127.0.0.1 or ::1).").arg(what);
    if (url)
        *url = parsed;
    return {};
}

void AddAccountDialog::issuerEdited()
{
    // Metadata belongs to the issuer it was found for: a new issuer takes the found endpoints away.
    if (m_discovered) {
        if (m_authorizationEdit->text() == m_discovered->authorizationEndpoint.toString())
            m_authorizationEdit->clear();
        if (m_tokenEdit->text() == m_discovered->tokenEndpoint.toString())
            m_tokenEdit->clear();
        m_discovered.reset();
        m_discoveredFor.clear();
    }
    ++m_discoveryAttempt; // a lookup under way is for the old text
    setDiscovering(false);
    setDiscoveryResult({}, false);
    validate();
}

void AddAccountDialog::discover()
{
    const QString text = m_issuerEdit->text().trimmed();
    if (text.isEmpty() || !m_http)
        return;
    const QUrl issuer(text, QUrl::StrictMode);
    if (!issuer.isValid() || issuer.scheme().isEmpty() || issuer.host().isEmpty()) {
        setDiscoveryResult(tr("The issuer URL is not a valid URL."), true);
        return;
    }
    const quint64 attempt = ++m_discoveryAttempt;
    setDiscovering(true);
    setDiscoveryResult(tr("Looking up %1…").arg(issuer.toString()), false);
    Discovery(m_http).discover(issuer, this, [this, attempt, issuer](const Result<ServerMetadata> &result) {
        if (attempt != m_discoveryAttempt)
            return;
        setDiscovering(false);
        if (!result.ok()) {
            setDiscoveryResult(result.error().message(), true);
            validate();
            return;
        }
        m_discovered = result.value();
        m_discoveredFor = issuer;
        m_authorizationEdit->setText(m_discovered->authorizationEndpoint.toString());
        m_tokenEdit->setText(m_discovered->tokenEndpoint.toString());
        setDiscoveryResult(tr("Found: %1").arg(m_discovered->issuer.toString()), false);
        validate();
    });
}

void AddAccountDialog::setDiscovering(bool discovering)
{
    if (m_discovering != discovering) {
        m_discovering = discovering;
        Q_EMIT discoveringChanged(discovering);
    }
    m_discoverButton->setEnabled(!m_discovering && m_http && !m_issuerEdit->text().trimmed().isEmpty());
}

void AddAccountDialog::setDiscoveryResult(const QString &text, bool error)
{
    m_discoveryLabel->setText(text);
    m_discoveryLabel->setVisible(!text.isEmpty());
    m_discoveryLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_discoveryLabel->setProperty("error", error);
    Q_EMIT discoveryTextChanged();
}

Account AddAccountDialog::account() const
{
    Account a;
    a.name = m_nameEdit->text().trimmed();
    a.clientId = m_clientIdEdit->text().trimmed();
    a.scope = m_scopesEdit->text().simplified();
    a.redirectPort = m_fixedPortCheck->isChecked() ? m_portSpin->value() : 0;
    if (m_discovered)
        a.server = *m_discovered;
    else if (const QString issuer = m_issuerEdit->text().trimmed(); !issuer.isEmpty())
        a.server.issuer = QUrl(issuer, QUrl::StrictMode);
    a.server.authorizationEndpoint = QUrl(m_authorizationEdit->text().trimmed(), QUrl::StrictMode);
    a.server.tokenEndpoint = QUrl(m_tokenEdit->text().trimmed(), QUrl::StrictMode);
    return a;
}

void AddAccountDialog::validate()
{
    m_discoverButton->setEnabled(!m_discovering && m_http && !m_issuerEdit->text().trimmed().isEmpty());

    const QString name = m_nameEdit->text().trimmed();
    const QString issuer = m_issuerEdit->text().trimmed();
    const QString authorization = m_authorizationEdit->text().trimmed();
    const QString token = m_tokenEdit->text().trimmed();
    QString reason;
    if (name.isEmpty())
        reason = tr("Enter a name for the account.");
    else if (m_existingNames.contains(name))
        reason = tr("An account named \u201c%1\u201d already exists: choose another name.").arg(name);
    else if (!issuer.isEmpty())
        reason = checkUrl(issuer, tr("The issuer URL"), nullptr);
    if (reason.isEmpty() && !authorization.isEmpty())
        reason = checkUrl(authorization, tr("The authorization endpoint"), nullptr);
    if (reason.isEmpty() && !token.isEmpty())
        reason = checkUrl(token, tr("The token endpoint"), nullptr);
    if (reason.isEmpty() && (authorization.isEmpty() || token.isEmpty())) {
        if (m_discovering)
            reason = tr("Looking up the issuer's endpoints…");
        else if (!authorization.isEmpty())
            reason = tr("Enter the token endpoint under Advanced too.");
        else if (!token.isEmpty())
            reason = tr("Enter the authorization endpoint under Advanced too.");
        else if (!issuer.isEmpty())
            reason = tr("Press Discover to find the server's endpoints, or enter both endpoints under Advanced.");
        else
            reason = tr("Enter the issuer URL and press Discover, or enter both endpoints under Advanced.");
    }
    if (reason.isEmpty() && m_clientIdEdit->text().trimmed().isEmpty())
        reason = tr("Enter the client ID from the provider's app registration.");
    if (reason.isEmpty()) {
        // Core's own rules have the last word, so the dialog never lets through what the store refuses.
        if (const Error invalid = account().validate())
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

} // namespace OAuthDesk
