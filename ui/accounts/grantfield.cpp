#include "grantfield.h"

#include "widgets/theme.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace OAuthDesk {

GrantField::GrantField(QWidget *parent) : QWidget(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("grantCombo"));
    // The item data are the grant types' names, as in the accounts file and on the command line.
    m_combo->addItem(tr("Authorization code with PKCE (recommended)"),
                     grantTypeName(GrantType::AuthorizationCode));
    m_combo->addItem(tr("Device code"), grantTypeName(GrantType::Device));
    m_combo->addItem(tr("Client credentials"), grantTypeName(GrantType::ClientCredentials));
    m_combo->addItem(tr("Implicit (legacy)"), grantTypeName(GrantType::Implicit));
    m_combo->addItem(tr("Password (legacy)"), grantTypeName(GrantType::Password));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("grantDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    Theme::apply(m_description, Theme::Style::SecondaryText);
    m_legacyWarning = new QLabel(this);
    m_legacyWarning->setObjectName(QStringLiteral("legacyWarning"));
    m_legacyWarning->setWordWrap(true);
    m_legacyWarning->setTextFormat(Qt::PlainText);
    Theme::apply(m_legacyWarning, Theme::Style::WarningBanner);
    m_legacyWarning->setAccessibleName(tr("Warning"));
    m_legacyWarning->hide();

    // One field for the grant and what is said about it: separate form rows each get their height
    // from a narrower width than they end up with, which leaves gaps around wrapped text.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_combo);
    layout->addWidget(m_description);
    layout->addWidget(m_legacyWarning);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        update();
        Q_EMIT grantTypeChanged(grantType());
    });
    update();
}

GrantType GrantField::grantType() const
{
    // Every item's data is a known grant type's name.
    return grantTypeFromName(m_combo->currentData().toString())
            .value_or(GrantType::AuthorizationCode);
}

void GrantField::setGrantType(GrantType grantType)
{
    const int index = m_combo->findData(grantTypeName(grantType));
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

QString GrantField::legacyWarningText(GrantType grantType)
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

QString GrantField::descriptionText(GrantType grantType)
{
    switch (grantType) {
    case GrantType::AuthorizationCode:
        return tr("You sign in with your web browser; OAuthDesk never sees your password.");
    case GrantType::Device:
        return tr("OAuthDesk shows a short code; you enter it on a page in any browser, on "
                  "this or another "
                  "device, and approve the sign-in there.");
    case GrantType::ClientCredentials:
        return tr("The application signs in as itself with its client secret; no person is "
                  "involved.");
    case GrantType::Implicit:
        return tr("The browser hands the access token straight back, with no refresh token; "
                  "you sign in "
                  "again when it expires.");
    case GrantType::Password:
        return tr("You type your password into OAuthDesk at each sign-in and it sends it to "
                  "the server. "
                  "The password is never stored.");
    }
    return {};
}

void GrantField::update()
{
    const GrantType grant = grantType();
    m_description->setText(descriptionText(grant));
    const QString warning = legacyWarningText(grant);
    m_legacyWarning->setText(warning);
    m_legacyWarning->setVisible(!warning.isEmpty());
}

} // namespace OAuthDesk
